"""Finding teams and people in a sentence.

Teams come from the lexicon (plus any the score patterns discover in this report). People are
runs of capitalised words that are not a team, a competition, a place or a sentence opener;
a lone surname is resolved to the full name the report gave earlier ("Messi" -> "Lionel Messi").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from quiz.extract import lexicon
from quiz.extract.lexicon import fold

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
_TOKEN = (
    rf"[{_UPPER}][{_LOWER}{_UPPER}]*(?:-[{_UPPER}{_LOWER}][{_LOWER}{_UPPER}]*)*"
    # "O'Neill", and "Eto'o" (not "Eto's" or "Kane'll").
    rf"(?:['’][{_UPPER}][{_LOWER}]+|['’](?!(?:s|d|ll|re|ve|t|m)(?![{_LOWER}]))[{_LOWER}]+)?"
)
_PARTICLE = r"(?:de|da|di|del|della|dos|das|do|van|von|der|den|le|la|ter|ten|bin|al|el|y)"
NAME_RE = re.compile(
    rf"(?<![\w'’-]){_TOKEN}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+){{0,2}}{_TOKEN})*"
)

# Capitalised words that open a candidate but are not part of a name.
_LEADING = {
    "oh",
    "ohh",
    "wow",
    "yes",
    "goal",  # a live post's shout before a name
    "your",
    "gk",
    "my",
    "our",
    "their",
    "its",
    "you",
    "we",
    "they",
    "i",
    "q",
    "a:",
    "q:",
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "after",
    "before",
    "then",
    "but",
    "and",
    "with",
    "from",
    "into",
    "onto",
    "for",
    "of",
    "to",
    "by",
    "as",
    "when",
    "while",
    "it",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "his",
    "her",
    "substitute",
    "fellow",
    "captain",
    "goalkeeper",
    "keeper",
    "manager",
    "coach",
    "head",
    "boss",
    "midfielder",
    "striker",
    "defender",
    "winger",
    "forward",
    "full-back",
    "centre-back",
    "veteran",
    "teenager",
    "skipper",
    "referee",
    "commentator",
    "sky",
    "bbc",
    "itv",
    "full-time",
    "half-time",
    "kick-off",
    "red",
    "yellow",
    "result",
    "goals",
    "date",
    "venue",
    "competition",
    "nobody",
    "despite",
    "however",
    "having",
    "without",
    "speaking",
    "obviously",
    "everyone",
    "sometimes",
    "tomorrow",
    "instead",
    "italian",
    "german",
    "english",
    "swiss",
    "spanish",
    "french",
    "brazilian",
    "dutch",
    "portuguese",
    "argentine",
    "argentinian",
    "belgian",
    "former",
    "england",
    "so",
    "yet",
    "now",
    "only",
    "even",
    "also",
    "once",
    "here",
    "there",
    "what",
    "who",
    "if",
    "both",
    "all",
    "no",
    "not",
    "just",
    "still",
    "until",
    "since",
    "during",
    "mr",
    "mrs",
    "sir",
    "young",
    "new",
    "old",
    "australian",
    "norwegian",
    "polish",
    "scottish",
    "welsh",
    "irish",
    "uruguayan",
    "colombian",
    "croatian",
    "serbian",
    "danish",
    "swedish",
    "egyptian",
    "senegalese",
    "moroccan",
    "japanese",
    "korean",
    "american",
    "mexican",
    "chilean",
    "television",
    "wire",
    "holders",
    "champions",
    "hosts",
    "visitors",
    "guest",
    "home",
    "away",
    "stand-in",
    "interim",
    "assistant",
    "caretaker",
    "liverpool's",
}
# "last October Dietmar Hamann's free kick", "on Saturday Marcus Rashford ...".
_LEADING |= set(lexicon.MONTHS) | {d.lower() for d in lexicon.WEEKDAYS}
# Surnames that are also openers ("Ashley Young", "Old"): only stripped at the start.
_TRAILING = _LEADING - {"young", "new", "old", "cole", "home", "may"}  # "David May"
# A candidate holding any of these words is not a person.
_NOT_NAME = {
    "euro",
    "league",
    "cup",
    "stadium",
    "arena",
    "ballon",
    "champs-elysees",
    "triomphe",
    "premier",
    "champions",
    "world",
    "european",
    "europa",
    "group",
    "serie",
    "reds",
    "kop",
    "getty",
    "images",
    "photo",
    "afp",
    "reuters",
    "pic",
    "propaganda",
    "sport",
    "italia",
    "football",
    "club",
    "final",
    "road",
    "lane",
    "trafford",
    "bridge",
    "goal",
    "full-time",
    "half-time",
    "copy",
    "image",
    "credit",
    "match",
    "facts",
    "story",
    "association",  # "Press Association"; "Christen Press" is a player
    "associated",
    "conference",
    "news",
    "times",
    "guardian",
    "telegraph",
    "ground",
    "olympic",
    "bowl",
    "shield",
    "cups",
    "covid",
    "covid-19",
    "gold",
    "national",
    "day",
    "night",
    "week",
    "season",
    "uefa",
    "fifa",
    "fa",
    "var",
    "north",
    "south",
    "east",
    "west",
    "miracle",
    "istanbul",
    "penalty",  # "PENALTY TO LIVERPOOL!"
    "peep",  # "1 min: Peep! We're under way": the whistle
    "kick-off",
}
_PRONOUN_RE = re.compile(r"\b(?:he|He|she|She)\b")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical team name, or a person's name as written


def _is_place_or_thing(words: str) -> bool:
    key = fold(words)
    if key in _FOLDED_THINGS:
        return True
    parts = key.split()
    if len(parts) > 1 and parts[-1] == "park":
        return True  # "Celtic Park"; "Park Ji-sung" is a name
    return any(p.strip("'’") in _NOT_NAME for p in parts) or any(
        # "David May" is a name; "May", "May Day" and "Sunday May" are not
        (p in lexicon.MONTHS and (i == 0 or parts[0].capitalize() in lexicon.WEEKDAYS))
        or p.capitalize() in lexicon.WEEKDAYS
        for i, p in enumerate(parts)
    )


def _things() -> set[str]:
    words = set(lexicon.STADIUMS) | lexicon.CITIES | lexicon.PLACES_OTHER
    for name, aliases in lexicon.TEAMS.items():
        words.add(name)
        words.update(aliases)
    for aliases in lexicon.COMPETITIONS.values():
        words.update(aliases)
    return {fold(w) for w in words}


_FOLDED_THINGS = _things()


_SHORT_MONTHS = {m[:3].title() for m in lexicon.MONTHS if len(m) > 3} | {"Sept"}
_DATELINE_CITY = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]{2,30},\s*$")
_DATELINE_GOES_ON = re.compile(r"\s*(?:[-–—,]|\()")


def name_candidates(text: str) -> list[Mention]:
    """Runs of capitalised words that may be a person's name, openers stripped."""
    out = []
    for match in NAME_RE.finditer(text):
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", match.group())]
        while tokens and (
            fold(match.group()[slice(*tokens[0])]) in _LEADING
            or lexicon.number(match.group()[slice(*tokens[0])]) is not None  # "Fifty-nine: X"
        ):
            tokens = tokens[1:]
        while tokens and fold(match.group()[slice(*tokens[-1])]) in _TRAILING:
            tokens = tokens[:-1]
        if not tokens:
            continue
        start, end = match.start() + tokens[0][0], match.start() + tokens[-1][1]
        name = text[start:end]
        words = name.split()
        if _is_place_or_thing(name) and not (len(words) == 1 and name in lexicon.GUARDED_ALIASES):
            continue  # a guarded alias ("Villa") may be a surname: the caller decides
        if name in _SHORT_MONTHS and re.match(r"\.?\s+\d", text[end : end + 3]):
            continue  # "MANCHESTER, England, Oct 6": a date, not "Jan Jongbloed"
        if text[start - 1 : start] == "(" and re.match(r"\)\s*[-–—]", text[end : end + 3]):
            continue  # "LONDON, May 25 (Agency) - ...": a dateline's credit
        if _DATELINE_CITY.search(text[max(0, start - 40) : start]) and _DATELINE_GOES_ON.match(
            text[end : end + 3]
        ):
            continue  # "VANCOUVER, British Columbia — ...": a dateline's region

        if fold(words[0]) in _FOLDED_THINGS and len(words) > 2:
            # "in Lisbon Diego Godin's header": a place or club run into a name.
            cut = len(words[0]) + 1
            start, name = start + cut, name[cut:].lstrip()
        elif fold(words[0]) in _FOLDED_THINGS and len(words) > 1:
            continue  # "Atalanta Gian" style run-ons are not names
        out.append(Mention(start, end, name))
    return out


