"""Reading a report file: size limit, binary data and encoding give one-line errors."""

from __future__ import annotations

from pathlib import Path

from quiz.packs.errors import PackError
from quiz.packs.loader import decode, read_bytes

MAX_REPORT_BYTES = 2 * 1024 * 1024  # a long match report is ~20 KB; this leaves room for many


def read_report(path: Path, max_bytes: int = MAX_REPORT_BYTES) -> str:
    data = read_bytes(path, max_bytes)
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    if b"\x00" in sample or (sample and controls / len(sample) > 0.05):
        raise PackError([f"{path}: looks like binary data, not a plain-text report"])
    return decode(str(path), data)
