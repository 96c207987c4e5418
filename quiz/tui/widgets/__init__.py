"""Widgets used by the game's screens."""
