"""A Ukrainian nominative where the translation's grammar needs another case, session 21
(nomuk21): what passes and what fails.

Each row gives an entity (type, English forms, the Ukrainian forms), an English source, a
translation with the rendering in the nominative, and what the enforcer must make of it.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.format import Entry

ROSSTAT = ("ORG", "Rosstat", "Росстат")
UKRNAFTA = ("ORG", "Ukrnafta", "Укрнафта")
DERZHSTAT = ("ORG", "State Statistics Service", "Державна служба статистики")
AUSTRIA = ("LOC", "Austria", "Австрія")
NAFTOGAZ = ("ORG", "Naftogaz", "Нафтогаз")
BANK = ("ORG", "National Bank", "Національний банк")
KAZAN = ("LOC", "Kazan", "Казань")
KHARKIV = ("LOC", "Kharkiv", "Харків")
PAVLOHRAD = ("LOC", "Pavlohrad", "Павлоград")
MELITOPOL = ("LOC", "Melitopol", "Мелітополь")
BERDIANSK = ("LOC", "Berdiansk", "Бердянськ")
POLAND = ("LOC", "Poland", "Польща")
WARSAW = ("LOC", "Warsaw", "Варшава")
BERLIN = ("LOC", "Berlin", "Берлін")
KYIV = ("LOC", "Kyiv", "Київ")
BIDEN = ("PER", "Joe Biden | Biden", "Джо Байден | Байден")
SCHOLZ = ("PER", "Olaf Scholz | Scholz", "Олаф Шольц | Шольц")
MARTIAL_LAW = ("TERM", "martial law", "воєнний стан")
ROSKOMNADZOR = ("ORG", "Roskomnadzor", "Роскомнадзор")
YANDEX = ("ORG", "Yandex", "Яндекс")
SADOVYI = ("PER", "Andriy Sadovyi | Sadovyi", "Андрій Садовий | Садовий")
MUDRYK = ("PER", "Mykhailo Mudryk | Mudryk", "Михайло Мудрик | Мудрик")
LYUTYI = ("PER", "Oleh Lyutyi | Lyutyi", "Олег Лютий | Лютий")
KAREN = ("PER", "Karen", "Карен")

ROWS = [
    # (entity, source, translation, expected, status)
    # A body's or a place's name after a noun that is no kind of thing a name names, the
    # source's possessor ("Ukrnafta's", "of the National Bank"): the noun's genitive (before:
    # proposed, the context's genitive not being strong there; nomru20's rule, now uk too).
    (ROSSTAT, "Economists doubt Rosstat's inflation figures.",
     "Економісти сумніваються в даних Росстат щодо інфляції.",
     "Економісти сумніваються в даних Росстату щодо інфляції.", "fixed"),
    (BANK, "The decision of the National Bank surprised the market.",
     "Ринок здивувало рішення Національний банк.",
     "Ринок здивувало рішення Національного банку.", "fixed"),
    (AUSTRIA, "A defensive mistake led to Austria's only goal.",
     "Помилка захисника призвела до єдиного гола Австрія.",
     "Помилка захисника призвела до єдиного гола Австрії.", "fixed"),
    # ... KEPT (proposed): a uk term, whose genitive the renderer may give the other ending
    # (стана, not стану).
    (MARTIAL_LAW, "He is accused of aiding the declaration of martial law.",
     "Його звинувачують у пособництві запровадженню воєнний стан.",
     "Його звинувачують у пособництві запровадженню воєнний стан.", "needs-review"),
    # ... KEPT: a quoted body after a thing's noun, proposed by design (quoted2).
    (UKRNAFTA, "Ukrnafta's output rose last year.", "Торік видобуток «Укрнафта» зріс.",
     "Торік видобуток «Укрнафта» зріс.", "needs-review"),
    # ... KEPT (review20p): a person's noun before the body (регулятора, наглядача: its
    # apposition as likely), and a sentence's first noun; since prec23 регулятор and
    # пошуковик are kinds of body (context.CLASSIFIERS): kept with no proposal.
    (ROSKOMNADZOR, "The regulator Roskomnadzor's order was published on Friday.",
     "Розпорядження регулятора Роскомнадзор оприлюднили в п'ятницю.",
     "Розпорядження регулятора Роскомнадзор оприлюднили в п'ятницю.", "ok"),
    (YANDEX, "Yandex's search engine was blocked in Ukraine in 2017.",
     "Пошуковик Яндекс в Україні заблокували 2017 року.",
     "Пошуковик Яндекс в Україні заблокували 2017 року.", "ok"),
    # ... KEPT: a noun that is a kind of thing a name names (компанія «Нафтогаз»: its
    # apposition as likely), a compound modifier ("Naftogaz data": the noun's name as
    # likely), a source that makes the name no possessor, a verb right before.
    (NAFTOGAZ, "The company Naftogaz raised its prices.",
     "Компанія «Нафтогаз» підвищила ціни.", "Компанія «Нафтогаз» підвищила ціни.", "ok"),
    (DERZHSTAT, "Economists doubt the State Statistics Service data.",
     "Економісти сумніваються в даних Державна служба статистики.",
     "Економісти сумніваються в даних Державна служба статистики.", "needs-review"),
    (NAFTOGAZ, "Kyiv owes money to Naftogaz, the mayor said.",
     "Київ заборгував гроші «Нафтогаз», заявив мер.",
     "Київ заборгував гроші «Нафтогаз», заявив мер.", "ok"),
    # A name that begins its clause after words that only open it (adverbs, a subordinator,
    # a phrase of time), before a verb that cannot agree with it: that verb's object, as at
    # the sentence's start (before: kept, the name read as a subject).
    (SADOVYI, "In 2020 Sadovyi was elected mayor for the fourth time.",
     "У 2020 році Садовий вчетверте обрали міським головою.",
     "У 2020 році Садового вчетверте обрали міським головою.", "fixed"),
    (SADOVYI, "Sadovyi was elected mayor yesterday.", "Учора Садовий обрали мером.",
     "Учора Садового обрали мером.", "fixed"),
    (MUDRYK, "Rebrov said Mudryk could be called up in March.",
     "Ребров заявив, що Мудрик можуть викликати на березневі матчі.",
     "Ребров заявив, що Мудрика можуть викликати на березневі матчі.", "fixed"),
    (LYUTYI, "After Lyutyi was promoted to general, his deputy took over the brigade.",
     "Після того як Лютий присвоїли звання генерала, бригаду очолив його заступник.",
     "Після того як Лютому присвоїли звання генерала, бригаду очолив його заступник.",
     "fixed"),
    # ... KEPT: a verb that agrees, a plural verb after a pair (the name with its partner: з
    # дружиною), a negated verb (the genitive of negation fits too), a list.
    (SADOVYI, "In 2020 Sadovyi won the election.", "У 2020 році Садовий переміг на виборах.",
     "У 2020 році Садовий переміг на виборах.", "ok"),
    (SADOVYI, "Yesterday Sadovyi and his wife visited Kyiv.",
     "Учора Садовий з дружиною відвідали Київ.",
     "Учора Садовий з дружиною відвідали Київ.", "ok"),
    # ... KEPT (WMT22): a coordinator joins a clause whose subject may stand elsewhere
    # (a woman's name the dictionary reads as a man's: але Карен вирішила).
    (KAREN, "We were busy, but Karen decided to skip the queue.",
     "Ми були зайняті, але Карен вирішила обійти чергу.",
     "Ми були зайняті, але Карен вирішила обійти чергу.", "ok"),
    (SADOVYI, "He said that Sadovyi and Klitschko met.",
     "Він сказав, що Садовий і Кличко зустрілися.",
     "Він сказав, що Садовий і Кличко зустрілися.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "expected", "status"), ROWS)
def test_a_ukrainian_nominative_the_grammar_rules_out(
    entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, "uk") == (expected, [status])


PAIRS = [
    # (the two entities, source, translation, expected, statuses)
    # A valid nominative joined by a coordinator to another glossary name whose own context
    # is sure and rules the nominative out (a noun's genitive, a preposition's locative)
    # shares that name's case, the source joining the two names (before: kept, or proposed).
    ((KHARKIV, PAVLOHRAD), "Air defence systems were deployed to protect Kharkiv and Pavlohrad.",
     "Системи ППО розгорнули для захисту Харкова та Павлоград.",
     "Системи ППО розгорнули для захисту Харкова та Павлограда.", ["ok", "fixed"]),
    ((KHARKIV, PAVLOHRAD), "Residents of Kharkiv and Pavlohrad were left without power.",
     "Мешканці Харкова та Павлоград залишилися без світла.",
     "Мешканці Харкова та Павлограда залишилися без світла.", ["ok", "fixed"]),
    # ... KEPT: a verb right after that agrees with the name (its own clause's subject), and
    # a source that makes the name a subject.
    ((MELITOPOL, BERDIANSK), "The resistance in Melitopol and Berdiansk blew up a railway.",
     "Рух опору в Мелітополі та Бердянськ підірвав залізницю.",
     "Рух опору в Мелітополі та Бердянськ підірвав залізницю.", ["ok", "ok"]),
    # ... KEPT (red-team sentences9, 11): the name may begin a clause of its own, a list
    # going on after it or a verb of its clause after it whose object it is, put first.
    ((WARSAW, BERLIN), "They stopped in Warsaw and Berlin reached by evening.",
     "Вони зупинилися у Варшаві й Берлін дісталися до вечора.",
     "Вони зупинилися у Варшаві й Берлін дісталися до вечора.", ["ok", "needs-review"]),
    ((KYIV, KHARKIV), "He studied in Kyiv and Kharkiv he knows too.",
     "Він навчався в Києві й Харків теж знає.", "Він навчався в Києві й Харків теж знає.",
     ["ok", "ok"]),
    ((BIDEN, SCHOLZ), "At the summit he met Biden and Scholz and Macron signed the declaration.",
     "На саміті він зустрівся з Байденом і Шольц та Макрон підписали декларацію.",
     "На саміті він зустрівся з Байденом і Шольц та Макрон підписали декларацію.",
     ["ok", "needs-review"]),
    ((KAZAN, POLAND), "Drones attacked Kazan and Poland raised its jets.",
     "Дрони атакували Казань, і Польща підняла авіацію.",
     "Дрони атакували Казань, і Польща підняла авіацію.", ["ok", "ok"]),
    ((MELITOPOL, POLAND), "Strikes hit Melitopol and Poland protested.",
     "Удари влучили в Мелітополі та Польща протестувала.",
     "Удари влучили в Мелітополі та Польща протестувала.", ["ok", "ok"]),
]  # fmt: skip


@pytest.mark.parametrize(("entities", "source", "target", "expected", "statuses"), PAIRS)
def test_a_conjunct_of_another_glossary_name(
    entities: tuple[tuple[str, str, str], ...], source: str, target: str, expected: str,
    statuses: list[str],
) -> None:
    glossary = Glossary([
        Entry(id=f"e{i}", type=kind, note="",
              forms={"en": tuple(en.split(" | ")), "uk": tuple(uk.split(" | "))})
        for i, (kind, en, uk) in enumerate(entities)
    ])
    new, hits = enforce_sentence(source, target, "en", "uk", glossary)
    assert (new, [h.status for h in sorted(hits, key=lambda h: h.target_span or (0, 0))]) == (
        expected, statuses
    )
