"""The Russian Post client against the fake service on 127.0.0.1 (no network): each documented
answer read into what it means for the letter, each failure into the tracker's error, retries
that wait (an injected sleep, so nothing waits) and stop, and the login and password kept out
of every log line and error."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sys
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import aiohttp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.russianpost
import tests.fakepost as fake
from bot.postapi import (
    BadAnswer,
    PostError,
    QuotaExceeded,
    Unauthorized,
    Unavailable,
    UnknownNumber,
)
from bot.russianpost import DEFAULT_URL, RussianPost, operations
from flows.tracking import LetterState, Operation, Reading, Unclaimed, read
from tests.depth import examples
from tests.fakepost import FakePost, history_xml

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 12, 7)
NUMBER = "14001293402154"


class Sleeps:
    """The injected sleep: records the back-off instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
async def post() -> AsyncIterator[FakePost]:
    async with FakePost() as server:
        yield server


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def api(post: FakePost, sleeps: Sleeps) -> AsyncIterator[RussianPost]:
    client = RussianPost(
        login=post.login,
        password=post.password,
        url=post.url,
        timeout=0.3,
        retries=2,
        backoff=0.5,
        sleep=sleeps,
    )
    yield client
    await client.close()


# -- the documented answers, read ----------------------------------------------------------


async def test_delivered_is_read_as_delivered_on_the_day(post: FakePost, api: RussianPost) -> None:
    post.scenario(NUMBER, "delivered", on=DAY)
    history = await api.history(NUMBER)
    assert [(op.type, op.attr) for op in history] == [(1, 1), (8, 1), (8, 2), (2, 1)]
    assert history[-1] == Operation(type=2, attr=1, on=DAY, index=fake.ADDRESSEE)
    assert read(history) == Reading(
        LetterState.DELIVERED, DAY, DAY - timedelta(days=2), accepted_on=history[0].on
    )


async def test_returned_after_storage_counts_from_the_return_not_from_the_sender_getting_it(
    post: FakePost, api: RussianPost
) -> None:
    post.scenario(NUMBER, "returned", on=DAY)
    history = await api.history(NUMBER)
    assert (2, 2) in [(op.type, op.attr) for op in history]  # «Вручение отправителю» is there
    assert max(op.on for op in history) > DAY
    reading = read(history)
    assert reading.state is LetterState.UNCLAIMED
    assert reading.on == DAY
    assert reading.unclaimed is Unclaimed.STORAGE


async def test_refused_by_the_addressee(post: FakePost, api: RussianPost) -> None:
    post.scenario(NUMBER, "refused", on=DAY)
    reading = read(await api.history(NUMBER))
    assert (reading.state, reading.on, reading.unclaimed) == (
        LetterState.UNCLAIMED,
        DAY,
        Unclaimed.REFUSED,
    )


async def test_arrived_and_waiting(post: FakePost, api: RussianPost) -> None:
    post.scenario(NUMBER, "arrived", on=DAY)
    history = await api.history(NUMBER)
    assert read(history) == Reading(LetterState.ARRIVED, DAY, DAY, accepted_on=history[0].on)


async def test_in_transit(post: FakePost, api: RussianPost) -> None:
    post.scenario(NUMBER, "moving", on=DAY)
    history = await api.history(NUMBER)
    assert read(history) == Reading(LetterState.MOVING, DAY, None, accepted_on=history[0].on)


async def test_no_operation_yet_is_an_empty_history_not_an_error(
    post: FakePost, api: RussianPost
) -> None:
    post.scenario(NUMBER, "empty")
    assert await api.history(NUMBER) == []
    assert await api.history("RA000000005RU") == []  # a number without a scenario
    assert read([]).state is LetterState.UNKNOWN


