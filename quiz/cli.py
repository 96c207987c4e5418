"""The `quiz` command. Subcommands that need no screen never import textual."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from quiz import __version__

# name -> module in quiz.commands; each module has HELP, configure(parser) and run(args).
# Keep the modules light at import time: heavy imports go inside run().
COMMANDS = [
    "play",
    "packs",
    "validate",
    "schema",
    "import",
    "facts",
    "generate",
    "lint",
    "extract",
]


def _module(name: str):  # noqa: ANN202 - a module object
    return importlib.import_module(f"quiz.commands.{name.replace('-', '_')}_cmd")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quiz",
        description="Football trivia for the terminal. Run `quiz` alone to play.",
    )
    parser.add_argument("--version", action="version", version=f"quiz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = _module(name)
        child = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.configure(child)
        child.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["play", "--home", *(argv or sys.argv[1:])])
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
