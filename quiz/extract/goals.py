"""Goals in a sentence: who scored, in which minute, and whether from the penalty spot.

A goal needs a minute ("in the 23rd minute", "90+3'", "a 23rd-minute penalty", a line that
starts "39' GOAL!") and a scoring word in the same clause; the scorer is the clause's subject
("Messi, the captain, converted..."), a possessive ("Oscar's goal"), or "through X". A
pronoun ("He scored") takes the last subject and marks the goal for review, as do "within
seven minutes" (only an upper bound) and a saved penalty put in on the rebound.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from quiz.extract.lexicon import NUMBER_WORDS, ORDINAL_WORDS, SPOKEN_GOALS
from quiz.extract.names import Mention
from quiz.extract.people import SIDE_AFTER
from quiz.extract.quotes import REPORTING_VERBS

_ORD = "|".join(ORDINAL_WORDS)
# "for the second time", "his third title": an ordinal that counts something other than goals.
_NOT_GOALS_AFTER = (
    r"time|title|trophy|crown|minute|round|place|year|season|successive|straight|consecutive|"
    r"half|leg"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NTH = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORD})"
_MINUTE_PATTERNS = (
    # "three times in 16 minutes, in the 14th, 19th and 30th"
    re.compile(
        r"\bin the (\d{1,3})(?:st|nd|rd|th), (\d{1,3})(?:st|nd|rd|th),? (?:and|&) "
        r"(\d{1,3})(?:st|nd|rd|th)(?: minutes)?\b"
    ),
    # in the 24th and 26th minutes / in the sixth minute
    re.compile(rf"\bthe ({_NTH})(?:,? (?:and|&) ({_NTH}))? minutes?\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)[- ]minute\b"),
    re.compile(r"\b(?:[Aa]fter|[Oo]n) (\d{1,3}|[a-z]+) minutes\b"),
    # "(og, 1')" and "(pen, 14')" in a goals line: a note before the minute.
    re.compile(
        r"(?:^|\()\s*(?:(?:og|o\.g\.|pen|p)\s*,?\s*)?(\d{1,3})(?: ?\+ ?(\d{1,2}))?"
        r"(?: ?(?:'|’|min\b|mins\b)|\s+[-–—]\s+(?!\d))"
    ),
    # "rose to head in Gascoigne's corner (51)": a bare minute in brackets closing a clause.
    re.compile(r"\((\d{1,3})(?:\+(\d{1,2}))?\)(?=\s*(?:[.;,:]|and\b|$))"),
)
# Every minute pattern needs one of these, so a sentence without them has no minute.
_MAY_HOLD_MINUTE = re.compile(rf"\d|minute|hour|stroke|{_TENS}", re.IGNORECASE)
# "eight minutes from time": counted back from 90.
_FROM_TIME = re.compile(
    r"\b(\d{1,2}|[a-z]+) minutes? from (?:time|the end|(?P<shootout>penalties|a shoot-?out))\b"
    r"(?P<normal> of (?:normal|regular) time)?",
    re.IGNORECASE,
)
# A sentence told in extra time counts "three minutes from the end" back from 120.
_IN_EXTRA_TIME = re.compile(r"\bextra[- ]time\b|\b(?:9[1-9]|1[01]\d)(?:st|nd|rd|th) minute\b")
# "with seven minutes left": counted back from 90; "on the hour": the 60th.
_LEFT = re.compile(
    r"\bwith (?:about |around |roughly |some |just |only )?(\d{1,2}|[a-z]+) minutes? "
    r"(?:of (?:normal|regular) time )?(?:left|remaining|to go|to play)\b",
    re.IGNORECASE,
)
# "a minute into added time": counted on from 90.
_INTO_ADDED = re.compile(
    r"\b(a|one|two|three|four|five|\d{1,2}) minutes? into (?:added|stoppage|injury) time\b",
    re.IGNORECASE,
)
_ON_THE_HOUR = re.compile(r"\b(?:on|just after|right on|until) the hour(?: mark)?\b", re.IGNORECASE)
_HALF_HOUR = re.compile(r"\b(?:on|just after|right on|around) the half[- ]hour(?: mark)?\b", re.I)
# "four minutes before the interval": counted back from 45.
_BEFORE_BREAK = re.compile(
    r"\b(\d{1,2}|[a-z]+) minutes? before (?:the interval|half-time|half time|the break)\b", re.I
)
# "Marcelo drove in a third in the 118th": an ordinal with no "minute" after it.
_BARE_NTH = re.compile(
    r"\b(?:in|by) the (\d{1,3})(?:st|nd|rd|th)\b"
    # "... and in the 16th Steven Gerrard ran on": a name may follow, not a noun ("the 19th Century").
    r"(?=\s*(?:[.,;)]|and\b|(?:after|before|when|as|with|from)\s|$|(?!(?:Century|Division|"
    r"Round|Minute|Street|Avenue|Anniversary|Amendment|Edition|Congress|Birthday)\b)[A-Z][a-z]))"
)
# Spoken minutes: "Fifty-nine: Roberto Firmino ...", "Bernardo Silva, eighty-four minutes,",
# "ninety-plus-one".
_SPOKEN_LABEL = re.compile(
    rf"(?:^|(?<=[.;!?:]\s))(?:[Aa]nd\s+)?((?:{_TENS}|{_TENS.title()})(?:-[a-z]+)?)\s*(?::|—|–)"
)
_SET_OFF = re.compile(r",\s+([a-z]+(?:-[a-z]+)?) minutes(?=,|\.|$)")
_PLUS = re.compile(r"\b(?:ninety|90)[- ]plus[- ]([a-z]+|\d)\b", re.IGNORECASE)
# "Ramires added a second on 38.": a bare number after "on", closing a clause.
_BARE_ON = re.compile(r"\b[Oo]n (\d{1,3})(?=\s*(?:[.,;)]|and\b|$))")
# "on the stroke of half-time" (45), "two minutes after the break" (47).
_STROKE = re.compile(
    r"\bon the stroke of (half-time|half time|full-time|full time)\b", re.IGNORECASE
)
_AFTER_BREAK = re.compile(
    r"\b(\d{1,2}|[a-z]+) minutes? (?:after|into) (?:the break|the restart|the interval|"
    r"half-time|the second half)\b",
    re.IGNORECASE,
)
# "Twenty-one minutes in, Mulgrew swung over a corner", "It took United 22 minutes to find
# them out": the minute of the goal told next.
_MINUTES_IN = re.compile(
    r"\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?) minutes (?:in\b(?!\s*(?:to|the)\b)|into the "
    r"(?:game|match|contest|final|tie)\b)",
    re.IGNORECASE,
)
_IT_TOOK = re.compile(r"\b[Ii]t took (?:[\w'’-]+ ){0,3}?(\d{1,3}|[a-z]+(?:-[a-z]+)?) minutes\b")
# "eight minutes later": counted on from the goal before (the caller knows its minute).
# ... and "eight minutes after Ronaldo's wonder goal".
_LATER = re.compile(
    r"\b(\d{1,2}|[a-z]+) minutes? (?:later\b|after (?:[A-Z][\w'’.-]*['’]s|his|her|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:goal|opener|equali[sz]er|strike|header|penalty|volley)\b)",
    re.IGNORECASE,
)
# "Australia's answer took four minutes": counted on from the goal before.
_ANSWER_TOOK = re.compile(
    r"\b(?:answer|reply|response|equali[sz]er|leveller) (?:took|came after|arrived after) "
    r"(?:only |just )?(\d{1,2}|[a-z]+) minutes?\b"
)
# "Within two minutes the ball was loose ...", opening a sentence, counts from the goal before:
# not a minute.
_WITHIN = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?:within|inside|inside the first|in the first) (\d{1,2}|[a-z]+) "
    r"minutes\b"
)
# ... "Within a minute Bernardo Silva's shot had found the net": counted on from that goal.
_WITHIN_OPEN = re.compile(r"^\s*(?:Then,?\s+)?[Ww]ithin (a|one|two|three|\d) minutes?\b")
_CUE = re.compile(
    r"\b(?:scored|scores|score|scoring|netted|nets|net|headed|heads|header|volleyed|volleys|"
    r"struck|strikes|fired|fires|drove|drives|driven|poked|pokes|equalised|equalized|equalises|"
    r"equaliser|equalizer|converted|converts|slotted|slots|tapped|taps|curled|curls|"
    # not "It finished 1-1 after 120 minutes": the match's end
    r"(?:finished|finishes)(?!\s+(?:\d|level\b|goalless|scoreless|all square|at \d|in a\b))|"
    r"added|adds|made it|makes it|opened the scoring|opens the scoring|open the scoring|"
    r"doubled|double the lead|make it|got on the end of|rubbed it in|"
    r"completed the comeback|pulled one back|pulls one back|smashed|smashes|rifled|nodded|"
    r"(?:restored|restores|extended|extends|stretched|doubled) (?:[\w'’]+ ){0,2}?lead|"
    r"sealed (?:the|a|their|his|her) (?:win|victory)|completed the rout|buried|tucked away|"
    r"helped (?:himself|herself) to|punished|cancelled out|['’]s\s+(?:[\w-]+\s+){0,3}?finish|"
    r"bundled|sweeping in|swept in|swept|turned in|turns in|lashed|drilled|steered|glanced|"
    r"lobbed|lobs|put away|puts away|putting away|"
    r"(?:sent|sends|sending) the (?:goalkeeper|keeper) the wrong way|"
    # "Honda set up Okazaki for the third": not "for the second time".
    r"for the (?:second|third|fourth|fifth|sixth|opener|equali[sz]er|winner)"
    rf"(?!\s+(?:{_NOT_GOALS_AFTER}))|"
    r"(?<!\bin )goal|goals|penalty|spot-kick|from the spot|winner|own goal|"
    r"(?:gets|got|get|nips|nipped|ghosts|ghosted|arrives|arrived) in at the (?:near|far|back) "
    r"post|"
    # not "finding space in front of the back four"
    r"hat-trick|went ahead|go ahead|goes ahead|ahead(?! of)|in front(?! of)|the lead|level|"
    r"head in|heads in|"
    r"(?:ball|it|shot|effort|finish) (?:past|beyond|between|under|into the (?:net|goal|corner|"
    r"roof|bottom|top))|"
    r"\w+ed (?:it|the ball) (?:in|home)|"
    r"(?:had|got|grabbed|added|completed|claimed) (?:his|her) (?:second|third|fourth|brace)|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh) (?:goal )?(?:arrived|came|followed)|"
    # "Sterling's second, from De Bruyne's pass, put City 3-2 up"
    r"(?<=['’]s )(?:second|third|fourth)(?!\s+(?:half|yellow|booking|season|spell|game|leg|"
    r"touch|chance|attempt|title|final|of))|"
    r"(?:put|puts|putting) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)? \d{1,2}-\d{1,2} up)\b|"
    r"\bGOAL\b"
)
# A goalkeeper's hands on the ball ("Earps tips it away", "and Lindahl saves").
_SAVES = "saves|saved|tips|tipped|palms|palmed|pushes|pushed"
_NEGATIVE = re.compile(
    r"\b(?:saved|missed|misses|parry|parried|parries|"
    r"(?:hit|rattled|against) the (?:post|bar|crossbar|woodwork|upright)|"
    r"struck the (?:post|bar|crossbar|underside|woodwork)|sent off|red card|yellow card|"
    r"booked(?! (?:a|their|his|her|its) (?:place|spot|berth|ticket|passage))|"
    r"substituted|(?<!\bthe )(?<!\ban )injur\w*|disallowed|ruled out|denied|"
    # "finally winning the penalty that settled the matter": earned, not taken
    r"(?:won|winning|wins|earned|earning|earns|drew|drawing|draws) (?:a|the) (?:penalty|"
    r"spot-kick)(?![^.;]*\b(?:convert\w*|scored|dispatch\w*|tuck\w*|himself|herself)\b)|"
    # a goalkeeper's save: "Earps tips it away", "palmed the header round the post"
    rf"(?:{_SAVES}|turns|turned) (?:it|the ball|(?:his|her|the) "
    r"(?:effort|shot|header|volley|attempt)) (?:away|wide|clear|behind|over the (?:cross)?bar|"
    r"round the (?:post|upright))|"
    # not "finishing calmly after a lengthy check for offside"
    r"(?<!check for )(?<!review for )offside|"
    # a penalty given, to be taken in the next post: "PENALTY TO LIVERPOOL! ... Skomina points
    # straight to the spot"
    r"(?:penalty|PENALTY) (?:to|TO|for|FOR) (?-i:[A-Z])\w*|points (?:straight )?to the spot|"
    r"(?:awards|awarded|gives|given) (?:a|the) penalty)\b",
    re.IGNORECASE,
)
_PENALTY = re.compile(
    r"\b(?:penalty|penalties|spot-kick|from the spot|back on the spot|pen|"
    r"(?:sent|sends|sending) the (?:goalkeeper|keeper) the wrong way)\b",
    re.IGNORECASE,
)
_SHOOTOUT = re.compile(r"shoot-?out|on penalties", re.IGNORECASE)
_CLAUSE = re.compile(
    # "... early in the second half: within minutes Bony headed the equaliser"
    r";|:\s+(?=[a-z])|,\s+(?:and|but|yet|while|whereas|although|though|before|where)\s+|"
    r"\s+but\s+|"
    r"\s+and\s+(?=(?:[A-ZÀ-Þ]|captain |substitute |then ))|"
    # "Boniface put them ahead ..., Granit Xhaka doubled the lead on the hour"
    r",\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+[a-z]+(?:ed|s)\b)"
)
# A person after these words is not the subject: "inspired by Xavi", "a shot past Casillas".
PREPOSITION = re.compile(
    r"\b(?:for|by|from|to|after|with|of|past|than|against|over|beat|beating|tripped|fouled|"
    r"denied|a|an|goalkeeper|keeper|the|turned in|met|whom|without|like|round|around|beyond|"
    r"behind|in|at|into|near|outside)\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:(?:low|late|fine|first|second|early|stunning|spectacular|long-range|powerful|"
    r"close-range|deflected|stoppage-time|turn and|injury-time|last-minute|(?:\d{1,3}(?:st|nd|rd|th)|"
    r"[a-z]+)-minute)\s+)*(shot|goal|penalty|header|strike|effort|volley|free[- ]kick|"
    r"finish|spot-kick|opener|equaliser|winner|consolation|leveller|clincher|"
    # "Sterling's second, from De Bruyne's pass": not "his second half" or "second yellow".
    r"(?:second|third|fourth)(?=[,.;]|\s+(?:from|of the|was|came|arrived|put|made|had)\b))"
)
_STRONG = re.compile(
    r"\b(?:scored|scoring|netted|netting|converted|converting|scores|headed|heading|grabbed|"
    r"grabbing|got|getting|struck|striking|fired|firing)\s+(?:a|the|his|her|another)\s+"
    r"(?:\w+\s+)?(?:penalty|goal|opener|winner|equaliser|equalizer|spot-kick)\b|"
    r"\b(?:turned|turning|put|putting|sliced|slicing|diverted|diverting|headed|heading|"
    r"deflected|deflecting)\s+(?:the ball\s+|it\s+)?into (?:his|her) own net\b"
    r"|\b(?:hit|struck|fired|curled|sent|bent|drilled|unleashed)\s+(?:a|his|her|the)\s+(?:\w+\s+)?"
    r"(?:shot|effort|strike|free[- ]kick|ball|volley)\s+(?:that\s+)?(?:flew|went|sailed|curled|"
    r"flashed|dipped|arrowed|crept|nestled)\s+(?:past|into|in)\b"
)
# A goal told in the passive, its scorer after "by": "Agüero's finish ... was cancelled out
# four minutes later by Alfred Finnbogason"; "Miyama's free kick is glanced into her own net by
# Johnston" (the defender's own goal).
_SCORED_BY = re.compile(
    r"\b(?:was|were) (?:cancelled out|equalised|matched|answered)\b[^.;]*?\bby\s+|"
    r"\b(?P<own>into (?:his|her|their) own net) by\s+(?:the\s+)?(?:[a-z-]+\s+)?"
)
_ASSIST = re.compile(
    r"^['’]s\s+(?:\w+\s+)?(?:cross|pass|flick|corner|through[- ]ball|assist|lay-off|"
    r"cut-back|knock-down|delivery|free-kick delivery)\b"
)
_ADDED_TIME = re.compile(
    r"\s+of\s+(?:(first|second)[- ]half\s+)?(?:added|stoppage|injury)[- ]time\b", re.IGNORECASE
)
_EXTRA_TIME_MINUTE = re.compile(r"\s+of\s+extra[- ]time\b", re.IGNORECASE)
_TEAM_AHEAD = re.compile(r"^\s+(?:back\s+)?(?:ahead|in front|level|the lead|into the lead)\b")
# "Goals: Maldini 1, Crespo 39", "ARGENTINA: scorer Maradona (51, 55)."
_LIST_LINE = re.compile(
    r"^\s*(?:(?:goals|scorers)\s*:|[A-Z][\w .'’-]{1,30}:\s*(?:goals?|(?:goal)?scorers?)\b:?)\s*",
    re.IGNORECASE,
)
_LABEL = r"^[ \t]*(?:goals|scorers)[ \t]*:"  # "Goals:", "Scorers:" opening a line
_LIST_HEADING = re.compile(rf"{_LABEL}[ \t]*\n", re.IGNORECASE | re.MULTILINE)
_LIST_ITEM = re.compile(
    # "Maldini 1, Crespo 39, 44", "1-0 Xavi (10)", "Gundogan 68 pen", "1-0 Leupolz (og, 1')"
    r"(?:\d{1,2}\s*[-–—]\s*\d{1,2}\s+)?([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)*)\s+\(?"
    r"(?:(og|o\.g\.|pen|p)\.?,?\s*)?"
    r"(\d{1,3}(?:\+\d{1,2})?['’]?(?:\s*\(?(?:pen|p)\.?\)?)?"
    r"(?:\s*,\s*\d{1,3}(?:\+\d{1,2})?['’]?(?:\s*\(?(?:pen|p)\.?\)?)?)*)\)?"
)


@dataclass
class MinuteMention:
    start: int
    end: int
    minutes: list[tuple[int, str]]  # (minute with added time counted on, as written)
    upper_bound: bool = False
    half_guessed: bool = False  # "of added time" with no half named: taken as the second
    later: bool = False  # "N minutes later": N minutes after the previous goal
    start_minute: int | None = None  # for `later`: the minute counted on from


@dataclass
class GoalRead:
    scorer: str
    minute: int | None
    shown: str
    at: int  # offset of the minute (or cue) in the sentence
    penalty: bool = False
    by_minute: bool = False
    team: str | None = None
    notes: list[str] = field(default_factory=list)
    again: bool = False  # "curled in another", "completed his treble": not a goal said before


def _nth(word: str) -> int | None:
    """'23rd', '23', 'sixth' or (in "after three minutes") 'three' as a minute."""
    low = word.lower()
    digits = re.match(r"\d+", low)
    if digits:
        return int(digits.group())
    return ORDINAL_WORDS.get(low) or NUMBER_WORDS.get(low)


def find_minutes(text: str) -> list[MinuteMention]:
    if not _MAY_HOLD_MINUTE.search(text):
        return []  # most sentences: no digit, "minute", "hour" or "stroke" in them
    found: list[MinuteMention] = []
    for pattern in _MINUTE_PATTERNS:
        for m in pattern.finditer(text):
            if _overlaps(found, m):
                continue
            minutes: list[tuple[int, str]] = []
            groups = [g for g in m.groups() if g]
            if pattern.pattern.startswith(("(?:^|\\()", "\\((")):
                base = int(groups[0])
                if base <= 4 and pattern.pattern.startswith("\\((") and not m.group(2):
                    continue  # "David Villa (2) and Jeffren": a count of goals
                added = int(m.group(2)) if m.group(2) else 0
                shown = f"{base}+{added}" if added else str(base)
                minutes.append((base + added, shown))
            else:
                for g in groups:
                    value = _nth(g)
                    if value is not None:
                        minutes.append((value, str(value)))
            added_time = _ADDED_TIME.match(text, m.end())
            extra_time = _EXTRA_TIME_MINUTE.match(text, m.end())
            guessed = False
            if added_time and len(minutes) == 1:
                # "the sixth minute of added time": counted on from the half's 45 or 90.
                half = (added_time.group(1) or "").lower()
                base = 45 if half == "first" else 90
                guessed = not half
                minutes = [(base + minutes[0][0], f"{base}+{minutes[0][0]}")]
            elif extra_time and len(minutes) == 1 and minutes[0][0] <= 30:
                minutes = [(90 + minutes[0][0], str(90 + minutes[0][0]))]
            minutes = [(v, s) for v, s in minutes if 1 <= v <= 130]
            if minutes:
                found.append(MinuteMention(m.start(), m.end(), minutes, half_guessed=guessed))
    for m in _WITHIN.finditer(text):
        value = _nth(m.group(1)) if m.group(1).isdigit() else _word_number(m.group(1))
        if value and not _overlaps(found, m):
            found.append(MinuteMention(m.start(), m.end(), [(value, str(value))], upper_bound=True))
    for pattern, minute in _PHRASED:
        for m in pattern.finditer(text):
            value = minute(m)
            if value and not _overlaps(found, m):
                found.append(MinuteMention(m.start(), m.end(), [(value, str(value))]))
    for m in (*_LATER.finditer(text), *_WITHIN_OPEN.finditer(text), *_ANSWER_TOOK.finditer(text)):
        value = _word_number(m.group(1))
        if value and not _overlaps(found, m):
            found.append(MinuteMention(m.start(), m.end(), [(value, f"+{value}")], later=True))
    return sorted(found, key=lambda f: f.start)


def _overlaps(found: list[MinuteMention], m: re.Match[str]) -> bool:
    return any(f.start < m.end() and m.start() < f.end for f in found)


def _counted(base: int, sign: int, below: int) -> Callable[[re.Match[str]], int | None]:
    """The minute `base` + `sign` x the phrase's number, when that number is below `below`."""

    def minute(m: re.Match[str]) -> int | None:
        n = _word_number(m.group(1))
        return base + sign * n if n and n < below else None

    return minute


