"""The enforcer's one decision: keep, rewrite or flag a rendering, from the evidence.

Enforcement runs in stages: *match* (the source entity and the span of the translation
that renders it, :mod:`pipeline.glossary.match`), *evidence* (small functions that return
facts: the rendering's form, the translation's own grammar around it,
:mod:`pipeline.glossary.context`, and the source's role, :mod:`pipeline.glossary.source`),
*decide* (:func:`decide`, here, the only place that chooses) and *render* (inflect the
glossary form, :mod:`pipeline.glossary.enforce`).

Precision first.  A rendering is rewritten only when

a. it is not a valid form of the glossary's rendering (another spelling, another script, the
   other language's letters, a made-up ending, the entity's other form) — the source names
   the entity, since the hit starts from a source match; or
b. it is a valid form whose case the translation's own grammar rules out (a preposition's
   government, agreement with an adjective or a title, a noun that takes the genitive where
   it stands in the nominative) and exactly one case fits (the translation's context, and the
   source's role where it has a say); or
c. the translation's context finds the form less likely than one other case, and the
   source's role wants exactly that likelier case: after a preposition of two cases (в/у/на:
   locative or accusative) an accusative with no verb of motion before it (в Кабул for "in
   Kabul"); after a verb, a nominative where the context ranks the object's case first (no
   subject after the verb, no quote before it) and the source makes the name that verb's own
   object (сообщил Путин for "told Putin": Путину); after a noun, a nominative where the
   context weighs only the noun's genitive, first, and the nominative (a relation noun:
   Сторонник Трамп; a thing owned: Фонд Де Клерк випустив) and the source makes the name a
   possessor itself ("a Trump supporter", "De Klerk's foundation").  Not where the context
   after a noun is less sure (the genitive only, not strong): there a nominative is as often
   the name of what the noun names (авиабазах Гардабия), so the source's "of" or "'s" only
   proposes.

A valid form is never changed on the source's evidence alone (the proposal goes to an
editor: needs-review), nor where several cases fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.glossary.context import (
    AGREEMENT,
    GOVERNMENT,
    LIST,
    NO_CLUE,
    NOUN,
    OBJECT,
    PREPOSITION,
    CaseContext,
)

KEEP, REWRITE, REVIEW = "keep", "rewrite", "needs-review"
# What a rendering is, as a form of the glossary's.
VALID = "valid"  # a form of the wanted glossary form (in some case)
OTHER_FORM = "other-form"  # the entity's other form (the surname for the full name)
SPELLING = "spelling"  # sounds like it, spelt otherwise (Кішида, Кісідам)
SCRIPT = "script"  # the other script (Twitter for Твіттер, EU for ЄС)
LETTERS = "letters"  # the other language's letters (ЄС in Russian)
# Reasons recorded on the hit.
REASONS = (
    "valid-form", "context-allows", "source-role-only", "preposition-and-source",
    "object-and-source", "noun-and-source",
    "several-cases-fit", "preposition", "agreement", "government", OBJECT, "noun", "list",
    OTHER_FORM, SPELLING, SCRIPT, LETTERS,
    "inside-longer-name", "left-in-english", "another-name", "unvouched", "no-rendering",
    "two-renderings", "several-entries", "words-already-there", "subject-in-source",
    "listed-rendering", "same-adjective", "subject-after-preposition", "source-case",
    "foreign-name-whole", "vocative", "compound-head", "sex-unknown", "other-gender",
    "plural-genitive", "unlisted-ending",
    "other-name-of-thing", "locative-alone", "verb-agreement", "declined-part", "named-after",
    "predicate-instrumental", "measure-comparison", "subject-not-owner", "dative-variant",
    "vowel-alternation", "object-put-first",
)  # fmt: skip
_TARGET_RULES = (PREPOSITION, AGREEMENT, GOVERNMENT, OBJECT, NOUN, LIST)


@dataclass(frozen=True)
class Evidence:
    """Facts about one rendering, gathered before the decision.

    ``form`` says what the rendering is (:data:`VALID`, :data:`OTHER_FORM`, ...); ``cases``
    the cases its endings express (valid forms); ``context`` what the translation's words
    around it allow; ``role`` the cases the source's role wants among those (empty: no say);
    ``fits`` the cases left for a valid form the context rules out, each with its form
    (one form: the case is decided); ``agrees`` the word before the name in the
    translation whose likeliest case is also the role's one case (rule c):
    :data:`PREPOSITION`, :data:`OBJECT` (a verb whose object the source makes it) or
    :data:`NOUN` (a noun whose possessor it makes it), empty if none; ``embedded`` that
    the name ends a longer name whose case is not its own; ``foreign`` that it sits in
    English the engine kept; ``other_name`` that the words are a dictionary name of
    something else; ``repeats`` that writing the form would say more or less than the
    rendering: its other words already stand around it, or the rendering is a plural the
    source has too;
    ``latin`` that the rendering is in Latin letters; ``whole`` that the glossary form is a
    name of several words with foreign ones the dictionary does not know (Шеффилд Юнайтед),
    which newsrooms leave undeclined; ``subject`` that the source makes the name the
    subject of a finite verb; ``listed`` that a rendering in the other script is the
    entity's form in the other Cyrillic language (an accepted rendering); ``same_word`` that
    it is the glossary's adjective in another gender or case; ``other_sex`` that it is the
    glossary's name declined in another gender than the dictionary's (Эммануэлем,
    Сичуаню); ``bare_plural`` that it is a plural-only form's genitive in a zero ending
    (Балкан); ``unlisted`` that it is the form with a noun's regular ending on a word the
    glossary's table keeps whole for want of a declension (Сенс Банку, ОПОРИ); ``thing``
    that the entity is no person (its other form an abbreviation or a shorter name);
    ``verb_after`` that a valid nominative follows a pronoun, the preposition's own object,
    and a finite verb right after it agrees with it; ``source_case`` that a valid form
    keeps a uk/ru source's case that the preposition before it does not govern;
    ``vocative`` that it addresses the person in the Ukrainian vocative (Греге, …);
    ``compound_head`` that it is the first part of a hyphenated compound (Gabba-тест);
    ``keeps_case`` the case a slip in the stem is rewritten in: its own ending's, where a
    valid form with that ending would stand (or the case the grammar would give that form);
    for the entity's other form, its own case where the translation's words allow it;
    ``verb_agrees`` that a finite verb right after a valid form the words leave with no
    case can agree with the name's nominative (Зеленськім заявив: its subject);
    ``shared`` that the translation has more valid forms of the entity than the source
    names it (Радио Свобода … «Свободы» for one "Svoboda"): the source's role may be
    another rendering's; ``unsure`` that the entity's other form says no case (an
    indeclinable surname) and the translation's words settle none for the first name;
    ``predicate`` that the word the name would agree with is the instrumental complement of
    a verb of declaring or naming before it, whose object the name is (визнав банкрутом
    Агрокредит); ``measure`` that the preposition before it is the с / з of size after a
    word of size (размером с Луцк, завбільшки з Київ), which takes the accusative;
    ``owned`` that a nominative ends its clause after a noun phrase with свій / свой, a verb
    of the clause agreeing with it (Прогноз підвищив у своєму огляді Центробанк): the
    subject put last, whose own the phrase is, not that noun's possessor; or that it is the
    subject of a transitive verb after it whose object is the phrase before it, put first
    (Рекордний урожай пшениці Казахстан зібрав цього року); ``whole_plural`` that the
    glossary form is a plural adjective and a plural noun the table keeps whole for want of
    a declension (uk Набережні Челни: the dictionary does not know Челни); ``alternated``
    that a uk rendering is a form of the glossary's with the о / е ↔ і alternation in its
    stem's last syllable (у Краківці for Краковець), another spelling of the name;
    ``object_first`` that a valid nominative after a noun is the accusative object of a
    plural verb after it that has no subject nor object of its own (Из-за разлива топлива
    озеро Синее закрыли), no possessor of that noun; ``said`` the source's cases for the
    entity, its own role marked by a word ('s, of, with …: "after Ingebrigtsen's
    participation"), where the context rules the valid form out; ``invariant`` that the
    rendering is a thing's other name, unquoted, and the form the source names is the same
    in every case (an abbreviation: CPJ for Комітет захисту журналістів).
    """

    form: str
    cases: frozenset[str] = frozenset()
    context: CaseContext = NO_CLUE
    role: tuple[str, ...] = ()
    fits: tuple[str, ...] = ()
    agrees: str = ""
    embedded: bool = False
    foreign: bool = False
    other_name: bool = False
    repeats: bool = False
    latin: bool = False
    whole: bool = False
    subject: bool = False
    listed: bool = False
    same_word: bool = False
    other_sex: bool = False
    bare_plural: bool = False
    unlisted: bool = False
    thing: bool = False
    verb_after: bool = False
    source_case: bool = False
    vocative: bool = False
    compound_head: bool = False
    keeps_case: str | None = None
    verb_agrees: bool = False
    shared: bool = False
    unsure: bool = False
    predicate: bool = False
    measure: bool = False
    owned: bool = False
    whole_plural: bool = False
    alternated: bool = False
    object_first: bool = False
    said: tuple[str, ...] = ()
    invariant: bool = False


@dataclass(frozen=True)
class Decision:
    """What to do with a rendering (:data:`KEEP`, :data:`REWRITE`, :data:`REVIEW`), why, and
    for a rewrite of a valid form the one case that fits (else the renderer chooses)."""

    action: str
    reason: str
    case: str | None = None


def allowed(cases: frozenset[str], ctx: CaseContext) -> frozenset[str]:
    """``cases`` without the locative where neither a preposition nor an agreeing word
    allows it (Зеленськім заявив)."""
    if ctx.preposition or not ctx.cases or "loct" in ctx.cases:
        return cases
    return cases - {"loct"}


def ruled_out(cases: frozenset[str], ctx: CaseContext) -> bool:
    """Whether the translation's own grammar rules out every case of a valid form: a strong
    context allows none of them.  A noun before the name rules out the nominative only (a
    dative object after a noun stands: подарил книгу Иванову); so does a verb's government
    (an oblique form after a verb may be its other object, or a preposition's the writer
    left out: проживаємо Празі, Парижі)."""
    possible = allowed(cases, ctx)
    if ctx.rule in (GOVERNMENT, OBJECT):
        # A Ukrainian vocative that is also a dative (розповів Гутеррешу) keeps the dative.
        oblique = possible - {"nomn", "voct", "accs"}
        return not possible & set(ctx.cases) and bool(possible & {"nomn", "voct"}) and not oblique
    if not possible:
        return True
    if ctx.rule not in _TARGET_RULES or possible & set(ctx.cases):
        return False
    if ctx.rule == NOUN:
        return "nomn" in possible and possible <= {"nomn", "accs", "voct"}
    return True


def decide(ev: Evidence) -> Decision:
    """Keep, rewrite or flag a rendering, and why (see the module's rules).  A rewrite in an
    oblique case of a plural place whose noun the table keeps whole would write a form half
    declined (у Набережних Челни): only proposed."""
    decision = _decide(ev)
    if (
        ev.whole_plural and decision.action == REWRITE
        and decision.case not in ("nomn", "accs", "voct")
    ):  # fmt: skip
        return Decision(REVIEW, "unlisted-ending", decision.case)
    return decision


def _decide(ev: Evidence) -> Decision:
    """:func:`decide`'s rules, in order."""
    if ev.foreign:
        return Decision(REVIEW, "left-in-english")
    if ev.form == OTHER_FORM and ev.thing:
        if ev.invariant and ruled_out(ev.cases, ev.context):
            # директор Комітет захисту журналістів for "CPJ director": the other name in a
            # case the translation's words rule out is a slip, whoever chose the name; the
            # source's own, the same in every case, is written with no case to choose.
            return Decision(REWRITE, "other-name-of-thing", ev.context.cases[0])
        # США for "the United States", Британія for "the United Kingdom": a place's or body's
        # other name is the translator's choice, no slip; proposed, never written.
        return Decision(REVIEW, "other-name-of-thing")
    if ev.form != VALID:
        if ev.vocative:  # Греге, чому б тобі…: an address, a form the glossary's table lacks
            return Decision(KEEP, "vocative")
        if ev.other_name:
            return Decision(REVIEW, "another-name")
        if ev.form == SCRIPT and ev.embedded and ev.latin:
            # RobDog for "Rob Dog 747": the engine kept a longer name as the source has it.
            return Decision(REVIEW, "inside-longer-name")
        if ev.repeats:  # «Ревенант» УФС for УФС Ревенант, Страйкеров for "Strykers"
            return Decision(REVIEW, "words-already-there")
        if ev.listed:  # Габби where uk keeps Gabba and ru has Габба: an accepted rendering
            return Decision(REVIEW, "listed-rendering")
        if ev.same_word:  # Атлантичний ящір for Атлантична: it agrees with its own noun
            return Decision(REVIEW, "same-adjective")
        if ev.other_sex:  # Эммануэлем Макроном, Сичуаню: declined in the other gender
            return Decision(REVIEW, "other-gender")
        if ev.bare_plural:  # Балкан for Балканы: a genitive plural the table may lack
            return Decision(REVIEW, "plural-genitive")
        if ev.unlisted:  # Сенс Банку, ОПОРИ: a declension the glossary's table lacks
            return Decision(REVIEW, "unlisted-ending")
        if ev.alternated:  # у Краківці for Краковець: the name's other spelling
            return Decision(REVIEW, "vowel-alternation")
        if ev.source_case:  # из Іраном for "з Іраном": the preposition is the mistake
            return Decision(REVIEW, "source-case")
        if ev.form == OTHER_FORM and ev.unsure:
            # роком Примаченко, Роман Адічі: the first name's case is a guess, proposed.
            return Decision(REVIEW, "several-cases-fit", ev.keeps_case)
        if ev.compound_head:  # Gabba-тест → Габба-тест: the first part does not decline
            return Decision(REWRITE, "compound-head", "nomn")
        if ev.form == SCRIPT and not ev.cases and ev.context.cases:
            # No ending to go by (Iran, Omicron): the context's likeliest case; a foreign
            # name of several words stays whole (Sheffield United → Шеффилд Юнайтед).
            return Decision(REWRITE, ev.form, "nomn" if ev.whole else ev.context.cases[0])
        return Decision(REWRITE, ev.form, ev.keeps_case)
    if ev.embedded:
        return Decision(KEEP, "inside-longer-name")
    if not ruled_out(ev.cases, ev.context):
        if ev.role and not set(ev.role) & ev.cases:
            if ev.agrees and not ev.shared:  # в Кабул for "in Kabul", no verb of motion: в Кабулі
                return Decision(REWRITE, f"{ev.agrees}-and-source", ev.role[0])
            return Decision(REVIEW, "source-role-only", ev.role[0])
        reason = "context-allows" if ev.context.cases else "valid-form"
        return Decision(KEEP, reason)
    if ev.other_name:  # з Луганська: Луганськ's genitive, no form of Луганська
        return Decision(REVIEW, "another-name")
    if ev.whole and "nomn" in ev.cases:
        # з Шеффілд Юнайтед: a foreign name of several words stays whole.
        return Decision(KEEP, "foreign-name-whole")
    if ev.context.rule in (AGREEMENT, NOUN) and ev.predicate and "accs" in ev.cases:
        # Суд визнав неплатоспроможним Степбанк: the verb's object, its instrumental
        # complement before it no word the name agrees with.
        return Decision(KEEP, "predicate-instrumental")
    if ev.context.rule == NOUN and ev.object_first and "accs" in ev.cases:
        # Из-за разлива топлива озеро Синее закрыли: the plural verb's object put first.
        return Decision(KEEP, "object-put-first")
    if ev.context.rule == PREPOSITION and ev.measure and "accs" in ev.cases:
        # размером с Луцк, завбільшки з Київ: "as big as", the accusative, not the
        # instrumental of "with" nor the genitive of "from".
        return Decision(KEEP, "measure-comparison")
    if ev.context.rule == NOUN and ev.owned:
        # План описав у своїй новій стратегії Нафтогаз: свій's owner is the clause's subject,
        # put last; Рекордний урожай Казахстан зібрав: the subject of the verb whose object
        # is put first; the genitive (стратегії Нафтогазу, урожай Казахстану) only proposed.
        return Decision(REVIEW, "subject-not-owner", ev.fits[0] if ev.fits else None)
    if ev.context.rule == PREPOSITION and ev.verb_after:
        # при цьому Париж загрожує: the subject of the verb after it, not the preposition's
        # (whose object is the pronoun): right as it is, and the preposition's case no proposal.
        return Decision(KEEP, "subject-after-preposition")
    if ev.source_case and not ev.context.strong:
        # початку війни Донбасі for "in Donbas": the preposition is missing, not the case.
        return Decision(REVIEW, "source-case", ev.fits[0] if ev.fits else None)
    if ev.context.rule == PREPOSITION and ev.source_case:
        # соглашение из Парижем for "угода з Парижем": the engine's preposition is wrong.
        return Decision(REVIEW, "source-case", ev.fits[0] if ev.fits else None)
    if ev.context.rule in (NOUN, OBJECT, AGREEMENT) and ev.subject:
        # — присоединился к разговору Немич: a subject after its verb, not the genitive of
        # the noun before it, as the source's subject says; Джонсон розкритикував Путін for
        # "Putin criticised Johnson": an object put first whose own form is wrong.
        return Decision(REVIEW, "subject-in-source", ev.fits[0] if ev.fits else None)
    if not ev.context.rule and ev.verb_agrees and len(ev.fits) == 1:
        # Зеленськім заявив: a locative no preposition allows, before a verb that agrees
        # with the name's nominative: its subject.
        return Decision(REWRITE, "verb-agreement", ev.fits[0])
    if not ev.context.rule:
        # A locative no preposition allows, and no rule of the translation's for another
        # case (Балгэйре и Блэкхаусе past a list's unknown word, a preposition before a
        # quote, Костомарове появилась: a clause cut off before it, the verb not the
        # name's): the preposition may be there unseen, or the reading wrong.
        return Decision(REVIEW, "locative-alone", ev.fits[0] if ev.fits else None)
    if len(ev.fits) == 1:
        return Decision(REWRITE, ev.context.rule, ev.fits[0])
    return Decision(REVIEW, "several-cases-fit", ev.fits[0] if ev.fits else None)
