"""People and their roles: "Atalanta manager X", "captain Y", "X's side", "managed by Z"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quiz.extract.names import Mention

ROLE_WORDS = {
    "manager": "manager",
    "boss": "manager",
    "head coach": "head coach",
    "coach": "head coach",
    "captain": "captain",
    "skipper": "captain",
    "goalkeeper": "goalkeeper",
    "keeper": "goalkeeper",
    "referee": "referee",
    "commentator": "commentator",
}
_ROLE = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_ROLE_BEFORE = re.compile(rf"\b({_ROLE}):?\s+$", re.IGNORECASE)  # "Referee: Jack Mowat" too
# A line-up's marks: "GK Egon Loy", "Alfred Pfaff (captain)", "Puyol (capt.)".
_GK_BEFORE = re.compile(r"(?:^|[\s;,(])GK\s+$")
_CAPTAIN_AFTER = re.compile(r"^\s*\((?:captain|capt\.?|c)\)", re.IGNORECASE)
_ROLE_AFTER = re.compile(rf"^,\s+the\s+(?:[\w'’-]+\s+){{0,3}}?({_ROLE})\b", re.IGNORECASE)
# "Klopp's side", "Venables' men": the team a person runs.
SIDE_AFTER = re.compile(
    r"(?:['’]s|(?<=s)['’])\s+(side|team|men|charges|squad|lot|players|holders|champions|hosts|"
    r"visitors|outfit)\b"
)
_BY_BEFORE = re.compile(
    rf"\b(managed|coached|captained)\s+by\s+(?:(?:{_ROLE})\s+)?$", re.IGNORECASE
)
_GUIDANCE_BEFORE = re.compile(r"\bunder\s+(?:the\s+(?:guidance|stewardship)\s+of\s+)?$")
# "Ferguson, in charge at Old Trafford since 1986"; "Clough was appointed manager in 1975".
_IN_CHARGE_AFTER = re.compile(r"^,\s+(?:who\s+(?:has been|had been|was|is)\s+)?in charge\b")
_APPOINTED_AFTER = re.compile(
    rf"^\s+(?:was|is|has been|had been|were)\s+(?:appointed|named|installed|confirmed)\s+"
    rf"(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}({_ROLE})\b",
)
# Goalkeepers by what they do: "Szczesny in the Juventus goal", "Adrian, deputising in goal",
# "made several saves", "finished past Simon Mignolet".
_IN_GOAL_AFTER = re.compile(
    r"^(?:,\s+(?:deputising|standing in|playing|who played)\s+)?\s*in (?:the\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,2})?goal\b"
)
_SAVES_AFTER = re.compile(
    r"^\s+(?:made|makes|pulled off|produced)\s+(?:a\s+)?(?:\w+\s+){0,2}saves?\b"
)
_PAST_BEFORE = re.compile(
    r"\b(?:finished|finishes|fired|fires|drove|drives|poked|pokes|slotted|slots|shot|curled|"
    r"lifted|chipped|rolled|placed|struck|steered|volleyed|slid|smashed|ball|penalty|it)\s+"
    r"(?:\w+\s+){0,3}?(?:past|beyond|round|around|over)\s+$"
)
_ARMBAND_AFTER = re.compile(
    r"^\s+(?:wore|wears|was wearing|took|takes|inherited|was handed|was given) the armband\b"
)


@dataclass
class RoleRead:
    name: str
    role: str
    at: int
    team: str | None = None
    notes: list[str] = field(default_factory=list)


def read_roles(text: str, people: list[Mention], teams: list[Mention]) -> list[RoleRead]:
    out: list[RoleRead] = []
    for person in people:
        head = text[max(0, person.start - 60) : person.start]
        tail = text[person.end : person.end + 60]
        role = _ROLE_BEFORE.search(head)
        if role:
            team = _team_before(teams, person.start - len(head) + role.start(), text)
            team = team or _scope_team(text, teams)
            out.append(RoleRead(person.name, ROLE_WORDS[role.group(1).lower()], person.start, team))
        appositive = _ROLE_AFTER.match(tail)
        if appositive:
            team = _team_in(teams, person.end, person.end + appositive.end())
            out.append(
                RoleRead(person.name, ROLE_WORDS[appositive.group(1).lower()], person.start, team)
            )
        if SIDE_AFTER.match(text, person.end):  # "Venables' side" too
            out.append(RoleRead(person.name, "manager", person.start))
        elif re.match(r"^['’]s\s+", tail):
            after = [
                t
                for t in teams
                if t.start == person.end + len(re.match(r"^['’]s\s+", tail).group())
            ]  # type: ignore[union-attr]
            if after:
                out.append(
                    RoleRead(
                        person.name,
                        "manager",
                        person.start,
                        after[0].name,
                        [f"'{person.name}'s {after[0].name}' read as the manager"],
                    )
                )
        by = _BY_BEFORE.search(head)
        if by:
            verb = by.group(1).lower()
            role_name = {"managed": "manager", "coached": "head coach"}.get(verb, "captain")
            team = _team_before(teams, person.start - len(head) + by.start(), text, near=None)
            out.append(RoleRead(person.name, role_name, person.start, team))
        if _GUIDANCE_BEFORE.search(head):
            out.append(
                RoleRead(
                    person.name, "manager", person.start, notes=["'under X' read as the manager"]
                )
            )
        if _IN_CHARGE_AFTER.match(tail):
            out.append(RoleRead(person.name, "manager", person.start))
        appointed = _APPOINTED_AFTER.match(tail)
        if appointed:
            out.append(RoleRead(person.name, ROLE_WORDS[appointed.group(1).lower()], person.start))
        if _IN_GOAL_AFTER.match(tail) or _SAVES_AFTER.match(tail):
            out.append(RoleRead(person.name, "goalkeeper", person.start))
        elif _PAST_BEFORE.search(head) and not re.match(r"^['’]s", tail):
            out.append(
                RoleRead(
                    person.name,
                    "goalkeeper",
                    person.start,
                    notes=[f"'past {person.name}' read as the goalkeeper"],
                )
            )
        if _GK_BEFORE.search(head):
            out.append(RoleRead(person.name, "goalkeeper", person.start))
        if _ARMBAND_AFTER.match(tail) or _CAPTAIN_AFTER.match(tail):
            out.append(RoleRead(person.name, "captain", person.start))
    return out


def _team_before(teams: list[Mention], at: int, text: str, near: int | None = 3) -> str | None:
    """The team just before a role word ("Atalanta's head coach"), or the sentence's first team
    when `near` is None ("France, managed by ...")."""
    candidates = [t for t in teams if t.end <= at]
    if not candidates:
        return None
    if near is None:
        return candidates[0].name
    last = candidates[-1]
    gap = text[last.end : at]
    # "Atalanta's head coach", "Atalanta head coach", "Atalanta players and head coach".
    if re.fullmatch(r"(?:['’]s)?\s+(?:[A-Za-z]+\s+|(?:players|squad|staff) and\s+)?", gap):
        return last.name
    return None


def _team_in(teams: list[Mention], start: int, end: int) -> str | None:
    for team in teams:
        if start <= team.start < end:
            return team.name
    return None


def _scope_team(text: str, teams: list[Mention]) -> str | None:
    """ "For Atalanta, ... manager X ...": the team a sentence opens on, when it names no other."""
    names = {t.name for t in teams}
    opening = re.match(r"\s*For\s+(?:the\s+)?", text)
    if len(names) != 1 or not opening:
        return None
    first = teams[0]
    if first.start == opening.end() and text[first.end : first.end + 1] == ",":
        return first.name
    return None
