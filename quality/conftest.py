"""Shared fixtures of the quality gates: the data folder and the pinned floors."""

from __future__ import annotations

import os
import tomllib
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
