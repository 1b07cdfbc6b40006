"""An item's stamp line with its source after it ("16 Jun 2038, 06:40 | Source: company
statement", as a company-news aggregator prints under each headline) is a time stamp, not a
photo's credit; so the headline over it is the item's title, not a photo caption (a development
set of session 69: four of four headlines of such a file lost, two items merged)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.story.lines.patterns import is_timestamp
from tests.reader.story.pasted import pasted_stories


@pytest.mark.parametrize(
    "line",
    [
        "16 Jun 2038, 06:40 | Source: company statement",
        "March 3, 2037 · Source: Ministry of Finance",
        "2037-05-11 09:30 | via: Press release",
    ],
)
def test_a_stamp_with_its_source_is_a_stamp(line: str) -> None:
    assert is_timestamp(line)


@pytest.mark.parametrize(
    "line", ["Photo | Source: Reuters", "Source: company statement", "Source: Statistics Norway"]
)
def test_a_source_alone_is_no_stamp(line: str) -> None:
    assert not is_timestamp(line)


PASTE = """RETAIL

Harbour bakery chain to open three shops in Lerwick
4 Mar 2038, 08:10 | Source: company statement

Shetland Bakehouse will open three shops in Lerwick by the autumn, adding 24 jobs, the family-owned chain said.

The shops will sell bread baked overnight at its Scalloway plant, which is being fitted with a second oven.

Director Ruth Manson said the chain had been turned down twice for a town-centre site before.

ENERGY

Island grid operator orders second battery for Sumburgh
4 Mar 2038, 09:45 | Source: company statement

Northlink Grid has ordered a second battery for its Sumburgh substation to store power from the island's wind farms.

The battery will hold enough electricity to supply about 2,000 homes for four hours, the operator said.

Work is due to start in June and finish before the winter.
"""


def test_headlines_over_sourced_stamps_title_their_items(tmp_path: Path) -> None:
    stories = pasted_stories(tmp_path, PASTE)
    assert [s.title for s in stories] == [
        "Harbour bakery chain to open three shops in Lerwick",
        "Island grid operator orders second battery for Sumburgh",
    ]
