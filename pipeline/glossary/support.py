"""Whether the editions of a story back a suggestion.

A batch may hold one story in several languages (``story.en``, ``story.uk``, ``story.ru``:
article ids that differ only by a language suffix).  A name is then found by two
recognisers that err differently (spaCy on the English, natasha on the Russian, capitalised
runs and pymorphy3 on the Ukrainian) and written alike in each edition, so the suggestion
holds its spelling in two languages, one of them Cyrillic ("Perry Cooper" / "Перрі Купер").
A suggestion one edition alone gives is most often a recogniser's error (a capitalised
common word, a garbled or glued span, a wrong type) or a name the other editions translate
(a row the editor writes anyway); a Latin name the Ukrainian or Russian edition copies
("Tasmotas" / "Tasmotas") is found by reading the same letters twice and backs nothing.
Two spellings that end differently ("Bola Ahmed Tinubu" / "Бола Ахмета Тинубу", "Скотт
Кілмера" / "Скотти Килмер") put one of them in a wrong case, and back nothing either.  A
story with no other edition in the batch has nothing to ask.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pipeline.glossary.morph import is_acronym
from pipeline.glossary.translit import skeleton, to_cyrillic

LANG_SUFFIX = re.compile(r"[._-](?:en|uk|ru)$", re.IGNORECASE)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_VOWELS = frozenset("aeiouy")


def story(article_id: str) -> str:
    """The story an article is an edition of: its id without a language suffix
    ("report.uk" → "report")."""
    return LANG_SUFFIX.sub("", article_id)


def editions(texts: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """The languages each story is written in, from ``(article id, language)`` pairs."""
    out: dict[str, set[str]] = {}
    for article, lang in texts:
        out.setdefault(story(article), set()).add(lang)
    return out


def backed(forms: Mapping[str, str], stories: Iterable[str], langs: Mapping[str, set[str]]) -> bool:
    """Whether a suggestion with normal ``forms`` per language, seen in ``stories`` (whose
    editions are in ``langs``), is backed: no edition is in another language, or two
    languages spell it, one in Cyrillic, and their words end alike (:func:`endings_agree`)."""
    if len({lang for s in stories for lang in langs.get(s, ())} | set(forms)) == 1:
        return True
    cyrillic = any(_CYRILLIC.search(text) for text in forms.values())
    return len(forms) > 1 and cyrillic and endings_agree(forms)


def endings_agree(forms: Mapping[str, str]) -> bool:
    """Whether every word of one language's form ends as the same word of the others' does,
    in a vowel or in a consonant (read as uk Cyrillic, English as it sounds): "Тарас
    Кремінь" / "Тарас Креминь", "Seattle" / "Сіетл"; not "Ahmed" / "Ахмета", "Крейт" /
    "Крей".  Forms of different lengths and acronyms are not compared."""
    endings = []
    for lang, text in forms.items():
        words = text.split()
        if any(is_acronym(w) for w in words):
            continue
        read = to_cyrillic(text, "uk", spoken=True) if lang == "en" else text
        keys = [skeleton(w) for w in read.split()]
        if len(keys) == len(words) and all(keys):
            endings.append(tuple(k[-1] in _VOWELS for k in keys))
    return all(len(e) != len(endings[0]) or e == endings[0] for e in endings)
