"""Evidence against rewriting a rendering of real machine translation (issue 12).

Small functions returning facts for :func:`pipeline.glossary.decide.decide`: each tells
that the engine's words are an accepted rendering or say something the glossary form
would not, so that the enforcer proposes its form (needs-review) instead of writing it.
They come from the edits that made real MT output worse (`bench/glossary_mt.py`, WMT22
online systems and Apertium ru↔uk; the classes are in docs/glossary.md).
"""

from __future__ import annotations

import re

from pipeline.glossary.context import (
    CLAUSE_ENDS,
    QUOTE_MARKS,
    ends_clause,
    may_be_subject,
    plural_words,
    transitive,
    verb_after,
)
from pipeline.glossary.match import (
    Match,
    Pattern,
    Token,
    a_place,
    after_plural_adjective,
    compile_pattern,
    person_gender,
    word_texts,
)
from pipeline.glossary.morph import (
    CASES,
    CONSONANTS,
    PROPER_TAGS,
    known_parses,
    norm_key,
    parses,
    tag_case,
)
from pipeline.glossary.notes import stays_whole
from pipeline.glossary.translit import similarity

_OTHER = {"uk": "ru", "ru": "uk"}
SAME_SOUND = 0.9  # a rendering this close to the form is a spelling of it
MIN_SIMILARITY = 0.72  # a run this close sounds like a name at all


def listed_rendering(pat: Pattern, text: str) -> bool:
    """Whether a Cyrillic rendering of a Latin glossary form is the entity's form in the
    other Cyrillic language, declined: the glossary lists it as the entity's name (uk Габби
    where uk keeps Gabba and ru has Габба), in the case the sentence needs, which the Latin
    form would drop.  An accepted rendering, not a mistake to overwrite; its nominative
    (Габба) is rewritten, it loses nothing.  (Nor is a Latin rendering of a Cyrillic form
    such a case: ru Gabba for Габба is rewritten, в Габбе.)"""
    other = _OTHER.get(pat.lang)
    forms = pat.entry.forms.get(other or "", ())
    if text.isascii() or not pat.form.isascii() or not forms or pat.index >= len(forms):
        return False
    form = forms[pat.index]
    if form.isascii():
        return False
    theirs = compile_pattern(pat.entry, other or "", pat.index, form, None)
    nominative = norm_key(theirs.inflect("nomn"))
    return (
        any(
            similarity(text, theirs.inflect(c)) >= SAME_SOUND
            for c in CASES
            if norm_key(theirs.inflect(c)) != nominative
        )
        and similarity(text, theirs.inflect("nomn")) < 1.0
    )


def same_adjective(pat: Pattern, words: list[str]) -> bool:
    """Whether a glossary form that is an adjective (Атлантична, Гебридские) is rendered by
    the same dictionary adjective in another gender or case (Атлантичний ящір): the
    rendering agrees with its own noun, the glossary form would not."""
    if pat.lang not in _OTHER or len(words) != len(pat.words):
        return False
    for word, mine in zip(words, pat.words, strict=True):
        adjectives = {
            norm_key(p.normal_form) for p in known_parses(pat.lang, mine) if p.tag.POS == "ADJF"
        }
        if not adjectives:
            return False
        if not any(
            p.tag.POS == "ADJF" and norm_key(p.normal_form) in adjectives
            for p in known_parses(pat.lang, word)
        ):
            return False
    return True


def other_gender_name(pat: Pattern, words: list[str]) -> bool:
    """Whether the rendering is the glossary's own name declined in another gender than the
    dictionary's: a name in -ь it keeps whole (:func:`_soft_sign_gender`), or a person's
    first name the dictionary has as the other sex's (ru Эммануэлем Макроном: Эммануэль is
    a woman's indeclinable name to it, so the man's instrumental is no form of the
    pattern) — a first name of the same lemma and another gender, and a surname of the
    form's lemma declined in that gender too (Макроном; a woman's surname in a consonant
    would not decline).  The engine's declension, not a misspelling: proposed, never
    written."""
    if pat.lang not in _OTHER or len(words) != len(pat.words):
        return False
    if pat.entry.type != "PER":
        return len(words) == 1 and _soft_sign_gender(pat.lang, words[0], pat.words[0])
    ends = ((words[0], pat.words[0]), (words[-1], pat.words[-1]))
    if len(words) < 2 or any(norm_key(w) == norm_key(m) for w, m in ends):
        return False  # the first name and the surname both declined
    readings = []
    for word, mine in zip(words, pat.words, strict=True):
        lemmas = {norm_key(p.normal_form) for p in parses(pat.lang, mine)} | {norm_key(mine)}
        theirs = [p for p in parses(pat.lang, word) if norm_key(p.normal_form) in lemmas]
        if not theirs:
            return False
        readings.append(theirs)
    own = {p.tag.gender for p in parses(pat.lang, pat.words[0]) if "Name" in p.tag.grammemes}
    sexes = {p.tag.gender for p in readings[0]
             if "Name" in p.tag.grammemes and own and p.tag.gender not in own}  # fmt: skip
    surname = {p.tag.gender for p in readings[-1] if "Name" not in p.tag.grammemes}
    return bool(sexes & surname)


