from __future__ import annotations

import argparse
import sys

from quiz.commands import add_packs_option


def configure(parser: argparse.ArgumentParser) -> None:
    add_packs_option(parser)


def run(args: argparse.Namespace) -> int:
    from quiz import paths
    from quiz.packs.sources import discover

    catalogue = discover(args.packs)
    for loaded in catalogue.packs:
        pack = loaded.pack
        types = ", ".join(pack.types())
        print(f"{pack.id:<28} {len(pack.questions):>5}  {pack.title}  [{types}]  ({loaded.origin})")
    print(f"\nYour packs folder: {paths.user_packs_dir()}")
    for problem in catalogue.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return 0
