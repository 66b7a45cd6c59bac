"""Installs are reproducible: every dependency has an upper bound on its major version, and
constraints.txt (what `make install` and CI install from) pins each within its bounds."""

from __future__ import annotations

import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.operator import ROOT


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    build = project["build-system"]["requires"]
    listed = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["test"],
    ]
    return [Requirement(text) for text in [*build, *listed]]


def pins() -> dict[str, Version]:
    pinned: dict[str, Version] = {}
    for raw in (ROOT / "constraints.txt").read_text().splitlines():
        text = raw.split("#", 1)[0].strip()
        if text:
            name, _, version = text.partition("==")
            assert version, f"constraints.txt pins with ==: {raw}"
            pinned[canonicalize_name(name)] = Version(version)
    return pinned


def test_every_dependency_has_an_upper_bound() -> None:
    unbounded = [
        str(requirement)
        for requirement in requirements()
        if not any(spec.operator in ("<", "<=", "~=", "==") for spec in requirement.specifier)
    ]
    assert unbounded == []


def test_constraints_pin_every_dependency_within_its_bounds() -> None:
    pinned = pins()
    for requirement in requirements():
        name = canonicalize_name(requirement.name)
        if name == "setuptools":
            continue  # it builds the package in pip's own environment; nothing installs it
        assert name in pinned, f"constraints.txt does not pin {requirement.name}"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{requirement.name}=={pinned[name]} is outside {requirement.specifier}"
        )
