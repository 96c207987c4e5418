from __future__ import annotations

import argparse

from quiz.commands import add_packs_option


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--home", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--pack", metavar="ID", help="pack id (default: the main bundled pack)")
    add_packs_option(parser)
    parser.add_argument("--questions", type=int, metavar="N", help="questions in the round")
    parser.add_argument("--seconds", type=int, metavar="S", help="seconds per question")
    parser.add_argument("--mode", choices=["timed", "relaxed", "sudden-death"], help="round mode")
    parser.add_argument("--seed", type=int, metavar="N", help="seed for question order")


def run(args: argparse.Namespace) -> int:
    from quiz.tui.app import run_app

    return run_app(args)
