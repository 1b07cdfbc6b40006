"""Session 68's figure rules, on sentences written here. A firm named in a reporting clause
that closes the sentence owns the figure nothing else in it owns, whatever its name ends in
(reader/figures/speaker.py ``closing_firm``); people who speak of a figure do not; a route or a
site after "the" is its firm's, not its place's (reader/figures/names.py); members deciding for
a place give it the figure (groups.py); a level put at a sum measures its phrase (np_metric.py);
a verb in the clause before a percentage does not move it (change.py)."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _owner(sentence: str) -> str | None:
    (fig,) = [f for f in extract_figures([sentence]) if f.kind in ("money", "percent")]
    return fig.subject


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Sales rose 4% in the quarter, Acme Motors said.", "Acme Motors"),
        ("Fares fell 4%, Tasman Ferries said on Tuesday.", "Tasman Ferries"),
        ("Revenue rose 6%, Kerr Holdings said.", "Kerr Holdings"),
        ("Orders rose 9%, Siemens said.", "Siemens"),  # one word, no English plural
    ],
)
def test_a_closing_speaker_whose_name_ends_in_a_plural_owns_the_figure(
    sentence: str, owner: str
) -> None:
    assert _owner(sentence) == owner


@pytest.mark.parametrize(
    "sentence",
    [
        "Spending rose 4% last year, Labour MPs said.",
        "Spending rose 4% last year, Senate Democrats said.",
        "Spending rose 4% last year, Analysts said.",
    ],
)
def test_people_who_speak_of_a_figure_do_not_own_it(sentence: str) -> None:
    assert _owner(sentence) is None


def test_a_route_after_the_is_the_speakers_not_its_places() -> None:
    sentence = "Fares on the Picton crossing will fall by 30 cents from July, Tasman Ferries said."
    assert _owner(sentence) == "Tasman Ferries"


def test_a_site_with_no_firm_to_give_it_to_keeps_its_own_name() -> None:
    # (no story firm, no speaker: a name that is no known place names the site's owner)
    assert _owner("Already the Live-Shot site charges $5.95 a session.") == "Live-Shot"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Total giving was estimated at £15.1bn.", "total giving"),
        ("Cotton exports are forecast to total $2bn.", "cotton exports"),
    ],
)
def test_a_level_put_at_a_sum_or_to_reach_it_measures_its_phrase(
    sentence: str, metric: str
) -> None:
    (fig,) = extract_figures([sentence])
    assert fig.metric == metric


def test_a_verb_in_the_clause_before_moves_no_percentage_after_it() -> None:
    figs = extract_figures(["Sales rose to $864, up from $781, as 62% of shoppers came back."])
    share = next(f for f in figs if f.surface == "62%")
    assert share.change is None
    aside = extract_figures(["Sales rose, as expected, 5%."])[0]  # an aside is no new clause
    assert aside.change is not None and aside.change.direction == "up"


def test_members_deciding_for_a_place_give_it_the_figure() -> None:
    sentence = "Councillors in Harbour City have approved a £38 million plan to close the road."
    assert _owner(sentence) == "Harbour City"
    # members who get a figure themselves keep it
    assert _owner("Councillors in Leeds will get a 5% pay rise.") == "Councillors"
    # members deciding for a body not named own nothing themselves
    assert _owner("Councillors have approved a £38 million plan.") is None
    # ... and the body the sentence before named keeps their decision (as before session 68)
    story = [
        "Kestrel Council met on Monday to set its spending.",
        "Councillors approved a £210m budget.",
    ]
    assert [f.subject for f in extract_figures(story)] == ["Kestrel Council"]


def test_a_bare_dollar_on_a_named_exchange_is_that_exchanges() -> None:
    story = [
        "Kestrel lost NZ$41 million.",
        "Revenue fell to NZ$512 million.",
        "Its shares fell 12% to $1.04 on the NZX.",
    ]
    units = {f.surface: f.unit for f in extract_figures(story)}
    assert units["$1.04"] == "NZD"  # the story marks its own dollar, the exchange is NZ's
    (price, _) = extract_figures(["Its shares rose 3% to $4.10 on the Nasdaq."])
    assert price.unit == "USD"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Annual recurring revenue had tripled to $22 million.", "up"),
        ("Revenue more than doubled to $22 million.", "up"),
        ("Profit halved to $2 million.", "down"),
        ("It reported a pre-tax loss of £22.4m for the year to May, up from £18.1m.", "up"),
    ],
)
def test_a_level_reached_by_a_multiple_or_past_its_period_moved(
    sentence: str, direction: str
) -> None:
    level = extract_figures([sentence])[0]
    assert level.change is not None and level.change.direction == direction
    assert level.change.amount is None  # a level that moved, not the move


def test_a_move_up_to_a_level_is_no_bound() -> None:
    (rate,) = extract_figures(["Unemployment had edged up to 4.6%."])
    assert rate.hedge is None  # not "≤4.6%"
    assert rate.change is not None and rate.change.direction == "up"
    (price,) = extract_figures(["Prices went up to £3 a litre."])
    assert price.hedge is None and price.change is not None


def test_a_second_clause_keeps_its_measure_to_itself() -> None:
    sentence = (
        "The governor said the economy had grown 0.3% in the third quarter and unemployment"
        " had edged up to 4.6%."
    )
    metrics = {f.surface: f.metric for f in extract_figures([sentence])}
    assert metrics["0.3%"] == "GDP growth"
    assert metrics["4.6%"] == "unemployment rate"  # (rate_names.py)


def test_a_sum_added_by_the_year_names_what_it_is_added_to() -> None:
    sentence = "The work is expected to add about £4 a year to a typical household energy bill."
    (fig,) = extract_figures([sentence])
    assert fig.metric == "household energy bill"


def test_a_loss_narrowed_or_widened_to_a_level_moved() -> None:
    (loss, _) = extract_figures(["Losses narrowed to Rs 310 crore from Rs 585 crore."])
    assert loss.change is not None and loss.change.direction == "down"
    (deficit,) = extract_figures(["Its deficit widened to $4bn."])
    assert deficit.change is not None and deficit.change.direction == "up"


def test_lower_case_text_keeps_its_exchange_and_its_headlines_subject() -> None:
    (price, _) = extract_figures(["its shares fell 12% to $1.04 on the nzx."])
    assert price.unit == "NZD"
    (jobs,) = extract_figures(["kestrel air to cut 300 jobs as it shrinks regional network"])
    assert jobs.subject == "kestrel air"  # not "kestrel air to"


def test_a_sum_hung_on_a_forecast_is_foreseen_with_it() -> None:
    sentence = (
        "The airline expects to return to profit in 2027, helped by savings of NZ$25 million"
        " a year from the cuts."
    )
    (saving,) = extract_figures([sentence])
    assert saving.status == "forecast"
    done = extract_figures(["Profit rose 5%, helped by sales of $40m."])
    assert next(f for f in done if f.surface == "$40m").status is None  # hung on a result


def test_an_old_range_after_a_new_one_is_a_base() -> None:
    sentence = (
        "Southfield raised its forecast milk price to a range of NZ$8.70 to NZ$9.30 per"
        " kilogram, from NZ$8.40 to NZ$9.00, citing stronger prices."
    )
    status = {f.surface: f.status for f in extract_figures([sentence])}
    assert status["NZ$8.40"] == "base" and status["NZ$9.00"] == "base"
    assert status["NZ$9.30"] != "base"


def test_a_level_moved_from_an_old_one() -> None:
    (new, old) = extract_figures(["Sales rose from $4m to $5m."])
    assert new.surface == "$5m" and new.change is not None and new.change.direction == "up"
    assert old.status == "base"


def test_a_level_set_beside_its_phrase_measures_it_not_the_sentence_before() -> None:
    story = [
        "The board said it had spent £14.5 million on extra operating sessions, carrying out"
        " 6,300 procedures.",
        "Unions warned that nurse vacancies, now at 1,240, could slow progress.",
    ]
    metrics = {f.surface: f.metric for f in extract_figures(story)}
    assert metrics["1,240"] == "nurse vacancies"  # not the procedures carried on
