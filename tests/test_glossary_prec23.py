"""False edits on correct text and wrong forms written (issue 12, session 23, prec23): с / з
of size with the accusative.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence
from pipeline.glossary.format import Entry


def entry(en: str, uk: str, ru: str, kind: str, note: str = "") -> Entry:
    """An entry with both languages' forms, each written ``a | b``."""
    forms = {"en": tuple(en.split(" | ")), "uk": tuple(uk.split(" | ")),
             "ru": tuple(ru.split(" | "))}  # fmt: skip
    return Entry(id=en.split(" | ")[0].lower(), type=kind, note=note, forms=forms)


KYIV = entry("Kyiv", "Київ", "Киев", "LOC")
LUTSK = entry("Lutsk", "Луцьк", "Луцк", "LOC")
BELGIUM = entry("Belgium", "Бельгія", "Бельгия", "LOC")
CHAMBER = entry("Grand Chamber of the Supreme Court", "Велика палата Верховного Суду",
                "Большая палата Верховного суда", "ORG")
MORSKAYA = entry("Bolshaya Morskaya", "Велика Морська", "Большая Морская", "LOC")
AEROFLOT = entry("Aeroflot", "Аерофлот", "Аэрофлот", "ORG")
SBERBANK = entry("Sberbank", "Сбербанк", "Сбербанк", "ORG")
KAZAKHSTAN = entry("Kazakhstan", "Казахстан", "Казахстан", "LOC")
RUSSIA = entry("Russia", "Росія", "Россия", "LOC")
ARMED_FORCES = entry("Armed Forces", "Збройні сили", "Вооружённые силы", "ORG")
CHELNY = entry("Naberezhnye Chelny", "Набережні Челни", "Набережные Челны", "LOC")
CBANK = entry("Central Bank", "Центробанк", "Центробанк", "ORG")
NAFTOGAZ = entry("Naftogaz", "Нафтогаз", "Нафтогаз", "ORG")
SHAKHTAR = entry("Shakhtar", "Шахтар", "Шахтёр", "ORG")
HSE = entry("Higher School of Economics", "Вища школа економіки", "Высшая школа экономики", "ORG")

