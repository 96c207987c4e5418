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
from dataclasses import dataclass, field

from quiz.extract.lexicon import NUMBER_WORDS, ORDINAL_WORDS
from quiz.extract.names import Mention

_ORD = "|".join(ORDINAL_WORDS)
_NTH = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORD})"
_MINUTE_PATTERNS = (
    # in the 24th and 26th minutes / in the sixth minute
    re.compile(rf"\bthe ({_NTH})(?:,? (?:and|&) ({_NTH}))? minutes?\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)[- ]minute\b"),
    re.compile(r"\b(?:after|on) (\d{1,3}|[a-z]+) minutes\b"),
    re.compile(r"(?:^|\()\s*(\d{1,3})(?: ?\+ ?(\d{1,2}))? ?(?:'|’|min\b|mins\b)"),
    # "rose to head in Gascoigne's corner (51)": a bare minute in brackets closing a clause.
    re.compile(r"\((\d{1,3})(?:\+(\d{1,2}))?\)(?=\s*(?:[.;,:]|$))"),
)
# "eight minutes later": counted on from the goal before (the caller knows its minute).
_LATER = re.compile(r"\b(\d{1,2}|[a-z]+) minutes? later\b", re.IGNORECASE)
_WITHIN = re.compile(
    r"\b(?:within|inside|inside the first|in the first) (\d{1,2}|[a-z]+) minutes\b", re.IGNORECASE
)
_CUE = re.compile(
    r"\b(?:scored|scores|score|scoring|netted|nets|net|headed|heads|header|volleyed|volleys|"
    r"struck|strikes|fired|fires|drove|drives|driven|poked|pokes|equalised|equalized|equalises|"
    r"equaliser|equalizer|converted|converts|slotted|slots|tapped|taps|curled|curls|finished|"
    r"finishes|added|adds|made it|makes it|opened the scoring|opens the scoring|doubled|"
    r"completed the comeback|pulled one back|pulls one back|smashed|smashes|rifled|nodded|"
    r"bundled|sweeping in|swept in|swept|turned in|turns in|lashed|drilled|steered|glanced|"
    r"goal|goals|penalty|spot-kick|from the spot|winner|own goal|"
    r"hat-trick|went ahead|go ahead|goes ahead|ahead|in front|the lead|level|head in|heads in|"
    r"(?:ball|it|shot|effort|finish) (?:past|beyond|between|under|into the (?:net|goal|corner|"
    r"roof|bottom|top)))\b|\bGOAL\b"
)
_NEGATIVE = re.compile(
    r"\b(?:saved|missed|misses|hit the (?:post|bar|crossbar|woodwork)|"
    r"struck the (?:post|bar|crossbar|underside|woodwork)|sent off|booked|red card|yellow card|"
    r"substituted|injur\w*|disallowed|ruled out|offside|denied)\b",
    re.IGNORECASE,
)
_PENALTY = re.compile(r"\b(?:penalty|penalties|spot-kick|from the spot|pen)\b", re.IGNORECASE)
_SHOOTOUT = re.compile(r"shoot-?out|on penalties", re.IGNORECASE)
_CLAUSE = re.compile(
    r";|,\s+(?:and|but|yet|while|whereas|although|before)\s+|\s+but\s+|"
    r"\s+and\s+(?=(?:[A-ZÀ-Þ]|captain |substitute |then ))"
)
_PREPOSITION = re.compile(
    r"\b(?:for|by|from|to|after|with|of|past|than|against|over|beat|beating|tripped|fouled|"
    r"denied|a|an|goalkeeper|keeper|the|turned in|met)\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:(?:low|late|fine|first|second|early|stunning|spectacular|long-range|powerful|"
    r"close-range|deflected)\s+)*(shot|goal|penalty|header|strike|effort|volley|free[- ]kick|"
    r"finish|spot-kick|opener|equaliser|winner)"
)
_STRONG = re.compile(
    r"\b(?:scored|scoring|netted|converted|scores)\s+(?:a|the|his|another)\s+"
    r"(?:\w+\s+)?(?:penalty|goal|opener|winner|equaliser|spot-kick)\b"
)
_ASSIST = re.compile(
    r"^['’]s\s+(?:\w+\s+)?(?:cross|pass|flick|corner|through[- ]ball|assist|lay-off|"
    r"cut-back|knock-down|delivery|free-kick delivery)\b"
)
_ADDED_TIME = re.compile(
    r"\s+of\s+(?:(first|second)[- ]half\s+)?(?:added|stoppage|injury)[- ]time\b", re.IGNORECASE
)
_EXTRA_TIME_MINUTE = re.compile(r"\s+of\s+extra[- ]time\b", re.IGNORECASE)
_SIDE = re.compile(r"^['’]s\s+(?:side|team|men|charges|players)\b")
_TEAM_AHEAD = re.compile(r"^\s+(?:back\s+)?(?:ahead|in front|level|the lead|into the lead)\b")
_LIST_LINE = re.compile(r"^\s*(?:goals|scorers)\s*:\s*", re.IGNORECASE)
_LIST_ITEM = re.compile(
    r"([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)*)\s+(\d{1,3}(?:\+\d{1,2})?(?:\s*\(pen\))?"
    r"(?:\s*,\s*\d{1,3}(?:\+\d{1,2})?(?:\s*\(pen\))?)*)"
)