def plural_genitive(pat: Pattern, words: list[str]) -> bool:
    """Whether a one-word rendering is a plural the glossary's table lacks: a kind of
    thing's (TERM) plural, or the genitive plural in a zero ending of a glossary
    form the dictionary knows only as a plural (Балкан, Карпат for Балканы, Карпаты: its
    table may lack the genitive): the form less its -ы/-и; or, for a form in -ы/-и the
    dictionary does not know and no person's, that form's stem with a plural ending (uk
    Ведомостям), or with none where the table declines it as a plural (ru Горган for
    Горганы)."""
    if pat.lang not in _OTHER or len(words) != len(pat.words):
        return False
    # (of a place of several words, the one word that differs: у Бжезінах-Гурне for
    # Бжезіни-Гурне, its other words as the glossary has them)
    differ = [i for i, (a, b) in enumerate(zip(pat.words, words, strict=True))
              if norm_key(a) != norm_key(b)]  # fmt: skip
    if len(differ) != 1 or (len(words) > 1 and not a_place(pat)):
        return False
    mine, word = pat.words[differ[0]], words[differ[0]]
    own = known_parses(pat.lang, mine)
    if pat.entry.type == "TERM" and mine[-1:].lower() in CONSONANTS:
        # A kind of thing (a drone's, a missile's type: Шахед) is counted too: its own stem
        # with a plural ending is its plural (атака «Шахедів», «Шахедов»), no slip.
        rest = norm_key(word).removeprefix(norm_key(mine))
        return norm_key(word).startswith(norm_key(mine)) and rest in _KIND_PLURALS[pat.lang]
    if mine[-1:] not in ("ы", "и"):
        return False
    if not own:
        # A name the dictionary does not know that looks like a plural (uk «Ведомости»):
        # a plural ending on its stem (Ведомостей, Ведомостям) is its declension.  Not a
        # person's: a surname in -и it does not know is a foreign one that never declines
        # (Моди, Ренци: Модям is a slip).
        if pat.entry.type == "PER":
            return False
        rest = norm_key(word).removeprefix(norm_key(mine[:-1]))
        # (the zero ending too where the table declines it as a plural: ru Горганы, a
        # plural of the guesser's горган, на склонах Горган)
        # (and for a place the table keeps whole: біля Кіклад for Кіклади, a plural whose
        # zero genitive no table of ours gives)
        plural = norm_key(pat.inflect("datv")).endswith(("ам", "ям")) or a_place(pat)
        return norm_key(word).startswith(norm_key(mine[:-1])) and (
            rest in _PLURAL_ENDINGS or (plural and rest == "")
        )
    # The zero ending, or the other plural genitive a plural-only place name may take
    # (ru Броваров for Бровары, whose table has Бровар; Черкасс and Черкассов alike).
    bare = norm_key(mine[:-1])
    endings = ("", "ов", "ев", "ів") if all("Pltm" in p.tag.grammemes for p in own) else ("",)
    # A zero ending after two consonants takes a fleeting е or о between them (Ромни, Лубни:
    # Ромен, Лубен; Ромны: Ромен), as in any noun's genitive plural (сосна: сосен).
    fleeting = (
        [bare[:-1] + v + bare[-1] for v in ("е", "о")]
        if len(bare) > 2 and bare[-1] in CONSONANTS and bare[-2] in CONSONANTS
        else []
    )
    return (
        any(norm_key(word) == bare + e for e in endings) or norm_key(word) in fleeting
    ) and all(p.tag.number == "plur" for p in own)


# A plural noun's regular endings in the oblique cases (the zero genitive apart).
_PLURAL_CASE_ENDINGS = {
    "gent": ("ов", "ев", "ів", "їв", "ей"),
    "datv": ("ам", "ям"),
    "ablt": ("ами", "ями"),
    "loct": ("ах", "ях"),
}


def plural_place_form(pat: Pattern, words: list[str]) -> bool:
    """Whether a rendering of several words is a name in a plural adjective and a plural
    noun (ru Нижние Серогозы, uk Набережні Челни) declined, its noun in a plural ending the
    glossary's table may lack (Нижних Серогоз: the zero genitive, with a fleeting е or о
    between two last consonants; у Набережних Челнах): the words before the noun as the
    table has them in that case."""
    if pat.lang not in _OTHER or len(words) != len(pat.words) or len(words) < 2:
        return False
    mine, word = pat.words[-1], norm_key(words[-1])
    if mine[-1:].lower() not in ("ы", "и", "і"):
        return False
    if not after_plural_adjective(pat.lang, pat.words, len(pat.words) - 1):
        return False
    bare = norm_key(mine[:-1])
    fleeting = (
        [bare[:-1] + v + bare[-1] for v in ("е", "о")]
        if len(bare) > 2 and bare[-1] in CONSONANTS and bare[-2] in CONSONANTS
        else []
    )
    for case, endings in _PLURAL_CASE_ENDINGS.items():
        table = word_texts(pat.inflect(case))
        if len(table) != len(words) or any(
            norm_key(a) != norm_key(b) for a, b in zip(table[:-1], words[:-1], strict=True)
        ):
            continue
        zero = case == "gent" and (word == bare or word in fleeting)
        if zero or any(word == bare + e for e in endings):
            return True
    return False


_KIND_PLURALS = {
    "uk": frozenset({"и", "ів", "ам", "ами", "ах"}),
    "ru": frozenset({"ы", "и", "ов", "ам", "ами", "ах"}),
}
_PLURAL_ENDINGS = frozenset({"ей", "ів", "ов", "ам", "ям", "ами", "ями", "ах", "ях"})