# Phrases that give one minute each, first wins where two overlap: "on the stroke of
# half-time", "two minutes after the break", "Twenty-one minutes in", "It took United 22
# minutes", "on the hour", "on the half hour", "four minutes before the interval", "in the
# 118th", "eight minutes from time", "with seven minutes left".
_PHRASED: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], int | None]], ...] = (
    (_STROKE, lambda m: 45 if m.group(1).lower().startswith("half") else 90),
    (_AFTER_BREAK, _counted(45, 1, 46)),
    (_MINUTES_IN, _counted(0, 1, 121)),
    (_IT_TOOK, _counted(0, 1, 121)),
    (_ON_THE_HOUR, lambda m: 60),
    (_HALF_HOUR, lambda m: 30),
    (_BEFORE_BREAK, _counted(45, -1, 45)),
    (_BARE_NTH, _counted(0, 1, 131)),
    (_BARE_ON, _counted(0, 1, 131)),
    (_PLUS, _counted(90, 1, 16)),
    (_SPOKEN_LABEL, _counted(0, 1, 121)),
    (_SET_OFF, _counted(0, 1, 121)),
    (_FROM_TIME, lambda m: _from_end(m)),
    (_LEFT, _counted(90, -1, 90)),
    (_INTO_ADDED, _counted(90, 1, 16)),
)


