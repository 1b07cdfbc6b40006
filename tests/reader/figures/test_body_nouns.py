"""The firm and body nouns (body_nouns.py) as the rules that read them use them."""

from __future__ import annotations

from reader.figures.body_nouns import GENERIC_KINDS, NAMED_KINDS, REFERRING_KINDS
from reader.figures.names import opens_with_reference


def test_each_referring_kind_opens_a_reference() -> None:
    for kind in ("company", "carmaker", "lender", "start-up", "regulator", "utility"):
        assert opens_with_reference(f"The {kind} said sales rose 4%.")
    assert not opens_with_reference("The Bank of Japan said rates would stay at 0.5%.")
    assert not opens_with_reference("The low-cost carrier Brindair carried 610,000.")
    assert not opens_with_reference("The trust said it raised £4m.")  # named, not referring


def test_the_generic_kinds_are_referring_kinds_and_the_named_kinds_hold_bodies() -> None:
    assert {"company", "firm", "group", "business"} <= set(REFERRING_KINDS)
    assert {"company", "firm", "group", "business"} <= GENERIC_KINDS
    assert {"trust", "union", "council"} <= NAMED_KINDS
    assert "lender" not in NAMED_KINDS
