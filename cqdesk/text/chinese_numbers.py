"""Chinese forms of values: 1350.5亿元, 65万余家, 增长13.05%, 超过4000万只, 约210亿美元."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_EVEN, Decimal

from cqdesk.text.formatting import plain_number

WANYI, YI, WAN = Decimal(10) ** 12, Decimal(10) ** 8, Decimal(10) ** 4
MONEY_UNITS = {"CNY", "USD"}
# How the units read after a number when the data gives no Chinese form of its own.
UNIT_ZH = {"CNY": "元", "USD": "美元", "%": "%", "pp": "个百分点"}
# Below 100, a whole lower bound of things reads "40余个"; larger ones and money read "超过…".
_YU_LIMIT = 100


def _trimmed(number: Decimal, decimals: int) -> str:
    rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    text = format(rounded, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def chinese_number(value: float, decimals: int = 2) -> str:
    """A number with 万 or 亿 as a Chinese reader writes it: 135050000000 -> ``1350.5亿``,
    650000 -> ``65万``, 9300 -> ``9300``; at most ``decimals`` decimals, 1亿 from 99,995,000 up."""
    if value is None or not math.isfinite(value):
        return ""
    number = Decimal(plain_number(value))
    # Rounding can carry a value over a boundary: 9999.999 reads 1万, 99,999,999 reads 1亿.
    if abs(Decimal(_trimmed(number, decimals))) < WAN:
        return _trimmed(number, decimals)
    if abs(Decimal(_trimmed(number / WAN, decimals))) < WAN:
        return _trimmed(number / WAN, decimals) + "万"
    if abs(Decimal(_trimmed(number / YI, decimals))) < WAN:
        return _trimmed(number / YI, decimals) + "亿"
    return _trimmed(number / WANYI, decimals) + "万亿"  # 11.76 trillion yuan: 11.76万亿元


def unit_zh(unit: str | None, names: dict[str, str] | None = None) -> str:
    """How ``unit`` reads after a Chinese number: the data's own form first (``names``)."""
    if not unit:
        return ""
    if names and names.get(unit):
        return names[unit]
    return UNIT_ZH.get(unit, "")


def chinese_value(
    value: float | None,
    unit: str | None,
    qualifier: str | None = None,
    unit_names: dict[str, str] | None = None,
) -> str:
    """The whole value in Chinese: number, unit and qualifier (``超过4000万只``, ``约210亿美元``).

    Empty for a fact with no number. Percentages and points keep two decimals; a rank is
    ``前5名`` and an edition ``第4届``.
    """
    if value is None or not math.isfinite(value):
        return ""
    unit = unit or ""
    reads = unit_zh(unit, unit_names)
    if unit == "rank":
        prefix = "前" if qualifier == "upper_bound" else "第"
        return f"{prefix}{chinese_number(value)}名"
    if unit == "edition":
        return f"第{chinese_number(value)}{reads or '届'}"
    if unit in ("%", "pp"):
        number = _trimmed(Decimal(plain_number(value)), 2)
    else:
        number = chinese_number(value)
    if unit.startswith("USD") and reads == "":
        reads = "美元"
    if qualifier == "approximate":
        return f"约{number}{reads}"
    if qualifier == "upper_bound":
        return f"不超过{number}{reads}"
    if qualifier == "lower_bound":
        whole = "." not in number and not number.startswith("-")
        if unit not in MONEY_UNITS and unit not in ("%", "pp") and "/" not in unit and whole:
            digits = number.rstrip("万亿")
            if int(digits) < _YU_LIMIT:
                return f"{number}余{reads}"
        return f"超过{number}{reads}"
    return f"{number}{reads}"


def chinese_change(value: float | None, unit: str | None) -> str:
    """A change as Chinese writes it: ``增长13.05%``, ``下降2.5%``, ``提高31个百分点``."""
    if value is None or not math.isfinite(value):
        return ""
    number = _trimmed(abs(Decimal(plain_number(value))), 2)
    if unit == "pp":
        return f"{'提高' if value >= 0 else '降低'}{number}个百分点"
    return f"{'增长' if value >= 0 else '下降'}{number}%"
