"""Cloze drafts of context facts (quiz.extract.context): kinds of answer, sentences left alone,
review always on, caps, offsets, and how recovery counts them."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from quiz.extract import context, pipeline
from quiz.extract.lexicon import fold
from quiz.extract.pipeline import extract_text
from quiz.extract.recovery import context_precision, recover
from quiz.extract.tofacts import build, facts_for_generation, to_toml, validate

REPORT = """Liverpool beat Atalanta 2-0 at Anfield on Tuesday night in the Champions League.
Mohamed Salah scored the second goal in the 30th minute after a long run.
"We were brilliant tonight and the players deserve it," said Jurgen Klopp after the match.
The home side had been weakened by injuries to three defenders before the game.
The win took Liverpool into the last 16 of the competition for the fourth season running.
Atalanta had last lost in England back in 1990 when they were beaten by Everton in a friendly.
The stand behind the goal, known as the Kop, was empty because of the Covid-19 pandemic.
Klopp compared the rise of the visitors to his own early years in charge at Borussia Dortmund.
Atalanta travel to Amsterdam next month, needing one more point to finish second in the group.
"""


def _drafts(monkeypatch: pytest.MonkeyPatch, text: str = REPORT, **caps: int):
    if caps:
        capped = functools.partial(context.draft_contexts, **caps)
        monkeypatch.setattr(pipeline, "draft_contexts", capped)
    return extract_text(text, "report.txt")


def _uncapped(monkeypatch: pytest.MonkeyPatch, text: str = REPORT):
    return _drafts(monkeypatch, text, per_1000_words=1000, gaps_per_sentence=5)


@pytest.mark.parametrize(
    ("kind", "answer"),
    [
        ("text", "injuries"),  # a cause after "weakened by"
        ("text", "the Covid-19 pandemic"),  # a cause after "because of"
        ("text", "the Kop"),  # a name after "known as"
        ("stage", "last 16"),
        ("year", "1990"),
        ("club", "Everton"),
        ("club", "Borussia Dortmund"),
        ("city", "Amsterdam"),
        ("text", "three"),  # a number with its noun
    ],
)
def test_each_kind_of_answer(monkeypatch: pytest.MonkeyPatch, kind: str, answer: str) -> None:
    drafts = _uncapped(monkeypatch).contexts
    assert (kind, answer) in {(c.answer_kind, c.answer) for c in drafts}


def test_cause_aliases_drop_the_article_and_keep_the_head_noun(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    covid = next(c for c in _uncapped(monkeypatch).contexts if c.answer.endswith("pandemic"))
    assert "Covid-19 pandemic" in covid.aliases and "pandemic" in covid.aliases
    injuries = next(c for c in _uncapped(monkeypatch).contexts if c.answer == "injuries")
    assert "injury" in injuries.aliases


def test_never_on_a_quote_score_or_goal_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    draft = _uncapped(monkeypatch)
    assert draft.matches and draft.goals and draft.quotes
    taken = [m.span for m in draft.matches] + [g.span for g in draft.goals]
    taken += [q.span for q in draft.quotes]
    for item in draft.contexts:
        assert not any(a < item.span[1] and item.span[0] < b for a, b in taken)
        sentence = draft.text[item.span[0] : item.span[1]]
        assert '"' not in sentence and "2-0" not in sentence


def test_every_draft_is_marked_for_review_and_never_reaches_generation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft = _drafts(monkeypatch)
    assert draft.contexts
    assert all(c.review and context.NOTE in c.notes for c in draft.contexts)
    entries = build([draft])
    validate(entries)
    ctx = [e for e in entries if e.fact["kind"] == "context"]
    assert len(ctx) == len(draft.contexts)
    assert all(e.fact["review"] is True and "cloze draft" in e.fact["note"] for e in ctx)
    assert all(not e.missing for e in ctx), [e.missing for e in ctx]
    assert not [f for f in facts_for_generation(entries) if f.kind == "context"]
    assert 'kind = "context"' in to_toml(entries, [], ["report.txt"])


def test_offsets_point_at_the_sentence_and_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    draft = _uncapped(monkeypatch)
    for item in draft.contexts:
        sentence = draft.text[item.span[0] : item.span[1]]
        assert sentence in REPORT.splitlines()
        written = draft.text[item.at[0] : item.at[1]]
        assert written == item.answer or written in item.aliases
        assert item.span[0] <= item.at[0] < item.at[1] <= item.span[1]
        assert item.statement.count("{answer}") == 1
        start = item.at[0] - item.span[0]
        assert item.statement.replace("{answer}", draft.text[item.at[0] : item.at[1]]) == sentence
        assert "___" in item.ask and item.ask.endswith(
            sentence[start + (item.at[1] - item.at[0]) :]
        )


def test_caps_per_report_and_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    words = len(REPORT.split())
    one_each = _drafts(monkeypatch, per_1000_words=1000, gaps_per_sentence=1).contexts
    spans = [c.span for c in one_each]
    assert len(spans) == len(set(spans)) > 3
    two_each = _uncapped(monkeypatch).contexts
    assert len(two_each) > len(one_each)
    capped = _drafts(monkeypatch, per_1000_words=20, minimum=2, gaps_per_sentence=2).contexts
    assert len(capped) == max(2, -(-words * 20 // 1000))
    # The cap keeps the best-ranked drafts.
    assert (
        min(c.rank for c in capped)
        >= sorted((c.rank for c in two_each), reverse=True)[len(capped) - 1]
    )
    default = _drafts(monkeypatch).contexts
    assert len(default) <= max(context.MINIMUM, -(-words * context.PER_1000_WORDS // 1000))
    per_sentence: dict[tuple[int, int], int] = {}
    for c in default:
        per_sentence[c.span] = per_sentence.get(c.span, 0) + 1
    assert max(per_sentence.values()) <= context.GAPS_PER_SENTENCE


def test_no_gaps_in_short_lines_or_field_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Venue: Anfield, Liverpool, in the Champions League last 16 of 2020\n"
        "Liverpool v Atalanta\n" + REPORT
    )
    draft = _uncapped(monkeypatch, text)
    lines = text.splitlines()
    for item in draft.contexts:
        assert draft.text[item.span[0] : item.span[1]] not in lines[:2]


def _facts_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "context.toml").write_text(
        """
