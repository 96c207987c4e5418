"""Regenerate the bundled packs in questions/ from questions/facts/.

python -m quiz.generate.bundled           # rewrite the packs
python -m quiz.generate.bundled --check   # exit 1 if any pack is out of date
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz.generate.build import PackMeta, dump_pack, generate

SEED = 2024
AUTHOR = "quiz-football (generated from facts in questions/facts)"


@dataclass(frozen=True)
class Bundle:
    file: str
    meta: PackMeta
    wants: Callable[[Any, dict[str, Any]], bool]  # (fact, facts by id) -> ask about it?


def _match_year(fact: Any, by_id: dict[str, Any]) -> int | None:
    if fact.kind == "match":
        return fact.year
    match_id = getattr(fact, "match", None)
    return by_id[match_id].year if match_id in by_id else None


def _history(fact: Any, by_id: dict[str, Any]) -> bool:
    if fact.kind in ("event", "club", "person"):
        return True
    return fact.kind in ("record", "context") and _match_year(fact, by_id) is None


BUNDLES = (
    Bundle(
        "atalanta-liverpool.json",
        PackMeta(
            "atalanta-liverpool",
            "Atalanta v Liverpool",
            "Every question from the 2020 Champions League and 2024 Europa League meetings: "
            "results, scorers, who said what, records and club history.",
            AUTHOR,
            ("football", "atalanta", "liverpool"),
        ),
        lambda fact, by_id: True,
    ),
    Bundle(
        "atalanta-liverpool-2020.json",
        PackMeta(
            "atalanta-liverpool-2020",
            "Champions League nights, 2020",
            "Atalanta and Liverpool in the 2020 Champions League group stage: 5-0 in Bergamo, "
            "2-0 at an empty Anfield.",
            AUTHOR,
            ("football", "champions-league", "2020"),
        ),
        lambda fact, by_id: _match_year(fact, by_id) == 2020,
    ),
    Bundle(
        "atalanta-liverpool-2024.json",
        PackMeta(
            "atalanta-liverpool-2024",
            "The 2024 Europa League quarter-final",
            "Atalanta's 3-0 at Anfield, the second leg in Bergamo and what was said around them.",
            AUTHOR,
            ("football", "europa-league", "2024"),
        ),
        lambda fact, by_id: _match_year(fact, by_id) == 2024,
    ),
    Bundle(
        "atalanta-liverpool-history.json",
        PackMeta(
            "atalanta-liverpool-history",
            "Atalanta and Liverpool: history and records",
            "Trophies, European nights of the past, streaks and the people in charge.",
            AUTHOR,
            ("football", "history", "records"),
        ),
        _history,
    ),
)


def repo_questions_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "questions"


def build_all(facts: Sequence[Any]) -> dict[str, str]:
    """File name -> pack JSON text, for every bundled pack."""
    by_id = {f.id: f for f in facts}
    out: dict[str, str] = {}
    for bundle in BUNDLES:
        only = {f.id for f in facts if bundle.wants(f, by_id)}
        out[bundle.file] = dump_pack(generate(facts, SEED, bundle.meta, only=only))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from quiz.facts.load import load_facts
    from quiz.packs.errors import PackError

    parser = argparse.ArgumentParser(prog="python -m quiz.generate.bundled", description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--dir", type=Path, default=None, help="questions folder")
    args = parser.parse_args(argv)
    folder = args.dir or repo_questions_dir()
    try:
        facts = load_facts([folder / "facts"])
    except PackError as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        return 1
    stale = 0
    for name, text in build_all(facts.facts).items():
        path = folder / name
        current = path.read_text("utf-8") if path.exists() else None
        if current == text:
            continue
        stale += 1
        if args.check:
            print(f"{path}: out of date (run python -m quiz.generate.bundled)", file=sys.stderr)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
