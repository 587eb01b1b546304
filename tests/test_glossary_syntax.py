"""The Russian parse as evidence for a name's case (slovnet's syntax model, via natasha)."""

from __future__ import annotations

import pytest

from pipeline.glossary.match import tokenize
from pipeline.glossary.syntax import (
    apposed_to_subject,
    genitive_of_subject,
    indirect_object,
    object_of_subject,
    parsed_context,
    points_nowhere,
    worth_parsing,
)

PARSED = [
    # (sentence, the name, entity type, gender, cases left, or None: the parse says nothing)
    ("поворот в соперничестве команд Далласа и Вашингтон, которое стало интереснее",
     "Вашингтон", "LOC", "masc", ("gent",)),  # a conjunct of a genitive
    ("Мюнстер отыгрался, и Фрост отправили на скамью.",
     "Фрост", "PER", "masc", ("accs",)),  # the object of a plural verb
    ("Игра продолжилась, и Фрост удалился с поля.", "Фрост", "PER", "masc", None),  # subject
    ("Полиция задержала Иванова и Петров вчера.", "Петров", "PER", "masc",
     ("accs",)),  # a conjunct of an object, its verb not his
    ("Франция и Германия заявили об этом.", "Германия", "LOC", "femn", None),  # co-subjects
    ("Си со стороны Китая и Путин со стороны России доминируют над G7", "Путин", "PER", "masc",
     None),  # a co-subject, whatever the parse joins it to
    ("Встреча Путина и Байден заявил об этом.", "Байден", "PER", "masc", None),  # a new subject
    ("Он поблагодарил Байдена и Путин за помощь.", "Путин", "PER", "masc",
     ("gent", "accs")),  # the verb has its own subject, the pronoun before it
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "kind", "gender", "cases"), PARSED)
def test_parsed_context(
    text: str, name: str, kind: str, gender: str, cases: tuple[str, ...] | None
) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == name)
    ctx = parsed_context(tokens, i, i, kind, gender)
    assert (ctx.cases if ctx is not None else None) == cases
    assert ctx is None or ctx.strong


def test_parsed_only_on_a_clue() -> None:
    tokens = tokenize("Вчера Путин заявил об этом.")
    assert not worth_parsing(tokens, 1, 1, "masc")  # a subject whose verb agrees
    tokens = tokenize("Вчера Путин заявили об этом.")
    assert worth_parsing(tokens, 1, 1, "masc")  # a plural verb: worth a parse


WHERE = [
    # (sentence, the name after в/на, whether nothing in the parse points there)
    ("В Иран зафиксирован самый низкий уровень заражений", "Иран", True),
    ("В Китай прибыли инспекторы МАГАТЭ.", "Китай", False),  # a verb of motion
    ("Он сказал, что в Китай поедет делегация.", "Китай", False),
    ("Экспорт нефти в Китай вырос.", "Китай", False),  # a word of direction
]


@pytest.mark.parametrize(("text", "name", "nowhere"), WHERE)
def test_points_nowhere(text: str, name: str, nowhere: bool) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == name)
    assert points_nowhere(tokens, i, i) is nowhere


APPOSED = [
    # (sentence with a Latin rendering, its first and last word, the nominative put in its
    # place, whether the parse makes it an apposition of its clause's subject)
    ("Об этом рассказал кардиолог Igor Sokolov.", "Igor", "Sokolov", "Игорь Соколов", True),
    ("Профессор истории университета в Казани Igor Sokolov считает, что это так.", "Igor",
     "Sokolov", "Игорь Соколов", True),  # across genitives and a prepositional phrase
    ("Мы встретили кардиолога Igor Sokolov вчера.", "Igor", "Sokolov", "Игорь Соколов",
     False),  # the apposition of an object
    ("Позиция Igor Sokolov была известна.", "Igor", "Sokolov", "Игорь Соколов",
     False),  # a noun's genitive
    ("Если так, то самый большой загрязнитель планеты Igor Sokolov ответственен за 30 тонн "
     "газов.", "Igor", "Sokolov", "Игорь Соколов", True),  # a short adjective's subject
]  # fmt: skip


@pytest.mark.parametrize(("text", "first", "last", "fill", "apposed"), APPOSED)
def test_apposed_to_subject(text: str, first: str, last: str, fill: str, apposed: bool) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == first)
    j = next(n for n, t in enumerate(tokens) if t.text == last)
    assert apposed_to_subject(tokens, i, j, fill) is apposed


OBJECTS = [
    # (sentence, the name, the case the parse gives it as an object, or None)
    ("Вчера Верховен опередил Соколов на трассе.", "Соколов", ("accs",)),  # subject first
    ("Документ подписал Соколов.", "Соколов", None),  # the name is the subject
    ("Книгу подписал Соколов.", "Соколов", None),  # the word before may be the object
]


@pytest.mark.parametrize(("text", "name", "cases"), OBJECTS)
def test_object_of_subject(text: str, name: str, cases: tuple[str, ...] | None) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == name)
    ctx = object_of_subject(tokens, i, i)
    assert (ctx.cases if ctx is not None else None) == cases


INDIRECT = [
    # (sentence, the name, whether the parse makes it a verb's indirect object)
    ("Россия поставляет Armenia оружие.", "Armenia", True),
    ("Он решил угрожать непосредственно Konstantinopol.", "Konstantinopol", True),
    ("Armenia поставляет оружие в Россию.", "Armenia", False),  # the subject
    ("Россия поставляет оружие в Armenia.", "Armenia", False),  # a preposition's
]


@pytest.mark.parametrize(("text", "name", "indirect"), INDIRECT)
def test_indirect_object(text: str, name: str, indirect: bool) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == name)
    assert indirect_object(tokens, i, i) is indirect


GENITIVES = [
    # (sentence, the name, entity type, the parse's genitive of the subject before it?)
    ("Экономика Китай растет быстрее прогнозов.", "Китай", "LOC", True),
    ("Население Украина сократилось на миллион.", "Украина", "LOC", True),
    ("Решение Путин удивило многих.", "Путин", "PER", True),
    ("Столица Киев приняла саммит.", "Киев", "LOC", False),  # a kind of place: apposition
    ("Река Днепр разлилась.", "Днепр", "LOC", False),
    ("Решение Путин принял вчера.", "Путин", "PER", False),  # the noun is the object
    ("Новый закон Германия приняла в мае.", "Германия", "LOC", False),  # the name, subject
    ("Президент Зеленский заявил о потерях.", "Зеленский", "PER", False),  # a title
    ("Соцсеть Twitter заблокировала аккаунт.", "Twitter", "ORG", False),  # a body: no say
    ("Собрался Совет Украина – НАТО.", "Украина", "LOC", False),  # a pair of names
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "kind", "genitive"), GENITIVES)
def test_genitive_of_subject(text: str, name: str, kind: str, genitive: bool) -> None:
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if t.text == name)
    ctx = genitive_of_subject(tokens, i, i, kind)
    assert (ctx is not None and ctx.strong and ctx.cases == ("gent",)) == genitive
