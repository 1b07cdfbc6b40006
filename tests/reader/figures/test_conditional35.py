"""An open condition whose consequence a modal heads, and a sensitivity ("every 10-cent fall
in the price cuts ..."), suppose a case: the figures of the "if" clause and of the "would" /
"could" / "might" clause after it, and a sensitivity's figures, are hypothetical
(reader/figures/scenario.py, ``conditional`` and ``sensitivity``); a threshold ("only if
...") and a fact in an aside ("now at 5.8%") are not."""

from __future__ import annotations

from reader.figures import parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    return next(f for f in parse_sentence(sentence) if f.surface == surface).status


def test_the_if_clause_and_its_modal_consequence_are_supposed() -> None:
    sentence = (
        "If the lira went back to 30 to the dollar, bread would cost roughly 4 liras less, "
        "the baker said."
    )
    assert _status(sentence, "4 liras") == "hypothetical"
    sentence = "If shipments fall another 10% next year, the firm could lose about $2 billion."
    assert _status(sentence, "10%") == "hypothetical"
    assert _status(sentence, "$2 billion") == "hypothetical"


def test_a_threshold_an_aside_and_a_plain_fact_are_not_supposed() -> None:
    sentence = "Pupils get free meals only if their household earns less than £7,400 a year."
    assert _status(sentence, "£7,400") != "hypothetical"
    sentence = "If unemployment, now at 5.8%, kept rising, the bank would cut again."
    assert _status(sentence, "5.8%") != "hypothetical"
    assert _status("Sales rose 5% to £2m, and the firm would not comment.", "£2m") is None


def test_a_sensitivity_supposes_its_move_and_its_effect() -> None:
    sentence = (
        "Every 10-cent fall in the milk price cuts about $31 million from the co-op's profit."
    )
    assert _status(sentence, "$31 million") == "hypothetical"
    sentence = "Buses run every 10 minutes and carry 5,000 passengers a day."
    assert _status(sentence, "5,000 passengers") is None
