"""Whether the editions of a story back a suggestion.

A batch may hold one story in several languages (``story.en``, ``story.uk``, ``story.ru``:
article ids that differ only by a language suffix).  A name is then found by two
recognisers that err differently (spaCy on the English, natasha on the Russian, capitalised
runs and pymorphy3 on the Ukrainian) and written alike in each edition, so the suggestion
holds its spelling in two languages, one of them Cyrillic ("Perry Cooper" / "Перрі Купер"),
or one edition writes it alike as a run of capitalised words of its own.  A suggestion one
edition alone gives is most often a recogniser's error (a capitalised common word, a
garbled or glued span, a wrong type) or a name the other editions translate (a row the
editor writes anyway); a Latin name the Ukrainian or Russian edition copies ("Tasmotas" /
"Tasmotas") is found by reading the same letters twice and backs nothing.  Two spellings
that end differently ("Bola Ahmed Tinubu" / "Бола Ахмета Тинубу", "Скотт Кілмера" /
"Скотти Килмер") put one of them in a wrong case, and back nothing either.  A story with
no other edition in the batch has nothing to ask.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache

from pipeline.glossary.morph import PROPER_TAGS, is_acronym, parses
from pipeline.glossary.translit import key_ratio, skeleton, to_cyrillic

LANG_SUFFIX = re.compile(r"[._-](?:en|uk|ru)$", re.IGNORECASE)
ECHO_SIMILARITY = 0.85  # of a name and a run of capitalised words of another edition
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ`][^\W\d_]+)*")
_VOWELS = frozenset("aeiouy")
_VOWEL_RUN = re.compile("[aeiouy]+")
_SENTENCE_END = frozenset('.!?…:;"«»“”„-–—')  # what may come before a sentence


def story(article_id: str) -> str:
    """The story an article is an edition of: its id without a language suffix
    ("report.uk" → "report")."""
    return LANG_SUFFIX.sub("", article_id)


@cache
def _keys(text: str) -> tuple[str, ...]:
    """A name's sounds: Cyrillic as written, Latin script (its accents dropped) read as uk
    Cyrillic letter by letter and as English sounds ("Cooper": Купер; "Seattle": Сіетл)."""
    if _CYRILLIC.search(text):
        return (skeleton(text),)
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    readings = (to_cyrillic(plain, "uk", spoken=True), to_cyrillic(plain, "uk"))
    return tuple(dict.fromkeys(k for k in map(skeleton, readings) if k))


def sounds_alike(a: str, b: str, strict: bool = False) -> bool:
    """Whether two spellings of a name sound alike: in one script, their sound keys are
    close; a Latin one beside a Cyrillic one may also have the same consonants, as English
    spells vowels many ways ("Sam Manson" ~ "Сем Менсон", "Perry Cooper" ~ "Перрі Купер";
    not "Ukrainian" ~ "Україна", "Case" ~ "Крис").  Acronyms, and everything when
    ``strict``, are compared as they sound only."""
    pairs = [(x, y) for x in _keys(a) for y in _keys(b)]
    if any(_alike(x, y) for x, y in pairs):
        return True
    if (
        strict
        or bool(_CYRILLIC.search(a)) == bool(_CYRILLIC.search(b))
        or any(is_acronym(w) for w in (*a.split(), *b.split()))
    ):
        return False
    return bool(_consonants(a) & _consonants(b))


@cache
def _consonants(text: str) -> frozenset[str]:
    """The consonants of a name's sounds (:func:`_keys`), when there are four or more."""
    found = (" ".join(_VOWEL_RUN.sub("", word) for word in key.split()) for key in _keys(text))
    return frozenset(c for c in found if len(c.replace(" ", "")) > 3)


class Editions:
    """The articles of each story of a batch, the language of each, and the maximal runs
    of capitalised words (joined by single spaces) each writes."""

    def __init__(self, texts: Iterable[tuple[str, str, str]]) -> None:
        """``texts``: ``(article id, the article's language, paragraph text)``; a paragraph
        in another language (a quote) is part of its article's edition."""
        self._stories: dict[str, dict[str, str]] = {}
        self._runs: dict[str, set[str]] = {}
        for article, lang, text in texts:
            self._stories.setdefault(story(article), {})[article] = lang
            self._runs.setdefault(article, set()).update(_capitalised_runs(text))

    def backed(self, forms: Mapping[str, str], articles: Iterable[str]) -> bool:
        """Whether a suggestion with normal ``forms`` per language, seen in ``articles``, is
        backed: two languages spell it, one in Cyrillic, alike (:func:`agree`); or, found
        in one language, no other article of its stories is in another language, or one
        writes a run of capitalised words that sounds like it (:func:`_echoes`: "Perry
        Cooper" ~ "Перрі Купер, менеджер"; not "Lich" in "Лавлі Лич").  A Cyrillic name
        is asked of the English edition when there is one, whose runs are in no case and
        tell a wrong normal form ("Страуда" beside "Stroud"); the other Cyrillic edition
        may write the same wrong form."""
        if len(forms) > 1:
            return any(_CYRILLIC.search(text) for text in forms.values()) and agree(forms)
        ((lang, text),) = forms.items()
        seen = set(articles)
        others = {
            other: other_lang
            for s in {story(a) for a in seen}
            for other, other_lang in self._stories.get(s, {}).items()
            if other not in seen and other_lang != lang
        }
        if _CYRILLIC.search(text) and "en" in others.values():
            others = {a: other_lang for a, other_lang in others.items() if other_lang == "en"}
        return not others or any(
            _echoes(text, lang, run, other_lang)
            for other, other_lang in others.items()
            for run in self._runs.get(other, ())
        )