def alternated_vowel(pat: Pattern, words: list[str]) -> bool:
    """Whether a uk rendering is a form of the glossary's with о, е or є in its stem's last
    syllable written і (у Краківці for Краковець's у Краковці): the orthography's
    alternation in a closed syllable (Львів, Львова), which a place's name may keep or drop
    as its own usage has it; another spelling of the name, no slip to write over.  Not the
    other way: о where the glossary has і is the Russian spelling (ХАРКОВ for Харків)."""
    if pat.lang != "uk" or len(words) != len(pat.words):
        return False
    rows = [word_texts(pat.inflect(c)) for c in CASES]
    for row in rows:
        if len(row) != len(words):
            continue
        diffs = [
            (a, b, n) for a, b, n in zip(row, words, pat.words, strict=True)
            if norm_key(a) != norm_key(b)
        ]  # fmt: skip
        if len(diffs) != 1:
            continue
        mine, word, own = (norm_key(w) for w in diffs[0])
        at = [i for i, (x, y) in enumerate(zip(mine, word, strict=False)) if x != y]
        if len(mine) != len(word) or len(at) != 1 or at[0] == 0:
            continue
        # (the glossary's own nominative has the vowel: Краковець; not Ірпінь, whose і the
        # oblique forms alternate, Ірпеня: Ірпінем is a slip)
        vowel, after = mine[at[0]], mine[at[0] + 1 : at[0] + 2]
        if (
            vowel in "оеє" and own[at[0] : at[0] + 1] == vowel and word[at[0]] == "і"
            and after and after in CONSONANTS
        ):  # fmt: skip
            return True
    return False


def _soft_sign_gender(lang: str, word: str, mine: str) -> bool:
    """Whether ``word`` declines the name ``mine`` in -ь that the dictionary keeps whole in
    one gender as a noun of another gender (Сичуаню, a masculine genitive, for Сичуань,
    which the Ukrainian dictionary has as an indeclinable feminine)."""
    own = known_parses(lang, mine)
    if not mine.endswith("ь") or not own or not all("Fixd" in p.tag.grammemes for p in own):
        return False
    genders = {p.tag.gender for p in own}
    return any(
        norm_key(p.normal_form) == norm_key(mine) and p.tag.gender not in genders
        for p in parses(lang, word)
    )


def source_case_kept(m: Match, cases: frozenset[str], governed: tuple[str, ...]) -> bool:
    """Whether a valid form keeps the instrumental of a Ukrainian or Russian source's name
    ("with"), which the preposition before it in the translation does not govern (ru "из
    Парижем" for uk "з Парижем": the engine took з for "from"; its preposition is the
    mistake, and writing Парижа would say "from Paris").  Not other cases: к Белграда for
    "до Белграда" is rightly к Белграду."""
    if m.lang not in _OTHER or "ablt" in governed:
        return False
    return "ablt" in m.cases and "ablt" in cases


def singular_form(m: Match, pat: Pattern) -> bool:
    """Whether the glossary form renders the singular of the source's English plural (Страйкер
    for Strykers): the form has no sound for the -s (Париж for Paris has) and sounds like
    the source without it — at all: a form that does not sound like the source (США for
    United States, ООН for United Nations) says nothing of its number."""
    text = m.text
    if m.lang != "en" or not text.endswith("s") or text.endswith(("'s", "ss")):
        return False
    if pat.form[-1:].lower() in "сзжшщцsxz":
        return False
    bare = similarity(text[:-1], pat.form)
    return bare >= MIN_SIMILARITY and bare >= similarity(text, pat.form)


def plural_rendering(m: Match, pat: Pattern, words: list[str]) -> bool:
    """Whether the rendering is a plural: the source's own English word kept (Strykers),
    or a plural the dictionary or its guesser reads as of the glossary form's last word
    (Страйкерів, Страйкеров)."""
    if pat.lang not in _OTHER or not words:
        return False
    if " ".join(words).isascii():
        return norm_key(" ".join(words)) == norm_key(m.text)
    head = norm_key(pat.words[-1])
    return any(
        p.tag.number == "plur" and tag_case(p.tag) and norm_key(p.normal_form) == head
        for p in parses(pat.lang, words[-1])
    )


