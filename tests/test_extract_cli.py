"""`quiz extract` writes a draft the facts loader accepts; `quiz generate --from-text` builds a
pack from the certain facts only."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.extract.fromtext import extract_files
from quiz.extract.tofacts import certain_entries, short_quote
from quiz.facts.load import load_facts

CORPUS = Path(__file__).parent / "extract_corpus"


def test_draft_is_a_valid_facts_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "facts.toml"
    code = main(["extract", str(CORPUS / "man-utd-bayern-1999.txt"), "-o", str(out_file)])
    err = capsys.readouterr().err
    assert code == 0 and "facts drafted" in err
    facts = load_facts([out_file]).facts
    kinds = {f.kind for f in facts}
    assert {"club", "person", "match", "goal", "quote", "record"} <= kinds
    match = next(f for f in facts if f.kind == "match")
    assert (match.competition, match.stage, str(match.date), match.venue, match.city) == (
        "UEFA Champions League",
        "final",
        "1999-05-26",
        "Camp Nou",
        "Barcelona",
    )


def test_every_drafted_fact_keeps_its_sentence_offsets(tmp_path: Path) -> None:
    report = CORPUS / "brazil-germany-2014.txt"
    text = report.read_text(encoding="utf-8")
    extraction = extract_files([report])
    checked = 0
    for entry in extraction.entries:
        if entry.fact["kind"] == "club" or "span" not in entry.fact:
            continue
        start, end = entry.fact["span"]
        assert text[start:end] == entry.sentence
        checked += 1
    assert checked >= 10


def test_draft_writes_span_and_review_as_fields(tmp_path: Path) -> None:
    out_file = tmp_path / "facts.toml"
    main(["extract", str(CORPUS / "brazil-germany-2014.txt"), "-o", str(out_file)])
    facts = load_facts([out_file]).facts
    spans = [f.span for f in facts if f.kind != "club"]
    assert spans and all(s is not None and s[0] < s[1] for s in spans)
    flagged = [f for f in facts if f.review]
    assert flagged and all(f.note.startswith("review: ") for f in flagged)
    assert any(not f.review and f.kind == "person" for f in facts)


def test_generate_from_text_skips_facts_marked_review() -> None:
    from quiz.extract.tofacts import facts_for_generation

    report = CORPUS / "mancity-qpr-2012.txt"
    entries = extract_files([report]).entries
    before = {f.id for f in facts_for_generation(entries)}
    goal = next(e for e in entries if e.fact["kind"] == "goal" and e.fact["id"] in before)
    goal.fact["review"] = True  # marked in the fact itself, not in the entry's reasons
    after = {f.id for f in facts_for_generation(entries)}
    assert after == before - {goal.fact["id"]}
    match = next(e for e in entries if e.fact["kind"] == "match" and e.fact["id"] in before)
    match.fact["review"] = True
    # Goals, quotes and records that name a left-out match go too.
    rest = {f.id for f in facts_for_generation(entries)}
    named = {e.fact["id"] for e in entries if e.fact.get("match") == match.fact["id"]}
    assert named and not (rest & named) and match.fact["id"] not in rest


def test_review_and_incomplete_facts_are_marked_in_the_draft(tmp_path: Path) -> None:
    out_file = tmp_path / "facts.toml"
    main(["extract", str(CORPUS / "brazil-germany-2014.txt"), "-o", str(out_file)])
    text = out_file.read_text(encoding="utf-8")
    assert "# REVIEW: Germany taken from the surrounding sentences" in text
    assert "# INCOMPLETE, missing: club (which team scored)" in text
    assert "# [[facts]]" in text
    data = tomllib.loads(text)
    assert all("[[facts]]" not in str(f) for f in data["facts"])


def test_generate_from_text_uses_only_certain_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = CORPUS / "liverpool-barcelona-2019.txt"
    pack_file = tmp_path / "pack.json"
    code = main(["generate", "--from-text", str(report), "-o", str(pack_file), "--seed", "3"])
    err = capsys.readouterr().err
    assert code == 0, err
    pack = json.loads(pack_file.read_text(encoding="utf-8"))
    certain = {e.fact["id"] for e in certain_entries(extract_files([report]).entries)}
    used = {fid for q in pack["questions"] for fid in q.get("facts", [])}
    assert used and used <= certain
    # The first leg's result leans on a guessed team, so no question may rest on it.
    assert not any("barcelona-liverpool" in fid for fid in used)
    assert main(["validate", str(pack_file)]) == 0


def test_quotes_are_cut_to_a_few_words_at_a_natural_break() -> None:
    long = (
        "I said before the game to the boys: I don't think it's possible, but because it's "
        "you, we have a chance"
    )
    words, cut = short_quote(long)
    assert cut and len(words) <= 80 and long.startswith(words)
    assert short_quote("Football. Bloody hell.") == ("Football. Bloody hell.", False)


def test_one_match_told_by_two_reports_is_one_fact(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text(
        "Atalanta beat Liverpool 3-0 at Anfield on 11 April 2024 in the Europa League "
        "quarter-final first leg. Gianluca Scamacca scored in the 38th minute.",
        encoding="utf-8",
    )
    second.write_text(
        "Liverpool 0-3 Atalanta: the Europa League quarter-final first leg was played at "
        "Anfield on 11 April 2024, and the football from the visitors was superb.",
        encoding="utf-8",
    )
    entries = extract_files([first, second]).entries
    matches = [e.fact for e in entries if e.fact["kind"] == "match"]
    assert len(matches) == 1
    assert matches[0]["sources"] == ["a.txt", "b.txt"]
    goal = next(e.fact for e in entries if e.fact["kind"] == "goal")
    assert goal["match"] == matches[0]["id"]


def test_dated_events_are_drafted_as_event_facts_for_review(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "Atalanta beat Liverpool 3-0 at Anfield on 11 April 2024. Gianluca Scamacca scored "
        "twice. It was Atalanta's first European semi-final since 1988.",
        encoding="utf-8",
    )
    out_file = tmp_path / "facts.toml"
    assert main(["extract", str(report), "-o", str(out_file)]) == 0
    events = [f for f in load_facts([out_file]).facts if f.kind == "event"]
    assert [(e.year, e.subject, e.review) for e in events] == [(1988, "atalanta", True)]
    event = events[0]
    assert "1988" not in event.label and "___" in event.ask
    assert event.statement.format(year=1988) in report.read_text(encoding="utf-8")
