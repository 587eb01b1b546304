"""enforce_sentence / enforce_translation: post-editing entity renderings."""

from __future__ import annotations

import pytest
from glossary_helpers import load_glossary

from pipeline.glossary import Glossary
from pipeline.glossary.context import (
    _determiner,
    accusative_animacy,
    agreeing_verb_after,
    apposition_to_name,
    case_context,
    destination_at,
    genitive_object,
    given_to,
    name_given,
    object_case,
    person_before,
    subject_before,
    uk_cognate_transitive,
)
from pipeline.glossary.enforce import enforce_sentence, enforce_translation
from pipeline.glossary.match import tokenize
from pipeline.glossary.morph import known_parses
from pipeline.glossary.translit import similarity, to_latin
from pipeline.model import Article, Paragraph, Sentence, Translation


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    return load_glossary(tmp_path_factory.mktemp("glossary"))


FIXES = [
    # (source, target language, engine output, expected output)
    ("Zelensky met Kishida.", "uk", "Зеленський зустрівся з Кішидою.",
     "Зеленський зустрівся з Кісідою."),  # another transliteration, case kept (ablt)
    ("The position of Kishida", "uk", "Позиція Кішиди", "Позиція Кісіди"),
    ("Talks with Kishida.", "ru", "Переговоры с Кишидой.", "Переговоры с Кисидой."),
    ("A letter to Kishida", "uk", "Лист до Кісіді", "Лист до Кісіди"),  # preposition до → gent
    ("Zelensky spoke.", "uk", "Володимир Зеленський виступив.", "Зеленський виступив."),
    ("Volodymyr Zelensky spoke.", "uk", "Зеленський виступив.", "Володимир Зеленський виступив."),
    ("Remarks by Volodymyr Zelensky", "uk", "Промова Зеленського",
     "Промова Володимира Зеленського"),  # short → full form, genitive kept
    ("KISHIDA VISITS KYIV", "uk", "КІШИДА ВІДВІДУЄ КИЇВ", "КІСІДА ВІДВІДУЄ КИЇВ"),
    ("Venediktova said", "uk", "Венедиктова заявила", "Венедіктова заявила"),
    ("He met Venediktova.", "uk", "Він зустрівся з Венедиктовою.", "Він зустрівся з Венедіктовою."),
    # Case from context when the ending is made up or the nominative does not fit:
    ("in Pyongyang", "uk", "у Пхеньяном", "у Пхеньяні"),  # preposition у: locative first
    ("Kishida and Zelensky met", "uk", "Кісідам і Зеленський зустрілися",
     "Кісіда і Зеленський зустрілися"),  # sentence-initial subject
    ("Zelensky said", "uk", "Зеленськім заявив", "Зеленський заявив"),  # no locative without
    ("He met Kishida", "uk", "Він зустрів Кісідам", "Він зустрів Кісіду"),  # verb: accusative
    ("Talks with Zelensky and Kishida", "ru", "Переговоры с Зеленским и Кисидам",
     "Переговоры с Зеленским и Кисидой"),  # list item: the case of the item before
    ("a talk with Prime Minister Kishida", "uk", "розмова з прем'єр-міністром Кісіда",
     "розмова з прем'єр-міністром Кісідою"),  # agreement with a title
    ("thanked Japan's prime minister Kishida", "uk", "подякував прем'єр-міністрові Японії Кісідам",
     "подякував прем'єр-міністрові Японії Кісіді"),  # agreement across a genitive
    ("The mayor of Pyongyang", "uk", "Мер Пхеньян", "Мер Пхеньяна"),  # genitive after a person
    ("Kishida's government", "ru", "Правительство Кисида.", "Правительство Кисиды."),
    ("Zelensky's wife", "uk", "Дружина Зеленський.", "Дружина Зеленського."),  # she ≠ he
]  # fmt: skip

UNTOUCHED = [
    ("Zelensky met Kishida in Kyiv.", "uk", "Зеленський зустрівся з Кісідою в Києві."),
    ("Kim Jong-un was in Pyongyang.", "uk", "Кім Чен Ин був у Пхеньяні."),
    ("NATO and the UN.", "ru", "НАТО и ООН."),
    ("In the Verkhovna Rada", "uk", "У Верховній Раді"),
    ("Google said", "uk", "Google повідомив"),  # dnt: the source form
    ("Volodymyr Zelensky's speech", "ru", "Речь Владимира Зеленского"),
    ("Kishida", "uk", "Кісіда, прем'єр Японії"),
    # Valid forms the context allows stay, even where another case would do too:
    ("In the city of Kyiv", "uk", "У місті Київ"),  # apposition to a classifier noun
    ("In the city of Kyiv", "uk", "У місті Києві"),  # or agreement with it
    ("On Monday Zelensky spoke.", "uk", "У понеділок Зеленський виступив."),  # time noun
    ("Zelensky's adviser", "uk", "Радник Зеленського"),
    ("Kishida's letter to Zelensky", "ru", "Письмо Кисиды Зеленскому"),
]


