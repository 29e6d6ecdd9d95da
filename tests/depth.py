"""How many examples the property tests draw. Each test states its full depth (`examples(400)`),
which the full run (the `ci` profile, the default: what CI and the README run) draws whole; the
`dev` profile draws a tenth of it, so `pytest -m "not system" --hypothesis-profile=dev` stays
short. The depth scales with the profile's `max_examples` against Hypothesis' own 100."""

from __future__ import annotations

from hypothesis import settings

FULL = 100  # Hypothesis' default max_examples: a profile with it draws every test's full depth

settings.register_profile("ci", max_examples=FULL)
settings.register_profile("dev", max_examples=FULL // 10)
settings.load_profile("ci")  # `--hypothesis-profile` is applied after this, and wins


def examples(full: int) -> int:
    """`full` under `ci`, `full / 10` under `dev` (at least one)."""
    return max(1, full * settings.default.max_examples // FULL)
