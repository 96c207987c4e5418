"""The game keeps playing whatever happens to the score file, and never loses a saved round."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scores_helpers import make_round

from quiz.scores import ScoreStore
from quiz.scores.schema import SCHEMA_VERSION
from quiz.scores.store import FIRST_BACKOFF, RETRIES, connect_file

TESTS = str(Path(__file__).parent)
NOW = datetime(2026, 5, 2, 9, 30, tzinfo=UTC)


def child(code: str) -> subprocess.Popen[str]:
    """A second game process using the same QUIZ_HOME (inherited from the fixture)."""
    script = f"import sys\nsys.path.insert(0, {TESTS!r})\n" + textwrap.dedent(code)
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def round_ids(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM rounds ORDER BY id")]


# --- killed mid-save -------------------------------------------------------------------------


def test_a_game_killed_while_saving_loses_no_committed_round(quiz_home: Path) -> None:
    proc = child(
        """
        from scores_helpers import make_round
        from quiz.scores import ScoreStore
        store = ScoreStore.open()
        n = 0
        while True:
            # Long rounds, so the kill is likely to land inside a write.
            print(store.save_round(make_round(n, answers=60)), flush=True)
            n += 1
        """
    )
    assert proc.stdout is not None
    committed = [int(proc.stdout.readline()) for _ in range(150)]
    wal = quiz_home / "scores.sqlite3-wal"
    assert wal.exists()  # the rounds so far sit in the WAL, not yet checkpointed
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate()
    committed += [int(line) for line in rest.split()]
    assert proc.returncode == -signal.SIGKILL

    with ScoreStore.open() as store:
        assert store.notice is None and store.writable
        assert store._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = round_ids(store.path)
        assert set(committed) <= set(stored)
        # A round is saved whole or not at all.
        answers = store._conn.execute(
            "SELECT count(*) FROM rounds r WHERE (SELECT count(*) FROM answers a "
            "WHERE a.round_id = r.id) != 60"
        ).fetchone()[0]
        assert answers == 0
        assert store.save_round(make_round(10_000)) is not None


# --- two games at once -----------------------------------------------------------------------


def test_two_games_saving_at_once_both_keep_every_round(quiz_home: Path) -> None:
    code = """
        import sys
        from scores_helpers import make_round
        from quiz.scores import ScoreStore
        player = sys.argv[1] if len(sys.argv) > 1 else "{player}"
        store = ScoreStore.open()
        sys.stdin.readline()  # both start saving together
        saved = [store.save_round(make_round(n, player=player)) for n in range(300)]
        print(sum(r is not None for r in saved), store.notice)
        """
    games = [child(code.replace("{player}", name)) for name in ("home", "away")]
    for game in games:
        assert game.stdin is not None
        game.stdin.write("go\n")
        game.stdin.flush()
    results = [game.communicate() for game in games]
    for game, (out, err) in zip(games, results, strict=True):
        assert game.returncode == 0, err
        assert out.split() == ["300", "None"]  # every save returned an id, no notice
        assert "locked" not in err and "locked" not in out
    with ScoreStore.open() as store:
        counts = dict(
            store._conn.execute("SELECT player, count(*) FROM rounds GROUP BY player").fetchall()
        )
    assert counts == {"home": 300, "away": 300}


class _LockedFor(sqlite3.Connection):
    """A connection whose writes find the file locked a set number of times."""

    busy = 0

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        if sql == "BEGIN IMMEDIATE" and type(self).busy > 0:
            type(self).busy -= 1
            raise sqlite3.OperationalError("database is locked")
        return super().execute(sql, *args)


def _locked_store(busy: int, sleeps: list[float]) -> ScoreStore:
    def connect(database: str, *, read_only: bool) -> sqlite3.Connection:
        return sqlite3.connect(database, factory=_LockedFor, check_same_thread=False)

    store = ScoreStore.open(connect=connect, sleep=sleeps.append)
    _LockedFor.busy = busy
    return store


def test_a_busy_file_is_retried_with_growing_waits() -> None:
    sleeps: list[float] = []
    with _locked_store(2, sleeps) as store:
        assert store.save_round(make_round()) is not None
        assert sleeps == [FIRST_BACKOFF, FIRST_BACKOFF * 2]
        assert store.notice is None


def test_a_file_that_stays_busy_costs_the_round_not_the_game() -> None:
    sleeps: list[float] = []
    with _locked_store(RETRIES, sleeps) as store:
        assert store.save_round(make_round()) is None
        assert "another game" in store.notice
        assert "locked" not in store.notice
        assert len(sleeps) == RETRIES - 1
        assert store.writable  # the next round may well get through
        assert store.save_round(make_round(1)) is not None


# --- damaged file ----------------------------------------------------------------------------


def _garbage(path: Path) -> dict[str, bytes]:
    noise = random.Random(7)
    files = {"": noise.randbytes(9000), "-wal": noise.randbytes(500), "-shm": noise.randbytes(300)}
    for suffix, data in files.items():
        Path(f"{path}{suffix}").write_bytes(data)
    return files


def _truncated(path: Path) -> dict[str, bytes]:
    with ScoreStore.open(path) as store:
        for n in range(40):
            store.save_round(make_round(n, answers=10))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return {"": data[: len(data) // 2]}


def _bad_pages(path: Path) -> dict[str, bytes]:
    """A sound header over pages of noise: only SQLite itself can tell."""
    with ScoreStore.open(path) as store:
        for n in range(40):
            store.save_round(make_round(n, answers=10))
    data = path.read_bytes()
    noise = random.Random(3)
    files = {"": data[:4096] + noise.randbytes(len(data) - 4096), "-wal": noise.randbytes(700)}
    for suffix, content in files.items():
        Path(f"{path}{suffix}").write_bytes(content)
    return files


@pytest.mark.parametrize(
    "damage", [_garbage, _truncated, _bad_pages], ids=["garbage", "truncated", "bad-pages"]
)
def test_a_damaged_file_is_kept_aside_and_a_fresh_store_started(quiz_home: Path, damage) -> None:
    path = quiz_home / "scores.sqlite3"
    before = damage(path)
    store = ScoreStore.open(now=lambda: NOW)
    kept = "scores.sqlite3.damaged-20260502T093000Z"
    assert store.writable
    assert "damaged" in store.notice and kept in store.notice
    for suffix, data in before.items():
        assert (quiz_home / f"{kept}{suffix}").read_bytes() == data
    assert store.high_scores() == []
    assert store.save_round(make_round()) is not None
    store.close()
    with ScoreStore.open() as again:
        assert again.notice is None and len(again.history()) == 1


def test_a_second_damaged_file_does_not_overwrite_the_first_one_kept(quiz_home: Path) -> None:
    path = quiz_home / "scores.sqlite3"
    path.write_bytes(b"first" * 100)
    ScoreStore.open(now=lambda: NOW).close()
    path.unlink()
    path.write_bytes(b"second" * 100)
    with ScoreStore.open(now=lambda: NOW) as store:
        assert "scores.sqlite3.damaged-20260502T093000Z-2" in store.notice
    assert (quiz_home / "scores.sqlite3.damaged-20260502T093000Z").read_bytes() == b"first" * 100
    assert (quiz_home / "scores.sqlite3.damaged-20260502T093000Z-2").read_bytes() == b"second" * 100


def test_some_other_sqlite_file_in_its_place_is_kept_aside_too(quiz_home: Path) -> None:
    with sqlite3.connect(quiz_home / "scores.sqlite3") as conn:
        conn.execute("CREATE TABLE notes (text)")
    with ScoreStore.open() as store:
        assert store.writable and "damaged" in store.notice
    assert len(list(quiz_home.glob("scores.sqlite3.damaged-*"))) == 1


class _Malformed(sqlite3.Connection):
    """Damage that only shows when a round is written."""

    armed = False

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        if sql.startswith("INSERT INTO rounds") and type(self).armed:
            type(self).armed = False
            raise sqlite3.DatabaseError("database disk image is malformed")
        return super().execute(sql, *args)


def test_damage_found_while_saving_sets_the_file_aside_and_saves_the_round(quiz_home: Path) -> None:
    def connect(database: str, *, read_only: bool) -> sqlite3.Connection:
        return sqlite3.connect(database, factory=_Malformed, check_same_thread=False)

    with ScoreStore.open(connect=connect, now=lambda: NOW) as store:
        store.save_round(make_round(1))
        _Malformed.armed = True
        assert store.save_round(make_round(2)) is not None
        assert "damaged" in store.notice
        assert [r.finished_at for r in store.history()] == [make_round(2).finished_at]
    kept = quiz_home / "scores.sqlite3.damaged-20260502T093000Z"
    assert round_ids(kept) == [1]


# --- cannot write ----------------------------------------------------------------------------


def test_a_data_folder_that_cannot_be_created_still_lets_the_game_play(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, which ignores file modes: a folder under a plain file can never exist.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("QUIZ_HOME", str(blocker / "quiz"))
    with ScoreStore.open() as store:
        assert not store.writable
        assert "cannot create the folder" in store.notice
        assert store.save_round(make_round()) is None
        assert store.high_scores() == [] and store.history() == [] and store.most_missed() == []
    assert blocker.read_text() == "x"


def _read_only(database: str, *, read_only: bool) -> sqlite3.Connection:
    # SQLite's own read-only mode: writes fail with "attempt to write a readonly database".
    return connect_file(database, read_only=True)


def test_a_read_only_file_still_shows_its_scores_but_saves_nothing(quiz_home: Path) -> None:
    with ScoreStore.open() as store:
        store.save_round(make_round(1, score=700))
    before = (quiz_home / "scores.sqlite3").read_bytes()
    with ScoreStore.open(connect=_read_only) as store:
        assert not store.writable and "read-only" in store.notice
        assert store.best_score("anfield") == 700
        assert store.save_round(make_round(2)) is None
    assert (quiz_home / "scores.sqlite3").read_bytes() == before


class _FullDisk(sqlite3.Connection):
    full = False

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        if type(self).full and sql.startswith(("INSERT", "UPDATE")):
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


def test_a_full_disk_loses_the_round_with_a_notice_and_keeps_the_rest() -> None:
    def connect(database: str, *, read_only: bool) -> sqlite3.Connection:
        return sqlite3.connect(database, factory=_FullDisk, check_same_thread=False)

    with ScoreStore.open(connect=connect) as store:
        first = store.save_round(make_round(1))
        _FullDisk.full = True
        try:
            assert store.save_round(make_round(2)) is None
        finally:
            _FullDisk.full = False
        assert store.notice == "This round was not saved: the disk is full."
        assert [r.round_id for r in store.history()] == [first]  # no half-saved round
        assert store.save_round(make_round(3)) is not None  # space freed: saving resumes


class _FullFromTheStart(sqlite3.Connection):
    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        if sql == "BEGIN IMMEDIATE":
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


def test_a_disk_full_at_start_shows_the_scores_and_says_none_will_be_saved(
    quiz_home: Path,
) -> None:
    with ScoreStore.open() as store:
        store.save_round(make_round(1, score=640))

    def connect(database: str, *, read_only: bool) -> sqlite3.Connection:
        return sqlite3.connect(database, factory=_FullFromTheStart, check_same_thread=False)

    with ScoreStore.open(connect=connect) as store:
        assert not store.writable
        assert store.notice.endswith("the disk is full.")
        assert store.best_score("anfield") == 640
        assert store.save_round(make_round(2)) is None


# --- newer version ---------------------------------------------------------------------------


def test_a_store_from_a_newer_game_is_refused_and_left_untouched(quiz_home: Path) -> None:
    path = quiz_home / "scores.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with ScoreStore.open() as store:
        assert not store.writable
        assert "newer version" in store.notice and str(SCHEMA_VERSION + 5) in store.notice
        assert store.save_round(make_round()) is None
        assert store.high_scores() == []
    assert path.read_bytes() == before
    assert sorted(p.name for p in quiz_home.iterdir()) == ["scores.sqlite3"]
