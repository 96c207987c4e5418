"""Splitting a report into sentences that keep their character offsets.

A regex splitter is enough for match reports: a sentence ends at . ! or ? (with any closing
quote) followed by a capital, a digit or an opening quote; a line break always ends one unless
the next line starts in lower case (hard-wrapped text). Abbreviations and initials do not.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "vs",
    "v",
    "no",
    "nos",
    "fc",
    "ac",
    "utd",
    "approx",
    "etc",
    "inc",
    "ltd",
    "mt",
    "ft",
    "pts",
    "min",
    "mins",
    "agg",
    "pen",
    "pens",
}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Þ])")
_LINE = re.compile(r"\n+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the line (paragraph) it starts on


def _line_breaks(text: str) -> list[int]:
    """Offsets where a line break ends a sentence."""
    cuts = []
    for match in _LINE.finditer(text):
        rest = text[match.end() : match.end() + 1]
        if "\n\n" in match.group() or not rest.islower():
            cuts.append(match.start())
    return cuts


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if word is None:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Smith"
    return token.casefold() in _ABBREVIATIONS


def split(text: str) -> list[Sentence]:
    cuts: set[int] = set()
    for match in _END.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        cuts.add(match.end())
    cuts.update(_line_breaks(text))
    paragraph_starts = [m.end() for m in _LINE.finditer(text)]
    sentences: list[Sentence] = []
    start = 0
    for cut in [*sorted(cuts), len(text)]:
        if cut <= start:
            continue
        _add(text, start, cut, paragraph_starts, sentences)
        start = cut
    return sentences


def _add(text: str, start: int, end: int, paragraph_starts: list[int], out: list[Sentence]) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    s, e = start + lead, end - trail
    if e > s:
        paragraph = bisect.bisect_right(paragraph_starts, s)
        out.append(Sentence(s, e, text[s:e], paragraph))
