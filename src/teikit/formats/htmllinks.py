"""Link density in a web page: how much of an element's words are the words of links. A
site's sidebar, menu or tabbed list of links is mostly link words whatever its class names
say ("pane small", "sort", "pick"): the classic test of boilerplate removers (Kohlschütter's
boilerpipe, jusText, readability), used here only with the evidence of the page itself."""
from __future__ import annotations

import re

WORD = re.compile(r"\w+")

# a link list's words: at least this share of the container's words is inside links
LINK_SHARE = 0.7
# a stretch of words outside links this long is a sentence: the container holds text
SENTENCE_WORDS = 8


class Density:
    """Words, link words and links of every element under a root, counted once."""

    def __init__(self, root):
        self.words: dict = {}
        self.link_words: dict = {}
        self.links: dict = {}
        self.short_links: dict = {}     # links of five words or fewer
        self.prose: dict = {}           # holds a run of SENTENCE_WORDS words outside links
        self._count(root, False)

    def _count(self, root, in_link: bool) -> None:
        """Bottom up, without recursion (a page may nest thousands of elements deep)."""
        order: list = []
        stack = [(root, in_link)]
        inside: dict = {}
        while stack:
            el, linked = stack.pop()
            inside[el] = linked
            order.append(el)
            is_link = el.tag == "a" and not linked
            stack.extend((child, linked or is_link) for child in el
                         if isinstance(child.tag, str))
        for el in reversed(order):              # (children before their parents)
            linked = inside[el]
            is_link = el.tag == "a" and not linked
            words = _n(el.text)
            link_words = words if (linked or is_link) else 0
            prose = not (linked or is_link) and words >= SENTENCE_WORDS
            links = 1 if is_link else 0
            short = 0
            for child in el:
                if isinstance(child.tag, str):
                    words += self.words[child]
                    link_words += self.link_words[child]
                    links += self.links[child]
                    short += self.short_links[child]
                    prose = prose or self.prose[child]
                tail = _n(child.tail)
                words += tail
                if linked or is_link:
                    link_words += tail
                elif tail >= SENTENCE_WORDS:
                    prose = True
            if is_link:
                short = 1 if words <= 5 else 0
            self.words[el], self.link_words[el], self.links[el] = words, link_words, links
            self.short_links[el], self.prose[el] = short, prose

    def link_list(self, el, least: int = 5) -> bool:
        """A container of *least* links or more whose words are mostly (LINK_SHARE) link
        words, the links short labels (half of them five words or fewer), and no sentence
        outside them: a menu, a sidebar, a tabbed list of dates or places."""
        words = self.words.get(el, 0)
        return self.links.get(el, 0) >= least and words > 0 \
            and self.link_words[el] >= LINK_SHARE * words and not self.prose[el] \
            and 2 * self.short_links[el] >= self.links[el]


def _n(text: str | None) -> int:
    return len(WORD.findall(text)) if text else 0


def link_share(el) -> tuple[int, int, int]:
    """(words, link words, links) of one element (for a single test; Density for many)."""
    d = Density(el)
    return d.words[el], d.link_words[el], d.links[el]
