"""Match results in a sentence: which teams, which score, and who won.

Scores are read with regular expressions ("2-1", "2 – 1", "four goals to two"); the teams come
from the words around them: "A 2-1 B" (home first), "A beat B 2-1", "B were beaten 7-1 by A",
"A's 2-0 win over B", "a 3-3 draw", "A won 2-0 at B". Running scores ("made it 2-0", "a 3-0
lead", a minute-by-minute goal line) are not results. When one team has to be taken from the
surrounding sentences, the result is marked for review.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from quiz.extract.goals import PREPOSITION
from quiz.extract.lexicon import (
    HOME_GROUNDS,
    NATIONAL_TEAMS,
    NUMBER_WORDS,
    SPOKEN_GOALS,
    alternation,
    number,
)
from quiz.extract.names import Mention
from quiz.extract.people import SIDE_AFTER

_SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,2}) ?[-–—] ?(\d{1,2})(?![\w/]|[-–—]\d|[.,]\d)")
_WORDS = "|".join(w for w in NUMBER_WORDS if " " not in w and NUMBER_WORDS[w] <= 12)
# "Five-nil at the Etihad", "four-one up": not "a one-two", "four-four-two" or "twenty-one".
_SPOKEN_SCORE = re.compile(
    rf"(?<![\w-])(?<!\ba )(?<!\bquick )({SPOKEN_GOALS})[-–]({SPOKEN_GOALS})(?![\w-])", re.IGNORECASE
)
_WORD_SCORE = re.compile(rf"\b(?:by )?({_WORDS}) goals? to ({_WORDS})\b", re.IGNORECASE)
_PENALTIES_AFTER = re.compile(
    r"^\)?\s*(?:on penalties|on pens|pens\b|on spot-kicks|in (?:a|the) (?:penalty )?shoot-?out)",
    re.IGNORECASE,
)
_AGGREGATE_AFTER = re.compile(r"^\)?\s*(?:on aggregate|aggregate|agg\b)", re.IGNORECASE)
_AGGREGATE_BEFORE = re.compile(
    r"(?:agg\.?|aggregate:?|aggregate (?:score|scoreline|margin)? ?(?:of|was))\s*$", re.IGNORECASE
)
_RUNNING_AFTER = re.compile(
    r"^\s*(?:lead|deficit|advantage|cushion|up\b|down\b|half-time|at half-time|at the break|"
    r"first-leg (?:lead|deficit|advantage)|second-leg|going into|"
    # "level at 1-1 when the regulation 90 minutes ended": the score before extra time
    r"(?:when|as|after|at)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:regulation|normal|regular|"
    r"90|ninety)\b(?![\w ]{0,12}\b(?:and|plus) extra time))",
    re.IGNORECASE,
)
_RUNNING_BEFORE = re.compile(
    r"(?:made it|make it|makes it|making it|led|leading|trailing|went in|was|it's|from|"
    r"restored the|extend(?:ed)? the lead to|start from|half[- ]time:|"
    r"(?:first|opening) half (?:finished|ended))\s*$",
    re.IGNORECASE,
)
# A minute-by-minute line: "57' Benzema", "40 mins - LEWY!!!", "90+1 - REUS" (not "3 - 2").
MINUTE_LINE = re.compile(
    r"^\s*(?:[-–•*]\s+)?\d{1,3}(?:\s?\+\s?\d{1,2})?(?:\s?(?:'|’|mins?\b)|\s+[-–—]\s+(?!\d))"
)
_GOAL_LINE = re.compile(rf"{MINUTE_LINE.pattern}|\bGOAL\b")
_HALF_TIME_LINE = re.compile(r"^\s*(?:HT|half[- ]time)\b\s*:?", re.IGNORECASE)
FINAL_LINE = re.compile(r"^\s*(?:full[- ]time|ft|result|final score)\b", re.IGNORECASE)
_WIN_VERB = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeat|defeats|defeating|thrashed|thrashing|hammered|"
    r"crushed|stunned|overcame|edged|edging|saw off|swept aside|routed|humbled|downed|outclassed|"
    r"eliminated|knock(?:ed|s|ing)? out|overpowered|dispatched|brushed aside|(?:had|have|has|['’]d)\s+(?:(?:already|just|also|once|twice|\w+ly)\s+)?beaten|"
    r"squeezed past|got past)\b"
)
_PASSIVE = re.compile(
    r"\b(?:were|was|been|being|get|got)\s+(?:\w+\s+)?(?:beaten|defeated|thrashed|"
    r"hammered|humbled|crushed|knocked out|edged out)\b"
)
_LOSE_VERB = re.compile(r"\b(?:lost|lose|loses|losing|fell|went down)\b")
_WIN_NOUN_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:win|victory|triumph|success|home win|away win|aggregate victory|"
    r"rout|demolition|dismantling)\b"
)
_LOSS_NOUN_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:defeat|loss|humbling|thrashing|hammering|reverse|beating|hiding|"
    r"drubbing|mauling|battering|pasting|thumping|humiliation)\b"
)
_DRAW = re.compile(r"\b(?:drew|draw|drawn|stalemate|level at|tied|pegged back to|held to)\b")
# "the first leg ended 0-0", "finished 2-1 to Barcelona": the score of a match named before.
# "It finished 1-1", "The match ended 0-0": the match itself is the subject.
_IT_ENDED = re.compile(
    r"^\s*(?:It|it|The (?:match|game|tie|final|semi-final|contest))\s+(?:had\s+)?"
    r"(?:ended|finished)\s+(?:at\s+)?$"
)
_ENDED = re.compile(r"\b(?:ended|ending|ends|finished|finishing|finishes)\s+(?:at\s+)?$")
# "It is 1-1 from the first leg": the first leg's result, said before the second.
_FROM_FIRST_LEG = re.compile(
    r"^\s*(?:to [A-Z][\w .'-]{0,30}?\s+)?(?:from|in|after) the first leg\b"
)
# "Real Madrid's 2-1 lead from the first leg", "arrived with a 4-3 lead from the first leg":
# the first leg's result, won by the side holding the lead.
_LEG_LEAD = re.compile(
    r"^\s*(?:first-leg\s+)?(lead|advantage|cushion|deficit)\s+(?:from|in)\s+the\s+first\s+"
    r"(?:leg|game|match|meeting)\b"
)
_THEY_BEFORE = re.compile(r"\b(?:they|They|we|We)\s+(?:[a-z]+\s+){0,2}$")
# The narrator's side in a fan's diary or an interview: "we beat Monaco", "his team won".
_VOICE = re.compile(
    r"\b(?:[Ww]e|[Yy]ou|(?:[Oo]ur|[Mm]y|[Hh]is|[Hh]er) (?:team|side|club|lads|boys|girls))\b"
)
# "France beat Portugal 2-1 ..., and then beat Italy": the verb shares the sentence's subject.
_AND_THEN_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:and|then|and then|before|but)\s+(?:(?:then|only|also|just|again|later)\s+)?$"
)
# "a 4-0 first-leg defeat": 'defeat' as a noun, not a verb.
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|their|his|its|this|that)\s+(?:[\w-]+\s+){0,2}|\d\s*[-–—]\s*\d\s+"
    r"(?:[\w-]+\s+)?)$"
)
# "Having beaten France", "against Spain": a team there is an object, not the subject.
_OBJECT_WORDS = r"beaten|beating|beat|against|over|to|by|past|drawing with|knock(?:ing|ed)? out"
_OBJECT_BEFORE = re.compile(rf"\b(?:{_OBJECT_WORDS}|with)\s+$")
# "scored twice against Honduras", "a tense meeting with Portugal": never a later verb's subject
# (unlike "ended with Real Madrid lifting the cup"), unless its own clause follows ("against
# Spain, who beat Sweden 2-1").
_NOT_SUBJECT = re.compile(
    rf"\b(?:{_OBJECT_WORDS}|"
    r"(?:meeting|draw|drew|clash|tie|game|match|encounter|date|\d\s?[-–]\s?\d)\s+with)\s+"
    r"(?:(?:the|hosts|holders|champions|the\s+\w+)\s+)?$"
)
_WHO_AFTER = re.compile(r",?\s+(?:who|which)\b")


def _objects(text: str, teams: list[Mention]) -> set[int]:
    """Starts of the team mentions that cannot be a verb's subject."""
    return {
        m.start
        for m in teams
        if _NOT_SUBJECT.search(text[max(0, m.start - 24) : m.start])
        and not _WHO_AFTER.match(text, m.end)
    }


