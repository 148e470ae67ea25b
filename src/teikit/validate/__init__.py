"""``teikit validate``: schema validation and integrity rules, every problem reported in an
editor's words.

    from teikit import validate_file, validate_paths
    result = validate_file("letter.xml")        # the profile chosen for the file (see below)
    report = validate_paths(["tei/"], profile="tei-all", jobs=4)

The right schema by default (profile ``auto``): a teikit master (it names teikit in
``appInfo``) is checked with the archival profile (teikit's schema and every integrity
rule); any other TEI, and a ``<teiCorpus>``, with TEI-All (shipped with teikit). Each
result says which profile was used and why; ``profile=`` overrides the choice.

A :class:`Validator` compiles each schema once per process; :func:`validate_paths` shares
it with every worker process.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, Exit, TeikitError, fail
from .findings import Finding, Locator, to_diagnostic
from .profiles import AUTO, DEFAULT, PROFILES, Profile

__all__ = [
    "PROFILES",
    "FileResult",
    "Report",
    "Validator",
    "collect_files",
    "validate_file",
    "validate_paths",
]


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    unreadable: bool = False
    profile: str | None = None       # the profile the file was checked with
    schema: str | None = None
    reason: str | None = None        # why that profile

    @property
    def errors(self) -> int:
        return sum(d.severity == "error" for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity == "warning" for d in self.diagnostics)

    @property
    def valid(self) -> bool:
        return not self.unreadable and self.errors == 0

    @property
    def exit_code(self) -> Exit:
        return Exit.UNREADABLE if self.unreadable else Exit.INVALID if self.errors else Exit.OK

    def as_dict(self) -> dict:
        return {"path": self.path, "valid": self.valid, "unreadable": self.unreadable,
                "errors": self.errors, "warnings": self.warnings, "profile": self.profile,
                "schema": self.schema, "profile_reason": self.reason,
                "diagnostics": [d.as_dict() for d in self.diagnostics]}


@dataclass
class Report:
    profile: str
    schema: str
    files: list[FileResult]

    @property
    def exit_code(self) -> Exit:
        return max((f.exit_code for f in self.files), default=Exit.OK)

    def summary(self) -> dict:
        return {"files": len(self.files), "valid": sum(f.valid for f in self.files),
                "invalid": sum(not f.valid and not f.unreadable for f in self.files),
                "unreadable": sum(f.unreadable for f in self.files),
                "errors": sum(f.errors for f in self.files),
                "warnings": sum(f.warnings for f in self.files)}

    def as_dict(self) -> dict:
        from .. import __version__
        return {"teikit": __version__, "profile": self.profile, "schema": self.schema,
                "exit_code": int(self.exit_code), "summary": self.summary(),
                "files": [f.as_dict() for f in self.files]}


class Validator:
    """A profile (or ``auto``: chosen per file) and its compiled schemas, ready for any
    number of files."""

    def __init__(self, profile: str | None = DEFAULT, schema: str | None = None):
        profile = profile or AUTO
        if profile != AUTO and profile not in PROFILES:
            raise fail("teikit", f"unknown profile {profile!r}; known: "
                       f"{', '.join([AUTO, *PROFILES])}", "usage", exit_code=Exit.USAGE)
        self.profile_name = profile
        self.schema_override = schema
        if profile != AUTO:
            self.engine(PROFILES[profile])        # a missing schema is a usage error now
        elif schema:
            self.engine(PROFILES["tei-all"])

    # kept for callers of the 0.1 API: the fixed profile, or None for auto
    @property
    def profile(self) -> Profile | None:
        return PROFILES.get(self.profile_name)

    @property
    def schema_name(self) -> str:
        if self.schema_override:
            return self.schema_override
        return self.profile.schema if self.profile else "per file"

    def engine(self, profile: Profile):
        from .schemas import engine
        return engine(self.schema_override or profile.schema)

    def choose(self, root) -> tuple[Profile, str]:
        """The profile for a document, and why."""
        if self.profile_name != AUTO:
            return PROFILES[self.profile_name], f"--profile {self.profile_name}"
        from .rules import is_teikit_master
        local = root.tag.rsplit("}", 1)[-1] if isinstance(root.tag, str) else ""
        if local == "teiCorpus":
            return PROFILES["tei-all"], "a <teiCorpus>: TEI-All"
        if is_teikit_master(root):
            return PROFILES["archival"], ('a teikit master (<application ident="teikit">): '
                                          "teikit's archival profile")
        return PROFILES["tei-all"], ('TEI not made by teikit (no <application '
                                     'ident="teikit">): TEI-All')

    def check(self, path: str | Path) -> FileResult:
        from ..safexml import parse_file
        from .rules import Doc, run
        name = str(path)
        try:
            parsed = parse_file(path)
        except TeikitError as exc:
            return FileResult(name, [exc.diagnostic], unreadable=True)
        root = parsed.root
        profile, reason = self.choose(root)
        schema = self.engine(profile)
        doc = Doc(root, size=parsed.size)
        # a document valid against the grammar compiled for the files before it is valid,
        # and its names are among that grammar's: no walk over it to find them
        names = getattr(schema, "valid_as_compiled", lambda _tree: None)(parsed.tree)
        if names is not None:
            doc.names = names
        findings = run(doc, list(profile.rules))
        if not any(f.code == "not-tei" for f in findings):
            schema_findings = [] if names is not None else \
                schema.findings(parsed.tree, names=doc.names)
            findings = _merge(schema_findings, findings)
        locator = Locator(name)
        diagnostics = list(parsed.notes) + [to_diagnostic(name, f, locator) for f in findings]
        diagnostics.sort(key=lambda d: (d.line or 0, d.col or 0))
        return FileResult(name, diagnostics, profile=profile.name,
                          schema=self.schema_override or profile.schema, reason=reason)

    def report(self, results: list[FileResult]) -> Report:
        """The report of a run: one profile and schema, or how the files were shared."""
        used: dict[str, int] = {}
        for r in results:
            if r.profile:
                used[r.profile] = used.get(r.profile, 0) + 1
        schemas = {r.schema for r in results if r.schema}
        if self.profile_name != AUTO or len(used) <= 1:
            profile = self.profile_name if self.profile_name != AUTO else \
                (next(iter(used)) if used else AUTO)
        else:
            profile = "auto: " + ", ".join(f"{p} for {n}" for p, n in sorted(used.items()))
        schema = next(iter(schemas)) if len(schemas) == 1 else \
            (self.schema_name if not schemas else "per profile")
        return Report(profile, schema, results)


def _merge(schema: list[Finding], rules: list[Finding]) -> list[Finding]:
    """Schema findings and rule findings; a rule that reports the same problem (same
    place) more precisely replaces the schema's message."""
    precise = {f.key() for f in rules if f.supersedes_schema}
    precise_elements = {f.key()[0] for f in rules if f.code == "header-missing"}
    kept = [f for f in schema if f.key() not in precise
            and not (f.key()[0] in precise_elements and " lacks <" in f.message)]
    return kept + rules


