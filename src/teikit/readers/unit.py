"""One unit of a text as the block rules read it: a paragraph, a turn, a stage direction,
a page break, a list, a letter's part (see ``classify.classify``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..sourcetext import Block
from .span import Span


@dataclass
class Unit:
    kind: str                  # para | turn | stage | pb | list | closer
    block: Block
    span: Span | None = None   # the text to write (paragraph, speech, stage)
    label: str | None = None   # turn: the speaker label as printed
    n: str | None = None       # para: its number ("1" for "1)"); pb: page number
    items: list = field(default_factory=list)   # list: (kind, span, n) tuples
    head: Span | None = None   # list: its heading line
    list_type: str | None = None
    time: str | None = None    # turn: its timestamp; time: the timestamp
    form: str = ""             # turn: the label's form (see _label)
    stage: Span | None = None  # turn: a stage direction between the label and its colon
    closing: list = field(default_factory=list)   # closer: "Yours faithfully," in its block
    notes: list = field(default_factory=list)     # turn: its commentary, (n or None, span)
    part: str = ""             # a verse line's part where labels share it: I, M or F

    @property
    def body(self) -> Span:
        """The span of a unit that has one (every kind but pb, time and list)."""
        if self.span is None:
            raise ValueError(f"a {self.kind} unit has no text")
        return self.span