async def test_the_request_is_the_documented_one(post: FakePost, api: RussianPost) -> None:
    await api.history(NUMBER)
    [asked] = post.requests
    assert (asked.number, asked.login, asked.password) == (NUMBER, post.login, post.password)
    assert (asked.message_type, asked.language, asked.must_understand) == ("0", "RUS", "1")


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    ops=st.lists(
        st.tuples(
            st.integers(1, 50),
            st.none() | st.integers(0, 30),
            st.dates(date(2020, 1, 1), date(2030, 12, 31)),
        ),
        max_size=12,
    )
)
async def test_any_history_comes_back_as_sent_oldest_first(
    post: FakePost, api: RussianPost, ops: list[tuple[int, int | None, date]]
) -> None:
    post.scenario(NUMBER, "custom", ops=ops)
    history = await api.history(NUMBER)
    # the fake dates every operation at noon: the order is the days', ties in the service's order
    expected = sorted(ops, key=lambda op: op[2])
    assert [(op.type, op.attr, op.on) for op in history] == expected
    assert all(op.index == fake.ADDRESSEE for op in history)


def test_the_date_is_the_offices_own_and_an_empty_attribute_is_none() -> None:
    body = history_xml([(2, 1, DAY, "690000")]).replace(
        b"2026-12-07T12:00:00.000+03:00", b"2026-12-08T01:30:00.000+10:00"
    )
    [op] = operations(body)
    assert op.on == date(2026, 12, 8)  # 7 December in Moscow, but the office's day counts
    empty = history_xml([(8, 2, DAY, "690000")]).replace(b"<ns3:Id>2</ns3:Id>", b"<ns3:Id/>")
    assert operations(empty)[0].attr is None


def test_operations_are_ordered_by_their_instants() -> None:
    # the «Вручение» comes first in the answer, at 15:00; the arrival follows, at 12:00
    body = history_xml([(2, 1, DAY, "1"), (8, 2, DAY, "2")]).replace(b"T12:", b"T15:", 1)
    assert [op.type for op in operations(body)] == [8, 2]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not xml at all",
        b"<S:Envelope xmlns:S='http://www.w3.org/2003/05/soap-envelope'><S:Body/></S:Envelope>",
        b"<html><body>Service</body></html>",
        history_xml([(2, 1, DAY, "1")]).replace(
            b"<ns3:OperType><ns3:Id>2</ns3:Id>", b"<ns3:OperType>"
        ),
        history_xml([(2, 1, DAY, "1")]).replace(b"<ns3:Id>2</ns3:Id>", b"<ns3:Id>two</ns3:Id>"),
        history_xml([(2, 1, DAY, "1")]).replace(b"2026-12-07T12", b"yesterday"),
        # an entity bomb: defusedxml refuses it rather than expanding it
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<x>&b;</x>",
    ],
    ids=[
        "empty",
        "text",
        "no-data",
        "html",
        "no-type",
        "type-not-a-number",
        "bad-date",
        "entities",
    ],
)
def test_anything_but_the_documented_answer_is_a_bad_answer(body: bytes) -> None:
    with pytest.raises(BadAnswer):
        operations(body)


# -- faults: the tracker's errors, never retried -------------------------------------------


@pytest.mark.parametrize(
    ("kind", "error"),
    [("unknown", UnknownNumber), ("auth_fault", Unauthorized), ("quota_fault", QuotaExceeded)],
)
async def test_faults_are_their_errors_and_are_not_asked_again(
    post: FakePost, api: RussianPost, sleeps: Sleeps, kind: str, error: type[PostError]
) -> None:
    post.scenario(NUMBER, kind)
    with pytest.raises(error):
        await api.history(NUMBER)
    assert post.requests_for(NUMBER) == 1  # the quota is not spent twice
    assert sleeps.delays == []


async def test_a_wrong_password_is_unauthorized(post: FakePost) -> None:
    client = RussianPost(login=post.login, password="wrong", url=post.url, retries=2)
    try:
        with pytest.raises(Unauthorized):
            await client.history(NUMBER)
    finally:
        await client.close()
    assert post.requests_for(NUMBER) == 1


