"""The pack commands as a user runs them: exit codes, messages, no textual import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.cli import main

REPO = Path(__file__).resolve().parent.parent
GOOD = {
    "id": "good",
    "title": "Good",
    "questions": [{"id": "a", "type": "true_false", "prompt": "Yes?", "answer": True}],
}


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_validate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, "good.json", GOOD)
    bad = write(tmp_path, "bad.json", {**GOOD, "title": ""})
    assert main(["validate", str(good)]) == 0
    assert main(["validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert out == f"{bad}: title: must not be empty\n"
    assert main(["validate", str(tmp_path / "missing.json")]) == 2
    with pytest.raises(SystemExit) as usage:
        main(["validate"])
    assert usage.value.code == 2


def test_validate_a_folder_reports_each_broken_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "a.json", GOOD)
    write(tmp_path, "b.toml", "title = ")
    write(tmp_path, "c.json", "[]")
    assert main(["validate", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [
        str(tmp_path / "b.toml"),
        str(tmp_path / "c.json"),
    ]


def test_bundled_questions_are_valid() -> None:
    assert main(["validate", str(REPO / "questions"), str(REPO / "questions" / "examples")]) == 0


def test_committed_schema_is_current() -> None:
    from quiz.packs.schema import schema_text

    committed = (REPO / "questions" / "pack.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: quiz schema > questions/pack.schema.json"


def test_schema_rejects_unknown_fields_and_accepts_dollar_schema() -> None:
    from quiz.packs.schema import schema_text

    schema = json.loads(schema_text())
    assert schema["additionalProperties"] is False
    assert "$schema" in schema["properties"]
    assert schema["$defs"]["MultipleChoice"]["additionalProperties"] is False


@pytest.mark.parametrize(
    "command",
    [
        "validate",
        "schema",
        "packs",
        "import",
        "scores",
        "paths",
        "facts",
        "generate",
        "lint",
        "extract",
    ],
)
def test_screenless_commands_do_not_import_textual(tmp_path: Path, command: str) -> None:
    pack = write(tmp_path, "good.json", GOOD)
    report = write(tmp_path, "report.txt", "Liverpool beat Everton 2-0 at Anfield on Sunday.")
    args = {
        "validate": [str(pack)],
        "schema": [],
        "packs": ["--packs", str(tmp_path)],
        "import": ["opentdb", str(pack), "-o", str(tmp_path / "out.json")],
        "scores": [],
        "paths": [],
        "facts": ["check", str(REPO / "questions" / "facts")],
        "generate": [str(REPO / "questions" / "facts"), "-o", str(tmp_path / "gen.json")],
        "lint": [str(REPO / "questions" / "atalanta-liverpool.json")],
        "extract": [str(report), "-o", str(tmp_path / "facts.toml")],
    }[command]
    code = (
        "import sys\nfrom quiz.cli import main\n"
        f"main({[command, *args]!r})\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "textual was imported" not in result.stderr
    assert "Traceback" not in result.stderr


def test_packs_lists_user_and_extra_folders(
    tmp_path: Path, quiz_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (quiz_home / "packs").mkdir()
    write(quiz_home / "packs", "mine.json", {**GOOD, "id": "mine", "title": "Mine"})
    extra = tmp_path / "extra"
    extra.mkdir()
    write(extra, "other.json", {**GOOD, "id": "other", "title": "Other"})
    write(extra, "broken.json", "{")
    assert main(["packs", "--packs", str(extra)]) == 0
    captured = capsys.readouterr()
    assert "mine" in captured.out and "(user)" in captured.out
    assert "other" in captured.out and "(folder)" in captured.out
    assert str(quiz_home / "packs") in captured.out
    assert f"skipped: {extra / 'broken.json'}: invalid JSON" in captured.err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("quiz ")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("play", "validate", "schema", "packs", "import"):
        assert command in out


def test_python_dash_m_quiz_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quiz", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("quiz ")


def test_compiled_validator_is_current() -> None:
    from quiz.packs.compile import TARGET, compiled_schema

    assert TARGET.read_text(encoding="utf-8") == compiled_schema(), (
        "run: python -m quiz.packs.compile"
    )


def test_quiz_with_only_play_options_opens_home(monkeypatch: pytest.MonkeyPatch) -> None:
    import quiz.commands.play_cmd as play

    seen = {}
    monkeypatch.setattr(play, "run", lambda args: seen.update(vars(args)) or 0)
    assert main(["--packs", "somewhere"]) == 0
    assert seen["home"] is True and [str(p) for p in seen["packs"]] == ["somewhere"]
    assert main([]) == 0
