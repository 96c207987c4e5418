"""Bad input to `quiz extract` and `quiz generate --from-text`: a clear line, never a
traceback, never a made-up fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.cli import main
from quiz.extract.reading import MAX_REPORT_BYTES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def facts_in(path: Path) -> list[str]:
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("[[facts]]")
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"   \n\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary data"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_unreadable_reports_give_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes(content)
    out_file = tmp_path / "facts.toml"
    code, _, err = run(capsys, "extract", str(report), "-o", str(out_file))
    assert code == 1
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out_file.exists()


def test_huge_file_is_refused_before_reading_it_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "huge.txt"
    report.write_bytes(b"Liverpool beat Everton 2-0. " * (MAX_REPORT_BYTES // 20))
    code, _, err = run(capsys, "extract", str(report), "-o", str(tmp_path / "f.toml"))
    assert code == 1 and "MB limit" in err


def test_missing_file_and_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "extract", str(tmp_path / "nope.txt"), str(tmp_path))
    assert code == 1
    assert "no such file" in err and "is a folder" in err


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Il Liverpool ha battuto l'Atalanta per due a zero nella partita di ieri sera allo "
            "stadio, davanti ai tifosi della curva che cantavano senza sosta per tutta la gara.",
            "not look like English",
        ),
        (
            "The recipe needs two cups of flour, a pinch of salt and three eggs. Mix them in a "
            "bowl, then bake the loaf in a hot oven for forty minutes until it is golden.",
            "not look like a football match report",
        ),
        ("Goal!", "too short"),
    ],
)
def test_not_a_football_report_gives_an_empty_draft_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, why: str
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    out_file = tmp_path / "facts.toml"
    code, _, err = run(capsys, "extract", str(report), "-o", str(out_file))
    assert code == 1
    assert why in err
    assert facts_in(out_file) == []
    assert why in out_file.read_text(encoding="utf-8")


def test_generate_from_text_with_nothing_certain_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "The recipe needs two cups of flour and three eggs, mixed well in a bowl "
        "before the loaf goes in the oven.",
        encoding="utf-8",
    )
    pack = tmp_path / "pack.json"
    code, _, err = run(capsys, "generate", "--from-text", str(report), "-o", str(pack))
    assert code == 1 and "no certain facts" in err and "Traceback" not in err
    assert not pack.exists()


def test_a_bad_report_among_good_ones_is_named_and_the_rest_drafted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Liverpool beat Everton 2-0 in the Premier League at Anfield on 5 March "
        "2021. Mohamed Salah scored in the 10th minute.",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out_file = tmp_path / "facts.toml"
    code, _, err = run(capsys, "extract", str(good), str(bad), "-o", str(out_file))
    assert code == 1 and "bad.txt: file is empty" in err
    assert facts_in(out_file)
