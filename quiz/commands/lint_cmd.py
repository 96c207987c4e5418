from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("packs", nargs="+", type=Path, metavar="PACK", help="pack files or folders")
    parser.add_argument(
        "--facts",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="facts files or folders the questions cite (repeatable)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def run(args: argparse.Namespace) -> int:
    from quiz.lint.run import lint
    from quiz.packs.loader import pack_files

    files: list[Path] = []
    for path in args.packs:
        if path.is_dir():
            files.extend(pack_files(path))
        elif path.name.endswith(".schema.json"):
            continue  # the JSON Schema beside the packs (questions/*.json) is not a pack
        elif path.exists():
            files.append(path)
        else:
            print(f"quiz lint: {path}: no such file or folder", file=sys.stderr)
            return 2
    problems, summaries = lint(files, args.facts)
    for line in problems:
        print(line)
    if not args.quiet:
        for line in summaries:
            print(line, file=sys.stderr)
    print(f"quiz lint: {len(problems)} problem(s) in {len(files)} pack(s)", file=sys.stderr)
    return 1 if problems else 0
