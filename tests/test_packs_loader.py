"""Bad files never give a traceback: each gets one clear line and PackError."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quiz.packs.errors import PackError
from quiz.packs.loader import load_pack

GOOD = {
    "id": "p",
    "title": "P",
    "questions": [{"id": "a", "type": "true_false", "prompt": "Yes?", "answer": True}],
}


def error_for(tmp_path: Path, content: bytes, name: str = "pack.json", **kwargs: int) -> str:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(PackError) as caught:
        load_pack(path, **kwargs)
    [line] = caught.value.problems
    assert line.startswith(str(path) + ": ")
    return line[len(str(path)) + 2 :]


def test_invalid_utf8_names_the_byte_and_line(tmp_path: Path) -> None:
    assert (
        error_for(tmp_path, b'{\n"id": "\xff"}')
        == "not valid UTF-8 (byte 0xff at line 2, column 8)"
    )


@pytest.mark.parametrize("content", [b"", b"  \n\t ", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    assert error_for(tmp_path, content) == "file is empty"


def test_invalid_json_gives_line_and_column(tmp_path: Path) -> None:
    assert (
        error_for(tmp_path, b'{\n  "id": ,\n}') == "invalid JSON: expected value at line 2 column 9"
    )


def test_invalid_toml_gives_line_and_column(tmp_path: Path) -> None:
    message = error_for(tmp_path, b'id = "x"\ntitle = \n', "pack.toml")
    assert message.startswith("invalid TOML:") and "line 2" in message


@pytest.mark.parametrize(
    ("content", "kind"), [(b"[1, 2]", "a list"), (b'"hi"', "a string"), (b"3", "a number")]
)
def test_wrong_top_level_type(tmp_path: Path, content: bytes, kind: str) -> None:
    assert error_for(tmp_path, content) == f"the top level must be an object, not {kind}"


def test_absurdly_deep_json(tmp_path: Path) -> None:
    assert "nested too deeply" in error_for(tmp_path, b"[" * 100_000 + b"]" * 100_000)


def test_absurdly_deep_toml(tmp_path: Path) -> None:
    content = b"a = " + b"[" * 100_000 + b"]" * 100_000
    assert "nested too deeply" in error_for(tmp_path, content, "pack.toml")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    content = json.dumps(GOOD).encode() + b" " * 2000
    assert (
        error_for(tmp_path, content, max_bytes=1000) == "file is over the size limit (1000 bytes)"
    )


def test_default_size_limit_is_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(PackError, match="over the 20 MB limit"):
        load_pack(path)


def test_overlong_strings_are_refused(tmp_path: Path) -> None:
    data = json.loads(json.dumps(GOOD))
    data["questions"][0]["prompt"] = "x" * 100_000
    message = error_for(tmp_path, json.dumps(data).encode())
    assert message == "question 'a' (#1): prompt: is longer than 1000 characters"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    for name in ("bom.json", "bom.toml"):
        path = tmp_path / name
        body = (
            json.dumps(GOOD)
            if name.endswith("json")
            else 'id = "p"\ntitle = "P"\n[[questions]]\nid = "a"\ntype = "true_false"\n'
            'prompt = "Yes?"\nanswer = true\n'
        )
        path.write_bytes(b"\xef\xbb\xbf" + body.encode())
        assert load_pack(path).pack.id == "p"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such file"):
        load_pack(tmp_path / "absent.json")
    with pytest.raises(PackError, match="is a folder"):
        load_pack(tmp_path)
