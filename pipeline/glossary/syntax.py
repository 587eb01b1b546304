"""A Russian translation's dependency parse, as evidence for a name's case.

natasha ships slovnet's news syntax model in its wheel; it is loaded once per process, on
first use (about 1.5 s), and a sentence is parsed only where the cheap word-by-word reading
of :mod:`pipeline.glossary.context` leaves a nominative open and a clue says it may be
wrong: a coordinator before the name, or a verb near it that cannot agree with it.

:func:`parsed_context` returns facts, never a decision: the cases the name's place in the
parse leaves (a conjunct shares its head's case: команд Далласа и Вашингтона; an object
takes its verb's case: удар и Фроста отправили), as a strong context for
:func:`pipeline.glossary.decide.decide`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pipeline.glossary.context import (
    CLASSIFIERS,
    CLAUSE_ENDS,
    COORDINATORS,
    DASHES,
    DATIVE_VERBS,
    DESTINATIONS,
    GOVERNMENT,
    INDECLINABLE_ENDS,
    LIST,
    NAMING,
    NOUN,
    PREPOSITIONS,
    STORMS,
    CaseContext,
    cannot_agree,
    correlative_pair,
    directed,
    inverted_subject,
    may_be_subject,
    object_case,
    object_first,
    subject_pair,
    subjects_taken,
)
from pipeline.glossary.match import Token
from pipeline.glossary.morph import (
    CASES,
    PROPER_TAGS,
    known_parses,
    lemmas,
    norm_key,
    parses,
    tag_case,
    word_cases,
)


@dataclass(frozen=True)
class Node:
    """One token of the parse: its characters, text, relation and head (-1: the root)."""

    start: int
    end: int
    text: str
    rel: str
    head: int


@cache
def _models() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsSyntaxParser, Segmenter

    return Segmenter(), NewsSyntaxParser(NewsEmbedding())


@lru_cache(maxsize=4096)
def parse(text: str) -> tuple[Node, ...]:
    """The dependency parse of Russian ``text``, one node a token."""
    from natasha import Doc

    segmenter, parser = _models()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.parse_syntax(parser)
    index = {t.id: n for n, t in enumerate(doc.tokens)}
    return tuple(
        Node(t.start, t.stop, t.text, t.rel or "", index.get(t.head_id, -1)) for t in doc.tokens
    )


def _text(tokens: list[Token]) -> str:
    """The sentence the tokens come from, at their offsets (gaps as spaces)."""
    out: list[str] = []
    at = 0
    for tok in tokens:
        out.append(" " * (tok.start - at) + tok.text)
        at = tok.end
    return "".join(out)


def _name_in_parse(
    tokens: list[Token], first: int, last: int, fill: str | None = None
) -> tuple[tuple[Node, ...], list[int], int] | None:
    """The parse of the sentence, the nodes of the name at ``tokens[first:last + 1]`` and
    the one of them the others hang on, where that one hangs on a word outside the name;
    with ``fill``, the sentence parsed has the name written as ``fill``."""
    sentence, start, end = _text(tokens), tokens[first].start, tokens[last].end
    if fill is not None:
        sentence, end = sentence[:start] + fill + sentence[end:], start + len(fill)
    nodes = parse(sentence)
    span = (start, end)
    inside = [n for n, node in enumerate(nodes) if span[0] <= node.start and node.end <= span[1]]
    heads = [n for n in inside if nodes[n].head not in inside]
    if len(heads) != 1 or nodes[heads[0]].head < 0:
        return None
    return nodes, inside, heads[0]


def worth_parsing(tokens: list[Token], first: int, last: int, gender: str | None) -> bool:
    """Whether the words around a nominative name give a clue that the parse may settle: a
    coordinator before it, or a verb within two words that cannot agree with it."""
    if first > 0 and tokens[first - 1].text.lower() in COORDINATORS["ru"]:
        return True
    near = tokens[max(0, first - 2) : first] + tokens[last + 1 : last + 3]
    return any(cannot_agree("ru", t.text, gender) for t in near if t.text[:1].isalpha())


def _has_case(nodes: tuple[Node, ...], n: int) -> bool:
    """Whether the parse gives the node at ``n`` a preposition of its own (a ``case``
    dependent)."""
    return any(node.rel == "case" and node.head == n for node in nodes)


def parsed_context(
    tokens: list[Token],
    first: int,
    last: int,
    kind: str,
    gender: str | None,
    unsure: Collection[tuple[int, int]] = (),
) -> CaseContext | None:
    """The cases the parse of a Russian sentence leaves the name at
    ``tokens[first:last + 1]``, where it rules out the nominative: a conjunct of a word in
    no nominative takes its cases (Далласа и Вашингтона), unless a verb of its clause may
    have it as a subject; an object, or a conjunct of one, of a verb that cannot agree
    with it takes the verb's case (удар и Фроста отправили).  A conjunct inside one of the
    ``unsure`` spans (another rendering with a made-up ending: посетит Египетам, Катар и
    Объединенные Арабские Эмираты) has no case to share.  None where the parse says nothing
    of the kind."""
    if kind == "ORG":
        return None
    found = _name_in_parse(tokens, first, last)
    if found is None:
        return None
    nodes, _, top = found
    name = nodes[top]
    head = nodes[name.head]
    taken = None
    made_up = any(a <= head.start and head.end <= b for a, b in unsure)
    if (
        name.rel == "conj"
        and head.text[:1].isalpha()
        and not made_up
        and not correlative_pair("ru", tokens, first, last)
    ):
        # A word the dictionary does not know, ending as an indeclinable name may (Яровце,
        # Русовце), has no case to share; a guess from another ending stands (Никсона).
        cases = word_cases("ru", head.text) or frozenset(
            c for p in parses("ru", head.text) if (c := tag_case(p.tag)) is not None
            and not head.text.lower().endswith(INDECLINABLE_ENDS)
        )  # fmt: skip
        if not word_cases("ru", head.text) and head.rel in ("nsubj", "nsubj:pass"):
            # и Кулеба, и Лавров: a word the dictionary does not know, which the parse makes
            # a subject, may be the nominative its guess lacks (Кулеба, not кулеб's genitive).
            cases = cases | {"nomn"}
        own_preposition = _has_case(nodes, top)
        # Not where a verb of its clause may have it as one of its subjects: Си со стороны
        # Китая и Путин со стороны России доминируют (a parse that joins Путин to Китая).
        free = not may_be_subject("ru", tokens, first, last, gender, plural=True)
        # not во Львове и Львов восстановим: the object of a verb of its own, put first
        shared = (
            bool(cases) and "nomn" not in cases and not own_preposition
            and not object_first("ru", tokens, last)
        )  # fmt: skip
        if shared and free:
            return CaseContext(tuple(c for c in CASES if c in cases), True, basis=LIST)
        if shared and subjects_taken("ru", tokens, first, last, gender):
            # Он поблагодарил Байдена и Путина: every verb that could agree has its own
            # subject; the object's verb decides first, else the conjunct's cases.
            taken = CaseContext(tuple(c for c in CASES if c in cases), True, basis=LIST)
        if head.rel == "obj" and head.head >= 0 and not subject_pair("ru", tokens, first, last):
            # Not the subject of a clause of its own with its conjunct (атаковали Киев и
            # Соединённые Штаты и Британия осудили Россию).
            name, head = head, nodes[head.head]
    if name.rel == "obj" and cannot_agree("ru", head.text, gender):
        if _pair_after_verb(tokens, first, last, head, gender):
            # Оружие вернули Польша и Словакия: a plural verb with no subject before it may
            # have the pair of names after it for its subject.
            return taken
        sent = any(
            node.rel == "case" and nodes[node.head].head == name.head and node.start > head.end
            and node.text.lower() in DESTINATIONS["ru"]
            for node in nodes
        )  # fmt: skip
        case = object_case("ru", head.text, sent)
        if case:
            return CaseContext((case,), True, basis=GOVERNMENT)
    return taken


def _pair_after_verb(
    tokens: list[Token], first: int, last: int, verb: Node, gender: str | None
) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` is one of a pair of capitalized words a
    coordinator joins, after the verb ``verb`` of the parse, which may agree with the pair
    and has no word before it in its clause that could be its subject
    (:func:`~pipeline.glossary.context.inverted_subject`: Оружие вернули Польша и
    Словакия, not Войска атаковали Польшу и Словакию)."""
    v = next((i for i, t in enumerate(tokens) if t.start == verb.start), None)
    if v is None or v >= first:
        return False
    if last + 2 < len(tokens) and tokens[last + 1].text.lower() in COORDINATORS["ru"]:
        other = tokens[last + 2].text
    elif first > 1 and tokens[first - 1].text.lower() in COORDINATORS["ru"]:
        other = tokens[first - 2].text
    else:
        return False
    # The other name may be a nominative too (not Поблагодарили Кулебу и Лавров).
    cases = word_cases("ru", other) or {tag_case(p.tag) for p in parses("ru", other)}
    if not other[:1].isupper() or "nomn" not in cases:
        return False
    if cannot_agree("ru", verb.text, gender, plural=True):
        return False
    if not _object_put_first(tokens, v):
        return False  # Поблагодарили Польшу и Словакию: no object before the verb
    return inverted_subject("ru", tokens, v, gender, plural=True)


