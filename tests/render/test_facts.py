"""The facts block of the Markdown and HTML briefs."""

from __future__ import annotations

from newsbrief import Brief
from newsbrief._article import Place
from tests.tests_support import article_with_facts


def test_markdown_lists_people_by_mentions_places_with_country_and_quotes_with_speakers() -> None:
    markdown = Brief(article_with_facts()).to_markdown()
    assert "- **People:** Nadia Holm, Piet Vos" in markdown
    assert "- **Organisations:** Harbour Board" in markdown
    assert "- **Places:** Rotterdam (NL)" in markdown
    assert "  - Nadia Holm: “The quay will open again on Friday”" in markdown


def test_html_facts_are_escaped() -> None:
    page = Brief(article_with_facts(speaker_name="<i>Nadia</i> Holm")).to_html()
    assert "&lt;i&gt;Nadia&lt;/i&gt; Holm" in page and "<i>Nadia" not in page


def test_no_fact_stage_means_no_facts_block() -> None:
    article = article_with_facts().replace(entities=(), places=(), quotes=())
    assert "Facts" not in Brief(article).to_markdown()


def test_only_resolved_places_are_listed_once_each() -> None:
    article = article_with_facts()
    extra = (
        Place("Rotterdam", "US", 42.8, -73.97, "city", 2),
        Place("Upstream", None, None, None, None, 2, resolved=False),
        Place("Delft", "NL", 52.01, 4.36, "city", 2),
    )
    markdown = Brief(article.replace(places=article.places + extra)).to_markdown()
    assert "- **Places:** Rotterdam (NL), Delft (NL)\n" in markdown
    assert "Upstream" not in markdown
