"""Turning pydantic's validation errors into one line per problem for pack authors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from quiz.packs.rules import duplicate_ids, question_issues

# Error types whose pydantic message is vague or shows internal names.
_PATTERN_MESSAGES = {
    "\\S": "must not be empty",
    "^[a-z0-9]+(?:-[a-z0-9]+)*$": "must be a lower-case slug such as 'my-pack'",
    "^[A-Za-z0-9][A-Za-z0-9_.:-]*$": "must use only letters, digits and _ . : -",
}
_TYPE_TAGS = {"multiple_choice", "true_false", "typed", "number", "order"}


# Control characters from untrusted keys or values would break "one line per problem".
_CONTROLS = {i: f"\\x{i:02x}" for i in [*range(32), 127]}


def one_line(text: str) -> str:
    return text.translate(_CONTROLS)


class PackError(Exception):
    """A pack (or facts) file could not be loaded; `problems` are one-line messages."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class Problem(NamedTuple):
    file: str
    question: str | None  # "'q7' (#8)" or "#8" when the id is unknown
    field: str | None
    message: str

    def __str__(self) -> str:
        parts = [self.file]
        if self.question:
            parts.append(f"question {self.question}")
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(one_line(part) for part in parts)


def _question_label(index: int, raw: Any) -> str:
    qid = None
    if isinstance(raw, Mapping):
        questions = raw.get("questions")
        if (
            isinstance(questions, Sequence)
            and not isinstance(questions, str)
            and 0 <= index < len(questions)
            and isinstance(questions[index], Mapping)
        ):
            qid = questions[index].get("id")
    if isinstance(qid, str) and qid and len(qid) <= 80:
        return f"'{qid}' (#{index + 1})"
    return f"#{index + 1}"


def _message(error: Mapping[str, Any], field: str | None, known: Iterable[str]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        import difflib  # only on this error path: it is slow to import

        close = difflib.get_close_matches(field or "", list(known), n=1)
        return "unknown field" + (f" (did you mean '{close[0]}'?)" if close else "")
    if kind == "missing_keyword_only_argument" or kind == "missing":
        return "is required"
    if kind == "string_pattern_mismatch":
        return _PATTERN_MESSAGES.get(str(ctx.get("pattern")), error["msg"])
    if kind == "union_tag_invalid":
        return f"unknown question type (expected one of: {', '.join(sorted(_TYPE_TAGS))})"
    if kind == "union_tag_not_found":
        return "is required (one of: " + ", ".join(sorted(_TYPE_TAGS)) + ")"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} (has {ctx.get('actual_length')})"
    if kind == "too_long":
        return f"allows at most {ctx.get('max_length')} (has {ctx.get('actual_length')})"
    if kind == "string_too_long":
        return f"is longer than {ctx.get('max_length')} characters"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge'):g}"
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le'):g}"
    if kind == "literal_error" and field == "schema_version":
        return f"unsupported schema version ({error['msg'].lower()})"
    return str(error["msg"])


def format_errors(
    file: str, errors: Sequence[Mapping[str, Any]], raw: Any, known_fields: Mapping[str, set[str]]
) -> list[Problem]:
    """One Problem per pydantic error, naming file, question and field."""
    problems: list[Problem] = []
    has_question_errors = any(len(e["loc"]) > 1 and e["loc"][0] == "questions" for e in errors)
    for error in errors:
        loc = list(error["loc"])
        ctx = error.get("ctx") or {}
        question: str | None = None
        scope = "pack"
        if "index" in ctx:
            continue  # a pack rule: all of them are listed from the raw data below
        if len(loc) >= 2 and loc[0] == "questions" and isinstance(loc[1], int):
            question = _question_label(loc[1], raw)
            loc = loc[2:]
            scope = str(loc.pop(0)) if loc and loc[0] in _TYPE_TAGS else "question"
            if "field" in ctx:  # a rule across a question's fields names the one at fault
                loc = [*loc, ctx["field"]]
        elif loc == ["questions"] and error["type"] == "too_short" and has_question_errors:
            continue  # pydantic's echo of the questions that failed above
        if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
            loc = [*loc, "type"]
        field = ".".join(str(part) for part in loc) or None
        message = _message(error, loc[-1] if loc else None, known_fields.get(scope, set()))
        problems.append(Problem(file, question, field, message))
    # The pack rules, on the raw data so that every question's issues are listed, not
    # just the first one the validator raised, and not only once the types are right.
    questions = raw.get("questions") if isinstance(raw, Mapping) else None
    if isinstance(questions, list | tuple):
        for index, first in duplicate_ids(questions):
            label = _question_label(index, raw)
            problems.append(Problem(file, label, "id", f"already used by question #{first + 1}"))
        for issue in question_issues(questions, raw=True):
            label = _question_label(issue.index, raw)
            problems.append(Problem(file, label, issue.field, issue.message()))
    if not problems:  # never report a failure without saying why
        problems = [Problem(file, None, None, str(e["msg"])) for e in errors]
    return _drop_missing_explained_by_typos(problems)


def _drop_missing_explained_by_typos(problems: list[Problem]) -> list[Problem]:
    """`anwser: unknown field (did you mean 'answer'?)` already says why `answer` is missing."""
    suggested = {
        (p.question, p.message.split("'")[1])
        for p in problems
        if p.message.startswith("unknown field (did you mean")
    }
    return [
        p
        for p in problems
        if not (p.message == "is required" and (p.question, p.field) in suggested)
    ]
