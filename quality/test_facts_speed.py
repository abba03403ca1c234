"""Gate: the fact stages (places, quotes, dates) stay cheap, timed against `segment` in the same run."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from newsbrief import Article
from newsbrief._article import Meta
from newsbrief.evaluation._standin import capitalised_entities
from newsbrief.evaluation.quotes import load_polnear
from newsbrief.evaluation.timing import best_seconds
from newsbrief.geo import load_gazetteer
from newsbrief.stages.dates import dates
from newsbrief.stages.places import places
from newsbrief.stages.quotes import quotes
from newsbrief.stages.segment import segment


def test_fact_stages_cost_at_most_a_few_segmentations(data_dir: Path, floors: dict[str, Any]) -> None:
    load_gazetteer()
    texts = [a.text for a in load_polnear(data_dir / "polnear" / "dev")]
    articles = [
        segment()(Article(text=t, meta=Meta(published="2016-10-01"), entities=capitalised_entities(t, True)))
        for t in texts
    ]
    baseline = best_seconds(segment(), articles, clock=time.perf_counter)
    facts = sum(best_seconds(stage(), articles, clock=time.perf_counter) for stage in (places, quotes, dates))
    ratio = facts / baseline
    ceiling = floors["facts_speed"]["max_ratio_to_segment"]
    assert ratio <= ceiling, f"fact stages took {ratio:.2f} x segment, over the ceiling {ceiling}"