_DRAWN_WITH = re.compile(r"^\s*(?:\d\s?[-–]\s?\d\s+)?(?:with|against)\b")
_GERUND_BEFORE = re.compile(r"\b(?:by|after|before|on|for|from|without|despite)\s+$")
# "against a young Germany side", "over the holders Spain": the team named is the opponent.
_RIVAL_BEFORE = re.compile(
    r"\b(?:[Aa]gainst|over|past|beating|beat|beaten)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$"
)
# Cue words that can be nouns; "his team beat Monaco" is a verb.
_NOUN_LIKE = {"defeat", "defeats", "beating", "thrashing", "hammering"}
# Where one clause of a sentence ends and another begins.
CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|although)\s+|;\s|\s+but\s+")
_TO_WINNER = re.compile(r"^\s*(?:to|in favour of|in)\s+")
# "By the final whistle it was 4-1", "at full time it stood at 2-0": a final score said as a
# state, which "was" alone would read as a running score.
_FINAL_SAID = re.compile(
    r"\b(?:(?:[Bb]y|[Aa]t) (?:the )?(?:final whistle|full[- ]time|end)|[Ff]inal score)\b"
    r"[^.;]{0,20}?\b(?:it was|it finished|it ended|it stood at|was|read|stood at)\s*$"
)
_GOALLESS_DRAW = re.compile(r"\b(goalless|scoreless)\s+(?:draw|stalemate)\b")
_GOALLESS = re.compile(r"\b(?:goalless|scoreless)\b")
_NORMAL_TIME = re.compile(
    r"(?:\(90(?:\s*min\w*)?\)|\bend of (?:normal|regular) time|\bafter 90 minutes)"
    r"[\s:,-]*(?:[A-Z][\w.'’-]*\s*){0,4}$"
)
# "Lyon led Barcelona 4-0", "Arsenal were 2-0 up": the side ahead at that moment.
_LEAD_VERB = re.compile(r"^\s+(?:(led|were leading|was leading)|were|was|went in|held a|had a)\b")
_LEAD_AFTER = re.compile(r"^\s*(?:up|ahead|lead|in front)\b")
_WON = re.compile(r"\b(?:won|win|wins|winning|triumphed|prevailed)\b")
_EXTRA_TIME = re.compile(r"\b(?:after extra time|a\.e\.t\.|aet|extra time)\b", re.IGNORECASE)


