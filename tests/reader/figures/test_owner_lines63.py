"""Two owners that were no owners (blind round attrib_a122, session 63): a stamp and a byline
over the lead ("08/10/2037 18h22 · By Luana Bastos") made the writer the story's firm, and a
measure opening its sentence with "Average", "Total", "Monthly" ("Average daily print
circulation fell to 214,000 copies") was read as a name."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title="News")}


def test_a_stamp_and_byline_line_is_no_lead() -> None:
    got = _subjects(
        [
            "08/10/2037 18h22 · By Luana Bastos",
            "Budget carrier Voa Cerrado flew 2.41 million passengers in September, up 9.4% "
            "from a year earlier, the airline said on Thursday.",
            "Its fleet grew to 64 jets from 58. Average one-way fares fell to R$489 from R$512, "
            "it said.",
        ]
    )
    assert got["R$489"] == "Voa Cerrado"
    assert got["64 jets"] == "Voa Cerrado"


def test_an_average_measure_opening_a_sentence_is_no_name() -> None:
    got = _subjects(
        [
            "Highveld Media Holdings said revenue fell 4% to R2.84bn in the year.",
            "Average daily print circulation fell to 214,000 copies from 249,000.",
            "Average monthly revenue per digital subscriber rose to R96 from R88.",
        ]
    )
    assert got["214,000 copies"] != "Average daily print circulation"
