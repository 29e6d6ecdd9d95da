"""Stage 1 · the order: where it was bought, what went wrong, the order's facts, the seeds'
advice for this problem, and a summary to confirm or correct."""

from __future__ import annotations

from decimal import Decimal

from aiogram import html

from flows import claims, marketplaces, problems
from flows.case import (
    EmptyCause,
    InputError,
    Path,
    Seller,
    parse_company_ids,
    parse_order_number,
    parse_price,
    price_plausible,
)
from flows.documents import enumerate_items
from flows.money import figures
from flows.problems import AdKind, FraudKind, ProblemId, TechCategory, WrongKind
from flows.steps.engine import Ctx, Goto, Option, Spec
from flows.steps.engine.fields import (
    edit_options,
    edit_target,
    fmt_date,
    past_date_question,
    summary,
    text_question,
    yes_no,
)
from flows.steps.stages import letter_facts


def _marketplaces(ctx: Ctx) -> list[Option]:
    # a seller's review lives on a marketplace, not on "another shop"
    seller = ctx.case.path is Path.SELLER
    return [
        (m, ctx.t(f"mp-{m}"))
        for m, mp in marketplaces.catalogue().items()
        if not seller or mp.is_seller_possible
    ]


def _problems(ctx: Ctx) -> list[Option]:
    return [(p.value, ctx.t(f"problem-{p.value}")) for p in problems.CATALOGUE]


# What a new problem or kind of fraud voids (the questions it no longer asks) is cleared by
# the engine from `flows/procedure.py`. The demand is not: it is asked for every problem, and
# only a demand the law does not give the new facts is void — a rule of the law, not of the
# sequence (`claims.allowed_demands`).


def _set_problem(ctx: Ctx, value: str) -> None:
    ctx.case.problem = problems.ProblemId(value)
    problem = problems.get(value)
    if ctx.case.demand is not None and ctx.case.demand not in problem.demands:
        ctx.case.demand = None  # the old demand is not allowed for the new problem


def _set_fraud_kind(ctx: Ctx, value: str) -> None:
    ctx.case.fraud_kind = FraudKind(value)
    if ctx.case.demand is not None and ctx.case.demand not in claims.allowed_demands(ctx.case):
        ctx.case.demand = None  # the law gives another demand for this kind of fraud


def _details_prompt(ctx: Ctx) -> str:
    case = ctx.case
    variant = {
        ProblemId.FRAUD: case.fraud_kind,
        ProblemId.WRONG_ITEM: case.wrong_kind,
    }.get(ctx.problem.id)
    key = f"q-details-{case.problem}" + (f"-{variant}" if variant else "")
    return ctx.t(key)


def _order_number_prompt(ctx: Ctx) -> str:
    mp = ctx.marketplace
    return ctx.t(
        "q-order-number", where=ctx.t(f"where-order-{mp.id}"), example=mp.order_number_example
    )


def _seller_kinds(ctx: Ctx) -> list[Option]:
    return [
        ("marketplace", ctx.t("btn-seller-marketplace", mp=ctx.t(f"mp-{ctx.case.marketplace}"))),
        ("third", ctx.t("btn-seller-third")),
    ]


def _set_seller_kind(ctx: Ctx, value: str) -> None:
    if value == "marketplace":
        ctx.case.seller = Seller(is_marketplace=True)
    elif ctx.case.seller is None or ctx.case.seller.is_marketplace:
        ctx.case.seller = Seller(is_marketplace=False)


def _seller_name_prompt(ctx: Ctx) -> str:
    return ctx.t("q-shop-name" if ctx.case.marketplace == "other" else "q-seller-name")


def _set_seller_name(ctx: Ctx, value: str) -> None:
    ctx.case.seller = (ctx.case.seller or Seller()).model_copy(update={"name": value})


