"""The pack rules that types alone cannot express.

This module imports only pydantic_core, so the compiled validator that `quiz validate`
uses (quiz/packs/compiled.py) can call the very same functions as the models.

The rules run once per pack over all its questions, not once per question: a pack of
100,000 questions would otherwise spend a fifth of its loading time calling into Python.
A validator can raise only one error, so `check_questions` raises the first issue and
the error path (quiz.packs.errors) lists them all with `question_issues` on the raw data.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from pydantic_core import PydanticCustomError


class Issue(NamedTuple):
    index: int  # of the question in the pack
    field: str
    kind: str
    template: str
    ctx: dict[str, Any]

    def message(self) -> str:
        return self.template.format(**self.ctx)


def normalise(text: str) -> str:
    """Case- and spacing-insensitive form used to spot repeated options."""
    return " ".join(text.split()).casefold()


def _plainly_distinct(values: Sequence[str]) -> bool:
    """True when the values are distinct, non-blank and already in normal spacing, checked
    with a few calls on one joined string; False means "look closer", not "invalid"."""
    joined = "|".join(values)
    if (
        joined.isprintable()  # no tabs, newlines or other spaces but ' '
        and "  " not in joined
        and "| " not in joined
        and " |" not in joined
        and not joined.startswith(" ")
        and not joined.endswith(" ")
    ):
        folded = set(map(str.casefold, values))
        return len(folded) == len(values) and "" not in folded
    return False


def _repeats(index: int, values: Sequence[str], what: str, field: str) -> Iterator[Issue]:
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        key = normalise(value)
        if not key:
            yield Issue(index, field, "blank", "{what} #{n} is blank", {"what": what, "n": i + 1})
            return
        if key in seen:
            ctx = {"what": what, "n": i + 1, "value": value, "first": seen[key] + 1}
            template = "{what} #{n} '{value}' repeats #{first} after ignoring case and spacing"
            yield Issue(index, field, "repeated", template, ctx)
            return
        seen[key] = i


def _fields(questions: Sequence[Any], raw: bool) -> Iterator[tuple[int, str, Any, Any]]:
    """(index, type, options or items, answer) of the questions that have rules to check.
    Only runs once a rule is broken (`_all_plain` handles the common case), so it favours
    one loop for dataclasses, dicts and raw data over speed."""
    for index, q in enumerate(questions):
        get = q.get if isinstance(q, dict) else lambda name, q=q: getattr(q, name, None)
        kind = get("type")
        if kind not in ("multiple_choice", "order"):
            continue
        values = get("options") if kind == "multiple_choice" else get("items")
        # Raw data on the error path may hold anything: pydantic reports wrong types.
        if not raw or (
            isinstance(values, list | tuple) and all(isinstance(v, str) for v in values)
        ):
            yield index, kind, values, get("answer")


def question_issues(questions: Sequence[Any], raw: bool = False) -> Iterator[Issue]:
    """Every rule broken by the questions: validated dataclasses or dicts, or (raw=True)
    the parsed file on the error path."""
    for index, kind, values, answer in _fields(questions, raw):
        if not _plainly_distinct(values):
            what, field = ("option", "options") if kind == "multiple_choice" else ("item", "items")
            yield from _repeats(index, values, what, field)
        if kind == "multiple_choice" and isinstance(answer, str) and answer not in values:
            key = normalise(answer)
            near = [o for o in values if normalise(o) == key]
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            template = "'{answer}' is not among the options{hint}"
            ctx = {"answer": answer, "hint": hint}
            yield Issue(index, "answer", "answer_not_in_options", template, ctx)


def duplicate_ids(questions: Any) -> list[tuple[int, int]]:
    """(index, index of first use) for each question whose id repeats an earlier one."""
    if not isinstance(questions, list | tuple):
        return []
    ids = [q.get("id") if isinstance(q, dict) else getattr(q, "id", None) for q in questions]
    ids = [qid if isinstance(qid, str) else None for qid in ids]
    if len(set(ids)) == len(ids):
        return []  # the common case, checked cheaply
    seen: dict[str, int] = {}
    repeats = []
    for i, qid in enumerate(ids):
        if qid is not None:
            first = seen.setdefault(qid, i)
            if first != i:
                repeats.append((i, first))
    return repeats


def check_questions(questions: tuple[Any, ...]) -> tuple[Any, ...]:
    """The pack's questions obey every rule: unique ids, distinct options and items, and
    each multiple-choice key among its options."""
    for index, first in duplicate_ids(questions):
        raise PydanticCustomError(
            "duplicate_id",
            "already used by question #{first}",
            {"index": index, "first": first + 1},
        )
    if _all_plain(questions):
        return questions
    for issue in question_issues(questions):
        ctx = {**issue.ctx, "index": issue.index, "field": issue.field}
        raise PydanticCustomError(issue.kind, issue.template, ctx)
    return questions


def _all_plain(questions: tuple[Any, ...]) -> bool:
    """The common case in one tight loop: no question breaks a rule."""
    if questions and isinstance(questions[0], dict):  # from the compiled validator
        for q in questions:
            kind = q["type"]
            if kind == "multiple_choice":
                if q["answer"] not in q["options"] or not _plainly_distinct(q["options"]):
                    return False
            elif kind == "order" and not _plainly_distinct(q["items"]):
                return False
        return True
    for q in questions:
        kind = q.type
        if kind == "multiple_choice":
            if q.answer not in q.options or not _plainly_distinct(q.options):
                return False
        elif kind == "order" and not _plainly_distinct(q.items):
            return False
    return True
