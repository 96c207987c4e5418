"""Importing Open Trivia DB responses: entities decoded, category, difficulty and credit kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.packs.loader import load_pack

RESPONSE = {
    "response_code": 0,
    "results": [
        {
            "type": "multiple",
            "difficulty": "hard",
            "category": "Sports",
            "question": "Which club is known as &quot;La Dea&quot; &amp; plays in Bergamo?",
            "correct_answer": "Atalanta",
            "incorrect_answers": ["Inter", "Milan", "Brescia"],
        },
        {
            "type": "boolean",
            "difficulty": "easy",
            "category": "Sports",
            "question": "Anfield&#039;s home side is Liverpool.",
            "correct_answer": "True",
            "incorrect_answers": ["False"],
        },
    ],
}


def test_opentdb_import_decodes_entities_and_keeps_attribution(tmp_path: Path) -> None:
    source = tmp_path / "otdb.json"
    source.write_text(json.dumps(RESPONSE), encoding="utf-8")
    out = tmp_path / "sports.json"
    assert main(["import", "opentdb", str(source), "-o", str(out)]) == 0
    pack = load_pack(out).pack
    first, second = pack.questions
    assert first.prompt == 'Which club is known as "La Dea" & plays in Bergamo?'
    assert first.answer == "Atalanta" and set(first.options) == {
        "Atalanta",
        "Inter",
        "Milan",
        "Brescia",
    }
    assert first.difficulty == "hard" and first.tags == ("Sports",)
    assert second.type == "true_false" and second.answer is True
    assert second.prompt == "Anfield's home side is Liverpool."
    assert pack.licence == "CC BY-SA 4.0" and "Open Trivia" in (pack.attribution or "")
    assert pack.id == "sports"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "invalid JSON"),
        ('{"results": 3}', "not an Open Trivia DB response"),
        ('{"response_code": 1, "results": []}', "response_code 1"),
    ],
)
def test_bad_opentdb_input_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    source = tmp_path / "otdb.json"
    source.write_text(content, encoding="utf-8")
    assert main(["import", "opentdb", str(source), "-o", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "x.json").exists()
