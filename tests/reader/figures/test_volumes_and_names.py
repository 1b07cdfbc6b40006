"""Sales volumes, ISO-code prefixes, count ranges and names that open a story (text written
here)."""

from __future__ import annotations

from reader.figures import extract_figures, format_value, parse_sentence
from reader.model import Figure


def by_surface(sentence: str) -> dict[str, Figure]:
    return {f.surface: f for f in parse_sentence(sentence)}


def test_iso_code_prefixes_and_reais_symbol() -> None:
    figs = by_surface("It will issue CHF 3 billion of bonds and SEK 250m of notes.")
    assert (figs["CHF 3 billion"].value, figs["CHF 3 billion"].unit) == (3e9, "CHF")
    assert figs["SEK 250m"].unit == "SEK"
    assert format_value(Figure("x", "money", 4.9e9, "BRL")) == "R$4.9B"


def test_count_ranges_with_a_dash_and_words_that_only_look_plural() -> None:
    figs = by_surface("It now expects 9,000-10,000 trucks, and has another 9,800 overseas.")
    assert [(f.value, f.unit) for f in figs.values()] == [
        (9000, "trucks"), (10000, "trucks"), (9800, None)
    ]  # fmt: skip
    assert [f.value for f in parse_sentence("It beat them 4-3 in the final.")] == []


def test_a_month_before_a_comma_is_not_a_model_name() -> None:
    figs = by_surface("It had 72 million clients in September, 3 million more than in June.")
    assert figs["3 million"].value == 3e6
    assert parse_sentence("It launched the Galaxy 24 last week.") == []


def test_volume_verbs_give_counts_a_metric() -> None:
    assert by_surface("Voltra delivered 2,350 vehicles.")["2,350 vehicles"].metric == "deliveries"
    figs = by_surface("It sold more than 12 million copies and has 40 studios.")
    assert figs["12 million copies"].metric == "units sold"
    assert figs["40 studios"].metric == "studios"  # its own noun, not "units sold"


def test_change_written_as_more_than_and_raised_by() -> None:
    f = by_surface("It made R$4.9 billion for the quarter, 12% more than a year earlier.")[
        "R$4.9 billion"
    ]
    assert f.change is not None and (f.change.direction, f.change.amount) == ("up", "12%")
    f = by_surface("Hoshino raised its profit forecast by 6% to 412 billion yen.")[
        "412 billion yen"
    ]
    assert f.change is not None and (f.change.direction, f.change.amount) == ("up", "6%")


def test_names_written_twice_or_led_by_a_kind_of_firm() -> None:
    figs = {f.surface: f for f in extract_figures([
        "Telvia, Spain's second-largest operator, said sales rose 1.9% to €3.42bn.",
        "Telvia's chairman proposed a dividend of 0.40 euros.",
    ])}  # fmt: skip
    assert figs["€3.42bn"].subject == "Telvia"
    f = by_surface("Chipmaker Orrin Semiconductor forecast revenue of $7bn.")["$7bn"]
    assert f.subject == "Orrin Semiconductor"


def test_possessives_and_segments() -> None:
    figs = {f.surface: f for f in extract_figures([
        "Brazilian lender Banco Serrano made R$4.9 billion.",
        "Serrano's American depositary shares gained 2.2% to $6.41.",
    ])}  # fmt: skip
    assert figs["$6.41"].subject == "Serrano"
    f = by_surface("Claire's Stores said sales rose 6% in the year.")["6%"]
    assert f.subject == "Claire's Stores"
    figs = {f.surface: f for f in extract_figures([
        "Alibaba said revenue rose 5% to $34.81 billion.",
        "China e-commerce revenue climbed 16% to $18.62 billion.",
        "The UK economy grew 2.5%, Alibaba said.",
    ])}  # fmt: skip
    assert figs["$18.62 billion"].subject == "Alibaba"  # a segment of the company
    assert figs["2.5%"].subject == "UK"