def _object_put_first(tokens: list[Token], v: int) -> bool:
    """Whether a noun with an accusative reading that no preposition governs stands before
    the verb at ``tokens[v]`` in its clause (Оружие вернули): the verb's object put first,
    so the names after it may be its subject."""
    for j in range(v - 1, -1, -1):
        text = tokens[j].text
        if text in CLAUSE_ENDS:
            return False
        governed = j > 0 and tokens[j - 1].text.lower() in PREPOSITIONS["ru"]
        if not governed and any(
            p.tag.POS == "NOUN" and tag_case(p.tag) == "accs" for p in parses("ru", text.lower())
        ):
            return True
    return False


def points_nowhere(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the word a Russian в/на phrase hangs on in the parse (В Иран зафиксирован:
    зафиксирован) is a verb, participle or noun that points nowhere, nor does any word of
    the clause before it: the phrase says where, not whither."""
    found = _name_in_parse(tokens, first, last)
    if found is None:
        return False
    nodes, inside, top = found
    head = nodes[nodes[top].head]
    words = [head.text]
    for node in reversed(nodes[: min(inside)]):
        if node.text in CLAUSE_ENDS:
            break
        words.append(node.text)
    content = {"VERB", "INFN", "PRTS", "PRTF", "NOUN"}
    if not {p.tag.POS for p in known_parses("ru", head.text.lower())} & content:
        return False
    return not any(directed("ru", lemmas("ru", w.lower())) for w in words if w[:1].isalpha())


def apposed_to_subject(tokens: list[Token], first: int, last: int, fill: str) -> bool:
    """Whether the parse of a Russian sentence, with the name at ``tokens[first:last + 1]``
    written as ``fill`` (its nominative), makes it an apposition of its clause's subject, a
    common noun before it (комментирует пульмонолог Сергей Пурясев; загрязнитель планеты
    Роман Абрамович ответственен): the name then shares the subject's nominative, across
    the noun's own genitives and prepositional phrases."""
    found = _name_in_parse(tokens, first, last, fill)
    if found is None:
        return False
    nodes, _, top = found
    name = nodes[top]
    head = nodes[name.head]
    if (
        name.rel != "appos"
        or not (head.rel in ("nsubj", "nsubj:pass") or _predicate_subject(nodes, name.head))
        or head.end > tokens[first].start
    ):
        return False
    readings = known_parses("ru", head.text.lower()) or parses("ru", head.text.lower())
    return any(p.tag.POS == "NOUN" for p in readings) and not any(
        p.tag.grammemes & PROPER_TAGS for p in readings
    )


def _predicate_subject(nodes: tuple[Node, ...], n: int) -> bool:
    """Whether the node ``n``, which the parse hangs on a short adjective or participle as
    an oblique with no preposition, reads as a nominative: that predicate's subject, which
    the model labels ``obl`` (загрязнитель планеты … ответственен за)."""
    node = nodes[n]
    if node.rel != "obl" or node.head < 0:
        return False
    if _has_case(nodes, n):
        return False
    predicate = known_parses("ru", nodes[node.head].text.lower())
    if not any(p.tag.POS in ("ADJS", "PRTS") for p in predicate):
        return False
    return any(tag_case(p.tag) == "nomn" for p in known_parses("ru", node.text.lower()))


def object_of_subject(tokens: list[Token], first: int, last: int) -> CaseContext | None:
    """The case of a Russian name at ``tokens[first:last + 1]`` that the parse makes the
    object of a transitive verb whose subject, another word before the verb, has no
    accusative reading (Ферстаппен опередил Хэмилтона: not Документ подписал Путин, whose
    document the parse reads as the object); None where the parse says nothing of the kind."""
    found = _name_in_parse(tokens, first, last)
    if found is None:
        return None
    nodes, inside, top = found
    name = nodes[top]
    verb = nodes[name.head]
    if name.rel != "obj" or verb.end > nodes[min(inside)].start:
        return None
    subjects = [
        node for n, node in enumerate(nodes)
        if node.head == name.head and node.rel == "nsubj" and n not in inside
        and node.end <= verb.start
    ]  # fmt: skip
    if len(subjects) != 1 or not subjects[0].text[:1].isalpha():
        return None
    subject = subjects[0].text
    readings = known_parses("ru", subject) or parses("ru", subject)
    if any(tag_case(p.tag) == "accs" for p in readings):
        return None
    case = object_case("ru", verb.text.lower())
    return CaseContext((case,), True, basis=GOVERNMENT) if case else None


_VERB_FORMS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})


