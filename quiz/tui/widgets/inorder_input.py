"""An Input whose own key bindings act in the order the keys came.

Textual runs a focused widget's (non-priority) bindings only after the key has bubbled up to
the App, while printable keys are inserted at once. So a burst such as Ctrl+U then a name
(a terminal that sends both in one read, a fast typist on a busy machine) inserted the name
first and then cleared it. Running the field's own bindings as the key arrives keeps the order.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class InOrderInput(Input):
    async def _on_key(self, event: events.Key) -> None:
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if binding.priority:
                continue  # the App ran priority bindings before the key got here
            if await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()  # not again by Input's own handler or the App
                return
