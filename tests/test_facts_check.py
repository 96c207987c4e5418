"""Facts files: the bundled ones are valid, and every way a file is wrong is reported on one
line naming the file, the fact and the field."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.facts.load import load_facts
from quiz.packs.errors import PackError

FACTS = Path(__file__).resolve().parents[1] / "questions" / "facts"
SEEDS = (
    "000_0a03888a74d532cf.txt",
    "001_ebe4410c83d6ea72.txt",
    "002_784e3616024fa3f1.txt",
    "003_f447d5d280d950ec.txt",
    "004_26622b8f28ff8bbd.txt",
)

GOAL = """
[[facts]]
id = "m"
kind = "match"
sources = ["a.txt"]
competition = "Cup"
stage = "final"
year = 2020
home = "x"
away = "y"
city = "Town"
home_goals = 1
away_goals = 0

[[facts]]
id = "x"
kind = "club"
sources = ["a.txt"]
name = "X"

[[facts]]
id = "y"
kind = "club"
sources = ["a.txt"]
name = "Y"
"""


def problems_for(tmp_path: Path, text: str, name: str = "f.toml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_facts([path])
    return info.value.problems


def test_bundled_facts_are_valid_and_cover_every_kind_and_article() -> None:
    facts = load_facts([FACTS]).facts
    kinds = Counter(f.kind for f in facts)
    assert set(kinds) == {"club", "person", "match", "goal", "record", "event", "quote", "context"}
    assert kinds["match"] == 4
    cited = {source for f in facts for source in f.sources}
    assert cited == set(SEEDS)


def test_bundled_quotes_are_a_few_words_only() -> None:
    quotes = [f for f in load_facts([FACTS]).facts if f.kind == "quote"]
    assert quotes
    assert all(len(q.text.split()) <= 10 for q in quotes)


def test_quoted_words_appear_in_the_article_they_cite() -> None:
    seeds = Path("/work/shared/seeds")
    if not seeds.is_dir():
        pytest.skip("source articles not available here")
    for quote in (f for f in load_facts([FACTS]).facts if f.kind == "quote"):
        texts = [(seeds / s).read_text("utf-8").replace("\u2019", "'") for s in quote.sources]
        assert any(quote.text.replace("\u2019", "'") in t for t in texts), quote.id


def test_unknown_field_names_file_fact_and_field_with_a_suggestion(tmp_path: Path) -> None:
    text = GOAL.replace('city = "Town"', 'citty = "Town"')
    name = tmp_path / "f.toml"
    assert problems_for(tmp_path, text) == [
        f"{name}: fact 'm' (#1): city: is required",
        f"{name}: fact 'm' (#1): citty: unknown field (did you mean 'city'?)",
    ]


def test_unknown_kind_lists_the_kinds(tmp_path: Path) -> None:
    text = GOAL.replace('kind = "club"\nsources = ["a.txt"]\nname = "X"', 'kind = "clubb"')
    (line,) = problems_for(tmp_path, text)
    assert "fact 'x' (#2): kind: must be one of: club, context," in line


def test_wrong_value_types_and_rules_are_reported_per_fact(tmp_path: Path) -> None:
    text = GOAL.replace("home_goals = 1", "home_goals = -1").replace('away = "y"', 'away = "x"')
    lines = problems_for(tmp_path, text)
    assert any("fact 'm' (#1): home_goals: must be at least 0" in line for line in lines)
    # The model rule runs only once fields are valid; fix the goals and it shows.
    lines = problems_for(tmp_path, GOAL.replace('away = "y"', 'away = "x"'))
    assert any("fact 'm' (#1): home and away must be different clubs" in line for line in lines)


def test_references_must_name_facts_of_the_right_kind(tmp_path: Path) -> None:
    text = GOAL + '\n[[facts]]\nid = "g"\nkind = "goal"\nsources = ["a.txt"]\nmatch = "m"\n'
    text += 'scorer = "x"\nclub = "nobody"\n'
    lines = problems_for(tmp_path, text)
    assert f"{tmp_path / 'f.toml'}: fact 'g': scorer: 'x' is a club, expected person" in lines
    assert f"{tmp_path / 'f.toml'}: fact 'g': club: no fact has id 'nobody'" in lines


def test_an_id_used_in_two_files_is_reported_in_the_second(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOAL, encoding="utf-8")
    (tmp_path / "b.toml").write_text(GOAL.split('[[facts]]\nid = "x"')[0], encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_facts([tmp_path])
    assert info.value.problems == [
        f"{tmp_path / 'b.toml'}: fact 'm': id: already used in {tmp_path / 'a.toml'}"
    ]


def test_a_statement_needs_its_placeholder(tmp_path: Path) -> None:
    text = GOAL + (
        '\n[[facts]]\nid = "r"\nkind = "record"\nsources = ["a.txt"]\nsubject = "x"\n'
        'value = 3\nhow_many = "goals"\nstatement = "X scored three."\n'
    )
    lines = problems_for(tmp_path, text)
    assert any("fact 'r' (#4)" in line and "statement must contain {n}" in line for line in lines)


def test_broken_toml_and_json_are_one_line_each(tmp_path: Path) -> None:
    (line,) = problems_for(tmp_path, "[[facts]\n", "bad.toml")
    assert line.startswith(f"{tmp_path / 'bad.toml'}: invalid TOML")
    (line,) = problems_for(tmp_path, '{"facts": [', "bad.json")
    assert line.startswith(f"{tmp_path / 'bad.json'}: invalid JSON")


def test_json_facts_files_work_too(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_text(
        '{"facts": [{"id": "x", "kind": "club", "sources": ["a.txt"], "name": "X"}]}',
        encoding="utf-8",
    )
    assert [f.id for f in load_facts([path]).facts] == ["x"]


def test_cli_facts_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "check", str(FACTS)]) == 0
    assert "facts OK" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text(GOAL.replace('stage = "final"\n', ""), encoding="utf-8")
    assert main(["facts", "check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert out == f"{bad}: fact 'm' (#1): stage: is required\n"
    assert main(["facts", "check", str(tmp_path / "missing")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_a_missing_kind_is_named(tmp_path: Path) -> None:
    (line,) = problems_for(tmp_path, '[[facts]]\nid = "x"\nsources = ["a.txt"]\n')
    assert line.endswith(
        "fact 'x' (#1): kind: is required (one of: club, context, event, goal, "
        "match, person, quote, record)"
    )
