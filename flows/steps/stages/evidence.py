"""Stage 3 · evidence: the checklist for this problem; photos, screenshots and files with
captions, counted, listed and removable; done, or skipped after a word on why it matters."""

from __future__ import annotations

from aiogram import html
from aiogram.types import Message

from flows import problems, reviews
from flows.case import Case, Path
from flows.steps.engine import Ctx, Option, Outcome, Quiet, Spec, Stay
from flows.steps.memory import EvidenceMode, Memory

MODES: dict[str, EvidenceMode] = {"warn": "warn", "manage": "manage"}  # buttons -> screens
MAX_FILES = 30
MAX_BYTES = 20 * 1024 * 1024  # what a bot may download from Telegram


def checklist_for(case: Case) -> tuple[str, ...]:
    """What to gather: the problem's list for a buyer, the review's for a seller."""
    if case.path is Path.SELLER or case.problem is None:
        return reviews.EVIDENCE if case.path is Path.SELLER else ()
    return problems.get(case.problem).evidence


async def _mode(ctx: Ctx) -> EvidenceMode | None:
    return await Memory(ctx.turn.state).evidence_mode()


async def _prompt(ctx: Ctx) -> str:
    files = await ctx.cases.evidence(ctx.case.id)
    mode = await _mode(ctx)
    if mode == "warn":
        return ctx.t("evidence-why")
    if mode == "manage":
        return ctx.t("evidence-manage", list=_listing(ctx, files))
    checklist = "\n".join(f"• {ctx.t(f'ev-{item}')}" for item in checklist_for(ctx.case))
    listing = _listing(ctx, files) if files else ctx.t("evidence-none")
    return ctx.t(
        "q-evidence", checklist=checklist, count=len(files), listing=listing, limit=MAX_FILES
    )


def _listing(ctx: Ctx, files) -> str:
    return "\n".join(
        f"{n}. {ctx.t(f'kind-{f.kind}')}"
        + (f" — {html.quote(f.caption)}" if f.caption else "")
        + (f" ({html.quote(f.name)})" if f.name and not f.caption else "")
        for n, f in enumerate(files, start=1)
    )


async def _options(ctx: Ctx) -> list[Option]:
    mode = await _mode(ctx)
    files = await ctx.cases.evidence(ctx.case.id)
    if mode == "warn":
        return [("skip_sure", ctx.t("btn-skip-anyway")), ("stay", ctx.t("btn-add-evidence"))]
    if mode == "manage":
        return [
            *((f"del.{f.id}", ctx.t("btn-remove-file", n=n)) for n, f in enumerate(files, 1)),
            ("stay", ctx.t("btn-done-removing")),
        ]
    options: list[Option] = []
    if files:
        options += [("done", ctx.t("btn-evidence-done")), ("manage", ctx.t("btn-manage-files"))]
    else:
        options.append(("warn", ctx.t("btn-evidence-skip")))
    return options


async def _apply(ctx: Ctx, value: str) -> Outcome:
    memory = Memory(ctx.turn.state)
    if value in MODES:
        await memory.set_evidence_mode(MODES[value])
        return Stay()
    if value == "stay":
        await memory.set_evidence_mode(None)
        return Stay()
    if value.startswith("del."):
        await ctx.cases.remove_evidence(int(value.removeprefix("del.")), ctx.turn.user.id)
        files = await ctx.cases.evidence(ctx.case.id)
        if not files:
            await memory.set_evidence_mode(None)
        return Stay()
    await memory.set_evidence_mode(None)
    ctx.case.evidence_done = True
    return None  # done or skip_sure: on to the next stage


async def _on_media(ctx: Ctx, message: Message) -> Outcome:
    if message.photo:
        photo = message.photo[-1]
        kind, file_id, unique, name, size = (
            "photo",
            photo.file_id,
            photo.file_unique_id,
            None,
            photo.file_size,
        )
    elif message.video:
        v = message.video
        kind, file_id, unique, name, size = (
            "video",
            v.file_id,
            v.file_unique_id,
            v.file_name,
            v.file_size,
        )
    elif message.document:
        d = message.document
        kind, file_id, unique, name, size = (
            "document",
            d.file_id,
            d.file_unique_id,
            d.file_name,
            d.file_size,
        )
    else:  # the filter lets only these three through
        return None
    count = len(await ctx.cases.evidence(ctx.case.id))
    if count >= MAX_FILES:
        await ctx.turn.say(ctx.t("evidence-too-many", limit=MAX_FILES))
        return Quiet()
    if size is not None and size > MAX_BYTES:
        await ctx.turn.say(ctx.t("evidence-too-big", mb=MAX_BYTES // (1024 * 1024)))
        return Quiet()
    caption = (message.caption or "").strip()[:200] or None
    added = await ctx.cases.add_evidence(
        ctx.case.id,
        kind=kind,
        file_id=file_id,
        file_unique_id=unique,
        name=(name or "")[:100] or None,
        size=size,
        caption=caption,
        at=ctx.turn.services.clock.now(),
    )
    await Memory(ctx.turn.state).set_evidence_mode(None)
    engine = ctx.engine
    albums = ctx.turn.services.albums
    if message.media_group_id is not None:
        # One answer for a whole album, once its last file is in.
        async def acknowledge() -> None:
            total = len(await ctx.cases.evidence(ctx.case.id))
            await ctx.turn.say(
                ctx.t("evidence-added", count=total), await engine.keyboard(ctx, SPEC)
            )

        albums.later(f"{ctx.turn.chat_id}:{message.media_group_id}", acknowledge)
        return Quiet()
    key = "evidence-added" if added else "evidence-duplicate"
    await ctx.turn.say(ctx.t(key, count=count + int(added)), await engine.keyboard(ctx, SPEC))
    return Quiet()


SPEC = Spec(
    "evidence",
    _prompt,
    _options,
    apply=_apply,
    done=lambda case: case.evidence_done,
    hint="hint-file",
    on_media=_on_media,
    columns=1,
)
SPECS = (SPEC,)
