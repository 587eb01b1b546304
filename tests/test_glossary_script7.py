"""The case of a rewrite with no ending of its own (issue 12, script7), as tables written for
these tests.

``FIXED_LINES``: a rewrite written, in the case the translation needs —
- a Latin copy after a noun that the source's 's or "of" makes the name's owner, where a
  past verb follows: the verb's subject is the noun, not the name, when the noun stands in
  no preposition's phrase and its nominative agrees with the verb (Прибуток Gazprom впав,
  Оппозиция Moldova призвала), or when the verb cannot agree with the name: the noun's
  genitive, not the nominative of a subject (`enforce._owned_subject_before`); in Russian
  also after a noun that opens the sentence, capitalized (Пресс-секретарь Putin опроверг →
  Путина);
- a Latin copy after a noun that takes the dative (допомога, пам'ятник, вірність), where
  the source says "to": the dative, not the noun's genitive (`enforce._recipient`, before
  for Russian only);
- a brand the glossary keeps in lower-case Latin (dpa), written over an engine's Cyrillic
  at the start of a sentence: as the glossary spells it, not capitalized (`_latin_brand`).

``KEPT_LINES``: no "to" in the source keeps the genitive (Допомога Ukraine біженцям for
"Ukraine's aid to refugees").

Each row marked *new* fails on the code before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, rows_fixture

from pipeline.glossary import Glossary

ROWS = """id	type	en	uk	ru	dnt
tusk	PER	Donald Tusk | Tusk	Дональд Туск | Туск	Дональд Туск | Туск
navalny	PER	Alexei Navalny | Navalny	Олексій Навальний | Навальний	Алексей Навальный | Навальный
zelensky	PER	Volodymyr Zelensky | Zelensky	Володимир Зеленський | Зеленський	Владимир Зеленский | Зеленский
putin	PER	Vladimir Putin | Putin	Володимир Путін | Путін	Владимир Путин | Путин
gazprom	ORG	Gazprom	Газпром	Газпром
ukraine	LOC	Ukraine	Україна	Украина
moldova	LOC	Moldova	Молдова	Молдова
shevchenko	PER	Taras Shevchenko | Shevchenko	Тарас Шевченко | Шевченко	Тарас Шевченко | Шевченко
dpa	ORG	dpa	dpa	dpa
morgan	PER	Morgan	Морган	Морган
"""  # noqa: E501


glossary = rows_fixture(ROWS)


FIXED_LINES = [
    # (already so before: a past verb that cannot agree with the name, a person noun)
    ("Tusk's party said it would vote against.", "uk",
     "Партія Tusk заявила, що голосуватиме проти.", "Партія Туска заявила, що голосуватиме проти."),
    ("Navalny's lawyer filed an appeal.", "uk", "Адвокат Navalny подав апеляцію.",
     "Адвокат Навального подав апеляцію."),
    # new: the noun's nominative agrees with the past verb, no preposition governs it
    ("Gazprom's profit fell.", "uk", "Прибуток Gazprom впав.", "Прибуток Газпрому впав."),
    ("Moldova's opposition called for new elections.", "ru",
     "Оппозиция Moldova призвала к новым выборам.", "Оппозиция Молдовы призвала к новым выборам."),
    # new: ru, a noun that opens the sentence
    ("Putin's spokesman denied the report.", "ru", "Пресс-секретарь Putin опроверг сообщение.",
     "Пресс-секретарь Путина опроверг сообщение."),
    # new: a noun of the dative, the source's "to"
    ("Aid to Ukraine will continue.", "uk", "Допомога Ukraine триватиме.",
     "Допомога Україні триватиме."),
    ("A monument to Shevchenko was unveiled.", "uk", "Відкрили пам'ятник Shevchenko.",
     "Відкрили пам'ятник Шевченку."),
    # new: a lower-case Latin brand opens the sentence as it is
    ("dpa reported the deal on Monday.", "uk", "Дпа повідомила про угоду в понеділок.",
     "dpa повідомила про угоду в понеділок."),
    ("dpa reported the deal on Monday.", "ru", "дпа сообщило о сделке в понедельник.",
     "dpa сообщило о сделке в понедельник."),
]  # fmt: skip

KEPT_LINES = [
    # a capital after a quote inside the sentence is no sentence's first word, no common
    # noun to own the name (the lead, on the native ru set: before, Капитан Моргана)
    ("I know no rum except the likes of Bacardi and Captain Morgan.", "ru",
     'Я не знаю рома, кроме как "Бакарди" и "Капитан Морганем".',
     'Я не знаю рома, кроме как "Бакарди" и "Капитан Морган".'),
    # no "to" in the source: the noun's genitive
    ("Ukraine's aid to refugees will continue.", "uk", "Допомога Ukraine біженцям триватиме.",
     "Допомога України біженцям триватиме."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target", "expected"), FIXED_LINES + KEPT_LINES)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)
