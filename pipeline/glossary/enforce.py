"""Making a translation use the glossary: find, check and post-edit entity renderings.

For each entity found in a source sentence the translation must hold the target form with
the same index (full name ↔ full name, surname ↔ surname), inflected as the sentence needs.
:func:`enforce_sentence` runs the stages of one decision per entity:

- *match*: the target match of the entity, or a run of words that sounds like one of its
  forms or of the variants made from the entry (the other language's form, English forms,
  acronyms read out, Latin written in Cyrillic: :func:`_variants`), sought only because the
  source names the entity;
- *evidence* (:func:`_evidence`): what the rendering is (a valid form, another spelling or
  script, ...), what the translation's words around it allow
  (:mod:`pipeline.glossary.context`), and the source's role (:mod:`pipeline.glossary.source`);
- *decide*: :func:`pipeline.glossary.decide.decide`, precision first, the reason recorded on
  the hit;
- *render* (:func:`_render`): the glossary form in the case chosen, written (fixed) or
  proposed (needs-review; also where pymorphy3 cannot vouch for the form).

An entity with no rendering is missing; a source span matching entries with different
targets, or two equally likely renderings, is ambiguous.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import Any

from pipeline.glossary.context import (
    AGREEMENT,
    CLASSIFIERS,
    CLAUSE_ENDS,
    COORDINATORS,
    DITRANSITIVE_VERBS,
    GOVERNMENT,
    INDECLINABLE_ENDS,
    LIST,
    MEMBERS,
    NAMING,
    NO_CLUE,
    NOUN,
    OBJECT,
    OBJECT_PRONOUNS,
    PERSONAL,
    PREPOSITION,
    PREPOSITIONS,
    QUOTE_MARKS,
    RELATIVES,
    SENTENCE_ENDS,
    SENTENCE_STARTS,
    STOPS,
    TELLING_VERBS,
    CaseContext,
    a_time,
    agreeing_verb_after,
    another_person_after,
    cannot_agree,
    case_context,
    conjunct_after,
    conjunct_case,
    conjunct_ends_clause,
    coordinator_tail,
    directed,
    doer_after_verb,
    finite_verb,
    focus_particle,
    fronted_title_object,
    genitive_head,
    head_conjunct,
    impersonal,
    in_preposition_phrase,
    inverted_subject,
    list_preposition,
    may_be_person,
    may_be_subject,
    moved_to,
    named_division,
    object_case,
    owner_of_subject,
    person_before,
    person_noun_before,
    subject_past_apposition,
    surname_cases,
    targeted_after,
    transitive,
    verb_after,
    with_surname,
)
from pipeline.glossary.decide import (
    KEEP,
    LETTERS,
    OTHER_FORM,
    REVIEW,
    REWRITE,
    SCRIPT,
    SPELLING,
    VALID,
    Decision,
    Evidence,
    allowed,
    decide,
    ruled_out,
)
from pipeline.glossary.format import Entry
from pipeline.glossary.match import (
    DECLINING_ENDINGS,
    HYPHENS,
    QUOTES,
    Glossary,
    Match,
    Pattern,
    Token,
    a_place,
    a_thing,
    as_a_man,
    entry_gender,
    kinswoman_cases,
    last_declined_cases,
    other_language_cases,
    person_gender,
    sex_guessed,
    sexless_cases,
    surname_alone,
    tokenize,
    womans_cases,
    word_texts,
)
from pipeline.glossary.match import declines as name_declines
from pipeline.glossary.morph import (
    ALL_CASES,
    APOSTROPHES,
    CASES,
    CONSONANTS,
    JOINING,
    PERSON_TAGS,
    PROPER_TAGS,
    RU_WHOLE_TOO,
    VOWELS,
    Paradigm,
    apply_casing,
    common_prefix,
    compound_adjective,
    edit_distance,
    gender_of,
    is_acronym,
    known_parses,
    lemma_number,
    norm_key,
    parses,
    place_derivative,
    rule_forms,
    surname_first,
    tag_case,
)
from pipeline.glossary.morph import (
    lemmas as dictionary_lemmas,
)
from pipeline.glossary.notes import body_kind, note_sex, stays_whole
from pipeline.glossary.precision import (
    MIN_SIMILARITY,
    SAME_SOUND,
    addressed,
    alternated_vowel,
    compound_head,
    declined_whole_word,
    listed_rendering,
    measure_before,
    object_before_verb,
    object_put_first,
    other_gender_name,
    own_phrase_before,
    plural_genitive,
    plural_place_form,
    plural_rendering,
    predicate_before,
    pronoun_before,
    same_adjective,
    singular_form,
    source_case_kept,
    subject_after_phrase,
    subject_before_verb,
    vocative,
    whole_plural_noun,
)
from pipeline.glossary.source import (
    NO_ROLE,
    POSSESSIVE,
    PREPOSITION_CASES,
    SourceRole,
    acronym_as_word,
    another_bearer,
    arrived_in,
    inside_another_name,
    owned_noun,
    passive_subject,
    passive_with_agent,
    plural_in_source,
    role_cases,
    ruled_by_source,
    source_case,
    source_role,
    source_teller,
    subject_in_source,
    told_a_woman,
    told_whom,
)
from pipeline.glossary.syntax import (
    apposed_to_subject,
    genitive_of_subject,
    indirect_object,
    object_of_subject,
    parsed_context,
    points_nowhere,
    worth_parsing,
)
from pipeline.glossary.translit import cyrillic_readings, similarity, skeleton, to_cyrillic
from pipeline.model import HIT_STATUSES, Article, GlossaryHit

OK, FIXED, MISSING, AMBIGUOUS, _ = HIT_STATUSES
_OTHER_LETTERS = {"uk": set("ыэъё"), "ru": set("іїєґ")}  # letters only the other language has
_PROPER_TAGS = frozenset({"Name", "Surn", "Geox", "Orgn"})
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
CLOSE_CALL = 0.04
_NOT_NAME_POS = frozenset({"ADJF", "PRTF", "ADVB", "COMP", "VERB", "INFN", "GRND"})
_PARTICLES = frozenset({"NPRO", "PREP", "PRCL", "CONJ"})  # де, ван, фон in a name
_QUOTES = QUOTES + "()"  # and brackets
_CLOSING = '»”"'
_OPENING = '«“„"'
_INITIAL_BEFORE = re.compile(r"(?:^|[\s\u00a0])[А-ЯІЇЄҐ]\.[\s\u00a0]*$")  # Ф. В. before a surname
_FINAL_VOWELS = frozenset("аяоуюиіыеєйь")  # what a wrong ending may take off a form
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # between the parts of PayPal, SpaceX
_CYRILLIC_TAG = re.compile(r"#[\w-]*[а-яёіїєґ]", re.IGNORECASE)  # a hashtag in Cyrillic
_QUOTED_START = re.compile(r"[«“„\"](?:[^\W\d]\w*[\s\u00a0]+){1,3}$")


@dataclass
class _Edit:
    """A rewrite of ``start:end``; ``case`` the one written, ``order`` the context's cases
    (likeliest first) and ``redo`` the form in another case (None: not vouched)."""

    start: int
    end: int
    text: str
    hit: GlossaryHit
    pat: Pattern
    case: str
    order: tuple[str, ...]
    redo: Callable[[str], str | None]


def _aligned(words: list[str], pat: Pattern) -> list[tuple[str, Paradigm]]:
    """The rendering's words paired with the pattern's inflecting tokens (the last word
    with the last inflecting token when the counts differ)."""
    inflecting = [i for i, p in enumerate(pat.paradigms) if p.inflects]
    if not inflecting:
        return []
    if len(words) == len(pat.words):
        return [(words[i], pat.paradigms[i]) for i in inflecting]
    return [(words[-1], pat.paradigms[inflecting[-1]])]


def _credible_cases(word: str, par: Paradigm) -> frozenset[str]:
    """Cases ``word`` expresses as a form of ``par``: a surface of it, or a spelling variant
    ending like one (Кішидою → instrumental).  Empty for a made-up ending (Кісідам)."""
    key = norm_key(word)
    if key in par.surfaces:
        return par.surfaces[key]
    stem = common_prefix(list(par.surfaces))
    if not stem or key.startswith(stem):
        # The stem whole and an ending none of the forms has (Ростовові, Молдовові): made up,
        # however it ends.
        return frozenset()
    best, cases = 0, set[str]()
    for surface, surface_cases in par.surfaces.items():
        ending = surface[len(stem) - 1 :]  # the stem's last letter anchors the ending
        if len(key) > len(ending) and key.endswith(ending):
            if len(ending) > best:
                best, cases = len(ending), set(surface_cases)
            elif len(ending) == best:
                cases |= surface_cases
    return frozenset(cases)


def _own_cases(words: list[str], pat: Pattern) -> tuple[frozenset[str], bool]:
    """Cases the rendering's credible endings express, and whether some ending is made up
    (the other words still tell the case: Річард Норландою → nominative)."""
    cases, made_up = ALL_CASES, False
    for word, par in _aligned(words, pat):
        credible = _credible_cases(word, par)
        made_up |= not credible
        cases &= credible or ALL_CASES
    return (frozenset() if cases == ALL_CASES else cases), made_up


def _kept_forms(word: str, par: Paradigm) -> dict[str, frozenset[str]]:
    """The forms of ``par`` a made-up ``word`` keeps whole, all but a final vowel, with
    letters past the stem all forms share, before a case ending, each with its cases
    (Клименков|ам keeps Клименкові: dative, locative); empty for a valid form."""
    if _credible_cases(word, par):
        return {}
    key, stem = norm_key(word), common_prefix(list(par.surfaces))
    if key.startswith(stem) and key[len(stem) :] in _CASE_ENDINGS:
        # The stem all forms share and a case ending (Денисов|ою): the wrong ending put on
        # any form less its final vowel (Денисова, Денисову), as much as Денисово|ю is
        # Денисовой with its last letter changed; no form is kept.
        return {}
    kept: dict[str, frozenset[str]] = {}
    for surface, surface_cases in par.surfaces.items():
        base = surface[:-1] if surface[-1:] in _FINAL_VOWELS else surface
        # A vowel past the stem (Україно, Сувориным), not a doubled consonant only, which
        # a wrong ending may double too (Криворіжстал|лям: no Криворіжсталлю kept).
        # A form ending in ї (Росавіації|ем) keeps it whole: ї is no vowel a wrong ending
        # takes off, but a vowel past the stem all the same.
        past = set(base[len(stem) :]) & (_FINAL_VOWELS | {"ї"})
        if past and key.startswith(base) and key[len(base) :] in _CASE_ENDINGS:
            kept[surface] = surface_cases
    return kept


def _kept_cases(words: list[str], pat: Pattern) -> frozenset[str]:
    """Cases whose form a made-up word keeps whole, all but a final vowel, with letters past
    the stem all forms share, before a case ending (Україноою: Україною's Україно and -ою;
    Суворинымем: Сувориным and -ем) — a wrong ending put on that form; empty where no form
    is kept so (Кисид|ам keeps Кисидой's stem as much as Кисида's: the engine's wrong ending
    for either), or no word is made up."""
    cases = ALL_CASES
    for word, par in _aligned(words, pat):
        if _credible_cases(word, par):
            continue
        kept = _kept_forms(word, par)
        if not kept:
            return frozenset()
        cases &= frozenset().union(*kept.values())
    return frozenset() if cases == ALL_CASES else cases


def _kept_variant(words: list[str], pat: Pattern, case: str) -> str | None:
    """The form of ``case`` the made-up last word keeps whole but for its ending, where the
    case has several and it keeps one of them only (Клименков|ам: Клименкові, not
    Клименку): the engine wrote that one."""
    aligned = _aligned(words, pat)
    if not aligned:
        return None
    word, par = aligned[-1]
    variants = {norm_key(v) for v in par.variants(case)}
    if len(variants) < 2:
        return None
    kept = [s for s in _kept_forms(word, par) if s in variants]
    # Києв|ем keeps Києві and Києву alike: no telling which
    return kept[0] if len(kept) == 1 else None


def _one_kept_form(words: list[str], pat: Pattern) -> frozenset[str]:
    """The cases whose preferred form is the one form each made-up word keeps whole but for
    its ending (Садовом|ем: Садовому, the dative and the locative); empty where a word keeps
    none or several (ru Садовом|ем: Садовому or the locative Садовом)."""
    cases = ALL_CASES
    for word, par in _aligned(words, pat):
        if _credible_cases(word, par):
            continue
        kept = _kept_forms(word, par)
        if len(kept) != 1:
            return frozenset()
        surface = next(iter(kept))
        cases &= frozenset(c for c in kept[surface] if norm_key(par.forms.get(c, "")) == surface)
    return frozenset() if cases == ALL_CASES else cases - {"voct"}


def _distance(words: list[str], pat: Pattern, case: str, variants: bool) -> int:
    """How far the rendering's inflecting words are from the pattern's forms in ``case``
    (from the closest of the case's forms with ``variants``, else its preferred form)."""
    return sum(
        min(
            edit_distance(norm_key(word), norm_key(v))
            for v in par.variants(case)[: None if variants else 1]
        )
        for word, par in _aligned(words, pat)
    )


def choose_case(
    pat: Pattern, words: list[str], own: frozenset[str], ctx: CaseContext, made_up: bool = False
) -> str:
    """The case to write a rendering ``words`` in.

    A rendering whose endings express a case the context allows keeps it; a strong context
    (a preposition, an agreeing word) overrules a case it excludes.  Otherwise each candidate
    case scores the edit distance from the rendering to its form plus its rank in the
    context's order of likelihood, so a made-up ending takes the likeliest case near it.
    """
    if not any(p.inflects for p in pat.paradigms):
        return "nomn"
    if own and not allowed(own, ctx):
        made_up = True
    kept = _kept_cases(words, pat) if made_up else frozenset()
    if made_up and len(own) != 1 and ctx.strong:
        # A made-up ending whose other words give several cases (Черном море: море both
        # nominative and accusative) or none (Нью-Йорке): the context's likeliest.
        # A form kept whole but for a wrong ending takes the likeliest of its cases the
        # context allows, or its one case where the context would not rule out a valid
        # form in it (гастролі Україноою: a noun before rules out the nominative only).
        first = next((c for c in ctx.cases if c in kept), None)
        one = kept - {"voct"}
        if len(one) > 1:
            # One form kept whole, the preferred form of several cases (Садовом|ем after a
            # noun: Садовому, dative or locative alike): that form.
            one = _one_kept_form(words, pat)
        if (
            first is None and one and len({pat.inflect(c) for c in one}) == 1
            and not ruled_out(one, ctx)
        ):  # fmt: skip
            first = min(one, key=CASES.index)
        return first or ctx.cases[0]
    own = allowed(own, ctx)
    order = list(ctx.cases) or list(CASES)
    if kept:
        # The cases of a form the made-up word keeps whole, the context's likeliest first,
        # else in their own order where the context likes none of them (Німеччиноові after
        # a list: the instrumental, though the context put the nominative first); an
        # address is the context's to tell.
        order = (
            [c for c in order if c in kept]
            or [c for c in CASES if c in allowed(kept, ctx) and c != "voct"]
            or order
        )
    if own:
        pool = [c for c in order if c in own]
        if not pool and ctx.strong:
            # A valid form in a case the context rules out: its ending says nothing of the
            # right one (президентом Дональд Трамп → Дональдом Трампом, not Дональда Трампа).
            return ctx.cases[0]
        pool = pool or [c for c in CASES if c in own]
    else:
        pool = order
    return min(pool, key=lambda c: _distance(words, pat, c, not made_up) + pool.index(c))


def _styled(replacement: str, rendering: str) -> str:
    """Keep an all-caps rendering (a headline) in caps; a Latin acronym's caps are its own
    (BBC → Би-би-си).  A rendering in caps but for a few small letters a slip put there
    (ХАЙФам, МАРЕНФЕЛьЬД: :func:`_caps_but_a_slip`) is in caps too."""
    if rendering.isascii() and _CYRILLIC.search(replacement):
        return replacement
    letters = [c for c in rendering if c.isalpha()]
    shouted = all(c.isupper() for c in letters) or _caps_but_a_slip(rendering)
    if len(letters) > 1 and shouted and not is_acronym(replacement):
        return replacement.upper()
    return replacement


def _caps_but_a_slip(rendering: str) -> bool:
    """Whether each word of ``rendering`` is in capitals, or opens with three and holds more
    capitals than small letters: a name in caps (a dateline's ХАЙФА) whose ending or one
    letter a slip wrote small (ХАЙФам, СКАДОВСЬКою, МАРЕНФЕЛьЬД), not a name with capitals
    inside it (МакКейн, ДніпроГЕС)."""
    words = [w for w in re.split(r"[\s\-‐–—'’ʼ]+", rendering) if w]
    return bool(words) and all(
        w.isupper() or (
            w[:3].isalpha() and w[:3].isupper()
            and 2 * sum(c.isupper() for c in w) > sum(c.isalpha() for c in w)
        )
        for w in words
    )


_APOSTROPHE_BETWEEN = re.compile(rf"(?<=[^\W\d_])[{APOSTROPHES}](?=[^\W\d_])")


def _apostrophe_of(target: str, span: tuple[int, int]) -> str | None:
    """The apostrophe the translation writes between letters (’ or '), the rendering's own
    first, else the sentence's; None where it writes none."""
    found = _APOSTROPHE_BETWEEN.search(target, span[0], span[1]) or _APOSTROPHE_BETWEEN.search(
        target
    )
    return found.group(0) if found else None


def _shouted(source_text: str, entry: Entry) -> bool:
    """Whether the source writes the entity in capitals (KYIV) where none of its English
    forms is so written (Kyiv; not NATO, UK): the capitals are the text's style."""
    letters = [c for c in source_text if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    return not any(is_acronym(form) for form in entry.forms.get("en", ()))


_OPENING = " \t\"'«“„("


def _shouted_dateline(
    source: str, matches: list[Match], entry: Entry, target: str, span: tuple[int, int]
) -> bool:
    """Whether the rendering opens the translation where the source opens with the entity
    in capitals that are its style (NUUK, 15 March — …): a dateline, whichever of the
    source's mentions the rendering was paired with (the Latin copy Nuuk is paired with
    the body's Nuuk, spelt as it)."""
    return not target[: span[0]].strip(_OPENING) and any(
        o.entry.id == entry.id and not source[: o.start].strip(_OPENING)
        and _shouted(o.text, entry)
        for o in matches
    )  # fmt: skip


def _with_own_quotes(target: str, span: tuple[int, int], form: str) -> tuple[int, int]:
    """The run of words found by sound (:func:`_find_rendering`), widened over the quote
    mark the glossary form opens or closes with where the translation writes the same one
    right beside the run (веслувальний клуб «Таврія»: the run of words ends before the »
    the form writes, which would be written twice)."""
    start, end = span
    if form[-1:] and form[-1:] in _CLOSING and target[end : end + 1] == form[-1]:
        end += 1
    if form[:1] and form[:1] in _OPENING and target[start - 1 : start] == form[0]:
        start -= 1
    return start, end


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _find_rendering(
    target: str,
    tokens: list[Token],
    pat: Pattern,
    source_text: str,
    rel_pos: float,
    taken: list[tuple[int, int]],
    variants: tuple[str, ...] = (),
    unnamed: list[tuple[int, int]] = (),
    siblings: int = 1,
) -> tuple[tuple[int, int] | None, bool]:
    """The span of the run of words that sounds most like the entity (its forms, the
    source's words as written and in Cyrillic, ``variants``); (None, False) if none.

    A run may hold an ``unnamed`` span (a match of an entity the source does not name)
    only when it is longer and sounds the same as the entity: the Сі of Сі-Оу-Ві-Ай-Ді
    for COVID is no Xi, the Squire of Sarah Squire no other person.
    The flag is True when a second, separate run is about as likely (ambiguous), unless
    the source names the entity ``siblings`` times still unrendered (this mention and the
    ones after it) and no more runs are as likely: then the mentions take them in order,
    this one the first (Дэ Клерк … де Клерку for two mentions of De Klerk).  A run
    joined by a hyphen to another word is no rival of one standing alone.
    """
    scored = _candidates(target, tokens, pat, source_text, rel_pos, taken, variants, unnamed)
    if not scored:
        return None, False
    best_score, best = scored[0]
    close = [best]
    alone = not _hyphenated(target, best)
    for score, span in scored[1:]:
        if score < best_score - CLOSE_CALL or _overlaps(span, close):
            continue
        if not (alone and _hyphenated(target, span)):  # the Франс of О-де-Франс: no rival
            close.append(span)
    if len(close) == 1:
        return best, False
    if len(close) <= siblings:
        return min(close), False
    return best, True


def _candidates(
    target: str,
    tokens: list[Token],
    pat: Pattern,
    source_text: str,
    rel_pos: float | None,
    taken: list[tuple[int, int]],
    variants: tuple[str, ...] = (),
    unnamed: list[tuple[int, int]] = (),
    floor: float = MIN_SIMILARITY,
    same_start: bool = False,
) -> list[tuple[float, tuple[int, int]]]:
    """The runs of words that sound like the entity (:func:`_find_rendering`) at least
    ``floor``, each with its score, best first; ``rel_pos`` (the source mention's place,
    0…1) takes a little off a run far from the same place in the translation (None: no
    place); ``same_start``: only runs that start with the sound a spelling starts with."""
    inflected = {pat.inflect(c) for c in CASES}
    forms = {norm_key(f) for f in inflected}
    refs = {source_text, *inflected, *variants}
    if pat.lang in ("uk", "ru") and source_text.isascii():
        # FEDEX read out (Еф-І-Ді-І-Екс), word by word (DESIGN WORKS: ДЕСИГН Дабл-ю-…).
        refs.update(cyrillic_readings(source_text, pat.lang))
    sized = [(ref, len(word_texts(ref)) or 1) for ref in refs]
    longest = max(size for _, size in sized)  # Ен-І-Пі for NEP: three words
    words = [t for t in tokens if t.text[:1].isalnum()]
    own_derived = _derived(pat.lang, pat.words[0])
    # A name that is also an adjective's form (Довгеньке): that adjective's other forms are
    # its misspellings (Довгенькою), no word derived from another name.
    own_lemmas = dictionary_lemmas(pat.lang, pat.words[0]) if pat.lang in ("uk", "ru") else ()
    # The first word of a name of several words as the source writes it: a run that starts
    # with it read out (Нова for Nova Post) renders the name, whatever else it may be.
    lead = word_texts(source_text)[0] if len(word_texts(source_text)) > 1 else ""
    blocking = [t for t in taken if t not in unnamed]
    initials = {skeleton(ref)[:1] for ref in refs} if same_start else None
    capitals_own = not any(
        is_acronym(w) for f in (source_text, pat.form, *variants) for w in word_texts(f)
    )
    scored: list[tuple[float, tuple[int, int]]] = []
    n = len(word_texts(pat.form)) or 1  # words, not the brackets or slashes between them
    marks = {c for ref in refs for c in ref if c in _RUN_BREAKS}
    # A number sounds like nothing: no run ends on one unless a spelling has digits
    # (Релаксфоам 2 is no run for Релакс-Фоам, read as RelaxFoam's parts; Boeing 737 is).
    numbers = any(c.isdigit() for ref in refs for c in ref)
    for i, first in enumerate(words):
        # Not нам for NAME, nor the common word рейтинг for Рейтинг; the particle of де Клерк.
        particle = len(pat.words) > 1 and first.key == norm_key(pat.words[0])
        lowered = first.text[:1].islower() and not particle
        if pat.words[0][:1].isupper() and lowered:
            continue
        if (
            pat.lang in PREPOSITIONS and not particle
            and first.text.lower() in PREPOSITIONS[pat.lang]
            and first.key != norm_key(pat.words[0])
            and target[first.end : first.end + 1].isspace()
            and (i == 0 or target[: first.start].rstrip()[-1:] in ".!?:«\"“„(–—")
        ):  # fmt: skip
            # В новогоднюю for Новый год, В бундестаг for Бундестаг: a preposition
            # capitalized at the start, standing apart, begins no run of a name
            continue
        if initials is not None and skeleton(first.text)[:1] not in initials:
            continue
        if (
            not own_derived
            and _derived(pat.lang, first.text)
            and not _short_acronym(first.text)
            and not dictionary_lemmas(pat.lang, first.text).intersection(own_lemmas)
            and not (lead and similarity(first.text, lead) >= SAME_SOUND)
            and not (n == 1 and _one_slip(first.text, forms))
            and not (n == 1 and _common_word_capitalized(pat, first.text, target, first.start))
        ):
            continue  # not Даллаських; ССА for США is no verb form of ссать
        if _adjective_of(pat, first.text) and not _stray_adjective(pat.lang, target, words, i):
            continue  # Канатчиковского for Канатчиково
        if compound_adjective(pat.form, first.text):  # Південнокорейський for Південна Корея
            continue
        if _compound_head(pat, target, first):  # Києво-Печерська for Київ
            continue
        if first.text[:1].islower() and _in_address(target, first):  # my.norton.com
            continue
        if len(first.text) == 1 and target[first.start - 1 : first.start] == ".":
            continue  # the П of Р.И.П is a letter of an abbreviation, not a name's start
        if capitals_own and is_acronym(first.text) and _lower_beside(words, i):
            # голова Львівської ОВА for "the Lviv region's governor": a Cyrillic acronym
            # among words in small letters is a name of its own (ОВА, ЗСУ), no misspelling
            # of a name neither the glossary nor the source writes in capitals.
            continue
        # An acronym may render a name of several words (BBC for Би-би-си).
        shortest = 1 if is_acronym(first.text) else max(1, n - 1)
        if first.text.isascii() and source_text.isascii():
            # A Latin copy has the source's words, not the rendering's (State Emergency
            # Service: three words for Державна служба з надзвичайних ситуацій).
            shortest = min(shortest, max(1, len(word_texts(source_text)) - 1))
        for length in range(shortest, max(n, longest) + 2):
            if i + length > len(words):
                break
            span = (first.start, words[i + length - 1].end)
            if _overlaps(span, blocking) or "\n" in target[span[0] : span[1]]:
                continue
            if length > 1 and not numbers and not _has_letter(words[i + length - 1].text):
                continue
            if n > 1 and any(_adjective_of_last(pat, words[j : j + n])
                             for j in range(i, i + length - n + 1)):  # fmt: skip
                continue  # Івано-Франківській області: the adjective of Івано-Франківськ
            if n == 1 and length > 1 and _adjective_of(pat, words[i + length - 1].text):
                break  # У Чорнобильській зоні: a run that holds the name's adjective is none of it
            if _crosses_punctuation(target, words[i : i + length], marks):
                break  # Баланс – это is no run of a name: a dash, a comma, a bracket between
            if length > 1 and _script_turns(words[i + length - 2].text, words[i + length - 1].text):
                break  # State Emergency Service повідомили: the sentence's own word after it
            holds = [u for u in unnamed if _overlaps(span, [u])]
            text = target[span[0] : span[1]]
            # Each spelling against the runs of its own length (Ен-І-Пі: three words).
            score = max(
                similarity(text, ref, floor + 0.05 * abs(length - size)) - 0.05 * abs(length - size)
                for ref, size in sized
            )
            if length == 1 == n and _made_up_ending(pat, text, target, span[0]):
                score = max(score, SAME_SOUND)  # Ольгем for Ольга: the stem, an ending
            if holds:
                inside = all(span[0] <= a and b <= span[1] and (a, b) != span for a, b in holds)
                if not inside or score < SAME_SOUND:
                    continue
            if rel_pos is not None:
                score -= 0.05 * abs(span[0] / max(len(target), 1) - rel_pos)
            if score >= floor:
                scored.append((score, span))
    scored.sort(reverse=True)
    return scored


# What may head an adjective: a noun, another adjective or participle, a numeral, a pronoun.
_HEADS = frozenset({"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"})


def _stray_adjective(lang: str, target: str, words: list[Token], i: int) -> bool:
    """Whether ``words[i]``, an adjective the dictionary makes from the name (Курською for
    Курськ), stands where no such adjective can: right after a preposition that governs none
    of its cases, and before no word in one of them it might agree with (поблизу Курською,
    повідомило; из Плесецкою.): the name with a made-up ending.  Not after a preposition
    that governs its case (у Херсонській — троє; з Курською), nor before a possible head
    (поблизу Курською областю: the adjective, misspelt), nor before a capitalized word or
    one the dictionary does not know."""
    word = words[i]
    cases = {p.tag.case for p in known_parses(lang, word.text) if p.tag.POS == "ADJF"}
    if not cases or i == 0 or lang not in PREPOSITIONS:
        return False
    prev = words[i - 1]
    governs = PREPOSITIONS[lang].get(prev.text.lower())
    if governs is None or cases & set(governs) or not target[prev.end : word.start].isspace():
        return False
    if i + 1 == len(words) or not target[word.end : words[i + 1].start].isspace():
        return True  # a punctuation mark after it, or the end
    after = words[i + 1].text
    parsed = known_parses(lang, after)
    return after[:1].islower() and bool(parsed) and not any(
        p.tag.POS in _HEADS and p.tag.case in cases for p in parsed
    )


def _lower_beside(words: list[Token], i: int) -> bool:
    """Whether a word beside ``words[i]`` (a Cyrillic one) has small letters: the text is
    not written in capitals there (a headline's ЛЬВІВ is its style)."""
    if words[i].text.isascii():
        return False
    return any(
        any(c.islower() for c in words[j].text) for j in (i - 1, i + 1) if 0 <= j < len(words)
    )


def _one_slip(word: str, forms: set[str]) -> bool:
    """Whether ``word`` is one letter off a form of a one-word name (``forms``: their keys),
    the first letter kept: a slip (Бутанова for Буданова, Дутою for Дудою), which a
    dictionary adjective it happens to spell does not make a word derived from a name
    (Даллаських, київський are farther)."""
    key = norm_key(word)
    return any(edit_distance(key, form) == 1 and key[:1] == form[:1] for form in forms)


def _inside_sentence(target: str, start: int) -> bool:
    """Whether the run at ``start`` stands past a word of its sentence, where a common word
    is in lower case: not first, nor right after a quote, a bracket, a colon or a dash."""
    k = start - 1
    while k >= 0 and target[k].isspace():
        k -= 1
    return k >= 0 and target[k].isalnum()


def _script_turns(before: str, word: str) -> bool:
    """Whether a run turns from a word in Latin letters to a small-letter Cyrillic one: the
    Latin name the engine kept ends there, and the word after it is the sentence's own (У
    State Emergency Service повідомили: not a run of the name's five words)."""
    latin = before.isascii() and any(c.isalpha() for c in before)
    return latin and word[:1].islower() and bool(_CYRILLIC.search(word))


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


# What stands between two words of one name only where the name itself has it.
_RUN_BREAKS = frozenset(',;:()[]{}–—!?«»"“”„/|')
# Suffixes that make an adjective of a place's name (Лондон → лондонская, Київ → київський,
# Росія → російський), and the first part of a compound adjective (російсько-українська).
_ADJECTIVE_SUFFIX = re.compile(
    r"й?(?:ск|цк|ськ|цьк|зьк)"
    r"(?:ий|ый|ій|ой|ого|ому|ым|им|ім|ом|ая|ую|ое|ые|ие|их|ых|ими|ыми|а|у|ою|ої|ій|е|і|о)"
)


# Case endings of uk and ru nouns and adjectives, what may follow a name's stem.
_CASE_ENDINGS = frozenset({
    "а", "я", "у", "ю", "е", "є", "і", "ї", "и", "ы", "о", "ой", "ей", "ою", "ею", "єю", "ом",
    "ем", "єм", "ым", "им", "ім", "ів", "ов", "ев", "ам", "ям", "ах", "ях", "ами", "ями",
    "ові", "еві", "єві", "ому", "ого", "ий", "ій", "ый",
})  # fmt: skip


def _made_up_ending(pat: Pattern, word: str, target: str = "", start: int = 0) -> bool:
    """Whether ``word`` is a stem of the one-word form's (at least three letters: a form
    less its ending) with a case ending that is none of its forms and no dictionary word
    (Ольгем, Маринові for Ольга, Марина; Модом for the indeclinable Моди): a short name a
    made-up ending leaves too unlike its forms by sound.  An indeclinable name's stem with
    an ending may be a dictionary word where it stands inside its sentence ``target`` (at
    ``start``), capitalized as no common word there is (предложила Баком, мовчить Модою:
    бак's, мода's forms)."""
    if pat.lang not in ("uk", "ru") or not _CYRILLIC.search(pat.words[-1]):
        return False
    if word[:1].isupper() != pat.words[0][:1].isupper() or is_acronym(word):
        return False
    if not _stem_and_ending(pat, word):
        return False
    if not pat.paradigms[-1].inflects and target and _inside_sentence(target, start):
        return True
    if _common_word_capitalized(pat, word, target, start):
        return True
    # A dictionary word is no made-up ending, save a form of another name, which the
    # evidence weighs against the source (Ленем: a surname Лень's, for "Lena").
    return all(p.tag.grammemes & _PROPER_TAGS for p in known_parses(pat.lang, word))


def _common_word_capitalized(pat: Pattern, word: str, target: str, start: int) -> bool:
    """Whether ``word``, a stem of the one-word name with a case ending that makes none of
    its forms, is a common word (a verb, an adjective, a noun the dictionary knows) that
    stands capitalized inside its sentence ``target`` (at ``start``), as no common word
    there is: the name with a made-up ending (За словами Приймем for Прийма: приймем, a
    verb; в Нарвем for Нарва), not a word of the sentence.  Not the name's own adjective
    (у Херсонській — троє: a region's, capitalized as such), nor at a sentence's start or
    after a quote, a bracket, a colon or a dash, where any word is capitalized."""
    if not target or not word[:1].isupper() or not _inside_sentence(target, start):
        return False
    if not _stem_and_ending(pat, word) or _adjective_of(pat, word):
        return False
    known = known_parses(pat.lang, word)
    return bool(known) and not any(p.tag.grammemes & _PROPER_TAGS for p in known)


def _stem_and_ending(pat: Pattern, word: str) -> bool:
    """Whether ``word`` is a stem of the one-word form's with a case ending that makes none
    of its forms (Ольгем, Маринові for Ольга, Марина), or an indeclinable form's last letter
    given as a case ending (Харриа, Каллаом for Харрис, Каллас): a slip at the end of a
    name that has no case endings, not a case of it."""
    par = pat.paradigms[-1]
    surfaces, key = par.surfaces, norm_key(word)
    if key in surfaces:
        return False
    if _stem_plus_ending(key, tuple(surfaces)):
        return True
    return not par.inflects and any(
        len(s) >= 4 and key.startswith(s[:-1]) and key[len(s) - 1 :] in _CASE_ENDINGS
        for s in surfaces
    )


def _stem_plus_ending(key: str, surfaces: tuple[str, ...]) -> bool:
    """Whether the normalized word ``key`` is one of the forms' stems (:func:`_stems`) with a
    case ending after it."""
    stems = _stems(surfaces)
    return any(key[:n] in stems and key[n:] in _CASE_ENDINGS for n in range(2, len(key)))


@lru_cache(maxsize=4096)
def _stems(surfaces: tuple[str, ...]) -> frozenset[str]:
    """Each form with its case ending taken off (ольг, ольз for Ольга), at least three
    letters left, or two where an ending came off (юр for Юра; not ли for Ли)."""
    return frozenset(
        surface[: len(surface) - len(ending)]
        for surface in surfaces
        for ending in ("", *_CASE_ENDINGS)
        if surface.endswith(ending) and len(surface) - len(ending) >= (3 if not ending else 2)
    )


def _short_acronym(word: str) -> bool:
    """An all-caps word of two to five letters: an acronym, whose dictionary readings as a
    lower-case word (ССА: a gerund) say nothing about it."""
    return is_acronym(word) and len(word) <= 5


def _crosses_punctuation(target: str, run: list[Token], marks: set[str]) -> bool:
    """Whether a punctuation mark that no spelling of the entity has (``marks``: the ones
    they have) stands between two words of ``run``."""
    return any(
        c in _RUN_BREAKS and c not in marks
        for a, b in pairwise(run)
        for c in target[a.end : b.start]
    )


def _verb_right_before(lang: str, tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether the word right before ``span`` may be a verb (боїться): what it governs is
    no noun's possessor, whatever the source says."""
    before = [t for t in tokens if t.end <= span[0] and t.text[:1].isalpha()]
    if not before:
        return False
    readings = known_parses(lang, before[-1].text)
    if lang == "uk" and any(
        p.tag.POS == "NOUN" and p.normal_form in MEMBERS[lang] for p in readings
    ):
        return False  # Мер Києва заявив: the post a person holds, not мерти's past
    return any(p.tag.POS in ("VERB", "INFN") for p in readings)


def _adjective_of(pat: Pattern, word: str, k: int = 0) -> bool:
    """Whether ``word`` is an adjective made from the form's ``k``-th word by a suffix
    (Канатчиковского from Канатчиково, лондонская from Лондон, шевченковская and the
    possessive Шевченкового from Шевченко), or by an adjective's ending alone from a name in
    -ськ/-ск (Франківській from Франківськ, Франковской from Франковск), or a place's word
    the dictionary derives with its stem's consonant alternating (Польські from Польща,
    Киевляне from Киев, a person's followers бандерівці from Бандера:
    :func:`place_derivative`): a word of its own, not a rendering of the
    name, even where the dictionary does not know it.  Never when the form is such an
    adjective itself."""
    if pat.lang not in ("uk", "ru"):
        return False
    base = norm_key(pat.words[k])
    key = norm_key(word)
    if _ADJECTIVE_SUFFIX.search(base):
        return False
    derived = place_derivative(pat.lang, pat.words[k], word)
    if derived and (pat.entry.type != "PER" or derived == "noun for its people"):
        return True  # Польські for Польща, Киевляне for Киев, бандерівці for Бандера
    if pat.entry.type != "PER" and base.endswith(_SUFFIX_STEMS[pat.lang]):
        return key.startswith(base) and key[len(base) :] in _ADJECTIVE_ONLY_ENDINGS[pat.lang]
    vowel = base[-1:] in "аяоеєіиыйь"
    stem = base[:-1] if vowel else base
    rest = key[len(stem) :] if len(stem) >= 3 and key.startswith(stem) else ""
    rest = rest.removeprefix("ь")  # Сичуань → сичуаньський, Сычуань → сычуаньская
    if vowel and _POSSESSIVE_SUFFIX.fullmatch(rest):
        return rest not in _NOUN_ENDINGS_LIKE_POSSESSIVE  # Франкові: the dative
    if rest and (_ADJECTIVE_SUFFIX.fullmatch(rest) or _LINKED_SUFFIX.fullmatch(rest)):
        return True  # Байденівська, Газпромовские, Нафтогазівці
    adjectival = base[:-2] if base.endswith(("ий", "ый", "ій", "ой")) else ""
    if len(adjectival) >= 4 and key.startswith(adjectival):
        return bool(_LINKED_SUFFIX.fullmatch(key[len(adjectival) :]))  # Навальный → навальновцы
    root = stem.removesuffix("с")  # Одеса → Одещина
    region = key[len(root) :] if len(root) >= 3 and key.startswith(root) else ""
    return bool(_REGION_SUFFIX.fullmatch(region))


# A name in -о/-а whose possessive or relational adjective adds -ов-/-ів-/-ин- (Шевченків,
# Шевченкового, шевченковская, Лесин); the uk dative in -ові/-еві is the name's own form.
_POSSESSIVE_SUFFIX = re.compile(
    r"(?:ов|ев|єв|ів|їв|ин|ін|їн)(?:ий|ій|ого|ому|ої|ою|им|их|ими|ім|а|у|е|і)?"
    r"|(?:ов|ев)ск(?:ий|ая|ой|ую|ое|ого|ому|ым|ом|ые|их|ыми)"
)
_NOUN_ENDINGS_LIKE_POSSESSIVE = frozenset({"ові", "еві", "єві", "ов", "ев", "ин", "ін"})
# A word made from a name by a linking -ів-/-ов- and a relational adjective's or a member
# noun's suffix (Байденівська, Эрдогановская, Газпромовские; бандерівці, Навальновцы), by
# a follower's or doctrine's -іст-/-ізм- (Трампісти) or an inhabitant's -ян-/-чан-
# (Днепряне): no case of the name ends so.
_LINKED_SUFFIX = re.compile(
    r"(?:ів|ов|ев|єв|їв)(?:(?:ськ|ск)(?:ий|ый|ій|ой|ого|ому|ым|им|ім|ом|ая|ую|ое|ие|их|ими"
    r"|ыми|а|у|ою|ої|е|і|о)|ець|ец|ц(?:я|ю|ем|еві|і|ів|ям|ями|ях|а|у|е|ы|ев|ам|ами|ах))"
    r"|(?:іст|ист|ізм|изм)(?:а|у|ом|ові|і|и|ів|ам|ами|ах|ы|ов|е)?"  # Трампісти, Трамписты
    r"|(?:ян|чан)(?:ин|ина|ину|ином|инові|ине|е|и|ам|ами|ах)"  # Днепряне, днепрянина
)
# A region named by its centre's stem and -щин- (Харківщина, Львовщины, Одещина).
_REGION_SUFFIX = re.compile(r"щин(?:а|и|і|у|ою|ой|е|ы)")
# A place's or body's name ending in an adjective's suffix (Донецьк, Франківськ, Минск;
# not a person's, Франциск): its adjective is the name with an adjective's ending, told
# from the noun's by endings no noun case has.
_SUFFIX_STEMS = {"uk": ("ськ", "цьк", "зьк"), "ru": ("ск", "цк")}
_ADJECTIVE_ONLY_ENDINGS = {
    "uk": frozenset({"ий", "ій", "ої", "ою", "ого", "ому", "им", "ім", "і", "их", "ими", "е"}),
    "ru": frozenset({"ий", "ая", "ой", "ую", "ое", "ого", "ому", "ым", "ые", "их", "ыми"}),
}


def _compound_head(pat: Pattern, target: str, token: Token) -> bool:
    """Whether ``token`` is a one-word place's or body's stem joined by the linking -о- and a
    hyphen to the next word of a compound (Києво-Печерська, Киево-Печерской): no case of
    the name, which ends in no -о itself."""
    after = target[token.end : token.end + 2]
    if pat.lang not in ("uk", "ru") or pat.entry.type == "PER" or len(pat.words) != 1:
        return False
    if len(after) < 2 or after[0] != "-" or not after[1].isalpha():
        return False
    key, base = norm_key(token.text), norm_key(pat.words[0])
    if not key.endswith("о") or base.endswith(("о", "е")):
        return False
    shared = len(common_prefix([key[:-1], base]))
    return shared >= 2 and len(key) - 1 - shared <= 2 and len(base) - shared <= 2


def _adjective_of_last(pat: Pattern, run: list[Token]) -> bool:
    """Whether ``run`` is the form's words with the last made an adjective (Івано-Франківській,
    Ивано-Франковской): the words before it the form's own, joined to it by hyphens."""
    if not pat.seps or any(g.strip() not in HYPHENS or not g for g in pat.seps):
        return False
    if len(run) != len(pat.words):
        return False  # «Париж — Рубе»: the dash is one of the form's tokens, not a word of the run
    head = zip(run[:-1], pat.words[:-1], strict=True)
    return all(t.key == norm_key(w) for t, w in head) and _adjective_of(
        pat, run[-1].text, len(pat.words) - 1
    )


# Particles that join a compound place name (Hauts-de-France, Boulogne-sur-Mer,
# Stratford-upon-Avon, Frankfurt-am-Main, Aix-en-Provence, Weston-super-Mare).
_COMPOUND_PARTICLES = frozenset({
    "de", "du", "des", "la", "le", "les", "d", "sur", "sous", "upon", "on", "am", "an", "en",
    "et", "in", "im", "aux", "super",
})  # fmt: skip
_JOINED_BY_PARTICLE = re.compile(r"\w[-‐‑](\w+)[-‐‑]$")


def _compound_tail(source: str, m: Match) -> bool:
    """Whether the source match ends a compound name joined by a particle (the France of
    Hauts-de-France, the Mer of Boulogne-sur-Mer): the source does not name the entity."""
    joined = _JOINED_BY_PARTICLE.search(source[max(0, m.start - 12) : m.start])
    return bool(joined) and joined.group(1).lower() in _COMPOUND_PARTICLES


def _in_address(text: str, tok: Token) -> bool:
    """Whether ``tok`` is glued to other characters by a dot, slash or @ (my.norton.com,
    name@mail): part of an address or a file name, no rendering of a name."""
    before, after = text[max(0, tok.start - 2) : tok.start], text[tok.end : tok.end + 2]
    return (len(before) == 2 and before[1] in "./@" and before[0].isalnum()) or (
        len(after) == 2 and after[0] in "./@" and after[1].isalnum()
    )


def _variants(glossary: Glossary, pat: Pattern) -> tuple[str, ...]:
    """Spellings an engine may give the entity besides its forms, sought only where the
    source names it: the other Cyrillic language's form in every case (ЄС in Russian,
    Ріяді), the English forms (EU for ЄС), Latin acronyms read out (Би-би-си, Бі-Бі-Сі)
    or said (НАСА) and Latin forms written in Cyrillic, letter by letter and as English
    sounds (Твіттер for Twitter, Гугл for Google)."""
    return _entry_variants(glossary, pat.entry, pat.lang, pat.index)


@lru_cache(maxsize=20_000)
def _entry_variants(glossary: Glossary, entry: Entry, lang: str, index: int) -> tuple[str, ...]:
    pat = glossary.pattern(entry, lang, index)
    if pat is None:
        return ()
    out: set[str] = set()
    other = {"uk": "ru", "ru": "uk"}.get(pat.lang)
    alt = glossary.pattern(pat.entry, other, pat.index) if other else None
    if alt is not None:
        out.update(alt.inflect(c) for c in CASES)
    english = pat.entry.forms.get("en", ())
    latin = [f for f in (*english[pat.index : pat.index + 1], pat.form) if f.isascii()]
    out.update(latin)
    if pat.lang in ("uk", "ru"):
        out.update(to_cyrillic(f, pat.lang, spoken) for f in latin for spoken in (False, True))
        # Word by word, an acronym also read as a word, as written or as it sounds (NASA:
        # НАСА, JPEG: ДЖПЕГ, LEAD: ЛИД).
        out.update(r for f in latin for r in cyrillic_readings(f, pat.lang))
        # A name written in one word of several capitalised parts, read as the parts
        # (PayPal: Пей Пал, TikTok: Тік Ток, SpaceX: Спейс Екс), apart or joined by
        # hyphens (Тік-Ток, Опен-Ей-Ай).
        parts = {_CAMEL.sub(sep, f) for f in latin for sep in " -"} - set(latin)
        out.update(r for f in parts for r in cyrillic_readings(f, pat.lang))
    out.discard(pat.form)
    return tuple(sorted(out))


def _derived(lang: str, word: str) -> bool:
    """Whether pymorphy3's dictionary knows ``word`` only as an adjective or participle
    derived from a name (Даллаських, київський), or as an adverb or verb (Ранее, not
    Иране): not a rendering of a name.  Short particles and short adjectives are not
    excluded: a name's misspelling may be one (Си, Байтен).  Always False for English,
    which has no pymorphy3 dictionary."""
    if lang not in ("uk", "ru"):
        return False
    known = known_parses(lang, word)
    return bool(known) and all(p.tag.POS in _NOT_NAME_POS for p in known)


def _wanted(m: Match, src: str, tgt: str) -> int | None:
    """The index of the target form a source match wants: the same index as the source's
    form where the entry has that many, else the first; None where it has none."""
    forms = m.entry.target_forms(src, tgt)
    if not forms:
        return None
    return m.index if m.index < len(forms) else 0


def _forms_differ(match: Match, src: str, tgt: str) -> bool:
    mine = match.entry.target_forms(src, tgt)
    return any(alt.target_forms(src, tgt)[:1] != mine[:1] for alt in match.alternatives)


def _inside_names(
    src_matches: list[Match], source: str, target: str, tgt_matches: list[Match], src: str,
    tgt: str,
) -> tuple[list[Match], list[tuple[int, int]]]:  # fmt: skip
    """The source's matches inside another entity's longer name (:func:`inside_another_name`:
    Michael Jordan, Paris Hilton, Johnson & Johnson) that the translation gives as a whole,
    where it renders the entity fewer times than the source's matches name it: no mention
    of the entity, and the longer name's transliteration (Майкл Джордан) no misspelling of
    its rendering (Йорданія).  Given as a whole: each other word of the longer name in
    Cyrillic, sounding more like that word than like the glossary name (Майкл, Хилтон; not
    the Нортон of "Norton Support"), or the longer name copied in Latin, the name too
    (Johnson & Johnson; not US Air as Ю-ес Air, an engine's slip).  With them, the spans of
    the translation's longer name (those words and a capitalized word beside each: Майкл
    Джордан, Пэрис Хилтон), sought as no entity's rendering.  Not where the word beside them
    is the glossary's own rendering, misspelt or not (:data:`EXTRA_SIMILARITY`)."""
    tokens = tokenize(target)
    # Capitalized words of three letters or more (a capital Я, На says nothing), no
    # acronym, no glossary name's.
    names = [i for i, t in enumerate(tokens) if len(t.text) > 2 and t.text[:1].isupper()
             and not is_acronym(t.text)
             and not any(o.start <= t.start < o.end for o in tgt_matches)]  # fmt: skip
    written = {t.text for t in tokens}
    out: list[Match] = []
    spans: list[tuple[int, int]] = []
    for m in src_matches:
        fewer = _theirs_all(m, tgt_matches) < _theirs_all(m, src_matches)
        extra = inside_another_name(source, m) if fewer else ()
        if not extra:
            continue
        given = [[i for i in names if _renders_word(w, m.text, tokens, i)] for w in extra]
        copied = m.text in written and all(w in written for w in extra)
        found = {i for g in given for i in g} if all(given) and not copied else set()
        beside = {j for i in found for j in (i - 1, i + 1) if j in names and j not in found}
        # The glossary's own rendering, misspelt, beside them (Мартина Німеллера for an
        # entry Martin → Мартін): the translator gave the entity there.
        own = [w for f in m.entry.target_forms(src, tgt) for w in word_texts(f)]
        if any(similarity(tokens[j].text, w) >= EXTRA_SIMILARITY for j in beside for w in own):
            continue
        if copied or found:
            out.append(m)
        spans += [(tokens[j].start, tokens[j].end) for j in sorted(found | beside)]
    return out, spans


def _renders_word(word: str, name: str, tokens: list[Token], i: int) -> bool:
    """Whether the Cyrillic ``tokens[i]`` of the translation renders the source's ``word``,
    more like it than like the glossary's ``name``, next to a word that renders the name
    (Майкл of Майкл Джордан; not Санти for "Sunday" away from Мірор)."""
    text = tokens[i].text
    if text.isascii() or not _more_like(word, name, text):
        return False
    return any(_more_like(name, word, tokens[j].text) for j in (i - 1, i + 1)
               if 0 <= j < len(tokens))  # fmt: skip


def _more_like(word: str, other: str, text: str) -> bool:
    """Whether ``text`` sounds like ``word`` (:data:`_GIVEN_TOO`), and more than like ``other``."""
    alike = similarity(word, text)
    return alike >= _GIVEN_TOO and alike > similarity(other, text)


# How alike a word of the translation must sound to a word of the source's longer name to
# give it (Michael → Майкл 0.55; State → Державний 0.15).
_GIVEN_TOO = 0.5


def enforce_sentence(
    source: str,
    target: str,
    src: str,
    tgt: str,
    glossary: Glossary,
    fix: bool = True,
    *,
    paragraph: int = 0,
    sentence: int = 0,
    apostrophe: str | None = None,
) -> tuple[str, list[GlossaryHit]]:
    """Check (and with ``fix``, post-edit) the glossary entities of one sentence pair.

    Returns the new target and one :class:`GlossaryHit` per entity found in ``source``
    (spans of ``target_span`` refer to the returned target).  ``apostrophe`` is the one
    the document writes (:func:`document_apostrophe`), written where the sentence shows
    none of its own.
    """
    src_matches = [
        m
        for m in glossary.find(source, src)
        if not _compound_tail(source, m)
        and not another_bearer(source, m)
        and not acronym_as_word(source, m)
    ]
    tgt_matches = glossary.find(target, tgt) if src_matches and target.strip() else []
    inside, longer_names = _inside_names(src_matches, source, target, tgt_matches, src, tgt)
    src_matches = [m for m in src_matches if m not in inside]
    if not src_matches or not target.strip():
        return target, [
            GlossaryHit(m.entry.id, paragraph, sentence, m.span, m.text,
                        m.entry.target_forms(src, tgt)[0], None, None, MISSING)
            for m in src_matches
            if m.entry.target_forms(src, tgt)
        ]  # fmt: skip
    tokens = _with_dashes(target, tokenize(target))
    pairs = _pairs(src_matches, tgt_matches, src, tgt)
    named = {m.entry.id for m in src_matches}
    taken = [m.span for m in tgt_matches] + longer_names
    unnamed = [m.span for m in tgt_matches if m.entry.id not in named]
    # Renderings found by sound, and other glossary names that never decline (Санду, Моди:
    # the dictionary's reading of one as a case is a guess): their case is no clue.
    guessed = [t.span for t in tgt_matches if _undeclined(glossary, t, tgt)]
    edits: list[_Edit] = []
    hits: list[GlossaryHit] = []
    restyled = _restyled(src_matches, tgt_matches, pairs, src, tgt)
    for n, m in enumerate(src_matches):
        want = _wanted(m, src, tgt)
        if want is None:
            continue
        pat = glossary.pattern(m.entry, tgt, want)
        if pat is None:
            continue
        hit = GlossaryHit(m.entry.id, paragraph, sentence, m.span, m.text, pat.form)
        hits.append(hit)
        if _forms_differ(m, src, tgt):
            hit.status, hit.reason = AMBIGUOUS, "several-entries"
            continue
        # Match: the span of the translation that renders the entity.
        pick = pairs.get(n)
        found = tgt_matches[pick] if pick is not None else None
        if found is not None and _with_yo(found.text, pat):
            # Кишинёва in Ukrainian: ё is no Ukrainian letter, so the key that reads it as е
            # found the ru form, not a uk one (→ Кишинева): sought as another spelling.
            taken = [t for t in taken if t != found.span]
            found = None
        if found is not None:
            span = found.span
            if found.index != want:  # Геннадий Труханов: the whole name is the rendering
                span = _with_rest_of_form(target, tokens, found.span, pat, taken)
                if span != found.span:
                    taken.append(span)
        else:
            rel = m.start / max(len(source), 1)
            siblings = sum(
                1 for k, o in enumerate(src_matches[n:], n)
                if o.entry.id == m.entry.id and o.index == m.index and k not in pairs
            )  # fmt: skip
            variants = _variants(glossary, pat)
            # Another entity's name as the source writes it (USA) renders that one.
            theirs = [
                s
                for o in src_matches
                if o.entry.id != m.entry.id
                for s in _as_in_source(tokens, o.text)
                if not _overlaps(s, taken)
            ]
            located, rival = _find_rendering(
                target, tokens, pat, m.text, rel, taken + theirs, variants, unnamed, siblings
            )
            if located is None:
                hit.status, hit.reason = MISSING, "no-rendering"
                continue
            span = _with_own_quotes(target, located, pat.form)
            taken.append(span)
            guessed.append(span)
            if rival:
                hit.target_text, hit.target_span = target[span[0] : span[1]], span
                hit.status, hit.reason = AMBIGUOUS, "two-renderings"
                continue
        hit.target_text, hit.target_span = target[span[0] : span[1]], span
        # Evidence, decision, rendering.
        variants = _variants(glossary, pat) if found is None else ()
        longer = _inside_longer_name(source, m, src_matches)
        longer = longer or _model_kept(source, m, target, span, tgt)
        longer = longer and _longer_kept(source, m, target, span, pat)
        longer = longer or _first_name_of(pat, target, span, found, tgt_matches)
        # Мартін Німеллера for "Martin Niemöller": the first name and its surname are one
        # person's name, whose context and the surname's case are the first name's.
        surname = _surname_after(pat, tokens, span, found, tgt_matches) if longer else None
        ev, own = _evidence(source, target, m, found, want, span, pat, tokens, taken, tgt,
                            longer and surname is None, variants, guessed,
                            surname)  # fmt: skip
        # Ури Геллер … Геллера in the source, a misspelt full name in the translation: the
        # surname there renders one of the source's own surnames (no more of them in the
        # translation than in the source), not this mention's full name.
        others = [o for o in src_matches if o is not m]
        mine = _theirs(found, others) if ev.form == OTHER_FORM and found else 0
        mixed = found is not None and mine > 0 and mine >= _theirs(
            found, [o for o in tgt_matches if not _named_before(target, o, tgt)]
        )
        mixed = mixed or (ev.form == OTHER_FORM and n in restyled)
        # Франка-Вальтера Штайнмайера, Львової-Бєлової: the wanted form, a part the
        # glossary keeps whole declined in the case of the rest (as news often declines
        # it); Епіфанію after митрополиту: the form's missing words already stand before
        # it, in a case of their own.  A translator's form, no slip: only proposed.
        why = None
        if found is not None and ev.form == OTHER_FORM:
            if found.index == want and _part_declined(pat, found):
                why = "declined-part"
            elif span == found.span and _missing_words_before(tokens, span, pat):
                why = "words-already-there"
            elif found.index != want and _named_after(tokens, span, tgt):
                # проспект Степана Бандери for "Bandera Avenue": the street's or body's name
                # is the person's whole name, the translator's, no slip of the surname.
                why = "named-after"
        if ev.form == VALID and _theirs_all(m, tgt_matches) > _theirs_all(m, src_matches):
            ev = replace(ev, shared=True)
        if ev.form == SCRIPT and not ev.latin and found is None and _surname_of_another(
            source, m, src_matches, tokens, span, pat
        ):
            ev = replace(ev, other_name=True)
        shout = _shouted_dateline(source, src_matches, m.entry, target, span)
        _settle(hit, ev, own, pat, span, target, fix, edits, propose=mixed or why is not None,
                why=why, shout=shout)  # fmt: skip
    for m, pat in _named(glossary, src_matches, hits, src, tgt):
        if any(o.entry.id == m.entry.id for o in inside):
            continue  # a run more of it renders the longer name the source has it in
        variants = _variants(glossary, pat)
        for span in _extra_renderings(target, tokens, pat, m.text, taken, variants):
            if _renders_other_source_word(source, m, target[span[0] : span[1]]):
                continue  # «Мариуполис» for the source's "Mariupolis": its own name
            hit = GlossaryHit(m.entry.id, paragraph, sentence, m.span, m.text, pat.form,
                              target[span[0] : span[1]], span)  # fmt: skip
            hits.append(hit)
            taken.append(span)
            guessed.append(span)
            ev, own = _evidence(source, target, m, None, pat.index, span, pat, tokens, taken,
                                tgt, False, variants, guessed)  # fmt: skip
            # A name the glossary keeps in Latin, written in Cyrillic where the source does
            # not name it (від самого Казума): a translator's declension as likely as an
            # engine's slip, proposed only.
            cyrillic = ev.form == SCRIPT and not ev.latin
            _settle(hit, ev, own, pat, span, target, fix, edits, propose=cyrillic)
    _agree_first_names(target, edits, hits, glossary, tgt)
    written = _apply(target, edits, hits)
    if apostrophe and not _APOSTROPHE_BETWEEN.search(target):
        written = _document_apostrophe_in(written, hits, apostrophe)
    return written, hits


def document_apostrophe(texts: Iterable[str]) -> str | None:
    """The apostrophe a document writes between letters most often (' or ’ or ʼ), None
    where it writes none: the house style a form written into it follows."""
    counts = Counter(m.group(0) for text in texts for m in _APOSTROPHE_BETWEEN.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


def _document_apostrophe_in(written: str, hits: list[GlossaryHit], mark: str) -> str:
    """``written`` and its ``hits``' proposals with the apostrophes of the forms the enforcer
    wrote or proposed made the document's ``mark`` (Кіпʼєгон → Кіп'єгон in a story that
    writes '), in a sentence that shows none of its own (:func:`_apostrophe_of`)."""
    for hit in hits:
        if hit.proposal:
            hit.proposal = _APOSTROPHE_BETWEEN.sub(mark, hit.proposal)
        if hit.status == FIXED and hit.target_span:
            a, b = hit.target_span
            written = written[:a] + _APOSTROPHE_BETWEEN.sub(mark, written[a:b]) + written[b:]
            hit.target_text = written[a:b]
    return written


# Nouns of a thing named after a person, whose name may be the person's whole one where
# the source has the surname (проспект Степана Бандери for "Bandera Avenue", театр імені
# Івана Франка for "the Franko Theatre").
_NAMED_AFTER = {
    "uk": frozenset({"вулиця", "проспект", "площа", "бульвар", "провулок", "набережна",
                     "алея", "узвіз", "шосе", "імені", "ім"}),
    "ru": frozenset({"улица", "проспект", "площадь", "бульвар", "переулок", "набережная",
                     "аллея", "шоссе", "имени", "им"}),
}  # fmt: skip


def _named_after(tokens: list[Token], span: tuple[int, int], lang: str) -> bool:
    """Whether the rendering at ``span`` stands right after a noun of a thing named after
    a person (:data:`_NAMED_AFTER`: a street, a square, імені)."""
    inside = _inside(tokens, span)
    if lang not in _NAMED_AFTER or not inside or inside[0] < 1:
        return False
    before = tokens[inside[0] - 1].text.lower()
    if before == "." and inside[0] > 1:
        before = tokens[inside[0] - 2].text.lower()  # ім. Франка
    lemmas = {before} | {norm_key(p.normal_form) for p in known_parses(lang, before)}
    return bool(lemmas & _NAMED_AFTER[lang])


def _part_declined(pat: Pattern, found: Match) -> bool:
    """Whether ``found``, a match of the wanted form that fits no case, is that form with a
    part the glossary keeps whole (the first part of a hyphenated name: Франк of
    Франк-Вальтер, Львова of Львова-Бєлова) declined, the declining parts sharing a case
    (Франка-Вальтера Штайнмайера: news declines such parts as often).  Not an East Asian
    name, whose other parts stay whole by rule (Кім Чена Ина is a slip)."""
    words = word_texts(found.text)
    english = pat.entry.forms.get("en", ())
    if len(words) != len(pat.paradigms) or (english and surname_first(english[0])):
        return False
    shared = set(ALL_CASES)
    declined = False
    for word, par in zip(words, pat.paradigms, strict=True):
        cases = par.surfaces.get(norm_key(word))
        if cases is None:
            return False
        if par.inflects:
            shared &= cases
        elif not cases:  # a declined surface of a part that stays whole
            declined = True
    return declined and bool(shared)


def _missing_words_before(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> bool:
    """Whether the words the rendering at ``span`` lacks of the wanted form stand right
    before it in a case of their own (митрополиту Епіфанію for митрополит Епіфаній: a title
    the glossary's form opens with, in lower case): the whole form is there already."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    inside = _inside(words, span)
    extra = len(pat.words) - len(inside)
    if not inside or extra <= 0 or inside[0] < extra:
        return False
    before = words[inside[0] - extra : inside[0]]
    return all(
        len(want) >= 4 and norm_key(have.text).startswith(norm_key(want)[: len(want) - 1])
        and len(have.text) - len(want) <= 3
        for have, want in zip(before, pat.words[:extra], strict=True)
    )


def _named_before(target: str, m: Match, lang: str) -> bool:
    """Whether a capitalized word stands right before ``m`` in mid-sentence (Ури Геллер): the
    rest of a longer form of the name, however spelt.  Not before the entry's longest form,
    which no word completes (Голова комітету Верховної Ради Данило Гетманцев, Мер Стамбула
    Екрем Імамоглу: a title's name, no first name)."""
    longest = max((len(f.split()) for f in m.entry.forms_for(lang)), default=0)
    if len(m.text.split()) >= longest:
        return False
    before = target[: m.start].rstrip(" ")
    if len(before) == len(target[: m.start]):
        return False
    word = re.search(r"(\w+)$", before)
    if word is None or not word.group(1)[:1].isupper():
        return False
    head = before[: word.start()].rstrip()
    return bool(head) and head[-1] not in ".!?:«“\"—–"


def _theirs_all(m: Match, matches: list[Match]) -> int:
    """How many of ``matches`` are of ``m``'s entity, in any form."""
    return sum(1 for o in matches if o.entry.id == m.entry.id)


def _theirs(found: Match, matches: list[Match]) -> int:
    """How many of ``matches`` are of ``found``'s entity and form."""
    return sum(1 for o in matches if o.entry.id == found.entry.id and o.index == found.index)


def _agree_first_names(
    target: str, edits: list[_Edit], hits: list[GlossaryHit], glossary: Glossary, lang: str
) -> None:
    """Put a first name the enforcer rewrote in the case of the person's surname right after
    it, another entry's rendering as it stands or is written (Денис Кудін, not Дениса Кудін):
    the parts of one name share its case, whatever the words before them govern."""
    for edit in list(edits):
        if not _first_name(edit.pat):
            continue
        after = _hit_right_after(target, edit.end, hits)
        if after is None or after.target_span is None:
            continue
        entry = glossary.get(after.entry_id)
        if entry is None or entry.type != "PER":
            continue
        rewritten = next((e.text for e in edits if e.hit is after), None)
        text = rewritten or target[after.target_span[0] : after.target_span[1]]
        told = frozenset().union(*(m.cases for m in glossary.find(text, lang)
                                   if m.entry.id == after.entry_id and m.start == 0))  # fmt: skip
        if not told or told == ALL_CASES or edit.case in told:
            continue
        case = next(c for c in (*edit.order, *CASES) if c in told)
        form = edit.redo(case)
        if form is None:
            continue
        if form.lower() == target[edit.start : edit.end].lower():
            edits.remove(edit)
            edit.hit.status, edit.hit.original = OK, None
        else:
            edit.text, edit.case = form, case


def _hit_right_after(target: str, end: int, hits: list[GlossaryHit]) -> GlossaryHit | None:
    """The hit whose rendering follows ``end`` after blanks only."""
    return next(
        (h for h in hits
         if h.target_span and h.target_span[0] > end
         and not target[end : h.target_span[0]].strip(" \u00a0")),
        None,
    )  # fmt: skip


def _first_name(pat: Pattern) -> bool:
    """Whether a glossary form is one word the dictionary knows as a man's first name
    (Денис; a woman's surname may stay whole or read as a man's in another case: Олена
    Марченко, Олена Кудіна)."""
    return _given_name_form(pat) and gender_of(pat.lang, pat.words[0]) == "masc"


def _given_name_form(pat: Pattern) -> bool:
    """Whether a uk or ru glossary form is one word the dictionary knows as a first name."""
    return (
        len(pat.words) == 1
        and pat.lang in ("uk", "ru")
        and any("Name" in p.tag.grammemes for p in known_parses(pat.lang, pat.words[0]))
    )


def _as_in_source(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """The spans of the translation that spell ``text`` word for word (a name left as the
    source writes it)."""
    want = [norm_key(w) for w in word_texts(text)]
    words = [t for t in tokens if t.text[:1].isalnum()]
    return [
        (words[i].start, words[i + len(want) - 1].end)
        for i in range(len(words) - len(want) + 1)
        if want and [t.key for t in words[i : i + len(want)]] == want
    ]


def _settle(
    hit: GlossaryHit,
    ev: Evidence,
    own: tuple[frozenset[str], bool],
    pat: Pattern,
    span: tuple[int, int],
    target: str,
    fix: bool,
    edits: list[_Edit],
    propose: bool = False,
    why: str | None = None,
    shout: bool = False,
) -> None:
    """Decide on the rendering at ``span`` from the evidence ``ev``, and keep or render
    (with ``propose``, a rewrite only proposed, for the reason ``why`` if given; ``shout``:
    a Latin copy is written in capitals, :func:`_shouted_dateline`)."""
    decision = decide(replace(ev, whole_plural=whole_plural_noun(pat)))
    if propose and decision.action == REWRITE:
        decision = replace(decision, action=REVIEW, reason=why or decision.reason)
    ending = _latin_ending(pat, target, span) if decision.action != KEEP else None
    if ending is not None:
        # Kyiv-і, Scholz-ом: the engine's Latin copy with a Cyrillic case ending after a
        # hyphen, no compound: the ending tells the case, and the form replaces both.
        span, cases = ending
        decision = replace(decision, reason=SCRIPT, case=cases[0] if cases else None)
        if len(cases) != 1:  # no form or forms of several cases end so: only proposed
            decision = replace(decision, action=REVIEW, reason="several-cases-fit")
    hit.reason = decision.reason
    if decision.action == KEEP:
        hit.status = OK
        return
    _render(hit, pat, span, target, own, ev.context, decision, fix, edits, ev.form == OTHER_FORM,
            shout, ev.said)  # fmt: skip


_HYPHEN_ENDING = re.compile(r"[-‐‑]([а-яёіїєґ]{1,3})(?![\w'’ʼ-])")


def _latin_ending(
    pat: Pattern, target: str, span: tuple[int, int]
) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """The span of a Latin rendering with a Cyrillic case ending a hyphen joins to it
    (Kyiv-і, Scholz-ом; not Gabba-тест, a compound's head, nor Назил-хан), and the
    cases whose glossary form, another than the nominative, ends so (Києві: the locative),
    one of each form; None where no such ending follows."""
    text = target[span[0] : span[1]]
    found = _HYPHEN_ENDING.match(target, span[1])
    if pat.lang not in ("uk", "ru") or found is None or not text.isascii() or not text.isalpha():
        return None
    ending, nominative = found.group(1).lower(), pat.inflect("nomn").lower()
    if ending not in _CASE_ENDINGS:  # a word joined to the name (Назил-хан)
        return None
    forms: dict[str, str] = {}
    for case in CASES:
        form = pat.inflect(case).lower()
        if form.endswith(ending) and form != nominative:
            forms.setdefault(form, case)
    return (span[0], found.end()), tuple(forms.values())


# How alike a run of words must sound to a form or variant of an entity the source names
# to be taken for a further rendering of it (the source names it fewer times than the
# translation does): a misspelling, not another name.
EXTRA_SIMILARITY = 0.85


def _named(
    glossary: Glossary, src_matches: list[Match], hits: list[GlossaryHit], src: str, tgt: str
) -> list[tuple[Match, Pattern]]:
    """Each entity the source names whose rendering was found (none missing, none
    ambiguous), once a form (its first mention, and the compiled form it wants)."""
    unsettled = {h.entry_id for h in hits if h.status in (MISSING, AMBIGUOUS)}
    out: dict[tuple[str, int], tuple[Match, Pattern]] = {}
    for m in src_matches:
        want = _wanted(m, src, tgt)
        if want is None or m.entry.id in unsettled or _forms_differ(m, src, tgt):
            continue
        pat = glossary.pattern(m.entry, tgt, want)
        if pat is not None:
            out.setdefault((m.entry.id, want), (m, pat))
    return list(out.values())


def _extra_renderings(
    target: str,
    tokens: list[Token],
    pat: Pattern,
    source_text: str,
    taken: list[tuple[int, int]],
    variants: tuple[str, ...],
) -> list[tuple[int, int]]:
    """Runs of words besides the ones already taken that sound the same as the entity
    (:data:`EXTRA_SIMILARITY`): the translation names it more often than the source does
    (Франція … Францыя for one "France"), each a rendering of its own.  None inside a
    ``taken`` span (every entity's match, the renderings found so far), none joined by a
    hyphen to another word (the Франс of О-де-Франс), no acronym for a name that is none
    (IRNA for Iran), in Latin letters only the source's or the glossary's own spelling."""
    latin = {f.casefold() for f in (source_text, *variants, pat.form) if f.isascii()}
    acronym = any(is_acronym(w) for f in (source_text, *variants, pat.form) for w in word_texts(f))
    place = pat.entry.type == "LOC" or a_thing(pat.entry, pat.lang)  # Херсон typed PER
    mine = _own_words(pat, variants)
    out: list[tuple[int, int]] = []
    scored = _candidates(target, tokens, pat, source_text, None, taken, variants,
                         floor=EXTRA_SIMILARITY, same_start=True)  # fmt: skip
    for _, span in scored:
        text = target[span[0] : span[1]]
        if _overlaps(span, out) or _hyphenated(target, span):
            continue
        if (text.isascii() and text.casefold() not in latin) or (
            not acronym and any(is_acronym(w) for w in word_texts(text))
        ):
            continue
        if not place and _plural_of(pat, word_texts(text)):
            continue  # Казумы: a group of them, not the name (a place's plural is a slip)
        if any(_another_word(pat, word, mine) for word in word_texts(text)):
            continue  # Австралии for Австрия, СССР for ССР, Демидович for Демидов
        out.append(span)
    return sorted(out)


def _renders_other_source_word(source: str, m: Match, text: str) -> bool:
    """Whether the one-word run ``text`` sounds more like a capitalized word of the source
    outside the entity's mention (the film "Mariupolis" about Mariupol: «Мариуполис») than
    like the mention itself: the translation's rendering of that word, no second rendering
    of the entity."""
    if len(word_texts(text)) != 1:
        return False
    own = similarity(text, m.text)
    return any(
        w[:1].isupper() and w.lower() not in m.text.lower() and similarity(text, w) > own
        for w in re.findall(r"[^\W\d_]+", source[: m.span[0]] + " " + source[m.span[1] :])
    )


def _own_words(pat: Pattern, variants: tuple[str, ...]) -> set[str]:
    """The normalized words of the glossary form and of its ``variants``."""
    return {norm_key(w) for w in (*pat.words, *(w for v in variants for w in word_texts(v)))}


def _another_word(pat: Pattern, word: str, mine: set[str]) -> bool:
    """Whether ``word`` (a uk or ru word of a run that sounds like the entity) is no form of
    the glossary form's words (``mine``, :func:`_own_words`) but a dictionary word of another
    lexeme (Австралии, СССР, Сімоном for Австрия, ССР, Семон), or a word made from one of
    its forms by letters that are no case ending (Демидович, Джемалятдінових for Демидов,
    Джемалятдін)."""
    if pat.lang not in ("uk", "ru"):
        return False
    key = norm_key(word)
    if any(key in par.surfaces for par in pat.paradigms):
        return False
    if key in mine:
        return False
    known = known_parses(pat.lang, word)
    if known and not any(norm_key(p.normal_form) in mine for p in known):
        return True
    for par in pat.paradigms:
        longer = any(len(s) >= 3 and key.startswith(s) for s in par.surfaces)
        if longer and not _stem_plus_ending(key, tuple(par.surfaces)):
            return True
    return False


def _plural_of(pat: Pattern, words: list[str]) -> bool:
    """Whether the rendering's last word is a dictionary plural of the form's last word."""
    if pat.lang not in ("uk", "ru") or not words:
        return False
    head = norm_key(pat.words[-1])
    return any(
        p.tag.number == "plur" and norm_key(p.normal_form) == head
        for p in parses(pat.lang, words[-1])
    )


def _several_bearers(pat: Pattern, words: list[str]) -> frozenset[str]:
    """The cases of a one-word rendering of a person's surname that the dictionary reads
    as that surname in the plural only (брати Клички, двох Кличків, Зеленские: a family or
    namesakes, several bearers); empty if it is no such plural."""
    if pat.entry.type != "PER" or pat.lang not in ("uk", "ru") or len(words) != 1:
        return frozenset()
    head = norm_key(pat.words[-1])
    own = [p for p in parses(pat.lang, words[0]) if norm_key(p.normal_form) == head]
    if not any("Surn" in p.tag.grammemes for p in own):
        return frozenset()
    if any(p.tag.number != "plur" for p in own):
        return frozenset()
    return frozenset(c for p in own if (c := tag_case(p.tag)) is not None)


def _plural_around(
    lang: str, tokens: list[Token], span: tuple[int, int], cases: frozenset[str]
) -> bool:
    """Whether the words next to the rendering at ``span`` make it a plural: a plural word
    before it in one of its cases or a numeral (брати Клички, двох Кличків), or a plural
    finite verb right after it (Елена Зеленские посетили).  Not a lone plural ending
    (ошибка Никсонам): a slip."""
    inside = _inside(tokens, span)
    if not inside:
        return False
    before = tokens[inside[0] - 1].text if inside[0] > 0 else ""
    after = tokens[inside[-1] + 1].text if inside[-1] + 1 < len(tokens) else ""
    if before[:1].isalpha() and cases & {"gent", "nomn"} and _family_noun(lang, before):
        return True  # Семья Зеленских, родина Зеленських: a family's noun, the family's name
    if before[:1].isalpha() and any(
        p.tag.POS == "NUMR" or (p.tag.number == "plur" and tag_case(p.tag) in cases)
        for p in known_parses(lang, before.lower())
    ):
        return True
    return after[:1].isalpha() and any(
        p.tag.POS == "VERB" and p.tag.number == "plur" for p in known_parses(lang, after.lower())
    )


def _hyphenated(target: str, span: tuple[int, int]) -> bool:
    """Whether a hyphen joins the run at ``span`` to a word before or after it, or it is a
    hashtag or a handle: a part of a longer name."""
    before, after = target[max(0, span[0] - 2) : span[0]], target[span[1] : span[1] + 2]
    joined_before = before[-1:] in HYPHENS and before[:1].isalnum()
    joined_after = after[:1] in HYPHENS and after[1:].isalnum()
    return joined_before or joined_after or before.endswith(("#", "@"))


# The cases a verb's object stands in that the context ranks first after a verb with no
# rule to hold it (the accusative; the dative of a verb of telling or giving).
_OBJECT_CASES = ("accs", "datv")


def _evidence(
    source: str,
    target: str,
    m: Match,
    found: Match | None,
    want: int,
    span: tuple[int, int],
    pat: Pattern,
    tokens: list[Token],
    taken: list[tuple[int, int]],
    tgt: str,
    embedded: bool,
    variants: tuple[str, ...],
    guessed: list[tuple[int, int]],
    surname: int | None = None,
) -> tuple[Evidence, tuple[frozenset[str], bool]]:
    """The facts the decision needs about the rendering at ``span`` (``found``: the target
    match of the entity there, if the matcher found one; ``variants``: the spellings it was
    sought by; ``surname``: the token of the surname after a first name,
    :func:`_surname_after`), and the rendering's own cases
    with whether its ending is made up (for the renderer)."""
    # A Latin copy of the name joined by a hyphen to a Cyrillic word (Китай-Laos) is the
    # engine's, inside a compound the translation wrote: no longer Latin name, no case of
    # its own.
    compound = found is None and _latin_in_compound(target, span, pat)
    embedded = embedded or (
        not compound and (_joined_before(target, span) or _particle_after(target, span))
    )
    text = target[span[0] : span[1]]
    words = word_texts(text)
    family = _several_bearers(pat, words)
    if family and _plural_around(pat.lang, tokens, span, family):
        # брати Клички, Владимир и Елена Зеленские: the family's name, in the plural the
        # glossary's one person lacks; its case is the sentence's own.
        return Evidence(VALID, family), (family, False)
    if found is not None and surname is not None:
        # A person's first name: its cases are those whose form it is (Мартін, typed ORG, is
        # no accusative of a man).
        mine = frozenset(c for c in found.cases if norm_key(pat.inflect(c)) == norm_key(text))
        found = replace(found, cases=mine or found.cases)
    if found is not None and found.index == want and found.cases and found.span == span:
        # A valid form of the wanted rendering: only the translation's grammar may change it.
        ctx = NO_CLUE
        whole = span if surname is None else (span[0], tokens[surname].end)
        if not embedded:
            ctx = _case_context(source, target, m, tokens, whole, pat, taken, found.cases, tgt,
                                guessed)  # fmt: skip
        if surname is not None:
            gender = gender_of(pat.lang, pat.words[0])
            ctx = with_surname(ctx, surname_cases(pat.lang, tokens[surname].text, gender))
        inside = _inside(tokens, span)
        measured = bool(inside) and measure_before(tgt, tokens, inside[0])
        if ctx.preposition and measured:
            # размером с Бельгия → Бельгию, not Бельгией: с / з of size, "as big as", takes
            # the accusative alone.
            ctx = replace(ctx, cases=("accs",), prefer=("accs",))
        cases = allowed(found.cases, ctx)
        own = (found.cases, True)
        if embedded:
            return Evidence(VALID, found.cases, ctx, embedded=True), own
        if surname is None and _another_bearer(source, m, pat, tokens, span):
            # Муж Иванки Трамп for "Ivanka Trump's husband": another bearer's surname after
            # her own first name, which the source has too; the entity's case rules are not
            # its, and it stays as written.
            return Evidence(VALID, found.cases, NO_CLUE, embedded=True), own
        if (
            tgt == "ru" and "nomn" in found.cases and not ruled_out(found.cases, ctx)
            and not told_a_woman(source, pat)  # her name stays whole in every case
        ):  # fmt: skip
            # The parse may settle what the neighbouring words leave open (Далласа и Вашингтона).
            parsed = _parsed_context(tokens, span, pat, guessed)
            if parsed is None and _after_transitive(tokens, inside) and _direct_object(source, m):
                # The source's object, and the parse's object of a verb whose subject
                # stands before it (Ферстаппен опередил Хэмилтон → Хэмилтона).
                parsed = object_of_subject(tokens, inside[0], inside[-1])
            if parsed is None and inside and "gent" in ctx.cases and not ctx.preposition:
                # Экономика Китай растет: the parse's modifier of the clause's subject.  Where
                # the source wants another oblique case, that one fits too (Помощь Украина
                # for "aid to Ukraine": Украине or Украины, proposed).
                parsed = genitive_of_subject(tokens, inside[0], inside[-1], pat.entry.type)
                said = source_role(source, m).cases[:1] if parsed is not None else ()
                if parsed is not None and said not in ((), ("gent",), ("nomn",)):
                    parsed = replace(parsed, cases=("gent", *said))
            if (
                parsed is None and inside and "gent" in ctx.cases and not ctx.preposition
                and _source_owner(source, m)
                and owner_of_subject(tgt, tokens, inside[0], inside[-1], pat.entry.type,
                                     _gender(pat))
            ):  # fmt: skip
                # Суверенный фонд Норвегия продал for "Norway's sovereign fund": the verbs
                # agree with the noun, never with the name, which the source makes its owner.
                parsed = CaseContext(("gent",), True, basis=NOUN)
            if parsed is not None and ruled_out(found.cases, parsed):
                ctx = parsed
            listed = _joined_conjunct(tokens, inside, ctx) if not ctx.strong and inside else ()
            if listed and not source_role(source, m).subject:
                # в порты Сирия и Египта → Сирии: the name joined by a coordinator to a noun
                # with no nominative reading shares its case (not the subject the source
                # makes it, nor before a verb of the conjunct's own: Зеленский и Байдена
                # поблагодарил, "also thanked Biden").
                ctx = replace(ctx, cases=listed, strong=True, basis=LIST, prefer=listed[:1])
            if ctx.rule == PREPOSITION and len(ctx.cases) > 1 and inside:
                # в Гавр и Тулоне: the preposition's conjunct after it takes one of its cases.
                shared = conjunct_case(tgt, tokens, inside[-1], ctx.cases)
                # Not against the case the words before the preposition chose (отправился в
                # Киев и Польше это не понравилось: a verb of motion's accusative).
                if shared is not None and (not ctx.prefer or shared in ctx.prefer):
                    ctx = replace(ctx, cases=(shared,), prefer=(shared,))
        if (
            tgt == "uk" and "nomn" in found.cases and not ruled_out(found.cases, ctx)
            and ctx.rule == PREPOSITION and len(ctx.cases) > 1 and inside
            and (shared := conjunct_case(tgt, tokens, inside[-1], ctx.cases, closes=True))
        ):  # fmt: skip
            # в Бердичів та Шепетівці: the preposition's conjunct after the name, in one of its
            # cases only, ending the clause (as in Russian: в Гавр и Тулоне), whatever case
            # the words before the preposition prefer (запустили сервіси в: whither); not a
            # person nor after a verb of the dative (зателефонував у Київ і дружині: the
            # verb's own dative).
            ctx = replace(ctx, cases=(shared,), prefer=(shared,))
        if (
            tgt == "uk" and "nomn" in found.cases and not ruled_out(found.cases, ctx)
            and inside and inside[0] >= 2
            # (the partner before the coordinator, past the name's opening quote: та «Шахтар»)
            and conjunct_ends_clause(
                tgt, tokens, inside[-1], inside[0] - 2 - (tokens[inside[0] - 1].text in QUOTES)
            )
            and not source_role(source, m).subject
        ):  # fmt: skip
            # у Мелітополі та Бердянськ, аеропорти Казані та Чебоксари for "Melitopol and
            # Berdiansk", "Kazan and Cheboksary": a valid nominative joined by a coordinator
            # to another glossary name whose own context is sure and rules the nominative out
            # shares that name's case, as the source joins the two names, where nothing after
            # it makes it begin a clause of its own (a list going on, a verb of its clause:
            # у Варшаві й Берлін дісталися, its object put first) and the source makes it no
            # subject (_partner_context, as for a rendering with no case of its own).
            ctx = _partner_context(source, target, m, tokens, span, pat, taken, guessed, ctx)
        # (Not after a noun or a preposition, whose phrase's head the participle agrees with
        # as well: посол у Лондон, призначений …)
        agreeing = ctx.rule not in (NOUN, PREPOSITION) and found.cases & _participle_cases(
            tokens, span, pat
        )
        if agreeing and ruled_out(found.cases, ctx):
            # Лукашенко поздравил Путин, направивший телеграмму: the participle after it
            # agrees with it in the case it has, whatever the words before it want.
            ctx = ctx.with_first(tuple(c for c in CASES if c in agreeing), strong=False)
        if ctx.rule == NOUN and "nomn" in found.cases and _subject_past_phrase(tokens, span, pat):
            # Завдяки мужності мешканців Харків досі стоїть: the verb's subject past a
            # prepositional phrase, no genitive of its last noun.
            ctx = ctx.with_first(("nomn",), strong=False, prefer=("nomn",))
        if _where_not_whither(source, m, ctx, found.cases, pat, tokens, span):
            # маємо в Вашингтоні, клиника под Парижем: no verb of motion there
            ctx = replace(ctx, cases=("loct",) if "loct" in ctx.cases else ("ablt",))
        if ruled_out(found.cases, ctx):
            moving = bool(inside) and moved_to(tgt, tokens, inside[0], inside[-1])
            at = tokens[inside[0] - 1].start if inside and inside[0] else span[0]
            verb_before = ctx.preposition and _verb_right_before(tgt, tokens, (at, at))
            fits = _fitting(source, m, ctx, pat, moving, verb_before)
            if (
                ctx.rule == AGREEMENT and set(fits) == {"gent", "accs"} and inside
                and fronted_title_object(tgt, tokens, inside[0], inside[-1])
            ):  # fmt: skip
                # Начальника полиции Вадим Прийма уволили: a title that opens the sentence,
                # before a verb of the accusative, is its object put first.
                fits = ("accs",)
            if _in_whose_time(source, m, ctx, pat, tokens, inside):
                fits = ("gent",)  # За Костіна for "Under Kostin": in whose time, not behind
            said = source_role(source, m)
            # The agent of a passive (vetoed by Duda) is the active translation's subject
            # as often (наклав вето Дуда): no genitive of the noun before it.
            subject = ctx.rule in (NOUN, OBJECT) and (said.subject or _agent(said))
            subject = subject and (ctx.rule == OBJECT or _may_be_subject(tokens, span, pat))
            # Этот фильм посвятил своему отцу Нолан: a name ending its clause after a title in
            # an oblique case, a verb before them: the verb's subject put last, as the source's
            # subject says, as likely as the title's apposition.
            subject = subject or (
                ctx.rule == AGREEMENT and said.subject and "nomn" in found.cases
                and _subject_after_title(tokens, span, pat)
            )  # fmt: skip
            # Голову ФРС Трамп знову розкритикував for "The Fed chair was criticised by
            # Trump": the title put first is the verb's object, the name after it the subject
            # of the verb that ends the clause, as the source's subject or agent says.
            subject = subject or (
                ctx.rule == AGREEMENT and (said.subject or _agent(said))
                and "nomn" in found.cases and _verb_ends_clause_after(tokens, span, pat)
            )  # fmt: skip
            governed = ctx.rule == PREPOSITION
            verb = governed and "nomn" in found.cases and pronoun_before(tgt, tokens, span)
            verb = verb and _verb_agrees_after(tokens, span, pat)
            kept = governed and source_case_kept(m, found.cases, ctx.cases)
            # початку війни Донбасі for "in Donbas": the locative the source wants, its
            # preposition missing — the name is not the mistake.
            kept = kept or (not ctx.strong and _locative_wanted(source, m, found.cases, ctx))
            other = _other_name_fits(pat, words, ctx, source, tokens, span)
            # Not a word the dictionary does not know, ending as an indeclinable name may
            # (Киквете read as a locative of Киквет): its case is a guess.
            unknown = text[-1:].lower() in INDECLINABLE_ENDS and not known_parses(tgt, text)
            agreeing = not ctx.rule and not unknown and _verb_agrees_after(tokens, span, pat)
            # (after a noun only where the name ends the clause: оголосив переможцем
            # «Шахтар», not призначив головою Нафтогаз Чернишова, whose object follows)
            ends = [t.text for t in tokens[inside[-1] + 1 : inside[-1] + 3]] if inside else []
            ends = [t for t in ends if t not in QUOTES][:1]
            # (nor where the verb has its object in the clause already: Його призначили
            # головою «Нафтогаз», Его назначили главой «Нафтогаз»: the noun's genitive)
            opening = inside[0] - (tokens[inside[0] - 1].text in QUOTES) if inside else 0
            own_object = any(
                t.text.lower() in OBJECT_PRONOUNS[tgt]
                for t in takewhile(lambda t: t.text not in CLAUSE_ENDS,
                                   reversed(tokens[:opening]))
            )  # fmt: skip
            predicate = bool(inside) and (
                ctx.rule == AGREEMENT
                or (ctx.rule == NOUN and (not ends or ends[0] in ".,;:!?") and not own_object)
            ) and predicate_before(tgt, tokens, inside[0])
            measure = governed and measured
            owned = ctx.rule == NOUN and "nomn" in found.cases and (
                _own_phrase_before(tokens, span, pat) or _object_put_first(tokens, span, pat)
            )
            object_first = ctx.rule == NOUN and "accs" in found.cases and bool(inside) and (
                object_before_verb(tgt, tokens, inside[0], inside[-1])
            )
            return Evidence(VALID, found.cases, ctx, fits=fits, subject=subject,
                            whole=_foreign_compound(pat), verb_after=verb, source_case=kept,
                            other_name=other, verb_agrees=agreeing, predicate=predicate,
                            measure=measure, owned=owned,
                            object_first=object_first,
                            said=said.cases if said.own and said.via else ()), own  # fmt: skip
        ruled = ruled_by_source(source, m, ctx, cases, pat) if cases else None
        role = ruled.cases[:1] if ruled is not None else ()
        if (
            role and ctx.preposition and "accs" in found.cases and "accs" in ctx.cases
            and pat.entry.type not in ("PER", "ORG") and not a_place(pat)
            and a_time(pat.lang, pat.words)
        ):  # fmt: skip
            # на Різдво, в Рождество for "at Christmas": в/на with a feast's accusative says
            # when; the source's "at" or "on" proposes nothing.
            role = ()
        near = not role and _near_a_place(source, m, ctx, found.cases, pat, tokens, span)
        role = ("ablt",) if near else role
        # The role's one case is the context's likeliest too (rule c): a preposition's (в
        # Кабул for "in Kabul"); with no rule there, the object's of the verb before the
        # name, whose object the source makes it (сообщил Путин for "told Putin"), or the
        # genitive of a noun before it where the context weighs only that and the
        # nominative, and the source makes it a possessor itself (Сторонник Трамп for "a
        # Trump supporter").
        agrees = ""
        if role and ctx.cases[:1] == role:
            said = source_role(source, m)
            if ctx.preposition:
                # An event's or a feast's accusative after в/на is a time as often as a
                # target (родился в Рождество "at Christmas", на Великдень), never ruled out
                # by the source's "at", "on", "in": only a place's or a body's.
                prep = near or (
                    role_cases(source, m, ctx) == role and ctx.prefer != ("accs",)
                    and (pat.entry.type in ("PER", "ORG") or a_place(pat))
                )  # fmt: skip
                agrees = PREPOSITION if prep else ""
            elif not ctx.basis and role[0] in _OBJECT_CASES and (
                said.obj
                or (said.conjunct and role == ctx.prefer == ("accs",) and tgt == "uk")
            ):
                # (a uk list after a verb whose subject may stand before it, the accusative
                # the words prefer: обстріляли Куп'янськ і Дворічна for "shelled Kupiansk
                # and Dvorichna", context.case_context's partner before the verb)
                agrees = OBJECT
            elif (
                (
                    ctx.cases == ("gent", "nomn")
                    or (
                        # Рынок удивило решение Национальный банк for "the decision of the
                        # National Bank", видобуток «Укрнафта» for "Ukrnafta's output": a
                        # body or place after a noun whose genitive alone the words weigh
                        # (not strong), the source's possessor by "of" or "'s", the noun no
                        # kind of thing a name names (below).  In uk not a term, whose
                        # genitive may take the other ending (воєнного стана for стану), and
                        # only an unquoted name after a lower-case thing's noun: a person's
                        # (регулятора, наглядача Роскомнадзор) or a sentence's first
                        # (Пошуковик Яндекс) has a body's name for its apposition as often
                        # (review20p).
                        pat.entry.type != "PER" and ctx.basis == NOUN
                        and (tgt == "ru" or (
                            pat.entry.type != "TERM" and _thing_noun_before(tokens, span, tgt)
                        ))
                        and ctx.cases[:1] == ("gent",) and said.via in ("of", POSSESSIVE)
                    )
                )
                and said.cases[:1] == role and said.own
                and not _verb_right_before(tgt, tokens, span)
                # Такие цифры привел в отчете Росстат: the verb's subject put last after an
                # oblique noun, not the noun's possessor.
                and not _subject_after_title(tokens, span, pat, singular=True)
                and not (pat.entry.type != "PER" and _kind_before(tokens, span, tgt))
                # Поставки газа Венгрия сократила: the subject of the verb after it, the
                # noun phrase before it put first.
                and not _subject_before_verb(tokens, span, pat, found.cases)
                # План описав у своїй новій стратегії Нафтогаз: the subject, put last after
                # its own (свій) phrase.
                and not _own_phrase_before(tokens, span, pat)
                # Рекордний урожай пшениці Казахстан зібрав цього року: the subject of a
                # transitive verb whose object is the phrase put first.
                and not _object_put_first(tokens, span, pat)
            ):  # fmt: skip
                agrees = NOUN
        return Evidence(VALID, found.cases, ctx, role=role, agrees=agrees), own
    if (
        found is not None and span == found.span and found.index != want
        and _first_name_in_source(source, m, pat, found, tokens, span)
    ):  # fmt: skip
        # Вера Брежнева for "Vera Brezhneva", the glossary's Vira Brezhneva: the source names
        # the full name itself, its first name in another spelling; no other form.
        return Evidence(VALID, found.cases, NO_CLUE), (found.cases, True)
    if found is not None and span == found.span and found.index != want:
        # The entity's other form (Геллер for Урі Геллер): its ending tells the case.
        ctx = NO_CLUE
        if not embedded:
            ctx = _case_context(source, target, m, tokens, span, pat, taken, found.cases, tgt,
                                guessed)  # fmt: skip
        if (
            tgt == "ru" and not embedded and "nomn" in found.cases and not ctx.preposition
            and ctx.cases[:1] not in ((), ("nomn",))
            and _apposed_subject(source, m, tokens, span, pat)
        ):  # fmt: skip
            # аналитик «ВТБ Капитала» по автопрому Беспалов for "says Bespalov, analyst at
            # VTB Capital": the subject's apposition, the full name in the nominative too.
            ctx = ctx.with_first(("nomn",))
        # Its case is the translation's: kept where the words around it allow it (Антоніу
        # Гутеррешу → Гутеррешу, not the source's object's Гутерреша), whatever the source's
        # role; where they rule it out, the context's.
        keeps = None
        unsure = False
        thing = pat.entry.type != "PER"
        if not thing and not embedded and set(CASES) <= found.cases and ctx.cases:
            # A surname that never declines (Бербок, Примаченко for a woman): its form says
            # no case, so the first name's is the translation's, as for a name with no
            # ending; where the words do not settle one, proposed.
            bare = _clause_tokens(tokens, span, pat.lang, True)
            ctx = _clause_first(source, m, ctx, bare, span, pat)
            ctx = _role_first(source, m, ctx, bare, span, pat)
            # Каллас розкритикувала Москва for "Kallas was criticised by Moscow": the
            # passive's doer after the verb is its subject, the name put first its object,
            # as for a Latin copy (Каю Каллас, not the nominative Кая).
            doer = _object_before_doer(source, m, ctx, bare, span, pat)
            if doer.cases[:1] != ctx.cases[:1]:
                ctx, keeps = doer, doer.cases[0]
            else:
                keeps = _settled_case(source, m, ctx, tokens, span, pat)
            if keeps is None:
                # Бербок обрали for "Baerbock was elected": the object of a verb with no
                # subject of its own, as the source's passive says (Анналену).
                keeps = _picked_by_source(source, m, ctx, bare, span, pat, found.cases, None)
            # Not where the wanted form is the same in every case (Прабово, Хаяо Міядзакі).
            unsure = keeps is None and len({pat.inflect(c) for c in CASES}) > 1
            keeps = keeps or (ctx.cases[0] if ctx.cases else None)
        elif not thing and not embedded and set(CASES) <= found.cases:
            # Аргентині Мессі for "Lionel Messi's Argentina": the words around a surname that
            # never declines weigh no case at all, and the source's role wants an oblique
            # one, so the first name's nominative is a guess against it; proposed (unless
            # it is the same in every case), in the role's case.  (Президент Сальвадору
            # Букеле запропонував: the source's subject, the nominative written.)
            role = source_role(source, m).cases
            unsure = role[:1] not in ((), ("nomn",)) and len({pat.inflect(c) for c in CASES}) > 1
            keeps = (
                role[0] if unsure
                else choose_case(pat, words, found.cases, replace(ctx, strong=False))
            )  # fmt: skip
        elif not ruled_out(found.cases, ctx):
            keeps = choose_case(pat, words, found.cases, replace(ctx, strong=False))
            if not thing and not embedded:
                bare = _clause_tokens(tokens, span, pat.lang, True)
                keeps = _picked_by_source(source, m, ctx, bare, span, pat, found.cases, keeps)
        elif not thing and _own_case_stands(source, m, ctx, tokens, span, pat):
            # Легенда стрибків із жердиною Бубка … відкрив: the source's subject, whose
            # nominative the clause allows; the noun before does not overrule it.
            keeps = choose_case(pat, words, found.cases, NO_CLUE)
        own = (found.cases, False)
        # Генеральний директор Комітет захисту журналістів for "CPJ": where the source's form
        # is the same in every case (an abbreviation), it mends a case the words rule out
        # with no case to choose; not in quotes, which keep a title whole after its noun.
        quoted = target[span[0] - 1 : span[0]] in QUOTE_MARKS
        invariant = thing and not quoted and len({pat.inflect(c) for c in CASES}) == 1
        return Evidence(OTHER_FORM, found.cases, ctx, thing=thing, keeps_case=keeps,
                        unsure=unsure, invariant=invariant), own  # fmt: skip
    sexless = sexless_cases(pat, text) if found is None else frozenset()
    if sexless and not embedded:
        ctx = _case_context(source, target, m, tokens, span, pat, taken, sexless, tgt, guessed)
        # Not a plural (Это ошибка Макронам): one bearer's slip, whatever the sex.
        if not _feminine_before(tokens, span, pat.lang) and not plural_rendering(m, pat, words):
            return Evidence(VALID, sexless, ctx), (sexless, True)
    hers = womans_cases(pat, text) if found is None or not found.cases else frozenset()
    if hers and not embedded:
        # с Джасиндой Ардерн for Jacinda Ardern, whose sex no first name or note tells: her
        # first name declined and her surname whole (the glossary's own word, no plural) is
        # a woman's form, no slip.
        ctx = _case_context(source, target, m, tokens, span, pat, taken, hers, tgt, guessed)
        return Evidence(VALID, hers, ctx), (hers, True)
    # (in quotes only: a body's title taken as one noun, «Астон Вілли»; an unquoted run may
    # be a person's name mistyped, whose made-up ending is the slip: Роберт Ричем)
    quoted = target[span[0] - 1 : span[0]] in ("«", "\"", "“", "„") and target[
        span[1] : span[1] + 1
    ] in ("»", "\"", "”", "“")
    unit = frozenset()
    if found is None and not embedded and quoted:
        unit = last_declined_cases(pat, text)
    if unit:
        # гравці «Астон Вілли», «Реал Мадрида»: a foreign name of two words declined as one
        # noun, in its last word; its case is the sentence's own.
        ctx = _case_context(source, target, m, tokens, span, pat, taken, unit, tgt, guessed)
        return Evidence(VALID, unit, ctx), (unit, True)
    kin = _kinswoman(pat, text, tokens, span) if found is None and not embedded else frozenset()
    if kin:
        # з донькою Катериною Лавровою for Lavrov's entry: a woman of his family, in a case
        # the word before her tells; her form is not his to mend, nor to propose.
        return Evidence(VALID, kin, NO_CLUE, embedded=True), (kin, True)
    own = _own_cases(words, pat)
    foreign = found is None and _kept_foreign(source, target, span, pat, taken)
    ctx = NO_CLUE
    # Inside a longer name only a made-up ending is the sentence's business.
    if (not embedded or own[1]) and not compound:
        ctx = _case_context(source, target, m, tokens, span, pat, taken, own[0], tgt, guessed,
                            own[1])  # fmt: skip
    form = OTHER_FORM if found is not None else _misspelling(text, pat)
    if found is not None and _misspelling(text, pat) == LETTERS:
        # Юлії Свириденко in Russian: the surname found, its first name before it in the
        # other language's letters; the whole name is that language's form, in its case
        # there (the uk dative: Юлии), not the surname's (which has every case).
        form = LETTERS
    repeats = _rest_already_there(tokens, span, pat, words)
    repeats = repeats or _plural(source, m, pat, words)
    # Страйкерів, Strykers for "Strykers" where the glossary has the singular Страйкер; not
    # Balkans for Балкани, a plural itself.
    singular = singular_form(m, pat) and lemma_number(pat.lang, pat.words[-1]) != "plur"
    # Not a place's own English name in -s that the glossary's word drops (Brussels →
    # Брюссель, Naples → Неаполь): the Latin copy is the source's word, a plural only where
    # the source says so (the two Koreas).
    singular = singular and not (
        form == SCRIPT and a_place(pat) and not plural_in_source(source, m)
    )
    repeats = repeats or (singular and plural_rendering(m, pat, words))
    if (form == SCRIPT or own[1]) and not own[0] and ctx.cases:
        # A Latin rendering has no ending to tell its case, a made-up one a wrong one.
        ctx = _partner_context(source, target, m, tokens, span, pat, taken, guessed, ctx)
        person = pat.entry.type == "PER"
        bare = _clause_tokens(tokens, span, pat.lang, person)
        ctx = _clause_first(source, m, ctx, bare, span, pat)
        ctx = _role_first(source, m, ctx, bare, span, pat, _quoted(tokens, span, person))
        if own[1] and form != SCRIPT:
            ctx = _no_verb_of_its_own(source, m, ctx, bare, span, pat)
        ctx = _passive_object(source, m, ctx, bare, span, pat)
        ctx = _object_before_doer(source, m, ctx, bare, span, pat)
        ctx = _told_recipient(source, m, ctx, bare, span, pat)
    elif ctx.cases[:1] not in ((), ("nomn",)) and not ctx.preposition and _apposed_subject(
        source, m, tokens, span, pat
    ):
        # Another spelling whose first name is nominative (пульмонолог Сергей Пуряшев).
        ctx = ctx.with_first(("nomn",))
    if _recipient(source, m, ctx, pat):
        ctx = ctx.with_first(("datv",))
    if (form == SCRIPT or own[1]) and not own[0] and _passive_agent(source, m, tokens, span, pat):
        # Заява, зроблена Lavrov for "made by Lavrov": the agent of the passive participle
        # before it, in the instrumental (Лавровим).
        ctx = CaseContext(("ablt",))
    other = found is None and (
        _names_another(pat, words, variants, source)
        or (form == SPELLING and _a_word_of_its_own(pat, words, target, span, source))
    )
    whole = _foreign_compound(pat) or _undeclined_place(pat)
    listed = form == SCRIPT and found is None and listed_rendering(pat, text)
    same = form == SPELLING and same_adjective(pat, words)
    sex = form == SPELLING and other_gender_name(pat, words)
    # (a family's plural too: Родина Джонсонів)
    bare = form == SPELLING and (
        plural_genitive(pat, words) or _family_plural(pat, words, target, span)
        or plural_place_form(pat, words)
    )
    called = form == SPELLING and vocative(pat, words, target, span)
    unlisted = form == SPELLING and not embedded and declined_whole_word(pat, words)
    alternated = form == SPELLING and not embedded and alternated_vowel(pat, words)
    kept = ctx.rule == PREPOSITION and source_case_kept(m, own[0], ctx.cases)
    keeps = None
    # The other language's letters may spell its whole form, ending and all, in that
    # language's case (ru Ірану: the uk genitive, no ru dative).  Not a word with no such
    # letters: a made-up ending may be a form there of another number (uk Джонсонам).
    theirs = other_language_cases(pat, text) if form == LETTERS else frozenset()
    mine = theirs or (frozenset() if own[1] else own[0])
    if form in (SPELLING, LETTERS) and mine and not embedded:
        # A slip in the stem keeps the engine's ending where a valid form with that ending
        # would stand, kept or only proposed otherwise (Иван Ивонов → Иван Иванов); where the
        # translation's grammar would rewrite that form too, the case is chosen as usual.
        valid = Match(span[0], span[1], text, tgt, pat.entry, want, mine)
        as_valid = decide(_evidence(source, target, m, valid, want, span, pat, tokens, taken,
                                    tgt, embedded, variants, guessed)[0])  # fmt: skip
        keeps = None if as_valid.action == REWRITE else _own_case(mine, ctx)
    if compound or (own[1] and embedded and _after_nominative_part(target, span, pat)):
        # A part of a compound is written undeclined (Китай-Лаос), as the part before it is
        # (линии Китай-Лаосов → Китай-Лаос).
        keeps = "nomn"
    return Evidence(form, own[0], ctx, embedded=embedded, foreign=foreign, other_name=other,
                    repeats=repeats, latin=text.isascii(), whole=whole, listed=listed,
                    same_word=same, other_sex=sex, bare_plural=bare, unlisted=unlisted,
                    vocative=called, alternated=alternated,
                    source_case=kept,
                    compound_head=compound_head(target, span), keeps_case=keeps), own  # fmt: skip


def _own_case(cases: frozenset[str], ctx: CaseContext) -> str:
    """Of a rendering's own cases, the context's likeliest (else the first in order)."""
    mine = allowed(cases, ctx) or cases
    return next((c for c in ctx.cases if c in mine), None) or min(mine, key=CASES.index)


# The English prepositions of a place's neighbourhood, where uk під takes the instrumental
# (бої під Бахмутом for "the battles near Bakhmut").
_NEAR = frozenset({"near", "outside", "around", "at", "by", "in"})
# The Ukrainian spellings of the Russian place endings of :data:`RU_WHOLE_TOO` (Бородіно,
# Кемерово, Шереметьєво), which Ukrainian news leaves undeclined as often.
_WHOLE_TOO_UK = ("ово", "ево", "єво", "іно", "ино")


def _near_a_place(
    source: str,
    m: Match,
    ctx: CaseContext,
    cases: frozenset[str],
    pat: Pattern,
    tokens: list[Token],
    span: tuple[int, int],
) -> bool:
    """Whether a valid Ukrainian accusative of a place after під (бої під Дебальцеве) stands
    where the words before під prefer its instrumental (no verb of motion or word of
    direction: :func:`pipeline.glossary.context._preferred`) and the source puts the place
    "near", "outside", "around", "at", "by" or "in" (:data:`_NEAR`): where, not whither
    (rule c: під Дебальцевим).  Not
    after a verb of motion (перекинули війська під Покровськ), whose accusative is its own."""
    if pat.lang != "uk" or not a_place(pat) or "ablt" in cases or "accs" not in cases:
        return False
    if pat.words[-1].lower().endswith(_WHOLE_TOO_UK):
        return False  # під Бородіно: a Russian place in -іно, -ово news leaves undeclined
    if not ctx.preposition or ctx.prefer != ("ablt",) or set(ctx.cases) != {"ablt", "accs"}:
        return False
    inside = _inside(tokens, span)
    if not inside or inside[0] < 1 or tokens[inside[0] - 1].text.lower() != "під":
        return False
    if source_role(source, m).via not in _NEAR:
        return False
    return not _near_destination(source, pat)


def _near_destination(source: str, pat: Pattern, of: bool = False) -> bool:
    """Whether the source makes the neighbourhood of the place its destination: "moved to
    the area near Kupiansk", "heading to a village outside Kharkiv", "thrown into the
    fighting near Bakhmut" (Бої перемістилися під Куп'янськ, штаб перенесли під Харків),
    whatever verb the translation chose; with ``of`` also "pushed back to the outskirts of
    Kyiv"."""
    near = "|".join(sorted(_NEAR | ({"of"} if of else set())))
    return any(
        re.search(rf"\b(?:to|into|towards?)\s+(?:[\w'-]+\s+){{0,3}}?(?:{near})\s+"
                  rf"(?:the\s+)?{re.escape(form)}\b", source, re.IGNORECASE)
        for form in pat.entry.forms.get("en", ())
    )  # fmt: skip


def _locative_wanted(source: str, m: Match, cases: frozenset[str], ctx: CaseContext) -> bool:
    """Whether a valid locative stands where no preposition allows it (:func:`allowed`) and
    the source's role wants that very case ("in Donbas"): a preposition left out."""
    if "loct" not in cases or allowed(cases, ctx) != cases - {"loct"}:
        return False
    return source_role(source, m).cases[:1] == ("loct",)


# English prepositions that name a direction or a target: в/на after them may well take
# the accusative (to Iran, sanctions on Iran, the envoy for Iran, led the team up Elbrus).
_WHITHER = frozenset({"to", "into", "onto", "toward", "towards", "for", "on", "against",
                      "about", "over", "through", "via", "up"})  # fmt: skip


def _where_not_whither(
    source: str,
    m: Match,
    ctx: CaseContext,
    cases: frozenset[str],
    pat: Pattern,
    tokens: list[Token],
    span: tuple[int, int],
) -> bool:
    """Whether a place's valid accusative that is also its nominative (в Вашингтон; in uk
    a body's too: у Кремль) after в/у/на (ru под: the instrumental where) is impossible: no
    word before the preposition points anywhere (``ctx.prefer``: a noun or verb that is no
    verb of motion, sending or telling and no word of direction), and the source, parsed,
    names no direction ("to", "into", "for", "on" …)."""
    under = pat.lang == "ru" and ctx.prefer == ("ablt",) and set(ctx.cases) == {"ablt", "accs"}
    # A body too (У Кремлі заявили, виступив у Бундестазі, В «Енергоатомі» заявили; ru В
    # «Укртрансгазе» заявили): в/у with no word that points anywhere says where it is as of
    # a place, where the source makes it the subject or puts it "in", "at".
    body = pat.entry.type == "ORG"
    if not (a_place(pat) or body) or not ctx.preposition or (
        "loct" not in ctx.cases and not under
    ):
        return False
    if "loct" in cases or "ablt" in cases or "nomn" not in cases:
        return False  # a valid accusative that is also the nominative, or a nominative
    if not ctx.prefer and _speaker_told_in(source, m, pat, tokens, span):
        # повідомили в Кабінеті міністрів for "according to the Cabinet", "the Cabinet
        # said": a verb of telling right before в/у, whose teller the source makes the
        # body or place, says where the telling happens (not "reported to").
        return True
    if under and _near_destination(source, pat, of=True):
        # Бои переместились под Купянск, Армию отбросили под Киев for "moved to the area
        # near Kupiansk", "pushed back to the outskirts of Kyiv": the source's destination,
        # the accusative whither (as uk під: :func:`_near_a_place`), whatever verb came.
        return False
    if ctx.prefer != ("loct",) and not under:
        # No word before it to go by (В Иран зафиксирован): in Russian, the word the
        # phrase hangs on in the parse, and the clause before it.
        if ctx.prefer or pat.lang != "ru" or not _after_preposition_only(tokens, span):
            return False
        inside = _inside(tokens, span)
        if not points_nowhere(tokens, inside[0], inside[-1]):
            return False
    role = source_role(source, m)  # none known (no English parser): the accusative stands
    if body and not a_place(pat) and not (role.subject or role.via in _WHERE_VIA):
        # A body is where only as the source says so (the Kremlin said, in the Bundestag):
        # вибори в Бундестаг, взяли на роботу в Газпром, екскурсії в Кремль are whither.
        return False
    if body and not a_place(pat) and pat.lang == "ru" and role.subject and not _said_after(
        tokens, span
    ):
        # В «Укртрансгаз» набирают инженеров, его взяли в «Газпром», В Интерпол хлынул поток
        # запросов for "Gazprom hired him", "Interpol has been flooded": a ru body the source
        # makes the subject is where only before a verb of saying (В «Нафтогазе» заявили);
        # after any other verb it may be whither.
        return False
    if body and role.subject and _told_after(pat.lang, tokens, span) and not source_teller(
        source, m
    ):
        # Про план у Кремль повідомила преса for "the Kremlin found out … from the press":
        # a verb of telling after в/у may take whom it tells there (повідомити в поліцію);
        # a body the source makes no teller (found out, learned) is told, not telling
        # (У Кремлі повідомили for "the Kremlin said" stays where).
        return False
    if role == NO_ROLE or role.obj:
        # Ракети влучили у Львів for "hit Lviv": a verb's direct object in the source may be
        # the translation verb's object after в/на (влучити в, вірити в), not a place where.
        return False
    first = next((i for i, t in enumerate(tokens) if t.start >= span[0]), 0)
    if person_before(pat.lang, tokens, first - 1):
        return True  # представник США в Іран for "envoy for Iran": a post somewhere
    # закохалася в Лондон for "fell in love with London", злятся на Киев for "angry with
    # Kyiv": a source preposition whose uk/ru rendering is never в/на of a place where
    # (with, by, from …) leaves the verb's own в/на with the accusative.
    elsewhere = "loct" not in PREPOSITION_CASES.get(role.via, ("loct",)) and role.via != "of"
    return role.via not in _WHITHER and not (elsewhere and not under)


def _according_to(source: str, pat: Pattern) -> bool:
    """Whether the source has the entity after "according to" (the body or place that says)."""
    return any(
        re.search(rf"\baccording to (?:the )?{re.escape(form)}\b", source, re.IGNORECASE)
        for form in pat.entry.forms.get("en", ())
    )


# ru verbs of saying after a body that opens the sentence (В Кремле заявили, В «Нафтогазе»
# отметили, В Минздраве считают): the body is where the saying happens.  The verbs of
# telling (TELLING_VERBS: сообщить, сказать …) but предложить are such verbs too.
_SAID_RU = frozenset({
    "заявить", "заявлять", "отметить", "отмечать", "подтвердить", "подтверждать", "считать",
    "уточнить", "уточнять", "рассказать", "рассказывать", "ответить", "отвечать", "признать",
    "признавать", "пояснить", "пояснять", "прокомментировать", "комментировать", "опровергнуть",
    "опровергать", "отказаться", "отказываться", "предупредить", "предупреждать",
}) | (TELLING_VERBS["ru"] - {"предложить", "предлагать"})  # fmt: skip


def _said_after(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether the first word after ``span``, past closing quotes, is a ru finite verb of
    saying (:data:`_SAID_RU`)."""
    return _verb_after("ru", tokens, span, _SAID_RU, past_quotes=True)


def _told_after(lang: str, tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether the first word after ``span`` is a finite verb of telling
    (:data:`TELLING_VERBS`: повідомила, сказали; ru сообщила)."""
    return _verb_after(lang, tokens, span, TELLING_VERBS[lang])


def _verb_after(
    lang: str,
    tokens: list[Token],
    span: tuple[int, int],
    verbs: AbstractSet[str],
    past_quotes: bool = False,
) -> bool:
    """Whether the first word after ``span`` (past quote marks with ``past_quotes``) is a
    finite verb whose lemma is one of ``verbs``."""
    inside = _inside(tokens, span)
    after = inside[-1] + 1 if inside else len(tokens)
    while past_quotes and after < len(tokens) and tokens[after].text in QUOTE_MARKS:
        after += 1
    if after >= len(tokens):
        return False
    return bool(_lemmas_as(lang, tokens[after].text, ("VERB",)) & verbs)


def _lemmas_as(lang: str, text: str, pos: Collection[str]) -> set[str]:
    """The normalized lemmas of the dictionary's readings of ``text`` whose part of speech is
    one of ``pos`` (a verb's: повідомила → повідомити)."""
    return {norm_key(p.normal_form) for p in known_parses(lang, text.lower()) if p.tag.POS in pos}


def _speaker_told_in(
    source: str, m: Match, pat: Pattern, tokens: list[Token], span: tuple[int, int]
) -> bool:
    """Whether a verb of telling stands right before the в/у (ru в/во) before ``span`` and
    the source makes the entity the teller: its subject, or the object of "according to"."""
    inside = _inside(tokens, span)
    first = inside[0] if inside else 0
    if first < 2 or tokens[first - 1].text.lower() not in ("в", "у", "во"):
        return False
    if not _lemmas_as(pat.lang, tokens[first - 2].text, ("VERB", "INFN")) & TELLING_VERBS[pat.lang]:
        return False
    return source_teller(source, m) or _according_to(source, pat)


def _after_preposition_only(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether the word before the preposition before ``span`` gives nothing to go by: none
    (the sentence starts), a mark, or a function word (что в Иран), past the opening quote
    of a quoted name (В «Укртрансгаз» заявили)."""
    first = next((i for i, t in enumerate(tokens) if t.start >= span[0]), 0)
    while first > 1 and tokens[first - 1].text in QUOTE_MARKS:
        first -= 1
    if first < 1:
        return False
    if first < 2 or not tokens[first - 2].text[:1].isalnum():
        return True
    return not known_parses("ru", tokens[first - 2].text.lower()) or all(
        p.tag.POS in ("CONJ", "PRCL", "ADVB", "PRED")
        for p in known_parses("ru", tokens[first - 2].text.lower())
    )


def _parsed_context(
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    guessed: Collection[tuple[int, int]] = (),
) -> CaseContext | None:
    """What the Russian parse says of the rendering at ``span``, where the words around it
    give a clue worth a parse (:mod:`pipeline.glossary.syntax`); a conjunct in ``guessed``
    (another rendering found by sound, with a made-up ending) has no case to share."""
    inside = _inside(tokens, span)
    if not inside:
        return None
    gender = _gender(pat)
    if not worth_parsing(tokens, inside[0], inside[-1], gender):
        return None
    unsure = [g for g in guessed if g != span]
    return parsed_context(tokens, inside[0], inside[-1], pat.entry.type, gender, unsure)


def _after_transitive(tokens: list[Token], inside: list[int]) -> bool:
    """Whether a Russian verb the dictionary tags transitive stands right before the
    tokens ``inside``, after a capitalized word the dictionary does not know as a noun in
    the nominative, which the words alone cannot read as its subject (Ферстаппен опередил:
    a clue worth a parse)."""
    if not inside or inside[0] < 2 or not transitive("ru", tokens[inside[0] - 1].text):
        return False
    before = tokens[inside[0] - 2].text
    return before[:1].isupper() and not any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in known_parses("ru", before)
    )


def _direct_object(source: str, m: Match) -> bool:
    """Whether the source makes the entity the direct object of a verb (no preposition)."""
    role = source_role(source, m)
    return role.oblique and not role.via and not role.subject


def _apposed_subject(
    source: str, m: Match, tokens: list[Token], span: tuple[int, int], pat: Pattern
) -> bool:
    """Whether a Russian person's name at ``span`` is the source's subject and, the
    glossary's nominative in the rendering's place, the parse's apposition of its clause's
    subject (:func:`pipeline.glossary.syntax.apposed_to_subject`)."""
    if pat.lang != "ru" or pat.entry.type != "PER" or not source_role(source, m).subject:
        return False
    inside = _inside(tokens, span)
    return bool(inside) and apposed_to_subject(tokens, inside[0], inside[-1], pat.inflect("nomn"))


def _picked_by_source(
    source: str, m: Match, ctx: CaseContext, tokens: list[Token], span: tuple[int, int],
    pat: Pattern, cases: frozenset[str], chosen: str | None,
) -> str | None:
    """Of the cases of a surname's own form (``cases``) that the translation's words allow,
    the one the source picks where the full name differs in it from the ``chosen`` one:
    the object case of a verb with no subject of its own that renders the source's passive
    (Командира … Зінчука нагородили for "commander Mykyta Zinchuk was awarded": Микиту, not
    the title's genitive Микити; Бербок обрали: Анналену), which a noun before does not
    overrule; else the source's oblique role where the context names that case too (приговор,
    вынесенный Волковой for "the sentence handed to Iryna Volkova": Ирине, not the
    participle's instrumental Ириной; передал дело Тихой for "to": Екатерине), not a
    modifier's (a noun's, which the translation may drop), nor for a form that never
    declines (``chosen`` None: its cases are all the context's, whose words alone settle
    one).  ``chosen`` where the source picks none of them."""
    fits = allowed(cases, ctx)
    passive = _passive_object_case(source, m, tokens, span, pat)
    pick = None
    if passive is not None:
        named = not ctx.cases or passive in ctx.cases or ctx.rule == NOUN
        pick = passive if named else None
    elif chosen is not None:
        said = source_role(source, m)
        own = said.own and said.oblique and not said.modifier and said.cases[:1]
        pick = said.cases[0] if own and said.cases[0] in ctx.cases else None
    if pick is None or pick not in fits:
        return chosen
    if chosen is not None and pat.inflect(pick) == pat.inflect(chosen):
        return chosen
    return pick


def _own_case_stands(
    source: str, m: Match, ctx: CaseContext, tokens: list[Token], span: tuple[int, int],
    pat: Pattern,
) -> bool:
    """Whether a surname for the source's full name keeps its own case where the noun or
    verb before it wants another: the source makes it the subject (or a passive's agent)
    and a verb of the translation's clause may agree with it — as a valid form would be
    kept (``subject-in-source``)."""
    if ctx.rule not in (NOUN, OBJECT):
        return False
    said = source_role(source, m)
    if not (said.subject or _agent(said)):
        return False
    return ctx.rule == OBJECT or _may_be_subject(tokens, span, pat)


def _settled_case(
    source: str, m: Match, ctx: CaseContext, tokens: list[Token], span: tuple[int, int],
    pat: Pattern,
) -> str | None:
    """The one case the translation settles for a name whose form says none (an
    indeclinable surname the first name is put before), None where it settles none: a
    preposition's, an agreeing word's or a list's one case; a verb's or a noun's where the
    source's role wants that case first, or a noun's genitive for the source's "of", 's or
    "by" (Картини Примаченко for "paintings by Prymachenko";
    not потиснути руку Соболенко for "shake hands with Sabalenka", nor роком Примаченко,
    whose nominative the context only guesses); the nominative where a finite verb may agree
    with it right after it, or, for the source's subject, in its clause or after a title in
    the nominative only (Свириденко заявила, Поетеса Костенко, яка …, закликала; not Бербок
    обрали); another case the context puts first where the source's role wants it first,
    unless a verb right after may make the name its subject."""
    if not ctx.cases:
        return None
    if "nomn" in ctx.cases and _speaker_before_colon(source, m, tokens, span):
        return "nomn"  # Остапець: «Суд не перебуває під тиском» for 'Halyna Ostapets: "…"'
    said = source_role(source, m)
    if ctx.strong:
        cases = [c for c in ctx.cases if c in allowed(frozenset(ctx.cases), ctx)]
        if (
            len(cases) > 1 and len({pat.inflect(c) for c in cases}) == 1
            and said.cases[:1] and said.cases[0] in cases
        ):  # fmt: skip
            # вручив відзнаку Довганюк for "handed the award to Mariia Dovhaniuk": the
            # noun's genitive and the verb's dative, the source's case among them, are one
            # form (Марії Довганюк): no case to choose.
            return said.cases[0]
        owned = "gent" in cases and said.own and said.via in ("of", POSSESSIVE)
        cases = [c for c in cases if c in ctx.agree] or cases
        cases = [c for c in cases if c in ctx.prefer] or cases
        if len({pat.inflect(c) for c in cases}) != 1:
            return None
        if ctx.rule == AGREEMENT and owned:
            # із заступником Каллас for "Kallas's deputy": the source's owner, not the
            # title's apposition (заступником Каєю Каллас would make her the deputy).
            return "gent"
        if ctx.rule in (PREPOSITION, AGREEMENT, LIST):
            return cases[0]
        if (
            ctx.rule == NOUN and cases == ["gent"] and said.obj
            and said.cases[:1] in ((), ("accs",)) and not _may_be_subject(tokens, span, pat)
        ):  # fmt: skip
            # клопотання про відвід Остапець відхилили for "the motion to remove Halyna
            # Ostapets": the source's verb made a noun, its direct object that noun's
            # genitive (Галини); no verb of the clause may make the name its subject.
            return "gent"
        # A noun's genitive for the source's "of", 's or "by" (картини Примаченко for
        # "paintings by Prymachenko"); a verb's case where the role wants it first.
        owner = ctx.rule == NOUN and cases[0] == "gent" and said.via in ("of", "by", POSSESSIVE)
        # A verb's object case for the source's object (подарували Бербок for "gave
        # Baerbock": Анналені; not доложили Свириденко for "reported to": the one told).
        obj = ctx.rule in (GOVERNMENT, OBJECT) and said.obj
        return cases[0] if owner or obj or said.cases[:1] == (cases[0],) else None
    verb = _verb_agrees_after(tokens, span, pat)
    if "nomn" in ctx.cases:
        if ctx.cases[0] == "nomn" and verb:
            return "nomn"
        if said.subject and (
            verb or ctx.agree == ("nomn",) or _may_be_subject(tokens, span, pat)
            or (_subject_past_apposition(tokens, span, pat) and not passive_subject(source, m))
        ):  # fmt: skip
            # Поетеса Костенко, яка …, закликала: a title in the nominative only before it;
            # Остапчук, голова громади, хоче: the verb past the name's apposition (not a
            # passive's subject, which the translation may put first as the object of an
            # active verb whose subject follows it: Санду, яка …, привітала Мелоні).
            return "nomn"
        if verb:  # Офісу президента Верещук закликала: the verb's subject or the genitive
            return None
    first = ctx.cases[0]
    if first in _OBJECT_CASES and said.obj and not ctx.basis:
        # Меркель прийняла Тимошенко for "received Tymoshenko": the object's case the
        # context puts first, the source's object (rule c).
        return first
    return first if first != "nomn" and said.cases[:1] == (first,) else None


_QUOTES_BEFORE = " \t" + _OPENING + "'‘"  # what may stand before a line's first word


def _speaker_before_colon(
    source: str, m: Match, tokens: list[Token], span: tuple[int, int]
) -> bool:
    """Whether the name opens both the source and the translation, a colon right after it
    in each: a quote's speaker heading a headline or a line (Остапець: «Суд …» for
    'Halyna Ostapets: "The court …"'), in the nominative."""
    inside = _inside(tokens, span)
    if not inside or inside[-1] + 1 >= len(tokens) or tokens[inside[-1] + 1].text != ":":
        return False
    if any(t.text.strip(_QUOTES_BEFORE) for t in tokens[: inside[0]]):
        return False
    return not source[: m.start].strip(_QUOTES_BEFORE) and source[m.end :].startswith(":")


def _subject_past_apposition(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> bool:
    """Whether the rendering at ``span`` opens its sentence as the subject of a verb past
    its apposition (see :func:`pipeline.glossary.context.subject_past_apposition`)."""
    inside = _inside(tokens, span)
    return bool(inside) and subject_past_apposition(
        pat.lang, tokens, inside[0], inside[-1], _gender(pat)
    )


def _may_be_subject(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> bool:
    """Whether the translation's clause has a verb that may make the rendering at ``span``
    its subject (see :func:`pipeline.glossary.context.may_be_subject`).  Not a name after
    a common noun with another person's full name right after it (міський голова Буча
    Анатолій Федорук повідомив): that person is the noun's and the clause's subject."""
    inside = _inside(tokens, span)
    if not inside:
        return True
    if (
        inside[0] > 0
        and tokens[inside[0] - 1].text[:1].islower()
        and another_person_after(pat.lang, tokens, inside[-1])
    ):
        return False
    gender = _gender(pat)
    if _verb_reading_after(pat.lang, tokens, inside[-1], gender):
        return True  # Польща стала: стала is a noun to the dictionary first, a verb too
    return may_be_subject(pat.lang, tokens, inside[0], inside[-1], gender)


def _participle_cases(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> frozenset[str]:
    """The cases of a full participle that opens a participial phrase right after the name
    at ``span`` and its comma, which agrees with it (Лукашенко поздравил Путин, направивший
    телеграмму: the nominative; Путина, направившего: the genitive or accusative), in the
    name's number and gender (an animate accusative for a person, an inanimate one for a
    thing); empty where none follows."""
    inside = _inside(tokens, span)
    if not inside or inside[-1] + 2 >= len(tokens) or tokens[inside[-1] + 1].text != ",":
        return frozenset()
    word = tokens[inside[-1] + 2].text.lower()
    gender, person = _gender(pat), pat.entry.type == "PER"
    cases = set()
    for p in known_parses(pat.lang, word):
        if p.tag.POS != "PRTF" and not (p.tag.POS == "ADJF" and {"actv", "pssv"} & p.tag.grammemes):
            continue
        if p.tag.number == "plur" or (gender and p.tag.gender and p.tag.gender != gender):
            continue
        if tag_case(p.tag) == "accs" and ("inan" if person else "anim") in p.tag.grammemes:
            continue
        cases.add(tag_case(p.tag))
    return frozenset(c for c in cases if c)


# The words that join a second subject to the name (a conjunct, plural verb) or a companion
# (з Макроном, either number) before the verb: :func:`_subject_past_phrase`.
_CONJUNCT, _COMPANION = "conjunct", "companion"
_JOINED_SUBJECT = {
    "uk": {**dict.fromkeys(JOINING["uk"], _CONJUNCT), "з": _COMPANION, "із": _COMPANION,
           "зі": _COMPANION},
    "ru": {**dict.fromkeys(JOINING["ru"], _CONJUNCT), "с": _COMPANION, "со": _COMPANION},
}  # fmt: skip


def _subject_past_phrase(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> bool:
    """Whether the nominative at ``span`` opens its clause's predicate past a prepositional
    phrase that ends in the noun before it (Завдяки мужності мешканців Харків досі стоїть,
    Для своїх мешканців Одеса завжди була, Без помощи жителей Бахмут — руина): that noun,
    in no nominative, is the preposition's, and a finite verb after the name that agrees
    with it, its subject slot empty, or a dash, makes the name the clause's subject, no
    genitive of the noun (Мешканці Харків залишилися: the noun a subject itself, not so).
    """
    inside = _inside(tokens, span)
    if not inside or inside[0] < 2:
        return False
    lang, first, last = pat.lang, inside[0], inside[-1]
    noun = tokens[first - 1].text
    readings = known_parses(lang, noun.lower()) if noun[:1].islower() else []
    if not any(p.tag.POS == "NOUN" for p in readings) or any(
        tag_case(p.tag) == "nomn" for p in readings
    ):
        return False
    for j in range(first - 2, max(-1, first - 6), -1):  # back to the phrase's preposition
        word = tokens[j].text
        if not word[:1].isalpha():
            return False
        known = known_parses(lang, word.lower())
        if any(p.tag.POS == "PREP" for p in known):
            break
        if not known or not all(p.tag.POS in ("NOUN", "ADJF", "NPRO", "NUMR") for p in known):
            return False
    else:
        return False
    # The phrase opens the clause, past adverbs (Майже без мешканців): not Митинг в
    # поддержку Навальный был разогнан, whose subject stands before it.
    j -= 1
    while j >= 0 and any(p.tag.POS in ("ADVB", "PRCL", "CONJ")
                         for p in known_parses(lang, tokens[j].text.lower())):  # fmt: skip
        j -= 1
    if j >= 0 and tokens[j].text not in CLAUSE_ENDS:
        return False
    # A conjunct after the name (Труханов і його адвокати покинули: a plural verb) or a
    # companion (Зеленський із Макроном підписали: either number) before the verb.
    joined = ""
    if last + 2 < len(tokens) and tokens[last + 1].text.lower() in _JOINED_SUBJECT[lang]:
        joined = _JOINED_SUBJECT[lang][tokens[last + 1].text.lower()]
    start = last + 2 if joined else last + 1
    for k in range(start, min(start + 4, len(tokens))):
        word = tokens[k].text
        if word in ("—", "–") and not joined:
            return True  # Бахмут тепер — руїна
        if not word[:1].isalpha():
            return False
        low = word.lower()
        # (uk була is the dictionary's adjective булий first: every verb reading counts)
        verbs = [p for p in known_parses(lang, low)
                 if p.tag.POS == "VERB" and "infn" not in p.tag.grammemes]  # fmt: skip
        if verbs:
            break
        # Past adverbs and oblique words (досі, завжди, до сих пор), not another subject
        # (but for the conjunct's own words).
        if joined != _CONJUNCT and any(
            tag_case(p.tag) == "nomn" for p in known_parses(lang, low)
        ):
            return False
    else:
        return False
    if joined and (k == start or not any(
        tag_case(p.tag) == ("nomn" if joined == _CONJUNCT else "ablt")
        for p in known_parses(lang, tokens[k - 1].text.lower())
    )):  # fmt: skip
        return False  # the conjunct's (the companion's) last word, in its case, before the verb
    gender = _gender(pat)
    if joined == _CONJUNCT:
        if not any(p.tag.person in (None, "3per") and p.tag.number == "plur" for p in verbs):
            return False  # Труханов і його адвокати покинув: not the pair's verb
    elif not any(
        p.tag.person in (None, "3per") and (p.tag.number != "plur" or joined == _COMPANION)
        and not (gender and p.tag.tense == "past" and p.tag.gender and p.tag.gender != gender)
        for p in verbs
    ):  # fmt: skip
        return False  # Одеса поширився, Харків стоять: not its verb
    # Its subject slot empty: no nominative noun after it in the clause (Серед мешканців
    # Одеса поширилася паніка: паніка is the verb's subject, the name the noun's genitive);
    # after the pair's plural verb, no plural one (підписали спільну заяву, ru совместное
    # заявление: a singular noun is no subject of that verb, its object).
    plural = bool(joined) and not any(p.tag.number != "plur" for p in verbs)
    for tok in tokens[k + 1 :]:
        if tok.text in CLAUSE_ENDS:
            break
        if any(p.tag.POS == "NOUN" and tag_case(p.tag) == "nomn"
               and not (plural and p.tag.number != "plur")
               for p in known_parses(lang, tok.text.lower())):  # fmt: skip
            return False
    return True


def _own_phrase_before(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> bool:
    """:func:`~pipeline.glossary.precision.own_phrase_before` for the rendering at ``span``."""
    inside = _inside(tokens, span)
    return bool(inside) and own_phrase_before(pat.lang, tokens, inside[0], inside[-1],
                                              _gender(pat))  # fmt: skip


def _object_put_first(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> bool:
    """:func:`~pipeline.glossary.precision.object_put_first` (or
    :func:`~pipeline.glossary.precision.subject_after_phrase`: the subject put last) for the
    rendering at ``span``."""
    inside = _inside(tokens, span)
    return bool(inside) and any(
        test(pat.lang, tokens, inside[0], inside[-1], _gender(pat))
        for test in (object_put_first, subject_after_phrase)
    )


def _subject_after_title(
    tokens: list[Token], span: tuple[int, int], pat: Pattern, singular: bool = False
) -> bool:
    """Whether the rendering at ``span`` ends its clause right after a lower-case noun with no
    nominative reading (a title in an oblique case: своему отцу), and a finite verb before
    that noun in the clause may agree with the name (Этот фильм посвятил своему отцу Нолан):
    the name may be the verb's subject put last, not the title's apposition."""
    inside = _inside(tokens, span)
    if not inside or inside[0] < 2:
        return False
    first, last = inside[0], inside[-1]
    after = tokens[last + 1].text if last + 1 < len(tokens) else "."
    if after not in CLAUSE_ENDS or after in QUOTE_MARKS:
        return False
    title = tokens[first - 1].text
    readings = known_parses(pat.lang, title.lower()) if title[:1].islower() else []
    # (uk батькові is the plural of батьків, "father's", too: no title of one name)
    # (with ``singular``, ru too: публикации's plural nominative is no subject of исправил)
    one = [p for p in readings if (pat.lang != "uk" and not singular) or p.tag.number != "plur"]
    if not readings or any(tag_case(p.tag) == "nomn" for p in one):
        return False
    return may_be_subject(pat.lang, tokens, first - 1, last, _gender(pat))


def _agent(said: SourceRole) -> bool:
    """Whether the source's role is the agent of a passive ("by" after a passive verb:
    the only "by" whose role is not oblique)."""
    return said.via == "by" and not said.oblique


def _verb_reading_after(lang: str, tokens: list[Token], last: int, gender: str | None) -> bool:
    """Whether the word right after a name at ``last`` has a finite verb reading of the
    third person singular, in the name's gender in the past (Польща стала, Дуда мала),
    even where the dictionary ranks a noun or adjective reading first.  A ru imperative,
    which has no person to the dictionary, agrees with no name (Иран при Умайядах: при
    is the preposition, not переть's imperative)."""
    if last + 1 >= len(tokens) or not tokens[last + 1].text[:1].isalpha():
        return False
    verbs = [p for p in known_parses(lang, tokens[last + 1].text.lower())
             if p.tag.POS == "VERB" and "infn" not in p.tag.grammemes
             and not (lang == "ru" and "impr" in p.tag.grammemes)]  # fmt: skip
    return any(
        p.tag.number != "plur" and p.tag.person not in ("1per", "2per")
        and not (gender and p.tag.tense == "past" and p.tag.gender not in (None, gender))
        for p in verbs
    )  # fmt: skip


def _kinswoman(
    pat: Pattern, text: str, tokens: list[Token], span: tuple[int, int]
) -> frozenset[str]:
    """Cases in which ``text``, a woman's form of the man's surname ``pat`` that is no
    form of his (:func:`~pipeline.glossary.match.kinswoman_cases`), names a woman: the
    word right before it is a woman's first name or a woman's noun (дружина, донька) in
    that case, and no man's (Катериною Лавровою, з дружиною Будановою, ru на Светлане
    Медведевой).  Empty otherwise: alone, such a form may be the man's slip (Лавровою for
    Лавровим, a made-up ending)."""
    hers = kinswoman_cases(pat, text)
    before = [t for t in tokens if t.end <= span[0]][-1:]
    if not hers or not before or not before[0].text[:1].isalpha():
        return frozenset()
    readings = [
        p for p in known_parses(pat.lang, before[0].text)
        if p.tag.POS == "NOUN" and ("Name" in p.tag.grammemes or "anim" in p.tag.grammemes)
    ]  # fmt: skip
    womans = {tag_case(p.tag) for p in readings if p.tag.gender == "femn"}
    mans = {tag_case(p.tag) for p in readings if p.tag.gender != "femn"}
    return frozenset(c for c in hers if c in womans and c not in mans)


def _feminine_before(tokens: list[Token], span: tuple[int, int], lang: str) -> bool:
    """Whether the word before ``span`` is feminine only, a title that settles the
    bearer's sex (радницею Стефані Уілльямс): a person's noun or an adjective, not a
    thing's (Встреча Макрона: the meeting is feminine, not Macron)."""
    before = [t for t in tokens if t.end <= span[0]][-1:]
    if not before or not before[0].text[:1].isalpha():
        return False
    readings = [p for p in known_parses(lang, before[0].text) if p.tag.POS in ("NOUN", "ADJF")]
    genders = {p.tag.gender for p in readings}
    person = any(p.tag.POS == "ADJF" or "anim" in p.tag.grammemes for p in readings)
    return genders == {"femn"} and person


def _passive_agent(
    source: str, m: Match, tokens: list[Token], span: tuple[int, int], pat: Pattern
) -> bool:
    """Whether the rendering at ``span`` follows a passive participle right before it, every
    dictionary reading of which is one (зроблена, підписаний, сделанное, подписан), and the
    source makes the name the agent of a passive ("by"): the participle's agent, whose case
    is the instrumental (Заява, зроблена Лавровим; Закон, подписанный Дудой)."""
    inside = _inside(tokens, span)
    if not inside or inside[0] == 0 or pat.lang not in ("uk", "ru"):
        return False
    before = tokens[inside[0] - 1]
    if not before.text[:1].isalpha():
        return False
    readings = known_parses(pat.lang, before.text.lower())
    passive = bool(readings) and all(
        p.tag.POS in ("ADJF", "PRTF", "PRTS") and "pssv" in p.tag.grammemes for p in readings
    )
    return passive and _agent(source_role(source, m))


def _recipient(source: str, m: Match, ctx: CaseContext, pat: Pattern) -> bool:
    """Whether a rendering to be rewritten after a noun, where the context allows the
    noun's genitive first and the dative of a verb of giving across it or of the noun
    itself (допомога, пам'ятник), is the source's recipient ("to"): передали оружие Южной
    Korea for "handed weapons to South Korea" (Южной Корее, not the weapons' owner),
    Допомога Ukraine триває for "Help to Ukraine continues" (Україні)."""
    if pat.lang not in ("uk", "ru") or ctx.basis != NOUN or ctx.cases[:1] != ("gent",):
        return False
    role = source_role(source, m)
    # (or the source's indirect object: "to give Sadovyi powers" → надання Садовому)
    given = role.via == "to" or (role.obj and not role.via)
    return "datv" in ctx.cases and given and role.cases[:1] == ("datv",)


def _role_first(
    source: str,
    m: Match,
    ctx: CaseContext,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    quoted: bool = False,
) -> CaseContext:
    """``ctx`` reordered for a rendering with no ending to tell its case (Latin letters, a
    made-up ending; ``quoted``: a name in quotes): the translation's
    grammar first, the source's role second.  After a preposition, the case the words
    around it choose (в Iran for "the envoy for Iran": в Ірані), then the role's; the
    nominative the context puts first where a finite verb right after can agree with it
    (Посол США в Лівії Richard Norland заявив: not the role of "ambassador to Libya");
    else the nominative for the source's subject where a verb of the translation's clause
    could agree with it (суперник Мадрида Arsenal у неділю приїхав), the role's oblique
    cases the context allows."""
    role = source_role(source, m)
    first: tuple[str, ...] = ()
    inside = _inside(tokens, span)
    if ctx.preposition and _where_from_afar(ctx, role, tokens, span, pat, source, m):
        # удару по інституту в Poltava, вышли на митинг в Ереванем for "in Poltava", "in
        # Yerevan": the word of direction is the clause's, not the preposition's.
        first = ("loct",)
    elif ctx.preposition and _in_whose_time(
        source, m, replace(ctx, strong=True), pat, tokens, inside
    ):
        # За Kostin прокуратура відкривала for "Under Kostin": in whose time (Костіна), as
        # for a valid form; not behind (Костіним).
        first = ("gent",)
    elif ctx.preposition and _hit_right_before(pat.lang, tokens, inside, ctx):
        # Ракета влучила в Zaporizhzhia, Ураган обрушился на Bahamas: a verb of hitting or
        # falling upon right before в/на takes its target's accusative (в Запоріжжя).
        first = ("accs",)
    elif ctx.preposition and _voted_for(pat.lang, tokens, inside, ctx):
        # За Holownia проголосували: the accusative of what one votes for (Головню).
        first = ("accs",)
    elif ctx.preposition:
        first = (*ctx.prefer, *(c for c in role_cases(source, m, ctx) if c not in ctx.prefer))
    elif (
        ctx.rule == GOVERNMENT
        and "datv" in ctx.cases[1:]
        and role.cases[:1] == ("datv",)
        and not _agent(role)
    ):
        # фестиваль, присвячений Skovoroda for "dedicated to Skovoroda": a word that governs
        # several cases (a participle of giving: its doer or its addressee), the source's
        # "to" chooses the addressee (Сковороді), not the doer (Сковородою).
        first = ("datv",)
    elif ctx.basis == AGREEMENT and role.subject and _subject_past_chain(pat, tokens, span):
        # Голова Верховної Ради Ruslan Stefanchuk запросив for "Speaker Ruslan Stefanchuk
        # invited": the source's subject, a past verb right after agrees with the name, and
        # the word before is in no nominative singular (a title's genitive chain), so the
        # name is no apposition of it: the verb's subject (Руслан Стефанчук).
        first = ("nomn",)
    elif _given_to_outlet(pat, tokens, inside, role):
        # В інтерв'ю «Ekonomichna Pravda» for "In an interview with Ekonomichna Pravda": an
        # interview or a comment is given to the outlet, in the dative (Економічній правді).
        first = ("datv",)
    elif (
        not ctx.strong
        and ctx.basis == NOUN
        and "gent" in ctx.cases
        and not role.subject
        and not role.obj
        and role.via not in ("to", "for")
        and _plural_head(pat, tokens, span)
    ):
        # застосунки «Yandex», Танкеры «Sovcomflot», дочірніх компаній «Yandex»: a
        # singular name is no apposition of a plural noun, so it is the noun's genitive.
        first = ("gent",)
    elif (
        (role.via in ("of", POSSESSIVE) or (role.via == "by" and role.oblique and role.own))
        and not ctx.strong
        and "gent" in ctx.cases
        and bool(inside)
        and (
            genitive_head(pat.lang, _first_lowered(tokens, inside[0] - 1), inside[0])
            or _classifier_owned(pat, tokens, inside, role)
        )
        and (
            not _past_verb_after(tokens, inside[-1], pat.lang)
            or (
                pat.lang == "uk"
                and role.via == POSSESSIVE
                and role.own
                and person_noun_before(pat.lang, tokens, inside[0])
            )
            or _owned_subject_before(pat, tokens, inside)
        )
    ):
        # зображення Bucha є for "images of Bucha": the noun's genitive, not the subject of
        # a verb that shows no gender (not Після торнадо Kishida заявив); the source's own
        # 's makes it the owner of a person noun whatever verb follows (uk: Заступник
        # Yermak заявив for "Yermak's deputy said" → Єрмака), and of a noun the past verb
        # after the name has for its subject (Оппозиция Venezuela призвала, Суверенный фонд
        # Norway продал → Венесуэлы, Норвегии).
        first = ("gent",)
    elif (
        (role.via in ("of", POSSESSIVE) or (role.via == "by" and role.oblique))
        and role.own
        and not ctx.strong
        and not ctx.preposition
        and pat.entry.type == "PER"
        and bool(inside)
        and _after_quoted(tokens, inside[0])
    ):
        # «Реквієм для Лариси» Sylvestrov виконав for "Sylvestrov's Requiem for Larysa",
        # «точну й болючу мову» Solomiia Hrytsevych for "the language of": a quoted title
        # or phrase right before a person the source makes its owner or author is a thing
        # of that person's, in the genitive (Сильвестрова, Соломії Грицевич).
        first = ("gent",)
    elif (
        not ctx.strong
        and "gent" in ctx.cases
        and bool(inside)
        and _head_owns(tokens, inside, pat, role, quoted)
    ):
        # A noun before a body's or a place's name that cannot be its apposition, for "the
        # head of Naftogaz", "Barcelona coach": the noun's genitive (Голова Naftogaz сказав →
        # Нафтогазу, Керівництво «Укрзалізницям» заявило → «Укрзалізниці»).
        first = ("gent",)
    elif ctx.cases[:1] == ("nomn",) and _verb_agrees_after(tokens, span, pat):
        # The translation's subject reading, not a relation noun's genitive (Сторонник
        # Trump настаивает: Трампа).
        first = ("nomn",)
    elif "nomn" in ctx.agree and pat.lang == "ru" and _verb_agrees_after(tokens, span, pat):
        # The head of a title's genitive chain, whose verb follows (Пресс-секретарь главы
        # государства Dmitry Peskov заявил: Дмитрий Песков).
        first = ("nomn",)
    elif (
        role.obj
        and not role.subject
        and not ctx.strong
        and ctx.cases[:1] == ("nomn",)
        and "accs" in ctx.cases
        and _object_of_verb_before(pat.lang, tokens, inside)
    ):
        # «Энергоатом» пригласил Pierre Dufour посетить for "invited Pierre Dufour to
        # visit": the source's direct object right after a finite verb that takes the
        # accusative is that verb's object (Пьера Дюфура), not a subject after its verb.
        first = ("accs",)
    elif (
        role.subject
        and ("accs" in ctx.cases or ctx.cases[:1] == ("ablt",))
        and bool(inside)
        and doer_after_verb(pat.lang, tokens, inside[0]) == ("ablt",)
    ):
        # The source's subject after a uk impersonal is its object (Reznikov was invited →
        # Було запрошено Резнікова): the impersonal has no subject; its doer where the
        # translation's object stands before it (книгу було перекладено Johnson → Джонсоном).
        first = ("ablt",) if ctx.cases[:1] == ("ablt",) else ("accs",)
    elif role.subject and (
        "nomn" in ctx.cases or (not ctx.strong and _may_be_subject(tokens, span, pat))
    ):
        first = ("nomn",)
    elif (
        role.subject
        and ctx.rule == NOUN
        and bool(inside)
        and agreeing_verb_after(
            pat.lang, tokens, inside[-1], _gender(pat),
            lemma_number(pat.lang, pat.words[-1]) == "plur",
        )
    ):  # fmt: skip
        # Від початку вторгнення Chernivtsi прийняли for "Chernivtsi has taken in": the
        # source's subject, and a finite verb right after agrees with its nominative; the
        # noun before closes a phrase of its own (Чернівці, not Чернівців).
        first = ("nomn",)
    elif _apposed_subject(source, m, tokens, span, pat):
        # The source's subject, and the parse's apposition of the translation's subject
        # (комментирует пульмонолог Sergey Puryasev): the words' genitive is a guess.
        first = ("nomn",)
    elif (
        _agent(role)
        and (not ctx.strong or ctx.rule == GOVERNMENT)
        and bool(inside)
        and (doer := doer_after_verb(pat.lang, tokens, inside[0]) or _ru_doer(pat, tokens, inside))
        and doer[0] in ctx.cases
    ):
        # The source's passive agent right after a verb of the translation is its doer (uk:
        # Указ підписав Zelensky → Зеленський, було підписано Zelensky → Зеленським; ru
        # Расследование, которое возглавлял Lefèvre for "led by Lefèvre" → Лефевр).
        first = doer
    elif (
        pat.lang == "uk"
        and role.obj
        and role.cases[:1] == ("datv",)
        and not ctx.strong
        and "datv" in ctx.cases
    ):
        # The source's indirect object (handed Germany a list): the dative, which the verb
        # of giving allows (передала Німеччині список), not the destination's accusative.
        first = ("datv",)
    elif (
        role.oblique
        and role.via
        and not ctx.strong
        and ctx.cases[:1] == ("nomn",)
        and len(ctx.cases) > 1
        and bool(inside)
        and _verb_before_disagrees(pat, tokens, inside)
        and not _verb_agrees_after(tokens, span, pat)
    ):
        # Київське «Динамо» поступилося «Ajax» for "lost to Ajax": the verb right before
        # cannot have the name for its subject (a neuter past, a masculine name), nor can a
        # verb after: the source's preposition's case (Аяксу), not the nominative.
        first = tuple(c for c in role_cases(source, m, ctx) if c != "nomn")[:1]
        if role.via == "to":
            # Титул дістався Barcelona, Премія відійшла Graham for "went to": no preposition
            # between the verb and the name, so "to" is the one it goes to, in the dative
            # (Барселоні, Грему), not whither (the accusative wants в/на).
            first = ("datv",)
    elif role.oblique and role.via and not ctx.strong and ctx.cases[:1] != ("nomn",):
        # A preposition or 's (з Iran: with or from); not a modifier (штат Washington).
        first = role_cases(source, m, ctx)
    elif (
        ctx.basis == AGREEMENT
        and "gent" in ctx.cases[1:]
        and "gent" not in ctx.agree
        and role.via == POSSESSIVE
        and role.own
        and not role.subject
    ):
        # (not "of": "the head of Sberbank Herman Gref" parses Gref as the object of "of")
        # The source makes the name the owner of what the noun before it names ("Simsek's
        # policies"), so that noun is no title it agrees with (політику, the dative of
        # політик, is the accusative of політика here): its genitive (Шимшека).
        first = ("gent",)
    elif (
        ctx.basis == AGREEMENT
        and ctx.cases[:1] == ("gent",)
        and "gent" not in ctx.agree
        and not role.oblique
    ):
        # A relation noun before a person (брат Albert): the source names no owner ("Albert's
        # brother", "brother of Albert"), so the person is the noun's apposition and agrees;
        # not a title in the genitive, which the name agrees with (брат поэтессы Зинаиды).
        first = tuple(c for c in ctx.cases if c != "gent")[:1]
    if not first:
        return ctx
    return ctx.with_first(first)


def _verb_before_disagrees(pat: Pattern, tokens: list[Token], inside: list[int]) -> bool:
    """Whether the word right before the name at ``inside`` is a finite verb that cannot
    have the name for its subject (:func:`context.cannot_agree`: поступилося, a neuter past,
    before a masculine name), the name's gender known."""
    k = inside[0] - 1
    gender = _gender(pat)
    if k < 0 or gender is None or not tokens[k].text[:1].isalpha():
        return False
    text = tokens[k].text.lower()
    plural = lemma_number(pat.lang, pat.words[-1]) == "plur"
    return bool(finite_verb(pat.lang, text)) and cannot_agree(pat.lang, text, gender, plural)


def _ru_doer(pat: Pattern, tokens: list[Token], inside: list[int]) -> tuple[str, ...]:
    """The nominative where the word right before the ru name at ``inside`` is a finite verb
    in every reading (которое возглавлял Лефевр): the doer of an active verb is its subject,
    as :func:`context.doer_after_verb` says for uk; empty elsewhere."""
    k = inside[0] - 1 if inside else -1
    if pat.lang != "ru" or k < 0 or not tokens[k].text[:1].isalpha():
        return ()
    readings = known_parses("ru", tokens[k].text.lower())
    return ("nomn",) if readings and all(p.tag.POS == "VERB" for p in readings) else ()


def _object_of_verb_before(lang: str, tokens: list[Token], inside: list[int]) -> bool:
    """Whether the word right before the name at ``inside`` is a finite verb, in every
    reading, whose object is in the accusative (пригласил, запросив)."""
    k = inside[0] - 1 if inside else -1
    if k < 0 or not tokens[k].text[:1].isalpha():
        return False
    text = tokens[k].text.lower()
    readings = known_parses(lang, text)
    return (
        bool(readings)
        and all(p.tag.POS == "VERB" for p in readings)
        and object_case(lang, text) == "accs"
    )


def _after_quoted(tokens: list[Token], first: int) -> bool:
    """Whether a closing quote mark stands right before the name at ``first``, after a
    quoted run of words (a title or a phrase: «Реквієм для Лариси» Сильвестрова)."""
    k = first - 1
    if k < 1 or tokens[k].text not in ("»", "”", '"'):
        return False
    if tokens[k].text == '"' and sum(t.text == '"' for t in tokens[: k + 1]) % 2:
        return False  # an opening straight quote
    return tokens[k - 1].text[:1].isalpha()


def _classifier_owned(
    pat: Pattern, tokens: list[Token], inside: list[int], role: SourceRole
) -> bool:
    """Whether a body's or a place's name follows a singular classifier (банк, фонд,
    компанія: the name may be its apposition) whose owner the source makes it by its own
    's ("Nigeria's central bank", "Norway's fund"): the owner, not the thing's name — the
    source names the thing by the noun alone.  Not for "of" (the port of Novorossiysk names
    the port)."""
    if pat.entry.type not in ("ORG", "LOC") or role.via != POSSESSIVE or not role.own:
        return False
    k = inside[0] - 1
    if k < 0 or role.subject:
        return False
    word = _first_lowered(tokens, k)[k].text
    if not word[:1].islower():
        return False
    readings = [p for p in known_parses(pat.lang, word) if p.tag.POS == "NOUN"]
    return bool(readings) and all(
        p.normal_form in CLASSIFIERS[pat.lang] and p.tag.number != "plur" for p in readings
    )


# Verbs of hitting or falling upon a target: в/на right after them take the accusative
# (влучила в будинок, обрушился на побережье, напали на село).
_HITTING = {
    "uk": frozenset({"влучити", "влучати", "поцілити", "поціляти", "обрушитися",
                     "обрушуватися", "накинутися", "накидатися", "напасти", "нападати"}),
    "ru": frozenset({"угодить", "угождать", "обрушиться", "обрушиваться", "наброситься",
                     "набрасываться", "напасть", "нападать"}),
}  # fmt: skip


def _hit_right_before(lang: str, tokens: list[Token], inside: list[int], ctx: CaseContext) -> bool:
    """Whether the name at ``inside`` follows в/у/на (whose cases here hold the
    accusative) right after a verb of hitting or falling upon (:data:`_HITTING`): its target."""
    if not inside or inside[0] < 2 or "accs" not in ctx.cases or lang not in _HITTING:
        return False
    if tokens[inside[0] - 1].text.lower() not in ("в", "у", "во", "на"):
        return False
    verb = tokens[inside[0] - 2].text.lower()
    return any(
        p.tag.POS in ("VERB", "INFN", "GRND") and p.normal_form in _HITTING[lang]
        for p in known_parses(lang, verb)
    )


def _subject_past_chain(pat: Pattern, tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether a person's name whose sex is known follows a noun the dictionary reads in no
    nominative singular (Ради, президента, жердиною: the end of a title's genitive chain)
    and a past verb right after it agrees with the name's gender."""
    inside = _inside(tokens, span)
    gender = _gender(pat)
    if pat.entry.type != "PER" or gender is None or not inside or inside[0] < 1:
        return False
    word = tokens[inside[0] - 1].text
    if not word[:1].isalpha():
        return False
    readings = [p for p in known_parses(pat.lang, word.lower()) if p.tag.POS == "NOUN"]
    if not readings or any(
        tag_case(p.tag) in ("nomn", None) and p.tag.number != "plur" for p in readings
    ):
        return False
    return _past_verb_after(tokens, inside[-1], pat.lang) and _verb_agrees_after(
        tokens, span, pat
    )


# Nouns of what is given to an outlet: a body's name right after them is in the dative
# (інтерв'ю «Українській правді», комментарий «Ведомостям»).
_TO_OUTLET = frozenset({"інтерв'ю", "інтерв’ю", "коментар", "интервью", "комментарий"})


def _given_to_outlet(
    pat: Pattern, tokens: list[Token], inside: list[int], role: SourceRole
) -> bool:
    """Whether a body's name follows an interview or a comment right before it (past an
    opening quote), which the source does not make the owner by its 's: the outlet it is
    given to, in the dative."""
    if pat.entry.type != "ORG" or not inside or role.via == POSSESSIVE or role.subject:
        return False
    k = inside[0] - 1
    if k >= 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    return k >= 0 and tokens[k].text.lower().replace("ʼ", "’") in _TO_OUTLET


# Verbs of voting: за before a name in their clause is what one votes for, the accusative.
_VOTING = frozenset({"голосувати", "проголосувати", "голосовать", "проголосовать"})


def _voted_for(lang: str, tokens: list[Token], inside: list[int], ctx: CaseContext) -> bool:
    """Whether the name at ``inside`` follows за, which governs the accusative among its
    cases here, and a verb of voting stands in its clause (``tokens``): what one votes for
    (За Головню проголосували, проголосовали за Головню)."""
    if not inside or inside[0] < 1 or "accs" not in ctx.cases:
        return False
    if tokens[inside[0] - 1].text.lower() != "за":
        return False
    return any(
        p.tag.POS in ("VERB", "INFN") and p.normal_form in _VOTING
        for t in tokens
        if t.text[:1].isalpha()
        for p in known_parses(lang, t.text.lower())
    )


def _plural_head(pat: Pattern, tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether a common noun that the dictionary reads in the plural only (застосунки,
    компаній, танкеры; not a plural-only noun, which may name one thing: навчання) stands
    right before a singular name of a body or a place (past an opening quote), no kind of
    thing a name names (магазинах, компаній: their apposition), with no list
    of names after it (команди «Шахтар» і «Динамо» are their apposition) and no verb after
    it that agrees with the name (its subject): a singular name is no apposition of a
    plural noun."""
    inside = _inside(tokens, span)
    # Not a weapon's, a product's or an event's name, which names a kind of the noun
    # (ракет «Калібр», дронами «Шахед»), nor a person's (брати Кличко).
    if pat.entry.type not in ("ORG", "LOC") or not inside or not _singular_name(pat):
        return False
    k = inside[0] - 1
    if k >= 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    if k < 0 or not tokens[k].text[:1].isalpha():
        return False
    word = _first_lowered(tokens, k)[k].text  # Танкеры «Sovcomflot» opening the sentence
    if not word[:1].islower():
        return False
    readings = [p for p in known_parses(pat.lang, word) if p.tag.POS == "NOUN"]
    if not readings or any(p.tag.number != "plur" for p in readings):
        return False
    if any(_plural_only(pat.lang, p.normal_form) for p in readings):
        return False  # навчання «Захід»: a noun with no singular may name one thing
    if trade_noun(pat.lang, word) or _kind_before(tokens, span, pat.lang):
        return False  # в магазинах «Епіцентр», компаній «Яндекс»: a kind the name names
    if _list_after(pat.lang, tokens, inside[-1]):
        return False
    return not _verb_agrees_after(tokens, span, pat)


def _passive_object(
    source: str,
    m: Match,
    ctx: CaseContext,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
) -> CaseContext:
    """``ctx`` with the verb's object case first for a rendering with no ending of its own
    that the context could only make a subject, where the source makes the name the subject
    of a passive and the translation renders that passive as an active verb with no subject
    of its own: a finite verb of the clause in the third person plural or a uk impersonal in
    -но/-то, whose object case the government tables tell, and no verb of the clause can
    agree with the name (У 2020 році Sadovyi вчетверте обрали for "Sadovyi was elected" →
    Садового, В 2020 году Sadovyi избрали → Садового; Zelensky допомогли → Зеленському).
    Not a name joined to another by a coordinator (the pair may be the plural verb's
    subject: Садовий і Кличко обрали), nor where a verb of the clause may agree with it
    (Садовий обраний, Садовий був обраний), nor a verb of telling (Zelensky was told:
    either case).  Also where the name agrees with a title before it whose form is both
    the genitive and the accusative (Начальника обласної поліції Vadym Pryima звільнили for
    "police chief Vadym Pryima has been dismissed" → Вадима Прийму, not Прийми): the title
    opens the clause, no preposition or verb before it, so it is the verb's object too."""
    inside = _inside(tokens, span)
    title = (
        ctx.basis == AGREEMENT and not ctx.preposition and {"gent", "accs"} <= set(ctx.agree)
        and bool(inside) and _title_opens_clause(pat.lang, tokens, inside[0])
    )  # fmt: skip
    if pat.lang not in ("uk", "ru") or (
        not title and (ctx.strong or ctx.cases[:1] != ("nomn",))
    ):
        return ctx
    wanted = _passive_object_case(source, m, tokens, span, pat, title)
    if wanted is None:
        return ctx
    if title:
        # (the title's own reading decides between its two cases; no other)
        return ctx.with_first(("accs",)) if wanted == "accs" else ctx
    return ctx.with_first((wanted,))


def _passive_object_case(
    source: str, m: Match, tokens: list[Token], span: tuple[int, int], pat: Pattern,
    title: bool = False,
) -> str | None:
    """The object case of the active verb with no subject of its own that renders the
    passive whose subject the source makes the name (see :func:`_passive_object`): None
    where the source's is no passive subject, the clause's verbs want no one case, a
    coordinator joins the name to another, or (but after a ``title`` in the genitive and
    the accusative that opens the clause) a verb of the clause may agree with it."""
    inside = _inside(tokens, span)
    if not inside or not passive_subject(source, m):
        return None
    first, last = inside[0], inside[-1]
    start = first
    while start > 0 and tokens[start - 1].text not in CLAUSE_ENDS:
        start -= 1
    end = last
    while end + 1 < len(tokens) and tokens[end + 1].text not in CLAUSE_ENDS:
        end += 1
    near = {tokens[i].text.lower() for i in (first - 1, last + 1) if start <= i <= end}
    clause = [i for i in range(start, end + 1) if i < first or i > last]
    actives = [i for i in clause if _active_of_no_subject(pat.lang, tokens, i)]
    # The verb's own object case: Зеленському допомогли for "Zelensky was helped"; none
    # for a verb of telling, whose person may be in either (Zelensky was told).
    wanted = {
        "datv"
        if _given_a_thing(pat.lang, tokens, i)
        else object_case(pat.lang, tokens[i].text.lower())
        for i in actives
        if not any(p.normal_form == "бути" for p in known_parses(pat.lang, tokens[i].text))
    }
    if near & COORDINATORS[pat.lang] or len(wanted) != 1 or None in wanted:
        return None
    if wanted == {"accs"} and any(_object_filled(pat.lang, tokens, i) for i in actives):
        return None  # Гринчук присудили премию: the verb's accusative is the thing's
    if title:
        return next(iter(wanted))
    if any(impersonal(pat.lang, tokens, i) for i in clause):
        # Садового обрано: no other verb of the clause (the impersonal has no person the
        # dictionary could tell from a subject's)
        verbs = [i for i in clause if finite_verb(pat.lang, tokens[i].text)]
        if any(not impersonal(pat.lang, tokens, i) for i in verbs):
            return None
    elif _may_be_subject(tokens, span, pat):
        return None
    return next(iter(wanted))


def _object_filled(lang: str, tokens: list[Token], i: int) -> bool:
    """Whether a thing's noun that can only be the accusative (not the nominative too: a
    subject put last) follows the verb at ``i``, past adjectives: the verb's own object, so
    a passive's subject is not its accusative (Гринчук присудили премию: Светлане)."""
    for j in range(i + 1, min(i + 4, len(tokens))):
        readings = known_parses(lang, tokens[j].text.lower())
        nouns = [p for p in readings if p.tag.POS == "NOUN" and p.tag.animacy == "inan"]
        if nouns and all(tag_case(p.tag) == "accs" for p in nouns):
            return True
        if not any(p.tag.POS == "ADJF" and tag_case(p.tag) == "accs" for p in readings):
            return False
    return False


# Verbs of giving a rank or title besides DITRANSITIVE_VERBS: the person in the dative, the
# title in the accusative (присвоїли звання, присвоили звание).
_GIVING_A_TITLE = {
    "uk": frozenset({"присвоїти", "присвоювати"}),
    "ru": frozenset({"присвоить", "присваивать"}),
}


def _given_a_thing(lang: str, tokens: list[Token], i: int) -> bool:
    """Whether the verb at ``i`` is one of giving or telling (:data:`DITRANSITIVE_VERBS`, a
    title's) and a thing's noun in the accusative follows it, past adjectives: the thing
    given fills its accusative, so a passive's subject is the person it goes to, in the
    dative (Liutyi присвоїли звання for "Liutyi was promoted" → Лютому)."""
    if not _lemmas_as(lang, tokens[i].text, ("VERB",)) & (
        DITRANSITIVE_VERBS[lang] | _GIVING_A_TITLE[lang]
    ):
        return False
    for j in range(i + 1, min(i + 4, len(tokens))):
        readings = known_parses(lang, tokens[j].text.lower())
        if any(p.tag.POS == "NOUN" and p.tag.animacy == "inan" and tag_case(p.tag) == "accs"
               for p in readings):  # fmt: skip
            return True
        if not any(p.tag.POS == "ADJF" and tag_case(p.tag) == "accs" for p in readings):
            return False
    return False


def _title_opens_clause(lang: str, tokens: list[Token], first: int) -> bool:
    """Whether the words before the name at ``first`` back to the clause's start (a stop or
    a comma; quote marks are passed) hold no preposition and no word that may be a verb or
    a participle: the title the name agrees with opens its clause (Командира підрозділу
    дронів, Начальника обласної поліції), no word governs it but the clause's verb."""
    words = 0
    for j in range(first - 1, -1, -1):
        text = tokens[j].text
        if text in STOPS or text in (",", "—", "–"):
            break
        if text in QUOTE_MARKS:
            continue
        if not text[:1].isalpha() or text.lower() in PREPOSITIONS[lang]:
            return False
        if any(p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")
               for p in known_parses(lang, text.lower())):  # fmt: skip
            return False
        words += 1
    return words > 0


def _object_before_doer(
    source: str,
    m: Match,
    ctx: CaseContext,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
) -> CaseContext:
    """``ctx`` with the verb's object case first for a rendering with no ending of its own
    that the context could only make a subject, where the source makes the name the subject
    of a passive that names its doer ("Kubrakov was dismissed by parliament", "Sri Lanka and
    the Maldives were hit by a tropical storm") and the translation puts an active finite
    verb right after the name, or after its conjunct, whose own subject follows the verb: a
    noun in the nominative, past its adjectives, that agrees with it (Kubrakov звільнив
    парламент → Кубракова, Sri Lanka та Мальдіви накрив тропічний шторм → Шрі-Ланку).  The
    doer after its verb is the translation's subject, the name put first its object."""
    if pat.lang not in ("uk", "ru") or ctx.strong or ctx.cases[:1] != ("nomn",):
        return ctx
    inside = _inside(tokens, span)
    if not inside or not passive_with_agent(source, m):
        return ctx
    last = inside[-1]
    if last + 2 < len(tokens) and tokens[last + 1].text.lower() in COORDINATORS[pat.lang]:
        # (та Мальдіви: the conjunct's capitalized words)
        j = last + 2
        while j < min(len(tokens), last + 5) and tokens[j].text[:1].isupper():
            j += 1
        if j == last + 2:
            return ctx
        last = j - 1
    v = verb_after(pat.lang, tokens, last)
    if v is None or not tokens[v].text[:1].islower():
        return ctx
    verbs = [p.tag for p in known_parses(pat.lang, tokens[v].text.lower())
             if p.tag.POS == "VERB" and p.tag.person in (None, "3per")]  # fmt: skip
    case = object_case(pat.lang, tokens[v].text.lower()) if verbs else None
    if case is None or not _doer_after(pat.lang, tokens, v, verbs):
        return ctx
    return ctx.with_first((case,))


def _doer_after(lang: str, tokens: list[Token], v: int, verbs: list[Any]) -> bool:
    """Whether a noun in the nominative that agrees with one of the finite ``verbs`` at
    ``v`` follows it, past up to two adjectives in the nominative (накрив тропічний шторм,
    звільнив парламент): the verb's own subject."""
    for j in range(v + 1, min(v + 4, len(tokens))):
        word = tokens[j].text
        if not word[:1].isalpha():
            return False
        readings = known_parses(lang, word.lower()) or known_parses(lang, word)
        nouns = [p.tag for p in readings if p.tag.POS == "NOUN" and tag_case(p.tag) == "nomn"]
        if any(
            (n.number or "sing") == (t.number or "sing")
            and (n.number == "plur" or t.tense != "past" or not n.gender or n.gender == t.gender)
            for n in nouns
            for t in verbs
        ):
            return True
        if not any(p.tag.POS == "ADJF" and tag_case(p.tag) == "nomn" for p in readings):
            return False
    return False


# Verbs of telling whose one told is in the dative, besides TELLING_VERBS (заявив
# Світовій організації торгівлі, рассказал Путину).
_TELLING_TO = {
    "uk": frozenset({"заявити", "заявляти", "розповісти", "розповідати", "написати",
                     "писати"}),
    "ru": frozenset({"заявить", "заявлять", "рассказать", "рассказывать", "написать",
                     "писать"}),
}  # fmt: skip


def _told_recipient(
    source: str,
    m: Match,
    ctx: CaseContext,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
) -> CaseContext:
    """``ctx`` with the dative first for a rendering with no ending of its own right after a
    verb of telling, where the source makes the name the one told (the object of "tell"):
    Бола Тінубу заявив World Trade Organization for "told the World Trade Organization" →
    Світовій організації торгівлі, not the accusative of what is said.  Not where the
    words around it settle a case (a preposition, a noun's genitive)."""
    if pat.lang not in ("uk", "ru") or ctx.strong or ctx.preposition:
        return ctx
    inside = _inside(tokens, span)
    k = inside[0] - 1 if inside else -1
    if k >= 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    if k < 0 or not tokens[k].text[:1].isalpha():
        return ctx
    lemmas = _lemmas_as(pat.lang, tokens[k].text, ("VERB", "INFN", "GRND"))
    if not lemmas & (TELLING_VERBS[pat.lang] | _TELLING_TO[pat.lang]):
        return ctx
    if not told_whom(source, m):
        return ctx
    return ctx.with_first(("datv",))


def _active_of_no_subject(lang: str, tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a finite verb every reading of which is of the third person
    plural (обрали, избрали, звільнили, допомогли) or a uk impersonal in -но/-то (обрано):
    an active verb with no singular subject, whose object a passive's subject is."""
    text = tokens[i].text.lower()
    if not text[:1].isalpha():
        return False
    if impersonal(lang, tokens, i):
        return True
    verbs = [p for p in known_parses(lang, text) if p.tag.POS == "VERB"]
    return (
        bool(verbs)
        and len(verbs) == len(known_parses(lang, text))
        and all(p.tag.number == "plur" and p.tag.person in (None, "3per") for p in verbs)
    )


def _no_verb_of_its_own(
    source: str,
    m: Match,
    ctx: CaseContext,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
) -> CaseContext:
    """``ctx`` with the source's own oblique case first for a made-up ending that the
    context would make a subject where no verb of its clause can agree with it: Херсонцы
    пожаловались Прокудиною for "complained to Prokudin" (a plural verb: Прокудину, not
    Прокудин), Суверенный фонд Норвегием продал for "Norway's fund sold" (продал is no
    verb of Норвегия's: Норвегии).  A finite verb stands right by the name, and no verb of
    the clause can agree with it; the ending tells nothing, so the source's role is the one
    clue left.  Not a Latin copy (another round's), nor a clause with no verb by the name."""
    if ctx.strong or ctx.cases[:1] != ("nomn",):
        return ctx
    inside = _inside(tokens, span)
    near = [tokens[i].text for i in (inside[0] - 1, inside[-1] + 1) if inside
            and 0 <= i < len(tokens)]  # fmt: skip
    if not any(finite_verb(pat.lang, word) for word in near):
        return ctx  # a clause with no verb right by the name (a heading, a nominal clause)
    role = source_role(source, m)
    if not role.oblique or not role.own or not role.cases or role.modifier:
        return ctx
    if _may_be_subject(tokens, span, pat):
        return ctx
    return ctx.with_first(role.cases[:1])


# The source's prepositions of a place where (not "into", "to", "for"): в/на after them
# takes the locative unless a word of the translation points there.
_WHERE_VIA = frozenset({"in", "at"})
# ... and those of an area something spreads over or stays within ("drought across the
# Sahel"), which a noun before в/у that points nowhere keeps in the locative too.
_AREA_VIA = frozenset({"across", "throughout", "within", "inside", "around"})


def _where_from_afar(
    ctx: CaseContext,
    role: SourceRole,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    source: str,
    m: Match,
) -> bool:
    """Whether a place with no case of its own after в/у/на, whose accusative the context
    prefers for a word of direction in its clause, is where the source puts it ("in", "at"):
    the word right before the preposition is no verb, and a noun (удару по інституту в,
    вышли на митинг в, попал в маршрутку в, После атаки в for "after the attack in") or no
    word of direction; then the phrase is its own, and nothing the translation writes points
    at the place (прибув у, інвестувати в keep the accusative first)."""
    if ctx.prefer != ("accs",) or "loct" not in ctx.cases or not a_place(pat):
        return False
    said = role.via in _WHERE_VIA and role.cases[:1] == ("loct",)
    if not said and not (role.modifier or role.via in _AREA_VIA):
        return False  # (доставлять газ в Germany for "to Germany": a destination)
    first = next((i for i, t in enumerate(tokens) if t.start >= span[0]), 0)
    if first < 1 or tokens[first - 1].text.lower() not in _WHERE_PREPOSITIONS:
        return False
    if first == 1 or tokens[first - 2].text in SENTENCE_STARTS:
        # На Шри-Ланкем эвакуировали, В Белгородов дрон попал в автомобиль for "evacuated in
        # Sri Lanka", "In Belgorod, a drone hit": the place opens the clause, and the verb
        # of direction after it has a target of its own or none; not where the source's
        # verb is one of arriving (В Китай прибыли for "arrived in China").
        return not arrived_in(source, m)
    before = tokens[first - 2]
    if not before.text[:1].isalpha():
        return False
    readings = known_parses(pat.lang, before.text.lower())
    if not readings or any(p.tag.POS in _VERBAL_TAGS for p in readings):
        return False
    aimed = directed(pat.lang, frozenset(norm_key(p.normal_form) for p in readings))
    if not said:
        # переговорів у Istanbul for "Istanbul talks", Засуха в Sahel for "drought across
        # the Sahel": a modifier or an area in the source, and в/у right after a noun that
        # points nowhere (not візит, вступ) says where that noun is, whatever verb of the
        # clause points.
        return (
            tokens[first - 1].text.lower() != "на"
            and all(p.tag.POS == "NOUN" for p in readings)
            and not aimed
        )
    if all(p.tag.POS == "NOUN" for p in readings):
        return True
    return not aimed


_VERBAL_TAGS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_WHERE_PREPOSITIONS = frozenset({"в", "у", "во", "на"})


# The source's words that make a name the owner of a person noun before it in the
# translation: "the head of Naftogaz", "Naftogaz's head", "a spokesman for Rosatom".
_OWNER_VIA = ("of", POSSESSIVE, "for")


def _source_owner(source: str, m: Match) -> bool:
    """Whether the source makes the entity itself a possessor, by "of" or "'s"."""
    said = source_role(source, m)
    return said.own and said.via in ("of", POSSESSIVE) and said.cases[:1] == ("gent",)


def _owner_of_other_thing(source: str, m: Match, pat: Pattern) -> bool:
    """Whether the source makes the entity, a body its glossary note says what it is of
    (:func:`notes.body_kind`: "shipping company"), the owner, maker or part of a thing its
    note does not name (Sovcomflot tankers, Novatek's plant, subsidiaries of Rosatom; not
    the Holos party for a "party", the Diia app, nor an entity whose note names no body)."""
    kind = body_kind(pat.entry.note)
    if not kind or pat.entry.type in ("PER", "LOC"):
        return False
    noun = owned_noun(source, m)
    if not noun:
        return False
    singular = {noun, noun[:-1] if noun.endswith("s") else noun}
    if noun.endswith("es"):
        singular.add(noun[:-2])
    if noun.endswith("ies"):
        singular.add(noun[:-3] + "y")
    return not singular & kind


def _person_owns(
    tokens: list[Token],
    inside: list[int],
    pat: Pattern,
    quoted: bool = False,
    governed: bool = False,
) -> bool:
    """Whether a person noun that no preposition governs (Голова, тренер, the sentence's
    first word too) stands right before the name at ``inside`` of a body or a place (the
    glossary's type; not a name that may be a person's, unless ``quoted`` after a common
    noun in Ukrainian: бійці «Вагнер» names a body): a person is no body nor place, so the
    name is no apposition of it, but its owner.  With ``governed`` (a rendering with no
    ending of its own) a preposition's noun too (із мешканцями Beryslav → Берислава)."""
    k = inside[0] - 1
    if pat.entry.type == "PER" or k < 0 or trade_noun(pat.lang, tokens[k].text):
        return False  # (оператора «Київстар»: a company so called, see TRADE_KINDS)
    body = quoted and _quoted_body(pat.lang, tokens[k].text, owned=True)
    if not body and may_be_person(pat.lang, list(pat.words)) and not _a_known_place(pat):
        return False
    return person_noun_before(pat.lang, _first_lowered(tokens, k), inside[0], governed)


def _a_known_place(pat: Pattern) -> bool:
    """Whether a Russian place of the glossary's is one word the dictionary knows as a place
    (Израиль, a man's name too): a place, which no person noun has as its apposition."""
    words = [w for w in pat.words if w[:1].isalpha()]
    return (
        pat.lang == "ru" and pat.entry.type == "LOC" and len(words) == 1
        and any("Geox" in p.tag.grammemes for p in known_parses(pat.lang, words[0]))
    )  # fmt: skip


_OPENERS = SENTENCE_STARTS - {".", "!", "?", ":"}


def _first_lowered(tokens: list[Token], k: int) -> list[Token]:
    """``tokens`` with the word at ``k`` in lower case where it starts the sentence, past
    any quotes or dashes (Тренер «Барселонем», «Тренер …): as the dictionary spells the
    common noun.  Not a capital after a quote inside the sentence (кроме как "Бакарди" и
    "Капитан Морганем": a name's own word)."""
    j = k - 1
    while j >= 0 and tokens[j].text in _OPENERS:
        j -= 1
    if j >= 0 and tokens[j].text not in SENTENCE_STARTS:
        return tokens
    return [*tokens[:k], replace(tokens[k], text=tokens[k].text.lower()), *tokens[k + 1 :]]


def _head_owns(
    tokens: list[Token], inside: list[int], pat: Pattern, role: SourceRole, quoted: bool = False
) -> bool:
    """Whether the common noun right before the name at ``inside``, a name that is no
    person's, cannot be its apposition, where the source makes the name the noun's owner
    or modifier ("the head of Naftogaz", "Barcelona coach"): a person noun (Голова, тренер:
    a person is no body nor place), or, for "of" or 's, a noun that is no kind of thing a
    name names (not компанія, клуб, завод: see :data:`QUOTED_KINDS`) and that a past verb
    after the name agrees with while the name cannot be its subject (Керівництво
    «Укрзалізниця» заявило: заявило is the noun's, not the feminine name's)."""
    lang = pat.lang
    k = inside[0] - 1
    if pat.entry.type == "PER" or k < 0 or not role.oblique or role.subject:
        return False
    if _person_owns(tokens, inside, pat, quoted, governed=True):
        return role.via in _OWNER_VIA or role.modifier
    tokens = _first_lowered(tokens, k)
    if not genitive_head(lang, tokens, inside[0]):
        return False
    v = verb_after(lang, tokens, inside[-1])
    if role.via not in ("of", POSSESSIVE) or v is None:
        return False
    if not _past_verb_after(tokens, inside[-1], lang):
        return False
    low = tokens[k].text
    readings = known_parses(lang, low)
    if not readings or any(_kind_with_prefix(p.normal_form, _KINDS[lang]) for p in readings):
        return False
    noun = {p.tag.gender for p in readings if p.tag.POS == "NOUN" and p.tag.number != "plur"}
    verb = tokens[v].text
    return (
        len(noun) == 1
        and not cannot_agree(lang, verb, next(iter(noun)))
        and cannot_agree(lang, verb, _gender(pat))
    )


def _joined_conjunct(tokens: list[Token], inside: list[int], ctx: CaseContext) -> tuple[str, ...]:
    """The oblique cases of the context that the Russian noun joined to the name by a
    coordinator right after it shows, where that noun has no nominative reading
    (:func:`conjunct_after`) and no verb follows it (a phrase of its own); empty otherwise."""
    conjunct = conjunct_after("ru", tokens, inside[-1])
    joined = tuple(c for c in conjunct if c in ctx.cases and c != "nomn")
    if not joined or verb_after("ru", tokens, inside[-1] + 2) is not None:
        return ()
    # об имуществе Грабовец и компаниях: the conjunct is the noun before the name's partner
    # (its case), the name that noun's genitive; after a kind's or a person's noun (о
    # компании Метинвест и заводах) the name may be its apposition, and the list says nothing.
    head = head_conjunct("ru", tokens, inside[0] - 1, joined)
    if head:
        return ("gent",) if head == "genitive" and "gent" in ctx.cases else ()
    return joined


# The source's words that join two names as conjuncts ("Romny and Pryluky", "Peru or Chile").
_SOURCE_CONJUNCT = re.compile(r"[A-Z][\w'’.-]*\s+(?:and|or)\s+(?:the\s+)?$")


def _partner_context(
    source: str,
    target: str,
    m: Match,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    taken: list[tuple[int, int]],
    guessed: list[tuple[int, int]],
    ctx: CaseContext,
) -> CaseContext:
    """``ctx`` of a rendering with no case of its own, or, where it settles nothing, the
    context of the glossary name it is joined to by a coordinator right before it, whose
    form tells no case either (з Перу та Colombia, Мешканці Ромен і Pryluky, з Жаном-Ноелем
    Барро та Radoslaw Sikorski): the words that govern the partner govern the pair, as the
    source joins the two names too ("Peru and Colombia").  Only a partner's context that is
    sure and rules out the nominative, narrowed to the cases the partner's own word may
    have where the dictionary reads it; not where a verb right after may make the name its
    own clause's subject (з Перу та Колумбія підписали)."""
    inside = _inside(tokens, span)
    if ctx.strong or ctx.basis == LIST or not inside or not _SOURCE_CONJUNCT.search(
        source[: m.start]
    ):
        return ctx
    k = inside[0] - 1
    if k >= 0 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    if k < 1 or tokens[k].text.lower() not in COORDINATORS[pat.lang]:
        return ctx
    k -= 1
    if k >= 1 and tokens[k].text in QUOTE_MARKS:
        k -= 1
    partner = next((s for s in taken if s != span and s[0] <= tokens[k].start
                    and tokens[k].end <= s[1]), None)  # fmt: skip
    if partner is None or _verb_agrees_after(tokens, span, pat):
        return ctx
    others = [s for s in taken if s != partner]
    theirs = _context(tokens, partner, pat, others, guessed, _hyphen_joined(target, tokens))
    if not theirs.strong or not theirs.cases or "nomn" in theirs.cases:
        return ctx
    # A partner whose form the dictionary reads keeps only its own cases (на Харьков и
    # Днепрою: на's accusative, not its locative; Сумам и Харьковою: no case in common).
    readings = [] if partner in guessed else known_parses(pat.lang, tokens[k].text)
    mine = {c for p in readings if p.tag.POS == "NOUN" and (c := tag_case(p.tag))}
    if mine and set(CASES) - mine:
        cases = tuple(c for c in theirs.cases if c in mine)
        if not cases:
            return ctx
        theirs = replace(theirs, cases=cases, prefer=tuple(c for c in theirs.prefer if c in cases))
    return theirs


def _owned_subject_before(pat: Pattern, tokens: list[Token], inside: list[int]) -> bool:
    """Whether the past verb right after the name at ``inside`` has the common noun right
    before the name for its subject, not the name: the noun stands in no preposition's phrase
    and has a nominative reading the verb agrees with (Оппозиция Venezuela призвала,
    Суверенний фонд Norway продав), or the verb cannot agree with the name at all (матч
    «Kryvbas» перенесли).  Not Після торнадо Kishida заявив: торнадо is the preposition's."""
    lang = pat.lang
    k = inside[0] - 1
    v = verb_after(lang, tokens, inside[-1])
    if k < 0 or v is None:
        return False
    plural = lemma_number(lang, pat.words[-1]) == "plur"
    if cannot_agree(lang, tokens[v].text.lower(), _gender(pat), plural):
        return True
    if in_preposition_phrase(lang, tokens, k):
        return False
    verbs = [
        p.tag for p in known_parses(lang, tokens[v].text.lower())
        if p.tag.POS == "VERB" and p.tag.tense == "past"
    ]  # fmt: skip
    nouns = [
        p.tag for p in known_parses(lang, tokens[k].text.lower())
        if p.tag.POS == "NOUN" and tag_case(p.tag) == "nomn"
    ]  # fmt: skip
    return any(
        (n.number == "plur") == (t.number == "plur")
        and (n.number == "plur" or t.gender == n.gender)
        for n in nouns
        for t in verbs
    )


def _past_verb_after(tokens: list[Token], last: int, lang: str) -> bool:
    """Whether a verb in the past tense, which shows its subject's gender or number, follows
    the name ending at ``last`` (Кісіда заявив; not є)."""
    v = verb_after(lang, tokens, last)
    return v is not None and any(
        p.tag.POS == "VERB" and p.tag.tense == "past" for p in known_parses(lang, tokens[v].text)
    )


def _clause_first(
    source: str,
    m: Match,
    ctx: CaseContext,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
) -> CaseContext:
    """``ctx`` narrowed or reordered by what the translation's clause says of a rendering
    with no ending to tell its case: на after a noun of what something is for takes the
    accusative (ПЦР-тест на Omicron → Омікрон); a list headed by a preposition gives it that
    preposition's case (в Германии, Великобритании, France → Франции); a finite verb right
    before it with no subject of its own before it makes it the subject (Про це повідомив
    Zelensky → Зеленський, whatever a preposition or 's of the source says: "the statement
    came from Zelensky"), unless the source makes it the direct object of a verb too."""
    inside = _inside(tokens, span)
    if not inside or pat.lang not in ("uk", "ru"):
        return ctx
    if "accs" in ctx.cases and targeted_after(pat.lang, tokens, inside[0]):
        # ПЦР-тест на Omicron → Омікрон
        return replace(ctx, cases=("accs",), strong=True, prefer=("accs",))
    if not ctx.strong and "nomn" in ctx.cases and _joint_subject(pat.lang, tokens, inside):
        return ctx.with_first(("nomn",))  # Сі з Китаю та Putin з Росії домінують → Путін
    conjunct = conjunct_after(pat.lang, tokens, inside[-1])
    joined = tuple(c for c in conjunct if c in ctx.cases)
    if joined and _noun_right_before(pat.lang, tokens, inside[0]) and set(joined) & {
        tag_case(p.tag) for p in known_parses(pat.lang, tokens[inside[0] - 1].text)
    }:
        # спорят о наследии Trukhanov и годах, об имуществе Грабовцою и компаниях: the
        # conjunct in the noun's own case joins that noun; the name between is its genitive.
        joined = ()
    if joined and not ctx.strong:  # ошибка Nixon и Картера → Никсона
        return replace(ctx, cases=joined, strong=True, basis=LIST, prefer=joined[:1])
    if conjunct and not ctx.strong and not _noun_right_before(pat.lang, tokens, inside[0]):
        # в честь святых Nil и Варфоломея → Нила: a context the conjunct's cases are not
        # in (a clause's subject, guessed) puts them first, and stays weak.  Not after a
        # noun, whose genitive or apposition the name is: the conjunct in another case
        # joins a phrase further up (к бассейну реки Neman и рекам → Неман, not Неману).
        ctx = ctx.with_first(conjunct)
    listed = list_preposition(pat.lang, tokens, inside[0])
    if listed:
        cases = tuple(c for c in listed if c in ctx.cases) or listed
        return replace(ctx, cases=cases, strong=True, basis=LIST, prefer=cases[:1])
    if pat.lang == "ru" and ctx.cases[0] == "nomn" and not ctx.strong:
        # The parse may rule the nominative out (удар и Frost отправили → Фроста).
        parsed = _parsed_context(tokens, span, pat)
        if parsed is not None:
            return parsed
    if (
        pat.lang == "ru" and not ctx.strong and ctx.cases[:1] != ("datv",)
        and indirect_object(tokens, inside[0], inside[-1])
    ):  # fmt: skip
        # поставляет Armenia оружие → Армении: the parse's indirect object, whatever
        # case the words guessed (a verb of giving's object: the accusative).
        return ctx.with_first(("datv",))
    if inside[0] == 0 or "nomn" not in ctx.cases or ctx.cases[0] == "nomn" or ctx.strong:
        return ctx
    gender = _gender(pat)
    before = inside[0] - 1
    if before > 0 and tokens[before].text in _OPENING:  # повідомляв «Ukrinform»
        before -= 1
    if not inverted_subject(pat.lang, tokens, before, gender):
        return ctx
    role = source_role(source, m)
    if role.oblique and not role.via and not role.modifier:
        return ctx  # "I met Zelensky": an object in both, the doer dropped
    return ctx.with_first(("nomn",))


# Marks that end the clause a name's coordinator joins it in (looking back from the name):
# those of any clause but the quotes of a name (as ``context._ends_clause``), and a long dash.
_CLAUSE_MARKS = (CLAUSE_ENDS - QUOTE_MARKS) | {"—", "–"}


def _joint_subject(lang: str, tokens: list[Token], inside: list[int]) -> bool:
    """Whether the name at ``inside``, right after a coordinator, shares a plural verb with
    the name's phrase before it: the verb follows the name past a preposition's phrase of
    the name's own (Сі з Китаю та Putin з Росії домінують), a capitalized word ends the
    phrase before the coordinator, and no finite verb stands before the coordinator in its
    clause (two noun phrases joined, not two clauses; not удар и Frost отправили, a verb
    with no subject of its own)."""
    first, i = inside[0], inside[-1] + 1
    if first < 2 or tokens[first - 1].text.lower() not in COORDINATORS[lang]:
        return False
    if not tokens[first - 2].text[:1].isupper():
        return False  # удар и Frost отправили: no name's phrase before the coordinator
    if i >= len(tokens) or tokens[i].text.lower() not in PREPOSITIONS[lang]:
        return False  # a verb right after: the clause's own rules (и Frost отправили)
    before = known_parses(lang, tokens[first - 2].text)
    prep = tokens[i].text.lower()
    alike = any(t.text.lower() == prep for t in tokens[max(0, first - 6) : first - 1])
    if before and not alike and not any(tag_case(p.tag) == "nomn" for p in before):
        # Уряди Франції та Germany з партнерами: two genitives joined (not Брежнєв з
        # Москви та Nixon з Вашингтона: two phrases alike, the preposition's noun last).
        return False
    i += 1
    for _ in range(3):  # the preposition's words, up to the verb
        if i >= len(tokens) or not tokens[i].text[:1].isalpha():
            break
        if finite_verb(lang, tokens[i].text):
            break
        i += 1
    if i >= len(tokens) or not finite_verb(lang, tokens[i].text, plural=True):
        return False
    for tok in reversed(tokens[: first - 1]):
        if tok.text in _CLAUSE_MARKS:
            break
        if finite_verb(lang, tok.text):
            return False
    return True


def _noun_right_before(lang: str, tokens: list[Token], first: int) -> bool:
    """Whether the word right before the name at ``tokens[first]`` is a lower-case word the
    dictionary knows as a noun only (реки, бассейну; not святых, an adjective too)."""
    if first < 1 or not tokens[first - 1].text[:1].islower():
        return False
    readings = known_parses(lang, tokens[first - 1].text)
    return bool(readings) and all(p.tag.POS == "NOUN" for p in readings)


def _inside(tokens: list[Token], span: tuple[int, int]) -> list[int]:
    """The indices of the tokens within ``span``."""
    return [i for i, t in enumerate(tokens) if span[0] <= t.start and t.end <= span[1]]


def _gender(pat: Pattern) -> str | None:
    """The rendering's grammatical gender: a person's (:func:`person_gender`), else that of
    the form's inflecting word."""
    if pat.entry.type == "PER":
        return person_gender(pat)
    return next((p.gender for p in reversed(pat.paradigms) if p.inflects), None)


def _subject_before_verb(
    tokens: list[Token], span: tuple[int, int], pat: Pattern, cases: AbstractSet[str]
) -> bool:
    """Whether a nominative rendering at ``span`` is the subject of the verb after it, the
    noun phrase before it put first (:func:`~pipeline.glossary.precision.subject_before_verb`)."""
    inside = _inside(tokens, span)
    return bool(inside) and "nomn" in cases and subject_before_verb(
        pat.lang, tokens, inside[0], inside[-1], _gender(pat)
    )


def _verb_ends_clause_after(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> bool:
    """Whether a finite verb right after the rendering at ``span`` (past adverbs and
    particles) can agree with it and ends its clause (Голову ФРС Трамп знову розкритикував.):
    no other subject after it."""
    inside = _inside(tokens, span)
    if not inside or not _verb_agrees_after(tokens, span, pat):
        return False
    v = verb_after(pat.lang, tokens, inside[-1])
    return v is not None and (v + 1 >= len(tokens) or tokens[v + 1].text in CLAUSE_ENDS)


def _verb_agrees_after(tokens: list[Token], span: tuple[int, int], pat: Pattern) -> bool:
    """Whether a finite verb right after the rendering at ``span`` can agree with it
    (see :func:`pipeline.glossary.context.agreeing_verb_after`)."""
    inside = _inside(tokens, span)
    if not inside:
        return False
    gender = _gender(pat)
    return agreeing_verb_after(pat.lang, tokens, inside[-1], gender)


def _fitting(
    source: str,
    m: Match,
    ctx: CaseContext,
    pat: Pattern,
    moving: bool = False,
    verb_before: bool = False,
) -> tuple[str, ...]:
    """The cases that fit where the context rules out a valid form's: the context's cases,
    narrowed to the source role's where that picks some of them; one case per distinct
    form (у Бразилії is the genitive and the locative alike).  ``moving``: a verb of motion
    stands right before the preposition; ``verb_before``: any verb does."""
    cases = tuple(allowed(frozenset(ctx.cases), ctx))
    ordered = [c for c in ctx.cases if c in cases]
    # A title agrees; the genitive after it (вдова Де Клерка) is a relation it does not mean.
    ordered = [c for c in ordered if c in ctx.agree] or ordered
    # The translation's words choose among a preposition's cases (угода з → instrumental).
    preferred = [c for c in ordered if c in ctx.prefer]
    both = False
    if (
        preferred and not moving and {"loct", "accs"} <= set(ordered)
        and (said := role_cases(source, m, ctx))[:1] in (("loct",), ("accs",))
        and said[0] not in preferred
        and (
            pat.lang == "ru"
            or (not verb_before and preferred[0] not in said and source_role(source, m).via == "in")
        )
    ):  # fmt: skip
        # После атаки в Полтаве for "in Poltava", помощь в Газу for "into Gaza": where the
        # words before в/на (a noun, a verb after the name) choose one case and the source
        # the other, both fit; an editor chooses.  Not after a verb of motion, whose
        # accusative is its own (прибыли в Турцию for "arrived in Turkey").  In Ukrainian
        # too (nomuk20): вторгнення в Попасна жило, інвестує в центр даних в Естонія for
        # "lived in Popasna", "a data centre in Estonia" were written in the accusative;
        # both are proposed, the words' first.  Not after a verb right before the
        # preposition, whose own в/на it may be (інвестує в Естонію for "invest in"), nor
        # where the source allows the words' case too (атаки на Неліпівку for "on"); only
        # for "in" ("aimed at Kharkiv" is a target: На Харків було спрямовано).
        preferred = [preferred[0], said[0]]
        both = pat.lang == "uk"
    ordered = preferred or ordered
    if len({pat.inflect(c) for c in ordered}) > 1 and not both:
        ordered = list(role_cases(source, m, ctx)) or ordered
    if (
        pat.lang == "uk" and ctx.rule == PREPOSITION and pat.entry.type in ("ORG", "LOC")
        and {"loct", "accs"} <= set(ordered) and source_role(source, m).subject
    ):  # fmt: skip
        # У Державній службі повідомили, В Кремлі заявили for "the Service said", "the
        # Kremlin said": the body the source makes its subject is where the translation's
        # impersonal verb says it, never whither (в/у with the accusative).
        ordered = ["loct"]
    if (
        pat.lang == "ru" and ctx.basis == NOUN and set(ordered) == {"gent", "datv"}
        and source_role(source, m).obj
    ):  # fmt: skip
        # нанесло ущерб Ирану, предъявили обвинение Трампу for "harmed Iran", "charged
        # Trump": a noun of harm or charge the translation's verb takes renders the source's
        # verb, whose object is the one it is done to (the dative), not the noun's owner.
        ordered = ["datv"]
    if (
        ctx.basis == NOUN and set(ordered) == {"gent", "datv"}
        and source_role(source, m).via == "to"
        and (pat.lang == "uk" or pat.entry.type != "PER")
    ):  # fmt: skip
        # помощь Украине, Допомога Японії Україні, Вірність Путіну for "aid to Ukraine",
        # "loyalty to Putin": the source's "to" after a noun of giving or answering is the
        # one it goes to, the dative, not its owner (помощь Украины is Ukraine's aid).  Not a
        # Russian person (письмо Джонсону or a woman's Джонсон: proposed).
        ordered = ["datv"]
    if (
        pat.lang == "uk" and ctx.basis == GOVERNMENT and set(ordered) == {"ablt", "datv"}
        and (via := source_role(source, m).via) in ("by", "to")
    ):  # fmt: skip
        # План, запропонований Байденом for "proposed by Biden"; присвячений Лесі Українці
        # for "dedicated to": a participle of giving's agent or the person it goes to.
        ordered = ["ablt" if via == "by" else "datv"]
    by_form: dict[str, str] = {}
    for case in ordered:
        by_form.setdefault(pat.inflect(case), case)
    return tuple(by_form.values())


def _in_whose_time(
    source: str, m: Match, ctx: CaseContext, pat: Pattern, tokens: list[Token], inside: list[int]
) -> bool:
    """Whether a Ukrainian person's name after за is the one in whose time something
    happened, in the genitive (За Трампа США вийшли з угоди, за Сталіна): the source puts
    the person "under" (Under Trump), which за with its own cases never renders (за
    Трампом is "behind", "after"; за Трампа, the accusative, "for")."""
    return (
        pat.lang == "uk" and pat.entry.type == "PER" and ctx.rule == PREPOSITION
        and bool(inside) and inside[0] > 0 and tokens[inside[0] - 1].text.lower() == "за"
        and source_role(source, m).via == "under"
    )  # fmt: skip


def _with_yo(text: str, pat: Pattern) -> bool:
    """Whether a Ukrainian rendering has ё, a letter of Russian (and Belarusian) only, where
    the glossary's form has none: the matcher's key reads ё as е, the rendering is the
    other language's spelling."""
    return pat.lang == "uk" and "ё" in text.lower() and "ё" not in pat.form.lower()


def _misspelling(text: str, pat: Pattern) -> str:
    """What a rendering the matcher did not find is: the other script (Twitter, EU), the
    other language's letters (ЄС in Russian) or another spelling."""
    if bool(_CYRILLIC.search(text)) != bool(_CYRILLIC.search(pat.form)):
        return SCRIPT
    if set(text.lower()) & _OTHER_LETTERS.get(pat.lang, set()):
        return LETTERS
    return SPELLING


def _names_another(
    pat: Pattern, words: list[str], variants: tuple[str, ...], source: str = ""
) -> bool:
    """Whether every word of a rendering is a dictionary proper name of its own that is no
    form of the glossary form's words: the span names something else where the ``source``
    has a word that sounds more like that name than like the entity (Маринові for "Maryna
    wrote to Marynov": Marynov's), or where it does not sound the same as the entity (Коза
    for Коса; not Венедиктова for Венедіктова, Гугле for Google) and is no slip: a letter
    away from a form of the entity's (Ирака for Ирана), or its stem with an ending none of
    its forms has (Маринові, Юлові for Марина, Юля: forms of Маринов, Юл)."""
    if pat.lang not in ("uk", "ru") or not words:
        return False
    text = " ".join(words)
    # A declined transliteration is the name's own (Нортоном for Norton: Нортон).
    mine = _own_words(pat, variants)
    lemmas: set[str] = set()
    for word in words:
        known = [p for p in known_parses(pat.lang, word) if _proper_reading(pat.lang, word, p)]
        if not known or any(norm_key(p.normal_form) in mine for p in known):
            return False
        lemmas.update(p.normal_form for p in known)
    if _named_in(source, lemmas, pat):
        return True
    if max(similarity(text, ref) for ref in (*variants, *map(pat.inflect, CASES))) >= SAME_SOUND:
        return False
    stem = len(words) == 1 == len(pat.words) and _stem_and_ending(pat, text)
    return not (_slip(pat, text) or stem)


def _a_word_of_its_own(
    pat: Pattern, words: list[str], target: str, span: tuple[int, int], source: str
) -> bool:
    """Whether a one-word rendering the search found by sound, in the glossary form's script
    (not Гугла for Google: the engine's Cyrillic of a name kept in Latin), is a noun of the
    language that is no form of the entity's word (a letter off or not) and no stem of it with a
    made-up ending: a common noun where any word is capitalized, first in its sentence, where
    the translation names the entity elsewhere (Орбан … Орган ЄС), or a noun whose lemma a
    capitalized word of the source sounds like more than the entity (Думой for Дудой where
    the source says "the Duma").  Another word, never written over; an adjective a letter off
    stays a slip (Дутой for Дудой)."""
    if pat.lang not in ("uk", "ru") or len(words) != 1 or len(pat.words) != 1:
        return False
    readings = known_parses(pat.lang, words[0].lower())
    if not readings or any(p.tag.POS != "NOUN" for p in readings):
        return False
    mine = {norm_key(pat.words[0]), *(norm_key(p.normal_form)
                                      for p in known_parses(pat.lang, pat.words[0].lower()))}
    if any(norm_key(p.normal_form) in mine for p in readings):
        return False
    made_up = _stem_and_ending(pat, words[0])  # Газом for Газа: the stem, a made-up ending
    common = not any(p.tag.grammemes & _PROPER_TAGS for p in known_parses(pat.lang, words[0]))
    if common and _opens_sentence(target, span):
        # Only where the translation names the entity elsewhere in a form of its own (Орбан
        # … Орган ЄС … сказав він): the mention sought by sound is likelier a pronoun's, the
        # noun a word of the sentence; alone, a letter off, it is a slip (Тушка for Туска).
        forms = {norm_key(pat.inflect(c)) for c in CASES}
        named = _named_elsewhere(forms, target, span)
        # A stem with a made-up ending too (Маски продавала компания Маска for "Musk's
        # company": маска's plural) only where those forms already render every mention
        # the source has: the noun has no mention of its own to render.
        if named and (not made_up or named >= _mentions(source, pat)):
            return True
        if pat.lang == "uk" and not made_up and _unlike_letter(norm_key(words[0]), forms):
            # Орган ЄС відхилив for Orban: one letter off, by a sound no spelling of a name
            # turns into another (б and г; not с and ш of Тушка for Туска, и and і, д and т).
            return True
    if made_up:
        return False
    return _named_in(source, {p.normal_form for p in readings}, pat)


def _named_elsewhere(forms: Collection[str], target: str, span: tuple[int, int]) -> int:
    """How many capitalized words of ``target`` outside ``span`` are among ``forms`` (the
    normalized forms of a one-word glossary form)."""
    return sum(
        norm_key(t.text) in forms and t.text[:1].isupper()
        for t in tokenize(target)
        if not span[0] <= t.start < span[1]
    )


def _mentions(source: str, pat: Pattern) -> int:
    """How many times ``source`` names the entity of ``pat`` by one of its English forms
    (whole words, longest first, none counted twice)."""
    forms = sorted(pat.entry.forms.get("en", ()), key=len, reverse=True)
    if not forms:
        return 1
    found = re.findall(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", source)
    return max(1, len(found))


# Letters of like sound, which a name's other spellings trade for one another (Кісіда,
# Кішида; Рапопорт, Рапапорт; Хельсінкі, Гельсінкі): vowels, labials, dentals, sibilants,
# velars.
_SOUND_CLASSES = ("аоуеєиіїяюыэё", "бпвфм", "дтнл", "зсцшщжч", "гґкх")


def _unlike_letter(word: str, forms: Collection[str]) -> bool:
    """Whether ``word`` differs from a form of ``forms`` of its length in one letter only,
    and the two letters sound unlike (:data:`_SOUND_CLASSES`), with no form one letter off by
    a letter of like sound."""
    unlike = False
    for form in forms:
        if len(form) != len(word):
            continue
        diff = [(a, b) for a, b in zip(word, form, strict=True) if a != b]
        if len(diff) != 1:
            continue
        a, b = diff[0]
        if any(a in cls and b in cls for cls in _SOUND_CLASSES):
            return False
        unlike = True
    return unlike


def _proper_reading(lang: str, word: str, parse: Any) -> bool:
    """Whether ``parse`` reads ``word`` as a proper name: tagged one, or in uk, whose
    dictionary tags no place, a capitalized word's inanimate noun (Києва: Київ's)."""
    if parse.tag.grammemes & _PROPER_TAGS:
        return True
    return (
        lang == "uk" and word[:1].isupper() and parse.tag.POS == "NOUN"
        and "inan" in parse.tag.grammemes
    )  # fmt: skip


def _other_name_fits(
    pat: Pattern,
    words: list[str],
    ctx: CaseContext,
    source: str = "",
    tokens: list[Token] | None = None,
    span: tuple[int, int] = (0, 0),
) -> bool:
    """Whether a capitalized one-word rendering whose case as the glossary form the context
    rules out is a dictionary form of another name in a case the context allows (з
    Луганська: Луганськ's genitive, not the adjective Луганська; not с Франция, which the
    dictionary also reads as francium's genitive): the span names something else.  A plural
    reading names no one entity (Олександр is not the genitive of the Oleksandras), nor, in
    Ukrainian, a woman's surname read as her man's (:func:`_his_surname_unnamed`)."""
    if pat.lang not in ("uk", "ru") or len(words) != 1 or not ctx.cases:
        return False
    if not words[0][:1].isupper():
        return False
    base = norm_key(pat.words[-1])
    if (
        pat.lang == "ru" and pat.entry.type != "PER" and len(pat.words) == 1 and "loct" in ctx.cases
        and base.endswith(_SUFFIX_STEMS["ru"]) and norm_key(words[0]) == base + "ом"
    ):  # fmt: skip
        # в Купянском и других районах: the place's adjective in -ский, whose locative is
        # the name's instrumental (Купянском), in the case the preposition takes.
        return True
    mine = {norm_key(w) for w in pat.words}
    # An adjective's form may be a place's (Луганська), which the uk dictionary tags as no name.
    adjective = any(p.tag.POS == "ADJF" for p in known_parses(pat.lang, pat.words[-1]))
    his = _his_surname_unnamed(pat, words, ctx, source, tokens, span)
    return any(
        (p.tag.grammemes & _PROPER_TAGS or (adjective and p.tag.POS == "NOUN"))
        and norm_key(p.normal_form) not in mine
        and tag_case(p.tag) in ctx.cases
        and p.tag.number != "plur"  # Олександр, also Олександра's genitive plural: not one
        and not (his and "Surn" in p.tag.grammemes and p.tag.gender == "masc")
        for p in known_parses(pat.lang, words[0])
    )


def _his_surname_unnamed(
    pat: Pattern,
    words: list[str],
    ctx: CaseContext,
    source: str,
    tokens: list[Token] | None,
    span: tuple[int, int],
) -> bool:
    """Whether a Ukrainian rendering that is a woman's surname in the nominative, the one
    the glossary gives her (з Москалькова, на Пугачова), names her and not a man of her
    family in the genitive or accusative (Москальков's): the glossary's note or first name
    tells a woman, the source names her in its feminine -a (Moskalkova) and no man of that
    name (no Moskalkov), and no finite verb right after can agree with her nominative (Книжку
    Амеліна написала: an object put first, its subject after it)."""
    if pat.lang != "uk" or pat.entry.type != "PER" or not source or tokens is None:
        return False
    if norm_key(words[0]) != norm_key(pat.words[-1]):
        return False
    if entry_gender(pat.entry, pat.lang) != "femn" or sex_guessed(pat):
        return False
    english = [f.split()[-1] for f in pat.entry.forms.get("en", ()) if f.split()]
    if not english or not all(w.lower().endswith("a") and len(w) > 3 for w in english):
        return False
    his = {w[:-1].lower() for w in english}
    if any(w.lower() in his for w in re.findall(r"[^\W\d_]+", source)):
        return False  # Moskalkov in the source: the man may be spoken of
    return ctx.rule == PREPOSITION or not _verb_agrees_after(tokens, span, pat)


def _slip(pat: Pattern, text: str) -> bool:
    """Whether ``text`` is one letter (two in a name of nine or more) away from a form of
    the glossary form in some case."""
    low = text.lower()
    return any(
        edit_distance(low, form.lower()) <= 1 + len(low) // 9 for form in map(pat.inflect, CASES)
    )


def _named_in(source: str, lemmas: set[str], pat: Pattern) -> bool:
    """Whether a capitalized word of ``source`` sounds like one of the dictionary names
    ``lemmas`` (Iraq for Ирак), and more so than like the entity in any of its languages (a
    Russian source's В Вене is Vienna, which Apertium left as Вене in Ukrainian)."""
    forms = (*(f for fs in pat.entry.forms.values() for f in fs), pat.form)
    mine = [w for f in forms for w in word_texts(f)]
    for word in {w for w in word_texts(source) if w[:1].isupper()}:
        other = max(similarity(word, lemma) for lemma in lemmas)
        if other >= MIN_SIMILARITY and other > max(similarity(word, w) for w in mine):
            return True
    return False


def _with_rest_of_form(
    target: str,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    taken: list[tuple[int, int]],
) -> tuple[int, int]:
    """``span`` of a shorter form (a surname) widened over the words right before it that
    render the wanted form's missing first words (Геннадий Труханов for Геннадій
    Труханов), so that the fix replaces them instead of writing the first name twice."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    inside = _inside(words, span)
    extra = len(pat.words) - len(inside)
    if not inside or extra <= 0:
        return span
    others = [t for t in taken if t != span]
    # (the form's words as the tokens split them: Жан-Ноель is two, Жан and Ноель)
    table = [word_texts(pat.inflect(c)) for c in CASES]
    if inside[0] >= extra:
        start = words[inside[0] - extra].start
        gap = target[start : span[0]]
        lead = words[inside[0] - extra : inside[0]]
        before = " ".join(t.text for t in lead)
        refs = {" ".join(row[:extra]) for row in table}
        # После матча Костюк: a word of the sentence's own is no first name however alike;
        # not a word of the form itself (Ди of Джей Ди Вэнс, a particle to the dictionary).
        own = {norm_key(w) for row in table for w in row}
        common = any(
            _common_word(pat.lang, t.text) and norm_key(t.text) not in own for t in lead
        )
        # ураган «Гелен», БК «Будівельник»: a quote between them opens the name, the words
        # before it are the translation's own.
        nexts = words[inside[0] - extra + 1 : inside[0] + 1]
        joined = _joined(target, [t.end for t in lead], nexts)
        if (
            "\n" not in gap and not _overlaps((start, span[0]), others) and not common
            and joined and max(similarity(before, ref) for ref in refs) >= MIN_SIMILARITY
        ):  # fmt: skip
            return start, span[1]
    # A surname that opens the name (Юн of Юн Сок Йоль): its missing words follow it.
    last = inside[-1] + extra
    if last >= len(words) or norm_key(words[inside[0]].text) != norm_key(pat.words[0]):
        return span
    end = words[last].end
    after = " ".join(t.text for t in words[inside[-1] + 1 : last + 1])
    refs = {" ".join(row[-extra:]) for row in table}
    rest = words[inside[-1] + 1 : last + 1]
    ends = [span[1], *(t.end for t in rest[:-1])]
    if not _joined(target, ends, rest) or _overlaps((span[1], end), others):
        return span  # «Полісся» Житомир: the quote closes the name before the next word
    if max(similarity(after, ref) for ref in refs) < MIN_SIMILARITY:
        return span
    return span[0], end


def _joined(target: str, ends: list[int], tokens: list[Token]) -> bool:
    """Whether nothing but spaces or a hyphen stands in ``target`` between each offset of
    ``ends`` and the start of the token after it in ``tokens`` (no quote, no comma)."""
    gaps = (target[a : t.start].strip() for a, t in zip(ends, tokens, strict=True))
    return all(not g or g in HYPHENS for g in gaps)


def _common_word(lang: str, word: str) -> bool:
    """Whether ``word`` is no misspelt first name but a word in its own right: written in
    lower case (матча), or one the dictionary knows with no reading as a name (a capital
    at the sentence's start: Після)."""
    if not word[:1].isupper():
        return True
    if lang not in ("uk", "ru"):  # no dictionary for English
        return False
    readings = known_parses(lang, word.lower())
    return bool(readings) and not any(PROPER_TAGS & set(p.tag.grammemes) for p in readings)


def _undeclined(glossary: Glossary, t: Match, tgt: str) -> bool:
    """Whether the translation's match ``t`` is a glossary name that never declines (Санду,
    Моди, Тимошенко for a woman): the dictionary's reading of it as a case is a guess, no
    case a list item beside it could share.  Not an acronym (США), which the list reads as
    of any case already."""
    pat = glossary.pattern(t.entry, tgt, t.index)
    if pat is None or tgt not in ("uk", "ru") or is_acronym(pat.form):
        return False
    return not any(p.inflects for p in pat.paradigms)


def _restyled(
    src_matches: list[Match],
    tgt_matches: list[Match],
    pairs: dict[int, int],
    src: str,
    tgt: str,
) -> frozenset[int]:
    """The source's person mentions whose rendering is the person's other form, where the
    translation gives every person of the line it renders so, two people at least, the
    same way (Олександр Усик переміг Тайсона Ф'юрі for "Usyk beat Fury": both full names
    added): the translator's style, not a slip in one name."""
    shifts: dict[int, int] = {}
    for n, m in enumerate(src_matches):
        k = pairs.get(n)
        want = _wanted(m, src, tgt)
        if m.entry.type != "PER" or k is None or want is None:
            continue
        shifts[n] = tgt_matches[k].index - want
    people = {src_matches[n].entry.id for n in shifts}
    if len(people) < 2 or 0 in shifts.values() or len(set(shifts.values())) != 1:
        return frozenset()
    return frozenset(shifts)


def _pairs(
    src_matches: list[Match], tgt_matches: list[Match], src: str, tgt: str
) -> dict[int, int]:
    """Source match → target match of the same entry, in order: first those whose target
    holds the wanted form (full name ↔ full name), then the rest, so that "Uri Geller …
    Geller's" pairs the surname with Геллера and the full name with its own rendering."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for n, m in enumerate(src_matches):
            want = _wanted(m, src, tgt)
            if n in pairs or want is None or _forms_differ(m, src, tgt):
                continue
            pick = next(
                (i for i, t in enumerate(tgt_matches)
                 if i not in used and t.entry.id == m.entry.id and (t.index == want or not exact)),
                None,
            )  # fmt: skip
            if pick is not None:
                pairs[n] = pick
                used.add(pick)
    return pairs


_SPACED_HYPHEN = re.compile(r"(?<=\s)[-‐‑](?=\s)")


def _with_dashes(target: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a hyphen between blanks kept as a mark: typed for a dash, it ends a
    phrase (донимать - Батруха: no object of the verb), where a hyphen within a word joins."""
    dashes = [Token(m.group(), m.start(), m.end()) for m in _SPACED_HYPHEN.finditer(target)]
    return sorted((*tokens, *dashes), key=lambda t: t.start) if dashes else tokens


def _hyphen_joined(target: str, tokens: list[Token]) -> frozenset[int]:
    """Where the tokens a hyphen joins to the word before them start (the при of Гран-при,
    the на of Ростов-на-Дону): parts of a word, no preposition."""
    return frozenset(
        tokens[i].start
        for i in range(1, len(tokens))
        if len(gap := target[tokens[i - 1].end : tokens[i].start]) == 1 and gap in HYPHENS
    )


def _context(
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    others: list[tuple[int, int]],
    guessed: Collection[tuple[int, int]] = (),
    joined: frozenset[int] = frozenset(),
    plural_apposition: bool = True,
    any_thing: bool = True,
    valid: bool = False,
) -> CaseContext:
    """The cases the translation's words allow the rendering at ``span``; with
    ``plural_apposition`` false, quotes after a plural noun set no apposition; with
    ``any_thing`` false, only a noun of the name's kind does (:func:`_apposition_noun`),
    and for a ``valid`` form the case after another thing's noun is no strong one (акції
    «Газпром»: the genitive is proposed, never written)."""
    inside = _inside(tokens, span)
    if not inside:
        return NO_CLUE
    bare = _unquoted(tokens, span, pat.entry.type == "PER" or (valid and not _declines_whole(pat)))
    quoted = len(bare) < len(tokens)
    if quoted:
        # A quoted name declines like any other (тренер «Барселоны», з «Нафтогазом
        # України»): the words around the quotes are its context.
        tokens = bare
        inside = [i - 1 for i in inside]
    if quoted and others:
        # So do the quoted names beside it (за «Арсенал» та «Барселону»: its list partner).
        tokens = _unquoted_names(tokens, others)
        inside = _inside(tokens, span)
    at = inside[0] - 1
    if (
        at > 0 and tokens[at - 1].text[:1].isalnum() and focus_particle(pat.lang, tokens[at].text)
        and not coordinator_tail(pat.lang, tokens, inside[0])
    ):  # fmt: skip
        # в одній лише Бучі: the words before the particle govern the name.
        tokens = tokens[:at] + tokens[at + 1 :]
        inside = [i - 1 for i in inside]
    names = frozenset(
        i
        for i, t in enumerate(tokens)
        if i not in inside and any(a <= t.start and t.end <= b for a, b in others)
    )
    # Another rendering found by sound has a made-up ending, no case to agree with
    # (Кристин Баранскою, Синтия Никсон: not Синтией).
    unsure = frozenset(
        i for i in names if any(a <= tokens[i].start and tokens[i].end <= b for a, b in guessed)
    )
    form_gender = next((p.gender for p in reversed(pat.paradigms) if p.inflects), None)
    kind = "LOC" if a_place(pat) else pat.entry.type
    gender = person_gender(pat) if kind == "PER" else form_gender
    declines = name_declines(pat, gender)
    head = next((p.word for p in reversed(pat.paradigms) if p.inflects), pat.words[-1])
    plural = pat.lang in ("uk", "ru") and any(
        p.tag.number == "plur" for p in known_parses(pat.lang, head)
    )
    ctx = case_context(
        pat.lang,
        tokens,
        inside[0],
        inside[-1],
        kind,
        gender,
        form_gender,
        declines,
        names,
        plural,
        unsure,
        # A name in quotes after a common noun is a body's or a thing's (бійці «Вагнера»), no
        # person the noun calls so; after a first name it may be a surname still.
        may_be_person(pat.lang, list(pat.words))
        and not (quoted and inside[0] > 0 and _quoted_body(pat.lang, tokens[inside[0] - 1].text)),
        joined,
    )
    if kind == "PER" and not declines and not ctx.male:
        # Роджерс may be a woman whose surname stays whole after any word: keep what is there.
        ctx = replace(ctx, strong=False)
    noun = tokens[inside[0] - 1].text if quoted and inside[0] > 0 else ""  # not «X» first
    if quoted and named_division(pat.lang, tokens, inside[0] - 1):
        # Придністровському регіоні «Молдови»: a division its adjective names has its name;
        # the one in quotes is where it lies, as without the quotes.
        return ctx
    if quoted and ctx.basis == NOUN and _apposition_noun(pat.lang, noun, any_thing) and (
        plural_apposition
        or not _plural_only(pat.lang, noun)
        or _list_after(pat.lang, tokens, inside[-1])
    ):
        # завод «Азовсталь», премию «Оскар»: a quoted name after a thing's noun is mostly
        # its apposition, in the nominative; its genitive (акции «Газпрома») stays possible.
        ctx = ctx.with_first(("nomn",), strong=False)
    elif quoted and ctx.basis == NOUN and valid and _apposition_noun(pat.lang, noun, True):
        ctx = replace(ctx, strong=False)  # the apposition is still the translation's reading
    return ctx


# Kinds of thing a quoted name names, besides the classifiers of places and bodies and the
# words of naming: enterprises, outlets, works, awards and events, groups, buildings,
# machines (завод «Азовсталь», телеканал «Інтер», премія «Оскар», гурт «Океан Ельзи»); a kind
# with a prefix is that kind (кінопремія, авіабаза, телекомпанія).  Ukrainian only: see
# :func:`_case_context`.
QUOTED_KINDS = {
    "uk": {"завод", "фабрика", "комбінат", "підприємство", "концерн", "холдинг", "шахта",
           "електростанція", "телеканал", "канал", "радіостанція", "радіо", "видавництво",
           "портал", "програма", "шоу", "передача", "подкаст", "фільм", "серіал",
           "телесеріал", "мультфільм", "роман", "книга", "повість", "пісня", "альбом",
           "вистава", "опера", "балет", "картина", "гра", "премія", "нагорода", "конкурс",
           "фестиваль", "турнір", "товариство", "об'єднання", "асоціація", "спілка", "союз",
           "блок", "фракція", "угруповання", "батальйон", "полк", "бригада", "загін",
           "підрозділ", "гурт", "ансамбль", "оркестр", "театр", "музей", "центр",
           "університет", "інститут", "академія", "ліцей", "гімназія", "лікарня", "клініка",
           "магазин", "супермаркет", "ресторан", "кафе", "кінотеатр", "санаторій", "табір",
           "ринок", "застосунок", "додаток", "месенджер", "соцмережа", "платформа", "ракета",
           "комплекс", "літак", "гелікоптер", "вертоліт", "корабель", "крейсер", "судно",
           "танк", "дрон", "безпілотник", "човен", "фрегат", "авіаносець", "арена", "палац",
           "монастир", "собор", "храм", "ініціатива", "кампанія", "база",
           "вакцина", "препарат", "газопровід", "трубопровід", "нафтопровід", "родовище",
           "номінація", "серія", "збірка", "збірник", "колекція", "цикл", "модель", "поема",
           "вірш", "оповідання", "казка", "мюзикл", "траса", "міст", "лінія", "проспект",
           "бульвар", "парк", "сквер", "стартап", "місія", "апарат", "зонд", "супутник",
           "телескоп", "марсохід", "бот", "чатбот", "смартфон", "пристрій", "система",
           "саміт", "форум", "виставка", "конференція", "матч", "гонка", "марафон", "кубок",
           "ліга", "альянс", "коаліція", "блог", "рубрика", "бар", "паб", "курорт",
           "майданчик", "маркетплейс", "бутік", "салон", "трц", "тц", "школа", "коледж",
           "вокзал", "танкер", "лайнер", "пором", "яхта", "поїзд", "потяг", "автобус",
           "автомобіль", "сингл", "кліп", "трек", "постановка", "заповідник", "пансіонат",
           "садиба", "ресурс", "паблік", "акаунт", "хостинг", "спільнота", "верф",
           "установка", "гаубиця", "вірус", "монополія", "дивізія", "корпус", "структура",
           "господарство", "відомство", "установа", "заклад", "кооператив", "ферма",
           "комітет", "департамент", "інспекція"},
    "ru": {"завод", "фабрика", "комбинат", "предприятие", "концерн", "холдинг", "шахта",
           "электростанция", "телеканал", "канал", "радиостанция", "радио", "издательство",
           "портал", "программа", "шоу", "передача", "подкаст", "фильм", "сериал",
           "телесериал", "мультфильм", "роман", "книга", "повесть", "песня", "альбом",
           "спектакль", "опера", "балет", "картина", "игра", "премия", "награда", "конкурс",
           "фестиваль", "турнир", "общество", "объединение", "ассоциация", "союз", "блок",
           "фракция", "группировка", "батальон", "полк", "бригада", "отряд", "подразделение",
           "ансамбль", "оркестр", "театр", "музей", "центр", "университет", "институт",
           "академия", "лицей", "гимназия", "больница", "клиника", "магазин", "супермаркет",
           "ресторан", "кафе", "кинотеатр", "лагерь", "рынок", "приложение", "мессенджер",
           "соцсеть", "платформа", "ракета", "комплекс", "самолёт", "самолет", "вертолёт",
           "вертолет", "корабль", "крейсер", "судно", "танк", "дрон", "беспилотник", "лодка",
           "фрегат", "авианосец", "арена", "дворец", "собор", "храм", "инициатива",
           "кампания", "база", "вакцина", "препарат", "газопровод", "трубопровод",
           "нефтепровод", "месторождение", "номинация", "серия", "сборник", "коллекция",
           "цикл", "модель", "поэма", "стихотворение", "рассказ", "сказка", "мюзикл",
           "трасса", "мост", "линия", "проспект", "бульвар", "парк", "сквер", "стартап",
           "миссия", "аппарат", "зонд", "спутник", "телескоп", "марсоход", "бот", "чат-бот",
           "смартфон", "устройство", "система", "саммит", "форум", "выставка",
           "конференция", "матч", "гонка", "марафон", "кубок", "лига", "альянс", "коалиция",
           "блог", "рубрика", "бар", "паб", "площадка", "маркетплейс", "бутик", "салон",
           "трц", "тц", "школа", "колледж", "вокзал", "танкер", "лайнер", "паром", "яхта",
           "поезд", "автобус", "автомобиль", "сингл", "клип", "трек", "постановка",
           "заповедник", "пансионат", "усадьба", "ресурс", "паблик", "аккаунт", "хостинг",
           "сообщество", "верфь", "установка", "гаубица", "вирус", "монополия", "дивизия",
           "корпус", "структура", "хозяйство", "ведомство", "учреждение", "заведение",
           "кооператив", "ферма", "комитет", "инспекция"},
}  # fmt: skip
# Every noun a name may be the apposition of: the classifiers, the words of naming and the
# kinds of a quoted name, one set a language.
_KINDS = {
    lang: CLASSIFIERS[lang] | NAMING[lang] | QUOTED_KINDS.get(lang, frozenset())
    for lang in ("uk", "ru")
}


# Words for a trade that name a company as well as a person who plies it: a quoted name
# after one is the company so called (оператор «Київстар», перевізник «Укрзалізниця»),
# its apposition, as after a kind of thing.
TRADE_KINDS = {
    "uk": frozenset({"оператор", "провайдер", "перевізник", "виробник", "постачальник",
                     "забудовник", "девелопер", "ритейлер", "ретейлер", "дистриб'ютор",
                     "мовник", "страховик", "реєстратор", "регулятор", "експортер",
                     "імпортер", "трейдер", "дистриб’ютор"}),
    "ru": frozenset({"оператор", "провайдер", "перевозчик", "производитель", "поставщик",
                     "застройщик", "девелопер", "ритейлер", "ретейлер", "дистрибьютор",
                     "вещатель", "страховщик", "регистратор", "регулятор", "экспортёр",
                     "экспортер", "импортёр", "импортер", "трейдер"}),
}  # fmt: skip


def trade_noun(lang: str, word: str) -> bool:
    """Whether ``word`` is a word for a trade that also names a company (оператора,
    авіаперевізник, автопроизводителя): see :data:`TRADE_KINDS`."""
    kinds = TRADE_KINDS.get(lang)
    if not kinds or not word[:1].isalpha():
        return False
    readings = [p for p in known_parses(lang, word.lower()) if p.tag.POS == "NOUN"]
    return any(_kind_with_prefix(p.normal_form, kinds) for p in readings)


def _apposition_noun(lang: str, word: str, any_thing: bool) -> bool:
    """Whether a quoted name after the common noun ``word`` is first read as its apposition,
    in the nominative: after a kind of thing a name names (клуб «Арсенал», завод
    «Азовсталь», премію «Оскар»), or with ``any_thing`` after any thing's noun; or after a
    word for a trade that names a company too (оператора «Київстар»)."""
    if trade_noun(lang, word):
        return True
    if not _thing(lang, word):
        return False
    if any_thing:
        return True
    low = word.lower()
    readings = known_parses(lang, low) or parses(lang, low)[:1]  # as :func:`_thing` reads it
    return any(_kind_with_prefix(p.normal_form, _KINDS[lang]) for p in readings)


def _kind_before(tokens: list[Token], span: tuple[int, int], lang: str) -> bool:
    """Whether the noun right before the name at ``span`` (past an opening quote) is a kind
    of thing a name names (бригада «Азов», компанія «Газпром»): a thing's name is as likely
    its apposition as its owner, whatever the source's modifier ("the Azov brigade") says
    (a person's is named after: Фонд Де Клерка)."""
    before = [t for t in _unquoted(tokens, span) if t.end <= span[0]]
    if not before or not before[-1].text[:1].isalpha():
        return False
    low = before[-1].text.lower()
    readings = [p for p in known_parses(lang, low) if p.tag.POS == "NOUN"]
    return any(_kind_with_prefix(p.normal_form, _KINDS[lang]) for p in readings)


def _thing_noun_before(tokens: list[Token], span: tuple[int, int], lang: str) -> bool:
    """Whether the word right before the name at ``span``, not in quotes, is a lower-case
    noun with no reading of a person (даних Росстат, гола Австрія; not регулятора,
    наглядача, nor Пошуковик at a sentence's start).  A quoted body after a thing's noun
    is proposed by design (Акції «Газпром»: quoted2)."""
    if _quoted(tokens, span):
        return False
    before = [t for t in tokens if t.end <= span[0]]
    if not before or not before[-1].text[:1].islower():
        return False
    readings = known_parses(lang, before[-1].text)
    return any(p.tag.POS == "NOUN" for p in readings) and not any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in readings
    )


def _kind_with_prefix(lemma: str, kinds: Collection[str]) -> bool:
    """Whether ``lemma`` is one of ``kinds``, or one after a prefix: any before a kind of
    five letters or more (держкорпорація, спецслужба), a clipped one (держбанк), a combining
    form in -а (аквапарк, авіаполк, медіахаб) or one joined by its linking vowel before a
    shorter one (телеклуб, фотоклуб; not експорт, спорт for порт)."""
    if lemma in kinds:
        return True
    return any(
        lemma.endswith(k)
        and len(lemma) - len(k) >= 2
        and (
            len(k) >= 5
            or lemma[: -len(k)] in _SHORT_PREFIXES
            or (len(lemma) - len(k) >= 3 and lemma[-len(k) - 1] in _LINKING)
        )
        for k in kinds
    )


# Prefixes a shorter kind takes without a linking о, е: clipped words of state and kind
# (держбанк, спецклуб) and combining forms in -а (аквапарк, авіашоу, медіахаб, мегабанк).
# Not any stem in -а, -і, -и: програміст, ескадрон, подагра, оптиміст, зависеть would read
# as міст, дрон, гра, сеть.
_SHORT_PREFIXES = frozenset({
    "держ", "гос", "спец", "нац", "фін", "фин", "мед", "пром",
    "авіа", "авиа", "аква", "медіа", "медиа", "мега", "екстра", "экстра",
})  # fmt: skip


def _unquoted(tokens: list[Token], span: tuple[int, int], whole: bool = False) -> list[Token]:
    """``tokens`` less the quotes around the name at ``span`` («Арсеналу», «Нафтогазу
    України»): quotes round the name's words alone, so a name inside a longer quoted title
    keeps them.  With ``whole``, a name of several words in quotes stays whole and keeps
    them: a person's (a nickname, or a club typed as a person: у «Манчестер Юнайтед») or a
    valid form's («Реал Мадрид», «Эхо Москвы», which news often leaves undeclined)."""
    inside = _inside(tokens, span)
    if not inside or inside[0] < 1 or inside[-1] + 1 >= len(tokens):
        return tokens
    if whole and len(inside) > 1:
        return tokens
    first, last = inside[0], inside[-1]
    if tokens[first - 1].text not in _OPENING or tokens[last + 1].text not in _CLOSING:
        return tokens
    return [*tokens[: first - 1], *tokens[first : last + 1], *tokens[last + 2 :]]


def _declines_whole(pat: Pattern) -> bool:
    """Whether a name of several words opens with an adjective that agrees with the noun
    after it (Верховна Рада, Європейська солідарність, Нова пошта): such a name declines in
    quotes as news writes it (в «Европейской солидарности», з «Новою поштою»), unlike a noun
    with a genitive or a foreign name news may leave whole («Нафтогаз України», «Эхо
    Москвы», «Реал Мадрид»)."""
    words = [w for w in pat.words if w[:1].isalpha()]
    if pat.lang not in ("uk", "ru") or len(words) < 2 or pat.entry.type == "PER":
        return False
    first, head = pat.paradigms[0], next((p for p in pat.paradigms[1:] if p.inflects), None)
    if not first.inflects or head is None or not words[0][:1].isupper():
        return False
    return any(
        p.tag.POS == "ADJF" and tag_case(p.tag) == "nomn"
        for p in known_parses(pat.lang, words[0].lower())
    )


def _quoted_body(lang: str, word: str, owned: bool = False) -> bool:
    """Whether a Ukrainian name in quotes after ``word`` names a body or a thing, whatever
    else it may be: the dictionary's likeliest reading of ``word`` is a noun that is no
    person's name (найманці «Вагнера», тренер; not Ульрих «Вайгельдт», a surname still).
    In Russian it cost a WMT24 quoted restoration, gaining none, save where the source
    already makes the name the person noun's ``owned`` (Клиенты «ПриватБанка» for
    "PrivatBank customers": :func:`_person_owns`)."""
    if lang != "uk" and not (owned and lang == "ru"):
        return False
    readings = known_parses(lang, word.lower())
    return (
        bool(readings)
        and readings[0].tag.POS == "NOUN"
        and not any(p.tag.grammemes & PERSON_TAGS for p in readings)
    )


def _quoted(tokens: list[Token], span: tuple[int, int], whole: bool = False) -> bool:
    """Whether the name at ``span`` stands in quotes («Вагнер») that :func:`_unquoted`
    leaves out."""
    return len(_unquoted(tokens, span, whole)) < len(tokens)


def _unquoted_names(tokens: list[Token], spans: Collection[tuple[int, int]]) -> list[Token]:
    """``tokens`` less the quotes around each one-word name at ``spans``."""
    drop = {
        j
        for i in range(1, len(tokens) - 1)
        if tokens[i - 1].text in _OPENING
        and tokens[i + 1].text in _CLOSING
        and any(a <= tokens[i].start and tokens[i].end <= b for a, b in spans)
        for j in (i - 1, i + 1)
    }
    return [t for i, t in enumerate(tokens) if i not in drop]


def _clause_tokens(
    tokens: list[Token], span: tuple[int, int], lang: str, whole: bool = False
) -> list[Token]:
    """The tokens whose clause and source role choose the case of a rendering with no ending
    of its own at ``span``: a name's quotes left out (not around several words ``whole``),
    so that it declines as it would without them (зображення «Bucha» for "the images of
    Bucha": Бучі, as зображення Bucha) — unless the noun before the quotes is itself a
    genitive after a noun (оборона заводу «Азовсталь» for "the defence of Azovstal"): then
    the source's "of" may be that link's, and the noun the name's kind, which the
    translation added and the quotes set in apposition."""
    bare = _unquoted(tokens, span, whole)
    if len(bare) == len(tokens):
        return tokens
    first = _inside(bare, span)[0]
    if first >= 2 and _genitive_after_noun(lang, bare[first - 2].text, bare[first - 1].text):
        return tokens
    return bare


def _genitive_after_noun(lang: str, head: str, word: str) -> bool:
    """Whether the common noun ``word`` may be the genitive of the common noun ``head``
    before it (обороні заводу)."""
    if lang not in ("uk", "ru") or not (head[:1].islower() and word[:1].islower()):
        return False
    return any(p.tag.POS == "NOUN" for p in known_parses(lang, head)) and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" for p in known_parses(lang, word)
    )


def _thing(lang: str, word: str) -> bool:
    """Whether the dictionary's likeliest reading of ``word`` (pymorphy3's guess for a word
    it does not know: кинопремию) is an inanimate noun."""
    if lang not in ("uk", "ru"):
        return False
    readings = known_parses(lang, word.lower()) or parses(lang, word.lower())[:1]
    return bool(readings) and readings[0].tag.POS == "NOUN" and readings[0].tag.animacy == "inan"


def _plural_only(lang: str, word: str) -> bool:
    """Whether the dictionary reads ``word`` in the plural only (місцях, not зображення)."""
    readings = [p for p in known_parses(lang, word.lower()) if p.tag.POS == "NOUN"]
    return bool(readings) and all(p.tag.number == "plur" for p in readings)


def _list_after(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether another name follows the name ending at ``tokens[last]`` as in a list: after
    a coordinator, or a comma and a capital or a quote (имена «Арвен» и «Барра»)."""
    after = [t.text for t in tokens[last + 1 : last + 4] if t.text not in _CLOSING]
    if not after:
        return False
    if after[0].lower() in COORDINATORS.get(lang, ()):
        return True
    return after[0] == "," and len(after) > 1 and (after[1][:1].isupper() or after[1] in _OPENING)


def _case_context(
    source: str,
    target: str,
    m: Match,
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
    taken: list[tuple[int, int]],
    cases: frozenset[str],
    tgt: str,
    guessed: list[tuple[int, int]],
    made_up: bool = False,
) -> CaseContext:
    """The cases the translation needs at the rendering ``span`` (with ``cases``, its own):
    read off the translation's words, narrowed to a uk/ru source's case, and allowing a
    nominative the source makes a subject.  A rendering with no case of its own (no
    ``cases``) in quotes after a plural noun, no list after it, is that noun's apposition
    only where the source makes the name a modifier too (the Epicentr stores: магазинах
    «Епіцентр»); else it declines as it would without quotes (в різних місцях «Бучі» for
    "in various places in Bucha"): one name beside many things is no name of each.  One
    whose other words have cases but one ending is ``made_up`` is no valid form either: its
    quotes are left out as a one-word name's are (В «Верховной Радем» → «Верховной Раде»:
    the preposition's case, not the apposition's)."""
    joined = _hyphen_joined(target, tokens)
    role = source_role(source, m)
    valid = bool(cases) and not made_up
    plural_apposition = valid or role.modifier
    # A Ukrainian rendering with no case of its own takes the genitive first after a thing's
    # noun that is no kind of it (акції «Газпрому», обороні «Маріуполя»), as does a valid
    # form the source's "of" or 's makes that noun's (акції «Газпром» for "shares of
    # Gazprom"): else a valid form is no slip to mend.  In Russian only a place's does
    # (позиция «Вашингтона», освобождение «Таллина»): for a body it cost a WMT24
    # restoration, gaining none.
    if tgt == "uk":
        any_thing = valid and role.via not in ("of", POSSESSIVE)
    else:
        any_thing = valid or not (a_place(pat) or role.via in ("of", POSSESSIVE))
    ctx = _context(tokens, span, pat, taken, guessed, joined, plural_apposition, any_thing,
                   valid)
    bare = _unquoted(tokens, span, pat.entry.type == "PER" or (valid and not _declines_whole(pat)))
    inside = _inside(bare, span)
    if (
        ctx.prefer == ("accs",)
        and "loct" in ctx.cases
        and pat.entry.type != "PER"
        and (role.subject or role.via == "by")
        and inside
        and _told_by_them(pat.lang, bare, inside[0], inside[-1])
    ):
        # Об этом сообщили в «Газпроме» for "Gazprom reported": the body the source makes
        # the teller is where "they told", not whom they told (сообщили в полицию).
        ctx = replace(ctx, prefer=("loct",))
    if (
        not valid
        and ctx.cases[:1] == ("nomn",)
        and "gent" in ctx.cases
        and len(bare) < len(tokens)
        and inside
        and inside[0] > 0
        and _thing(pat.lang, bare[inside[0] - 1].text)
        and _owner_of_other_thing(source, m, pat)
    ):
        # Танкеры «Совкомфлотою» for "Sovcomflot tankers" (a "shipping company"), комплекс
        # «Новатекою» for "Novatek's plant": the thing's noun before a body's name in quotes is
        # no name of that body, whose note says what it is, but a thing it owns or makes; the
        # name is its owner, in the genitive (not its apposition: газета «Ведомости» for
        # "Vedomosti newspaper", партії «Голос» for "the Holos party").
        ctx = ctx.with_first(("gent",))
    elif (
        ctx.cases[:1] == ("nomn",)
        and "gent" in ctx.cases
        and role.oblique
        and not role.subject
        and (role.via in _OWNER_VIA or role.modifier)
        and _person_owns(bare, _inside(bare, span), pat, len(bare) < len(tokens))
    ):
        # Голова «Нафтогаз» сказав for "the head of Naftogaz": a person noun before a body's
        # or a place's name, which cannot be its apposition, owns it, likeliest.
        ctx = ctx.with_first(("gent",))
    ctx = source_case(m, ctx)
    if ctx.strong and not ctx.male and told_a_woman(source, pat):
        # Академія відзначила Хан Ган for "praised Han Kang for her prose": the source's
        # "her" makes the name a woman's, which stays whole; no case is sure.
        ctx = replace(ctx, strong=False)
    # A singular name is no subject of a plural verb after it (Бывшего мэра Геннадий
    # Труханов лишили, Колишнього міського голову Одеси Геннадій Труханов позбавили: the
    # verb's subject is "they", the name the title's apposition); a form that is also the
    # accusative may be that verb's object put first (В сочельник Харьков обстреляли),
    # which the nominative's allowance keeps.
    singular = tgt in ("uk", "ru") and "accs" not in cases and _singular_name(pat)
    return subject_in_source(source, m, ctx, cases, tokens, span, tgt, singular)


def _singular_name(pat: Pattern) -> bool:
    """Whether the entity's name is a singular one: a person's (one bearer), or a name whose
    last word the dictionary knows with no plural nominative reading (Швеция; not США,
    Нидерланды, Штаты, nor a word it does not know)."""
    if pat.entry.type == "PER":
        return True
    readings = known_parses(pat.lang, pat.words[-1])
    return bool(readings) and not any(
        p.tag.number == "plur" or "Fixd" in p.tag.grammemes
        for p in readings
        if tag_case(p.tag) in ("nomn", None)
    )


# Verbs of telling, of the verbs of telling or giving: a body's people say things in it (Об
# этом сообщили в «Газпроме»); what is given goes into it (Документы передали в «Газпром»).
_TELLING = frozenset({
    "сказати", "казати", "повідомити", "повідомляти", "пояснити", "пояснювати", "написати",
    "писати", "сказать", "говорить", "сообщить", "сообщать", "объяснить", "объяснять",
    "написать", "писать",
})  # fmt: skip


def _told_by_them(lang: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether a verb of telling in the plural stands in the clause of the name at
    ``tokens[first..last]`` (Об этом сообщили в, В «Укрзалізниці» повідомили): news's
    "they told" with no subject, whose doers are the people of the body after в/у."""
    before = takewhile(lambda t: t.text not in CLAUSE_ENDS, reversed(tokens[:first]))
    after = takewhile(lambda t: t.text not in CLAUSE_ENDS, tokens[last + 1 :])
    return any(
        p.tag.POS == "VERB" and p.tag.number == "plur" and norm_key(p.normal_form) in _TELLING
        for t in (*before, *after)
        for p in known_parses(lang, t.text.lower())
    )


# English words before a name that speak of the name as a word (the word Kyiv, spelled Kyiv).
_MENTION_CUES = ("word", "spelled", "spelt", "spelling", "hashtag")


def _kept_foreign(
    source: str,
    target: str,
    span: tuple[int, int],
    pat: Pattern,
    names: list[tuple[int, int]] = (),
) -> bool:
    """Whether a Latin-script rendering of a Cyrillic form sits in a longer Latin name the
    engine kept from the source (Haryali London), or in a sentence the engine left in
    English: not the entity's own rendering to replace.  A Latin name beside it that the
    source does not have next to it is a name of its own (В своем Twitter Rogers), as is
    one across a sentence's end (в Paris. Google …); the rendering's own letters say
    nothing of the sentence's language (Lara Angelskaya, да бросьте вы!), nor do other
    names' (``names``: the spans of the entities' renderings; Biden сказал Reuters).  A
    lower-case English word right beside it is a stretch left in English (лозунг Glory to
    Kyiv)."""
    text = target[span[0] : span[1]]
    if _CYRILLIC.search(text) or not _CYRILLIC.search(pat.form):
        return False
    named = [span, *names]
    letters = [
        c for i, c in enumerate(target) if c.isalpha() and not any(a <= i < b for a, b in named)
    ]
    if not letters or sum(c.isascii() for c in letters) > len(letters) / 2:
        return True  # the sentence was left in English: nothing to post-edit in it
    before = target[: span[0]].rstrip(" \u00a0").rsplit(maxsplit=1)
    after = target[span[1] :].lstrip(" \u00a0").split(maxsplit=1)
    flat = " ".join(source.lower().split())
    quoted = " ".join("".join(c for c in flat if c not in _QUOTES).split())
    if any(f"{cue} {text.lower()}" in quoted for cue in _MENTION_CUES):
        # "The word Kyiv", "spelled Kyiv": the source speaks of the word itself, which the
        # translation quotes as written (Слово Kyiv, пишут Kyiv).
        return True
    for word, phrase in [(w, f"{w} {text}") for w in before[-1:] if w[-1] not in ".:;!?"] + [
        (w, f"{text} {w}") for w in after[:1]
    ]:
        word = word.strip(_QUOTES)  # «Stealth Omicron»
        phrase = " ".join(phrase.strip(_QUOTES).lower().split())
        if word[:1].isupper() and word.isascii() and phrase.strip(".,:;!?") in flat:
            return True
        if word.isascii() and word.isalpha() and word[:1].islower():
            return True  # an English word beside it: English the engine kept (Glory to Kyiv)
    return False


def _joined_before(target: str, span: tuple[int, int]) -> bool:
    """Whether the rendering ends a longer name, whose case is not its own: a hyphen joins
    it to the word before (суперництві Даллас-Вашингтон), or it closes a quoted name that
    starts with other words (у випадку «Стелс Омікрон», «Голос Америки»), or it is a
    hashtag or a handle (#MLS, @Greggs), written as its owner writes it."""
    before = target[: span[0]]
    if (before[-1:] in HYPHENS and before[-2:-1].isalpha()) or before.endswith(("#", "@")):
        return True
    # A quoted name starts with a capital: «тихого Омікрону» is a phrase, the name its own.
    quoted = _QUOTED_START.search(before)
    closed = target[span[1] : span[1] + 1] in _CLOSING
    return bool(quoted) and quoted.group()[1].isupper() and closed


_PARTICLE_JOIN = re.compile(r"[-‐‑][^\W\d_]{1,4}[-‐‑][^\W\d_]")


def _particle_after(target: str, span: tuple[int, int]) -> bool:
    """Whether the rendering starts a longer name that a small-letter particle joins to a
    capitalized word after it (Волан-де-Мортом, Ростов-на-Дону): that name is another
    one's, and its first part may not decline."""
    joined = _PARTICLE_JOIN.match(target, span[1])
    return bool(joined) and joined.group()[1].islower() and joined.group()[-1].isupper()


def _latin_in_compound(target: str, span: tuple[int, int], pat: Pattern) -> bool:
    """Whether a Latin rendering of a Cyrillic form is joined to Cyrillic words: by a hyphen
    to a Cyrillic word before or after it (Китай-Laos, Аргайл-і-Bute, Twitter-Маск), or as a
    hashtag where the translation writes another hashtag in Cyrillic (#Russia beside
    #Украина).  The engine's copy of the name inside a compound or a tag the translation
    writes in Cyrillic, not a part of a longer Latin name; it takes no case of its own."""
    if not target[span[0] : span[1]].isascii() or not _CYRILLIC.search(pat.form):
        return False
    before, after = target[: span[0]], target[span[1] :]
    if before.endswith("#"):
        return bool(_CYRILLIC_TAG.search(before[:-1] + " " + after))
    word_before = re.search(r"[^\W\d_]+$", before[:-1]) if before[-1:] in HYPHENS else None
    word_after = re.match(r"[^\W\d_]+", after[1:]) if after[:1] in HYPHENS else None
    return any(w is not None and _CYRILLIC.search(w.group()) for w in (word_before, word_after))


def _after_nominative_part(target: str, span: tuple[int, int], pat: Pattern) -> bool:
    """Whether a Russian rendering is joined by a hyphen to a capitalized Cyrillic word
    before it that the dictionary reads in the nominative only where it reads it at all
    (линии Китай-Лаос): a pair whose first part does not decline, so neither does the
    second (not Римского-Корсакова, whose first part is declined)."""
    before = target[: span[0]]
    if pat.lang != "ru" or before[-1:] not in HYPHENS:
        return False
    word = re.search(r"[^\W\d_]+$", before[:-1])
    if word is None or not _CYRILLIC.search(word.group()) or not word.group()[:1].isupper():
        return False
    cases = {tag_case(p.tag) for p in known_parses("ru", word.group().lower())}
    return "nomn" in cases and not cases - {"nomn", "accs"}


_SHORT_PART = 3  # letters of an article or title before a place's name (Эр, Эль, Хан)
_LINKING = ("о", "е")  # the vowel that links a compound's stem to its noun (Приморсько-)
# A place's first part that is a word for a kind of place or a saint's title, as an article
# is (Port, Fort, Saint, Mount): the name declines its last word (до Порт-Гаркорта, у
# Форт-Ворті, в Сент-Луїсі).
_PLACE_TITLES = frozenset({"порт", "форт", "сент", "санкт", "санта", "санто", "маунт"})


# A Slavic town's suffix (Приморсько-Ахтарськ, Ханты-Мансийск, Южно-Сахалинск): the last
# part of a hyphenated place in it declines as a masculine noun does.
_SLAVIC_TOWN = re.compile(r"(?:ськ|цьк|ск|цк)$", re.IGNORECASE)


def _foreign_compound(pat: Pattern) -> bool:
    """Whether a name that is no person's has words after its first that the dictionary
    does not know (Шеффилд Юнайтед, Аляска Эйрлайнс): a foreign name of several words.
    Not a place whose last word a hyphen joins to short ones, an article or a title (Эр-,
    Эль-, Хан-, as Нью-): it declines that word (в Эр-Рияде, в Хан-Юнисе, в Нью-Йорке); a
    longer first part may make a name of two (в парке Йоркшир-Дейлс), unless the last word
    ends in -а, -я as a feminine noun does (в Аддис-Абебе, в Коста-Рике, в Йошкар-Оле), or
    in a Slavic town's -ск, -ськ (в Приморско-Ахтарске, у Приморсько-Ахтарську), or the parts
    before it end in a compound's linking о, е and the last in a consonant: one word made of
    a stem and a noun, which declines that noun (в Горно-Алтайске; not Монте-Карло,
    Порто-Ново, which end in a vowel)."""
    if pat.entry.type == "PER" or pat.lang not in ("uk", "ru") or len(pat.words) < 2:
        return False
    last = pat.words[-1][-1:].lower()
    cyrillic = bool(_CYRILLIC.search(pat.words[-1]))
    if (
        pat.entry.type == "LOC"
        and all(s.strip() and s.strip() in HYPHENS for s in pat.seps)
        and (
            all(len(w) <= _SHORT_PART or w.lower() in _PLACE_TITLES for w in pat.words[:-1])
            or (cyrillic and last in "ая")
            or (cyrillic and bool(_SLAVIC_TOWN.search(pat.words[-1])))
            or (
                cyrillic and last in CONSONANTS
                and all(w[-1:].lower() in _LINKING for w in pat.words[:-1])
            )
        )
    ):  # fmt: skip
        return False
    rest = [w for w in pat.words[1:] if _CYRILLIC.search(w)]
    if not rest or all(known_parses(pat.lang, w) for w in rest):
        return False
    # Not where the other Cyrillic language's dictionary knows the entry's same words there
    # (ru Ивано-Франковск: uk Івано-Франківськ, a Slavic place that declines).
    other = {"uk": "ru", "ru": "uk"}[pat.lang]
    forms = pat.entry.forms.get(other, ())
    return not (forms and _later_words_known(other, forms[min(pat.index, len(forms) - 1)],
                                             len(pat.words)))


def _undeclined_place(pat: Pattern) -> bool:
    """Whether a Russian place of one word in -ово, -ево, -ино, -ыно is written whole where
    the case is the writer's choice (a Latin copy: в Kstovo → в Кстово, not в Кстове): the
    declined form is the older norm, the undeclined one what news text writes, Russian
    as much as translated (every such place of the tuning sets' references and of native
    WMT22 Russian: Кстово, Мукачево, Курахово, Переделкино, Комарово).  Not where the
    glossary's note says it declines in Russian."""
    if pat.lang != "ru" or pat.entry.type != "LOC" or len(pat.words) != 1:
        return False
    word = pat.words[0]
    if not _CYRILLIC.search(word) or not word.lower().endswith(RU_WHOLE_TOO):
        return False
    return stays_whole(pat.entry.note, "ru", frozenset({"full", "short"})) is not False


@lru_cache(maxsize=4096)
def _later_words_known(lang: str, form: str, count: int) -> bool:
    """Whether ``form`` has ``count`` words, its later Cyrillic ones all known to ``lang``'s
    dictionary."""
    words = word_texts(form)
    known = [w for w in words[1:] if _CYRILLIC.search(w)]
    # (a name the dictionary keeps indeclinable, ru Рико of Пуэрто-Рико, vouches for nothing)
    return bool(known) and len(words) == count and all(
        any("Fixd" not in p.tag.grammemes for p in known_parses(lang, w)) for w in known
    )


def _plural(source: str, m: Match, pat: Pattern, words: list[str]) -> bool:
    """Whether the rendering is the plural of a thing's name the source gives in the plural
    too (Страйкеров for "Strykers"): a singular glossary form would change what it says."""
    if pat.entry.type == "PER" or pat.lang not in ("uk", "ru") or not words:
        return False
    if not m.text.endswith("s") or m.text.endswith("'s"):
        return False
    return _plural_of(pat, words) and plural_in_source(source, m)  # Парижов for "Paris"


def _rest_already_there(
    tokens: list[Token], span: tuple[int, int], pat: Pattern, words: list[str]
) -> bool:
    """Whether the glossary form has words the rendering lacks that stand right around it
    in the translation (УФС of «Ревенант» УФС for УФС Ревенант): writing the whole form
    over the rendering would repeat them."""
    # In either script: «Ревенант» УФС for UFS Revenant, Супер Маріо Мейкер for Super Mario
    # Maker (a rendering found by sound may have taken fewer words).
    alpha = [w for w in words if w[:1].isalpha()]
    if len(alpha) >= len(pat.words):
        return False
    missing = [w for w in pat.words if not any(_sounds_same(w, x) for x in alpha)]
    if not missing:
        return False
    first = next((i for i, t in enumerate(tokens) if t.start >= span[0]), len(tokens))
    last = max((i for i, t in enumerate(tokens) if t.end <= span[1]), default=first)
    near = tokens[max(0, first - 3) : first] + tokens[last + 1 : last + 4]
    return any(_sounds_same(w, t.text) for t in near if t.text[:1].isalpha() for w in missing)


def _sounds_same(word: str, other: str) -> bool:
    """Whether two words are one, in the same script or the other (UFS, УФС)."""
    return norm_key(word) == norm_key(other) or similarity(word, other) >= SAME_SOUND


def _title_case(text: str) -> bool:
    """Whether ``text`` is a headline in title case (Brazil Floods Displace Thousands): its
    capitals say nothing of longer names."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _inside_longer_name(source: str, m: Match, src_matches: list[Match]) -> bool:
    """Whether a capitalized word the glossary does not know, or a hyphenated name part,
    follows the source entity (Dallas Cowboys, Boulogne-sur-Mer, France-Iran): the name is a
    part of a longer one and its case is not its own."""
    after = source[m.end :]
    if after[:1] in HYPHENS and after[1:2].isalpha():
        # Boulogne-sur-Mer, France-Iran talks (переговоры Франция-Иран); not an English
        # modifier made of the name (Kyiv-based, US-led): there the translation names the
        # place in a case of its own (фірма з Києва).
        return not _modifier_tail(after)
    stripped = after.lstrip(" \u00a0")
    if len(stripped) == len(after) or not stripped[:1].isupper() or _title_case(source):
        return False
    start = m.end + len(after) - len(stripped)
    return not any(o.start == start for o in src_matches)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0]+$")
_SAME_FIRST_NAME = 0.5  # how alike the source's word and the translation's sound to be one


def _another_bearer(
    source: str, m: Match, pat: Pattern, tokens: list[Token], span: tuple[int, int]
) -> bool:
    """Whether a person's surname alone (the entity's short form, in the source and the
    translation) follows another first name in both: a capitalized word right before the
    source's match, and right before the span a capitalized word the dictionary knows as a
    first name, sounding like it and no form of the entity's own first name (Ivanka Trump,
    Иванки Трамп, for Donald Trump's entry): another bearer of the surname."""
    if pat.entry.type != "PER" or m.index == 0 or len(pat.words) != 1:
        return False
    word = _WORD_BEFORE.search(source, 0, m.start)
    if word is None or not word.group(1)[:1].isupper():
        return False
    inside = _inside(tokens, span)
    j = inside[0] - 1 if inside else -1
    if j < 0 or not tokens[j].text[:1].isupper() or not _CYRILLIC.search(tokens[j].text):
        return False
    given = [p for p in known_parses(pat.lang, tokens[j].text) if "Name" in p.tag.grammemes]
    if not given or similarity(word.group(1), tokens[j].text) < _SAME_SPELT_NAME:
        return False
    full = pat.entry.forms_for(pat.lang)[0].split()
    own = norm_key(full[0]) if len(full) > 1 else ""
    return not any(norm_key(p.normal_form) == own for p in given)


def _first_name_in_source(
    source: str, m: Match, pat: Pattern, found: Match, tokens: list[Token], span: tuple[int, int]
) -> bool:
    """Whether the translation's full name at ``span`` (``found``, the entity's longer form)
    renders a full name the source writes too, its first name spelt otherwise than the
    glossary's English (Vera Brezhneva for Vira Brezhneva, matched as the surname alone): a
    capitalized word right before the source's match, not opening the sentence, that sounds
    like the first name the translation writes before the surname."""
    if pat.entry.type != "PER" or m.index == 0 or found.index != 0 or _title_case(source):
        return False
    word = _WORD_BEFORE.search(source, 0, m.start)
    if word is None or not word.group(1)[:1].isupper():
        return False
    # (At the sentence's start too: the sound, not the capital, tells the first name.)
    inside = _inside(tokens, span)
    if len(inside) < 2 or not tokens[inside[0]].text[:1].isupper():
        return False
    # (The first name's nominative too: a case ending says nothing of the sound, Віри.)
    full = pat.entry.forms_for(pat.lang)[0].split()
    alike = max(similarity(word.group(1), tokens[inside[0]].text),
                similarity(word.group(1), full[0]) if len(full) > 1 else 0.0)  # fmt: skip
    if inside[0] > 0 and similarity(word.group(1), tokens[inside[0] - 1].text) >= alike:
        # Владимир Владимирович Владимир Путин for "Vladimir Vladimirovich Putin": the
        # source's word is rendered before the span already (Владимирович).
        return False
    return alike >= _SAME_SPELT_NAME


# How alike the source's first name and the translation's sound to be the one the glossary
# spells otherwise (Vera, Вера: 1.0; Olena, Елена: 0.8; not Yesterday, Вера: 0.5).
_SAME_SPELT_NAME = 0.7


def _surname_of_another(
    source: str,
    m: Match,
    src_matches: list[Match],
    tokens: list[Token],
    span: tuple[int, int],
    pat: Pattern,
) -> bool:
    """Whether a body's or a place's name the glossary keeps in Latin, found in Cyrillic by
    its sound in the translation, is a person's surname there: the source has a capitalized
    word of no glossary entry right before the entity, not starting the sentence (Nikola
    Tesla's museum), and the translation renders that word right before the span, sounding
    like it or a first name the dictionary knows (музей Ніколи Тесли, фонд Майкла
    Блумберга): a longer name, a person's, whom the entity's name only sounds like."""
    if pat.entry.type == "PER" or _title_case(source):
        return False
    word = _WORD_BEFORE.search(source, 0, m.start)
    if word is None or not word.group(1)[:1].isupper():
        return False
    if source[: word.start()].rstrip()[-1:] in {"", ".", "!", "?", ":", '"', "«", "“"}:
        return False  # the sentence starts there: any word is capitalized
    if any(o.start <= word.start() < o.end for o in src_matches):
        return False  # another entity's name (Ukraine Russia war)
    inside = _inside(tokens, span)
    j = inside[0] - 1 if inside else -1
    if j < 0 or not tokens[j].text[:1].isupper() or not tokens[j].text.isalpha():
        return False
    if not _CYRILLIC.search(tokens[j].text):
        return False  # EverGrow Коін, Sunday Мірор: a Latin part of the longer name itself
    given = any("Name" in p.tag.grammemes for p in known_parses(pat.lang, tokens[j].text))
    return given or similarity(word.group(1), tokens[j].text) >= _SAME_FIRST_NAME


_HYPHEN_CHAIN = re.compile(r"(?:[-‐‑][^\W\d_]+)+")


def _modifier_tail(after: str) -> bool:
    """Whether the hyphenated words that follow a name (``after`` starts with the hyphen)
    are all in small letters: a modifier made of the name (Kyiv-based, US-led, Musk-owned),
    not a longer name, whose parts after a particle are capitalized (Boulogne-sur-Mer)."""
    chain = _HYPHEN_CHAIN.match(after)
    return chain is not None and all(
        part.islower() for part in re.split(r"[-‐‑]", chain.group())[1:]
    )


_MODEL = re.compile(r"[\s\u00a0]+(\d[\w-]*)(?![\w-])")
_COUNTED = re.compile(r"[\s\u00a0]+[a-zа-яёіїєґ]")  # a lower-case word: a counted noun
_WORD_AFTER = re.compile(r"[\s\u00a0]+([^\W\d_]+)")
_NEXT_WORD = re.compile(r"[\s\u00a0_\-‐‑]*([^\W_]+)")  # the word after a name


def _model_kept(source: str, m: Match, target: str, span: tuple[int, int], lang: str) -> bool:
    """Whether a name goes on with a number in the source and in the translation alike
    (Boeing 737 MAX, Airbus A320 is caught as a capital; Prague 9 as Прага 9, a district):
    the longer name is kept whole.  Not a decade, nor a number of something: 1880s, 1880-х,
    в Казахстане 85 больных (a lower-case word after the number of a Cyrillic rendering),
    nor a place's name in Latin counting something (в Kazakhstan 85 больных)."""
    theirs = _MODEL.match(source, m.end)
    ours = _MODEL.match(target, span[1])
    if theirs is None or ours is None or theirs.group(1) != ours.group(1):
        return False
    if target[span[0] : span[1]].isascii():
        # A place's name in Latin with a count of something after it (Kazakhstan 85
        # patients): no model, the engine's copy of the place's name.
        word = _WORD_AFTER.match(target, ours.end())
        counted = word is not None and _counted_noun(lang, word.group(1))
        return m.entry.type != "LOC" or not counted
    return _COUNTED.match(target, ours.end()) is None


def _counted_noun(lang: str, word: str) -> bool:
    """Whether a lower-case word after a number is what it counts: a noun or adjective in
    the plural or the genitive (85 больных, 5 человек), not a verb (Boeing 737 разбился)."""
    return word[:1].islower() and any(
        p.tag.POS in ("NOUN", "ADJF") and ("plur" in p.tag or p.tag.case == "gent")
        for p in known_parses(lang, word)
    )


def _surname_after(
    pat: Pattern,
    tokens: list[Token],
    span: tuple[int, int],
    found: Match | None,
    tgt_matches: list[Match],
) -> int | None:
    """The token of the surname right after a one-word form the dictionary knows as a first
    name (Мартін Німеллера, Ольга Сухенко), where the source goes on with a name the
    glossary does not know: a capitalized word of no other entry; None otherwise."""
    if found is None or not _given_name_form(pat):
        return None
    inside = _inside(tokens, span)
    j = inside[-1] + 1 if inside else len(tokens)
    if j >= len(tokens) or tokens[j].start != span[1] + 1:  # one blank between
        return None
    word = tokens[j].text
    if not (word[:1].isupper() and word.isalpha()) or is_acronym(word):
        return None
    if any(o.start <= tokens[j].start < o.end for o in tgt_matches):
        return None
    return j


def _first_name_of(
    pat: Pattern,
    target: str,
    span: tuple[int, int],
    found: Match | None,
    tgt_matches: list[Match],
) -> bool:
    """Whether a one-word form the dictionary knows as a first name is followed by a
    person's name in a case of its own (Денис Кудін, with Kudin an entry of its own): the
    first name of a longer name, whose case the two share and the longer name's context
    settles."""
    if found is None or not _given_name_form(pat):
        return False
    after = target[span[1] :]
    start = span[1] + len(after) - len(after.lstrip(" \u00a0"))
    return start > span[1] and any(
        o.start == start and o.entry.type == "PER" and o.entry.id != pat.entry.id
        and o.cases & found.cases
        for o in tgt_matches
    )  # fmt: skip


def _longer_kept(source: str, m: Match, target: str, span: tuple[int, int], pat: Pattern) -> bool:
    """For a Latin rendering of a Cyrillic form, whether the translation goes on in Latin
    after it with the word the source has after the entity (Yorkshire Dales National Park
    kept whole, Boeing 737): the longer name the source has; else the engine wrote the
    entity alone in Latin (парка Yorkshire Dales), its own rendering, whatever Latin word
    stands after it (Twitter Reuters for "Twitter CEO").  A Latin span that is not the
    source's form (RobDog for "Rob Dog 747") is the longer name written the engine's way
    wherever Latin goes on after it.  True for other renderings."""
    text = target[span[0] : span[1]]
    if not text.isascii() or not _CYRILLIC.search(pat.form):
        return True
    ours, theirs = _NEXT_WORD.match(target, span[1]), _NEXT_WORD.match(source, m.end)
    if ours is None or not ours.group(1).isascii():
        return False
    if norm_key(text) != norm_key(m.text):
        return True  # not the source's form of the entity (RobDog for "Rob Dog"): the engine's
    return theirs is not None and ours.group(1).casefold() == theirs.group(1).casefold()


def _render(
    hit: GlossaryHit,
    pat: Pattern,
    span: tuple[int, int],
    target: str,
    own: tuple[frozenset[str], bool],
    ctx: CaseContext,
    decision: Decision,
    fix: bool,
    edits: list[_Edit],
    other_form: bool = False,
    shout: bool = False,
    said: tuple[str, ...] = (),
) -> None:
    """Write the glossary form in the case the decision or the evidence gives, or put it on
    the hit as the proposal when the decision is to flag it (or pymorphy3 cannot vouch);
    ``other_form``: the rendering is the entity's other form (a surname for the full name);
    ``shout``: a Latin copy is written in capitals (:func:`_shouted_dateline`); ``said``: the
    source's own marked cases for the entity (:attr:`Evidence.said`)."""
    rendering = target[span[0] : span[1]]
    toks = tokenize(rendering)
    words = [t.text for t in toks if t.text[:1].isalnum()]
    case = decision.case or choose_case(pat, words, own[0], ctx, own[1])
    if not decision.case and (named := _first_names_case(pat, own, ctx)):
        case = named
    if not own[0] and decision.reason == SPELLING and _undeclined_place(pat):
        # в Кстовем, из Кураховою: a misspelt Russian place in -ово, -ево, -ино, -ыно is
        # written whole, the form valid in every case (`morph.whole_too`), which no case
        # chosen from the words around it can get wrong.
        case = "nomn"
    if not own[0] and _called_to(pat, target, span):
        case = "voct"  # Мартінем, ми вже лягаємо спати → Мартіне: an address, no subject
    if not own[0] and _family_named(pat, target, span):
        # родина Bezverkhi: the family's apposition (Безверхі) or its genitive (Безверхих).
        decision = replace(decision, action=REVIEW)
        hit.reason = "several-cases-fit"
    elif not own[0] and case != "nomn" and _naming_a_person(pat.lang, target, span):
        # прізвище стукача Shariy: the name the noun of naming gives (Шарій) or the person
        # noun's apposition (стукача Шарія).
        decision = replace(decision, action=REVIEW)
        hit.reason = "several-cases-fit"
    if case == "voct" and not _may_address(pat, target, span):
        # No address: a context that put the vocative first settles no other case; its
        # next one (else the nominative) is proposed.
        case = next((c for c in ctx.cases if c != "voct"), "nomn")
        decision = replace(decision, action=REVIEW)
        hit.reason = "several-cases-fit"
    if ctx.female and not pat.inflect("nomn").lower().endswith(DECLINING_ENDINGS):
        case = "nomn"  # a woman's surname like Роджерс does not decline
    elif ctx.strong and not ctx.female and sex_guessed(pat):
        # з Macron for Емманюель Макрон, a woman to one dictionary only: where the words
        # settle the case, a man's form and a woman's differ, and which is right is a guess;
        # the man's is proposed.
        man = as_a_man(pat)
        if man.inflect(case) != pat.inflect(case):
            pat = man
            decision = replace(decision, action=REVIEW)
            hit.reason = "sex-unknown"
    elif (
        not own[0] and not ctx.female and surname_alone(pat) and person_gender(pat) is None
        and not name_declines(pat, None) and pat.inflect(case) != pat.inflect("nomn")
    ):  # fmt: skip
        # Пекін розкритикував Tsai: an East Asian surname alone, of no known sex, that a
        # woman's stays whole (Цай of Tsai Ing-wen): the man's form (Цая) and the woman's
        # (Цай) differ, and nothing says which is right; the man's is proposed.
        decision = replace(decision, action=REVIEW)
        hit.reason = "sex-unknown"
    same = len(toks) == len(words)
    seps = [rendering[a.end : b.start] for a, b in pairwise(toks)] if same else []
    like = words
    if own[1] or (decision.reason == LETTERS and pat.lang == "uk"):
        # A made-up ending says nothing about which of a case's forms to write (unless it
        # keeps one of them whole: Клименков|ам → Клименкові), nor does Russian in a
        # Ukrainian text (uk «Энергоатома»: the ru genitive's -а, where a uk organisation's
        # is -у, Енергоатому; Государственная: no uk archaic Державная).  (In Russian the
        # rendering's words still choose: Большой сімки → Большой, not Большей.)
        kept = _kept_variant(words, pat, case) if own[1] else None
        variant = kept or _usual_variant(pat, case, target[: span[0]])
        like = [variant] if variant else []
        if own[1]:
            like = _valid_words_kept(words, pat, case, variant) or like
    if case == "loct" and (second := _second_locative(pat, target[: span[0]])):
        like = [second]  # в Крыму: the locative of в/на in -у, where the word has one
    replacement = _styled(pat.inflect(case, like=like, seps=seps), rendering)
    if other_form and case in own[0]:
        replacement = _own_surname(pat, words, replacement)
    if other_form:
        replacement = _own_first_names(pat, words, replacement, case)
    if (
        other_form or norm_key(rendering) == norm_key(pat.form)
        or (not _CYRILLIC.search(rendering) and len(pat.words) == 2)
    ):  # fmt: skip
        # (a Latin copy of a first name and surname too: Taras Pidlisnyi → Тарасові
        # Підлісному; Вольфгангу Амадею Моцарту, of three, as before)
        ovi = _first_name_in_ovi(pat, words, replacement, case, target[: span[0]])
        if ovi is None:
            # гетьманові Іванові Мазепі or Івану: a title in -ові before the name, and a
            # surname that takes no -у to alternate with; writers split, so proposed.
            decision = replace(decision, action=REVIEW)
            hit.reason = "dative-variant"
        else:
            replacement = ovi
    if mark := _apostrophe_of(target, span):
        # Слов’янськ where the translation writes ’ (the glossary may write '): the text's
        # own apostrophe.
        replacement = _APOSTROPHE_BETWEEN.sub(mark, replacement)
    if rendering.isascii() and (shout or _shouted(hit.source_text, pat.entry)):
        # KYIV, 12 березня: a copy of a source in capitals that are its style (a dateline, a
        # headline), not an acronym's, is written in capitals too (КИЇВ).
        replacement = replacement.upper()
    if replacement[:1].islower() and _opens_sentence(target, span) and not _latin_brand(pat):
        replacement = replacement[:1].upper() + replacement[1:]  # фон дер Ляєн: Фон, first
    if _writes_ye(pat, target, rendering):
        replacement = " ".join(_with_ye(w, rendering, pat.form) for w in replacement.split(" "))
    vouched = (
        pat.vouched(case)
        or _first_name_vouches(pat, target, span, case)
        # a misspelt, foreign or other-form rendering repaired: the name's ending class
        # stands for the form (Sybiha → Сибигой); the case of a valid form is changed only
        # where the dictionary stands behind the new one (a name it lacks, left whole by
        # the translator: парка Йоркшир-Дейлс) or after a preposition that governs one
        # case only (в Сеута → в Сеуті: a noun in a consonant and -а declines whoever
        # bears it, and a preposition's object stands in no apposition left whole)
        or (decision.reason in (*_REPAIRS, PREPOSITION) and pat.regular(case) and _sex_told(pat))
        # з Мехта, поданий Зброя: a valid form the one case a preposition or a verb
        # governs rules out, in a class that declines one way only (:func:`_governed_regular`)
        or _governed_regular(pat, decision, case)
        # За словами Ігоря Табурця → Табурця for "According to Taburets": the other form
        # written is words the translator declined so, the rest dropped.
        or (other_form and _words_of(replacement, words))
        # участь Інгебрігтсен → Інгебрігтсена for "Ingebrigtsen's participation": a uk man's
        # valid nominative whose case the words rule out and the source's marked role ('s,
        # of, with) gives too; his name's ending class declines one way (vouch17 left this
        # to the nominative rounds: the two sides agreeing stand in for the dictionary).
        # Only a person the glossary names with a first name or a sex (not WMT22's парку
        # Йоркшир-Дейлс, a park a built glossary typed PER: "the Yorkshire Dales").
        or (
            pat.lang == "uk" and pat.entry.type == "PER" and not other_form
            and said[:1] == (case,) and pat.regular(case) and _sex_told(pat)
            and (note_sex(pat.entry.note) is not None or _named_in_full(pat))
        )
    )  # fmt: skip
    if decision.action == REVIEW or not vouched:
        hit.status, hit.proposal = REVIEW, replacement  # for an editor to confirm
        if decision.action != REVIEW:
            hit.reason = "unvouched"
        return
    if replacement.lower() == rendering.lower():  # a lower-case particle (де Клерк) stays
        hit.status = OK
        return
    if not fix:
        # The glossary form is not there; target_text says what is, proposal what would be.
        hit.status, hit.proposal = MISSING, replacement
        return
    hit.status, hit.original = FIXED, rendering

    def redo(other: str) -> str | None:
        if not pat.vouched(other):
            return None
        return _styled(pat.inflect(other, like=like, seps=seps), rendering)

    edits.append(_Edit(span[0], span[1], replacement, hit, pat, case, ctx.cases, redo))


def _words_of(replacement: str, words: list[str]) -> bool:
    """Whether ``replacement`` is a run of the rendering's ``words`` shorter than the whole,
    letter for letter but for capitals (Табурця of Ігоря Табурця)."""
    parts = [p.casefold() for p in replacement.split(" ")]
    low = [w.casefold() for w in words]
    return len(parts) < len(low) and any(
        low[i : i + len(parts)] == parts for i in range(len(low) - len(parts) + 1)
    )


def _own_surname(pat: Pattern, words: list[str], replacement: str) -> str:
    """The full name written for a surname alone (``words``), in a case its own form is in:
    the surname as the translator declined it, the first name put before it (Покровом →
    Вячеславом Покровом; not the possessive surname's Покровим the rules give), where the
    entry's other form is that last word alone and the rules' form differs from it."""
    parts = replacement.split(" ")
    if len(words) != 1 or len(pat.words) < 2 or len(parts) != len(pat.words):
        return replacement
    last = norm_key(pat.words[-1])
    if not any(norm_key(f) == last for f in pat.entry.forms_for(pat.lang)):
        return replacement  # (the other form is no last word: Ким of Ким Чен Ын)
    if norm_key(parts[-1]) == norm_key(words[0]):
        return replacement
    return " ".join([*parts[:-1], words[0]])


def _own_first_names(pat: Pattern, words: list[str], replacement: str, case: str) -> str:
    """The full name written over a rendering that has its first names already (``words``,
    the span widened over them), each first name kept as the translator declined it where
    that is the form its ending class gives it in ``case`` (з Кітом Келлогом, not the common
    noun кіт's Котом; с Джеем Ди Вэнсом, not the dictionary's undeclined Джей): a foreign
    first name declines regularly, whatever a homonym of the dictionary's does."""
    parts = replacement.split(" ")
    if len(words) != len(pat.words) or len(parts) != len(words) or len(words) < 2:
        return replacement
    sex = person_gender(pat) if pat.entry.type == "PER" else None
    english = pat.entry.forms.get("en", ())
    if sex is None or (english and surname_first(english[0])):
        return replacement  # (an East Asian name's other parts stay whole: Кім Чен Ина)
    kept = list(parts)
    for i, (word, part) in enumerate(zip(words[:-1], parts[:-1], strict=True)):
        if sex == "femn" and not word.lower().endswith(("а", "я")):
            continue  # (a woman's first name in a consonant stays whole)
        rules = rule_forms(pat.lang, pat.words[i].lower(), False, sex)
        if rules is not None and norm_key(rules.get(case, "")) == norm_key(word):
            kept[i] = apply_casing(part, word.lower())
    return " ".join(kept)


_OVI = ("ові", "еві", "єві")


def _first_name_in_ovi(
    pat: Pattern, words: list[str], replacement: str, case: str, before: str
) -> str | None:
    """A man's first name put back before his surname in the Ukrainian dative takes -ові,
    -еві, -єві, the surname after it -у, -ю (Правопис 2019: two masculine datives in a row
    alternate, Тарасові Шевченку; Максимові Грабу, Андрієві Федорюку; not before a surname
    in -ові), where the translation did not write the first name itself or wrote it in
    the nominative (подякували Тарас Підлісний → Тарасові Підлісному: no dative chosen);
    a first name it declined is its own (``words``: Тарасу Підлісний keeps Тарасу), a
    Latin copy of the whole name is none.  After a title in -ові (``before``, the text
    before the name: бізнесменові Тімуру Міндічу, Засновникові стартапу Артему Гордієнку)
    the title is the chain's one -ові and the first name keeps -у; where the surname takes
    no -у to alternate with (гетьманові Іванові Мазепі, командирові Олександрові Лютому, as
    the references write it) both are written, and None says so: the form is proposed."""
    if pat.lang != "uk" or case != "datv" or pat.entry.type != "PER":
        return replacement
    inflecting = [i for i, par in enumerate(pat.paradigms) if par.inflects]
    latin = not _CYRILLIC.search(" ".join(words))
    if len(words) >= len(pat.words) and not latin and (
        len(words) != len(pat.words) or not inflecting
        or norm_key(words[inflecting[0]]) != norm_key(pat.words[inflecting[0]])
    ):  # fmt: skip
        return replacement
    toks = tokenize(replacement)
    english = pat.entry.forms.get("en", ())
    if (
        len(toks) != len(pat.words) or len(inflecting) < 2 or person_gender(pat) != "masc"
        or (english and surname_first(english[0]))
    ):  # fmt: skip
        return replacement
    first, last = toks[inflecting[0]], toks[inflecting[-1]].text.lower()
    if last.endswith(_OVI):
        return replacement  # Андрію Федорюкові: the surname's -ові already, no two in a row
    if latin and not last.endswith(("у", "ю")):
        # Szymon Holownia → Шимону Головні, as before: a Latin copy alternates only with a
        # surname's -у (Тарасові Підлісному)
        return replacement
    if any(p.tag.POS in _PARTICLES for p in known_parses("uk", first.text)):
        return replacement  # (Де Клерку: a particle, no first name)
    par = pat.paradigms[inflecting[0]]
    ovi = [v for v in par.variants(case) if v.endswith(_OVI)]
    if not ovi or norm_key(first.text) == norm_key(ovi[0]):
        return replacement
    prior = tokenize(before)[-1:]
    verb = list(known_parses("uk", prior[0].text.lower())) if prior else []
    if len(words) == len(pat.words) and not latin and not (
        verb and all(p.tag.POS == "VERB" and "impr" not in p.tag.grammemes for p in verb)
    ):
        # президенту США Едуард Хегер, міністрові закордонних справ Дмитро Кулеба: a full
        # name the translation wrote alternates only right after a word that is its verb
        # in every reading (not справ, a noun and an imperative); after a title the first
        # name keeps what it was given before (a Latin copy has none: it goes on).
        return replacement
    if _title_in_ovi(before):
        if last.endswith(("у", "ю")) and not last.endswith(("ому", "ему", "єму")):
            return replacement  # бізнесменові Тімуру Міндічу: one -ові in the chain
        return None
    written = apply_casing(first.text, ovi[0])
    return replacement[: first.start] + written + replacement[first.end :]


def _title_in_ovi(before: str) -> bool:
    """Whether the text ``before`` a name ends in its title, a masculine noun in the dative
    in -ові, -еві, -єві, within the same phrase: right before it (командирові) or past
    the title's genitive words (Засновникові стартапу з виробництва дронів); the scan
    stops at punctuation or a verb."""
    for tok in reversed(tokenize(before)[-6:]):
        word = tok.text
        if not word[:1].isalpha():
            return False
        readings = known_parses("uk", word.lower())
        if any(p.tag.POS in ("VERB", "INFN", "GRND", "PRTF", "PRTS") for p in readings):
            return False
        if word.lower().endswith(_OVI) and any(
            p.tag.POS == "NOUN" and tag_case(p.tag) == "datv" and p.tag.gender == "masc"
            for p in readings
        ):
            return True
    return False


_REPAIRS = frozenset({SPELLING, SCRIPT, LETTERS, OTHER_FORM})
"""The decisions' reasons of a rendering that is no valid form of the wanted one."""


def _governed_regular(pat: Pattern, decision: Decision, case: str) -> bool:
    """Whether the ending class of a name no dictionary knows may stand for the case a
    rewrite of a valid form writes: the one case a preposition or a verb governs (із
    Сеута → Сеуты, встретились с Мехта → Мехтой, подготовленный Арджун Мехта → Арджуном
    Мехтой), the name declining one way only and its bearer's sex told.  Not the genitive a
    noun before it gives, nor a title's agreement: the name a translator leaves whole after
    a noun is an apposition (парка Йоркшир-Дейлс, университета Сергей Нетесов)."""
    return (
        decision.action == REWRITE
        and decision.reason in (PREPOSITION, GOVERNMENT)
        and pat.regular(case)
        and _sex_told(pat)
    )


def _sex_told(pat: Pattern) -> bool:
    """Whether a name's ending class may stand for a form whoever bears it: the entry is no
    person, its first name or note tells the bearer's sex, or its last word ends in -а, which
    declines alike for a man and a woman (Мошта: Моштой).  Not a consonant of a bearer of
    untold sex (Санной Марином for Sanna Marin would decline a woman's surname as a man's)."""
    return (
        pat.entry.type != "PER"
        or entry_gender(pat.entry, pat.lang) is not None
        or pat.words[-1].lower().endswith("а")
    )


def _named_in_full(pat: Pattern) -> bool:
    """Whether the entry's full form in the pattern's language is words apart, a first
    name and a surname (Кевін Ворш), not one word (Йоркшир-Дейлс)."""
    forms = pat.entry.forms.get(pat.lang, ())
    return bool(forms) and len(forms[0].split()) > 1


def _latin_brand(pat: Pattern) -> bool:
    """Whether the glossary keeps the name in Latin letters starting in lower case (dpa,
    eBay, iPhone): the brand's own spelling, which opens a sentence as it is (dpa повідомила),
    not a particle of a Cyrillic name (фон дер Ляєн → Фон at the start)."""
    return pat.form[:1].islower() and not _CYRILLIC.search(pat.form)


def _opens_sentence(target: str, span: tuple[int, int]) -> bool:
    """Whether the rendering at ``span`` is the sentence's first word (nothing but blanks,
    quotes or dashes before it in the sentence): a form in small letters (фон дер Ляєн, де
    Клерк) takes a capital there."""
    before = target[: span[0]].rstrip(" \u00a0\t\"«„“'—–-")
    return not before or before[-1] in ".!?…"


_WHERE = frozenset({"в", "во", "на"})


def _second_locative(pat: Pattern, before: str) -> str | None:
    """A Russian name's second locative, in -у, where в/во/на stands right before it and the
    dictionary has one for its last inflecting word (в Крыму, not в Крыме, which о takes:
    о Крыме); None elsewhere."""
    words = before.split()
    if pat.lang != "ru" or not words or words[-1].lower() not in _WHERE:
        return None
    last = next((p for p in reversed(pat.paradigms) if p.inflects), None)
    if last is None or not last.dictionary:
        return None
    lemma = norm_key(last.word.lower())
    return next((v for v in last.variants("loct")
                 if any(p.tag.case == "loc2" and norm_key(p.normal_form) == lemma
                        for p in known_parses(pat.lang, v))), None)  # fmt: skip


def _first_name_vouches(pat: Pattern, target: str, span: tuple[int, int], case: str) -> bool:
    """Whether a surname's form in ``case``, the one form of a person's name pymorphy3 does
    not vouch for, is vouched for by the first name right before the surname: a name the
    dictionary knows in that case alone, whose ending there is the form's own ending after
    the nominative (Максом Ферстаппеном: -ом both; not Шоном Айсліним, nor Сергеем
    Нетесовым, whose endings differ)."""
    if pat.lang not in ("uk", "ru") or pat.entry.type != "PER":
        return False
    if [p for p in pat.paradigms if p.inflects and case not in p.vouched] != [pat.paradigms[-1]]:
        return False
    words = [t for t in tokenize(target[: span[1]]) if t.text[:1].isalnum()]
    if len(words) < 2 or target[words[-2].end : words[-1].start] != " ":
        return False
    first = words[-2].text
    names = [p for p in known_parses(pat.lang, first) if "Name" in p.tag.grammemes]
    if not first[:1].isupper() or not names or any(tag_case(p.tag) != case for p in names):
        return False
    par = pat.paradigms[-1]
    nominative, form = norm_key(par.word), norm_key(par.forms.get(case, par.word))
    ending = form[len(common_prefix([nominative, form])) :]
    word = norm_key(first)
    return bool(ending) and all(
        word[len(common_prefix([norm_key(p.normal_form), word])) :] == ending for p in names
    )


def _may_address(pat: Pattern, target: str, span: tuple[int, int]) -> bool:
    """Whether the vocative may render the entity at ``span``: a name that may be a
    person's (not a place the dictionary knows, Дмитрівка), set off as an address."""
    return may_be_person(pat.lang, list(pat.words)) and addressed(target, span)


def _called_to(pat: Pattern, target: str, span: tuple[int, int]) -> bool:
    """Whether a Ukrainian first name with no case of its own is settled as an address:
    set off by a comma at the start of a sentence or after a comma (:func:`_may_address`),
    one word the dictionary knows as a first name in -а/-я (Діано, Маріє, Миколо; a name
    in a consonant, a surname or a full name addressed is often left in the nominative by
    a translation, Джон, ти …), and the words after the comma a clause of their own that
    runs to the end of the sentence with a verb or a personal pronoun in the first or
    second person (Діано, як ти хочеш.; Діано, ми вже лягаємо спати): the name is no
    subject of it.  Not a clause cut off by another comma (Діана, як ви знаєте, пішла;
    Діана, я думаю, права: an aside, the name the subject after it)."""
    if pat.lang != "uk" or target[span[1] :].lstrip()[:1] != ",":
        return False
    if not _given_name_form(pat) or not pat.form.endswith(("а", "я")):
        return False
    if not _may_address(pat, target, span):
        return False
    clause = []
    for tok in tokenize(target[target.index(",", span[1]) + 1 :]):
        if tok.text in SENTENCE_ENDS:
            break
        if not tok.text[:1].isalnum():
            return False  # another comma, dash or quote: an aside, or a list goes on
        clause.append(tok.text.lower())
    if clause and dictionary_lemmas("uk", clause[0]) & RELATIVES:
        return False  # Марія, яку ми врятували: a relative clause of the name, no address
    return any(w in PERSONAL["uk"] or _first_or_second_person(w) for w in clause)


def _first_or_second_person(word: str) -> bool:
    """Whether every reading of ``word`` as a verb is in the first or second person
    (лягаємо, хочеш, скажи), and it has one."""
    verbs = [p for p in known_parses("uk", word) if p.tag.POS == "VERB"]
    return bool(verbs) and all(p.tag.person in ("1per", "2per") for p in verbs)


# Nouns of a family, which a family name in the plural after one names (родина Безверхі,
# сім'я Петренків, Семья Зеленских).
_FAMILIES = {
    "uk": frozenset({"родина", "сім'я", "подружжя", "династія", "клан", "рід"}),
    "ru": frozenset({"семья", "семейство", "супруги", "чета", "династия", "клан", "род"}),
}


def _family_noun(lang: str, word: str) -> bool:
    """Whether the dictionary reads ``word`` as a noun of a family (:data:`_FAMILIES`)."""
    return any(
        p.tag.POS == "NOUN" and p.normal_form in _FAMILIES.get(lang, ())
        for p in known_parses(lang, word.lower())
    )


def _family_named(pat: Pattern, target: str, span: tuple[int, int]) -> bool:
    """Whether a Ukrainian family name in the plural (a form the dictionary reads as a
    plural only, Безверхі) stands right after a noun of a family: its apposition in the
    nominative and its genitive are both right (родина Безверхі, родина Безверхих), so
    no case is settled by the words."""
    if pat.lang != "uk":
        return False
    known = known_parses("uk", pat.words[-1].lower())
    if not known or any(p.tag.number != "plur" for p in known):
        return False
    return _after_family(target, span)


# The plural a family's name takes after its noun: its genitive (родина Джонсонів, the
# family of the Johnsons) or its apposition (родина Джонсони).
_UK_PLURAL_ENDINGS = ("ів", "и")


def _family_plural(pat: Pattern, words: list[str], target: str, span: tuple[int, int]) -> bool:
    """Whether a one-word rendering is a Ukrainian man's surname in a consonant in the
    genitive or nominative plural, right after a noun of a family (Родина Джонсонів,
    подружжя Клінтонів): the family's name, a plural the singular table lacks, no slip."""
    if pat.lang != "uk" or pat.entry.type != "PER" or len(words) != 1:
        return False
    mine = norm_key(pat.words[-1])
    if not mine or mine[-1] not in CONSONANTS:
        return False
    word = norm_key(words[0])
    if not any(word == mine + ending for ending in _UK_PLURAL_ENDINGS):
        return False
    return _after_family(target, span)


def _after_family(target: str, span: tuple[int, int]) -> bool:
    """Whether a uk noun of a family (:data:`_FAMILIES`) stands right before ``span``."""
    before = [t for t in tokenize(target[: span[0]]) if t.text[:1].isalnum()][-1:]
    if not before or target[before[0].end : span[0]].strip():
        return False
    return _family_noun("uk", before[0].text)


def _naming_a_person(lang: str, target: str, span: tuple[int, int]) -> bool:
    """Whether the rendering follows a noun of naming and a person's noun in the genitive
    (прізвище стукача Шарій, фамилия задержанного Иванов): the name the noun of naming
    gives, in the nominative, or the person noun's apposition, in its case; the words do
    not say which."""
    if lang not in NAMING:
        return False
    words = [t for t in tokenize(target[: span[0]]) if t.text[:1].isalnum()][-2:]
    if len(words) < 2 or target[words[1].end : span[0]].strip():
        return False
    if target[words[0].end : words[1].start].strip() or norm_key(words[0].text) not in NAMING[lang]:
        return False
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.animacy == "anim"
        for p in known_parses(lang, words[1].text.lower())
    )


def _writes_ye(pat: Pattern, target: str, rendering: str) -> bool:
    """Whether a Russian translation writes е for ё: its rendering of the name is in
    Cyrillic with no ё, and no word of the sentence has one (Артема Довбіка признали →
    Артема Довбика, not the glossary's Артёма); a Latin rendering says nothing of it."""
    if pat.lang != "ru" or not _CYRILLIC.search(rendering):
        return False
    return "ё" not in target.lower()


def _with_ye(word: str, rendering: str, form: str = "") -> str:
    """``word`` with е for ё where the rendering has that very word so spelt (Артема of
    Артема Довбіка for Артёма), or where the glossary's ``form`` writes no ё at all (Федоров:
    Федорова, not the dictionary's Фёдорова; Великая Новоселка: Великой Новоселки); else as
    it is (семёрки for Большой сімки: the rendering's word is the other language's, no
    spelling of this one, and the glossary's Большая семёрка has ё)."""
    plain = word.replace("ё", "е").replace("Ё", "Е")
    if plain != word and form and "ё" not in form.lower():
        return plain
    return plain if plain != word and plain in rendering.split() else word


def _first_names_case(
    pat: Pattern, own: tuple[frozenset[str], bool], ctx: CaseContext
) -> str | None:
    """The case a person's valid first name gives a made-up surname after it, where the
    translation's grammar would keep a valid full name in that case (Никиту Зинчуков after
    a noun → Никиту Зинчука, not Никиты; вынесенный Ирине Волковоам → Ирине Волковой, not
    the participle's doer Ириной): the name's words share one case, and the translator
    wrote it in the one word the ending did not make up.  None where no valid word tells
    one case the context allows (Вадима: the genitive or the accusative alike), or for a
    thing's name (an engine's adjective may be in a case no noun agrees with: Новою
    Зеландии)."""
    cases, made_up = own
    if not made_up or not cases or pat.entry.type != "PER" or ruled_out(cases, ctx):
        return None
    possible = allowed(cases, ctx) - {"voct"}
    liked = [c for c in ctx.cases if c in possible]
    if liked:
        return liked[0]
    return next(iter(possible)) if len(possible) == 1 else None


def _valid_words_kept(
    words: list[str], pat: Pattern, case: str, variant: str | None
) -> list[str | None]:
    """The models a repaired rendering's words give its forms, where a word other than the
    made-up last one is a valid form of ``case`` already (Максимові Грабем → Максимові
    Грабу: the first name's dative in -ові is the translator's, not the usual -у): that
    word itself, the last inflecting word ``variant``, the others none (their preferred
    form).  Empty where no other word is so kept (the last word's variant alone decides),
    or for a thing's name: a place's first part before a hyphen (Купянск-Узловой) may be
    valid undeclined in every case, no variant of one."""
    if len(words) != len(pat.words) or pat.entry.type != "PER":
        return []
    inflecting = [i for i, p in enumerate(pat.paradigms) if p.inflects]
    if len(inflecting) < 2:
        return []
    last = inflecting[-1]
    models: list[str | None] = [None] * len(words)
    for i in inflecting[:-1]:
        par = pat.paradigms[i]
        if case in par.surfaces.get(norm_key(words[i]), ()) and len(par.variants(case)) > 1:
            models[i] = words[i]
    if not any(models):
        return []
    models[last] = variant
    return models


def _usual_variant(pat: Pattern, case: str, before: str) -> str | None:
    """Of two Ukrainian forms of ``case`` for the name's last inflecting word, the one the
    orthography prefers (Правопис 2019): a second masculine dative in a row takes -у/-ю
    (лідеру Де Клерку, Урі Геллеру); a city takes the genitive -а/-я (Бристоля; a country has only
    -у: Ірану); an organisation -у/-ю (Омікрону, Пентагону).  None: the usual form."""
    par = next((p for p in reversed(pat.paradigms) if p.inflects), None)
    if pat.lang != "uk" or par is None or len(par.variants(case)) < 2:
        return None
    if case == "datv":
        prev = tokenize(before)[-1:]
        dative_noun = bool(prev) and any(
            p.tag.POS == "NOUN" and p.tag.case == "datv" and p.tag.gender == "masc"
            for p in known_parses("uk", prev[0].text)
        )
        # A surname after the first name too (Тарасові Шевченку, Урі Геллеру; not the
        # particle of Де Клеркові), or after its initials (Т. Г. Шевченку, Ф. В. Де Клерку).
        first = pat.words[-2] if pat.entry.type == "PER" and len(pat.words) > 1 else ""
        surname = first[:1].isupper() and not any(
            p.tag.POS in _PARTICLES for p in known_parses("uk", first)
        )
        initials = bool(_INITIAL_BEFORE.search(before))
        endings = ("у", "ю") if dative_noun or surname or initials else ()
    elif case == "gent" and not _a_persons_word(par.word) and not _named_by_phrase(pat):
        endings = {"LOC": ("а", "я"), "ORG": ("у", "ю")}.get(pat.entry.type, ())
    else:
        endings = ()
    return next((v for v in par.variants(case) if endings and v.endswith(endings)), None)


def _named_by_phrase(pat: Pattern) -> bool:
    """Whether a place's name is an adjective and a noun the dictionary knows (Тихий Брід,
    Кривий Ріг, Новий Світ): the noun keeps its own genitive, the dictionary's first
    (Тихого Броду, Кривого Рогу, Нового Світу; Старого Самбора), not a city's -а."""
    inflecting = [p for p in pat.paradigms if p.inflects]
    return (
        pat.entry.type == "LOC" and len(inflecting) == 2 and inflecting[1].dictionary
        and inflecting[0].forms.get("gent", "").endswith(("ого", "ього"))
    )  # fmt: skip


def _a_persons_word(word: str) -> bool:
    """Whether the dictionary reads ``word`` as a person's name or a word for a person, or
    guesses a word it lacks to be a person's name: such a name takes a person's genitive
    (Мартіна; a club named by a word for a person, «Шахтаря», «Металіста»; a company named
    after one, Уолмарта), not an organisation's -у."""
    known = known_parses("uk", word)
    if known:
        return any(p.tag.grammemes & PERSON_TAGS or p.tag.animacy == "anim" for p in known)
    return any(p.tag.grammemes & PERSON_TAGS for p in parses("uk", word)[:1])


def _apply(target: str, edits: list[_Edit], hits: list[GlossaryHit]) -> str:
    """Apply non-overlapping edits and move every hit's ``target_span`` onto the new text.
    The preposition з/із/зі (uk), с/со or о/об (ru) right before a rewrite takes the form
    the new name's first sounds want (зі Стармером, со Швецией; з Києвом; об Андреа)."""
    edited = {id(edit.hit) for edit in edits}
    ordered = sorted(edits, key=lambda e: e.start)
    # Each edit's start, end and text with the preposition before it, and where the name
    # starts in that text.
    spans = []
    for edit in ordered:
        start, text, at = edit.start, edit.text, 0
        if (before := _euphonic(edit.pat.lang, target[: edit.start], edit.text)) is not None:
            start, written, prep = before
            gap = target[start + len(written) : edit.start]
            text, at = prep + gap + edit.text, len(prep) + len(gap)
        spans.append((start, edit.end, text, at))
    for hit in hits:
        if hit.target_span is not None and id(hit) not in edited:
            shift = sum(len(t) - (e - b) for b, e, t, _ in spans if e <= hit.target_span[0])
            hit.target_span = (hit.target_span[0] + shift, hit.target_span[1] + shift)
    out, last, shift = [], 0, 0
    for edit, (begin, end, text, at) in zip(ordered, spans, strict=True):
        out.append(target[last:begin])
        out.append(text)
        start = begin + shift + at
        edit.hit.target_span = (start, start + len(edit.text))
        edit.hit.target_text = edit.text
        shift += len(text) - (end - begin)
        last = end
    out.append(target[last:])
    return "".join(out)


# The forms of "with, from" whose choice the next word's first sounds make: uk з, зі (зі
# before з, с, ц, ч, ш, щ and a consonant, and before щ: зі Стармером, зі Швецією, зі
# Щастя), ru с, со (со before с, з, ж, ш, щ and a consonant, and before щ: со Стармером, со
# Швецией); the short one before a vowel (з Україною, с Италией).  And ru "about": об
# before а, и, о, у, э, ы (об Андреа Бочелли, об Италии), о before a consonant and е, ё, ю,
# я (о Бочелли, о Европе).
_ABOUT = frozenset({"о", "об"})
_ABOUT_LONG = frozenset("аиоуэы")
_EUPHONIC = {
    "uk": ({"з", "зі"}, "зі", "з", "зсцчшщ"),
    "ru": ({"с", "со"}, "со", "с", "сзжшщ"),
}
_PREPOSITION_BEFORE = re.compile(r"(?:^|(?<=[\s(«“\"]))([^\W\d_]+)[ \u00a0]+$")


def _euphonic(lang: str, before: str, name: str) -> tuple[int, str, str] | None:
    """Where the preposition з/зі (uk), с/со or о/об (ru) right before a rewritten ``name``
    starts in ``before``, the form written and the form the name's first sounds want, where
    they differ (з Стармером → зі Стармером, со Италией → с Италией, о Андреа → об Андреа);
    None otherwise: the long form before other clusters stands (со Львовом, зі Львова), and
    із, which the word before chooses."""
    if lang not in _EUPHONIC or len(name) < 2 or not name[:1].isalpha():
        return None
    if is_acronym(name.split()[0]):
        return None  # с США, з США: an acronym is read out by its letters' names (Эс-Ша-А)
    m = _PREPOSITION_BEFORE.search(before)
    forms, long, short, hissing = _EUPHONIC[lang]
    if m is None:
        return None
    first, second = name[0].lower(), name[1].lower()
    written = m.group(1)
    cluster = first == "щ" or (first in hissing and second.isalpha() and second not in VOWELS)
    if lang == "ru" and written.lower() in _ABOUT:
        want = "об" if first in _ABOUT_LONG else "о"
    elif written.lower() not in forms:
        return None
    elif cluster and written.lower() == short:
        want = long
    elif first in VOWELS and written.lower() == long:
        want = short
    else:
        return None
    if want == written.lower():
        return None
    styled = want.capitalize() if written[:1].isupper() else want
    return m.start(1), written, styled


def enforce_translation(
    article: Article,
    lang: str,
    glossary: Glossary,
    fix: bool = True,
    kept: Collection[int] = (),
) -> None:
    """Enforce the glossary on ``article.translations[lang]``: update sentences and ``hits``.

    The paragraphs in ``kept`` were left as they are (not translated): not enforced.
    """
    translation = article.translations[lang]
    src = article.lang or "en"
    hits: list[GlossaryHit] = []
    apostrophe = document_apostrophe(text for row in translation.sentences for text in row)
    for p, para in enumerate(article.paragraphs):
        if p in kept:
            continue
        psrc = para.lang or src
        if p >= len(translation.sentences):
            break
        row = translation.sentences[p]
        for s, sent in enumerate(para.sentences):
            if s >= len(row) or psrc == lang:
                continue
            row[s], sentence_hits = enforce_sentence(
                sent.text, row[s], psrc, lang, glossary, fix, paragraph=p, sentence=s,
                apostrophe=apostrophe,
            )
            hits.extend(sentence_hits)
    translation.hits = hits
