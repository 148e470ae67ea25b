"""Subtitle and caption files of a recording (SubRip .srt, WebVTT .vtt): a transcript of
speech, cue by cue. SubRip is read with ``srt`` (MIT), WebVTT with ``webvtt-py`` (MIT).

Each cue's words are the spoken text; its number and its timing line are never text: the
cue's place in the recording is an empty ``<time from to/>`` before its words (offsets
from the recording's start). A speaker named at the head of a cue (``[SPEAKER_03]:``, a
broadcast caption's ``>> NAME:``, a dialogue dash's ``- Name:``, WebVTT's ``<v Name>``,
or ``Name:`` where that label opens two cues or more) opens a turn, and the cues of one
speaker that follow each other are one turn: the format gives each turn as a speaker line
over its speech (like a Word label style), so the readers' speaker machinery names it. A
cue with no label goes on with the turn before it (a caption's lines run on); a bare
``>>`` or dash, a change of speaker with no name, starts a paragraph of its own."""
from __future__ import annotations

import datetime
import html
import itertools
import re
from dataclasses import dataclass

from ..diagnostics import Collector
from ..sourcetext import SourceText, marked_up_text
from . import marks, suffix
from .lines import Lines

NAME = "subtitles"
NAMES = (".srt", ".vtt")
SRT_TIMING = re.compile(r"^\s*\d{1,3}:\d\d:\d\d[,.]\d{1,3}\s*-->\s*\d{1,3}:\d\d:\d\d[,.]\d{1,3}")
VTT_TIMING = re.compile(r"^\s*(?:\d+:)?\d\d:\d\d\.\d{3}\s*-->\s*(?:\d+:)?\d\d:\d\d\.\d{3}")
VOICE = re.compile(r"^<v(?:\.[^\s>]*)?\s+(?P<name>[^>]+)>")
TAG = re.compile(r"</?[a-zA-Z][^<>]*>|<\d[\d:.]*>")
# a speaker's label at the head of a cue's line: "[SPEAKER_03]:", ">> NAME:", "- Name:",
# "Name:" (the last only where it recurs); "NAME" a name's shape: at most five words
NAME_WORDS = r"[^\W\d_][\w.'’-]*(?:[ \t][\w.'’-]+){0,4}"
BRACKETED = re.compile(r"^\[(?P<name>[^\]\[]{1,40})\]\s*:\s*")
CHEVRONS = re.compile(r"^>>\s*(?:(?P<name>" + NAME_WORDS + r")\s*:\s+)?")
DASH = re.compile(r"^[-–]\s+(?:(?P<name>" + NAME_WORDS + r")\s*:\s+)?")
PLAIN = re.compile(r"^(?P<name>" + NAME_WORDS + r")\s*:\s+(?=\S)")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def sniff(name: str, data: bytes) -> float:
    if suffix(name) in NAMES:
        return 0.95
    head = data[:20000].decode("utf-8", "replace").lstrip("\ufeff")
    if re.match(r"WEBVTT(?:[ \t\r\n]|$)", head):
        return 0.95
    lines = head.replace("\r\n", "\n").split("\n")
    cues = sum(1 for a, b in itertools.pairwise(lines)
               if a.strip().isdigit() and SRT_TIMING.match(b))
    return 0.9 if cues >= 3 else 0.0


@dataclass
class Cue:
    line: int              # the source line of its first words
    start: str             # offsets from the recording's start, HH:MM:SS.mmm
    end: str
    lines: list[str]       # its words, line by line, as the file gives them


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    text, used = marked_up_text(name, data, encoding, diags)
    vtt = text.lstrip().startswith("WEBVTT") or suffix(name) == ".vtt"
    import srt
    import webvtt
    errors = (srt.SRTParseError, ValueError, webvtt.errors.MalformedFileError,
              webvtt.errors.MalformedCaptionError)
    try:
        cues = _vtt_cues(text) if vtt else _srt_cues(text)
    except errors as exc:
        diags.warn(f"the {'WebVTT' if vtt else 'SubRip'} cues could not be read ({exc}); "
                      "the file is read as plain text", "subtitles-unreadable", 1, 1)
        return _as_text(name, data, encoding, diags)
    out = Lines()
    out.hints.rules.append("subtitle-cues")
    _turns(cues, out)
    if not out.lines:
        return _as_text(name, data, encoding, diags)
    return out.source(name, used, diags)


