"""A recipe's ingredients, a line each opening on a quantity ("500g dried white corn kernels",
"250ml coconut milk"), are lines of the article, not headings over new stories (blind singles75,
session 55: a food page was split at its ingredients). Text written here."""

from __future__ import annotations

from reader.pipeline import Document, split_document
from reader.story.lines.classify import classify_lines
from reader.story.lines.table import figure_lines

RECIPE = """Fish soup the way the harbour cooks make it
Words: Ana Ximenes
Saturday, 14 March 2037
On the quay at dawn the boats come in with whatever the sea gave them, and by noon the same fish is in a pot in half the kitchens of the town.
The soup needs little more than good fish, a few vegetables and patience, and every family argues about the right amount of chilli.
Serves 4. Preparation: 15 minutes. Cooking: about 40 minutes.
Ingredients
600g firm white fish, cut into large pieces
250ml coconut milk
2 tomatoes, chopped
1 onion, thinly sliced
1 tsp salt
Method
1. Fry the onion gently in a little oil until soft.
2. Add the tomatoes and the coconut milk and bring to a simmer.
3. Add the fish and the salt and cook for ten minutes without stirring.
The cooks at the harbour serve it with rice and a wedge of lime, and nobody leaves the table early."""


def test_quantity_lines_are_figure_lines() -> None:
    lines = classify_lines(RECIPE.split("\n"))
    runs = figure_lines(lines)
    assert {ln.no for ln in lines if ln.text.startswith(("600g", "250ml"))} <= runs


def test_a_recipe_is_one_story() -> None:
    stories = split_document(Document("recipe.txt", RECIPE.split("\n"), "0" * 64))
    assert len(stories) == 1
    assert stories[0].title == "Fish soup the way the harbour cooks make it"
