"""`quiz scores` and `quiz paths` as a player uses them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from scores_helpers import make_round

from quiz.cli import main
from quiz.scores import ScoreStore
from quiz.scores.schema import SCHEMA_VERSION


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def played() -> None:
    with ScoreStore.open() as store:
        store.save_round(make_round(1, player="Robertson", score=2400))
        store.save_round(make_round(2, player="Gosens", score=3100))
        store.save_round(make_round(3, player="Ilicic", score=900, mode="relaxed"))
        store.save_round(make_round(4, player="Quitter", score=9999, abandoned=True))


def test_scores_with_nothing_played_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "scores") == (0, "No scores yet.\n", "")


@pytest.mark.usefixtures("played")
def test_scores_prints_each_board_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "scores")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Pack anfield (anfield) · timed"
    assert lines[2].split()[:3] == ["1", "Gosens", "3100"]
    assert lines[3].split()[:3] == ["2", "Robertson", "2400"]
    assert "Pack anfield (anfield) · relaxed" in lines
    assert "Quitter" not in out


@pytest.mark.usefixtures("played")
def test_scores_filters_by_mode_pack_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "scores", "--mode", "timed", "--limit", "1")
    assert "Gosens" in out and "Robertson" not in out and "relaxed" not in out
    assert run(capsys, "scores", "--pack", "nowhere")[1] == "No scores yet for pack 'nowhere'.\n"


@pytest.mark.usefixtures("played")
def test_scores_exports_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scores", "--json", "--mode", "timed")
    rows = json.loads(out)
    assert code == 0
    assert [(r["rank"], r["player"], r["score"]) for r in rows] == [
        (1, "Gosens", 3100),
        (2, "Robertson", 2400),
    ]
    assert rows[0]["finished_at"] == make_round(2).finished_at.isoformat()
    assert rows[0]["pack_id"] == "anfield" and rows[0]["mode"] == "timed"


def test_scores_exports_csv_that_a_spreadsheet_cannot_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with ScoreStore.open() as store:
        store.save_round(make_round(1, player='=HYPERLINK("http://x")', score=50))
    code, out, _ = run(capsys, "scores", "--csv")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert row["player"] == '\'=HYPERLINK("http://x")'
    assert (row["rank"], row["score"], row["mode"]) == ("1", "50", "timed")


def test_scores_never_sends_control_characters_to_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with ScoreStore.open() as store:
        store.save_round(make_round(1, player="evil\x1b[2Jname"))
    _, out, _ = run(capsys, "scores")
    assert "\x1b" not in out and "evil?[2Jname" in out


def test_scores_refuses_a_bad_limit_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["scores", "--limit", "0"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "quiz scores: error: argument --limit: must be 1 or more, not 0"
    assert "Traceback" not in err


def test_scores_on_a_damaged_file_starts_and_tells_the_player(
    capsys: pytest.CaptureFixture[str], quiz_home: Path
) -> None:
    (quiz_home / "scores.sqlite3").write_bytes(b"\x00garbage" * 2000)
    code, out, err = run(capsys, "scores")
    assert (code, out) == (0, "No scores yet.\n")
    assert err.startswith("quiz scores: The score file was damaged") and "kept as" in err
    assert len(list(quiz_home.glob("scores.sqlite3.damaged-*"))) == 1


def test_scores_on_a_newer_file_tells_the_player_and_keeps_it(
    capsys: pytest.CaptureFixture[str], quiz_home: Path
) -> None:
    import sqlite3

    path = quiz_home / "scores.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    code, out, err = run(capsys, "scores")
    assert (code, out) == (0, "No scores yet.\n")
    assert "newer version of quiz" in err
    assert path.read_bytes() == before


def test_scores_where_no_folder_can_be_made_still_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("QUIZ_HOME", str(tmp_path / "file" / "home"))
    code, out, err = run(capsys, "scores")
    assert (code, out) == (0, "No scores yet.\n")
    assert "cannot create the folder" in err


def test_paths_names_the_data_folder_score_store_and_packs_folder(
    capsys: pytest.CaptureFixture[str], quiz_home: Path
) -> None:
    code, out, _ = run(capsys, "paths")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"data folder  {quiz_home}  (set by QUIZ_HOME)"
    assert lines[1] == f"score store  {quiz_home / 'scores.sqlite3'}  (not created yet)"
    assert lines[2] == f"your packs   {quiz_home / 'packs'}  (not created yet)"


def test_the_score_commands_never_load_textual() -> None:
    script = (
        "import sys\n"
        "from quiz.cli import main\n"
        "main(['scores']); main(['paths'])\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
