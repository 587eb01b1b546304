"""Finding glossary entities in text: :class:`Glossary` and its :meth:`Glossary.find`.

Matching is token-boundary aware, longest match first and non-overlapping.
All-caps acronyms match case-sensitively, everything else case-insensitively,
except that a capitalized name needs a capital first letter in the text (so the
bird "turkey" or the Ukrainian "віра" are not Turkey or Віра).  Hyphen and
space are interchangeable between the tokens of a name (Jong-un, Jong Un) and
the apostrophes ' ’ ʼ ‘ are one letter.  uk and ru tokens match any form of their
paradigm (pymorphy3, with a suffix declension for unknown names) or any word
whose dictionary lemma is the glossary form; of an East Asian person's name only the
last part declines (Кім Чен Ина), and a rendering that declines another part (Кім Чена
Ина) is found as a form of no case, for the enforcer to correct.  An index keyed by every surface
and lemma of each form's first token keeps :meth:`Glossary.find` to one dict
lookup per text token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

from pipeline.glossary.cache import CompiledCache
from pipeline.glossary.format import Entry, default_glossary_paths, load_entries
from pipeline.glossary.morph import (
    ALL_CASES,
    CASES,
    Paradigm,
    adjectival_surname,
    adjectival_too,
    agrees_before,
    animate_accusative_too,
    animate_head,
    declined_as_other,
    declined_too,
    declines_before_hyphen,
    feminine_soft,
    fixed_paradigm,
    fleeting_too,
    fleeting_vowel_dropped,
    foreign_before_head,
    frozen_paradigm,
    gender_of,
    head_index,
    hyphened_first_name,
    hyphened_place_part,
    is_acronym,
    kept_vowel_too,
    known_parses,
    lemma_cases,
    lemma_number,
    lemmas,
    man_spelt,
    masculine_too,
    norm_key,
    oblique_paradigm,
    only_a_thing,
    paradigm,
    plural_adjective_surname,
    rule_forms,
    surname_as_name,
    surname_first,
    tag_case,
    vouched_by_other,
    whole_too,
)
from pipeline.glossary.notes import fleeting_vowel, note_sex, stays_whole
from pipeline.model import LANGS

# An apostrophe joins letters; ‘ (a left quote) stands for one too, between letters (прем‘єр).
# A combining mark (the stress of Ада́м, Новотро́ицка) belongs to the letter before it.
_LETTERS = r"[^\W_]+(?:[\u0300-\u036f]+[^\W_]*)*"
_TOKEN = re.compile(rf"{_LETTERS}(?:['’ʼ`‘]{_LETTERS})*|[^\w\s]")
HYPHENS = "-‐‑"
QUOTES = "«»\"“”„'‘’"
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark of a text, with its character span."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return norm_key(self.text)


def tokenize(text: str) -> list[Token]:
    """Words (with inner apostrophes) and punctuation marks; hyphens are left out (they join)."""
    return [
        Token(m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(text)
        if m.group() not in HYPHENS
    ]


# An English initialism written with dots (U.S., U.N., F.B.I.): capital letters, each with
# its dot, two or more.
_INITIALISM = re.compile(r"(?<![^\W\d_])(?:[A-Z]\.){2,}(?!\w)")


# The abbreviations of a place's name, written with a stop or without (St. Petersburg,
# St Petersburg; Mt. Everest; Ft. Worth), before the name's next word.
_PLACE_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:St|Ste|Mt|Ft)\.(?=[ \t]+[A-Z])")


def word_texts(text: str) -> list[str]:
    """The words of ``text`` as :func:`tokenize` splits them, punctuation left out (Жан-Ноель
    is two, Жан and Ноель)."""
    return [t.text for t in tokenize(text) if t.text[:1].isalnum()]


def words_of(text: str, lang: str) -> list[Token]:
    """The tokens :meth:`Glossary.find` matches on: :func:`tokenize`'s, and in English an
    initialism written with dots one token, the acronym its letters spell (U.S. is US,
    U.N. is UN), and a place's abbreviation with its stop one token (St. is St), so that
    either spelling, in the text or the glossary, finds the other."""
    tokens = tokenize(text)
    if lang != "en" or "." not in text:
        return tokens
    found = [*_INITIALISM.finditer(text), *_PLACE_ABBREVIATION.finditer(text)]
    for m in sorted(found, key=lambda m: m.start(), reverse=True):
        inside = [i for i, t in enumerate(tokens) if m.start() <= t.start < m.end()]
        merged = Token(m.group().replace(".", ""), m.start(), m.end())
        tokens[inside[0] : inside[-1] + 1] = [merged]
    return tokens


def gap_kind(gap: str) -> str:
    """``join`` (nothing between), ``space`` (blanks or one hyphen) or ``break``."""
    if not gap:
        return "join"
    if "\n" in gap:
        return "break"
    stripped = gap.strip()
    if not stripped or (len(stripped) == 1 and stripped in HYPHENS):
        return "space"
    return "break"


@dataclass(frozen=True, eq=False)
class Pattern:
    """One form of one entry in one language, compiled for matching and inflection."""

    entry: Entry
    lang: str
    index: int
    form: str
    words: tuple[str, ...]
    seps: tuple[str, ...]
    gaps: tuple[str, ...]
    paradigms: tuple[Paradigm, ...]

    @property
    def capital_first(self) -> bool:
        first = self.words[0]
        return first[:1].isupper() and not is_acronym(first)

    def inflect(self, case: str, like: Sequence[str] = (), seps: Sequence[str] = ()) -> str:
        """The form in ``case`` (inflecting tokens only; joins and spaces as in the glossary).

        ``like`` (the words a rendering has, one per token, or another form's words whose
        last one goes with the last inflecting token) picks among a case's forms the
        closest ones; ``seps`` (its separators) keeps the rendering's own blanks (a
        no-break space stays one).
        """
        models: list[str | None] = [None] * len(self.words)
        if len(like) == len(self.words):
            models = list(like)
        elif like:  # another form of the name (a surname alone): its last word, the last token
            last = max((i for i, p in enumerate(self.paradigms) if p.inflects), default=-1)
            if last >= 0:
                models[last] = like[-1]
        parts = []
        for i, (word, par) in enumerate(zip(self.words, self.paradigms, strict=True)):
            if i:
                sep = self.seps[i - 1]
                mine = seps[i - 1] if len(seps) == len(self.seps) else sep
                keep = mine and not mine.strip() and not sep.strip() and sep
                parts.append(mine if keep else sep)
            parts.append(par.form(case, models[i]) if par.inflects else word)
        return "".join(parts)

    def vouched(self, case: str) -> bool:
        """Whether every inflecting token's form in ``case`` is backed by pymorphy3."""
        return all(case in p.vouched for p in self.paradigms if p.inflects)

    def regular(self, case: str) -> bool:
        """Whether every inflecting token's form in ``case`` is backed by pymorphy3 or by its
        ending class, which declines one way only (:attr:`Paradigm.regular`)."""
        return all(case in p.vouched or case in p.regular for p in self.paradigms if p.inflects)


