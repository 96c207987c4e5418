"""The `quiz` command. Subcommands that need no screen never import textual."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from types import ModuleType

from quiz import __version__

# Subcommand -> one-line help. Each lives in quiz/commands/<name>_cmd.py with
# configure(parser) and run(args) -> exit code; only the one being run is imported,
# so `quiz validate` starts fast.
COMMANDS: dict[str, str] = {
    "play": "play a round (`quiz` alone opens the home screen)",
    "packs": "list the packs you can play and where they come from",
    "validate": "check pack files (or folders of them) and report every problem",
    "schema": "print the JSON Schema of pack files",
    "import": "convert questions from another format into a pack (opentdb)",
    "scores": "show the high scores, or export them as JSON or CSV",
    "paths": "show where the game keeps its data: the data folder, the score store, your packs",
    "facts": "check facts files (or folders of them): `quiz facts check PATH...`",
    "generate": "generate a question pack from facts files: `quiz generate FACTS... -o PACK`",
    "lint": "check packs for ungrounded questions, bad distractors, leaks, duplicates and bias",
    "extract": "draft facts from plain-text match reports: `quiz extract REPORT.txt... -o FACTS`",
}


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"quiz.commands.{name.replace('-', '_')}_cmd")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, configuring just `only` when the command is already known."""
    parser = argparse.ArgumentParser(
        prog="quiz",
        description="Football trivia for the terminal. Run `quiz` alone to play.",
    )
    parser.add_argument("--version", action="version", version=f"quiz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        child = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or name == only:
            module = _module(name)
            module.configure(child)
            child.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import sys

    args_list = list(sys.argv[1:] if argv is None else argv)
    # `quiz` alone, or with only play's options (`quiz --packs DIR`), opens the home screen.
    if not args_list or (
        args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list = ["play", "--home", *args_list]
    first = args_list[0] if args_list else None
    parser = build_parser(first if first in COMMANDS else None)
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
