"""Filing fields, two-city datelines and a tabloid's capitals above or in a story's lead are not
its owner, and a scale word in capitals still scales (reader/figures/lead.py, proper_nouns.py,
non_figures.py, patterns.py). Stories written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _owners(title: str, sentences: list[str]) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(sentences, title=title)}


def test_a_filing_field_line_is_neither_the_lead_nor_a_figure() -> None:
    got = _owners(
        "Hollins & Reed plc: interim results",
        [
            "RNS Number: 4417K",
            "Hollins & Reed plc, the funeral services provider, announces its results for the "
            "six months ended 30 September.",
            "Revenue rose 6.8% to £148.6m.",
        ],
    )
    assert "4417K" not in got  # a reference code, no figure
    assert got["£148.6m"] == got["6.8%"] == "Hollins & Reed"


def test_a_two_city_dateline_is_no_owner() -> None:
    got = _owners(
        "Banks lift rates",
        [
            "LONDON/NEW YORK (Reuters) - Grantham Bank raised its mortgage rate by 0.25% on "
            "Monday.",
            "Its shares rose 2% to 310p.",
        ],
    )
    assert got["0.25%"] == got["310p"] == "Grantham Bank"


def test_a_tabloid_opening_in_capitals_is_no_name() -> None:
    got = _owners(
        "Darts cash hits a record",
        ["THE world darts championship will hand out a record £3.2 MILLION in prize money."],
    )
    assert got["£3.2 MILLION"] != "THE"
    # a plain "A" before an acronym is ordinary text: the acronym stays a name
    got = _owners(
        "Report on posts",
        ["A BBC survey found 1.5 million posts were removed.", "The BBC said 40% were spam."],
    )
    assert "BBC" in (got["1.5 million posts"] or "")


def test_scale_words_in_capitals_scale() -> None:
    got = {
        f.surface: f.value
        for f in extract_figures(["The fund rises to £3.2 MILLION and $2 Billion next year."])
    }
    assert got == {"£3.2 MILLION": 3.2e6, "$2 Billion": 2e9}


def test_a_transcript_speaker_label_is_no_owner() -> None:
    got = _owners(
        "Fjordlaks call: lice costs bite",
        [
            "Edited transcript of the Fjordlaks ASA third-quarter earnings call.",
            "HENRIK DAHL, CHIEF FINANCIAL OFFICER: Feed costs rose to NOK 290 million in the "
            "quarter.",
        ],
    )
    assert got["NOK 290 million"] == "Fjordlaks ASA"
