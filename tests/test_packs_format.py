"""The pack format: every validation rule reports file, question and field in one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quiz.packs.errors import PackError
from quiz.packs.loader import load_pack


def question(qid: str = "q1", **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": qid,
        "type": "multiple_choice",
        "prompt": "Who scored?",
        "options": ["Salah", "Mané", "Firmino"],
        "answer": "Salah",
    }
    base.update(fields)
    return base


def pack(*questions: dict[str, Any], **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": "test-pack", "title": "Test", "questions": list(questions)}
    data.update(fields)
    return data


def problems(tmp_path: Path, data: Any, name: str = "pack.json") -> list[str]:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    return caught.value.problems


def test_a_valid_pack_of_every_type_loads(tmp_path: Path) -> None:
    data = pack(
        question(),
        {"id": "q2", "type": "true_false", "prompt": "Anfield is in Liverpool.", "answer": True},
        {"id": "q3", "type": "typed", "prompt": "Who?", "answer": "Iličić", "aliases": ["Ilicic"]},
        {"id": "q4", "type": "number", "prompt": "Year?", "answer": 1992, "tolerance": 1},
        {"id": "q5", "type": "order", "prompt": "Order these", "items": ["a", "b", "c"]},
    )
    path = tmp_path / "ok.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_pack(path)
    assert loaded.pack.types() == ["multiple_choice", "true_false", "typed", "number", "order"]
    assert len(loaded.digest) == 64


def test_duplicate_question_ids_are_reported(tmp_path: Path) -> None:
    [line] = problems(tmp_path, pack(question("a"), question("b"), question("a")))
    assert line == f"{tmp_path / 'pack.json'}: question 'a' (#3): id: already used by question #1"


def test_duplicate_ids_are_reported_alongside_other_errors(tmp_path: Path) -> None:
    lines = problems(tmp_path, pack(question("a"), question("a", prompt="")))
    assert any("(#2): id: already used by question #1" in line for line in lines)
    assert any("(#2): prompt: must not be empty" in line for line in lines)


def test_options_repeating_after_case_and_spacing_are_reported(tmp_path: Path) -> None:
    [line] = problems(tmp_path, pack(question(options=["Salah", "Mané", " salah  "])))
    assert "question 'q1' (#1): options: option #3 ' salah  ' repeats #1" in line


def test_answer_not_among_options_is_reported(tmp_path: Path) -> None:
    [line] = problems(tmp_path, pack(question(answer="Origi")))
    assert "question 'q1' (#1): answer: 'Origi' is not among the options" in line


def test_answer_differing_only_in_case_gets_a_hint(tmp_path: Path) -> None:
    [line] = problems(tmp_path, pack(question(answer="salah")))
    assert "did you mean 'Salah'?" in line


@pytest.mark.parametrize("prompt", ["", "   ", "\n\t"])
def test_empty_prompts_are_reported(tmp_path: Path, prompt: str) -> None:
    [line] = problems(tmp_path, pack(question(prompt=prompt)))
    assert line.endswith("question 'q1' (#1): prompt: must not be empty")


def test_order_question_needs_two_items(tmp_path: Path) -> None:
    bad = {"id": "o", "type": "order", "prompt": "Order", "items": ["only"]}
    [line] = problems(tmp_path, pack(bad))
    assert line.endswith("question 'o' (#1): items: needs at least 2 (has 1)")


def test_negative_tolerance_is_reported(tmp_path: Path) -> None:
    bad = {"id": "n", "type": "number", "prompt": "How many?", "answer": 3, "tolerance": -1}
    [line] = problems(tmp_path, pack(bad))
    assert line.endswith("question 'n' (#1): tolerance: must be at least 0")


def test_unknown_fields_are_reported_with_a_suggestion(tmp_path: Path) -> None:
    bad = question()
    bad["anwser"] = bad.pop("answer")
    lines = problems(tmp_path, pack(bad))
    assert any(line.endswith("anwser: unknown field (did you mean 'answer'?)") for line in lines)
    assert not any(line.endswith("(#1): answer: is required") for line in lines)


def test_unknown_pack_level_field_is_reported(tmp_path: Path) -> None:
    [line] = problems(tmp_path, pack(question(), titel="x"))
    assert line == f"{tmp_path / 'pack.json'}: titel: unknown field (did you mean 'title'?)"


def test_unknown_question_type_is_reported(tmp_path: Path) -> None:
    [line] = problems(tmp_path, pack({"id": "x", "type": "essay", "prompt": "Discuss"}))
    assert "question 'x' (#1): type: unknown question type" in line


def test_question_without_id_is_named_by_index(tmp_path: Path) -> None:
    bad = question()
    del bad["id"]
    [line] = problems(tmp_path, pack(question("a"), bad))
    assert line.endswith("question #2: id: is required")


@pytest.mark.parametrize("count", [1, 7])
def test_multiple_choice_needs_two_to_six_options(tmp_path: Path, count: int) -> None:
    options = [f"option {i}" for i in range(count)]
    lines = problems(tmp_path, pack(question(options=options, answer=options[0])))
    assert any("options:" in line for line in lines)


def test_pack_id_must_be_a_slug(tmp_path: Path) -> None:
    [line] = problems(tmp_path, pack(question(), id="Not A Slug"))
    assert line.endswith("id: must be a lower-case slug such as 'my-pack'")


def test_toml_and_json_share_one_schema(tmp_path: Path) -> None:
    path = tmp_path / "pack.toml"
    path.write_text(
        'id = "t"\ntitle = "T"\n[[questions]]\nid = "a"\ntype = "true_false"\n'
        'prompt = "Yes?"\nanswer = true\nanwser = 1\n',
        encoding="utf-8",
    )
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert caught.value.problems == [
        f"{path}: question 'a' (#1): anwser: unknown field (did you mean 'answer'?)"
    ]


def test_starter_example_pack_is_valid() -> None:
    example = Path(__file__).parent.parent / "questions" / "examples" / "starter.toml"
    assert len(load_pack(example).pack.types()) == 5


def test_control_characters_cannot_break_a_problem_onto_two_lines(tmp_path: Path) -> None:
    [line] = problems(tmp_path, pack(question(), **{"evil\nkey": 1}))
    assert "\n" not in line and "evil\\x0akey: unknown field" in line


def test_a_missing_required_field_is_still_reported_without_a_typo(tmp_path: Path) -> None:
    bad = question()
    del bad["answer"]
    [line] = problems(tmp_path, pack(bad))
    assert line.endswith("question 'q1' (#1): answer: is required")
