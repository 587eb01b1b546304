"""The case of a rendering with no ending of its own: what passes and what fails.

A made-up ending (the stem whole, an ending none of the name's forms has: Ростовові) or
Latin letters give no case to go by: the translation's words and the source's role choose
it (у Ростовові for "to Rostov" → у Ростов, the accusative of "to"; not the locative
Ростові that -ові happens to end like).

A one-word name in quotes takes its case from the translation's clause and the source's
role as a name without quotes does: "the images of Bucha" → зображення «Бучі», as
зображення Бучі.  After a noun of its kind the quotes otherwise set it in apposition, in
the nominative (завод «Азовсталь», премію «Оскар», кінопремію «Оскар»): a title or a
company's name stays whole where the grammar does not decide; after another thing's noun a
uk name takes that noun's genitive, as without quotes (акції «Газпрому», обороні
«Маріуполя»); where the noun before the quotes is itself a genitive after a noun (обороні
заводу «Азовсталь» for "the defence of Azovstal") the source's "of" may be that link's, the
noun the kind the translation added.  After a plural noun one
quoted name is its apposition only where the source makes it a modifier too (the Epicentr
stores) or a list follows.  The quotes of the names beside it are left out too: a quoted
list partner gives its case (між «Нафтогазом» та «Газпромом»)."""

from __future__ import annotations

import pytest

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence

ENTRIES = {
    # Typed as the dev glossaries' NER types them: a town as an organisation.
    "bucha": ("ORG", "Bucha", "Буча", "Буча"),
    "mariupol": ("LOC", "Mariupol", "Маріуполь", "Мариуполь"),
    "azovstal": ("ORG", "Azovstal", "Азовсталь", "Азовсталь"),
    "oscar": ("ORG", "Oscar", "Оскар", "Оскар"),
    "wagner": ("ORG", "Wagner", "Вагнер", "Вагнер"),
    "epicentr": ("ORG", "Epicentr", "Епіцентр", "Эпицентр"),
    "arwen": ("ORG", "Arwen", "Арвен", "Арвен"),
    "barra": ("ORG", "Barra", "Барра", "Барра"),
    "rostov": ("LOC", "Rostov", "Ростов", "Ростов"),
    "gazprom": ("ORG", "Gazprom", "Газпром", "Газпром"),
    "arsenal": ("ORG", "Arsenal", "Арсенал", "Арсенал"),
    "barcelona": ("ORG", "Barcelona", "Барселона", "Барселона"),
    "naftogaz": ("ORG", "Naftogaz", "Нафтогаз", "Нафтогаз"),
    "washington": ("LOC", "Washington", "Вашингтон", "Вашингтон"),
    "tallinn": ("LOC", "Tallinn", "Таллінн", "Таллин"),
    "ukraine": ("LOC", "Ukraine", "Україна", "Украина"),
    "moldova": ("LOC", "Moldova", "Молдова", "Молдова"),
    "ukrzaliznytsia": ("ORG", "Ukrzaliznytsia", "Укрзалізниця", "Укрзализныця"),
    "germany": ("LOC", "Germany", "Німеччина", "Германия"),
    "suvorin": ("PER", "Suvorin", "Суворін", "Суворин"),
    "donald": ("PER", "Donald", "Дональд", "Дональд"),
    "blinken": ("PER", "Blinken", "Блінкен", "Блинкен"),
    "shakhtar": ("ORG", "Shakhtar", "Шахтар", "Шахтёр"),
    "interstellar": ("ORG", "Interstellar", "Інтерстеллар", "Интерстеллар"),
    "rosatom": ("ORG", "Rosatom", "Росатом", "Росатом"),
    "kyivstar": ("ORG", "Kyivstar", "Київстар", "Киевстар"),
    # A surname an NER typed as a body.
    "weigeldt": ("ORG", "Weigeldt", "Вайгельдт", "Вайгельдт"),
    # A club an NER typed as a person.
    "manutd": ("PER", "Manchester United", "Манчестер Юнайтед", "Манчестер Юнайтед"),
    "servant": ("ORG", "Servant of the People", "Слуга народу", "Слуга народа"),
    # A surname an NER typed as a body, which the dictionary knows as a surname.
    "rebrov": ("ORG", "Rebrov", "Ребров", "Ребров"),
}


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path = tmp_path_factory.mktemp("no_ending") / "g.tsv"
    rows = "".join(f"{k}\t{t}\t{en}\t{uk}\t{ru}\n" for k, (t, en, uk, ru) in ENTRIES.items())
    path.write_text("id\ttype\ten\tuk\tru\n" + rows, encoding="utf-8")
    return Glossary.load([path])