ROWS = [
    # (entity, source, translation, language, expected, status)
    # KEPT: с / з after a word of size is "as big as", its object in the accusative (was the
    # instrumental: Луцьком, Киевом, Бельгией)
    (LUTSK, "The lake is the size of Lutsk.", "Озеро завбільшки з Луцьк.", "uk",
     "Озеро завбільшки з Луцьк.", "ok"),
    (KYIV, "The reservoir is the size of Kyiv.", "Водохранилище размером с Киев.", "ru",
     "Водохранилище размером с Киев.", "ok"),
    (BELGIUM, "The park is roughly the size of Belgium.", "Парк размером почти с Бельгию.",
     "ru", "Парк размером почти с Бельгию.", "ok"),
    (BELGIUM, "The park is roughly the size of Belgium.", "Парк розміром майже з Бельгію.",
     "uk", "Парк розміром майже з Бельгію.", "ok"),
    # WRITTEN AS BEFORE: с / з "with", after no word of size
    (KYIV, "The talks with Kyiv went on.", "Переговоры с Киев продолжились.", "ru",
     "Переговоры с Киевом продолжились.", "fixed"),
    (LUTSK, "The border with Lutsk region.", "Зв'язок з Луцьк обірвався.", "uk",
     "Зв'язок з Луцьком обірвався.", "fixed"),
    # KEPT: a verb of declaring's instrumental noun before the name, the name ending the
    # clause: the verb's object (was the noun's genitive: Шахтёра, Шахтаря)
    # FIXED (review23w's mend): a nominative after с / з of size takes the accusative, the
    # one case "as big as" allows (was written in the instrumental: Бельгией, Бельгією)
    (BELGIUM, "The fire covered an area the size of Belgium.",
     "Пожар охватил территорию размером с Бельгия.", "ru",
     "Пожар охватил территорию размером с Бельгию.", "fixed"),
    (BELGIUM, "The fire covered an area the size of Belgium.",
     "Пожежа охопила територію розміром з Бельгія.", "uk",
     "Пожежа охопила територію розміром з Бельгію.", "fixed"),
    # FIXED (review23w's mend): a superlative adjective in a glossary form declines as itself
    # (pymorphy3 files высший and высочайший under высокий: was Высочайшей школе)
    (HSE, "He teaches at the Higher School of Economics.",
     "Он преподаёт в Высшая школа экономики.", "ru",
     "Он преподаёт в Высшей школе экономики.", "fixed"),
    # FIXED (review23w's mend): a noun in the instrumental after a verb that has its object
    # already (его) is no predicate: the name is the noun's genitive
    (NAFTOGAZ, "He was appointed head of Naftogaz.", "Его назначили главой «Нафтогаз».",
     "ru", "Его назначили главой «Нафтогаза».", "fixed"),
    (SHAKHTAR, "UEFA declared Shakhtar the winner.", "УЕФА объявил победителем «Шахтёр».",
     "ru", "УЕФА объявил победителем «Шахтёр».", "ok"),
    (SHAKHTAR, "UEFA declared Shakhtar the winner.", "УЄФА оголосив переможцем «Шахтар».",
     "uk", "УЄФА оголосив переможцем «Шахтар».", "ok"),
    (SHAKHTAR, "The federation named Shakhtar champion.",
     "Федерація визнала чемпіоном Шахтар.", "uk", "Федерація визнала чемпіоном Шахтар.", "ok"),
    # WRITTEN AS BEFORE: the name's own noun follows it (the genitive of the instrumental)
    (SHAKHTAR, "The club elected Surkis president of Shakhtar.",
     "Клуб избрал президентом «Шахтёр» Суркиса.", "ru",
     "Клуб избрал президентом «Шахтёра» Суркиса.", "fixed"),
    # PROPOSED, NOT WRITTEN: the subject put last after a phrase with свій / свой, whose
    # owner it is (was the noun's genitive: Центробанку, Нафтогаза)
    (CBANK, "The forecast was raised in the Central Bank's review.",
     "Прогноз підвищив у своєму огляді Центробанк.", "uk",
     "Прогноз підвищив у своєму огляді Центробанк.", "needs-review"),
    (CBANK, "The forecast was raised in the Central Bank's review.",
     "Прогноз повысил в своем обзоре Центробанк.", "ru",
     "Прогноз повысил в своем обзоре Центробанк.", "needs-review"),
    (NAFTOGAZ, "The plan is set out in Naftogaz's new strategy.",
     "План описал в своей новой стратегии Нафтогаз.", "ru",
     "План описал в своей новой стратегии Нафтогаз.", "needs-review"),
    # WRITTEN: a name's adjective declines as the positive большой, not as its homograph
    # больший (was Большей палате, Большей Морской; Большей палате kept as valid)
    (CHAMBER, "He will appeal in the Grand Chamber of the Supreme Court.",
     "Он обжалует в Большая палата Верховного суда.", "ru",
     "Он обжалует в Большой палате Верховного суда.", "fixed"),
    (MORSKAYA, "He lived on Bolshaya Morskaya.", "Он жил на Большая Морская.", "ru",
     "Он жил на Большой Морской.", "fixed"),
    (CHAMBER, "He will appeal in the Grand Chamber of the Supreme Court.",
     "Он обжалует в Большей палате Верховного суда.", "ru",
     "Он обжалует в Большой палате Верховного суда.", "fixed"),
    # KEPT AS BEFORE: большой's own form
    (CHAMBER, "He will appeal in the Grand Chamber of the Supreme Court.",
     "Он обжалует в Большой палате Верховного суда.", "ru",
     "Он обжалует в Большой палате Верховного суда.", "ok"),
    # KEPT: a body's name in apposition after what it is, a carrier, a lender, a giant (was
    # the genitive: Аерофлоту, Сбербанка)
    (AEROFLOT, "The carrier Aeroflot's planes were grounded.",
     "Літаки перевізника Аерофлот залишилися на землі.", "uk",
     "Літаки перевізника Аерофлот залишилися на землі.", "ok"),
    (SBERBANK, "The lender Sberbank's clients lost access.",
     "Клиенты кредитора Сбербанк потеряли доступ.", "ru",
     "Клиенты кредитора Сбербанк потеряли доступ.", "ok"),
    (AEROFLOT, "The giant Aeroflot's assets were sold.", "Активы гиганта Аэрофлот продали.",
     "ru", "Активы гиганта Аэрофлот продали.", "ok"),
    # WRITTEN AS BEFORE: after a noun that is no kind of body
    (SBERBANK, "Sberbank's clients lost access.", "Клієнти Сбербанк втратили доступ.", "uk",
     "Клієнти Сбербанку втратили доступ.", "fixed"),
    # PROPOSED, NOT WRITTEN: the subject of a transitive verb with no object after it, whose
    # object is the phrase put first (was the genitive: Казахстану, Росії, России)
    (KAZAKHSTAN, "Kazakhstan's wheat harvest hit a record this year.",
     "Рекордний урожай пшениці Казахстан зібрав цього року.", "uk",
     "Рекордний урожай пшениці Казахстан зібрав цього року.", "needs-review"),
    (RUSSIA, "Russia's military budget will grow by 30% next year.",
     "Військовий бюджет Росія наступного року збільшить на 30%.", "uk",
     "Військовий бюджет Росія наступного року збільшить на 30%.", "needs-review"),
    (RUSSIA, "Russia's military budget will grow by 30% next year.",
     "Военный бюджет Россия в следующем году увеличит на 30%.", "ru",
     "Военный бюджет Россия в следующем году увеличит на 30%.", "needs-review"),
    # WRITTEN AS BEFORE: an intransitive verb; a verb with its own object; a person's title
    (RUSSIA, "Russia's military budget grew.", "Військовий бюджет Росія зріс.", "uk",
     "Військовий бюджет Росії зріс.", "fixed"),
    (RUSSIA, "Russia's budget office approved the plan.",
     "Бюджетний комітет Росія схвалив план.", "uk", "Бюджетний комітет Росії схвалив план.",
     "fixed"),
    (ARMED_FORCES, "The Armed Forces' general staff reported the losses.",
     "Генштаб Збройні сили повідомив про втрати.", "uk",
     "Генштаб Збройних сил повідомив про втрати.", "fixed"),  # plural: no subject of повідомив
    (RUSSIA, "Russia's defence minister signed yesterday.",
     "Міністр оборони Росія учора підписав.", "uk", "Міністр оборони Росії учора підписав.",
     "fixed"),
    # PROPOSED, NOT WRITTEN: an oblique case of a plural place whose noun the table keeps
    # whole (was half declined: у Набережних Челни)
    (CHELNY, "He lives in Naberezhnye Chelny.", "Він живе в Набережні Челни.", "uk",
     "Він живе в Набережні Челни.", "needs-review"),
    # WRITTEN AS BEFORE: the dictionary declines the noun
    (CHELNY, "He lives in Naberezhnye Chelny.", "Он живёт в Набережные Челны.", "ru",
     "Он живёт в Набережных Челнах.", "fixed"),
    # WRITTEN AS BEFORE: no свій, or no verb of the clause agrees with the name
    (CBANK, "The forecast was in the Central Bank's review.",
     "Прогноз був в огляді Центробанк.", "uk", "Прогноз був в огляді Центробанку.", "fixed"),
    (CBANK, "The forecasts were in the Central Bank's review.",
     "Прогнозы были в своем обзоре Центробанк.", "ru",
     "Прогнозы были в своем обзоре Центробанка.", "fixed"),
]  # fmt: skip


