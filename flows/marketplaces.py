"""Marketplaces as data: one TOML file each under `flows/data/`. Adding a marketplace is adding
a file (and its display name and hints in `locales/`).

Each fact carries its source and the day it was checked, because marketplaces change their
legal entities and terms unilaterally; documents only print what a file states.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class LegalEntity:
    name: str
    inn: str
    ogrn: str
    address: str
    source: str
    checked: date
    unconfirmed: bool = False

    @property
    def known(self) -> bool:
        return bool(self.name)


@dataclass(frozen=True)
class Channel:
    kind: str  # app_chat | shop_contacts | email | phone
    source: str
    checked: date
    value: str = ""  # an address or number, only where a source supports it


@dataclass(frozen=True)
class Marketplace:
    id: str
    order: int
    order_number_pattern: re.Pattern[str]
    order_number_example: str
    is_seller_possible: bool  # can the marketplace itself be the seller of an order?
    legal: LegalEntity
    channels: tuple[Channel, ...]

    def order_number_ok(self, number: str) -> bool:
        return bool(self.order_number_pattern.fullmatch(number))


def _load(path: Path) -> Marketplace:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    legal = raw["legal"]
    return Marketplace(
        id=raw["id"],
        order=raw["order"],
        order_number_pattern=re.compile(raw["order_number_pattern"]),
        order_number_example=raw["order_number_example"],
        is_seller_possible=raw["is_seller_possible"],
        legal=LegalEntity(
            name=legal["name"],
            inn=legal["inn"],
            ogrn=legal["ogrn"],
            address=legal["address"],
            source=legal["source"],
            checked=date.fromisoformat(legal["checked"]),
            unconfirmed=legal.get("unconfirmed", False),
        ),
        channels=tuple(
            Channel(
                kind=c["kind"],
                source=c["source"],
                checked=date.fromisoformat(c["checked"]),
                value=c.get("value", ""),
            )
            for c in raw.get("channels", [])
        ),
    )


@cache
def catalogue() -> dict[str, Marketplace]:
    items = [_load(p) for p in sorted(DATA_DIR.glob("*.toml"))]
    return {m.id: m for m in sorted(items, key=lambda m: m.order)}


def get(marketplace_id: str) -> Marketplace:
    return catalogue()[marketplace_id]