@dataclass
class Score:
    start: int
    end: int
    first: int
    second: int
    kind: str = "result"  # result, penalties, aggregate, running
    spoken: bool = False  # "three-one": a result only beside a team named in the sentence


@dataclass
class Result:
    """One match result read from a sentence."""

    teams: tuple[str, str]
    score: tuple[int, int]  # in the order of `teams`
    at: int  # offset of the score in the sentence
    ordered: bool = False
    penalties: tuple[int, int] | None = None
    aggregate: tuple[int, int] | None = None
    extra_time: bool = False
    notes: list[str] = field(default_factory=list)
    earlier_leg: bool = False  # "a 2-1 lead from the first leg": not the sentence's match


@dataclass
class Cast:
    """The people of a sentence, for a result whose winner is a person: "Villa and Iniesta saw
    off Chile 2-1", "he struck again to beat Paraguay 1-0"."""

    people: list[Mention]  # offsets in the sentence
    sides: dict[str, str]  # person -> team, as far as the report has said
    last: str | None = None  # the subject of the sentences before, for "he" and "she"
    leading: str | None = None  # the team the report names most, if one leads


_HE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _person_subject(text: str, cast: Cast, start: int, end: int) -> str | None:
    """The person who is the subject of a verb at `end`, named (or "he") after `start`."""
    found, at = None, -1
    for p in cast.people:
        if not start <= p.start < end or PREPOSITION.search(text[max(0, p.start - 12) : p.start]):
            continue
        if SIDE_AFTER.match(text, p.end) and p.name not in cast.sides:
            found, at = None, p.start  # "Klopp's side": a manager's team, read from the context
        else:
            found, at = p.name, p.start
    for he in _HE.finditer(text, start, end):
        if he.start() > at:
            earlier = [p.name for p in cast.people if p.start < he.start()]
            found, at = (earlier[-1] if earlier else cast.last), he.start()
    return found


@cache
def _grounds() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(HOME_GROUNDS)})(?![\w-])")


def find_scores(text: str) -> list[Score]:
    scores = []
    for m in _SCORE.finditer(text):
        scores.append(Score(m.start(), m.end(), int(m.group(1)), int(m.group(2))))
    for m in _WORD_SCORE.finditer(text):
        first, second = NUMBER_WORDS[m.group(1).lower()], NUMBER_WORDS[m.group(2).lower()]
        scores.append(Score(m.start(), m.end(), first, second))
    for m in _GOALLESS_DRAW.finditer(text):
        # "held Liverpool to a goalless draw": 0-0 said in words (the word "draw" after it).
        scores.append(Score(m.start(), m.start() + len(m.group(1)), 0, 0))
    for m in _SPOKEN_SCORE.finditer(text):
        first, second = (_goals_said(g) for g in m.groups())
        if first <= 10 and second <= 10:
            scores.append(Score(m.start(), m.end(), first, second, spoken=True))
    for score in scores:
        score.kind = _classify(text, score)
    return sorted(scores, key=lambda s: s.start)


def _classify(text: str, score: Score) -> str:
    after = text[score.end : score.end + 40]
    before = text[max(0, score.start - 40) : score.start]
    if _PENALTIES_AFTER.search(after) or re.search(r"shoot-?out", before, re.IGNORECASE):
        return "penalties"
    if _AGGREGATE_AFTER.search(after) or _AGGREGATE_BEFORE.search(before):
        return "aggregate"
    if _FROM_FIRST_LEG.match(after) or _LEG_LEAD.match(after):
        return "result"
    if _NORMAL_TIME.search(before):
        return "running"  # "FT (90 min): Japan 1-1 USA." before extra time
    if _FINAL_SAID.search(text, max(0, score.start - 60), score.start):
        return "result"
    if _RUNNING_AFTER.search(after) or _RUNNING_BEFORE.search(before):
        return "running"
    if _HALF_TIME_LINE.match(text):
        return "running"
    if _GOAL_LINE.search(text) and not FINAL_LINE.search(text):
        return "running"
    return "result"


def _between_is_blank(text: str, start: int, end: int) -> bool:
    return start <= end and not text[start:end].strip(" \t:,")


def _first(mentions: list[Mention], start: int, end: int, exclude: str | None = None) -> str | None:
    for m in mentions:
        if start <= m.start < end and m.name != exclude:
            return m.name
    return None


def _last(mentions: list[Mention], start: int, end: int, exclude: str | None = None) -> str | None:
    found = None
    for m in mentions:
        if start <= m.start < end and m.name != exclude:
            found = m.name
    return found