TRUMP = entry("Donald Trump | Trump", "Дональд Трамп | Трамп", "Дональд Трамп | Трамп", "PER")
POWELL = entry("Jerome Powell | Powell", "Джером Пауелл | Пауелл", "Джером Пауэлл | Пауэлл",
               "PER")
FED = entry("Fed", "ФРС", "ФРС", "ORG")
SPAIN = entry("Spain", "Іспанія", "Испания", "LOC")
JAPAN = entry("Japan", "Японія", "Япония", "LOC")
KYIVSTAR = entry("Kyivstar", "Київстар", "Киевстар", "ORG")
PAIRS = [
    # (entities, source, translation, language, expected, statuses)
    # NOT WRITTEN: a name after a coordinator, its partner a noun's genitive, that noun a
    # nominative before or after a plural verb: the verb's second subject (was the genitive:
    # Шахтаря, Київстару)
    ((SPAIN, SHAKHTAR), "The champion of Spain and Shakhtar played in the final.",
     "У фіналі зіграли чемпіон Іспанії та «Шахтар».", "uk",
     "У фіналі зіграли чемпіон Іспанії та «Шахтар».", ["ok", "needs-review"]),
    ((JAPAN, KYIVSTAR), "The ambassador of Japan and Kyivstar signed a memorandum.",
     "Посол Японії та «Київстар» підписали меморандум.", "uk",
     "Посол Японії та «Київстар» підписали меморандум.", ["ok", "needs-review"]),
    ((JAPAN, KYIVSTAR), "The ambassador of Japan and Kyivstar signed a memorandum.",
     "Посол Японії та Київстар підписали меморандум.", "uk",
     "Посол Японії та Київстар підписали меморандум.", ["ok", "needs-review"]),
    # PROPOSED, NOT WRITTEN: a title put first, the name after it the subject of the verb
    # that ends the clause, as the source's agent says (was the title's accusative: Трампа)
    ((TRUMP, FED), "The Fed chair was criticised by Trump again.",
     "Голову ФРС Трамп знову розкритикував.", "uk",
     "Голову ФРС Трамп знову розкритикував.", ["ok", "needs-review"]),
    ((TRUMP, FED), "The Fed chair was criticised by Trump again.",
     "Главу ФРС Трамп снова раскритиковал.", "ru",
     "Главу ФРС Трамп снова раскритиковал.", ["ok", "needs-review"]),
    # WRITTEN AS BEFORE: the source makes the name the object
    ((TRUMP, FED, POWELL), "Trump criticised Fed chair Powell.",
     "Трамп розкритикував голову ФРС Пауелл.", "uk",
     "Трамп розкритикував голову ФРС Пауелла.", ["ok", "ok", "fixed"]),
    # WRITTEN AS BEFORE: a singular verb, no pair its subject; no verb
    ((JAPAN, KYIVSTAR), "The ambassador of Japan and Kyivstar spoke.",
     "Посол Японії та «Київстар» виступив.", "uk",
     "Посол Японії та «Київстару» виступив.", ["ok", "fixed"]),
    ((JAPAN, KYIVSTAR), "The ambassador of Japan and Kyivstar.", "Посол Японії та Київстар.",
     "uk", "Посол Японії та Київстару.", ["ok", "fixed"]),
]  # fmt: skip


@pytest.mark.parametrize(("entities", "source", "target", "lang", "expected", "statuses"), PAIRS)
def test_prec23_pairs(
    entities: tuple[Entry, ...], source: str, target: str, lang: str, expected: str,
    statuses: list[str],
) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, Glossary(list(entities)))
    assert (new, [h.status for h in hits if h.target_span]) == (expected, statuses)


@pytest.mark.parametrize(("entity", "source", "target", "lang", "expected", "status"), ROWS)
def test_prec23(
    entity: Entry, source: str, target: str, lang: str, expected: str, status: str
) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, Glossary([entity]))
    assert (new, [h.status for h in hits if h.target_span]) == (expected, [status])
