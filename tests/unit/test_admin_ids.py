"""ADMIN_IDS: the operators of /stats and /health, as a list of Telegram user ids; a value
that is not one stops the start with a one-line reason instead of leaving nobody in charge."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("ADMIN_IDS", raising=False)
    monkeypatch.chdir(tmp_path)  # no .env of the developer's


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        ("", []),
        ("42", [42]),
        ("1, 2,3", [1, 2, 3]),
        ("1;2 3", [1, 2, 3]),
        ("[7, 8]", [7, 8]),
        (" 5 ,", [5]),
    ],
)
def test_the_forms_an_operator_writes(monkeypatch: pytest.MonkeyPatch, raw: str, ids) -> None:
    monkeypatch.setenv("ADMIN_IDS", raw)
    assert load_settings().admin_ids == ids


def test_unset_means_no_operator() -> None:
    assert load_settings().admin_ids == []


@pytest.mark.parametrize("raw", ["12,abc", "1.5", "@admin", "１２"])
def test_a_value_that_is_no_id_is_a_config_error(monkeypatch: pytest.MonkeyPatch, raw) -> None:
    monkeypatch.setenv("ADMIN_IDS", raw)
    with pytest.raises(ConfigError, match=r"^ADMIN_IDS must be Telegram user ids") as caught:
        load_settings()
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("raw", ["-100123", "0"])
def test_a_group_or_zero_is_no_user(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("ADMIN_IDS", raw)
    with pytest.raises(ConfigError, match=r"^ADMIN_IDS must be Telegram user ids"):
        load_settings()
