"""Is a wrong answer plausible where it is shown? A distractor that a player can rule out
without knowing the facts (Paris Saint-Germain in a Premier League title race, the Europa League
in 1988, the FA Cup as a European competition) gives the key away.

What is known about a name comes from the facts first (a club's league and country; a
competition where clubs of two countries met is European) and, for competitions the facts only
name, from the small table below of well-known categories, countries and the years they ran.
Shared by the generator (to pick distractors) and the linter (to catch implausible ones).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from quiz.generate.text import bare, contains_phrase

LEAGUE, CUP, EUROPEAN = "league", "domestic cup", "European competition"

# name -> (category, country, first year, last year or None). Years: when the competition ran
# under this name (the Champions League was the European Cup until 1992).
_KNOWN: dict[str, tuple[str, str | None, int, int | None]] = {
    "uefa champions league": (EUROPEAN, None, 1992, None),
    "champions league": (EUROPEAN, None, 1992, None),
    "uefa europa league": (EUROPEAN, None, 2009, None),
    "europa league": (EUROPEAN, None, 2009, None),
    "cup winners cup": (EUROPEAN, None, 1960, 1999),
    "uefa cup": (EUROPEAN, None, 1971, 2009),
    "fa cup": (CUP, "England", 1871, None),
    "league cup": (CUP, "England", 1960, None),
    "italian cup": (CUP, "Italy", 1922, None),
    "coppa italia": (CUP, "Italy", 1922, None),
    "premier league": (LEAGUE, "England", 1992, None),
    "serie a": (LEAGUE, "Italy", 1929, None),
    "serie b": (LEAGUE, "Italy", 1929, None),
}
# Adjectives a prompt may use to say which country's clubs it means ("which Italian club").
DEMONYMS = {
    "Italian": "Italy",
    "English": "England",
    "French": "France",
    "Portuguese": "Portugal",
    "Belgian": "Belgium",
    "Spanish": "Spain",
    "German": "Germany",
    "Dutch": "Netherlands",
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass
class Plausibility:
    categories: dict[str, str] = field(default_factory=dict)  # bare name -> category
    countries: dict[str, str] = field(default_factory=dict)  # bare league/cup -> country
    years: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    club_league: dict[str, str] = field(default_factory=dict)  # bare club name -> league
    club_country: dict[str, str] = field(default_factory=dict)  # bare club name -> country
    leagues: list[str] = field(default_factory=list)  # league names, to spot them in prompts
    person_club: dict[str, str] = field(default_factory=dict)  # bare person name -> club name
    club_names: list[str] = field(default_factory=list)

    @classmethod
    def from_facts(cls, facts: Iterable[Any]) -> Plausibility:
        p = cls()
        for name, (category, country, first, last) in _KNOWN.items():
            p.categories[name] = category
            if country:
                p.countries[name] = country
            p.years[name] = (first, last)
        facts = list(facts)
        clubs = {f.id: f for f in facts if f.kind == "club"}
        for club in clubs.values():
            names = [bare(n) for n in (club.name, *club.aliases)]
            for n in names:
                if club.league:
                    p.club_league[n] = club.league
                if club.country:
                    p.club_country[n] = club.country
            if club.league:
                p.categories[bare(club.league)] = LEAGUE
                if club.country:
                    p.countries[bare(club.league)] = club.country
        p.club_names = sorted(c.name for c in clubs.values())
        for fact in facts:
            if fact.kind == "person" and fact.club in clubs:
                p.person_club[bare(fact.name)] = clubs[fact.club].name
            if fact.kind == "context" and fact.answer_kind == "league":
                p.categories[bare(fact.answer)] = LEAGUE
            if fact.kind == "match" and fact.home in clubs and fact.away in clubs:
                home, away = clubs[fact.home].country, clubs[fact.away].country
                if home and away and home != away:
                    p.categories.setdefault(bare(fact.competition), EUROPEAN)
        p.leagues = sorted(n for n, c in p.categories.items() if c == LEAGUE)
        return p

    def fits(self, candidate: str, key: str, context: str, pool: str = "") -> bool:
        """May `candidate` (from distractor pool `pool`) stand in for `key` in a question or
        statement worded `context`?"""
        c, k = bare(candidate), bare(key)
        cat_c, cat_k = self.categories.get(c), self.categories.get(k)
        if cat_c and cat_k:
            if cat_c != cat_k:
                return False
            country_c, country_k = self.countries.get(c), self.countries.get(k)
            if country_c and country_k and country_c != country_k:
                return False
        if cat_c and not self._ran_in(c, context):
            return False
        if pool in ("player", "staff", "person"):
            return self._person_fits(c, k if pool != "person" else "", context)
        return pool != "club" or self._club_fits(c, context)

    def _person_fits(self, person: str, key: str, context: str) -> bool:
        """ "Which Liverpool player ...?" wants a Liverpool player; and when the wording names
        the key's own club ("Liverpool's chance fell to ..."), so does the stand-in. (Not for
        who-said questions, pool "person": anyone may speak about either club.)"""
        for club in self.club_names:
            named = any(contains_phrase(context, f"{club} {w}") for w in ("player", "manager"))
            if named and self.person_club.get(person) != club:
                return False
        own = self.person_club.get(key)
        return not (own and contains_phrase(context, own) and self.person_club.get(person) != own)

    def _ran_in(self, name: str, context: str) -> bool:
        span = self.years.get(name)
        if span is None:
            return True
        first, last = span
        return all(
            first <= int(y) and (last is None or int(y) <= last) for y in _YEAR.findall(context)
        )

    def _club_fits(self, club: str, context: str) -> bool:
        """A club named in a league's context must play in it; "which Italian club" wants an
        Italian one. Unknown league or country counts as not fitting."""
        for league in self.leagues:
            if contains_phrase(context, league) and bare(self.club_league.get(club, "")) != league:
                return False
        for adjective, country in DEMONYMS.items():
            if re.search(rf"\b{adjective}\b", context) and self.club_country.get(club) != country:
                return False
        return True
