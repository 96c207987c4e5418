"""Convert an Open Trivia DB API response into a pack (its text is HTML-escaped)."""

from __future__ import annotations

import html
import re
from typing import Any

from quiz.packs.errors import PackError

ATTRIBUTION = "Questions from the Open Trivia Database (opentdb.com), licensed CC BY-SA 4.0."
_DIFFICULTIES = {"easy", "medium", "hard"}


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise PackError([f"{where}: expected text"])
    # Decode twice: some responses are double-escaped (&amp;quot;).
    return html.unescape(html.unescape(value)).strip()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"


def convert(data: Any, name: str, pack_id: str, title: str | None = None) -> dict[str, Any]:
    """The pack as plain data, ready to validate and write."""
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise PackError([f"{name}: not an Open Trivia DB response (no 'results' list)"])
    if data.get("response_code", 0) != 0:
        raise PackError(
            [f"{name}: the response reports an error (response_code {data['response_code']})"]
        )
    questions = []
    categories: list[str] = []
    for i, item in enumerate(data["results"]):
        where = f"{name}: result #{i + 1}"
        if not isinstance(item, dict):
            raise PackError([f"{where}: expected an object"])
        prompt = _text(item.get("question"), f"{where}: question")
        correct = _text(item.get("correct_answer"), f"{where}: correct_answer")
        wrong = item.get("incorrect_answers")
        if not isinstance(wrong, list):
            raise PackError([f"{where}: incorrect_answers: expected a list"])
        category = _text(item.get("category", ""), f"{where}: category")
        difficulty = str(item.get("difficulty", "medium")).lower()
        question: dict[str, Any] = {
            "id": f"otdb-{i + 1}",
            "prompt": prompt,
            "difficulty": difficulty if difficulty in _DIFFICULTIES else "medium",
            "tags": [category] if category else [],
            "source": "Open Trivia Database",
        }
        if item.get("type") == "boolean":
            question |= {"type": "true_false", "answer": correct.lower() == "true"}
        else:
            options = [correct] + [_text(w, f"{where}: incorrect_answers") for w in wrong]
            # Keep the key off a fixed position, deterministically.
            shift = i % len(options)
            options = options[shift:] + options[:shift]
            question |= {"type": "multiple_choice", "options": options, "answer": correct}
        questions.append(question)
        if category and category not in categories:
            categories.append(category)
    return {
        "$schema": "pack.schema.json",
        "schema_version": 1,
        "id": pack_id,
        "title": title or (categories[0] if len(categories) == 1 else "Open Trivia DB questions"),
        "description": f"Imported from {name}.",
        "author": "Open Trivia Database contributors",
        "tags": categories[:20],
        "licence": "CC BY-SA 4.0",
        "attribution": ATTRIBUTION,
        "questions": questions,
    }


def default_id(name: str) -> str:
    return _slug(name.rsplit("/", 1)[-1].rsplit(".", 1)[0])
