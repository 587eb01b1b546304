"""The case of a rendering with no ending of its own (Latin letters, a made-up ending), from
what its clause in the translation says: a list headed by a preposition, a verb before it
with no subject of its own, the Russian parse.  Examples written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, assert_writes, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.context import (
    _address_after,
    _named_by_adjective,
    conjunct_after,
    coordinator_tail,
    inverted_subject,
    list_preposition,
    targeted_after,
)
from pipeline.glossary.match import tokenize


def _at(text: str, word: str) -> tuple[list, int]:
    tokens = tokenize(text)
    return tokens, next(i for i, t in enumerate(tokens) if t.text == word)


LISTS = [
    # (lang, text, name, the heading preposition's cases)
    ("ru", "Выступала в Германии, Великобритании, Франции, Австрии", "Франции", ("loct", "accs")),
    ("ru", "в Германии, Великобритании и Париже", "Париже", ("loct", "accs")),
    ("uk", "до Німеччини, Британії та Франції", "Франції", ("gent",)),
    # no list headed by a preposition
    ("uk", "Сі з Китаю та Путін з Росії", "Путін", ()),  # one item: з Китаю may be Сі's
    ("ru", "Кроме того, Байден сказал", "Байден", ()),  # one item before the comma
    ("ru", "в портах Кале, Сен-Мало и Уистреам", "Уистреам", ()),  # a common noun heads them
    ("ru", "Германия, Франция и Италия", "Италия", ()),  # no preposition
    ("ru", "в Германии Франция", "Франция", ()),  # no separator before the name
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cases"), LISTS)
def test_list_preposition(lang: str, text: str, name: str, cases: tuple[str, ...]) -> None:
    tokens, at = _at(text, name)
    assert list_preposition(lang, tokens, at) == cases


INVERTED = [
    # (lang, text, name, may the verb before the name have it as its subject)
    ("uk", "Про це повідомив Зеленський.", "Зеленський", True),
    ("ru", "Об этом сообщил Песков.", "Песков", True),
    ("ru", "В 2013 году группу покидает Боргато", "Боргато", True),
    ("ru", "Неожиданно появляется Тезей.", "Тезей", True),
    # the clause has a subject before the verb, or the verb cannot agree, or is none
    ("ru", "Он сообщил Путину", "Путину", False),
    ("ru", "Россия поставляет Армении оружие", "Армении", False),
    ("uk", "Компанія повідомила Зеленського", "Зеленського", False),
    ("uk", "Про це заявили Зеленський", "Зеленський", False),  # plural
    ("uk", "Що стосується Дбейбаха, його", "Дбейбаха", False),  # що may be the subject
    ("uk", "Що стосується Зеленського", "Зеленського", False),
    ("uk", "Через Зеленського", "Зеленського", False),  # no verb
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "expected"), INVERTED)
def test_inverted_subject(lang: str, text: str, name: str, expected: bool) -> None:
    tokens, at = _at(text, name)
    assert inverted_subject(lang, tokens, at - 1, "masc") is expected


TARGETED = [
    # (lang, text, name, на after a noun of what something is for: the accusative)
    ("uk", "коли ПЦР-тест на Омікрон ще не розроблений", "Омікрон", True),
    ("ru", "спрос на Газпром вырос", "Газпром", True),
    ("uk", "ціни на Росію", "Росію", True),
    # another word before на, or another preposition
    ("uk", "перебої на Габбі", "Габбі", False),
    ("uk", "тест у Києві", "Києві", False),
    ("ru", "На Омикрон", "Омикрон", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "expected"), TARGETED)
def test_targeted_after(lang: str, text: str, name: str, expected: bool) -> None:
    tokens, at = _at(text, name)
    assert targeted_after(lang, tokens, at) is expected


CONJUNCTS = [
    # (lang, text, name, the cases of the word joined to it after и/та)
    ("ru", "в чем ошибка Никсона и Картера", "Никсона", ("gent", "accs")),
    ("uk", "підтримали Францію та Німеччину", "Францію", ("accs",)),
    # a nominative reading, a name the dictionary does not know, no coordinator
    ("ru", "Никсон и Картер", "Никсон", ()),
    ("uk", "після штормів Арвен та Барра", "Арвен", ()),
    ("ru", "ошибка Никсона, Картера", "Никсона", ()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cases"), CONJUNCTS)
def test_conjunct_after(lang: str, text: str, name: str, cases: tuple[str, ...]) -> None:
    tokens, at = _at(text, name)
    assert conjunct_after(lang, tokens, at) == cases


NAMED_PLACE_WORDS = [
    # (lang, text, place word, has it a capitalized adjective of its own before it)
    ("ru", "село в Сокальском районе Львовской области Украины", "области", True),
    ("uk", "у Придністровському регіоні Молдови", "регіоні", True),
    ("uk", "міністру Автономної Республіки Крим", "Республіки", False),  # the name's own word
    ("ru", "Львовской области Украины", "области", False),  # the sentence's start
    ("ru", "в районе Азербайджана", "районе", False),  # no adjective
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "named"), NAMED_PLACE_WORDS)
def test_named_by_adjective(lang: str, text: str, word: str, named: bool) -> None:
    tokens, at = _at(text, word)
    assert _named_by_adjective(lang, tokens, at) is named


COORDINATOR_TAILS = [
    # (lang, text, name, tokens before it that make one coordinator)
    ("ru", "с Францией, а также Германией", "Германией", 3),
    ("ru", "Францию, а затем и Германию", "Германию", 4),
    ("ru", "не только Франции, но и Германии", "Германии", 3),
    ("uk", "не лише Франції, а й Німеччині", "Німеччині", 3),
    ("uk", "як Франція, так і Німеччина", "Німеччина", 3),
    ("ru", "с Францией, также Германией", "Германией", 0),  # no а: a particle
    ("ru", "с Францией а также Германией", "Германией", 0),  # no comma before it
    ("uk", "Франції та Німеччині", "Німеччині", 0),  # one word: the lists' own rule
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "n"), COORDINATOR_TAILS)
def test_coordinator_tail(lang: str, text: str, name: str, n: int) -> None:
    tokens, at = _at(text, name)
    assert coordinator_tail(lang, tokens, at) == n


ADDRESSES = [
    # (lang, text, name after the comma, is it where the place before the comma is)
    ("ru", "Родился в Хальмстаде, Швеция.", "Швеция", True),
    ("uk", "у Луцьку, Україна, і Бресті", "Україна", True),
    ("ru", "в Нью-Йорке, США", "США", True),
    ("ru", "в Германии, Франции и Италии", "Франции", False),  # a coordinator follows
    ("ru", "с Германией, Францией", "Францией", False),  # с takes no locative
    ("uk", "в регіоні, Україна", "Україна", False),  # a common noun before the comma
    ("ru", "Кроме того, Франция", "Франция", False),  # no preposition
    ("ru", "В Париже, Франция, прошли", "Франция", True),  # the preposition opens the sentence
    ("uk", "У Парижі, Франція, відбулися", "Франція", True),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "address"), ADDRESSES)
def test_address_after(lang: str, text: str, name: str, address: bool) -> None:
    tokens, at = _at(text, name)
    assert _address_after(lang, tokens, at - 1, at) is address


ROWS = """id	type	en	uk	ru	note	dnt
paris	LOC	Paris	Париж	Париж
nixon	PER	Nixon	Ніксон	Никсон
omicron	ORG	Omicron	Омікрон	Омикрон
zelensky	PER	Volodymyr Zelensky | Zelensky	Володимир Зеленський | Зеленський	Владимир Зеленский | Зеленский
frost	PER	Den Frost | Frost	Ден Фрост | Фрост	Ден Фрост | Фрост
peskov	PER	Dmitry Peskov | Peskov	Дмитро Пєсков | Пєсков	Дмитрий Песков | Песков
sweden	LOC	Sweden	Швеція	Швеция
ukraine	LOC	Ukraine	Україна	Украина
anatolia	LOC	Anatolia	Анатолія	Анатолия
nil	PER	Nil	Ніл	Нил
kirov	PER	Sergei Kirov | Kirov	Сергій Кіров | Кіров	Сергей Киров | Киров
gippius	PER	Zinaida Gippius	Зінаїда Гіппіус	Зинаида Гиппиус
kharms	PER	Daniil Kharms	Даниїл Хармс	Даниил Хармс
bakhareva	PER	Evgeniya Bakhareva	Євгенія Бахарєва	Евгения Бахарева
orlov	PER	Orlov	Орлов	Орлов
vettel	PER	Sebastian Vettel	Себастьян Феттель	Себастьян Феттель
andriy	PER	Andriy	Андрій	Андрей
neman	LOC	Neman	Неман	Неман
klots	PER	Klots	Кльоц	Клёц
germany	LOC	Germany	Німеччина	Германия
france	LOC	France	Франція	Франция
"""  # noqa: E501


glossary = rows_fixture(ROWS)


FIXED_BY_CLAUSE = [
    # a conjunct after it in no nominative shares its case
    ("Guess what Nixon and Carter got wrong", "ru",
     "Угадайте, в чем ошибка Никсоною и Картера и почему Рейган не мог ошибиться.",
     "Угадайте, в чем ошибка Никсона и Картера и почему Рейган не мог ошибиться."),
    # на after a noun of what something is for: the accusative, not the locative
    ("no PCR test for Omicron yet", "uk", "коли ПЦР-тест на Omicron ще не розроблений",
     "коли ПЦР-тест на Омікрон ще не розроблений"),
    ("no PCR test for Omicron yet", "uk", "коли ПЦР-тест на Омікронем ще не розроблений",
     "коли ПЦР-тест на Омікрон ще не розроблений"),
    # a list headed by в takes its case, whatever the source's role (a subject here)
    ("Germany, Britain and Paris hosted her shows", "ru",
     "Она выступала в Германии, Великобритании и Paris.",
     "Она выступала в Германии, Великобритании и Париже."),
    ("Germany, Britain and Paris hosted her shows", "uk",
     "Вона виступала в Німеччині, Британії та Парижою.",
     "Вона виступала в Німеччині, Британії та Парижі."),
    # the verb before has no other subject: the name is its subject, whatever a
    # preposition or 's of the source says
    ("Zelensky's statement came on Monday", "uk", "Про це в понеділок повідомив Zelensky.",
     "Про це в понеділок повідомив Зеленський."),
    ("The statement came from Peskov", "ru", "Об этом сообщил Песковою.",
     "Об этом сообщил Песков."),
    # the larger place a place is in, after a comma: the nominative, not the list's case
    ("He was born in Halmstad, Sweden.", "ru", "Он родился в Хальмстаде, Sweden.",
     "Он родился в Хальмстаде, Швеция."),
    ("Centres in Lutsk, Ukraine, and Brest", "uk", "центри у Луцьку, Ukraine, і Бресті",
     "центри у Луцьку, Україна, і Бресті"),
    # the same, the preposition opening the sentence
    ("Protests took place in Paris, France, on Saturday.", "ru",
     "В Париже, France, в субботу прошли протесты.",
     "В Париже, Франция, в субботу прошли протесты."),
    ("Protests took place in Paris, France, on Saturday.", "uk",
     "У Парижі, France, у суботу відбулися протести.",
     "У Парижі, Франція, у суботу відбулися протести."),
    # a coordinator of several words joins the name to the conjunct before it, as и, та do
    ("Talks will go on with France and also with Germany.", "ru",
     "Переговоры с Францией, а также Germany продолжатся.",
     "Переговоры с Францией, а также Германией продолжатся."),
    ("Talks will go on with France and also with Germany.", "uk",
     "Переговори з Францією, а також Germany триватимуть.",
     "Переговори з Францією, а також Німеччиною триватимуть."),
    ("The minister visited France and then Germany.", "ru",
     "Министр посетил Францию, а затем и Germany.", "Министр посетил Францию, а затем и Германию."),
    ("The minister thanked France and then Germany too.", "uk",
     "Міністр подякував Франції, а потім і Germany.",
     "Міністр подякував Франції, а потім і Німеччині."),
    # a place word with a name of its own (a capitalized adjective): another place after
    # it is its genitive
    ("a village in the Sokal district of the Lviv region, Ukraine", "ru",
     "село в Сокальском районе Львовской области Ukraine.",
     "село в Сокальском районе Львовской области Украины."),
    ("a village in the Sokal district of the Lviv region, Ukraine", "uk",
     "село в Сокальському районі Львівської області Ukraine.",
     "село в Сокальському районі Львівської області України."),
    # з … до: "from … to", the genitive of a place
    ("Born in Anatolia, he was brought to Cologne as a child", "uk",
     "Батьки привезли його з Anatolia до Кельна.", "Батьки привезли його з Анатолії до Кельна."),
    # a conjunct after it in no nominative, where the context guessed a subject: its case
    # first (святых Нила и Варфоломея)
    ("The chapel was consecrated in honour of Saints Nil and Bartholomew", "ru",
     "Часовня освящена в честь святых Nil и Варфоломея.",
     "Часовня освящена в честь святых Нила и Варфоломея."),
    # a conjunct in another case after a noun the name follows joins a phrase further up:
    # the name is the noun's apposition or genitive (реки Неман, not Неману)
    ("It belongs to the basin of the Neman and the rivers of the Baltic", "ru",
     "Относится к речному бассейну реки Neman и рекам бассейна Балтийского моря.",
     "Относится к речному бассейну реки Неман и рекам бассейна Балтийского моря."),
    # a list item between a word the dictionary knows (Філімонов, a nominative) and one it
    # guesses (Ксьонз, read as a plural genitive): the known one's case
    ("Karpaty: Borovyk, Nesterov, Ksyonz, Klots, Filimonov, Zaviyskyi.", "uk",
     "Карпати: Боровик, Нестеров, Ксьонз, Klots, Філімонов, Завійський.",
     "Карпати: Боровик, Нестеров, Ксьонз, Кльоц, Філімонов, Завійський."),
    # a coordinator before it and a plural verb after its own preposition's phrase, with no
    # verb before the coordinator: a joint subject, the nominative (not the genitive a
    # partner that does not decline leaves first)
    ("Brezhnev from Moscow and Nixon from Washington signed the treaty", "uk",
     "Брежнєв з Москви та Nixon з Вашингтона підписали угоду.",
     "Брежнєв з Москви та Ніксон з Вашингтона підписали угоду."),
    ("Brezhnev from Moscow and Nixon from Washington signed the treaty", "ru",
     "Брежнев из Москвы и Nixon из Вашингтона подписали договор.",
     "Брежнев из Москвы и Никсон из Вашингтона подписали договор."),
    # имени not after по: "named after", the genitive
    ("He sang at the Kirov opera house", "ru", "Он пел в театре имени Kirov.",
     "Он пел в театре имени Кирова."),
    # a title in the genitive before a person: the person agrees with it, not the
    # apposition of the relation noun before it
    ("A cousin too: the poet Zinaida Gippius.", "ru", "Двоюродный брат поэтессы Zinaida Gippius.",
     "Двоюродный брат поэтессы Зинаиды Гиппиус."),
    # a short passive participle whose subject stands before it: the name is its agent
    ("The best-known translation was made by Daniil Kharms.", "ru",
     "Наиболее известный перевод был сделан Daniil Kharms.",
     "Наиболее известный перевод был сделан Даниилом Хармсом."),
    # a plural noun before a singular verb is not its subject: the name after it is
    ("The other songs are sung by Evgeniya Bakhareva.", "ru",
     "Остальные песни поёт Evgeniya Bakhareva.", "Остальные песни поёт Евгения Бахарева."),
    # a capitalized word the dictionary does not know, starting the sentence, is a name:
    # the verb's subject, so the name after the verb is its object
    ("Elphinstone had a plan for Orlov.", "ru",
     "Эльфинстон предлагал Orlov прорваться через Дарданеллы.",
     "Эльфинстон предлагал Орлову прорваться через Дарданеллы."),
    # у before a person: "at", "has", the genitive first (not "in": the locative)
    ("Sebastian Vettel has a contract that ends this year.", "uk",
     "Наприкінці року у Sebastian Vettel закінчується контракт.",
     "Наприкінці року у Себастьяна Феттеля закінчується контракт."),
    # на before a person: the accusative first ("at", "on"), not the locative
    ("Nobody was angry with Andriy.", "uk", "Ніхто на Andriy не гнівався.",
     "Ніхто на Андрія не гнівався."),
    # in Russian, the parse: an object of a verb that cannot agree with it, joined to
    # another object (not the nominative a word-by-word reading leaves open)
    ("A good kick by Murray bounced, then Munster struck back and Frost was sent to the bin",
     "ru", "Хороший удар Мюррея отскочил, затем Мюнстер нанес ответный удар и Frost отправили "
     "на штрафную скамью.", "Хороший удар Мюррея отскочил, затем Мюнстер нанес ответный удар и "
     "Фроста отправили на штрафную скамью."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), FIXED_BY_CLAUSE)
def test_fixed_by_clause(
    glossary: Glossary, source: str, lang: str, target: str, expected: str
) -> None:
    assert_fixed(glossary, source, target, expected, lang)


KEPT_CASE = [
    # a list: the preposition's case (a coordinator follows the name)
    ("in Germany, Sweden and Italy", "ru", "в Германии, Sweden и Италии",
     "в Германии, Швеции и Италии"),
    # a short passive participle with no subject before it: the name is its subject
    ("Daniil Kharms is shown in the picture.", "ru", "На картине изображен Daniil Kharms.",
     "На картине изображен Даниил Хармс."),
    # по имени: as called, the nominative
    ("A man named Kirov came", "ru", "Пришёл мужчина по имени Kirov.",
     "Пришёл мужчина по имени Киров."),
    # з after a word of doing together stays "with", whatever follows
    ("talks with Ukraine before the summit", "uk", "переговори з Ukraine до саміту",
     "переговори з Україною до саміту"),
    # an object in the source too: the verb's doer is dropped (I met), the name its object
    ("Yesterday I met Zelensky.", "uk", "Вчора зустрів Zelensky.", "Вчора зустрів Зеленського."),
    # a subject before the verb: the name is its object
    ("He told Peskov about it.", "ru", "Он сообщил Peskov об этом.", "Он сообщил Пескову об этом."),
    # a verb right after the name, a common noun before the coordinator: no joint subject
    # (a verb with no subject of its own: its object)
    ("Frost was sent to the sin bin", "ru", "Ответный удар и Frost отправили на штрафную скамью.",
     "Ответный удар и Фроста отправили на штрафную скамью."),
    # a verb before the coordinator: the name is joined to its object, not to a subject
    ("They met Brezhnev and Nixon", "uk", "Вони зустрілися з Брежнєвим та Nixon з Вашингтона.",
     "Вони зустрілися з Брежнєвим та Ніксоном з Вашингтона."),
    # a coordinator of several words before a name a verb agrees with: a new clause's subject
    ("Talks with France went on, and Germany also said no.", "ru",
     "Переговоры с Францией продолжились, а также Germany отказалась.",
     "Переговоры с Францией продолжились, а также Германия отказалась."),
    # a genitive before the coordinator: two genitives joined, no joint subject
    ("The governments of France and Sweden decided with partners.", "uk",
     "Уряди Франції та Sweden з партнерами вирішили.",
     "Уряди Франції та Швеції з партнерами вирішили."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), KEPT_CASE)
def test_object_stays_object(
    glossary: Glossary, source: str, lang: str, target: str, expected: str
) -> None:
    assert_writes(glossary, source, target, expected, lang)
