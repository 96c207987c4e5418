"""Choices the game remembers between runs: player name, last round settings, theme.

Stored as JSON in quiz.paths.settings_file(). A missing, corrupt or unreadable file gives
the defaults (a field with a bad value gives that field's default), never a traceback;
a write goes to a temporary file first and replaces the old one in one step.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quiz import paths

if TYPE_CHECKING:
    from quiz.engine.round import RoundSettings

MODES = ("timed", "relaxed", "sudden-death")
DIFFICULTIES = ("easy", "medium", "hard")
MAX_NAME = 40
MAX_QUESTIONS = 200
MIN_SECONDS, MAX_SECONDS = 3, 600
MAX_THEME = 64
MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Settings:
    player: str = ""
    questions: int = 10
    seconds: int | None = None  # None: the pack's own timing
    difficulty: str | None = None  # None: all difficulties
    mode: str = "timed"
    theme: str | None = None  # None: the app's default theme

    def round_settings(self, seed: int | None = None) -> RoundSettings:
        from quiz.engine.round import RoundSettings

        return RoundSettings(
            questions=self.questions,
            seconds=self.seconds,
            difficulty=self.difficulty,
            mode=self.mode,  # type: ignore[arg-type]  # checked on load
            seed=seed,
        )

    def with_round(self, chosen: RoundSettings) -> Settings:
        """These settings with the round choices just played."""
        return replace(
            self,
            questions=chosen.questions,
            seconds=chosen.seconds,
            difficulty=chosen.difficulty,
            mode=chosen.mode,
        )


def clean_name(name: str) -> str:
    """A player name fit to show and store: printable, single-spaced, at most MAX_NAME."""
    printable = "".join(c if c.isprintable() else " " for c in name)
    return " ".join(printable.split())[:MAX_NAME]


def _int_in(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _from_json(data: Any) -> Settings:
    """Keep each valid field; anything missing or wrong falls back to its default."""
    if not isinstance(data, dict):
        return Settings()
    default = Settings()
    player = data.get("player")
    questions = data.get("questions")
    seconds = data.get("seconds")
    difficulty = data.get("difficulty")
    mode = data.get("mode")
    theme = data.get("theme")
    return Settings(
        player=clean_name(player) if isinstance(player, str) else default.player,
        questions=questions if _int_in(questions, 1, MAX_QUESTIONS) else default.questions,
        seconds=seconds
        if seconds is None or _int_in(seconds, MIN_SECONDS, MAX_SECONDS)
        else default.seconds,
        difficulty=difficulty if difficulty in DIFFICULTIES else default.difficulty,
        mode=mode if mode in MODES else default.mode,
        theme=theme
        if isinstance(theme, str) and 0 < len(theme) <= MAX_THEME and theme.isprintable()
        else default.theme,
    )


def load_settings(path: Path | None = None) -> Settings:
    """The remembered settings, or the defaults if there are none or they cannot be read."""
    path = path or paths.settings_file()
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            return Settings()
        return _from_json(json.loads(raw))
    except (OSError, ValueError, RecursionError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Write the settings atomically. Returns None, or a one-line reason it could not."""
    path = path or paths.settings_file()
    clean = replace(settings, player=clean_name(settings.player))
    text = json.dumps(asdict(clean), indent=2, ensure_ascii=False) + "\n"
    temp_name: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            temp_name = handle.name
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
        temp_name = None
    except OSError as exc:
        return f"could not save settings to {path}: {exc.strerror or exc}"
    finally:
        if temp_name is not None:
            Path(temp_name).unlink(missing_ok=True)
    return None
