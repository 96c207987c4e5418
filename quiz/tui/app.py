"""The game's Textual app (a first screen; the full game is being built in issue 4)."""

from __future__ import annotations

import argparse
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Footer, Header, OptionList

from quiz.packs.sources import discover


class QuizApp(App[None]):
    TITLE = "Football Quiz"
    BINDINGS: ClassVar = [("q", "quit", "Quit")]

    def __init__(self, packs: list) -> None:
        super().__init__()
        self.packs = packs

    def compose(self) -> ComposeResult:
        yield Header()
        # Pack text is untrusted: Content() shows it literally, never as markup.
        yield OptionList(
            *[Content(f"{p.pack.title} ({len(p.pack.questions)})") for p in self.packs]
        )
        yield Footer()


def run_app(args: argparse.Namespace) -> int:
    catalogue = discover(args.packs)
    QuizApp(catalogue.packs).run()
    return 0
