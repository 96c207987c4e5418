"""Compile the models' core schema into plain data for the fast `quiz validate` path.

Importing pydantic's BaseModel and building the models costs ~100 ms, more than twice
`python -c "import pydantic"`. The models' core schema is therefore written once, as JSON,
to quiz/packs/pack_validator.json (a test keeps it current), with models and dataclasses
turned into typed dicts and each rule function named by reference into quiz.packs.rules.
quiz.packs.compiled rebuilds a pydantic_core SchemaValidator from it without the models.

Regenerate with: python -m quiz.packs.compile
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quiz.packs import rules

TARGET = Path(__file__).with_name("pack_validator.json")
_DROP = {"metadata", "serialization", "ref", "cls", "config", "custom_init", "root_model"}


def _fields(schema: dict[str, Any]) -> dict[str, Any]:
    """model-fields or dataclass-args -> typed-dict fields."""
    if schema["type"] == "model-fields":
        items = schema["fields"].items()
    else:
        items = ((f["name"], f) for f in schema["fields"])
    fields = {}
    for name, field in items:
        inner = _plain(field["schema"])
        out: dict[str, Any] = {
            "type": "typed-dict-field",
            "schema": inner,
            "required": inner["type"] != "default",
        }
        alias = field.get("validation_alias")
        if alias is not None:
            out["validation_alias"] = alias
        fields[name] = out
    return fields


def _plain(node: Any) -> Any:
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if not isinstance(node, dict):
        if callable(node):
            raise TypeError(f"unexpected callable in the pack schema: {node!r}")
        return node
    kind = node.get("type")
    if kind in ("model", "dataclass"):
        inner = node["schema"]
        extra = node.get("config", {}).get("extra_fields_behavior", "ignore")
        return {"type": "typed-dict", "fields": _fields(inner), "extra_behavior": extra}
    if "function" in node and isinstance(node["function"], dict):
        function = node["function"]["function"]
        if getattr(function, "__module__", None) != rules.__name__:
            raise TypeError(f"pack rules must live in {rules.__name__}: {function!r}")
        plain = {k: _plain(v) for k, v in node.items() if k not in _DROP and k != "function"}
        plain["function"] = {**node["function"], "function": {"$rule": function.__name__}}
        return plain
    return {k: _plain(v) for k, v in node.items() if k not in _DROP}


def compiled_schema() -> str:
    from quiz.packs.models import Pack

    data = _plain(Pack.__pydantic_core_schema__)
    # Field order matters (a rule may read earlier fields), so keys keep their order.
    return json.dumps(data, indent=1) + "\n"


if __name__ == "__main__":
    TARGET.write_text(compiled_schema(), encoding="utf-8")
    print(f"wrote {TARGET}")