@pytest.mark.parametrize(("source", "lang", "target", "expected"), FIXES)
def test_fixes(glossary: Glossary, source: str, lang: str, target: str, expected: str) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == expected
    assert "fixed" in {h.status for h in hits}
    for hit in hits:
        assert hit.target_span is not None
        assert new[hit.target_span[0] : hit.target_span[1]] == hit.target_text
    # Each fix keeps what the engine wrote: putting it back gives the engine's output.
    undone = new
    for hit in sorted(hits, key=lambda h: -h.target_span[0]):
        if hit.status == "fixed":
            a, b = hit.target_span
            undone = undone[:a] + hit.original + undone[b:]
    assert undone == target


@pytest.mark.parametrize(("source", "lang", "target"), UNTOUCHED)
def test_correct_text_is_untouched(glossary: Glossary, source: str, lang: str, target: str) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == target
    assert hits and {h.status for h in hits} == {"ok"}


def test_derived_adjective_is_not_a_rendering(glossary: Glossary) -> None:
    # "Київські" is an adjective made from the name: the entity is missing, not misspelled.
    new, hits = enforce_sentence("Kyiv residents", "Київські мешканці", "en", "uk", glossary)
    assert new == "Київські мешканці"
    assert [(h.entry_id, h.status) for h in hits] == [("kyiv", "missing")]