def indirect_object(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the parse of a Russian sentence makes the name at ``tokens[first:last + 1]``
    the indirect object of a verb that has its direct object beside it (Россия поставляет
    Армении оружие) or governs the dative (угрожать непосредственно Константинополю): the
    dative.  Not the parse's indirect object alone (тот показал Тайвань отдельной страной).
    Parsed only with a verb among the two words before the name (the clue)."""
    near = tokens[max(0, first - 2) : first]
    if not any(p.tag.POS in _VERB_FORMS for t in near for p in known_parses("ru", t.text.lower())):
        return False
    found = _name_in_parse(tokens, first, last)
    if found is None:
        return False
    nodes, inside, top = found
    name = nodes[top]
    if name.rel != "iobj":
        return False
    head = nodes[name.head].text.lower()
    readings = [p for p in known_parses("ru", head) if p.tag.POS in _VERB_FORMS]
    if not readings:
        return False
    if any(norm_key(p.normal_form) in DATIVE_VERBS["ru"] for p in readings):
        return True
    return any(
        node.rel == "obj" and node.head == name.head and n not in inside
        for n, node in enumerate(nodes)
    )


def genitive_of_subject(
    tokens: list[Token], first: int, last: int, kind: str
) -> CaseContext | None:
    """The genitive, where the parse of a Russian sentence makes a place's or person's
    name at ``tokens[first:last + 1]`` the modifier (nmod, no preposition) of the common
    noun right before it, and that noun its clause's subject (Экономика Китай растет,
    Визит Макрон в Китай состоится): a clause has one subject, so the name is the noun's
    genitive.  Not after a kind of place or body or a word of naming (Столица Киев, Река
    Днепр: an apposition the parse reads as such too), nor a person's title or a person
    noun before a person (agreement decides there), nor where the parse makes the noun an
    object (Решение Путин принял: the name is the subject).  None where the parse says
    nothing of the kind."""
    if kind not in ("LOC", "PER") or first < 1:
        return None
    if last + 1 < len(tokens) and tokens[last + 1].text in DASHES:
        return None  # Совет Украина – НАТО: a pair of names, not the noun's genitive
    before = tokens[first - 1]
    readings = [p for p in known_parses("ru", before.text.lower()) if p.tag.POS == "NOUN"]
    if not readings or not any(tag_case(p.tag) == "nomn" for p in readings):
        return None
    kinds = CLASSIFIERS["ru"] | NAMING["ru"] | STORMS["ru"]
    if lemmas("ru", before.text.lower()) & kinds or before.text.lower() in kinds:
        return None
    if kind == "PER" and any("anim" in p.tag.grammemes for p in readings):
        return None
    found = _name_in_parse(tokens, first, last)
    if found is None:
        return None
    nodes, _, top = found
    name = nodes[top]
    head = nodes[name.head]
    if name.rel != "nmod" or head.start != before.start or head.rel not in ("nsubj", "nsubj:pass"):
        return None
    if _has_case(nodes, top):
        return None
    return CaseContext(("gent",), True, basis=NOUN)


def subject_before_verb(tokens: list[Token], v: int) -> bool:
    """Whether the parse of a Russian sentence gives the verb at ``tokens[v]`` a subject (an
    ``nsubj``) that stands before it in its clause, past the nouns that hang on it
    (Комитет парламента по правам человека направил: the committee, not человека)."""
    nodes = parse(_text(tokens))
    verb = next((n for n, node in enumerate(nodes) if node.start == tokens[v].start), None)
    if verb is None:
        return False
    start = v
    while start > 0 and tokens[start - 1].text not in CLAUSE_ENDS:
        start -= 1
    return any(
        node.rel == "nsubj" and node.head == verb and tokens[start].start <= node.start
        and node.end <= tokens[v].start and node.text[:1].isalpha()
        for node in nodes
    )  # fmt: skip
