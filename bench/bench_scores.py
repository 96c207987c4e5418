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


def median_ms(action: Callable[[int], object], repeat: int) -> float:
    times = []
    for n in range(repeat):
        started = time.perf_counter_ns()
        action(n)
        times.append(time.perf_counter_ns() - started)
    return statistics.median(times) / 1e6


def measure(path: Path, repeat: int) -> dict[str, float]:
    store = ScoreStore.open(path)
    assert store.writable and store.notice is None, store.notice
    size_before = path.stat().st_size
    figures = {}
    figures["save a 10-answer round"] = median_ms(
        lambda n: store.save_round(ten_answer_round(n)), repeat
    )
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    figures["_bytes per saved 10-answer round"] = (path.stat().st_size - size_before) / repeat
    figures["top 10 of a pack and mode"] = median_ms(
        lambda n: store.high_scores(f"pack-{n % PACKS:02d}", MODES[n % 3], 10), repeat
    )
    figures["best score of a pack"] = median_ms(
        lambda n: store.best_score(f"pack-{n % PACKS:02d}"), repeat
    )
    figures["history of a player (50)"] = median_ms(
        lambda n: store.history(f"player{n % PLAYERS}"), repeat
    )
    figures["personal bests of a player"] = median_ms(
        lambda n: store.personal_bests(f"player{n % PLAYERS}"), max(repeat // 10, 3)
    )
    figures["accuracy by tag (all)"] = median_ms(lambda n: store.accuracy_by_tag(), 3)
    figures["most missed (all)"] = median_ms(lambda n: store.most_missed(), 3)
    rounds = store._conn.execute("SELECT count(*) FROM rounds").fetchone()[0]
    store.close()
    figures["_rounds"] = rounds
    figures["_bytes per round"] = path.stat().st_size / rounds
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        empty = measure(Path(folder) / "scores.sqlite3", args.repeat)
    big = measure(big_store(args.rounds), args.repeat)

    print(f"\nSQLite {sqlite3.sqlite_version}, WAL + synchronous=FULL, median of {args.repeat}")
    stored = f"{big['_rounds']:,} rounds"
    print(f"{'operation':<30} {'empty store':>12} {stored:>16} {'ratio':>7}")
    for name, base in empty.items():
        if name.startswith("_"):
            continue
        print(f"{name:<30} {base:>9.3f} ms {big[name]:>13.3f} ms {big[name] / base:>6.1f}x")
    print(
        f"\nbytes per stored round: {big['_bytes per round']:.0f} "
        f"(bulk rounds, 1 in {ANSWERED_EVERY} with 10 answers)"
    )
    print(
        f"bytes per saved 10-answer round: {empty['_bytes per saved 10-answer round']:.0f} "
        f"(empty store), {big['_bytes per saved 10-answer round']:.0f} (big store)"
    )
    top, save = big["top 10 of a pack and mode"], big["save a 10-answer round"]
    verdict = "PASS" if top <= 5 and save <= 10 else "FAIL"
    print(f"targets: top 10 {top:.3f} ms <= 5 ms, save {save:.3f} ms <= 10 ms: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
