"""The engine and settings stay free of textual, so headless commands start fast."""

from __future__ import annotations

import subprocess
import sys


def test_engine_and_settings_do_not_import_textual() -> None:
    code = (
        "import sys, quiz.engine.round, quiz.engine.scoring, quiz.engine.answers, quiz.settings\n"
        "print('textual' in sys.modules)"
    )
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
