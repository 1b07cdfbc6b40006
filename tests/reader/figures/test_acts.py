import pytest

from reader.figures.acts import acted_metric, state_metric


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
        ("Last year 2,200 workers lost their jobs.", "2,200 workers", "workers", "jobs cut"),
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
    assert _metric("It owns 9,000 mast sites.", "9,000 mast sites", "sites") is None


@pytest.mark.parametrize(
    ("text", "surface", "noun", "want"),
    [
        ("The bakery plans to sell 3 million new shares in May.", "3 million new shares",
         "shares", "shares sold"),
        ("Its founders will sell a further 800,000 shares.", "800,000 shares", "shares",
         "shares sold"),
        ("The stall served about 12,000 meals over the weekend.", "12,000 meals", "meals",
         "meals served"),
        ("Vets culled 40,000 turkeys at the farm.", "40,000 turkeys", "turkeys",
         "turkeys culled"),
        ("The grocer will cut prices on 700 products from Monday.", "700 products", "products",
         "price cuts"),
        ("The brewer raised prices on 90 beers.", "90 beers", "beers", "price rises"),
    ],
)  # fmt: skip
def test_selling_serving_culling_and_repricing_name_the_measure(
    text: str, surface: str, noun: str, want: str
) -> None:
    assert _metric(text, surface, noun) == want


def test_selling_people_or_a_sales_volume_is_left_to_other_rules() -> None:
    # goods sold the context already called a sales volume stay one; people served are no
    # "patients served" measure of their own
    text = "The maker sold 31,000 of the vans."
    assert _metric(text, "31,000 of the vans", "vans", "units sold") is None
    text = "The clinic serves about 9,000 patients."
    assert _metric(text, "9,000 patients", "patients") is None


@pytest.mark.parametrize(
    ("text", "surface", "noun", "want"),
    [
        ("Nine of its 30 cafes are loss-making.", "Nine", "", "loss-making cafes"),
        ("Officials said 14 of the 60 planned bridges had been delayed.", "14", "",
         "delayed bridges"),
        ("About 80,000 sheep were culled last spring.", "80,000 sheep", "sheep", "culled sheep"),
        ("Some 2,000 pupils under eleven were badly affected.", "2,000 pupils", "pupils",
         "affected pupils"),
    ],
)  # fmt: skip
def test_what_the_counted_things_are_names_them(
    text: str, surface: str, noun: str, want: str
) -> None:
    start = text.index(surface)
    assert state_metric(text, start, start + len(surface), noun, None) == want


def test_the_whole_and_a_named_measure_keep_their_metric() -> None:
    text = "Nine of its 30 cafes are loss-making."
    start = text.index("30 cafes")
    assert state_metric(text, start, start + 8, "cafes", None) is None  # the whole
    text = "Nine of the chain's 30 cafes are loss-making."
    start = text.index("30 cafes")
    assert state_metric(text, start, start + 8, "cafes", None) is None
    text = "About 400 flights were expected to leave."
    start = text.index("400 flights")
    assert state_metric(text, start, start + 11, "flights", None) is None  # "expected to"
    text = "About 300 flights were axed."
    start = text.index("300 flights")
    assert state_metric(text, start, start + 11, "flights", None) == "axed flights"
    # a verb before already named the measure
    assert state_metric(text, start, start + 11, "flights", "flights cancelled") is None


def test_jobs_by_what_was_done_and_people_told_something() -> None:
    text = "About 9,000 new jobs were created last year."
    start = text.index("9,000 new jobs")
    assert state_metric(text, start, start + 14, "jobs", None) == "jobs added"
    text = "Some 800 parents were warned they would be fined."
    start = text.index("800 parents")
    assert state_metric(text, start, start + 11, "parents", None) is None


def test_jobs_lost_with_a_closure_are_jobs_cut() -> None:
    from reader.figures import extract_figures

    got = {
        f.surface: f.metric
        for f in extract_figures(
            [
                "Brannock Mills will shut its Leeds site with the loss of about 260 jobs.",
                "The storm caused the loss of 40 homes.",
            ]
        )
    }
    assert got["260 jobs"] == "jobs cut"
    assert got["40 homes"] != "jobs cut"