def _guarded(spelling: str) -> bool:
    if spelling.startswith("The "):
        spelling = "t" + spelling[1:]
    return spelling in lexicon.GUARDED_ALIASES


@cache
def _listed_spellings() -> dict[str, str]:
    """Every listed spelling of a team -> its canonical name."""
    spellings: dict[str, str] = {}
    for name, aliases in lexicon.TEAMS.items():
        spellings[name] = name
        for alias in aliases:
            spellings.setdefault(alias, name)
            if alias.startswith("the "):  # "The Reds did that ...": a sentence's opening
                spellings.setdefault("T" + alias[1:], name)
    return spellings


@cache
def _open_finder() -> re.Pattern[str]:
    """The listed spellings that name a team on their own (built once: a thousand names)."""
    open_spellings = [s for s in _listed_spellings() if not _guarded(s)]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(open_spellings)})(?![\w-])")


@cache
def _guarded_finder() -> re.Pattern[str]:
    guarded = [s for s in _listed_spellings() if _guarded(s) and not s.startswith(("the ", "The "))]
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(guarded)})(?![\w-])")


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside|of|around|across)\s+$", re.IGNORECASE)
_SLOT_BEFORE = re.compile(
    r"(?:\b(?:beat|beating|beats|against|over|v|vs\.?|versus)\s+|"
    r"(?:^|\n)[^\n]{0,20}\d\s*[-–—]\s*\d\s+|(?:^|\n)\s*\w+\s+\d{1,2},?\s+)$"
)
_SLOT_AFTER = re.compile(
    r"\s*(?:[-–—]\s*)?\d{1,2}\b|\s+(?:won|lost|drew|beat|were beaten|were held|had won|have won|"
    r"went through|went out|went down|arrived|led|trailed|equalised|scored|clinched|lifted)\b"
)


