"""Whose figure it is (issue 14, session 41): a central bank known by a name that holds no
country ("the Fed", "RBA", "State Bank") reads out its country's economy; a bare "Reserve Bank"
is the one of the story's dollar (central_bank.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


_JOBS = [
    "Employers in the world's largest economy added far fewer workers than expected last "
    "month, raising the odds that the Fed cuts interest rates at its next meeting.",
    "The unemployment rate climbed to 4.7% from 4.4% in May, the highest in three years.",
    "Average hourly earnings rose 3.1% from a year earlier.",
    "The Fed has held its benchmark rate in a range of 4% to 4.25% since March.",
]


def test_the_economys_figures_in_a_fed_story_are_the_countrys() -> None:
    found = _subjects(_JOBS, title="Hiring slows sharply as jobless rate hits three-year high")
    assert found["4.7%"] == "US"
    assert found["3.1%"] == "US"


def test_the_feds_own_rate_range_stays_the_feds() -> None:
    found = _subjects(_JOBS)
    assert found["4%"] != "US"
    assert found["4.25%"] != "US"


_RESERVE = [
    "The Reserve Bank has cut the official cash rate by 25 basis points to 3.5 per cent, "
    "citing weak demand across New Zealand and Auckland's falling house sales.",
    "Unemployment has risen to 5.6 per cent, the bank said.",
    "The bank expects inflation to settle near the middle of its 1-3% target band.",
]


def test_a_bare_reserve_bank_is_the_one_of_the_storys_dollar() -> None:
    found = _subjects(_RESERVE)
    assert found["5.6 per cent"] == "New Zealand"
    assert found["3.5 per cent"] != "New Zealand"  # its own rate
    assert found["25 basis points"] != "New Zealand"  # its own move


def test_the_state_bank_named_in_full_once_reads_out_its_countrys_figures() -> None:
    found = _subjects(
        [
            "The State Bank of Pakistan kept its policy rate at 12 per cent on Monday.",
            "Separately, the State Bank said remittances from workers abroad reached $3.1 "
            "billion in May, up 9% from a year earlier.",
        ]
    )
    assert found["$3.1 billion"] == "Pakistan"


def test_a_lender_called_state_bank_gives_no_country() -> None:
    found = _subjects(
        [
            "State Bank of India said on Friday its net profit rose 8% to Rs 18,300 crore.",
            "The State Bank said its retail loans grew 14% in the quarter.",
        ]
    )
    assert found["14%"] not in ("India", "Pakistan")
