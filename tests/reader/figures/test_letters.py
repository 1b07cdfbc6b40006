"""Names spelt with accented, Nordic, Slavic, Greek or Cyrillic letters own their figures whole
(reader/figures/letters.py): a name is not cut at its first accented letter, and a story whose
only capitals are accented is not read as lower-case text."""

from __future__ import annotations

import re

import pytest

from reader.figures import extract_figures
from reader.figures.letters import CAP, SMALL


def _owners(text: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures([text])}


def test_the_classes_follow_unicode_case() -> None:
    for ch in "AZÀÖØÞĀŁŠŽΑΩЖЯ":
        assert re.fullmatch(CAP, ch) and not re.fullmatch(SMALL, ch), ch
    for ch in "azàöøßāłšžαωжя":
        assert re.fullmatch(SMALL, ch) and not re.fullmatch(CAP, ch), ch
    for ch in "0_-'×÷":
        assert not re.fullmatch(CAP, ch) and not re.fullmatch(SMALL, ch), ch


@pytest.mark.parametrize(
    ("text", "surface", "owner"),
    [
        ("Shares in Kärnhult rose 4.2% in Stockholm after the results.", "4.2%", "Kärnhult"),
        (
            "HELSINKI - Finnish paper maker Vuoksenmä will cut about 380 jobs.",
            "380 jobs",
            "Vuoksenmä",
        ),
        ("Øresundsbro said traffic revenue rose 9% to 1.1 billion crowns.", "9%", "Øresundsbro"),
        ("Électricité Rurale said quarterly profit fell 6% to €48m.", "6%", "Électricité Rurale"),
        ("Czech brewer Žatecký Pivovar said sales rose 11% last year.", "11%", "Žatecký Pivovar"),
    ],
)
def test_an_accented_name_owns_its_figure_whole(text: str, surface: str, owner: str) -> None:
    assert _owners(text)[surface] == owner


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        (
            "Ćirić Foods said revenue rose 8% to €2.1bn.",
            "Ciric Foods said revenue rose 8% to €2.1bn.",
        ),
        ("Ödegaard Marine's net profit rose 14%.", "Odegaard Marine's net profit rose 14%."),
    ],
)
def test_an_accented_name_reads_as_its_plain_spelling(accented: str, plain: str) -> None:
    """The same sentence gives the same owners, metrics and statuses either way."""

    def shape(text: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (f.surface, (f.subject or "").translate(_PLAIN) or None, f.metric)
            for f in extract_figures([text])
        ]

    assert shape(accented) == shape(plain)
    assert all(owner for _, owner, _ in shape(accented))


_PLAIN = str.maketrans("ĆćÖö", "CcOo")


def test_a_titled_person_may_have_a_hyphenated_given_name() -> None:
    from reader.figures.letters import TITLED_PERSON

    found = TITLED_PERSON.search("Chief executive Marc-Antoine Rey, 61, said the company grew.")
    assert found is not None and found.group(1) == "Marc-Antoine Rey"
    found = TITLED_PERSON.search("Chief executive Anne Dubois said so.")
    assert found is not None and found.group(1) == "Anne Dubois"


def test_what_a_hyphen_named_chief_says_the_company_expects_is_not_the_chiefs() -> None:
    story = [
        "The Geneva-based cocoa trader said on Thursday that its net profit rose to $214 million.",
        "Chief executive Marc-Antoine Rey, 61, said the company expected to grind 480,000 "
        "tonnes next year.",
    ]
    owners = {f.surface: f.subject for f in extract_figures(story, title="Cocoa trader gains")}
    assert owners["480,000 tonnes"] != "Marc-Antoine Rey"
