import pytest

from reader.figures.acts import acted_metric


def _metric(text: str, surface: str, noun: str, metric: str | None = None) -> str | None:
    start = text.index(surface)
    return acted_metric(text, start, start + len(surface), noun, metric)


@pytest.mark.parametrize(
    ("text", "surface", "noun", "want"),
    [
        ("Orrin is recalling 412,000 cars worldwide.", "412,000 cars", "cars", "cars recalled"),
        ("It cancelled 640 flights in the month.", "640 flights", "flights", "flights cancelled"),
        ("It expects to deliver between 1.7 million and 1.8 million vehicles.",
         "1.8 million vehicles", "vehicles", "deliveries"),
        ("The collapse put about 1,600 jobs at risk.", "1,600 jobs", "jobs", "jobs at risk"),
        ("Nearly 12 million people have fled their homes.", "12 million people", "people",
         "displaced"),
        ("She said 310 staff had been made redundant.", "310 staff", "staff", "jobs cut"),
        ("Its deliveries fell 6.2% to 1.31 million vehicles in the year.",
         "1.31 million vehicles", "vehicles", "deliveries"),
    ],
)  # fmt: skip
def test_a_verb_acting_on_the_counted_noun_names_the_measure(
    text: str, surface: str, noun: str, want: str
) -> None:
    assert _metric(text, surface, noun) == want


def test_no_verb_no_measure() -> None:
    assert _metric("The group runs 1,140 pubs.", "1,140 pubs", "pubs") is None
    assert _metric("It plans to sell 9,000 mast sites.", "9,000 mast sites", "sites") is None
