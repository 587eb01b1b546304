"""``numbers``: every number of the source reaches the target, whatever the locale writes.

A number is read as a set of values it may stand for, so that ``1,000.5`` matches
``1 000,5`` (also with a no-break or narrow no-break space), ``2.5 million`` matches
``2,5 млн`` / ``2,5 мільйона`` / ``2 500 000``, ``5%`` matches ``5 %``, ``24th`` matches
``24-го``, ``3 pm`` matches ``15:00`` and ``1990s`` matches ``90-х``.  A date such as
``27.11.2026`` is three numbers, and its month may be written as a month name.  Number
words (``three``, ``трьох``, ``двадцять п'ять``, ``first``) count in the target when the
source wrote digits, so a human reference spelling a small number out is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.text import lemmas, letter_words, mask_verbatim, morph
from pipeline.checks.units import Unit, converts, unit_at
from pipeline.model import Severity

_SPACE = " \u00a0\u202f\u2009"
_DIGIT = re.compile(r"\d")
_IN_CODE = re.compile(r"[^\W\d_]\d+[^\W\d_]")  # E2EE, G7s: digits inside a word
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
# The patterns that find numbers start with a digit and look behind it from there: a
# pattern that starts with a digit is tried only where one stands (one that starts with a
# look-behind is tried at every character).
_DATE = re.compile(r"(\d(?<![\d.,/]\d)\d?)([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")
_TIME = re.compile(
    r"(\d(?<![\d.,:]\d)\d?)(?::(\d{2})(?![\d:])|\.(\d{2})(?=\s?(?:[ap]\.?m\b|год)))",
    re.IGNORECASE,
)
_HHMM = re.compile(r"([01]?\d|2[0-3])([0-5]\d)")  # 0500, 1730, 603: a clock time as digits
_PHONE = re.compile(r"(?<![\w,])(?<!\d\.)\+?\(?\d[\d()\u00a0 .-]{5,}\d(?![\w])")  # 044 123 45 67
_LIST_MARK = re.compile(r"^\W*?(\d{1,2})[.)]\s")  # "1. Open the box", "2) Close it"
_ONE_OCLOCK = re.compile(r"\b(?:час|часу|часа)\s(?:ночі|ночи|дня|пополудні)\b", re.IGNORECASE)
_DECADES = re.compile(r"\s(?:decades|десятиліт\w*|десятилет\w*)\b", re.IGNORECASE)
_IDIOM = re.compile(r"24/7(?<![\d/]24/7)(?![\d/])")  # "round the clock", rarely kept as digits
_RANGE_START = re.compile(r"(1\d|20)\d\d\s?[-–—/]\s?$")
_RANGE_REACH = 8  # the longest _RANGE_START match: 7 characters, and a final line break
_ROMAN = re.compile(
    r"\b(?=[MDCLXVI]{2,}\b)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\b"
)
_NUMBER = re.compile(
    rf"\d(?<!\d\d)(?<!\d[.,]\d)(?:\d{{0,2}}(?:(?:,|\.|[{_SPACE}])\d{{3}})+(?:[.,]\d+)?|\d*(?:[.,]\d+)?)(?![\d])"
)
_MAGNITUDE = re.compile(
    r"[ \u00a0\u202f]?(?P<word>thousands?|k|millions?|mln|mn|m|billions?|bn|b|trillions?|tn"
    r"|тис\.?|тисяч\w*|тыс\.?|тысяч\w*|млн\.?|мільйон\w*|миллион\w*|млрд\.?|мільярд\w*"
    r"|миллиард\w*|трлн\.?|трильйон\w*|триллион\w*)(?!\w)",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(  # also the sides of a size: 6 x 6 in
    r"\s?(?:[-–—×]|to|and|or|x|х|до|і|й|та|и|або|или)\s?", re.IGNORECASE
)
_PM = re.compile(r"\s?(?:p\.?\s?m\b\.?|pm\b)", re.IGNORECASE)
_RANGE_PM = re.compile(  # the start of "6-8 p.m."
    r"\s?(?:[-–—]|to)\s?\d{1,2}(?:[:.]\d{2})?\s?(?:p\.?\s?m\b|pm\b)", re.IGNORECASE
)
_DECADE = re.compile(r"(?:'?s\b|-?х\b|-?ті\b|-?е\b)")

_MAGNITUDE_VALUES = (
    ("tri", 1e12), ("трл", 1e12), ("трил", 1e12), ("tn", 1e12),
    ("bil", 1e9), ("bn", 1e9), ("b", 1e9), ("млрд", 1e9), ("мільярд", 1e9), ("миллиард", 1e9),
    ("mil", 1e6), ("mln", 1e6), ("mn", 1e6), ("m", 1e6), ("млн", 1e6), ("мільйон", 1e6),
    ("миллион", 1e6),
    ("th", 1e3), ("k", 1e3), ("тис", 1e3), ("тыс", 1e3),
)  # fmt: skip

_EN_WORDS = {
    **dict.fromkeys(["zero", "nil"], 0), "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12, "once": 1, "twice": 2,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
    "both": 2, "single": 1, "half": 0.5, "double": 2, "a": 1, "an": 1,
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12, "noon": 12, "midnight": 0,
}  # fmt: skip
_UK_WORDS = {
    "нуль": 0, "один": 1, "одна": 1, "одне": 1, "одно": 1, "два": 2, "дві": 2, "три": 3,
    "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "десять": 10,
    "одинадцять": 11, "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14,
    "п'ятнадцять": 15, "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18,
    "дев'ятнадцять": 19, "двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50,
    "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90, "сто": 100,
    "двісті": 200, "триста": 300, "чотириста": 400, "п'ятсот": 500, "тисяча": 1000,
    "мільйон": 1e6, "мільярд": 1e9, "трильйон": 1e12, "півтора": 1.5, "пів": 0.5,
    "половина": 0.5, "перший": 1, "другий": 2, "третій": 3, "четвертий": 4, "п'ятий": 5,
    "шостий": 6, "сьомий": 7, "восьмий": 8, "дев'ятий": 9, "десятий": 10, "двоє": 2,
    "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "обидва": 2, "обидві": 2,
    "дюжина": 12, "десяток": 10, "сотня": 100, "подвійний": 2, "двійка": 2, "трійка": 3,
    "четвірка": 4, "п'ятірка": 5, "шістка": 6, "сімка": 7, "вісімка": 8, "дев'ятка": 9,
    "десятка": 10, "двадцятка": 20, "двічі": 2, "тричі": 3,
    "одинарний": 1, "єдиний": 1, "опівдні": 12, "полудень": 12, "північ": 0,
    "доба": 24, "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6,
    "липень": 7, "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
}  # fmt: skip
_RU_WORDS = {
    "ноль": 0, "нуль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3,
    "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
    "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "тысяча": 1000,
    "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12, "полтора": 1.5, "пол": 0.5,
    "половина": 0.5, "первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4,
    "пятый": 5, "шестой": 6, "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "оба": 2, "обе": 2,
    "дюжина": 12, "десяток": 10, "сотня": 100, "двойной": 2, "двойка": 2, "тройка": 3,
    "четвёрка": 4, "пятёрка": 5, "шестёрка": 6, "семёрка": 7, "восьмёрка": 8, "девятка": 9,
    "десятка": 10, "двадцатка": 20, "дважды": 2, "трижды": 3,
    "единственный": 1, "полдень": 12, "полночь": 0,
    "сутки": 24, "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}  # fmt: skip
# Ordinals beyond ten (the 14th → Четырнадцатый, 20th century → двадцяте століття) and the
# decade of the 2000s (the 00s → нульові).
_EN_WORDS.update({
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "noughties": 0, "twofold": 2, "doubled": 2, "triple": 3, "tripled": 3, "threefold": 3,
    "quadruple": 4, "quadrupled": 4, "fourfold": 4,
})  # fmt: skip
_UK_WORDS.update({
    "одинадцятий": 11, "дванадцятий": 12, "тринадцятий": 13, "чотирнадцятий": 14,
    "п'ятнадцятий": 15, "шістнадцятий": 16, "сімнадцятий": 17, "вісімнадцятий": 18,
    "дев'ятнадцятий": 19, "двадцятий": 20, "тридцятий": 30, "сороковий": 40,
    "п'ятдесятий": 50, "шістдесятий": 60, "сімдесятий": 70, "вісімдесятий": 80,
    "дев'яностий": 90, "сотий": 100, "нульовий": 0,
})  # fmt: skip
_RU_WORDS.update({
    "одиннадцатый": 11, "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14,
    "пятнадцатый": 15, "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18,
    "девятнадцатый": 19, "двадцатый": 20, "тридцатый": 30, "сороковой": 40,
    "пятидесятый": 50, "шестидесятый": 60, "семидесятый": 70, "восьмидесятый": 80,
    "девяностый": 90, "сотый": 100, "нулевой": 0,
})  # fmt: skip
_WORD_VALUES = {"en": _EN_WORDS, "uk": _UK_WORDS, "ru": _RU_WORDS}
# Compounds such as двосторонній, трёхлетний, п'ятиповерховий, one-way.
_PREFIXES = {
    "uk": {"одно": 1, "дво": 2, "три": 3, "чотири": 4, "п'яти": 5, "шести": 6, "семи": 7,
           "восьми": 8, "дев'яти": 9, "десяти": 10, "сто": 100},
    "ru": {"одно": 1, "дву": 2, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4,
           "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "сто": 100},
    "en": {},
}  # fmt: skip
_SCALES = (1e3, 1e6, 1e9, 1e12)


@dataclass(frozen=True)
class Number:
    """A number written in a text: where, as written, and the values it may stand for."""

    span: tuple[int, int]
    text: str
    values: frozenset[float]


def _key(value: float) -> float:
    return round(value, 6)


@lru_cache(maxsize=4096)  # a source's numbers recur in its target
def _readings(token: str) -> frozenset[float]:
    """The values a digit string may mean, under English and under continental conventions."""
    compact = token
    for space in _SPACE:
        compact = compact.replace(space, "")
    readings: set[float] = set()
    for thousands, decimal in ((",", "."), (".", ",")):
        head, _, tail = compact.rpartition(decimal) if decimal in compact else (compact, "", "")
        groups = head.split(thousands)
        if not all(map(str.isdigit, groups)):
            continue
        if len(groups) > 1 and any(len(g) != 3 for g in groups[1:]):
            continue
        if tail and not tail.isdigit():
            continue
        readings.add(float("".join(groups) + ("." + tail if tail else "")))
    if not readings:  # mixed separators neither convention explains, e.g. "1.000.5"
        readings.update(float(part) for part in re.findall(r"\d+", token))
    return frozenset(readings)


def _range_start(text: str, end: int) -> re.Match[str] | None:
    """The ``1986-`` that ``text[:end]`` ends with, if any: the search runs over the last
    characters only (a match is at most :data:`_RANGE_REACH` long), not the whole prefix."""
    return _RANGE_START.search(text, max(0, end - _RANGE_REACH), end)


def _magnitude(word: str) -> float:
    low = word.lower()
    for prefix, value in _MAGNITUDE_VALUES:
        if low.startswith(prefix):
            return value
    raise AssertionError(word)


def extract_numbers(text: str) -> list[Number]:
    """Every number written with digits in ``text`` (URLs and placeholders left out)."""
    digit = _DIGIT.search(text)
    if not digit:
        return []
    masked = mask_verbatim(text)
    first = digit.start()  # every number pattern starts with a digit: none starts before
    found: list[Number] = []
    taken = [False] * len(masked)

    def add(start: int, end: int, values: set[float]) -> None:
        found.append(Number((start, end), text[start:end], frozenset(map(_key, values))))
        taken[start:end] = [True] * (end - start)

    for m in _DATE.finditer(masked, first):
        for group in (1, 3, 4):
            value = float(m.group(group))
            values = {value, 2000 + value} if group == 4 and len(m.group(4)) == 2 else {value}
            add(m.start(group), m.end(group), values)
    for m in _IDIOM.finditer(masked, first):
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in _TIME.finditer(masked, first):
        if any(taken[m.start() : m.end()]):
            continue
        group = 2 if m.group(2) else 3
        hour, minute = int(m.group(1)), int(m.group(group))
        add(m.start(1), m.end(1), {hour, hour + 12, hour - 12})
        if minute:
            add(m.start(group), m.end(group), {minute})
        else:
            for i in range(m.start(group), m.end(group)):
                taken[i] = True
    for m in _NUMBER.finditer(masked, first):
        if any(taken[m.start() : m.end()]) or _IN_CODE.match(masked, m.start() - 1, m.end() + 1):
            continue
        values = set(_readings(m.group()))  # widened below: a copy
        clock = _HHMM.fullmatch(m.group())
        if clock and clock[1].startswith("0") and clock[2] == "00":
            values.add(float(clock[1]))  # 0500 hours: five o'clock
        end = m.end()  # what follows is matched in place: a slice would copy the rest
        mag = _MAGNITUDE.match(masked, end)
        if mag:
            scale = _magnitude(mag.group("word"))
            values |= {v * scale for v in values}
        if _PM.match(masked, end) or _RANGE_PM.match(masked, end):
            values |= {v + 12 for v in values}
        if _DECADES.match(masked, end):  # 6 decades = 60 years
            values |= {v * 10 for v in values}
        if _DECADE.match(masked, end) and all(v >= 1000 for v in values):
            values |= {v % 100 for v in values}
        if len(m.group()) == 2:  # 1986-88
            century = _range_start(masked, m.start())
            if century:
                values |= {float(century.group(1) + m.group())}
        add(m.start(), m.end(), values)
    found.sort(key=lambda n: n.span)
    return found


@cache
def _starts(lang: str) -> frozenset[str]:
    """The first two letters of every form of every number word of ``lang``."""
    found = set()
    for word in _WORD_VALUES[lang]:
        found.add(word[:2])
        if lang in ("uk", "ru"):
            for parse in morph(lang).parse(word):
                found.update(form.word[:2] for form in parse.lexeme)
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def _word_value(word: str, lang: str) -> float | None:
    if lang == "en" and word.lower() == "may" and word[0].islower():
        return None  # the modal verb, not the month
    table = _WORD_VALUES[lang]
    if word[:2].lower().replace("’", "'").replace("ʼ", "'") not in _starts(lang):
        return None  # no form of a number word starts so: spare the dictionary look-up
    for lemma in sorted(lemmas(word, lang)):
        if lemma in table:
            return table[lemma]
    return None


def _compound(run: list[float]) -> set[float]:
    """Numbers a run of number words spells: ``[20, 5]`` → 25, ``[2, 100, 1000]`` → 200000.

    Words that cannot combine (``[1, 12]``: "a dozen") start a new number.
    """
    if not run:
        return set()
    found: set[float] = set()
    total = current = 0.0
    for value in run:
        if value in _SCALES:
            total, current = total + (current or 1) * value, 0.0
        elif value == 100 and 0 < current < 10:
            current *= value
        elif (
            current == 0
            or (current % 10 == 0 and value < 10)
            or (current % 100 == 0 and value < 100)
        ):
            current += value
        else:
            found.add(total + current)
            total, current = 0.0, value
    return found | {total + current}


def word_values(text: str, lang: str) -> set[float]:
    """Values of number words (and month names) in ``text``, compounds included."""
    values: set[float] = set()
    run: list[float] = []
    last_end = 0
    for m in _DECADES.finditer(text):  # six decades = 60 years
        before = text[: m.start()].split()
        value = _word_value(before[-1], lang) if before and before[-1].isalpha() else None
        if value is not None:
            values.add(value * 10)
    for m in letter_words(text):
        value = _word_value(m.group(), lang)
        if value is None and lang == "en" and "-" in m.group():
            parts = [_word_value(p, lang) for p in m.group().split("-")]
            value = max(_compound(parts)) if all(parts) else None  # type: ignore[arg-type]
        if run and (value is None or text[last_end : m.start()].strip(" -")):
            values |= _compound(run)
            run = []
        if value is not None:
            values.add(value)
            run.append(value)
            last_end = m.end()
    values |= _compound(run)
    return {_key(v) for v in values}


@cache
def _prefixes(lang: str) -> dict[str, float]:
    """Stems that start number compounds: двосторонній, восемнадцатилетний, п'ятиповерховий."""
    found = dict(_PREFIXES[lang])
    if lang in ("uk", "ru"):
        for word, value in _WORD_VALUES[lang].items():
            if 5 <= value <= 100 and value == int(value):
                for parse in morph(lang).parse(word)[:1]:
                    genitive = parse.inflect({"gent"})
                    if genitive and "NUMR" in parse.tag:
                        found[genitive.word] = value
    return found


