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


def _distinct(values: tuple[str, ...], what: str) -> tuple[str, ...]:
    keys = [" ".join(v.split()).casefold() for v in values]
    if all(keys) and len(set(keys)) == len(keys):
        return values  # the common case, checked cheaply: big packs have many questions
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        key = normalise(value)
        if not key:
            raise PydanticCustomError("blank", "{what} #{n} is blank", {"what": what, "n": i + 1})
        if key in seen:
            raise PydanticCustomError(
                "repeated",
                "{what} #{n} '{value}' repeats #{first} after ignoring case and spacing",
                {"what": what, "n": i + 1, "value": value, "first": seen[key] + 1},
            )
        seen[key] = i
    return values


def distinct_options(values: tuple[str, ...]) -> tuple[str, ...]:
    return _distinct(values, "option")


def distinct_items(values: tuple[str, ...]) -> tuple[str, ...]:
    return _distinct(values, "item")


def answer_in_options(value: str, info: Any) -> str:
    """The key of a multiple-choice question must be one of its options, exactly."""
    options = info.data.get("options")
    if options is not None and value not in options:
        key = normalise(value)
        near = [o for o in options if normalise(o) == key]
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        raise PydanticCustomError(
            "answer_not_in_options",
            "'{answer}' is not among the options{hint}",
            {"answer": value, "hint": hint},
        )
    return value


def not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty", "must not be empty")
    return value


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