def _after_name(text: str, start: int) -> bool:
    """A capitalised word just before `start`: a guarded short name there is a surname
    ("David Villa"), not a club ("Capello's Milan" has a possessive, so it is not)."""
    return re.search(r"\b[A-Z][a-z]+ $", text[max(0, start - 20) : start]) is not None


@cache
def _ground_finder() -> re.Pattern[str]:
    """Grounds whose names hold a club's ("Celtic Park", "Stade de Bordeaux")."""
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(lexicon.STADIUMS)})(?![\w-])")


# "FRA 0-1 SUI", "LIV v MCI": two codes either side of a score or a "v".
_CODE_PAIR = re.compile(
    r"(?<![\w-])([A-Z]{3})\s*(?:\d{1,2}\s*[-–—]\s*\d{1,2}|v|vs\.?)\s*([A-Z]{3})(?![\w-])"
)


def _codes(text: str) -> dict[str, str]:
    """Team codes the report uses as such (each seen in a pair): code -> team."""
    codes: dict[str, str] = {}
    for m in _CODE_PAIR.finditer(text):
        first, second = (lexicon.TEAM_CODES.get(c) for c in m.groups())
        if first and second and first != second:
            codes[m.group(1)], codes[m.group(2)] = first, second
    return codes


@dataclass
class TeamIndex:
    """Which teams a report names, and a regex that finds them."""

    text: str
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> short forms

    def __post_init__(self) -> None:
        self.codes = _codes(self.text)
        self._build()

    def add(self, name: str, short: tuple[str, ...] = ()) -> None:
        if name not in self.extra and name not in lexicon.TEAMS:
            self.extra[name] = short
            self._build()

    def _build(self) -> None:
        spellings = dict(_listed_spellings())
        extra: dict[str, str] = {}
        for name, shorts in self.extra.items():
            extra[name] = name
            for spelling in shorts:  # "Huddersfield" for "Huddersfield Town"
                extra.setdefault(spelling, name)
        for code, name in self.codes.items():
            extra.setdefault(code, name)
        spellings.update(extra)
        found = [
            (m.start(), m.end(), spellings[m.group()]) for m in _open_finder().finditer(self.text)
        ]
        if extra:
            open_extra = [s for s in extra if not _guarded(s)]
            finder = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(open_extra)})(?![\w-])")
            theirs = [(m.start(), m.end(), extra[m.group()]) for m in finder.finditer(self.text)]
            # A listed name inside a discovered one ("Mexico" in "Mexico City FC") is not named.
            found = [
                f for f in found if not any(a <= f[0] and f[1] <= b for a, b, _ in theirs)
            ] + theirs
        present = {name for _, _, name in found}
        # A short name several things share ("Milan", "Inter") names its club where only a
        # team can stand: "Milan won 4-0", "beat Inter", "Lazio 4 Inter 2".
        for m in _guarded_finder().finditer(self.text):
            canonical = spellings.get(m.group())
            if canonical is None or canonical in present:
                continue
            before = self.text[max(0, m.start() - 16) : m.start()]
            after = self.text[m.end() : m.end() + 24]
            if _PLACE_BEFORE.search(before) or _after_name(self.text, m.start()):
                continue  # "in Milan", "David Villa"
            if _SLOT_BEFORE.search(before) or _SLOT_AFTER.match(after):
                present.add(canonical)
        self.present = present
        self.clubs_named = any(t not in lexicon.NATIONAL_TEAMS for t in present)
        self.spellings = {s: c for s, c in spellings.items() if c in present}
        if self.spellings:
            alternation = lexicon.alternation(self.spellings)
            self.regex: re.Pattern[str] | None = re.compile(
                rf"(?<![\w-])(?:{alternation})(?![\w-])"
            )
        else:
            self.regex = None

    def find(self, text: str, base: int = 0) -> list[Mention]:
        if self.regex is None:
            return []
        out = []
        grounds: list[tuple[int, int]] | None = None  # scanned only once a team is seen
        for match in self.regex.finditer(text):
            canonical = self.spellings[match.group()]
            if grounds is None:
                grounds = [(g.start(), g.end()) for g in _ground_finder().finditer(text)]
            if any(a <= match.start() and match.end() <= b for a, b in grounds):
                continue  # part of a ground's name
            if _guarded(match.group()) and _after_name(text, match.start()):
                continue  # "David Villa": a surname, not the club
            if any(
                text.startswith(c, match.start()) for c in _LONGER_CITIES.get(match.group(), ())
            ):
                continue  # "Mexico City": a city that starts with a team's name
            before = text[max(0, match.start() - 3) : match.start()]
            place = re.search(
                r"([A-Za-z][A-Za-z .'-]*?),\s*$", text[max(0, match.start() - 30) : match.start()]
            )
            if (
                place
                and place.group(1).strip().title() in lexicon.CITIES
                and text[match.end() : match.end() + 1] in (",", " ")
            ):
                continue  # "SAINT-DENIS, France, July 10": a dateline's country
            if (
                canonical in lexicon.NATIONAL_TEAMS
                and self.clubs_named
                and (
                    re.search(
                        r"\b(?:in|into|across|around|throughout|within)\s+(?:the\s+)?$",
                        text[max(0, match.start() - 16) : match.start()],
                    )
                    # "Valur of Iceland": a club's country
                    or re.search(
                        r"(?<![\w'’-])[A-Z][\w'’-]+\s+of\s+$",
                        text[max(0, match.start() - 30) : match.start()],
                    )
                    or re.search(
                        r"\b(?:travel\w*|trip|move\w*|moved|flew|fly|flight|return\w*|go|goes|"
                        r"going|went|head\w*|back|way)\s+(?:\w+\s+)?to\s+$",
                        text[max(0, match.start() - 30) : match.start()],
                    )
                )
            ):
                continue  # "will travel to Spain", "in the Soviet Union": a place, in club reports
            if match.group().lower() in _DEMONYM_SPELLINGS:
                word = re.match(r"\s+([a-z]+)", text[match.end() : match.end() + 20])
                if word and word.group(1) not in _VERBISH and not word.group(1).endswith("ed"):
                    continue  # "the Spanish title": an adjective, not the side
            if before in ("in ", "In ") and (
                match.group() in lexicon.CITIES or canonical in lexicon.CITIES
            ):
                after = text[match.end() : match.end() + 2]
                if not after.startswith("'") and not after.startswith("’"):
                    continue  # "at Anfield in Liverpool": the city, not the club
            out.append(Mention(base + match.start(), base + match.end(), canonical))
        return out