def pronoun_before(lang: str, tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether a pronoun that may stand alone comes right before the rendering (при цьому
    Париж, при этом Франция): the preposition before it has its object, and the name may
    start a clause of its own."""
    if lang not in _OTHER:
        return False
    before = [t for t in tokens if t.end <= span[0]]
    if not before or not before[-1].text[:1].isalpha():
        return False
    return any(p.tag.POS == "NPRO" for p in known_parses(lang, before[-1].text.lower()))


_VOCATIVE_ENDINGS = ("е", "у", "ю")  # Греге, Тарасе; Ігорю; Олегу
_SOFT_VOCATIVE = {"а": ("о",), "я": ("е", "ю")}  # Наталя → Натале, Наталю; Ганна → Ганно


def vocative(pat: Pattern, words: list[str], target: str, span: tuple[int, int]) -> bool:
    """Whether a Ukrainian rendering is the person's name in the vocative, addressing them
    (Греге, чому б тобі…; Привіт, Натале!): the glossary's name with a vocative ending, with
    a comma or an exclamation after it and a sentence start or a comma before."""
    if pat.lang != "uk" or pat.entry.type != "PER" or not words:
        return False
    word, mine = words[-1].lower(), pat.words[-1].lower()
    endings = [mine + e for e in _VOCATIVE_ENDINGS]
    endings += [mine[:-1] + e for e in _SOFT_VOCATIVE.get(mine[-1:], ())]
    return word in endings and addressed(target, span)


_OPENERS = ("", ",", ".", "!", "?", "«", "“", '"', "—", "–")
_CLOSERS = (",", "!", "?", "»", "”", '"')
_QUOTES = frozenset('«»“”"')


def addressed(target: str, span: tuple[int, int]) -> bool:
    """Whether the words at ``span`` are set off as an address: a comma, an exclamation, a
    question mark or a closing quote after them (Пробач нам, Маріуполю»), a sentence start,
    a comma, a dash or a quote before them or before a title in the vocative (пане Шольце,
    шановний пане Байдене); not quotes on both sides (a quoted name)."""
    after = target[span[1] :].lstrip()[:1]
    before = target[: _past_vocative_title(target, span[0])].rstrip()[-1:]
    if after in _QUOTES and before in _QUOTES:
        return False  # «Шольц», "Байдене": a name in quotes, no address
    return after in _CLOSERS and before in _OPENERS


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _past_vocative_title(target: str, start: int) -> int:
    """Where a Ukrainian title in the vocative right before ``start`` begins, with the
    adjectives before it that may be vocatives too (шановний пане): a noun the dictionary
    reads in the vocative alone (пане, друже, колего; not пані, of every case); ``start``
    where there is none."""
    title = _WORD_BEFORE.search(target[:start])
    if title is None or not _vocative_only(title.group(1).lower(), "NOUN"):
        return start
    start = title.start()
    while (adj := _WORD_BEFORE.search(target[:start])) and _vocative_only(
        adj.group(1).lower(), "ADJF", alone=False
    ):
        start = adj.start()
    return start


def _vocative_only(word: str, pos: str, alone: bool = True) -> bool:
    """Whether ``word`` reads as a ``pos`` in the vocative (``alone``: in no other case)."""
    readings = [p for p in known_parses("uk", word) if pos == p.tag.POS]
    cases = {tag_case(p.tag) for p in readings}
    return "voct" in cases and (cases == {"voct"} or not alone)


def compound_head(target: str, span: tuple[int, int]) -> bool:
    """Whether the rendering is the first part of a hyphenated compound with a common word
    (Gabba-тест, Омікрон-варіант): such a part does not decline (Габба-тест, not
    Габбы-тест)."""
    after = target[span[1] : span[1] + 2]
    return len(after) == 2 and after[0] in "-‐‑" and after[1].isalpha() and after[1].islower()


# The endings a noun's oblique cases put on a word in a consonant (Банк: Банку, Банком) and
# for the final -а/-я of one in a vowel (ОПОРА: ОПОРИ, ОПОРОЮ).
_ON_CONSONANT = {
    "uk": ("а", "я", "у", "ю", "ові", "еві", "єві", "ом", "ем", "єм", "і"),
    "ru": ("а", "я", "у", "ю", "ом", "ем", "ём", "е"),
}
# (not ru -ою, -ею: a poetic instrumental news never writes, a slip of the uk ending there)
_FOR_A = {
    "uk": ("и", "і", "ї", "у", "ю", "ою", "ею", "єю"),
    "ru": ("ы", "и", "е", "у", "ю", "ой", "ей"),
}
_FOR_IA = {"uk": ("ї", "ю", "єю"), "ru": ("и", "ю", "ей")}
_NOTE_PARTS = frozenset({"surname", "first", "full", "short"})


def _note_parts(pat: Pattern, i: int) -> frozenset[str]:
    """The parts of a name a note may speak of that word ``i`` of ``pat`` is: a person's
    third form in no word of the full form is a call sign or nickname (Тундра of Сергей
    Бондаренко | Бондаренко | Тундра), no surname nor first name — the note's "ru
    [surname] does not [decline]" is not its."""
    full = {norm_key(w) for w in pat.entry.forms.get(pat.lang, ("",))[0].split()}
    if pat.entry.type == "PER" and pat.index > 1 and norm_key(pat.words[i]) not in full:
        return frozenset({"short"})
    return _NOTE_PARTS


# A name's adjective (Большой, Червоний): its stem's nominative endings and the oblique
# endings an adjective takes in uk or ru.
_ADJ_NOMINATIVE = ("ой", "ий", "ый", "ій", "ая", "яя", "ое", "ее", "а", "я", "е", "є")
_ADJ_OBLIQUE = frozenset({
    "ого", "его", "ому", "ему", "ым", "им", "ім", "ом", "ем", "ой", "ей", "ую", "юю", "ою",
    "ею", "ої", "ій", "ых", "их", "іх", "ыми", "ими", "іми",
})  # fmt: skip


def _declined_phrase(pat: Pattern, words: list[str], odd: list[int]) -> bool:
    """Whether the rendering's words at ``odd`` (two or more) decline the glossary form the
    table keeps whole (uk Большого театру, у Большому театрі of Большой театр: the
    dictionary knows no Большой, so the table keeps the name whole): the last word a
    dictionary form of the glossary's noun, the others its adjectives with an oblique
    adjective ending on their stem."""
    if any(p.inflects for p in pat.paradigms) or odd[-1] != len(words) - 1:
        return False
    noun, declined = pat.words[-1], words[-1]
    lemmas = {norm_key(p.normal_form) for p in known_parses(pat.lang, noun.lower())}
    if not lemmas or not any(
        norm_key(p.normal_form) in lemmas for p in known_parses(pat.lang, declined.lower())
    ):
        return False
    for i in odd[:-1]:
        mine, word = norm_key(pat.words[i]), norm_key(words[i])
        end = next((e for e in _ADJ_NOMINATIVE if mine.endswith(e)), None)
        if end is None or not word.startswith(mine[: -len(end)]):
            return False
        if word[len(mine) - len(end) :] not in _ADJ_OBLIQUE:
            return False
    return True


def declined_whole_word(pat: Pattern, words: list[str]) -> bool:
    """Whether the rendering is the glossary form with a noun's regular ending on one word
    the glossary's table keeps whole for want of a declension it could vouch (Сенс Банку,
    Попі Івані, ОПОРИ, Пароліном, where the dictionary keeps Паролін whole): the table may
    lack the form, so it is no slip to write over with the nominative; or a uk masculine
    thing's genitive in the other of -а/-у (Байконура), or a foreign surname's ru
    instrumental in -ином.  Not a woman's surname (one in a consonant never declines), a
    consonant-final acronym (ЄС), a name of several words none of which the table declines
    (Радіо Свобода) or whose word is none the dictionary declines (Роберт Ричем), or a form
    whose note keeps a part whole."""
    if pat.lang not in _ON_CONSONANT or len(words) != len(pat.words):
        return False
    table = [word_texts(pat.inflect(c)) for c in CASES]
    odd = [
        i for i, word in enumerate(words)
        if all(len(row) != len(words) or norm_key(row[i]) != norm_key(word) for row in table)
    ]  # fmt: skip
    if len(odd) > 1:
        return _declined_phrase(pat, words, odd)
    if len(odd) != 1:
        return False
    mine, word = norm_key(pat.words[odd[0]]), norm_key(words[odd[0]])
    if (
        pat.entry.type == "PER" and person_gender(pat) == "femn"
        and not (mine[-1:] in ("а", "я") and not pat.paradigms[odd[0]].inflects)
    ):  # fmt: skip
        # A woman's surname in a consonant never declines; one in -а, -я does as a noun
        # (ru Гарсии Лопес of Гарсия Лопес), which a table keeping the name whole lacks.
        return False
    if stays_whole(pat.entry.note, pat.lang, _note_parts(pat, odd[0])):
        return False
    others = [p.inflects for i, p in enumerate(pat.paradigms) if i != odd[0]]
    if others and pat.entry.type != "PER":
        if not any(others):
            return False  # Радіо Свобода: a name no word of which declines stays whole
        if not any(
            p.tag.POS == "NOUN" and "Fixd" not in p.tag.grammemes and tag_case(p.tag) == "nomn"
            for p in known_parses(pat.lang, mine)
        ):
            return False  # Роберт Ричем: in a longer name, a word no dictionary declines
    if pat.paradigms[odd[0]].inflects:
        last = odd[0] == len(words) - 1
        if pat.lang == "uk" and pat.entry.type != "PER" and last:
            # з Байконура, мешканці Добротвора: a masculine thing's genitive in -а where the
            # table has -у, or the other way; the choice is the word's own (a town's -а, an
            # institution's -у), and usage differs.
            row = table[CASES.index("gent")]
            gent = norm_key(row[-1]) if len(row) == len(words) else ""
            swap = {"а": "у", "у": "а"}.get(gent[-1:])
            return swap is not None and word == gent[:-1] + swap
        # ru с Паролином: a foreign surname in -ин takes -ом (Дарвином), where the table
        # gives a Russian one's -ым (Путиным).
        return (
            pat.lang == "ru" and pat.entry.type == "PER" and last
            and mine.endswith(("ин", "ын")) and word == mine + "ом"
        )  # fmt: skip
    if mine[-2:] in ("ия", "ія"):
        # Гарсия, Гарсія: a noun in -ия declines (Гарсии, Гарсії, as Мария, Марії).
        return any(word == mine[:-1] + end for end in _FOR_IA[pat.lang])
    if mine[-1:] in ("а", "я"):
        # (not after a vowel: Нобоа, Гоа never decline)
        ends = _FOR_A[pat.lang]
        return mine[-2:-1] in CONSONANTS and any(word == mine[:-1] + end for end in ends)
    if pat.lang == "ru" and mine.endswith("ье") and pat.entry.type != "PER":
        # с Покутья: a place's neuter noun in -ье (Поморье: Поморья) the dictionary lacks,
        # so the table keeps it whole; a French one (Монпелье) never declines, so proposed.
        return any(word == mine[:-1] + end for end in ("я", "ю", "ем"))
    if mine[-1:] not in CONSONANTS or pat.words[odd[0]].isupper():
        return False
    return any(word == mine + end for end in _ON_CONSONANT[pat.lang])


_PHRASE_POS = frozenset({"NOUN", "ADJF", "ADJS", "PRTF", "NPRO", "NUMR"})


def _may_agree(lang: str, verb: str, gender: str | None, plural: bool) -> bool:
    """Whether a third-person finite reading of ``verb`` agrees with a subject of
    ``gender`` (a plural one: ``plural``) in number and, in the past, in gender."""
    for p in known_parses(lang, verb.lower()):
        tag = p.tag
        if tag.POS != "VERB" or "infn" in tag.grammemes or tag.person in ("1per", "2per"):
            continue
        if (tag.number == "plur") != plural:
            continue
        if plural or tag.tense != "past" or not tag.gender or not gender or tag.gender == gender:
            return True
    return False


def subject_before_verb(
    lang: str, tokens: list[Token], first: int, last: int, gender: str | None
) -> bool:
    """Whether a nominative name at tokens ``first``..``last`` is the subject of the finite
    verb right after it (past an adverb or particle) with a phrase put before it: the verb
    agrees with the name, and the words before it, back to the clause's start, are nouns
    (with their adjectives and prepositions), none of which the verb could agree with as a
    nominative (Поставки газа Венгрия сократила, Видобуток газу Укрнафта торік наростила, У
    заяві Укрнафта зазначила, Перемогу у фіналі Україна святкувала).  So the name is no
    possessor of the noun before it, however the source puts it ("Hungary's gas
    supplies"); not where that noun may be the subject itself (Речник Метінвест заявив)."""
    v = verb_after(lang, tokens, last)
    if first == 0 or v is None or not _may_agree(lang, tokens[v].text, gender, False):
        return False
    nouns = 0
    j = first - 1
    ends = CLAUSE_ENDS - QUOTE_MARKS  # (a quote is no clause's start: Партія «Тиса» лідера …)
    while j >= 0 and tokens[j].text not in ends:
        word = tokens[j].text
        opens = j == 0 or tokens[j - 1].text in ends
        if not word[:1].isalpha() or (word[:1].isupper() and not opens):
            return False
        known = known_parses(lang, word.lower())
        if any(p.tag.POS == "PREP" for p in known):
            if opens:  # У заяві: a phrase of the preposition's, no subject
                return nouns > 0
            j -= 1  # Перемогу у фіналі: a noun's phrase, the words before it go on
            continue
        if not known or not all(p.tag.POS in _PHRASE_POS for p in known):
            return False
        # (a lower-case word's reading as a name is none: газа, not Газа)
        rivals = [
            p for p in known
            if p.tag.POS == "NOUN" and tag_case(p.tag) == "nomn"
            and not (word[:1].islower() and p.tag.grammemes & PROPER_TAGS)
        ]  # fmt: skip
        if any(_may_agree(lang, tokens[v].text, p.tag.gender, p.tag.number == "plur")
               for p in rivals):  # fmt: skip
            return False
        nouns += any(p.tag.POS == "NOUN" for p in known)
        j -= 1
    return nouns > 0


# Verbs whose object takes a second complement in the instrumental, what it is declared,
# named or made (визнати кого банкрутом, признать кого неплатёжеспособным).
_PREDICATE_VERBS = {
    "uk": frozenset({
        "визнати", "визнавати", "оголосити", "оголошувати", "проголосити", "проголошувати",
        "назвати", "називати", "іменувати", "призначити", "призначати", "обрати", "обирати",
        "вибрати", "вибирати", "вважати", "зробити", "робити",
    }),
    "ru": frozenset({
        "признать", "признавать", "объявить", "объявлять", "провозгласить",
        "провозглашать", "назвать", "называть", "именовать", "назначить", "назначать",
        "избрать", "избирать", "выбрать", "выбирать", "считать", "счесть", "сделать",
        "делать",
    }),
}  # fmt: skip


def predicate_before(lang: str, tokens: list[Token], first: int) -> bool:
    """Whether the words right before a name at token ``first`` are an instrumental
    complement (a noun or adjective and the words agreeing with it, past adverbs) of a verb
    of declaring, naming or appointing before them (Суд визнав неплатоспроможним Степбанк,
    Суд признал банкротом Агрокредит): the name is the verb's object in the accusative, no
    word agreeing with that instrumental."""
    seen = False
    if first > 0 and tokens[first - 1].text in _QUOTES:
        first -= 1  # визнав переможцем «Шахтар»: the opening quote is no word
    for j in range(first - 1, max(-1, first - 5), -1):
        word = tokens[j].text
        if not word[:1].isalpha() or not word.islower():
            return False
        known = known_parses(lang, word)
        if seen and any(
            p.tag.POS in ("VERB", "INFN") and p.normal_form in _PREDICATE_VERBS[lang]
            for p in known
        ):
            return True
        if any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and tag_case(p.tag) == "ablt" for p in known):
            seen = True
        elif not all(p.tag.POS in ("ADVB", "PRCL") for p in known) or not known:
            return False
    return False


