"""Editorial units: parsing, canonical text, order and structure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.domain.targets import Scope, Target, parse_target
from generator.domain.units import EditorialUnit, Level, ordinal_locative, parse_unit

U = EditorialUnit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("§12", U("12")),
        ("§ 12", U("12")),
        ("par. 12", U("12")),
        ("par 12", U("12")),
        ("Par. 12", U("12")),
        ("paragraf 12", U("12")),
        ("§ 12 ust.3", U("12", "3")),
        ("§ 12 ust 3", U("12", "3")),
        ("§ 12, ust. 3", U("12", "3")),
        ("§12ust.3", U("12", "3")),
        ("§ 12 ust. 3 pkt 4", U("12", "3", "4")),
        ("§ 12 UST. 3 PKT 4", U("12", "3", "4")),
        ("§ 12 ust. 3 pkt 4)", U("12", "3", "4")),
        ("§ 30a", U("30a")),
        ("§ 30A", U("30a")),
        ("§ 12 ust. 2a", U("12", "2a")),
        ("§ 12 pkt 4", U("12", None, "4")),
        ("§ 5 ust. 2 pkt 1 lit. a", U("5", "2", "1", "a")),
        ("§ 5 ust. 2 pkt 1 lit a)", U("5", "2", "1", "a")),
        ("§ 5 ust. 2 pkt 1 lit. aa", U("5", "2", "1", "aa")),
        ("§ 5 pkt 1 lit. b tiret drugie", U("5", None, "1", "b", "2")),
        ("§ 5 pkt 1 tiret 3", U("5", None, "1", None, "3")),
        ("§\u00a012\u00a0ust.\u00a03", U("12", "3")),
        ("  §   12    ust.   3  ", U("12", "3")),
        ("§ 12 ust. 3.", U("12", "3")),
        ("§ 12 ust. 3,", U("12", "3")),
        ("§ 12\tust. 3\n", U("12", "3")),
    ],
)
def test_parse_good(text: str, expected: EditorialUnit) -> None:
    assert parse_unit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "rozdział 3",
        "§",
        "§ ",
        "§ 12 pkt",
        "§ 12 ust.",
        "§ 12 ust. 3 lit.",
        "§ 0",
        "§ 012",
        "§ 12pkt",
        "§ 5 lit. a",  # a letter outside a point
        "§ 5 ust. 2 tiret 1",  # a tiret outside a point
        "§ 5 pkt 1 tiret setne",
        "art. 5",
        "12",
        "§ 12 ust. 3 pkt 4 cośtam",
        "§ 12 ust. 3..",
    ],
)
def test_parse_bad(text: str) -> None:
    assert parse_unit(text) is None


def test_parse_non_string() -> None:
    assert parse_unit(12) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        (U("12"), "§ 12"),
        (U("12", "3"), "§ 12 ust. 3"),
        (U("12", "3", "4"), "§ 12 ust. 3 pkt 4"),
        (U("12", "3", "4", "a"), "§ 12 ust. 3 pkt 4 lit. a"),
        (U("12", None, "4"), "§ 12 pkt 4"),
        (U("5", None, "1", "b", "2"), "§ 5 pkt 1 lit. b tiret drugie"),
        (U("30a"), "§ 30a"),
    ],
)
def test_str(unit: EditorialUnit, text: str) -> None:
    assert str(unit) == text
    assert parse_unit(text) == unit


def test_text_with_nbsp() -> None:
    unit = U("12", "3", "4", "a")
    assert unit.text(nbsp=True) == "§\u00a012 ust.\u00a03 pkt\u00a04 lit.\u00a0a"


def test_invalid_construction() -> None:
    with pytest.raises(ValueError):
        U("")
    with pytest.raises(ValueError):
        U("12", "x")
    with pytest.raises(ValueError):
        U("12", None, None, "a")
    with pytest.raises(ValueError):
        U("12", "1", None, None, "1")


def test_identifiers_are_normalised() -> None:
    assert U("30A") == U("30a")
    assert U(" 12 ", "3B") == U("12", "3b")


def test_natural_order() -> None:
    texts = [
        "§ 11",
        "§ 12 ust. 10",
        "§ 10a",
        "§ 12 ust. 2a",
        "§ 2",
        "§ 12 ust. 2 pkt 1",
        "§ 12",
        "§ 10",
        "§ 12 ust. 2",
        "§ 12 ust. 1",
        "§ 12 ust. 2 pkt 1 lit. b",
        "§ 12 ust. 2 pkt 1 lit. aa",
        "§ 12 ust. 2 pkt 1 lit. a",
        "§ 10b",
        "§ 10aa",
    ]
    ordered = [str(u) for u in sorted(parse_unit(t) for t in texts)]  # type: ignore[type-var]
    assert ordered == [
        "§ 2",
        "§ 10",
        "§ 10a",
        "§ 10aa",
        "§ 10b",
        "§ 11",
        "§ 12",
        "§ 12 ust. 1",
        "§ 12 ust. 2",
        "§ 12 ust. 2 pkt 1",
        "§ 12 ust. 2 pkt 1 lit. a",
        "§ 12 ust. 2 pkt 1 lit. aa",
        "§ 12 ust. 2 pkt 1 lit. b",
        "§ 12 ust. 2a",
        "§ 12 ust. 10",
    ]


def test_comparisons() -> None:
    assert U("2") < U("10")
    assert U("10") <= U("10")
    assert U("12", "1") > U("12")
    assert U("12", "2") >= U("12", "1")
    with pytest.raises(TypeError):
        _ = U("1") < "x"


def test_structure() -> None:
    unit = U("5", "2", "1", "a")
    assert unit.depth == 4
    assert unit.last_level is Level.LETTER
    assert unit.last_level_name == "lit."
    assert str(unit.last_part) == "lit. a"
    assert unit.parent == U("5", "2", "1")
    assert [str(a) for a in unit.ancestors] == ["§ 5", "§ 5 ust. 2", "§ 5 ust. 2 pkt 1"]
    assert U("5").parent is None
    assert U("5").is_paragraph
    assert U("5").last_level_name == "§"
    assert U("5", None, "3").parent == U("5")
    assert U("5").contains(unit)
    assert unit.contains(unit)
    assert not U("5", "3").contains(unit)


@pytest.mark.parametrize(
    ("unit", "predecessor"),
    [
        (U("30a"), U("30")),
        (U("30b"), U("30a")),
        (U("30aa"), U("30a")),
        (U("30ab"), U("30aa")),
        (U("15", "2a"), U("15", "2")),
        (U("15", "3b"), U("15", "3a")),
        (U("15", "3", "4a"), U("15", "3", "4")),
        (U("15", "3", "4", "aa"), U("15", "3", "4", "a")),
        (U("30"), None),
        (U("15", "5"), None),
        (U("15", "3", "4", "c"), None),
        (U("15", None, "4", "a", "2"), None),
    ],
)
def test_predecessor(unit: EditorialUnit, predecessor: EditorialUnit | None) -> None:
    assert unit.predecessor == predecessor


_ids = st.builds(lambda n, s: f"{n}{s}", st.integers(1, 300), st.sampled_from(["", "a", "b", "aa"]))
_units = st.builds(
    EditorialUnit,
    _ids,
    st.none() | _ids,
    st.none() | _ids,
)


@pytest.mark.slow
@given(_units)
def test_str_parse_round_trip(unit: EditorialUnit) -> None:
    assert parse_unit(str(unit)) == unit
    assert parse_unit(unit.text(nbsp=True)) == unit


@pytest.mark.slow
@given(_units, _units)
def test_order_is_consistent_with_equality(a: EditorialUnit, b: EditorialUnit) -> None:
    assert (a == b) == (a.sort_key() == b.sort_key())
    assert (a < b) + (b < a) + (a == b) == 1


@pytest.mark.slow
@given(_units)
def test_parent_sorts_before_child(unit: EditorialUnit) -> None:
    if unit.parent is not None:
        assert unit.parent < unit


# --- what a row changes: sentences, words, chapters, annexes (issue 14) -------------------


@pytest.mark.parametrize(
    ("text", "unit", "scope", "sentence", "fix"),
    [
        ("§ 5 ust. 2", U("5", "2"), Scope.UNIT, None, None),
        ("§ 5 ust. 2 zdanie drugie", U("5", "2"), Scope.SENTENCE, 2, None),
        ("§ 5 ust. 2, zd. 3", U("5", "2"), Scope.SENTENCE, 3, None),
        ("§ 5 ust. 2 wyrazy", U("5", "2"), Scope.WORDS, None, None),
        ("§ 5 ust. 2 (wyrazy)", U("5", "2"), Scope.WORDS, None, None),
        ("Rozdział 3", U(chapter="3"), Scope.UNIT, None, None),
        ("ROZDZIAŁ III", U(chapter="III"), Scope.UNIT, None, None),
        ("tytuł rozdziału 3", U(chapter="3"), Scope.TITLE, None, None),
        ("Rozdział 3 tytuł", U(chapter="3"), Scope.TITLE, None, None),
        ("Załącznik nr 1", U(annex="1"), Scope.UNIT, None, None),
        ("zał. 2", U(annex="2"), Scope.UNIT, None, None),
        ("załącznik", U(annex=""), Scope.UNIT, None, None),
        ("§ 15 ust. 2 pkt 5 (bez zmiany interpunkcji)", U("15", "2", "5"), Scope.UNIT, None, False),
        ("§ 15 ust. 2 pkt 5 ze zmianą interpunkcji", U("15", "2", "5"), Scope.UNIT, None, True),
    ],
)
def test_targets_as_clerks_type_them(text, unit, scope, sentence, fix) -> None:
    assert parse_target(text) == Target(unit, scope, sentence, fix)


@pytest.mark.parametrize(
    "text", ["rozdział pierwszy", "§ 5 zdanie zerowe", "załącznik nr x", "tytuł § 5"]
)
def test_targets_that_name_nothing(text: str) -> None:
    assert parse_target(text) is None


def test_chapters_and_annexes_follow_the_paragraphs_in_order() -> None:
    units = [U(annex="2"), U(chapter="IV"), U("99"), U(chapter="3"), U(annex="1")]
    assert [u.text() for u in sorted(units)] == [
        "§ 99", "Rozdział 3", "Rozdział IV", "załącznik nr 1", "załącznik nr 2"
    ]


@pytest.mark.parametrize(
    ("unit", "preceding"),
    [(U("5", "2", "5"), U("5", "2", "4")), (U("5", "2", "1", "c"), U("5", "2", "1", "b")),
     (U("5", "2", "1"), None), (U("5", "2", "4a"), None), (U(annex="2"), None)],
)
def test_the_unit_before_an_added_one(unit, preceding) -> None:
    assert unit.preceding == preceding


def test_locative_ordinals() -> None:
    assert [ordinal_locative(n) for n in (1, 2, 3, 5, 8)] == [
        "pierwszym", "drugim", "trzecim", "piątym", "ósmym"
    ]
