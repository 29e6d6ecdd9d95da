"""Time zones by the place a person names: «Екатеринбург», «Свердловская область», "Omsk".
The names are data (`flows/data/cities.toml`); this module only normalises and looks up."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "places" / "cities.toml"

_NOISE = re.compile(
    r"\b(?:г|гор|город|обл|область|край|республика|респ|ао|city|oblast|region)\b\.?",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    text = text.lower().replace("ё", "е")
    text = _NOISE.sub(" ", text)
    return " ".join(re.sub(r"[^\w\s\-]", " ", text).split())


@cache
def _index() -> dict[str, str]:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    return {_key(name): zone for zone, entry in raw["zones"].items() for name in entry["names"]}


def zone_for(place: str) -> str | None:
    """The IANA zone of a Russian city or region, or None when the place is not known."""
    return _index().get(_key(place)) if len(place) <= 80 else None
