from __future__ import annotations

import argparse


def configure(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    from quiz.packs.schema import schema_text

    print(schema_text(), end="")
    return 0
