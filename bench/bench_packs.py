"""Pack loading benchmarks (issue 2). Prints ratios against baselines measured in the same run.

1. Loading and validating a pack of 100,000 questions vs json.loads on the same bytes
   (target <= 2.0x).
2. `quiz validate` of one small pack, whole process, vs `python -c "import pydantic"`
   (target <= 1.5x).

Run: python bench/bench_packs.py [--quick]
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from quiz.packs.loader import load_pack


def big_pack(count: int, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    questions = []
    for i in range(count):
        base = {
            "id": f"q{i}",
            "prompt": f"Question {i}: who scored in minute {rng.randint(1, 90)}?",
            "difficulty": rng.choice(["easy", "medium", "hard"]),
            "explanation": "Made up for the benchmark.",
        }
        kind = i % 5
        if kind == 0:
            options = [f"Player {rng.randint(0, 10**6)}-{j}" for j in range(4)]
            base |= {"type": "multiple_choice", "options": options, "answer": options[1]}
        elif kind == 1:
            base |= {"type": "true_false", "answer": rng.random() < 0.5}
        elif kind == 2:
            base |= {"type": "typed", "answer": "Mohamed Salah", "aliases": ["Salah"]}
        elif kind == 3:
            base |= {"type": "number", "answer": rng.randint(1900, 2024), "tolerance": 1}
        else:
            base |= {"type": "order", "items": ["first", "second", "third"]}
        questions.append(base)
    pack = {"id": "big", "title": "Big", "questions": questions}
    return json.dumps(pack, ensure_ascii=False, separators=(",", ":")).encode()


def best_of(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def process_time(argv: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as folder:
        data = big_pack(100_000)
        path = Path(folder) / "big.json"
        path.write_bytes(data)
        # Warm both, then take turns, so the machine's noise and memory state hit both alike.
        json.loads(data)
        load_pack(path)
        baseline, ours = float("inf"), float("inf")
        for _ in range(runs):
            baseline = min(baseline, best_of(lambda: json.loads(data), 1))
            ours = min(ours, best_of(lambda: load_pack(path), 1))
        print(f"100,000 questions ({len(data) / 1e6:.1f} MB)")
        print(f"  json.loads            {baseline * 1000:8.1f} ms")
        print(f"  load_pack (validated) {ours * 1000:8.1f} ms")
        print(f"  ratio {ours / baseline:.2f}x (target <= 2.0x)")

        small = Path(folder) / "small.json"
        small.write_bytes(big_pack(20))
        quiz = [sys.executable, "-m", "quiz", "validate", str(small)]
        pydantic = [sys.executable, "-c", "import pydantic"]
        # Interleave the two so load on a shared machine hits both alike.
        pairs = 10 if quick else 30
        ours_t, base_t = [], []
        process_time(quiz, 2)  # warm the bytecode caches
        for _ in range(pairs):
            ours_t += process_time(quiz, 1)
            base_t += process_time(pydantic, 1)
        ours_m, base_m = statistics.median(ours_t), statistics.median(base_t)
        print("quiz validate of a 20-question pack, whole process (median of", pairs, "runs)")
        print(f"  python -c 'import pydantic' {base_m * 1000:6.1f} ms")
        print(f"  quiz validate small.json    {ours_m * 1000:6.1f} ms")
        print(f"  ratio {ours_m / base_m:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
