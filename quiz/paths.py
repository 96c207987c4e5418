"""Where the game keeps its data. QUIZ_HOME overrides the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "quiz-football"


def data_dir() -> Path:
    override = os.environ.get("QUIZ_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_packs_dir() -> Path:
    return data_dir() / "packs"


def scores_db() -> Path:
    return data_dir() / "scores.sqlite3"


def settings_file() -> Path:
    return data_dir() / "settings.json"


def bundled_dir() -> Path:
    """The packs shipped with the game: inside the wheel, or questions/ in a source checkout."""
    here = Path(__file__).resolve().parent
    installed = here / "_bundled"
    return installed if installed.is_dir() else here.parent / "questions"
