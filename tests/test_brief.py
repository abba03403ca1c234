"""The brief's JSON, Markdown and HTML forms."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

import newsbrief

SCHEMA = json.loads(resources.files("newsbrief").joinpath("schema", "brief.schema.json").read_text())


def test_json_matches_the_documented_schema(storm_text: str) -> None:
    record = newsbrief.brief(storm_text, pipeline="segment,lead,sections").to_dict()
    jsonschema.validate(record, SCHEMA)
    assert record["text"] == storm_text
    for sentence in record["sentences"]:
        assert storm_text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_schema_rejects_a_record_missing_its_text(storm_text: str) -> None:
    record = newsbrief.brief(storm_text, pipeline="segment,lead").to_dict()
    del record["text"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, SCHEMA)


def test_markdown_has_title_highlights_and_every_sentence(storm_text: str) -> None:
    result = newsbrief.brief(storm_text, pipeline="segment,lead,sections", title="Storm floods the coast", n=2)
    markdown = result.to_markdown()
    assert markdown.startswith("# Storm floods the coast\n")
    assert "**Highlights**" in markdown
    assert markdown.count("\n- ") == 2
    for sentence in result.sentences:
        assert sentence.text in markdown


def test_html_escapes_the_article_and_links_highlights_to_sentences() -> None:
    text = "A reader wrote <script>alert(1)</script> in the comments. The editor removed it on Friday."
    page = newsbrief.brief(text, pipeline="segment,lead,sections", title="<b>Bold</b> title").to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;b&gt;Bold&lt;/b&gt;" in page
    assert 'href="#s0"' in page and 'id="s0"' in page
