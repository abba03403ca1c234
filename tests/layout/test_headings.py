"""Section headings: the rules every heading keeps, and headline grammar on small sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import Article, load_pipeline
from newsbrief._article import Entity, Span
from newsbrief.inputs import article_from_text
from newsbrief.layout._clause import Word, _base, _may_report, headline_clause, present_tense
from newsbrief.layout._model import load_words
from newsbrief.layout._tags import base_form, guess_tags, tagged_words, token_texts
from newsbrief.layout.headings import _noun_phrases, is_generic, section_headings, title_case
from tests.conftest import build_article

STORIES = sorted((Path(__file__).parents[1] / "data" / "layout").glob("*.txt"))


def _clause(sentence: str) -> str | None:
    model = load_words()
    words = token_texts(sentence)
    tagged = [Word.of(w, t) for w, t in zip(words, guess_tags(words, cased=True, rarity=model.rarity))]
    found = headline_clause(tagged, model.rarity)
    return title_case(found) if found else None


@pytest.fixture(scope="module")
def briefs() -> dict[str, Article]:
    run = load_pipeline(["segment", "lead", "sections"])
    return {path.name: run(article_from_text(path.read_text(encoding="utf-8"))) for path in STORIES}


def test_there_are_ten_stories_to_read_headings_on() -> None:
    assert len(STORIES) >= 10


def test_every_heading_has_two_to_six_words_in_title_case(briefs: dict[str, Article]) -> None:
    for name, article in briefs.items():
        for section in article.sections:
            words = section.heading.split()
            assert 2 <= len(words) <= 6, (name, section.heading)
            assert title_case(words) == section.heading, (name, section.heading)
            assert not is_generic(section.heading), (name, section.heading)


def test_headings_of_a_story_are_distinct(briefs: dict[str, Article]) -> None:
    for name, article in briefs.items():
        headings = [s.heading.lower() for s in article.sections]
        assert len(set(headings)) == len(headings), name


def test_long_stories_get_three_to_seven_sections_and_short_ones_fewer(briefs: dict[str, Article]) -> None:
    for name, article in briefs.items():
        words = article.word_count
        if 600 <= words <= 1000:
            assert 3 <= len(article.sections) <= 7, name
        if words < 400:
            assert len(article.sections) <= 2, name


def test_headings_use_the_sections_own_words(briefs: dict[str, Article]) -> None:
    for name, article in briefs.items():
        for section in article.sections:
            body = " ".join(article.sentences[i].text for i in section.sentences).lower()
            content = [w for w in section.heading.lower().split() if len(w) > 3 and w not in ("does", "could")]
            assert any(w.rstrip("s")[:4] in body for w in content), (name, section.heading)


def test_title_case_keeps_small_words_low_and_acronyms_as_written() -> None:
    assert title_case(["farmers", "count", "the", "cost"]) == "Farmers Count the Cost"
    assert title_case(["AEMET", "keeps", "warning", "in", "place"]) == "AEMET Keeps Warning in Place"
    assert title_case(["long-running", "dispute"]) == "Long-Running Dispute"
    assert title_case(["u.s.", "troops", "reach", "l.a"]) == "U.S. Troops Reach L.A"  # initials of lower-cased text


@pytest.mark.parametrize("heading", ["Section 2", "More News", "Other Updates", "Background"])
def test_generic_headings_are_recognised(heading: str) -> None:
    assert is_generic(heading)


def test_a_real_heading_is_not_generic() -> None:
    assert not is_generic("Flood Defences Questioned")


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("The flooding has revived a long dispute over the river's defences.", "Flooding Revives Long Dispute"),
        ("No deaths were reported.", "No Deaths Reported"),
        ("The council will review the plans next week.", "Council to Review the Plans"),
        ("Farm groups said the losses could reach 40 million euros.", "Losses Could Reach 40 Million Euros"),
        ("In the fields east of the city, farmers counted the cost.", "Farmers Count the Cost"),
        ("The mayor rejected the criticism on Monday.", "Mayor Rejects the Criticism"),
        # a place, an aside in commas and an honorific leave the subject
        ("Dock workers at Port Halden, the busiest port on the coast, walked out on Monday.", "Dock Workers Walk Out"),
        ("Police in Essby arrested two men.", "Police Arrest Two Men"),
        ("Mr. Lind has offered a larger pay rise.", "Lind Offers Larger Pay Rise"),
        ("Mr. Lind met George W. Bush.", "Lind Meets George W. Bush"),
        ("The mayor was really mocking the plan.", "Mayor Mocks the Plan"),
        ("The party has chosen Norland Sen. Ana Lind as its candidate.", "Party Chooses Ana Lind"),
    ],
)
def test_sentences_become_present_tense_headlines(sentence: str, headline: str) -> None:
    assert _clause(sentence) == headline


@pytest.mark.parametrize(
    "sentence",
    [
        "This year they\u2019re hopeful that things will change.",
        "Remarks on efforts to lift the economy raise questions.",
        "The mayor was also critical of the plan.",
        "Audit files show that the fund lost money.",
        "The mayor and Deputy Mayor Ana Lind arrived in Essby on Monday.",
        "Greg Holm set the target 18 months ago.",
        "Norland seems, to many visitors, a fortress.",
        "Other officials weighed in on the plan to close the harbour.",
        "The rise in turnout across the county and the city surprised everyone.",
    ],
)
def test_a_clitic_an_infinitive_or_a_joined_subject_gives_no_headline(sentence: str) -> None:
    assert _clause(sentence) is None


def test_clitics_of_pronouns_split_and_titles_keep_their_stop() -> None:
    assert token_texts("He\u2019s sure Mr. Lind's deal won't fail.") == [
        "He", "\u2019s", "sure", "Mr.", "Lind's", "deal", "won't", "fail", ".",
    ]


@pytest.mark.parametrize("sentence", ['"We will rebuild," she said.', "She was angry.", "It rained."])
def test_quotes_and_pronoun_subjects_give_no_headline(sentence: str) -> None:
    assert _clause(sentence) is None


def test_present_tense_agrees_with_the_subject() -> None:
    assert present_tense("reach", plural=False) == "reaches"
    assert present_tense("carry", plural=False) == "carries"
    assert present_tense("count", plural=True) == "count"


def test_tagger_output_is_used_when_the_article_has_it() -> None:
    text = "Dock workers strike over pay at the harbour. Talks with the port owners broke down."
    plain = build_article(text)
    guessed = section_headings(plain, [tuple(range(len(plain.sentences)))])
    tags = ("NN", "NNS", "VBP", "IN", "NN", "IN", "DT", "NN", ".", "NNS", "IN", "DT", "NN", "NNS", "VBD", "RP", ".")
    assert len(tags) == len(plain.tokens)
    tagged = plain.replace(pos=tags)
    assert section_headings(tagged, [tuple(range(len(plain.sentences)))]) == ("Dock Workers Strike Over Pay",)
    assert guessed != ("Dock Workers Strike Over Pay",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The veteran lawyer worked for the regional water supply authority.",  # "Veteran Lawyer Works" (for whom?)
        "The team began preparing for the final.",  # "Team Begins" (what?)
        "The defendant pleaded not guilty on Tuesday.",  # "Defendant Pleads" (what?)
        "The rocket exploded four seconds after leaving the pad.",  # a measure, not what exploded
        "A new survey indicates 70 % of residents back the plan.",  # "New Survey Indicates 70" (70 what?)
    ],
)
def test_a_clause_whose_verb_would_hang_gives_no_headline(sentence: str) -> None:
    assert _clause(sentence) is None


def test_an_adjective_after_a_passive_verb_completes_it() -> None:
    assert _clause("The singer was found unresponsive at her home.") == "Singer Found Unresponsive"


def test_a_verb_without_object_stands_when_the_sentence_ends_there() -> None:
    assert _clause("The mayor resigned on Monday.") == "Mayor Resigns"
    assert _clause("The rebels pulled back.") == "Rebels Pull Back"


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach revealed: we trained hard all week.",  # not "Coach Reveals": what follows the colon
        "The harbour master has vowed the ferry will sail again by spring.",  # not "Harbour Master Vows the Ferry"
        "The council questioned the long - term cost of the new bridge.",  # not "Council Questions the Long"
    ],
)
def test_an_object_cut_before_it_ends_gives_no_headline(sentence: str) -> None:
    assert _clause(sentence) is None


def test_tokenized_contractions_are_read_as_possessives_and_verbs() -> None:
    model = load_words()
    words = "the harbour board 's accounts show they 're short".split()
    tags = guess_tags(words, cased=False, rarity=model.rarity)
    assert tags[3] == "POS" and tags[7] == "VBP"
    assert _clause("and the ferry operators cancelled all crossings .") == "Ferry Operators Cancel All Crossings"


def test_possessives_of_tokenized_text_are_joined_in_title_case() -> None:
    assert title_case(["Madrid", "'s", "mayor", "resigns"]) == "Madrid's Mayor Resigns"


def _named(article: Article, name: str, label: str) -> Article:
    """`article` with one entity, `name`, at every place its text has it."""
    text, mentions, at = article.text, [], article.text.find(name)
    while at >= 0:
        mentions.append(Span(at, at + len(name)))
        at = text.find(name, at + 1)
    return article.replace(entities=(Entity(name=name, label=label, mentions=tuple(mentions)),))


def _heading(article: Article) -> str:
    return section_headings(article, [tuple(range(len(article.sentences)))])[0]


def test_a_person_found_by_the_entities_stage_is_not_made_the_heading() -> None:
    article = build_article(
        "harbour master ilse vander said the storm closed the port . "
        "ilse vander said crews would stay on duty . the port handles grain ."
    )
    heading = _heading(_named(article, "ilse vander", "PER"))
    assert "Vander" not in heading
    assert heading == "Storm Closes the Port"


def test_a_place_found_by_the_entities_stage_is_not_made_the_heading_of_lower_cased_text() -> None:
    article = build_article(
        "the derby at vardon park ended in a draw . vardon park was full . "
        "the new roof over vardon park kept the rain off the crowd ."
    )
    assert _heading(article) == "Vardon Park"  # without entities the name looks like a subject
    assert _heading(_named(article, "vardon park", "LOC")) == "Derby Ends in Draw"


def test_a_name_that_looks_like_a_verb_is_no_verb_when_the_entities_stage_found_it() -> None:
    article = build_article(
        "halden united boss ida marsh praised her side after the cup win . "
        "halden united boss ida marsh was pleased with the clean sheet ."
    )
    assert "Units" in _heading(article)  # read alone, "united" is a verb
    heading = _heading(_named(article, "halden united", "ORG"))
    assert "Units" not in heading and "Unites" not in heading


def test_a_sites_own_line_gives_no_heading() -> None:
    article = build_article(
        "Follow Ilse Vander Reports on Twitter @ilsevander. Ferry crews rebuilt the old harbour wall."
    )
    heading = section_headings(article, [tuple(range(len(article.sentences)))])[0]
    assert "Ilse" not in heading and "Twitter" not in heading
    assert "Harbour" in heading



def test_tagged_words_carry_their_text_tag_and_lower_case() -> None:
    words = Word.tagged(["Harbour", "Workers", "strike"], ["NNP", "NNS", "VBP"])
    assert words == [Word.of("Harbour", "NNP"), Word.of("Workers", "NNS"), Word.of("strike", "VBP")]
    assert [w.lower for w in words] == ["harbour", "workers", "strike"]
    assert Word.tagged([], []) == []


def test_rough_tags_read_contractions_possessives_and_marks() -> None:
    model = load_words()
    words = "They 're sure the mayor 's ferry sailed , and it 's late ; 2 more -- !".split()
    tags = dict(enumerate(guess_tags(words, cased=True, rarity=model.rarity)))
    assert (tags[1], tags[5], tags[11]) == ("VBP", "POS", "VBZ")  # 're, the mayor 's, it 's
    assert (tags[8], tags[13], tags[17]) == (",", ",", ".")
    assert (tags[14], tags[16], tags[7]) == ("CD", "SYM", "VBD")


def _phrases(sentence: str, cased: bool = True) -> list[str]:
    words = token_texts(sentence)
    tags = guess_tags(words, cased=cased, rarity=load_words().rarity)
    return [" ".join(p) for p in _noun_phrases(Word.tagged(words, tags))]


def test_a_long_run_loses_its_leading_adjectives_and_a_cut_name_is_left_out() -> None:
    assert "Ryder Cup victory" in _phrases("They toasted a fourth straight Ryder Cup victory.")
    assert not any("Hampshire" in p for p in _phrases("The New Hampshire Ballot Law Commission met."))


def test_a_noun_before_a_relative_that_stays_a_noun() -> None:
    assert "harbour repair projects" in _phrases("The town loved harbour repair projects that drew crowds.")


def test_a_run_tied_by_a_spaced_hyphen_is_no_phrase() -> None:
    found = _phrases("the club ended an eight - match winless streak on saturday .", cased=False)
    assert not any(p.startswith("match") for p in found)


def test_a_number_keeps_its_digit_groups() -> None:
    assert token_texts("a car worth 260,000 pounds or 3.5 million") == ["a", "car", "worth", "260,000", "pounds", "or", "3.5", "million"]


def test_a_person_whose_name_looks_plural_takes_a_singular_verb() -> None:
    model = load_words()
    words = token_texts("moyes signed naismith for the club .")
    tagged = Word.tagged(words, guess_tags(words, cased=False, rarity=model.rarity))
    assert headline_clause(tagged, model.rarity, frozenset({"moyes"}))[:2] == ["moyes", "signs"]


def test_tags_from_known_lower_cases_are_the_rough_tags() -> None:
    model = load_words()
    words = "Harbour workers in Kelby said the ferries were quietly delayed , and they 're angry".split()
    for cased in (True, False):
        expected = guess_tags(words, cased=cased, rarity=model.rarity)
        assert tagged_words(words, cased=cased, rarity=model.rarity) == (expected, [w.lower() for w in words])
    tags = guess_tags(words, cased=True, rarity=model.rarity)
    assert (tags[3], tags[8], tags[10], tags[13]) == ("NNP", "RB", ",", "VBP")


def test_only_words_that_may_come_from_a_reporting_verb_are_looked_up() -> None:
    for form in ("said", "told", "thought", "denied", "arguing", "warns", "claimed", "notes"):
        assert _may_report(form), form
    for form in ("voted", "closed", "running", "built", "harbours"):
        assert not _may_report(form), form
    tagged = [Word.of(w, t) for w, t in zip("the ferry was delayed , officials said".split(), ["DT", "NN", "VBD", "VBN", ",", "NNS", "VBD"])]
    assert headline_clause(tagged, load_words().rarity) == ["ferry", "delayed"]  # the frame ", officials said" is cut


def test_a_word_kept_from_one_sentence_is_still_tagged_by_its_neighbours_in_the_next() -> None:
    model = load_words()
    first = guess_tags("the ferry plans were late".split(), cased=False, rarity=model.rarity)
    second = guess_tags("they plans to sail".split(), cased=False, rarity=model.rarity)
    assert (first[2], second[1]) == ("NNS", "VBZ")  # the same word, a noun after a noun and a verb after a pronoun
    assert guess_tags(["Harbour", "Harbour"], cased=True, rarity=model.rarity)[1] == "NNP"
    assert guess_tags(["Harbour", "Harbour"], cased=False, rarity=model.rarity)[1] != "NNP"
    delayed = guess_tags("the ferry was delayed and the delayed ferry sailed".split(), cased=False, rarity=model.rarity)
    assert (delayed[3], delayed[6]) == ("VBN", "JJ")  # a participle after "was", an adjective after "the"


def test_titles_keep_their_stop_in_any_case_and_other_stops_stand_alone() -> None:
    found = token_texts("Mrs. Lind, SEN. Holm and capt. Berg met Dr. Ode at St. Ives. Then Ms. Ek left.")
    for title in ("Mrs.", "SEN.", "capt.", "Dr.", "St.", "Ms."):
        assert title in found, title
    assert found[found.index("Ives") + 1] == "."
    assert token_texts("Mr. Lind's boat") == ["Mr.", "Lind's", "boat"]
    assert token_texts("Mrx. Lind's boat")[:2] == ["Mrx", "."]


def test_a_verb_ending_in_a_double_s_keeps_it() -> None:
    rarity = load_words().rarity
    assert [base_form(word, rarity) for word in ("expressed", "missed", "dismissed", "planned", "travelled")] == [
        "express",
        "miss",
        "dismiss",
        "plan",
        "travel",
    ]


def test_verb_bases_of_rough_tags_are_real_verbs() -> None:
    rarity = load_words().rarity
    ing = {"hiding": "hide", "naming": "name", "being": "be", "going": "go", "crumbling": "crumble", "planning": "plan"}
    assert {word: _base(Word(word, "VBG", word), rarity) for word in ing} == ing
    assert _base(Word("nothing", "VBG", "nothing"), rarity) is None
    assert [_base(Word(word, "VBP", word), rarity) for word in ("used", "need")] == ["use", "need"]
