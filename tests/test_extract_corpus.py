"""The test set keeps the targets: precision >= 0.9 and recall >= 0.7 on teams, scores,
scorers and dates (bench/bench_extract.py prints every kind)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from quiz.extract.pipeline import extract_text
from quiz.extract.scoring import Tally, score

CORPUS = Path(__file__).parent / "extract_corpus"


@pytest.mark.parametrize("folder", [CORPUS, CORPUS / "heldout"])
def test_targets_hold_on_the_reports(folder: Path) -> None:
    totals = {k: Tally() for k in ("teams", "scores", "scorers", "dates")}
    reports = sorted(folder.glob("*.txt"))
    assert reports
    for path in reports:
        expected = tomllib.loads(path.with_suffix(".expected.toml").read_text(encoding="utf-8"))
        for kind, tally in score(
            extract_text(path.read_text(encoding="utf-8"), path.name), expected
        ).items():
            if kind in totals:
                totals[kind].add(tally)
    for kind, tally in totals.items():
        assert tally.precision >= 0.9, (kind, tally.extras)
        assert tally.recall >= 0.7, (kind, tally.misses)


def test_the_set_has_eight_different_matches() -> None:
    reports = sorted(CORPUS.glob("*.txt"))
    assert len(reports) >= 8
    pairs = set()
    for path in reports:
        expected = tomllib.loads(path.with_suffix(".expected.toml").read_text(encoding="utf-8"))
        pairs.add(frozenset(expected["match"][0]["teams"]))
    assert len(pairs) == len(reports)


def test_a_drafted_half_of_a_split_quote_counts_but_a_fragment_does_not() -> None:
    from quiz.extract.scoring import quote_match

    joined = "We were close. We gave everything. Congratulations to Bayern."
    assert quote_match(joined, "We were close. We gave everything.")
    assert quote_match("We gave everything", "We were close. We gave everything.")
    assert not quote_match(joined, "We were close")  # under five words
    assert not quote_match(joined, "We gave nothing at all today")
