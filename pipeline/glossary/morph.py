"""Inflection of glossary forms in uk and ru: paradigms, case guessing and vouching.

Dictionary words are inflected with pymorphy3.  Words it does not know (most
foreign surnames) get a suffix-based declension; a form of such a word is
*vouched* only where that declension and pymorphy3's predictor agree (or the
word does not change), so the enforcer can flag the rest for review instead of
writing a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from pipeline.glossary.translit import similarity

CACHE_WORDS = 1 << 16
"""Entries of a per-word cache.  Bounded, so that a process's memory does not grow with a
batch's vocabulary: about 2.3 KB a Russian word over :func:`parses`, :func:`lemmas`,
:func:`known_parses` and :func:`word_cases` (measured on WMT22's Russian), so ≈ 150 MB at
most, where 200,000 entries each could reach ≈ 460 MB in every worker (a vocabulary that
some 10,000 real stories may have)."""
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
ALL_CASES = frozenset(CASES)
_CASE_ALIASES = {"gen2": "gent", "gen1": "gent", "acc2": "accs", "loc2": "loct", "loc1": "loct"}
APOSTROPHES = "'’ʼ`‘"  # ‘ between letters: a typed apostrophe (прем‘єр)
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})  # pymorphy3: a first name, surname, patronymic
PROPER_TAGS = PERSON_TAGS | {"Geox", "Orgn", "Trad"}  # … a place, an organisation, a brand
_INFLECTING_POS = {"NOUN", "ADJF", "PRTF"}


_COMBINING = re.compile("[\u0300-\u036f]")


def unstressed(word: str) -> str:
    """``word`` without combining marks (a stress mark: Ада́м is Адам); a decomposed й or ё
    is composed first, so it stays."""
    if not _COMBINING.search(word):
        return word
    return _COMBINING.sub("", unicodedata.normalize("NFC", word))


@lru_cache(maxsize=CACHE_WORDS)
def norm_key(word: str) -> str:
    """The comparison key of a token: lower case, one apostrophe, ``ё`` as ``е``, no
    combining marks (the stress of Ада́м)."""
    low = unstressed(word).lower().replace("ё", "е")
    for mark in APOSTROPHES[1:]:
        low = low.replace(mark, "'")
    return low


def is_acronym(word: str) -> bool:
    """An all-caps token of two or more letters (NATO, ЗСУ, США): matched case-sensitively."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def apply_casing(model: str, word: str) -> str:
    """Give ``word`` the capitalization and apostrophe of ``model`` (all caps stays all caps)."""
    if is_acronym(model) or (model.isupper() and len(model) > 1):
        out = word.upper()
    else:
        out = "".join(
            ch.upper() if i < len(model) and model[i].isupper() else ch for i, ch in enumerate(word)
        )
    mark = next((c for c in model if c in APOSTROPHES), None)
    if mark:
        out = "".join(mark if c in APOSTROPHES else c for c in out)
    return out


def common_prefix(words: list[str]) -> str:
    """The longest start all ``words`` share."""
    first, last = min(words), max(words)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short strings."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


@cache
def analyzer(lang: str) -> Any:
    """The cached pymorphy3 analyzer for ``uk`` or ``ru``."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(dictionary_path(lang), lang=lang)


def dictionary_path(lang: str) -> str | None:
    """The folder of pymorphy3's ``lang`` dictionary: ``PYMORPHY2_DICT_PATH`` if set (as
    pymorphy3 reads it), else its package's (``pymorphy3_dicts_uk``); ``None`` without one.
    Asked itself, pymorphy3 finds the package by reading every installed package's entry
    points, a tenth of a one-story run's start."""
    import importlib
    import os

    if "PYMORPHY2_DICT_PATH" in os.environ:
        return os.environ["PYMORPHY2_DICT_PATH"]
    try:
        return str(importlib.import_module(f"pymorphy3_dicts_{lang}").get_path())
    except ImportError:
        return None


@lru_cache(maxsize=CACHE_WORDS)
def parses(lang: str, word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of ``word`` (cached per token); its dictionary spells the
    apostrophe ' only (прем’єр is прем'єр)."""
    word = unstressed(word)
    for mark in APOSTROPHES[1:]:
        word = word.replace(mark, "'")
    return tuple(analyzer(lang).parse(word))


def tag_case(tag: Any) -> str | None:
    """The case of a pymorphy3 tag, variants folded (gen2 → gent, loc2 → loct)."""
    case = tag.case
    return _CASE_ALIASES.get(case, case) if case else None


def _is_dictionary(parse: Any) -> bool:
    """A reading from pymorphy3's dictionary (not guessed from a prefix or suffix)."""
    return bool(parse.is_known)


@lru_cache(maxsize=CACHE_WORDS)
def known_parses(lang: str, word: str) -> tuple[Any, ...]:
    """pymorphy3's dictionary readings of ``word`` (empty when it only guesses)."""
    return tuple(p for p in parses(lang, word) if _is_dictionary(p))


@lru_cache(maxsize=CACHE_WORDS)
def word_cases(lang: str, word: str) -> frozenset[str]:
    """The cases pymorphy3's dictionary allows for ``word`` (empty when unknown)."""
    return frozenset(
        c for p in parses(lang, word) if _is_dictionary(p) and (c := tag_case(p.tag)) is not None
    )


@lru_cache(maxsize=CACHE_WORDS)
def lemma_cases(
    lang: str, word: str, lemma: str, gender: str | None, number: str | None = None
) -> frozenset[str]:
    """Cases of the dictionary parses of ``word`` with ``lemma``, a compatible gender and
    (given ``number``) that number."""
    return frozenset(
        c
        for p in parses(lang, word)
        if _is_dictionary(p)
        and norm_key(p.normal_form) == lemma
        and (gender is None or p.tag.gender in (None, gender))
        and (number is None or p.tag.number in (None, number))
        and (c := tag_case(p.tag)) is not None
    )


@lru_cache(maxsize=20_000)
def lemma_number(lang: str, word: str) -> str:
    """The number of ``word`` as a glossary form: plural when its dictionary reads it only
    as a plural nominative, of itself (Нідерланди) or of a singular (ru Иммунологи, uk
    Штати), or, a word it does not know, its guesser does (ru Хуситы); else singular."""
    nominative = [p for p in parses(lang, word) if tag_case(p.tag) == "nomn"]
    own = [p for p in nominative if _is_dictionary(p)] or nominative
    return "plur" if own and all(p.tag.number == "plur" for p in own) else "sing"


def lemmas(lang: str, word: str) -> frozenset[str]:
    """Dictionary lemmas of ``word`` (normalized keys); unknown words have none.

    A figure (ASCII digits alone: pymorphy3's uk and ru dictionaries hold none) has none
    and is neither parsed nor cached: a batch's figures (years, sums, story numbers) are
    mostly new, each would be a new entry in the per-word caches of every worker."""
    if word.isascii() and word.isdigit():
        return frozenset()
    return _dictionary_lemmas(lang, word)


@lru_cache(maxsize=CACHE_WORDS)
def _dictionary_lemmas(lang: str, word: str) -> frozenset[str]:
    return frozenset(norm_key(p.normal_form) for p in parses(lang, word) if _is_dictionary(p))


