"""Russian Post's tracking API, single access (SOAP 1.2 `getOperationHistory` at
https://tracking.russianpost.ru/rtm34): the letter's history, as `flows.tracking.Operation`s.

Why our own client and not a SOAP library: one operation, one request shape and one answer
shape are all we need, and a library that reads the WSDL would fetch it over the network at
start-up. The request is built with the standard library's ElementTree (it escapes what it
writes); the answer is read with defusedxml (an answer is untrusted input: no entity
expansion, no DTD, no external references), never with regular expressions.

What each outcome means for the tracker (`bot.postapi`):
- the documented answer: the operations, oldest first; an empty `OperationHistoryData` is a
  letter the post has no operation for yet (the specification: «Если над отправлением еще не
  зарегистрировано ни одной операции, то возвращается пустой список элементов historyRecord»):
  `[]`, not an error;
- a SOAP fault, read by its detail element (the specification documents three:
  `AuthorizationFaultReason`, `OperationHistoryFaultReason`, `LanguageFaultReason`) and its text
  (the specification gives no texts, so the words are matched loosely, see `_fault`):
  `QuotaExceeded` (the day's limit), `Unauthorized`, `UnknownNumber` (the number not found, or
  refused as not a number), anything else `BadAnswer`. A fault is never retried, whatever its
  HTTP status (SOAP 1.2 sends faults with 500): asking again spends the quota for nothing;
- no answer (a timeout, a refused connection) or a 5xx that is not a fault: asked again after
  `backoff`, `2 × backoff`, `4 × backoff` … seconds, `retries` times, then `Unavailable`;
- a 4xx that is not a fault, malformed XML, or XML of another shape: `BadAnswer`.

The login and password go into the request body only: never into a log line, an exception
message or `repr`; a fault's text is scrubbed of them before it is quoted.
"""

from __future__ import annotations

import asyncio
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import aiohttp
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import ParseError, fromstring  # type: ignore[import-untyped]
from yarl import URL

from bot.postapi import (
    BadAnswer,
    PostError,
    QuotaExceeded,
    Unauthorized,
    Unavailable,
    UnknownNumber,
)
from flows.tracking import Operation

log = logging.getLogger(__name__)

DEFAULT_URL = "https://tracking.russianpost.ru/rtm34"

SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
# The documented request puts `mustUnderstand` in SOAP 1.1's namespace; the service expects it so.
SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
OPER = "http://russianpost.org/operationhistory"
DATA = "http://russianpost.org/operationhistory/data"

# Words of the fault texts, lower-cased. The specification names the fault elements but not
# their texts, so these are matched as words, in Russian and English (Language RUS is asked for,
# but an operator's proxy or a later version may answer in English).
_QUOTA_WORDS = ("лимит", "превыш", "квот", "limit", "exceed", "quota")
_NOT_FOUND_WORDS = ("не найден", "не существ", "not found", "unknown", "does not exist")
# «Формат данных запроса не соответствует установленному в регламенте обмена»: the service
# refuses a barcode it does not take for a number; ours passed the check digit, so the post
# does not know it.
_BAD_NUMBER_WORDS = ("формат данных запроса", "format of the request data")
# Characters XML 1.0 cannot carry at all (ElementTree would write them, or fail to encode a
# lone surrogate): checked before a request is built. A pattern checks our input, never an answer.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A history is a few kilobytes; an answer larger than this is not one, and is not read whole.
MAX_ANSWER = 2 * 1024 * 1024
_MOSCOW = timezone(timedelta(hours=3))

Sleep = Callable[[float], Awaitable[Any]]


