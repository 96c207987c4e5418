"""Which side was at home, from what the report itself says.

A match read as "A 2-1 B" has its home side first; any other wording ("B won 2-1", "A were
beaten by B") leaves home and away open. The evidence used here, each kept only when it points
at exactly one of the two teams:

- the ground: played at Anfield (a club's own ground in lexicon.HOME_GROUNDS), not in a final;
- the city: played in Bergamo (a club's city), not in a final, not between national sides;
- the other leg: "the first leg at Anfield" makes the second leg the other side's home match;
- the words of the result's sentence: "A hosted B", "B's trip to A", "B won (away) at A",
  "A were beaten at home by B", "the visitors B", "the hosts A".

When two pieces of evidence disagree, nothing is decided and the match is marked for review.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quiz.extract import lexicon
from quiz.extract.drafts import MatchDraft
from quiz.extract.lexicon import fold
from quiz.extract.names import Mention
from quiz.extract.scores import find_scores

FindTeams = Callable[[str], list[Mention]]

_THE = r"(?:the\s+)?"
_HOST_VERB = re.compile(
    r"\s+(?:hosted|hosts|host|hosting|welcomed|welcomes|welcome|welcoming|entertained|"
    r"entertain|entertains)\s+" + _THE
)
_TRIP = re.compile(
    r"(?:['’]s?)?\s+(?:trip|visit|journey|travels?|travelled|traveled|went|go|headed|head)\s+"
    r"(?:to|at)\s+" + _THE
)
_AWAY_AT = re.compile(r"\baway\s+(?:at|to|from home (?:at|against))\s+" + _THE)
_AT_TEAM = re.compile(r"\bat\s+")  # "won 1-0 at Sunderland": at that club's ground
_AT_HOME_TO = re.compile(r"\bat home\s+(?:to|against|by)\s+" + _THE)
_HOSTS_ARE = re.compile(r"\b(?:the\s+)?(?:hosts|home side)\s+$", re.IGNORECASE)
_VISITORS_ARE = re.compile(r"\b(?:the\s+)?(?:visitors|visiting side|away side)\s+$", re.IGNORECASE)
_LEG_PLACE = re.compile(
    r"\b(first|second|return)[- ]leg\b[^.;:\n]{0,40}?\b(?:at|in)\s+" + _THE, re.IGNORECASE
)
_PLACE_NAMES = sorted({*lexicon.HOME_GROUNDS, *lexicon.CITIES}, key=len, reverse=True)
_PLACE = re.compile(rf"(?:{lexicon.alternation(_PLACE_NAMES)})(?![\w-])")


def club_city(team: str) -> str | None:
    if team in lexicon.CLUB_CITIES:
        return lexicon.CLUB_CITIES[team]
    for city in lexicon.CITIES:
        if fold(team) == fold(city) or fold(team).startswith(fold(city) + " "):
            return city
    return None


def _national(match: MatchDraft) -> bool:
    return any(team in lexicon.NATIONAL_TEAMS for team in match.teams)


def _final(match: MatchDraft) -> bool:
    return match.stage == "final"


def place_side(place: str, match: MatchDraft) -> str | None:
    """The one team of the match whose ground or city `place` is."""
    if _national(match):
        return None
    if place in lexicon.HOME_GROUNDS:
        hits = [t for t in match.teams if t in lexicon.HOME_GROUNDS[place]]
    else:
        hits = [t for t in match.teams if club_city(t) == place]
    return hits[0] if len(hits) == 1 else None


def _team_at(mentions: list[Mention], pos: int, teams: tuple[str, str]) -> str | None:
    for m in mentions:
        if m.start == pos and m.name in teams:
            return m.name
    return None


def _end_of(mentions: list[Mention], pos: int) -> int:
    return next((m.end for m in mentions if m.start == pos), pos)


def _team_before(
    body: str, mentions: list[Mention], pos: int, teams: tuple[str, str]
) -> str | None:
    for m in mentions:
        if m.end <= pos and not body[m.end : pos].strip() and m.name in teams:
            return m.name
    return None


def _other(match: MatchDraft, team: str) -> str:
    return match.teams[1] if match.teams[0] == team else match.teams[0]


def _side_or_place(
    body: str, mentions: list[Mention], pos: int, match: MatchDraft
) -> tuple[str | None, str]:
    """The team named at `pos`, or the team whose ground or city is named there."""
    team = _team_at(mentions, pos, match.teams)
    if team is not None:
        return team, team
    place = _PLACE.match(body, pos)
    if place:
        return place_side(place.group(), match), place.group()
    return None, ""


def _score_clause(body: str, match: MatchDraft) -> tuple[int, int]:
    """The comma-free stretch of the sentence around the match's score (the whole sentence
    when the score is not found): a trip or "away at" elsewhere may be another match's."""
    if match.score is None:
        return 0, len(body)
    for score in find_scores(body):
        if {(score.first, score.second), (score.second, score.first)} & {match.score}:
            start = max(body.rfind(c, 0, score.start) for c in ",;:—–") + 1
            ends = [e for e in (body.find(c, score.end) for c in ",;:—–") if e >= 0]
            return start, min(ends, default=len(body))
    return 0, len(body)


