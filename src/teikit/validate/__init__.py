"""``teikit validate``: schema validation and integrity rules, every problem reported in an
editor's words.

    from teikit import validate_file, validate_paths
    result = validate_file("letter.xml")               # profile archival, teikit's schema
    report = validate_paths(["tei/"], profile="tei-all", jobs=4)

A :class:`Validator` compiles its schema once; :func:`validate_paths` shares it with every
worker process, so TEI-All is compiled once per run however many files there are.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, Exit, TeikitError, fail
from .findings import Finding, Locator, to_diagnostic
from .profiles import DEFAULT, PROFILES, Profile

__all__ = [
    "PROFILES",
    "FileResult",
    "Report",
    "Validator",
    "collect_files",
    "validate_file",
    "validate_paths",
]

SCHEMA_NAMES = ("teikit", "tei-all", "tei-lite")


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    unreadable: bool = False

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
                "errors": self.errors, "warnings": self.warnings,
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
    """A profile and its compiled schema, ready for any number of files."""

    def __init__(self, profile: str = DEFAULT, schema: str | None = None):
        if profile not in PROFILES:
            raise fail("teikit", f"unknown profile {profile!r}; known: "
                       f"{', '.join(PROFILES)}", "usage", exit_code=Exit.USAGE)
        self.profile: Profile = PROFILES[profile]
        self.schema_name = schema or self.profile.schema
        from .schemas import engine
        self.schema = engine(self.schema_name)

    def check(self, path: str | Path) -> FileResult:
        from ..safexml import parse_file
        from .rules import Doc, run
        name = str(path)
        try:
            parsed = parse_file(path)
        except TeikitError as exc:
            return FileResult(name, [exc.diagnostic], unreadable=True)
        root = parsed.root
        doc = Doc(root, size=_size(path))
        findings = run(doc, list(self.profile.rules))
        if not any(f.code == "not-tei" for f in findings):
            findings = _merge(self.schema.findings(parsed.tree), findings)
        locator = Locator(name)
        diagnostics = list(parsed.notes) + [to_diagnostic(name, f, locator) for f in findings]
        diagnostics.sort(key=lambda d: (d.line or 0, d.col or 0))
        return FileResult(name, diagnostics)


def _merge(schema: list[Finding], rules: list[Finding]) -> list[Finding]:
    """Schema findings and rule findings; a rule that reports the same problem (same
    place) more precisely replaces the schema's message."""
    precise = {f.key() for f in rules if f.supersedes_schema}
    precise_elements = {f.key()[0] for f in rules if f.code == "header-missing"}
    kept = [f for f in schema if f.key() not in precise
            and not (f.key()[0] in precise_elements and " lacks <" in f.message)]
    return kept + rules


def _size(path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def collect_files(paths) -> list[Path]:
    """PATH arguments as files: a folder stands for every *.xml inside it (recursively,
    hidden folders skipped), in sorted order; each file once."""
    out, seen = [], set()
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.xml")
                           if f.is_file() and not any(part.startswith(".")
                                                      for part in f.relative_to(p).parts))
        else:
            found = [p]
        for f in found:
            key = os.path.abspath(f)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def validate_file(path: str | Path, *, profile: str = DEFAULT,
                  schema: str | None = None) -> FileResult:
    """Validate one file: schema and the profile's integrity rules."""
    return Validator(profile, schema).check(path)


def validate_paths(paths, *, profile: str = DEFAULT, schema: str | None = None,
                   jobs: int | None = None, progress=None) -> Report:
    """Validate files and folders (every *.xml inside), in parallel across *jobs*
    processes (default: one per core); *progress(done, total)* is called as files finish."""
    from .runner import run_all
    validator = Validator(profile, schema)
    files = collect_files(paths)
    results = run_all(validator, files, jobs, progress)
    return Report(validator.profile.name, validator.schema_name, results)
