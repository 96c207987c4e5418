"""The pack rules that types alone cannot express.

This module imports only pydantic_core, so the compiled validator that `quiz validate`
uses (quiz/packs/compiled.py) can call the very same functions as the models.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError


def normalise(text: str) -> str:
    """Case- and spacing-insensitive form used to spot repeated options."""
    return " ".join(text.split()).casefold()


def _distinct(values: tuple[str, ...], what: str, field: str) -> None:
    # The common case, checked cheaply first: big packs have very many questions.
    quick = {" ".join(v.casefold().split()) for v in values}
    if len(quick) == len(values) and "" not in quick:
        return
    keys = [normalise(v) for v in values]
    seen: dict[str, int] = {}
    for i, (value, key) in enumerate(zip(values, keys, strict=True)):
        if not key:
            raise PydanticCustomError(
                "blank", "{what} #{n} is blank", {"what": what, "n": i + 1, "field": field}
            )
        if key in seen:
            raise PydanticCustomError(
                "repeated",
                "{what} #{n} '{value}' repeats #{first} after ignoring case and spacing",
                {"what": what, "n": i + 1, "value": value, "first": seen[key] + 1, "field": field},
            )
        seen[key] = i


def check_multiple_choice(question: Any) -> Any:
    """Options are distinct, and the key is one of them exactly."""
    # A dataclass from the models, or a dict from the compiled validator.
    if type(question) is dict:
        options, answer = question["options"], question["answer"]
    else:
        options, answer = question.options, question.answer
    _distinct(options, "option", "options")
    if answer not in options:
        key = normalise(answer)
        near = [o for o in options if normalise(o) == key]
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        raise PydanticCustomError(
            "answer_not_in_options",
            "'{answer}' is not among the options{hint}",
            {"answer": answer, "hint": hint, "field": "answer"},
        )
    return question


def check_order(question: Any) -> Any:
    items = question["items"] if type(question) is dict else question.items
    _distinct(items, "item", "items")
    return question


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


def unique_ids(questions: tuple[Any, ...]) -> tuple[Any, ...]:
    for index, first in duplicate_ids(questions):
        raise PydanticCustomError(
            "duplicate_id",
            "already used by question #{first}",
            {"index": index, "first": first + 1},
        )
    return questions