def test_latin_name_inside_a_kept_latin_name_is_left(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tuk\nlondon\tLOC\tLondon\tЛондон\n", encoding="utf-8")
    target = "Інструменти Haryali London мають гарантію"
    new, hits = enforce_sentence("Haryali London tools have a warranty", target, "en", "uk",
                                 Glossary.load([path]))  # fmt: skip
    # The brand's name, copied whole in Latin, holds no mention of London (no hit at all:
    # enforce._inside_names); it was a needs-review inside-longer-name hit before.
    assert new == target and not hits


def test_check_only_reports_without_writing(glossary: Glossary) -> None:
    target = "Зеленський зустрівся з Кішидою."
    new, hits = enforce_sentence("Zelensky met Kishida.", target, "en", "uk", glossary, fix=False)
    assert new == target
    assert [(h.entry_id, h.status, h.target_text, h.proposal) for h in hits] == [
        ("zelensky", "ok", "Зеленський", None),
        ("kishida", "missing", "Кішидою", "Кісідою"),  # what --fix would write
    ]


def test_missing_dnt_and_unvouched(glossary: Glossary) -> None:
    _, hits = enforce_sentence("Google bought Kishida's book.", "Компанія купила книгу.",
                               "en", "uk", glossary)  # fmt: skip
    assert [(h.entry_id, h.status, h.canonical) for h in hits] == [
        ("google", "missing", "Google"),
        ("kishida", "missing", "Кісіда"),
    ]


def test_form_pymorphy_cannot_vouch_for_is_flagged(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tuk\nardern\tPER\tArdern\tАрдерн\n", encoding="utf-8")
    # Unknown to pymorphy3: the suffix rule says genitive "Ардерна", the predictor disagrees.
    new, hits = enforce_sentence("Ardern's office", "Офіс Ардьорна", "en", "uk",
                                 Glossary.load([path]))  # fmt: skip
    assert new == "Офіс Ардьорна"
    assert (hits[0].status, hits[0].target_text) == ("needs-review", "Ардьорна")
    assert hits[0].proposal == "Ардерна"  # what an editor is asked to confirm


def test_ambiguous_entries(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(
        "id\ttype\ten\tuk\nj1\tPER\tBoris Johnson | Johnson\tБорис Джонсон | Джонсон\n"
        "j2\tPER\tDwayne Johnson | Johnson\tДвейн Джонсон | Джонсон\n",
        encoding="utf-8",
    )
    new, hits = enforce_sentence("Johnson said", "Джонсен сказав", "en", "uk",
                                 Glossary.load([path]))  # fmt: skip
    assert new == "Джонсен сказав" and hits[0].status == "ambiguous"


def test_enforce_translation_updates_sentences_and_hits(glossary: Glossary) -> None:
    text = "Kishida visited Kyiv. He met Zelensky."
    para = Paragraph(text, sentences=[Sentence(0, 21, text[:21]), Sentence(22, 38, text[22:])])
    article = Article("a1", "story.txt", "txt", [para], lang="en")
    article.translations["uk"] = Translation(
        "uk", "test", ["en", "uk"],
        sentences=[["Кішида відвідав Київ.", "Він зустрівся із Зеленським."]],
    )  # fmt: skip
    enforce_translation(article, "uk", glossary)
    translation = article.translations["uk"]
    assert translation.sentences == [["Кісіда відвідав Київ.", "Він зустрівся із Зеленським."]]
    assert [(h.entry_id, h.sentence, h.status) for h in translation.hits] == [
        ("kishida", 0, "fixed"),
        ("kyiv", 0, "ok"),
        ("zelensky", 1, "ok"),
    ]


def test_transliteration_similarity() -> None:
    assert to_latin("Кісіда") == "kisida"
    assert similarity("Kishida", "Кісіда") > 0.8
    assert similarity("Кішида", "Кісіда") > 0.8
    assert similarity("Kishida", "Зеленський") < 0.4


CONTEXTS = [
    # (language, sentence, the name in it, entity type, likeliest case, context is strong)
    ("uk", "Лист до Кісіди", "Кісіди", "PER", "gent", True),  # preposition
    ("uk", "Кісіда заявив", "Кісіда", "PER", "nomn", False),  # sentence start
    ("uk", "про жінку на ім’я Роджерс", "Роджерс", "PER", "nomn", False),  # as called, any '
    ("ru", "о женщине по имени Роджерс", "Роджерс", "PER", "nomn", False),
    ("uk", "Уряд Японії", "Японії", "LOC", "gent", True),  # a place after a noun
    ("uk", "У місті Києві", "Києві", "LOC", "nomn", False),  # classifier: either way
    ("uk", "виявляти тихого Омікрону", "Омікрону", "ORG", "gent", True),  # adjective
    ("uk", "із президентом Франції Макроном", "Макроном", "PER", "ablt", True),  # title, not nomn
    ("uk", "Він попередив Путіна", "Путіна", "PER", "accs", True),  # verb with its subject
    ("uk", "Вони попередили Путіна", "Путіна", "PER", "accs", True),  # a verb not his
    ("uk", "Він не відвідав Франції", "Франції", "LOC", "accs", True),  # negation: acc or gen
    ("uk", "Попередив Путіна", "Путіна", "PER", "accs", False),  # the verb may be his
    ("uk", "«Так», – додав Путін.", "Путін", "PER", "nomn", False),  # speaker after a quote
    ("ru", "от Никсона, Рейгана, Буша", "Рейгана", "PER", "gent", True),  # list item
    ("ru", "Никсона и Рейгана", "Рейгана", "PER", "gent", False),  # after a conjunction
    ("uk", "Британії, Німеччини та Франція, на", "Франція", "LOC", "gent", True),  # list end
    ("uk", "Британії, Німеччини та Франція заявили", "Франція", "LOC", "gent", False),  # clause
    ("uk", "Прихильниця Трампа наполягала", "Трампа", "PER", "gent", False),  # relation noun
    ("uk", "Його дружина Рейчел", "Рейчел", "PER", "nomn", False),  # apposition after його
    ("uk", "вдова Де Клерка Еліта", "Еліта", "PER", "nomn", False),  # past another name
    # The translation's own grammar rules the nominative out (issue 12) ...
    ("ru", "сказал президенту США Байден,", "Байден", "PER", "datv", True),  # title, not nomn
    ("ru", "ближайшим советником Джонсон,", "Джонсон", "PER", "gent", True),  # relation noun
    ("uk", "зроблено самим Наполеон.", "Наполеон", "PER", "ablt", True),  # a determiner agrees
    ("uk", "між Афінами та Париж,", "Париж", "LOC", "ablt", True),  # між governs both
    ("uk", "Джонсон давно вважають королем", "Джонсон", "PER", "accs", True),  # plural verb
    ("uk", "щоб знищити Геллер.", "Геллер", "PER", "accs", True),  # an infinitive's object
    ("ru", "Франция необходимо получить", "Франция", "LOC", "datv", True),  # a predicative
    # ... and leaves it open where the name may be a subject after all.
    ("uk", "Ранді намагається знищити Геллер.", "Геллер", "PER", "accs", False),  # his verb?
    ("uk", "Ранді, який намагається знищити Геллер.", "Геллер", "PER", "accs", True),  # який's
    ("uk", "Він очолює Іванов.", "Іванов", "PER", "accs", True),  # the verb has its subject
    # telling: сказати's accusative is what is said, so the person told, the dative (nomuk7)
    ("uk", "Він сказав Іванов, що", "Іванов", "PER", "datv", True),
    ("ru", "составили Франция, Бразилия и Япония", "Франция", "LOC", "accs", False),  # a list
    ("uk", "Кажуть, Джонсон пішов.", "Джонсон", "PER", "nomn", False),  # a new clause
    ("uk", "роль, яку грає Наталія Сумська", "Сумська", "PER", "nomn", False),  # after який
    # A verb that takes the genitive only, with its subject before it: the name is its object.
    ("uk", "Що стосується Дбейбах, його", "Дбейбах", "PER", "gent", True),  # що: no subject
    ("ru", "Что касается Иванов, то он", "Иванов", "PER", "gent", True),
    ("uk", "Він боїться Путін.", "Путін", "PER", "gent", True),  # a subject pronoun
    ("uk", "Цього боїться Путін.", "Путін", "PER", "nomn", False),  # its object before: subject
    ("uk", "Що стосується Путін?", "Путін", "PER", "gent", True),
    # A verb whose subject stands before it has the name after it as its object.
    ("ru", "Джонсон раскритиковал Путин за это.", "Путин", "PER", "accs", True),
    ("uk", "Джонсон подякував Путін.", "Путін", "PER", "datv", True),  # a verb of the dative
    ("uk", "Документ підписав Путін.", "Путін", "PER", "accs", False),  # document: acc too
    ("uk", "Джонсон не розкритикував Путін.", "Путін", "PER", "accs", False),  # negated
    ("uk", "Джонсон сказав Путін, що", "Путін", "PER", "datv", True),  # telling: the dative
    ("uk", "Джонсон повідомив Путін, що", "Путін", "PER", "datv", False),  # повідомив Путіна
    ("uk", "Джонсон розкритикував Путін і Сі", "Путін", "PER", "accs", False),  # a list
    # An adjective's masculine accusative agrees in animacy: тихого is no inanimate's.
    ("uk", "випадку «тихого Омікрон»", "Омікрон", "ORG", "gent", True),
    ("uk", "зустрів тихого Джонсон", "Джонсон", "PER", "gent", True),  # animate: gen = acc
    # A verb of naming with its object before it: the name given, in the instrumental.
    ("uk", "жінку, яку я називав Наполеон у", "Наполеон", "PER", "ablt", True),
    ("uk", "його називає Наполеон", "Наполеон", "PER", "accs", False),  # may be the subject
    # A noun after a verb of giving: the name may be the verb's dative or the noun's genitive.
    ("uk", "Він передав книгу Джонсон", "Джонсон", "PER", "gent", True),
    # A verb of the instrumental governs its object so (керують Японією, not Японію).
    ("uk", "Путін керує Японія.", "Японія", "LOC", "ablt", True),
    ("uk", "Вони керують Японія.", "Японія", "LOC", "ablt", True),
    # A relation noun set off after a name is that person: the name after it is the other.
    ("uk", "Домінік Каммінгс, радник Джонсон, пообіцяв", "Джонсон", "PER", "gent", True),
    ("uk", "Згодом Байден, радник Салліван і Блінкен", "Салліван", "PER", "gent", False),
    # An apposition set off by commas after the name agrees with it in case.
    ("uk", "Джонсон, колишньому меру Лондона, не вдалося", "Джонсон", "PER", "datv", True),
    ("ru", "Иванов, бывшим мэром Москвы, гордились", "Иванов", "PER", "ablt", True),
    ("uk", "Джонсон, колишній мер Лондона, заявив", "Джонсон", "PER", "nomn", False),
    ("uk", "Франція, президентом якої є", "Франція", "LOC", "nomn", False),  # a relative
    ("uk", "Джонсон, меру це не сподобалось", "Джонсон", "PER", "nomn", False),  # a clause
]

SUBJECT_BEFORE = [
    # (language, sentence, the verb, whether its subject stands right before it)
    ("uk", "Джонсон розкритикував Путін", "розкритикував", True),  # a name, agreeing
    ("ru", "Россия обвинила Япония", "обвинила", True),
    ("uk", "Влада швидко підтримала", "підтримала", True),  # past an adverb
    ("ru", "Союзники поддержали", "поддержали", True),  # plural with plural
    ("uk", "Документ підписав", "підписав", False),  # also an accusative: an object first?
    ("uk", "Франція та Японія підписали", "підписали", False),  # a list: it may go on
    ("uk", "Росія розкритикував", "розкритикував", False),  # another gender
    ("ru", "Союзники поддержал", "поддержал", False),  # another number
    ("uk", "США розкритикували", "розкритикували", False),  # an acronym tells no case
    ("uk", "Уряду розкритикував", "розкритикував", False),  # no nominative
    ("uk", "Він розкритикував", "розкритикував", False),  # a pronoun: has_own_subject
    ("ru", "Путин в понедельник встретил", "встретил", True),  # across a prepositional phrase
    ("uk", "Путін у Франції вчора зустрів", "зустрів", True),  # … and an adverb
    ("uk", "Документ у кабінеті підписав", "підписав", False),  # also an accusative
    ("uk", "У понеділок зустрів", "зустрів", False),  # nothing before the phrase
]


@pytest.mark.parametrize(("lang", "text", "verb", "expected"), SUBJECT_BEFORE)
def test_subject_before(lang: str, text: str, verb: str, expected: bool) -> None:
    tokens = tokenize(text)
    v = next(n for n, t in enumerate(tokens) if t.text == verb)
    assert subject_before(lang, tokens, v) is expected


ACCUSATIVE_ANIMACY = [
    # (language, adjective, whether its masculine accusative is the animate one)
    ("uk", "тихого", True),  # also the genitive
    ("ru", "тихого", True),
    ("uk", "тихий", False),  # also the nominative
    ("ru", "новый", False),
    ("uk", "самого", True),  # a determiner
    ("uk", "тихою", None),  # no masculine accusative
]


@pytest.mark.parametrize(("lang", "word", "animate"), ACCUSATIVE_ANIMACY)
def test_accusative_animacy(lang: str, word: str, animate: bool | None) -> None:
    assert accusative_animacy(known_parses(lang, word)) is animate


NAME_GIVEN = [
    # (language, sentence, the verb, whether a name after it is the name it gives)
    ("uk", "жінку, яку я називав", "називав", True),  # its object and subject before it
    ("ru", "его называли", "называли", True),  # a plural verb: not the name's
    ("ru", "которую все называли", "называли", True),  # a plural verb: все is its subject
    ("uk", "його називає", "називає", False),  # "Johnson calls him": the name may be subject
    ("uk", "я називав", "називав", False),  # no object before: the name is the object
    ("uk", "яку я знищив", "знищив", False),  # not a verb of naming
]


@pytest.mark.parametrize(("lang", "text", "verb", "expected"), NAME_GIVEN)
def test_name_given(lang: str, text: str, verb: str, expected: bool) -> None:
    tokens = tokenize(text)
    v = next(n for n, t in enumerate(tokens) if t.text == verb)
    assert name_given(lang, tokens, v, "masc") is expected


GIVEN_TO = [
    # (language, sentence, the noun, whether it may be the object of a verb of giving before)
    ("ru", "подарил книгу", "книгу", True),
    ("uk", "передав документи", "документи", True),  # nominative or accusative
    ("ru", "сообщил новость", "новость", True),  # telling
    ("uk", "зруйнував будинок", "будинок", False),  # not a verb of giving
    ("ru", "подарил книги", "книги", True),
    ("uk", "передав книги", "книги", True),
    ("uk", "дав книзі", "книзі", False),  # no accusative
    ("uk", "нова книга", "книга", False),  # no verb before
]


@pytest.mark.parametrize(("lang", "text", "noun", "expected"), GIVEN_TO)
def test_given_to(lang: str, text: str, noun: str, expected: bool) -> None:
    tokens = tokenize(text)
    k = next(n for n, t in enumerate(tokens) if t.text == noun)
    assert given_to(lang, tokens, k) is expected


APPOSITION_TO_NAME = [
    # (language, sentence, the person noun, the name after it, whether the noun is an
    # apposition to a name before it)
    ("uk", "Згодом Домінік Каммінгс, колишній найближчий радник Джонсон, пообіцяв", "радник",
     "Джонсон", True),
    ("ru", "Вчера Доминик Каммингс, советник Джонсон, заявил", "советник", "Джонсон", True),
    ("uk", "Згодом Байден, радник Салліван, Блінкен", "радник", "Салліван", False),  # a list
    ("uk", "Згодом Байден, радник Салліван, заявили", "радник", "Салліван", False),  # plural
    ("uk", "Згодом Байден, радник Салліван і Блінкен", "радник", "Салліван", False),
    ("uk", "Згодом, радник Джонсон, пообіцяв", "радник", "Джонсон", False),  # no name before
    ("uk", "Згодом ЄС, радник Джонсон, пообіцяв", "радник", "Джонсон", False),  # an acronym
]


@pytest.mark.parametrize(("lang", "text", "noun", "name", "expected"), APPOSITION_TO_NAME)
def test_apposition_to_name(lang: str, text: str, noun: str, name: str, expected: bool) -> None:
    tokens = tokenize(text)
    k = next(n for n, t in enumerate(tokens) if t.text == noun)
    last = next(n for n, t in enumerate(tokens) if t.text == name)
    assert apposition_to_name(lang, tokens, k, last) is expected


OBJECT_CASE = [
    # (language, verb, the case of its object)
    ("uk", "керує", "ablt"),  # a verb of the instrumental
    ("ru", "управляют", "ablt"),
    ("uk", "боїться", "gent"),  # of the genitive
    ("ru", "касается", "gent"),
    ("uk", "допомагає", "datv"),  # of the dative
    ("ru", "поддержал", "accs"),  # transitive
    ("uk", "повідомив", None),  # telling: open
    ("ru", "является", None),  # a copula
    ("uk", "входить", None),  # uk going: where it goes takes a preposition
    ("uk", "прилетів", None),
    ("uk", "пішов", None),  # піти: йти without its й
    ("uk", "обійшла", "accs"),  # but обійти, перейти, пройти take an object
    ("uk", "перейшов", "accs"),
    ("uk", "знайшов", "accs"),  # знайти "find" is no going
    ("uk", "знаходив", "accs"),  # nor знаходити
    # uk: the ru dictionary's tag of the verb's Russian cognate
    ("uk", "страждає", None),  # страдать: intransitive
    ("uk", "сидить", None),  # сидеть
    ("uk", "читає", "accs"),  # читать: transitive
    ("uk", "підтримав", "accs"),  # no cognate (поддержать): guessed transitive, as before
]


UK_COGNATES = [
    # (uk infinitive, the ru dictionary's transitivity of its Russian cognate, None: unknown)
    ("страждати", False),  # страдать: -ати → -ать
    ("сидіти", False),  # сидеть: і → е
    ("жити", False),  # жить: -ити → -ить
    ("читати", True),  # читать
    ("знати", True),  # знать
    ("атакувати", True),  # атаковать: -увати → -овать
    ("перебувати", False),  # перебывать: -увати → -ывать
    ("нести", True),  # нести: -ти kept
    ("повідомити", None),  # сообщить: no cognate the correspondences make
    ("підтримати", None),  # поддержать
]


@pytest.mark.parametrize(("lemma", "tran"), UK_COGNATES)
def test_uk_cognate_transitive(lemma: str, tran: bool | None) -> None:
    assert uk_cognate_transitive(lemma) is tran


@pytest.mark.parametrize(("lang", "verb", "case"), OBJECT_CASE)
def test_object_case(lang: str, verb: str, case: str | None) -> None:
    assert object_case(lang, verb) == case


GENITIVE_OBJECT = [
    # (language, sentence, the verb, whether a name after it is its genitive object)
    ("uk", "Що стосується Ірану", "стосується", True),  # що before it
    ("ru", "Что касается Ирана", "касается", True),
    ("ru", "он боится Путина", "боится", True),  # its subject pronoun
    ("uk", "все, що стосується Ірану", "стосується", True),  # a relative що
    ("uk", "Цього боїться Путін", "боїться", False),  # the name after it may be its subject
    ("uk", "Вона досягла Києва", "досягла", True),  # its subject pronoun
    ("uk", "Армія досягла Києва", "досягла", False),  # a noun before: no pronoun
    ("uk", "Він очолює Іванов", "очолює", False),  # not a verb of the genitive
    ("uk", "що стосуватися Ірану", "стосуватися", False),  # an infinitive
]


@pytest.mark.parametrize(("lang", "text", "verb", "expected"), GENITIVE_OBJECT)
def test_genitive_object(lang: str, text: str, verb: str, expected: bool) -> None:
    tokens = tokenize(text)
    v = next(n for n, t in enumerate(tokens) if t.text == verb)
    assert genitive_object(lang, tokens, v) is expected


PERSON_BEFORE = [
    # (language, text, whether the last preposition follows a common noun of a person)
    ("uk", "спеціальний представник США в", True),  # across a genitive acronym
    ("ru", "посол Украины в", True),  # across a genitive
    ("ru", "специальный представитель США в", True),
    ("uk", "Трамп в", False),  # a name: "Trump to Iran" may be a headline's motion
    ("uk", "поїздка в", False),  # not a person
    ("uk", "Вони поїхали в", False),  # a verb
    ("uk", "в", False),  # nothing before
    ("uk", "Представник США в", True),  # a common noun starting the sentence
]


@pytest.mark.parametrize(("lang", "text", "expected"), PERSON_BEFORE)
def test_person_before(lang: str, text: str, expected: bool) -> None:
    tokens = tokenize(text)
    assert person_before(lang, tokens, len(tokens) - 1) is expected


def test_gender_of_the_verb_after() -> None:
    # A past verb of another gender is not the name's: міністр оборони Франції повідомив.
    tokens = tokenize("міністр оборони Франція повідомив")
    ctx = case_context("uk", tokens, 2, 2, "LOC", gender="femn", form_gender="femn")
    assert (ctx.cases, ctx.strong) == (("gent",), True)
    tokens = tokenize("міністр оборони Франція повідомила")
    ctx = case_context("uk", tokens, 2, 2, "LOC", gender="femn", form_gender="femn")
    assert ctx.strong is False


AGREEING_VERB_AFTER = [
    # A finite verb right after a name that can agree with it makes the name its subject.
    ("uk", "Посол США в Лівії Норланд заявив:", "Норланд", "masc", True),
    ("ru", "Посол США в Ливии Норланд сказал:", "Норланд", "masc", True),
    ("uk", "Норланд швидко заявив", "Норланд", "masc", True),  # past an adverb
    ("uk", "Джонсон вважають королем", "Джонсон", "masc", False),  # plural: no agreement
    ("uk", "Франція повідомив", "Франція", "femn", False),  # another gender
    ("uk", "дозволити Геллер спробувати", "Геллер", "masc", False),  # an infinitive
    ("uk", "Норланд у неділю заявив", "Норланд", "masc", False),  # not right after it
]


@pytest.mark.parametrize(("lang", "text", "name", "gender", "agrees"), AGREEING_VERB_AFTER)
def test_agreeing_verb_after(lang: str, text: str, name: str, gender: str, agrees: bool) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == name)
    assert agreeing_verb_after(lang, tokens, i, gender) is agrees


PREFERRED = [
    # The words before a preposition of two cases choose one of them, for a rewrite.
    ("uk", "угоди з Іран спливає", "Іран", ("ablt",)),  # doing together: "with"
    ("uk", "газ з Іран надходить", "Іран", ()),  # "from" or "with": open
    ("ru", "перебоев на Габба и", "Габба", ("loct",)),  # nothing points there: where
    ("uk", "напад на Іран", "Іран", ("accs",)),  # an attack points at it
    ("ru", "Мы рассчитываем на Франция", "Франция", ("accs",)),  # на "on" after its verb
    ("uk", "покладатися лише на Вашингтон", "Вашингтон", ("accs",)),  # past a particle
    ("ru", "рассчитывать только на Франция", "Франция", ("accs",)),  # past an adverb
    ("ru", "больше на Франция", "Франция", ()),  # an adverb alone chooses nothing
    ("uk", "голосування за Японія", "Японія", ("accs",)),  # за "for"
    ("uk", "стежити за Японія", "Японія", ("ablt",)),  # за "after", "on" (nomuk8: AFTER_WHOM)
    ("uk", "піти за Японія", "Японія", ()),  # за "after" or "for": open
    ("ru", "Путин находится в Париж", "Париж", ("loct",)),  # на-ход-иться points nowhere
    ("uk", "що відбувається і проходить в Японія", "Японія", ("loct",)),  # takes place
    ("ru", "Они подписали в Париж", "Париж", ("loct",)),  # signing is no writing to
    ("ru", "Он выходит в Париж", "Париж", ("accs",)),  # a verb of motion still points
    ("ru", "Выборы прошли в Франция", "Франция", ("loct",)),  # пройти: mostly "took place"
]


def test_a_verb_of_giving_leaves_the_dative_open() -> None:
    tokens = tokenize("Він передав книгу Джонсон")
    assert case_context("uk", tokens, 3, 3, "PER").cases == ("gent", "datv")
    tokens = tokenize("Він прочитав книгу Джонсон")
    assert case_context("uk", tokens, 3, 3, "PER").cases == ("gent",)


@pytest.mark.parametrize(
    ("lang", "text", "cases"),
    [
        ("uk", "лист Джонсон", ("gent", "datv")),  # a letter to him, or his
        ("ru", "памятник Джонсон", ("gent", "datv")),
        ("uk", "допомога Японія", ("gent", "datv")),
        ("uk", "уряд Джонсон", ("gent",)),  # only his
        ("ru", "правительство Япония", ("gent",)),
    ],
)
def test_a_noun_of_the_dative_leaves_it_open(lang: str, text: str, cases: tuple[str, ...]) -> None:
    tokens = tokenize(text)
    kind = "LOC" if text.endswith(("ія", "ия")) else "PER"
    assert case_context(lang, tokens, 1, 1, kind).cases == cases


def test_no_locative_preferred_for_a_person() -> None:
    # A person after у is more often "at" (у Трампа є), not a place: no locative preferred,
    # the genitive or the accusative (a target) instead.
    tokens = tokenize("інтерв'ю у Трамп")
    assert case_context("uk", tokens, 2, 2, "PER").prefer == ("gent", "accs")
    assert case_context("uk", tokens, 2, 2, "LOC").prefer == ("loct",)


@pytest.mark.parametrize(("lang", "text", "name", "prefer"), PREFERRED)
def test_preferred_case(lang: str, text: str, name: str, prefer: tuple[str, ...]) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == name)
    assert case_context(lang, tokens, i, i, "LOC").prefer == prefer


@pytest.mark.parametrize(("lang", "text", "name", "kind", "case", "strong"), CONTEXTS)
def test_case_context(lang: str, text: str, name: str, kind: str, case: str, strong: bool) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == name)
    names = frozenset({1, 2}) if "Клерка" in text else frozenset()  # Де Клерка: another name
    ctx = case_context(lang, tokens, i, i, kind, names=names)
    assert (ctx.cases[0], ctx.strong) == (case, strong)


