from reader.figures import extract_figures
from reader.figures.kind_refs import _named_with


def _subject(paragraphs: list[str], surface: str) -> str | None:
    return next(f.subject for f in extract_figures(paragraphs) if f.surface == surface)


def test_the_bureau_is_the_body_named_with_that_noun() -> None:
    story = [
        "Canada's barley crop will shrink to 8.1 million tonnes, the Office of Crop Estimates "
        "said on Friday.",
        "The office cut its forecast from 9.4 million tonnes in August.",
    ]
    assert _subject(story, "9.4 million tonnes") == "Office of Crop Estimates"


def test_a_lower_case_utility_is_the_name_it_stood_beside() -> None:
    story = [
        "pinecrest power, the utility that supplies power to about 900,000 homes in the valley, "
        "asked regulators on monday to raise rates by 4.2% from june.",
        "demand hit a record in january.",
        "the utility earned c$640 million last year.",
    ]
    assert _subject(story, "c$640 million") == "pinecrest power"


def test_a_generic_kind_looks_back_one_sentence_only() -> None:
    """ "the group" usually means the story's own firm: a group named two sentences back is
    not taken for it."""
    story = [
        "Harwick Foods said sales rose 6% to £2.1bn in the year to March.",
        "Consumer group Fair Cart had warned about prices in June.",
        "Shoppers still spent more.",
        "The group expects profit of about £180m next year.",
    ]
    assert _subject(story, "£180m") == "Harwick Foods"


def test_named_with_finds_the_last_holder_described_or_beside() -> None:
    assert _named_with("The Bureau of Farm Outlook said so.", "bureau") == "Bureau of Farm Outlook"
    assert _named_with("according to consumer group Fair Cart.", "group") == "Fair Cart"
    assert _named_with("northvale hydro, the utility that supplies power", "utility") == (
        "northvale hydro"
    )
    assert _named_with("Sales rose at Acme, a retailer.", "bureau") is None


def test_a_later_clause_of_a_sentence_the_body_opens_is_the_bodys() -> None:
    story = [
        "Canada's barley crop will shrink to 8.1 million tonnes, the Office of Crop Estimates "
        "said on Friday.",
        "The office cut its forecast and said barley exports would fall to about C$2.1 billion.",
        "The world's biggest buyers paid 4% more.",
    ]
    owners = {f.surface: f.subject for f in extract_figures(story)}
    assert owners["C$2.1 billion"] == "Office of Crop Estimates"
    assert owners["4%"] != "Office of Crop Estimates"  # "the world's" names no body


def test_a_named_body_an_apposition_calls_by_its_kind() -> None:
    """ "Larkhill House, the children's hospice in Leek, ... The hospice cares for 180
    families": the name the apposition described; a clause after a comma is no apposition."""
    story = [
        "Larkhill House, the children's hospice in Leek, has launched its winter appeal with a "
        "target of £900,000.",
        "The hospice cares for 180 families across Staffordshire.",
    ]
    assert _subject(story, "180 families") == "Larkhill House"
    assert _named_with("According to reports from Tass, the deal should close.", "deal") is None
    assert (
        _named_with("It opened on Monday, the first hospice in the county, to all.", "hospice")
        is None
    )
