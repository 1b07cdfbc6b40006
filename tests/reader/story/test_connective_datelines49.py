"""A wire dateline opens a story's first paragraph, but not when the lede after it points back
with a connective (blind singles62: "LAGOS, June 16 (Atlas News) - Meanwhile in Lagos, ..."): the
article goes on in a second place."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.cues import opens_on_connective

ARTICLE = """MOMBASA, May 4 (Coastwire) - Tea auctions in Mombasa drew higher prices on Monday as buyers from Pakistan and Egypt returned after a two-week holiday lull, brokers said.
The average price for the week rose to $2.41 a kilogram from $2.28 at the previous sale, according to the brokers' association.
Brokers said the quality of leaf from the highlands had improved after rains in April.
Some 140,000 packages were offered, of which about 90 percent were sold.
KAMPALA, May 4 (Coastwire) - Meanwhile in Kampala, Ugandan exporters said the better prices had not yet reached farmers, who are paid monthly by the factories.
"We will see it in June, if it lasts," said a factory manager in Bushenyi.
Exporters said shipments through Mombasa were running about a tenth above last year's pace."""

TWO = ARTICLE.replace("Meanwhile in Kampala, Ugandan", "Ugandan")


def test_a_dateline_whose_lede_points_back_goes_on_with_the_article() -> None:
    assert len(split_document(Document("a.txt", ARTICLE.split("\n"), "0" * 64))) == 1


def test_a_dateline_with_a_lede_of_its_own_still_opens_a_story() -> None:
    assert len(split_document(Document("b.txt", TWO.split("\n"), "0" * 64))) == 2


def test_which_openings_point_back() -> None:
    assert opens_on_connective("Meanwhile in Lagos, exporters said")
    assert opens_on_connective("However, the ministry said")
    assert not opens_on_connective("Ugandan exporters said")
    assert not opens_on_connective("Butchers in Kampala said")
