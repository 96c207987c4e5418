"""Whole rounds through the engine, in every mode, with a fake clock (never sleeps)."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.engine.round import Round, RoundSettings
from quiz.engine.scoring import BASE_POINTS, DIFFICULTY_MULTIPLIER, speed_points
from quiz.packs.models import Pack


class FakeClock:
    def __init__(self, start: float = 100.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeUtc:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 20, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


QUESTIONS: list[dict[str, Any]] = [
    {"id": "mc", "type": "multiple_choice", "prompt": "Who scored?", "difficulty": "easy",
     "options": ["Diogo Jota", "Mohamed Salah", "Sadio Mane"], "answer": "Diogo Jota",
     "tags": ["players"]},
    {"id": "tf", "type": "true_false", "prompt": "Atalanta won at Anfield.", "answer": True,
     "difficulty": "medium"},
    {"id": "typed", "type": "typed", "prompt": "Atalanta's Slovenian forward?",
     "answer": "Josip Iličić", "aliases": ["Ilicic"], "difficulty": "hard"},
    {"id": "num", "type": "number", "prompt": "Anfield attendance?", "answer": 0,
     "unit": "fans", "difficulty": "medium"},
    {"id": "order", "type": "order", "prompt": "Order the results.", "difficulty": "easy",
     "items": ["5-0 in Bergamo", "2-0 at Anfield", "3-0 at Anfield", "1-0 in Bergamo"]},
    {"id": "score", "type": "typed", "prompt": "Score at Anfield in 2024?", "answer": "0-3",
     "difficulty": "easy"},
]  # fmt: skip

RIGHT: dict[str, Any] = {
    "mc": "Diogo Jota",
    "tf": True,
    "typed": "Ilicic",
    "num": "0 fans",
    "order": ["5-0 in Bergamo", "2-0 at Anfield", "3-0 at Anfield", "1-0 in Bergamo"],
    "score": "0:3",
}
WRONG: dict[str, Any] = {
    "mc": 1,
    "tf": False,
    "typed": "Zapata",
    "num": "4000",
    "order": ["2-0 at Anfield", "5-0 in Bergamo", "3-0 at Anfield", "1-0 in Bergamo"],
    "score": "3-0",
}


def make_pack(questions: list[dict[str, Any]] | None = None, seconds: int = 20) -> Pack:
    return Pack.model_validate(
        {"id": "test-pack", "title": "Test", "seconds": seconds,
         "questions": questions or QUESTIONS}
    )  # fmt: skip


def make_round(
    mode: str = "timed", questions: int = 10, seed: int | None = 1, **kwargs: Any
) -> tuple[Round, FakeClock]:
    clock = FakeClock()
    pack = kwargs.pop("pack", None) or make_pack()
    settings = RoundSettings(questions=questions, mode=mode, seed=seed, **kwargs)  # type: ignore[arg-type]
    return Round(pack, settings, clock=clock, digest="abc", now_utc=FakeUtc()), clock


@pytest.mark.parametrize("mode", ["timed", "relaxed", "sudden-death"])
def test_a_whole_round_of_right_answers_in_every_mode(mode: str) -> None:
    game, clock = make_round(mode)
    assert game.state == "ready"
    expected = 0
    while game.has_next():
        shown = game.ask()
        assert game.state == "asking"
        assert (shown.limit is None) == (mode == "relaxed")
        clock.advance(5)
        outcome = game.answer(RIGHT[shown.question.id])
        assert outcome.correct and not outcome.timed_out and outcome.credit == 1.0
        base = BASE_POINTS if mode == "relaxed" else speed_points(5, 20)
        multiplier = DIFFICULTY_MULTIPLIER[shown.question.difficulty]
        expected += math.floor(base * multiplier + 0.5) + min(100 * shown.index, 500)
        assert game.state == "feedback"
    game.finish()
    assert game.state == "finished"
    assert len(game.outcomes) == 6 and game.correct_count == 6
    assert game.best_streak == game.streak == 6
    assert game.score == expected
    assert game.duration == 30 and game.average_seconds == 5


@pytest.mark.parametrize("mode", ["timed", "relaxed"])
def test_wrong_answers_of_every_type_score_nothing_and_reset_the_streak(mode: str) -> None:
    game, clock = make_round(mode)
    while game.has_next():
        shown = game.ask()
        clock.advance(1)
        outcome = game.answer(WRONG[shown.question.id])
        assert not outcome.correct and outcome.points == 0 and outcome.streak == 0
    assert game.score == 0 and game.correct_count == 0 and game.best_streak == 0


def test_sudden_death_ends_on_the_first_wrong_answer() -> None:
    game, _ = make_round("sudden-death")
    first = game.ask()
    game.answer(RIGHT[first.question.id])
    second = game.ask()
    outcome = game.answer(WRONG[second.question.id])
    assert not outcome.correct
    assert not game.has_next()
    with pytest.raises(RuntimeError):
        game.ask()
    game.finish()
    record = game.record("Ana", "Test")
    assert record.total == 2 and record.correct == 1 and record.mode == "sudden-death"


def test_sudden_death_ends_on_a_time_out_too() -> None:
    game, clock = make_round("sudden-death")
    game.ask()
    clock.advance(25)
    assert game.expired()
    assert game.time_out().timed_out
    assert not game.has_next()


def test_a_late_answer_scores_nothing_even_when_right() -> None:
    game, clock = make_round("timed")
    shown = game.ask()
    clock.advance(20)  # the screen was busy and never called time_out()
    outcome = game.answer(RIGHT[shown.question.id])
    assert outcome.timed_out and not outcome.correct
    assert outcome.points == 0 and outcome.given == "" and outcome.seconds == 20
    assert game.score == 0


def test_an_answer_just_before_the_deadline_still_counts() -> None:
    game, clock = make_round("timed")
    shown = game.ask()
    clock.advance(19.99)
    assert not game.expired()
    outcome = game.answer(RIGHT[shown.question.id])
    assert outcome.correct and outcome.points > 0


def test_relaxed_mode_has_no_timer_and_flat_points() -> None:
    game, clock = make_round("relaxed")
    shown = game.ask()
    assert game.time_left() is None
    clock.advance(10_000)
    assert not game.expired()
    outcome = game.answer(RIGHT[shown.question.id])
    multiplier = DIFFICULTY_MULTIPLIER[shown.question.difficulty]
    assert outcome.points == round(BASE_POINTS * multiplier)


def test_time_left_counts_down_then_freezes_when_answered() -> None:
    game, clock = make_round("timed")
    assert game.time_left() is None  # nothing shown yet
    shown = game.ask()
    assert game.time_left() == 20
    clock.advance(7.5)
    assert game.time_left() == 12.5
    game.answer(RIGHT[shown.question.id])
    clock.advance(100)
    assert game.time_left() == 12.5
    game.ask()
    clock.advance(30)
    assert game.time_left() == 0.0


def test_seconds_setting_overrides_the_pack_and_questions_can_override_the_pack() -> None:
    questions = [dict(QUESTIONS[0], seconds=45), QUESTIONS[1]]
    game, _ = make_round(pack=make_pack(questions, seconds=15), seed=3)
    limits = {}
    while game.has_next():
        shown = game.ask()
        limits[shown.question.id] = shown.limit
        game.time_out()
    assert limits == {"mc": 45, "tf": 15}
    game, _ = make_round(pack=make_pack(questions, seconds=15), seconds=8)
    assert game.ask().limit == 8


def test_same_seed_same_questions_no_repeats() -> None:
    one, _ = make_round(seed=42, questions=4)
    two, _ = make_round(seed=42, questions=4)
    ids = [q.id for q in one.questions]
    assert ids == [q.id for q in two.questions]
    assert len(ids) == len(set(ids)) == 4
    orders = {tuple(q.id for q in make_round(seed=s)[0].questions) for s in range(20)}
    assert len(orders) > 1  # the seed really shuffles


def test_difficulty_filter() -> None:
    game, _ = make_round(difficulty="easy")
    assert {q.difficulty for q in game.questions} == {"easy"}
    assert len(game.questions) == 3
    with pytest.raises(ValueError, match="no hard questions"):
        make_round(pack=make_pack(QUESTIONS[:2]), difficulty="hard")


@pytest.mark.parametrize(
    "settings",
    [{"mode": "blitz"}, {"difficulty": "legendary"}, {"questions": 0}, {"seconds": 0}],
)
def test_bad_settings_get_a_clear_error(settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        make_round(**settings)


@pytest.mark.parametrize("seed", range(30))
def test_order_items_are_shown_shuffled_never_already_in_order(seed: int) -> None:
    game, _ = make_round(seed=seed, pack=make_pack([QUESTIONS[4]]))
    shown = game.ask()
    items = shown.question.items
    assert sorted(shown.choices) == sorted(items)
    assert shown.choices != items
    assert make_round(seed=seed, pack=make_pack([QUESTIONS[4]]))[0].ask().choices == shown.choices


def test_choices_shown_for_each_type() -> None:
    game, _ = make_round()
    seen = {}
    while game.has_next():
        shown = game.ask()
        seen[shown.question.id] = shown.choices
        game.time_out()
    assert seen["mc"] == ("Diogo Jota", "Mohamed Salah", "Sadio Mane")
    assert seen["tf"] == ("True", "False")
    assert seen["typed"] == seen["num"] == seen["score"] == ()


def test_multiple_choice_by_index_or_text() -> None:
    pack = make_pack([QUESTIONS[0]])
    game, _ = make_round(pack=pack)
    game.ask()
    assert game.answer(0).correct
    game, _ = make_round(pack=pack)
    game.ask()
    outcome = game.answer("diogo jota")
    assert outcome.correct and outcome.given == "Diogo Jota"
    game, _ = make_round(pack=pack)
    game.ask()
    with pytest.raises(ValueError, match="from 1 to 3"):
        game.answer(3)
    assert game.state == "asking"  # a bad index does not use up the question


def test_number_partial_credit_and_display() -> None:
    question = {"id": "n", "type": "number", "prompt": "Year founded?", "answer": 1907,
                "difficulty": "easy"}  # fmt: skip
    game, _ = make_round("relaxed", pack=make_pack([question]))
    game.ask()
    outcome = game.answer("1906")
    assert not outcome.correct and outcome.credit == pytest.approx(1 / 3)
    assert outcome.points == round(BASE_POINTS / 3) and outcome.streak == 0
    assert outcome.correct_answer == "1907"


def test_number_answers_in_words_and_with_the_unit() -> None:
    question = {"id": "n", "type": "number", "prompt": "Goals?", "answer": 5, "unit": "goals",
                "tolerance": 0}  # fmt: skip
    for typed in ("5", "five", "5 goals", "5 Goals", 5):
        game, _ = make_round(pack=make_pack([question]))
        game.ask()
        outcome = game.answer(typed)
        assert outcome.correct, typed
        assert outcome.correct_answer == "5 goals"


@pytest.mark.parametrize("seed", range(6))
def test_no_points_question_scores_nothing_and_keeps_the_streak(seed: int) -> None:
    free = dict(QUESTIONS[1], points=0)
    game, _ = make_round(pack=make_pack([QUESTIONS[0], free, QUESTIONS[5]]), seed=seed)
    streak = 0
    while game.has_next():
        shown = game.ask()
        outcome = game.answer(RIGHT[shown.question.id])
        assert outcome.correct
        if shown.question.id == "tf":
            assert outcome.points == 0 and outcome.streak == streak
        else:
            streak += 1
            assert outcome.points > 0 and outcome.streak == streak
    assert game.best_streak == 2


def test_state_machine_refuses_out_of_turn_calls() -> None:
    game, _ = make_round()
    with pytest.raises(RuntimeError):
        game.answer("x")
    with pytest.raises(RuntimeError):
        game.time_out()
    game.ask()
    with pytest.raises(RuntimeError):
        game.ask()
    with pytest.raises(RuntimeError, match="finish the round"):
        game.record("Ana", "Test")


def test_record_of_an_abandoned_round() -> None:
    game, clock = make_round(questions=4)
    shown = game.ask()
    clock.advance(3)
    game.answer(RIGHT[shown.question.id])
    game.ask()  # abandoned while this one is on screen: it is not recorded
    clock.advance(2)
    game.finish(abandoned=True)
    record = game.record("Ana", "Test pack")
    assert record.abandoned and record.total == 1 and record.questions == 4
    assert record.player == "Ana" and record.pack_id == "test-pack"
    assert record.pack_title == "Test pack" and record.pack_digest == "abc"
    assert record.duration == 5
    assert record.started_at < record.finished_at
    assert record.started_at.tzinfo is UTC
    [answer] = record.answers
    assert answer.question_id == shown.question.id and answer.seconds == 3
    assert answer.correct and answer.points == record.score > 0
    assert record.difficulty_by_question == {shown.question.id: shown.question.difficulty}
    assert set(record.tags_by_question) == {shown.question.id}


def test_record_settings_fields() -> None:
    game, _ = make_round("relaxed", questions=3, difficulty="easy", seconds=10)
    while game.has_next():
        game.ask()
        game.time_out()
    game.finish()
    record = game.record("Ana", "Test")
    assert (record.mode, record.questions, record.seconds, record.difficulty) == (
        "relaxed", 3, None, "easy",
    )  # fmt: skip
    assert record.total == 3 and record.score == 0
    assert all(a.given == "" and not a.correct for a in record.answers)
    assert record.tags_by_question["mc"] == ("players",)


def test_typed_answers_are_checked_against_the_other_names_in_the_pack() -> None:
    questions = [
        {"id": "q1", "type": "typed", "prompt": "Who?", "answer": "Sadio Mane"},
        {"id": "q2", "type": "multiple_choice", "prompt": "Who?", "answer": "Carlos Mane",
         "options": ["Carlos Mane", "Mohamed Salah"], "difficulty": "hard"},
    ]  # fmt: skip
    game, _ = make_round(pack=make_pack(questions), difficulty="medium")
    game.ask()
    assert not game.answer("Mane").correct  # two Manes in the pack: ambiguous
    assert "Carlos Mane" in game.known_names()


def test_a_played_round_is_saved_and_ranked_by_the_score_store() -> None:
    from quiz.scores.store import ScoreStore

    game, clock = make_round("timed")
    while game.has_next():
        shown = game.ask()
        clock.advance(4)
        given = RIGHT if shown.index % 2 == 0 else WRONG
        game.answer(given[shown.question.id])
    game.finish()
    record = game.record("Ana", "Test pack")
    with ScoreStore.open() as store:
        assert store.save_round(record) is not None, store.notice
        [best] = store.high_scores("test-pack", mode="timed")
        assert (best.player, best.score, best.correct, best.total) == ("Ana", game.score, 3, 6)
        by_difficulty = {a.key: a for a in store.accuracy_by_difficulty()}
        assert sum(a.asked for a in by_difficulty.values()) == 6


def test_sudden_death_ends_on_a_partly_right_number() -> None:
    question = {"id": "n", "type": "number", "prompt": "Year?", "answer": 1907}
    game, _ = make_round("sudden-death", pack=make_pack([question, QUESTIONS[0]]))
    while game.shown is None or game.shown.question.id != "n":
        shown = game.ask()
        if shown.question.id != "n":
            game.answer(RIGHT[shown.question.id])
    outcome = game.answer("1906")
    assert 0 < outcome.credit < 1 and outcome.points > 0 and not outcome.correct
    assert not game.has_next()


def test_the_clock_stops_when_a_round_is_abandoned_mid_question() -> None:
    game, clock = make_round()
    game.ask()
    clock.advance(6)
    game.finish(abandoned=True)
    clock.advance(60)
    assert game.time_left() == 14
    assert game.duration == 6
    assert not game.has_next() and not game.expired()


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    mode=st.sampled_from(["timed", "relaxed", "sudden-death"]),
    seed=st.integers(0, 1000),
    moves=st.lists(st.tuples(st.floats(0, 40), st.booleans()), min_size=6, max_size=6),
)
def test_any_round_keeps_its_books_straight(
    mode: str, seed: int, moves: list[tuple[float, bool]]
) -> None:
    game, clock = make_round(mode, seed=seed)
    for delay, right in moves:
        if not game.has_next():
            break
        shown = game.ask()
        clock.advance(delay)
        outcome = game.answer((RIGHT if right else WRONG)[shown.question.id])
        late = shown.limit is not None and delay >= shown.limit
        assert outcome.timed_out == late
        if late or not right:
            assert outcome.points == 0 and not outcome.correct and outcome.streak == 0
        else:
            assert outcome.correct and outcome.points > 0
    game.finish()
    record = game.record("Ana", "Test")
    assert record.score == game.score == sum(o.points for o in game.outcomes)
    assert record.correct == sum(o.correct for o in game.outcomes)
    assert record.best_streak >= game.streak
    if mode == "sudden-death":
        assert all(o.correct for o in game.outcomes[:-1])


def _varied_pack() -> Pack:
    """Six questions on fact f1 with the answer 'Gasperini', and four on other facts."""
    same = [
        {
            "id": f"same{i}",
            "type": "typed",
            "prompt": f"Who said quote {i}?",
            "answer": "Gasperini",
            "facts": ["f1"],
        }
        for i in range(6)
    ]
    other = [
        {
            "id": f"other{i}",
            "type": "typed",
            "prompt": f"Who scored goal {i}?",
            "answer": f"Player {i}",
            "facts": [f"g{i}"],
        }
        for i in range(4)
    ]
    return Pack.model_validate({"id": "varied", "title": "Varied", "questions": same + other})


@pytest.mark.parametrize("seed", range(20))
def test_a_round_asks_each_fact_once_when_the_pack_allows(seed: int) -> None:
    from quiz.engine.round import pick_questions

    picked = pick_questions(
        _varied_pack(), RoundSettings(questions=5, seed=seed), random.Random(seed)
    )
    assert len({q.id for q in picked}) == 5
    assert sum(q.answer == "Gasperini" for q in picked) == 1  # f1 once, not up to five times


def test_variety_never_shortens_a_round() -> None:
    from quiz.engine.round import pick_questions

    picked = pick_questions(_varied_pack(), RoundSettings(questions=10), random.Random(3))
    assert sorted(q.id for q in picked) == sorted(q.id for q in _varied_pack().questions)
