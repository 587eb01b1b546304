"""A Russian nominative where the sentence needs another case, seventh round (issue 12,
class 1, nomru7), as tables of sentences written for these tests.

``FIXED``: the government of the translation's own words: a verb of giving or sending with
a thing in the accusative after the name has the name for its addressee, in the dative
(поставляет России беспилотники, направил Украине ещё один транш, будет поставлять Киеву
танки); a comparative whose clause has its subject before it takes the other side in the
genitive (Берлин больше Парижа, Стармер моложе Байдена); a name opening a clause before a
neuter predicative of needing with no infinitive, or before a number of years that ends the
clause, is in the dative (Зеленскому нужно больше оружия, Макрону 45 лет); after a noun of
giving or answering, a place or body the source says "to" is the dative (Помощь Украине,
Слава Украине); a passive participle after its noun and a comma has the name for its agent
(Закон, подписанный Дудой); a capitalized word the dictionary knows as a person agreeing
with the verb is its subject, so the name after the verb is its object (Трамп позвонил
Путину: трамп is also a tramp steamer, whose accusative made it a possible object); a noun
before в with a verb of giving after the name leaves the place's
case to the source (Суд в Гааге выдал ордер).
``KEPT``: the fronted object of an infinitive (Киев нужно защитить: it was written Киеву);
the second side of между after a first side in the nominative (Между Киев и Москвой: the
valid Москвой was written Москву); a verb of motion or aiming after a noun's в/на (Инспекторы
в Китай прибыли, На Рождество на Киев запустили дроны); a subject after its verb past a
comparative of time or with no subject before (Позже Путин сказал, В этом году заработал
больше Газпром, Чем больше Россия); Путин 20 лет у власти (no clause end after лет); a
participle that agrees with the name (Освобождённый Навальный); the source's subject
after the verb (Путин позвонил Трамп for "Putin was called by Trump": proposed, not
written).
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, assert_kept, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence

ROWS = """id	type	en	ru	uk
russia	LOC	Russia	Россия	Росія
ukraine	LOC	Ukraine	Украина	Україна
iran	LOC	Iran	Иран	Іран
kyiv	LOC	Kyiv	Киев	Київ
moscow	LOC	Moscow	Москва	Москва
china	LOC	China	Китай	Китай
berlin	LOC	Berlin	Берлин	Берлін
paris	LOC	Paris	Париж	Париж
lviv	LOC	Lviv	Львов	Львів
kharkiv	LOC	Kharkiv	Харьков	Харків
hague	LOC	The Hague	Гаага	Гаага
poland	LOC	Poland	Польша	Польща
germany	LOC	Germany	Германия	Німеччина
britain	LOC	Britain	Британия	Британія
hungary	LOC	Hungary	Венгрия	Угорщина
eu	ORG	European Union | EU	Европейский союз | ЕС	Європейський Союз | ЄС
gazprom	ORG	Gazprom	Газпром	Газпром
kremlin	ORG	Kremlin	Кремль	Кремль
washington	LOC	Washington	Вашингтон	Вашингтон
zelensky	PER	Zelensky	Зеленский	Зеленський
macron	PER	Emmanuel Macron | Macron	Эммануэль Макрон | Макрон	Емманюель Макрон | Макрон
biden	PER	Joe Biden | Biden	Джо Байден | Байден	Джо Байден | Байден
starmer	PER	Keir Starmer | Starmer	Кир Стармер | Стармер	Кір Стармер | Стармер
putin	PER	Vladimir Putin | Putin	Владимир Путин | Путин	Володимир Путін | Путін
scholz	PER	Olaf Scholz | Scholz	Олаф Шольц | Шольц
trump	PER	Donald Trump | Trump	Дональд Трамп | Трамп	Дональд Трамп | Трамп
duda	PER	Andrzej Duda | Duda	Анджей Дуда | Дуда	Анджей Дуда | Дуда
lavrov	PER	Sergey Lavrov | Lavrov	Сергей Лавров | Лавров	Сергій Лавров | Лавров
navalny	PER	Navalny	Навальный	Навальний
"""


glossary = rows_fixture(ROWS)


FIXED_ROWS = [
    # (source, translation, expected)
    # a verb of giving or sending, a thing in the accusative after the name: its addressee
    ("Iran supplies Russia with drones.", "Иран поставляет Россия беспилотники.",
     "Иран поставляет России беспилотники."),
    ("The EU sent Ukraine another tranche.", "ЕС направил Украина ещё один транш.",
     "ЕС направил Украине ещё один транш."),
    ("Berlin will supply Kyiv with tanks.", "Берлин будет поставлять Киев танки.",
     "Берлин будет поставлять Киеву танки."),
    ("Poland handed Ukraine new fighter jets.", "Польша передала Украина новые истребители.",
     "Польша передала Украине новые истребители."),
    # a comparative: the other side in the genitive
    ("Berlin is bigger than Paris.", "Берлин больше Париж.", "Берлин больше Парижа."),
    ("Starmer is younger than Biden.", "Стармер моложе Байден.", "Стармер моложе Байдена."),
    ("Poland spends more on defence than Germany.", "Польша тратит на оборону больше Германия.",
     "Польша тратит на оборону больше Германии."),
    # a clause with no subject: needing with no infinitive, an age
    ("Zelensky needs more weapons.", "Зеленский нужно больше оружия.",
     "Зеленскому нужно больше оружия."),
    ("In his words, Ukraine needs 40 billion.", "По его словам, Украина нужно 40 миллиардов.",
     "По его словам, Украине нужно 40 миллиардов."),
    ("Macron is 47.", "Макрон 47 лет.", "Макрону 47 лет."),
    ("Biden was 81 years old.", "Байден было 81 год.", "Байдену было 81 год."),
    # a noun of giving or answering, the source's "to": a place's or body's dative
    ("Aid to Paris will grow.", "Помощь Париж будет увеличена.", "Помощь Парижу будет увеличена."),
    ("Glory to Ukraine!", "Слава Украина!", "Слава Украине!"),
    ("Aid to Ukraine continues.", "Помощь Украина продолжается.", "Помощь Украине продолжается."),
    # a passive participle after its noun and a comma: the name its agent
    ("The law signed by Duda comes into force.", "Закон, подписанный Дуда, вступает в силу.",
     "Закон, подписанный Дудой, вступает в силу."),
    ("The statement made by Lavrov surprised many.", "Заявление, сделанное Лавров, удивило многих.",
     "Заявление, сделанное Лавровым, удивило многих."),
    # a person the dictionary knows before the verb is its subject, not a thing of that
    # spelling (трамп, a tramp steamer, whose accusative made it a possible object)
    ("Trump called Putin.", "Трамп позвонил Путин.", "Трамп позвонил Путину."),
    # a noun's в with a verb of giving after the name: the source's "in"
    ("The court in The Hague issued a warrant.", "Суд в Гаага выдал ордер.",
     "Суд в Гааге выдал ордер."),
]  # fmt: skip

KEPT_ROWS = [
    # (source, translation): correct as they stand
    ("Kyiv must be defended.", "Киев нужно защитить."),
    ("Between Kyiv and Moscow there is no dialogue.", "Между Киевом и Москвой нет диалога."),
    ("Inspectors arrived in China.", "Инспекторы в Китай прибыли."),
    ("On Christmas drones were launched at Kyiv.", "На Рождество на Киев запустили дроны."),
    ("Later Putin said no.", "Позже Путин сказал нет."),
    ("This year Gazprom earned more.", "В этом году заработал больше Газпром."),
    ("The bigger Russia, the worse.", "Чем больше Россия, тем хуже."),
    ("Putin has been in power for 20 years.", "Путин 20 лет у власти."),
    ("Putin visited China a week ago.", "Путин посетил Китай неделю назад."),
    ("Russia attacked Ukraine at night.", "Россия атаковала Украину ночью."),
    # a participle that agrees with the name is its own (the freed Navalny)
    ("The freed Navalny returned.", "Освобождённый Навальный вернулся."),
    ("The newly elected Biden spoke.", "Вновь избранный Байден выступил."),
    # the source's subject after the verb: the one before it is the slip, proposed
    ("Putin was called by Trump.", "Путин позвонил Трамп."),
    # a time after the object is no thing given; an infinitive past an adverb still takes
    # the name first; a verb's object before больше is not its other side (reviewD)
    ("Ukraine took Kharkiv back a year ago.", "Украина вернула Харьков год назад."),
    ("Russia shelled Kharkiv all night.", "Россия обстреливала Харьков всю ночь."),
    ("Kharkiv must be defended urgently.", "Харьков нужно срочно защитить."),
    ("Kyiv had to be defended at any cost.", "Киев надо было защищать любой ценой."),
    ("Moscow values Berlin more than Paris.", "Москва ценит больше Берлин, чем Париж."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "expected"), FIXED_ROWS)
def test_fixed(glossary: Glossary, source: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target"), KEPT_ROWS)
def test_kept(glossary: Glossary, source: str, target: str) -> None:
    assert_kept(glossary, source, target, "ru")


# Between's second side, valid, after a first side left in the nominative: the first is
# rewritten, the second kept (it was written Москву).
def test_between_second_side_kept(glossary: Glossary) -> None:
    out, _ = enforce_sentence("Between Kyiv and Moscow there is no dialogue.",
                              "Между Киев и Москвой нет диалога.", "en", "ru", glossary)
    assert out == "Между Киевом и Москвой нет диалога."