def request_xml(number: str, login: str, password: str) -> bytes:
    """The documented `getOperationHistory` request; every value is escaped by ElementTree."""
    envelope = ET.Element(f"{{{SOAP12}}}Envelope")
    ET.SubElement(envelope, f"{{{SOAP12}}}Header")
    body = ET.SubElement(envelope, f"{{{SOAP12}}}Body")
    call = ET.SubElement(body, f"{{{OPER}}}getOperationHistory")
    ask = ET.SubElement(call, f"{{{DATA}}}OperationHistoryRequest")
    ET.SubElement(ask, f"{{{DATA}}}Barcode").text = number
    ET.SubElement(ask, f"{{{DATA}}}MessageType").text = "0"  # the letter itself, not its notice
    ET.SubElement(ask, f"{{{DATA}}}Language").text = "RUS"
    auth = ET.SubElement(
        call, f"{{{DATA}}}AuthorizationHeader", {f"{{{SOAP11}}}mustUnderstand": "1"}
    )
    ET.SubElement(auth, f"{{{DATA}}}login").text = login
    ET.SubElement(auth, f"{{{DATA}}}password").text = password
    return ET.tostring(envelope, encoding="utf-8", xml_declaration=True)


class _Fault(Exception):
    """A SOAP fault in an answer: a `PostError` to raise, whatever the HTTP status was."""

    def __init__(self, error: PostError) -> None:
        super().__init__(str(error))
        self.error = error