def read_results(
    text: str,
    teams: list[Mention],
    context: list[str],
    favourite: str | None = None,
    voice: str | None = None,
    lead: Lead | None = None,
    scores: list[Score] | None = None,
    cast: Cast | None = None,
) -> list[Result]:
    """Results in one sentence. `teams` are the team mentions in it (offsets in `text`),
    `context` the teams of nearby sentences, most recent first; `favourite` the team the
    report names most (a history piece's club), preferred when a side must be guessed;
    `voice` the narrator's club, the side of "we" in a fan's diary or an interview; `lead`
    the last running score read before, which tells the sides of "it ended 4-1"; `scores`
    the sentence's scores when the caller has found them already; `cast` its people, for a
    result whose winner is a person."""
    scores = find_scores(text) if scores is None else scores
    results: list[Result] = []
    headline = split_scores(text, teams)
    if headline:
        return headline
    if not scores:
        shootout = _shootout_only(text, teams, context)
        return [shootout] if shootout is not None else []
    extras = {"penalties": None, "aggregate": None}
    for score in scores:
        if score.kind in extras and extras[score.kind] is None:
            extras[score.kind] = score
    since = 0  # a verb before an earlier score belongs to that score
    used: set[int] = set()  # the shoot-out and aggregate scores given to a result
    for score in scores:
        if score.kind != "result":
            continue
        result = _teams_for(text, score, teams, context, since, favourite, voice, lead, cast)
        if result is None:
            result = _against(text, score, teams, context, results)
        since = score.end
        if result is None:
            continue
        result.extra_time = _EXTRA_TIME.search(text) is not None and not result.earlier_leg
        for kind, extra in extras.items():
            lo, hi = sorted((score.start, extra.start)) if extra is not None else (0, 0)
            if (
                extra is not None
                and not result.earlier_leg
                and not CLAUSE_BREAK.search(text, lo, hi)
            ):
                setattr(result, kind, _orient(text, result, extra, teams, context))
                used.add(id(extra))
        results.append(result)
    # A sentence (or clause) with only a shoot-out or aggregate score still tells the teams of
    # a tie: "..., while Argentina beat the Netherlands 4-2 on penalties after a goalless ...".
    if not results or any(e is not None and id(e) not in used for e in extras.values()):
        for kind, extra in extras.items():
            if extra is None or id(extra) in used:
                continue
            result = _teams_for(text, extra, teams, context)
            if result is not None and kind == "penalties" and _GOALLESS.search(text):
                # "beat the Netherlands 4-2 on penalties after a goalless semi-final"
                results.append(
                    Result(
                        result.teams, (0, 0), result.at, penalties=result.score, notes=result.notes
                    )
                )
            if result is not None and kind == "aggregate":
                results.append(
                    Result(
                        result.teams,
                        (-1, -1),
                        result.at,
                        aggregate=result.score,
                        notes=result.notes,
                    )
                )
    return results


# "the United States beat China on penalties": a tie settled by a shoot-out, no score given.
_BEAT_ON_PENALTIES = re.compile(
    rf"{_WIN_VERB.pattern}(?:\s+(?:out|past))?\s+(?:the\s+)?"
    r"(?P<loser>[A-Z][\w'’. -]*?)\s+on penalties\b"
)


def _shootout_only(text: str, teams: list[Mention], context: list[str]) -> Result | None:
    """The sides of a shoot-out told without a score; the score is left to other sentences
    ("It finished 0-0 after 120 minutes")."""
    m = _BEAT_ON_PENALTIES.search(text)
    if m is None:
        return None
    loser = next((t.name for t in teams if t.start == m.start("loser")), None)
    if loser is None:
        return None
    notes = ["the score is not stated, only the shoot-out's winner"]
    winner = _last(teams, 0, m.start(), exclude=loser)
    if winner is None and _THEY_BEFORE.search(text, 0, m.start()):
        winner = next((n for n in context if n != loser), None)
        notes.append(f"'they' taken to mean {winner}")
    if winner is None or (winner in NATIONAL_TEAMS) != (loser in NATIONAL_TEAMS):
        return None
    return Result((winner, loser), (-1, -1), m.start(), notes=notes)


_AGAINST = re.compile(r"\s*(?:v|vs\.?|versus|against|to|over|with)\s+")


def _against(
    text: str, score: Score, teams: list[Mention], context: list[str], before: list[Result]
) -> Result | None:
    """ "Argentina lost 1-0 to Belgium in 1982 and 1-0 to Cameroon in 1990": the second score
    shares the first's subject and outcome. "(4-2 v Croatia in the 2018 final)": the first
    number is the subject's, the sentence's team or the one before."""
    if score.spoken:
        return None
    high, low = max(score.first, score.second), min(score.first, score.second)
    named_before = [
        m for m in teams if m.end <= score.start and _between_is_blank(text, m.end, score.start)
    ]
    if before and named_before and re.search(r"(?:\band|,)\s+$", text[: named_before[-1].start]):
        # "Brazil beat Sweden 7-1 and Spain 6-1": the subject and outcome of the score before.
        # "Nigeria were beaten 7-1 and North Korea 3-0": the new team stands in for the one
        # named last before the score before, the loser here, Sweden in the other.
        last, rival = before[-1], named_before[-1].name
        said = [m.name for m in teams if m.name in last.teams and m.end <= last.at]
        if said and rival not in last.teams:
            kept = last.teams[1] if last.teams[0] == said[-1] else last.teams[0]
            won = kept == last.teams[0]
            pair = (kept, rival) if won else (rival, kept)
            return Result(pair, (high, low), score.start, notes=list(last.notes))
    prep = _AGAINST.match(text, score.end)
    if prep is None:
        return None
    rival = next((m.name for m in teams if m.start == prep.end()), None)
    if rival is None:
        return None
    if before and re.search(r"\band\s+$", text[: score.start]):
        last = before[-1]
        named = [m.name for m in teams if m.name in last.teams]
        subject = named[0] if named else None
        if subject is None or subject == rival:
            return None
        won = subject == last.teams[0]
        pair = (subject, rival) if won else (rival, subject)
        return Result(pair, (high, low), score.start, notes=list(last.notes))
    if prep.group().strip() not in ("v", "vs", "vs.", "versus", "against"):
        return None  # "2-0 to Galatasaray": the team after 'to' leads
    subject = _last(teams, 0, score.start, exclude=rival)
    notes = []
    if subject is None:
        near = [
            n for n in context if n != rival and (n in NATIONAL_TEAMS) == (rival in NATIONAL_TEAMS)
        ]
        if not near:
            return None
        subject = near[0]
        notes.append(f"{subject} taken from the surrounding sentences")
    return Result((subject, rival), (score.first, score.second), score.start, notes=notes)