[[facts]]
id = "ctx-cause"
kind = "context"
sources = ["report.txt"]
ask = "Why was the Kop empty?"
answer = "the coronavirus pandemic"
aliases = ["Covid-19 pandemic", "pandemic"]
answer_kind = "text"
statement = "The Kop was empty because of {answer}."

[[facts]]
id = "ctx-elsewhere"
kind = "context"
sources = ["other.txt"]
ask = "Which club?"
answer = "Everton"
answer_kind = "club"
statement = "{answer} beat them."

[[facts]]
id = "ctx-absent"
kind = "context"
sources = ["report.txt"]
ask = "Which club?"
answer = "Genoa"
answer_kind = "club"
statement = "{answer} won there."
""",
        encoding="utf-8",
    )
    return folder


def test_recovery_counts_an_answer_or_alias_from_the_same_article(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    draft = _uncapped(monkeypatch)
    assert "everton" in {fold(c.answer) for c in draft.contexts}
    folder = _facts_folder(tmp_path)
    result = recover([draft], folder)
    # The alias matches ("the" dropped); Everton is drafted but from another article; no Genoa.
    assert result.by_kind["context"] == (1, 3)
    assert set(result.missed) == {"context ctx-elsewhere", "context ctx-absent"}
    assert recover([draft], folder, certain_only=True).by_kind["context"] == (0, 3)
    drafted, good = context_precision([draft], folder)["report.txt"]
    assert drafted == len(draft.contexts) and good == sum(
        bool(re.search("pandemic", c.answer)) for c in draft.contexts
    )
