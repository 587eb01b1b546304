"""A Russian nominative where the translation's grammar needs another case, session 22
(nomru22): what passes and what fails.

Each row gives an entity (type, English forms, the Russian forms), an English source, a
translation with the rendering in the nominative, and what the enforcer must make of it.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

BELARUS = ("LOC", "Belarus", "Беларусь")
GERMANY = ("LOC", "Germany", "Германия")
AUSTRIA = ("LOC", "Austria", "Австрия")
MOSCOW = ("LOC", "Moscow", "Москва")

ROWS = [
    # (entity, source, translation, expected, status)
    # The name after и whose conjunct before it is the genitive of a common noun (no
    # nominative reading), no verb of the clause able to take the name for its subject: the
    # noun's genitive too (before: kept, the nominative allowed as a new clause's subject).
    # A form in no case of the noun (Москва, no accusative) is ruled out by the words alone.
    (MOSCOW, "Police seized the cars of Kyiv and Moscow at the border.",
     "Полиция задержала машины Киева и Москва на границе.",
     "Полиция задержала машины Киева и Москвы на границе.", "fixed"),
    (MOSCOW, "The organisers banned the flags of Kyiv and Moscow in the stands.",
     "Организаторы запретили флаги Киева и Москва на трибунах.",
     "Организаторы запретили флаги Киева и Москвы на трибунах.", "fixed"),
    # One that may be in the noun's case (Беларусь, a nominative and an accusative, after
    # машины, flags: the noun's own conjunct, "the cars and Belarus", to the words) is
    # written where the source's "of" makes it the genitive (rule c: list-and-source).
    (BELARUS, "The organisers banned the flags of Russia and Belarus in the stands.",
     "Организаторы запретили флаги России и Беларусь на трибунах.",
     "Организаторы запретили флаги России и Беларуси на трибунах.", "fixed"),
    (BELARUS, "Police seized the cars of Russia and Belarus at the border.",
     "Полиция задержала машины России и Беларусь на границе.",
     "Полиция задержала машины России и Беларуси на границе.", "fixed"),
    # (written on main too, by the source's "of": a list of three, a noun after a verb)
    (AUSTRIA, "The government welcomed the decision of Norway, Ireland and Austria.",
     "Правительство приветствовало решение Норвегии, Ирландии и Австрия.",
     "Правительство приветствовало решение Норвегии, Ирландии и Австрии.", "fixed"),
    (GERMANY, "The president met the ambassadors of France and Germany.",
     "Президент встретился с послами Франции и Германия.",
     "Президент встретился с послами Франции и Германии.", "fixed"),
    # ... KEPT: the noun's own conjunct, as the source has it ("a plant and Kazan": no "of"
    # for it; Казань the accusative of посетил); a verb that can agree with the name (its
    # subject, after the verb or before it: и "too"); no verb at all (a heading: the
    # source's "of" only proposes); a verb after the pair that agrees with the name (an
    # object put first).
    (BELARUS, "Lukashenko inspected the plants of Russia and Belarus itself.",
     "Лукашенко осмотрел заводы России и саму Беларусь.",
     "Лукашенко осмотрел заводы России и саму Беларусь.", "ok"),
    (BELARUS, "Belarus also backed the sanctions against Russia.",
     "Санкции против России поддержала и Беларусь.",
     "Санкции против России поддержала и Беларусь.", "ok"),
    (BELARUS, "Belarus banned the flags of Russia.", "Флаги России и Беларусь запретила.",
     "Флаги России и Беларусь запретила.", "ok"),
    (BELARUS, "The defence ministers of Ukraine and Belarus", "Министры обороны Украины и Беларусь",
     "Министры обороны Украины и Беларусь", "needs-review"),
    (GERMANY, "France and Germany sent envoys.", "Послов Франции и Германия отправила.",
     "Послов Франции и Германия отправила.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "expected", "status"), ROWS)
def test_a_russian_nominative_the_grammar_rules_out(
    entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, "ru") == (expected, [status])
