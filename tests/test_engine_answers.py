"""Checking typed answers: every trap listed in GAME.md, numbers, scorelines, orders."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.engine.answers import (
    KnownNames,
    check_order,
    check_typed,
    fold,
    number_credit,
    parse_number,
    parse_scoreline,
)

LIVERPOOL_NAMES = (
    "Mohamed Salah", "Sadio Mane", "Roberto Firmino", "Diogo Jota", "Virgil van Dijk",
    "Trent Alexander-Arnold", "Josip Ilicic", "Duvan Zapata", "Emiliano Sala",
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Iličić", "ilicic"),
        ("Ødegaard", "odegaard"),
        ("Błaszczykowski", "blaszczykowski"),
        ("N'Golo  Kanté", "ngolo kante"),
        ("Alexander-Arnold", "alexander arnold"),
        ("  MÜLLER ", "muller"),
    ],
)
def test_fold_transliterates_accents_case_and_punctuation(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("Ilicic", "Iličić"),
        ("Odegaard", "Ødegaard"),
        ("Blaszczykowski", "Błaszczykowski"),
        ("salah", "Mohamed Salah"),  # surname for a full name
        ("van Dijk", "Virgil van Dijk"),
        ("Alexander Arnold", "Trent Alexander-Arnold"),
        ("mohamed  salah", "Mohamed Salah"),
        ("Firminho", "Roberto Firmino"),  # one typo in a long word
        ("Salha", "Mohamed Salah"),  # swapped neighbours count as one typo
        ("Liverpool FC", "Liverpool"),  # club filler words
        ("atalanta bc", "Atalanta"),
        ("SSC Napoli", "Napoli"),
        ("the Reds", "Reds"),
        ("vandijk", "Virgil van Dijk"),
    ],
)
def test_accepts_the_answer_written_the_way_players_write_it(typed: str, answer: str) -> None:
    assert check_typed(typed, answer, others=LIVERPOOL_NAMES)


@pytest.mark.parametrize(
    ("typed", "answer", "others"),
    [
        ("Sala", "Mohamed Salah", ()),  # ratio 88.9, yet another player
        ("Sala", "Mohamed Salah", LIVERPOOL_NAMES),
        ("Manchester City", "Manchester United", ()),  # ratio 81.2
        ("Manchester City", "Manchester United", ("Manchester City",)),
        ("Mohamed", "Mohamed Salah", ()),  # a first name is not enough
        ("Zapata", "Mohamed Salah", LIVERPOOL_NAMES),
        ("Man Utd", "Manchester United", ()),  # needs an alias
        ("Euro 2012", "Euro 2016", ()),  # digits are never typos
        ("", "Mohamed Salah", ()),
        ("   ", "Mohamed Salah", ()),
        ("Kan", "Kane", ()),  # short words must be exact
    ],
)
def test_rejects_near_misses(typed: str, answer: str, others: tuple[str, ...]) -> None:
    assert not check_typed(typed, answer, others=others)


def test_aliases_are_accepted() -> None:
    assert check_typed("Man Utd", "Manchester United", aliases=("Man Utd", "Man United"))
    assert check_typed("man united", "Manchester United", aliases=("Man Utd", "Man United"))


def test_a_surname_shared_with_another_known_name_is_ambiguous() -> None:
    others = ("Sadio Mane", "Carlos Mane")
    assert not check_typed("Mane", "Sadio Mane", others=others)
    assert check_typed("Sadio Mane", "Sadio Mane", others=others)


def test_a_typo_must_be_clearly_closer_to_the_key_than_to_a_rival() -> None:
    # "Firmina" is one edit from both "Firmino" and "Firmina": not clearly the key.
    assert not check_typed("Firmina", "Roberto Firmino", others=("Luca Firmina",))
    assert check_typed("Firmnio", "Roberto Firmino", others=("Diogo Jota",))


def test_another_name_for_the_same_person_is_not_a_rival() -> None:
    assert check_typed("Klopp", "Jürgen Klopp", others=("Klopp", "Gian Piero Gasperini"))


@pytest.mark.parametrize("typed", ["3-0", "3–0", "3:0", "3 - 0", "three-nil", "3 to 0"])
def test_scorelines_in_any_notation(typed: str) -> None:
    assert check_typed(typed, "3-0")


@pytest.mark.parametrize("typed", ["0-3", "3-1", "30", "3", "Atalanta"])
def test_wrong_scorelines_are_rejected(typed: str) -> None:
    assert not check_typed(typed, "3-0")


@pytest.mark.parametrize("typed", ["3", "three", "Three", " 3 "])
def test_typed_numbers_as_digits_or_words(typed: str) -> None:
    assert check_typed(typed, "three")
    assert check_typed(typed, "3")


def test_a_number_answer_is_never_close_enough() -> None:
    assert not check_typed("1906", "1907")
    assert not check_typed("four", "3")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3", 3), ("three", 3), ("1,000", 1000), ("3.5", 3.5), ("-2", -2), ("twenty-one", 21),
        ("one hundred and five", 105), ("a thousand", 1000), ("nil", 0), ("45,678", 45678),
        ("two thousand and twenty four", 2024), (".5", 0.5),
    ],
)  # fmt: skip
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "a", "three apples", "1,00", "inf", "nan", "1e5", "3-0"])
def test_parse_number_refuses_what_is_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_parse_scoreline() -> None:
    assert parse_scoreline("5–0") == (5, 0)
    assert parse_scoreline("two:one") == (2, 1)
    assert parse_scoreline("2.5-1") is None
    assert parse_scoreline("Liverpool") is None


def test_number_credit_curve() -> None:
    assert number_credit(1907, 1907, 0) == 1.0
    assert number_credit(45_400, 45_000, 500) == 1.0
    assert number_credit(1906, 1907, 0) == pytest.approx(1 / 3)
    assert number_credit(1905, 1907, 0) == pytest.approx(1 / 6)
    assert number_credit(1904, 1907, 0) == 0.0
    assert number_credit(46_000, 45_000, 500) == pytest.approx(0.5 * (1 - 500 / 1500))
    assert number_credit(0.1 + 0.2, 0.3, 0) == 1.0


@settings(derandomize=True)
@given(
    answer=st.floats(-1e6, 1e6),
    tolerance=st.floats(0, 1e4),
    a=st.floats(0, 1e6),
    b=st.floats(0, 1e6),
)
def test_number_credit_never_grows_with_the_error(
    answer: float, tolerance: float, a: float, b: float
) -> None:
    near, far = sorted((a, b))
    credit_near = number_credit(answer + near, answer, tolerance)
    credit_far = number_credit(answer - far, answer, tolerance)
    assert 0.0 <= credit_far <= credit_near <= 1.0
    # Clearly outside the tolerance (beyond float noise on the answer's scale).
    if near > tolerance + 1e-6 * max(1.0, abs(answer)):
        assert credit_near <= 0.5  # outside the tolerance is never full marks


def test_check_order() -> None:
    items = ("Group stage", "Round of 16", "Quarter-final")
    assert check_order(list(items), items)
    assert check_order(["group stage", "round of 16", "QUARTER-FINAL"], items)
    assert not check_order(["Round of 16", "Group stage", "Quarter-final"], items)
    assert not check_order(["Group stage", "Round of 16"], items)


short_names = st.lists(
    st.text(alphabet="abcde ", min_size=1, max_size=12).filter(str.strip), max_size=20
)


@settings(derandomize=True)
@given(names=short_names, typed=st.text(alphabet="abcde ", min_size=1, max_size=12))
def test_the_name_index_never_misses_a_rival_that_could_match(names: list[str], typed: str) -> None:
    from quiz.engine.answers import _best, _suffixes, _words

    words = _words(fold(typed))
    if not words:
        return
    index = KnownNames(names)
    near = index.near(words)
    for name in names:
        name_words = _words(fold(name))
        if _best(words, _suffixes(name_words)) > 0:
            assert name_words in near


def test_the_name_index_folds_and_dedupes_names() -> None:
    index = KnownNames(["Sadio Mané", "sadio mane", "Carlos Mane"])
    assert len(index) == 2
    assert "CARLOS  mane" in index and "Nobody" not in index
    assert not check_typed("Mane", "Sadio Mane", others=index)
