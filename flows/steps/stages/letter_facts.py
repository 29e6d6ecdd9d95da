"""The facts the claim-stage letters need beyond the order's (issue 17): why a returned item
was returned and when its refund was demanded, whether the marketplace holds the money; what
the shop answered to a proper-quality return and how the item was sent; a late repair's
dates, heavy goods and a substitute item; the account's phone or e-mail and the card.

Which case meets which question is `flows/procedure.py`; what the answers mean in law is
`flows/claims.py`."""

from __future__ import annotations

from datetime import date

from aiogram import html

from flows import claims
from flows.case import (
    ReturnReason,
    SentBy,
    ShopAnswer,
    parse_account_contact,
    parse_card_last4,
    parse_text,
    parse_tracking,
)
from flows.problems import MONEY_DEMANDS, Demand
from flows.steps.engine import Ctx, Option, Spec
from flows.steps.engine.fields import (
    date_options,
    fmt_date,
    not_before,
    past_date,
    past_date_question,
    yes_no,
)

NOT_YET = "not_yet"


def _returned_options(ctx: Ctx) -> list[Option]:
    return [*date_options(ctx), (NOT_YET, ctx.t("btn-repair-not-returned"))]


def _parse_returned(text: str, ctx: Ctx) -> date | str:
    if text == NOT_YET:
        return NOT_YET
    return past_date(not_before("repair_handed_on", "err-repair-before-handed"))(text, ctx)


def _set_returned(ctx: Ctx, value: date | str) -> None:
    if isinstance(value, date):
        ctx.case.repair_returned_on, ctx.case.repair_pending = value, False
    else:
        ctx.case.repair_returned_on, ctx.case.repair_pending = None, True


def _contact_options(ctx: Ctx) -> list[Option]:
    person = ctx.case.person
    options = []
    if person.phone:
        options.append(("phone", ctx.t("btn-account-phone", phone=person.phone)))
    if person.email:
        options.append(("email", ctx.t("btn-account-email", email=person.email)))
    return options


def _set_contact(ctx: Ctx, value: str) -> None:
    person = ctx.case.person
    chosen = {"phone": person.phone, "email": person.email}.get(value, value)
    ctx.case.account_contact = chosen or None


def _set_card(ctx: Ctx, value: str) -> None:
    ctx.case.card_last4, ctx.case.card_skipped = value, False


def _skip_card(ctx: Ctx) -> None:
    ctx.case.card_last4, ctx.case.card_skipped = None, True


def _set_tracking(ctx: Ctx, value: str) -> None:
    ctx.case.return_tracking, ctx.case.return_tracking_skipped = value, False


def _parse_return_tracking(text: str, ctx: Ctx) -> str:
    """A parcel sent back by Russian Post has a post number, checked as the claim's letter's is
    (issue 21 p. 1); a courier's number has its own formats and is taken as typed."""
    if ctx.case.return_sent_by is SentBy.POST:
        return parse_tracking(text)
    return parse_text(text, limit=40, minimum=4)


def _skip_tracking(ctx: Ctx) -> None:
    ctx.case.return_tracking, ctx.case.return_tracking_skipped = None, True


def _yes_no_flag(field: str):
    def apply(ctx: Ctx, value: str) -> None:
        setattr(ctx.case, field, value == "yes")

    return apply


# -- rows for the review screens (order summary, claim review) -------------------------------

Row = tuple[str, str]


def order_rows(ctx: Ctx) -> list[Row]:
    """The refund's facts for the order summary."""
    case, rows = ctx.case, []
    if case.return_reason is not None:
        rows.append(("return_reason", ctx.t(f"return-reason-{case.return_reason.value}")))
    if case.return_demanded_on is not None:
        rows.append(("return_demanded_on", fmt_date(case.return_demanded_on, ctx.t)))
    if case.marketplace_holds is not None:
        rows.append(("marketplace_holds", ctx.t("btn-yes" if case.marketplace_holds else "btn-no")))
    return rows


