"""One module per `quiz` subcommand: configure(parser) and run(args) -> exit code."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_packs_option(parser: argparse.ArgumentParser) -> None:
    """`--packs DIR`, shared by every command that finds packs."""
    parser.add_argument(
        "--packs",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="also look for packs in this folder (repeatable)",
    )
