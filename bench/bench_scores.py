"""Score store speed and size with 1,000,000 rounds stored, against an empty store.

    .venv/bin/python bench/bench_scores.py [--rounds N] [--repeat N]

Targets (issue 5): top 10 of a pack median <= 5 ms and saving a 10-answer round median <= 10 ms
(a durable commit: WAL with synchronous=FULL, so each save waits for an fsync) with 1,000,000
rounds stored. The big store is built once (bulk insert in one transaction) and cached under
/tmp keyed by schema version and size; each run works on a fresh copy of it.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quiz.scores import MODES, AnswerRecord, RoundRecord, ScoreStore
from quiz.scores.schema import SCHEMA_VERSION

CACHE = Path(tempfile.gettempdir()) / "quiz-bench-scores"
PACKS = 20
PLAYERS = 2000
QUESTIONS = 50  # per pack
ANSWERED_EVERY = 100  # one bulk round in this many carries its 10 answers
T0 = datetime(2024, 1, 1, tzinfo=UTC)
T0_US = int(T0.timestamp()) * 1_000_000


def digest(pack: int, version: int) -> str:
    return f"{pack:02d}{version:02d}".ljust(64, "f")


def build(path: Path, rounds: int) -> None:
    """Bulk-load `rounds` rounds through the store's own schema."""
    ScoreStore.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    rng = random.Random(5)
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    conn.execute("BEGIN")
    for name, _ in indexes:  # built once at the end: far quicker than 1M random inserts
        conn.execute(f"DROP INDEX {name}")
    # Two versions of each pack: rounds of the first half of time used the old file.
    versions = [(p, v) for p in range(PACKS) for v in (0, 1)]
    conn.executemany(
        "INSERT INTO versions (id, pack_id, digest, title, last_played_us) VALUES (?, ?, ?, ?, ?)",
        [
            (p * 2 + v + 1, f"pack-{p:02d}", digest(p, v), f"Pack {p}", T0_US + v * 10**15)
            for p, v in versions
        ],
    )
    conn.executemany(
        "INSERT INTO question_tags VALUES (?, ?, ?)",
        [
            (vid, f"q{q}", f"tag{q % 7}")
            for vid in range(1, 2 * PACKS + 1)
            for q in range(QUESTIONS)
        ],
    )
    conn.executemany(
        "INSERT INTO question_facts VALUES (?, ?, ?)",
        [
            (vid, f"q{q}", ("easy", "medium", "hard")[q % 3])
            for vid in range(1, 2 * PACKS + 1)
            for q in range(QUESTIONS)
        ],
    )

    def round_rows():
        for i in range(rounds):
            pack = rng.randrange(PACKS)
            version = pack * 2 + (1 if i >= rounds // 2 else 0) + 1
            finished = T0_US + i * 60_000_000
            correct = rng.randrange(11)
            yield (
                i + 1, version, MODES[i % 3], f"player{rng.randrange(PLAYERS)}", 10, 20, None,
                correct * 800 + rng.randrange(800), correct, 10, rng.randrange(correct + 1),
                120.0, finished - 120_000_000, finished, int(rng.random() < 0.01),
            )  # fmt: skip

    conn.executemany(
        "INSERT INTO rounds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", round_rows()
    )
    conn.executemany(
        "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (rid, n, f"q{(rid + n) % QUESTIONS}", "x", int(rng.random() < 0.6), 4.0, 500)
            for rid in range(ANSWERED_EVERY, rounds + 1, ANSWERED_EVERY)
            for n in range(10)
        ),
    )
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def big_store(rounds: int) -> Path:
    cached = CACHE / f"v{SCHEMA_VERSION}-{rounds}.sqlite3"
    if not cached.exists():
        CACHE.mkdir(exist_ok=True)
        partial = CACHE / f"building-{rounds}.sqlite3"
        for stale in CACHE.glob(f"building-{rounds}.sqlite3*"):
            stale.unlink()
        started = time.perf_counter()
        build(partial, rounds)
        partial.rename(cached)  # only a finished build is ever reused
        print(f"built {cached} in {time.perf_counter() - started:.1f} s")
    work = CACHE / "work.sqlite3"
    for stale in CACHE.glob("work.sqlite3*"):
        stale.unlink()
    shutil.copyfile(cached, work)
    return work


