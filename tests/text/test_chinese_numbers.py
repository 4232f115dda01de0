"""Chinese number forms: 万 and 亿, qualifiers, boundaries, negatives, percentages and points."""

from __future__ import annotations

import pytest

from cqdesk.text.chinese_numbers import chinese_change, chinese_number, chinese_value

UNITS = {"merchants": "家", "masks": "只", "firms": "家", "people": "人", "bases": "个"}
UNITS |= {"CNY/USD": "元/美元", "CNY/broadcast": "元/场", "parcels": "件"}


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        (135_050_000_000, "CNY", None, "1350.5亿元"),
        (24_330_000_000, "CNY", None, "243.3亿元"),
        (21_000_000_000, "USD", "approximate", "约210亿美元"),
        (650_000, "merchants", "lower_bound", "65万余家"),
        (30_000, "firms", "lower_bound", "3万余家"),
        (40_000_000, "masks", "lower_bound", "超过4000万只"),
        (10, "bases", "lower_bound", "10余个"),
        (6_400_000, "CNY", "lower_bound", "超过640万元"),
        (120_000_000, "CNY", "lower_bound", "超过1.2亿元"),
        (590_000_000, "parcels", None, "5.9亿件"),
        (1_827_000, "people", None, "182.7万人"),
        (9_300, "firms", None, "9300家"),
        (9_999, "people", None, "9999人"),
        (10_000, "people", None, "1万人"),
        (9_999.999, "people", None, "1万人"),  # rounding carries it over the 万 boundary
        (99_995_000, "CNY", None, "9999.5万元"),
        (99_999_999, "CNY", None, "1亿元"),  # ... and over the 亿 boundary
        (100_000_000, "CNY", None, "1亿元"),
        (11_760_000_000_000, "CNY", None, "11.76万亿元"),  # China's online retail sales
        (999_999_999_999, "CNY", None, "1万亿元"),
        (-150_000_000, "CNY", None, "-1.5亿元"),
        (-3_000, "people", None, "-3000人"),
        (13.05, "%", None, "13.05%"),
        (1.49, "pp", None, "1.49个百分点"),
        (-0.5, "%", None, "-0.5%"),
        (5, "rank", "upper_bound", "前5名"),
        (4, "edition", None, "第4届"),
        (6.4286, "CNY/USD", "approximate", "约6.43元/美元"),
        (54_347.83, "CNY/broadcast", "lower_bound", "超过5.43万元/场"),
        (None, "CNY", None, ""),
        (float("nan"), "CNY", None, ""),
    ],
)
def test_chinese_value(value, unit, qualifier, expected):
    assert chinese_value(value, unit, qualifier, UNITS) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (13.05, "%", "增长13.05%"),
        (-2.5, "%", "下降2.5%"),
        (0, "%", "增长0%"),
        (31, "pp", "提高31个百分点"),
        (-1.25, "pp", "降低1.25个百分点"),
        (None, "%", ""),
    ],
)
def test_chinese_change(value, unit, expected):
    assert chinese_change(value, unit) == expected


def test_chinese_number_alone():
    assert chinese_number(135_050_000_000) == "1350.5亿"
    assert chinese_number(650_000) == "65万"
    assert chinese_number(0) == "0"
