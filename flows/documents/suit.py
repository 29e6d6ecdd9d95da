"""The lawsuit (ГПК ст. 131–132, law-facts §2)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from flows import claims
from flows.answered import paid_parts, parts_known
from flows.case import AnswerKind, Case, SellerReply, Venue
from flows.claims import Addressee, DocKind, Letter, LetterForm
from flows.documents.blocks import Document, Evidence
from flows.documents.common import (
    attach,
    cited,
    claim_attachments,
    claim_history,
    evidence_items,
    facts,
    marketplace_demand_attachment,
    offers_quality_check,
    refuse_routes,
    return_timeliness,
    sign,
    standing,
)
from flows.documents.letters import return_how
from flows.documents.parties import contacts, defendants, missing_addresses, recipient
from flows.documents.writer import Writer, enumerate_items, filename
from flows.law import DeadlineKind, Penalty, PenaltyKind, deadline, money
from flows.money import figures
from flows.names import written
from flows.problems import Demand, ProblemId, TechGround
from flows.schedule import LawsuitSums, Standing, demand_status, lawsuit_sums, switch_allowed
from flows.texts import Texts


def _plaintiff(case: Case, w: Writer) -> list[str]:
    """The plaintiff as ГПК ст. 131 wants: the name in the nominative, date and place of birth,
    one identifier of the person's choice — or, without consent, a plain line to write them in
    by hand, with no instruction in the signed document (issue 17 p. 19)."""
    p, person = case.plaintiff, case.person
    lines = [written(person.full_name or "", person.surname)]
    if p.consent and p.birth_date and p.birth_place:
        lines.append(
            w("plaintiff-birth", date=p.birth_date.strftime("%d.%m.%Y"), place=p.birth_place)
        )
    else:
        lines.append(w("plaintiff-birth-blank"))
    if p.consent and p.id_kind and p.id_number:
        lines.append(w(f"plaintiff-id-{p.id_kind.value}", number=p.id_number))
    else:
        lines.append(w("plaintiff-id-blank"))
    return [*lines, *contacts(case, w)]


def _duty_line(sums: LawsuitSums, w: Writer) -> str:
    if sums.duty is None:
        return w("duty-unknown")
    if sums.duty_free:
        return w("duty-free")
    return w("duty-due", amount=w.amount(sums.duty))


def _position(case: Case, letter: Letter, sums: LawsuitSums, w: Writer, today: date) -> str:
    """Why the money is owed: the demand made, and the choice the person makes now."""
    # the cut as demanded: a part the seller paid back comes off the sum asked, not the demand
    cut = w.amount(sums.principal + sums.repaid if case.price_cut is None else case.price_cut)
    if letter.form is LetterForm.MARKETPLACE:
        return w(
            "suit-marketplace",
            articles=w.articles(letter.basis),
            penalty="yes" if sums.penalty is not None else "no",
        )
    if letter.demand in (Demand.REPAIR, Demand.REPLACEMENT, Demand.NEW_DATE):
        basis = ["zozpp-23.1"] if letter.demand is Demand.NEW_DATE else ["zozpp-18", "zozpp-23"]
        state = _switchable(case, today)
        answers = cited(case, today)
        refusals = [r for r in answers if r.kind is AnswerKind.REFUSED]
        refused_on = refusals[-1].received_on if refusals else None
        missed = standing(case, letter, today).standing is Standing.MISSED
        if state is Standing.REFUSED and answers and not refusals and missed:
            # the answers cited refused nothing: the period's end is the ground
            state = Standing.MISSED
        switch = w(
            "suit-switch",
            state=state.value,
            # a switch on a refusal says so, with the answer's date (review finding 12)
            answered=w.day(refused_on) if refused_on else "none",
            first=letter.demand.value,
            now=sums.demand.value,
            cut=cut,
            articles=w.articles(basis),
            newdate=w.day(case.new_date) if case.new_date else "",
        )
        if (
            case.tech_complex
            and letter.demand is Demand.REPAIR
            and state is Standing.MISSED
            and sums.demand in (Demand.REFUND, Demand.REPLACEMENT)
        ):
            # law-facts §1 «Repair delay = penalty»: for technically complex goods after 15 days
            # the missed repair term is itself the ground (the lawyer's re-check, N4)
            switch += " " + w("suit-switch-tech-repair-late")
        return switch
    if letter.form is LetterForm.NOTICE:
        return w("suit-prepaid-refund", articles=w.articles(letter.basis))
    if claims.defect_refund(case):
        # law-facts §1 «Refund after a DEFECTIVE item was returned»: ст. 18, 22, 23
        demanded = case.return_demanded_on
        return w(
            "suit-return-defect",
            articles=w.articles(letter.basis),
            demanded=w.day(demanded) if demanded else "none",
        )
    if letter.form in (LetterForm.RETURN, LetterForm.REFUND):
        return w("suit-return", articles=w.articles(letter.basis))
    if sums.demand is Demand.PRICE_CUT:
        return w("suit-price_cut", articles=w.articles(letter.basis), cut=cut)
    return w("suit-refund", articles=w.articles(letter.basis))


def _interest_asks(
    case: Case, sums: LawsuitSums, start: date, who: str, w: Writer, today: date
) -> list[str]:
    """ГК ст. 395 on what was unpaid in each stretch: a part paid back after the interest began
    closes a stretch on the larger sum, and the rest runs on to the day of payment (review
    finding 26: the whole on the rest alone would under-claim the days before the part)."""
    owed = sums.principal + sums.repaid
    late: list[tuple[date, Decimal]] = []
    for part in paid_parts(case, today):
        if part.paid_on is None or not part.amount:
            continue
        if part.paid_on < start:
            owed -= money(part.amount)  # paid before the interest began: never owed with it
        else:
            late.append((part.paid_on, money(part.amount)))
    out = []
    for paid_on, amount in sorted(late):
        out.append(
            w(
                "ask-interest-period",
                amount=w.amount(owed),
                who=who,
                to=paid_on.strftime("%d.%m.%Y"),
                **{"from": start.strftime("%d.%m.%Y")},
            )
        )
        owed -= amount
        start = paid_on + timedelta(days=1)
    if owed > 0:
        out.append(
            w(
                "ask-interest",
                amount=w.amount(owed),
                who=who,
                **{"from": start.strftime("%d.%m.%Y")},
            )
        )
    return out


def _switchable(case: Case, today: date) -> Standing:
    """A repair, replacement or new date may give way to another demand in court only once it
    was refused or its period ran out (ЗоЗПП ст. 18, 23.1; law-facts §1) — never before."""
    if not switch_allowed(case, today):
        raise ValueError("the first demand's period still runs: no other demand yet")
    return demand_status(case, claims.main_letter(case), today).standing


def _penalty_blocks(doc: Document, line: Penalty, w: Writer, *, second: bool) -> None:
    doc.add(
        "paragraph",
        w("penalty-label", article=w.articles([line.article]), who="two" if second else "none"),
    )
    rate = f"{line.rate.normalize():f}".replace(".", ",") + " %"
    doc.add(
        "table",
        rows=[
            (
                w("pt-base"),
                w("pt-rate"),
                w("pt-from"),
                w("pt-to"),
                w("pt-days"),
                w("pt-raw"),
                w("pt-sum"),
            ),
            (
                figures(line.base),
                rate,
                line.start.strftime("%d.%m.%Y"),
                line.end.strftime("%d.%m.%Y"),
                str(line.days),
                figures(line.raw),
                figures(line.amount),
            ),
        ],
    )
    if line.capped:
        doc.add("paragraph", w(f"penalty-capped-{line.kind.value}", cap=w.amount(line.cap)))
    doc.add("paragraph", w("penalty-reduction"))


def _asks(case: Case, sums: LawsuitSums, letter: Letter, w: Writer, today: date) -> list[str]:
    """What the court is asked, each item naming its defendant when there are two."""
    first, second, both = ("one", "two", "both") if sums.two_defendants else ("none",) * 3
    if sums.demand is Demand.PRICE_CUT:
        principal_key = "ask-price_cut"
    elif letter.form in (LetterForm.NOTICE, LetterForm.MARKETPLACE):
        principal_key = "ask-prepaid-refund"
    else:
        principal_key = "ask-refund"
    # two defendants: the prepayment from the marketplace and, in the alternative, from the
    # seller, who owes it too (law-facts §1 ст. 12; issue 17 p. 15)
    asks = []
    if sums.principal or not sums.repaid:  # all of it paid back: nothing of it to ask
        asks.append(
            w(
                principal_key,
                amount=w.amount(sums.principal),
                who="alt" if sums.two_defendants else first,
                repaid=w.amount(sums.repaid) if sums.repaid else "none",
            )
        )
    if sums.losses:
        asks.append(w("ask-losses", amount=w.amount(sums.losses), who=second))
    line = sums.penalty
    if line is not None:
        period = {"from": line.start.strftime("%d.%m.%Y"), "to": line.end.strftime("%d.%m.%Y")}
        if sums.continues:
            asks.append(
                w(
                    "ask-penalty",
                    amount=w.amount(line.amount),
                    next=(line.end + timedelta(days=1)).strftime("%d.%m.%Y"),
                    perday=w.amount(line.per_day),
                    cap=w.amount(line.cap),
                    who=second,
                    **period,
                )
            )
        else:
            asks.append(w("ask-penalty-capped", amount=w.amount(line.amount), who=second, **period))
    if sums.repair is not None:
        # law-facts §1 «Repair delay = penalty»
        asks.append(
            w(
                "ask-repair-penalty",
                amount=w.amount(sums.repair.amount),
                who=first,
                **{"from": sums.repair.start.strftime("%d.%m.%Y")},
                to=sums.repair.end.strftime("%d.%m.%Y"),
            )
        )
    if sums.interest_from is not None:
        # law-facts §1 «Late ст. 26.1 refund»: ГК ст. 395 to the day of payment, no figure
        asks += _interest_asks(case, sums, sums.interest_from, first, w, today)
    if sums.moral is not None:
        half = w.amount(money(sums.moral / 2))
        asks.append(w("ask-moral", amount=w.amount(sums.moral), half=half, who=both))
    asks.append(w("ask-fine", who=both))
    return enumerate_items(asks)


def lawsuit(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """A lawsuit a court accepts (ГПК ст. 131–132, law-facts §2): the demand pursued, the
    penalty to date with its cap, moral damages the person chose, the fine asked not promised."""
    refuse_routes(case)
    _switchable(case, today)  # before anything else: no lawsuit while the first demand runs
    w = Writer(texts, case)
    letter = claims.lawsuit_letter(case)
    sums = lawsuit_sums(case, today)
    doc = Document(DocKind.LAWSUIT, filename(DocKind.LAWSUIT, case))
    defendants = _defendants(case, sums, w)
    if not parts_known(case, today):
        # issue 20: the seller paid part and the person did not say how much — the sum owed,
        # and so the claim price, cannot be stated truly (ГПК ст. 131)
        raise ValueError("a part paid back has no sum: ask it before the lawsuit")
    doc.add(
        "addressee",
        lines=(
            *_court(case, sums, w),
            "",
            w("plaintiff-label"),
            *_plaintiff(case, w),
            "",
            *defendants,
            "",
            w("claim-price", amount=w.amount(sums.claim_price)),
            _duty_line(sums, w),
        ),
    )
    doc.add("title", w("lawsuit-title"))
    doc.add("subtitle", w("lawsuit-subtitle"))
    doc.add("paragraph", facts(case, w))
    for line in claim_history(case, w, today):
        doc.add("paragraph", line)
    doc.add("paragraph", _position(case, letter, sums, w, today))
    for paragraph in _suit_grounds(case, sums, w, today):
        doc.add("paragraph", paragraph)
    if sums.penalty is not None:
        _penalty_blocks(doc, sums.penalty, w, second=sums.two_defendants)
    if sums.moral is not None:
        doc.add("paragraph", w("suit-moral", amount=w.amount(sums.moral)))
    answers = cited(case, today)
    fine = w("suit-fine", partial="yes" if paid_parts(case, today) else "no")
    if offers_quality_check(case, claims.main_letter(case)):
        fine += " " + w("suit-fine-check", asked="yes" if _any(answers, AnswerKind.CHECK) else "no")
    doc.add("paragraph", fine)
    doc.add("paragraph", w("lawsuit-ask", who="both" if sums.two_defendants else "none"))
    doc.add("list", lines=_asks(case, sums, letter, w, today))
    attach(doc, [*_suit_attachments(case, sums, w, today), *evidence_items(evidence, w)], w)
    sign(doc, case, today, w)
    return doc


def _any(answers: list[SellerReply], kind: AnswerKind) -> bool:
    return any(r.kind is kind for r in answers)


def _court(case: Case, sums: LawsuitSums, w: Writer) -> list[str]:
    """The court the person named, and the venue note for the court they chose: their
    residence or the contract's place (ЗоЗПП ст. 17 п. 2, ГПК ст. 29 ч. 7), none for the
    defendant's location (law-facts §1 ст. 17) — never a blank to fill in (issue 17 p. 17, 19)."""
    if not case.court_name or case.venue is None:
        raise ValueError("the lawsuit's court and venue must be asked first")
    if case.court_level is not sums.court:
        raise ValueError("the court named is of another level than the claim price needs")
    lines = [w(f"doc-court-{sums.court.value}", name=case.court_name)]
    if case.venue is not Venue.DEFENDANT:
        lines.append(w(f"court-venue-{case.venue.value}"))
    return lines