def _roman(numeral: str) -> int:
    digits = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    values = [digits[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _pool(text: str, lang: str, numbers: list[Number]) -> set[float]:
    """Every value ``text`` expresses: numbers, their digit groups, number words, numerals."""
    pool = word_values(text, lang)
    pool.update(float(_roman(m.group())) for m in _ROMAN.finditer(text) if m.group())
    prefixes = _prefixes(lang)
    starts = {prefix[:2] for prefix in prefixes}
    for m in letter_words(text.lower()):
        if m.group()[:2] in starts:
            pool.update(
                float(v)
                for prefix, v in prefixes.items()
                if m.group().startswith(prefix) and len(m.group()) > len(prefix) + 3
            )
    for number in numbers:
        pool |= number.values
        pool.update(_key(float(d)) for d in re.findall(r"\d+", number.text))
        clock = _HHMM.fullmatch(number.text)
        if clock:  # 0430 may be written 04:30 or 4.30
            pool.update({float(clock[1]), float(clock[2])})
    for number in numbers:
        if _DECADES.match(text, number.span[1]):
            pool.update(v * 10 for v in number.values)
    if _IDIOM.search(text):  # 24/7 = 24 часа в сутки, 7 дней в неделю
        pool.update({24.0, 7.0})
    if _ONE_OCLOCK.search(text):  # "до часу ночі", "в час дня": one o'clock
        pool.update({1.0, 13.0})
    for m in _TIME.finditer(mask_verbatim(text)):  # 05:00 or 6:03 may be written 0500 or 603
        hour, minute = int(m.group(1)), int(m.group(2) or m.group(3))
        pool.update({float(hour * 100 + minute), float((hour + 12) * 100 + minute)})
    return pool


def _lazy_pool(
    text: str, lang: str, numbers: list[Number], others: list[Number], converted: set[int]
) -> set[float]:
    """:func:`_pool` of ``text``, or only its numbers' values where those already hold a value
    of each of ``others`` not ``converted`` (the pool is asked about no other number then)."""
    values: set[float] = set().union(*(number.values for number in numbers))
    if all(i in converted or other.values & values for i, other in enumerate(others)):
        return values
    return _pool(text, lang, numbers)


def units(text: str, numbers: list[Number]) -> list[Unit | None]:
    """The unit of each of ``numbers`` of ``text``, if one is written.

    It follows the number, past a magnitude word (``1.5 million acres``), or follows the
    next number of a range (``80-85 mph``, ``12 to 15 inches``).
    """
    masked = mask_verbatim(text)
    found: list[Unit | None] = []
    for number in numbers:
        magnitude = _MAGNITUDE.match(masked, number.span[1])
        unit = unit_at(masked, magnitude.end()) if magnitude else None
        found.append(unit or unit_at(masked, number.span[1]))
    for i in range(len(numbers) - 2, -1, -1):
        gap = masked[numbers[i].span[1] : numbers[i + 1].span[0]]
        if found[i] is None and _RANGE_JOIN.fullmatch(gap):
            found[i] = found[i + 1]
    return found


Measured = list[tuple[Number, Unit | None]]


def _conversions(source: Measured, target: Measured) -> tuple[set[int], set[int]]:
    """Indices of the source and of the target numbers that are one quantity in two units."""
    found: tuple[set[int], set[int]] = (set(), set())
    with_unit = [(j, number, unit) for j, (number, unit) in enumerate(target) if unit]
    last = None
    for i, (number, unit) in enumerate(source):
        # "down to 16mph with an airspeed of 65": a unit stated once holds for what follows.
        unit = last = unit or last
        for j, other, other_unit in with_unit if unit else ():
            if any(converts(v, unit, w, other_unit) for v in number.values for w in other.values):
                found[0].add(i)
                found[1].add(j)
    return found


def _unit_changes(source: Measured, target: Measured) -> Iterator[tuple[Number, Number, str]]:
    """Source and target numbers of one value whose unit changed without a conversion.

    ``90 mph`` → ``90 км/год``: the value is written in another unit of the dimension (not
    one of about the same size: ``tons`` for ``тонн``), and nowhere in the target in the
    source's unit.  Yields both numbers and a description.
    """
    for number, unit in source:
        if unit is None:
            continue
        same = [(other, u) for other, u in target if number.values & other.values]
        if any(u == unit for _, u in same):
            continue
        for other, other_unit in same:
            if (
                other_unit
                and other_unit.dimension == unit.dimension
                and not any(converts(v, unit, v, other_unit) for v in number.values & other.values)
            ):
                yield number, other, f"{unit.name} → {other_unit.name}"
                break


def _each_in_other(source: list[Number], target: list[Number]) -> bool:
    """Whether every number of either side shares a value with a number of the other (the
    other side's pool of values holds its numbers' values, so nothing is missing or added)."""
    source_values = set().union(*(n.values for n in source))
    target_values = set().union(*(n.values for n in target))
    return all(n.values & target_values for n in source) and all(
        n.values & source_values for n in target
    )


def _unmatched(
    numbers: list[Number],
    converted: set[int],
    other_pool: set[float],
    other_digits: list[str],
    phones: dict[tuple[int, int], str],
    other_phones: dict[tuple[int, int], str],
    list_number: tuple[int, int] | None,
) -> list[Number]:
    """The ``numbers`` of one side with no value on the other (``other_pool``): not
    converted, not written apart or inside a phone number there, and not the
    ``list_number`` that numbers a list item ("1." of a list)."""
    return [
        number
        for i, number in enumerate(numbers)
        if i not in converted
        and not number.values & other_pool
        and not _written_apart(number, other_pool, other_digits)
        and not _in_phone(number, phones, other_phones)
        and number.span != list_number
    ]


def _written_apart(number: Number, pool: set[float], other_digits: list[str]) -> bool:
    """Whether the other side holds the number's digits in another grouping.

    ``725 522`` inside the phone number ``729 725 522``, ``16 100`` (two numbers written
    side by side) as ``16`` and ``100``, the date ``25.04`` as ``April 25``, or the time
    ``7.30`` as ``7:30``.
    """
    digits = "".join(re.findall(r"\d", number.text))
    if len(digits) >= 4 and any(digits in other for other in other_digits):
        return True
    pair = re.fullmatch(r"(\d{1,2})[./:](\d{2})", number.text)  # 25.04 or 7.30
    if pair and int(pair[1]) <= 31 and int(pair[2]) <= 59:
        return {float(pair[1]), float(pair[2])} <= pool
    groups = re.split(f"[{_SPACE}]", number.text)
    return len(groups) > 1 and all(_key(float(g)) in pool for g in groups if g.isdigit())


@register(
    "numbers",
    Severity.ERROR,
    "Every number of the source is in the target (locale-aware: 1,000.5 = 1 000,5, "
    "2.5 million = 2,5 млн, 5% = 5 %, 24th = 24-го; converted units: 85 mph = 137 км/год, "
    "within 3% or rounded); numbers the target adds are warned about, a number whose unit "
    "changed without conversion (90 mph → 90 км/год) is an error.",
    ("The fee rose to 1,250.5 hryvnias.", "Збір зріс до 1 520,5 гривні.", "en", "uk"),
)
def numbers(seg: Segment) -> Iterator[Flag]:
    """Flag source numbers missing from the target and target numbers not in the source.

    A number converted into another unit of its dimension (``85 mph`` → ``137 км/год``)
    counts as present on both sides; one that only changed its unit is flagged.
    """
    source_numbers = extract_numbers(seg.source)
    target_numbers = extract_numbers(seg.target)
    if not source_numbers and not target_numbers:
        return
    source = list(zip(source_numbers, units(seg.source, source_numbers), strict=True))
    target = list(zip(target_numbers, units(seg.target, target_numbers), strict=True))
    for number, other, change in _unit_changes(source, target):
        yield Flag(
            f"number {number.text!r} of the source changed its unit without being converted "
            f"({change})",
            number.span,
            other.span,
        )
    if _each_in_other(source_numbers, target_numbers):
        return  # each number has its value on the other side: none missing, none added
    converted_source, converted_target = _conversions(source, target)
    source_phones, target_phones = _phones(seg.source), _phones(seg.target)
    source_list, target_list = _LIST_MARK.match(seg.source), _LIST_MARK.match(seg.target)
    missing = _unmatched(
        source_numbers,
        converted_source,
        _lazy_pool(seg.target, seg.tgt, target_numbers, source_numbers, converted_source),
        _digit_strings(seg.target, target_numbers),
        source_phones,
        target_phones,
        source_list.span(1) if source_list and not target_list else None,
    )
    added = _unmatched(
        target_numbers,
        converted_target,
        _lazy_pool(seg.source, seg.src, source_numbers, target_numbers, converted_target),
        _digit_strings(seg.source, source_numbers),
        target_phones,
        source_phones,
        target_list.span(1) if target_list else None,
    )
    for number in missing:
        # A number written another way (a rounded conversion, a clock time, another
        # convention) leaves a new number in its place; one changed by a digit or dropped
        # is almost surely wrong.
        typo = any(_one_digit_apart(number.text, n.text) for n in added) or any(
            _one_digit_apart(digits, other)
            for (start, end), digits in source_phones.items()
            if start <= number.span[0] < end
            for other in target_phones.values()
        )
        rewritten = added and not typo
        # An ordinal is often a word of rank or order: 1st Lieutenant → старший лейтенант.
        ordinal = _ORDINAL.match(seg.source, number.span[1])
        # Loose renderings are worth a look, not errors: an imperial quantity put in words
        # ("4000 ft" → "на высоте больше километра"), a number dropped from a long passage
        # ("one of the 6 dragons" → "один из древнейших драконов"), a misspelt number word.
        # A number changed by one digit stays an error.
        unit = dict(source).get(number)
        misspelt = _misspelt(number, seg.target, seg.tgt)
        loose = not typo and (
            (unit is not None and unit.name in _LOOSE_UNITS)
            or _FIGURATIVE.match(seg.source, number.span[0])
            or len(seg.source.split()) > MAX_DROPPED_WORDS
            or misspelt
        )
        yield Flag(
            f"number {number.text!r} of the source is not in the target"
            + (f" (written another way? the target has {added[0].text!r})" if rewritten else "")
            + (f" (misspelt as {misspelt!r}?)" if misspelt else ""),
            number.span,
            severity=Severity.INFO if ordinal else Severity.WARNING if rewritten or loose else None,
        )
    for number in added:
        yield Flag(
            f"number {number.text!r} of the target is not in the source",
            target_span=number.span,
            severity=Severity.WARNING,
        )


# Units a translator converts, often loosely or into words: a missing number of one is a warning.
_LOOSE_UNITS = frozenset(
    {"mph", "knot", "nmi", "mile", "ft", "yd", "in", "lb", "oz", "st", "ton", "gal", "pt",
     "acre", "sq mi", "sq ft", "°F"}
)  # fmt: skip
# A number missing from a passage of several sentences (more words than a news sentence has)
# is a warning: a loose rendering more often than an omission.
MAX_DROPPED_WORDS = 40
# Numbers of figures of speech, often put in words: 100% (sure), 24 hours a day, 180 degrees.
_FIGURATIVE = re.compile(
    r"(?<![\d.,])(?:100\s?%|24\s(?:hours?|годин\w*|час\w*)|(?:180|360)(?:\s|-)?(?:degrees?|°"
    r"|градус\w*))",
    re.IGNORECASE,
)


def _misspelt(number: Number, text: str, lang: str) -> str | None:
    """A word of ``text`` one letter away from a form of a number word of ``number``'s value
    (``чятырех`` for ``четырех``), if any."""
    if lang not in ("uk", "ru"):
        return None
    forms = {
        form.word.replace("ё", "е")
        for word, value in _WORD_VALUES[lang].items()
        if value in number.values and len(word) > 2
        for parse in morph(lang).parse(word)[:1]
        for form in parse.lexeme
    }
    for m in letter_words(text.lower().replace("ё", "е")):
        word = m.group()
        if len(word) >= 5 and word not in forms and any(_one_edit_apart(word, f) for f in forms):
            return word
    return None


_JOINED = re.compile(r"\d+(?:[-:./]\d+)+")  # 04-30, 10/2026: numbers written side by side


def _digit_strings(text: str, numbers: list[Number]) -> list[str]:
    """The digits of each number, and of numbers written side by side (``04-30``)."""
    found = ["".join(re.findall(r"\d", n.text)) for n in numbers]
    return found + [re.sub(r"\D", "", m.group()) for m in _JOINED.finditer(text)]


def _phones(text: str) -> dict[tuple[int, int], str]:
    """Runs of 7 or more digits grouped by spaces, dots, hyphens or brackets (phone numbers),
    by span, with their digits."""
    found = {}
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 7:
            found[m.span()] = digits
    return found


def _in_phone(
    number: Number, phones: dict[tuple[int, int], str], others: dict[tuple[int, int], str]
) -> bool:
    """Whether ``number`` is part of a phone number the other side has, grouped otherwise."""
    return any(
        start <= number.span[0] and number.span[1] <= end and digits in others.values()
        for (start, end), digits in phones.items()
    )


def _one_digit_apart(a: str, b: str) -> bool:
    """Whether two numbers differ by one digit changed, added or dropped (``1250`` ~ ``1520``
    and ``125`` ~ ``1250``), or by two digits swapped."""
    return _one_edit_apart(re.sub(r"\D", "", a), re.sub(r"\D", "", b))


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two strings differ by one character changed, added or dropped, or by two
    neighbours swapped."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        )
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )
