"""Undoing what hides names from the extractor, keeping every offset into the text.

- A lossy encoding's "?" for each accented letter: "Ilic?ic?" for Iličić.
- Headlines in capitals: "ROMA 3-0 BARCELONA".


Some sites turn every letter outside Latin-1 into "?". Inside a capitalised word ("Ilic?ic?",
"Mu?ller") a "?" between letters cannot be punctuation, so it is dropped, giving the plain
ASCII spelling most English reports use anyway ("Ilicic"). The word is padded with spaces to
its old length so that every offset into the text (spans, sentences) stays where it was.
"""

from __future__ import annotations

import re
from functools import cache

from quiz.extract import lexicon

# A capitalised word with at least one "?" between letters; trailing "?"s belong to it then.
_DAMAGED = re.compile(r"(?<![\w?])[A-Z][A-Za-z]*(?:\?[a-z]+)+\?*")


def repair_names(text: str) -> tuple[str, list[str]]:
    """(text with damaged names repaired, the repaired names as written)."""
    found: list[str] = []

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        found.append(word)
        plain = word.replace("?", "")
        return plain + " " * (len(word) - len(plain))

    return _DAMAGED.sub(fix, text), found


_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.MULTILINE)


@cache
def _club_spellings() -> tuple[re.Pattern[str], dict[str, str]]:
    """A case-blind finder of team, ground, city, month and weekday names, and each name's
    usual spelling."""
    names = {
        spelling
        for name, aliases in lexicon.TEAMS.items()
        for spelling in (name, *aliases)
        if not spelling.startswith("the ")
    }
    names |= set(lexicon.HOME_GROUNDS) | set(lexicon.STADIUMS) | lexicon.CITIES
    # "SATURDAY 12 MAY 2012": dates in a capitals line too.
    names |= {m.capitalize() for m in lexicon.MONTHS} | set(lexicon.WEEKDAYS)
    ordered = sorted(names, key=len, reverse=True)
    finder = re.compile(
        rf"(?<![\w-])(?:{'|'.join(map(re.escape, ordered))})(?![\w-])", re.IGNORECASE
    )
    return finder, {name.casefold(): name for name in names}


def repair_capitals(text: str) -> str:
    """Team and ground names in all-capital lines ("ROMA 3-0 BARCELONA") spelled as usual."""
    finder, spelled = _club_spellings()

    def fix(m: re.Match[str]) -> str:
        proper = spelled.get(m.group().casefold(), m.group())
        return proper if len(proper) == len(m.group()) else m.group()

    return _CAPS_LINE.sub(lambda line: finder.sub(fix, line.group()), text)


# "7/ ", "12/ ": a thread's post numbers, which hide a post's opening minute ("57' ...").
_POST_NUMBER = re.compile(r"^(\d{1,3}/)[ \t]", re.MULTILINE)
_SHOUTED = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]*[A-Z](?:[ \t]+[A-Z][A-Z'’-]*[A-Z])*(?![\w'’-])")


def repair_shouting(text: str) -> str:
    """Names shouted in capitals in a live post ("57' BENZEMA", "MARIO GAVRANOVIC") spelled as
    the report spells them elsewhere. A word is only changed when the same word stands in the
    text in its usual spelling mid-sentence ("Karim Benzema wakes up") or twice; the other
    capital words of its run that look like names follow it. Thread post numbers become
    spaces."""
    text = _POST_NUMBER.sub(lambda m: " " * len(m.group(1)) + m.group()[-1], text)
    spelled: dict[str, int] | None = None  # usual spellings: 2 if mid-sentence or twice

    def known(word: str) -> bool:
        nonlocal spelled
        if word in _NOT_FIRST_NAMES:
            return False
        if spelled is None:  # read once, and only for a report that shouts
            spelled = {}
            for m in _CAPITALISED.finditer(text):
                mid = _MID_SENTENCE.search(text, max(0, m.start() - 30), m.start()) is not None
                spelled[m.group()] = 2 if mid else spelled.get(m.group(), 0) + 1
        return spelled.get(word.capitalize(), 0) >= 2

    def fix(m: re.Match[str]) -> str:
        run = m.group()
        listed = _club_spellings()[1].get(run.casefold())
        if listed is not None and " " in run and len(listed) == len(run):
            return listed  # "MEXICO CITY, June 17": a place of several words, as listed
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", run)]
        if len(words) > 4:
            return run
        sure = [len(w) >= 4 and w.isalpha() and known(w) for _, w in words]
        for i, (at, word) in enumerate(words):
            # "MARIO GAVRANOVIC": a first name just before a known surname goes with it.
            first_name = i + 1 < len(words) and sure[i + 1] and word not in _NOT_FIRST_NAMES
            if (sure[i] or first_name) and len(word) >= 3 and word.isalpha():
                proper = word.capitalize()
                if len(proper) == len(word):  # offsets stay put
                    run = run[:at] + proper + run[at + len(word) :]
        return run

    return _CAPS_LINE_FREE.sub(lambda line: _SHOUTED.sub(fix, line.group()), text)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_MID_SENTENCE = re.compile(r"(?:[a-z,;:]|\b[A-Z][a-z]+)[ \t]+$")


# Lines with some small letters: whole-capital lines are headlines, left to repair_capitals.
_CAPS_LINE_FREE = re.compile(r"^(?=[^\n]*[a-z])[^\n]*$", re.MULTILINE)
_NOT_FIRST_NAMES = {
    "GOAL", "WHAT", "AND", "THE", "FOR", "WIN", "WINS", "WOW", "YES", "NOW", "HOW", "WHO",
    "OFF", "GET", "HIT", "THIS", "THAT", "OH", "OHH", "COME", "ON", "BUT", "NOT", "FULL", "TIME",
}  # fmt: skip


# "51 min\nGOAL! Real Madrid 1-0 Liverpool (Benzema)": a live blog's minute on a line of its own
# heads the post below it.
_BARE_MINUTE_LINE = re.compile(
    r"(?m)^([ \t]*\d{1,3}(?:\s?\+\s?\d{1,2})?(?:\s?(?:'|’|mins?\b)\.?))[ \t]*\n"
    # only a post that opens on an event: "GOAL!", "PENALTY", "RED CARD"
    r"(?=[ \t]*(?:GOAL|Goal\b|PENALTY|Penalty\b|RED CARD|Red card\b|OWN GOAL))"
)


def join_minute_lines(text: str) -> str:
    """A minute alone on its line joined to the next line, the newline made a space."""
    return _BARE_MINUTE_LINE.sub(
        lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text
    )