def sentence_evidence(
    body: str, mentions: list[Mention], match: MatchDraft
) -> list[tuple[str, str]]:
    """(home team, why) from the words of the result's own sentence."""
    found: list[tuple[str, str]] = []
    teams = match.teams
    lo, hi = _score_clause(body, match)
    clause = body[:hi]
    for verb in _HOST_VERB.finditer(body):
        host = _team_before(body, mentions, verb.start(), teams)
        guest = _team_at(mentions, verb.end(), teams)
        if host and guest and host != guest:
            found.append((host, f"'{host} hosted {guest}'"))
    for trip in _TRIP.finditer(clause, lo):
        guest = _team_before(body, mentions, trip.start(), teams)
        host, named = _side_or_place(body, mentions, trip.end(), match)
        if guest and host and host != guest:
            found.append((host, f"{guest}'s trip to {named}"))
    for away in _AWAY_AT.finditer(clause, lo):
        host, named = _side_or_place(body, mentions, away.end(), match)
        if host:
            found.append((host, f"'away at {named}'"))
    for at in _AT_TEAM.finditer(clause, lo):
        host = _team_at(mentions, at.end(), teams)
        if host and not re.match(r"['’]s?\b", body[_end_of(mentions, at.end()) :]):
            found.append((host, f"'at {host}'"))
    for home in _AT_HOME_TO.finditer(clause, lo):
        guest = _team_at(mentions, home.end(), teams)
        if guest:
            found.append((_other(match, guest), f"'at home to {guest}'"))
    for m in mentions:
        if m.name not in teams or _national(match):  # "the hosts" of a tournament
            continue
        before = body[max(0, m.start - 20) : m.start]
        after = body[m.end : m.end + 16]
        if _HOSTS_ARE.search(before) or re.match(r",\s+the hosts\b", after):
            found.append((m.name, f"{m.name} called the hosts"))
        if _VISITORS_ARE.search(before) or re.match(r",\s+the visitors\b", after):
            found.append((_other(match, m.name), f"{m.name} called the visitors"))
    return found


def leg_evidence(text: str, match: MatchDraft) -> list[tuple[str, str]]:
    """(home team, why) from "the first leg at Anfield" anywhere in the report."""
    if match.leg is None or _national(match):
        return []
    found: list[tuple[str, str]] = []
    for leg in _LEG_PLACE.finditer(text):
        place = _PLACE.match(text, leg.end())
        if not place:
            continue
        host = place_side(place.group(), match)
        if host is None:
            continue
        said = 1 if leg.group(1).lower() == "first" else 2
        home = host if said == match.leg else _other(match, host)
        found.append((home, f"the {leg.group(1).lower()} leg was at {place.group()}"))
    return found


def ground_evidence(match: MatchDraft) -> list[tuple[str, str]]:
    """(home team, why) from where the match was played."""
    if _final(match) or _national(match):
        return []
    if match.venue in lexicon.HOME_GROUNDS:
        host = place_side(match.venue, match)
        return [(host, f"played at {match.venue}, {host}'s ground")] if host else []
    if match.city:
        host = place_side(match.city, match)
        return [(host, f"played in {match.city}, {host}'s city")] if host else []
    return []


def decide(match: MatchDraft, evidence: list[tuple[str, str]]) -> str | None:
    """Put the home side first when the evidence agrees; mark the match when it does not.
    Returns why the home side is known, or None."""
    homes = {home for home, _ in evidence}
    if not homes:
        return None
    if len(homes) > 1:
        match.doubt("the report's evidence on home and away disagrees")
        return None
    home = homes.pop()
    why = "; ".join(dict.fromkeys(w for _, w in evidence))
    if match.ordered:
        if match.teams[0] != home:
            match.doubt(f"the score is written home first, but {why}")
            return None
        return why
    if match.teams[0] != home:
        match.teams = (match.teams[1], match.teams[0])
        for key in ("score", "penalties", "aggregate"):
            pair = getattr(match, key)
            if pair is not None:
                setattr(match, key, (pair[1], pair[0]))
    match.ordered = True
    return why
