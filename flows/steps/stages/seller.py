"""The seller's path: an unfair negative review. The review, the authenticity check, the
evidence (the buyer's collector), the appeal documents, and where to go if support says no.
Everything runs on the same engine, procedure table and paperwork as the buyer's path."""

from __future__ import annotations

import re
from datetime import timedelta

from aiogram import html

from flows.case import AppealOutcome, InputError, SellerForm, Status, parse_text
from flows.claims import DocKind
from flows.documents import appeal_short
from flows.reviews import RULES, SIGNALS, Strength, find_quote, form_from_name, verdict
from flows.steps.engine import Ctx, Leave, Option, Outcome, Spec, Stay, close_case
from flows.steps.engine.fields import (
    edit_options,
    edit_target,
    fmt_date,
    past_date_question,
    summary,
    text_question,
)
from flows.steps.stages import answer

_SKU = re.compile(r"^[0-9A-Za-z\-_]{3,40}$")


def _parse_sku(text: str, ctx: Ctx) -> str:
    value = text.strip().lstrip("#№ ")
    if not _SKU.match(value):
        raise InputError("err-sku")
    return value


def _review(field: str):
    def apply(ctx: Ctx, value: object) -> None:
        setattr(ctx.case.review, field, value)

    return apply


def _signal_spec(signal: str) -> Spec:
    def apply(ctx: Ctx, value: str) -> None:
        ctx.case.signals[signal] = value

    return Spec(
        f"sig_{signal}",
        lambda ctx: ctx.t(f"q-sig-{signal}"),
        lambda ctx: [(v, ctx.t(f"sig-answer-{v}")) for v in ("yes", "no", "unknown")],
        apply=apply,
        done=lambda case: signal in case.signals,
        columns=3,
    )


def _verdict_prompt(ctx: Ctx) -> str:
    result = verdict(ctx.case.signals, ctx.case.rules)
    reasons = "\n".join(f"• {ctx.t(f'sig-found-{s}')}" for s in result.present)
    text = ctx.t(f"verdict-{result.strength}", reasons=reasons or ctx.t("sig-none"))
    if result.legitimate_criticism:
        text += "\n\n" + ctx.t("verdict-advice")
    return text


def _verdict_options(ctx: Ctx) -> list[Option]:
    if verdict(ctx.case.signals, ctx.case.rules).strength is Strength.WEAK:
        return [("close", ctx.t("btn-take-criticism")), ("go", ctx.t("btn-appeal-anyway"))]
    return [("go", ctx.t("btn-gather-evidence"))]


async def _verdict_apply(ctx: Ctx, value: str) -> Outcome:
    ctx.case.verdict_seen = True
    if value == "close":
        return await close_case(ctx, Status.GIVEN_UP, "verdict-closed")
    return None


def _rules_options(ctx: Ctx) -> list[Option]:
    chosen = set(ctx.case.rules)
    options = [(r, ("✅ " if r in chosen else "▫️ ") + ctx.t(f"rule-{r}")) for r in RULES]
    return [*options, ("done", ctx.t("btn-rules-done"))]


async def _rules_apply(ctx: Ctx, value: str) -> Outcome:
    if value == "done":
        if not ctx.case.rules:
            await ctx.turn.say(ctx.t("rules-pick-one"))
            return Stay()
        ctx.case.rules_done = True
        return None
    if value in ctx.case.rules:
        ctx.case.rules.remove(value)
    else:
        ctx.case.rules.append(value)
    return Stay()


# -- the words disputed, the seller's legal form and signatory (issue 17 p. 11, 21) ------------


def _parse_quote(text: str, ctx: Ctx) -> str:
    """The words the seller disputes, as they stand in the review (never a template's)."""
    found = find_quote(ctx.case.review.text or "", parse_text(text, limit=1000, minimum=2))
    if found is None:
        raise InputError("err-quote-not-in-review")
    return found


def _set_quote(ctx: Ctx, value: str | None) -> None:
    ctx.case.review_quote, ctx.case.review_quote_skipped = value, value is None


def _set_shop_name(ctx: Ctx, value: str) -> None:
    """The name, and the legal form where the name tells it («ИП …», «ООО …»)."""
    before, ctx.case.shop_name = ctx.case.shop_name, value
    if value != before:  # a new name: its form as the name tells, or asked again
        _set_form(ctx, form_from_name(value))


def _set_form(ctx: Ctx, value: SellerForm | str | None) -> None:
    # a sole trader signs for itself: the engine clears a signatory no longer asked
    ctx.case.seller_form = SellerForm(value) if value else None


def _appeal_rows(ctx: Ctx) -> list[tuple[str, str]]:
    review, case = ctx.case.review, ctx.case
    rows = [
        ("review_sku", html.quote(review.sku or "—")),
        ("review_date", fmt_date(review.published_on, ctx.t)),
        ("review_rating", "★" * (review.rating or 0)),
        ("review_author", html.quote(review.author or "—")),
        ("rules", ", ".join(ctx.t(f"rule-{r}") for r in case.rules)),
    ]
    if {"crime_accusation", "false_statements"} & set(case.rules):
        rows.append(("review_quote", html.quote(case.review_quote or "—")))
    rows.append(("shop_name", html.quote(case.shop_name or "—")))
    form = case.seller_form
    rows.append(("shop_form", ctx.t(f"btn-form-{form.value}") if form else "—"))
    if form is SellerForm.COMPANY:
        rows.append(("signatory", html.quote(case.signatory or "—")))
    return rows


def _appeal_prompt(ctx: Ctx) -> str:
    return summary(ctx, "q-appeal-review", _appeal_rows(ctx))


def _appeal_options(ctx: Ctx) -> list[Option]:
    return edit_options(ctx, ("make", ctx.t("btn-make-appeal")), _appeal_rows(ctx))