@dataclass
class MinuteMention:
    start: int
    end: int
    minutes: list[tuple[int, str]]  # (minute with added time counted on, as written)
    upper_bound: bool = False
    half_guessed: bool = False  # "of added time" with no half named: taken as the second
    later: bool = False  # "N minutes later": N minutes after the previous goal


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


def _nth(word: str) -> int | None:
    """'23rd', '23', 'sixth' or (in "after three minutes") 'three' as a minute."""
    low = word.lower()
    digits = re.match(r"\d+", low)
    if digits:
        return int(digits.group())
    return ORDINAL_WORDS.get(low) or NUMBER_WORDS.get(low)


def find_minutes(text: str) -> list[MinuteMention]:
    found: list[MinuteMention] = []
    for pattern in _MINUTE_PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            minutes: list[tuple[int, str]] = []
            groups = [g for g in m.groups() if g]
            if pattern.pattern.startswith(("(?:^|\\()", "\\((")):
                base = int(groups[0])
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
        if value and not any(f.start < m.end() and m.start() < f.end for f in found):
            found.append(MinuteMention(m.start(), m.end(), [(value, str(value))], upper_bound=True))
    for m in _LATER.finditer(text):
        value = _word_number(m.group(1))
        if value and not any(f.start < m.end() and m.start() < f.end for f in found):
            found.append(MinuteMention(m.start(), m.end(), [(value, f"+{value}")], later=True))
    return sorted(found, key=lambda f: f.start)


def _word_number(word: str) -> int | None:
    from quiz.extract.lexicon import number

    return number(word)


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
            if _PREPOSITION.search(text[max(start, person.start - 25) : person.start]):
                continue
            if _SIDE.match(text[person.end : person.end + 20]):
                continue  # "Mancini's side": the manager, not the scorer
            if _ASSIST.match(text[person.end : person.end + 30]):
                continue  # "Benzema's cross": the provider, not the scorer
            return person
    return None


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
    minutes = []
    for found in find_minutes(text):
        if found.later:
            if last_minute is None:
                continue
            value = last_minute + found.minutes[0][0]
            found.minutes = [(value, str(value))]
        minutes.append(found)
    clauses = _clauses(text)
    previous_scorer: GoalRead | None = None
    for clause_start, clause_end in clauses:
        inside = [m for m in minutes if clause_start <= m.start < clause_end]
        for index, mention in enumerate(inside):
            seg_start = inside[index - 1].end if index else clause_start
            seg_end = inside[index + 1].start if index + 1 < len(inside) else clause_end
            segment = text[seg_start:seg_end]
            # "Dzeko scores in the 89th minute, Silva in the 91st": the verb is not repeated.
            gapped = previous_scorer is not None and (
                _subject(text, people, seg_start, seg_end) is not None
                or re.match(r"\s*(?:and\s+)?again\b", segment) is not None
            )
            if not _CUE.search(segment) and not gapped:
                continue
            read = _scorer(text, people, seg_start, seg_end, last_subject, previous_scorer)
            if read is None:
                continue
            scorer, notes = read
            penalty = bool(_PENALTY.search(segment))
            negative = _NEGATIVE.search(segment)
            if negative:
                if re.search(r"rebound|follow-up|put in|tucked in|scored from", segment):
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
                    goal.notes.append(f"minute counted on from the goal before ({last_minute})")
                goals.append(goal)
                previous_scorer = goal
    if not goals:
        goals.extend(_minuteless(text, people, last_subject))
    return goals