# с / з "about as big as" after a word of size (размером с Луцк, завбільшки з Київ), and
# those words: the preposition's object then stands in the accusative.
_LIKE = {"uk": frozenset({"з", "із", "зі"}), "ru": frozenset({"с", "со"})}
_MEASURES = {
    "uk": frozenset({"завбільшки", "заввишки", "завдовжки", "завширшки", "завтовшки",
                     "завглибшки", "розміром", "розмірами", "зростом", "величиною", "площею",
                     "вагою", "висотою", "довжиною", "шириною", "діаметром", "обсягом"}),
    "ru": frozenset({"размером", "размерами", "ростом", "величиной", "величиною", "высотой",
                     "длиной", "шириной", "толщиной", "глубиной", "весом", "площадью",
                     "объёмом", "объемом", "диаметром"}),
}  # fmt: skip


def measure_before(lang: str, tokens: list[Token], first: int) -> bool:
    """Whether с / з before a name at token ``first`` follows a word of size, past up to two
    adverbs or particles (размером примерно с Бельгию, завбільшки приблизно з Бельгію): "as
    big as", whose object is in the accusative, not the instrumental of "with"."""
    if first < 2 or tokens[first - 1].text.lower() not in _LIKE.get(lang, ()):
        return False
    for j in range(first - 2, max(-1, first - 5), -1):
        word = tokens[j].text.lower()
        if word in _MEASURES[lang]:
            return True
        known = known_parses(lang, word)
        if not known or known[0].tag.POS not in ("ADVB", "PRCL"):
            return False
    return False


