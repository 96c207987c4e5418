"""A light clickable label that runs an action: the home screen's mouse targets.

Lighter than Button, whose stylesheet alone is a fifth of the CSS parsed at start-up; the same
actions are on keys shown in the footer.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Static


class ActionLink(Static):
    DEFAULT_CSS = """
    ActionLink {
        width: auto;
        height: 1;
        padding: 0 2;
        margin: 0 1;
        background: $panel;
        &:hover { background: $accent; color: $text; }
        &.-primary { background: $success 60%; text-style: bold; }
    }
    """

    def __init__(self, label: str, action: str, *, id: str | None = None, primary: bool = False):
        super().__init__(label, id=id, markup=False, classes="-primary" if primary else "")
        self.action = action

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.run_action(self.action)
