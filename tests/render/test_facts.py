"""The facts block of the Markdown and HTML briefs."""

from __future__ import annotations

from newsbrief import Brief
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