PASSES = [
    # (source, lang, translation, expected)
    # The stem whole, a made-up ending that ends like a form (-ові like Ростові): the
    # preposition's case the source's "to" names, not the look-alike's; "in": the locative.
    ("They are taking us to Rostov.", "uk", "Нас везуть у Ростовові.", "Нас везуть у Ростов."),
    ("He lives in Rostov.", "uk", "Він живе в Ростовові.", "Він живе в Ростові."),
    # "of" or 's in the source and a common noun before the quotes: the noun's genitive,
    # as without the quotes.
    ("He said that images of Bucha are staged.", "uk",
     "Він сказав, що зображення «Бучем» є постановкою.",
     "Він сказав, що зображення «Бучі» є постановкою."),
    ("He said that images of Bucha are staged.", "uk",
     "Він сказав, що зображення «Bucha» є постановкою.",
     "Він сказав, що зображення «Бучі» є постановкою."),
    ("He spoke about the streets of Bucha, a town near Kyiv.", "uk",
     "Він говорив про жертв на вулицях «Бучові», міста біля Києва.",
     "Він говорив про жертв на вулицях «Бучі», міста біля Києва."),
    ("He took part in the defence of Mariupol.", "uk",
     "Він брав участь в обороні «Маріуполам».",
     "Він брав участь в обороні «Маріуполя»."),
    ("In exchange, Wagner's subsidiaries get licences.", "ru",
     "В обмен дочерние предприятия «Вагнерем» получают лицензии.",
     "В обмен дочерние предприятия «Вагнера» получают лицензии."),
    # After a plural noun one quoted name is no apposition (a title of one thing), unless
    # the source makes it a modifier too or a list follows: it declines as without quotes.
    ("Journalists saw the bodies in various places in Bucha.", "uk",
     "Журналісти бачили тіла в різних місцях «Бучові».",
     "Журналісти бачили тіла в різних місцях «Бучі»."),
    ("Prices fell at Epicentr stores.", "uk", "Ціни впали в магазинах «Епіцентрем».",
     "Ціни впали в магазинах «Епіцентр»."),
    ("It followed two storms named Arwen and Barra.", "ru",
     "Это последовало за двумя штормами, получившими имена «Арвенов» и «Барра».",
     "Это последовало за двумя штормами, получившими имена «Арвен» и «Барра»."),
    # The quotes set the name in apposition to its kind where the grammar does not decide:
    # no "of" (the Azovstal plant; for the Oscar), or a genitive noun before the quotes
    # after another noun (обороні заводу: the kind the translation added).
    ("He took part in the defence of Azovstal.", "uk",
     "Він брав участь в обороні заводу «Азовсталем».",
     "Він брав участь в обороні заводу «Азовсталь»."),
    ("He defended the Azovstal plant.", "uk", "Він захищав завод «Азовсталем».",
     "Він захищав завод «Азовсталь»."),
    ("The film was nominated for the Oscar.", "uk", "Фільм номінували на премію «Оскарою».",
     "Фільм номінували на премію «Оскар»."),
    # A kind with a prefix is that kind (кінопремія), a kind's noun of any case (клуб).
    ("The film was nominated for the Oscar.", "uk",
     "Фільм номінували на кінопремію «Оскарою».", "Фільм номінували на кінопремію «Оскар»."),
    ("He played for the club Arsenal.", "uk", "Він грав за клуб «Арсеналою».",
     "Він грав за клуб «Арсенал»."),
    ("He worked at the state company Naftogaz.", "uk",
     "Він працював у державній структурі «Нафтогазою».",
     "Він працював у державній структурі «Нафтогаз»."),
    # uk: after a thing's noun that is no kind of the name, the noun's genitive, as without
    # the quotes: shares, the defence are no kinds of a company or a town.
    ("Gazprom shares fell on Monday.", "uk", "Акції «Газпромою» впали в понеділок.",
     "Акції «Газпрому» впали в понеділок."),
    ("The brigade which is defending Mariupol published an appeal.", "uk",
     "Бригада, яка бере участь в обороні «Маріуполові», опублікувала звернення.",
     "Бригада, яка бере участь в обороні «Маріуполя», опублікувала звернення."),
    # The quotes of the names beside it are no words of its clause either: a list partner
    # in quotes gives its case (вболівальники «Барселони» та «Арсеналу»).
    ("The fans of Barcelona and Arsenal met.", "uk",
     "Уболівальники «Барселони» та «Арсеналою» зустрілися.",
     "Уболівальники «Барселони» та «Арсеналу» зустрілися."),
    ("A deal between Naftogaz and Gazprom.", "ru", "Сделка между «Нафтогазом» и «Газпромою».",
     "Сделка между «Нафтогазом» и «Газпромом»."),
    # ru: a place's name after a thing's noun that is no kind of it is that noun's genitive,
    # as without the quotes (the source naming no role: the grammar alone chooses) ...
    ("Washington", "ru", "Он не ожидал изменения позиции «Вашингтонов».",
     "Он не ожидал изменения позиции «Вашингтона»."),
    ("Soldiers who died on the day Tallinn was liberated.", "ru",
     "Бойцы, погибшие в день освобождения «Таллинем».",
     "Бойцы, погибшие в день освобождения «Таллина»."),
    # ... and after a noun of a kind that bears a place's name, its apposition.
    ("He stayed at the Ukraine hotel.", "ru", "Он жил в гостинице «Украинов» два года.",
     "Он жил в гостинице «Украина» два года."),
    # A division its own adjective names has its name: the one in quotes after it is where
    # it lies, in the genitive, as without the quotes.
    ("The Russian army may stage provocations in the Transnistrian region of Moldova.", "uk",
     "Армія може вдатися до провокацій у Придністровському регіоні «Молдовем».",
     "Армія може вдатися до провокацій у Придністровському регіоні «Молдови»."),
    ("Ukraine", "ru", "Село в Сокальском районе Львовской области «Украинов».",
     "Село в Сокальском районе Львовской области «Украины»."),
    # A name before a common noun in the source is its modifier, also where the English
    # tagger takes it for an adjective (the Arsenal coach): a person noun before the quotes
    # owns the body, in the genitive.
    ("The Arsenal coach said the team was ready.", "uk",
     "Тренер «Арсеналою» сказав, що команда готова.",
     "Тренер «Арсеналу» сказав, що команда готова."),
    ("Naftogaz head said.", "ru", "Глава «Нафтогазою» заявил.", "Глава «Нафтогаза» заявил."),
    # A verb of telling in the plural with no subject and a body the source makes the teller
    # after в/у: where "they told" (the locative), not whom they told ...
    ("Gazprom reported this.", "ru", "Об этом сообщили в «Газпромою».",
     "Об этом сообщили в «Газпроме»."),
    ("Ukrzaliznytsia reported.", "uk", "В «Укрзалізницою» повідомили.",
     "В «Укрзалізниці» повідомили."),
    # ... which the source makes the one told: the accusative.
    ("They reported it to Gazprom.", "ru", "Об этом сообщили в «Газпромою».",
     "Об этом сообщили в «Газпром»."),
    # ... and a verb of giving: what is given goes into the body (the accusative)
    ("Gazprom received the documents.", "ru", "Документы передали в «Газпромою».",
     "Документы передали в «Газпром»."),
    # A made-up word that keeps one form whole but for its final vowel, a case ending after
    # it, is that form with a wrong ending: its case, where the context's likeliest is none
    # of its cases and would not rule out a valid form in it (a noun before rules out the
    # nominative only; a subject's slot, the genitive after a noun are only likely) ...
    ("The orchestra will tour Ukraine and Germany.", "uk",
     "Оркестр має поїхати у гастролі Україноою та Німеччиною.",
     "Оркестр має поїхати у гастролі Україною та Німеччиною."),
    ("Suvorin, whose newspaper took an anti-Dreyfusard stance.", "ru",
     "Суворинымем, газета которого заняла явно антидрейфусарскую позицию.",
     "Сувориным, газета которого заняла явно антидрейфусарскую позицию."),
    ("The choice of the name by Donald.", "ru", "Выбор данного имени Дональдомем не случаен.",
     "Выбор данного имени Дональдом не случаен."),
    # ... but a preposition that allows none of its cases still rules (в + Україною).
    ("He lives in Ukraine.", "uk", "Він живе в Україноою.", "Він живе в Україні."),
    # uk: a body named by a word for a person takes that word's genitive in -а/-я, not an
    # organisation's -у/-ю (the dictionary's inanimate Шахтар has both) ...
    ("The game against Shakhtar.", "uk", "Гра проти «Шахтарою».", "Гра проти «Шахтаря»."),
    # ... a word it only guesses to be one keeps the organisation's (a film: Інтерстеллару).
    ("Films like Interstellar.", "uk", "Фільми на кшталт «Інтерстелларою».",
     "Фільми на кшталт «Інтерстеллару»."),
    # A name in quotes is no person so called after a person noun (as a surname Вагнер
    # could be): the body the person noun's people belong to, in the genitive.
    ("Wagner mercenaries attacked.", "uk", "Найманці «Вагнерою» атакували.",
     "Найманці «Вагнера» атакували."),
    # ... not after a first name: the surname it may be (the dictionary does not know it).
    ("The head of the association Ulrich Weigeldt is convinced of this.", "uk",
     "У цьому переконаний керівник асоціації Ульріх «Вайгельдтем».",
     "У цьому переконаний керівник асоціації Ульріх «Вайгельдт»."),
    # A quoted name of several words with no valid form declines with the words around its
    # quotes ...
    ("MPs from Servant of the People voted.", "uk",
     "Депутати від «Слугаю народу» проголосували.",
     "Депутати від «Слуги народу» проголосували."),
    # ... not a person's (a nickname, a club typed as a person): it stays whole.
    ("Manchester United also had a Covid outbreak.", "uk",
     "У «Manchester United» також відбувся спалах Covid.",
     "У «Манчестер Юнайтед» також відбувся спалах Covid."),
    # "for" after a person noun makes the body its owner, as "of" does ...
    ("A spokesman for Rosatom said.", "uk", "Речник «Росатомою» заявив.",
     "Речник «Росатому» заявив."),
    # ... not the source's apposition (the operator Kyivstar): the nominative.
    ("The mobile operator Kyivstar said.", "uk", "Мобільний оператор «Київстарою» заявив.",
     "Мобільний оператор «Київстар» заявив."),
    # A post a person holds (a player, a coach) owns a body's name after it, which is no
    # person: the genitive, though a verb follows and the source (the name alone, as on
    # the UD benches) gives no role ...
    ("Arsenal", "uk", "Гравець «Арсеналою» забив двічі.", "Гравець «Арсеналу» забив двічі."),
    ("Arsenal", "ru", "Тренер «Арсеналою» сказал, что всё хорошо.",
     "Тренер «Арсенала» сказал, что всё хорошо."),
    ("Arsenal", "uk", "Вчора тренер Арсеналою сказав, що все добре.",
     "Вчора тренер Арсеналу сказав, що все добре."),
    # ... not an agent noun a company may be (the operator Kyivstar) ...
    ("Kyivstar", "uk", "Оператор «Київстарою» повідомив про збій.",
     "Оператор «Київстар» повідомив про збій."),
    # ... nor a name the dictionary knows as a person's (тренер Ребров, whatever its type).
    ("Rebrov", "uk", "Тренер Ребровем сказав, що все добре.",
     "Тренер Ребров сказав, що все добре."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), PASSES)
def test_case_of_a_rewrite_with_no_ending(
    glossary: Glossary, source: str, lang: str, target: str, expected: str
) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == expected
    assert "fixed" in [h.status for h in hits if h.target_span]


UNCHANGED = [
    # A word that keeps only the stem all forms share (Блінкен|е, whose vocative pymorphy3
    # lacks) says nothing of a form: the address stays, as the context has it.
    ('"Mr Blinken, welcome to Kyiv," said Kuleba.', "uk",
     "«Пане Блінкене, ласкаво просимо до Києва», — сказав Кулеба."),
    # A post before a body's name puts its genitive first, and rules out no valid form: the
    # nominative (a club's name left whole) stays, as does the genitive.
    ("Arsenal", "uk", "Гравець «Арсенал» забив двічі."),
    ("Arsenal", "ru", "Тренер «Арсенала» сказал, что всё хорошо."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target"), UNCHANGED)
def test_correct_line_unchanged(glossary: Glossary, source: str, lang: str, target: str) -> None:
    assert enforce_sentence(source, target, "en", lang, glossary)[0] == target
