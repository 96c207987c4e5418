"""The fast validator for `quiz validate`: the models' rules, without building the models.

It checks exactly what quiz.packs.models checks (a test compares both on random packs)
but loads in a few milliseconds. It returns plain data; the game uses the models.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from pydantic_core import SchemaValidator

from quiz.packs import rules

SOURCE = Path(__file__).with_name("pack_validator.json")


def _resolve(node: Any) -> Any:
    if isinstance(node, list):
        return [_resolve(item) for item in node]
    if isinstance(node, dict):
        if "$rule" in node:
            return getattr(rules, node["$rule"])
        return {key: _resolve(value) for key, value in node.items()}
    return node


@cache
def pack_validator() -> SchemaValidator:
    return SchemaValidator(_resolve(json.loads(SOURCE.read_text(encoding="utf-8"))))


@cache
def field_names() -> dict[str, set[str]]:
    """Field names per scope: "pack", "question" (common to all types) and each type."""
    schema = json.loads(SOURCE.read_text(encoding="utf-8"))
    while schema["type"] != "typed-dict":
        schema = schema["schema"]
    names = {"pack": {f.get("validation_alias", n) for n, f in schema["fields"].items()}}
    questions = schema["fields"]["questions"]["schema"]
    while "items_schema" not in questions:
        questions = questions["schema"]
    for tag, choice in questions["items_schema"][0]["choices"].items():
        while "fields" not in choice:  # a question-level rule wraps the fields
            choice = choice["schema"]
        names[tag] = set(choice["fields"])
    names["question"] = set.intersection(
        *(names[tag] for tag in questions["items_schema"][0]["choices"])
    )
    return names