async def test_the_days_limit_is_a_quota_fault(post: FakePost, api: RussianPost) -> None:
    post.limit = 2
    await api.history("A")
    await api.history("B")
    with pytest.raises(QuotaExceeded):
        await api.history("C")
    post.new_day()
    assert await api.history("C") == []


async def test_a_fault_of_another_kind_is_a_bad_answer(
    post: FakePost, api: RussianPost, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fake, "UNKNOWN_TEXT", "Внутренняя ошибка сервиса")
    post.scenario(NUMBER, "unknown")
    with pytest.raises(BadAnswer):
        await api.history(NUMBER)
    assert post.requests_for(NUMBER) == 1


# -- no answer: retried with back-off, then Unavailable -----------------------------------


async def test_one_500_then_the_answer(post: FakePost, api: RussianPost, sleeps: Sleeps) -> None:
    post.scenario(NUMBER, "delivered", on=DAY, fail_first=1)
    assert read(await api.history(NUMBER)).state is LetterState.DELIVERED
    assert post.requests_for(NUMBER) == 2
    assert sleeps.delays == [0.5]


async def test_500s_until_the_retries_run_out(post: FakePost, sleeps: Sleeps) -> None:
    post.scenario(NUMBER, "http500")
    client = RussianPost(
        login=post.login, password=post.password, url=post.url, retries=3, backoff=0.5, sleep=sleeps
    )
    try:
        with pytest.raises(Unavailable):
            await client.history(NUMBER)
    finally:
        await client.close()
    assert post.requests_for(NUMBER) == 4
    assert sleeps.delays == [0.5, 1.0, 2.0]  # exponential


async def test_a_timeout_is_retried_then_unavailable(
    post: FakePost, api: RussianPost, sleeps: Sleeps
) -> None:
    post.scenario(NUMBER, "timeout")
    with pytest.raises(Unavailable, match="TimeoutError"):
        await api.history(NUMBER)
    assert post.requests_for(NUMBER) == 3
    assert sleeps.delays == [0.5, 1.0]


async def test_a_refused_connection_is_unavailable(sleeps: Sleeps) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = RussianPost(
        login="l", password="p", url=f"http://127.0.0.1:{port}/rtm34", retries=1, sleep=sleeps
    )
    try:
        with pytest.raises(Unavailable):
            await client.history(NUMBER)
    finally:
        await client.close()
    assert sleeps.delays == [1.0]


async def test_malformed_xml_is_a_bad_answer_not_retried(
    post: FakePost, api: RussianPost, sleeps: Sleeps
) -> None:
    post.scenario(NUMBER, "malformed")
    with pytest.raises(BadAnswer):
        await api.history(NUMBER)
    assert post.requests_for(NUMBER) == 1
    assert sleeps.delays == []


async def test_a_4xx_without_a_fault_is_a_bad_answer(post: FakePost, sleeps: Sleeps) -> None:
    client = RussianPost(
        login=post.login, password=post.password, url=post.url + "/nowhere", sleep=sleeps
    )
    try:
        with pytest.raises(BadAnswer, match="HTTP 404"):
            await client.history(NUMBER)
    finally:
        await client.close()
    assert sleeps.delays == []


async def test_an_answer_too_large_to_be_a_history_is_not_read_whole(
    post: FakePost, api: RussianPost, monkeypatch: pytest.MonkeyPatch
) -> None:
    post.scenario(NUMBER, "delivered", on=DAY)
    monkeypatch.setattr(bot.russianpost, "MAX_ANSWER", 1000)
    with pytest.raises(BadAnswer, match="bytes"):
        await api.history(NUMBER)


# -- the session, the secrets, the escaping ------------------------------------------------


