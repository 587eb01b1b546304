"""The case written for a rendering with no ending of its own (a Latin copy, a made-up
ending) (issue 12, script19), as tables written for these tests.

``FIXED_LINES`` (each row marked *new* fails on the code before this work):

- a plural common noun right before a singular name of a body or a place (борги, долги,
  акциям; not a kind of thing a name names: магазинах, компаній, застосунки) owns it: a
  singular name is no apposition of a plural noun, so the genitive (борги «Яндекса»), not
  the nominative (`enforce._plural_head`);
- a participle of giving that governs both its doer and its addressee (присвячений,
  посвященный) takes the addressee's dative where the source says "to", not the doer's
  instrumental (`enforce._role_first`);
- uk за before a person the source puts "under" is in whose time, the genitive (За
  Костіна), for a rendering with no ending too (`enforce._in_whose_time`);
- за in a clause of voting is what one votes for, the accusative (За Головню
  проголосували; `enforce._voted_for`);
- the owner the source names by its own 's after a singular classifier (банк, фонд: the
  name may be its apposition otherwise) is in the genitive (Центральный банк Нигерии,
  `enforce._classifier_owned`);
- the source's indirect object ("to give Sadovyi powers") after a noun of giving is in the
  dative (надання Садовому, `enforce._recipient`);
- в/на right after a verb of hitting or falling upon (влучити, обрушиться) take the
  target's accusative (влучила в Запоріжжя, `enforce._hit_right_before`);
- a body's name right after an interview or a comment is the outlet it is given to, in the
  dative (В інтерв'ю «Економічній правді», `enforce._given_to_outlet`);
- a person the source makes the subject, after a noun in no nominative singular (the end
  of a title's genitive chain: Голова Верховної Ради) and before a past verb that agrees
  with the name, is that verb's subject (Руслан Стефанчук, `enforce._subject_past_chain`).

``KEPT_LINES`` / the rows marked *kept*: a weapon's or a product's name after a plural noun
names its kind (ракет «Калібр»), a list of names after a plural noun is its apposition
(команди «Шахтар» і «Динамо»), a plural name (Нідерланди), a person (брати) keep the
nominative; a participle's doer ("by") keeps the instrumental.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, assert_kept, rows_fixture

from pipeline.glossary import Glossary

ROWS = """id	type	en	uk	ru	note	dnt
yandex	ORG	Yandex	Яндекс	Яндекс	company
gazprom	ORG	Gazprom	Газпром	Газпром	company
sovcomflot	ORG	Sovcomflot	Совкомфлот	Совкомфлот	company
kalibr	TERM	Kalibr	Калібр	Калибр	missile
shakhtar	ORG	Shakhtar	Шахтар	Шахтер	club
dynamo	ORG	Dynamo	Динамо	Динамо	club
netherlands	LOC	Netherlands	Нідерланди	Нидерланды
shevchenko	PER	Taras Shevchenko | Shevchenko	Тарас Шевченко | Шевченко	Тарас Шевченко | Шевченко	man
lavrov	PER	Sergei Lavrov | Lavrov	Сергій Лавров | Лавров	Сергей Лавров | Лавров	man
kostin	PER	Andriy Kostin | Kostin	Андрій Костін | Костін	Андрей Костин | Костин	man
mazepa	PER	Ivan Mazepa | Mazepa	Іван Мазепа | Мазепа	Иван Мазепа | Мазепа	man
nigeria	LOC	Nigeria	Нігерія	Нигерия
norway	LOC	Norway	Норвегія	Норвегия
sadovyi	PER	Andriy Sadovyi | Sadovyi	Андрій Садовий | Садовий	Андрей Садовый | Садовый	man
zaporizhzhia	LOC	Zaporizhzhia	Запоріжжя	Запорожье
bahamas	LOC	Bahamas	Багами	Багамы
pravda	ORG	Ekonomichna Pravda	Економічна правда	Экономическая правда
stefanchuk	PER	Ruslan Stefanchuk | Stefanchuk	Руслан Стефанчук | Стефанчук	Руслан Стефанчук | Стефанчук	man
holownia	PER	Szymon Holownia | Holownia	Шимон Головня | Головня	Шимон Головня | Головня	man
"""  # noqa: E501


glossary = rows_fixture(ROWS)


FIXED_LINES = [
    # (already so before: the verb after agrees with the plural noun only)
    ("Experts say Yandex debts are growing.", "uk",
     "Експерти кажуть, що борги «Yandex» зростають.",
     "Експерти кажуть, що борги «Яндекса» зростають."),
    # new: a plural noun before a singular body's name owns it
    ("Sanctions hit Gazprom shares.", "ru", "Санкции ударили по акциям «Gazprom».",
     "Санкции ударили по акциям «Газпрома»."),
    ("Sovcomflot debts grew.", "ru", "Долги «Sovcomflot» выросли.",
     "Долги «Совкомфлота» выросли."),
    # new: a participle of giving, the source's "to": the addressee's dative
    ("A concert dedicated to Shevchenko was held in Kyiv.", "uk",
     "У Києві відбувся концерт, присвячений Shevchenko.",
     "У Києві відбувся концерт, присвячений Шевченку."),
    ("An exhibition dedicated to Mazepa opened.", "ru",
     "Открылась выставка, посвященная Mazepa.", "Открылась выставка, посвященная Мазепе."),
    # new: за of "under", in whose time
    ("Under Kostin, the office opened hundreds of cases.", "uk",
     "За Kostin офіс відкрив сотні справ.", "За Костіна офіс відкрив сотні справ."),
    # new: за in a clause of voting
    ("Few voters backed Holownia.", "uk", "За Holownia проголосували небагато виборців.",
     "За Головню проголосували небагато виборців."),
    ("Few voters backed Holownia.", "ru", "За Holownia проголосовали немногие избиратели.",
     "За Головню проголосовали немногие избиратели."),
    # new: the source's 's after a singular classifier: the owner
    ("Nigeria's central bank raised its rate again.", "ru",
     "Центральный банк Nigeria снова повысил ставку.",
     "Центральный банк Нигерии снова повысил ставку."),
    ("Norway's fund sold its stake.", "uk", "Фонд Norway продав свою частку.",
     "Фонд Норвегії продав свою частку."),
    # new: the source's indirect object after a noun of giving
    ("The council voted to give Sadovyi new powers.", "uk",
     "Рада проголосувала за надання Sadovyi нових повноважень.",
     "Рада проголосувала за надання Садовому нових повноважень."),
    # new: a verb of hitting right before в/на: its target's accusative
    ("A missile hit Zaporizhzhia at night.", "uk", "Уночі ракета влучила в Zaporizhzhia.",
     "Уночі ракета влучила в Запоріжжя."),
    ("A hurricane hit the Bahamas.", "ru", "Ураган обрушился на Bahamas.",
     "Ураган обрушился на Багамы."),
    # kept: a missile that hit a house in a city: the noun's place, the locative
    ("A missile hit a house in Zaporizhzhia.", "uk",
     "Ракета влучила в будинок у Zaporizhzhia.", "Ракета влучила в будинок у Запоріжжі."),
    # kept: "of" names the bank itself (no 's): the apposition stays
    ("The bank of Nigeria raised its rate again.", "ru",
     "Банк Nigeria снова повысил ставку.", "Банк Нигерия снова повысил ставку."),
    # new: an interview given to an outlet: the dative
    ("In an interview with Ekonomichna Pravda, the minister spoke about taxes.", "uk",
     "В інтерв’ю «Ekonomichna Pravda» міністр розповів про податки.",
     "В інтерв’ю «Економічній правді» міністр розповів про податки."),
    ("In an interview with Ekonomichna Pravda, the minister spoke about taxes.", "ru",
     "В интервью «Ekonomichna Pravda» министр рассказал о налогах.",
     "В интервью «Экономической правде» министр рассказал о налогах."),
    # new: the source's subject after a title's genitive chain, a past verb agreeing
    ("Speaker Ruslan Stefanchuk opened the session.", "uk",
     "Голова Верховної Ради Ruslan Stefanchuk відкрив засідання.",
     "Голова Верховної Ради Руслан Стефанчук відкрив засідання."),
    # kept: the owner the source names ("the Speaker's aide"): the genitive
    ("Stefanchuk's aide opened the session.", "uk", "Помічник Stefanchuk відкрив засідання.",
     "Помічник Стефанчука відкрив засідання."),
    # kept: a weapon's name after a plural noun names its kind
    ("Russia fired 14 Kalibr missiles.", "uk", "Росія випустила 14 ракет «Kalibr».",
     "Росія випустила 14 ракет «Калібр»."),
    # kept: a list of names after a plural noun is its apposition
    ("The teams Shakhtar and Dynamo drew.", "uk", "Команди «Shakhtar» і «Динамо» зіграли внічию.",
     "Команди «Шахтар» і «Динамо» зіграли внічию."),
    # kept: the participle's doer, "by"
    ("The statement signed by Lavrov was published.", "uk",
     "Опублікували заяву, підписану Lavrov.", "Опублікували заяву, підписану Лавровим."),
]  # fmt: skip

KEPT_LINES = [
    # valid forms stay as written
    ("Experts say Yandex debts are growing.", "uk",
     "Експерти кажуть, що борги «Яндекса» зростають."),
    ("Under Kostin, the office opened hundreds of cases.", "uk",
     "За Костіна офіс відкрив сотні справ."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target", "expected"), FIXED_LINES)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)


@pytest.mark.parametrize(("source", "tgt", "target"), KEPT_LINES)
def test_kept(glossary: Glossary, source: str, tgt: str, target: str) -> None:
    assert_kept(glossary, source, target, tgt)