# "Goetze, sent on by coach Joachim Loew two minutes from the end of normal time, ...".
_SUB_ASIDE = re.compile(
    r"(?:^|,)\s*(?:(?:who (?:had )?)?(?:been )?(?:sent|brought|thrown|came|come) on|introduced|"
    r"on as (?:a )?substitute)\b[^,;.]*(?=,)"
)


def _from_end(m: re.Match[str]) -> int | None:
    """ "eight minutes from time": from 90, or from 120 in a sentence about extra time ("three
    minutes from the end" after "the 104th minute of extra time") or "from penalties"."""
    n = _word_number(m.group(1))
    if not n or n >= 90:
        return None
    late = m.group("shootout") or (not m.group("normal") and _IN_EXTRA_TIME.search(m.string))
    return (120 if late else 90) - n


def _word_number(word: str) -> int | None:
    from quiz.extract.lexicon import number

    return 1 if word.casefold() == "a" else number(word)  # "a minute before the break"


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0]
    for m in _CLAUSE.finditer(text):
        cuts.append(m.end())
    cuts.append(len(text))
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _subject(text: str, people: list[Mention], start: int, end: int) -> Mention | None:
    """The first person in text[start:end] that is not the object of a preposition."""
    for person in people:
        if start <= person.start < end:
            if PREPOSITION.search(text[max(start, person.start - 25) : person.start]):
                continue
            if SIDE_AFTER.match(text, person.end):
                continue  # "Mancini's side": the manager, not the scorer
            if _ASSIST.match(text[person.end : person.end + 30]):
                continue  # "Benzema's cross": the provider, not the scorer
            if _KIN.match(text, person.end):
                continue  # "Kana-Biyik's younger brother Francois Omam-Biyik rose"
            if _IN_ASIDE.search(text, start, person.start) and _ASIDE_ENDS.match(text, person.end):
                continue  # "Press, starting in place of the injured Rapinoe, headed in"
            return person
    return None


_KIN = re.compile(
    r"['’]s\s+(?:(?:younger|older|elder|big|little|twin|kid)\s+)?(?:brother|sister|son|"
    r"daughter|father|cousin|nephew|team-?mate|understudy|replacement|deputy|strike partner)\b"
)
_IN_ASIDE = re.compile(r",\s+(?:[a-z]+ing|who|whose|having)\b[^,;.()]*$")
_ASIDE_ENDS = re.compile(r"[^,;.()]{0,40},")


