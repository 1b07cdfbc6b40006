"""A figure whose clause leaves its measure out takes the joined clause's (ellipsis.py)."""

from __future__ import annotations

from reader.figures.ellipsis import counted_alike, fuller_names, parallel_metrics
from reader.model import Figure


def _fig(surface: str, metric: str | None, kind: str = "percent", unit: str = "%") -> Figure:
    return Figure(surface, kind, 1.0, unit, metric=metric, sentence_index=0)  # type: ignore[arg-type]


def test_a_coordinated_clause_shares_the_measure() -> None:
    text = "Rents in Hull climbed 2.2%, while Derby rose 0.8%."
    got = parallel_metrics([_fig("2.2%", "rent"), _fig("0.8%", None)], [text])
    assert [f.metric for f in got] == ["rent", "rent"]


def test_money_shares_only_with_money_of_its_currency() -> None:
    text = "The fare was €12 at one desk and $15 at the other."
    got = parallel_metrics(
        [_fig("€12", "fare", "money", "EUR"), _fig("$15", None, "money", "USD")], [text]
    )
    assert got[1].metric is None


def test_no_sharing_across_a_break_a_relative_clause_or_a_measure() -> None:
    cases = [
        "Rents in Hull climbed 2.2%; Derby was up 0.8%.",
        "The index, which rose 2.2%, and its rival gained 0.8%.",
        "Rents in Hull climbed 2.2% and wages in Derby rose 0.8%.",  # a measure of its own
        "Rents in Hull climbed 2.2% in the quarter to March 0.8%.",  # not joined
    ]
    for text in cases:
        got = parallel_metrics([_fig("2.2%", "rent"), _fig("0.8%", None)], [text])
        assert got[1].metric is None, text


def test_a_figure_with_a_measure_keeps_it() -> None:
    text = "Rents climbed 2.2% and Derby rose 0.8%."
    got = parallel_metrics([_fig("2.2%", "rent"), _fig("0.8%", "share price")], [text])
    assert got[1].metric == "share price"


def test_a_short_name_takes_the_full_name_its_sentence_gave_before() -> None:
    text = "Fleet rents climbed 4.1% to £900, with rents in Leeds up 2.5%."
    got = fuller_names([_fig("£900", "fleet rent", "money", "GBP"), _fig("2.5%", "rent")], [text])
    assert got[1].metric == "fleet rent"
    assert got[1].measure == "rent"


def test_no_full_name_written_as_a_brand() -> None:
    text = "Its Volta-brand sales rose 2.3%, while sales of Zest models rose 3.6%."
    got = fuller_names([_fig("2.3%", "volta-brand sales"), _fig("3.6%", "sales")], [text])
    assert got[1].metric == "sales"


def test_no_full_name_from_after_from_a_time_a_place_or_another_kind_of_ratio() -> None:
    text = "Rents rose 2.5%, and fleet rents climbed 4.1%."  # the full name comes after
    got = fuller_names([_fig("2.5%", "rent"), _fig("4.1%", "fleet rent")], [text])
    assert got[0].metric == "rent"
    for text, full in (
        ("Annual rents rose 2.5%, with rents in Leeds up 4.1%.", "annual rent"),
        ("Leeds rents rose 2.5%, with rents in York up 4.1%.", "Leeds rent"),
    ):
        got = fuller_names([_fig("2.5%", full), _fig("4.1%", "rent")], [text])
        assert got[1].metric == "rent", text
    text = "Its share of sales was 12%, or £40 in sales per visit."
    got = fuller_names(
        [_fig("12%", "share of sales"), _fig("£40", "sales", "money", "GBP")], [text]
    )
    assert got[1].metric == "sales"  # a money figure is no share


def test_a_count_of_its_own_noun_keeps_it() -> None:
    text = "Twelve of its 40 stores are loss-making stores, and 40 stores will close."
    figs = [_fig("Twelve", "loss-making stores", "count", "stores"),
            _fig("40 stores", "stores", "count", "stores")]  # fmt: skip
    assert fuller_names(figs, [text])[1].metric == "stores"


def test_a_count_of_a_noun_takes_the_one_measure_the_story_gave_that_noun() -> None:
    figs = [
        _fig("8.1 million kettles", "shipments", "count", "kettles"),
        _fig("5.5 million kettles", "kettles", "count", "kettles"),
        _fig("40 stores", "stores opened", "count", "stores"),
        _fig("900 stores", "stores", "count", "stores"),
        _fig("12 members", "votes", "count", "members"),
        _fig("300 members", "members", "count", "members"),
    ]
    text = "It shipped 8.1 million kettles, ahead of rivals with 5.5 million kettles."
    got = counted_alike(figs, [text])
    assert [f.metric for f in got] == [
        "shipments", "shipments",  # the story's one measure of kettles
        "stores opened", "stores",  # what was done to some stores is no measure of all
        "votes", "members",  # people: those who voted are not all the members
    ]  # fmt: skip


def test_two_measures_of_a_noun_leave_a_bare_count() -> None:
    figs = [
        _fig("8 million kettles", "shipments", "count", "kettles"),
        _fig("2 million kettles", "imports", "count", "kettles"),
        _fig("5 million kettles", None, "count", "kettles"),
    ]
    text = "Exports were 8 million kettles, imports 2 million kettles, with 5 million kettles."
    assert counted_alike(figs, [text])[2].metric is None


def test_a_count_its_clause_governs_keeps_its_noun() -> None:
    figs = [
        _fig("8.1 million kettles", "shipments", "count", "kettles"),
        _fig("5.5 million kettles", "kettles", "count", "kettles"),
    ]
    text = "It shipped 8.1 million kettles and will make 5.5 million kettles."
    assert counted_alike(figs, [text])[1].metric == "kettles"


def test_one_price_in_several_currencies_keeps_its_measure() -> None:
    from reader.figures import extract_figures

    got = {
        f.surface: f.metric
        for f in extract_figures(
            [
                "The Vela X2 will cost $229 in the United States, £209 in Britain and €239 in Germany."
            ]
        )
    }
    assert got["£209"] == got["€239"] == got["$229"] is not None
    # two currencies that are not one list keep what their own words say
    other = {
        f.surface: f.metric
        for f in extract_figures(["Revenue was $5bn, while the fine came to £2m."])
    }
    assert other["£2m"] != other["$5bn"]