def _parse_seller_ids(text: str, ctx: Ctx) -> tuple[str, str]:
    """The seller's own ИНН/ОГРН: a receipt often shows the marketplace's, which is not it."""
    inn, ogrn = parse_company_ids(text)
    legal = marketplaces.get(ctx.case.marketplace or "other").legal
    if (inn and inn == legal.inn) or (ogrn and ogrn == legal.ogrn):
        raise InputError(
            "err-seller-is-marketplace", marketplace=ctx.t(f"mp-{ctx.case.marketplace}")
        )
    return inn, ogrn


def _set_seller_ids(ctx: Ctx, value: tuple[str, str]) -> None:
    inn, ogrn = value
    ctx.case.seller = (ctx.case.seller or Seller()).model_copy(update={"inn": inn, "ogrn": ogrn})


def _tech_categories(ctx: Ctx) -> list[Option]:
    return [(c.value, ctx.t(f"tech-cat-{c.value}")) for c in TechCategory]


def _set_tech_category(ctx: Ctx, value: str) -> None:
    """The list's category (law-facts §1 ст. 18, ПП № 924); "not sure" leaves the answer to
    the person, who reads the list's wording next (never "not technically complex")."""
    category = TechCategory(value)
    ctx.case.tech_category = category
    ctx.case.tech_complex = claims.tech_complex_of(category)


def _set_tech_list(ctx: Ctx, value: str) -> None:
    ctx.case.tech_complex = claims.tech_complex_of(TechCategory.UNSURE, value == "yes")


def _tech_row(ctx: Ctx) -> str:
    case = ctx.case
    flag = ctx.t("btn-yes" if case.tech_complex else "btn-no")
    if case.tech_category is None:
        return flag
    return f"{ctx.t(f'tech-cat-{case.tech_category.value}')} — {flag}"


def _ad_kinds(ctx: Ctx) -> list[Option]:
    return [(k.value, ctx.t(f"ad-kind-{k.value}")) for k in AdKind]


async def _set_ad_kind(ctx: Ctx, value: str) -> None:
    """A product card or search results are not advertising: no FAS for them, and the person
    hears why now (law-facts §3 FAS «A product card is not an ad»)."""
    ctx.case.ad_kind = AdKind(value)
    if ctx.case.ad_kind is AdKind.CARD:
        await ctx.turn.say(ctx.t("ad-card-no-fas"))


def _set_price(ctx: Ctx, value: Decimal) -> Goto | None:
    if price_plausible(value):
        ctx.case.price, ctx.case.price_unconfirmed = value, None
        return None
    ctx.case.price_unconfirmed = value  # not stored until the person says it is right
    return Goto("price_confirm")


def _confirm_price(ctx: Ctx, value: str) -> Goto | None:
    amount, ctx.case.price_unconfirmed = ctx.case.price_unconfirmed, None
    if value != "yes" or amount is None:
        return Goto("price")
    ctx.case.price = amount
    return None


def _checks_prompt(ctx: Ctx) -> str:
    problem = ctx.problem
    advice = enumerate_items(ctx.t(f"check-{c}") for c in problem.checks)
    return ctx.t("q-checks", checks="\n".join(f"• {line}" for line in advice))


Row = tuple[str, str]  # (field, shown value)


def summary_lines(ctx: Ctx) -> list[Row]:
    """(field, shown value) for the order summary, only what this case has."""
    case, t = ctx.case, ctx.t
    rows: list[Row] = [
        ("marketplace", t(f"mp-{case.marketplace}")),
        ("problem", t(f"problem-{case.problem}")),
    ]
    if case.wrong_kind:
        rows.append(("wrong_kind", t(f"wrong-{case.wrong_kind}")))
    if case.fraud_kind:
        rows.append(("fraud_kind", t(f"fraud-{case.fraud_kind}")))
    rows += [
        ("order_number", html.quote(case.order_number or "—")),
        ("ordered_on", fmt_date(case.ordered_on, t)),
    ]
    rows += _dated(ctx, ("promised_on", "received_on"))
    rows.append(("item", html.quote(case.item or "—")))
    rows += _what_happened(ctx)
    rows += [
        ("price", t("price-value", price=figures(case.price or 0))),
        ("prepaid", t("btn-yes" if case.prepaid else "btn-no")),
    ]
    return rows + _seller_rows(ctx) + letter_facts.order_rows(ctx)


