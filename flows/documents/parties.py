"""Who a document is to and from: the seller, the marketplace's owner, the person."""

from __future__ import annotations

from collections.abc import Iterable

from flows import claims, marketplaces
from flows.case import Case
from flows.claims import Addressee
from flows.documents.writer import Writer, entity_name, phone_display
from flows.names import Grammar, genitive, grammar, written


def ids_line(inn: str, ogrn: str, w: Writer) -> list[str]:
    parts_ = [w("inn-part", inn=inn)] if inn else []
    parts_ += [w("ogrn-part", ogrn=ogrn)] if ogrn else []
    return [", ".join(parts_)] if parts_ else []


def marketplace_lines(case: Case, w: Writer, *, caveat: bool = True) -> list[str]:
    """The marketplace's entity from its data file. Where the file marks it unconfirmed, a
    letter carries the caveat to check it; a lawsuit does not (the chat says so instead)."""
    legal = marketplaces.get(case.marketplace or "other").legal
    lines = [legal.name, *ids_line(legal.inn, legal.ogrn, w)]
    address = legal.address or case.marketplace_address  # the person's, where the file has none
    lines.append(w("addr-line", address=address) if address else w("addr-blank"))
    if legal.unconfirmed and caveat:
        lines.append(w(f"legal-caveat-{case.marketplace}"))
    return lines


def seller_is_marketplace(case: Case) -> bool:
    mp = marketplaces.get(case.marketplace or "other")
    return bool(case.seller and case.seller.is_marketplace and mp.legal.known)


def defendants(case: Case) -> tuple[Addressee, ...]:
    """Whom a lawsuit sues: the marketplace and the seller where the marketplace owes the
    prepayment (ЗоЗПП ст. 12, law-facts §1 ст. 12), otherwise the one the claim went to."""
    if claims.marketplace_refunds(case):
        return (Addressee.MARKETPLACE, Addressee.SELLER)
    return (claims.lawsuit_letter(case).to,)


def address_known(case: Case, to: Addressee) -> bool:
    """Whether the addressee's postal address is known: a lawsuit is never made without the
    defendant's (ГПК ст. 131; issue 17 p. 19)."""
    if to is Addressee.MARKETPLACE or seller_is_marketplace(case):
        legal = marketplaces.get(case.marketplace or "other").legal
        return bool(legal.address or case.marketplace_address)
    return bool(case.seller and case.seller.address)


def missing_addresses(case: Case) -> list[Addressee]:
    """The lawsuit's defendants whose address is still to be asked, as the person sees them:
    the seller's, or the marketplace's (as the seller, or owing the prepayment)."""
    out: list[Addressee] = []
    for to in defendants(case):
        if seller_is_marketplace(case):
            to = Addressee.MARKETPLACE
        if not address_known(case, to) and to not in out:
            out.append(to)
    return out


def recipient(case: Case, to: Addressee, w: Writer, *, caveat: bool = True) -> tuple[str, ...]:
    """The addressee with a postal address (a registered letter and a lawsuit need one): the
    marketplace's from its data file, the seller's as the person gave it, or a line to fill."""
    if to is Addressee.MARKETPLACE or seller_is_marketplace(case):
        return tuple(marketplace_lines(case, w, caveat=caveat))
    seller = case.seller
    name = entity_name(seller.name) if seller and seller.name else w("seller-unnamed")
    lines = [name, *(ids_line(seller.inn, seller.ogrn, w) if seller else [])]
    address = seller.address if seller else ""
    lines.append(w("addr-line", address=address) if address else w("addr-blank"))
    if marketplaces.get(case.marketplace or "other").legal.known:
        lines.append(w("via-marketplace", marketplace=w(f"mp-name-{case.marketplace}")))
    return tuple(lines)


def one_line(lines: Iterable[str], w: Writer) -> str:
    """Header lines as one phrase: "ООО «Ромашка», ИНН …, адрес: … (товар продан через …)";
    an address left to fill in by hand is dropped from a sentence."""
    blank = w("addr-blank")
    out = ""
    for line in lines:
        if line == blank:
            continue
        out += (" " if line.startswith("(") else ", ") + line if out else line
    return out


def contacts(case: Case, w: Writer) -> list[str]:
    p = case.person
    lines = []
    if p.address:
        lines.append(w("addr-line", address=p.address))
    if p.phone:
        lines.append(w("phone-line", phone=phone_display(p.phone)))
    if p.email:
        lines.append(w("email-line", email=p.email))
    return lines


def sender(case: Case, w: Writer) -> tuple[str, ...]:
    """ "от Иванова Ивана Ивановича" and the contacts: a letter's header."""
    full, surname = case.person.full_name or "", case.person.surname
    name = genitive(full, surname)
    if grammar(full) is Grammar.UNKNOWN and name != written(full, surname):
        # no patronymic tells the declension (Ким: Кима for him, Ким for her; `genitive`
        # would guess from the first name), so nothing is declined (review finding 4)
        return (w("from-line-plain", name=written(full, surname)), *contacts(case, w))
    return (w("from-line", name=name), *contacts(case, w))


def shop_name(case: Case) -> str:
    """The shop's name as documents write it (`writer.entity_name`)."""
    return entity_name(case.seller.name if case.seller and case.seller.name else "")


def where_bought(case: Case, w: Writer) -> str:
    return w(f"mp-where-{case.marketplace}", shop=shop_name(case))


def violator(case: Case, w: Writer) -> str:
    """The seller, and the marketplace as the aggregator's owner where it owes the refund."""
    seller = w("violator-seller", seller=one_line(recipient(case, Addressee.SELLER, w), w))
    if claims.marketplace_refunds(case):
        market = one_line(marketplace_lines(case, w, caveat=False)[:2], w)
        seller += " " + w("violator-aggregator", marketplace=market)
    elif claims.aggregator_cosigned(case):
        # law-facts §1 ст. 12 «Refund missing after a return the marketplace accepted»: name
        # both; ЗоЗПП ст. 40 covers aggregator owners
        market = one_line(marketplace_lines(case, w, caveat=False)[:2], w)
        seller += " " + w("violator-aggregator-return", marketplace=market)
    return seller
