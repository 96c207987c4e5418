"""Home and away from the report's own evidence: grounds, cities, the other leg, wording."""

from __future__ import annotations

from pathlib import Path

from quiz.extract.drafts import MatchDraft
from quiz.extract.fromtext import extract_files
from quiz.extract.pipeline import extract_text
from quiz.extract.tofacts import facts_for_generation

PAD = " The match report goes on about the game, the goal and the fans in the stadium."


def only_match(text: str) -> MatchDraft:
    matches = [m for m in extract_text(text + PAD, "t.txt").matches if m.score is not None]
    assert len(matches) == 1, matches
    return matches[0]


def home_away(match: MatchDraft) -> tuple[tuple[str, int], tuple[str, int]]:
    assert match.score is not None
    return (match.teams[0], match.score[0]), (match.teams[1], match.score[1])


def test_a_clubs_own_ground_makes_it_the_home_side() -> None:
    match = only_match("Liverpool beat Atalanta 1-0 at the Gewiss Stadium on Thursday.")
    assert match.ordered and not match.review
    assert home_away(match) == (("Atalanta", 0), ("Liverpool", 1))
    assert match.home_why == "played at Gewiss Stadium, Atalanta's ground"


def test_a_clubs_city_makes_it_the_home_side() -> None:
    match = only_match("Liverpool thrashed Atalanta 5-0 in Bergamo in the Champions League.")
    assert home_away(match) == (("Atalanta", 0), ("Liverpool", 5))


def test_away_at_and_trip_wording() -> None:
    match = only_match("Chelsea won 2-1 away at Arsenal in the Premier League.")
    assert home_away(match) == (("Arsenal", 1), ("Chelsea", 2))
    match = only_match("Manchester United won 1-0 at Sunderland on the final day.")
    assert home_away(match) == (("Sunderland", 0), ("Manchester United", 1))
    match = only_match("Everton's trip to Chelsea ended in a 3-0 defeat for Everton.")
    assert match.ordered and match.teams[0] == "Chelsea"


def test_the_other_legs_venue_gives_this_legs_home_side() -> None:
    match = only_match(
        "Barcelona beat Liverpool 3-1 in the second leg of the Champions League semi-final, "
        "a week after the first leg at Anfield."
    )
    assert match.leg == 2
    assert home_away(match) == (("Barcelona", 3), ("Liverpool", 1))


def test_a_final_at_a_clubs_ground_stays_open() -> None:
    match = only_match("Chelsea beat Bayern Munich 2-1 in the Champions League final at Anfield.")
    assert not match.ordered and match.home_why is None


def test_national_sides_are_never_placed_by_city_or_the_word_hosts() -> None:
    match = only_match("France, the hosts, were beaten 1-0 by Portugal in the final in Paris.")
    assert not match.ordered


def test_evidence_against_a_home_first_score_marks_review() -> None:
    match = only_match("Arsenal 1-2 Chelsea at Stamford Bridge in the Premier League.")
    assert match.teams == ("Arsenal", "Chelsea") and match.review
    assert any("home first" in note for note in match.notes)


def test_disagreeing_evidence_decides_nothing() -> None:
    match = only_match("Chelsea won 2-0 away at Arsenal at Stamford Bridge.")
    assert match.review and not match.ordered


def test_a_stated_fixture_confirms_an_opponent_from_the_sentence_before() -> None:
    match = only_match(
        "The Champions League match between Liverpool and Atalanta at Anfield. Atalanta won 2-0."
    )
    assert not match.review and home_away(match) == (("Liverpool", 0), ("Atalanta", 2))
    # Without the fixture the opponent is still a guess.
    match = only_match("Liverpool were in Champions League action at Anfield. Atalanta won 2-0.")
    assert match.review


def test_home_side_reaches_the_facts_and_generation(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "The Champions League Group D match between Liverpool and Atalanta at Anfield was "
        "played on 25 November 2020. Atalanta won 2-0, and the football was superb." + PAD,
        encoding="utf-8",
    )
    entries = extract_files([report]).entries
    match = next(e.fact for e in entries if e.fact["kind"] == "match")
    assert (match["home"], match["away"], match["home_goals"], match["away_goals"]) == (
        "liverpool",
        "atalanta",
        0,
        2,
    )
    assert "review" not in match and "home: played at Anfield" in match["note"]
    assert match["id"] in {f.id for f in facts_for_generation(entries)}


def test_a_first_leg_score_stays_apart_from_the_ties_aggregate() -> None:
    d = extract_text(
        "Atalanta knocked out Liverpool with a 3-1 aggregate victory in the quarter-finals. "
        "Atalanta beat Liverpool 3-0 in the first leg at Anfield." + PAD,
        "t.txt",
    )
    first = next(m for m in d.matches if m.score is not None)
    assert first.leg == 1 and first.aggregate is None and not first.review
    assert home_away(first) == (("Liverpool", 0), ("Atalanta", 3))


def test_the_filing_date_gives_the_year_of_last_weeks_match() -> None:
    text = "date 2024-04-19 Atalanta beat Liverpool 3-0 in the Europa League last week."
    assert only_match(text).year == 2024
    # Early January: last week may have been last year.
    assert only_match(text.replace("2024-04-19", "2024-01-05")).year is None
    # Without a word placing the match near the filing date, nothing is taken from it.
    assert (
        only_match("date 2024-04-19 Atalanta beat Liverpool 3-0 in the Europa League.").year is None
    )