async def _appeal_apply(ctx: Ctx, value: str) -> Outcome:
    if (edit := edit_target(value, "appeal_review")) is not None:
        return edit
    case = ctx.case
    case.appeal_version += 1
    await ctx.turn.say(ctx.t("docs-preparing"))
    await ctx.turn.owe(case, DocKind.APPEAL, ctx.today, case.appeal_version)
    await ctx.turn.say(ctx.t("appeal-short-intro"))
    short = appeal_short(case, ctx.turn.services.texts)
    await ctx.turn.say(f"<pre>{html.quote(short)}</pre>")
    await ctx.cases.log(case.id, ctx.turn.services.clock.now(), "appeal_made")
    return None


WAITS = {"wait3": 3, "wait7": 7, "wait14": 14}


async def _outcome_apply(ctx: Ctx, value: str) -> Outcome:
    case, now = ctx.case, ctx.turn.services.clock.now()
    if value == "answered":  # recorded like a seller's answer to a claim (answer.py)
        return await answer.begin(ctx)
    answer.drop_unrecorded(case)
    case.appeal_outcome = AppealOutcome(value)
    if value == "removed":
        return await close_case(ctx, Status.SOLVED, "appeal-removed")
    if value in WAITS:
        await ctx.turn.services.reminders.support_follow_up(
            case, ctx.turn.chat_id, now + timedelta(days=WAITS[value])
        )
        return Leave("appeal-waiting")
    return None


async def _routes_apply(ctx: Ctx, value: str) -> Outcome:
    if value == "close":
        return await close_case(ctx, Status.GIVEN_UP, "closed-given_up")
    return Leave("awaiting-later")


SPECS = (
    Spec(
        "review_sku",
        lambda ctx: ctx.t("q-review-sku"),
        parse=_parse_sku,
        apply=_review("sku"),
        done=lambda case: case.review.sku is not None,
        hint="hint-text",
    ),
    past_date_question(
        "review_date",
        "q-review-date",
        after_order=False,
        apply=_review("published_on"),
        done=lambda case: case.review.published_on is not None,
    ),
    Spec(
        "review_rating",
        lambda ctx: ctx.t("q-review-rating"),
        lambda ctx: [(str(n), "★" * n) for n in range(1, 6)],
        apply=lambda ctx, v: _review("rating")(ctx, int(v)),
        done=lambda case: case.review.rating is not None,
        columns=5,
    ),
    text_question(
        "review_text",
        "q-review-text",
        limit=2000,
        apply=_review("text"),
        done=lambda case: case.review.text is not None,
    ),
    text_question(
        "review_author",
        "q-review-author",
        limit=100,
        minimum=1,
        apply=_review("author"),
        done=lambda case: case.review.author is not None,
    ),
    text_question(
        "review_order",
        "q-review-order",
        limit=40,
        minimum=3,
        apply=_review("order"),
        skip=lambda ctx: setattr(ctx.case.review, "order_skipped", True),
        done=lambda case: case.review.order is not None or case.review.order_skipped,
    ),
    *(_signal_spec(s) for s in SIGNALS),
    Spec(
        "verdict",
        _verdict_prompt,
        _verdict_options,
        apply=_verdict_apply,
        done=lambda case: case.verdict_seen,
    ),
    Spec(
        "rules",
        lambda ctx: ctx.t("q-rules"),
        _rules_options,
        apply=_rules_apply,
        done=lambda case: case.rules_done,
    ),
    Spec(
        "review_quote",
        lambda ctx: ctx.t("q-review-quote"),
        parse=_parse_quote,
        apply=_set_quote,
        skip=lambda ctx: _set_quote(ctx, None),
        done=lambda case: bool(case.review_quote) or case.review_quote_skipped,
        hint="hint-text",
    ),
    text_question(
        "shop_name",
        "q-shop-name-seller",
        limit=200,
        apply=_set_shop_name,
        done=lambda case: bool(case.shop_name),
    ),
    Spec(
        "shop_form",
        lambda ctx: ctx.t("q-shop-form"),
        lambda ctx: [(f.value, ctx.t(f"btn-form-{f.value}")) for f in SellerForm],
        apply=_set_form,
        done=lambda case: case.seller_form is not None,
    ),
    text_question(
        "signatory",
        "q-signatory",
        limit=150,
        attr="signatory",
        skip=lambda ctx: setattr(ctx.case, "signatory_skipped", True),
        done=lambda case: bool(case.signatory) or case.signatory_skipped,
    ),
    Spec(
        "appeal_review",
        _appeal_prompt,
        _appeal_options,
        apply=_appeal_apply,
        done=lambda case: case.appeal_version > 0,
        columns=2,
    ),
    text_question(
        "appeal_ticket",
        lambda ctx: ctx.t("q-appeal-ticket", marketplace=ctx.t(f"mp-{ctx.case.marketplace}")),
        limit=60,
        minimum=1,
        attr="appeal_ticket",
        skip=lambda ctx: None,
    ),
    Spec(
        "appeal_outcome",
        lambda ctx: ctx.t("q-appeal-outcome"),
        lambda ctx: [
            ("answered", ctx.t("btn-platform-answered")),
            *(
                (o, ctx.t(f"appeal-outcome-{o}"))
                for o in ("removed", "wait3", "wait7", "wait14", "refused")
            ),
        ],
        apply=_outcome_apply,
        done=lambda case: case.appeal_outcome is not None,
    ),
    Spec(
        "seller_routes",
        lambda ctx: ctx.t("q-seller-routes", form=ctx.case.seller_form or "unknown"),
        lambda ctx: [("later", ctx.t("btn-later")), ("close", ctx.t("btn-close-given-up"))],
        apply=_routes_apply,
    ),
)
