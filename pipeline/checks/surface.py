"""Checks on the target's surface: empty, untranslated, wrong language, repetition, punctuation."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import compress, islice
from operator import not_

from pipeline.checks.base import Flag, Segment, register
from pipeline.checks.text import (
    LETTER_WORD,
    letter_words,
    mask_verbatim,
    morph,
    script_counts,
    script_of,
    word_list,
    words,
)
from pipeline.detect import RU_LETTERS, RU_WORDS, UK_LETTERS, UK_WORDS, detect, rules_out
from pipeline.model import Severity

FUNCTION_WORDS = {"uk": UK_WORDS, "ru": RU_WORDS}
_LETTERS = {"uk": UK_LETTERS, "ru": RU_LETTERS}
_ONLY_WORDS = {"uk": UK_WORDS - RU_WORDS, "ru": RU_WORDS - UK_WORDS}
_WORD_CHARS = re.compile(r"\w+")


def _cued(low: str, lang: str) -> bool:
    """Whether lower-case ``low`` holds a letter or a function word only ``lang`` of uk / ru
    has (a whole run of word characters: ``із`` in ``із-за``, not in ``різ``)."""
    return any(ch in low for ch in _LETTERS[lang]) or not _ONLY_WORDS[lang].isdisjoint(
        _WORD_CHARS.findall(low)
    )


LANG_NAMES = {"en": "English", "uk": "Ukrainian", "ru": "Russian", "und": "undetermined"}


@register(
    "empty",
    Severity.ERROR,
    "The target is empty although the source is not (or the other way round: misaligned input).",
    ("The mayor resigned.", "", "en", "uk"),
)
def empty(seg: Segment) -> Iterator[Flag]:
    """Flag a blank target for a non-blank source, or a target for a blank source."""
    if seg.source.strip() and not seg.target.strip():
        yield Flag("the target is empty", (0, len(seg.source)))
    elif seg.target.strip() and not seg.source.strip():
        yield Flag("the source is empty but the target is not", target_span=(0, len(seg.target)))


@lru_cache(maxsize=4096)  # untranslated and wrong-language read the same source
def _has_content(text: str) -> bool:
    """Whether ``text`` has two words that carry language: not numbers, URLs, codes or
    capitalised names.

    The first word counts unless it is in capitals: it is capitalised for being first.
    """
    found = 0
    for i, m in enumerate(letter_words(mask_verbatim(text))):
        word = m.group()
        if len(word) > 1 and (word.islower() or (i == 0 and word[1:].islower())):
            found += 1
            if found == 2:
                return True
    return False


MAX_ALIGNED = 2000  # characters aligned one by one; longer texts are aligned word by word
# Frequent letters of en, uk and ru, and those in which uk and ru differ (и і ы, е є э …).
_PROBES = "eaoitn" + "оаеинтрслв" + "іїєґ" + "ыэёъ" + "'’"


def _probe_bound(a: str, b: str) -> int:
    """An upper bound on the characters ``a`` and ``b`` have in common (as multisets): all
    of the shorter side, less its excess over the other in a few frequent letters."""
    excess_a = excess_b = 0
    for char in _PROBES:
        diff = a.count(char) - b.count(char)
        if diff > 0:
            excess_a += diff
        else:
            excess_b -= diff
    return min(len(a) - excess_a, len(b) - excess_b)


def lcs_length(a: str, b: str) -> int:
    """The length of the longest common subsequence of ``a`` and ``b``: bit-parallel
    (Allison–Dix, Hyyrö), ``len(b)`` steps on integers of ``len(a)`` bits."""
    masks: dict[str, int] = {}
    for i, char in enumerate(a):
        masks[char] = masks.get(char, 0) | 1 << i
    full = (1 << len(a)) - 1
    row = full  # a 0 bit: a column where the common subsequence grew
    for char in b:
        mask = masks.get(char)
        if mask:
            match = row & mask
            row = ((row + match) | (row - match)) & full
    return len(a) - row.bit_count()


def similarity(a: str, b: str, floor: float = 0.9) -> float:
    """difflib's similarity ratio of ``a`` and ``b`` where it reaches ``floor``, else an
    upper bound of it below ``floor``.

    Cheap bounds rule out nearly every pair before the quadratic alignment runs: the
    lengths, the counts of a few frequent letters, the characters in common (difflib's
    ``quick_ratio``), and the longest common subsequence (difflib's matches are one).  Texts
    longer than :data:`MAX_ALIGNED` are aligned by words, after the character bounds.
    """
    size = len(a) + len(b)
    if not size:
        return 1.0
    bound = 2.0 * min(len(a), len(b)) / size
    if bound >= floor:
        bound = 2.0 * _probe_bound(a, b) / size
    if bound >= floor:
        bound = 2.0 * (Counter(a) & Counter(b)).total() / size
    if bound < floor:
        return bound
    if max(len(a), len(b)) > MAX_ALIGNED:
        return SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()
    bound = 2.0 * lcs_length(a, b) / size
    if bound < floor:
        return bound
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


@register(
    "untranslated",
    Severity.ERROR,
    "The target is (nearly) the source: a sentence left untranslated.  Sentences that are "
    "just names, numbers or URLs are not checked.",
    ("Residents were evacuated overnight.", "Residents were evacuated overnight.", "en", "uk"),
)
def untranslated(seg: Segment) -> Iterator[Flag]:
    """Flag a target equal or nearly equal to a source of at least two ordinary words."""
    if not _has_content(seg.source):
        return
    source, target = seg.source.strip().lower(), seg.target.strip().lower()
    ratio = similarity(source, target)
    if ratio >= 0.9:
        how = "identical to" if source == target else f"{ratio:.0%} the same as"
        yield Flag(f"the target is {how} the source", (0, len(seg.source)), (0, len(seg.target)))


MIN_LEAK_WORDS = 3
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"|\([^()]*\)")
MIN_MODEL_CONFIDENCE = 0.8  # below it, lingua's uk/ru call on a short target is a coin toss
MIN_MODEL_WORDS = 3  # on fewer words ("Кохрен.", "йеееее!") lingua's call says nothing


@register(
    "wrong-language",
    Severity.ERROR,
    "The target is not in the requested language (script and uk/ru cues), or words of the "
    "other script leak into it beyond names, URLs and codes.",
    ("The mayor resigned.", "Мэр ушёл в отставку.", "en", "uk"),
)
def wrong_language(seg: Segment) -> Iterator[Flag]:
    """Flag a target detected as another language, or foreign-script words in it."""
    target = mask_verbatim(seg.target)
    # Names copied from the source (Royal Mail, r/Military) say nothing of the language,
    # unless nothing else is there.
    latin, cyrillic = script_counts(_uncopied(target, seg.source if seg.tgt != "en" else ""))
    if not latin + cyrillic and _has_content(seg.source):
        latin, cyrillic = script_counts(target)
    if latin + cyrillic < 4:
        return
    whole = (0, len(seg.target))
    expected = LANG_NAMES[seg.tgt]
    if seg.tgt == "en":
        if cyrillic > latin:
            yield Flag(f"the target is in Cyrillic, not {expected}", target_span=whole)
            return
        leaks = [
            m
            for m in letter_words(target)
            if len(m.group()) > 1 and script_of(m.group()) in ("cyrillic", "mixed")
        ]
        if leaks:
            yield _leak_flag(leaks, "Cyrillic", Severity.WARNING)
        return
    if latin > cyrillic:
        yield Flag(f"the target is in Latin script, not {expected}", target_span=whole)
        return
    other = "ru" if seg.tgt == "uk" else "uk"
    # Detected only where the cues leave ``other`` possible; the model's call on a short
    # target says nothing, so lingua is not even run (or loaded) for one.
    found = None
    if not rules_out(target, other):
        found = detect(target, model=not _fewer_words(target, MIN_MODEL_WORDS))
    doubtful = found is None or (
        found.method == "model" and found.confidence < MIN_MODEL_CONFIDENCE
    )
    if found and found.lang == other and not doubtful:
        sure = found.method == "evidence" and found.confidence >= 0.875
        yield Flag(
            f"the target looks {LANG_NAMES[found.lang]}, not {expected} "
            f"({found.method}, confidence {found.confidence:.2f})",
            target_span=whole,
            severity=None if sure else Severity.WARNING,
        )
        return
    if not script_counts(target)[0]:
        mixed = lower_latin = []  # no Latin letter: no mixed word, no Latin-script word
    else:
        mixed, lower_latin = _latin_leaks(target)
    if mixed:
        yield _leak_flag(mixed, "mixed Latin and Cyrillic", Severity.WARNING)
    elif len(lower_latin) >= MIN_LEAK_WORDS:
        yield _leak_flag(lower_latin, "lower-case Latin-script", Severity.WARNING)
    for start, end, foreign in _foreign_clauses(target, seg.tgt, other):
        yield Flag(
            f"a {LANG_NAMES[other]} clause in the {LANG_NAMES[seg.tgt]} target: "
            f"{', '.join(repr(w) for w in foreign[:3])}",
            target_span=(start, end),
            severity=Severity.WARNING,
        )


def _uncopied(target: str, source: str) -> str:
    """``target`` without the words (any case) ``source`` has: ``target`` itself where it has
    none of them (every letter is in a word), else its other words joined by spaces."""
    tokens = word_list(target)
    copied = set(map(str.lower, word_list(source)))
    lows = list(map(str.lower, tokens))
    if copied.isdisjoint(lows):
        return target
    return " ".join(compress(tokens, map(not_, map(copied.__contains__, lows))))


def _fewer_words(text: str, count: int) -> bool:
    """Whether ``text`` has fewer than ``count`` letter words (read no further)."""
    return sum(1 for _ in islice(letter_words(text), count)) < count


def _latin_leaks(target: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Words of ``target`` mixing Latin and Cyrillic, and its lower-case Latin words."""
    mixed = [m for m in letter_words(target) if _mixed(m.group())]
    lower_latin = [  # quoted titles and bracketed terms (code, names of techniques) aside
        m
        for m in letter_words(_QUOTED.sub(lambda q: " " * len(q.group()), target))
        if m.group().islower() and script_of(m.group()) == "latin"
    ]
    return mixed, lower_latin


_CLAUSE = re.compile(r"[^.!?…;:—–«»“”\"()\n]+")
MIN_FOREIGN_WORDS = 2


def _foreign_clauses(text: str, lang: str, other: str) -> Iterator[tuple[int, int, list[str]]]:
    """Clauses of ``text`` written in ``other`` (uk or ru) rather than ``lang``.

    A clause is foreign when at least two of its lower-case words are words of ``other``
    only (its own letters or function words, or known to its dictionary and not to
    ``lang``'s) and none is a word of ``lang`` only: "— сказав Пєсков журналістам" in
    a Russian text.
    """
    if not _cued(text.lower(), other):
        return  # no letter or function word of ``other``: no dictionary look-ups needed
    for m in _CLAUSE.finditer(text):
        lower = list(filter(str.islower, LETTER_WORD.findall(m.group())))
        if not _cued(" ".join(lower), other):
            continue
        if any(
            not _LETTERS[lang].isdisjoint(w) and len(w) > 1 and script_of(w) == "cyrillic"
            for w in lower
        ):
            continue  # a word of ``lang`` by its letters (see :func:`_only`): no look-ups needed
        foreign = [w for w in lower if _only(w, other, lang)]
        lettered = any(not _LETTERS[other].isdisjoint(w) for w in foreign)
        if (
            (len(foreign) >= MIN_FOREIGN_WORDS or lettered)
            and 2 * len(foreign) >= len(lower)
            and not any(_only(w, lang, other) for w in lower)
        ):
            span = m.span()
            yield span[0] + len(m.group()) - len(m.group().lstrip()), span[1], foreign


@lru_cache(maxsize=1 << 16)
def _only(word: str, lang: str, other: str) -> bool:
    """Whether a lower-case Cyrillic ``word`` is a word of ``lang`` and not of ``other``."""
    if script_of(word) != "cyrillic" or len(word) < 2:
        return False
    if not _LETTERS[lang].isdisjoint(word):
        return True
    if not _LETTERS[other].isdisjoint(word):
        return False
    if word in FUNCTION_WORDS[lang] and word not in FUNCTION_WORDS[other]:
        return True
    return morph(lang).word_is_known(word) and not morph(other).word_is_known(word)


@lru_cache(maxsize=1 << 16)
def _mixed(word: str) -> bool:
    """Latin and Cyrillic letters inside one word part (``PR-кампанія`` is fine)."""
    return any(script_of(part) == "mixed" for part in re.split(r"[-'’ʼ]", word))


def _leak_flag(leaks: list[re.Match[str]], script: str, severity: Severity) -> Flag:
    shown = ", ".join(repr(m.group()) for m in leaks[:3])
    return Flag(
        f"{script} words in the target: {shown}",
        target_span=(leaks[0].start(), leaks[-1].end()),
        severity=severity,
    )


_ALNUM = re.compile(r"\w")
_GRAMMATICAL_TWICE = UK_WORDS | RU_WORDS | {"that", "had", "is", "do", "at", "in", "on", "to"}
_ECHO = re.compile(r"\b(\w+)\W+\1\b", re.IGNORECASE)
_ECHOED = re.compile(r"(\w+) (?:by|after) \1 ", re.IGNORECASE)  # little by little, day after day


def _repeated_ngram(low: list[str], max_n: int) -> bool:
    """Whether some run of 1 to ``max_n`` tokens of ``low`` is followed by the same run: a
    run of ``n`` tokens each equal to the token ``n`` on (compared in C, a byte a pair).
    Most sentences have no token twice, and nothing to compare."""
    if len(set(low)) == len(low):
        return False
    return any(b"\1" * n in bytes(map(str.__eq__, low, low[n:])) for n in range(1, max_n + 1))


def _repeats(text: str, max_n: int = 4) -> list[tuple[int, int, str, bool]]:
    """Immediately repeated word n-grams: ``(start, end, phrase, tight)`` of the second copy.

    ``tight`` says only white space separates the copies.

    A repeated word must follow its copy after white space or a dash only ("very, very"
    is style); a repeated phrase may have any punctuation in between.
    """
    if not _repeated_ngram(list(map(str.lower, word_list(text))), max_n):
        return []  # no n tokens are followed by the same n tokens: nothing repeats
    tokens = [(m.start(), m.end(), m.group().lower()) for m in words(text)]
    found = []
    i = 0
    while i < len(tokens):
        for n in range(max_n, 0, -1):
            first, second = tokens[i : i + n], tokens[i + n : i + 2 * n]
            if len(second) < n or [t[2] for t in first] != [t[2] for t in second]:
                continue
            gap = text[first[-1][1] : second[0][0]]
            # "1 к 1 к доллару", "little by little by": a ratio or an idiom, not a stutter
            ratio = (
                n == 2
                and len(first[1][2]) <= 3
                and (first[0][2].isdigit() or _ECHOED.match(text, first[0][0]))
            )
            if (
                (gap.strip(" —–-") if n == 1 else _ALNUM.search(gap))
                or all(t[2].isdigit() for t in first)
                or ratio
            ):
                continue
            phrase = " ".join(t[2] for t in first)
            found.append((second[0][0], second[-1][1], phrase, not gap.strip()))
            i += n - 1
            break
        i += 1
    return found


@register(
    "repetition",
    Severity.ERROR,
    "A word or phrase repeated back to back in the target that the source does not repeat "
    "(a degenerate translation); a single word repeated once, or a phrase repeated once "
    "across punctuation, is a warning.",
    ("Prices went up again.", "Ціни знову зросли знову зросли.", "en", "uk"),
)
def repetition(seg: Segment) -> Iterator[Flag]:
    """Flag back-to-back repeated words or n-grams the source does not have."""
    repeats = _repeats(seg.target)
    if not repeats:
        return
    source_repeats = {len(phrase.split()) for _, _, phrase, _ in _repeats(seg.source)}
    runs: list[list[tuple[int, int, str, bool]]] = []
    for item in repeats:
        if runs and runs[-1][-1][2] == item[2] and item[0] - runs[-1][-1][1] <= 1:
            runs[-1].append(item)  # a third copy of the same phrase
        else:
            runs.append([item])
    for run in runs:
        phrase = run[0][2]
        size = len(phrase.split())
        if size in source_repeats:
            continue
        once = len(run) == 1
        if once and not run[0][3] and _ECHO.search(seg.source):
            continue  # "Welcome. Welcome, everybody.": the source repeats across punctuation
        yield Flag(
            f"{phrase!r} is repeated" + (f" {len(run) + 1} times" if len(run) > 1 else ""),
            target_span=(run[0][0], run[-1][1]),
            # "that that", "had had", "что что бы ни": a function word may stand twice
            severity=Severity.INFO
            if once and size == 1 and phrase in _GRAMMATICAL_TWICE
            else Severity.WARNING
            if once and (size == 1 or not run[0][3])
            else None,
        )


# The final mark: its first character, then the rest of the mark looked for by what that
# was (tried only where one of ? ! … . stands, not at every character).
_FINAL = re.compile(
    r"([?!….](?:(?<=[?!])[?!]*|(?<=…)|(?<=\.)\.\.))(?:[\s\"'»“”’)\]]|&quot;|&#39;|&raquo;)*$"
)


@register(
    "punctuation",
    Severity.WARNING,
    "A question mark, exclamation mark or ellipsis ending the source also ends the target.",
    ("Will the bridge reopen?", "Міст відкриють.", "en", "uk"),
)
def punctuation(seg: Segment) -> Iterator[Flag]:
    """Flag sentence-final ? ! … of the source missing at the end of the target."""
    source = _FINAL.search(seg.source.rstrip())
    if not source:
        return
    mark = source.group(1)
    kind = "…" if mark in ("…", "...") else mark[0]
    target = _FINAL.search(seg.target.rstrip())
    got = target.group(1) if target else ""
    if kind == "…" and got in ("…", "..."):
        return
    if kind in got or (kind == "?" and got.startswith("!")):
        return  # "Would you be so kind…?" → "Будьте так добры…!": a request, still not a "."
    if source.end(1) < len(seg.source.rstrip()) and re.search(
        rf"{re.escape(mark)}[\"'»“”’]", seg.target
    ):
        return  # the mark ends a quoted title, which the target moved: «Куда ты идешь, Аида?»
    name = {"?": "question mark", "!": "exclamation mark", "…": "ellipsis"}[kind]
    yield Flag(
        f"the source ends with a {name} and the target does not",
        source_span=(source.start(1), source.end(1)),
        target_span=(max(0, len(seg.target.rstrip()) - 1), len(seg.target.rstrip())),
    )