_OWN = frozenset({"свій", "свой"})  # the reflexive possessive: the clause's subject owns it


def own_phrase_before(
    lang: str, tokens: list[Token], first: int, last: int, gender: str | None
) -> bool:
    """Whether a name at tokens ``first``..``last`` ends its clause right after a noun phrase
    with a form of свій / свой (the subject's own), and a finite verb of the clause may agree
    with the name (Прогноз підвищив у своєму огляді Центробанк, Новые тарифы установил своим
    решением Центробанк): the reflexive's owner is the clause's subject, the name put last,
    not a possessor of that noun (огляді Центробанку)."""
    if not ends_clause(tokens, last):
        return False
    start = first - 1 if first > 0 and tokens[first - 1].text in QUOTE_MARKS else first
    for k in range(start - 1, max(-1, start - 5), -1):
        word = tokens[k].text
        if not word[:1].isalpha() or not word.islower():
            return False
        known = known_parses(lang, word)
        if any(p.normal_form in _OWN for p in known):
            return may_be_subject(lang, tokens, first, last, gender)
        if not known or not all(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in known):
            return False
    return False


def subject_after_phrase(
    lang: str, tokens: list[Token], first: int, last: int, gender: str | None
) -> bool:
    """Whether a nominative name at tokens ``first``..``last`` ends its clause after a
    preposition's phrase (a noun and its adjectives, none of them nominative) that follows a
    finite verb agreeing with the name, the verb with no word before it in the clause that
    could be its subject (Дату назвав у прес-релізі Кремль, Об этом сообщил в своем
    телеграм-канале Газпром): the name is that verb's subject put last, not the possessor
    of the phrase's noun.  Not where a noun before the verb may be its subject (Запрет
    подтвердил в письме Роскомнадзор)."""
    if not ends_clause(tokens, last):
        return False
    k = first - 1 - (first > 0 and tokens[first - 1].text in QUOTE_MARKS)
    head = k
    while k >= 0 and head - k < 4:
        word = tokens[k].text
        if not word[:1].isalpha() or not word.islower():
            return False
        known = known_parses(lang, word)
        if any(p.tag.POS == "PREP" for p in known):
            break
        if k == head and (
            not any(p.tag.POS == "NOUN" for p in known)
            or any(tag_case(p.tag) == "nomn" for p in known)
        ):  # fmt: skip
            return False  # пресс-служба Кремль: a nominative the name may agree with
        # (before the head, its adjectives and a compound's first part: прес-релізі)
        k -= 1
    if k < 1 or k == head or head - k >= 4 or not tokens[k - 1].text.islower():
        return False
    verb = tokens[k - 1].text
    if not _may_agree(lang, verb, gender, False):
        return False
    ends = CLAUSE_ENDS - QUOTE_MARKS
    for t in reversed(tokens[: k - 1]):
        if t.text in ends:
            break
        known = known_parses(lang, t.text.lower())
        if not t.text[:1].isalpha() or not known:
            return False
        if any(p.tag.POS == "PREP" for p in known):
            continue  # (Об, в: a preposition, whatever its letters' abbreviation)
        if any(
            p.tag.POS in ("NOUN", "NPRO") and tag_case(p.tag) == "nomn"
            and _may_agree(lang, verb, p.tag.gender, p.tag.number == "plur")
            for p in known
        ):  # fmt: skip
            return False  # Запрет подтвердил: a noun before the verb may be its subject
    return True