def claim_rows(ctx: Ctx) -> list[Row]:
    """The claim's extra facts for the claim review, only those this case is asked."""
    case, t, rows = ctx.case, ctx.t, []
    if claims.asks_repair_dates(case):
        rows.append(("repair_handed_on", fmt_date(case.repair_handed_on, t)))
        back = fmt_date(case.repair_returned_on, t) if case.repair_returned_on else "—"
        shown = t("repair-not-returned") if case.repair_pending else back
        rows.append(("repair_returned_on", shown))
    if case.demand is Demand.REPAIR:
        for flag in ("heavy", "substitute"):
            value = getattr(case, flag)
            rows.append((flag, "—" if value is None else t("btn-yes" if value else "btn-no")))
    if case.demand in MONEY_DEMANDS:
        rows.append(("account_contact", html.quote(case.account_contact or "—")))
        if not case.bank_details:
            rows.append(("card_last4", f"**** {case.card_last4}" if case.card_last4 else "—"))
    return rows


SPECS = (
    Spec(
        "return_reason",
        lambda ctx: ctx.t("q-return-reason"),
        lambda ctx: [(r.value, ctx.t(f"return-reason-{r.value}")) for r in ReturnReason],
        attr="return_reason",
    ),
    past_date_question("return_demanded_on", "q-return-demanded-on", attr="return_demanded_on"),
    Spec(
        "marketplace_holds",
        lambda ctx: ctx.t("q-marketplace-holds", mp=ctx.t(f"mp-{ctx.case.marketplace}")),
        yes_no,
        apply=_yes_no_flag("marketplace_holds"),
        done=lambda case: case.marketplace_holds is not None,
        columns=2,
    ),
    Spec(
        "shop_answer",
        lambda ctx: ctx.t("q-shop-answer"),
        lambda ctx: [(a.value, ctx.t(f"shop-answer-{a.value}")) for a in ShopAnswer],
        attr="shop_answer",
    ),
    Spec(
        "return_sent_by",
        lambda ctx: ctx.t("q-return-sent-by"),
        lambda ctx: [(s.value, ctx.t(f"sent-by-{s.value}")) for s in SentBy],
        attr="return_sent_by",
    ),
    past_date_question("return_sent_on", "q-return-sent-on", attr="return_sent_on"),
    Spec(
        "return_tracking",
        lambda ctx: ctx.t("q-return-tracking"),
        parse=_parse_return_tracking,
        apply=_set_tracking,
        skip=_skip_tracking,
        done=lambda case: bool(case.return_tracking) or case.return_tracking_skipped,
        hint="hint-text",
    ),
    past_date_question("repair_handed_on", "q-repair-handed-on", attr="repair_handed_on"),
    Spec(
        "repair_returned_on",
        lambda ctx: ctx.t("q-repair-returned-on"),
        _returned_options,
        parse=_parse_returned,
        apply=_set_returned,
        done=lambda case: case.repair_returned_on is not None or case.repair_pending,
        hint="hint-date",
        columns=2,
        parse_buttons=True,
    ),
    Spec(
        "heavy",
        lambda ctx: ctx.t("q-heavy"),
        yes_no,
        apply=_yes_no_flag("heavy"),
        done=lambda case: case.heavy is not None,
        columns=2,
    ),
    Spec(
        "substitute",
        lambda ctx: ctx.t("q-substitute"),
        lambda ctx: [("yes", ctx.t("btn-substitute-yes")), ("no", ctx.t("btn-substitute-no"))],
        apply=_yes_no_flag("substitute"),
        done=lambda case: case.substitute is not None,
    ),
    Spec(
        "account_contact",
        lambda ctx: ctx.t("q-account-contact"),
        _contact_options,
        parse=lambda text, ctx: parse_account_contact(text),
        apply=_set_contact,
        done=lambda case: bool(case.account_contact),
        hint="hint-text",
    ),
    Spec(
        "card_last4",
        lambda ctx: ctx.t("q-card-last4"),
        parse=lambda text, ctx: parse_card_last4(text),
        apply=_set_card,
        skip=_skip_card,
        done=lambda case: bool(case.card_last4) or case.card_skipped,
        hint="hint-text",
    ),
)
