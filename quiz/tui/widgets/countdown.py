"""A countdown bar that only displays the time the engine reports."""

from __future__ import annotations

import math

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

# Below these fractions of the limit the bar changes colour (CSS classes).
LOW = 0.5
CRITICAL = 0.25


class Countdown(Widget):
    """`left` seconds out of `limit`; `limit` None means no timer (relaxed mode)."""

    left: reactive[float | None] = reactive(None)
    limit: reactive[float | None] = reactive(None)

    def set_time(self, left: float | None, limit: float | None) -> None:
        self.limit = limit
        self.left = left
        fraction = self.fraction
        self.set_class(limit is not None and fraction <= LOW, "-low")
        self.set_class(limit is not None and fraction <= CRITICAL, "-critical")

    @property
    def fraction(self) -> float:
        if self.limit is None or self.left is None or self.limit <= 0:
            return 1.0
        return max(0.0, min(1.0, self.left / self.limit))

    def render(self) -> Content:
        if self.limit is None or self.left is None:
            return Content("No clock: take your time")
        label = f" {math.ceil(self.left):>3d}s"
        width = max(1, self.size.width - len(label))
        filled = round(self.fraction * width)
        return Content.assemble(
            "█" * filled,  # the widget's CSS colour, which changes as time runs low
            ("░" * (width - filled), "dim"),
            (label, "bold"),
        )
