"""Profiles: where a master goes decides what it is checked against. By default (``auto``)
each file gets the profile that fits it: archival for a teikit master, tei-all for any
other TEI and for a ``<teiCorpus>``.

Each profile names its default schema and the integrity rules it runs (codes of
:mod:`teikit.validate.rules`); ``--schema`` replaces the schema, never the rules.
"""
from __future__ import annotations

from dataclasses import dataclass

GENERAL = ["not-tei", "not-teikit", "header-missing", "duplicate-id", "unresolved-ref",
           "speaker-not-in-header", "bad-date", "date-order", "date-together",
           "duplicate-note-number", "empty-element", "placeholder"]


@dataclass(frozen=True)
class Profile:
    name: str
    schema: str
    rules: tuple[str, ...]
    description: str


PROFILES = {p.name: p for p in [
    Profile("archival", "teikit", tuple(GENERAL),
            "teikit's own strict rules, the default for teikit masters: teikit's schema and "
            "every integrity rule"),
    Profile("tei-all", "tei-all", ("not-tei", "header-missing", "tei-constraints"),
            "TEI from elsewhere: valid TEI-All, in the TEI namespace, with a minimal header"),
    Profile("tapas", "tei-all", ("not-tei", "header-missing", "too-large",
                                 "tei-constraints"),
            "for the TAPAS repository: tei-all, and at most 10 MB"),
    Profile("dracor", "tei-all", ("not-tei", "header-missing", "unresolved-ref",
                                  "speaker-not-in-particdesc", "licence",
                                  "tei-constraints"),
            "for DraCor: tei-all, speaker ids resolve to particDesc, a licence with its URL"),
]}
AUTO = "auto"            # per file: archival for teikit masters, tei-all for other TEI
DEFAULT = AUTO
