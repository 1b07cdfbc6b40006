"""The role model: multinomial logistic regression over line features (``reader.story.lines.roles.features``)
plus role-to-role transition scores for the sequence decoder, loaded from a small JSON file
shipped in the package (rebuilt by ``python -m reader.eval.train_roles``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from numpy.typing import NDArray

# body: the article's text (lists, tables and subheadings that belong to it included);
# headline; meta: byline, date or time stamp; caption: photo caption or credit; promo: a call to
# action or teaser ("Sign up…", "Read more…", share buttons); nav: site menu and header
# furniture; linklist: "most popular" / "related" lists; comment: reader comments; footer: legal
# and site footer.
ROLES = ("body", "headline", "meta", "caption", "promo", "nav", "linklist", "comment", "footer")


@dataclass(frozen=True, slots=True)
class Weights:
    """Per-role feature weights (roles × features), transition log-scores (roles × roles) and the
    start scores; ``features`` names the columns, checked against the extractor's."""

    features: tuple[str, ...]
    w: NDArray[np.float64]
    trans: NDArray[np.float64]
    start: NDArray[np.float64]
    # The headline scorer (``reader.story.lines.roles.headline``): its feature names and weights.
    head_features: tuple[str, ...] = ()
    head: NDArray[np.float64] | None = None

    def to_json(self) -> str:
        data = {
            "roles": list(ROLES),
            "features": list(self.features),
            "w": np.round(self.w, 5).tolist(),
            "trans": np.round(self.trans, 5).tolist(),
            "start": np.round(self.start, 5).tolist(),
        }
        if self.head is not None:
            data["head_features"] = list(self.head_features)
            data["head"] = np.round(self.head, 5).tolist()
        return json.dumps(data, indent=0) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Weights:
        data = json.loads(text)
        if tuple(data["roles"]) != ROLES:
            raise ValueError("role weights were built for other roles")
        return cls(
            features=tuple(data["features"]),
            w=np.array(data["w"], dtype=np.float64),
            trans=np.array(data["trans"], dtype=np.float64),
            start=np.array(data["start"], dtype=np.float64),
            head_features=tuple(data.get("head_features", ())),
            head=np.array(data["head"], dtype=np.float64) if "head" in data else None,
        )


def log_probs(weights: Weights, x: NDArray[np.float64]) -> NDArray[np.float64]:
    """Log-probability of each role for each row of ``x`` (lines × roles)."""
    z = x @ weights.w.T
    z -= z.max(axis=1, keepdims=True)
    out: NDArray[np.float64] = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return out


_override: list[Weights] = []


@cache
def _shipped() -> Weights:
    text = (
        resources.files("reader.story.lines.roles")
        .joinpath("weights.json")
        .read_text(encoding="utf-8")
    )
    return Weights.from_json(text)


def current() -> Weights:
    """The weights in use: the shipped ones unless an evaluation installed refitted ones."""
    return _override[-1] if _override else _shipped()


def install(weights: Weights | None) -> None:
    """Use ``weights`` instead of the shipped ones (None: back to the shipped)."""
    _override.clear()
    if weights is not None:
        _override.append(weights)
