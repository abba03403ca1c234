"""Token features: shapes, digits, case-free features, and ids that match the feature strings."""

from __future__ import annotations

from newsbrief.tagger._features import DocumentWords, FeatureMaker, document_features, normalise, shape

CLUSTERS = {"kestrel": ("1", "2", "3"), "harbour": ("4", "5", "6")}


def test_shape_and_normalise() -> None:
    assert shape("McAdam") == "XxXx"
    assert shape("U.N.") == "X.X."
    assert shape("2024") == "d"
    assert normalise("Route-66") == "route-00"


def test_ids_are_the_ids_of_the_feature_strings_in_order() -> None:
    maker = FeatureMaker(CLUSTERS)
    sentences = [["Kestrel", "Bay", "harbour", "opened", "in", "2024", "."], [], ["Harbour", "-", "side"], ["Bay"]]
    rows = [row for words in sentences for row in maker.sentence(words)]
    index = {name: i + 1 for i, name in enumerate(sorted({f for row in rows for f in row[::2]}))}
    matrix = maker.document_ids(sentences, index)
    assert matrix.shape[0] == len(rows)
    for row, ids in zip(rows, matrix, strict=True):
        assert [i for i in ids if i >= 0] == [index.get(f, 0) for f in row]
    again = maker.document_ids(sentences, index)
    assert (again == matrix).all()


def test_lowercased_features_do_not_see_case() -> None:
    maker = FeatureMaker(CLUSTERS, cased=False)
    assert maker.sentence(["Kestrel", "Bay"]) == maker.sentence(["kestrel", "bay"])
    cased = FeatureMaker(CLUSTERS).sentence(["Kestrel", "Bay"])
    assert cased != FeatureMaker(CLUSTERS).sentence(["kestrel", "bay"])
    assert "c0=1" in cased[0]


def test_document_features_report_what_the_word_was_elsewhere() -> None:
    sentences = [["Talbot", "spoke", "."], ["Talbot", "left", "."]]
    labels = [["U-PER", "O", "O"], ["O", "O", "O"]]
    rows = document_features(sentences, labels)
    assert "d=PER" in rows[1][0]
    assert "d=PER" not in rows[0][0]  # the only other Talbot was tagged O
    assert rows[0][1] == []


def test_one_reading_of_the_words_serves_every_pass() -> None:
    sentences = [["Talbot", "spoke", "."], ["then", "talbot", "Talbot", "left", "."]]
    document = DocumentWords(sentences)
    tagged = [["U-PER", "O", "O"], ["O", "O", "U-ORG", "O", "O"]]
    for labels in (tagged, [["O"] * 3, ["O"] * 5]):
        assert document.features(labels) == document_features(sentences, labels)
    rows = document.features(tagged)
    assert rows[1][2] == ["d=PER", "dm=PER", "dlc"]  # the other Talbots: one PER, one O; tied, the later type wins
    assert rows[1][1] == ["d=PER", "d=ORG", "dm=PER"]
