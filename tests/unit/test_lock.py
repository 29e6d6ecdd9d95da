"""The lock files (`requirements.lock` for the image, `requirements-dev.lock` for CI) are
made by pip-compile from `pyproject.toml`; this keeps them from drifting apart: a dependency
added to pyproject.toml but not locked, or a lock pinning a version the project excludes,
fails here instead of in the Docker build or CI's hash-checked install. To refresh both, run
the command each lock's header names."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", re.MULTILINE)


def pins(name: str) -> dict[str, str]:
    text = (ROOT / name).read_text(encoding="utf-8")
    return {canonicalize_name(m[1]): m[2] for m in PIN.finditer(text)}


def declared(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = [Requirement(r) for r in project["dependencies"]]
    for extra in extras:
        found += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return found


@pytest.mark.parametrize(
    ("lock", "extras"), [("requirements.lock", ()), ("requirements-dev.lock", ("dev",))]
)
def test_every_declared_dependency_is_pinned_within_its_range(
    lock: str, extras: tuple[str, ...]
) -> None:
    pinned = pins(lock)
    for requirement in declared(*extras):
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement} is not in {lock}"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{lock} pins {name}=={pinned[name]}, outside {requirement.specifier}"
        )


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_every_pin_carries_hashes(lock: str) -> None:
    """`pip install --require-hashes` refuses a lock with a pin and no hash."""
    entries = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / lock).read_text(encoding="utf-8"))
    unhashed = [e.split("\n", 1)[0] for e in entries if "==" in e and "--hash=sha256:" not in e]
    assert not unhashed


def test_the_image_and_ci_install_from_the_locks() -> None:
    assert "--require-hashes -r requirements.lock" in (ROOT / "Dockerfile").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "--require-hashes -r requirements-dev.lock" in ci
    assert ci.rstrip().endswith('pip install -e ".[dev]" && python -m pytest')