def test_feminine_title_keeps_a_womans_surname_whole(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tuk\nrogers\tPER\tRogers\tРоджерс\n", encoding="utf-8")
    glossary = Glossary.load([path])
    new, _ = enforce_sentence("Senator Rogers' office", "офіс сенаторки Роджерсем", "en", "uk",
                              glossary)  # fmt: skip
    assert new == "офіс сенаторки Роджерс"  # a woman: the surname does not decline
    new, _ = enforce_sentence("Senator Rogers' office", "офіс сенатора Роджерсем", "en", "uk",
                              glossary)  # fmt: skip
    assert new == "офіс сенатора Роджерса"


def test_storm_name_stays_in_apposition(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tuk\narwen\tPER\tArwen\tАрвен\n", encoding="utf-8")
    new, _ = enforce_sentence("damage by Storm Arwen", "шкода, заподіяна штормом Арвеною", "en",
                              "uk", Glossary.load([path]))  # fmt: skip
    assert new == "шкода, заподіяна штормом Арвен"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("familiar for the Dallas Cowboys", "знайомо для Даллас Ковбойс"),  # a team's name
        ("near Dallas-sur-Mer", "поблизу Даллас-сюр-Мер"),  # a hyphenated longer name
    ],
)
def test_name_inside_a_longer_name_keeps_its_form(tmp_path, source: str, target: str) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tuk\ndallas\tLOC\tDallas\tДаллас\n", encoding="utf-8")
    new, hits = enforce_sentence(source, target, "en", "uk", Glossary.load([path]))
    assert new == target and hits[0].status == "ok"


