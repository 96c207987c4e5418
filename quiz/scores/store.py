"""ScoreStore: every round played, kept in one SQLite file in the player's data folder.

The game must play on whatever happens to this file, so nothing here raises on I/O trouble:
a damaged file is moved aside and a fresh one started, a folder that cannot be written turns
the store read-only (or empty and in memory), a file from a newer version of the game is left
untouched. Each case sets `notice`, one sentence for the player.

Writes are one BEGIN IMMEDIATE transaction per round: two games saving at once queue on the
write lock (busy_timeout), and the rare SQLITE_BUSY that escapes it is retried with backoff.
The file is in WAL mode with synchronous=FULL, so a round is on disk when save_round returns.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import quote

from quiz.scores.records import (
    MODES,
    Accuracy,
    HighScore,
    Missed,
    RoundRecord,
    RoundSummary,
)
from quiz.scores.schema import SCHEMA_VERSION, migrate, user_version

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
RETRIES = 6  # after busy_timeout gave up: waits of 0.05, 0.1, 0.2, 0.4, 0.8 s
FIRST_BACKOFF = 0.05

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Primary SQLite result codes (extended codes carry them in the low byte).
_BUSY, _LOCKED, _READONLY, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 11, 13, 14, 26


class Connect(Protocol):
    def __call__(self, database: str, *, read_only: bool) -> sqlite3.Connection: ...


def connect_file(database: str, *, read_only: bool) -> sqlite3.Connection:
    """The real connection factory; tests inject their own to fake a full disk."""
    if read_only:
        return sqlite3.connect(f"file:{quote(database)}?mode=ro", uri=True, check_same_thread=False)
    return sqlite3.connect(database, check_same_thread=False)


class _Damaged(Exception):
    """The file is not a score store SQLite can read; kept names where it was moved, if it was."""

    def __init__(self, problem: str, kept: str | None = None) -> None:
        super().__init__(problem)
        self.kept = kept


class _Newer(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def _kind(exc: BaseException) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return "busy"
    if primary == _FULL or "disk is full" in text:
        return "full"
    if primary == _READONLY or "readonly" in text or "read-only" in text:
        return "readonly"
    if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return "damaged"
    if primary == _CANTOPEN or "unable to open" in text:
        return "cantopen"
    return "other"


def _header(path: Path) -> bytes:
    """The file's 100-byte SQLite header; b"" when there is none yet. The magic string and the
    user_version in it only change under a write lock, so reading them beside a live game is safe;
    anything subtler is left to SQLite, which reads under its locks (a checkpoint in another game
    can make a healthy file look short for a moment)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return b""  # missing or unreadable: the open that follows reports it
    return header if len(header) == 100 else b""


def _touch_tables(conn: sqlite3.Connection) -> None:
    """Read the first row of every table, which walks each table's root page."""
    names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    for (name,) in names:
        conn.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(microseconds=1)