def collect_files(paths) -> list[Path]:
    """PATH arguments as files: a folder stands for every *.xml inside it (recursively,
    hidden folders skipped), in sorted order; each file once."""
    out, seen = [], set()
    for p in map(Path, paths):
        found = _xml_files(p) if p.is_dir() else [p]
        for f in found:
            key = os.path.abspath(f)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _xml_files(folder: Path) -> list[Path]:
    """Every file named *.xml under *folder*, in the order of ``sorted(folder.rglob(
    "*.xml"))`` (links to files count, links to folders are not followed), none inside a
    hidden folder or hidden itself; from the folders' entries, without a ``stat`` per file
    and without comparing Path objects (20,000 files: 0.7 s less)."""
    found: list[tuple[tuple[str, ...], str]] = []
    todo: list[tuple[tuple[str, ...], str]] = [((), str(folder))]
    while todo:
        parts, here = todo.pop()
        try:
            with os.scandir(here) as entries:
                listed = list(entries)
        except OSError:
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            try:
                if entry.name.endswith(".xml") and entry.is_file():
                    found.append(((*parts, entry.name), entry.path))
                elif entry.is_dir() and not entry.is_symlink():
                    todo.append(((*parts, entry.name), entry.path))
            except OSError:
                continue
    if os.name == "nt":                      # Path orders names there without case
        return sorted(Path(path) for _parts, path in found)
    found.sort()
    return [folder.joinpath(*parts) for parts, _path in found]


def validate_file(path: str | Path, *, profile: str | None = DEFAULT,
                  schema: str | None = None) -> FileResult:
    """Validate one file: schema and the profile's integrity rules (profile ``auto``: the
    one that fits the file)."""
    return Validator(profile, schema).check(path)


def validate_paths(paths, *, profile: str | None = DEFAULT, schema: str | None = None,
                   jobs: int | None = None, progress=None) -> Report:
    """Validate files and folders (every *.xml inside), in parallel across *jobs*
    processes (default: one per core); *progress(done, total)* is called as files finish."""
    from .runner import run_all
    validator = Validator(profile, schema)
    files = collect_files(paths)
    results = run_all(validator, files, jobs, progress)
    return validator.report(results)