def part_of(name: str, longer: str) -> bool:
    """Whether the words of ``name`` sound like fewer consecutive words of ``longer``, in
    any script: "Сікка" of "Vishal Sikka", "Сем" of "Sam Manson", "Санчес Рекарте" of
    "Ignacio Sánchez Recarte"."""
    words, whole = name.split(), longer.split()
    if len(words) >= len(whole):
        return False
    return any(
        all(sounds_alike(w, v) for w, v in zip(words, whole[i : i + len(words)], strict=True))
        for i in range(len(whole) - len(words) + 1)
    )


def _echoes(text: str, lang: str, run: str, other: str) -> bool:
    """Whether ``run``, capitalised words of the ``other`` language's edition, writes the
    name ``text`` of ``lang``: as many words sounding alike (strictly: no recogniser found
    the run, so it may be any word), one of the two in Cyrillic
    (a Latin name copied is no evidence).  A Cyrillic run may be inflected, so only an
    English one must end alike; a common word of the dictionary ("Федерация" beside
    "Федерація") is no name another Cyrillic edition can back."""
    if len(run.split()) != len(text.split()) or not sounds_alike(text, run, strict=True):
        return False
    if not _CYRILLIC.search(run):
        return bool(_CYRILLIC.search(text)) and agree({lang: text, other: run})
    return bool(not _CYRILLIC.search(text) or " " in text or not _common_word(text, lang))


def _common_word(word: str, lang: str) -> bool:
    """Whether the dictionary knows ``word`` only as a common word (no name, place or
    organisation)."""
    found = parses(lang, word)
    return bool(found) and all(p.is_known and not PROPER_TAGS & set(p.tag.grammemes) for p in found)


def _alike(a: str, b: str) -> bool:
    """Whether two sound keys are alike (the same first sound, a close ratio)."""
    if not a or not b or a[0] != b[0]:
        return False
    return key_ratio(a, b, ECHO_SIMILARITY) >= ECHO_SIMILARITY


def _capitalised_runs(text: str) -> list[str]:
    """The maximal runs of capitalised words of ``text`` joined by single spaces, and
    without its first word a run that opens a sentence ("Але Елборна" → Елборна)."""
    runs: list[list[str]] = []
    opening: list[bool] = []
    end = -1
    for m in _WORD.finditer(text):
        if not m.group()[:1].isupper():
            end = -1
            continue
        if end >= 0 and text[end : m.start()] == " ":
            runs[-1].append(m.group())
        else:
            runs.append([m.group()])
            before = text[: m.start()].rstrip()
            opening.append(not before or before[-1] in _SENTENCE_END)
        end = m.end()
    out = [" ".join(run) for run in runs]
    out += [" ".join(r[1:]) for r, first in zip(runs, opening, strict=True) if first and r[1:]]
    return out


def agree(forms: Mapping[str, str]) -> bool:
    """Whether the forms of one name in several languages can all be right: none an
    acronym beside a word ("JS" / "Йес"), and every word ending as the same word of
    another form does (read as uk Cyrillic, English as it sounds): two Cyrillic forms in
    the same sound, an English one and a Cyrillic one both in a vowel or both in a
    consonant, as English spells the sound of its last vowel many ways ("Тарас Кремінь" /
    "Тарас Креминь", "Seattle" / "Сіетл", "Swansea" / "Свонсі"; not "Ahmed" / "Ахмета",
    "Крейт" / "Крей").  Forms of different lengths are not compared."""
    acronyms = {any(is_acronym(w) for w in text.split()) for text in forms.values()}
    if len(acronyms) > 1:
        return False
    if acronyms == {True}:
        return True
    endings = []
    for text in forms.values():
        words = [_keys(w) for w in text.split()]
        if all(words):
            endings.append((bool(_CYRILLIC.search(text)), [{k[-1] for k in w} for w in words]))
    for (cyr_a, ends_a), (cyr_b, ends_b) in itertools.combinations(endings, 2):
        if len(ends_a) != len(ends_b):
            continue
        for a, b in zip(ends_a, ends_b, strict=True):
            if cyr_a and cyr_b:
                if a != b:
                    return False
            elif not {e in _VOWELS for e in a} & {e in _VOWELS for e in b}:
                return False
    return True