def test_womans_surname_stays_whole_when_a_first_name_tells_her_sex(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tuk\tru\nwilliams\tPER\tStephanie Williams\tСтефані Уілльямс"
                    "\tСтефани Уильямс\n", encoding="utf-8")  # fmt: skip
    glossary = Glossary.load([path])
    source = "He appointed Stephanie Williams as his adviser."
    # uk: the dictionary knows Стефані as a woman's name (pymorphy3 only guesses the surname).
    new, hits = enforce_sentence(source, "Він призначив радницею Стефані Уілльямсові.", "en",
                                 "uk", glossary)  # fmt: skip
    assert new == "Він призначив радницею Стефані Уілльямс." and hits[0].status == "fixed"
    # ru: Стефани is unknown to the ru dictionary; her sex is the one the uk name tells.
    new, _ = enforce_sentence(source, "Он назначил Стефани Уильямсою советником.", "en", "ru",
                              glossary)  # fmt: skip
    assert new == "Он назначил Стефани Уильямс советником."


def test_an_adverb_that_sounds_like_the_name_is_not_its_rendering(tmp_path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tru\niran\tLOC\tIran\tИран\n", encoding="utf-8")
    # "Ранее" sounds like "Иране" but the dictionary knows it only as an adverb.
    new, hits = enforce_sentence("Earlier, officials discussed the talks with Iran.",
                                 "Ранее чиновники обсуждали переговоры с Ираномов.", "en", "ru",
                                 Glossary.load([path]))  # fmt: skip
    assert new == "Ранее чиновники обсуждали переговоры с Ираном." and hits[0].status == "fixed"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # A plural verb does not agree with a singular name: not its subject but a genitive.
        ("У міністерстві охорони здоров'я Іранам зареєстрували 1686 випадків.",
         "У міністерстві охорони здоров'я Ірану зареєстрували 1686 випадків."),
        ("Іранам заявив про нові випадки.", "Іран заявив про нові випадки."),  # the subject
    ],
)  # fmt: skip
def test_subject_agrees_with_the_verb_in_number(tmp_path, target: str, expected: str) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tuk\niran\tLOC\tIran\tІран\n", encoding="utf-8")
    new, _ = enforce_sentence("Iran's health ministry registered 1686 cases.", target, "en",
                              "uk", Glossary.load([path]))  # fmt: skip
    assert new == expected