_CLAUSE_OBJECT = frozenset({",", ":", "—", "–", "-"})
_BETWEEN_POS = frozenset({"ADVB", "PRCL", "PREP", "ADJF", "PRTF", "NPRO", "NUMR", "NOUN"})


def object_put_first(
    lang: str, tokens: list[Token], first: int, last: int, gender: str | None
) -> bool:
    """Whether a nominative name at tokens ``first``..``last`` is the subject of a transitive
    verb after it whose object is the noun phrase that opens the clause before the name
    (Рекордний урожай пшениці Казахстан зібрав цього року, Военный бюджет Россия в следующем
    году увеличит на 30%, Свій флот Аерофлот оновить до 2030 року): the phrase before the
    name is nouns and their adjectives from the clause's start; the verb, past words of no
    nominative (наступного року, у травні, торік), can agree with the name, takes a direct
    object, and has none after it in its clause (no accusative noun but a preposition's, no
    clause after a comma or colon right after it: заявив, що).  Not where a noun of the
    phrase may be a person's (Міністр оборони Китай учора підписав): that one acts.
    So the name is no possessor of the noun before it, whatever the source's "'s"."""
    ends = CLAUSE_ENDS - QUOTE_MARKS
    j, nouns = first - 1, 0
    while j >= 0 and tokens[j].text not in ends:
        word = tokens[j].text
        opens = j == 0 or tokens[j - 1].text in ends
        if not word[:1].isalpha() or (word[:1].isupper() and not opens):
            return False
        known = known_parses(lang, word.lower())
        if not known or known[0].tag.POS not in (*_PHRASE_POS, "PREP"):
            return False
        if known[0].tag.POS == "NOUN" and any("anim" in p.tag.grammemes for p in known):
            return False  # Міністр оборони Китай підписав: a person acts, no object put first
        nouns += any(p.tag.POS == "NOUN" for p in known)
        j -= 1
    if not nouns:
        return False
    v, governed = last + 1, False
    while v < len(tokens) and v <= last + 4 and tokens[v].text[:1].isalpha():
        text = tokens[v].text
        known = known_parses(lang, text.lower())
        if text[:1].islower() and known and known[0].tag.POS != "PREP" and any(
            p.tag.POS == "VERB" and "impr" not in p.tag.grammemes for p in known
        ):
            break  # (not при, переть's imperative to the dictionary too)
        if not text.islower() or not known or known[0].tag.POS not in _BETWEEN_POS:
            return False
        if any(p.tag.POS == "PREP" for p in known):
            governed = True
        elif not governed and any(tag_case(p.tag) == "nomn" and p.tag.POS == "NOUN"
                                  for p in known):  # fmt: skip
            return False  # another subject may stand there (not у травні: a preposition's)
        v += 1
    else:
        return False
    verb = tokens[v].text.lower()
    # (Збройні сили України: a plural name, no subject of повідомив)
    plural = plural_words(lang, tokens, first, last)
    if not _may_agree(lang, verb, gender, plural) or not transitive(lang, verb):
        return False
    return not _object_after(lang, tokens, v)


