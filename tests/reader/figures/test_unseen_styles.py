"""Styles of the English-language press abroad and of data stories: a dollar's letters are no
firm ("NT$4.91 billion"), a desk's byline with its city ("Staff writer, Taipei"), a pollster
is not the firm ("Analysts polled by LSEG"), a wire's instrument code ("(AMKRN.IS)"), an
acronym defined for a thing ("orange juice (FCOJ)"), counts after a month ("September 412
households"), a part named after "of them", the lira's letters after a price, a sum's plain
base, a change set off by a comma compared with a month. Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _figs(*paragraphs: str, title: str = "x") -> list[Figure]:
    return extract_figures(list(paragraphs), title=title)


def _get(figs: list[Figure], surface: str) -> Figure:
    return next(f for f in figs if f.surface == surface)


def test_a_dollars_letters_are_no_firm_and_a_desk_byline_is_no_lead() -> None:
    figs = _figs(
        "Staff writer, Kaohsiung",
        "Noodle chain Lanmei Foods Co yesterday reported revenue of NT$312 million for last month.",
        "Revenue for the first 11 months rose 9.2 percent to NT$3.1 billion.",
        title="Lanmei sales rise",
    )
    assert {f.subject for f in figs} == {"Lanmei Foods Co"}


def test_a_pollster_is_not_whom_the_bank_means() -> None:
    figs = _figs(
        "Banco Serrano, the country's sixth-largest lender, said net income rose 12% to "
        "R$ 8.1 billion.",
        "Analysts polled by LSEG had expected R$ 7.9 billion. The bank's shares rose 2.6%.",
    )
    assert _get(figs, "2.6%").subject == "Banco Serrano"


def test_a_wires_instrument_code_is_no_owner() -> None:
    figs = _figs(
        "Karadeniz Gida AS said nine-month profit rose 21%.",
        "Shares in the company (KRDNZ.IS) closed up 1.8% at 64.35 TL.",
    )
    price = _get(figs, "64.35 TL")
    assert (price.kind, price.unit, price.subject) == ("money", "TRY", "Karadeniz Gida AS")
    assert _get(figs, "1.8%").subject == "Karadeniz Gida AS"


def test_an_acronym_defined_for_a_thing_owns_nothing() -> None:
    figs = _figs(
        "Suco Verde SA, the world's third-largest juice maker, said quarterly profit fell 8%.",
        "The processor shipped 212,000 tonnes of frozen concentrated orange juice (FCOJ) "
        "equivalent in the quarter, down from 236,000 tonnes, as a smaller crop left its plants "
        "short of fruit.",
        title="Juice maker output falls",
    )
    assert _get(figs, "236,000 tonnes").subject != "FCOJ"
    from reader.figures.name_words import TERM_MARK, story_names

    names = story_names("a rise in the annual percentage rate (APR), said Orange Growers (OG)")
    assert TERM_MARK + "APR" in names and TERM_MARK + "OG" not in names  # a body's name stays


def test_a_number_after_a_month_is_a_date_only_as_a_day_or_a_year() -> None:
    figs = _figs("At the end of September 412 households were living in hostels.")
    assert [(f.surface, f.value) for f in figs] == [("412 households", 412.0)]
    assert _figs("Sales rose on September 30 and in May 2025.") == []


def test_the_part_named_after_of_them_is_its_unit() -> None:
    figs = _figs("412 households were in hostels, 286 of them families with children.")
    assert _get(figs, "286").unit == "families"
    figs = _figs("It sold 1,200 cars and 900 of them this month.")
    assert _get(figs, "900").unit == "cars"  # a function word names nothing


def test_a_past_verb_without_ed_follows_an_elided_count() -> None:
    figs = _figs("Of our 208 parishes, 141 paid in full.")
    assert _get(figs, "141").unit == "parishes"


def test_a_sums_plain_base_is_a_sum_in_its_currency() -> None:
    figs = _figs("The mill paid 14,200 lira a tonne for wheat, against 10,900 a year earlier.")
    base = _get(figs, "10,900")
    assert (base.kind, base.unit, base.status) == ("money", "TRY", "base")
    # far from the sum's size: no base of it
    figs = _figs("The charity raised £14,200 from 12 donors.")
    assert _get(figs, "12 donors").kind == "count"


def test_decibels_are_a_measure() -> None:
    (fig,) = _figs("Cars must stay below 105 decibels at the trackside meter.")
    assert (fig.kind, fig.unit) == ("other", "decibels")


def test_a_change_set_off_by_a_comma_compares_with_a_month() -> None:
    figs = _figs(
        "Lanmei Foods reported revenue of NT$312 million for last month, up 9.1 percent "
        "year-on-year and 4.2 percent from October."
    )
    assert _get(figs, "4.2 percent").status is None
    # a change that takes effect from a month is still a plan
    assert _get(_figs("Rail fares go up 5% from January."), "5%").status == "planned"


def test_a_bare_n_before_a_sum_in_thousands_is_the_naira() -> None:
    figs = _figs("The brewer raised the price of a bottle to N1,200, up from N850.")
    assert (_get(figs, "N1,200").kind, _get(figs, "N1,200").unit) == ("money", "NGN")
    assert _figs("Masks rated N95 sold out.") == []


def test_a_drop_in_volumes_measures_volume() -> None:
    (fig,) = _figs("Profit rose despite a 12% drop in volumes.")
    assert fig.metric == "volume"
