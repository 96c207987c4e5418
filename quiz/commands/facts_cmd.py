from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="validate facts files and the references between them")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")


def run(args: argparse.Namespace) -> int:
    from collections import Counter

    from quiz.facts.load import load_facts
    from quiz.packs.errors import PackError

    try:
        facts = load_facts(args.paths)
    except PackError as exc:
        for line in exc.problems:
            print(line)
        print(f"quiz facts: {len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    kinds = Counter(f.kind for f in facts.facts)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    print(f"{len(facts.facts)} facts OK ({summary})", file=sys.stderr)
    return 0