def _defendants(case: Case, sums: LawsuitSums, w: Writer) -> list[str]:
    """The marketplace and the seller when both answer (a prepaid order never delivered),
    otherwise the one the claim went to — each with a postal address (issue 17 p. 19)."""
    if missing_addresses(case):
        raise ValueError("a lawsuit needs the defendant's address: ask it first")
    if not sums.two_defendants:
        (to,) = defendants(case)
        return [w("defendant-label", who="none"), *recipient(case, to, w, caveat=False)]
    return [
        w("defendant-label", who="one"),
        *recipient(case, Addressee.MARKETPLACE, w, caveat=False),
        "",
        w("defendant-label", who="two"),
        *recipient(case, Addressee.SELLER, w, caveat=False),
    ]


def _suit_grounds(case: Case, sums: LawsuitSums, w: Writer, today: date) -> list[str]:
    """The return made in time, the ground for a technically complex item, the losses."""
    paragraphs = []
    if case.problem is ProblemId.RETURN:
        paragraphs.append(return_timeliness(case, w, case.delivery.delivered_on or today))
    ground = claims.tech_statement(case, claims.main_letter(case).demand)
    if ground is not None:
        # a demand switched in court was not the one made within 15 days: say which was
        switched = ground is TechGround.WITHIN_15 and claims.switched(case)
        paragraphs.append(w(f"tech-{ground.value}" + ("-first" if switched else "")))
    if case.problem is ProblemId.RETURN and claims.only_in_store(case):
        # КС РФ 7-П: the shop's "only in our store" and how the item was sent
        paragraphs += [line for line in return_how(case, w) if line != w("claim-return-how")]
    line = sums.repair
    if line is not None and case.repair_handed_on is not None:
        # law-facts §1 «Repair delay = penalty»
        paragraphs.append(
            w(
                "suit-repair-late",
                handed=w.day(case.repair_handed_on),
                due=w.day(deadline(DeadlineKind.ANSWER_REPAIR, case.repair_handed_on).due),
                start=w.day(line.start),
                end=w.day(line.end),
                days=line.days,
                sum=w.amount(line.amount),
            )
        )
    if sums.losses:
        paragraphs.append(_losses(case, sums, w))
    return [p for p in paragraphs if p]


