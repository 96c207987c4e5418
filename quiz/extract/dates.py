"""Dates in a report: "26 May 1999", "May 26, 1999", "Wednesday, November 25, 2020",
"2024-04-12", and "on 1 May" (year taken from the report, so marked for review)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from quiz.extract.lexicon import MONTHS, WEEKDAYS, number

_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_SHORT_MONTHS = {m[:3]: n for m, n in MONTHS.items()} | {"sept": 9}
_WEEKDAY = r"(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# "the fifth of May", "the twenty-first of June": a day said in words.
_DAY_WORDS = (
    r"(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth"
)
_DAY = rf"(\d{{1,2}}(?=st|nd|rd|th|\b)|{_DAY_WORDS})(?:st|nd|rd|th)?"
_DAY_FIRST = re.compile(rf"{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?\b")
_MONTH_FIRST = re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?:,?\s+(\d{{4}}))?")
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# "03/03/2013", "3.3.2013": day first, as British and European reports write it.
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/]|\.\d)")


def _day(said: str) -> int:
    return int(said) if said.isdigit() else number(said) or 0


def _month(name: str) -> int:
    low = name.lower()
    return MONTHS.get(low) or _SHORT_MONTHS[low[:4] if low == "sept" else low[:3]]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None  # None: the report gave no year here
    weekday: str | None
    metadata: bool = False  # "date 2024-04-12": when the article was filed, not a match date

    def iso(self, year: int | None = None) -> str | None:
        y = self.year or year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day).isoformat()
        except ValueError:
            return None


def find(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: DateMention) -> None:
        if any(s < mention.end and mention.start < e for s, e in taken):
            return
        if not 1 <= mention.month <= 12 or not 1 <= mention.day <= 31:
            return
        if mention.year is not None and not 1850 <= mention.year <= 2100:
            return
        taken.append((mention.start, mention.end))
        found.append(mention)

    for m in _ISO.finditer(text):
        before = text[max(0, m.start() - 6) : m.start()].casefold()
        add(
            DateMention(
                m.start(),
                m.end(),
                int(m.group(3)),
                int(m.group(2)),
                int(m.group(1)),
                None,
                metadata="date" in before,
            )
        )
    for m in _DAY_FIRST.finditer(text):
        year = int(m.group(4)) if m.group(4) else None
        if not m.group(2).isdigit() and not re.search(r"\bthe\s+$", text[m.start() : m.start(2)]):
            continue  # "his second May final": only "the fifth of May" is a day in words
        add(DateMention(m.start(), m.end(), _day(m.group(2)), _month(m.group(3)), year, m.group(1)))
    for m in _MONTH_FIRST.finditer(text):
        year = int(m.group(4)) if m.group(4) else None
        add(DateMention(m.start(), m.end(), _day(m.group(3)), _month(m.group(2)), year, m.group(1)))
    for m in _NUMERIC.finditer(text):
        add(
            DateMention(m.start(), m.end(), int(m.group(1)), int(m.group(3)), int(m.group(4)), None)
        )
    return sorted(found, key=lambda d: d.start)


def weekday_of(iso: str) -> str:
    return WEEKDAYS[dt.date.fromisoformat(iso).weekday()]
