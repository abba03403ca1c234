"""Gate: the shared news sets read through the input layer, every record, under unique ids, as English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsbrief.inputs import iter_items


def test_cnn_dailymail_validation_reads_whole(data_dir: Path, floors: dict[str, Any]) -> None:
    items = list(iter_items([str(data_dir / "cnn_dailymail" / "validation.jsonl.gz")]))
    failed = [item for item in items if item.error is not None]
    assert len(items) > 4000
    assert len(failed) / len(items) <= floors["inputs"]["max_failed_share"], failed[:3]
    assert len({item.id for item in items}) == len(items)
    assert all("highlights" in item.extra for item in items)


def test_polnear_articles_are_english(data_dir: Path, floors: dict[str, Any]) -> None:
    items = list(iter_items([str(data_dir / "polnear" / "dev" / "text")]))
    foreign = [item.id for item in items if item.error is not None and item.error.code == "E008"]
    assert len(items) > 50
    assert len(foreign) / len(items) <= floors["inputs"]["max_non_english_share"], foreign[:3]
