"""How long checking one typed answer takes against a big pack's known names.

Prints the time of check_typed() with the KnownNames index as a ratio against a baseline
measured in the same run: folding every known name once (what a plain scan must do per
answer). A ratio well under 1 means the index spares that scan.

    .venv/bin/python bench/engine_typed_answers.py [NAMES]
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from quiz.engine.answers import KnownNames, check_typed, fold

ANSWERS = ("Salah", "Sala", "Mohamed Salha", "Manchester City", "van dijk")


def random_names(count: int, rng: random.Random) -> list[str]:
    def word() -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))

    return [f"{word().title()} {word().title()}" for _ in range(count)]


def best_of(runs: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    names = random_names(count, random.Random(0))
    start = time.perf_counter()
    index = KnownNames(names)
    build = time.perf_counter() - start
    baseline = best_of(3, lambda: [fold(n) for n in names])
    checked = best_of(
        3, lambda: [check_typed(a, "Mohamed Salah", others=index) for a in ANSWERS]
    ) / len(ANSWERS)
    print(f"{count} names: index built once in {build:.3f} s")
    print(f"baseline (fold every name once): {baseline * 1000:.1f} ms")
    print(f"check_typed with the index:      {checked * 1000:.2f} ms per answer")
    print(f"ratio: {checked / baseline:.3f}")


if __name__ == "__main__":
    main()
