"""Shared fixtures of the quality gates: the data folder and the pinned floors."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """`../shared/data` beside the checkout, or the folder NEWSBRIEF_DATA names."""
    path = Path(os.environ.get("NEWSBRIEF_DATA", ROOT.parent / "shared" / "data"))
    if not path.is_dir():
        pytest.fail(f"the quality gates need the shared data folder, not found at {path}")
    return path


@pytest.fixture(scope="session")
def floors() -> dict[str, Any]:
    with open(Path(__file__).with_name("floors.toml"), "rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="session")
def hand_set() -> Callable[[str], list[list[str]]]:
    """Rows of a hand-written set in `quality/sets/NAME.tsv` (comment lines dropped)."""

    def read(name: str) -> list[list[str]]:
        lines = (Path(__file__).with_name("sets") / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
        return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]

    return read