def _object_after(lang: str, tokens: list[Token], v: int) -> bool:
    """Whether the verb at ``v`` has its object after it in its clause: a clause after a
    comma or colon right after it (заявив, що), or an accusative noun or a number no
    preposition just before governs."""
    if v + 1 < len(tokens) and tokens[v + 1].text in _CLAUSE_OBJECT:
        return True  # Уряд Франція заявив, що: the clause after it is its object
    for k in range(v + 1, len(tokens)):
        if tokens[k].text in CLAUSE_ENDS - QUOTE_MARKS:
            break
        known = known_parses(lang, tokens[k].text.lower())
        if any(p.tag.POS == "PREP" for p in known):
            continue  # (до, в: a preposition, whatever its letter's noun)
        governed = any(
            p.tag.POS == "PREP" for t in tokens[max(v + 1, k - 2) : k]
            for p in known_parses(lang, t.text.lower())
        )  # fmt: skip
        if not governed and (
            tokens[k].text[:1].isdigit()  # зареєстрували 1686 нових випадків: a quantity
            or any(p.tag.POS == "NUMR" or (p.tag.POS == "NOUN" and tag_case(p.tag) == "accs")
                   for p in known)
        ):  # fmt: skip
            return True
    return False


def object_before_verb(lang: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether a singular nominative name at tokens ``first``..``last`` is the accusative
    object of a plural transitive verb right after it (past an adverb or particle) that
    has no object of its own after it nor a subject before it (Из-за разлива топлива озеро
    Синее закрыли для купания, Через розлив пального озеро Синє закрили): the clause before
    the name is a preposition's phrase, its nouns a chain of genitives after it, so no
    noun there is a plural nominative the verb could agree with — the name is that verb's
    object put first, no possessor of the noun before it."""
    if plural_words(lang, tokens, first, last):
        return False
    v = verb_after(lang, tokens, last)
    if v is None or not tokens[v].text.islower() or not transitive(lang, tokens[v].text):
        return False
    verbs = [p for p in known_parses(lang, tokens[v].text) if p.tag.POS == "VERB"]
    if not verbs or any(p.tag.number != "plur" or "impr" in p.tag.grammemes for p in verbs):
        return False
    ends = CLAUSE_ENDS - QUOTE_MARKS
    start = first
    while start > 0 and tokens[start - 1].text not in ends:
        start -= 1
    governed, nouns = False, 0
    for j in range(start, first):
        word = tokens[j].text
        if not word[:1].isalpha() or (word[:1].isupper() and j != start):
            return False
        known = known_parses(lang, word.lower())
        if not known or not all(p.tag.POS in (*_PHRASE_POS, "PREP") for p in known):
            return False
        if any(p.tag.POS == "PREP" for p in known):
            governed, nouns = True, 0
            continue
        if not any(p.tag.POS == "NOUN" for p in known):
            continue
        # The preposition's noun, then each noun in the genitive of the one before it.
        chained = governed and (
            nouns == 0 or any(p.tag.POS == "NOUN" and tag_case(p.tag) == "gent" for p in known)
        )
        if not chained:
            return False  # a noun no preposition governs may be the verb's subject
        nouns += 1
    return governed and nouns > 0 and not _object_after(lang, tokens, v)


def whole_plural_noun(pat: Pattern) -> bool:
    """Whether ``pat`` is a name of several words whose last, a plural noun after a plural
    adjective (uk Набережні Челни), the glossary's table keeps whole: the dictionary knows
    no declension of it, so its oblique forms would be the adjective's alone."""
    last = len(pat.words) - 1
    return (
        last > 0 and pat.lang in _OTHER and not pat.paradigms[-1].inflects
        and after_plural_adjective(pat.lang, pat.words, last)
    )  # fmt: skip