def _scorer(
    text: str,
    people: list[Mention],
    start: int,
    end: int,
    last_subject: str | None,
    previous: GoalRead | None,
) -> tuple[str, list[str]] | None:
    segment = text[start:end]
    through = re.search(r"\bthrough\s+", segment)
    if through:
        after = [p for p in people if p.start == start + through.end()]
        if after:
            return after[0].name, []
    for person in people:
        if start <= person.start < end and _POSSESSIVE.match(text[person.end : person.end + 60]):
            return person.name, []
    # "... square for Shearer, who lashed it into the roof of the net": the relative clause's
    # person scored.
    for person in people:
        who = _WHO.match(text, person.end)
        if start <= person.start < end and who and _CUE.search(who.group(1)):
            return person.name, []
    subject = _subject(text, people, start, end)
    if subject is not None:
        return subject.name, []
    if re.search(r"\b(?:he|He)\b", segment) and last_subject:
        return last_subject, [f"'he' taken to mean {last_subject}"]
    if previous is not None:
        return previous.scorer, list(previous.notes)
    return None


def _team_ahead(text: str, teams: list[Mention], start: int, end: int) -> str | None:
    for team in teams:
        if start <= team.start < end and _TEAM_AHEAD.match(text[team.end : team.end + 30]):
            return team.name
    return None


def _minuteless(text: str, people: list[Mention], last_subject: str | None) -> list[GoalRead]:
    """'Salah's penalty', 'X scored the winner': a goal with no minute, always for review."""
    out: list[GoalRead] = []
    if _NEGATIVE.search(text):
        return out
    for person in people:
        poss = _POSSESSIVE.match(text[person.end : person.end + 60])
        if poss and poss.group(1) in (
            "penalty",
            "goal",
            "header",
            "strike",
            "spot-kick",
            "opener",
            "winner",
            "equaliser",
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
    for m in _ON_TARGET.finditer(text):
        named = _listed_before(text, people, m.start())
        times = 2 if m.group(1) == "twice" else 3 if m.group(1) else 1
        for person in named:
            if any(g.scorer == person.name for g in out):
                continue
            for _ in range(times if len(named) == 1 else 1):
                out.append(
                    GoalRead(person.name, None, "", person.start, notes=["no minute stated"])
                )
    for m in _STRONG.finditer(text):
        subject = _subject(text, people, 0, m.start())
        name = subject.name if subject else None
        notes = ["no minute stated"]
        if name is None and re.search(r"\b(?:he|He)\b", text[: m.start()]) and last_subject:
            name = last_subject
            notes.append(f"'he' taken to mean {last_subject}")
        if name and not any(g.scorer == name for g in out):
            penalty = bool(_PENALTY.search(m.group()))
            out.append(GoalRead(name, None, "", m.start(), penalty, notes=notes))
    return out


_WHO = re.compile(r",\s+who\s+([^,.;]*)")
_GOALS_FROM = re.compile(r"\b(?:goals?|strikes?|efforts) (?:from|by)\s+")
_ON_TARGET = re.compile(
    r"\s+(?:scoring|scored|netting|netted) (twice|three times)\b|\s+(?:also\s+)?on target\b|"
    r"\s+(?:(?:also\s+)?(?:scoring|scored|netting|netted|got one))(?=[.,;]|\s+and\b)"
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


def _read_list(text: str, start: int) -> list[GoalRead]:
    """'Goals: Maldini 1, Crespo 39, 44; Gerrard 54': a match-facts line."""
    goals = []
    for item in _LIST_ITEM.finditer(text, start):
        for part in item.group(2).split(","):
            pen = "(pen)" in part
            minute = part.replace("(pen)", "").strip()
            base, _, added = minute.partition("+")
            value = int(base) + (int(added) if added else 0)
            if 1 <= value <= 130:
                goals.append(GoalRead(item.group(1), value, minute, item.start(), pen))
    return goals