@pytest.mark.parametrize(
    ("source", "lang", "target", "expected"),
    [
        # A verb governing the dative (сообщить, дозволити): the made-up ending takes it.
        ("Biden told Kishida about it.", "ru", "Байден сообщил Кисидам об этом.",
         "Байден сообщил Кисиде об этом."),
        # A uk infinitive after the name is not the finite verb of a subject.
        ("This lets Kishida speak.", "uk", "Це дозволить Кісідам виступити.",
         "Це дозволить Кісіді виступити."),
        # After a verb of motion, в names the destination: accusative, not locative.
        ("Kishida flew to Pyongyang.", "ru", "Кисида прилетел в Пхеньяном.",
         "Кисида прилетел в Пхеньян."),
        ("Kishida was in Pyongyang.", "ru", "Кисида был в Пхеньяном.",
         "Кисида был в Пхеньяне."),
    ],
)  # fmt: skip
def test_verb_government(
    glossary: Glossary, source: str, lang: str, target: str, expected: str
) -> None:
    assert enforce_sentence(source, target, "en", lang, glossary)[0] == expected


@pytest.mark.parametrize(
    ("kind", "name", "target", "expected"),
    [
        # A man's dative takes -у, as news writes it: in a row (лідеру Де Клерку) and alone.
        ("PER", "Де Клерк", "данина лідеру Де Клеркою", "данина лідеру Де Клерку"),
        ("PER", "Де Клерк", "Вони подякували Де Клеркою.", "Вони подякували Де Клерку."),
        # A city's genitive ends in -я (Бристоля), an organisation's in -у (Омікрону).
        ("LOC", "Бристоль", "Він поїхав до Бристолам.", "Він поїхав до Бристоля."),
        ("ORG", "Омікрон", "Випадки тихого Омікронам.", "Випадки тихого Омікрону."),
    ],
)  # fmt: skip
def test_made_up_ending_takes_the_usual_variant_of_the_case(
    tmp_path, kind: str, name: str, target: str, expected: str
) -> None:
    path = tmp_path / "g.tsv"
    path.write_text(f"id\ttype\ten\tuk\nx\t{kind}\t{to_latin(name)}\t{name}\n", encoding="utf-8")
    new, _ = enforce_sentence(f"about {to_latin(name)}", target, "en", "uk",
                              Glossary.load([path]))  # fmt: skip
    assert new == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # Анналена, unknown to the dictionary, reads as a woman's name in the nominative.
        ("Министр Анналена Бербоков в пятницу посетила Варшаву.",
         "Министр Анналена Бербок в пятницу посетила Варшаву."),
        # Джоша is only an oblique form of a man's name: the surname declines with it.
        ("Визит Джоша Бербоков в Варшаву.", "Визит Джоша Бербока в Варшаву."),
    ],
)  # fmt: skip
def test_unknown_first_name_in_the_text_tells_the_sex(tmp_path, target: str, expected: str) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("id\ttype\ten\tru\nbaerbock\tPER\tBaerbock\tБербок\n", encoding="utf-8")
    new, _ = enforce_sentence("Minister Baerbock visited Warsaw.", target, "en", "ru",
                              Glossary.load([path]))  # fmt: skip
    assert new == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # A thing in the nominative before a person and a verb: the person is its owner.
        ("Уряд Кісідам заявив про нові заходи.", "Уряд Кісіди заявив про нові заходи."),
        # A noun that may be a genitive ends a phrase: the person is the subject.
        ("Після торнадо Кісідам заявив про нові заходи.",
         "Після торнадо Кісіда заявив про нові заходи."),
    ],
)  # fmt: skip
def test_thing_before_a_person_and_a_verb(glossary: Glossary, target: str, expected: str) -> None:
    assert enforce_sentence("Kishida's government", target, "en", "uk", glossary)[0] == expected


