"""How a case is named to the person it belongs to: in /cases, in a case's card, in a
reminder, in the operator's words. One function, so a case reads the same everywhere.

The domain decides what the title is made of and in what order; the words stay in the locales
(each piece is a key and its arguments) and the dialogue renders them (`spoken_title`). What
the person typed (an order number, an article) is escaped for Telegram's HTML here, in the one
place every title passes through.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from flows.case import Case, Path

Piece = tuple[str, dict[str, str]]
SEPARATOR = " · "


def title_pieces(case: Case) -> list[Piece]:
    """The case's number, the marketplace, the reviewed article (seller) or the problem
    (buyer), and the order number: each piece as a locale key with its arguments."""
    pieces: list[Piece] = [("case-number", {"id": str(case.id)})]
    if case.marketplace:
        pieces.append((f"mp-{case.marketplace}", {}))
    if case.path is Path.SELLER:
        pieces.append(("seller-case", {"sku": case.review.sku or "—"}))
    if case.problem:
        pieces.append((f"problem-{case.problem}", {}))
    if case.order_number:
        pieces.append(("case-order-number", {"number": case.order_number}))
    return pieces


def spoken_title(t: Callable[..., str], case: Case) -> str:
    """The title in one language (`t` is that language's catalogue), safe in an HTML
    message: the arguments, which may hold what the person typed, are escaped."""
    return SEPARATOR.join(
        t(key, **{name: html.escape(value, quote=False) for name, value in args.items()})
        for key, args in title_pieces(case)
    )
