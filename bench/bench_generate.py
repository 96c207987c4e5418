"""Generation must grow linearly: 10,000 synthetic matches may take at most 12x the time of 1,000.

    .venv/bin/python bench/bench_generate.py [--small 1000] [--large 10000] [--repeat 3]

Prints the time for each size (best of --repeat), questions per second and the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from typing import Any

from quiz.facts.models import Club, Goal, Match, Person, Quote, Record
from quiz.generate.build import PackMeta, dump_pack, generate

SOURCE = ("synthetic.txt",)
COMPETITIONS = ("UEFA Champions League", "UEFA Europa League", "Cup Winners' Cup", "FA Cup")
STAGES = ("group stage", "last 16", "quarter-final", "semi-final")


def synthetic_facts(matches: int, seed: int = 7) -> list[Any]:
    """Clubs (one per 20 matches, at least 20), a player per club, matches with one goal each,
    and a record and a quote every tenth match."""
    rng = random.Random(seed)
    n_clubs = max(20, matches // 20)
    facts: list[Any] = []
    for c in range(n_clubs):
        facts.append(
            Club(
                id=f"club-{c}",
                kind="club",
                sources=SOURCE,
                name=f"Club {c:05d}",
                city=f"City {c:05d}",
                country=f"Country {c % 30}",
                stadium=f"Ground {c:05d}",
                league=f"League {c % 12}",
            )
        )
        facts.append(
            Person(
                id=f"player-{c}",
                kind="person",
                sources=SOURCE,
                name=f"Player Number{c:05d}",
                role="player",
                club=f"club-{c}",
            )
        )
    for m in range(matches):
        home, away = rng.sample(range(n_clubs), 2)
        year = rng.randint(1960, 2024)
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 360))
        hg, ag = rng.randint(0, 5), rng.randint(0, 5)
        mid = f"match-{m}"
        facts.append(
            Match(
                id=mid,
                kind="match",
                sources=SOURCE,
                competition=rng.choice(COMPETITIONS),
                stage=rng.choice(STAGES),
                year=year,
                date=day,
                home=f"club-{home}",
                away=f"club-{away}",
                venue=f"Ground {home:05d}",
                city=f"City {home:05d}",
                home_goals=hg,
                away_goals=ag,
                crowd=rng.random() < 0.8,
            )
        )
        scorer = home if hg else away
        if hg or ag:
            facts.append(
                Goal(
                    id=f"goal-{m}",
                    kind="goal",
                    sources=SOURCE,
                    match=mid,
                    scorer=f"player-{scorer}",
                    club=f"club-{scorer}",
                    minute=rng.randint(1, 90),
                    penalty=rng.random() < 0.2,
                    opener=True,
                )
            )
        if m % 10 == 0:
            facts.append(
                Record(
                    id=f"record-{m}",
                    kind="record",
                    sources=SOURCE,
                    subject=f"club-{home}",
                    value=rng.randint(1, 80),
                    match=mid,
                    how_many=f"corners did Club {home:05d} win in match {m}",
                    statement=f"Club {home:05d} won {{n}} corners in match {m}.",
                )
            )
            facts.append(
                Quote(
                    id=f"quote-{m}",
                    kind="quote",
                    sources=SOURCE,
                    text=f"words number {m}",
                    speaker=f"player-{home}",
                    to="reporters",
                    match=mid,
                    occasion=f"after match {m}",
                )
            )
    return facts


def timed(facts: list[Any], repeat: int) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        pack = generate(facts, seed=1, meta=PackMeta("bench", "Bench"))
        dump_pack(pack)
        best = min(best, time.perf_counter() - start)
        count = len(pack["questions"])
    return best, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=float, default=12.0)
    args = parser.parse_args()
    small_facts, large_facts = synthetic_facts(args.small), synthetic_facts(args.large)
    timed(synthetic_facts(50), 1)  # warm up: templates, imports, transliteration tables
    t_small, q_small = timed(small_facts, args.repeat)
    t_large, q_large = timed(large_facts, args.repeat)
    ratio = t_large / t_small
    print(
        f"{args.small:>6} matches: {len(small_facts):>6} facts -> {q_small:>6} questions in "
        f"{t_small:.3f}s ({q_small / t_small:,.0f} questions/s)"
    )
    print(
        f"{args.large:>6} matches: {len(large_facts):>6} facts -> {q_large:>6} questions in "
        f"{t_large:.3f}s ({q_large / t_large:,.0f} questions/s)"
    )
    size = args.large / args.small
    verdict = "OK" if ratio <= args.limit else "TOO SLOW"
    print(f"ratio {ratio:.2f} for {size:.0f}x the matches (limit {args.limit:g}x): {verdict}")
    return 0 if ratio <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
