"""Textual's Footer, rebuilt only when the keys it shows change.

The stock Footer recomposes on every bindings signal (mount, each focus change), although the
keys it shows are usually the same; each rebuild restyles every key, which cost the home screen
three rebuilds before its first frame settled.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.widgets import Footer


class QuizFooter(Footer):
    """A Footer that skips a rebuild which would show exactly what it shows now."""

    _shown: Hashable = None

    def _signature(self) -> Hashable:
        keys = tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )
        return (keys, self.compact, self.show_command_palette)

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        signature = self._signature()
        if signature == self._shown:
            return
        self._shown = signature
        await super().recompose()