def _moment(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


class ScoreStore:
    """Open with ScoreStore.open(); see the module docstring for what it promises."""

    def __init__(
        self,
        path: Path,
        *,
        connect: Connect = connect_file,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.path = path
        self.notice: str | None = None
        self.writable = False
        self._connect = connect
        self._sleep = sleep
        self._now = now
        self._conn: sqlite3.Connection | None = None
        # The TUI may save from a worker thread: one connection, one caller at a time.
        self._lock = threading.RLock()

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        connect: Connect = connect_file,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> ScoreStore:
        """Open (creating if need be) the store; default path quiz.paths.scores_db()."""
        if path is None:
            from quiz.paths import scores_db

            path = scores_db()
        store = cls(path, connect=connect, sleep=sleep, now=now)
        store._start()
        return store

    def __enter__(self) -> ScoreStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # --- opening -------------------------------------------------------------------------

    def _start(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self._in_memory(
                f"Scores will not be saved: cannot create the folder {self.path.parent} ({reason})."
            )
            return
        try:
            self._conn = self._open_file()
            self.writable = True
        except _Damaged as exc:
            self._start_fresh(exc.kept)
        except _Newer as exc:
            self._in_memory(
                f"Scores will not be saved: {self.path} was written by a newer version of quiz "
                f"(store version {exc.version}, this one knows {SCHEMA_VERSION}). "
                "Upgrade quiz to see and save scores; the file was left untouched."
            )
        except sqlite3.Error as exc:
            self._read_only(exc)

    def _open_file(self) -> sqlite3.Connection:
        header = _header(self.path)
        # Both decided before SQLite opens the file, which rewrites the -shm beside it and
        # checkpoints the -wal into it on close.
        if header and not header.startswith(b"SQLite format 3\x00"):
            raise _Damaged("not an SQLite file")
        if header and int.from_bytes(header[60:64], "big") > SCHEMA_VERSION:
            raise _Newer(int.from_bytes(header[60:64], "big"))
        conn = self._connect(str(self.path), read_only=False)
        conn.isolation_level = None  # we issue BEGIN IMMEDIATE / COMMIT ourselves
        try:
            # Before the first read: another game may be creating the file this very moment.
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Read before anything writes: a newer store must stay byte-for-byte as it was.
            # One statement, one snapshot: another game may finish creating the store between
            # two reads, and its tables must not look like a stranger's file.
            version, tables = self._retry(
                lambda: conn.execute(
                    "SELECT (SELECT user_version FROM pragma_user_version), "
                    "(SELECT count(*) FROM sqlite_master)"
                ).fetchone()
            )
            if version > SCHEMA_VERSION:
                raise _Newer(version)
            if version == 0 and tables:
                raise _Damaged("an SQLite file that is not a score store")
            _touch_tables(conn)  # before any write: damage past the header shows here
            conn.execute("PRAGMA foreign_keys = ON")
            self._retry(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
            # FULL: the WAL is synced at every commit, so a saved round survives power loss
            # too; one fsync per round is nothing next to a round's length.
            conn.execute("PRAGMA synchronous = FULL")
            self._retry(lambda: self._transaction(conn, _migrate_and_probe))
        except (sqlite3.DatabaseError, _Damaged) as exc:
            if isinstance(exc, _Damaged) or _kind(exc) == "damaged":
                # Set the files aside while SQLite still holds them: closing the last
                # connection deletes NAME-wal and NAME-shm by name, and they may hold rounds.
                try:
                    kept = self._move_aside()
                finally:
                    conn.close()
                raise _Damaged(str(exc), kept) from exc
            conn.close()
            raise
        except BaseException:
            conn.close()
            raise
        return conn

    def _start_fresh(self, kept: str | None = None) -> None:
        """Keep the damaged file (and its -wal/-shm) under a new name, then start a new one."""
        try:
            kept = kept or self._move_aside()
            self._conn = self._open_file()
            self.writable = True
            self.notice = (
                f"The score file was damaged and could not be read. It was kept as {kept} "
                "and a new, empty score file was started."
            )
        except (OSError, sqlite3.Error, _Damaged, _Newer) as exc:
            self._in_memory(
                f"Scores will not be saved: {self.path} is damaged and could not be set aside "
                f"({exc})."
            )

    def _move_aside(self) -> str:
        stamp = self._now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        base = f"{self.path.name}.damaged-{stamp}"
        name, n = base, 1
        while any((self.path.parent / (name + s)).exists() for s in ("", "-wal", "-shm")):
            n += 1
            name = f"{base}-{n}"
        # Sidecars keep SQLite's naming (NAME-wal), so the kept copy opens with its journal.
        for suffix in ("-wal", "-shm", ""):
            source = self.path.parent / (self.path.name + suffix)
            if source.exists():
                source.rename(self.path.parent / (name + suffix))
        return name

    def _read_only(self, exc: sqlite3.Error) -> None:
        """The file cannot be written: show what it holds if we can, never write to it."""
        kind = _kind(exc)
        reason = {
            "readonly": "the file or its folder is read-only",
            "full": "the disk is full",
            "cantopen": "the file cannot be opened",
            "busy": "another game kept the file busy",
        }.get(kind, str(exc))
        notice = f"Scores will not be saved: {self.path}: {reason}."
        if self.path.exists():
            try:
                conn = self._connect(str(self.path), read_only=True)
                conn.isolation_level = None
                if user_version(conn) == SCHEMA_VERSION:
                    _touch_tables(conn)
                    self._conn, self.writable, self.notice = conn, False, notice
                    return
                conn.close()
            except sqlite3.Error:
                pass
        self._in_memory(notice)

    def _in_memory(self, notice: str) -> None:
        """An empty store that saves nothing, so every read still answers."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.isolation_level = None
        self._transaction(conn, migrate)
        self._conn, self.writable, self.notice = conn, False, notice

    # --- writing -------------------------------------------------------------------------

    def _transaction(self, conn: sqlite3.Connection, work: Callable[[sqlite3.Connection], T]) -> T:
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = work(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                # The original error is the one worth reporting.
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise
        return result

    def _retry(self, action: Callable[[], T]) -> T:
        """Run action, retrying with growing waits while another process holds the lock."""
        delay = FIRST_BACKOFF
        for attempt in range(RETRIES):
            try:
                return action()
            except sqlite3.OperationalError as exc:
                if _kind(exc) != "busy" or attempt == RETRIES - 1:
                    raise
            self._sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def save_round(self, record: RoundRecord) -> int | None:
        """Store a finished or abandoned round; its id, or None (with notice set) on trouble."""
        _check(record)
        with self._lock:
            if self._conn is None or not self.writable:
                self.notice = self.notice or "Scores are not being saved."
                return None
            for attempt in (1, 2):
                try:
                    return self._save(self._conn, record)
                except sqlite3.Error as exc:
                    kind = _kind(exc)
                    if kind == "damaged" and attempt == 1:
                        try:  # aside before closing, which would delete the -wal
                            kept = self._move_aside()
                        except OSError:
                            kept = None
                        self._conn.close()
                        self._conn = None
                        self._start_fresh(kept)
                        if self.writable:
                            continue
                        return None
                    self._save_failed(kind, exc)
                    return None
        return None

    def _save(self, conn: sqlite3.Connection, record: RoundRecord) -> int:
        return self._retry(lambda: self._transaction(conn, lambda c: _insert(c, record)))

    def _save_failed(self, kind: str, exc: sqlite3.Error) -> None:
        if kind == "readonly":
            self.writable = False
            self.notice = f"This round was not saved: {self.path} is read-only."
        elif kind == "full":
            self.notice = "This round was not saved: the disk is full."
        elif kind == "busy":
            self.notice = "This round was not saved: another game kept the score file busy."
        else:
            self.notice = f"This round was not saved: {exc}."

    # --- reading -------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._conn is None:
                return []
            try:
                return self._retry(lambda: self._conn.execute(sql, params).fetchall())  # type: ignore[union-attr]
            except sqlite3.Error as exc:
                # Reads never stop the game either: an empty answer and a word for the player.
                self.notice = f"Could not read scores from {self.path}: {exc}."
                return []

    def _versions(self, pack_id: str | None, digest: str | None) -> list[int]:
        """The pack versions a board query covers: the given digest, else each pack's current
        version (the one played most recently)."""
        if digest is not None:
            sql, params = "SELECT id FROM versions WHERE digest = ?", [digest]
            if pack_id is not None:
                sql, params = sql + " AND pack_id = ?", [digest, pack_id]
            return [row[0] for row in self._rows(sql + " ORDER BY pack_id", params)]
        if pack_id is not None:
            rows = self._rows(
                "SELECT id FROM versions WHERE pack_id = ? "
                "ORDER BY last_played_us DESC, id DESC LIMIT 1",
                [pack_id],
            )
            return [row[0] for row in rows]
        rows = self._rows(
            "SELECT v.id FROM versions v WHERE v.id = (SELECT w.id FROM versions w "
            "WHERE w.pack_id = v.pack_id ORDER BY w.last_played_us DESC, w.id DESC LIMIT 1) "
            "ORDER BY v.pack_id"
        )
        return [row[0] for row in rows]

    def high_scores(
        self,
        pack_id: str | None = None,
        mode: str | None = None,
        limit: int = 10,
        digest: str | None = None,
    ) -> list[HighScore]:
        """The top `limit` finished rounds of each board (one pack version and one mode).

        pack_id None means every pack; mode None means every mode, each its own board. Only one
        version of a pack ranks: `digest` when given, else the version played most recently.
        Ties go to whoever finished first. Abandoned rounds never rank."""
        modes = MODES if mode is None else (mode,)
        result: list[HighScore] = []
        for version_id in self._versions(pack_id, digest):
            for board_mode in modes:
                rows = self._rows(_BOARD_SQL, [version_id, board_mode, limit])
                result.extend(_high_score(rank, row) for rank, row in enumerate(rows, start=1))
        return result

    def best_score(
        self, pack_id: str, mode: str | None = None, digest: str | None = None
    ) -> int | None:
        """The best score on the pack's boards (current version unless digest is given)."""
        best = [h.score for h in self.high_scores(pack_id, mode, limit=1, digest=digest)]
        return max(best) if best else None

    def history(
        self, player: str | None = None, pack_id: str | None = None, limit: int = 50
    ) -> list[RoundSummary]:
        """Rounds newest first, abandoned ones included, every version of a pack."""
        where, params = _filters(player, pack_id)
        rows = self._rows(
            f"SELECT {_SUMMARY_COLUMNS} FROM rounds r JOIN versions v ON v.id = r.version_id "
            f"{where} ORDER BY r.finished_us DESC, r.id DESC LIMIT ?",
            [*params, limit],
        )
        return [_summary(row) for row in rows]

    def personal_bests(self, player: str) -> list[HighScore]:
        """The player's best finished round on each board (current pack versions), with the
        rank that round holds on its board."""
        versions = self._versions(None, None)
        if not versions:
            return []
        marks = ",".join("?" * len(versions))
        rows = self._rows(
            f"SELECT * FROM (SELECT {_BOARD_COLUMNS}, ROW_NUMBER() OVER ("
            "PARTITION BY r.version_id, r.mode ORDER BY r.score DESC, r.finished_us, r.id) AS n, "
            "r.version_id FROM rounds r JOIN versions v ON v.id = r.version_id "
            f"WHERE r.player = ? AND r.abandoned = 0 AND r.version_id IN ({marks})) "
            "WHERE n = 1 ORDER BY pack_id, mode",
            [player, *versions],
        )
        bests = []
        for row in rows:
            round_id, score, finished_us, version_id = row[0], row[2], row[11], row[13]
            ahead = self._rows(
                "SELECT count(*) FROM rounds WHERE version_id = ? AND mode = ? AND abandoned = 0 "
                "AND (score > ? OR (score = ? AND (finished_us < ? "
                "OR (finished_us = ? AND id < ?))))",
                [version_id, row[7], score, score, finished_us, finished_us, round_id],
            )
            bests.append(_high_score(ahead[0][0] + 1 if ahead else 0, row[:12]))
        return bests

    def accuracy_by_tag(self, player: str | None = None) -> list[Accuracy]:
        """Answers given to questions carrying each tag, and how many were right."""
        return self._accuracy(
            "JOIN question_tags q ON q.version_id = r.version_id AND q.question_id = a.question_id",
            "q.tag",
            player,
        )

    def accuracy_by_difficulty(self, player: str | None = None) -> list[Accuracy]:
        """Answers by the question's difficulty (questions saved without one are left out)."""
        return self._accuracy(
            "JOIN question_facts q ON q.version_id = r.version_id "
            "AND q.question_id = a.question_id",
            "q.difficulty",
            player,
        )

    def _accuracy(self, join: str, key: str, player: str | None) -> list[Accuracy]:
        where, params = _filters(player, None)
        rows = self._rows(
            f"SELECT {key}, count(*), sum(a.correct) FROM answers a "
            f"JOIN rounds r ON r.id = a.round_id {join} {where} GROUP BY {key} ORDER BY {key}",
            params,
        )
        return [Accuracy(row[0], row[1], row[2]) for row in rows]

    def most_missed(
        self, player: str | None = None, pack_id: str | None = None, limit: int = 10
    ) -> list[Missed]:
        """Questions answered wrong (or let time out) most often, worst first."""
        where, params = _filters(player, pack_id)
        source = (
            "FROM answers a JOIN rounds r ON r.id = a.round_id "
            f"JOIN versions v ON v.id = r.version_id {where}"
        )
        wrong = "WHERE" if not where else "AND"
        rows = self._rows(
            "SELECT m.pack_id, m.question_id, m.asked, m.missed, w.given FROM ("
            "SELECT v.pack_id, a.question_id, count(*) AS asked, sum(1 - a.correct) AS missed "
            f"{source} GROUP BY v.pack_id, a.question_id) m "
            # With one max() in the query, SQLite takes the bare column from that row.
            "JOIN (SELECT v.pack_id, a.question_id, a.given, max(r.finished_us * 64 + a.position) "
            f"{source} {wrong} a.correct = 0 GROUP BY v.pack_id, a.question_id) w "
            "ON w.pack_id = m.pack_id AND w.question_id = m.question_id "
            "ORDER BY m.missed DESC, 1.0 * m.missed / m.asked DESC, m.pack_id, m.question_id "
            "LIMIT ?",
            [*params, *params, limit],
        )
        return [Missed(*row) for row in rows]


_BOARD_COLUMNS = (
    "r.id, r.player, r.score, r.correct, r.total, r.best_streak, r.duration, r.mode, "
    "v.pack_id, v.title, v.digest, r.finished_us"
)
# Kept to the shape of the rounds_board index, so the top N is read straight off it.
_BOARD_SQL = (
    f"SELECT {_BOARD_COLUMNS} FROM rounds r JOIN versions v ON v.id = r.version_id "
    "WHERE r.version_id = ? AND r.mode = ? AND r.abandoned = 0 "
    "ORDER BY r.score DESC, r.finished_us, r.id LIMIT ?"
)
_SUMMARY_COLUMNS = (
    "r.id, r.player, r.score, r.correct, r.total, r.best_streak, r.duration, r.mode, "
    "v.pack_id, v.title, v.digest, r.started_us, r.finished_us, r.abandoned"
)


def _high_score(rank: int, row: Sequence[Any]) -> HighScore:
    return HighScore(rank, *row[:11], finished_at=_moment(row[11]))


def _summary(row: Sequence[Any]) -> RoundSummary:
    return RoundSummary(
        *row[:11],
        started_at=_moment(row[11]),
        finished_at=_moment(row[12]),
        abandoned=bool(row[13]),
    )


def _filters(player: str | None, pack_id: str | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if player is not None:
        clauses.append("r.player = ?")
        params.append(player)
    if pack_id is not None:
        clauses.append("r.version_id IN (SELECT id FROM versions WHERE pack_id = ?)")
        params.append(pack_id)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _migrate_and_probe(conn: sqlite3.Connection) -> None:
    migrate(conn)
    # Rewriting the version is a real write: a read-only file or folder shows up now, at open,
    # rather than when the first round is lost.
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _check(record: RoundRecord) -> None:
    """Mistakes in the caller's code, not trouble on disk: these do raise."""
    if record.mode not in MODES:
        raise ValueError(f"unknown mode {record.mode!r}; expected one of {', '.join(MODES)}")
    for name in ("started_at", "finished_at"):
        if getattr(record, name).tzinfo is None:
            raise ValueError(f"RoundRecord.{name} must be timezone-aware")


def _insert(conn: sqlite3.Connection, record: RoundRecord) -> int:
    finished = _micros(record.finished_at)
    found = conn.execute(
        "SELECT id, last_played_us FROM versions WHERE pack_id = ? AND digest = ?",
        (record.pack_id, record.pack_digest),
    ).fetchone()
    if found is None:
        version_id = conn.execute(
            "INSERT INTO versions (pack_id, digest, title, last_played_us) VALUES (?, ?, ?, ?)",
            (record.pack_id, record.pack_digest, record.pack_title, finished),
        ).lastrowid
    else:
        version_id = found[0]
        if finished > found[1]:
            conn.execute(
                "UPDATE versions SET last_played_us = ? WHERE id = ?", (finished, version_id)
            )
    round_id = conn.execute(
        "INSERT INTO rounds (version_id, mode, player, questions, seconds, difficulty, score, "
        "correct, total, best_streak, duration, started_us, finished_us, abandoned) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            version_id,
            record.mode,
            record.player,
            record.questions,
            record.seconds,
            record.difficulty,
            record.score,
            record.correct,
            record.total,
            record.best_streak,
            record.duration,
            _micros(record.started_at),
            finished,
            int(record.abandoned),
        ),
    ).lastrowid
    conn.executemany(
        "INSERT INTO answers (round_id, position, question_id, given, correct, seconds, points) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (round_id, n, a.question_id, a.given, int(a.correct), a.seconds, a.points)
            for n, a in enumerate(record.answers)
        ),
    )
    asked = {a.question_id for a in record.answers}
    conn.executemany(
        "INSERT OR IGNORE INTO question_facts (version_id, question_id, difficulty) "
        "VALUES (?, ?, ?)",
        _facts(version_id, asked, record.difficulty_by_question.items()),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO question_tags (version_id, question_id, tag) VALUES (?, ?, ?)",
        (
            (version_id, qid, tag)
            for qid, tags in record.tags_by_question.items()
            if qid in asked
            for tag in tags
        ),
    )
    assert round_id is not None
    return round_id


def _facts(
    version_id: int | None, asked: set[str], items: Iterable[tuple[str, str]]
) -> Iterable[tuple[int | None, str, str]]:
    # Only the questions this round asked: the caller may hand over a whole pack's mapping.
    return ((version_id, qid, difficulty) for qid, difficulty in items if qid in asked)
