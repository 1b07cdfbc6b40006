from __future__ import annotations

from reader.titles import MAX_WORDS, generate_title, lead_sentence


def test_short_lead_is_used_whole() -> None:
    assert (
        generate_title("Storm closes mountain pass. Drivers were told to wait.")
        == "Storm closes mountain pass"
    )


def test_long_lead_is_cut_at_a_clause() -> None:
    lead = (
        "The regional water board approved a plan to build two reservoirs in the northern hills, "
        "which engineers say will secure supplies for the next thirty years."
    )
    title = generate_title(lead)
    assert (
        title
        == "The regional water board approved a plan to build two reservoirs in the northern hills"[
            : len(title)
        ]
    )
    assert len(title.split()) <= MAX_WORDS
    assert not title.endswith((",", " to", " the"))


def test_dateline_is_dropped() -> None:
    title = generate_title(
        "OSLO (Reuters) — Norway's wealth fund sold its stake in two shipping firms on Friday."
    )
    assert title.startswith("Norway's wealth fund")


def test_never_longer_than_limit() -> None:
    words = " ".join(f"word{i}" for i in range(40)) + "."
    assert len(generate_title(words).split()) <= MAX_WORDS


def test_lead_sentence_keeps_abbreviation_inside() -> None:
    assert lead_sentence("Prices rose 3.5% in May. Then they fell.") == "Prices rose 3.5% in May"


def test_clause_opener_preferred_over_dangling_verb() -> None:
    lead = (
        "Shoppers were warned to avoid a fake parcel-tracking website that claims to collect "
        "unpaid postage from people waiting for deliveries."
    )
    assert generate_title(lead) == "Shoppers were warned to avoid a fake parcel-tracking website"


def test_never_empty() -> None:
    assert generate_title(".") == "Untitled story"
    assert generate_title("— …") == "Untitled story"
    assert generate_title("!!! 42 !!!").strip()


def test_title_does_not_stop_on_an_auxiliary() -> None:
    lead = (
        "The city council has denied reports that the harbour master is preparing to close "
        "the old ferry terminal before the summer season begins next year."
    )
    title = generate_title(lead)
    words = title.split()
    assert 0 < len(words) <= 12
    assert words[-1].lower() not in {"is", "has", "will", "be", "to", "the", "that"}
    long_lead = (
        "Residents of the northern valley towns will soon be able to ride a direct train "
        "service to the coast for the first time in forty years."
    )
    last = generate_title(long_lead).split()[-1].lower()
    assert last not in {"be", "able", "will", "to", "a"}


def test_title_does_not_stop_before_a_needed_infinitive() -> None:
    lead = (
        "A plan by the harbour board to rebuild the crumbling eastern quay appears to have "
        "been put on hold until next spring"
    )
    title = generate_title(lead)
    assert title.split()[-1].lower() not in {"appears", "to", "have", "been"}
    assert len(title.split()) <= 12