def _as_text(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    from . import plain
    source = plain.read(name, data, encoding, diags)
    source.format = "text"
    return source


def _srt_cues(text: str) -> list[Cue]:
    import srt
    cues = []
    pos = 0
    for sub in srt.parse(text):
        content = sub.content.strip("\n")
        at = text.find(content, pos) if content else -1
        line = text.count("\n", 0, at) + 1 if at >= 0 else text.count("\n", 0, pos) + 1
        pos = at + len(content) if at >= 0 else pos
        cues.append(Cue(line, _clock(sub.start), _clock(sub.end), content.split("\n")))
    return cues


def _vtt_cues(text: str) -> list[Cue]:
    import webvtt
    cues = []
    pos = 0
    for caption in webvtt.WebVTT.from_string(text, strict=True).captions:
        raw = caption.raw_text.strip("\n")
        at = text.find(raw, pos) if raw else -1
        line = text.count("\n", 0, at) + 1 if at >= 0 else text.count("\n", 0, pos) + 1
        pos = at + len(raw) if at >= 0 else pos
        cues.append(Cue(line, _vtt_clock(caption.start), _vtt_clock(caption.end),
                        raw.split("\n")))
    return cues


def _clock(delta: datetime.timedelta) -> str:
    ms = delta // datetime.timedelta(milliseconds=1)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _vtt_clock(value: str) -> str:
    return value if value.count(":") == 2 else f"00:{value}"


def _label(line: str, recurring: set[str]) -> tuple[str | None, str, bool]:
    """(the speaker a cue's line names or None, the words after the label, whether the
    line marks a change of speaker)."""
    m = VOICE.match(line)
    if m:
        return m.group("name").strip(), line[m.end():], True
    for form in (BRACKETED, CHEVRONS, DASH):
        m = form.match(line)
        if m:
            return m.group("name"), line[m.end():], True
    m = PLAIN.match(line)
    if m and m.group("name") in recurring:
        return m.group("name"), line[m.end():], True
    return None, line, False


def _words(text: str) -> str:
    """A cue line's words: WebVTT's tags (<i>, <c.loud>, <00:01.000>) left out, its
    character references the characters."""
    if "<" in text:
        text = TAG.sub("", text)
    return html.unescape(text) if "&" in text else text


def _turns(cues: list[Cue], out: Lines) -> None:
    counts: dict[str, int] = {}
    for cue in cues:
        for line in cue.lines:
            m = PLAIN.match(line.strip())
            if m:
                counts[m.group("name")] = counts.get(m.group("name"), 0) + 1
    recurring = {name for name, n in counts.items() if n >= 2}
    speaker: str | None = None
    rows: list[tuple[int, str, str]] = []     # the speaker line of the turn being made
    words: list[str] = []
    first = 0

    def close() -> None:
        nonlocal words
        if words:
            out.block([*rows, (first, " ".join(words), "")])
        rows.clear()
        words = []

    last_end = ""
    for cue in cues:
        if speaker is None and words and _pause(last_end, cue.start) \
                and SENTENCE_END.search(marks.plain(words[-1])):
            close()                   # unnamed speech: a paragraph ends at a pause
        mark = marks.cue(cue.start, cue.end)
        for line in cue.lines:
            name, rest, change = _label(line.strip(), recurring)
            rest = _words(rest).strip()
            if change and not (name is not None and name == speaker and words):
                close()
                speaker = name
                if name:
                    rows.append((cue.line, name, "cue-speaker"))
            if not words:
                first = cue.line
            if mark:
                rest, mark = mark + rest, ""
            if rest:
                words.append(rest)
        if mark:                      # a cue with no words: its time alone
            words.append(mark)
        last_end = cue.end
    close()


def _pause(end: str, start: str) -> bool:
    """Two seconds or more between one cue's end and the next one's start."""
    return _seconds(start) - _seconds(end) >= 2


def _seconds(clock: str) -> float:
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)