def _dated(ctx: Ctx, names: tuple[str, ...]) -> list[Row]:
    days = ((name, getattr(ctx.case, name)) for name in names)
    return [(name, fmt_date(day, ctx.t)) for name, day in days if day]


def _what_happened(ctx: Ctx) -> list[Row]:
    case = ctx.case
    rows = [("details", html.quote(case.details))] if case.details else []
    if case.problem is ProblemId.MISLEADING_AD:  # a case stored before the question: "—"
        kind = ctx.t(f"ad-kind-{case.ad_kind.value}") if case.ad_kind else "—"
        rows.append(("ad_kind", kind))
    if case.ad_where:
        rows.append(("ad_where", html.quote(case.ad_where)))
    if case.empty_cause is not None and claims.asks_empty_cause(case):
        rows.append(("empty_cause", ctx.t(f"empty-cause-{case.empty_cause}")))
    rows += _dated(ctx, ("ad_seen_on",))
    if case.tech_complex is not None or case.tech_category is not None:
        rows.append(("tech_complex", _tech_row(ctx)))
    if case.return_info is not None:
        rows.append(("return_info", ctx.t("btn-yes" if case.return_info else "btn-no")))
    return rows


def _seller_rows(ctx: Ctx) -> list[Row]:
    seller = ctx.case.seller
    if seller is None:
        return []
    if seller.is_marketplace:
        return [("seller_kind", ctx.t(f"mp-{ctx.case.marketplace}"))]
    ids = " / ".join(x for x in (seller.inn, seller.ogrn) if x)
    return [("seller_name", html.quote(seller.name or "—")), ("seller_ids", ids or "—")]


def _summary_prompt(ctx: Ctx) -> str:
    return summary(ctx, "q-order-summary", summary_lines(ctx))


def _summary_options(ctx: Ctx) -> list[Option]:
    return edit_options(ctx, ("ok", ctx.t("btn-all-correct")), summary_lines(ctx))


async def _summary_apply(ctx: Ctx, value: str) -> Goto | None:
    if (edit := edit_target(value, "order_summary")) is not None:
        return edit
    # the person's own windows, from the confirmed dates
    await ctx.turn.services.reminders.own_windows(ctx.case, ctx.turn.chat_id, ctx.today)
    return None