def test_money_metric_vocabulary() -> None:
    cases = {
        "Its loss narrowed to Rs 212 crore.": ("Rs 212 crore", "loss"),
        # "net" makes another measure (compound.MEASURE_QUALIFIERS): kept with it
        "Net bookings will reach $2.2bn.": ("$2.2bn", "net bookings"),
        "Ebitda came in at €1.15bn.": ("€1.15bn", "EBITDA"),
        "It will invest £250m in cutting prices.": ("£250m", "investment"),
        "It will issue about CHF 3 billion of new bonds.": ("CHF 3 billion", "debt"),
        "It announced a $40 billion financing round.": ("$40 billion", "funding"),
    }
    for sentence, (surface, metric) in cases.items():
        assert by_surface(sentence)[surface].metric == metric, sentence


def test_crowns_follow_the_country_and_scaled_ranges_scale_once() -> None:
    figs = {f.surface: f for f in extract_figures([
        "Norrair expects profit of 2.1 billion to 2.4 billion Norwegian crowns.",
        "Its earlier forecast was 1.8 billion crowns.",
    ])}  # fmt: skip
    assert (figs["2.1 billion"].value, figs["2.1 billion"].unit) == (2.1e9, "NOK")
    assert figs["2.4 billion Norwegian crowns"].value == 2.4e9
    assert figs["1.8 billion crowns"].unit == "NOK"


def test_counts_with_model_names_measures_and_strong_workforces() -> None:
    figs = by_surface("It flies 72 Boeing 737 MAX jets and ordered 40 more A320neo planes.")
    assert [(f.value, f.unit) for f in figs.values()] == [
        (72, "Boeing 737 MAX jets"), (40, "A320neo planes")
    ]  # fmt: skip
    f = by_surface("It cut 2% of its 212,000-strong workforce.")["212,000-strong workforce"]
    assert (f.kind, f.value, f.unit) == ("count", 212000, "workforce")
    f = by_surface("It sold 1.5 million square feet of offices.")["1.5 million square feet"]
    assert (f.kind, f.unit) == ("other", "square feet")


def test_rank_lists_after_a_possessive_count_nothing() -> None:
    figs = by_surface("It supplies 3 of the world's 5 largest battery makers.")
    assert [(f.value, f.unit) for f in figs.values()] == [(3, "largest battery makers")]
    assert parse_sentence("Bosses of the world's 500 largest companies will attend.") == []


def test_datelines_and_index_names_are_not_subjects() -> None:
    figs = {f.surface: f for f in extract_figures([
        "SEOUL, Nov 27 (Reuters) - Daehan Chemical said its profit rose 41% to 812 billion won.",
        "Revenue climbed 6.4% to KRW 11.3 trillion, Daehan said.",
    ])}  # fmt: skip
    assert figs["812 billion won"].subject == "Daehan Chemical"
    figs = {f.surface: f for f in extract_figures([
        "FTSE 100 retailer Harwick & Lowe expects profit of £1.05bn.",
        "Sales rose 7.2% in the quarter.",
        "The company will hire 300 staff.",
    ])}  # fmt: skip
    assert figs["£1.05bn"].subject == "Harwick & Lowe"
    assert figs["7.2%"].subject == "Harwick & Lowe"


def test_level_changes_and_per_share_metrics() -> None:
    f = by_surface("It filled 84.2% of its seats, up 1.6 percentage points.")["84.2%"]
    assert f.change is not None and f.change.amount == "1.6 percentage points"
    f = by_surface("Its net asset value per share fell 4.1% to 1,012p.")["1,012p"]
    assert f.metric == "net asset value"
    assert by_surface("The EU fined Vantix €1.8bn.")["€1.8bn"].metric == "fine"
    f = by_surface("It agreed to sell a 49% stake for £1.6 billion.")["£1.6 billion"]
    assert f.metric == "deal"


