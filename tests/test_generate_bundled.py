"""The bundled packs are exactly what the generator makes from the bundled facts."""

from __future__ import annotations

from pathlib import Path

from quiz.facts.load import load_facts
from quiz.generate.bundled import BUNDLES, build_all, main

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


def test_every_bundled_pack_regenerates_byte_for_byte() -> None:
    built = build_all(load_facts([QUESTIONS / "facts"]).facts)
    assert set(built) == {b.file for b in BUNDLES}
    for name, text in built.items():
        assert (QUESTIONS / name).read_bytes() == text.encode("utf-8"), name


def test_check_mode_reports_a_stale_pack(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    for facts_file in (QUESTIONS / "facts").glob("*.toml"):
        (tmp_path / "facts" / facts_file.name).write_bytes(facts_file.read_bytes())
    assert main(["--dir", str(tmp_path), "--check"]) == 1
    assert main(["--dir", str(tmp_path)]) == 0
    assert main(["--dir", str(tmp_path), "--check"]) == 0
    assert (tmp_path / "atalanta-liverpool.json").read_bytes() == (
        QUESTIONS / "atalanta-liverpool.json"
    ).read_bytes()
