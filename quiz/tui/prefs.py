"""The TUI's view of the remembered choices in quiz.settings (player, last round, theme)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quiz.settings import MAX_QUESTIONS, Settings, clean_name, load_settings, save_settings

if TYPE_CHECKING:
    from quiz.engine.round import RoundSettings

Prefs = Settings
DEFAULT_PLAYER = "Player"


def load() -> Settings:
    return load_settings()


def _save(settings: Settings) -> Settings:
    save_settings(settings)  # a reason comes back if it fails; nothing remembered, play goes on
    return settings


def player(settings: Settings) -> str:
    return settings.player or DEFAULT_PLAYER


def remember_theme(settings: Settings, theme: str) -> Settings:
    if settings.theme == theme:
        return settings
    return _save(replace(settings, theme=theme))


def remember_player(settings: Settings, name: str) -> Settings:
    name = clean_name(name)
    if not name or name == settings.player:
        return settings
    return _save(replace(settings, player=name))


def round_settings(settings: Settings) -> RoundSettings:
    return settings.round_settings()


def remember_round(settings: Settings, chosen: RoundSettings) -> Settings:
    capped = replace(chosen, questions=min(chosen.questions, MAX_QUESTIONS))
    return _save(settings.with_round(capped))