# "James Chester (4 min) and Curtis Davies (8) stunned Wembley, but Santi Cazorla's free-kick
# (17) ...": each scorer with the minute in brackets after the name or the goal.
_BRACKET_MINUTE = re.compile(
    r"^(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?P<noun>goal|free[- ]kick|penalty|header|strike|"
    r"equali[sz]er|winner|volley|shot|opener|effort|finish|tap-in|spot-kick))?\s*"
    r"\((?P<minute>\d{1,3})(?:\s*\+\s*(?P<added>\d{1,2}))?\s*(?P<unit>min\w*|['’])?"
    r"(?:\s*,?\s*(?P<pen>pen\w*))?\)"
)


def _bracketed(text: str, people: list[Mention]) -> list[GoalRead]:
    """Scorers with their minutes in brackets; only where one of them is plainly a minute
    (a unit, or a goal named before it), so that "Ryan Giggs (25)" alone stays an age."""
    found = []
    plain = False
    for person in people:
        m = _BRACKET_MINUTE.match(text[person.end : person.end + 60])
        if m is None or int(m.group("minute")) > 120:
            continue
        plain = plain or bool(m.group("unit") or m.group("noun"))
        value = int(m.group("minute")) + int(m.group("added") or 0)
        shown = m.group("minute") + (f"+{m.group('added')}" if m.group("added") else "")
        found.append(
            GoalRead(
                person.name, value, shown, person.end + m.start("minute"), bool(m.group("pen"))
            )
        )
    return found if plain and _CUE.search(text) else []


def read_goals(
    text: str,
    people: list[Mention],
    teams: list[Mention],
    last_subject: str | None,
    last_minute: int | None = None,
) -> list[GoalRead]:
    """Goals in one sentence; `people` are resolved person mentions, `teams` team mentions,
    `last_minute` the minute of the goal read before (for "eight minutes later")."""
    if _SHOOTOUT.search(text) and not find_minutes(text):
        return []
    listed = _LIST_LINE.match(text)
    if listed:
        return _read_list(text, listed.end())
    goals: list[GoalRead] = []
    minutes: list[MinuteMention] = []
    subbed = [m.span() for m in _SUB_ASIDE.finditer(text)]
    for found in find_minutes(text):
        if any(a <= found.start < b for a, b in subbed):
            continue  # "Goetze, sent on two minutes from the end, ...": the change's minute
        if found.later:
            # "in the 57th minute ..., and five minutes later": from the minute just said.
            base = minutes[-1].minutes[-1][0] if minutes else last_minute
            if base is None:
                continue
            value = base + found.minutes[0][0]
            found.minutes = [(value, str(value))]
            found.start_minute = base
        minutes.append(found)
    clauses = _clauses(text)
    previous_scorer: GoalRead | None = None
    carried: list[MinuteMention] = []
    carried_from = (0, 0)
    for number, (clause_start, clause_end) in enumerate(clauses):
        inside = [m for m in minutes if clause_start <= m.start < clause_end]
        # "Then, eight minutes from time, Under swung in a corner and Manolas flicked it in":
        # a minute with no goal in its clause carries to the next clause when that has none.
        from_before = not inside and carried
        if from_before:
            inside = carried
        carried = []
        read_before = len(goals)
        for index, mention in enumerate(inside):
            if from_before:
                seg_start, seg_end = clause_start, clause_end
            else:
                seg_start = inside[index - 1].end if index else clause_start
                seg_end = inside[index + 1].start if index + 1 < len(inside) else clause_end
            segment = text[seg_start:seg_end]
            # "Dzeko scores in the 89th minute, Silva in the 91st": the verb is not repeated.
            gapped = previous_scorer is not None and (
                _subject(text, people, seg_start, seg_end) is not None
                or re.match(r"\s*(?:and\s+)?again\b", segment) is not None
                # "two more, the first on ten minutes, the second a volley on 26"
                or re.match(r"[\s,]*(?:and\s+)?the (?:second|third|fourth|other)\b", segment)
                is not None
            )
            # A caption is a minute and a name alone, not a name that ends a sentence after
            # "and" ("66 min: Del Bosque has thrown on Pedro and Fernando Torres.").
            named = None if from_before else _caption(text, people, seg_start, seg_end, mention)
            caption = named is not None or bool(_SCORE_AFTER.search(segment))
            if (
                not _CUE.search(CROSS_SENT.sub(" ", segment))
                and not _finish(segment, 0, len(segment))
                and not gapped
                and not caption
            ):
                continue
            # "90+1 - Reus!!!! ... and Marco bundles it over the line": the caption's name; but
            # "40 mins - LEWY!!! ... Lewandowski finishes it off": a nickname the report never
            # writes in lower case gives way to the name the sentence goes on to give.
            shouted = named is not None and named.isupper()
            named_people = [p for p in people if not (shouted and p.name == named)] or people
            read = _scorer(
                text, named_people, seg_start, seg_end, last_subject, previous_scorer, mention.start
            )
            if named is not None and not shouted:
                read = (named, [])
            if read is None and from_before:
                # "Fifty-nine: Roberto Firmino, holds Stones off, and dinks it over Ederson":
                # the clause the minute came from names the scorer.
                subject = _subject(text, people, *carried_from)
                read = (subject.name, []) if subject else None
            if read is None:
                continue
            scorer, notes = read
            penalty = any(
                # not "through Salah's penalty ..., and settled it when Origi drilled in"
                not any(
                    p.name != scorer and text[p.end : seg_start + m.start()].strip() in ("'s", "’s")
                    for p in people
                )
                for m in _PENALTY.finditer(segment)
            )
            negative = _negative(segment, 0, len(segment))
            if negative:
                if re.search(
                    r"rebound|follow-up|follow(?:ed|ing) (?:in|up)|put in|tucked in|scored from|"
                    r"tapped in|tap-in|pounc\w+|(?:dropped|bounced) (?:just )?over the line",
                    segment,
                ):
                    penalty = False
                    notes = [*notes, "a saved or missed shot was followed by a goal"]
                else:
                    continue
            team = _team_ahead(text, teams, seg_start, seg_end)
            for value, shown in mention.minutes:
                goal = GoalRead(
                    scorer,
                    value,
                    shown,
                    mention.start,
                    penalty,
                    mention.upper_bound,
                    team,
                    list(notes),
                )
                if mention.upper_bound:
                    goal.notes.append(f"only 'within {value} minutes' is stated")
                if mention.half_guessed:
                    goal.notes.append("added time taken to be the second half's")
                if mention.later:
                    goal.notes.append(f"minute counted on from minute {mention.start_minute}")
                goals.append(goal)
                previous_scorer = goal
        if (
            len(goals) > read_before
            and number + 1 < len(clauses)
            and re.search(r"\b(?:and|but)\s*$", text[clause_start:clause_end])
            and _KEEPER_STOPS.match(text, *clauses[number + 1])
        ):
            # "Blackstenius again, a header this time, and Earps tips it away": stopped.
            del goals[read_before:]
            continue
        if len(goals) == read_before and inside and not from_before:
            carried, carried_from = inside, (clause_start, clause_end)
        elif (
            len(goals) == read_before and from_before and _negative(text, clause_start, clause_end)
        ):
            # "... in the 110th minute, Courtois saved his shot, and Bale headed in the rebound"
            carried = inside
    timed = Counter(g.scorer for g in goals)
    # "Goetze, sent on by coach Joachim Loew ..., struck a volley": not Loew's goal.
    acting = [p for p in people if not any(a <= p.start < b for a, b in subbed)]
    untimed = _minuteless(text, acting, last_subject)
    if untimed:
        fouls = {p.name for p in acting if _FOULED.match(text, p.end)}
        untimed = [g for g in untimed if g.scorer not in fouls]  # "Araujo brought down Ronaldo"
    told = Counter(g.scorer for g in untimed)
    for scorer, count in told.items():
        # "scored a hat-trick ..., the third in the 120th minute": the minutes said are part of
        # the count, unless another result lies between ("a hat-trick in the 3-1 win over
        # England and the winner two minutes from time"); a single goal with no minute is the
        # timed one told again.
        at = next(g.at for g in untimed if g.scorer == scorer)
        same = sum(
            1
            for g in goals
            if g.scorer == scorer and not _RESULT.search(text, min(at, g.at), max(at, g.at))
        )
        keep = count - same if count > 1 else int(not timed[scorer])
        goals.extend([g for g in untimed if g.scorer == scorer][: max(0, keep)])
    bracketed = _bracketed(text, people)
    if bracketed:
        # "Chester (4 min) and Davies (8) stunned Wembley": the brackets say who and when.
        said, named = {g.minute for g in bracketed}, {g.scorer for g in bracketed}
        goals = bracketed + [g for g in goals if g.minute not in said and g.scorer not in named]
    return goals


# "57' Benzema.", "59' Benzema again!!": a live post's caption, a minute and a name alone.
_CAPTION_REST = re.compile(
    r"^[\s!?.,:;–—-]*(?:(?:again|oh|what a goal|goal|yes|wow|get in)\b[\s!?.,:;–—-]*)*$",
    re.IGNORECASE,
)


