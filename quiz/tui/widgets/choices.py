"""Kahoot!-style answer tiles: a key, a shape and the option text, chosen by key or mouse."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.containers import Grid
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

MAX_CHOICES = 6
LETTERS = "ABCDEF"
SHAPES = "▲◆●■★✚"


class ChoiceTile(Static):
    """One answer; its text comes from a pack and is shown literally.

    Not focusable: the screen takes the answer keys, so focus (and with it the footer, which
    rebuilds on every focus change) stays put from one question to the next.
    """

    class Chosen(Message):
        def __init__(self, index: int, at: float) -> None:
            self.index = index
            self.at = at  # when the click happened (Textual's event clock)
            super().__init__()

    def __init__(self, index: int) -> None:
        super().__init__(classes=f"tile c{index}")
        self.index = index

    def show(self, key: str, text: str) -> None:
        shape = SHAPES[self.index % len(SHAPES)]
        self.update(Content.assemble((f" {key} ", "bold reverse"), f" {shape} ", Content(text)))
        self.tooltip = None

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Chosen(self.index, event.time))


class ChoiceGrid(Grid):
    """Up to six tiles; unused tiles are hidden. The arrow keys' cursor is on at most one."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cursor: int | None = None
        self.count = 0

    def compose(self):
        for index in range(MAX_CHOICES):
            yield ChoiceTile(index)

    def show(self, options: Sequence[str], keys: Sequence[str]) -> None:
        self.count = len(options)
        self.set_cursor(None)
        tiles = list(self.query(ChoiceTile))
        for tile in tiles:
            visible = tile.index < len(options)
            tile.display = visible
            if visible:
                tile.show(keys[tile.index], options[tile.index])
        self.set_class(len(options) <= 2, "-two")
        self.set_class(len(options) > 4, "-six")

    def set_cursor(self, index: int | None) -> None:
        if index is not None:
            index = max(0, min(self.count - 1, index))
        if index == self.cursor:
            return
        for tile in self.query(ChoiceTile):
            if tile.index in (index, self.cursor):
                tile.set_class(tile.index == index, "-cursor")
        self.cursor = index