async def test_the_session_is_opened_on_demand_and_closed(post: FakePost) -> None:
    client = RussianPost(login=post.login, password=post.password, url=post.url)
    assert client._session is None
    await client.history(NUMBER)
    session = client._session
    assert session is not None
    assert not session.closed
    await client.history(NUMBER)
    assert client._session is session  # one session for every request
    await client.close()
    assert session.closed
    await client.close()  # twice is harmless
    assert client.url == post.url
    assert DEFAULT_URL == "https://tracking.russianpost.ru/rtm34"


async def test_secrets_never_reach_a_log_or_an_error(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, sleeps: Sleeps
) -> None:
    login, password = "operator-L0GIN-7f3a", "S3cret-PASSW0RD-91c"
    # a service that quotes the credentials back in its fault must not make us quote them
    monkeypatch.setattr(fake, "AUTH_TEXT", f"Ошибка авторизации: {login}/{password}")
    caplog.set_level(logging.DEBUG)
    numbers = ["auth_fault", "quota_fault", "unknown", "malformed", "http500", "timeout"]
    async with FakePost(login=login, password=password) as post:
        for kind in numbers:
            post.scenario(kind, kind)
        post.scenario("fine", "delivered", on=DAY)
        # the right credentials, then a wrong password (refused for every number)
        for secrets in [(login, password), (login, "Wr0ng-PASSW0RD-0a4")]:
            client = RussianPost(
                login=secrets[0],
                password=secrets[1],
                url=post.url,
                timeout=0.3,
                retries=1,
                sleep=sleeps,
            )
            said = [repr(client), str(client)]
            failed = 0
            for number in [*numbers, "fine"]:
                try:
                    await client.history(number)
                except PostError as exc:
                    failed += 1
                    chain: BaseException | None = exc
                    while chain is not None:
                        said += [str(chain), repr(chain)]
                        chain = chain.__cause__ or chain.__context__
            await client.close()
            assert failed >= len(numbers)
            assert any("password was refused" in s for s in said)
            for secret in secrets:
                assert secret not in caplog.text
                assert not [s for s in said if secret in s]


async def test_a_hostile_number_is_escaped_in_the_request(post: FakePost, api: RussianPost) -> None:
    hostile = "1</data:Barcode><data:login>x</data:login>&amp;<!--\"'-->]]>"
    assert await api.history(hostile) == []
    [asked] = post.requests
    assert asked.number == hostile  # read back whole: it stayed text
    assert (asked.login, asked.password) == (post.login, post.password)
    assert hostile.encode() not in asked.body
    for unwritable in ["1400\x001293402154", "RA\ud800"]:
        with pytest.raises(ValueError, match="XML cannot carry"):
            await api.history(unwritable)
    assert len(post.requests) == 1


@pytest.mark.system
async def test_the_fake_started_as_a_module_takes_scenarios_from_a_file_and_its_endpoint(
    tmp_path: Path,
) -> None:
    """How the console journeys use it: `python -m tests.fakepost --port N --scenarios F`,
    then `POST /_scenario` while it runs."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    scenarios = tmp_path / "scenarios.json"
    scenarios.write_text(json.dumps([{"number": "A", "kind": "returned", "on": "2026-12-07"}]))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakepost",
        "--port",
        str(port),
        "--scenarios",
        str(scenarios),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/rtm34"
    client = RussianPost(login="test-login", password="test-password", url=url)
    try:
        assert process.stdout is not None
        said = await asyncio.wait_for(process.stdout.readline(), 20)
        assert said.decode().strip() == url  # printed once it listens
        async with aiohttp.ClientSession() as http:
            scenario = {"number": "B", "kind": "delivered", "on": "2026-12-09"}
            async with http.post(url.replace("/rtm34", "/_scenario"), json=scenario) as answer:
                assert answer.status == 200
        history = await client.history("A")
        assert read(history) == Reading(
            LetterState.UNCLAIMED,
            DAY,
            DAY - timedelta(days=31),
            Unclaimed.STORAGE,
            accepted_on=history[0].on,
        )
        assert read(await client.history("B")).on == date(2026, 12, 9)
    finally:
        await client.close()
        process.terminate()
        await process.wait()