@dataclass(frozen=True)
class Match:
    """An entity found in a text: span, matched form and the cases its inflection allows.

    ``alternatives`` lists other entries matching exactly the same span.
    """

    start: int
    end: int
    text: str
    lang: str
    entry: Entry
    index: int
    cases: frozenset[str] = ALL_CASES
    alternatives: tuple[Entry, ...] = field(default=())

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _inflecting(entry: Entry, lang: str, words: list[str], gaps: list[str]) -> list[bool]:
    """Which tokens of a uk/ru form inflect: all capitalized words of a person's name (the
    last one only of an East Asian name: Кім Чен Ина, Сі Цзіньпіна), otherwise the first
    noun (moved to the end of a hyphenated compound) and the words before it.
    """
    if lang not in ("uk", "ru"):
        return [False] * len(words)
    if entry.type == "PER":
        flags = _name_parts(entry, words)
        if _surname_first(entry):
            last = max((i for i, flag in enumerate(flags) if flag), default=-1)
            flags = [i == last for i in range(len(words))]
        # Only the last part of a hyphenated name declines (Ель-Закзакі → Ель-Закзакі,
        # Жан-Поля), but a Slavic surname's first part does (Римського-Корсакова).  A
        # surname in -ых (Седых) never does.
        joined = [i < len(gaps) and gaps[i] == "join-hyphen" for i in range(len(words))]
        return [
            flag
            and not plural_adjective_surname(lang, w)
            and not (join and not declines_before_hyphen(w))
            for w, flag, join in zip(words, flags, joined, strict=True)
        ]
    joined = [i for i in range(1, len(words)) if gaps[i - 1] == "join-hyphen"]
    inner = next((i for i in joined if _preposition(lang, words[i])), None)
    if inner is not None:
        # A place named with a preposition inside (Ростов-на-Дону, Франкфурт-на-Майне): the
        # words before it decline as a name of their own, the phrase from it on does not
        # (в Ростове-на-Дону).
        rest = [False] * (len(words) - inner)
        return [*_inflecting(entry, lang, words[:inner], gaps[: inner - 1]), *rest]
    quote = next((i for i, w in enumerate(words) if w in QUOTES), len(words))
    # The first part of a hyphenated compound is no head of its own (Києво of
    # Києво-Могилянська академія, a stem the guesser reads as a noun): the compound's last
    # part stands for it, and an adjective there agrees with the noun after it.
    # A number joined by a hyphen is a label, no part of a compound: the word before it is
    # the head and declines (Дніпро-1: гравців «Дніпра-1»).
    labelled = numbered(words, gaps)
    compound = frozenset(
        i for i in range(len(words) - 1) if gaps[i] == "join-hyphen" and i not in labelled
    )
    words_ = [w if i - 1 not in labelled else "" for i, w in enumerate(words[:quote])]
    head = head_index(lang, words_, compound) if quote else -1
    while 0 <= head < len(gaps) and gaps[head] == "join-hyphen" and head not in labelled:
        head += 1
    flags = [i <= head and words[i][:1].isalpha() for i in range(len(words))]
    for i in range(len(words) - 1):
        if gaps[i] == "join-hyphen" and i not in labelled and not _agreeing_pair(lang, words, i):
            flags[i] = entry.type == "LOC" and flags[i] and _declining_pair(lang, words, i)
    return flags


def numbered(words: list[str], gaps: list[str]) -> frozenset[int]:
    """The indexes of the words a number follows, joined by a hyphen (Дніпро of Дніпро-1)."""
    return frozenset(
        i
        for i in range(len(words) - 1)
        if gaps[i] == "join-hyphen" and words[i + 1].isdigit() and words[i][:1].isalpha()
    )


