"""E-mail and Usenet posts in any source format: the header block becomes a field list
(its Subject: names the document), and the quoted lines of the message replied to become
quotations, nested as deep as the marks go."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..sourcetext import Block, Line, blocks_of
from .context import Context

# An e-mail's or a Usenet post's header (RFC 822, RFC 1036): "Name: value" lines, a value
# continued on lines that open with white space
MAIL_HEADER_LINE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):(?:[ \t]|$)")
MAIL_HEADERS = {"from", "to", "cc", "bcc", "date", "subject", "message-id", "in-reply-to",
                "references", "reply-to", "sender", "newsgroups", "path", "organization",
                "organisation", "lines", "summary", "keywords", "received", "return-path",
                "mime-version", "content-type", "content-transfer-encoding", "user-agent",
                "followup-to", "nntp-posting-host", "delivered-to", "envelope-to",
                "precedence", "list-id", "status", "sent", "importance", "thread-topic",
                "thread-index", "approved", "distribution", "xref", "list-post",
                "list-help", "list-unsubscribe", "list-subscribe", "list-archive",
                "errors-to", "resent-from", "resent-to", "resent-date", "comments"}


def _mail_header(block: Block) -> Block | None:
    """The block as a mail header, each field one line, or None when it is not one: three
    fields of a mail's at least (or X- extensions), half the fields or more, a From among
    them and a Date or a Subject."""
    fields: list[Line] = []
    known = 0
    for line in block.lines:
        text = line.text
        m = MAIL_HEADER_LINE.match(text)
        if m:
            fields.append(Line(line.number, text.rstrip(), "mail-header"))
            known += m.group("name").casefold() in MAIL_HEADERS or \
                m.group("name")[:2].casefold() == "x-"
        elif fields and text[:1] in " \t" and text.strip():
            last = fields[-1]                   # a field's value continued
            fields[-1] = Line(last.number, last.text + " " + text.strip(), last.kind)
        else:
            return None
    names = {MAIL_HEADER_LINE.match(ln.text).group("name").casefold()   # type: ignore[union-attr]
             for ln in fields}
    if known < 3 or known * 2 < len(fields) or "from" not in names \
            or not names & {"date", "subject"}:
        return None
    return Block(fields)


def mail_headers(blocks: list[Block], ctx: Context) -> list[Block]:
    """An e-mail's header block (a mailing list's archive, a post reposted in a <pre>),
    wherever it stands: a list of fields, one item a field (its continuation lines
    joined), whose Subject names the text and whose Date dates it when nothing else
    does; never prose paragraphs."""
    out: list[Block] = []
    for block in blocks:
        header = _mail_header(block) if len(block.lines) >= 3 and \
            MAIL_HEADER_LINE.match(block.lines[0].text) else None
        if header is not None:
            ctx.fired("mail-header")
        out.append(header or block)
    mail = "mail-header" in ctx.rules
    if mail or any(b.lines[0].kind == "pre" and b.lines[0].text[:1] == ">" for b in out):
        out = [part for block in out for part in _quoted(block, ctx, mail)]   # (a mail
                                                                    # in a <pre>, too)
    return out


def mail_subject(blocks: list[Block]) -> str | None:
    """The Subject of the first of *blocks* that is an e-mail's header."""
    for block in blocks:
        if block.lines[0].kind == "mail-header":
            return next((ln.text.split(":", 1)[1].strip() for ln in block.lines
                         if ln.text[:8].casefold() == "subject:" and ln.text[8:].strip()), None)
    return None


QUOTE_PREFIX = re.compile(r"^(?:[ \t]?>)+[ \t]?")


def _quoted(block: Block, ctx: Context, mail: bool) -> list[Block]:
    """In a mail, a block of lines that open with ">" quotes the message replied to: its
    lines without the marks, to be a <quote>; and ">From" opening a block of the mail's
    own is "From" (the mbox format's escape of a line that opens with "From ")."""
    lines = block.lines
    if lines[0].kind not in ("", "pre") or (not mail and lines[0].kind != "pre"):
        return [block]
    if mail and lines[0].text.startswith(">From ") and not (   # (a quotation writes "> From")
            len(lines) > 1 and all(ln.text.lstrip()[:1] == ">" for ln in lines[1:])):
        ctx.fired("mbox-from")
        return [Block([Line(lines[0].number, lines[0].text[1:], lines[0].kind), *lines[1:]])]
    if all(ln.text.lstrip()[:1] == ">" for ln in lines):
        ctx.fired("mail-quote")          # (a line of marks alone ends a quoted paragraph)
        return blocks_of(_quote_lines(lines, ctx))
    lead = next((i for i, ln in enumerate(lines) if ln.text.lstrip()[:1] == ">"), 0)
    if lead and lines[lead - 1].text.rstrip().endswith(":") \
            and all(ln.text.lstrip()[:1] == ">" for ln in lines[lead:]):
        ctx.fired("mail-quote")          # "X wrote:" over the quotation, no blank line
        ctx.fired("mail-attribution")    # between: a paragraph of the reply's own
        return [Block(lines[:lead]), *blocks_of(_quote_lines(lines[lead:], ctx))]
    return [block]


def _quote_lines(lines: list[Line], ctx: Context) -> Iterator[Line | None]:
    """Quoted lines without their marks, each of kind "mail-quote" ("mail-quote2" for
    ">>", a reply quoting a reply: the quotations nest); a change of depth ends a
    paragraph (None)."""
    depth = 0
    for ln in lines:
        marks = QUOTE_PREFIX.match(ln.text)
        level = marks.group().count(">") if marks else 1
        if level != depth:
            yield None
            depth = level
        if level > 1:
            ctx.fired("mail-quote-nested")
        yield Line(ln.number, QUOTE_PREFIX.sub("", ln.text),
                   "mail-quote" if level == 1 else f"mail-quote{level}")