def _orient(
    text: str, result: Result, extra: Score, teams: list[Mention], context: list[str]
) -> tuple[int, int]:
    """A shoot-out or aggregate score in the order of the result's teams."""
    high, low = max(extra.first, extra.second), min(extra.first, extra.second)
    read = _teams_for(text, extra, teams, context)
    if read is not None and set(read.teams) == set(result.teams):
        pair = read.score if read.teams == result.teams else read.score[::-1]
        return (pair[0], pair[1])
    a, b = result.score
    if a > b:
        return (high, low)
    if b > a:
        return (low, high)
    return (extra.first, extra.second)


_SPLIT = re.compile(rf"^\s+(\d{{1,2}}|{SPOKEN_GOALS}),?\s+$", re.IGNORECASE)
_SPLIT_TAIL = re.compile(rf"^\s+(\d{{1,2}}|{SPOKEN_GOALS})\b(?![-–—.,]\d)", re.IGNORECASE)


def _goals_said(word: str) -> int:
    return number(word) or 0  # "nil", "four" or "4"; the patterns admit nothing else


def split_scores(text: str, teams: list[Mention]) -> list[Result]:
    """'Arsenal 2 Leicester City 1': a headline with each team's goals after its name; a
    results line has several: "Middlesbrough 0 Manchester United 3 | Manchester City 2 ..."."""
    found: list[Result] = []
    taken = -1
    for first, second in itertools.pairwise(teams):
        if first.start < taken:
            continue
        middle = _SPLIT.match(text[first.end : second.start])
        tail = _SPLIT_TAIL.match(text[second.end :])
        if middle and tail and first.name != second.name:
            # "Liverpool four, Manchester City three": a score said aloud.
            goals = (_goals_said(middle.group(1)), _goals_said(tail.group(1)))
            found.append(
                Result((first.name, second.name), goals, first.end + middle.start(1), ordered=True)
            )
            taken = second.end
            if not _RESULTS_SEPARATOR.match(text[second.end + tail.end() :]):
                break  # a headline's one result
    return found


_RESULTS_SEPARATOR = re.compile(r"\s*[|;]\s*\S")


