"""The two stages of ``parse_sentence`` (``numbers_in``, then ``figures_of``) give its figures,
and a sentence without number tokens gives none whatever its context: what lets
``extract_figures`` skip the rest of the work (the previous sentence's firm) for it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.figures import extract_figures
from reader.figures.names import story_names
from reader.figures.parse import figures_of, may_hold_figures, numbers_in, parse_sentence
from reader.figures.patterns import SPELLED
from reader.figures.scan import _may_hold_scaled_words

PIECES = st.sampled_from(
    ["$", "US$", "€", "£", "RMB ", " yuan", " cents", "1", "34", ".81", ",000", " billion",
     " bn", "m", " trillion", "%", " percent", " users", " jobs", " (", ")", "up ", " to ",
     " from ", " in 2024", " ", ", ", ". ", "Revenue ", "It ", "the company ", "Acme ",
     "Mr Lee ", "chief executive Ann Roe ", "said ", "fell ", "rose ", "two ", "twenty ",
     "four million ", "Thousand ", "MILLION", "ſ", "\u212a", "fined ", "profit ", "which "]
)  # fmt: skip
SENTENCE = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join)
CONTEXT = st.sampled_from([None, "Acme", "Bolt Motors"])
CURRENCY = st.sampled_from([None, "USD", "GBP", "EUR"])


@settings(max_examples=300, deadline=None)
@given(SENTENCE, CONTEXT, CONTEXT, st.sampled_from([None, "Ann Roe"]), CURRENCY)
def test_stages_give_what_parse_sentence_gives(
    sentence: str, main: str | None, prior: str | None, person: str | None, currency: str | None
) -> None:
    story = f"Acme said. {sentence} Bolt Motors and Mr Lee."
    names = story_names(story)
    context = {"main": main, "prior": prior, "person": person, "currency": currency}
    whole = parse_sentence(sentence, story=story, names=names, **context)
    if not may_hold_figures(sentence):
        assert whole == []
        return
    raws = numbers_in(sentence, story, currency)
    staged = figures_of(
        sentence, raws, names=names, currency=currency, main=main, prior=prior, person=person
    )
    assert staged == whole
    # the sentence's place in its story is written on each figure, nothing else changes
    placed = figures_of(
        sentence,
        numbers_in(sentence, story, currency),
        names=names,
        currency=currency,
        main=main,
        prior=prior,
        person=person,
        sentence_index=7,
    )
    assert placed == [replace(f, sentence_index=7) for f in whole]
    if not raws:  # nothing the context could change
        assert whole == []


@settings(max_examples=300, deadline=None)
@given(SENTENCE)
def test_scaled_word_gate_never_hides_a_match(text: str) -> None:
    if SPELLED.search(text) is not None:
        assert _may_hold_scaled_words(text)


def test_scaled_word_gate_examples() -> None:
    assert _may_hold_scaled_words("four MILLION fans")
    assert _may_hold_scaled_words("ſ non-ASCII text is always scanned")
    assert not _may_hold_scaled_words("forty fans")


def test_a_sentence_without_numbers_costs_no_prior_lookup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reader.figures as figures
    from reader.figures.names import lead_name as real

    calls: list[str] = []

    def counting(sentence: str, names: frozenset[str], words: int = 4) -> str | None:
        calls.append(sentence)
        return real(sentence, names, words)

    monkeypatch.setattr(figures, "lead_name", counting)
    found = extract_figures(
        [
            "Acme Motors sold cars.",
            "In 2004 it opened a plant.",  # a digit, but a year: no number token
            "It said sales rose 12% to $4bn.",
        ]
    )
    assert {f.surface for f in found} == {"12%", "$4bn"}
    assert calls == ["In 2004 it opened a plant."]  # only the figure sentence's prior
