"""The attribution scorer: metric names, owners and status compared as a reader would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.eval.attribution import (
    DEFAULT_LABELS,
    load,
    load_all,
    main,
    metric_right,
    period_right,
    story_of,
    subject_right,
    taken,
)


def test_metric_synonyms_and_word_containment() -> None:
    assert metric_right("revenue", "sales")
    assert metric_right("net income", "quarterly net income")
    assert metric_right("market value", "market cap")
    assert not metric_right("net income", "revenue")
    assert not metric_right("eps", None)
    assert metric_right("copies", "units sold")  # copies sold are units sold
    assert metric_right("staff", "employees")
    assert not metric_right("staff", "jobs cut")
    assert metric_right("workers", "employees")
    assert metric_right("market value", "valuation")
    # singular and plural name one measure, but the words must still all be there
    assert metric_right("cost", "costs")
    assert metric_right("prices", "price")
    assert metric_right("rate", "rates")
    assert not metric_right("share price", "shares")
    assert not metric_right("net loss", "loss")
    assert metric_right("operating income", "operating profit")
    assert metric_right("operating profit", "operating income")
    assert metric_right("unemployment rate", "unemployment")
    assert metric_right("hiring", "jobs added")
    assert metric_right("betting levy", "betting levies")
    assert metric_right("fishing quotas", "fishing quota")
    # one measure named by its act or by its noun, either way round; a home's price is a house
    # price, a gift a donation, a firm's closing price its share price
    assert metric_right("store openings", "stores opened")
    assert metric_right("stores opened", "store openings")
    assert metric_right("mill closures", "mills closed")
    assert metric_right("median house price", "median home price")
    assert metric_right("average donation", "average gift")
    assert metric_right("share price", "closing price")
    assert not metric_right("stores opened", "store closures")
    assert not metric_right("house price", "price")
    # not a synonym: income is not revenue, nor a rate of something else
    assert not metric_right("operating income", "revenue")
    assert not metric_right("unemployment rate", "interest rate")


def test_period_agreement_reads_quarters_and_halves_and_ignores_little_words() -> None:
    assert period_right("Q3", "third quarter")
    assert period_right("H1 2025", "first half of 2025")
    assert period_right("by 2030", "2030")
    assert period_right("third quarter", "the third quarter of 2025")
    assert not period_right("third quarter", "fourth quarter")
    assert not period_right("last year", "")
    assert not period_right("", "")  # a label with no period is not scored


def test_subject_shares_a_name_word_whatever_the_case() -> None:
    assert subject_right(["Harborline Systems"], "Harborline")
    assert subject_right(["brent crude"], "Brent")
    assert not subject_right(["Carden Bank"], "Financial Conduct Authority")
    assert subject_right([], None)
    # a shared function word names no owner: "the group" is not "brightwave, the uk"
    assert not subject_right(["fibrenet", "the group"], "brightwave, the uk")
    assert not subject_right(["Bank of England"], "Office of Rail")
    assert subject_right(["fibrenet", "the group"], "Fibrenet Group")
    assert not subject_right([], "Boeing")


def test_bundled_labels_load_with_every_field() -> None:
    truths = load(DEFAULT_LABELS)
    assert len(truths) >= 50
    assert {t.status for t in truths} >= {"actual", "forecast", "base", "planned"}
    for t in truths:
        assert (DEFAULT_LABELS.parent / t.label.file).is_file()


def test_a_forecast_shown_as_actual_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.txt").write_text(
        "Title\n\nAcme expects revenue of $5 billion next year.\n", encoding="utf-8"
    )
    label = {"file": "s.txt", "surface": "$5 billion", "kind": "money", "value": 5e9,
             "unit": "USD", "metric": "revenue", "subject": ["Acme"], "status": "forecast"}  # fmt: skip
    (tmp_path / "labels.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    assert main(["--labels", str(tmp_path / "labels.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "money" in out
    assert "labelled non-actual" in out


def test_a_non_figure_taken_as_a_figure_is_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "s.txt").write_text(
        "Title\n\nAcme made $5 billion. Its 400 stores sold 7,400 Model 7400 phones.\n",
        encoding="utf-8",
    )
    lines = [
        {"file": "s.txt", "surface": "$5 billion", "kind": "money", "value": 5e9, "unit": "USD",
         "metric": "revenue", "subject": ["Acme"], "status": "actual"},
        {"file": "s.txt", "surface": "400 stores", "kind": "count", "value": 400,
         "unit": "stores", "metric": "stores", "subject": ["Acme"], "status": "actual"},
        {"file": "s.txt", "surface": "Model 7400", "kind": None, "nonfigure": "model number"},
    ]  # fmt: skip
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    truths, non = load_all(path)
    assert [t.label.surface for t in truths] == ["$5 billion", "400 stores"]
    assert [n.surface for n in non] == ["Model 7400"]
    assert taken(non[0], ["7,400"]) is False
    assert taken(non[0], ["7400 phones"]) is True
    assert main(["--labels", str(path)]) == 0
    assert "non-figures taken as figures:" in capsys.readouterr().out


def test_every_bundled_label_set_loads_and_names_its_files() -> None:
    for name in ("attrib", "attrib_dev", "attrib_r2", "attrib_r3"):
        path = DEFAULT_LABELS.parent.parent / name / "labels.jsonl"
        truths, non = load_all(path)
        assert truths
        for t in truths:
            _, paragraphs = story_of(path.parent / t.label.file)
            assert any(t.label.surface in p for p in paragraphs)
        for n in non:
            assert n.surface in (path.parent / n.file).read_text(encoding="utf-8")


def test_a_story_with_no_headline_is_read_from_its_first_line(tmp_path: Path) -> None:
    """A labelled story that opens with its first paragraph (a wire dateline, no headline) has
    that paragraph's figures read, under a title generated from it; a headline stays a title."""
    wire = tmp_path / "wire.txt"
    wire.write_text(
        "OSLO (Reuters) - Norwegian ferry operator Fjordline carried 2.1 million passengers in "
        "May, 4% more than a year earlier, the company said on Monday.\n\n"
        "It expects to add two routes next year.\n",
        encoding="utf-8",
    )
    title, paragraphs = story_of(wire)
    assert paragraphs[0].startswith("OSLO (Reuters)") and len(paragraphs) == 2
    assert title and title != paragraphs[0]
    headed = tmp_path / "headed.txt"
    headed.write_text("Fjordline traffic rises 4% in May\n\nThe operator carried more.\n")
    assert story_of(headed) == ("Fjordline traffic rises 4% in May", ["The operator carried more."])


def test_a_hissing_plural_names_the_same_measure_as_its_singular() -> None:
    # "losses" folds to "loss", not "losse"; "taxes" to "tax"
    assert metric_right("insured losses", "insured loss")
    assert metric_right("pre-tax loss", "pre-tax losses")
    assert metric_right("taxes paid", "tax paid")
    assert metric_right("branch closures", "branches closures")
    assert not metric_right("insured losses", "insured premiums")


def test_a_label_holding_two_names_of_one_measure_asks_for_one() -> None:
    # takings are the box office; sales are revenue: the other name says nothing more
    assert metric_right("box office takings", "box office")
    assert metric_right("sales revenue", "revenue")
    assert not metric_right("box office takings", "ticket price")
    assert not metric_right("gross margin", "margin")  # "gross" names no measure here


def test_an_amount_word_of_a_label_is_not_asked_for() -> None:
    assert metric_right("index level", "index")
    assert metric_right("inventory levels", "inventory")
    assert not metric_right("index level", "shares")
    assert metric_right("level", "level")  # alone it is the label


def test_capital_spending_is_capex() -> None:
    assert metric_right("capital spending", "capex")
    assert metric_right("capex", "capital expenditure")
    assert not metric_right("capital spending", "spending cuts")
