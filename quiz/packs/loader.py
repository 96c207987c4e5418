"""The one loader every command and the game use to read pack files.

Pack files are untrusted: every way a file can be wrong ends in a PackError with
one-line messages, never another exception.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from pydantic_core import ValidationError, from_json

from quiz.packs.errors import PackError, format_errors

MAX_BYTES = 20 * 1024 * 1024
PACK_SUFFIXES = (".json", ".toml")
_BOM = b"\xef\xbb\xbf"


class LoadedPack:
    """A validated pack and where it came from."""

    __slots__ = ("_data", "_digest", "origin", "pack", "path")

    def __init__(
        self, pack: Any, path: Path, origin: str, digest: str | None = None, data: bytes = b""
    ) -> None:
        self.pack = pack  # quiz.packs.models.Pack; typed loosely to keep this module light
        self.path = path
        self.origin = origin  # "bundled", "user" or "folder"
        self._digest = digest
        self._data = data

    @property
    def digest(self) -> str:
        """sha256 of the file's bytes, so scores of an edited pack are kept apart; worked out
        when first needed (the end of a round), not on every load."""
        if self._digest is None:
            import hashlib

            self._digest = hashlib.sha256(self._data).hexdigest()
            self._data = b""
        return self._digest


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file, refusing anything over the size limit before reading it all."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise PackError([f"{path}: is a folder, not a file"]) from None
    except FileNotFoundError:
        raise PackError([f"{path}: no such file"]) from None
    except OSError as exc:
        raise PackError([f"{path}: cannot read ({exc.strerror or exc})"]) from None
    if len(data) > max_bytes:
        mb, rest = divmod(max_bytes, 1024 * 1024)
        limit = f"the {mb} MB limit" if mb and not rest else f"the size limit ({max_bytes} bytes)"
        raise PackError([f"{path}: file is over {limit}"])
    return data


def decode(name: str, data: bytes) -> str:
    """UTF-8 text with an optional BOM; empty files are refused."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise PackError(
            [
                f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at line {line}, column {column})"
            ]
        ) from None
    if not text.strip():
        raise PackError([f"{name}: file is empty"])
    return text


def parse(name: str, text: str, fmt: str) -> Any:
    """Parse JSON or TOML text into Python data, with line and column on syntax errors."""
    if fmt == "toml":
        import tomllib

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise PackError([f"{name}: invalid TOML: {exc}"]) from None
        except RecursionError:
            raise PackError([f"{name}: nested too deeply"]) from None
    import json

    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackError(
            [f"{name}: invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"]
        ) from None
    except RecursionError:
        raise PackError([f"{name}: nested too deeply"]) from None


def format_of(path: Path) -> str:
    return "toml" if path.suffix.lower() == ".toml" else "json"


class Validator(Protocol):
    """A pydantic model class, or the compiled pydantic_core SchemaValidator."""

    def validate_json(self, text: str | bytes) -> Any: ...
    def validate_python(self, data: Any) -> Any: ...


class ModelValidator:
    def __init__(self, model: type[Any]) -> None:
        self.validate_json = model.model_validate_json
        self.validate_python = model.model_validate


def validate_bytes(
    validator: Validator,
    name: str,
    data: bytes,
    fmt: str,
    known_fields: Callable[[], dict[str, set[str]]],
) -> Any:
    """Validate a file's bytes; every failure becomes a PackError."""
    if fmt != "json":
        return validate_text(validator, name, decode(name, data), fmt, known_fields)
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if not data.strip():
        raise PackError([f"{name}: file is empty"])
    # JSON goes to pydantic as bytes, saving a copy of a large file; the UTF-8 check
    # (with its clearer message) is only needed when validation fails.
    try:
        return validator.validate_json(data)
    except ValidationError:
        text = decode(name, data)
    return validate_text(validator, name, text, fmt, known_fields)


def validate_text(
    validator: Validator,
    name: str,
    text: str,
    fmt: str,
    known_fields: Callable[[], dict[str, set[str]]],
) -> Any:
    """Validate text; every failure becomes a PackError."""
    if fmt == "json":
        try:
            return validator.validate_json(text)
        except ValidationError as exc:
            errors = exc.errors(include_url=False, include_input=False)
        syntax = [e for e in errors if e["type"] == "json_invalid"]
        if syntax:
            # jiter's message names line and column; it also caps nesting depth.
            detail = str(syntax[0]["ctx"]["error"])
            detail = detail.replace("recursion limit exceeded", "nested too deeply")
            raise PackError([f"{name}: invalid JSON: {detail}"])
        raw = from_json(text)
    else:
        raw = parse(name, text, fmt)
        try:
            return validator.validate_python(raw)
        except ValidationError as exc:
            errors = exc.errors(include_url=False, include_input=False)
        except RecursionError:
            raise PackError([f"{name}: nested too deeply"]) from None
    if not isinstance(raw, dict):
        kind = "a table" if fmt == "toml" else "an object"
        raise PackError([f"{name}: the top level must be {kind}, not {_json_kind(raw)}"])
    problems = format_errors(name, errors, raw, known_fields())
    raise PackError([str(p) for p in problems])


def _json_kind(value: Any) -> str:
    names = {
        list: "a list",
        str: "a string",
        bool: "true/false",
        int: "a number",
        float: "a number",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)


def pack_field_names() -> dict[str, set[str]]:
    """Field names per scope ("pack", "question", each type), to suggest fixes for typos."""
    from quiz.packs.compiled import field_names

    return field_names()


def load_pack(path: Path, origin: str = "folder", max_bytes: int = MAX_BYTES) -> LoadedPack:
    """Load and validate one pack file."""
    from quiz.packs.models import Pack

    data = read_bytes(path, max_bytes)
    pack = validate_bytes(ModelValidator(Pack), str(path), data, format_of(path), pack_field_names)
    return LoadedPack(pack, path, origin, data=data)


def check_pack(path: Path, max_bytes: int = MAX_BYTES) -> None:
    """Validate a pack file as load_pack does, without building the models (for `validate`)."""
    from quiz.packs.compiled import pack_validator

    data = read_bytes(path, max_bytes)
    validate_bytes(pack_validator(), str(path), data, format_of(path), pack_field_names)


def pack_files(folder: Path) -> list[Path]:
    """Pack files in a folder (not recursive), sorted; schema and facts files are not packs."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in PACK_SUFFIXES and p.is_file() and not p.name.endswith(".schema.json")
    )