DESTINATIONS_AT = [
    # (language, words from the preposition on, whether they name where something goes)
    ("ru", "на скамью", True),  # an accusative: whither
    ("ru", "на волне успеха", False),  # a locative: where
    ("uk", "на нову посаду", True),  # past an adjective
    ("uk", "до в'язниці", True),  # до: whither whatever follows
    ("uk", "в Києві", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DESTINATIONS_AT)
def test_destination_at(lang: str, text: str, expected: bool) -> None:
    assert destination_at(lang, tokenize(text), 0) is expected


DETERMINERS = [
    # (language, word, whether it agrees with the name after it like an adjective)
    ("uk", "самим", True),  # the dictionary's pronouns whose forms vary in gender
    ("uk", "цієї", True),
    ("uk", "кожного", True),
    ("uk", "їхньою", True),
    ("uk", "оцей", True),  # no list needed: any such pronoun
    ("uk", "якому", False),  # a relative pronoun is its clause's
    ("uk", "він", False),  # a personal pronoun
    ("uk", "його", False),  # the possessive, the same in every case
    ("uk", "хто", False),
]


@pytest.mark.parametrize(("lang", "word", "expected"), DETERMINERS)
def test_determiner(lang: str, word: str, expected: bool) -> None:
    assert _determiner(lang, word) is expected
