"""Numbers worth a question: crowds, unbeaten runs, goal tallies, trophies, "first since".

Each pattern names its kind and unit; the subject is the team or person the sentence is about
(marked for review when it has to be guessed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.extract.lexicon import ORDINAL_WORDS, number
from quiz.extract.names import Mention

_N = r"(\d{1,3}(?:,\d{3})+|\d+|[a-z]+)"
_BIG = r"(\d{1,3}(?:,\d{3})+|\d{4,6})"
_ORD = rf"(\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)})"
_TROPHY = (
    r"(?:world title|world cup|european cup|champions league|europa league|league title|title|"
    r"trophy|fa cup|league cup|european crown|crown|championship|scudetto)"
)

# (kind, unit, regex, group holding the number, who the subject is: team or person)
_PATTERNS: tuple[tuple[str, str, re.Pattern[str], str], ...] = (
    (
        "attendance",
        "spectators",
        re.compile(
            rf"\b(?:crowd|attendance|gate) (?:of|was|stood at|reached) "
            rf"(?:almost |about |around |nearly |some )?{_BIG}"
        ),
        "team",
    ),
    (
        "attendance",
        "spectators",
        re.compile(rf"(?:before|in front of)?\s?{_BIG} (?:spectators|fans|supporters|people)\b"),
        "team",
    ),
    (
        "unbeaten",
        "games",
        re.compile(rf"\bunbeaten in {_N} (?:\w+ ){{0,2}}?(?:games|matches)\b"),
        "team",
    ),
    ("unbeaten", "games", re.compile(rf"\b{_N}[- ](?:game|match) unbeaten run\b"), "team"),
    ("unbeaten", "games", re.compile(rf"\bunbeaten run of {_N}\b"), "team"),
    (
        "unbeaten",
        "games",
        re.compile(
            rf"\b(?:haven['’]t|have not|hadn['’]t|had not|has not|hasn['’]t|without) "
            rf"(?:lost|losing|a defeat|defeat) (?:at home |away )?in {_N} "
            rf"(?:\w+ ){{0,4}}?(?:games|matches)\b"
        ),
        "team",
    ),
    ("unbeaten", "games", re.compile(rf"\breach {_N} (?:games|matches)\b"), "team"),
    (
        "goals",
        "goals",
        re.compile(
            rf"\b(?:his|her|a) {_ORD} (?:world cup |league |international |champions "
            rf"league |european )?goal\b",
            re.IGNORECASE,
        ),
        "person",
    ),
    (
        "goals",
        "goals",
        re.compile(
            rf"\b(?:with|scored|netted|tally of) {_N} (?:league |world cup "
            rf"|international )?goals\b"
        ),
        "person",
    ),
    (
        "trophy",
        "titles",
        re.compile(rf"\b(?:the|their|his|its|a) {_ORD} {_TROPHY}\b", re.IGNORECASE),
        "team",
    ),
    (
        "trophy",
        "titles",
        re.compile(rf"\bwon the [\w' ]{{2,30}}? for the {_ORD} time\b(?! since)", re.IGNORECASE),
        "team",
    ),
    ("milestone", "year", re.compile(r"\bfor the first time since (\d{4})\b"), "team"),
    # "Ajax have not reached the last eight since 2003"
    (
        "milestone",
        "year",
        re.compile(
            r"\b(?:have|has|had)(?: not|n['’]t) (?:won|reached|lifted|beaten|played in|been to)"
            r" [\w'’ -]{2,40}? since ((?:18|19|20)\d\d)\b"
        ),
        "team",
    ),
    (
        "milestone",
        "year",
        re.compile(
            r"\b(?:first|heaviest|biggest|worst|best|largest|highest|lowest)(?: [\w'’ -]{1,80}?)? "
            r"since (?:the )?(?:[\w'’-]+ ){0,4}?(?:in )?(\d{4})\b"
        ),
        "team",
    ),
    (
        "milestone",
        "year",
        re.compile(r"\b(?:won|beat|reached|lifted) (?:here|there|[\w'’ ]{2,30}?) in (\d{4})\b"),
        "team",
    ),
    (
        "milestone",
        "year",
        re.compile(r"\blast (?:won|reached|lifted) [\w' ]{2,40}? in (\d{4})\b"),
        "team",
    ),
    # A dated stage of a competition: "in the 2005 Champions League final", "their run to the
    # 2020 Champions League quarter-finals".
    (
        "milestone",
        "year",
        re.compile(
            r"\b(?:the|a|their|its|his) ((?:18|19|20)\d\d) (?:[A-Z][\w'’-]+ ){0,4}"
            r"(?:final|semi-finals?|quarter-finals?|last 16|round of 16|group stage)\b"
        ),
        "team",
    ),
    # A club's history: "were relegated from the Premier League in 1993", "European champions
    # in 1997", "won promotion in 1977".
    (
        "milestone",
        "year",
        re.compile(
            r"\b(?:relegated|promoted|won promotion|promotion|founded|formed|crowned|"
            r"(?:European|league|world) champions|won the (?:league|title|double|treble))"
            r"(?: [\w'’ -]{1,40}?)?,? in ((?:18|19|20)\d\d)\b"
        ),
        "team",
    ),
    # A person's: "made his debut in 1994", "retired in 2006", "joined Juventus in 1996".
    (
        "milestone",
        "year",
        re.compile(
            r"\b(?:made (?:his|her) debut|retired|joined|signed for|moved to|left)"
            r"(?: [\w'’ -]{1,40}?)?,? in ((?:18|19|20)\d\d)\b"
        ),
        "person",
    ),
    # When a manager's time began: "in charge since 2016", "under the guidance of X since 2016".
    (
        "milestone",
        "year",
        re.compile(
            r"\b(?:in charge|at the helm|(?:manager|coach|boss) [A-Z][\w'’ -]{2,40}?|"
            r"(?:guidance|leadership|stewardship) of [A-Z][\w'’ -]{2,40}?|"
            r"under [A-Z][\w'’ -]{2,40}?) since ((?:18|19|20)\d\d)\b"
        ),
        "person",
    ),
    (
        "milestone",
        "year",
        re.compile(
            r"\b(?:was appointed|took charge|took over) [\w'’ ]{0,40}?in ((?:18|19|20)\d\d)\b"
        ),
        "person",
    ),
    # Counts a manager complains or boasts of: "we gave away a good dozen naive penalties".
    (
        "stat",
        "penalties",
        re.compile(
            rf"\b(?:gave away|given away|conceded|won|missed|scored) (?:a (?:good )?)?"
            rf"(dozen|{_N}) (?:of )?(?:these |those |the )?(?:[\w-]+ )?penalties\b"
        ),
        "team",
    ),
    (
        "unbeaten",
        "months",
        re.compile(
            rf"\bfirst (?:home )?defeat [\w'’ ]{{0,30}}? in (?:almost |nearly |over |about )?"
            rf"{_N} (?:months|years)\b"
        ),
        "team",
    ),
    (
        "stat",
        "wins",
        re.compile(
            rf"\b{_N} wins in (?:their|its|his|the) last {_N} "
            rf"(?:matches|games)\b"
        ),
        "team",
    ),
    ("stat", "seasons", re.compile(rf"\b{_N} seasons ago\b"), "team"),
    ("stat", "shots on target", re.compile(rf"\b{_N} shots on target\b"), "team"),
    ("stat", "changes", re.compile(rf"\bmade {_N} changes\b"), "person"),
    ("stat", "games", re.compile(rf"\bplayed {_N} games\b"), "team"),
)
_APPROX = re.compile(r"\b(?:almost|about|around|nearly|some|roughly|more than|over|a good)\s+$")


@dataclass
class RecordRead:
    kind: str
    value: int
    unit: str
    at: int
    end: int
    phrase: str
    subject_kind: str
    approximate: bool = False
    notes: list[str] = field(default_factory=list)


def _value(raw: str) -> int | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
        return int(raw.replace(",", ""))
    if raw.isdigit():
        return int(raw)
    if raw == "dozen":
        return 12
    return number(raw)


def read_records(text: str) -> list[RecordRead]:
    out: list[RecordRead] = []
    for kind, unit, pattern, subject_kind in _PATTERNS:
        for m in pattern.finditer(text):
            if any(r.at < m.end() and m.start() < r.end for r in out):
                continue
            value = _value(m.group(1))
            if value is None or value > 1_000_000:
                continue
            if kind == "attendance" and value < 100:
                continue
            # "a dozen" is a round figure; "a 49-game run" is exact.
            approximate = m.group(1) == "dozen" or bool(
                _APPROX.search(text[max(0, m.start() - 12) : m.start(1)])
            )
            out.append(
                RecordRead(
                    kind, value, unit, m.start(), m.end(), m.group(), subject_kind, approximate
                )
            )
    return sorted(out, key=lambda r: r.at)


def subject_for(
    record: RecordRead, teams: list[Mention], people: list[Mention]
) -> tuple[str | None, str | None]:
    """(subject, note): the nearest team or person before the number, else the first after."""
    pool = teams if record.subject_kind == "team" else people
    before = [m for m in pool if m.end <= record.at]
    if before:
        # A team is usually the sentence's subject; a person is the nearest one named.
        return (before[0] if record.subject_kind == "team" else before[-1]).name, None
    if record.kind == "milestone":
        # "the guidance of X since 2016" names its subject; in "They lifted it in 1995 by
        # beating Milan" the team after is not the subject, so the caller asks around.
        inside = [m for m in pool if record.at <= m.start and m.end <= record.end]
        return (inside[0].name if inside else None), None
    after = [m for m in pool if m.start >= record.at]
    if after:
        return after[0].name, None
    return None, None
