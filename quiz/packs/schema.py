"""The published JSON Schema, generated from the models."""

from __future__ import annotations

import json

from quiz.packs.models import Pack


def schema_text() -> str:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(Pack.model_json_schema(by_alias=True))
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