_LONGER_CITIES: dict[str, list[str]] = {}
for _city in lexicon.CITIES:
    if " " in _city:
        _LONGER_CITIES.setdefault(_city.split()[0], []).append(_city)

_DEMONYM_SPELLINGS = {n.lower() for names in lexicon.DEMONYMS.values() for n in names}
# Words after "the Dutch" that keep it a side ("the Dutch were", "the Dutch took the lead").
_VERBISH = {
    "were", "was", "had", "have", "are", "is", "will", "would", "could", "did", "won", "lost",
    "beat", "drew", "led", "took", "made", "got", "came", "went", "scored", "kept", "held",
    "never", "then", "still", "finally", "also", "and", "but", "who", "in", "at", "on",
}  # fmt: skip


@dataclass
class PersonIndex:
    """Full names seen so far in a report, for resolving surnames."""

    full: dict[str, str] = field(default_factory=dict)  # folded full name -> name
    by_part: dict[str, str] = field(default_factory=dict)  # folded last (or first) token -> name
    by_first: dict[str, set[str]] = field(default_factory=dict)  # folded first token -> names

    def add(self, name: str) -> str:
        key = fold(name)
        if key in self.full:
            return self.full[key]
        known = self.resolve(name)
        if known is not None and len(known.split()) >= len(name.split()):
            return known
        self.full[key] = name
        parts = name.split()
        # "Graham Hansen" in a goals line, then "Caroline Graham Hansen": the shorter name
        # seen first is the same player.
        tails = (fold(" ".join(parts[i:])) for i in range(1, len(parts) - 1))
        shorter = {self.full[k] for k in tails if k in self.full}
        if shorter:
            for table in (self.full, self.by_part):
                for k, v in table.items():
                    if v in shorter:
                        table[k] = name
        if len(parts) > 1:
            self.by_first.setdefault(fold(parts[0]), set()).add(name)
            self.by_part.setdefault(fold(parts[-1]), name)
            surname = " ".join(parts[1:])
            self.by_part.setdefault(fold(surname), name)
        return name

    def resolve(self, name: str) -> str | None:
        key = fold(name)
        if key in self.full:
            return self.full[key]
        if key in self.by_part:
            return self.by_part[key]
        parts = key.split()
        if len(parts) == 1 and len(self.by_first.get(key, ())) == 1:
            # "Xavi" after "Xavi Hernandez": a player known by his first name.
            return next(iter(self.by_first[key]))
        if len(parts) > 1 and parts[-1] in self.by_part:
            # "Mo Salah" after "Mohamed Salah": same surname, first names share a start.
            known = self.by_part[parts[-1]]
            if fold(known.split()[0])[:2] == parts[0][:2]:
                return known
        return None


def has_pronoun(text: str) -> bool:
    return _PRONOUN_RE.search(text) is not None
