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
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher

from pipeline.glossary.morph import is_acronym
from pipeline.glossary.translit import skeleton, to_cyrillic

LANG_SUFFIX = re.compile(r"[._-](?:en|uk|ru)$", re.IGNORECASE)
ECHO_SIMILARITY = 0.85  # of a name and a run of capitalised words of another edition
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ`][^\W\d_]+)*")
_VOWELS = frozenset("aeiouy")


def story(article_id: str) -> str:
    """The story an article is an edition of: its id without a language suffix
    ("report.uk" → "report")."""
    return LANG_SUFFIX.sub("", article_id)


def _key(text: str) -> str:
    """A name's sound, Latin script read as uk Cyrillic as it sounds."""
    return skeleton(text if _CYRILLIC.search(text) else to_cyrillic(text, "uk", spoken=True))


class Editions:
    """The languages each story of a batch is written in, and the maximal runs of
    capitalised words (joined by single spaces) of each edition."""

    def __init__(self, texts: Iterable[tuple[str, str, str]]) -> None:
        """``texts``: ``(article id, language, paragraph text)``."""
        self.langs: dict[str, set[str]] = {}
        self._runs: dict[tuple[str, str], set[str]] = {}
        for article, lang, text in texts:
            key = (story(article), lang)
            self.langs.setdefault(key[0], set()).add(lang)
            runs = self._runs.setdefault(key, set())
            runs.update(_capitalised_runs(text))

    def backed(self, forms: Mapping[str, str], stories: Iterable[str]) -> bool:
        """Whether a suggestion with normal ``forms`` per language, seen in ``stories``, is
        backed: no edition is in another language; or two
        languages spell it, one in Cyrillic, and their words end alike
        (:func:`endings_agree`); or, found in one language, another language's edition
        writes a run of capitalised words that sounds like it, one of the two in Cyrillic
        ("Perry Cooper" ~ "Перрі Купер, менеджер"; not "Lich" in "Лавлі Лич")."""
        stories = set(stories)
        written = {lang for s in stories for lang in self.langs.get(s, ())}
        if len(written | set(forms)) == 1:
            return True
        if len(forms) > 1:
            cyrillic = any(_CYRILLIC.search(text) for text in forms.values())
            return cyrillic and endings_agree(forms)
        ((lang, text),) = forms.items()
        for other in written - {lang}:
            for s in stories:
                for run in self._runs.get((s, other), ()):
                    if _CYRILLIC.search(run):  # maybe inflected: so may the name be
                        names = {text}
                    elif _CYRILLIC.search(text):  # English: as the normal form ends
                        names = {text} if endings_agree({lang: text, other: run}) else set()
                    else:
                        continue  # a Latin name copied
                    size = len(run.split())
                    if any(size == len(n.split()) and _alike(_key(n), _key(run)) for n in names):
                        return True
        return False


def _alike(a: str, b: str) -> bool:
    """Whether two sound keys are alike (the same first sound, a close ratio)."""
    if not a or not b or a[0] != b[0]:
        return False
    if 2 * min(len(a), len(b)) < ECHO_SIMILARITY * (len(a) + len(b)):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= ECHO_SIMILARITY


def _capitalised_runs(text: str) -> list[str]:
    runs: list[list[str]] = []
    end = -1
    for m in _WORD.finditer(text):
        if not m.group()[:1].isupper():
            end = -1
            continue
        if end >= 0 and text[end : m.start()] == " ":
            runs[-1].append(m.group())
        else:
            runs.append([m.group()])
        end = m.end()
    return [" ".join(run) for run in runs]


def endings_agree(forms: Mapping[str, str]) -> bool:
    """Whether every word of one language's form ends as the same word of another's does:
    with the same sound in two Cyrillic forms ("Тарас Кремінь" / "Тарас Креминь"; not
    "Іяба" / "Иябо", "Крейт" / "Крей"), in a vowel or in a consonant beside an English one
    (read as it sounds: "Seattle" / "Сіетл"; not "Ahmed" / "Ахмета").  Forms of different
    lengths and acronyms are not compared."""
    endings = []
    for text in forms.values():
        words = text.split()
        keys = [_key(w) for w in words]
        if all(keys) and not any(is_acronym(w) for w in words):
            endings.append((bool(_CYRILLIC.search(text)), [k[-1] for k in keys]))
    for (cyr_a, ends_a), (cyr_b, ends_b) in itertools.combinations(endings, 2):
        if len(ends_a) != len(ends_b):
            continue
        if cyr_a and cyr_b:
            if ends_a != ends_b:
                return False
        elif [e in _VOWELS for e in ends_a] != [e in _VOWELS for e in ends_b]:
            return False
    return True
