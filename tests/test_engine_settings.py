"""Remembered settings: round trip, atomic write, and defaults for any broken file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quiz import paths
from quiz.engine.round import RoundSettings
from quiz.settings import Settings, load_settings, save_settings


def test_no_file_gives_defaults() -> None:
    assert load_settings() == Settings()


def test_settings_round_trip_in_the_quiz_home(quiz_home: Path) -> None:
    chosen = Settings(player="Ana", questions=15, seconds=30, difficulty="hard",
                      mode="sudden-death", theme="gruvbox")  # fmt: skip
    assert save_settings(chosen) is None
    assert paths.settings_file().parent == quiz_home
    assert load_settings() == chosen
    assert json.loads(paths.settings_file().read_text())["player"] == "Ana"
    leftovers = [p.name for p in quiz_home.iterdir() if p.name != "settings.json"]
    assert leftovers == []  # the temporary file was renamed into place


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"[1, 2]", b"null", b"\xff\xfe\x00", b"[" * 100_000, b" " * 70_000],
)
def test_a_corrupt_file_gives_defaults(content: bytes) -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert load_settings() == Settings()


def test_bad_fields_fall_back_one_by_one() -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "player": "Bo\x1b[31m  Smith", "questions": True, "seconds": 1, "difficulty": "legendary",
        "mode": "relaxed", "theme": 7, "unknown": 1,
    }))  # fmt: skip
    assert load_settings() == Settings(player="Bo [31m Smith", mode="relaxed")


def test_an_unreadable_file_gives_defaults() -> None:
    path = paths.settings_file()
    path.mkdir(parents=True)  # a folder where the file should be
    assert load_settings() == Settings()


def test_a_failed_save_says_why_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    message = save_settings(Settings(player="Ana"), blocker / "sub" / "settings.json")
    assert message is not None and "could not save settings" in message
    assert "\n" not in message


def test_save_replaces_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.json"
    save_settings(Settings(player="Old"), target)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    assert save_settings(Settings(player="New"), target) is not None
    assert load_settings(target).player == "Old"  # the old file is intact
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_settings_convert_to_and_from_round_settings() -> None:
    chosen = RoundSettings(questions=5, seconds=12, difficulty="easy", mode="relaxed", seed=9)
    settings = Settings(player="Ana").with_round(chosen)
    assert settings == Settings(player="Ana", questions=5, seconds=12, difficulty="easy",
                                mode="relaxed")  # fmt: skip
    assert settings.round_settings(seed=9) == chosen