# "Bernardo Silva, eighty-four minutes, four-two.": the score after the goal closes the clause.
_SCORE_AFTER = re.compile(
    rf",\s*(?:\d{{1,2}}|{SPOKEN_GOALS})[-–](?:\d{{1,2}}|{SPOKEN_GOALS})[.!]*\s*$", re.IGNORECASE
)


def caption_scorer(text: str, people: list[Mention]) -> str | None:
    """The name in a sentence that is a name alone ("Haris Seferovic!"), if it is."""
    if len(people) != 1:
        return None
    person = people[0]
    rest = text[: person.start] + " " + text[person.end :]
    return person.name if _CAPTION_REST.match(rest) else None


def _caption(
    text: str, people: list[Mention], start: int, end: int, minute: MinuteMention
) -> str | None:
    """ "57' Benzema.", "90+3 - FELIPE SANTANA. From about 2 yards...": the name, when the
    segment's first sentence, its minute blanked, is a caption."""
    stop = _SENTENCE_END.search(text, max(start, minute.end), end)
    end = stop.end() if stop else end
    blanked = text[: minute.start] + " " * (minute.end - minute.start) + text[minute.end :]
    inside = [
        Mention(p.start - start, p.end - start, p.name)
        for p in people
        if start <= p.start and p.end <= end
    ]
    return caption_scorer(blanked[start:end], inside)


_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


_SPEAKS = re.compile(
    rf"\s+(?:\w+ly\s+)?(?:{REPORTING_VERBS}|admits|insists|concedes|reveals|explains|claims|"
    r"jokes|feared|fears|complained|complains|lamented|laments)\b"
)


def _scorer(
    text: str,
    people: list[Mention],
    start: int,
    end: int,
    last_subject: str | None,
    previous: GoalRead | None,
    near: int | None = None,
) -> tuple[str, list[str]] | None:
    segment = text[start:end]
    by = _SCORED_BY.search(segment)
    hit = [p for p in people if by and p.start == start + by.end()]
    if hit:
        return hit[0].name, ["an own goal"] if by and by.group("own") else []
    # The one nearest the minute (else the first) of: "through X", "X's volley", "for X to open
    # the scoring", "X, who lashed it in" ("fell behind inside two minutes to Luke Shaw's
    # volley, drew level through Leonardo Bonucci after 67 minutes").
    named: list[Mention] = []
    through = re.search(r"\bthrough\s+(?:(?:the|their|his|her)\s+(?:[a-z-]+\s+){0,2})?", segment)
    if through:
        named += [p for p in people if p.start == start + through.end()][:1]
    for person in people:
        if not start <= person.start < end:
            continue
        who = _WHO.match(text, person.end)
        if (
            (
                _POSSESSIVE.match(text[person.end : person.end + 60])
                and not _MET_BEFORE.search(text[max(0, person.start - 16) : person.start])
            )
            or (
                _FOR_TO_BEFORE.search(text[max(0, person.start - 6) : person.start])
                and _TO_SCORE_AFTER.match(text[person.end : person.end + 40])
            )
            or (who and _CUE.search(who.group(1)))
        ):
            named.append(person)
    if named:
        # "... through Salah's penalty ..., and settled it when Origi drilled in a low shot
        # three minutes from time": one the goal's verb follows may be nearer the minute.
        named += _cued_after(text, people, min(p.start for p in named), end)
        return min(named, key=lambda p: p.start if near is None else abs(p.start - near)).name, []
    subject = _subject(text, people, start, end)
    if subject is not None and _SPEAKS.match(text, subject.end):
        return None  # "Wenger admitted he had feared the worst after Hull went two goals up"
    if subject is not None and not _cued(text, subject, end):
        # "Bouhaddi, the Lyon goalkeeper, had little to do until Asisat Oshoala pulled one
        # back": the person the goal's verb follows.
        cued = _cued_after(text, people, subject.start, end)
        subject = cued[0] if cued else subject
    if subject is not None:
        taker = _fouled_taker(text, people, subject, end)
        if taker is not None:
            return taker.name, ["the fouled player taken to have scored from the kick"]
        if _FOULED.match(text, subject.end, end):
            # "went ahead when Lloris clattered into Danilo ... and Ronaldo sent the goalkeeper
            # the wrong way": the one who gave the penalty away did not score it.
            return None
        # The finisher may be in the next clause ("... down and Owen swept in the third").
        return (_set_up_for(text, people, subject, len(text)) or subject).name, []
    if re.search(r"\b(?:he|He)\b", segment) and last_subject:
        return last_subject, [f"'he' taken to mean {last_subject}"]
    if _NO_SUBJECT.search(segment) and last_subject:
        # A scout's note, "Arrives at the back post and finishes first time": the report's
        # subject.
        return last_subject, [f"the sentence with no subject taken to be about {last_subject}"]
    if previous is not None:
        return previous.scorer, list(previous.notes)
    return None


_SHORT_ASIDE = re.compile(r",[^,;.]{1,40},\s*")
_WHEN_BEFORE = re.compile(r"\b(?:when|until|till|before)\s+$")


def _cued_after(text: str, people: list[Mention], after: int, end: int) -> list[Mention]:
    """The people after offset `after` whom "when", "until" or the like brings in with a goal's
    verb: "had little to do until Asisat Oshoala pulled one back"."""
    return [
        p
        for p in people
        if after < p.start < end
        and _WHEN_BEFORE.search(text, max(0, p.start - 8), p.start)
        and _cued(text, p, end)
    ]


def _cued(text: str, person: Mention, end: int) -> bool:
    """A goal's verb right after the name: "Oshoala pulled one back"."""
    # "until Gabriel Barbosa, universally known as Gabigol, scored": past an aside.
    aside = _SHORT_ASIDE.match(text[person.end : end])
    after = person.end + (aside.end() if aside else 0)
    cue = _CUE.search(text, after, min(end, after + 25))
    return cue is not None and not text[after : cue.start()].strip(" ,")[12:]


# "Busquets heads David Silva's free-kick back": the named one delivered, the header met it.
_MET_BEFORE = re.compile(
    r"\b(?:heads|headed|nods|nodded|meets|met|flicks|flicked|converts|converted|glances|glanced|"
    r"onto|on the end of)\s+(?:in\s+|home\s+)?$"
)
# "Nacho brings down Ronaldo in the area and the Portugal captain beats De Gea from the spot":
# the one fouled took the kick.
_FOULED = re.compile(
    r"\s+(?:brings|brought|bring|hauls|hauled|pulls|pulled) down\s+|\s+(?:fouls|fouled|trips|"
    r"tripped|upends|upended|(?:clattered|clatters|crashed|crashes) into|collided with)\s+|"
    r"\s+(?:handled|handles|handballed)\b"
)
_TAKER = re.compile(
    r"\band\s+(?:(?:he|she)\b|(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:captain|skipper|forward|"
    r"striker|winger|midfielder|defender|substitute|player|man)\b|(?:[A-Z][\w'’-]+\s+)?himself\b|"
    r"the\s+[A-Z][a-z]+\s+[a-z]+(?:ed|s)\b)"  # "and the Portuguese converted"
)


def _fouled_taker(text: str, people: list[Mention], subject: Mention, end: int) -> Mention | None:
    """The fouled player when the sentence goes on to his kick: "X fouls Y and the forward
    curls the free-kick into the top corner"."""
    fouled = _FOULED.match(text, subject.end, end)
    victim = next((p for p in people if fouled and p.start == fouled.end()), None)
    if victim is None or not _TAKER.search(text, victim.end, end):
        return None
    return victim


# "Heskey nodded a cross down and Owen swept in the third", "Barmby nodded a long ball into
# Owen's path and the Liverpool striker volleyed ...": the subject set the goal up.
_SET_UP = re.compile(
    r"\s+(?:nodded|headed|knocked|laid|flicked|played|slid|threaded|squared|pulled|cut|lofted|"
    r"clipped|rolled|chested|heads|nods|flicks|lays)\s+(?:a|the|an|his|her|its|"
    r"(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]*['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ball|cross|pass|centre|corner|free[- ]kick|header)\s+(?:down\b|back\b|across\b|"
    r"into (?P<path>[A-Z][\w'’-]+)['’]s path|(?:in\s+)?for\b)[^.;]*?\band\s+|"
    # "Honda set up Shinji Okazaki for the third"
    r"\s+(?:set|sets|setting) up\s+(?=[A-Z][\w'’ -]*?\s+for (?:the|a|his|her) (?:second|third|"
    r"fourth|fifth|sixth|opener|goal|equali[sz]er|winner)\b)"
)


