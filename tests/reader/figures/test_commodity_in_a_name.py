"""A commodity's word inside a firm's name ("Kolwezi Copper Haulage", "Bamako Cotton Board")
names the firm, not the metal or the crop; a commodity with its grade or its prices stays the
commodity. Texts written here."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _subjects(text: str) -> list[str | None]:
    return [f.subject for f in extract_figures([text]) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Kolwezi Copper Haulage posted a net loss of $12 million in the first half.",
         "Kolwezi Copper Haulage"),
        ("Bamako Cotton Board posted revenue of $31 million in the season.",
         "Bamako Cotton Board"),
        ("Gold Fields posted a profit of $120 million.", "Gold Fields"),
        # the commodity itself: in lower case after it, or its grade before it
        ("Copper prices rose 2.4% to $9,615 a tonne.", "Copper"),
        ("West Texas Intermediate crude climbed 1.2% to $78.", "West Texas Intermediate crude"),
    ],
)  # fmt: skip
def test_commodity_word_in_a_name(text: str, subject: str) -> None:
    assert _subjects(text) == [subject]