def _losses(case: Case, sums: LawsuitSums, w: Writer) -> str:
    """Each loss with what it was and its amount (ГПК ст. 131–132; law-facts §5 «Иск»), on the
    article that gives full losses for this demand: ст. 23.1 for a prepaid order not delivered,
    ст. 18 for goods with a defect."""
    items = "; ".join(
        w("suit-loss-item", what=item.what, amount=w.amount(item.amount))
        for item in case.loss_items
    )
    prepaid = claims.main_letter(case).penalty is PenaltyKind.PREPAID or sums.two_defendants
    return w(
        "suit-losses",
        amount=w.amount(sums.losses),
        items=items,
        basis="prepaid" if prepaid else "quality",
        who="two" if sums.two_defendants else "none",
    )


def _suit_attachments(case: Case, sums: LawsuitSums, w: Writer, today: date) -> list[str]:
    items = [w("att-copies-proof", who="both" if sums.two_defendants else "none")]
    if sums.two_defendants:
        items.append(marketplace_demand_attachment(case, w))
    if sums.duty:
        items.append(w("att-duty", amount=w.amount(sums.duty)))
    items += [w("att-purchase", order=case.order_number or ""), *claim_attachments(case, w, today)]
    if sums.penalty is not None:
        items.append(w("att-calculation"))
    # a receipt for every loss claimed (issue 17 p. 15)
    items += [
        w("att-loss-receipt", what=item.what, amount=w.amount(item.amount))
        for item in case.loss_items
    ]
    return items
