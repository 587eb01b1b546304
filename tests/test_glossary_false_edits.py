"""Correct lines the enforcer must leave alone (issue 12: tokens changed on correct lines → 0).

Each row is a valid form of the right entity, or an accepted variant of it, that some rule
took for an error; the examples are written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, assert_not_fixed, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.context import CaseContext
from pipeline.glossary.decide import KEEP, REWRITE, VALID, Evidence, decide

ROWS = """id	type	en	uk	ru	note	dnt
ivanov	PER	Ivan Ivanov | Ivanov	Іван Іванов | Іванов	Иван Иванов | Иванов
johnson	PER	Boris Johnson | Johnson	Борис Джонсон | Джонсон	Борис Джонсон | Джонсон
paris	LOC	Paris	Париж	Париж
kazakhstan	LOC	Kazakhstan	Казахстан	Казахстан
prague	LOC	Prague	Прага	Прага
fengxg	PER	Feng Xiaogang	Фен Сяоган	Фэн Сяоган
peredelkino	LOC	Peredelkino	Переделкіно	Переделкино
denys	LOC	Denys	Денис	Денис
kudin	PER	Kudin	Кудін	Кудин
abramovich	PER	Roman Abramovich	Роман Абрамович	Роман Абрамович
"""

GOVERNED = CaseContext(("accs",), True, basis="government")  # проживаємо …: "an object"


def cases(*names: str) -> frozenset[str]:
    return frozenset(names)


DECISIONS = [
    # A verb's government rules out a nominative (Вони керують Японія) ...
    (Evidence(VALID, cases("nomn"), GOVERNED, fits=("accs",)), REWRITE, "government"),
    # ... not an oblique form, which another object or a left-out preposition may explain
    (Evidence(VALID, cases("datv", "loct"), GOVERNED, fits=("accs",)), KEEP, "context-allows"),
    (Evidence(VALID, cases("loct"), GOVERNED, fits=("accs",)), KEEP, "context-allows"),
]  # fmt: skip


@pytest.mark.parametrize(("evidence", "action", "reason"), DECISIONS)
def test_decide(evidence: Evidence, action: str, reason: str) -> None:
    decision = decide(evidence)
    assert (decision.action, decision.reason) == (action, reason)


glossary = rows_fixture(ROWS)


UNTOUCHED = [
    # ‘ typed for the apostrophe is one word (прем‘єр), a title the name agrees with
    ("This was denied by Prime Minister Ivan Ivanov.", "uk",
     "Це вже спростував прем‘єр Іван Іванов."),
    # an oblique form after a verb: a preposition the writer left out, not an object
    ("And now we live in Paris.", "uk", "А зараз проживаємо Парижі."),
    # a hyphen between blanks is a dash: the name after it is no object of the verb before
    ("All he did was pester us - Johnson and Johnson.", "ru",
     "Только и знал, что нас донимать - Джонсон да Джонсон."),
    # a name that goes on with the source's number is a longer name (a district), whole
    ("She lives in Prague 9.", "uk", "Вона живе на Прага 9."),
    # a first name followed by a person's surname in its case is the longer name's: a
    # glossary that types it as a place does not make it a noun's genitive
    ("Denys Kudin, the deputy minister of finance, explained it.", "uk",
     "Заступник міністра фінансів Денис Кудін пояснив це."),
    # a short adjective agreeing with the name makes it a subject, as the source has it
    ("The biggest polluter of the planet, Roman Abramovich, is responsible for it.", "ru",
     "Самый большой загрязнитель планеты Роман Абрамович ответственен за это."),
    # a name after a genitive may be what the noun before it is called: a word of naming,
    # a kind of place (not only the genitive's own relation: мер Києва)
    ("The file has the surname of the informer, Johnson.", "uk",
     "У справі є прізвище інформатора Джонсон."),
    ("The dacha stands in the writers' town of Peredelkino.", "ru",
     "Дача стоит в городке писателей Переделкино."),
    # a Chinese name, surname first, declines its last word only (Фэн of Фэн Сяогана)
    ("The film is ready, according to Feng Xiaogang.", "ru",
     "По словам Фэн Сяогана, фильм готов."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target"), UNTOUCHED)
def test_untouched(glossary: Glossary, source: str, lang: str, target: str) -> None:
    assert_not_fixed(glossary, source, target, lang)


STILL_FIXED = [
    # a number after the name that counts the next word is no part of the name
    ("Twenty died in Kazakhstan 85 patients are in a grave state", "ru",
     "Двадцать человек скончались в Казахстан 85 больных в тяжелом состоянии",
     "Двадцать человек скончались в Казахстане 85 больных в тяжелом состоянии"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), STILL_FIXED)
def test_still_fixed(
    glossary: Glossary, source: str, lang: str, target: str, expected: str
) -> None:
    assert_fixed(glossary, source, target, expected, lang)