# "Basinas swung in a corner.": the subject only delivered the ball, the goal comes after.
# The verb and article of a delivery: "swung in a corner", "launches a long ball".
_SENT = (
    r"(?:launch|swing|swung|whip|curl|float|loft|send|sent|deliver|clip|drill|fizz|put|hook)"
    r"(?:es|s|ed|ped|ing)?\s+(?:in\s+)?(?:a|the|an|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
)
_DELIVERY = rf"\s+{_SENT}(?:ball|cross|centre|corner|free[- ]kick)\b"
DELIVERS = re.compile(rf"{_DELIVERY}|\s+(?:crossed|delivered)\b")
# "curled a cross beyond the far post": a cross or corner sent over, which the next sentence's
# goal may meet ("Francis ... headed it in"); its verb is no goal's cue.
CROSS_SENT = re.compile(
    rf"\b{_SENT}(?:cross|centre|corner)\b(?!\s+(?:in|into|home|straight in|directly in)\b)"
)
# "Rapinoe launches a long ball from deep, Morgan ... rifles", "Miyama swings in a corner from
# the left and Sawa ... flicks it past Solo": a delivery, then the one who met it.
_DELIVERY_SET_UP = re.compile(rf"{_DELIVERY}[^.;]*?(?:\band|,)\s+")


def _set_up_for(text: str, people: list[Mention], subject: Mention, end: int) -> Mention | None:
    """The finisher when the subject's own clause only set the goal up."""
    set_up = _SET_UP.match(text, subject.end, end)
    delivered = None if set_up else _DELIVERY_SET_UP.match(text, subject.end, end)
    if delivered and _finish(text, subject.end, delivered.end()) is None:
        set_up = delivered  # not "curled a free-kick into the top corner, and ..."
    if set_up is None or (
        _finish(text, set_up.end(), end) is None and _negative(text, set_up.end(), end)
    ):
        return None
    after = [p for p in people if p.start == set_up.end()]
    if after:
        return after[0]
    if (
        "path" in set_up.re.groupindex
        and set_up.group("path")
        and re.match(r"the\s+(?:[\w-]+\s+){0,2}[a-z]+\b", text[set_up.end() :])
    ):
        return next((p for p in people if p.start == set_up.start("path")), None)
    return None


_NO_SUBJECT = re.compile(
    r"(?:^|[.!:]\s+|[-–—]\s+)[A-Z][a-z]+(?:s|es)\s+(?:at|the|from|in|first|into|to)\b"
)


def _team_ahead(text: str, teams: list[Mention], start: int, end: int) -> str | None:
    for team in teams:
        if start <= team.start < end and _TEAM_AHEAD.match(text[team.end : team.end + 30]):
            return team.name
    return None


_GAPPED_AFTER = re.compile(
    r"\s+(?:(?:a|the|his|her) (?:second|third|fourth|fifth|sixth|late|fine)\b|"
    r"for (?:the )?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:[.,;]|$))"
)


def _minuteless(text: str, people: list[Mention], last_subject: str | None) -> list[GoalRead]:
    """'Salah's penalty', 'X scored the winner': a goal with no minute, always for review."""
    out: list[GoalRead] = []
    clauses = _clauses(text)

    def negative(at: int) -> bool:
        """A miss, save or booking in the clause that names the person."""
        for start, end in clauses:
            if start <= at < end:
                return _negative(text, start, end)
        return False

    people = [p for p in people if not negative(p.start)]
    for person in people:
        poss = _POSSESSIVE.match(text[person.end : person.end + 60])
        went_in = poss and poss.group(1) in ("shot", "effort", "free-kick", "free kick", "volley")
        if went_in:
            # "Bernardo Silva's shot had taken a deflection and found the net"
            clause_end = _clause_end(clauses, person.start, len(text))
            went_in = _WENT_IN.search(text, person.end, clause_end) is not None
        if poss and (
            went_in
            or poss.group(1)
            in (
                "second",
                "third",
                "fourth",
                "penalty",
                "goal",
                "header",
                "strike",
                "spot-kick",
                "opener",
                "winner",
                "equaliser",
                "volley",
                "consolation",
                "leveller",
                "clincher",
            )
        ):
            penalty = poss.group(1) in ("penalty", "spot-kick")
            out.append(
                GoalRead(person.name, None, "", person.start, penalty, notes=["no minute stated"])
            )
    # "through goals from Benzema and Asensio", "with Di Maria scoring twice and Draxler and
    # Cavani also on target".
    for m in _GOALS_FROM.finditer(text):
        for person in _listed(text, people, m.end()):
            if not any(g.scorer == person.name for g in out):
                out.append(
                    GoalRead(person.name, None, "", person.start, notes=["no minute stated"])
                )
    for m in _COUNT_FROM.finditer(text):
        times = 2 if m.group(1) in ("brace", "double") else 3
        for person in _listed(text, people, m.end())[:1]:
            if not any(g.scorer == person.name for g in out):
                out.extend(
                    GoalRead(person.name, None, "", person.start, notes=["no minute stated"])
                    for _ in range(times)
                )
    for m in _ON_TARGET.finditer(text):
        named = _listed_before(text, people, m.start())
        notes = ["no minute stated"]
        if not named and last_subject and _PRONOUN_BEFORE.search(text, 0, m.start()):
            # "He scored a hat-trick in the 3-1 win over England"
            named = [Mention(m.start(), m.start(), last_subject)]
            notes.append(f"'he' taken to mean {last_subject}")
        said = m.group(1) or ""
        times = 2 if said.startswith(("twice", "two", "both")) else 3 if said else 1
        spot = "penalties" in said
        for person in named:
            if any(g.scorer == person.name for g in out):
                continue
            each = len(named) == 1 or said.endswith(("each", "apiece"))
            for _ in range(times if each else 1):
                out.append(GoalRead(person.name, None, "", person.start, spot, notes=list(notes)))
    # "through a Luis Aragones free kick", "a late Messi penalty", "for Schwarzenbeck to
    # equalise", "Sergio Ramos headed in a corner".
    for person in people:
        before = text[max(0, person.start - 40) : person.start]
        after = text[person.end : person.end + 40]
        article = _ARTICLE_BEFORE.search(before)
        # "heads in from a Thomas Lemar free-kick": the taker set the goal up.
        delivered = article and re.search(
            r"\b(?:from|off|onto|on the end of)\s+$", before[: article.start()]
        )
        noun = _NAME_NOUN.match(after) if article and not delivered else None
        to_score = _FOR_TO_BEFORE.search(before) and _TO_SCORE_AFTER.match(after)
        acted = _ACT_AFTER.match(after)
        if acted and PREPOSITION.search(before[-25:]):
            acted = None
        if (noun or to_score or acted) and not any(g.scorer == person.name for g in out):
            said = noun or acted  # "Basinas's penalty", "Basinas added a penalty"
            penalty = bool(said and _PENALTY.search(said.group()))
            out.append(
                GoalRead(person.name, None, "", person.start, penalty, notes=["no minute stated"])
            )
    # "Andy Cole added a second and Ryan Giggs a third", "Les Ferdinand scored for Keegan's
    # side and Jason Dozzell for Tottenham": the verb is not repeated.
    for person in people:
        if out and not any(g.scorer == person.name for g in out):
            before = text[max(0, person.start - 6) : person.start]
            if re.search(r"\band\s+$", before) and _GAPPED_AFTER.match(text, person.end):
                out.append(
                    GoalRead(person.name, None, "", person.start, notes=["no minute stated"])
                )
    out.extend(_finishing(text, people, clauses, {g.scorer for g in out}))
    if last_subject is not None:
        out.extend(_pronoun_goal(text, people, clauses, last_subject, {g.scorer for g in out}))
    for m in _STRONG.finditer(text):
        if negative(m.start()):
            continue
        opens = max((a for a, _ in clauses if a <= m.start()), default=0)
        subject = _subject(text, people, opens, m.start())
        name = subject.name if subject else None
        notes = ["no minute stated"]
        if name is None and re.search(r"\b(?:he|He)\b", text[: m.start()]) and last_subject:
            name = last_subject
            notes.append(f"'he' taken to mean {last_subject}")
        if name and not any(g.scorer == name for g in out):
            penalty = bool(_PENALTY.search(m.group()))
            out.append(GoalRead(name, None, "", m.start(), penalty, notes=notes))
    return out


def _negative(text: str, start: int, end: int) -> bool:
    """A miss, save, booking or injury in text[start:end], not counting an aside about someone
    else: "Llorente, who had come on for the injured Sissoko, bundled in a corner"."""
    part = _ASIDE.sub(lambda m: " " * len(m.group()), text[start:end])
    for m in _NEGATIVE.finditer(part):
        # "struck the underside of the bar and dropped just over the line": in off the woodwork.
        woodwork = re.search(r"post|bar|underside|woodwork", m.group(), re.IGNORECASE)
        if not (woodwork and _WENT_IN.search(part, m.end())):
            return True
    return False


