"""A list the player puts in order: pick an item up, move it, drop it; Enter submits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

MAX_ITEMS = 8  # the pack format allows 2 to 8 items


class OrderItem(Static):
    """One row; a click is handled by the list."""

    def __init__(self, position: int) -> None:
        super().__init__(classes="order-item")
        self.position = position


class OrderList(Vertical, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("shift+up,ctrl+up,minus", "move(-1)", "Move up"),
        Binding("shift+down,ctrl+down,plus,equals_sign", "move(1)", "Move down"),
        Binding("space", "grab", "Pick up/drop"),
        Binding("enter", "submit", "Submit"),
    ]

    cursor: reactive[int] = reactive(0, init=False)
    held: reactive[bool] = reactive(False, init=False)

    class Submitted(Message):
        def __init__(self, items: tuple[str, ...]) -> None:
            self.items = items
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items: list[str] = []

    def compose(self) -> ComposeResult:
        for position in range(MAX_ITEMS):
            yield OrderItem(position)

    def set_items(self, items: Sequence[str]) -> None:
        self.items = list(items)
        self.set_reactive(OrderList.cursor, 0)
        self.set_reactive(OrderList.held, False)
        self.redraw()

    def redraw(self) -> None:
        for row in self.query(OrderItem):
            visible = row.position < len(self.items)
            row.display = visible
            if not visible:
                continue
            here = row.position == self.cursor
            marker = ("⇅ " if self.held else "▸ ") if here else "  "
            row.update(
                Content.assemble(
                    marker, (f"{row.position + 1}. ", "bold"), Content(self.items[row.position])
                )
            )
            row.set_class(here, "-cursor")
            row.set_class(here and self.held, "-held")

    def watch_cursor(self) -> None:
        self.redraw()

    def watch_held(self) -> None:
        self.redraw()

    def action_cursor(self, step: int) -> None:
        if self.held:
            self.action_move(step)
        elif self.items:
            self.cursor = (self.cursor + step) % len(self.items)

    def action_move(self, step: int) -> None:
        here, target = self.cursor, self.cursor + step
        if 0 <= target < len(self.items):
            self.items[here], self.items[target] = self.items[target], self.items[here]
            self.cursor = target
            self.redraw()

    def action_grab(self) -> None:
        self.held = not self.held

    def action_submit(self) -> None:
        self.post_message(self.Submitted(tuple(self.items)))

    def on_click(self, event: events.Click) -> None:
        """Click an item to pick it up, then click where it should go."""
        row = event.widget
        if not isinstance(row, OrderItem) or row.position >= len(self.items):
            return
        self.focus()
        if self.held:
            item = self.items.pop(self.cursor)
            self.items.insert(row.position, item)
            self.set_reactive(OrderList.held, False)
        else:
            self.set_reactive(OrderList.held, True)
        self.set_reactive(OrderList.cursor, row.position)
        self.redraw()
