"""A radio band named over the lots an auction sells in it is a name, not an amount of
spectrum ("four 3.5GHz lots totalling 100MHz"; blind round attrib_a124, session 64)."""

from __future__ import annotations

from reader.figures import extract_figures


def test_a_band_over_its_lots_is_a_name() -> None:
    surfaces = {
        f.surface
        for f in extract_figures(
            [
                "Osun Mobile paid $612 million for four 3.5GHz lots totalling 100MHz and one 700MHz lot."
            ],
            title="News",
        )
    }
    assert "3.5GHz" not in surfaces and "700MHz" not in surfaces
    assert "100MHz" in surfaces