def test_taiwan_dollars_rand_and_their_cents() -> None:
    figs = {f.surface: f for f in extract_figures([
        "Kaapline said earnings per share rose 18% to 412 cents, on revenue of R31.6 billion.",
        "It declared a final dividend of 165 cents.",
        "TaiChip made NT$295.4 billion, and the R3 model sells well.",
    ])}  # fmt: skip
    assert (figs["R31.6 billion"].value, figs["R31.6 billion"].unit) == (31.6e9, "ZAR")
    assert figs["412 cents"].unit == "ZAR" and figs["165 cents"].unit == "ZAR"
    assert figs["NT$295.4 billion"].unit == "TWD"
    assert format_value(figs["R31.6 billion"]) == "R31.6B"
    assert not any(f.unit == "ZAR" and f.value == 3 for f in figs.values())  # "R3" is a model


def test_between_and_and_scaled_count_ranges() -> None:
    figs = by_surface("It expects between 140,000 and 145,000 cars, and 2.35 million to 2.45 "
                      "million ounces.")  # fmt: skip
    assert [(f.value, f.unit) for f in figs.values()] == [
        (140000, "cars"), (145000, "cars"), (2.35e6, "ounces"), (2.45e6, "ounces")
    ]  # fmt: skip
    assert figs["2.35 million"].kind == "other"
    rose = by_surface("Payrolls rose 32,000 to 1.41 million jobs, and it hired 5 and 6 staff.")
    assert rose["32,000"].value == 32000  # a change and a level, not a range
    assert "5" not in rose  # "5 and 6" without "between" is not a range


def test_round_five_rules() -> None:
    f = by_surface("Sales fell 11.8% at constant exchange rates to 3.3 billion francs.")[
        "3.3 billion francs"
    ]
    assert f.change is not None and (f.change.direction, f.change.amount) == ("down", "11.8%")
    f = by_surface("It processed 1.4 trillion naira of transactions.")["1.4 trillion naira"]
    assert (f.unit, f.metric) == ("NGN", "transaction value")
    assert by_surface("1,240 customers pay it more than $1m a year.")["$1m"].metric != "customers"
    assert parse_sentence("Its net debt to EBITDA ratio eased to 1.6 times.") == []
    figs = {f.surface: f for f in extract_figures([
        "Premier League club Ashbourne United reported revenue of £715.5m.",
        "Wages rose to £429m, and Ashbourne said it would sell players.",
    ])}  # fmt: skip
    assert figs["£715.5m"].subject == "Ashbourne United"


def test_an_institution_for_something_is_one_name() -> None:
    from reader.figures.names import name_runs

    s = "Borrowing beat what the Office for Budget Responsibility had forecast."
    assert [n for n, _, _ in name_runs(s, frozenset())] == ["Office for Budget Responsibility"]


def test_an_abbreviated_unit_is_a_measure_not_a_bare_count() -> None:
    figs = by_surface("The jet flew 4,200 km to Accra after 120 mm of rain and 60 mph winds.")
    assert (figs["4,200 km"].kind, figs["4,200 km"].unit) == ("other", "km")
    assert (figs["120 mm"].kind, figs["120 mm"].unit) == ("other", "mm")
    assert (figs["60 mph"].kind, figs["60 mph"].metric) == ("other", "speed")


def test_a_currency_prefix_is_no_name() -> None:
    from reader.figures.names import name_runs

    text = "Finance minister Ruth Calder said the deficit was NZ$12.9 billion."
    assert "NZ" not in [name for name, _, _ in name_runs(text, frozenset())]
    story = [
        "New Zealand's economy shrank 0.3% in the third quarter, Statistics NZ said.",
        "Finance minister Ruth Calder said the deficit was NZ$12.9 billion.",
    ]
    owners = {f.surface: f.subject for f in extract_figures(story)}
    assert owners["NZ$12.9 billion"] != "NZ"


def test_a_grade_is_no_name() -> None:
    from reader.figures.names import name_runs

    text = "The rise takes the bill for a typical Band D home to £2,211, Tarnley Council said."
    assert [name for name, _, _ in name_runs(text, frozenset())] == ["Tarnley Council"]