_KEEPER_STOPS = re.compile(
    rf"\s*(?:[A-Z][\w'’-]+\s+){{1,2}}(?:{_SAVES}|blocks|blocked|smothers|smothered|gathers|"
    r"gathered)\b"
    r"(?![^.;]*\b(?:rebound|follow-up|in off|over the line)\b)"
)


def _clause_end(clauses: list[tuple[int, int]], at: int, default: int) -> int:
    """Where the clause holding offset `at` ends."""
    return next((b for a, b in clauses if a <= at < b), default)


def _verbs_object(text: str, person: Mention) -> bool:
    """ "robbed Nadal", or a possessive ("Britain's first million-pound footballer")."""
    before = text[max(0, person.start - 25) : person.start]
    owner = text[person.end : person.end + 2] in ("'s", "’s")
    return owner or _OBJECT_OF.search(before) is not None


# "robbed Nadal", "gets above Lenglet", "turns Fernandinho": the name is the verb's object.
_OBJECT_OF = re.compile(
    r"\b(?:[a-z]+ed|above|beyond|past|inside|around|round|behind|beneath|beats|turns|outjumps|hit|"
    r"rounds|skins|nutmegs|clips|fouls|trips|holds off|shrugs off)\s+$"
)


def _told(
    name: str, at: int, said: str, penalty: bool, notes: list[str], again: bool
) -> list[GoalRead]:
    """The minute-less goals one phrase tells: two for "scored twice"; all but the first are
    goals not told before."""
    return [
        GoalRead(name, None, "", at, penalty, notes=list(notes), again=again or time > 0)
        for time in range(_times(said))
    ]


# ", a former carpet fitter whom Clough had plucked from non-league football, ": an aside.
_ASIDE = re.compile(r",\s+(?:a|an|the|who|whom|whose)\b[^,;.]*,\s*")


def _finishing(
    text: str, people: list[Mention], clauses: list[tuple[int, int]], read: set[str]
) -> list[GoalRead]:
    """ "Nani dinked one over Szczesny", "Rooney curled in another free-kick", "Park got in on
    the act": the subject, then a finishing verb and where the ball went, or a stock phrase."""
    if _FINISH.search(text) is None:
        return []  # most sentences: then no person needs a look
    out: list[GoalRead] = []
    for index, person in enumerate(people):
        clause_end = _clause_end(clauses, person.start, len(text))
        # "Garry Birtles, a former carpet fitter whom Clough had plucked from non-league
        # football, put Forest ahead": the clause goes on after the aside.
        aside = _ASIDE.match(text, person.end)
        if aside:
            clause_end = _clause_end(clauses, aside.end(), len(text))
        # "robbed Nadal and lifted a lob over the keeper": Nadal is the object and the
        # robber's sentence goes on past him.
        stop = next(
            (
                p.start
                for p in people[index + 1 :]
                if not _verbs_object(text, p) and (aside is None or p.start >= aside.end())
            ),
            clause_end,
        )
        finish = _finish(text, person.end, clause_end)
        if finish is None or finish.start() >= min(stop, clause_end):
            continue
        before = text[max(0, person.start - 25) : person.start]
        # "slid it across for Ivanovic, who had drifted in, to drive it into the roof".
        set_up = before.endswith("for ") and text[finish.start() - 3 : finish.start()] == "to "
        if _verbs_object(text, person) or (PREPOSITION.search(before) and not set_up):
            continue
        if (
            _ASSIST.match(text[person.end : person.end + 30])
            or _ASSIST_VERB.match(text, person.end)
            or _SET_UP.match(text, person.end)
            or _FOULED.match(text, person.end)
        ):
            continue  # "Benzema's cross", "Xhaka finds him": the provider
        if person.name in read or any(g.scorer == person.name for g in out):
            continue
        clause = text[person.start : clause_end]
        out.extend(
            _told(
                person.name,
                person.start,
                finish.group(),
                bool(_PENALTY.search(clause)),
                ["no minute stated"],
                _AGAIN.search(clause) is not None,
            )
        )
    return out


_ASSIST_VERB = re.compile(
    r"\s+(?:finds|found|picks out|picked out|sets up|set up|tees up|teed up|slips in|slipped in|"
    r"plays in|played in|feeds|fed|squares (?:it )?for|squared (?:it )?for|releases|released|"
    r"sends through|sent through|puts through|put through)\b"
)


def _pronoun_goal(
    text: str,
    people: list[Mention],
    clauses: list[tuple[int, int]],
    last_subject: str,
    read: set[str],
) -> list[GoalRead]:
    """ "he opened the scoring with a chipped penalty", "thanks to his golden-goal penalty":
    the last subject's, for review."""
    if last_subject in read:
        return []
    for start, end in clauses:
        if _negative(text, start, end):
            continue
        pronoun = _HE.search(text, start, end)
        if pronoun is None or any(start <= p.start < pronoun.start() for p in people):
            continue
        finish = _finish(text, pronoun.end(), end) if pronoun.group(1) else None
        if finish is not None and any(pronoun.end() <= p.start < finish.start() for p in people):
            finish = None
        own = _OWN_GOAL_NOUN.match(text, pronoun.end()) if not pronoun.group(1) else None
        said = finish or own
        if said is not None:
            notes = ["no minute stated", f"'he' taken to mean {last_subject}"]
            penalty = bool(_PENALTY.search(said.group()))
            return _told(last_subject, pronoun.start(), said.group(), penalty, notes, False)
    return []


_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:(?:late|early|fine|stunning|superb|long-range)\s+)?$"
)
_NAME_NOUN = re.compile(
    r"^\s+(?:free[- ]kick|header|goal|strike|penalty|spot-kick|volley|own goal|double|brace|"
    r"equali[sz]er|leveller|winner|opener)\b"
)
_FOR_TO_BEFORE = re.compile(r"\bfor\s+$")
_TO_SCORE_AFTER = re.compile(
    r"^\s+to\s+(?:equalise|equalize|score|head in|head home|net|win it|open the scoring|"
    r"tap in|finish|convert|fire home|slot home)\b"
)
_ACT_AFTER = re.compile(
    r"^\s+(?:then\s+)?(?:headed (?:in|home)|turned (?:in|home)|[a-z]+ed (?:it|the ball) "
    r"(?:past|home|into the)|doubled (?:the|their) (?:lead|advantage)|"
    r"(?:gave|put|headed|fired|shot) [\w'’ ]{1,25}? (?:the lead|back in front|in front|ahead|"
    r"into a \d-\d lead)|struck again|scored again|netted again|"
    r"added (?:a|the|another) (?:late )?(?:second|third|fourth|fifth|sixth|penalty|spot-kick|"
    r"goal|header)|tapped in|fired in|fired home|"
    r"slotted (?:in|home)|equalised|equalized|pulled one back|pulled a goal back|"
    # "Aguero made it 4-2 just before the hour", "Mahrez made it two"
    r"(?:made|makes) it (?:\d{1,2}-\d{1,2}|two|three|four|five|six)(?![\w-]))"
)
# The ball going in, said after "X's shot": "had taken a deflection and found the net".
_WENT_IN = re.compile(
    r"\b(?:found the (?:back of the )?net|went in|flew in|crept in|squirmed in|nestled in|"
    r"deflected in|in off|ended up in the net|(?:dropped|bounced) (?:just )?over the line|"
    r"crossed the line|"
    # "Hamann's free kick gave Germany a 1-0 win"
    r"(?:gave|won|earned|secured|clinched|sealed) (?:[A-Z][\w'’.-]*\s+){0,3}(?:a|the) "
    r"(?:\d{1,2}-\d{1,2} )?(?:win|victory|lead|draw|point))\b"
)
_FINISH_VERBS = (
    "curl|whip|dink|chip|lob|poke|toe-poke|nod|slot|drill|lash|smash|rifle|volley|tap|bundle|"
    "steer|side-foot|sidefoot|stab|thump|blast|crash|bury|buri|plant|ram|flick|glance|prod|"
    "squeeze|stroke|tuck|scoop|guide|hook|bang|belt|clip|loop|cushion|sweep|swept|bent|scrambl|"
    "bend|drove|drive|power|fire|head|hammer|struck|strike|stuck|stick|roll|place|finish|"
    "got|grab|bag|net|nab|notch|put"
)
_FINISH = re.compile(
    rf"\b(?P<verb>{_FINISH_VERBS})(?:s|es|ed|d|ped|bed|ged|med|led|ded|ing|ping|bing|ging|ming|ling|ting|ding)?\b"
    r"(?:\s+(?!cross|pass|corner|wide|over the bar|against|the ball across)[\w'’-]+){0,5}?\s+"
    r"(?:home\b|in\b(?!\s+(?:front|from|to|on|at)\b)"
    r"(?!\s+the\s+(?!(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|rebound|"
    r"winner|opener|equali[sz]er|goal)\b))|"
    r"into (?:the )?(?:[\w-]+ ){0,2}(?:corner|net|roof|goal)\b|"
    r"(?:over|past|beyond|round|around|under|through the legs of)\s+(?:the (?:keeper|goalkeeper|"
    r"wall|stranded|diving|onrushing|helpless)\b|[A-Z])|"
    r"(?:the|his|her)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|opener|"
    r"winner|equali[sz]er|leveller|(?:only|winning|opening|decisive) goal)\b)"
    r"|\b(?:got in on the act|joined the party|got on the scoresheet|found the (?:back of the )?net|"
    r"opened the scoring|(?:had )?(?:already |also )?scored (?:twice|three times)|"
    r"opened (?:his|her) account|completed (?:his|her|the) (?:treble|hat-trick|brace|double)|"
    r"sealed (?:the|a|their) (?:win|victory)|completed the rout|the net bulged)\b"
    # "gave Cuper's side the lead", "headed Inter back in front", "headed Lazio into a 3-2
    # lead", "nicked it 1-0", "nicking a 2-1 win".
    r"|\b(?:gave|giving|gives) (?:[\w'’]+ ){1,3}?the lead\b"
    r"|\b(?:headed|heading|fired|firing|shot|put|putting|nodded|drove|sent|sending|edged) "
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:back\s+)?(?:in front|ahead|into (?:a|the) (?:\d{1,2}-\d{1,2} )?lead)"
    r"|\b(?:nicked|nicking|snatched|snatching|clinched|clinching|settled|settling) (?:it|the game|"
    r"the match|the tie) \d{1,2}-\d{1,2}\b"
    r"|\b(?:nicking|nicked|snatching|snatched|clinching|clinched|sealing|sealed) (?:a|the) "
    r"\d{1,2}-\d{1,2} (?:win|victory)\b"
)
# "curled in a cross", "whipped in a corner": a delivery, not a goal ("nodded in a cross" is).
_DELIVERY_VERBS = {
    "put",
    "curl",
    "whip",
    "drill",
    "fire",
    "clip",
    "bend",
    "bent",
    "chip",
    "hook",
    "sweep",
    "swept",
}
_DELIVERED = re.compile(
    r"in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:cross|corner|pass|ball|centre)\b"
)