def _teams_for(
    text: str,
    score: Score,
    teams: list[Mention],
    context: list[str],
    since: int = 0,
    favourite: str | None = None,
    voice: str | None = None,
    lead: Lead | None = None,
    cast: Cast | None = None,
) -> Result | None:
    if score.spoken and not teams:
        return None  # "Umit Davala... scores. Three-one.": a running count, said aloud
    a, b = score.first, score.second
    high, low = max(a, b), min(a, b)
    # "Home 2-1 Away"
    before = [
        m for m in teams if m.end <= score.start and _between_is_blank(text, m.end, score.start)
    ]
    after = [
        m for m in teams if m.start >= score.end and _between_is_blank(text, score.end, m.start)
    ]
    if before and after and before[-1].name != after[0].name:
        return Result((before[-1].name, after[0].name), (a, b), score.start, ordered=True)
    head = text[: score.start]
    tail = text[score.end : score.end + 60]

    def cues(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Cue words for this score: not those before an earlier score in the sentence."""
        return [m for m in pattern.finditer(head) if m.start() >= since]

    notes: list[str] = []

    def narrator(end: int) -> str | None:
        """The narrator's club when "we" (no team after it) is the subject before `end`."""
        if voice is None:
            return None
        said = [m for m in _VOICE.finditer(text, 0, end) if m.start() >= since]
        if not said or any(said[-1].start() <= m.start < end for m in teams):
            return None
        notes.append(f"'{said[-1].group()}' taken to mean {voice}")
        return voice

    window = [0, len(text)]  # the clause the score is in, where the sentence has several
    # "scored twice against Honduras and then saw off Chile": Honduras is no verb's subject.
    objects = _objects(text, teams)
    free = [m for m in teams if m.start not in objects]

    def other(exclude: str | None, after_too: bool = True) -> str | None:
        """The side missing beside `exclude`. With after_too=False the missing side is a
        verb's subject: a team after the score is not taken ("X's header beat Newcastle 1-0,
        Mahrez scored at Palace"), nor one that is an object ("drew 0-0 with England and lost
        1-0 to Sweden")."""
        # A national side plays national sides, a club clubs.
        national = exclude in NATIONAL_TEAMS if exclude else None

        def fits(name: str) -> bool:
            return name != exclude and (national is None or (name in NATIONAL_TEAMS) == national)

        # The team nearest before the score ("against Brazil, which France won 1-0"), else
        # the first after it.
        lo, hi = window
        before = [
            m
            for m in teams
            if lo <= m.start
            and m.end <= score.start
            and fits(m.name)
            and (after_too or m.start not in objects)
        ]
        after = [m for m in teams if score.end <= m.start < hi and fits(m.name)]
        for m in before[-1:] or after[: int(after_too)]:
            notes.append(f"{m.name} paired with the score by position only")
            return m.name
        # "Atletico had drawn 1-1 at the Camp Nou": the ground's club was the other side.
        for ground in _grounds().finditer(text, lo, hi):
            clubs = HOME_GROUNDS[ground.group()]
            if len(clubs) == 1 and fits(clubs[0]):
                notes.append(f"{clubs[0]} taken from the ground, {ground.group()}")
                return clubs[0]
        near = [name for name in context[:3] if fits(name)] or [n for n in context if fits(n)]
        # "They ...", "Moller Nielsen's side ...": the team of the sentences before.
        they = re.match(r"\s*(?:They|they)\b", text) or (
            cast is not None
            and any(p.start < score.start and SIDE_AFTER.match(text, p.end) for p in cast.people)
        )
        if favourite is not None and exclude is not None and fits(favourite) and not they:
            # "the 3-3 draw with Liverpool" in a piece about Milan; "Mahrez won it 1-0 at
            # Watford" in a review of Leicester's season.
            near = [favourite] + [n for n in near if n != favourite]
        for name in near:
            notes.append(f"{name} taken from the surrounding sentences")
            return name
        return None

    def paired(
        first: str | None,
        second: str | None,
        goals: tuple[int, int],
        first_won: bool = True,
        subject: bool = False,
    ) -> Result | None:
        """The result, a missing side filled in from the other teams, or None if unclear.
        With first_won=False the second team won: the winner is listed first either way.
        With subject=True the first side is a verb's subject, never a team after the score."""
        if first is None:
            first = other(second, after_too=not subject)
        if second is None:
            second = other(first)
        if not first or not second or first == second:
            return None
        teams_ = (first, second) if first_won else (second, first)
        return Result(teams_, goals, score.start, notes=notes)

    # "A beat B 2-1"
    verbs = [
        v
        for v in cues(_WIN_VERB)
        if v.group() not in _NOUN_LIKE
        or not _NOUN_BEFORE.search(head[: v.start()])
        or _GERUND_BEFORE.search(head[: v.start()])  # "reached the final by beating Denmark"
    ]
    passive = cues(_PASSIVE)
    if passive:
        verb = passive[-1]
        loser = _last(teams, 0, verb.start())
        by = re.search(r"\bby\b", text[verb.end() :])
        winner = None
        if by:
            winner = _first(teams, verb.end() + by.end(), len(text), exclude=loser)
        if loser is None:
            loser = other(winner)
        if winner is None:
            # "Nigeria were beaten 7-1 in Chicago and North Korea 3-0": no team after the
            # score beat them.
            winner = other(loser, after_too=False)
        if winner and loser and winner != loser:
            return Result((winner, loser), (high, low), score.start, notes=notes)
        return None
    if verbs:
        verb = verbs[-1]
        participle = (
            verb.group().endswith("ing") or text[max(0, verb.start() - 3) : verb.start()] == "to "
        )
        # "X ..., beating Y" and "X ... to beat Y": the sentence's subject won.
        pick = _first if participle else _last
        # "We'd beaten Aberdeen 2-0 ..., and we'd already beaten Rangers 1-0": a team before
        # an earlier score is that score's, so "we" comes first.
        winner = pick(free, since, verb.start())
        by_voice = False
        if winner is None:
            winner = narrator(verb.start())
            by_voice = winner is not None
        if winner is None:
            winner = pick(free, 0, verb.start())
        pronoun = _THEY_BEFORE.search(text, 0, verb.start()) or _AND_THEN_BEFORE.search(
            text, 0, verb.start()
        )
        if (
            pronoun
            and not by_voice
            and not any(pronoun.start() <= m.start < verb.start() for m in teams)
        ):
            # "Milan beat Steaua 4-0, and a year later they beat Benfica": 'they' is the
            # sentence's subject, or the subject of the sentences before.
            # "Having beaten France, the hosts, they edged past England": France is the
            # participle's object, not the subject.
            winner = next(
                (m.name for m in teams if m.start < pronoun.start() and m.start not in objects),
                None,
            )
            if winner is None and context:
                winner = context[0]
            if winner is not None:
                notes.append(f"'they' taken to mean {winner}")
        elif cast is not None and not by_voice:
            named = [m.end for m in teams if since <= m.start < verb.start()]
            person = _person_subject(text, cast, max([since, *named]), verb.start())
            if person is not None and (cast.sides.get(person) or winner is None):
                # "Villa and Iniesta saw off Chile 2-1": the person's side, if the report has
                # said it, else the team it names most; never a team by position only.
                loser = _first(teams, verb.end(), len(text))
                winner = cast.sides.get(person) or next(
                    (t for t in (favourite, cast.leading) if t is not None and t != loser), None
                )
                if winner is None:
                    return None
                notes.append(f"{winner} taken as {person}'s side")
        loser = _first(teams, verb.end(), len(text), exclude=winner)
        return paired(winner, loser, (high, low), subject=True)
    leg_lead = _LEG_LEAD.match(tail)
    if leg_lead:
        owner = re.search(r"['’]s\s+$", head)
        holder = _last(teams, 0, score.start) if owner else _first(teams, 0, score.start)
        notes.append("a first-leg lead read as that leg's result")
        won = leg_lead.group(1) != "deficit"
        found = paired(holder, _first(teams, 0, len(text), exclude=holder), (high, low), won)
        if found is not None:
            found.earlier_leg = True
        return found
    if _FROM_FIRST_LEG.match(tail):
        found = _leg_or_ended(text, score, teams, tail, paired)
        if found is not None:
            found.earlier_leg = True
        return found
    if _ENDED.search(head[-20:]) or _FINAL_SAID.search(head[-60:]):
        return _leg_or_ended(text, score, teams, tail, paired, lead, context)
    level_at_end = a == b and re.search(r"(?:\bFT|\bfull[- ]time)\s*:?\s*$", head, re.IGNORECASE)
    if _DRAW.search(text[score.end : score.end + 12]) or _DRAW.search(head[-30:]) or level_at_end:
        if a != b:
            return None
        # "X's header earned a 1-1 draw at Old Trafford, and 24 hours later Tottenham were
        # pegged back": the teams of the score's own clause.
        window[0] = max([0] + [c.end() for c in CLAUSE_BREAK.finditer(text, 0, score.start)])
        window[1] = next((c.start() for c in CLAUSE_BREAK.finditer(text, score.end)), len(text))
        if _first(teams, window[0], window[1]) is None:
            window[0] = 0  # "Against West Ham X was sent off, and ... a 2-2 draw"
        first = _first(teams, window[0], window[1])
        second = _first(teams, window[0], window[1], exclude=first)
        drew = _DRAW.search(text, window[0], score.start)
        if (
            drew
            and first is not None
            and _first(teams, window[0], drew.start()) is None
            and _DRAWN_WITH.match(text[drew.end() : score.end + 40])
        ):
            # "Moller Nielsen's side drew 0-0 with England": the subject is the side before.
            return paired(None, first, (a, b), subject=True)
        return paired(first, second, (a, b))
    win_noun = _WIN_NOUN_AFTER.search(tail)
    loss_noun = _LOSS_NOUN_AFTER.search(tail)
    if win_noun or loss_noun:
        cue_end = score.end + (win_noun or loss_noun).end()  # type: ignore[union-attr]
        object_ = None
        prep = re.match(r"^\s*(?:over|against|to|by|at|for|of)\s+", text[cue_end:])
        if prep and prep.group().strip() == "of":
            # "a 7-1 rout of hosts Brazil", "a 4-0 thrashing of Arsenal": the side after 'of'
            # took the beating.
            win_noun, loss_noun = win_noun or loss_noun, None
        if prep and prep.group().strip() == "for":
            # "a 2-1 win for Everton over Chelsea": the team after 'for' had the result.
            owner = _first(teams, cue_end + prep.start(), cue_end + prep.end() + 2)
            rest = cue_end + prep.end()
            against = re.match(r"^[\w .'’-]*?\s+(?:over|against|at|to|by)\s+", text[rest:])
            other_side = (
                _first(teams, rest + against.end(), rest + against.end() + 2, exclude=owner)
                if against
                else None
            )
            return paired(owner, other_side, (high, low), first_won=bool(win_noun))
        if prep:
            object_ = _first(teams, cue_end + prep.start(), cue_end + prep.end() + 40)
        # "Hamann's free kick gave Germany a 1-0 win": the team given the result.
        given = [
            t.name
            for t in teams
            if t.end <= score.start
            and re.fullmatch(r"\s+(?:a|an|the|their|its)\s+", text[t.end : score.start])
            and re.search(
                r"\b(?:gave|give|gives|giving|handed|hands|handing)\s+$",
                text[max(0, t.start - 12) : t.start],
            )
        ]
        # "Dynamo Berlin were more awkward: Morley scored twice in a 2-1 win": after a colon
        # a person is the subject, and the team before it is the object.
        colon = text.rfind(":", since, score.start)
        scorer = (
            _person_subject(text, cast, colon, score.start)
            if cast is not None and colon >= 0
            else None
        )
        # "against a young Germany side ..., Puyol rose to head in for a 1-0 win": a team
        # after 'against' is the beaten side, not the subject.
        named = [
            t
            for t in teams
            if (colon if scorer else -1) < t.start < score.start and t.name != object_
        ]
        side = None  # the scorer's team, when a scorer after a colon is the subject
        if scorer is not None and not named and cast is not None:
            before_colon = _last(teams, 0, colon)
            side = cast.sides.get(scorer) or next(
                (
                    t
                    for t in (favourite, cast.leading)
                    if t is not None and t not in (object_, before_colon)
                ),
                None,
            )
            if side is not None:
                notes.append(f"{side} taken as {scorer}'s side")
                object_ = object_ or before_colon
        free, rival_end = [], None
        for t in named:
            # "against both England and Argentina": a listed team shares the one before's part.
            listed = rival_end is not None and re.fullmatch(
                r"\s*(?:,|,? and|,? or)\s*", text[rival_end : t.start]
            )
            if _RIVAL_BEFORE.search(text[: t.start]) or listed:
                rival_end = t.end
            else:
                free.append(t.name)
                rival_end = None
        subject = side or (
            given[0]
            if given and given[0] != object_
            else (free[0] if free else None) or narrator(score.start)
        )
        if subject is None and named and object_ is None and favourite not in (None, named[0].name):
            object_, subject = named[0].name, favourite
            notes.append(f"{favourite}, the team the report names most, taken as the winner")
        if subject is None:
            later = [m for m in teams if m.start >= score.end and m.name != object_]
            # "Having suffered a 5-0 humbling in Bergamo, Atalanta headed...": the subject
            # after a fronted clause. In "a 2-0 victory that saw them restrict Liverpool" the
            # team after may be either side.
            if later and (
                object_ is not None
                or re.search(r",\s*(?:[\w'’-]+\s+){0,2}$", text[score.end : later[0].start])
            ):
                subject = later[0].name
            elif object_ is None:
                return None
        found = paired(subject, object_, (high, low), first_won=bool(win_noun))
        if found is not None and re.search(r"first[- ]leg", text[score.end : cue_end]):
            found.earlier_leg = True  # "to overturn a 4-0 first-leg defeat"
        return found
    lost = cues(_LOSE_VERB)
    won = cues(_WON)
    if won or lost:
        verb = (won or lost)[-1]
        # "England swept the Netherlands aside, winning 4-1": a participle's subject opens
        # the sentence.
        participle = (
            verb.group().endswith("ing") or text[max(0, verb.start() - 3) : verb.start()] == "to "
        )
        pick = _first if participle else _last
        subject = pick(free, since, verb.start()) or narrator(verb.start())
        if subject is None and context and _THEY_BEFORE.search(text, since, verb.start()):
            # "Beaten 3-0 by IFK Goteborg in Sweden, they won the return 3-0"
            subject = context[0]
            notes.append(f"'they' taken to mean {subject}")
        subject = subject or pick(free, 0, verb.start())
        prep = re.search(r"\b(?:at|against|over|to|by|with)\s+", text[score.end : score.end + 30])
        object_ = None
        if prep:
            object_ = _first(
                teams, score.end + prep.start(), score.end + prep.end() + 30, exclude=subject
            )
        return paired(subject, object_, (high, low), first_won=bool(won), subject=True)
    return None


def _leg_or_ended(
    text: str,
    score: Score,
    teams: list[Mention],
    tail: str,
    paired: Callable[..., Result | None],
    lead: Lead | None = None,
    context: list[str] | None = None,
) -> Result | None:
    """ "ended 0-0", "1-1 from the first leg", "finished 2-1 to Barcelona": a level score
    pairs the teams named; an uneven one needs its winner after 'to', or a running score
    before that only one side can have gone on from."""
    a, b = score.first, score.second
    if a == b and context and _IT_ENDED.search(text, 0, score.start):
        # "It finished 1-1 after 120 minutes ... under Robson, who leaves to take charge of
        # PSV": the match the report is about, not a team named after the score.
        named = [m.name for m in teams if m.end <= score.start]
        kind = named[0] in NATIONAL_TEAMS if named else None  # national sides play their kind
        near = [n for n in context if kind is None or (n in NATIONAL_TEAMS) == kind]
        # A side the sentence names and the sentences before were about comes first.
        said = {m.name for m in teams}
        sides = list(dict.fromkeys(named + [n for n in near if n in said] + near))[:2]
        if len(sides) < 2:
            return None
        found = paired(sides[0], sides[1], (a, b))
        if found is not None and len(named) < 2:
            found.notes.append("the sides taken from the surrounding sentences")
        return found
    if a == b:
        first = _first(teams, 0, len(text))
        return paired(first, _first(teams, 0, len(text), exclude=first), (a, b))
    high, low = max(a, b), min(a, b)
    to = _TO_WINNER.match(tail)
    winner = _first(teams, score.end + to.end(), score.end + to.end() + 2) if to else None
    if winner is None and lead is not None and {m.name for m in teams} <= set(lead.sides):
        # "Lyon led Barcelona 4-0. By the final whistle it was 4-1": the side ahead is taken
        # to have won. A score the lead cannot have grown into belongs to another match.
        if high < lead.goals[0] or low < lead.goals[1]:
            return None
        winner, loser = lead.sides
        found = paired(winner, loser, (high, low))
        if found is not None:
            found.notes.append(
                f"{winner} taken as the winner from the earlier score"
                f" {lead.goals[0]}-{lead.goals[1]}"
            )
        return found
    if winner is None:
        return None
    return paired(winner, _first(teams, 0, len(text), exclude=winner), (high, low))


@dataclass
class Lead:
    """A running score with its sides, the side ahead first."""

    sides: tuple[str, str]
    goals: tuple[int, int]


def read_lead(
    text: str, teams: list[Mention], context: list[str], scores: list[Score]
) -> Lead | None:
    """The running score a sentence gives with its sides: "Lyon led Barcelona 4-0", "Arsenal
    were 2-0 up", "Liverpool 2-0 Barcelona at half-time". `scores` are the sentence's."""
    found = None
    for score in scores:
        if score.kind in ("penalties", "aggregate") or score.spoken:
            continue
        high, low = max(score.first, score.second), min(score.first, score.second)
        before = [m for m in teams if m.end <= score.start]
        after = [m for m in teams if m.start >= score.end]
        if (
            score.kind == "running"
            and before
            and after
            and _between_is_blank(text, before[-1].end, score.start)
            and _between_is_blank(text, score.end, after[0].start)
            and before[-1].name != after[0].name
        ):
            pair = (before[-1].name, after[0].name)
            sides = pair if score.first >= score.second else pair[::-1]
            found = Lead(sides, (high, low))
            continue
        after_score = _LEAD_AFTER.match(text[score.end :])
        leader = next(
            (
                m
                for m in before
                if (verb := _LEAD_VERB.match(text[m.end : score.start]))
                and (verb.group(1) is not None or after_score)
            ),
            None,
        )
        if leader is None:
            continue
        rival = next((m.name for m in teams if m.name != leader.name), None)
        if rival is None:
            national = leader.name in NATIONAL_TEAMS
            rival = next(
                (n for n in context if n != leader.name and (n in NATIONAL_TEAMS) == national),
                None,
            )
        if rival is not None:
            found = Lead((leader.name, rival), (high, low))
    return found
