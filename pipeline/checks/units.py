"""Units of measurement after a number, and conversions between them.

Translators routinely convert the units of news (``85 mph`` → ``137 км/год``, ``2,000 feet``
→ ``610 м``, ``100°F`` → ``38 °C``, ``5 pounds`` → ``2,3 кг``), rounding the result.  The
``numbers`` check asks :func:`converts` whether a number of one side is a number of the
other side in another unit of the same dimension.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """A unit: its dimension and what one of it is in the dimension's base unit.

    Several factors stand for units that share a name (US and imperial gallons).
    Temperatures have the scale instead, ``F`` or ``C``.
    """

    name: str
    dimension: str
    factors: tuple[float, ...] = ()
    scale: str = ""


_MILE, _GALLON_US, _GALLON_UK = 1609.344, 3.785411784, 4.54609
# (pattern, unit); the longest match after a number wins ("miles per hour" over "miles").
_TABLE: tuple[tuple[str, Unit], ...] = (
    (r"mph|miles?\s(?:per|an|a)\shour|miles?/h|мил[ьяіи]\w*\s(?:на\sгодину|в\sчас)"
     r"|мил[ьяіи]\w*/(?:год|ч)",
     Unit("mph", "speed", (_MILE / 1000,))),
    (r"km/h|kph|km/hr?|kilomet(?:re|er)s?\s(?:per|an|a)\shour|км/год|км/ч"
     r"|кілометр\w*\sна\sгодину|километр\w*\sв\sчас",
     Unit("km/h", "speed", (1.0,))),
    (r"m/s|м/с", Unit("m/s", "speed", (3.6,))),
    (r"knots?|вузл\w*|узл\w*", Unit("knot", "speed", (1.852,))),
    (r"nautical\smiles?|nmi|морськ\w*\sмил[ьяіи]\w*|морск\w*\sмил[ьяіи]\w*",
     Unit("nmi", "length", (1852.0,))),
    (r"miles?|mi|мил[ьяіи]\w*", Unit("mile", "length", (_MILE,))),
    (r"km|kilomet(?:re|er)s?|км|кілометр\w*|километр\w*", Unit("km", "length", (1000.0,))),
    (r"m|met(?:re|er)s?|м|метр\w*", Unit("m", "length", (1.0,))),
    (r"cm|centimet(?:re|er)s?|см|сантиметр\w*", Unit("cm", "length", (0.01,))),
    (r"mm|millimet(?:re|er)s?|мм|міліметр\w*|миллиметр\w*", Unit("mm", "length", (0.001,))),
    (r"ft|feet|foot|фут\w*", Unit("ft", "length", (0.3048,))),
    (r"yards?|yd|ярд\w*", Unit("yd", "length", (0.9144,))),
    (r"inch(?:es)?|дюйм\w*", Unit("in", "length", (0.0254,))),
    (r"pounds?|lbs?|фунт\w*", Unit("lb", "mass", (0.45359237,))),
    (r"ounces?|oz|унці\w*|унци\w*", Unit("oz", "mass", (0.028349523125,))),
    (r"stones?", Unit("st", "mass", (6.35029318,))),
    (r"kg|kilo(?:gram(?:me)?)?s?|кг|кілограм\w*|килограмм\w*", Unit("kg", "mass", (1.0,))),
    (r"g|gram(?:me)?s?|г|грам\w*", Unit("g", "mass", (0.001,))),
    (r"tonnes?|t|т|тонн?\w*", Unit("t", "mass", (1000.0,))),
    (r"tons?", Unit("ton", "mass", (907.18474, 1016.0469088))),
    (r"gallons?|gal|гал[л]?он\w*", Unit("gal", "volume", (_GALLON_US, _GALLON_UK))),
    (r"pints?|пінт\w*|пинт\w*", Unit("pt", "volume", (0.473176473, 0.56826125))),
    (r"l|lit(?:re|er)s?|л|літр\w*|литр\w*", Unit("l", "volume", (1.0,))),
    (r"ml|millilit(?:re|er)s?|мл|мілілітр\w*|миллилитр\w*", Unit("ml", "volume", (0.001,))),
    (r"acres?|акр\w*", Unit("acre", "area", (4046.8564224,))),
    (r"hectares?|ha|га|гектар\w*", Unit("ha", "area", (10000.0,))),
    (r"(?:square|sq\.?)\smiles?|sq\.?\smi|кв(?:\.|адратн\w*)\s?мил\w*",
     Unit("sq mi", "area", (_MILE**2,))),
    (r"(?:square|sq\.?)\skilomet(?:re|er)s?|sq\.?\skm|km²|km2|км²|км2"
     r"|кв(?:\.|адратн\w*)\s?(?:км|кілометр\w*|километр\w*)",
     Unit("km²", "area", (1e6,))),
    (r"(?:square|sq\.?)\s(?:feet|foot)|sq\.?\sft|ft²|кв(?:\.|адратн\w*)\s?фут\w*",
     Unit("sq ft", "area", (0.09290304,))),
    (r"(?:square|sq\.?)\smet(?:re|er)s?|sq\.?\sm|m²|m2|кв(?:\.|адратн\w*)\s?(?:м|метр\w*)|м²|м2",
     Unit("m²", "area", (1.0,))),
    (r"°\s?F|℉|degrees?\sFahrenheit"
     r"|(?:градус\w*\s)?(?:за\s)?Фаренгейт\w*|(?:градус\w*\s)?по\sФаренгейту",
     Unit("°F", "temperature", scale="F")),
    (r"°\s?C|℃|degrees?\sCelsius|градус\w*(?:\s(?:за\s)?Цельсі\w*|\sЦельси\w*)?|°",
     Unit("°C", "temperature", scale="C")),
)  # fmt: skip
_PATTERNS = tuple(
    (re.compile(rf"(?:{pattern})(?![\w²])", re.IGNORECASE), unit) for pattern, unit in _TABLE
)
# Any unit at all: most numbers have none, and are spared the patterns one by one.
_ANY_UNIT = re.compile("|".join(rf"(?:{pattern})(?![\w²])" for pattern, _ in _TABLE), re.IGNORECASE)
_BEFORE_UNIT = re.compile(r"[ \u00a0\u202f-]?")
_INCH = next(unit for _, unit in _TABLE if unit.name == "in")
_GLUED_INCH = re.compile(r"in(?![\w²])", re.IGNORECASE)


def unit_at(text: str, position: int) -> Unit | None:
    """The unit written at ``position`` (after one optional space or hyphen), if any."""
    start = _BEFORE_UNIT.match(text, position).end()  # type: ignore[union-attr]
    if _GLUED_INCH.match(text, position):  # 6in; "6 in the box" is a preposition
        return _INCH
    if not _ANY_UNIT.match(text, start):
        return None
    best: tuple[int, Unit] | None = None
    for pattern, unit in _PATTERNS:
        m = pattern.match(text, start)
        if m and (best is None or m.end() > best[0]):
            best = (m.end(), unit)
    return best[1] if best else None


def _convert(value: float, source: Unit, target: Unit) -> set[float]:
    if source.dimension == "temperature":
        if source.scale == target.scale:
            return {value}
        return {(value - 32) * 5 / 9} if source.scale == "F" else {value * 9 / 5 + 32}
    return {value * a / b for a in source.factors for b in target.factors}


def close(written: float, exact: float) -> bool:
    """Whether ``written`` is ``exact`` rounded: within 3%, or to a multiple of 1, 5 or 10.

    Rounding to 5 or 10 is accepted only where the step is at most a fifth of the value, so
    that 38.1 may be written 40 but 3.8 not 0 or 5.  The sign is not compared (digits carry
    none: "мінус 1", "-1").
    """
    exact = abs(exact)
    if abs(written - exact) <= 0.03 * exact:
        return True
    return any(
        step <= max(exact / 5, 1) and written % step == 0 and abs(written - exact) <= step / 2
        for step in (1, 5, 10)
    )


def converts(value: float, source: Unit, written: float, target: Unit) -> bool:
    """Whether ``written`` ``target`` units are ``value`` ``source`` units, rounded.

    A unit never converts into itself or into another dimension.
    """
    if source.dimension != target.dimension or source == target:
        return False
    return any(close(written, exact) for exact in _convert(value, source, target))
