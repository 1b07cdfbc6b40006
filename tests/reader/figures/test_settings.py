"""Names that open a lead without being its subject (reader/figures/settings.py): a place or
field modifying the subject's noun, a place a singular subject is set in, a place ranking
what follows, a possessor whose thing an apposition names. Written here, after the figure
rounds' stories whose figures went to "Soweto", "Carlisle", "Copenhagen" and "Mauritius"."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.main_firm import main_company
from reader.figures.proper_nouns import names_in
from reader.figures.settings import lead_subjects


def _first_subject(sentence: str) -> str | None:
    found = names_in(sentence, 0, len(sentence), frozenset(), strict=True)
    kept = lead_subjects(sentence, found, frozenset())
    return kept[0][0] if kept else None


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a name modifying the noun after "A": where or what, not who
        ("A Soweto co-operative that buys groceries in bulk will pay a dividend.", None),
        ("A Tulsa County jury on Wednesday ordered the park's owner to pay.", None),
        # a place a singular subject is set in
        ("A family-run brewery in Tadcaster is to double its output.", None),
        ("One of Glasgow's largest office blocks has been bought by a pension fund.", None),
        # a place or field before a kind of body and its name
        ("Copenhagen biotech Nordlys Bio has licensed its eczema drug.", "Nordlys Bio"),
        ("Norway's biggest bank, Fjellbank, said profit rose.", "Fjellbank"),
        # a possessor whose thing the apposition names
        (
            "The State's new pension scheme, My Future Fund, returned 7.8 per cent.",
            "My Future Fund",
        ),
        # the subject itself: a verb follows, no kind of body stands between, or a person does
        ("An Accra Circuit Court has sentenced a man to ten years.", "Accra Circuit Court"),
        ("Italy will give Lumetra Semiconductor €2.1bn in state aid.", "Italy"),
        ("Households in Hamilton and Waikato will pay more for water.", "Hamilton"),
    ],
)
def test_a_lead_subject_past_its_settings(sentence: str, subject: str | None) -> None:
    assert _first_subject(sentence) == subject


def test_a_person_after_the_kind_keeps_the_firm_first() -> None:
    sentence = "Tidewater chief executive Mara Lindqvist said sales rose."
    names = frozenset(["Tidewater", "Mara", "Lindqvist"])
    found = names_in(sentence, 0, len(sentence), names, strict=True)
    assert lead_subjects(sentence, found, names)[0][0] == "Tidewater"


def test_a_place_modifying_the_subject_is_no_main_company() -> None:
    sentences = [
        "A Soweto co-operative that buys groceries in bulk for spaza shops will pay a dividend.",
        "Kasi Traders Buying Co-operative said turnover jumped 22% to R48 million.",
        "Soweto's spaza owners pay less for stock as a result.",
    ]
    assert main_company(sentences, frozenset()) != "Soweto"


def test_a_firm_called_by_its_appositions_kind_is_the_main_company() -> None:
    paragraphs = [
        "Kestrel Harbour Hotels Ltd, the hotel group listed on the Stock Exchange of Mauritius,"
        " made a profit in the quarter to 30 September after room rates rose.",
        "The group, which owns four resorts, said occupancy averaged 74%.",
        "Revenue rose 12% to Rs 1.6 billion.",
        "Tourist arrivals to Mauritius rose 8% in the quarter, and Mauritius expects more.",
    ]
    figures = {
        f.surface: f for f in extract_figures(paragraphs, title="Hotel group returns to profit")
    }
    assert figures["Rs 1.6 billion"].subject == "Kestrel Harbour Hotels Ltd"
    assert figures["12%"].subject == "Kestrel Harbour Hotels Ltd"
    assert figures["8%"].subject == "Mauritius"  # (the island's own arrivals)


def test_a_field_before_a_named_body_gives_the_figure_to_the_body() -> None:
    paragraphs = [
        "Malmo biotech Fjordgen Bio has raised €48 million to take its kidney drug into"
        " late-stage trials.",
        "Fjordgen Bio said the money would last until 2040.",
    ]
    (raised,) = extract_figures(paragraphs, title="Biotech raises €48m")
    assert raised.subject == "Fjordgen Bio"


def test_a_place_before_a_body_in_the_sentence_gives_its_figure_to_the_storys_firm() -> None:
    # "A Wakefield bakery ... with the loss of 210 jobs": the bakery's, which the story names
    # as its firm; "A Powerball line costs $1.50" stays the line's (no body after the name)
    paragraphs = [
        "A Wakefield bakery that has made bread rolls for supermarkets since 1962 is to close"
        " next spring, with the loss of 210 jobs.",
        "Ferrybridge Foods said on Wednesday that volumes at the site had fallen by a third.",
        "Ferrybridge Foods reported revenue of £148m in the year to September.",
    ]
    title = "Ferrybridge Foods to close Wakefield bakery with loss of 210 jobs"
    jobs = next(f for f in extract_figures(paragraphs, title=title) if f.surface == "210 jobs")
    assert jobs.subject == "Ferrybridge Foods"


def test_a_firm_its_apposition_describes_is_named_again_as_the_company() -> None:
    # "Moselle Orbital, the Luxembourg satellite operator, ..." / "The company reports in US
    # dollars": the firm is the story's, not the country its apposition names
    sentences = [
        "Kestrel Orbit, the Luxembourg satellite operator, set out its plans to investors on"
        " Tuesday.",
        "The company reports in US dollars but pays its dividend in euros.",
        "Revenue of $2.05bn-$2.2bn in 2027, against about $1.96 billion expected for this year.",
        "The Luxembourg government, which holds 11% of the shares, will contribute €400 million.",
    ]
    assert main_company(sentences, frozenset()) == "Kestrel Orbit"


def test_a_lead_describing_its_firm_gives_the_figures_to_the_firm_named_next() -> None:
    # the lead describes the firm ("A Galway ferry operator"), the next sentence names it
    paragraphs = [
        "A Galway ferry operator carried 218,000 passengers in the summer, taking its "
        "total for the year to 395,000.",
        "Aran Sound Ferries said revenue rose 9% to €14 million.",
        "The company plans a second boat in 2039.",
    ]
    got = {f.surface: f.subject for f in extract_figures(paragraphs, title="Ferry numbers up")}
    assert got["218,000 passengers"] == got["9%"] == "Aran Sound Ferries"
    # a person named next is no firm: nobody's firm is guessed
    people = [
        "A Galway ferry operator carried 218,000 passengers in the summer.",
        "Siobhan Keane said it was the best season she had seen.",
    ]
    assert "Keane" not in str(main_company(people, frozenset()))