def ten_answer_round(n: int) -> RoundRecord:
    finished = T0 + timedelta(days=3000, seconds=n)
    answers = tuple(
        AnswerRecord(f"q{q}", f"answer {q}", q % 3 != 0, 3.5, 700 if q % 3 else 0)
        for q in range(10)
    )
    return RoundRecord(
        player="bench", pack_id=f"pack-{n % PACKS:02d}", pack_title=f"Pack {n % PACKS}",
        pack_digest=digest(n % PACKS, 1), mode=MODES[n % 3], questions=10, seconds=20,
        difficulty=None, score=5000 + n, correct=7, total=10, best_streak=4, duration=90.0,
        started_at=finished - timedelta(seconds=90), finished_at=finished, answers=answers,
        tags_by_question={f"q{q}": (f"tag{q % 7}",) for q in range(10)},
        difficulty_by_question={f"q{q}": "easy" for q in range(10)},
    )  # fmt: skip


def medians_ms(
    action: Callable[[ScoreStore, int], object], stores: list[ScoreStore], repeat: int
) -> list[float]:
    """Median time of action on each store, the stores taking turns so that a noisy moment on
    this shared machine lands on both rather than on one."""
    times: list[list[int]] = [[] for _ in stores]
    for n in range(repeat):
        for store, spent in zip(stores, times, strict=True):
            started = time.perf_counter_ns()
            action(store, n)
            spent.append(time.perf_counter_ns() - started)
    return [statistics.median(spent) / 1e6 for spent in times]


def pack(n: int) -> str:
    return f"pack-{n % PACKS:02d}"


OPERATIONS: list[tuple[str, Callable[[ScoreStore, int], object], int]] = [
    ("save a 10-answer round", lambda s, n: s.save_round(ten_answer_round(n)), 1),
    ("top 10 of a pack and mode", lambda s, n: s.high_scores(pack(n), MODES[n % 3], 10), 1),
    ("best score of a pack", lambda s, n: s.best_score(pack(n)), 1),
    ("history of a player (50)", lambda s, n: s.history(f"player{n % PLAYERS}"), 1),
    ("personal bests of a player", lambda s, n: s.personal_bests(f"player{n % PLAYERS}"), 10),
    ("accuracy by tag (all)", lambda s, n: s.accuracy_by_tag(), 50),
    ("most missed (all)", lambda s, n: s.most_missed(), 50),
]


def size(store: ScoreStore) -> int:
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store.path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory()
    stores = [
        ScoreStore.open(Path(folder.name) / "scores.sqlite3"),
        ScoreStore.open(big_store(args.rounds)),
    ]
    for store in stores:
        assert store.writable and store.notice is None, store.notice
    before = [size(store) for store in stores]
    figures = {}
    for name, action, fewer in OPERATIONS:
        figures[name] = medians_ms(action, stores, max(args.repeat // fewer, 3))
    grown = [(size(store) - was) / args.repeat for store, was in zip(stores, before, strict=True)]
    rounds = [s._conn.execute("SELECT count(*) FROM rounds").fetchone()[0] for s in stores]
    per_round = size(stores[1]) / rounds[1]
    for store in stores:
        store.close()
    folder.cleanup()
    for copy in CACHE.glob("work.sqlite3*"):  # the cached build stays; its working copy goes
        copy.unlink()

    print(f"\nSQLite {sqlite3.sqlite_version}, WAL + synchronous=FULL, medians; the empty store")
    print("holds only the rounds this run saves; the two stores take turns at every step")
    print(f"{'operation':<30} {'empty store':>12} {f'{rounds[1]:,} rounds':>16} {'ratio':>7}")
    for name, (empty, big) in figures.items():
        print(f"{name:<30} {empty:>9.3f} ms {big:>13.3f} ms {big / empty:>6.1f}x")
    print(
        f"\nbytes per stored round: {per_round:.0f} "
        f"(bulk rounds, 1 in {ANSWERED_EVERY} with 10 answers)"
    )
    print(
        f"bytes per saved 10-answer round: {grown[0]:.0f} (empty store), "
        f"{grown[1]:.0f} ({rounds[1]:,} rounds)"
    )
    top, save = figures["top 10 of a pack and mode"][1], figures["save a 10-answer round"][1]
    verdict = "PASS" if top <= 5 and save <= 10 else "FAIL"
    print(f"targets: top 10 {top:.3f} ms <= 5 ms, save {save:.3f} ms <= 10 ms: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
