"""A fake Russian Post tracking service (SOAP 1.2 `getOperationHistory`) on 127.0.0.1, so the
client and the tracker are tested, and the bot tried by hand, without the network or a quota.

It answers each number from a scenario set for it, with the documented XML (the answer's
shape is the specification's example: `S:Envelope/S:Body/ns7:getOperationHistoryResponse/
ns3:OperationHistoryData/ns3:historyRecord`, faults as `S:Fault` with the documented detail
elements). It checks the request's login and password (a wrong one gets the authorisation
fault), counts the requests per number, and records every request.

In a test::

    async with FakePost() as post:                       # or the `fakepost` fixture below
        post.scenario("14001293402154", "delivered", on=date(2026, 12, 7))
        api = RussianPost(login=post.login, password=post.password, url=post.url)
        ...
        assert post.requests_for("14001293402154") == 1

By hand, for console journeys::

    python -m tests.fakepost --port 8099 [--scenarios FILE.json] [--login L --password P]

prints its URL (http://127.0.0.1:8099/rtm34) and serves until Ctrl-C. Point the bot at it with
RUSSIAN_POST_URL=http://127.0.0.1:8099/rtm34 and RUSSIAN_POST_LOGIN/PASSWORD as given (default
`test-login` / `test-password`). Scenarios are set with a JSON file (a list of objects) given
at start, or at any time with the admin endpoint::

    curl -X POST http://127.0.0.1:8099/_scenario \\
         -d '{"number": "14001293402154", "kind": "delivered", "on": "2026-12-07"}'
    curl http://127.0.0.1:8099/_requests        # {"14001293402154": 1, ...}
    curl -X POST http://127.0.0.1:8099/_new_day # resets the daily quota's count

An object is `{"number", "kind", "on"?, "fail_first"?, "delay"?, "ops"?}`: `kind` one of
`KINDS`; `on` (ISO date) the day of the scenario's key event (delivery, return, arrival, the
last move); `fail_first` answers that many requests with a bare HTTP 500 first; `ops` (kind
"custom") a list of `[type, attr or null, "YYYY-MM-DD"]`. The server never reads the clock:
every date of an answer comes from the scenario. A number without a scenario has no
operations yet (an empty history). `--limit N` makes the (N+1)-th request of the day a quota
fault.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from aiohttp import web
from defusedxml.ElementTree import fromstring

SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
OPER = "http://russianpost.org/operationhistory"
DATA = "http://russianpost.org/operationhistory/data"
PATH = "/rtm34"

# (type, attr): names as Russian Post's dictionary of operations gives them
NAMES: dict[int, tuple[str, dict[int, str]]] = {
    1: ("Прием", {1: "Единичный"}),
    2: ("Вручение", {1: "Вручение адресату", 2: "Вручение отправителю"}),
    3: ("Возврат", {1: "Истек срок хранения", 2: "Заявление отправителя", 4: "Отказ адресата"}),
    5: ("Невручение", {1: "Утрачено"}),
    8: (
        "Обработка",
        {
            1: "Покинуло место приема",
            2: "Прибыло в место вручения",
            3: "Прибыло в сортировочный центр",
            4: "Покинуло сортировочный центр",
        },
    ),
}

# The texts of the faults. The specification names the detail elements but not their words;
# these are the words `bot/russianpost.py` reads (see its `_fault`).
AUTH_TEXT = "Ошибка авторизации: неверный логин или пароль"
QUOTA_TEXT = "Превышен лимит запросов на сутки"
UNKNOWN_TEXT = "Отправление не найдено"

# A scenario's operations: (type, attr, days from `on`, office index)
SENDER, ADDRESSEE, SORTING = "101000", "190000", "140980"
HISTORIES: dict[str, list[tuple[int, int, int, str]]] = {
    # Приём → Обработка → Прибыло в место вручения → Вручение адресату
    "delivered": [
        (1, 1, -4, SENDER),
        (8, 1, -4, SENDER),
        (8, 2, -2, ADDRESSEE),
        (2, 1, 0, ADDRESSEE),
    ],
    # … → Прибыло в место вручения → Возврат / Истёк срок хранения → back to the sender
    #   → Вручение отправителю
    "returned": [
        (1, 1, -34, SENDER),
        (8, 1, -34, SENDER),
        (8, 2, -31, ADDRESSEE),
        (3, 1, 0, ADDRESSEE),
        (8, 1, 0, ADDRESSEE),
        (8, 2, 3, SENDER),
        (2, 2, 5, SENDER),
    ],
    # … → Прибыло в место вручения → Возврат / Отказ адресата → … → Вручение отправителю
    "refused": [
        (1, 1, -5, SENDER),
        (8, 1, -5, SENDER),
        (8, 2, -2, ADDRESSEE),
        (3, 4, 0, ADDRESSEE),
        (8, 1, 0, ADDRESSEE),
        (8, 2, 3, SENDER),
        (2, 2, 4, SENDER),
    ],
    # Приём → Обработка … on its way (the last move on `on`)
    "moving": [(1, 1, -2, SENDER), (8, 1, -2, SENDER), (8, 3, -1, SORTING), (8, 4, 0, SORTING)],
    # … → Прибыло в место вручения on `on`, waiting there
    "arrived": [(1, 1, -4, SENDER), (8, 1, -4, SENDER), (8, 2, 0, ADDRESSEE)],
}
FAULTS = {"unknown", "auth_fault", "quota_fault"}
KINDS = frozenset(HISTORIES) | FAULTS | {"empty", "custom", "http500", "timeout", "malformed"}


@dataclass
class Scenario:
    kind: str
    on: date | None = None
    fail_first: int = 0
    delay: float = 30.0  # "timeout": longer than any client's timeout in the tests
    ops: list[tuple[int, int | None, date]] = field(default_factory=list)


@dataclass(frozen=True)
class Request:
    """A request as the server read it (the raw body kept, to check the escaping)."""

    body: bytes
    number: str | None
    login: str | None
    password: str | None
    message_type: str | None
    language: str | None
    must_understand: str | None


class FakePost:
    def __init__(
        self,
        *,
        login: str = "test-login",
        password: str = "test-password",
        host: str = "127.0.0.1",
        port: int = 0,
        limit: int | None = None,
    ) -> None:
        self.login = login
        self.password = password
        self.host = host
        self.port = port
        self.limit = limit
        self.scenarios: dict[str, Scenario] = {}
        self.requests: list[Request] = []
        self.counts: Counter[str] = Counter()
        self.today = 0  # requests since the last `new_day()` (the quota's count)
        self._runner: web.AppRunner | None = None
        self._stopping = asyncio.Event()

    # -- what a test sets and reads ------------------------------------------------------

    def scenario(
        self,
        number: str,
        kind: str,
        *,
        on: date | None = None,
        fail_first: int = 0,
        delay: float = 30.0,
        ops: list[tuple[int, int | None, date]] | None = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown scenario {kind!r}; one of {sorted(KINDS)}")
        if kind in HISTORIES and on is None:
            raise ValueError(f"scenario {kind!r} needs its date: on=date(...)")
        self.scenarios[number] = Scenario(kind, on, fail_first, delay, list(ops or []))

    def requests_for(self, number: str) -> int:
        return self.counts[number]

    def new_day(self) -> None:
        self.today = 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{PATH}"

    # -- life ----------------------------------------------------------------------------

    async def start(self) -> FakePost:
        app = web.Application()
        app.router.add_post(PATH, self._track)
        app.router.add_post("/_scenario", self._set)
        app.router.add_get("/_requests", self._counts)
        app.router.add_post("/_new_day", self._new_day)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        self._stopping.set()  # a "timeout" answer in progress ends now
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakePost:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # -- the service ---------------------------------------------------------------------

    async def _track(self, http: web.Request) -> web.Response:
        body = await http.read()
        asked = _read_request(body)
        self.requests.append(asked)
        if asked.number is None:
            return _fault("S:Sender", "OperationHistoryFaultReason", "Нет идентификатора")
        self.counts[asked.number] += 1
        self.today += 1
        if asked.login != self.login or asked.password != self.password:
            return _fault("S:Sender", "AuthorizationFaultReason", AUTH_TEXT)
        if self.limit is not None and self.today > self.limit:
            return _fault("S:Sender", "OperationHistoryFaultReason", QUOTA_TEXT)
        plan = self.scenarios.get(asked.number, Scenario("empty"))
        if plan.fail_first > 0:
            plan.fail_first -= 1
            return web.Response(status=500, text="Internal Server Error")
        return await self._answer(plan, asked.number)

    async def _answer(self, plan: Scenario, number: str) -> web.Response:
        if plan.kind == "auth_fault":
            return _fault("S:Sender", "AuthorizationFaultReason", AUTH_TEXT)
        if plan.kind == "quota_fault":
            return _fault("S:Sender", "OperationHistoryFaultReason", QUOTA_TEXT)
        if plan.kind == "unknown":
            return _fault("S:Sender", "OperationHistoryFaultReason", UNKNOWN_TEXT)
        if plan.kind == "http500":
            return web.Response(status=500, text="Internal Server Error")
        if plan.kind == "malformed":
            return _xml(b"<S:Envelope xmlns:S='" + SOAP12.encode() + b"'><S:Body><ns3:histo")
        if plan.kind == "timeout":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), plan.delay)
            return _xml(history_xml([]))
        if plan.kind == "custom":
            return _xml(history_xml([(t, a, d, ADDRESSEE) for t, a, d in plan.ops], number))
        if plan.kind == "empty":
            return _xml(history_xml([]))
        assert plan.on is not None
        ops = [(t, a, plan.on + timedelta(days=n), i) for t, a, n, i in HISTORIES[plan.kind]]
        return _xml(history_xml(ops, number))

    # -- the admin endpoints (for a server started as a module) --------------------------

    async def _set(self, http: web.Request) -> web.Response:
        try:
            self.set_from_json(json.loads(await http.read()))
        except (ValueError, KeyError, TypeError) as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response({"ok": True})

    def set_from_json(self, item: dict[str, Any] | list[dict[str, Any]]) -> None:
        for one in item if isinstance(item, list) else [item]:
            self.scenario(
                str(one["number"]),
                str(one["kind"]),
                on=date.fromisoformat(one["on"]) if one.get("on") else None,
                fail_first=int(one.get("fail_first", 0)),
                delay=float(one.get("delay", 30.0)),
                ops=[
                    (int(t), None if a is None else int(a), date.fromisoformat(d))
                    for t, a, d in one.get("ops", [])
                ],
            )

    async def _counts(self, http: web.Request) -> web.Response:
        return web.json_response(dict(self.counts))

    async def _new_day(self, http: web.Request) -> web.Response:
        self.new_day()
        return web.json_response({"ok": True})


def _read_request(body: bytes) -> Request:
    try:
        root = fromstring(body)
    except Exception:
        return Request(body, None, None, None, None, None, None)
    call = root.find(f"{{{SOAP12}}}Body/{{{OPER}}}getOperationHistory")
    if call is None:
        return Request(body, None, None, None, None, None, None)
    ask = call.find(f"{{{DATA}}}OperationHistoryRequest")
    auth = call.find(f"{{{DATA}}}AuthorizationHeader")

    def text(parent: ET.Element | None, name: str) -> str | None:
        found = parent.find(f"{{{DATA}}}{name}") if parent is not None else None
        return found.text if found is not None else None

    must = None
    if auth is not None:
        must = auth.get("{http://schemas.xmlsoap.org/soap/envelope/}mustUnderstand")
    return Request(
        body,
        text(ask, "Barcode"),
        text(auth, "login"),
        text(auth, "password"),
        text(ask, "MessageType"),
        text(ask, "Language"),
        must,
    )


def history_xml(ops: list[tuple[int, int | None, date, str]], number: str = "") -> bytes:
    """The documented answer: a `historyRecord` per operation, dated at noon Moscow time."""
    records = []
    for kind, attr, on, index in ops:
        name, attrs = NAMES.get(kind, ("Операция", {}))
        attr_xml = (
            ""
            if attr is None
            else f"<ns3:OperAttr><ns3:Id>{attr}</ns3:Id>"
            f"<ns3:Name>{escape(attrs.get(attr, ''))}</ns3:Name></ns3:OperAttr>"
        )
        records.append(
            "<ns3:historyRecord>"
            "<ns3:AddressParameters>"
            f"<ns3:DestinationAddress><ns3:Index>{ADDRESSEE}</ns3:Index>"
            "<ns3:Description>Санкт-Петербург</ns3:Description></ns3:DestinationAddress>"
            f"<ns3:OperationAddress><ns3:Index>{escape(index)}</ns3:Index>"
            "<ns3:Description>ОПС</ns3:Description></ns3:OperationAddress>"
            "</ns3:AddressParameters>"
            f"<ns3:ItemParameters><ns3:Barcode>{escape(number)}</ns3:Barcode></ns3:ItemParameters>"
            "<ns3:OperationParameters>"
            f"<ns3:OperType><ns3:Id>{kind}</ns3:Id><ns3:Name>{escape(name)}</ns3:Name></ns3:OperType>"
            f"{attr_xml}"
            f"<ns3:OperDate>{on.isoformat()}T12:00:00.000+03:00</ns3:OperDate>"
            "</ns3:OperationParameters>"
            "</ns3:historyRecord>"
        )
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f'<S:Envelope xmlns:S="{SOAP12}"><S:Body>'
        '<ns7:getOperationHistoryResponse xmlns:ns2="http://russianpost.org/sms-info/data" '
        f'xmlns:ns3="{DATA}" xmlns:ns7="{OPER}">'
        f"<ns3:OperationHistoryData>{''.join(records)}</ns3:OperationHistoryData>"
        "</ns7:getOperationHistoryResponse></S:Body></S:Envelope>"
    ).encode()


def fault_xml(code: str, element: str, text: str) -> bytes:
    """A documented fault: the reason, and the detail element that says which fault it is."""
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f'<S:Envelope xmlns:S="{SOAP12}"><S:Body><S:Fault>'
        f"<S:Code><S:Value>{code}</S:Value></S:Code>"
        f'<S:Reason><S:Text xml:lang="ru">{escape(text)}</S:Text></S:Reason>'
        f'<S:Detail><ns3:{element} xmlns:ns3="{DATA}">{escape(text)}</ns3:{element}></S:Detail>'
        "</S:Fault></S:Body></S:Envelope>"
    ).encode()


def _xml(body: bytes, status: int = 200) -> web.Response:
    return web.Response(
        body=body, status=status, content_type="application/soap+xml", charset="utf-8"
    )


def _fault(code: str, element: str, text: str) -> web.Response:
    return _xml(fault_xml(code, element, text), status=500)  # SOAP 1.2 sends faults with 500


@pytest.fixture
async def fakepost() -> AsyncIterator[FakePost]:
    """A fake service for one test (import it into a test module or a conftest)."""
    async with FakePost() as server:
        yield server


async def _serve(args: argparse.Namespace, scenarios: list[dict[str, Any]]) -> None:
    server = FakePost(login=args.login, password=args.password, port=args.port, limit=args.limit)
    server.set_from_json(scenarios)
    async with server:
        print(server.url, flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakepost", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--login", default="test-login")
    parser.add_argument("--password", default="test-password")
    parser.add_argument("--scenarios", help="a JSON file: a list of scenario objects")
    parser.add_argument(
        "--limit", type=int, default=None, help="requests a day before the quota fault"
    )
    args = parser.parse_args(argv)
    scenarios = []
    if args.scenarios:
        scenarios = json.loads(Path(args.scenarios).read_text(encoding="utf-8"))
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args, scenarios))


if __name__ == "__main__":
    main()
