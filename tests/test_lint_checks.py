"""quiz lint finds each kind of problem in small bad packs, and passes the bundled packs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quiz.cli import main
from quiz.lint.run import lint
from quiz.lint.stats import above_chance, chi_square, uniform_rejected

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"
FACTS = QUESTIONS / "facts"


def mc(
    qid: str, prompt: str, options: list[str], answer: str, facts: list[str] | None = None
) -> dict[str, Any]:
    return {
        "id": qid,
        "type": "multiple_choice",
        "prompt": prompt,
        "options": options,
        "answer": answer,
        "facts": ["salah"] if facts is None else facts,
    }


def write_pack(tmp_path: Path, questions: list[dict[str, Any]]) -> Path:
    path = tmp_path / "bad.json"
    pack = {"id": "bad", "title": "Bad", "questions": questions}
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    return path


def checks(tmp_path: Path, questions: list[dict[str, Any]], with_facts: bool = True) -> list[str]:
    problems, _ = lint([write_pack(tmp_path, questions)], [FACTS] if with_facts else [])
    return problems


def test_bundled_packs_are_clean(capsys: pytest.CaptureFixture[str]) -> None:
    packs = sorted(str(p) for p in QUESTIONS.glob("*.json"))  # the schema file is skipped
    assert main(["lint", *packs, "--facts", str(FACTS)]) == 0
    err = capsys.readouterr().err
    assert "0 problem(s)" in err and "key positions" in err


def test_questions_without_facts_or_with_unknown_facts_are_ungrounded(tmp_path: Path) -> None:
    problems = checks(
        tmp_path,
        [
            mc("a", "Who?", ["Mohamed Salah", "Josip Iličić"], "Mohamed Salah", facts=[]),
            mc(
                "b", "Who else?", ["Mohamed Salah", "Josip Iličić"], "Mohamed Salah", facts=["nope"]
            ),
        ],
    )
    assert f"{tmp_path / 'bad.json'}: question 'a': ungrounded: lists no fact ids" in problems
    assert any("'b': ungrounded: fact id 'nope' is not in the facts" in p for p in problems)


def test_options_equal_after_folding_accents_are_caught(tmp_path: Path) -> None:
    problems = checks(tmp_path, [mc("a", "Who scored?", ["Iličić", "Ilicic", "Salah"], "Salah")])
    assert any("'a': distractor: 'Ilicic' repeats 'Iličić' once folded" in p for p in problems)


def test_an_alias_of_the_key_is_not_a_distractor(tmp_path: Path) -> None:
    problems = checks(
        tmp_path,
        [
            mc("a", "Who scored?", ["Mohamed Salah", "Salah", "Josip Iličić"], "Mohamed Salah"),
            mc(
                "b",
                "Who scored too?",
                ["Mo Salah", "Mohamed Salah", "Josip Iličić"],
                "Mohamed Salah",
            ),
        ],
    )
    assert any("'a': distractor: 'Salah' is the answer" in p for p in problems)
    assert any("'b': distractor: 'Mo Salah' is the answer" in p for p in problems)  # via facts


def test_a_distractor_of_another_type_is_caught(tmp_path: Path) -> None:
    problems = checks(
        tmp_path,
        [
            mc("a", "When?", ["2020", "3-1", "2019"], "2020"),
            mc(
                "b", "Which club?", ["Atalanta", "Mohamed Salah", "Genoa"], "Atalanta", ["atalanta"]
            ),
        ],
    )
    assert any("'a': distractor: '3-1' is a score, the answer is a year" in p for p in problems)
    assert any(
        "'b': distractor: 'Mohamed Salah' is a person, the answer is a club" in p for p in problems
    )


def test_another_true_answer_is_caught(tmp_path: Path) -> None:
    q = mc(
        "a",
        "Semi-final opponents: Benfica or whom?",
        ["Marseille", "Benfica", "Genoa"],
        "Benfica",
        ["ctx-2024-next-opponent"],
    )
    assert any("'Marseille' is also a true answer" in p for p in checks(tmp_path, [q]))


def test_answers_leaked_in_prompts_are_caught(tmp_path: Path) -> None:
    problems = checks(
        tmp_path,
        [
            mc(
                "a",
                "Did Salah score the penalty?",
                ["Mohamed Salah", "Josip Iličić"],
                "Mohamed Salah",
            ),
            {
                "id": "b",
                "type": "typed",
                "prompt": "Who is Ilicic?",
                "answer": "Josip Iličić",
                "aliases": ["Ilicic"],
                "facts": ["ilicic"],
            },
            {
                "id": "c",
                "type": "number",
                "prompt": "Liverpool had 0 shots. How many?",
                "answer": 0,
                "facts": ["rec-2020-shots-on-target"],
            },
            {
                "id": "d",
                "type": "number",
                "prompt": "Shots on target in the 2-0?",
                "answer": 0,
                "facts": ["rec-2020-shots-on-target"],
            },
        ],
    )
    leaks = [p for p in problems if ": leak: " in p]
    assert len(leaks) == 3
    assert any("'a': leak: the prompt contains the answer 'Salah'" in p for p in leaks)  # facts
    assert any("'b': leak: the prompt contains the answer 'Ilicic'" in p for p in leaks)
    assert any("'c': leak" in p for p in leaks) and not any("'d': leak" in p for p in leaks)


def test_near_duplicate_and_repeated_prompts_are_caught(tmp_path: Path) -> None:
    problems = checks(
        tmp_path,
        [
            mc(
                "a",
                "Who scored Liverpool's penalty in Bergamo in 2024?",
                ["Mohamed Salah", "Genoa"],
                "Mohamed Salah",
            ),
            mc(
                "b",
                "Who scored Liverpool's penalty kick in Bergamo in 2024?",
                ["Genoa", "Mohamed Salah"],
                "Mohamed Salah",
            ),
            mc(
                "c",
                "Who scored Liverpool's penalty in Bergamo in 2024?",
                ["Benfica", "Genoa"],
                "Genoa",
            ),
        ],
        with_facts=False,
    )
    assert any("'b': duplicate: near-duplicate of 'a'" in p for p in problems)
    assert any("'c': duplicate: same prompt as 'a'" in p for p in problems)


def test_key_position_bias_is_caught(tmp_path: Path) -> None:
    questions = [
        mc(f"q{i}", f"Question number {i} about {i * 7}?", ["Alpha", "Bravo", "Charl"], "Alpha")
        for i in range(30)
    ]
    problems = checks(tmp_path, questions, with_facts=False)
    assert any("position-bias: 3-option keys by position [30, 0, 0]" in p for p in problems)


def test_longest_option_bias_is_caught(tmp_path: Path) -> None:
    options = [
        ["Longest answer", "Bb", "Cc"],
        ["Bb", "Longest answer", "Cc"],
        ["Bb", "Cc", "Longest answer"],
    ]
    questions = [
        mc(f"q{i}", f"Question number {i} about {i * 7}?", options[i % 3], "Longest answer")
        for i in range(30)
    ]
    problems = checks(tmp_path, questions, with_facts=False)
    assert not any("position-bias" in p for p in problems)
    assert any("longest-option: the longest option is the key 30 times" in p for p in problems)


def test_true_false_imbalance_is_caught(tmp_path: Path) -> None:
    questions = [
        {
            "id": f"t{i}",
            "type": "true_false",
            "prompt": f"Statement {i}.",
            "answer": True,
            "facts": ["salah"],
        }
        for i in range(20)
    ]
    assert any("true/false answers 20 true, 0 false" in p for p in checks(tmp_path, questions))


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_pack(tmp_path, [mc("a", "Who?", ["Salah", "Mohamed Salah"], "Salah", facts=[])])
    assert main(["lint", str(bad)]) == 1
    assert "ungrounded" in capsys.readouterr().out
    assert main(["lint", str(tmp_path / "missing.json")]) == 2
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["lint", str(broken)]) == 1
    assert "invalid JSON" in capsys.readouterr().out


def test_chi_square_against_the_table() -> None:
    assert chi_square([10, 0]) == pytest.approx(10.0)
    assert uniform_rejected([10, 0]) is True  # 10 > 6.635
    assert uniform_rejected([6, 4]) is False
    assert uniform_rejected([3, 1]) is None  # under 5 expected per cell: no verdict
    assert uniform_rejected([13, 12, 10, 15]) is False
    z, high = above_chance(10, [0.25] * 10)
    assert high and z == pytest.approx(7.5 / (10 * 0.25 * 0.75) ** 0.5)


def test_implausible_distractors_are_caught(tmp_path: Path) -> None:
    problems = checks(
        tmp_path,
        [
            mc(
                "title",
                "Which club were Liverpool trailing in the Premier League title race?",
                ["Manchester City", "Paris Saint-Germain"],
                "Manchester City",
                ["ctx-2024-title-rival"],
            ),
            mc(
                "cup",
                "In which European competition did Atalanta reach the semi-finals in 1988?",
                ["Cup Winners' Cup", "FA Cup", "UEFA Europa League"],
                "Cup Winners' Cup",
                ["ctx-1988-competition"],
            ),
            mc(
                "league",
                "In which league were Atalanta playing?",
                ["Serie A", "Premier League", "Serie B"],
                "Serie A",
                ["atalanta"],
            ),
            mc(
                "italian",
                "Against which Italian club did Liverpool win the 2005 final?",
                ["AC Milan", "Genoa", "Benfica"],
                "AC Milan",
                ["ctx-2005-opponent"],
            ),
        ],
    )
    found = [p.split(": question ")[1] for p in problems if "implausible" in p]
    assert any(p.startswith("'title'") and "Paris Saint-Germain" in p for p in found)
    assert any(p.startswith("'cup'") and "'FA Cup' is a domestic cup" in p for p in found)
    assert any(p.startswith("'cup'") and "'UEFA Europa League' did not run" in p for p in found)
    assert any(
        p.startswith("'league'") and "'Premier League' is a league of England" in p for p in found
    )
    assert any(p.startswith("'italian'") and "'Benfica'" in p for p in found)
    assert not any("Genoa" in p or "Serie B" in p for p in found)  # fair ones pass
