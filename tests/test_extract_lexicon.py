"""The extractor's word lists: clubs, nations, competitions and grounds it knows by name."""

from __future__ import annotations

import re
from collections import defaultdict

from quiz.extract import lexicon
from quiz.extract.drafts import MatchDraft
from quiz.extract.lexicon import fold
from quiz.extract.names import TeamIndex
from quiz.extract.pipeline import extract_text

PAD = " The match report goes on about the game, the goal and the fans in the stadium."


def only_match(text: str) -> MatchDraft:
    matches = [m for m in extract_text(text + PAD, "t.txt").matches if m.score is not None]
    assert len(matches) == 1, matches
    return matches[0]


# -- clubs the lists did not know before ---------------------------------------------------------


def test_a_newly_listed_club_and_its_short_name_are_recognised() -> None:
    match = only_match("Wigan beat Manchester City 1-0 in the FA Cup final at Wembley Stadium.")
    assert set(match.teams) == {"Wigan Athletic", "Manchester City"}
    assert match.score is not None and match.competition == "FA Cup"


def test_accented_spellings_are_aliases_of_the_plain_name() -> None:
    match = only_match("Malmö FF beat IFK Göteborg 3-1 in the Allsvenskan on Sunday.")
    assert set(match.teams) == {"Malmo", "IFK Goteborg"}
    assert match.competition == "Allsvenskan"


def test_a_new_ground_gives_the_home_side_and_the_city() -> None:
    match = only_match("Wolves beat Blackburn 3-2 at Ewood Park on Saturday.")
    assert (match.teams[0], match.teams[1]) == ("Blackburn Rovers", "Wolverhampton Wanderers")
    assert match.venue == "Ewood Park" and match.city == "Blackburn"


# -- words that are clubs only beside the club's full name ---------------------------------------


def test_a_weekday_is_not_sheffield_wednesday() -> None:
    text = "Arsenal beat Chelsea 2-0 on Wednesday night at the Emirates Stadium."
    assert TeamIndex(text).present == {"Arsenal", "Chelsea"}
    assert set(only_match(text).teams) == {"Arsenal", "Chelsea"}


def test_the_guarded_short_name_counts_beside_the_full_name() -> None:
    text = "Sheffield Wednesday beat Hull 2-1. Wednesday were the better side."
    assert TeamIndex(text).present == {"Sheffield Wednesday", "Hull City"}


def test_a_derby_a_palace_and_a_host_city_are_no_clubs() -> None:
    text = (
        "The Merseyside Derby ended Liverpool 2-0 Everton. Buckingham Palace sent a message. "
        "The final at Cardiff's Millennium Stadium and the game at the Frankfurt Arena were sold out."
    )
    assert TeamIndex(text).present == {"Liverpool", "Everton"}


def test_surnames_of_famous_players_are_not_clubs() -> None:
    text = (
        "England beat Scotland 2-0. Bobby Charlton watched with Georgia Stanway. Charlton smiled."
    )
    assert TeamIndex(text).present == {"England", "Scotland"}


def test_lower_case_words_are_never_clubs() -> None:
    assert TeamIndex("reading the game, a bury of the ball, nice work").present == set()


# -- national teams ------------------------------------------------------------------------------


def test_national_teams_stay_national_and_clubs_do_not() -> None:
    for nation in ("England", "Brazil", "Iceland", "Wales", "Ivory Coast", "United States"):
        assert nation in lexicon.NATIONAL_TEAMS
    for club in ("Wigan Athletic", "Malmo", "Boca Juniors", "LA Galaxy", "Al Ahly", "Chivas"):
        assert club in lexicon.TEAMS and club not in lexicon.NATIONAL_TEAMS


def test_a_national_match_stays_between_national_teams() -> None:
    match = only_match("Iceland beat England 2-1 in the Euro 2016 last 16 in Nice.")
    assert set(match.teams) == {"Iceland", "England"}
    assert match.competition == "European Championship" and match.city == "Nice"


# -- competitions --------------------------------------------------------------------------------


def test_the_longer_competition_name_wins() -> None:
    cases = {
        "Barcelona beat Lyon 3-1 in the Women's Champions League final.": (
            "UEFA Women's Champions League"
        ),
        "Nottingham Forest beat Huddersfield 1-0 in the Championship play-off final.": (
            "Championship play-offs"
        ),
        "Celtic beat Rangers 2-1 in the Scottish League Cup final.": "Scottish League Cup",
        "England beat Germany 2-1 in the Euro 2022 final.": "UEFA Women's Championship",
    }
    for text, competition in cases.items():
        assert only_match(text).competition == competition, text


# -- the lists themselves ------------------------------------------------------------------------


def test_every_spelling_belongs_to_one_team_and_one_competition() -> None:
    for table in (lexicon.TEAMS, lexicon.COMPETITIONS):
        owners: dict[str, set[str]] = defaultdict(set)
        for name, spellings in table.items():
            for spelling in (name, *spellings):
                owners[fold(spelling)].add(name)
        assert not {s: o for s, o in owners.items() if len(o) > 1}


def test_guarded_aliases_belong_to_teams_that_can_be_found() -> None:
    spellings = {s for name, aliases in lexicon.TEAMS.items() for s in (name, *aliases)}
    assert not lexicon.GUARDED_ALIASES - spellings
    for name, aliases in lexicon.TEAMS.items():
        assert any(s not in lexicon.GUARDED_ALIASES for s in (name, *aliases)), name


def test_grounds_and_cities_name_listed_clubs() -> None:
    clubs = set(lexicon.TEAMS) - lexicon.NATIONAL_TEAMS
    for ground, owners in lexicon.HOME_GROUNDS.items():
        assert owners and set(owners) <= clubs, ground
    assert set(lexicon.CLUB_CITIES) <= clubs
    assert not lexicon.LEAGUES - set(lexicon.COMPETITIONS)
    # every club ground with a city is a stadium of that city
    for ground, (city, _) in lexicon.GROUNDS.items():
        if city:
            assert lexicon.STADIUMS[ground] == city


def test_the_trie_alternation_matches_like_the_longest_first_one() -> None:
    names = [s for name, aliases in lexicon.TEAMS.items() for s in (name, *aliases)]
    names += [*lexicon.STADIUMS, "Man", "Man City", "Manchester", "Manchester City", "St. Pauli"]
    text = (
        "Man City beat Manchester United at Old Trafford; Manchester Cityscape, Man Citys, "
        "Real Madrid-Barcelona, St. Pauli and St Pauli, Malmö FF, Inter Miami CF v Inter. "
        + " ".join(n[: len(n) // 2 + 1] for n in names)
    )

    def found(alternation: str) -> list[tuple[int, str]]:
        pattern = rf"(?<![\w-])(?:{alternation})(?![\w-])"
        return [(m.start(), m.group()) for m in re.finditer(pattern, text)]

    plain = found("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    assert len(plain) > 100
    assert found(lexicon.alternation(names)) == plain
