"""What a player sees from the score store: boards, bests, history and stats."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from scores_helpers import DIGEST, T0, make_round

from quiz import paths
from quiz.scores import AnswerRecord, ScoreStore
from quiz.scores.schema import SCHEMA_VERSION


@pytest.fixture
def store() -> Iterator[ScoreStore]:
    with ScoreStore.open() as opened:
        yield opened


def test_the_store_lives_in_the_data_folder_named_by_quiz_home(quiz_home: Path) -> None:
    with ScoreStore.open() as store:
        assert store.path == paths.scores_db() == quiz_home / "scores.sqlite3"
        assert store.writable and store.notice is None
    assert (quiz_home / "scores.sqlite3").is_file()


def test_a_new_store_is_wal_with_foreign_keys_at_the_current_version(store: ScoreStore) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store._conn.execute(
            "INSERT INTO answers VALUES (999, 0, 'q', '', 0, 1.0, 0)"
        )  # no such round


def test_a_saved_round_comes_back_with_every_detail(store: ScoreStore) -> None:
    record = make_round(2, score=1234, answers=5, wrong=frozenset({1, 3}))
    round_id = store.save_round(record)
    assert round_id is not None
    [summary] = store.history()
    assert summary.round_id == round_id
    assert (summary.player, summary.score, summary.correct, summary.total) == ("ann", 1234, 3, 5)
    assert summary.started_at == record.started_at and summary.finished_at == record.finished_at
    assert summary.pack_title == "Pack anfield" and summary.pack_digest == DIGEST
    rows = store._conn.execute(
        "SELECT position, question_id, given, correct, seconds, points FROM answers "
        "WHERE round_id = ? ORDER BY position",
        (round_id,),
    ).fetchall()
    assert rows == [
        (n, a.question_id, a.given, int(a.correct), a.seconds, a.points)
        for n, a in enumerate(record.answers)
    ]
    settings = store._conn.execute(
        "SELECT questions, seconds, difficulty, duration FROM rounds WHERE id = ?", (round_id,)
    ).fetchone()
    assert settings == (5, 20, None, record.duration)


def test_high_scores_rank_best_first_and_ties_go_to_who_finished_first(store: ScoreStore) -> None:
    store.save_round(make_round(5, player="late", score=900))
    store.save_round(make_round(1, player="early", score=900))
    store.save_round(make_round(3, player="low", score=100))
    store.save_round(make_round(4, player="top", score=1500))
    board = store.high_scores("anfield", "timed")
    assert [(h.rank, h.player, h.score) for h in board] == [
        (1, "top", 1500),
        (2, "early", 900),
        (3, "late", 900),
        (4, "low", 100),
    ]
    assert [h.player for h in store.high_scores("anfield", "timed", limit=2)] == ["top", "early"]


def test_an_abandoned_round_is_kept_but_never_a_high_score(store: ScoreStore) -> None:
    store.save_round(make_round(1, player="quitter", score=5000, abandoned=True))
    store.save_round(make_round(2, player="finisher", score=10))
    assert [h.player for h in store.high_scores("anfield")] == ["finisher"]
    assert store.best_score("anfield") == 10
    assert [(r.player, r.abandoned) for r in store.history()] == [
        ("finisher", False),
        ("quitter", True),
    ]
    assert store.personal_bests("quitter") == []


def test_each_mode_is_its_own_board(store: ScoreStore) -> None:
    store.save_round(make_round(1, mode="timed", score=300))
    store.save_round(make_round(2, mode="relaxed", score=700))
    store.save_round(make_round(3, mode="sudden-death", score=500))
    assert [(h.mode, h.rank, h.score) for h in store.high_scores("anfield")] == [
        ("timed", 1, 300),
        ("relaxed", 1, 700),
        ("sudden-death", 1, 500),
    ]
    assert [h.score for h in store.high_scores("anfield", "relaxed")] == [700]
    assert store.best_score("anfield", "timed") == 300
    assert store.best_score("anfield") == 700
    assert store.best_score("nowhere") is None


def test_an_edited_pack_starts_a_new_board_and_the_old_scores_are_kept(store: ScoreStore) -> None:
    old, new = "1" * 64, "2" * 64
    store.save_round(make_round(1, player="old-champ", digest=old, score=9000))
    store.save_round(make_round(2, player="new-player", digest=new, score=100))
    # With no digest, the board is the version played most recently.
    assert [h.player for h in store.high_scores("anfield")] == ["new-player"]
    assert [h.player for h in store.high_scores("anfield", digest=old)] == ["old-champ"]
    assert store.best_score("anfield") == 100
    assert store.best_score("anfield", digest=old) == 9000
    assert store.high_scores("anfield", digest="3" * 64) == []
    # History is everything the player did, old versions included.
    assert {r.pack_digest for r in store.history(pack_id="anfield")} == {old, new}


def test_replaying_an_old_version_makes_it_current_again(store: ScoreStore) -> None:
    old, new = "1" * 64, "2" * 64
    store.save_round(make_round(1, player="a", digest=old))
    store.save_round(make_round(2, player="b", digest=new))
    store.save_round(make_round(3, player="c", digest=old))
    assert {h.pack_digest for h in store.high_scores("anfield")} == {old}


def test_without_a_pack_every_packs_current_board_is_listed(store: ScoreStore) -> None:
    store.save_round(make_round(1, pack_id="bergamo", score=10))
    store.save_round(make_round(2, pack_id="anfield", score=20))
    assert [(h.pack_id, h.rank) for h in store.high_scores()] == [("anfield", 1), ("bergamo", 1)]


def test_history_is_newest_first_and_filters_by_player_and_pack(store: ScoreStore) -> None:
    store.save_round(make_round(1, player="ann", pack_id="anfield"))
    store.save_round(make_round(3, player="bob", pack_id="anfield"))
    store.save_round(make_round(2, player="ann", pack_id="bergamo"))
    assert [r.finished_at for r in store.history()] == [
        T0 + timedelta(minutes=m) for m in (3, 2, 1)
    ]
    assert [r.pack_id for r in store.history(player="ann")] == ["bergamo", "anfield"]
    assert [r.player for r in store.history(pack_id="anfield")] == ["bob", "ann"]
    assert [r.player for r in store.history(player="ann", pack_id="anfield")] == ["ann"]
    assert len(store.history(limit=1)) == 1


def test_personal_bests_give_the_best_round_per_board_and_its_rank(store: ScoreStore) -> None:
    store.save_round(make_round(1, player="ann", score=300))
    store.save_round(make_round(2, player="ann", score=500))
    store.save_round(make_round(3, player="bob", score=800))
    store.save_round(make_round(4, player="ann", mode="relaxed", score=50))
    bests = store.personal_bests("ann")
    assert [(b.mode, b.score, b.rank) for b in bests] == [("relaxed", 50, 1), ("timed", 500, 2)]
    assert store.personal_bests("nobody") == []


def test_accuracy_by_tag_and_difficulty_counts_every_answer(store: ScoreStore) -> None:
    tags = {"q0": ("goals", "2020"), "q1": ("goals",), "q2": ("managers",)}
    levels = {"q0": "easy", "q1": "hard", "q2": "hard", "q9": "easy"}  # q9 never asked
    store.save_round(
        make_round(1, player="ann", wrong=frozenset({0}), tags=tags, difficulty=levels)
    )
    store.save_round(
        make_round(2, player="bob", wrong=frozenset({1, 2}), tags=tags, difficulty=levels)
    )
    by_tag = {a.key: (a.asked, a.correct) for a in store.accuracy_by_tag()}
    assert by_tag == {"2020": (2, 1), "goals": (4, 2), "managers": (2, 1)}
    by_level = {a.key: (a.asked, a.correct) for a in store.accuracy_by_difficulty()}
    assert by_level == {"easy": (2, 1), "hard": (4, 2)}
    ann = {a.key: a.rate for a in store.accuracy_by_difficulty("ann")}
    assert ann == {"easy": 0.0, "hard": 1.0}


def test_most_missed_puts_the_question_missed_most_first(store: ScoreStore) -> None:
    store.save_round(make_round(1, wrong=frozenset({0, 2})))
    store.save_round(make_round(2, wrong=frozenset({2})))
    latest = make_round(3, wrong=frozenset({2}))
    answers = list(latest.answers)
    answers[2] = AnswerRecord("q2", "Salah", False, 3.0, 0)
    store.save_round(replace(latest, answers=tuple(answers)))
    store.save_round(make_round(4, player="bob", wrong=frozenset({1})))
    missed = store.most_missed()
    assert [(m.question_id, m.missed, m.asked) for m in missed] == [
        ("q2", 3, 4),
        ("q0", 1, 4),
        ("q1", 1, 4),
    ]
    assert missed[0].last_given == "Salah"
    assert [m.question_id for m in store.most_missed(player="bob")] == ["q1"]
    assert store.most_missed(pack_id="elsewhere") == []
    assert len(store.most_missed(limit=1)) == 1


def test_a_round_with_a_bad_mode_or_naive_time_is_a_programming_error(store: ScoreStore) -> None:
    with pytest.raises(ValueError, match="unknown mode"):
        store.save_round(make_round(mode="blitz"))
    naive = make_round()
    with pytest.raises(ValueError, match="timezone-aware"):
        store.save_round(replace(naive, finished_at=naive.finished_at.replace(tzinfo=None)))
    assert store.history() == []


def test_scores_survive_closing_and_reopening(quiz_home: Path) -> None:
    with ScoreStore.open() as first:
        first.save_round(make_round(1, score=42))
    with ScoreStore.open() as again:
        assert again.best_score("anfield") == 42
        assert again.notice is None


def test_the_top_ten_is_read_straight_off_the_board_index(store: ScoreStore) -> None:
    from quiz.scores.store import _BOARD_SQL

    plan = " ".join(
        row[-1] for row in store._conn.execute("EXPLAIN QUERY PLAN " + _BOARD_SQL, (1, "timed", 10))
    )
    assert "rounds_board" in plan and "TEMP B-TREE" not in plan


def test_an_older_store_is_upgraded_in_place_and_keeps_its_rounds(
    store: ScoreStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quiz.scores import schema
    from quiz.scores import store as store_module

    store.save_round(make_round(1, score=77))
    store.close()
    upgrade = "ALTER TABLE rounds ADD COLUMN note TEXT;\nCREATE INDEX rounds_note ON rounds (note);"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, upgrade))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with ScoreStore.open() as upgraded:
        assert upgraded.notice is None and upgraded.writable
        assert upgraded._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert upgraded._conn.execute("SELECT note FROM rounds").fetchall() == [(None,)]
        assert upgraded.best_score("anfield") == 77