SPECS = (
    Spec(
        "marketplace",
        lambda ctx: ctx.t(
            "q-marketplace-seller" if ctx.case.path is Path.SELLER else "q-marketplace"
        ),
        _marketplaces,
        attr="marketplace",
        columns=2,
    ),
    Spec(
        "problem",
        lambda ctx: ctx.t("q-problem"),
        _problems,
        apply=_set_problem,
        done=lambda case: case.problem is not None,
    ),
    Spec(
        "order_number",
        _order_number_prompt,
        parse=lambda text, ctx: parse_order_number(text, ctx.marketplace),
        attr="order_number",
        hint="hint-text",
    ),
    Spec(
        "fraud_kind",
        lambda ctx: ctx.t("q-fraud-kind"),
        lambda ctx: [(k.value, ctx.t(f"fraud-{k.value}")) for k in FraudKind],
        apply=_set_fraud_kind,
        done=lambda case: case.fraud_kind is not None,
    ),
    Spec(
        "wrong_kind",
        lambda ctx: ctx.t("q-wrong-kind"),
        lambda ctx: [(k.value, ctx.t(f"wrong-{k.value}")) for k in WrongKind],
        attr="wrong_kind",
    ),
    past_date_question("ordered_on", "q-ordered-on", attr="ordered_on", after_order=False),
    past_date_question("promised_on", "q-promised-on", attr="promised_on"),
    past_date_question("received_on", "q-received-on", attr="received_on"),
    text_question("item", "q-item", limit=200, attr="item"),
    text_question("details", _details_prompt, limit=600, minimum=5, russian=True, attr="details"),
    Spec(
        "empty_cause",
        lambda ctx: ctx.t("q-empty-cause"),
        lambda ctx: [(c.value, ctx.t(f"empty-cause-{c.value}")) for c in EmptyCause],
        attr="empty_cause",
    ),
    Spec(
        "ad_kind",
        lambda ctx: ctx.t("q-ad-kind"),
        _ad_kinds,
        apply=_set_ad_kind,
        done=lambda case: case.ad_kind is not None,
    ),
    text_question(
        "ad_where",
        lambda ctx: ctx.t("q-ad-where", kind=ctx.case.ad_kind or "banner"),
        limit=200,
        russian=True,
        attr="ad_where",
    ),
    past_date_question("ad_seen_on", "q-ad-seen-on", attr="ad_seen_on", after_order=False),
    Spec(
        "tech_complex",
        lambda ctx: ctx.t("q-tech-complex"),
        _tech_categories,
        apply=_set_tech_category,
        done=lambda case: case.tech_category is not None or case.tech_complex is not None,
    ),
    Spec(
        "tech_list",
        lambda ctx: ctx.t("q-tech-list"),
        lambda ctx: [("yes", ctx.t("btn-tech-listed")), ("no", ctx.t("btn-tech-unlisted"))],
        apply=_set_tech_list,
        done=lambda case: case.tech_complex is not None,
    ),
    Spec(
        "return_info",
        lambda ctx: ctx.t("q-return-info"),
        lambda ctx: [("yes", ctx.t("btn-return-info-yes")), ("no", ctx.t("btn-return-info-no"))],
        apply=lambda ctx, v: setattr(ctx.case, "return_info", v == "yes"),
        done=lambda case: case.return_info is not None,
    ),
    Spec(
        "price",
        lambda ctx: ctx.t("q-price"),
        parse=lambda text, ctx: parse_price(text),
        apply=_set_price,
        done=lambda case: case.price is not None,
        hint="hint-text",
    ),
    Spec(
        "price_confirm",
        lambda ctx: ctx.t("q-price-confirm", price=figures(ctx.case.price_unconfirmed or 0)),
        lambda ctx: [
            ("yes", ctx.t("btn-price-right", price=figures(ctx.case.price_unconfirmed or 0))),
            ("no", ctx.t("btn-price-fix")),
        ],
        apply=_confirm_price,
        done=lambda case: case.price_unconfirmed is None,
    ),
    Spec(
        "prepaid",
        lambda ctx: ctx.t("q-prepaid"),
        yes_no,
        apply=lambda ctx, v: setattr(ctx.case, "prepaid", v == "yes"),
        done=lambda case: case.prepaid is not None,
        columns=2,
    ),
    Spec(
        "seller_kind",
        lambda ctx: ctx.t("q-seller-kind"),
        _seller_kinds,
        apply=_set_seller_kind,
        done=lambda case: case.seller is not None,
    ),
    text_question(
        "seller_name",
        _seller_name_prompt,
        limit=200,
        apply=_set_seller_name,
        done=lambda case: bool(case.seller and case.seller.name),
    ),
    Spec(
        "seller_ids",
        lambda ctx: ctx.t("q-seller-ids"),
        parse=_parse_seller_ids,
        apply=_set_seller_ids,
        skip=lambda ctx: _set_seller_ids(ctx, ("", "")),
        hint="hint-text",
    ),
    Spec(
        "checks",
        _checks_prompt,
        lambda ctx: [("ok", ctx.t("btn-understood"))],
        apply=lambda ctx, v: setattr(ctx.case, "checks_seen", True),
        done=lambda case: case.checks_seen,
    ),
    Spec("order_summary", _summary_prompt, _summary_options, apply=_summary_apply, columns=2),
)