def _agreeing_pair(lang: str, words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a noun that the last word, joined to it by a hyphen, agrees
    with as an adjective (Каменец-Подольский, Володимир-Волинський): both decline (в
    Каменце-Подольском); not a first part that is no noun (Івано-Франківськ)."""
    if i + 2 != len(words):
        return False
    nouns = _singular_genders(lang, words[i], "NOUN")
    return bool(nouns & _singular_genders(lang, words[i + 1], "ADJF"))


def _declining_pair(lang: str, words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a place's first part the dictionary does not know as a noun the
    last part agrees with, declines with that last part, an adjective joined to it by a
    hyphen: a consonant before a masculine adjective (ru Переяслав-Хмельницкий: в
    Переяславе-Хмельницком), -а/-я before a feminine one.  Not two nouns, whose first part
    news declines (у Середині-Буді) or not (в Баня-Луке) by the name:
    :func:`morph.hyphened_place_part` keeps both valid there."""
    first, last = words[i].lower(), words[-1].lower()
    if i + 2 != len(words) or len(first) < 4 or not words[i][:1].isupper():
        return False
    adjective = _singular_genders(lang, last, "ADJF")
    if first[-1] not in "аяеєиіїоуюьй'’ʼ":
        return "masc" in adjective
    return first[-1] in "ая" and "femn" in adjective


def _singular_genders(lang: str, word: str, pos: str) -> set[str]:
    """The genders of ``word``'s singular nominative readings as a ``pos``."""
    return _number_genders(lang, word, pos) - {"plur"}


def _number_genders(lang: str, word: str, pos: str) -> set[str]:
    """``word``'s nominative readings as a ``pos``: each singular's gender, "plur" for a
    plural."""
    return {
        "plur" if p.tag.number == "plur" else p.tag.gender
        for p in known_parses(lang, word.lower())
        if pos == p.tag.POS and tag_case(p.tag) == "nomn"
    } - {None}


def _participle_after_head(
    entry: Entry, lang: str, words: list[str], flags: list[bool]
) -> list[bool]:
    """``flags`` with a participle that opens a clause after the name's head noun, set off
    by a comma, declining with the noun it agrees with (ru Национальная комиссия,
    осуществляющая регулирование …: Национальной комиссии, осуществляющей); the words
    after it are its own and stay.  Not a person's name."""
    head = max((i for i, flag in enumerate(flags) if flag), default=-1)
    after = head + 2
    if entry.type == "PER" or head < 0 or after >= len(words) or words[head + 1] != ",":
        return flags
    if not words[after].islower() or any(flags[after:]):
        return flags
    if not _number_genders(lang, words[head], "NOUN") & _number_genders(lang, words[after], "PRTF"):
        return flags
    return [*flags[:after], True, *flags[after + 1 :]]


def _adjective_after_head(
    entry: Entry, lang: str, words: list[str], gaps: list[str], flags: list[bool]
) -> int:
    """The index of a capitalised adjective that ends a place's or body's name after its head
    noun and agrees with it (uk річка Озерна, ru река Озерная): it declines with the noun
    (річки Озерної), or -1.  News also leaves it whole after a generic noun (річки Озерна),
    so both stand.  Not a person's name."""
    head = max((i for i, flag in enumerate(flags) if flag), default=-1)
    after = head + 1
    if entry.type == "PER" or head < 0 or after != len(words) - 1 or "join-hyphen" in gaps:
        return -1
    word = words[after]
    if not word[:1].isupper() or any(c in HYPHENS for c in word):
        return -1
    agrees = _number_genders(lang, words[head], "NOUN") & _number_genders(lang, word, "ADJF")
    return after if agrees else -1


def after_plural_adjective(lang: str, words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` follows a word of the name that reads as an adjective only in the
    plural nominative (Зелёные of ru Зелёные Луга): the noun agrees with it as a plural."""
    if i == 0:
        return False
    readings = [
        p for p in known_parses(lang, words[i - 1].lower())
        if p.tag.POS == "ADJF" and tag_case(p.tag) == "nomn"
    ]  # fmt: skip
    return bool(readings) and all(p.tag.number == "plur" for p in readings)


def _preposition(lang: str, word: str) -> bool:
    """Whether ``word``, in lower case, is a preposition to the dictionary (на of
    Ростов-на-Дону)."""
    return word.islower() and any(p.tag.POS == "PREP" for p in known_parses(lang, word))


def _name_parts(entry: Entry, words: Sequence[str]) -> list[bool]:
    """The words of a person's name form that are names (capitalized, not acronyms)."""
    return [entry.type == "PER" and w[:1].isupper() and not is_acronym(w) for w in words]


def _surname_first(entry: Entry) -> bool:
    """Whether ``entry`` is an East Asian person named surname first, as its English form
    tells (see :func:`pipeline.glossary.morph.surname_first`)."""
    english = entry.forms.get("en", ())
    return entry.type == "PER" and bool(english) and surname_first(english[0])


def a_thing(entry: Entry, lang: str) -> bool:
    """Whether every word of every form of ``entry`` in ``lang`` is one the dictionary knows
    as a thing only: a "person" the glossary mistyped (Херсон, Майдан), who declines as a
    thing; not Ури Геллер, whose short form Геллер is also a coin."""
    words = [t.text for f in entry.forms_for(lang) for t in tokenize(f) if t.text[:1].isalpha()]
    return bool(words) and all(only_a_thing(lang, w) for w in words)


def a_place(pat: Pattern) -> bool:
    """Whether the entity is a place: typed so, or a uk "person" the dictionary knows as a
    thing only (Херсон), whom the glossary mistyped — no woman's surname that stays whole.
    (In ru a place's context makes вернуть Дании an object: not measured better there.)"""
    mistyped = pat.lang == "uk" and pat.entry.type == "PER" and a_thing(pat.entry, pat.lang)
    return pat.entry.type == "LOC" or mistyped


# Particles of a European surname that stay as written however the name declines (Ван дер
# Беллену, Ле Пен, Ді Марії), and Abdel, "servant of", bound to the name after it (Абдель
# Фаттахом ас-Сісі); not Ben, Bin, Al, which are first names or articles too (Ben Wallace:
# Бена Воллеса).
_STAYING_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "du", "da", "di", "la", "le", "ter", "zu", "dos", "das",
    "del", "della", "do", "abdel",
})  # fmt: skip


def _particles_stay(
    entry: Entry, lang: str, index: int, words: Sequence[str], flags: list[bool]
) -> list[bool]:
    """``flags`` with a person's name word that renders a particle of the English form
    (Van of Van der Bellen, word for word) not declining: Ван дер Беллену, not Вану."""
    english = entry.forms.get("en", ())
    spelt = english[min(index, len(english) - 1)].split() if english else []
    if entry.type != "PER" or lang not in ("uk", "ru"):
        return flags
    flags = list(flags)
    # Word for word up to the first hyphenated word (al-Sisi: ас-Сісі is two tokens).
    for i, (word, name) in enumerate(zip(spelt, words[:-1], strict=False)):
        if "-" in word:
            break
        if name[:1].isupper() and word.lower() in _STAYING_PARTICLES:
            flags[i] = False
    return flags


def _heads_after(words: Sequence[str], marked: Sequence[str], i: int) -> list[str]:
    """The words after ``words[i]`` that may head it: not the first part of a hyphenated
    adjective (гірничо- of Вільногірський гірничо-металургійний комбінат), which agrees with
    nothing, so that the adjective before it is read as one (its accusative the nominative,
    not a surname's Вільногірського)."""
    return [w for j, w in enumerate(words[i + 1 :], i + 1)
            if not (j < len(marked) and marked[j] == "join-hyphen")]  # fmt: skip


def compile_pattern(entry: Entry, lang: str, index: int, form: str, gender: str | None) -> Pattern:
    """Compile one glossary form (its tokens, gaps and per-token paradigms)."""
    toks = words_of(form, lang)
    words = [t.text for t in toks]
    raw = [form[a.end : b.start] for a, b in pairwise(toks)]
    gaps = [gap_kind(g) for g in raw]
    marked = [
        "join-hyphen" if g.strip() and g.strip() in HYPHENS else k
        for g, k in zip(raw, gaps, strict=True)
    ]
    flags = _inflecting(entry, lang, words, marked)
    flags = _particles_stay(entry, lang, index, words, flags)
    flags = _participle_after_head(entry, lang, words, flags)
    adjective = _adjective_after_head(entry, lang, words, marked, flags)
    if adjective >= 0:
        flags = [*flags[:adjective], True]
    # The other parts of an East Asian name stay as written (Кім Чен of Кім Чен Ина).
    frozen = _name_parts(entry, words) if lang in ("uk", "ru") else [False] * len(words)
    animate, slavic = entry.type == "PER" and not a_thing(entry, lang), not _surname_first(entry)
    english = entry.forms.get("en", ())
    spelt = english[min(index, len(english) - 1)].split() if english else []
    # Tesla, not Democrats: a one-word English name not in -s names no plural.
    singular = len(spelt) == 1 and spelt[0][-1:].isalpha() and not spelt[0].endswith("s")
    # Лаврова for Lavrov: the genitive of Лавров, in the glossary as its nominative.
    man = animate and gender is None and bool(spelt and words)
    nominative = man_spelt(lang, words[-1], spelt[-1]) if man else None
    paradigms = tuple(
        oblique_paradigm(lang, w, nominative, animate, slavic)
        if flag and nominative and i == len(words) - 1
        else paradigm(lang, w, gender, animate, slavic, entry.type == "LOC", singular,
                      not animate and agrees_before(lang, w, _heads_after(words, marked, i)),
                      entry.type == "PER", animate and slavic and i == 0 and len(words) > 1,
                      not animate and after_plural_adjective(lang, words, i))
        if flag
        else (i < len(marked) and marked[i] == "join-hyphen" and entry.type == "PER"
              and hyphened_first_name(lang, w, gender, animate, slavic))
        or frozen_paradigm(lang, w, gender, animate, slavic)
        if stays
        else (i + 2 == len(words) and marked[i] == "join-hyphen" and flags[i + 1]
              and entry.type == "LOC" and hyphened_place_part(lang, w))
        or fixed_paradigm(w)
        for i, (w, flag, stays) in enumerate(zip(words, flags, frozen, strict=True))
    )
    paradigms = _vouched_by_other(entry, lang, index, paradigms, gender, animate, slavic, singular)
    if not animate:
        paradigms = _declined_as_other(entry, lang, index, paradigms, flags)
    paradigms = _whole_by_note(entry, lang, index, words, paradigms)
    if animate and lang == "ru":
        _, theirs = _other_words(entry, lang, index)
        if len(theirs) == len(paradigms):
            paradigms = tuple(
                adjectival_surname(p, lang, word) for p, word in zip(paradigms, theirs, strict=True)
            )
    if animate:
        paradigms = _surname_as_name(entry, lang, index, words, paradigms, gender, slavic)
        paradigms = _womans_surname_too(lang, words, paradigms, gender, slavic)
    paradigms = _fleeting_too(entry, lang, index, paradigms, gender, animate, slavic, singular)
    # A Russian place in -ово and a name with a numbered label (Дніпро-1) are left
    # undeclined in news as often as declined: the nominative is valid in every case.
    labelled = numbered(words, marked)
    # A first part that declines by :func:`_declining_pair` or :func:`_agreeing_pair` is
    # left whole in news too (у Середина-Буді, у Переяслав-Хмельницькому, в Каменец-
    # Подольском: the adjective still tells the case): both stand, the declined one is
    # written.
    labelled = labelled | {
        i for i in range(len(words) - 1)
        if entry.type == "LOC" and flags[i] and marked[i] == "join-hyphen"
        and (_agreeing_pair(lang, words, i) or _declining_pair(lang, words, i))
    }  # fmt: skip
    if entry.type != "PER" and lang in ("uk", "ru") and foreign_before_head(lang, words):
        labelled = labelled | {i for i, flag in enumerate(flags) if flag}
    paradigms = tuple(
        whole_too(p, lang, i in labelled) if entry.type == "LOC" or i in labelled else p
        for i, p in enumerate(paradigms)
    )
    if entry.type == "LOC" and len(paradigms) == 1:
        paradigms = (adjectival_too(declined_too(paradigms[0], lang), lang),)
    head = max((i for i, flag in enumerate(flags) if flag), default=-1)
    if entry.type == "ORG" and head >= 0 and animate_head(lang, words[head]):
        paradigms = tuple(
            animate_accusative_too(p) if i <= head else p for i, p in enumerate(paradigms)
        )
    if adjective >= 0:
        # Its nominative stands in every case, and a rewrite writes it whole, as the form has
        # it (поблизу озера Світле), unless the rendering's own word picks its declined form
        # (річки Озорної → Озерної).
        par = whole_too(paradigms[adjective], lang, True)
        whole = dict.fromkeys(par.forms, par.word.lower())
        paradigms = (*paradigms[:adjective], replace(par, forms=whole))
    return Pattern(entry, lang, index, form, tuple(words), tuple(raw), tuple(gaps), paradigms)


def _womans_surname_too(
    lang: str,
    words: list[str],
    paradigms: tuple[Paradigm, ...],
    gender: str | None,
    slavic: bool,
) -> tuple[Paradigm, ...]:
    """``paradigms`` of a person's full name whose bearer's sex nothing tells (no dictionary
    knows the first name, no note), the first name in -а/-я, with the surname's nominative
    valid in every case where it ends in a consonant: a woman's such surname stays whole
    (Джасіндою Ардерн, Рикарды Ланг), a man's declines (Ардерном), and which is right is
    the translator's to know.  The first name still tells the case (з Джасінда Ардерн is a
    nominative), and the man's forms stay the ones written."""
    if (
        gender is not None or not slavic or lang not in ("uk", "ru") or len(words) < 2
        or not words[0].lower().endswith(("а", "я")) or not paradigms[0].inflects
        or not paradigms[-1].inflects or words[-1].lower().endswith(DECLINING_ENDINGS)
    ):  # fmt: skip
        return paradigms
    return (*paradigms[:-1], whole_too(paradigms[-1], lang, True))


def _other_words(entry: Entry, lang: str, index: int) -> tuple[str, list[str]]:
    """The other Cyrillic language of ``lang`` and the words of the entry's form there at
    ``index`` (its last form where it has fewer); no words where it has none."""
    other = {"uk": "ru", "ru": "uk"}.get(lang, "")
    forms = entry.forms.get(other, ()) if other else ()
    if not forms:
        return other, []
    return other, [t.text for t in words_of(forms[min(index, len(forms) - 1)], other)]


def _vouched_by_other(
    entry: Entry,
    lang: str,
    index: int,
    paradigms: tuple[Paradigm, ...],
    gender: str | None,
    animate: bool,
    slavic: bool,
    singular: bool,
) -> tuple[Paradigm, ...]:
    """``paradigms`` with the forms vouched that the other Cyrillic language's dictionary
    stands behind (:func:`~pipeline.glossary.morph.vouched_by_other`): the entry's form
    there at the same index, word for word (the last word for the last where the counts
    differ)."""
    if all(p.dictionary or not p.inflects for p in paradigms):
        return paradigms
    other, theirs = _other_words(entry, lang, index)
    if not theirs:
        return paradigms
    pairs = (
        dict(enumerate(theirs)) if len(theirs) == len(paradigms)
        else {len(paradigms) - 1: theirs[-1]}
    )  # fmt: skip
    place, person = entry.type == "LOC", entry.type == "PER"
    return tuple(
        vouched_by_other(p, lang, other, pairs[i], gender, animate, slavic, place, singular,
                         person)
        if i in pairs and p.inflects else p
        for i, p in enumerate(paradigms)
    )  # fmt: skip


def _fleeting_too(
    entry: Entry,
    lang: str,
    index: int,
    paradigms: tuple[Paradigm, ...],
    gender: str | None,
    animate: bool,
    slavic: bool,
    singular: bool,
) -> tuple[Paradigm, ...]:
    """``paradigms`` with the last declining word of a person's or a place's name taking
    the forms that drop its fleeting vowel as valid too (:func:`~pipeline.glossary.morph.
    fleeting_too`: Табурца beside Табуреца; ru Псла, as the other language's dictionary
    declines uk Псел), and a one-word name or a body's name that is a noun of the
    dictionary keeping it (:func:`~pipeline.glossary.morph.kept_vowel_too`: «Кременя»)."""
    if lang not in ("uk", "ru") or entry.type not in ("PER", "LOC", "ORG"):
        return paradigms
    last = max((i for i, p in enumerate(paradigms) if p.inflects), default=-1)
    if last < 0 or last != len(paradigms) - 1:
        return paradigms
    if entry.type == "ORG" or len(paradigms) == 1:
        paradigms = (*paradigms[:last], kept_vowel_too(paradigms[last], lang))
    if entry.type == "ORG":
        return paradigms
    other, theirs = _other_words(entry, lang, index)
    twin = (
        paradigm(other, theirs[-1], gender, animate, slavic, entry.type == "LOC", singular,
                 False, entry.type == "PER")
        if theirs else None
    )  # fmt: skip
    return (*paradigms[:last], fleeting_too(paradigms[last], lang, twin))


def _whole_by_note(
    entry: Entry, lang: str, index: int, words: list[str], paradigms: tuple[Paradigm, ...]
) -> tuple[Paradigm, ...]:
    """``paradigms`` with the words the glossary's note says stay whole fixed
    (:func:`~pipeline.glossary.notes.stays_whole`: "indeclinable" of Бангладеш, "indeclinable
    surname" of Барро, "full form indeclinable"): the writer's word beats the dictionary's
    reading of a foreign name as a Slavic noun.  A person's full form has a surname (its
    last name word, an East Asian one's first) and first names; a short form is a
    surname; "indeclinable" alone is a Western person's surname, an East Asian one's
    whole name."""
    if lang not in ("uk", "ru") or not entry.note or not any(p.inflects for p in paradigms):
        return paradigms
    kind = "full" if index == 0 else "short"
    names = [i for i, flag in enumerate(_name_parts(entry, words)) if flag]
    surname = (names[0] if _surname_first(entry) else names[-1]) if names else -1
    western = entry.type == "PER" and not _surname_first(entry)
    # The word a fleeting vowel is the note's of: the surname, else the last that declines.
    last = surname if surname >= 0 else max(
        (i for i, p in enumerate(paradigms) if p.inflects), default=-1
    )
    # A short form's word is the surname where the full form has it; a third form in no
    # word of the full form is a call sign or a nickname (Мадяр of Роберт Бровді | Бровді |
    # Мадяр), a noun for a person the note's "surname" and a Western person's bare
    # "indeclinable" do not reach (позивний Мадяра).  Not a thing's noun (Грім, thunder:
    # грому to the dictionary, Гріма by the name rules), which the note keeps whole.
    # A short form that is the full form's first name, not its surname (Гукеш of Гукеш
    # Доммараджу, "surname indeclinable"), is a first name the note's "surname" does not
    # reach.
    full_words = [norm_key(w) for w in entry.forms.get(lang, ("",))[0].split()] or [""]
    full = set(full_words)
    full_surname = full_words[0] if _surname_first(entry) else full_words[-1]
    out = []
    for i, (word, par) in enumerate(zip(words, paradigms, strict=True)):
        parts = {kind}
        alias = (
            entry.type == "PER" and index > 1 and norm_key(word) not in full
            and any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" and tag_case(p.tag) == "nomn"
                    for p in known_parses(lang, word.lower()))
        )  # fmt: skip
        given = index > 0 and len(full_words) > 1 and norm_key(word) in full - {full_surname}
        if entry.type == "PER" and not alias:
            parts.add("surname" if not given and (index > 0 or i == surname) else "first")
        # "indeclinable" of a Western person is the surname's: a first name declines by
        # its own ending (Чимаманди of Чимаманда Нгозі Адічі, "woman; indeclinable").
        whole = not (western and ("first" in parts or alias))
        said = stays_whole(entry.note, lang, frozenset(parts), whole) if par.inflects else None
        if said:
            par = fixed_paradigm(word)
        elif said is False and not par.dictionary and par.vouched != frozenset(par.forms):
            # "declinable -а" of Ісіба, Кошта: the writer vouches for the forms the rules
            # give a name no dictionary knows (Ісіби, Коштою), as a dictionary would.
            par = replace(par, vouched=frozenset(par.forms))
        if i == last and par.inflects and fleeting_vowel(entry.note, lang):
            par = fleeting_vowel_dropped(par)
        out.append(par)
    return tuple(out)


def _surname_as_name(
    entry: Entry,
    lang: str,
    index: int,
    words: list[str],
    paradigms: tuple[Paradigm, ...],
    gender: str | None,
    slavic: bool,
) -> tuple[Paradigm, ...]:
    """``paradigms`` with the surname of a Western person's full form (its last name word)
    or a short form's one word declined as a surname too where the dictionary knows it only
    as a first name (:func:`~pipeline.glossary.morph.surname_as_name`)."""
    if _surname_first(entry):
        return paradigms
    names = [i for i, flag in enumerate(_name_parts(entry, words)) if flag]
    if index > 0 and len(words) != 1:
        return paradigms
    surname = 0 if index > 0 else (names[-1] if len(names) > 1 else -1)
    if surname < 0:
        return paradigms
    sex = gender if gender in ("masc", "femn") else None
    out = list(paradigms)
    out[surname] = surname_as_name(paradigms[surname], lang, slavic, sex)
    return tuple(out)


def _declined_as_other(
    entry: Entry, lang: str, index: int, paradigms: tuple[Paradigm, ...], flags: list[bool]
) -> tuple[Paradigm, ...]:
    """``paradigms`` with a thing's inflecting word declined as the other Cyrillic
    language's dictionary declines its word there, word for word where both forms have as
    many words: one that no rule declines (:func:`~pipeline.glossary.morph.
    declined_as_other`: ru Закарпатье by uk Закарпаття), one in -ь the dictionaries give
    two genders (:func:`~pipeline.glossary.morph.masculine_too`: ru Ирпень by uk Ірпінь),
    or a feminine one (:func:`~pipeline.glossary.morph.feminine_soft`: ru Лопань by uk
    Лопань, Лопані)."""
    if not any(flags):
        return paradigms
    other, theirs = _other_words(entry, lang, index)
    if len(theirs) != len(paradigms):
        return paradigms
    return tuple(
        masculine_too(
            feminine_soft(declined_as_other(p, lang, other, word), lang, other, word),
            lang, other, word,
        )
        if flag
        else p
        for p, flag, word in zip(paradigms, flags, theirs, strict=True)
    )


class Glossary:
    """Every entry of the loaded glossary files, with a per-language lookup index.

    The index is built without morphology: each form is filed under the stem of its
    first token (its key less the last three letters, at least two kept; inflection
    changes no more) and under that token's key, which a text token's dictionary lemma
    reaches (Льва → лев).  :meth:`find` compiles only the forms a text token can start
    and whose every token can occur in the text (:func:`compile_pattern` costs
    milliseconds, a lookup microseconds); the compiled forms are kept on disk by the
    glossary's content (:meth:`save_cache`).
    """

    def __init__(self, entries: Iterable[Entry] = (), paths: Iterable[str | Path] = ()) -> None:
        self.entries: list[Entry] = list(entries)
        self.paths = [Path(p) for p in paths]
        self._by_id: dict[str, Entry] = {}
        for entry in self.entries:
            self._by_id.setdefault(entry.id, entry)
        self._compiled: dict[tuple[int, str, int], Pattern | None] = {}
        self._stems: dict[str, dict[str, list[tuple[int, int]]]] = {}
        self._words: dict[str, dict[str, list[tuple[int, int]]]] = {}
        self._keys: dict[tuple[int, str, int], tuple[str, ...]] = {}
        self._ordinal = {id(entry): n for n, entry in enumerate(self.entries)}
        self._cache = CompiledCache(self.entries)
        self._compiled.update(self._cache.load())

    @classmethod
    def load(cls, paths: Iterable[str | Path] | None = None) -> Glossary:
        """Load glossary files and folders (default: :func:`default_glossary_paths`)."""
        chosen = list(default_glossary_paths() if paths is None else paths)
        return cls(load_entries(chosen), chosen)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        """The (first) entry with ``entry_id``."""
        return self._by_id.get(entry_id)

    def pattern(self, entry: Entry, lang: str, index: int) -> Pattern | None:
        """The compiled form ``index`` of ``entry`` in ``lang`` (None if it has no such form);
        of entries sharing an id, the first one's form."""
        first = self._by_id.get(entry.id, entry)
        for candidate in (first, entry):
            n = self._ordinal.get(id(candidate))
            pat = self._compile(n, lang, index) if n is not None else None
            if pat is not None:
                return pat
        return self._compile_one(entry, lang, index)

    def _compile_one(self, entry: Entry, lang: str, index: int) -> Pattern | None:
        forms = entry.forms_for(lang)
        if index >= len(forms):
            return None
        return compile_pattern(entry, lang, index, forms[index], entry_gender(entry, lang))

    def _compile(self, n: int, lang: str, index: int) -> Pattern | None:
        key = (n, lang, index)
        if key not in self._compiled:
            pat = self._compile_one(self.entries[n], lang, index)
            self._compiled[key] = pat if pat is not None and pat.words else None
            self._cache.dirty = True
        return self._compiled[key]

    def _build(self, lang: str) -> None:
        if lang in self._stems:
            return
        stems: dict[str, list[tuple[int, int]]] = {}
        words: dict[str, list[tuple[int, int]]] = {}
        for n, entry in enumerate(self.entries):
            for i, form in enumerate(entry.forms_for(lang)):
                first = next(iter(words_of(form, lang)), None)
                if first is None:
                    continue
                key = first.key
                stems.setdefault(_stem(key), []).append((n, i))
                words.setdefault(key, []).append((n, i))
        self._stems[lang], self._words[lang] = stems, words

    def _form_keys(self, n: int, lang: str, index: int) -> tuple[str, ...]:
        """The token keys of form ``index`` of entry ``n`` in ``lang`` (kept once made)."""
        found = self._keys.get((n, lang, index))
        if found is None:
            form = self.entries[n].forms_for(lang)[index]
            found = self._keys[n, lang, index] = tuple(t.key for t in words_of(form, lang))
        return found

    def find(self, text: str, lang: str) -> list[Match]:
        """Every entity in ``text`` (``lang`` = en/uk/ru), sorted by position, non-overlapping."""
        self._build(lang)
        stems, words = self._stems[lang], self._words[lang]
        tokens = words_of(text, lang)
        keys = [tok.key for tok in tokens]
        prefixes = {key[:end] for key in keys for end in range(1, len(key) + 1)}
        lemma_sets = [
            lemmas(lang, tok.text) if lang in ("uk", "ru") else frozenset() for tok in tokens
        ]
        all_lemmas = frozenset().union(*lemma_sets)

        def can_occur(form: tuple[int, int]) -> bool:
            """Every token of the form can be some text token (its stem starts one, or a
            text token's lemma is it)."""
            return all(
                _stem(k) in prefixes or k in all_lemmas
                for k in self._form_keys(form[0], lang, form[1])
            )

        found: list[Match] = []
        for i, key in enumerate(keys):
            forms = {f for end in range(1, len(key) + 1) for f in stems.get(key[:end], ())}
            for lemma in lemma_sets[i]:
                forms.update(words.get(lemma, ()))
            ranked = []
            for n, index in sorted(f for f in forms if can_occur(f)):
                pat = self._compile(n, lang, index)
                if pat is None:
                    continue
                surfaces = pat.paradigms[0].surfaces
                # The order of the first-token index this replaces: surface, possessive, lemma.
                possessive = key.endswith(_POSSESSIVE) and key[:-2] in surfaces
                rank = 0 if key in surfaces else 1 if possessive else 2
                ranked.append((rank, n, pat))
            for _, _, pat in sorted(ranked, key=lambda r: r[:2]):
                match = _match_at(pat, tokens, i, text)
                if match is not None:
                    found.append(match)
        return _select(found)

    def save_cache(self) -> None:
        """Keep the forms compiled so far on disk for the next run with the same glossary."""
        self._cache.save(self._compiled)


def _stem(key: str) -> str:
    """What every inflected form of a token with ``key`` starts with: the key less its last
    three letters (uk/ru endings replace at most two; Зеленськ-ий, Зеленськ-ого), at least
    two kept.  Vowel alternations (Лев, Льва) are found through the lemma instead."""
    return key[: max(min(2, len(key)), len(key) - 3)]


def entry_gender(entry: Entry, lang: str) -> str | None:
    """A person's grammatical gender in ``lang``, told by the first name of the full form;
    a person's sex is the same in every language, so a first name only the other of uk/ru
    dictionaries knows tells it too (ru Стефани by uk Стефані).  An East Asian name starts
    with the surname, which tells nothing (Ким of Kim Yo Jong).  The glossary's note
    ("woman", "man") tells it where the name starts with the surname (:func:`~pipeline.
    glossary.notes.note_sex`: Хан Ган for Han Kang) and where no dictionary knows the first
    name; a note the first name contradicts tells nothing."""
    if entry.type != "PER" or lang not in ("uk", "ru"):
        return None
    told = note_sex(entry.note)  # the glossary writer's "woman", "man"
    if _surname_first(entry):
        return told
    for other in (lang, *({"uk", "ru"} - {lang})):
        first = _leading_word(entry, other)
        gender = gender_of(other, first) if first else None
        if gender == "femn" and (
            _man_in_english(entry, other, first or "") or _mans_adjectival_surname(entry, other)
        ):
            gender = "masc"
        if gender is not None:
            if told is not None and told != gender and _indeclinable_name(other, first or ""):
                # A first name the dictionary keeps whole tells no sex a declension shows
                # (ru Айно, a man's to it, of the Finnish woman Aino): the note's does.
                return told
            # A note that contradicts the first name (a "Man Booker" winner) tells nothing.
            return gender if told in (None, gender) else None
    # A first name no dictionary knows: the note tells (Сійм Каллас, a man: Калласу).
    return told


def _indeclinable_name(lang: str, first: str) -> bool:
    """Whether every first-name reading the ``lang`` dictionary has of ``first`` is an
    indeclinable one (Fixd: ru Айно)."""
    readings = [p for p in known_parses(lang, first) if "Name" in p.tag.grammemes]
    return bool(readings) and all("Fixd" in p.tag.grammemes for p in readings)


# English men's first names in a vowel and -el whose women's twins end in -elle (Emmanuelle,
# Gabrielle, Michelle): a closed list, for women carry Muriel, Ariel, Noel, Maribel.
_MANS_EL = frozenset({
    "emmanuel", "gabriel", "michael", "samuel", "daniel", "nathaniel", "raphael", "rafael",
    "manuel", "joel", "lionel", "marcel", "ezekiel", "abel", "axel", "miguel", "ismael",
    "immanuel", "emanuel", "mikael", "mikhael",
})  # fmt: skip


def _man_in_english(entry: Entry, lang: str, first: str) -> bool:
    """Whether a first name the ``lang`` dictionary knows only as a woman's indeclinable one
    (ru Эммануэль, read as Emmanuelle) renders one of the English men's names in -el of
    :data:`_MANS_EL` (Emmanuel Macron): the dictionary lacks the man's."""
    readings = [p for p in known_parses(lang, first) if "Name" in p.tag.grammemes]
    if not readings or not all("Fixd" in p.tag.grammemes for p in readings):
        return False
    english = entry.forms_for("en")
    words = tokenize(english[0]) if english else []
    return len(words) > 1 and words[0].text.lower() in _MANS_EL


# The endings of a man's adjectival surname (Навроцький, Навроцкий, Трубецкой): a woman's
# takes the feminine (Навроцька, Навроцкая), so the bearer of this one is a man.
_MANS_ADJECTIVAL = {"uk": ("ський", "цький"), "ru": ("ский", "цкий", "ской", "цкой")}


def _mans_adjectival_surname(entry: Entry, lang: str) -> bool:
    """Whether the last word of the entry's full form in ``lang`` is a man's adjectival
    surname (:data:`_MANS_ADJECTIVAL`), which tells the bearer's sex whatever the first name
    (ru Кароль, a woman's name to pymorphy3, of Кароль Навроцкий)."""
    forms = entry.forms_for(lang)
    words = tokenize(forms[0]) if forms else []
    return len(words) > 1 and words[-1].text.lower().endswith(_MANS_ADJECTIVAL[lang])


def _leading_word(entry: Entry, lang: str) -> str | None:
    """The first word of the entry's full form in ``lang``, where that form has several
    (Емманюель of Емманюель Макрон); None for a form of one word."""
    forms = entry.forms_for(lang)
    words = tokenize(forms[0]) if forms else []
    return words[0].text if len(words) > 1 else None


# Letters an English acronym needs to be written as a word (Nato; not Who for WHO).
_ACRONYM_WORD = 4
# The glossary types whose acronyms British news writes as words: organisations, places.
_WORD_TYPES = frozenset({"ORG", "LOC"})


def acronym_words(acronym: str, lang: str, type_: str) -> tuple[str, ...]:
    """An English acronym of four letters or more of an organisation or a place written as
    a word, as British news does (NATO: Nato, OPEC: Opec; not an illness's Covid, which
    news and translators write as a common word: ковид); whether the word names the
    entity there is the source stage's question
    (:func:`pipeline.glossary.source.acronym_as_word`)."""
    if lang != "en" or type_ not in _WORD_TYPES or len(acronym) < _ACRONYM_WORD:
        return ()
    if not acronym.isalpha() or not is_acronym(acronym):
        return ()
    return (acronym[0] + acronym[1:].lower(),)


def _token_cases(
    par: Paradigm, tok: Token, lang: str, last: bool, type_: str = "PER"
) -> tuple[frozenset[str], int] | None:
    """Cases ``tok`` expresses as a form of ``par`` (empty for a form of no case: Чена of
    Кім Чен Ин) and where the match ends; None if ``tok`` is no form of ``par``.  A word
    whose lemma is the glossary word is a form of it in its own number only, save for a
    person's name (подружжя Зеленських): Газпромам is no form of Газпром."""
    if is_acronym(par.word):
        spellings = {par.word, *acronym_words(par.word, lang, type_)}
        if last and tok.text[:-2] in spellings and tok.text.endswith(_POSSESSIVE):
            return ALL_CASES, tok.end - 2  # HBO's
        return (ALL_CASES, tok.end) if tok.text in spellings else None
    key = tok.key
    if key in par.surfaces:
        return par.surfaces[key], tok.end
    if last and key.endswith(_POSSESSIVE) and key[:-2] in par.surfaces:
        return par.surfaces[key[:-2]], tok.end - 2
    if par.inflects and tok.text[:1].isupper() and norm_key(par.word) in lemmas(lang, tok.text):
        number = None if type_ == "PER" else lemma_number(lang, par.word)
        cases = lemma_cases(lang, tok.text, norm_key(par.word), par.gender, number)
        return (cases, tok.end) if cases else None
    return None


def _match_at(pat: Pattern, tokens: list[Token], i: int, text: str) -> Match | None:
    n = len(pat.words)
    if i + n > len(tokens):
        return None
    if pat.capital_first and not tokens[i].text[:1].isupper() and not _particle(pat, tokens, i):
        return None
    cases = ALL_CASES
    end = tokens[i].end
    for j in range(n):
        tok = tokens[i + j]
        if j and gap_kind(text[tokens[i + j - 1].end : tok.start]) != pat.gaps[j - 1]:
            return None
        par = pat.paradigms[j]
        token = _token_cases(par, tok, pat.lang, j == n - 1, pat.entry.type)
        if token is None:
            return None
        tok_cases, end = token
        # Every declining part agrees (Мартіна Лютера Кінга); a part that never declines but
        # does here (Кім Чена Ина) fits no case.
        cases = cases & tok_cases if par.inflects or not tok_cases else cases
    start = tokens[i].start
    return Match(start, end, text[start:end], pat.lang, pat.entry, pat.index, cases)


# Particles that start a name in the glossary's capitals and the text's small letters (De
# Klerk: "FW de Klerk", Van Gogh: "Vincent van Gogh").
NAME_PARTICLES = frozenset({
    "al", "ben", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du",
    "el", "ibn", "la", "le", "ter", "van", "von", "zu",
})  # fmt: skip


def _particle(pat: Pattern, tokens: list[Token], i: int) -> bool:
    """Whether the text's token ``i`` is a Latin particle that starts a name of several words
    in small letters (de of "FW de Klerk" for De Klerk), the next word capitalized."""
    word = tokens[i].text
    return (
        len(pat.words) > 1
        and word in NAME_PARTICLES
        and pat.words[0].lower() == word
        and i + 1 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
    )


def sexless_cases(pat: Pattern, text: str) -> frozenset[str]:
    """Cases ``text`` expresses as a form of a person's name ``pat`` declined as a man's
    (Макроном), where only one of the uk and ru dictionaries reads the glossary's first
    name as a woman's (ru Эммануэль) and the surname would not decline: the bearer's sex is
    a guess, so such a form is no misspelling.  Empty for other entities and words."""
    if pat.entry.type != "PER" or entry_gender(pat.entry, pat.lang) != "femn":
        return frozenset()
    told = [gender_of(lang, first) if (first := _leading_word(pat.entry, lang)) else None
            for lang in ("uk", "ru")]  # fmt: skip
    if told == ["femn", "femn"]:
        return frozenset()  # both dictionaries know the first name as a woman's (Стефані)
    match = _match_at(as_a_man(pat), tokenize(text), 0, text)
    return match.cases if match is not None and match.end == len(text) else frozenset()


def womans_cases(pat: Pattern, text: str) -> frozenset[str]:
    """Cases ``text`` expresses as a form of a person's full name ``pat`` declined as a
    woman's (Джасиндой Ардерн: her first name declined, her surname in a consonant whole),
    where neither the glossary's first name nor its note tells the bearer's sex (a first
    name no dictionary knows): the translator's form is no misspelling, whoever the
    dictionary guesses the surname's bearer to be.  Empty for other entities and words,
    and where the woman's forms are the man's (nothing to tell apart)."""
    if (
        pat.entry.type != "PER" or pat.lang not in ("uk", "ru") or len(pat.words) < 2
        or _surname_first(pat.entry) or entry_gender(pat.entry, pat.lang) is not None
    ):  # fmt: skip
        return frozenset()
    woman = compile_pattern(pat.entry, pat.lang, pat.index, pat.form, "femn")
    match = _match_at(woman, tokenize(text), 0, text)
    if match is None or match.end != len(text) or not match.cases:
        return frozenset()
    # Only where her first name declines and her surname does not: a form of hers that
    # is no man's (not Джасинда Ардерн, the nominative of both).
    return frozenset(c for c in match.cases if woman.inflect(c) != pat.inflect(c))


# A man's Slavic surname's ending, and his kinswoman's (Лавров: Лаврова, Зеленський:
# Зеленська, ru Зеленский: Зеленская).
_HERS = (("ський", "ська"), ("цький", "цька"), ("ский", "ская"), ("цкий", "цкая"),
         ("ов", "ова"), ("ев", "ева"), ("єв", "єва"), ("ёв", "ёва"), ("ин", "ина"),
         ("ін", "іна"), ("їн", "їна"), ("ын", "ына"))  # fmt: skip


def kinswoman_cases(pat: Pattern, text: str) -> frozenset[str]:
    """Cases ``text`` expresses as a woman's form of a man's Slavic surname ``pat`` (the
    entity's surname alone, a man by the glossary's first name or note: Лавров's
    Лавровою, Будановою, ru Медведевой), other than any form of his: a woman of his family,
    if the words before it say so (:func:`~pipeline.glossary.enforce._kinswoman`).  Empty
    for anything else."""
    if (
        pat.entry.type != "PER" or pat.lang not in ("uk", "ru") or len(pat.words) != 1
        or pat.index == 0 or entry_gender(pat.entry, pat.lang) != "masc"
    ):  # fmt: skip
        return frozenset()
    his = pat.words[0].lower()
    hers = next((his[: -len(a)] + b for a, b in _HERS if his.endswith(a) and len(his) > len(a) + 2),
                None)  # fmt: skip
    forms = rule_forms(pat.lang, hers, True, "femn") if hers else None
    low = text.lower()
    if not forms or low in {f.lower() for f in (pat.inflect(c) for c in CASES)}:
        return frozenset()
    return frozenset(c for c, f in forms.items() if f == low)


def last_declined_cases(pat: Pattern, text: str) -> frozenset[str]:
    """Cases ``text`` expresses as a body's name of several capitalized words declined in
    its last word alone, where the glossary's head is an earlier word and the last stays
    (Астон Вілли, Вест Гема, «Реал Мадрида» for Астон Вілла, Вест Гем, Реал Мадрид): news
    declines a foreign name of two words as one noun as often as by its head, so such a
    form is no misspelling; valid, never written (a rewrite writes the head's forms).
    Empty for other entities and words, and where the two ways give the same form."""
    last = len(pat.words) - 1
    if (
        pat.entry.type != "ORG" or pat.lang not in ("uk", "ru") or last < 1
        or pat.paradigms[last].inflects or not all(w[:1].isupper() for w in pat.words)
        # (a name none of whose words declines stays whole: Радіо Свобода, no Свободою)
        or not any(p.inflects for p in pat.paradigms[:last])
        or any(sep.strip() for sep in pat.seps)
    ):  # fmt: skip
        return frozenset()
    declined = paradigm(pat.lang, pat.words[last], None, False, True, False, True)
    if not declined.inflects:
        return frozenset()
    alt = replace(pat, paradigms=(*(fixed_paradigm(w) for w in pat.words[:last]), declined))
    match = _match_at(alt, tokenize(text), 0, text)
    if match is None or match.end != len(text):
        return frozenset()
    return frozenset(c for c in match.cases if alt.inflect(c) != pat.inflect(c))


def sex_guessed(pat: Pattern) -> bool:
    """Whether a person taken for a woman may be a man: the uk or ru dictionary reads the
    glossary's first name as a man's too (uk Емманюель, a man's and a woman's name, where
    ru Эммануэль is a woman's only)."""
    if pat.entry.type != "PER" or entry_gender(pat.entry, pat.lang) != "femn":
        return False
    if note_sex(pat.entry.note) == "femn":
        return False  # the glossary's writer says "woman": no guess (Айно Виртанен)
    return any(
        p.tag.gender == "masc" and "Name" in p.tag.grammemes and tag_case(p.tag) == "nomn"
        for lang in ("uk", "ru")
        if (first := _leading_word(pat.entry, lang))
        for p in known_parses(lang, first)
    )


def as_a_man(pat: Pattern) -> Pattern:
    """``pat`` compiled for a man (Макроном of Емманюель Макрон)."""
    return compile_pattern(pat.entry, pat.lang, pat.index, pat.form, "masc")


def other_language_cases(pat: Pattern, text: str) -> frozenset[str]:
    """Cases ``text`` expresses as a whole form of the entity in the other of uk and ru
    (ru Ірану: the uk genitive of Іран, with its letters and its ending); empty if it is
    none, or the entry has no form there."""
    other = {"uk": "ru", "ru": "uk"}.get(pat.lang)
    forms = pat.entry.forms.get(other or "", ())
    if other is None or pat.index >= len(forms):
        return frozenset()
    gender = entry_gender(pat.entry, other)
    theirs = compile_pattern(pat.entry, other, pat.index, forms[pat.index], gender)
    match = _match_at(theirs, tokenize(text), 0, text)
    return match.cases if match is not None and match.end == len(text) else frozenset()


def _select(found: list[Match]) -> list[Match]:
    """Longest first, then leftmost; same-span matches of other entries become alternatives."""
    chosen: list[Match] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start, m.index)):
        clash = next((c for c in chosen if m.start < c.end and c.start < m.end), None)
        if clash is None:
            chosen.append(m)
        elif (
            clash.span == m.span
            and m.entry.id != clash.entry.id
            and m.entry not in clash.alternatives
        ):
            chosen[chosen.index(clash)] = Match(
                clash.start,
                clash.end,
                clash.text,
                clash.lang,
                clash.entry,
                clash.index,
                clash.cases,
                (*clash.alternatives, m.entry),
            )
    return sorted(chosen, key=lambda m: m.start)


__all__ = [
    "LANGS",
    "Glossary",
    "Match",
    "Pattern",
    "Token",
    "compile_pattern",
    "entry_gender",
    "tokenize",
]


# A surname ending so declines whoever bears it (Кісіда, Зеленський); Ардерн only for a man.
DECLINING_ENDINGS = ("а", "я", "ий", "ій", "ой", "ый")


def surname_alone(pat: Pattern) -> bool:
    """Whether ``pat`` is an East Asian person's surname alone (Цай of Tsai Ing-wen), the
    entry named surname first: of no known sex, whatever the dictionary reads."""
    return _surname_first(pat.entry) and len(pat.words) == 1


def person_gender(pat: Pattern) -> str | None:
    """A person's grammatical gender: told by the first name of the full form, else by a
    surname the uk and ru dictionaries know as a man's only (Трамп, Геллер); Роджерс, known
    as either, may be a woman's."""
    gender = entry_gender(pat.entry, pat.lang)
    if gender is not None or pat.lang not in ("uk", "ru"):
        return gender
    if surname_alone(pat):
        # An East Asian surname alone (Цай of Tsai Ing-wen): the dictionary reads the
        # syllable as a man's first name, which tells nothing of the bearer's sex.
        return None
    told = set()
    for lang in (pat.lang, *({"uk", "ru"} - {pat.lang})):  # a man is one in both languages
        forms = pat.entry.forms_for(lang)
        form = forms[min(pat.index, len(forms) - 1)] if forms else ""
        told |= {gender_of(lang, t.text) for t in tokenize(form)[-1:] if t.text[:1].isalnum()}
    return "masc" if told - {None} == {"masc"} else None


def declines(pat: Pattern, gender: str | None) -> bool:
    """Whether the name declines: Кісіда, Зеленський whoever bears them; Ардерн for a man."""
    return gender is not None or pat.inflect("nomn").lower().endswith(DECLINING_ENDINGS)
