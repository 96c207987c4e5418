"""The score store's tables, and the migrations that build them, keyed by PRAGMA user_version.

Migration N (1-based) takes a store at user_version N-1 to N. Never edit a released migration:
append a new one, so every older file on a player's disk can be brought up to date.
"""

from __future__ import annotations

import sqlite3

# A pack version is one (pack id, file digest): editing a pack file starts a new version, so its
# scores never mix with the old file's. Tags and difficulty belong to a version's questions.
_V1 = """
CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    pack_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    title TEXT NOT NULL,
    last_played_us INTEGER NOT NULL,
    UNIQUE (pack_id, digest)
);
CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions (id),
    mode TEXT NOT NULL,
    player TEXT NOT NULL,
    questions INTEGER NOT NULL,
    seconds INTEGER,
    difficulty TEXT,
    score INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    total INTEGER NOT NULL,
    best_streak INTEGER NOT NULL,
    duration REAL NOT NULL,
    started_us INTEGER NOT NULL,
    finished_us INTEGER NOT NULL,
    abandoned INTEGER NOT NULL CHECK (abandoned IN (0, 1))
);
-- One board = one pack version and mode; abandoned rounds never rank, so they stay out of it.
CREATE INDEX rounds_board ON rounds (version_id, mode, score DESC, finished_us, id)
    WHERE abandoned = 0;
CREATE INDEX rounds_player ON rounds (player, finished_us);
CREATE INDEX rounds_finished ON rounds (finished_us);
CREATE TABLE answers (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    given TEXT NOT NULL,
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    seconds REAL NOT NULL,
    points INTEGER NOT NULL,
    PRIMARY KEY (round_id, position)
) WITHOUT ROWID;
CREATE TABLE question_facts (
    version_id INTEGER NOT NULL REFERENCES versions (id),
    question_id TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    PRIMARY KEY (version_id, question_id)
) WITHOUT ROWID;
CREATE TABLE question_tags (
    version_id INTEGER NOT NULL REFERENCES versions (id),
    question_id TEXT NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (version_id, question_id, tag)
) WITHOUT ROWID;
"""

MIGRATIONS: tuple[str, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the store up to SCHEMA_VERSION. Call inside a write transaction (BEGIN IMMEDIATE),
    so two games starting at once cannot both run the same migration."""
    current = user_version(conn)
    for number in range(current + 1, SCHEMA_VERSION + 1):
        for statement in _statements(MIGRATIONS[number - 1]):
            conn.execute(statement)
        # PRAGMA takes no parameters; number is an int we control.
        conn.execute(f"PRAGMA user_version = {number}")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would COMMIT our transaction)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    return statements
