"""newsbrief: turn news articles into briefs (highlights, sections and facts), offline on a CPU."""

__version__ = "0.1.0"

from ._api import brief  # noqa: E402
from ._article import Article  # noqa: E402
from ._brief import Brief  # noqa: E402
from ._facts_api import dates, entities, places, quotes  # noqa: E402
from ._pipeline import Pipeline, load_pipeline, registered_stages, stage  # noqa: E402

__all__ = [
    "Article",
    "Brief",
    "Pipeline",
    "__version__",
    "brief",
    "dates",
    "entities",
    "load_pipeline",
    "places",
    "quotes",
    "registered_stages",
    "stage",
]
