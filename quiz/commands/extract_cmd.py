from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "reports",
        nargs="+",
        type=Path,
        metavar="REPORT",
        help="plain-text English match reports (UTF-8)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FACTS",
        help="facts file to write (TOML); without it the draft goes to stdout",
    )


def run(args: argparse.Namespace) -> int:
    from quiz.extract.fromtext import extract_files
    from quiz.extract.tofacts import to_toml

    extraction = extract_files(args.reports)
    for line in extraction.problems:
        print(f"quiz extract: {line}", file=sys.stderr)
    if not extraction.drafts:
        return 1
    sources = [d.source for d in extraction.drafts]
    text = to_toml(extraction.entries, extraction.notes, sources)
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(
                f"quiz extract: {args.output}: cannot write ({exc.strerror or exc})",
                file=sys.stderr,
            )
            return 1
    for note in extraction.notes:
        print(f"quiz extract: {note}", file=sys.stderr)
    entries = extraction.entries
    review = sum(1 for e in entries if e.review and not e.missing)
    incomplete = sum(1 for e in entries if e.missing)
    where = args.output if args.output is not None else "stdout"
    print(
        f"{where}: {len(entries)} facts drafted from {len(sources)} report(s): "
        f"{len(entries) - review - incomplete} ready to check, {review} marked for review, "
        f"{incomplete} incomplete (commented out)",
        file=sys.stderr,
    )
    return 0 if entries and not extraction.problems else 1
