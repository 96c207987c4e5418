"""Which team a person plays for, from what the report says of them.

A result's winner is sometimes a person ("Villa and Iniesta saw off Chile 2-1", "he struck
again to beat Paraguay 1-0"); the side is then the person's, when the report has said it:

- "Spain's David Villa", "Spain striker David Villa", "Germany's veteran midfielder Toni Kroos";
- "David Villa (Spain)", "Toni Kroos, the Germany midfielder";
- "Villa scored for Spain", "Villa's goal for Spain", "Villa put Spain ahead".
"""

from __future__ import annotations

import re

from quiz.extract.names import Mention

_POSITIONS = (
    r"(?:striker|forward|centre-forward|center-forward|winger|midfielder|playmaker|defender|"
    r"centre-back|center-back|full-back|fullback|left-back|right-back|goalkeeper|keeper|"
    r"captain|skipper|substitute|international|star|teenager|veteran|forward line|No\s?\d+)"
)
_ADJECTIVES = r"(?:[a-z][\w-]*\s+){0,2}"
# "Spain's David Villa", "Spain's veteran striker David Villa", "Spain striker David Villa".
_TEAM_THEN_PERSON = re.compile(
    rf"(?:['’]s\s+(?:{_ADJECTIVES}{_POSITIONS}\s+)?|\s+{_ADJECTIVES}{_POSITIONS}\s+)"
)
# "David Villa (Spain)", "Kroos, the Germany midfielder".
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}$")
_POSITION_AFTER = re.compile(rf"^\s+{_ADJECTIVES}{_POSITIONS}\b")
# "Villa scored for Spain", "Villa's goal for Spain", "Villa put Spain ahead".
_FOR_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:goal|goals|winner|equaliser|equalizer|header|strike|"
    r"penalty|double|brace|hat-trick)|\s+(?:scored|scores|netted|nets|struck|strikes|"
    r"equalised|equalized|played|plays|starred|stars|was capped|won \d+ caps)"
    r"(?:\s+(?:twice|again|once|late|early))?)\s+for\s+(?:the\s+)?$"
)
_AHEAD_AFTER = re.compile(r"^\s+(?:put|puts|gave|gives|fired|headed|shot)\s+(?:the\s+)?$")
_AHEAD_TAIL = re.compile(r"^\s+(?:ahead|in front|the lead|into the lead)\b")


def read_sides(text: str, people: list[Mention], teams: list[Mention]) -> dict[str, str]:
    """Person -> team for the people of one sentence whose side it states."""
    found: dict[str, str] = {}
    for person in people:
        for team in teams:
            if team.end <= person.start:
                said = _TEAM_THEN_PERSON.fullmatch(text, team.end, person.start)
            else:
                gap = text[person.end : team.start]
                said = (
                    # "Pele (Brazil)", not "Russo (Australia 1-3 England)"
                    (re.fullmatch(r"\s*\(\s*", gap) and re.match(r"\s*\)", text[team.end :]))
                    or (_APPOSITION.fullmatch(gap) and _POSITION_AFTER.match(text[team.end :]))
                    or _FOR_AFTER.match(gap)
                    or (_AHEAD_AFTER.match(gap) and _AHEAD_TAIL.match(text[team.end :]))
                )
            if said:
                found.setdefault(person.name, team.name)
    return found
