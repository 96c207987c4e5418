"""Property: whatever bytes a pack file holds, the loader returns a Pack or raises PackError."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.packs.errors import PackError
from quiz.packs.loader import check_pack, load_pack

VALID: dict[str, Any] = {
    "id": "p",
    "title": "P",
    "questions": [
        {
            "id": "a",
            "type": "multiple_choice",
            "prompt": "Q?",
            "options": ["x", "y"],
            "answer": "x",
        },
        {"id": "b", "type": "true_false", "prompt": "Q?", "answer": False},
        {"id": "c", "type": "typed", "prompt": "Q?", "answer": "Salah", "aliases": ["Mo"]},
        {"id": "d", "type": "number", "prompt": "Q?", "answer": 3, "tolerance": 1, "unit": "goals"},
        {"id": "e", "type": "order", "prompt": "Q?", "items": ["1", "2", "3"]},
    ],
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def paths_into(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths_into(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths_into(value, (*prefix, index))
    return found


@st.composite
def mutated_packs(draw: st.DrawFn) -> Any:
    data = json.loads(json.dumps(VALID))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(paths_into(data)))
        if not path:
            return draw(json_values)
        *parent_path, last = path
        parent = data
        for step in parent_path:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(json_values)
    return data


def load_bytes(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"pack{suffix}"
        path.write_bytes(content)
        try:
            load_pack(path)
        except PackError as exc:
            assert exc.problems and all(p and "\n" not in p for p in exc.problems)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_packs())
def test_mutated_json_packs_only_raise_pack_error(data: Any) -> None:
    load_bytes(json.dumps(data).encode(), ".json")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200), st.sampled_from([".json", ".toml"]))
def test_random_bytes_only_raise_pack_error(content: bytes, suffix: str) -> None:
    load_bytes(content, suffix)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(json.dumps(VALID))), st.binary(min_size=1, max_size=3))
def test_corrupted_json_only_raises_pack_error(at: int, junk: bytes) -> None:
    content = json.dumps(VALID).encode()
    load_bytes(content[:at] + junk + content[at:], ".json")


def problems_of(check: Any, content: bytes) -> list[str] | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pack.json"
        path.write_bytes(content)
        try:
            check(path)
        except PackError as exc:
            return sorted(p.replace(folder, "") for p in exc.problems)
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_packs())
def test_validate_command_reports_exactly_what_the_models_report(data: Any) -> None:
    """`quiz validate` uses the compiled validator; the game uses the models. They agree."""
    content = json.dumps(data).encode()
    assert problems_of(check_pack, content) == problems_of(load_pack, content)