def _finish(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first finishing phrase in text[start:end] that is not a delivery."""
    for m in _FINISH.finditer(text, start, end):
        said = text[m.start() : m.end() + 40]
        if m.group("verb") in _DELIVERY_VERBS and _DELIVERED.search(said):
            continue
        return m
    return None


_HE = re.compile(r"\b(?:([Hh]e|[Ss]he)|(?:thanks to|through|courtesy of|with) (?:his|her))\b")
_OWN_GOAL_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:penalty|goal|header|strike|volley|free[- ]kick|spot-kick)\b"
)


def _times(said: str) -> int:
    """ "scored twice": two goals; "three times": three."""
    return 2 if "twice" in said else 3 if "three times" in said else 1


# Not "to lift the trophy for the fourth time".
_AGAIN = re.compile(
    r"\b(?:another|ANOTHER|again|treble|hat-trick|(?:his|her|the) (?:second|third|fourth|fifth|"
    rf"sixth|seventh|eighth|ninth|tenth)(?! (?:{_NOT_GOALS_AFTER})\b))\b"
)
_WHO = re.compile(r",\s+who\s+([^,.;]*)")
# "a brace from Mohamed Salah": two goals; "a second-half hat-trick from Lucas": three.
_COUNT_FROM = re.compile(
    r"\b(?:[Aa]|[Hh]is|[Hh]er) (?:[\w-]+ )?(brace|double|hat-trick|treble) (?:from|by)\s+"
)
_GOALS_FROM = re.compile(
    r"\b(?:goals?|strikes?|efforts) (?:from|by)\s+|"
    r"\b(?:won|win|beat|edged|lost|victory|led|lead|leads|leading)\b[^.;:]{0,40}?\bthrough\s+|"
    r"\b(?:took|taken|taking|take|takes|went|gone|going|go|goes) (?:the lead|ahead|in front) "
    r"(?:through|via)\s+"
)
_ON_TARGET = re.compile(
    r"\s+(?:scoring|scored|netting|netted|struck|striking) (twice|three times|both goals|"
    r"two (?:goals|penalties)|a (?:[\w-]+ )?hat-trick|two each|twice each|two apiece|"
    r"three (?:goals|penalties))\b|\s+(?:also\s+)?on target\b|"
    r"\s+(?:(?:had\s+)?(?:already\s+|also\s+)?(?:scoring|scored|netting|netted|got one|equalised|"
    r"equalized|equalising))"
    r"(?=[.,;]|\s+and\b|\s+for\s+[A-Z]|\s+(?:just|early|late|again|twice|with|from)\b)"
)
_JOIN = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)$")


def _listed(text: str, people: list[Mention], start: int) -> list[Mention]:
    """The people named one after another from `start`: "X, Y and Z"."""
    out: list[Mention] = []
    at = start
    for person in people:
        if person.start < at:
            continue
        if person.start == at or (out and _JOIN.match(text[at : person.start])):
            out.append(person)
            at = person.end
        else:
            break
    return out


_RESULT = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_PRONOUN_BEFORE = re.compile(r"(?:^|[,;]\s+(?:and\s+)?)\s*(?:[Hh]e|[Ss]he)$")


def _listed_before(text: str, people: list[Mention], end: int) -> list[Mention]:
    """The people named one after another and ending at `end`: "X and Y also on target"."""
    out: list[Mention] = []
    at = end
    for person in reversed(people):
        if person.end > at:
            continue
        if person.end == at or (out and _JOIN.match(text[person.end : at])):
            out.insert(0, person)
            at = person.start
        else:
            break
    return out


# "Scorers: England: Sewell (13 min.), Ramsey (pen., 57). Hungary: Hidegkuti (1, 20, 53)."
_LABEL_LINE = re.compile(rf"{_LABEL}[^\n]*[.;][ \t]*\S", re.I | re.M)


def goal_block(text: str) -> set[int]:
    """Starts of the lines under a "Goals:" heading line, up to the next blank line, and of a
    "Scorers:" line of more than one sentence (read whole)."""
    starts: set[int] = {m.start() for m in _LABEL_LINE.finditer(text)}
    for heading in _LIST_HEADING.finditer(text):
        at = heading.end()
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if not text[at:end].strip():
                break
            starts.add(at)
            at = end + 1
    return starts


_NAMED_MINUTES = (
    r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}\s+\d{1,3}(?:\+\d{1,2})?['’]?"
    r"(?:\s*\(?(?:og|o\.g\.|pen|p)\)?)?(?:\s*,\s*\d{1,3}(?:\+\d{1,2})?['’]?"
    r"(?:\s*\(?(?:og|o\.g\.|pen|p)\)?)?)*"
)
_SIDE_GROUP = rf"{_NAMED_MINUTES}(?:\s*,\s*{_NAMED_MINUTES})*(?:\s*\([A-Z][^()\n]*\))?"
# "Szalai 11, Schafer 68 (Hungary); Havertz 66, Goretzka 84 (Germany)" under a result line.
_SCORER_LINE = re.compile(rf"^[ \t]*{_SIDE_GROUP}(?:\s*;\s*{_SIDE_GROUP})*[ \t]*\.?[ \t]*$", re.M)


def scorer_lines(text: str) -> list[tuple[int, int]]:
    """Lines of names and minutes alone, with no "Goals:" label: (start, end) of each. The
    caller drops those that name teams ("Sweden 7, Spain 5" is a table)."""
    return [m.span() for m in _SCORER_LINE.finditer(text)]


def read_goal_list(text: str) -> list[GoalRead]:
    """A line of a goals block under a "Goals:" heading: "Real Madrid - Di Stefano 27', 30'"."""
    team = re.match(r"^\s*[A-Z][\w .'’-]*?\s*(?:[-–—:]|\()\s*(?=[A-Z])", text)
    return _read_list(text, team.end() if team else 0)


def _read_list(text: str, start: int) -> list[GoalRead]:
    """'Goals: Maldini 1, Crespo 39, 44; Gerrard 54': a match-facts line."""
    goals = []
    for item in _LIST_ITEM.finditer(text, start):
        noted_pen = item.group(2) in ("pen", "p")
        for part in item.group(3).split(","):
            pen = noted_pen or re.search(r"\bp(?:en)?\b", part) is not None
            minute = re.sub(r"[()'’.]|\bpen\b|\bp\b", "", part).strip()
            base, _, added = minute.partition("+")
            value = int(base) + (int(added) if added else 0)
            if 1 <= value <= 130:
                goals.append(GoalRead(item.group(1), value, minute, item.start(), pen))
    return goals
