"""Whose a story's figures are when its lede opens on a dateline no dash ends (datelines
``dateline_end``), and in a lower-case story whose first line is its headline
(coreference ``lower_case_main``). Written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str | None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_colon_or_sourced_dateline_is_not_the_firm() -> None:
    for opening in ("Kochi: ", "Pune, Dec 3 (PTI) "):
        got = _subjects(
            [
                opening + "Shares of Kaveri Looms jumped 9.4 per cent on Wednesday after the "
                "company reported a net profit of Rs 212 crore for the September quarter.",
                "Revenue from operations rose 17 per cent to Rs 2,840 crore, the company said.",
            ],
            "Kaveri Looms profit jumps as exports recover",
        )
        assert got["Rs 212 crore"] == "Kaveri Looms", opening
        assert got["Rs 2,840 crore"] == "Kaveri Looms", opening


def test_a_lower_case_storys_headline_line_is_not_its_lead() -> None:
    paragraphs = [
        "tarnley foods results: q3 sales up, margin squeeze",
        "tarnley foods said third-quarter net sales rose 6.3% to $4.82 billion, beating forecasts.",
        "the packaged-food maker cut its full-year profit outlook to $2.10 a share.",
    ]
    got = _subjects(paragraphs, "Tarnley foods results: q3 sales up, margin squeeze")
    assert got["$4.82 billion"] == "tarnley foods"