class RussianPost:
    """The `PostApi` of the real service. One HTTP session, opened on the first request (it
    must be made inside the running event loop) and closed by `close()`."""

    def __init__(
        self,
        *,
        login: str,
        password: str,
        url: str = DEFAULT_URL,
        timeout: float = 15.0,
        retries: int = 3,
        backoff: float = 1.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if not login or not password:
            raise ValueError("Russian Post tracking needs both a login and a password")
        self._login = login
        self._password = password
        self.url = url
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self._sleep = sleep
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        shown = URL(self.url).with_user(None)  # a URL may carry credentials of its own
        return (
            f"RussianPost(url={str(shown)!r}, login=***, password=***, timeout={self.timeout}, "
            f"retries={self.retries}, backoff={self.backoff})"
        )

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def history(self, number: str) -> list[Operation]:
        if _NOT_XML.search(number):
            raise ValueError("a tracking number with characters XML cannot carry")
        payload = request_xml(number, self._login, self._password)
        for attempt in range(self.retries + 1):
            try:
                status, body = await self._post(payload)
                # parsing is CPU work (about 5 ms for a hundred records): off the event loop
                return await asyncio.to_thread(self._answer, status, body)
            except _Fault as fault:
                log.info("Russian Post fault: %s", type(fault.error).__name__)
                raise fault.error from None
            except _Retry as retry:
                why = retry.why
            except (aiohttp.ClientError, TimeoutError) as exc:
                why = type(exc).__name__
            if attempt < self.retries:
                delay = self.backoff * 2**attempt
                log.info("Russian Post did not answer (%s); again in %.1f s", why, delay)
                await self._sleep(delay)
        log.warning("Russian Post unavailable after %d attempts (%s)", self.retries + 1, why)
        raise Unavailable(f"no answer after {self.retries + 1} attempts: {why}")

    async def _post(self, payload: bytes) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        headers = {"Content-Type": "application/soap+xml; charset=utf-8"}
        async with self._session.post(self.url, data=payload, headers=headers) as response:
            if (response.content_length or 0) > MAX_ANSWER:
                raise BadAnswer(f"an answer of {response.content_length} bytes")
            body = bytearray()
            async for chunk in response.content.iter_chunked(64 * 1024):
                body += chunk
                if len(body) > MAX_ANSWER:
                    raise BadAnswer(f"an answer of more than {MAX_ANSWER} bytes")
            return response.status, bytes(body)

    def _answer(self, status: int, body: bytes) -> list[Operation]:
        try:
            root = _parse(body) if body.strip() else None
        except BadAnswer:
            if status < 400:
                raise
            root = None  # an error page of a proxy or the service: its status decides
        fault = _find_fault(root)
        if fault is not None:
            raise _Fault(self._fault(fault))
        if status >= 500:
            raise _Retry(f"HTTP {status}")
        if status >= 400:
            raise BadAnswer(f"HTTP {status} without a SOAP fault")
        if root is None:
            raise BadAnswer("an empty answer")
        return _operations(root)

    def _fault(self, fault: ET.Element) -> PostError:
        """The fault as the tracker's error. The detail element says which of the documented
        faults it is; the quota has no element of its own in the specification, so its words
        are looked for in any fault first."""
        detail = fault.find(f"{{{SOAP12}}}Detail")
        kinds = {_local(child.tag) for child in detail} if detail is not None else set()
        texts = dict.fromkeys(_text(e) for e in fault.iter() if e.text and e.text.strip())
        said = self._scrub(" / ".join(texts))[:300]
        lower = said.lower()
        if any(word in lower for word in _QUOTA_WORDS):
            return QuotaExceeded(f"the day's requests are spent: {said}")
        if "AuthorizationFaultReason" in kinds:
            return Unauthorized(f"the login or password was refused: {said}")
        if "OperationHistoryFaultReason" in kinds and any(
            word in lower for word in _NOT_FOUND_WORDS + _BAD_NUMBER_WORDS
        ):
            return UnknownNumber(f"the post does not know the number: {said}")
        return BadAnswer(f"a fault of an unknown kind: {said}")

    def _scrub(self, text: str) -> str:
        # the longer first: a secret that holds the other is hidden whole
        for secret in sorted((self._password, self._login), key=len, reverse=True):
            text = text.replace(secret, "***")
        return text


class _Retry(Exception):
    """A 5xx without a fault: the service is down for a moment."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def operations(body: bytes) -> list[Operation]:
    """The operations of a documented answer, oldest first; `BadAnswer` for anything else."""
    return _operations(_parse(body))


def _parse(body: bytes) -> ET.Element:
    try:
        root: ET.Element = fromstring(body)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise BadAnswer(f"not well-formed XML: {type(exc).__name__}") from None
    return root


def _find_fault(root: ET.Element | None) -> ET.Element | None:
    if root is None or root.tag != f"{{{SOAP12}}}Envelope":
        return None
    return root.find(f"{{{SOAP12}}}Body/{{{SOAP12}}}Fault")


def _operations(root: ET.Element) -> list[Operation]:
    if root.tag != f"{{{SOAP12}}}Envelope":
        raise BadAnswer("not a SOAP 1.2 envelope")
    data = root.find(
        f"{{{SOAP12}}}Body/{{{OPER}}}getOperationHistoryResponse/{{{DATA}}}OperationHistoryData"
    )
    if data is None:
        raise BadAnswer("no OperationHistoryData in the answer")
    dated = [_record(record) for record in data.findall(f"{{{DATA}}}historyRecord")]
    dated.sort(key=lambda pair: pair[0])  # stable: the service's order where instants tie
    return [operation for _, operation in dated]


def _record(record: ET.Element) -> tuple[datetime, Operation]:
    """One `historyRecord`: its instant (to order by) and the operation, dated as written (the
    office's own day, which is the day the law counts)."""
    params = record.find(f"{{{DATA}}}OperationParameters")
    if params is None:
        raise BadAnswer("a historyRecord without OperationParameters")
    kind = _int(params.find(f"{{{DATA}}}OperType/{{{DATA}}}Id"), "OperType/Id")
    if kind is None:
        raise BadAnswer("a historyRecord without OperType/Id")
    attr = _int(params.find(f"{{{DATA}}}OperAttr/{{{DATA}}}Id"), "OperAttr/Id")
    written = _text(params.find(f"{{{DATA}}}OperDate"))
    try:
        moment = datetime.fromisoformat(written)
    except ValueError:
        raise BadAnswer("an OperDate that is not an ISO date") from None
    index = _text(
        record.find(f"{{{DATA}}}AddressParameters/{{{DATA}}}OperationAddress/{{{DATA}}}Index")
    )
    instant = moment if moment.tzinfo is not None else moment.replace(tzinfo=_MOSCOW)
    return instant, Operation(type=kind, attr=attr, on=moment.date(), index=index or None)


def _int(element: ET.Element | None, what: str) -> int | None:
    text = _text(element)
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise BadAnswer(f"{what} is not a number") from None


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
