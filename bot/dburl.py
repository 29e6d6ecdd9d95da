"""A PostgreSQL URL as an operator writes it: checked, shown without its password, and its
password found for the log filter even when the URL is malformed.

A password belongs in the URL percent-encoded (`p%40ss` for `p@ss`). Generated passwords often
hold `@`, `/`, `:`, `?` or `#` as they are, and then the URL no longer says what was meant:
`postgresql://claimbot:p@ss/w:rd@postgres/claimbot` reads, to asyncpg, as the host `ss`. Such a
URL is refused with one line (a setting error, exit code 2) instead of being retried forever,
and the password can always be given on its own (`DATABASE_PASSWORD`), which compose does.

For the log filter the password is read the way a person meant it: everything between the
user's `:` and the *last* `@` before the host, so no piece of it is left in a line, whatever
the parsers make of the rest.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from bot.config import ConfigError

_SCHEMES = ("postgresql://", "postgres://")


def _userinfo(url: str) -> str:
    """`user:password` as meant: up to the last `@` (a host never holds one)."""
    rest = url.split("://", 1)[1] if "://" in url else url
    return rest.rpartition("@")[0]


def password_candidates(url: str | None) -> list[str]:
    """Every form of the URL's password a log line could show (raw and decoded), longest
    first; empty when there is none."""
    if not url or "://" not in url:
        return []
    _user, colon, password = _userinfo(url.strip()).partition(":")
    if not colon or not password:
        return []
    forms = {password, unquote(password)}
    return sorted((f for f in forms if f), key=len, reverse=True)


def redacted(url: str) -> str:
    """The URL without its password, for messages an operator reads; safe for any text."""
    url = url.strip()
    if "://" not in url:
        return "<DATABASE_URL>"
    scheme, rest = url.split("://", 1)
    userinfo, at, hostpart = rest.rpartition("@")
    user = userinfo.partition(":")[0]
    return f"{scheme}://{user}@{hostpart}" if at else f"{scheme}://{rest}"


def check(url: str) -> None:
    """`ConfigError` (one line, no password) when the URL cannot mean what was written."""
    if not url.startswith(_SCHEMES):
        raise ConfigError("DATABASE_URL must start with postgresql://")
    problem = None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # raises ValueError for a port that is not a number
    except ValueError:
        problem = "its host or port cannot be read"
    else:
        if parts.netloc.count("@") > 1 or "@" in parts.path:
            problem = "more than one @ before the host"
    if problem is not None:
        raise ConfigError(
            f"DATABASE_URL {redacted(url)} is malformed ({problem}): percent-encode the "
            "password's @ / : ? # (%40 %2F %3A %3F %23), or give it as DATABASE_PASSWORD"
        )