# Suffix declension of singular names pymorphy3 does not know: ending → case → ending.
_RULES: dict[str, list[tuple[str, dict[str, str]]]] = {
    "uk": [
        # a woman's surname in -ська, -цька declines as the adjective it is (Зеленської,
        # Зеленській), not as a noun in -а (Зеленськи)
        *(
            (end, {"gent": end[:-1] + "ої", "datv": end[:-1] + "ій", "accs": end[:-1] + "у",
                   "ablt": end[:-1] + "ою", "loct": end[:-1] + "ій", "voct": end})
            for end in ("ська", "цька")
        ),
        (
            "ський",
            {
                "gent": "ського",
                "datv": "ському",
                "accs": "ського",
                "ablt": "ським",
                "loct": "ському",
                "voct": "ський",
            },
        ),
        (
            "цький",
            {
                "gent": "цького",
                "datv": "цькому",
                "accs": "цького",
                "ablt": "цьким",
                "loct": "цькому",
                "voct": "цький",
            },
        ),
        # ... and one in -ий (Залужного), the ending of no noun's nominative.
        ("ий", {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им", "loct": "ому",
                "voct": "ий"}),
        (
            "ко",
            {
                "gent": "ка",
                "datv": "кові",
                "accs": "ка",
                "ablt": "ком",
                "loct": "кові",
                "voct": "ку",
            },
        ),
        ("ь", {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "і", "voct": "ю"}),
        (
            "ія",
            {"gent": "ії", "datv": "ії", "accs": "ію", "ablt": "ією", "loct": "ії", "voct": "іє"},
        ),
        ("я", {"gent": "і", "datv": "і", "accs": "ю", "ablt": "ею", "loct": "і", "voct": "ю"}),
        ("а", {"gent": "и", "datv": "і", "accs": "у", "ablt": "ою", "loct": "і", "voct": "о"}),
        # A name in a vowel and -й (Мілей, Ґрей, Хуссай): the soft declension, -я, -єм
        # (Мілея, Мілеєм; Правопис § 106).  Not -ий, -ій, -ой, -ый, an adjective's ends.
        *(
            (
                vowel + "й",
                {
                    "gent": vowel + "я",
                    "datv": vowel + "ю",
                    "accs": vowel + "я",
                    "ablt": vowel + "єм",
                    "loct": vowel + "ї",
                    "voct": vowel + "ю",
                },
            )
            for vowel in "аеєуяю"
        ),
        # A place in -ськ, -цьк the dictionary lacks (Приморсько-Ахтарськ): its locative
        # in -у, as every such place the dictionary knows (у Краматорську, в Єйську), not
        # the consonant's -і, which a velar stem cannot take unchanged (Ахтарські).
        *(
            (end, {"gent": end + "а", "datv": end + "у", "accs": end + "а", "ablt": end + "ом",
                   "loct": end + "у", "voct": end + "у"})
            for end in ("ськ", "цьк")
        ),
        ("CONS", {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "і", "voct": "е"}),
    ],
    "ru": [
        # ... and in Russian -ская, -цкая (Зеленской, Зеленскую; not Зеленскае, Зеленскаю)
        *(
            (end, {"gent": end[:-2] + "ой", "datv": end[:-2] + "ой", "accs": end[:-2] + "ую",
                   "ablt": end[:-2] + "ой", "loct": end[:-2] + "ой", "voct": end})
            for end in ("ская", "цкая")
        ),
        (
            "ский",
            {
                "gent": "ского",
                "datv": "скому",
                "accs": "ского",
                "ablt": "ским",
                "loct": "ском",
                "voct": "ский",
            },
        ),
        (
            "цкий",
            {
                "gent": "цкого",
                "datv": "цкому",
                "accs": "цкого",
                "ablt": "цким",
                "loct": "цком",
                "voct": "цкий",
            },
        ),
        (
            "ова",
            {
                "gent": "овой",
                "datv": "овой",
                "accs": "ову",
                "ablt": "овой",
                "loct": "овой",
                "voct": "ова",
            },
        ),
        (
            "ева",
            {
                "gent": "евой",
                "datv": "евой",
                "accs": "еву",
                "ablt": "евой",
                "loct": "евой",
                "voct": "ева",
            },
        ),
        (
            "ина",
            {
                "gent": "иной",
                "datv": "иной",
                "accs": "ину",
                "ablt": "иной",
                "loct": "иной",
                "voct": "ина",
            },
        ),
        (
            "ов",
            {
                "gent": "ова",
                "datv": "ову",
                "accs": "ова",
                "ablt": "овым",
                "loct": "ове",
                "voct": "ов",
            },
        ),
        (
            "ев",
            {
                "gent": "ева",
                "datv": "еву",
                "accs": "ева",
                "ablt": "евым",
                "loct": "еве",
                "voct": "ев",
            },
        ),
        (
            "ин",
            {
                "gent": "ина",
                "datv": "ину",
                "accs": "ина",
                "ablt": "иным",
                "loct": "ине",
                "voct": "ин",
            },
        ),
        # A surname in -ый declines as the adjective it is (Залужного), not as a noun in -й.
        ("ый", {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "ым", "loct": "ом",
                "voct": "ый"}),
        ("ь", {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е", "voct": "ь"}),
        ("й", {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е", "voct": "й"}),
        (
            "ия",
            {"gent": "ии", "datv": "ии", "accs": "ию", "ablt": "ией", "loct": "ии", "voct": "ия"},
        ),
        ("я", {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е", "voct": "я"}),
        ("а", {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е", "voct": "а"}),
        ("CONS", {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е", "voct": ""}),
    ],
}
# A Ukrainian man's name in a consonant and -ій the dictionary lacks (Абій), as Андрій.
_UK_MANS_IJ = ("ій", {"gent": "ія", "datv": "ію", "accs": "ія", "ablt": "ієм", "loct": "ієві",
                      "voct": "ію"})  # fmt: skip
# A Ukrainian man's name in a consonant and -ой the dictionary lacks (Аксой), as Мілей.
_UK_MANS_OJ = ("ой", {"gent": "оя", "datv": "ою", "accs": "оя", "ablt": "оєм", "loct": "оєві",
                      "voct": "ою"})  # fmt: skip
# A surname in -ой declined as the Russian adjective it may be (Толстой, Крутой).
_UK_OJ_ADJECTIVE = {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "им", "loct": "ому"}


def _oj_surname_surfaces(lang: str, word: str, sex: str | None) -> dict[str, set[str]]:
    """The forms of a Ukrainian person's name in a consonant and -ой that no dictionary
    knows, valid where a translator wrote them: a foreign one declines as a noun (Аксой:
    Аксоя, Аксою, Аксоєм, Аксоєві), a Russian adjective's as that adjective (Крутой:
    Крутого, Крутому, Крутим), and nothing but the translator tells which.  None for a
    woman (her name stays whole)."""
    low = word.lower()
    if lang != "uk" or sex == "femn" or len(low) < 4 or not low.endswith("ой"):
        return {}
    if low[-3] not in CONSONANTS:
        return {}
    stem, found = low[:-2], {}
    for case, ending in (*_UK_MANS_OJ[1].items(), ("datv", "оєві"), ("loct", "ої"),
                         ("loct", "ою"), *_UK_OJ_ADJECTIVE.items(), ("loct", "ім")):  # fmt: skip
        found.setdefault(norm_key(stem + ending), set()).add(case)
    return found


# Ukrainian possessive surnames (Правопис § 105): a man's (-ов, -ев, -єв, -ин, -ін, -їн) takes
# -им in the instrumental (Пєсковим, Путіним), a woman's (-ова, -іна …) declines as an
# adjective (Пєскової, Пєсковій).  Only for a person's Slavic name the dictionary lacks.
_UK_POSSESSIVE_ENDS = ("ов", "ев", "єв", "ин", "ін", "їн")
_UK_MANS_POSSESSIVE = tuple(
    (end, {"gent": end + "а", "datv": end + "у", "accs": end + "а", "ablt": end + "им",
           "loct": end + "і", "voct": end + "е"})
    for end in _UK_POSSESSIVE_ENDS
)  # fmt: skip
_UK_WOMANS_POSSESSIVE = tuple(
    (end + "а", {"gent": end + "ої", "datv": end + "ій", "accs": end + "у", "ablt": end + "ою",
                 "loct": end + "ій", "voct": end + "а"})
    for end in _UK_POSSESSIVE_ENDS
)  # fmt: skip
# The rule endings of surnames that decline as adjectives.
# A noun's hushing consonant or ц before -а, whose instrumental the stress or the language
# decides (uk мережею; ru межой, кожей).
_HUSHED_A = tuple(c + "а" for c in "жчшщц")
_ADJECTIVAL_ENDINGS = frozenset(
    {"ська", "цька", "ський", "цький", "ий", "ская", "цкая", "ский", "цкий", "ый"}
)
_SIBILANT_VELAR = "гкхжчшщ"
_UK_SOFT_ABLT = "жчшщц"
_UK_VELAR_SHIFT = {"г": "з", "ґ": "дз", "к": "ц", "х": "с"}
CONSONANTS = frozenset("бвгґджзйклмнпрстфхцчшщ")
VOWELS = frozenset("аеєиіїоуюяыэё")
_SLAVIC_SURNAME_ENDINGS = frozenset(
    {"ський", "цький", "ська", "цька", "ко", "ский", "цкий", "ская", "цкая", "ова", "ева", "ина",
     "ов", "ев", "ин"}
)
# The Russian endings of possessive surnames, whose declension (Путиным, Путиной) is a
# person's: a place or a body in them declines as a noun (Буковиной only in the
# instrumental; Львовом).
_POSSESSIVE_SURNAME_ENDINGS = frozenset({"ова", "ева", "ина", "ов", "ев", "ин"})
_PREDICTOR_MIN_LENGTH = 4  # pymorphy3's KnownSuffixAnalyzer skips shorter words


def rule_forms(
    lang: str, word: str, slavic: bool = True, person: str | None = None, thing: bool = False
) -> dict[str, str] | None:
    """Suffix-based declension of an unknown singular name (lower case); None = indeclinable.

    Two-letter words decline only when they end in a consonant (Ын → Ына; not Ли, Си).
    Without ``slavic`` the endings of Slavic surnames (-ський, -ко, -ов, -ин …) are plain
    endings (Цзиньпин → Цзиньпином, not Цзиньпиным like Путиным).  ``person`` ("masc" or
    "femn", the person's sex) gives a Ukrainian possessive surname its own declension
    (Конашенковим; Конашенкової).  ``thing`` (no person's name: a place, a body) declines
    a Russian -ов, -ин, -ова, -ина as the noun it is, not as a possessive surname
    (Буковина: Буковины, Буковине, not Буковиной; Львовом, not Львовым).
    """
    found = _rule_of(lang, word, slavic, person, thing)
    return found[1] if found is not None else None


def _rule_of(
    lang: str, word: str, slavic: bool = True, person: str | None = None, thing: bool = False
) -> tuple[str, dict[str, str]] | None:
    """The ending whose declension :func:`rule_forms` gives ``word`` (CONS: the consonant
    declension), with the forms; None = indeclinable."""
    low = word.lower()
    if len(low) < 2 or not _CYRILLIC.search(low):
        return None
    if len(low) == 2 and low[-1] not in CONSONANTS:
        return None
    if low[-1] == "а" and low[-2] in VOWELS:
        # A name in a vowel and -а stays whole (Нобоа, Гамсахурдиа, аш-Шараа: с Нобоа), in
        # Russian (Розенталь) and Ukrainian alike.
        return None
    rules = _RULES[lang]
    if lang == "uk" and slavic and person is not None and len(low) > 4:
        rules = [*(_UK_MANS_POSSESSIVE if person == "masc" else _UK_WOMANS_POSSESSIVE), *rules]
    if lang == "uk" and person == "masc" and len(low) > 3 and low[-3] in CONSONANTS:
        # A man's name in a consonant and -ій declines as Андрій, Гордій do (Абій: Абія,
        # Абієм), not as the soft adjective the ending is otherwise (синій); one in -ой,
        # which no Ukrainian adjective ends in, as a noun in a vowel and -й (a Turkish
        # Аксой: Аксоя, Аксоєм; Правопис § 106), the Russian adjective's forms (Толстой:
        # Толстого) valid too (:func:`_oj_surname_surfaces`).
        rules = [_UK_MANS_IJ, _UK_MANS_OJ, *rules]
    for ending, table in rules:
        if not slavic and ending in _SLAVIC_SURNAME_ENDINGS:
            continue
        if thing and ending in _POSSESSIVE_SURNAME_ENDINGS:
            continue
        if ending == "CONS":
            if low[-1] not in CONSONANTS or low[-1] == "й":
                continue
            stem, forms = low, dict(table)
            if lang == "uk" and low[-1] in _UK_SOFT_ABLT:
                forms["ablt"] = "ем"
            if lang == "uk" and low[-1] in "кгх":
                # у Приморсько-Ахтарську, у Бердянську: a stem in к, г, х takes -у where -і
                # would want the consonant changed (Ахтарські is no form).
                forms["loct"] = "у"
            if lang == "ru" and low[-1] in "жшчщц":
                forms["ablt"] = "ем"
            result = {c: stem + e for c, e in forms.items()}
        elif low.endswith(ending):
            stem = low[: len(low) - len(ending)]
            result = {c: stem + e for c, e in table.items()}
            if lang == "uk" and ending == "я" and stem and stem[-1] in VOWELS | {"й", "'"}:
                # After a vowel or й the Ukrainian -і is -ї and -ею is -єю (Зброя: Зброї,
                # Зброєю; Гойя: Гойї), not Зброі, Зброею.
                result = {c: stem + e.replace("ею", "єю").replace("і", "ї")
                          for c, e in table.items()}  # fmt: skip
            if ending == "а" and stem and stem[-1] in _SIBILANT_VELAR:
                result["gent"] = stem + ("і" if lang == "uk" else "и")
            if lang == "uk" and ending == "а" and stem and stem[-1] in _UK_VELAR_SHIFT:
                # A uk stem in г, к, х keeps -и in the genitive and shifts to з, ц, с
                # before the dative's and locative's -і (Коста-Рика: Рики, у Риці; Прага:
                # Праги, Празі).
                result["gent"] = stem + "и"
                shifted = stem[:-1] + _UK_VELAR_SHIFT[stem[-1]] + "і"
                result["datv"] = result["loct"] = shifted
        else:
            continue
        result["nomn"] = low
        return ending, result
    return None


# The suffixes a Russian adjective's stem ends in (Двуречная, Кременная, Каменская,
# Садовая, Каменистая), which no foreign noun in -ая needs.
_ADJECTIVE_SUFFIXES = ("н", "ск", "цк", "ов", "ев", "ин", "ист", "ущ", "ющ", "ащ", "ящ")


def _feminine_adjective(lang: str, word: str) -> Any | None:
    """The guesser's feminine adjective reading of a Russian word in a consonant and -ая,
    -яя that no dictionary knows (Двуречная), None where it has none."""
    low = word.lower()
    if lang != "ru" or len(low) < 5 or not low.endswith(("ая", "яя")) or low[-3] not in CONSONANTS:
        return None
    if not low[:-2].endswith(_ADJECTIVE_SUFFIXES):
        return None  # Мегхалая, Аюттхая: a foreign noun, no suffix of an adjective
    if any(_is_dictionary(p) for p in parses(lang, word)):
        return None
    return next(
        (p for p in _nominative_parses(lang, word)
         if p.tag.POS == "ADJF" and p.tag.gender == "femn" and p.tag.number == "sing"),
        None,
    )  # fmt: skip


def _too_short_to_predict(word: str) -> bool:
    """A consonant-final name too short for pymorphy3's suffix predictor (under 4 letters:
    Ын, Ин), not an abbreviation (АдН, ПиС)."""
    return (
        len(word) < _PREDICTOR_MIN_LENGTH
        and word[-1].lower() in CONSONANTS
        and word[1:] == word[1:].lower()
    )


@dataclass(frozen=True)
class Paradigm:
    """How one glossary token inflects: a preferred form per case and every accepted surface.

    ``surfaces`` maps normalized keys to the cases they express; ``vouched`` holds the
    cases whose preferred form pymorphy3 (or an agreeing rule) stands behind;
    ``dictionary`` says every surface comes from pymorphy3's dictionary; ``extra`` lists
    (case, form) variants a rule allows besides the preferred form; ``regular`` holds the
    cases whose rule form stands with no dictionary behind it, the word's ending class
    declining one way only (:func:`_regular_declension`): enough to repair a misspelt or
    foreign rendering, not to change the case of a form the translator wrote validly.
    """

    word: str
    forms: dict[str, str]
    surfaces: dict[str, frozenset[str]]
    vouched: frozenset[str]
    inflects: bool
    gender: str | None = None
    dictionary: bool = False
    extra: tuple[tuple[str, str], ...] = ()
    regular: frozenset[str] = frozenset()

    def form(self, case: str, like: str | None = None) -> str:
        """The token in ``case``, with the glossary form's capitalization; of several forms
        of the case, the one closest to ``like`` (the word the text has)."""
        variants = self.variants(case)
        if like is not None and len(variants) > 1:
            key = norm_key(like)
            variants = [min(variants, key=lambda v: edit_distance(key, norm_key(v)))]
        return apply_casing(self.word, variants[0])

    def variants(self, case: str) -> list[str]:
        """Forms of ``case`` in lower case, the preferred one first, then (dictionary words
        only) the other surfaces in that case (Бристолі, Бристолеві)."""
        preferred = self.forms.get(case, self.word.lower())
        others = [form for c, form in self.extra if c == case]
        if not self.dictionary:
            return [preferred, *others]
        key = norm_key(preferred)
        return [preferred, *(s for s, c in self.surfaces.items() if case in c and s != key)]


def fixed_paradigm(word: str) -> Paradigm:
    """A token that never changes (English, acronyms, genitive modifiers, Latin brand names)."""
    return Paradigm(word, {}, {norm_key(word): ALL_CASES}, ALL_CASES, False)


def _nominative_parses(lang: str, word: str) -> list[Any]:
    cands = [p for p in parses(lang, word) if tag_case(p.tag) == "nomn"]
    return [p for p in cands if p.tag.POS in _INFLECTING_POS]


def _comparative_adjective(parse: Any) -> bool:
    """Whether an adjective reading's lexeme is a comparative's (ru больший, "greater", with
    its superlative наибольший and no short form nor comparative of its own)."""
    if parse.tag.POS != "ADJF":
        return False
    grammemes = [f.tag.grammemes for f in parse.lexeme]
    return any("Supr" in g for g in grammemes) and not any(
        g & {"ADJS", "COMP"} for g in grammemes
    )


def _parse_rank(
    p: Any, word: str, gender: str | None, place: bool = False
) -> tuple[int, int, int, int, int, int, int]:
    return (
        0 if norm_key(p.normal_form) == norm_key(word) else 1,
        0 if gender is None or p.tag.gender in (None, gender) else 1,
        # Without a first name to tell the gender, prefer the declinable reading.
        1 if gender is None and "Fixd" in p.tag.grammemes else 0,
        # A place declines as no person of that name: uk Ізраїль, Лондон have the genitive
        # Ізраїлю and the accusative Лондон, not Ізраїля, Лондона.
        1 if place and p.tag.grammemes & PERSON_TAGS else 0,
        0 if p.tag.grammemes & PROPER_TAGS else 1,
        0 if p.tag.POS == "NOUN" else 1,
        # Большая палата: большой's feminine, not its homograph больший's (Большей палаты): a
        # name's adjective is a positive one, whose lexeme has a short form or a comparative.
        1 if _comparative_adjective(p) else 0,
    )


def _pick_parse(
    lang: str,
    word: str,
    gender: str | None,
    person: bool = False,
    place: bool = False,
    singular: bool = False,
    adjective: bool = False,
    given: bool = False,
    plural: bool = False,
) -> Any | None:
    cands = _nominative_parses(lang, word)
    if plural:
        # A noun after a plural adjective of its name is plural (ru Зелёные Луга: луга of
        # луг, not the town Луга, whose genitive Луги would not agree with Зелёных).
        cands = [p for p in cands if p.tag.POS == "NOUN" and p.tag.number == "plur"] or cands
    if given:
        # A person's first name is no common adjective (uk Санна of Sanna Marin: санний, "of
        # a sledge", would decline Санної, Санній): it declines as a name (Санни, Санні).
        cands = [p for p in cands if p.tag.POS != "ADJF" or p.tag.grammemes & PERSON_TAGS]
        if not any("Name" in p.tag.grammemes for p in cands):
            # Nor, where the dictionary knows it as no first name, a surname or a common
            # noun whose stem alternates (uk Кіт of Keith Kellogg: the surname's and the
            # cat's Кота, Котом): a foreign first name declines by its ending (Кіта, Кітом).
            cands = [p for p in cands if not _alternates(p, word)]
    if adjective:
        # A word agreeing before the name's noun is its adjective (Друга світова війна:
        # другий, not the plural of друг).
        cands = [p for p in cands if p.tag.POS == "ADJF"] or cands
    if person:
        # A person declines as no thing: a name the dictionary reads only as an inanimate
        # common noun (uk Кір: кір, measles, genitive кору) declines by the name rules.
        cands = [p for p in cands if not _a_things_reading(p)]
    if person and gender == "masc":
        # A man's name the dictionary knows only as a woman's indeclinable one (ru
        # Эммануэль, read as Emmanuelle): it declines by the name rules (Эммануэля).
        cands = [p for p in cands if not (p.tag.gender == "femn" and "Fixd" in p.tag.grammemes)]
    if singular:
        # A name in -а/-я its English form gives in the singular is no neuter plural of
        # another word: ru Тесла (Tesla) is not тёсла, the plural of тесло, but declines as
        # a name in -а.  A feminine or masculine plural stays (Ведомости for Vedomosti).
        cands = [p for p in cands if not _neuter_plural_of_another(p, word)]
    return min(cands, key=lambda p: _parse_rank(p, word, gender, place)) if cands else None


def _alternates(parse: Any, word: str) -> bool:
    """Whether the dictionary's genitive of nominative ``word`` (read as ``parse``) changes
    its stem's last vowel or drops it (кіт: кота; лев: льва), rather than adding an ending
    to the whole word."""
    gent = parse.inflect({"gent"})
    low = word.lower()
    return gent is not None and parse.tag.POS == "NOUN" and not gent.word.startswith(
        low[:-1] if low[-1:] in VOWELS | {"ь", "й"} else low
    )


# A uk place's plural in -ці after a consonant or a soft sign (Липці, Бєльці): its endings.
_UK_PLURAL_CI = {"gent": "ців", "datv": "цям", "ablt": "цями", "loct": "цях"}


def _plural_place_surfaces(lang: str, word: str) -> dict[str, set[str]]:
    """The plural forms of a place no dictionary knows and no singular rule declines, where
    it reads as a plural: the guesser's plural nominative readings (Сувалки: Сувалок,
    Сувалках) or a uk plural in -ці (Бєльці: Бєльцях).  Valid where a translator wrote
    them, never written: the name stays whole in a rewrite."""
    low = word.lower()
    found: dict[str, set[str]] = {}
    for p in _nominative_parses(lang, word):
        if p.tag.POS != "NOUN" or p.tag.number != "plur" or "Fixd" in p.tag.grammemes:
            continue
        for form in p.lexeme:
            case = tag_case(form.tag)
            if form.tag.number == "plur" and case not in (None, "nomn", "accs", "voct"):
                found.setdefault(norm_key(form.word), set()).add(case)
    before = low[-3:-2]
    if lang == "uk" and low.endswith("ці") and len(low) > 3 and before in CONSONANTS | {"ь"}:
        for case, ending in _UK_PLURAL_CI.items():
            found.setdefault(norm_key(low[:-2] + ending), set()).add(case)
    return found


def _neuter_plural_of_another(parse: Any, word: str) -> bool:
    return (
        parse.tag.number == "plur"
        and parse.tag.gender == "neut"
        and norm_key(parse.normal_form) != norm_key(word)
    )


def _a_things_reading(parse: Any) -> bool:
    """Whether a dictionary reading is an inanimate common noun (кір; not Лев, Сокіл, a
    place, nor pymorphy3's guess for a word it does not know)."""
    return (
        _is_dictionary(parse)
        and parse.tag.animacy == "inan"
        and not parse.tag.grammemes & PROPER_TAGS
    )


def _homograph_lexemes(
    lang: str, word: str, parse: Any, gender: str | None, place: bool
) -> list[Any]:
    """Dictionary lexemes of another lemma whose nominative ``word`` also is, ranked as
    ``parse`` is, with its part of speech, number and gender: readings nothing tells
    apart (ru Большая: большой, больший), whose forms are the name's too."""
    tag, rank = parse.tag, _parse_rank(parse, word, gender, place)
    return [
        p
        for p in _nominative_parses(lang, word)
        if _is_dictionary(p)
        and p.normal_form != parse.normal_form
        and (p.tag.POS, p.tag.number, p.tag.gender) == (tag.POS, tag.number, tag.gender)
        and _parse_rank(p, word, gender, place) == rank
    ]


_SPELT_SO = 0.9  # how alike an English spelling and a name sound to be that name's
# A man's possessive surname, whose genitive is the woman's nominative (Лавров: Лаврова).
_POSSESSIVE_SURNAMES = (*_UK_POSSESSIVE_ENDS, "ёв")


def man_spelt(lang: str, word: str, english: str) -> str | None:
    """The nominative of the man's name whose genitive (or accusative) a name form ``word``
    is, when the source's spelling ``english`` sounds nearly as that nominative does, more
    than as ``word`` does, and ends in no vowel the form's -а could render (Лавров for
    Лаврова and Lavrov; a woman is Lavrova, Bernadette is Бернадетта): a glossary built
    from text put the man's genitive in the nominative on its feminine reading.  The
    nominative is the dictionary's, or else a possessive surname's (-ов, -ін: pymorphy3's
    guess, or the form less its ending, Конашенков) that declines to ``word``."""
    if (
        lang not in ("uk", "ru")
        or not english[-1:].isalpha()
        or english[-1:].lower() in "aeiouy"
        or not word.lower().endswith(("а", "я"))
    ):
        return None
    known = [p.normal_form for p in known_parses(lang, word) if _a_mans_oblique(p)]
    guessed = [p.normal_form for p in parses(lang, word) if _a_mans_oblique(p)]
    guessed = [n for n in (*guessed, word.lower()[:-1]) if n.endswith(_POSSESSIVE_SURNAMES)]
    spelt = similarity(english, word)
    for nominative in (*known, *guessed):
        if similarity(english, nominative) > max(spelt, _SPELT_SO):
            declined = paradigm(lang, nominative, "masc", True)
            if norm_key(declined.forms.get("gent", "")) == norm_key(word):
                return nominative
    return None


def _a_mans_oblique(parse: Any) -> bool:
    """Whether a reading is a man's name in the genitive or accusative."""
    return (
        parse.tag.gender == "masc"
        and bool(parse.tag.grammemes & PERSON_TAGS)
        and tag_case(parse.tag) in ("gent", "accs")
    )


# The endings of the two languages' rule declensions that decline alike (uk -ська is ru
# -ская, a uk vowel and -й the ru -й); the rest match letter for letter once the uk letters
# are read as ru ones (-ія is -ия, a woman's -іна -ина).
_UK_AS_RU = str.maketrans("іїєґ", "иией")
_SAME_DECLENSION = {"ська": "ская", "цька": "цкая", "ський": "ский", "цький": "цкий", "ий": "ый"}


def _declension_key(lang: str, ending: str) -> str:
    if lang != "uk" or ending == "CONS":
        return ending
    if ending in _SAME_DECLENSION:
        return _SAME_DECLENSION[ending]
    if len(ending) == 2 and ending[1] == "й":
        return "й"
    return ending.translate(_UK_AS_RU)


def vouched_by_other(
    par: Paradigm,
    lang: str,
    other_lang: str,
    other: str,
    gender: str | None = None,
    animate: bool = False,
    slavic: bool = True,
    place: bool = False,
    singular: bool = False,
    person: bool = False,
) -> Paradigm:
    """``par`` (a word pymorphy3 does not know in ``lang``) with the rule forms vouched that
    the other language's dictionary stands behind: ``other``, the entry's same word in
    ``other_lang``, is a name that dictionary knows (ru Кулеба, Шмыгаль, Свитолина are
    guesses to ru pymorphy3, uk Кулеба, Шмигаль, Світоліна surnames in its dictionary),
    its rule declension is the one ``par``'s rule forms take (a noun in -а, in -ь, a
    consonant, a woman's -іна / -ина …), and the dictionary has the rule's form there in
    that case.  Not where the two rules differ (uk Залужний, an adjective, for a ru
    Залужный the noun rules would decline as Залужныя) or the dictionary declines it
    otherwise (uk Шахін: Шахіном, not the possessive -іним)."""
    if par.dictionary or not par.inflects or set(par.forms) <= par.vouched:
        return par
    sex = gender if animate else None
    mine = _rule_of(lang, par.word, slavic, sex)
    theirs = _rule_of(other_lang, other, slavic, sex)
    if mine is None or theirs is None:
        return par
    if _declension_key(lang, mine[0]) != _declension_key(other_lang, theirs[0]):
        return par
    if not any(
        _is_dictionary(p)
        and (
            p.tag.grammemes & PROPER_TAGS
            # a place's or a body's name that is a common noun there (uk Затока, a bay:
            # Затоки, у Затоці; політехніка), whose twin this dictionary reads only as
            # another word's genitive (ru затока of заток, политехника of политехник)
            # (a word: no abbreviation read as one, ПіС)
            or (not (animate or person) and p.tag.POS == "NOUN" and p.tag.number != "plur"
                and len(other) > 3 and other[1:].islower())
        )
        for p in _nominative_parses(other_lang, other)
    ):
        return par
    known = paradigm(other_lang, other, gender, animate, slavic, place, singular, False, person)
    if not known.dictionary:
        return par
    backed = {c for c, f in theirs[1].items() if c in known.surfaces.get(norm_key(f), ())}
    rules = mine[1]
    # (a man's accusative is his genitive: Шмыгаля)
    vouched = par.vouched | {
        c
        for c, f in par.forms.items()
        if c in backed
        and norm_key(f) in {norm_key(rules[c]), norm_key(rules["gent"]) if c == "accs" else ""}
    }
    return par if vouched == par.vouched else replace(par, vouched=frozenset(vouched))


def declined_as_other(par: Paradigm, lang: str, other_lang: str, other: str) -> Paradigm:
    """``par`` (a word the dictionary lacks and no rule declines: ru Закарпатье, Приазовье)
    declined as the guesser's noun reading of it, where the entry's same word in
    ``other_lang`` is a dictionary noun of that gender and number that declines (uk
    Закарпаття: Закарпаття, Закарпаттю): the other dictionary tells a Slavic noun, no
    foreign name that stays whole (Монпелье, uk Монпельє).  Its forms are accepted and
    vouched, as the other dictionary stands behind the declension."""
    if par.inflects or par.dictionary or lang not in ("uk", "ru") or not par.word[:1].isupper():
        return par
    if is_acronym(par.word) or is_acronym(other) or not _CYRILLIC.search(par.word):
        return par  # ХАМАС, ЦЕРН: an acronym stays as written
    known = [p for p in _nominative_parses(other_lang, other)
             if _is_dictionary(p) and p.tag.POS == "NOUN"]  # fmt: skip
    if not known:
        return _declined_as_adjective(par, lang, other_lang, other)
    theirs = known[0]
    declined = {norm_key(f.word) for f in theirs.lexeme if f.tag.number == theirs.tag.number}
    if len(declined) < 2:
        return par
    readings = [
        p for p in _nominative_parses(lang, par.word)
        if p.tag.POS == "NOUN" and p.tag.gender == theirs.tag.gender
        and (p.tag.number or "sing") == (theirs.tag.number or "sing")
        # (a thing declines as no surname of its word: ru Круки, not the surname's
        # animate accusative Круков)
        and not p.tag.grammemes & PERSON_TAGS
    ]  # fmt: skip
    if not readings:
        plural = _plural_as_other(par, lang, theirs)
        if plural is not par:
            return plural
        # ru Степовое by uk Степове, a dictionary noun and adjective: the adjective's declension
        return _declined_as_adjective(par, lang, other_lang, other, noun_too=True)
    # The reading whose lemma is the word itself first (закарпатьё, not закарпатие).
    mine = min(readings, key=lambda p: norm_key(p.normal_form) != norm_key(par.word))
    forms = {"nomn": par.word.lower()}
    for case in CASES[1:]:
        inflected = mine.inflect({case})
        if inflected is not None:
            forms[case] = inflected.word
    if "ё" not in par.word.lower():  # the guesser's закарпатьё: written as the glossary's е
        forms = {c: f.replace("ё", "е") for c, f in forms.items()}
    surfaces = {k: set(v) for k, v in _lexeme_surfaces(mine).items()}
    surfaces.setdefault(norm_key(par.word), set()).add("nomn")
    if len({norm_key(f) for f in forms.values()}) < 2:
        return par
    frozen = {k: frozenset(v) for k, v in surfaces.items()}
    return Paradigm(par.word, forms, frozen, frozenset(forms), True, mine.tag.gender)


def _ruled_paradigm(word: str, forms: dict[str, str], gender: str | None) -> Paradigm:
    """The paradigm of ``word`` whose forms are exactly ``forms`` (a case → form table a rule
    built), each vouched: every form is a surface of its cases and of nothing else."""
    surfaces: dict[str, set[str]] = {}
    for case, form in forms.items():
        surfaces.setdefault(norm_key(form), set()).add(case)
    frozen = {k: frozenset(v) for k, v in surfaces.items()}
    return Paradigm(word, forms, frozen, frozenset(forms), True, gender)


def _plural_as_other(par: Paradigm, lang: str, theirs: Any) -> Paradigm:
    """``par`` (as :func:`declined_as_other` takes it, a word its own guesser reads as no
    noun in the nominative: ru Луги, to the dictionary only the genitive of луга) declined
    as a plural noun with a hard stem, where the entry's word in the other language is a
    dictionary plural noun (uk Луги: Лугів, Лугах): a plural place (Верхние Луги: в
    Верхних Лугах).  The dative, instrumental and locative endings are the plural's one
    set (-ам, -ами, -ах); the genitive mirrors the other's (uk -ів: ru -ов, after ц -ев,
    after ж, ш, ч, щ -ей; none: none; -ей: -ей; ru -ов, -ев: uk -ів)."""
    low = par.word.lower()
    if theirs.tag.number != "plur" or len(low) < 4 or low[-2] not in CONSONANTS - {"й"}:
        return par
    hard = "гкхжшчщ"
    if not (low[-1] == "ы" or (low[-1] == "и" and (lang == "uk" or low[-2] in hard))):
        return par
    gent = next((f.word for f in theirs.lexeme
                 if tag_case(f.tag) == "gent" and f.tag.number == "plur"), None)  # fmt: skip
    their_stem = theirs.word.lower()[:-1]
    if gent is None or not gent.startswith(their_stem[:-1]):
        return par
    stem, tail = low[:-1], gent[len(their_stem) :] if gent.startswith(their_stem) else None
    if tail is None:
        return par
    if tail in ("ів", "ов", "ев", "ёв"):
        if lang == "uk":
            ending = "ів"
        else:
            ending = "ей" if stem[-1] in "жшчщ" else "ев" if stem[-1] == "ц" else "ов"
    elif tail in ("", "ей"):
        ending = tail
    else:
        return par
    forms = {"nomn": low, "gent": stem + ending, "datv": stem + "ам", "accs": low,
             "ablt": stem + "ами", "loct": stem + "ах", "voct": low}  # fmt: skip
    return _ruled_paradigm(par.word, forms, None)


def _declined_as_adjective(
    par: Paradigm, lang: str, other_lang: str, other: str, noun_too: bool = False
) -> Paradigm:
    """``par`` (as :func:`declined_as_other` takes it) declined as the guesser's adjective
    reading of it, where the entry's word in ``other_lang`` is only a dictionary adjective,
    of that gender and number, in the nominative (uk Суспільне, a neuter adjective: ru
    «Суспильное» declines as one, «Суспильному»), and the word ends as such an adjective
    does in its own language.  A name made of an adjective declines as that adjective.
    ``noun_too``: the other word may be a dictionary noun as well (uk Степове), where ``par``
    has no noun reading of its own to decline."""
    known = [p for p in _nominative_parses(other_lang, other) if _is_dictionary(p)]
    if noun_too:
        known = [p for p in known if p.tag.POS != "NOUN"]
    if not known or any(p.tag.POS != "ADJF" for p in known):
        return par
    theirs = known[0]
    readings = [
        p for p in _nominative_parses(lang, par.word)
        if p.tag.POS == "ADJF" and p.tag.gender == theirs.tag.gender
        and (p.tag.number or "sing") == (theirs.tag.number or "sing")
    ]  # fmt: skip
    if not readings or not _ADJECTIVE_END.search(par.word.lower()):
        return par
    forms = _guessed_adjective(readings[0], par.word)
    if len({norm_key(f) for f in forms.values()}) < 2:
        return par
    surfaces: dict[str, set[str]] = {}
    for case, form in forms.items():
        surfaces.setdefault(norm_key(form), set()).add(case)
    if lang == "uk" and forms["loct"].endswith("ім") and forms["datv"].endswith("ому"):
        # у Ясногірському as news writes it, the bookish -ім valid too
        surfaces[norm_key(forms["datv"])].add("loct")
        forms["loct"] = forms["datv"]
    frozen = {k: frozenset(v) for k, v in surfaces.items()}
    return Paradigm(par.word, forms, frozen, frozenset(forms), True, readings[0].tag.gender)


def adjectival_surname(par: Paradigm, lang: str, other: str) -> Paradigm:
    """``par``, a man's Russian surname in -ой no dictionary knows, declined as the adjective
    it is where his Ukrainian surname is one in -ий (Лисовой: Лісовий, Лановой: Лановий):
    Лисового, Лисовому, not the guesser's noun Лисовоя, Лисовою.  A foreign -ой (Аксой:
    uk Аксой) stays a noun."""
    low = par.word.lower()
    if (
        lang != "ru" or par.dictionary or par.gender == "femn" or len(low) < 5
        or not low.endswith("ой") or not other.lower().endswith(("ий", "ій"))
    ):  # fmt: skip
        return par
    stem = low[:-2]
    y = "и" if stem[-1] in "гкхжшщчц" else "ы"
    forms = {
        "nomn": low, "gent": stem + "ого", "datv": stem + "ому", "accs": stem + "ого",
        "ablt": stem + y + "м", "loct": stem + "ом", "voct": low,
    }  # fmt: skip
    return _ruled_paradigm(par.word, forms, "masc")


def masculine_too(par: Paradigm, lang: str, other_lang: str, other: str) -> Paradigm:
    """``par`` (a dictionary noun in -ь read as feminine only: ru Ирпень, Ирпени) declined
    as a masculine noun in -ь (Ирпеня, в Ирпене, Ирпенем), its feminine forms still
    accepted, where the entry's word in ``other_lang``, also in -ь, is one that dictionary
    reads as masculine only (uk Ірпінь, Ірпеня): the dictionaries disagree, a correct form
    of either is kept, and a rewrite takes the other's gender, a place's in both languages
    (not ru Сибирь, feminine, by uk Сибір: no -ь there)."""
    if not par.dictionary or not par.inflects or par.gender != "femn" or lang not in ("uk", "ru"):
        return par
    if not (par.word.lower().endswith("ь") and other.lower().endswith("ь")):
        return par
    theirs = [p for p in _nominative_parses(other_lang, other)
              if _is_dictionary(p) and p.tag.POS == "NOUN"]  # fmt: skip
    if not theirs or any(p.tag.gender != "masc" for p in theirs):
        return par
    rules = rule_forms(lang, par.word)
    if rules is None:
        return par
    rules["accs"] = par.word.lower()  # a thing's accusative, its nominative
    surfaces = {k: set(v) for k, v in par.surfaces.items()}
    for case, form in rules.items():
        surfaces.setdefault(norm_key(form), set()).add(case)
    frozen = {k: frozenset(v) for k, v in surfaces.items()}
    forms = {**par.forms, **{c: f for c, f in rules.items() if c in par.forms}}
    return replace(par, forms=forms, surfaces=frozen, gender="masc")


_RU_FEMININE_SOFT = {"gent": "и", "datv": "и", "accs": "ь", "ablt": "ью", "loct": "и", "voct": "ь"}


def feminine_soft(par: Paradigm, lang: str, other_lang: str, other: str) -> Paradigm:
    """``par`` (a Russian word in -ь no dictionary knows, which the rules decline as a
    masculine noun: Лопаня, Запорожсталя) declined as a feminine noun in -ь (Лопани,
    Запорожстали, Запорожсталью), where the entry's word in ``other_lang``, also in -ь, is
    one the Ukrainian dictionary reads as a feminine noun only (uk Лопань, Запоріжсталь):
    a thing's gender is the same in both languages, and the feminine -ь declines one way."""
    if lang != "ru" or par.dictionary or not par.inflects:
        return par
    low = par.word.lower()
    if len(low) < 4 or not (low.endswith("ь") and other.lower().endswith("ь")):
        return par
    theirs = [p for p in _nominative_parses(other_lang, other)
              if _is_dictionary(p) and p.tag.POS == "NOUN"]  # fmt: skip
    if not theirs or any(p.tag.gender != "femn" or p.tag.number == "plur" for p in theirs):
        return par
    forms = {"nomn": low, **{c: low[:-1] + e for c, e in _RU_FEMININE_SOFT.items()}}
    return _ruled_paradigm(par.word, forms, "femn")


@lru_cache(maxsize=20_000)
def oblique_paradigm(
    lang: str, word: str, nominative: str, animate: bool = True, slavic: bool = True
) -> Paradigm:
    """The paradigm of a man's name whose nominative is ``nominative``, for a glossary form
    ``word`` that is another case of it (:func:`man_spelt`): the name's other cases, its
    nominative kept as the glossary writes it (the glossary's own form is never overruled)."""
    name = paradigm(lang, nominative, "masc", animate, slavic)
    surfaces = dict(name.surfaces)
    surfaces[norm_key(word)] = surfaces.get(norm_key(word), frozenset()) | {"nomn"}
    forms = {**name.forms, "nomn": word.lower()}
    return replace(name, word=word, forms=forms, surfaces=surfaces)


def _lexeme_surfaces(parse: Any) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    number, gender = parse.tag.number, parse.tag.gender
    for form in parse.lexeme:
        tag = form.tag
        if "Dist" in tag.grammemes:
            continue  # a nonstandard form (Київа, Київі) is not the glossary's to accept
        if tag.number and tag.number != (number or "sing"):
            continue
        if gender and tag.gender and tag.gender != gender:
            continue
        case = tag_case(tag)
        if case:
            out.setdefault(norm_key(form.word), set()).add(case)
    return out


def _sibling_lexemes(lang: str, word: str, parse: Any) -> list[Any]:
    """Other dictionary lexemes of ``word`` with the same lemma, part of speech, number and
    gender as ``parse`` (variant declensions of one name)."""
    tag = parse.tag
    return [
        p
        for p in known_parses(lang, word)
        if tag_case(p.tag) == "nomn"
        and p.normal_form == parse.normal_form
        and (p.tag.POS, p.tag.number, p.tag.gender) == (tag.POS, tag.number, tag.gender)
        and len(p.methods_stack[0]) > 2
        and len(parse.methods_stack[0]) > 2
        and p.methods_stack[0][2] != parse.methods_stack[0][2]  # another paradigm id
    ]


def _alternating(lang: str, word: str, parse: Any) -> Any:
    """Of a name's dictionary lexemes of one lemma, the one whose last syllable's і turns
    into о, е or є in the genitive (Поділ → Подолу, not the common noun's поділу): a
    Ukrainian place or person name in -ів, -іл, -ір … alternates (Правопис § 38)."""
    low = word.lower()
    if lang != "uk" or len(low) < 3 or low[-2] != "і" or low[-1] not in CONSONANTS:
        return parse
    for lexeme in (parse, *_sibling_lexemes(lang, word, parse)):
        gent = lexeme.inflect({"gent"})
        if gent is not None and any(
            gent.word.startswith(low[:-2] + vowel + low[-1]) for vowel in "оеє"
        ):
            return lexeme
    return parse


_SURNAME_PLACE_ENDS = ("ов", "ев", "ёв", "єв", "ин", "ын", "ін")


@lru_cache(maxsize=20_000)
def paradigm(
    lang: str,
    word: str,
    gender: str | None = None,
    animate: bool = False,
    slavic: bool = True,
    place: bool = False,
    singular: bool = False,
    adjective: bool = False,
    person: bool = False,
    given: bool = False,
    plural: bool = False,
) -> Paradigm:
    """The paradigm of nominative ``word`` in ``lang``.

    ``gender`` steers ambiguous names; ``animate`` (people) makes the masculine and
    plural accusative equal the genitive (Зеленського, Роджерса); ``slavic=False`` (an
    East Asian name) declines a word pymorphy3 does not know without Slavic surname endings;
    ``place`` (a glossary's LOC) puts a reading as a person's name last (Ізраїль, Лондон);
    ``singular`` (the English form is no plural) drops a neuter plural of another word
    (ru Тесла); ``adjective`` reads the word as an adjective where it may be one;
    ``person`` (a glossary's PER) keeps the dictionary's reading of a name in -ъ;
    ``given`` (a person's first name before the surname) reads no common adjective;
    ``plural`` (a plural adjective of the name stands before it) reads a plural noun.
    """
    if lang not in ("uk", "ru") or is_acronym(word) or not _CYRILLIC.search(word):
        return fixed_paradigm(word)
    if lang == "ru" and not person and len(word) > 3 and word[-1] in "ъЪ" and word[-2].isalpha():
        stem = paradigm(lang, word[:-1], gender, animate, slavic, place, singular, adjective)
        return _hard_sign(stem, word)
    parse = _pick_parse(lang, word, gender, animate, place, singular, adjective, given, plural)
    if parse is not None and _is_dictionary(parse) and word[:1].isupper():
        parse = _alternating(lang, word, parse)
    if (
        gender == "femn"
        and (word[-1].lower() in CONSONANTS or word[-1].lower() in "ьо")
        and (
            parse is None
            or not _is_dictionary(parse)
            or parse.tag.gender != "femn"
            or "Fixd" in parse.tag.grammemes
        )
    ):
        # A woman's consonant-final surname does not decline, nor a foreign first name of
        # hers in -ь that no dictionary declines as a woman's (Мюриэль, as Мишель, Николь;
        # not Любовь, Нинель: Любови) — the guesser's feminine noun in -ь is no dictionary's
        # (Вайдель: not Вайделем) — nor her surname in -о (Черногоренко: за словами
        # Черногоренко, where a man's is Черногоренка).
        return fixed_paradigm(word)
    surfaces: dict[str, set[str]] = {norm_key(word): {"nomn"}}
    forms: dict[str, str] = {"nomn": word.lower()}
    extra: tuple[tuple[str, str], ...] = ()
    regular: frozenset[str] = frozenset()
    if parse is not None and _is_dictionary(parse):
        for key, cases in _lexeme_surfaces(parse).items():
            surfaces.setdefault(key, set()).update(cases)
        # Бристоля as well as Бристолю; Большой as well as Большей
        for other in [*_sibling_lexemes(lang, word, parse),
                      *_homograph_lexemes(lang, word, parse, gender, place)]:  # fmt: skip
            if place and other.tag.grammemes & PERSON_TAGS > parse.tag.grammemes & PERSON_TAGS:
                # A place declines as no person of its name (Васильків: у Василькові, not
                # the surname's Васильківі), as _parse_rank reads it.
                continue
            for key, cases in _lexeme_surfaces(other).items():
                surfaces.setdefault(key, set()).update(cases)
        for case in CASES[1:]:
            inflected = _inflect_like(parse, case, word)
            if inflected is not None:
                forms[case] = inflected.word
        # An adjective agreeing with a thing's noun takes the inanimate accusative, its
        # nominative (про Європейський Союз, в Белый дом; not Європейського Союз), where
        # the lexeme has that form as an accusative of the same gender and number:
        # pymorphy3's inflect gives the animate one first.
        if not animate and parse.tag.POS in ("ADJF", "PRTF") and any(
            form.word == parse.word
            and tag_case(form.tag) == "accs"
            and (form.tag.gender, form.tag.number) == (parse.tag.gender, parse.tag.number)
            for form in parse.lexeme
        ):
            forms["accs"] = parse.word
        loct = forms.get("loct", "")
        if not animate and loct.endswith(("ові", "еві", "єві")) and _personal_ending(loct, forms):
            # A place or a thing: the locative in -і, -ї after a vowel (у Бристолі, у Китаї),
            # not the personal -ові, -єві; a stem in к, г, х without one takes -у (у
            # Нью-Йорку, в Іраку, у Цюриху).
            plain = next((k for k, c in surfaces.items() if "loct" in c and k.endswith(("і", "ї"))
                          and not k.endswith(("ові", "еві", "єві"))), None)  # fmt: skip
            stem = loct[:-3]
            velar = next((k for k, c in surfaces.items() if "loct" in c and k == stem + "у"
                          and stem[-1:] in ("к", "г", "х")), None)  # fmt: skip
            forms["loct"] = plain or velar or loct
        if lang == "uk":
            forms["datv"] = _news_dative(forms.get("datv", ""), surfaces)
            forms["loct"] = _news_adjective_locative(forms.get("loct", ""), surfaces)
        if lang == "uk" and not (animate or place or person) and word[:1].isupper():
            extra = _body_genitive_in_a(parse, forms, surfaces)
        if lang == "uk" and not (animate or place or person) and word[:1].islower():
            # (a common noun inside the name; a name of its own, «Ювентус», keeps the
            # dictionary's -а alone: a club's genitive)
            _body_genitive_in_u(parse, forms, surfaces)
        common = not parse.tag.grammemes & PERSON_TAGS
        if not animate and common and parse.tag.animacy == "anim" and parse.tag.gender == "masc":
            # A club or body named by a common word for a person (Шахтёр, Шахтар): a thing,
            # whose accusative is its nominative (играл за «Шахтёр»), not the person's
            # genitive.  Not a person's own name typed otherwise (Мартін Німеллер).
            forms["accs"] = word.lower()
            surfaces[norm_key(word)].add("accs")
        elif (
            place and not animate and parse.tag.animacy == "anim"
            and (parse.tag.gender == "masc" or parse.tag.number == "plur")
        ):  # fmt: skip
            # A place the dictionary knows only as a person (ru Алешки: the plural of
            # Алёшка, a man's name) is a thing: its accusative is its nominative (вошли в
            # Алешки), not the person's genitive (Алешек).
            forms["accs"] = word.lower()
            surfaces[norm_key(word)].add("accs")
        ablt = forms.get("ablt", "")
        if (
            place and not animate and "Surn" in parse.tag.grammemes
            and word.lower().endswith(_SURNAME_PLACE_ENDS) and ablt.endswith(("ым", "им"))
        ):  # fmt: skip
            # A place the dictionary knows only as a surname (ru Дубров, Пушкин) is a noun:
            # под Дубровом, not the surname's Дубровым (still valid)
            forms["ablt"] = ablt[:-2] + "ом"
            surfaces.setdefault(norm_key(forms["ablt"]), set()).add("ablt")
        if _standard_undeclined(lang, word, parse, animate or person):
            # uk Торонто, Євро: the dictionary's declined reading is its colloquial "alt"
            # variant (у Торонті), the standard one stays whole; a rewrite writes that
            # (у Торонто, до Євро-2028), and the alt forms stay valid where written.
            forms = {c: word.lower() for c in CASES}
            surfaces[norm_key(word)] = set(CASES)
        vouched = frozenset(forms)
    else:
        nobody = lang == "ru" and not (animate or person)  # a place's or a body's name
        rules = rule_forms(lang, word, slavic, _sex(parse, gender) if animate else None, nobody)
        predicted = _lexeme_surfaces(parse) if parse is not None else {}
        # поблизу Сагайн, у Нуук: the guesser's only reading a woman's name that stays whole
        # says nothing of the place, which declines as the rules do (as a Russian one's).
        sexless = place and not animate and parse is not None and _womans_whole(parse, word)
        if sexless:
            predicted = {}
        # A person's name the dictionary knows only as a thing: the forms the thing shares
        # with the name rules are vouched for, not accepted as the name's (кору of Кір).
        thing = _pick_parse(lang, word, gender) if animate and parse is None else None
        agreeing = _lexeme_surfaces(thing) if thing is not None else predicted
        rule = _rule_of(lang, word, slavic, _sex(parse, gender) if animate else None, nobody)
        reading = _feminine_adjective(lang, word)
        if reading is not None:
            # A Russian name in a consonant and -ая, -яя that the guesser reads as the
            # adjective it is (Двуречная: Двуречной, Двуречную), not a noun in -я
            # (Двуречнаи); it declines one way only.
            parse, rules, rule, adjective = reading, None, None, True
            predicted = _lexeme_surfaces(reading)
        if rule is not None and rule[0] in _ADJECTIVAL_ENDINGS:
            # A surname that declines as an adjective (uk Сирський, a guess of a name Кий
            # to the predictor): its adjective reading, where the predictor has one,
            # vouches for the rule's adjective forms (Сирського).
            agreeing = dict(agreeing)
            for reading in _nominative_parses(lang, word):
                if reading.tag.POS == "ADJF":
                    for key, cases in _lexeme_surfaces(reading).items():
                        agreeing[key] = agreeing.get(key, frozenset()) | frozenset(cases)
        if rules is None and adjective and parse is not None and parse.tag.POS == "ADJF":
            # An adjective agreeing with the name's noun that the dictionary lacks, in an
            # ending no rule has (ru Каховское of Каховское водохранилище): the guesser's
            # adjective declines regularly (Каховского водохранилища), not as a word that
            # stays whole.
            forms = _guessed_adjective(parse, word)
            for key, cases in predicted.items():
                surfaces.setdefault(key, set()).update(cases)
            vouched = frozenset(forms)
        elif rules is None:
            forms = {c: word.lower() for c in CASES}
            vouched = ALL_CASES
            if place:
                for key, cases in _plural_place_surfaces(lang, word).items():
                    surfaces.setdefault(key, set()).update(cases)
        else:
            forms = rules
            if not animate and rules["accs"] == rules["gent"]:
                forms["accs"] = rules["nomn"]  # a masculine thing: accusative = nominative
                surfaces[norm_key(word)].add("accs")
                if lang == "uk" and rules["gent"].endswith("а"):
                    # A Ukrainian thing's genitive may also end in -у (Омікрону, Ірану).
                    extra = (("gent", rules["gent"][:-1] + "у"),)
                    surfaces.setdefault(extra[0][1], set()).add("gent")
                    if not (place or person) and _ends_in_noun_genitive(parse, extra[0][1]):
                        # Степбанк, a prefix the dictionary lacks before банк: the noun
                        # it ends in declines it (Степбанку, as банку); -а stays valid.
                        surfaces.setdefault(norm_key(forms["gent"]), set()).add("gent")
                        forms["gent"], extra = extra[0][1], (("gent", forms["gent"]),)
            vouched = frozenset(
                c
                for c, f in forms.items()
                if f == forms["nomn"]
                or sexless
                or c in agreeing.get(norm_key(f), ())
                # A man's short name no dictionary reads as a noun: the regular
                # consonant declension stands unopposed (Ким Чен Ына).
                or (animate and parse is None and _too_short_to_predict(word))
                # A first name tells a person's sex and the surname's ending is a possessive
                # one, which declines one way only (Мар'яна Безуглова: Безуглової).
                or (animate and slavic and _possessive_of(lang, word, gender))
            )
            if _regular_declension(lang, word, rule, gender if animate else None):
                regular = frozenset(forms)
                if word.lower().endswith(_HUSHED_A):
                    # мережа: the uk instrumental -ею, the ru -ей or -ой by the stress
                    # (кожей, межой), not one way: the rule's -ою, -ой stands for nothing.
                    regular -= {"ablt"}
            for case, form in rules.items():
                surfaces.setdefault(norm_key(form), set()).add(case)
            personal = _personal_dative(lang, rules) if animate else None
            if personal is not None:
                surfaces.setdefault(norm_key(personal), set()).update({"datv", "loct"})
            if lang == "uk" and rules["ablt"].endswith(("иним", "іним", "їним")):
                # A name in -ін may be a foreign one's (Шахін, Макгоуін: -ом), which
                # pymorphy3 guesses as a surname too: its -ом is kept, not written over,
                # and the possessive surname's -им is proposed, not written.
                for case, form in (rule_forms(lang, word, slavic) or {}).items():
                    surfaces.setdefault(norm_key(form), set()).add(case)
                vouched -= {"ablt"}
            for key, cases in predicted.items():
                surfaces.setdefault(key, set()).update(cases)
            if lang == "uk" and animate and "datv" in forms:
                # A surname in -ко the dictionary lacks: the -у the predictor agrees with
                # (Лабутенку), the rule's -кові kept as a valid form.
                datv = _news_dative(forms["datv"], agreeing)
                if datv != forms["datv"]:
                    forms["datv"], vouched = datv, vouched | {"datv"}
    if animate and not (parse is not None and _is_dictionary(parse)):
        for key, cases in _oj_surname_surfaces(lang, word, _sex(parse, gender)).items():
            surfaces.setdefault(key, set()).update(cases)
    # (a woman the glossary's first name tells, whom no dictionary knows, is no man: Кая's
    # accusative is Каю, not the genitive Каи)
    masc_or_plural = (
        gender != "femn" if parse is None
        else parse.tag.gender in (None, "masc") or parse.tag.number == "plur"
    )
    # A man's name in -а/-я declines as a woman's does, its accusative in -у/-ю, not its
    # genitive (Кулеба: прийняв Кулебу, not Кулеби; Ілля: Іллю).
    a_stem = (
        word.lower().endswith(("а", "я"))
        and forms.get("accs", "").lower().endswith(("у", "ю"))
        # (a guesser's plural says nothing of a name the dictionary lacks: Сибіга, read as
        # a plural noun, is a man, прийняли Сибігу)
        and (parse is None or parse.tag.number != "plur" or not _is_dictionary(parse))
    )
    masc_or_plural = masc_or_plural and not a_stem
    if animate and masc_or_plural and "gent" in forms:
        forms["accs"] = forms["gent"]  # vouched as the genitive is (Цзиньпина)
        vouched = vouched - {"accs"} | ({"accs"} if "gent" in vouched else set())
        surfaces.setdefault(norm_key(forms["gent"]), set()).add("accs")
    if animate and masc_or_plural and forms.get("accs") != forms["nomn"]:
        # A man is not in the accusative in the nominative form (a thing's reading said so).
        surfaces.get(norm_key(word), set()).discard("accs")
    ablt, gent = forms.get("ablt", ""), forms.get("gent", "")
    if (
        lang == "ru" and word.lower().endswith("ец") and ablt.endswith("цем")
        and gent.endswith("ца") and not gent.endswith("еца")
    ):  # fmt: skip
        # A Russian name in -ец whose е drops (Горобец, Кравец): after ц the instrumental
        # is -цом under the stress, -цем without it (отцом, but немцем), and a name's
        # stress is not written: both are valid (Горобцом, Кравцом), -цем still written.
        surfaces.setdefault(norm_key(ablt[:-3] + "цом"), set()).add("ablt")
    loct, low = forms.get("loct", ""), word.lower()
    if (
        lang == "uk" and place and not animate and low[-1:] in ("г", "к", "х")
        and not low.endswith(("ськ", "цьк", "зьк")) and loct[-2:-1] == low[-1] and loct[-1:] == "у"
    ):  # fmt: skip
        # на Бузі beside на Бугу: a place in г, к, х keeps the locative in -і after the
        # alternation (г → з, к → ц, х → с) that the dictionary may lack; valid where the
        # translator wrote it, never written (news writes the -у first).
        alternated = loct[:-2] + _UK_VELAR_SHIFT[low[-1]] + "і"
        surfaces.setdefault(norm_key(alternated), set()).add("loct")
    if "ё" not in word.lower():
        # The glossary writes е where the dictionary has ё (Федоров, Новоселка, Алешки):
        # its forms are written as the glossary spells, not Фёдорова, Новосёлки, Алёшках.
        forms = {c: f.replace("ё", "е").replace("Ё", "Е") for c, f in forms.items()}
    frozen = {k: frozenset(v) for k, v in surfaces.items()}
    inflects = len({norm_key(f) for f in forms.values()}) > 1
    dictionary = parse is not None and _is_dictionary(parse)
    gender_ = parse.tag.gender if parse else None
    return Paradigm(word, forms, frozen, vouched, inflects, gender_, dictionary, extra, regular)


def _ends_in_noun_genitive(parse: Any, gent: str) -> bool:
    """Whether the guesser's ``parse`` reads a word the dictionary lacks as a prefix of its
    own before a dictionary noun of four letters or more (Степбанк: степ + банк), a
    masculine thing's, whose genitive is ``gent`` (банку): a compound name declines as the
    noun it ends in."""
    if parse is None or parse.tag.POS != "NOUN" or parse.tag.animacy != "inan":
        return False
    if parse.tag.gender != "masc" or not parse.methods_stack:
        return False
    method = parse.methods_stack[-1]
    if type(method[0]).__name__ not in ("UnknownPrefixAnalyzer", "KnownPrefixAnalyzer"):
        return False
    inner = parse.methods_stack[0]
    if type(inner[0]).__name__ != "DictionaryAnalyzer" or len(inner[1]) < 4:
        return False
    genitive = parse.inflect({"gent"})
    return genitive is not None and genitive.word == gent


def _personal_ending(form: str, forms: dict[str, str]) -> bool:
    """Whether the -ові, -еві, -єві that ``form`` ends in is the personal ending (Бристолеві,
    Кам'янцеві, Китаєві), not the plain -і after a stem in -ов, the genitive's (Василькові
    of Васильків: Василькова; Львові: Львова)."""
    gent = forms.get("gent", "")
    return not gent.endswith(("а", "я")) or form[:-1] != gent[:-1]


def _womans_whole(parse: Any, word: str) -> bool:
    """Whether ``parse`` reads ``word``, which ends in a consonant or -ь, as a woman's name
    that stays whole (pymorphy3's ``Fixd`` first name or surname: Сагайн, Нуук, Горинь).  A
    woman's such name is undeclined for her sex; a place of that spelling has none and
    declines (поблизу Сагайна, у Нууку, на Горині), so the reading says nothing of it."""
    low = word.lower()
    return (
        (low[-1:] in CONSONANTS or low.endswith("ь"))
        and "Fixd" in parse.tag.grammemes and parse.tag.gender == "femn"
        and parse.tag.animacy == "anim" and bool(parse.tag.grammemes & PERSON_TAGS)
    )  # fmt: skip


def _standard_undeclined(lang: str, word: str, parse: Any, animate: bool) -> bool:
    """Whether the Ukrainian dictionary reading ``parse`` chosen for a thing's or a place's
    ``word`` is its colloquial declined variant (VESUM's ``alt``: торонті, євра) of a word
    the dictionary also keeps indeclinable (``Fixd``), the standard (Правопис: Торонто,
    Осло, євро never decline)."""
    if lang != "uk" or animate or "alt" not in parse.tag.grammemes:
        return False
    return any(
        "Fixd" in p.tag.grammemes and p.normal_form == parse.normal_form
        for p in _nominative_parses(lang, word)
        if _is_dictionary(p)
    )


def _regular_declension(
    lang: str, word: str, rule: tuple[str, dict[str, str]] | None, sex: str | None
) -> bool:
    """Whether the rules' forms of ``word`` (a name no dictionary knows) stand without a
    dictionary's word: its ending class declines one way only.  A noun in a consonant and
    -а (Сибіга, Мецола, Бенфика, Аддис-Абеба: -и/-ы, -і/-е, -у, -ою/-ой), whoever bears it;
    a man's name in a hard consonant (Уиткофф, Холанд: -а, -у, -ом), in the -ов, -ев of
    a Slavic surname (Синегубов, Умеров: -овым), in -ь or a vowel and -й (Ямаль: Ямаля;
    Аджай: Аджаем), or a uk one in a consonant and -ій (Абій: Абія).  Not a soft sign or -й
    whose bearer is no man told (Сычуань is a woman's noun), nor -ин (Путиным, but
    Дарвином), -ець, -ец (Табурця: the е may drop), a vowel before -а (Гамсахурдиа stays
    whole), nor a consonant of a bearer whose sex is not told (a woman's stays whole).
    A noun in a consonant and -я, whoever bears it, as -а (Укрзалізниця: -і/-и, -ю, -ею/-ей;
    not -ия, -мя, a vowel's -я).  (Not a thing's hard consonant, though no sex keeps it
    whole: after a generic noun it stays in the nominative, партии Ликуд, в земле Рейнланд,
    which a repair's case from the context misses.)"""
    if rule is None or len(word) < 4:
        return False
    ending, low = rule[0], word.lower()
    if low.endswith(("ец", "ець")):
        # (a Slavic -ець, -ец whose е may drop: Табурець, Табурця; Кравец, Кравца)
        return False
    if ending == "а":
        # (not the genitive of a name the dictionary knows, in a glossary that wrote it so:
        # Бобруйська of Бобруйськ; a person's, whose sex the entry tells, is her or his
        # nominative: Банга, though банг is a noun)
        return (
            low[-2] in CONSONANTS
            and low[-2] != "й"
            and (sex is not None or not _known_noun(lang, word[:-1]))
        )
    if ending == "я":
        # (a consonant and -я; or о, е, є, у, ю and -я, as Зоя, Зброя: Зброи, Зброей;
        # not -ия, -ая, -яя)
        return (low[-2] in CONSONANTS and low[-2] not in "йм") or low[-2] in _J_NOUN_VOWELS
    if sex != "masc":
        return False
    if ending == "CONS":
        return low[-1] not in "йь"
    if ending == "ь" or (ending.endswith("й") and low[-2] in _SOFT_J_VOWELS):
        # A man's name in -ь or a vowel and -й declines as a masculine noun, one way only
        # (Ямаль: Ямаля, Ямалем; Аджай: Аджаем); not -ий, -ой, -ый, an adjective's.
        return True
    return ending in ("ов", "ев", "єв", "ій")  # (uk -ій: a man's, as Андрій: Абія, Абієм)


_SOFT_J_VOWELS = frozenset("аеєэуюя")
# The vowels before a noun's -я that declines as Зоя (Зои, Зое, Зоей; uk Зої, Зоєю).
_J_NOUN_VOWELS = frozenset("оеєую")


def _known_noun(lang: str, word: str) -> bool:
    """Whether the dictionary knows ``word`` as a noun's nominative."""
    return any(p.tag.POS == "NOUN" and tag_case(p.tag) == "nomn" for p in known_parses(lang, word))


# Russian place names in -ово, -ево, -ино, -ыно (Курахово, Мукачево, Пушкино): news and
# the spoken norm leave them undeclined as often as not (под Курахово, в Мукачево, между
# Ужгородом и Мукачево), so the nominative is a valid form in every case.
RU_WHOLE_TOO = ("ово", "ево", "ёво", "ино", "ыно")


def whole_too(par: Paradigm, lang: str, labelled: bool = False) -> Paradigm:
    """``par`` with its nominative valid in every case, for a Russian place's name in -ово,
    -ево, -ино, -ыно (:data:`RU_WHOLE_TOO`), or a word with a number after it
    (``labelled``: «Дніпро-1», «Днепр-1»; a surname of untold sex after a first name in -а,
    ``match._womans_surname_too``): the undeclined use is the newsroom's and the
    declined forms both stand, so neither is rewritten; a rewrite still writes the
    declined form where a form of no case is mended."""
    ending = lang == "ru" and par.word.lower().endswith(RU_WHOLE_TOO)
    if lang not in ("uk", "ru") or not par.inflects or not (ending or labelled):
        return par
    surfaces = dict(par.surfaces)
    surfaces[norm_key(par.word)] = ALL_CASES
    return replace(par, surfaces=surfaces)


def animate_head(lang: str, word: str) -> bool:
    """Whether the dictionary knows ``word`` as a masculine noun for a person in the
    nominative singular (оператор, регулятор): a body named by it is spoken of as one."""
    return any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.gender == "masc"
        and p.tag.number != "plur" and tag_case(p.tag) in ("nomn", None)
        for p in known_parses(lang, word.lower())
    )  # fmt: skip


def animate_accusative_too(par: Paradigm) -> Paradigm:
    """``par`` with its genitive valid as the accusative too, a word of a body's name whose
    head is a noun for a person (:func:`animate_head`): news writes через Державного
    оператора тилу as often as через Державний оператор тилу; a rewrite still writes the
    inanimate one."""
    gent = par.forms.get("gent")
    if not par.inflects or not gent:
        return par
    surfaces = dict(par.surfaces)
    surfaces[norm_key(gent)] = surfaces.get(norm_key(gent), frozenset()) | {"accs"}
    return replace(par, surfaces=surfaces)


_UK_DECLINED_TOO = ("ово", "ево", "єво", "іно", "ино", "їно")


def declined_too(par: Paradigm, lang: str) -> Paradigm:
    """``par``, a Ukrainian place in -ово, -єво, -іно … (a Russian one's) that the
    dictionary keeps whole, with the neuter forms news declines it in as valid surfaces too
    (у Кстові, з Бородіна: Правопис declines them), and written in a rewrite; the whole
    form stays valid in every case (as ru -ово, :func:`whole_too`), never rewritten."""
    low = par.word.lower()
    if lang != "uk" or par.inflects or not low.endswith(_UK_DECLINED_TOO):
        return par
    stem = norm_key(par.word)[:-1]
    surfaces = dict(par.surfaces)
    surfaces[norm_key(par.word)] = ALL_CASES  # у Кстово, as the dictionary has it, stands
    forms = dict(par.forms)
    for ending, case in (("а", "gent"), ("у", "datv"), ("ом", "ablt"), ("і", "loct")):
        surfaces[stem + ending] = surfaces.get(stem + ending, frozenset()) | {case}
        forms[case] = low[:-1] + ending
    # It declines: a rewrite writes the declined form (Кштові → Кстові, у Kstovo → у Кстові).
    return replace(par, forms=forms, surfaces=surfaces, inflects=True)


def adjectival_too(par: Paradigm, lang: str) -> Paradigm:
    """``par``, a Ukrainian place in -ово, -іно … (:data:`_UK_DECLINED_TOO`), with the
    adjective's endings news declines it in too as valid surfaces (поблизу Тьоткіного, у
    Тьоткіному, as of a Russian place's adjective-like name), never written."""
    low = par.word.lower()
    if lang != "uk" or not low.endswith(_UK_DECLINED_TOO):
        return par
    stem = norm_key(par.word)[:-1]
    surfaces = dict(par.surfaces)
    for ending, cases in (("ого", {"gent"}), ("ому", {"datv", "loct"}), ("им", {"ablt"}),
                          ("ім", {"loct"})):  # fmt: skip
        surfaces[stem + ending] = surfaces.get(stem + ending, frozenset()) | cases
    return replace(par, surfaces=surfaces)


# A Slavic surname in -ец/-ець after a consonant (Кравец, Табурец, Горобець), whose е drops
# in news as in the common nouns of that suffix (купец: купца).
_EC_NAME = {
    "ru": re.compile(r"[бвгджзклмнпрстфхчшщ]ец$"),
    "uk": re.compile(r"[бвгджзклмнпрстфхчшщ]ець$"),
}


def kept_vowel_too(par: Paradigm, lang: str) -> Paradigm:
    """``par``, a name that is a dictionary noun dropping its fleeting vowel (ru Кремень:
    кремня), with the forms that keep the vowel valid too (never written): a name declined
    as a name, «Кременя», as news writes it beside «Кремня»."""
    stems = _fleeting_stems(par.word)
    if lang not in ("uk", "ru") or not par.inflects or not par.dictionary or stems is None:
        return par
    full, short = stems
    gent = par.forms.get("gent", "")
    if not gent.startswith(short) or gent.startswith(full):
        return par
    surfaces = dict(par.surfaces)
    for case, form in _restemmed(par, short, full):
        surfaces[norm_key(form)] = surfaces.get(norm_key(form), frozenset()) | {case}
    return replace(par, surfaces=surfaces)


def fleeting_too(par: Paradigm, lang: str, other: Paradigm | None) -> Paradigm:
    """``par`` with the forms that drop the vowel before its last consonant accepted too
    (added to ``surfaces``, never preferred nor vouched): for a name no dictionary knows in
    -ец/-ець after a consonant (:data:`_EC_NAME`: Табурца beside Табуреца), or where the
    entry's word in the other language (``other``, a dictionary paradigm) drops that vowel
    itself (uk Псел: Псла; so ru Псёл: Псла beside the dictionary's Псёла)."""
    stems = _fleeting_stems(par.word)
    if lang not in ("uk", "ru") or not par.inflects or stems is None:
        return par
    full, short = stems
    named = not par.dictionary and bool(_EC_NAME[lang].search(par.word.lower()))
    twin = (
        other is not None and other.dictionary and other.inflects
        and norm_key(other.forms.get("gent", "")).startswith(norm_key(short))
        and not norm_key(other.forms.get("gent", "")).startswith(norm_key(full))
    )  # fmt: skip
    if not (named or twin):
        return par
    surfaces = dict(par.surfaces)
    extra = list(par.extra)
    for case, form in _restemmed(par, full, short):
        surfaces[norm_key(form)] = surfaces.get(norm_key(form), frozenset()) | {case}
        extra.append((case, form))
    if lang == "ru" and named:
        # After ц the instrumental is -ом where stressed (отцом, Кузнецом), -ем where not:
        # the stress of a name no dictionary knows is unknown, so both stand (Табурцом,
        # Табурецом beside Табурцем).
        for stem in (full, short):
            surfaces[norm_key(stem + "ом")] = surfaces.get(norm_key(stem + "ом"), frozenset()) | {
                "ablt"
            }
            extra.append(("ablt", stem + "ом"))
    # (A dictionary word's other surfaces are its variants already; a rule's need them
    # listed, so that a rewrite keeps the text's choice: Игоря Табурца → Табурца.)
    return replace(par, surfaces=surfaces, extra=par.extra if par.dictionary else tuple(extra))


def surname_as_name(par: Paradigm, lang: str, slavic: bool, sex: str | None) -> Paradigm:
    """``par``, the paradigm of a person's surname that the dictionary knows only as a
    first name (uk Петро of Густаво Петро, ru Павел of Петр Павел), with the forms the
    rules give a surname it does not know valid too: a surname keeps the vowel a first
    name drops (Павела as well as Павла), and a foreign one in -о stays whole (візу
    Петро, the nominative valid in every case).  Only forms are added: the dictionary's
    stay valid and preferred."""
    if lang not in ("uk", "ru") or not par.inflects or not par.dictionary:
        return par
    readings = [p for p in known_parses(lang, par.word.lower()) if tag_case(p.tag) == "nomn"]
    if not readings or not all(
        "Name" in p.tag.grammemes and "Surn" not in p.tag.grammemes for p in readings
    ):
        return par
    surfaces = {k: set(v) for k, v in par.surfaces.items()}
    rules = rule_forms(lang, par.word.lower(), slavic, sex)
    if rules is None:
        surfaces[norm_key(par.word)] = set(ALL_CASES)
    else:
        for case, form in rules.items():
            if case != "voct":
                surfaces.setdefault(norm_key(form), set()).add(case)
    return replace(par, surfaces={k: frozenset(v) for k, v in surfaces.items()})


_FLEETING = re.compile(r"^(.*[а-яёіїєґ'ʼ’])([еоё])([бвгджзклмнпрстфхцчшщ])(ь?)$")


def _fleeting_stems(word: str) -> tuple[str, str] | None:
    """The stem of ``word`` with the vowel before its last consonant and without it
    (грабовец, грабовц of Грабовець); None for a word with no such vowel."""
    low = word.lower()
    found = _FLEETING.match(low)
    if found is None:
        return None
    return low[: len(low) - len(found.group(4))], found.group(1) + found.group(3)


def _restemmed(par: Paradigm, old: str, new: str) -> list[tuple[str, str]]:
    """Each oblique form of ``par`` that starts with the stem ``old``, with ``new`` for it,
    and its case (Табурец|а → Табурц|а)."""
    low = par.word.lower()
    return [
        (case, new + form[len(old) :])
        for case, form in par.forms.items()
        if case != "nomn" and form.startswith(old) and form != low
    ]


def fleeting_vowel_dropped(par: Paradigm) -> Paradigm:
    """``par`` (a name no dictionary knows, declined by the rules) with the vowel before its
    last consonant dropped from every form but the nominative, as the glossary's note says
    it is fleeting (Грабовец: Грабовца, not Грабовеца; Козачок: Козачку), its forms vouched
    (the writer stands behind them); the rule's forms that keep the vowel are no forms of
    it (a made-up Грибовец|ою keeps no Грибовеца whole).  Unchanged for a
    dictionary word (its own forms stand) or a word with no such vowel (uk і: Сокіл, Сокола
    alternates)."""
    stems = _fleeting_stems(par.word)
    if par.dictionary or not par.inflects or stems is None:
        return par
    forms = dict(par.forms) | dict(_restemmed(par, *stems))  # грабовец(ь) → грабовц
    if forms == par.forms:
        return par
    # The rule's forms that keep the vowel are no forms of the name (Грибовеца): dropped.
    dropped = {norm_key(f) for c, f in par.forms.items() if forms[c] != f}
    surfaces = {k: set(v) for k, v in par.surfaces.items() if k not in dropped}
    for case, form in forms.items():
        surfaces.setdefault(norm_key(form), set()).add(case)
    frozen = {k: frozenset(v) for k, v in surfaces.items()}
    return replace(par, forms=forms, surfaces=frozen, vouched=frozenset(forms))


def _inflect_like(parse: Any, case: str, word: str) -> Any:
    """``parse`` inflected into ``case``; for a superlative, of the forms the lexeme has
    with that form's grammemes, the one sharing the longest beginning with ``word``
    (Высшая школа → Высшей, not Высочайшей: pymorphy3 files высший and высочайший under
    высокий, and inflect takes the first)."""
    inflected = parse.inflect({case})
    if inflected is None or "Supr" not in parse.tag.grammemes:
        return inflected
    low = word.lower()

    def shared(form: Any) -> int:
        return next((i for i, (a, b) in enumerate(zip(form.word, low, strict=False)) if a != b),
                    min(len(form.word), len(low)))  # fmt: skip

    same = [f for f in parse.lexeme if f.tag.grammemes == inflected.tag.grammemes]
    return max(same, key=shared, default=inflected)


def _guessed_adjective(parse: Any, word: str) -> dict[str, str]:
    """The forms of an adjective the guesser reads ``word`` as, in its gender and number;
    an inanimate accusative, the nominative (an adjective agreeing with a thing's noun)."""
    forms = {"nomn": word.lower()}
    for case in CASES[1:]:
        inflected = parse.inflect({case})
        if inflected is not None:
            forms[case] = inflected.word
    if parse.tag.gender != "femn" or parse.tag.number == "plur":
        forms["accs"] = word.lower()
    return forms


def _body_genitive_in_a(
    parse: Any, forms: dict[str, str], surfaces: dict[str, set[str]]
) -> tuple[tuple[str, str], ...]:
    """For a Ukrainian body's name (no place, no person) that the dictionary declines as a
    masculine thing with the genitive in -у only, the genitive in -а as well: news writes
    an outlet's or a firm's name both ways (за даними «Коммерсанта», «Коммерсанту»), as
    the spelling rules leave the ending of such names open; the -а form is accepted (added
    to ``surfaces``), never preferred."""
    gent = forms.get("gent", "")
    if parse.tag.gender != "masc" or parse.tag.animacy != "inan" or not gent.endswith("у"):
        return ()
    other = gent[:-1] + "а"
    if norm_key(other) in surfaces:
        return ()
    surfaces.setdefault(norm_key(other), set()).add("gent")
    return (("gent", other),)


def _body_genitive_in_u(parse: Any, forms: dict[str, str], surfaces: dict[str, set[str]]) -> None:
    """For a word of a Ukrainian body's or thing's name (no place, no person) that the
    dictionary declines as a masculine thing with the genitive in -а only (експрес, the
    train: експреса), the genitive in -у as well, added to ``surfaces``: the name of a
    body, an outlet or a service takes the -у of institutions and abstract things
    («Поліського експресу»), which the spelling rules leave open; -а is still written."""
    gent = forms.get("gent", "")
    if (
        parse.tag.POS != "NOUN" or parse.tag.gender != "masc" or parse.tag.animacy != "inan"
        or not gent.endswith("а")
    ):  # fmt: skip
        return
    surfaces.setdefault(norm_key(gent[:-1] + "у"), set()).add("gent")


def _hard_sign(stem: Paradigm, word: str) -> Paradigm:
    """The paradigm of a body's or a place's name kept in the old spelling with a final hard
    sign (Коммерсантъ): its stem's less the sign (в «Коммерсанте», «Коммерсанту»), the
    nominative, and the accusative where it is the nominative, written with the sign.  The
    dictionary's reading of such a word as indeclinable is the spelling's, not the name's.
    (No person's name ends so today: one typed PER is left as the dictionary reads it.)"""
    low, plain = word.lower(), stem.forms.get("nomn", word[:-1].lower())
    forms = {c: low if f == plain else f for c, f in stem.forms.items()}
    surfaces = dict(stem.surfaces)
    surfaces[norm_key(word)] = surfaces.get(norm_key(plain), frozenset({"nomn"}))
    return Paradigm(word, forms, surfaces, stem.vouched, stem.inflects, stem.gender,
                    stem.dictionary, stem.extra)  # fmt: skip


def _news_dative(datv: str, surfaces: dict[str, set[str]]) -> str:
    """A Ukrainian masculine name's dative as news writes it: of -ові/-еві/-єві and -у/-ю,
    the -у/-ю form where the dictionary has it (Байдену, Моцарту, Францу Ксаверу; UD uk dev
    and the WMT uk references write every surname's dative so, and 11 of 13 first names';
    a place's or body's likewise: Маріуполю, Ізраїлю).  The -ові form stays a valid one
    (read, and kept where the text has it)."""
    return _usual_ending(datv, "datv", ("ові", "еві", "єві"), ("у", "ю"), surfaces)


def _personal_dative(lang: str, rules: dict[str, str]) -> str | None:
    """The personal dative (and locative) in -ові, -еві, -єві of a Ukrainian man's name of the
    second declension that the rules decline (Правопис § 82: Прокудінові beside Прокудіну,
    Ткачеві, Мілеєві, Ігореві), which the rules give only in -у, -ю; the dictionary and the
    predictor list it for the names they know (Путінові, Шаріфові), the rules did not.  A
    valid form only: never preferred, never written.  None for any other declension (-а,
    -я; -ко's rule has -кові already; an adjective's -ому)."""
    datv, gent = rules.get("datv", ""), rules.get("gent", "")
    if lang != "uk" or not gent.endswith(("а", "я")) or datv[:-1] != gent[:-1]:
        return None
    stem = datv[:-1]
    if not stem or (stem[-1] not in CONSONANTS and stem[-1] not in "аеєиіїоуюя"):
        return None
    if datv.endswith("у"):
        return stem + ("еві" if stem[-1] in "жчшщц" else "ові")
    if datv.endswith("ю"):
        return stem + ("єві" if stem[-1] in "аеєиіїоуюя" else "еві")
    return None


def _news_adjective_locative(loct: str, surfaces: dict[str, set[str]]) -> str:
    """A Ukrainian masculine or neuter adjective's locative as news writes it: of -ому/-ьому
    and -ім, the -ому form where the dictionary has it (у Європейському Союзі, у Білому домі;
    the dictionary puts the bookish -ім first).  The -ім form stays a valid one."""
    return _usual_ending(loct, "loct", ("ім",), ("ому", "ьому"), surfaces)


def _usual_ending(
    form: str, case: str, rare: tuple[str, ...], usual: tuple[str, ...],
    surfaces: dict[str, set[str]],
) -> str:
    """``form`` with its ``rare`` ending swapped for the first ``usual`` one the surfaces
    hold in ``case``; ``form`` itself where it has no such ending or no such surface."""
    ending = next((end for end in rare if form.endswith(end)), None)
    if ending is None:
        return form
    stem = form[: -len(ending)]
    return next((stem + e for e in usual if case in surfaces.get(stem + e, ())), form)


def _possessive_of(lang: str, word: str, gender: str | None) -> bool:
    """Whether ``word`` has a Ukrainian possessive surname's ending of a person of sex
    ``gender`` (a man's -ов, -ев, -єв; a woman's -ова … -іна): not a man's -ін, which a
    foreign name may end in (Дарвін, Дарвіном)."""
    low = word.lower()
    if lang != "uk" or len(low) <= 4:
        return False
    if gender == "masc":
        return low.endswith(("ов", "ев", "єв"))
    return gender == "femn" and low.endswith(tuple(end for end, _ in _UK_WOMANS_POSSESSIVE))


def _sex(parse: Any | None, gender: str | None) -> str | None:
    """The sex of a person's name the dictionary does not know: the first name's gender,
    else the gender pymorphy3 guesses for it as a surname (None when it guesses no surname)."""
    if gender is not None:
        return gender
    if parse is not None and "Surn" in parse.tag.grammemes:
        return parse.tag.gender
    return None


@lru_cache(maxsize=20_000)
def frozen_paradigm(
    lang: str, word: str, gender: str | None = None, animate: bool = False, slavic: bool = True
) -> Paradigm:
    """A name part that stays as written however the name declines (Кім, Чен of Кім Чен Ин).

    Its declined forms are kept as surfaces that fit no case, so a rendering that declines
    it (Кім Чена Ина) is still found, as a form of no case, and gets corrected.
    """
    declined = paradigm(lang, word, gender, animate, slavic)
    surfaces = {key: frozenset[str]() for key in declined.surfaces}
    surfaces[norm_key(word)] = ALL_CASES
    return Paradigm(word, {}, surfaces, ALL_CASES, False)


def hyphened_first_name(
    lang: str, word: str, gender: str | None = None, animate: bool = True, slavic: bool = True
) -> Paradigm | None:
    """The paradigm of a first name the dictionary knows joined by a hyphen to the next
    first name (Жан of Жан-Ноель, Анна of Анна-Марія): it stays as written first, but news
    declines it too (з Жаном-Ноелем, Жана-Поля), so its declined forms are valid in their
    cases, not forms of no case as :func:`frozen_paradigm` makes them.  None for a word
    that is no first name to the dictionary (Ель of Ель-Закзакі, Штрак)."""
    if lang not in ("uk", "ru") or not any(
        _is_dictionary(p) and "Name" in p.tag.grammemes for p in _nominative_parses(lang, word)
    ):
        return None
    declined = paradigm(lang, word, gender, animate, slavic)
    surfaces = dict(declined.surfaces)
    surfaces[norm_key(word)] = ALL_CASES
    return Paradigm(word, {}, surfaces, ALL_CASES, False)


# The endings of a place's first part that declines before a hyphen as a noun of its own
# (Середина-Буда, Михайлівка-Рубежівка, Переяслав-Хмельницький); not a linking -о or -е
# (Івано-Франківськ), a -ь (Усть-Луга) or a short prefix (Нью-, Сан-).
_PLACE_PART_END = re.compile(r"(?:[аябвгджзклмнпрстфхцчшщ])$")


def hyphened_place_part(lang: str, word: str) -> Paradigm | None:
    """The paradigm of a place's first name part joined by a hyphen to its declining last
    part (Середина of Середина-Буда, Переяслав of Переяслав-Хмельницький): the rules keep
    it as written, but news declines it too (у Середині-Буді, в Переяславе-Хмельницком), so
    its declined forms are valid in their cases and the written form in every case; the
    form written stays the glossary's.  None for a part in another ending (Івано, Усть)."""
    if lang not in ("uk", "ru") or len(word) < 4 or not _PLACE_PART_END.search(word.lower()):
        return None
    declined = paradigm(lang, word, place=True)
    if not declined.inflects:
        return None
    surfaces = dict(declined.surfaces)
    surfaces[norm_key(word)] = ALL_CASES
    return Paradigm(word, {}, surfaces, ALL_CASES, False)


# Common surnames of Chinese, Korean, Vietnamese (and Khmer) names written surname first,
# as English spells them.  Only the last part of such a name declines in uk and ru (Кім Чен
# Ина, Сі Цзіньпіна, Нгуєн Фу Чонга); see :func:`surname_first`.
EAST_ASIAN_SURNAMES = frozenset({
    # Chinese (Taiwanese spellings too)
    "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
    "hu", "zhu", "gao", "lin", "guo", "ma", "luo", "xi", "wen", "deng", "mao", "jiang", "qin",
    "wei", "zheng", "cai", "tsai", "lai", "ko",
    # … and the rest of the hundred commonest (pinyin)
    "he", "liang", "xie", "song", "tang", "feng", "cao", "peng", "zeng", "xiao", "tian",
    "dong", "pan", "yuan", "yu", "du", "ye", "cheng", "su", "lu", "ding", "ren", "yao", "shen",
    "zhong", "cui", "tan", "fan", "liao", "shi", "jin", "jia", "xia", "fu", "fang", "bai",
    "zou", "meng", "xiong", "qiu", "hou", "yin", "xue", "yan", "duan", "lei", "long", "tao",
    "hao", "gu", "gong", "shao", "wan", "qian", "dai", "mo", "kong", "xiang", "chang",
    # Korean
    "kim", "lee", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho",
    "yoon", "yun", "jang", "lim", "han", "shin", "kwon", "hwang", "ahn", "hong", "moon", "mun",
    "ri", "ban", "chun", "roh", "ryu",
    # Vietnamese, Khmer
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "hun",
})  # fmt: skip
# One syllable of pinyin, Korean or Vietnamese romanization (Wade–Giles hs-, ts- too):
# an onset, a glide, a vowel cluster starting with a vowel, a coda.
_SYLLABLE = (
    r"(?:ngh|ng|nh|gh|kh|ph|th|tr|qu|zh|ch|sh|hs|ts|tz|[bcdfghjklmnpqrstvxyz])?[yw]?"
    r"[aeiou][aeiouyw]{0,2}(?:ng|nh|ch|ck|[nmlkptc])?"
)
_GIVEN_NAME_WORD = re.compile(rf"{_SYLLABLE}(?:-?{_SYLLABLE})?")


def surname_first(name: str) -> bool:
    """Whether an English name is East Asian, surname first (Kim Jong Un, Xi Jinping, Moon
    Jae-in, Nguyen Phu Trong): its first word is in :data:`EAST_ASIAN_SURNAMES` and one to
    three capitalized words of one or two romanized syllables follow (not Kim Darroch,
    Lee Harvey Oswald)."""
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    words = "".join(c for c in plain if not unicodedata.combining(c)).split()
    return (
        2 <= len(words) <= 4
        and words[0].lower() in EAST_ASIAN_SURNAMES
        and all(w[:1].isupper() and _GIVEN_NAME_WORD.fullmatch(w.lower()) for w in words[1:])
    )


def gender_of(lang: str, word: str) -> str | None:
    """The grammatical gender pymorphy3 gives a first name (steers the surname's paradigm);
    None in a language without a pymorphy3 dictionary (en)."""
    if lang not in ("uk", "ru"):
        return None
    readings = [
        p
        for p in known_parses(lang, word)
        if p.tag.POS == "NOUN" and tag_case(p.tag) in (None, "nomn") and p.tag.gender
    ]
    # A first name's reading, else a person's (the uk dictionary lacks Name on Володимир).
    for wanted in ({"Name"}, {"Surn"}, {"anim"}):
        genders = {p.tag.gender for p in readings if p.tag.grammemes & wanted}
        if genders:
            return genders.pop() if len(genders) == 1 else None
    return None


def only_a_thing(lang: str, word: str) -> bool:
    """Whether pymorphy3's dictionary reads ``word`` in the nominative as an inanimate noun
    only (Херсон, Майдан; not Лев, not Мартін): a glossary's person of such words is a place
    or a thing, whose masculine accusative is its nominative (удостоїв Херсон)."""
    if lang not in ("uk", "ru"):
        return False
    readings = [p for p in known_parses(lang, word) if tag_case(p.tag) == "nomn"]
    return bool(readings) and all(
        p.tag.POS == "NOUN" and p.tag.animacy == "inan" for p in readings
    )


# The end of an adjective of relation made from a place's name (польський, грецький,
# французский, одесский, американський), and of a noun for its people (киевлянин, одесит,
# лондонець, москвич).
_RELATIONAL_END = re.compile(r"(?:ськ|цьк|зьк|ск|цк|зк|ов|ев|ів|ин|ін|ан|ян)(?:ий|ій|ый|ой)$")
_SHORT_STEM_ADJECTIVE = re.compile(r"(?:ськ|цьк|ск|цк)(?:ий|ій|ый|ой)")
_INHABITANT_END = re.compile(r"(?:янин|анин|ець|ец|ит|ич|янка|анка|итка|ичка)$")
# A place's name in a link (Николаев, Миколаїв, Харків) and a member noun's -ець/-ец in any
# case after it (николаевцы, миколаївцями): no case of the name ends so.
_LINK_ENDS = frozenset({"ов", "ев", "єв", "ів", "їв"})
_MEMBER_SUFFIX = re.compile(r"ець|ец|ц(?:я|ю|ем|еві|і|ів|ям|ями|ях|а|у|е|ы|ев|ам|ами|ах|ом)")


def place_derivative(lang: str, name: str, word: str) -> str | None:
    """What the dictionary knows ``word`` as, where it is made from the one-word place
    ``name``, its lemma sharing the name's stem but for the last two letters (the stem's
    consonant may alternate): "adjective" (Польща → Польські, ru Польша → Польские, Одесса
    → Одесский), "noun for its people" (Киев → Киевляне, Лондон → Лондонці, a woman's
    Харків → Харків'янка; a person's followers: Бандера → бандерівці), else None.
    Such a word renders no name: it is no misspelling of it."""
    if lang not in ("uk", "ru") or " " in name:
        return None
    base = norm_key(name)
    stem = base[:-1] if base[-1:] in "аяоеєіиыйь" else base
    key = norm_key(word)
    if (
        base[-2:] in _LINK_ENDS and len(base) >= 5 and key.startswith(base)
        and _MEMBER_SUFFIX.fullmatch(key[len(base) :]) and not known_parses(lang, word)
    ):  # fmt: skip
        # Николаевцы from Николаев, which the dictionary lacks: a name that ends in the
        # link -ов-/-ев-/-ів- itself takes the member's -ец-/-ець- right after it.
        return "noun for its people"
    for p in known_parses(lang, word):
        lemma = norm_key(p.normal_form)
        shared = len(common_prefix([lemma, stem]))
        # A stem of three letters makes its adjective with -ськ-/-ск- alone (Суми →
        # Сумська, Рим → римский); a longer one may alternate its last letters.
        short = len(stem) == 3 == shared and bool(_SHORT_STEM_ADJECTIVE.fullmatch(lemma[3:]))
        if lemma == base:
            continue
        if not short and (shared < max(4, len(stem) - 2) or len(lemma) - shared > 7):
            continue
        if p.tag.POS == "ADJF" and _RELATIONAL_END.search(lemma):
            return "adjective"
        people = p.tag.POS == "NOUN" and p.tag.animacy == "anim"
        if people and not p.tag.grammemes & PROPER_TAGS and _INHABITANT_END.search(lemma):
            return "noun for its people"
    return None


def head_index(lang: str, words: list[str], joined: Collection[int] = ()) -> int:
    """Index of the last token that inflects in a non-person name: the first noun.

    Adjectives before it agree with it; tokens after it (genitive modifiers,
    quoted names) stay as written.  A word of ``joined`` (an index of a word joined to the
    next one by a hyphen) is no head.
    """
    return _head(lang, words, joined)[0]


def foreign_before_head(lang: str, words: list[str], joined: Collection[int] = ()) -> bool:
    """Whether the head of a non-person name follows a foreign word that stays whole (Дойче
    Банк): news writes such a name undeclined as often as declined."""
    return _head(lang, words, joined)[1]


# The conjunctions of joining, "and" (context.COORDINATORS adds those of choice, "or").
JOINING = {"uk": frozenset({"та", "і", "й"}), "ru": frozenset({"и"})}
_JOINING = JOINING["uk"] | JOINING["ru"]  # either language's joins a name's adjectives


def _head(lang: str, words: list[str], joined: Collection[int] = ()) -> tuple[int, bool]:
    """:func:`head_index`, and whether a foreign word was passed to reach it."""
    skipped = False
    for i, word in enumerate(words):
        if i in joined or (i and word in _JOINING):
            continue  # Продовольственная и сельскохозяйственная организация: и is no noun
        parse = _pick_parse(lang, word, None)
        if parse is None:
            if rule_forms(lang, word) is None and any(
                _dictionary_noun(lang, later) for later in words[i + 1 :]
            ):
                # A foreign word no rule declines before a noun of the language (Дойче of
                # Дойче Банк): a modifier that stays whole; the noun is the head (Дойче
                # Банку, Дойче банка).
                skipped = True
                continue
            return i, skipped
        # (an adjective agrees with a compound's last part, past its joined first ones:
        # Українська Прем'єр-ліга)
        later = [w for j, w in enumerate(words[i + 1 :], i + 1) if j not in joined]
        if _kind_before_name(lang, word, later):
            return i, skipped  # коса Чайка
        if (
            parse.tag.POS == "NOUN"
            and not agrees_before(lang, word, later)
            and not _surname_as_adjective(lang, word, parse, later)
        ):
            return i, skipped
    return len(words) - 1, skipped


# (in each gender and the plural: Галицкая медь, a woman's surname only to pymorphy3)
_SURNAME_ADJECTIVE_ENDS = tuple(
    stem + end
    for stem in ("с", "ц", "з")
    for end in ("кий", "кой", "кая", "кое", "кие", "ький", "ька", "ьке", "ькі")
)


def _surname_as_adjective(lang: str, word: str, parse: Any, later: list[str]) -> bool:
    """Whether ``word``, which the dictionary knows only as a surname in an adjective's
    ending (Каменский, a place's adjective no dictionary lists), stands before a noun of the
    language: an adjective of that noun (Каменский металлургический комбинат), not the head."""
    return (
        "Surn" in parse.tag.grammemes
        and word.lower().endswith(_SURNAME_ADJECTIVE_ENDS)
        and any(_dictionary_noun(lang, w) for w in later)
    )


def _dictionary_noun(lang: str, word: str) -> bool:
    """Whether the dictionary knows ``word`` as a common noun in the nominative singular (or
    with no case at all: the uk dictionary's one reading of завод)."""
    readings = _nominative_parses(lang, word.lower()) or [
        p for p in parses(lang, word.lower()) if tag_case(p.tag) is None
    ]
    return any(
        p.tag.POS == "NOUN" and p.tag.number != "plur" and not p.tag.grammemes & PERSON_TAGS
        and "Geox" not in p.tag.grammemes
        for p in readings if _is_dictionary(p)
    )  # fmt: skip


def _kind_before_name(lang: str, word: str, rest: list[str]) -> bool:
    """Whether ``word``, in small letters before a capitalized word (``rest``, the words
    after it), is a dictionary noun: a kind of place before its name (коса Чайка), the head,
    not an adjective (косий) agreeing with the name."""
    return (
        word[:1].islower() and bool(rest) and rest[0][:1].isupper()
        and _dictionary_noun(lang, word)
    )  # fmt: skip


def agrees_before(lang: str, word: str, rest: list[str]) -> bool:
    """Whether ``word``, read as a noun, may instead be an adjective agreeing with the noun
    after it, past other adjectives (Нова Зеландія, Чорне море, Російська Федерація, Друга
    світова війна: not the nouns нова, чорне, друга).  Not a word in small letters before a
    name's capital (коса Чайка: the kind, a noun, not the adjective косий)."""
    if _kind_before_name(lang, word, rest):
        return False
    nouns = ((w, _pick_parse(lang, w, None)) for w in rest)
    noun, head = next(((w, p) for w, p in nouns if p is None or p.tag.POS != "ADJF"), ("", None))
    if head is None or head.tag.POS != "NOUN":
        return False
    # Any gender the noun has in the nominative: a common noun that is also a surname
    # (uk правда, of Українська правда) is read as the surname first.
    genders = {p.tag.gender for p in _nominative_parses(lang, noun) if p.tag.POS == "NOUN"}
    # A plural adjective (no gender) agrees with a plural noun of any gender: ru Великие
    # Сорочинцы, Новые Санжары (a masculine plural; not the neuter noun великие).
    plural = any(
        p.tag.POS == "NOUN" and p.tag.number == "plur" for p in _nominative_parses(lang, noun)
    )
    return any(
        p.tag.POS == "ADJF" and tag_case(p.tag) == "nomn"
        and (p.tag.gender in genders or (plural and p.tag.number == "plur"))
        for p in parses(lang, word)
    )  # fmt: skip


# Endings of a surname that declines as the first part of a hyphenated one (Римського-
# Корсакова, Петрова-Водкина); other first parts stay (Ель-Закзакі, Жан-Поля, Бен-Гуріона).
_DECLINING_FIRST_PARTS = ("ський", "цький", "зький", "ский", "цкий", "ов", "ев", "єв", "ёв",
                          "ин", "ін", "їн", "ой", "ий")  # fmt: skip


def plural_adjective_surname(lang: str, word: str) -> bool:
    """A surname made of an adjective's genitive plural (ru Седых, Белых, Долгих; uk Седих,
    Білих, Долгих): it never declines, a man's or a woman's.  Russian -их only after к, г, х,
    and no -рих, -жих in Ukrainian: Генрих, Фридрих, Бедржих (German and Czech names) decline."""
    w = word.lower()
    if len(w) < 5:
        return False
    if lang == "ru":
        return w.endswith(("ых", "ких", "гих", "хих"))
    return lang == "uk" and w.endswith("их") and w[-3] in CONSONANTS and w[-3] not in "рж"


def declines_before_hyphen(word: str) -> bool:
    """Whether a person's name part joined by a hyphen to the next part declines."""
    return word.lower().endswith(_DECLINING_FIRST_PARTS)


# The ending an adjective takes off before its stem joins a compound (Нов-ый, Північн-а).
_ADJECTIVE_END = re.compile(r"(?:ий|ій|ый|ой|ая|яя|ое|ее|е|а|я|є)$")
# An adjective's suffix (-ськ-, -ск-, -н-) and ending in any case, gender and number (uk
# and ru): not a noun's (Великобританией, a Russian noun, is no adjective of Велика Британія).
_COMPOUND_END = re.compile(
    r"(?:ськ|цьк|зьк|ск|цк|н)"
    r"(?:ий|ій|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ую|юю|ої|ою|ей|ом|ем|им|ым|ых|их|ые|ие|і|а|е|у)$"
)


def compound_adjective(canonical: str, word: str) -> bool:
    """Whether ``word`` is a compound adjective made from a name of an adjective and a noun
    (новогодняя, новорічна from Новый год, Новий рік; южнокорейский from Южная Корея): the
    adjective's stem, a linking о or е, the noun's first two letters (рік → річний keeps
    them), an adjective's suffix and ending."""
    parts = canonical.lower().split()
    if len(parts) != 2 or not _ADJECTIVE_END.search(parts[0]):
        return False
    stem = _ADJECTIVE_END.sub("", parts[0])
    low = word.lower()
    if len(stem) < 3 or not low.startswith(stem) or len(low) < len(stem) + 5:
        return False
    rest = low[len(stem) :]
    return rest[:1] in "ое" and rest[1:3] == parts[1][:2] and bool(_COMPOUND_END.search(rest))
