"""What the search index holds for Chinese: each text as written and every piece of its words."""

from __future__ import annotations

from cqdesk.text.search_terms import cjk_grams


def test_every_piece_of_a_chinese_word_is_a_token():
    tokens = cjk_grams(["巴南区"]).split()
    assert tokens[0] == "巴南区"  # the text as written comes first
    assert set(tokens) == {"巴南区", "巴南", "南区", "巴", "南", "区"}


def test_digits_touching_chinese_are_part_of_its_pieces_but_never_a_piece_alone():
    tokens = set(cjk_grams(["14个重点"]).split())
    assert {"14个重点", "4个", "个重", "14个"} <= tokens
    assert "14" not in tokens and "4" not in tokens


def test_english_texts_add_nothing_and_pieces_come_once():
    assert cjk_grams(["Banan District", ""]) == ""
    twice = cjk_grams(["巴南区", "巴南区"]).split()
    assert twice == cjk_grams(["巴南区"]).split()
    assert twice.count("巴南") == 1


def test_pieces_never_span_two_words():
    tokens = set(cjk_grams(["集群、基地和园区"]).split())
    assert "群基" not in tokens and "群、基" not in tokens
    assert {"集群", "基地和园区", "园区", "地和园"} <= tokens
