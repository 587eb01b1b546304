"""Which case the sentence needs at a name, read off its neighbours with pymorphy3.

No parser is involved: the words before a name (and a verb after it) usually decide.

- A preposition allows its cases (до → genitive; з → genitive or instrumental, a person
  "with" first), also through an adjective (в Северной Америке).
- An adjective agrees with it in the name's gender (тихого Омікрону, not посвященную
  Клерку); a first name too (хукера Дена Фроста); an indeclinable one is looked past.
- A person's title agrees with it, also across genitive modifiers and other names
  (президентом Франції Еммануелем Макроном, вдова Де Клерка Еліта Георгіадіс); a relation
  noun takes it in the genitive (прихильниця Трампа, but його дружина Рейчел Нікола).  A
  feminine title tells that a person of unknown sex is a woman.
- Another noun takes it in the genitive (уряд Японії, мер Києва, участь Джонсона); a
  classifier noun (місто, штат, компанія, шторм) also allows the nominative or agreement
  (у штаті Вашингтон, у місті Києві); a time noun (у понеділок) starts the clause.
- A verb takes a direct object or a subject after it (accusative, nominative); after a
  quote the speaker (– додав Мохбер) is the subject, and so is the name after a Russian
  short passive participle (изображен Джонсон).
- A finite verb right after the name makes it the subject, unless it continues a
  chain of genitives (міністр оборони Франції повідомив).
- A list item takes the case of its neighbours (Бонапарта, Ніксона, Рейгана).
- At the start of a sentence or clause the name is the subject (nominative), and so it is
  after a word that introduces what something is called (під назвою, по имени).

:func:`case_context` returns the plausible cases, most likely first, and whether
the context rules out every other case (a preposition, an agreeing word), so that
even a valid form in another case is wrong there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import product
from typing import Any

from pipeline.glossary.match import Token
from pipeline.glossary.morph import (
    CASES,
    PERSON_TAGS,
    is_acronym,
    known_parses,
    norm_key,
    only_a_thing,
    parses,
    tag_case,
    word_cases,
)

_G, _D, _A, _I, _L, _N = "gent", "datv", "accs", "ablt", "loct", "nomn"
PREPOSITIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        **dict.fromkeys(("у", "в", "ві", "уві"), (_L, _A, _G)),
        **dict.fromkeys(("на", "о", "об"), (_L, _A)),
        "по": (_L, _D, _A),
        "при": (_L,),
        **dict.fromkeys(("з", "із", "зі", "зо"), (_G, _I)),  # accusative (з тиждень): no name
        **dict.fromkeys(("над", "під", "перед", "за", "між", "поза"), (_I, _A)),
        **dict.fromkeys(("про", "через", "крізь"), (_A,)),
        **dict.fromkeys(("завдяки", "всупереч", "назустріч"), (_D,)),
        **dict.fromkeys(
            ("до", "від", "од", "для", "без", "біля", "після", "крім", "серед", "проти",
             "замість", "щодо", "навколо", "поблизу", "довкола", "протягом", "впродовж",
             "стосовно", "внаслідок", "унаслідок", "окрім", "заради", "задля", "вздовж",
             "уздовж", "посеред", "всередині", "усередині"),
            (_G,),
        ),
    },
    "ru": {
        **dict.fromkeys(("в", "во", "на", "о", "об", "обо"), (_L, _A)),
        "при": (_L,),
        "по": (_D, _L, _A),
        **dict.fromkeys(("к", "ко", "благодаря", "вопреки"), (_D,)),
        **dict.fromkeys(("с", "со"), (_I, _G)),
        # над, перед: the instrumental alone (an accusative after them is archaic: пред
        # очи); под, за: where (instrumental) or whither (accusative).
        **dict.fromkeys(("над", "надо", "перед", "передо"), (_I,)),
        **dict.fromkeys(("под", "подо", "за", "между"), (_I, _A)),
        **dict.fromkeys(("про", "через", "сквозь"), (_A,)),
        **dict.fromkeys(
            ("у", "от", "ото", "до", "из", "изо", "для", "без", "безо", "после", "около",
             "кроме", "среди", "против", "вместо", "возле", "вокруг", "насчет", "насчёт"),
            (_G,),
        ),
    },
}  # fmt: skip
# A woman's titles of address: the name after one is hers (госпожа Тан), in no relation.
LADIES = {
    "uk": {"пані", "панна", "міс", "місіс", "мадам", "леді", "сеньйора", "фрау"},
    "ru": {"госпожа", "мисс", "миссис", "мадам", "леди", "сеньора", "фрау"},
}
# Conjunctions that join list items (a name after one takes the case of the item before).
COORDINATORS = {"uk": {"та", "і", "й", "або", "чи"}, "ru": {"и", "или", "либо"}}
# Nouns naming a kind of place or body: the name after them may stay in the nominative.
CLASSIFIERS = {
    "uk": {"місто", "містечко", "село", "селище", "хутір", "станиця", "штат", "область", "район",
           "провінція", "округ", "острів",
           "річка", "озеро", "регіон", "компанія", "корпорація", "фірма", "агентство", "банк",
           "команда", "клуб", "партія", "газета", "журнал", "видання", "аеропорт", "порт",
           "станція", "вулиця", "площа", "стадіон", "готель", "бренд", "марка", "група", "рух",
           "фонд", "організація", "служба", "операція", "проєкт", "проект", "сервіс", "сайт",
           "мережа", "варіант", "штам", "шторм", "ураган", "циклон", "тайфун",
           "республіка", "королівство", "князівство", "емірат", "держава", "пункт"},
    "ru": {"город", "городок", "село", "поселок", "посёлок", "штат", "область", "район",
           "провинция", "округ", "остров", "река", "озеро", "регион", "деревня", "хутор",
           "станица", "аул",
           "компания", "корпорация", "фирма", "агентство",
           "банк", "команда", "клуб", "партия", "газета", "журнал", "издание", "аэропорт", "порт",
           "станция", "улица", "площадь", "стадион", "отель", "гостиница", "бренд", "марка",
           "группа", "движение", "фонд", "организация", "служба", "операция", "проект", "сервис",
           "сайт", "сеть", "вариант", "штамм", "шторм", "ураган", "циклон", "тайфун",
           "республика", "королевство", "княжество", "эмират", "государство", "пункт",
           "муниципалитет", "коммуна", "община", "уезд", "губерния", "волость", "графство",
           "департамент", "кантон", "префектура", "воеводство", "гора", "вулкан", "монастырь",
           "санаторий", "курорт"},
}  # fmt: skip
# uk nouns that say what a place is, in apposition before its name (столиця Київ).
PLACE_NOUNS = frozenset({"столиця", "країна"})
# Nouns that say what a place is without a name of their own (a capital, a country): with
# an adjective of relation (італійська столиця, польской столице) they say whose it is.
KIND_OF_PLACE = {"uk": PLACE_NOUNS, "ru": frozenset({"столица", "страна"})}
# An adjective of relation (італійська, балтійській, польской): -ськ-/-цьк-/-зьк-/-ск-/-цк-.
_RELATIONAL = re.compile(r"(?:ськ|цьк|зьк|ск|цк)[а-яіїє]{1,3}$")
# uk classifiers that also mean the area around a place (в районі Бахмута).
AREA_NOUNS = frozenset({"район"})
# на кшталт, на зразок ("such as, like"): compound prepositions of the genitive.
LIKE_NOUNS = frozenset({"кшталт", "зразок"})
# Compound prepositions of a preposition and a noun that take the genitive, whose noun names
# nothing a name could be the apposition of (за даними Пентагону, на думку Франції, з боку
# Росії, від імені України).
GENITIVE_PHRASES = frozenset({
    ("за", "даними"), ("за", "словами"), ("за", "оцінками"), ("за", "інформацією"),
    ("за", "повідомленням"), ("за", "участю"), ("за", "підтримки"), ("за", "ініціативою"),
    ("за", "рахунок"), ("за", "прикладом"), ("на", "думку"), ("на", "прохання"),
    ("на", "запрошення"), ("на", "вимогу"), ("на", "адресу"), ("на", "користь"),
    ("на", "боці"), ("на", "замовлення"), ("з", "боку"), ("із", "боку"), ("зі", "сторони"),
    ("з", "ініціативи"), ("з", "вини"), ("від", "імені"), ("в", "інтересах"), ("у", "інтересах"),
})  # fmt: skip
# Time nouns used as adverbials without a preposition (минулого тижня, у п'ятницю ...):
# a name after them starts the clause.
TEMPORAL = {
    "uk": {"понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя", "день",
           "тиждень", "місяць", "рік", "ранок", "вечір", "ніч", "час", "момент", "період",
           "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
           "вересень", "жовтень", "листопад", "грудень", "раз", "сезон", "тепер", "пора"},
    "ru": {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
           "день", "неделя", "месяц", "год", "утро", "вечер", "ночь", "время", "момент", "период",
           "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь", "раз", "сезон", "пора"},
}  # fmt: skip
# Verbs whose object is in the dative (допомогти Україні, сообщил Путину).  Those that take
# only a dative object, and those that take a person in the dative besides a thing in the
# accusative (дати, передати: a place after them is more often the thing given).
DATIVE_VERBS = {
    "uk": {"допомогти", "допомагати", "дякувати", "подякувати", "заважати", "завадити",
           "загрожувати", "погрожувати", "пригрозити", "довіряти", "радити", "порадити",
           "сприяти", "протистояти", "телефонувати", "зателефонувати", "подзвонити",
           "дзвонити", "відповісти",
           "відповідати", "дозволити", "дозволяти", "заборонити", "забороняти", "наказати",
           "наказувати", "співчувати", "аплодувати", "поступитися", "програти", "програвати",
           "належати", "вірити", "повірити", "опиратися", "чинити", "заздрити", "підкорятися",
           "служити", "послужити", "дорікати", "дорікнути", "шкодити", "зашкодити",
           "нашкодити", "пробачити", "пробачати", "вибачити", "вибачати", "потурати",
           "симпатизувати"},
    "ru": {"помочь", "помогать", "мешать", "помешать", "угрожать", "пригрозить", "грозить",
           "доверять", "советовать", "посоветовать", "способствовать", "противостоять",
           "звонить", "позвонить", "ответить", "отвечать", "позволить", "позволять",
           "разрешить", "разрешать", "запретить", "запрещать", "приказать", "приказывать",
           "сочувствовать", "аплодировать", "уступить", "уступать", "проиграть", "проигрывать",
           "принадлежать", "верить", "поверить", "сопротивляться", "завидовать", "подчиняться"},
}  # fmt: skip
# Verbs whose object is in the instrumental (керувати Україною, управлять Россией).
INSTRUMENTAL_VERBS = {
    "uk": {"керувати", "управляти", "командувати", "володіти", "користуватися",
           "скористатися", "захоплюватися", "пишатися", "цікавитися", "займатися",
           "опікуватися", "нехтувати", "знехтувати", "торгувати", "жертвувати",
           "пожертвувати", "завідувати", "правити", "диригувати"},
    "ru": {"руководить", "управлять", "командовать", "владеть", "пользоваться",
           "воспользоваться", "восхищаться", "гордиться", "интересоваться", "заниматься",
           "пренебрегать", "пренебречь", "торговать", "жертвовать", "пожертвовать",
           "заведовать", "править", "дирижировать"},
}  # fmt: skip
# Verbs of naming: with their object before them, a name after them is the name given, in
# the instrumental (яку я називав Планетою Юпітер, которого все называли Наполеоном).
NAMING_VERBS = {
    "uk": {"називати", "назвати", "іменувати", "охрестити", "хрестити", "прозвати",
           "прозивати", "величати"},
    "ru": {"называть", "назвать", "именовать", "окрестить", "крестить", "прозвать",
           "прозывать", "величать"},
}  # fmt: skip
# Verbs of being called (мене звати Ольга, её зовут Марина, город называется Киев): the
# name after them is what the bearer is called, in the nominative (or the instrumental).
CALLED_VERBS = {
    "uk": {"звати", "зватися", "називатися", "іменуватися", "прозиватися"},
    "ru": {"звать", "зваться", "называться", "именоваться", "прозываться"},
}  # fmt: skip
# Pronouns in the accusative only: the object of the verb after them.
OBJECT_PRONOUNS = {
    "uk": {"яку", "якого", "його", "її", "їх", "мене", "тебе", "нас", "вас", "себе", "кого"},
    "ru": {"которую", "которого", "его", "её", "ее", "их", "меня", "тебя", "нас", "вас",
           "себя", "кого"},
}  # fmt: skip
# Verbs whose object is in the genitive only (що стосується Ірану, он боится Путина).
GENITIVE_VERBS = {
    "uk": {"стосуватися", "торкатися", "боятися", "побоюватися", "остерігатися", "соромитися",
           "уникати", "уникнути", "позбутися", "позбуватися", "позбавитися", "дотримуватися",
           "додержуватися", "досягти", "досягнути", "досягати", "домогтися", "домагатися",
           "добитися", "добиватися", "потребувати", "набути", "набувати", "слухатися",
           "цуратися", "сторонитися"},
    "ru": {"касаться", "коснуться", "бояться", "побаиваться", "опасаться", "остерегаться",
           "стесняться", "стыдиться", "избегать", "избежать", "избавиться", "избавляться",
           "лишиться", "лишаться", "придерживаться", "достичь", "достигнуть", "достигать",
           "добиться", "добиваться", "слушаться", "сторониться", "чуждаться"},
}  # fmt: skip
# Nouns that take a person or place in the dative (лист Байдену, допомога Україні,
# памятник Ленину), besides the genitive of their owner (лист Байдена).
DATIVE_NOUNS = {
    "uk": {"допомога", "загроза", "погроза", "лист", "послання", "подяка", "пам'ятник",
           "відповідь", "привітання", "співчуття", "дзвінок", "телеграма", "ультиматум",
           "альтернатива", "протидія", "опір", "поступка", "відмова", "довіра"},
    "ru": {"помощь", "угроза", "письмо", "послание", "благодарность", "памятник", "ответ",
           "поздравление", "соболезнование", "звонок", "телеграмма", "ультиматум",
           "альтернатива", "противодействие", "сопротивление", "уступка", "отказ", "доверие"},
}  # fmt: skip
DITRANSITIVE_VERBS = {
    "uk": {"сказати", "казати", "повідомити", "повідомляти", "дати", "давати", "надати",
           "надавати", "передати", "передавати", "вручити", "вручати", "запропонувати",
           "пропонувати", "пообіцяти", "обіцяти", "пояснити", "пояснювати", "написати",
           "писати", "надіслати", "надсилати", "продати", "продавати", "доручити", "показати",
           "подарувати", "дарувати", "присвятити", "присвячувати", "присудити", "присуджувати",
           "виділити", "виділяти"},
    "ru": {"сказать", "говорить", "сообщить", "сообщать", "дать", "давать", "предоставить",
           "предоставлять", "передать", "передавать", "вручить", "вручать", "предложить",
           "предлагать", "пообещать", "обещать", "объяснить", "объяснять", "написать",
           "писать", "отправить", "послать", "продать", "продавать", "поручить", "показать",
           "подарить", "дарить"},
}  # fmt: skip
# Verbs of motion or transfer: в/на after them name the destination (accusative: привозят в
# Вашингтон, поступать в Талибан), not the place where (locative).
MOTION_VERBS = {
    "uk": {"їхати", "поїхати", "приїхати", "виїхати", "в'їхати", "переїхати", "іти", "йти",
           "піти", "прийти", "увійти", "ввійти", "летіти", "полетіти", "прилетіти", "прибути",
           "прибувати", "вирушити", "вирушати", "відправитися", "відправлятися", "відправити",
           "відправляти", "направити", "направляти", "спрямувати", "повернутися",
           "повертатися", "привезти", "привозити", "везти", "ввезти", "ввозити", "доставити",
           "доставляти", "надходити", "надійти", "вторгнутися", "вторгатися", "ввести",
           "вводити", "перевезти", "евакуювати", "депортувати", "втекти", "тікати",
           "потрапити", "потрапляти", "надіслати", "надсилати", "послати", "експортувати",
           "постачати", "поставляти", "перекинути", "перекидати"},
    "ru": {"ехать", "поехать", "приехать", "уехать", "въехать", "переехать", "идти", "пойти",
           "прийти", "войти", "лететь", "полететь", "прилететь", "вылететь", "прибыть",
           "прибывать", "отправиться", "отправляться", "отправить", "отправлять", "направить",
           "направлять", "направиться", "направляться", "вернуться", "возвращаться", "привезти",
           "привозить", "везти", "ввезти", "ввозить", "доставить", "доставлять", "поступать",
           "поступить", "вторгнуться", "вторгаться", "ввести", "вводить", "перевезти",
           "эвакуировать", "депортировать", "бежать", "сбежать", "попасть", "попадать",
           "послать", "посылать", "экспортировать", "поставлять", "поставить", "перебросить",
           "перебрасывать"},
}  # fmt: skip
# Nouns and verbs of doing something together: з/с after them means "with", the
# instrumental (переговори з Іраном, угода з Ердоганом), not "from" (the genitive).
COMITATIVE = {
    "uk": {"переговори", "угода", "домовленість", "зустріч", "розмова", "бесіда", "діалог",
           "контакт", "зв'язок", "відносини", "стосунки", "співпраця", "співробітництво",
           "партнерство", "союз", "війна", "конфлікт", "суперечка", "спір", "протистояння",
           "боротьба", "змагання", "матч", "гра", "поєдинок", "договір", "контракт", "торгівля",
           "інтерв'ю", "зустрітися", "зустрічатися", "говорити", "поговорити", "розмовляти",
           "домовитися", "домовлятися", "співпрацювати", "воювати", "боротися", "змагатися",
           "грати", "зіграти", "сперечатися", "порівняти", "порівнювати", "разом", "поряд",
           "поруч", "згідно", "спільно", "асоціація",
           # verbs of a mutual act: both sides do it, the other one "with" (листувався з
           # Кароліною, посварився з Іваном), never "from"
           "листуватися", "переписуватися", "спілкуватися", "поспілкуватися", "радитися",
           "порадитися", "сваритися", "посваритися", "миритися", "помиритися", "знайомитися",
           "познайомитися", "одружитися", "одружуватися", "розлучитися", "розлучатися",
           "прощатися", "попрощатися", "вітатися", "привітатися", "обійнятися", "обніматися",
           "зв'язатися", "зв'язуватися", "об'єднатися", "об'єднуватися", "зіткнутися",
           "стикатися", "поділитися", "ділитися", "погодитися", "погоджуватися",
           "консультуватися", "проконсультуватися"},
    "ru": {"переговоры", "соглашение", "договоренность", "договорённость", "встреча",
           "разговор", "беседа", "диалог", "контакт", "связь", "отношение", "сотрудничество",
           "партнерство", "партнёрство", "союз", "война", "конфликт", "спор", "противостояние",
           "борьба", "соперничество", "матч", "игра", "поединок", "договор", "контракт",
           "сделка", "торговля", "интервью", "встретиться", "встречаться", "говорить",
           "поговорить", "разговаривать", "договориться", "договариваться", "сотрудничать",
           "воевать", "бороться", "соперничать", "играть", "сыграть", "спорить", "сравнить",
           "сравнивать", "вместе", "рядом", "наряду"},
}  # fmt: skip
# Words after which за means "for" (the accusative: голосувати за Зеленського, бороться
# за Францию), not "behind" or "after" (the instrumental).
FOR_WHOM = {
    "uk": {"голосувати", "проголосувати", "голос", "голосування", "агітувати", "агітація",
           "боротися", "боротьба", "вболівати", "платити", "заплатити", "плата", "дякувати",
           "подякувати", "подяка", "відповідати", "відповідальність", "вибачитися",
           "вибачатися", "помститися", "помста", "хвилюватися", "переживати", "турбуватися"},
    "ru": {"голосовать", "проголосовать", "голос", "голосование", "агитировать", "агитация",
           "бороться", "борьба", "болеть", "платить", "заплатить", "плата", "благодарить",
           "поблагодарить", "благодарность", "отвечать", "ответственность", "извиниться",
           "извиняться", "отомстить", "месть", "волноваться", "переживать", "беспокоиться"},
}  # fmt: skip
# Words right before на that take it with the accusative ("on", "for": розраховувати на
# Францію, жаловаться на Россию), where на after other words is mostly "where" (locative).
ONTO = {
    "uk": {"розраховувати", "сподіватися", "покладатися", "погодитися", "погоджуватися",
           "скаржитися", "поскаржитися", "скарга", "претендувати", "посилатися", "вказувати",
           "вказати", "сердитися", "образитися", "полювання", "полювати", "замах",
           "незважаючи", "зважаючи",
           # feelings aimed at someone (злитися на Київ, ображатися на Берлін)
           "розсердитися", "злитися", "розізлитися", "ображатися", "гніватися",
           "розгніватися", "нарікати", "кричати", "накричати"},
    "ru": {"рассчитывать", "надеяться", "полагаться", "согласиться", "соглашаться",
           "жаловаться", "пожаловаться", "жалоба", "претендовать", "ссылаться", "указывать",
           "указать", "сердиться", "обидеться", "охота", "охотиться", "покушение",
           "рассердиться", "злиться", "разозлиться", "обижаться", "гневаться",
           "разгневаться", "пенять", "кричать", "накричать"},
}  # fmt: skip
# Words that point somewhere: в/на after them name the destination or the target
# (accusative: візит в Китай, напад на Україну, вплив на Росію), besides MOTION_VERBS.
DIRECTED = {
    "uk": {"візит", "поїздка", "подорож", "рейс", "переїзд", "шлях", "дорога", "вторгнення",
           "вступ", "в'їзд", "експорт", "імпорт", "поставка", "постачання", "інвестиція",
           "інвестувати", "вкладати", "вкласти", "напад", "атака", "удар", "вплив", "тиск",
           "відповідь", "реакція", "погляд", "санкція", "мито", "ембарго", "заборона", "надія",
           "вірити", "повірити", "віра", "перетворити", "перетворитися", "вплинути",
           "впливати", "напасти", "нападати", "тиснути", "подивитися", "дивитися", "звернутися",
           "вступити", "вступати", "повернення", "відступ", "перехід", "запит", "претензія",
           "право", "квиток", "переведення", "перевести", "вивезти", "вивезення", "виїзд",
           "закохатися", "закохуватися", "закоханий",
           # launching and dropping at a target (випустили ракети на Київ)
           "випустити", "випускати", "запустити", "запускати", "скинути", "скидати",
           "націлити", "націлювати", "націлений", "спрямований"},
    "ru": {"визит", "поездка", "путешествие", "рейс", "переезд", "путь", "дорога", "вторжение",
           "вступление", "въезд", "экспорт", "импорт", "поставка", "инвестиция",
           "инвестировать", "вкладывать", "вложить", "нападение", "атака", "удар", "влияние",
           "давление", "ответ", "реакция", "взгляд", "санкция", "пошлина", "эмбарго", "запрет",
           "надежда", "верить", "поверить", "вера", "превратить", "превратиться", "повлиять",
           "влиять", "напасть", "нападать", "давить", "посмотреть", "смотреть", "обратиться",
           "вступить", "вступать", "возвращение", "отступление", "переход", "запрос",
           "претензия", "право", "билет", "перевод", "перевести", "вывезти", "вывоз", "выезд",
           "влюбиться", "влюбляться", "влюблённый", "влюбленный",
           "выпустить", "выпускать", "запустить", "запускать", "сбросить", "сбрасывать",
           "нацелить", "нацеливать", "нацеленный"},
}  # fmt: skip
# Roots of the verbs of motion and sending, whatever their prefix (виїхати, заїжджати,
# перелетіти, вивозити; съездить, уехать, прилетать, выслать): в/на after them name the
# destination.
MOTION_ROOTS = {
    "uk": re.compile(r"(їхати|їжджати|їздити|йти|ходити|летіти|літати|бігти|бігати|везти|"
                     r"возити|плисти|пливати|слати|силати|правити|"
                     r"правляти|кинути|кидати|тікати|текти|"
                     r"прошувати|просити|рушити|рушати|мандрувати|дзвонити|писати)(ся)?$"),
    "ru": re.compile(r"(ехать|езжать|ездить|йти|ходить|лететь|летать|бежать|бегать|везти|"
                     r"возить|плыть|плывать|плавать|слать|сылать|"
                     r"править|правлять|кинуть|кидывать|"
                     r"гласить|глашать|двинуть|двигать|путешествовать|звонить|писать)(ся)?$"),
}  # fmt: skip
# Verbs of taking or bringing away, which a root of motion does not show: з after them, and
# after their object, is "from" (вивели війська з України, відкликала з Німеччини).
FROM_VERBS = {
    "uk": frozenset({"вивести", "виводити", "відкликати", "відкликувати", "вилучити",
                     "вилучати", "виключити", "виключати", "вигнати", "виганяти", "витіснити",
                     "витісняти", "повернути", "повертати", "забрати", "забирати",
                     "імпортувати", "звільнити", "звільняти", "видворити",
                     "видворяти", "викрасти", "викрадати"}),
}  # fmt: skip
# Nouns of coming or taking away: з after them is "from" (повернення з Києва, вихід з НАТО).
FROM_NOUNS = frozenset({
    "повернення", "приїзд", "виїзд", "переїзд", "прибуття", "відбуття", "евакуація",
    "вивезення", "вивіз", "виведення", "вихід", "депортація", "втеча", "імпорт", "експорт",
    "постачання", "поставка", "поставки", "відкликання", "вигнання", "біженець", "переселенець",
})  # fmt: skip
# Verbs with a root of motion or sending that point nowhere: being somewhere, taking
# place, signing or writing down, ruling (знаходиться в Японії, проходить у Києві,
# подписали в Париже, управляет в России).
NOT_MOTION = {
    "uk": {"знаходитися", "находитися", "знаходити", "віднаходити", "винаходити", "находити",
           "проходити", "пройти", "походити", "обходитися",
           "розходитися", "сходитися", "підходити", "описати", "описувати", "підписати",
           "підписувати", "переписати", "переписувати", "записати", "записувати", "виписати",
           "виписувати", "прописати", "прописувати", "списати", "списувати", "виправити",
           "виправляти", "управляти", "правити", "попросити", "просити",
           # -найти is "find" (знайти, віднайти себе на Подолі), not йти "go".
           "знайти", "віднайти", "винайти", "найти", "знайтися", "віднайтися"},
    "ru": {"находиться", "происходить", "проходить", "пройти", "приходиться", "обходиться",
           "исходить", "подходить", "расходиться", "сходиться", "описать", "описывать",
           "подписать", "подписывать", "переписать", "переписывать", "записать", "записывать",
           "выписать", "выписывать", "прописать", "прописывать", "списать", "списывать",
           "исправить", "исправлять", "поправить", "поправлять", "управлять", "править"},
}  # fmt: skip
# Verbs of being somewhere: в/у/на after them say where (the locative), never whither
# (народилася в Києві, перебуваючи в Києві, опиняється в Ньюкаслі, живе у Львові).
LOCATED = {
    "uk": frozenset({"жити", "пожити", "проживати", "прожити", "мешкати", "народитися",
                     "народжуватися", "перебувати", "знаходитися", "находитися", "опинитися",
                     "опинятися", "зупинитися", "зупинятися", "ночувати", "переночувати",
                     "зимувати", "базуватися", "відбуватися", "відбутися", "навчатися",
                     "помирати", "померти", "загинути", "гинути", "залишатися", "залишитися",
                     "лишатися", "лишитися", "розташовуватися", "розміщуватися",
                     # of happening: сталося в Києві, пролунали вибухи в Харкові
                     "статися", "ставатися", "трапитися", "траплятися", "пролунати",
                     "лунати", "тривати", "продовжуватися"}),
    # Not остаться (остаться на Рождество: "for"), работать (работать на Россию: "for").
    "ru": frozenset({"жить", "пожить", "проживать", "прожить", "родиться", "рождаться",
                     "находиться", "пребывать", "оказаться", "оказываться", "остановиться",
                     "останавливаться", "ночевать", "переночевать", "зимовать",
                     "базироваться", "дислоцироваться", "состояться", "учиться",
                     "обучаться", "умереть", "умирать", "скончаться", "погибнуть",
                     "погибать", "располагаться", "расположиться", "расположить",
                     "размещаться"}),
}  # fmt: skip
# Words before an infinitive that make a clause without a subject, whose doer is in the
# dative (Франции необходимо получить, Україні потрібно зробити).
PREDICATIVES = {
    "uk": {"треба", "потрібно", "необхідно", "слід", "варто", "можна", "неможливо", "важко",
           "легко", "доводиться", "довелося", "вдалося", "вдається", "належить"},
    "ru": {"надо", "нужно", "необходимо", "следует", "стоит", "можно", "нельзя", "невозможно",
           "трудно", "легко", "приходится", "пришлось", "удалось", "удается", "удаётся",
           "предстоит"},
}  # fmt: skip
DESTINATIONS = {"uk": {"в", "у", "на", "до"}, "ru": {"в", "во", "на", "к", "ко"}}
# Pronouns in the nominative: the subject of the verb right after them (not що/что, which
# may be a conjunction or an object).
SUBJECT_PRONOUNS = {
    "uk": {"я", "ти", "він", "вона", "воно", "ми", "ви", "вони", "який", "яка", "яке", "які",
           "хто"},
    "ru": {"я", "ты", "он", "она", "оно", "мы", "вы", "они", "который", "которая", "которое",
           "которые", "кто"},
}  # fmt: skip
# Verbs that never take a direct object although the uk dictionary does not tag them
# (it has no transitivity): a copula or a verb of being.
_COPULAS = {"бути", "стати", "ставати", "залишитися", "залишатися", "здаватися", "бувати",
            "виявитися", "вважатися", "називатися", "быть", "стать", "становиться",
            "оставаться", "остаться", "казаться", "являться", "оказаться"}  # fmt: skip
# Nouns that greet the name after them (the Ukrainian dictionary has no interjection
# reading for them): Привіт Роб, not Роба.
GREETINGS = {"uk": frozenset({"привіт", "салют"}), "ru": frozenset({"привет", "салют"})}
SENTENCE_STARTS = {".", "!", "?", ":", "«", "“", "„", '"', "(", "–", "—"}
QUOTE_ENDS = {"–", "—", "»", "“", "”", '"'}
# The punctuation marks that bound a clause.  STOPS end a sentence or bracket part of one:
# no phrase set off by commas or dashes runs past them (:func:`_aside_end`).  CLAUSE_ENDS adds
# the comma and the quote marks: the words between two of them are the clause every walker
# back or forward from a name stays in.  A quote mark does not end the clause around a name
# in :func:`_ends_clause` (the quotes of a name); the dash is no clause's end here (a dash may
# stand for a verb, :func:`may_be_subject`) but ends a coordinated clause in
# ``enforce._CLAUSE_MARKS``; SENTENCE_ENDS are only the marks that end a sentence.
DASHES = frozenset({"—", "–", "-"})
QUOTE_MARKS = frozenset("«»“”„\"")
STOPS = frozenset({".", "!", "?", ";", ":", "(", ")"})
CLAUSE_ENDS = STOPS | {","} | QUOTE_MARKS
SENTENCE_ENDS = frozenset(".!?…")
# Person nouns naming a relation to someone, who then follows in the genitive.
RELATIONAL = {
    "uk": {"прихильник", "прихильниця", "дружина", "чоловік", "син", "донька", "дочка", "батько",
           "мати", "брат", "сестра", "радник", "радниця", "помічник", "помічниця", "союзник",
           "союзниця", "опонент", "суперник", "суперниця", "наступник", "наступниця",
           "попередник", "попередниця", "соратник", "соратниця", "адвокат", "вдова", "онук",
           "онука", "критик", "шанувальник", "шанувальниця"},
    "ru": {"сторонник", "сторонница", "жена", "муж", "сын", "дочь", "отец", "мать", "брат",
           "сестра", "советник", "советница", "помощник", "помощница", "союзник", "союзница",
           "оппонент", "соперник", "соперница", "преемник", "преемница", "предшественник",
           "предшественница", "соратник", "соратница", "адвокат", "вдова", "внук", "внучка",
           "критик", "поклонник", "поклонница"},
}  # fmt: skip
POSSESSIVES = {
    "uk": {"його", "її", "їхній", "їхня", "їхнього", "їхньому", "їхньою", "свій", "своя",
           "свого", "своєї", "своєму", "своїй", "своїм", "своєю", "мій", "моя", "наш", "наша",
           "ваш", "ваша"},
    "ru": {"его", "ее", "её", "их", "свой", "своя", "своего", "своей", "своему", "своим",
           "мой", "моя", "наш", "наша", "ваш", "ваша"},
}  # fmt: skip
# Words after which a name is quoted as it is called, in the nominative (жінка під назвою
# Планета Юпітер, женщина по имени …); apostrophes as norm_key writes them.
NAMING = {
    "uk": {"назвою", "назва", "ім'ям", "ім'я", "прізвищем", "прізвище", "прізвисько",
           "прізвиськом", "псевдонім", "псевдонімом", "найменуванням"},
    "ru": {"названием", "название", "имени", "имя", "фамилией", "фамилия", "прозвищем",
           "прозвище", "псевдонимом", "псевдоним", "наименованием"},
}  # fmt: skip
# Weather systems are named after people, in apposition (шторм Арвен, ураган Іда).
_STORM_WORDS = {"шторм", "ураган", "циклон", "тайфун"}
STORMS = {"uk": _STORM_WORDS, "ru": _STORM_WORDS}
# Classifiers of an administrative division, which an adjective names (Придністровський
# регіон, Львовская область): no place's name in apposition after them then.  Not the
# state forms (Федеративної Республіки Німеччина) nor airports and stations, named by a
# place in the nominative (Міжнародного аеропорту Бориспіль).
DIVISIONS = {
    "uk": {"область", "район", "округ", "провінція", "регіон"},
    "ru": {"область", "район", "округ", "провинция", "регион"},
}  # fmt: skip
# Nouns of a place's part, people or life, which govern no dative or instrumental object:
# a name after them and its adjectives is their genitive (регион южной Болгарии, население
# Северной Кореи).
PART_NOUNS = {
    "ru": frozenset({"регион", "район", "территория", "часть", "север", "юг", "восток",
                     "запад", "центр", "побережье", "окраина", "население", "популяция",
                     "житель", "народ", "история", "экономика", "культура", "столица"}),
}  # fmt: skip
_VERBAL = {"VERB", "INFN", "GRND", "PRTS"}
_FUNCTION = {"CONJ", "PRCL", "PREP", "ADVB", "NPRO", "INTJ", "PRED"}
_NOMINAL = {"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"}
_MAX_WALK = 5
PREPOSITION, AGREEMENT, GOVERNMENT = "preposition", "agreement", "government"
OBJECT = "object"  # a verb whose subject stands before it governs the name after it
NOUN, LIST, SOURCE = "noun", "list", "source"


@dataclass(frozen=True)
class CaseContext:
    """Plausible cases at a position, most likely first (empty: no clue), whether the
    context excludes every other case, whether a preposition governs it, and whether it
    shows that a person of unknown sex is a woman (сенаторки Роджерс) or a man (a first
    name: Еммануелем Макрон).  ``agree`` holds the cases of a word the name agrees with;
    ``prefer`` the one case of a preposition's that the words around it choose (угода з →
    instrumental; на with nothing pointing somewhere → locative), which decides a rewrite
    among that preposition's cases but never rules out a valid form by itself."""

    cases: tuple[str, ...] = ()
    strong: bool = False
    preposition: bool = False
    female: bool = False
    male: bool = False
    basis: str = ""
    agree: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()

    @property
    def rule(self) -> str:
        """What makes the context strong: ``preposition`` (its government), ``agreement``
        (an adjective, a title, a first name), ``government`` (an infinitive that takes the
        dative), ``noun`` (a noun before takes the genitive:
        it rules out the nominative, not a dative object), ``list`` (the items around it),
        ``source`` (a uk/ru source's own case); empty when it is not strong."""
        if not self.strong:
            return ""
        return "preposition" if self.preposition else self.basis

    def with_first(self, first: tuple[str, ...], **changes: Any) -> CaseContext:
        """This context with the cases ``first`` put before its others (and ``changes``)."""
        return replace(self, cases=(*first, *(c for c in self.cases if c not in first)), **changes)


NO_CLUE = CaseContext()
SUBJECT = CaseContext((_N,))


@dataclass(frozen=True)
class _Word:
    pos: frozenset[str]
    cases: tuple[str, ...]
    anim: bool
    lemmas: frozenset[str]
    gender: str | None = None
    name: bool = False
    plural: bool = False


@lru_cache(maxsize=50_000)
def _word(lang: str, text: str) -> _Word:
    """POS, cases (most likely first), animacy and lemmas of a word from pymorphy3.

    A function-word reading wins over a homonymous noun (як, коли); adjectives keep their
    singular readings only (they must agree with one name); animacy needs the dictionary.
    """
    known = known_parses(lang, text)
    chosen: list[Any] = list(known or parses(lang, text))
    # A function-word reading wins when it is the likeliest one or the word is short (як).
    function = next((p.tag.POS for p in known if p.tag.POS in _FUNCTION), None)
    # A reading in the vocative alone is no rival (його: the pronoun, not йога "yoga").
    rivals = [p for p in known if p.tag.POS not in _FUNCTION and tag_case(p.tag) != "voct"]
    if function and known[0].tag.POS not in _FUNCTION and len(text) > 3 and rivals:
        function = None
    if function is not None:
        return _Word(frozenset({function}), (), False, frozenset())
    # A capitalized word pymorphy3 guesses to be a first name counts as one (Еммануелем).
    readings = [p for p in chosen if "Name" in p.tag.grammemes]
    if not known:
        # An unknown name read as itself in the nominative (Анналена, a woman's name) before
        # a guessed oblique form of another name (Аннален).
        readings.sort(key=lambda p: norm_key(p.normal_form) != norm_key(text) or
                      tag_case(p.tag) != _N)  # fmt: skip
    name = next(iter(readings), None)
    if text[:1].islower():  # a lower-case word is no name: "тихий" is not the surname Тихий
        chosen = [p for p in chosen if not p.tag.grammemes & PERSON_TAGS] or chosen
    if chosen and chosen[0].tag.POS in _NOMINAL:
        # Nominal readings first: "вдова" is a noun before it is an adjective.
        chosen.sort(key=lambda p: 0 if p.tag.POS == "NOUN" else 1)
    if chosen and chosen[0].tag.POS in ("ADJF", "PRTF"):
        chosen = [p for p in chosen if p.tag.number != "plur"]
    cases: list[str] = []
    for p in chosen:
        case = tag_case(p.tag) or (_N if p.tag.POS == "NOUN" else None)
        if case and case not in cases:
            cases.append(case)
    pos = frozenset({chosen[0].tag.POS} if chosen and chosen[0].tag.POS else ())
    # A lower-case uk word is no name, so a name's reading makes it no person (роману: the
    # novel's, not the name Роман's dative).
    lower = lang == "uk" and text[:1].islower()
    anim = any(
        p.tag.POS == "NOUN" and "anim" in p.tag.grammemes
        and not (lower and p.tag.grammemes & PERSON_TAGS)
        for p in known
    )  # fmt: skip
    is_name = name is not None and text[:1].isupper()
    if is_name:
        cases = [c for p in chosen if p is name or "Name" in p.tag.grammemes
                 if (c := tag_case(p.tag)) is not None]  # fmt: skip
        cases = list(dict.fromkeys(cases))
    gender = name.tag.gender if is_name and name else (chosen[0].tag.gender if chosen else None)
    lemmas = frozenset(norm_key(p.normal_form) for p in chosen)
    nouns = [p for p in chosen if p.tag.POS == "NOUN"]
    plural = bool(nouns) and all(p.tag.number == "plur" for p in nouns)
    return _Word(pos, tuple(cases), anim or is_name, lemmas, gender, is_name, plural)


def _back_past_particles(lang: str, tokens: list[Token], k: int) -> Iterator[Token]:
    """The words right before the one at ``k``, nearest first and at most three, going on
    only past adverbs and particles (поступать напрямую в, покладатися лише на)."""
    for tok in reversed(tokens[max(0, k - 3) : k]):
        if not _is_word(tok):
            return
        yield tok
        if not _word(lang, tok.text.lower()).pos & {"ADVB", "PRCL"}:
            return


def _after_motion(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether a verb of motion comes right before the preposition at ``k`` (past adverbs and
    particles): поступать напрямую в Талибан."""
    for tok in _back_past_particles(lang, tokens, k):
        word = _word(lang, tok.text.lower())
        if word.pos & _VERBAL:
            return bool(word.lemmas & MOTION_VERBS[lang])
    return False


# The words of a date (23 березня 1974 р., у 1990 році, 2017-го року), besides its numbers.
_DATE_WORDS = frozenset({
    "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
    "жовтня", "листопада", "грудня", "року", "році", "р", "рр", "го",
})  # fmt: skip


def _before_date(tokens: list[Token], k: int) -> int:
    """Where a date that ends right before ``k`` starts (Народилася 23 березня 1974 р. в:
    the index of 23), or ``k`` where none stands there; a date's own у/в (у 1990 році) is
    part of it."""
    i = k
    while i > 0:
        prev = tokens[i - 1]
        low = prev.text.lower()
        dot = low == "." and i > 1 and tokens[i - 2].text.lower() in ("р", "рр")
        opens = low in ("у", "в") and i < k and tokens[i].text.isdigit()
        if not (prev.text.isdigit() or low in _DATE_WORDS or dot or opens or low == "-"):
            break
        i -= 1
    return i if any(t.text.isdigit() for t in tokens[i:k]) else k


def _located_before(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether a verb or gerund of being somewhere (``LOCATED``) comes right before the
    preposition at ``k``, past adverbs and particles (встигли пожити разом у Делятині,
    перебуваючи в Києві) and a date (Народилася 23 березня 1974 р. в Києві), in Russian
    a phrase of time (Родился 12 января 1959 года в Хальмстаде, состоится в понедельник в
    Женеве): what follows says where, not whither."""
    k = _before_time_phrase(lang, tokens, k) if lang == "ru" else _before_date(tokens, k)
    for tok in _back_past_particles(lang, tokens, k):
        low = tok.text.lower()
        readings = known_parses(lang, low)
        # ru participles and gerunds have the verb's infinitive for their lemma (живущую).
        verbal = ("VERB", "INFN", "PRTF", "PRTS", "GRND") if lang == "ru" else ("VERB", "INFN")
        verbs = {norm_key(p.normal_form) for p in readings if p.tag.POS in verbal}
        if lang == "uk" and any(p.tag.POS == "GRND" for p in readings):
            # перебуваючи → перебувати (the dictionary's infinitive need not say infn)
            verbs |= {low[: -len(end)] + inf for end, inf in _GERUND_ENDS if low.endswith(end)}
        if not verbs:
            continue
        # Not a verb joined to one of being (жил и работал на Кремль: "for", whither).
        return bool(verbs & LOCATED.get(lang, frozenset()))
    return False


# ru verbs of being or coming to be, besides LOCATED: в/на before them say where.
# Not появиться (На Кипр появились туры: "tours to Cyprus", whither).
BEING = {"ru": frozenset({"быть", "бывать", "существовать", "обитать", "возникнуть",
                          "возникать", "действовать"})}


def _located_after(lang: str, tokens: list[Token], k: int, last: int) -> bool:
    """Whether the preposition at ``k`` opens its clause (past adverbs; not after a noun:
    Ставки на Францию были) and the
    clause's first verb after the name ending at ``last`` is one of being somewhere
    (``LOCATED``, ``BEING``), with no word of the clause pointing anywhere: В Англии
    должность возникла, В Дании были популярны песни, У Харкові пролунали вибухи (not У
    Київ тривають поставки зброї)."""
    j = k - 1  # past adverbs (Вчора у Львові)
    while j >= 0 and any(p.tag.POS == "ADVB" for p in known_parses(lang, tokens[j].text.lower())):
        j -= 1
    opens = j < 0 or tokens[j].text in CLAUSE_ENDS | SENTENCE_STARTS
    if not opens or _verb_before(lang, tokens, k) or _directed_elsewhere(lang, tokens, k, last):
        return False  # Ставки на Францию были: a noun's в/на, whither
    for n, tok in enumerate(tokens[last + 1 :], last + 1):
        if tok.text in CLAUSE_ENDS:
            return False
        verbs = {norm_key(p.normal_form) for p in known_parses(lang, tok.text.lower())
                 if p.tag.POS == "VERB"}  # fmt: skip
        if verbs:
            if verbs & _AUXILIARY and _participle_after(lang, tokens, n):
                return False  # В Кремль был вызван посол: a passive's helper, no being
            return bool(verbs & (LOCATED[lang] | BEING.get(lang, frozenset())))
    return False


_AUXILIARY = frozenset({"быть", "бывать", "бути", "бувати"})


def _directed_after(lang: str, tokens: list[Token], k: int, last: int) -> bool:
    """Whether the в/на at ``k`` opens its clause and the clause's first verb after the name
    ending at ``last`` (a passive's participle past its helper) points somewhere: the phrase
    put first names the target (На Київ і Харків було випущено десятки ракет; На Харьков
    сбросили бомбы), the accusative."""
    j = k - 1
    while j >= 0 and any(p.tag.POS == "ADVB" for p in known_parses(lang, tokens[j].text.lower())):
        j -= 1
    if not (j < 0 or tokens[j].text in CLAUSE_ENDS | SENTENCE_STARTS):
        return False
    for n, tok in enumerate(tokens[last + 1 :], last + 1):
        if tok.text in CLAUSE_ENDS:
            return False
        readings = [
            p for p in known_parses(lang, tok.text.lower()) if p.tag.POS in ("VERB", "PRTS")
        ]
        if not readings:
            continue
        verbs = {norm_key(p.normal_form) for p in readings}
        if verbs & _AUXILIARY:
            continue  # було випущено: the participle after the helper says
        # A word of aiming (випустити, скинути; not a verb of motion, whose own в/на may
        # follow: У Херсон люди вийшли на мітинг), with no target of its own after it.
        if not {p.normal_form for p in readings} & DIRECTED[lang]:
            return False
        end = _clause_bounds(tokens, k, last)[1]
        return not any(t.text.lower() in _TARGET_PREPOSITIONS for t in tokens[n + 1 : end])
    return False


_TARGET_PREPOSITIONS = frozenset({"в", "у", "на", "до", "во", "к", "ко"})


def _participle_after(lang: str, tokens: list[Token], n: int) -> bool:
    """Whether a short passive participle follows the verb at ``n`` (был избран, було
    внесено), past adverbs (был снова избран)."""
    for tok in tokens[n + 1 : n + 4]:
        readings = known_parses(lang, tok.text.lower())
        if any(p.tag.POS == "PRTS" for p in readings):
            return True
        if not any(p.tag.POS == "ADVB" for p in readings):
            return False
    return False


def may_be_nominative(lang: str, word: str) -> bool:
    """Whether ``word`` may be a nominative: a reading of the dictionary's, or no reading
    at all (Latin, a made-up ending).  Not Францию, Польши: a valid form in another case,
    which a rule made for a nominative slip has no say over."""
    cases = word_cases(lang, word.lower())
    return not cases or "nomn" in cases


_TIME_PREPOSITIONS = frozenset({"в", "во", "с", "со", "по", "до", "на", "к"})
_MAX_TIME_PHRASE = 6  # 12 января 1959 года; в ночь на 5 мая


def _before_time_phrase(lang: str, tokens: list[Token], k: int) -> int:
    """The index where the phrase of time right before ``tokens[k]`` starts (numbers, time
    nouns of ``TEMPORAL`` and the prepositions before them: 12 января 1959 года, в
    понедельник), ``k`` where none stands there."""
    start, i = k, k - 1
    while i >= 0 and k - i <= _MAX_TIME_PHRASE:
        low = tokens[i].text.lower()
        if low.isdigit() or {norm_key(p.normal_form) for p in known_parses(lang, low)
                             if p.tag.POS == "NOUN"} & TEMPORAL[lang]:  # fmt: skip
            start = i
        elif not (low in _TIME_PREPOSITIONS and start == i + 1):
            break
        else:
            start = i  # the preposition of the time word after it
        i -= 1
    return start


def _range_before(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether від or з opens a phrase in the clause before the preposition at ``k`` (від
    Києва по Харків, з 1 по 5 травня): a range, whose end по puts in the accusative."""
    for i in range(k - 1, -1, -1):
        if tokens[i].text in CLAUSE_ENDS:
            return False
        if tokens[i].text.lower() in ("від", "од", "з", "із", "зі"):
            return True
    return False


def _lemmas_past_particles(lang: str, tokens: list[Token], k: int) -> frozenset[str]:
    """The lemmas of the word before the preposition at ``k`` past the adverbs and particles
    right before it (покладатися лише на, рассчитывать только на); empty where none stands
    between."""
    for n, tok in enumerate(_back_past_particles(lang, tokens, k)):
        word = _word(lang, tok.text.lower())
        if not word.pos or not word.pos <= {"ADVB", "PRCL"}:
            return word.lemmas if n else frozenset()
    return frozenset()


def _governed(lang: str, preposition: str, kind: str) -> tuple[str, ...]:
    """The cases ``preposition`` takes, likeliest first (з + a person: "with", instrumental;
    у + a person: "at", "has", the genitive: у Феттеля закінчується контракт; на + a
    person: the accusative)."""
    cases = PREPOSITIONS[lang][preposition]
    if kind == "PER" and cases[:2] == (_G, _I):
        return (_I, _G, *cases[2:])
    if kind == "PER" and cases == (_L, _A, _G):
        return (_G, _L, _A)
    if kind == "PER" and preposition == "на" and cases[:2] == (_L, _A):
        return (_A, _L, *cases[2:])  # на Андрія гнівався, тиск на Путіна: "at", "on"
    return cases


def _preposition_before(lang: str, tokens: list[Token], k: int) -> int | None:
    """The index of a preposition that governs the word at ``k`` (an adjective or a noun)
    past the words that agree with it or qualify them (:func:`_modifier`, or an adverb: о
    серийном убийце, с некогда могучей); None where another word comes first."""
    i = k - 1
    while i >= 0 and k - i <= _MAX_WALK and _is_word(tokens[i]):
        low = tokens[i].text.lower()
        if low in PREPOSITIONS[lang]:
            return i
        readings = known_parses(lang, low)
        adverb = bool(readings) and readings[0].tag.POS == "ADVB"
        if not tokens[i].text[:1].islower() or not (adverb or _modifier(lang, low)):
            return None
        i -= 1
    return None


def _preposition_before_conjoined(lang: str, tokens: list[Token], k: int) -> int | None:
    """:func:`_preposition_before`, also across a coordinator between two adjectives (в
    Северной и Центральной Америке: в governs Центральной too)."""
    at = _preposition_before(lang, tokens, k)
    while (
        at is None and k > 1 and tokens[k - 1].text.lower() in COORDINATORS[lang]
        and _modifier(lang, tokens[k - 2].text)
    ):  # fmt: skip
        k -= 2
        at = _preposition_before(lang, tokens, k)
    return at


def _governed_title_cases(
    lang: str, tokens: list[Token], k: int, cases: tuple[str, ...]
) -> tuple[str, ...]:
    """The ``cases`` of a Russian title at ``k`` that a preposition governing it allows (о
    серийном убийце Андрее Чикатило: the locative, not the dative); all of them where
    none does, or where none is left."""
    at = _preposition_before(lang, tokens, k) if lang == "ru" else None
    if at is None:
        return cases
    governed = set(PREPOSITIONS[lang][tokens[at].text.lower()])
    if _A in governed:
        governed.add(_G)  # за графа Комменжа: a masculine person's accusative is the genitive
    return tuple(c for c in cases if c in governed) or cases


def _agreeing_cases(
    lang: str, text: str, gender: str | None, plural: bool = False, anim: bool | None = None
) -> tuple[str, ...]:
    """Cases in which adjective ``text`` can agree with a singular name of ``gender``
    (посвященную речь, not посвященную Клерку); with ``plural``, with any noun.  With
    ``anim`` (whether the name is animate), a masculine accusative agrees only in the
    name's animacy (:func:`accusative_animacy`: тихого Омікрону, not an accusative)."""
    readings = known_parses(lang, text) or parses(lang, text)
    animacy = accusative_animacy(readings)
    cases = [
        c
        for p in readings
        if (
            p.tag.POS in ("ADJF", "PRTF")
            or determiner_reading(p)
        )
        and (plural or p.tag.number != "plur")
        and (gender is None or p.tag.gender in (None, gender))
        and (c := tag_case(p.tag)) is not None
        and not (c == _A and anim is not None and animacy not in (None, anim))
    ]
    return tuple(dict.fromkeys(cases))


def accusative_animacy(readings: list[Any]) -> bool | None:
    """Whether the masculine singular accusative among an adjective's ``readings`` is the
    animate one (it is also the genitive: тихого, нового), the inanimate one (also the
    nominative: тихий, новий), or None (no such reading, or both)."""
    def masc(case: str) -> bool:
        return any(
            p.tag.POS in ("ADJF", "PRTF", "NPRO") and p.tag.gender == "masc"
            and p.tag.number != "plur" and tag_case(p.tag) == case
            for p in readings
        )  # fmt: skip

    if not masc(_A):
        return None
    genitive, nominative = masc(_G), masc(_N)
    return genitive if genitive != nominative else None


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def _noun_like(lang: str, tok: Token) -> _Word | None:
    if not _is_word(tok) or tok.text.isdigit():
        return None
    if is_acronym(tok.text):
        return _Word(frozenset({"NOUN"}), CASES, False, frozenset())
    word = _word(lang, tok.text)
    return word if word.pos & {"NOUN", "ADJF", "PRTF"} and word.cases else None


# Last letters of words that may not decline at all (Яровце, Чуново, Баку, Тбілісі).
INDECLINABLE_ENDS = tuple("еєиіїоуюыэё")


def _known_item(lang: str, tok: Token, named: bool = False) -> _Word | None:
    """A list item's word (:func:`_noun_like`) whose case the dictionary tells, an acronym,
    (``named``) a glossary name's form, or a word it does not know whose ending a name that
    does not decline may have too; None for an unknown word ending in such a vowel
    (Яровце, Русовце: pymorphy3's guess of a case ending)."""
    known = named or is_acronym(tok.text) or known_parses(lang, tok.text)
    if not known and tok.text.lower().endswith(INDECLINABLE_ENDS):
        return None
    return _noun_like(lang, tok)


def _title(
    lang: str, tokens: list[Token], k: int, names: frozenset[int] = frozenset()
) -> tuple[int, _Word] | None:
    """A person noun (and how many words back from ``k``) that a name at ``k + 1`` agrees
    with, across genitive modifiers (other glossary names among them, and a coordinator
    between two of them: министр культуры и спорта); a plural one (вибірники Байдена) is
    no title of one person."""
    step, skipped = 0, 0
    while step < _MAX_WALK + len(names) + skipped:
        if k - step < 0:
            return None
        tok = tokens[k - step]
        if step and tok.text.lower() in COORDINATORS[lang] and k - step > 0:
            skipped += 1  # a coordinator joins two genitives of one chain
            step += 1
            continue
        if not _is_word(tok):
            return None
        if is_acronym(tok.text) or k - step in names:
            step += 1
            continue
        word = _word(lang, tok.text)
        if "NOUN" in word.pos and word.anim:
            return None if word.plural else (step, word)
        if step and lang == "ru" and _plural_genitive_modifier(lang, tok.text):
            step += 1  # доктор медицинских наук, министр иностранных дел
            continue
        if not (word.pos & {"NOUN", "ADJF", "PRTF"}) or (step == 0 and _G not in word.cases):
            return None
        step += 1
    return None


def _plural_title_cases(lang: str, tokens: list[Token], k: int, other: int) -> tuple[str, ...]:
    """The cases of a plural person noun before a list of people that goes on to ``k``
    (при президентах Кеннеди и Джонсоне, заслуженные артисты России Вениамин Марголин и
    Юрий Большиянов): each name agrees with it, in the singular; those a preposition
    before it allows, and the other person of the list at ``other`` can be in too (a word
    the dictionary knows as a name; an indeclinable one has every case).  Walks back over
    the list's capitalized words, commas and coordinators and the title's genitive words;
    empty where no such noun heads them, or where it is a relation noun (сторонники
    Байдена и Трампа: their genitive)."""
    if not 0 <= other < len(tokens) or not tokens[other].text[:1].isupper():
        return ()
    known = [p for p in known_parses(lang, tokens[other].text) if p.tag.grammemes & PERSON_TAGS]
    partner = {tag_case(p.tag) for p in known if p.tag.number != "plur"}
    if not partner:
        return ()
    i = k
    while i >= 0 and k - i <= _MAX_WALK:
        tok = tokens[i]
        if tok.text == "," or tok.text.lower() in COORDINATORS[lang] or tok.text[:1].isupper():
            i -= 1
            continue
        if not _is_word(tok):
            return ()
        readings = [p for p in known_parses(lang, tok.text) if p.tag.POS == "NOUN"]
        if readings and all(p.tag.number == "plur" and "anim" in p.tag.grammemes
                            for p in readings):  # fmt: skip
            if _word(lang, tok.text).lemmas & RELATIONAL[lang]:
                return ()
            cases = tuple(dict.fromkeys(c for p in readings if (c := tag_case(p.tag))))
            cases = _governed_title_cases(lang, tokens, i, cases)
            return tuple(c for c in cases if c in partner)
        if not (readings and all(tag_case(p.tag) == _G for p in readings)):
            return ()
        i -= 1  # a genitive of the title's (артисты театра)
    return ()


def _plural_genitive_modifier(lang: str, text: str) -> bool:
    """Whether ``text`` is an adjective or participle in the plural genitive only (медицинских,
    иностранных): inside a title's genitive words, not a word that agrees with one name."""
    readings = known_parses(lang, text.lower())
    plural = all(p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur" for p in readings)
    return bool(readings) and plural and any(tag_case(p.tag) == _G for p in readings)


def _chain_heads(lang: str, tokens: list[Token], j: int, gender: str | None) -> tuple[str, ...]:
    """Cases of the person nouns that head a genitive chain ending in the title at ``j``
    (Пресс-секретарь президента РФ Дмитрий Песков, с пресс-секретарем президента Игорем
    Соколовым): a name after the chain may agree with its head as well as with the
    title.  Not a head of another gender than a known one's (жена президента), but a
    masculine title names a woman too."""
    cases: list[str] = []
    while j > 0 and _G in _word(lang, tokens[j].text).cases:
        head = _title(lang, tokens, j - 1)
        if head is None:
            break
        word = head[1]
        if gender and word.gender and word.gender != gender and word.gender != "masc":
            break
        cases.extend(c for c in word.cases if c not in cases)
        j -= 1 + head[0]
    return tuple(cases)


def _coordinated(
    lang: str,
    tokens: list[Token],
    before: int,
    after: int,
    unsure: frozenset[int] = frozenset(),
    names: frozenset[int] = frozenset(),
) -> tuple[tuple[str, ...], int]:
    """Cases shared by the list items either side of a name, and how many sides have one;
    an item in ``unsure`` (a rendering with a made-up ending) is none, and so is a word the
    dictionary does not know that may be indeclinable (:func:`_known_item`), unless it is
    another glossary name's valid form (in ``names``)."""
    sides: list[tuple[str, ...]] = []
    known: list[bool] = []  # whether the dictionary knows the side's word (not a guess)
    if before >= 0 and before not in unsure and (
        word := _known_item(lang, tokens[before], before in names)
    ):
        sides.append(word.cases)
        known.append(bool(known_parses(lang, tokens[before].text)))
    joined = after + 1 < len(tokens) and (
        tokens[after].text == "," or tokens[after].text.lower() in COORDINATORS[lang]
    )
    joined = joined and after + 1 not in unsure
    if (
        joined
        and (word := _known_item(lang, tokens[after + 1], after + 1 in names))
        and "NOUN" in word.pos
    ):
        sides.append(word.cases)
        known.append(bool(known_parses(lang, tokens[after + 1].text)))
    elif joined and lang == "uk" and (phrase := _phrase_cases(lang, tokens, after + 1)):
        sides.append(phrase)  # Олександра, Марини та їхньої доньки: the phrase's genitive
        known.append(True)
    if not sides:
        return (), 0
    shared = tuple(c for c in sides[0] if all(c in s for s in sides[1:]))
    if shared:
        return shared, len(sides)
    # The sides share no case: the one the dictionary knows tells it, not a guess (Ксьонз,
    # Кльоц, Філімонов: Ксьонз guessed a plural genitive, Філімонов a nominative).
    return next((s for s, k in zip(sides, known, strict=True) if k), sides[0]), 1


# Possessives that do not decline: they tell nothing of the phrase's case.
_FIXED_POSSESSIVES = {"uk": {"його", "її", "їх"}, "ru": {"его", "ее", "её", "их"}}


def _phrase_cases(lang: str, tokens: list[Token], i: int) -> tuple[str, ...]:
    """The cases that the lower-case words of the noun phrase at ``tokens[i]`` share: the
    adjectives and determiners that agree with its noun, and that noun (та їхньої 10-річної
    доньки: the genitive; та інших країн); empty where it opens with no such word (a
    numeral: та двох доньок, п'ять країн) or they share none."""
    shared: tuple[str, ...] | None = None
    for tok in tokens[i : i + _MAX_WALK]:
        if not _is_word(tok) or not tok.text[:1].islower():
            break
        low = tok.text.lower()
        cases = _agreeing_cases(lang, low, None, plural=True)
        if not cases and low in _FIXED_POSSESSIVES[lang]:
            continue
        if not cases:
            word = _word(lang, low)
            if shared is not None and "NOUN" in word.pos:
                shared = tuple(c for c in shared if c in word.cases)
            break
        shared = cases if shared is None else tuple(c for c in shared if c in cases)
    return shared or ()


def _passive(lang: str, text: str) -> bool:
    """Whether ``text`` reads as a passive participle (ru PRTF pssv; uk tags it ADJF pssv)."""
    return any(
        p.tag.POS in ("PRTF", "ADJF") and "pssv" in p.tag.grammemes
        for p in known_parses(lang, text.lower())
    )


def _participle_noun_after(lang: str, text: str, tokens: list[Token], last: int) -> bool:
    """Whether the word after the name at ``last`` (past a quote) is a noun the participle
    ``text`` before the name agrees with in case, number and gender: the participle is that
    noun's, the name between them its agent (Организованный Вашингтоном «Саммит»)."""
    j = last + 1
    while j < len(tokens) and tokens[j].text in QUOTE_MARKS:
        j += 1
    if j >= len(tokens) or not _is_word(tokens[j]):
        return False
    forms = {(tag_case(p.tag), p.tag.number, p.tag.gender) for p in known_parses(lang, text.lower())
             if p.tag.POS == "PRTF"}  # fmt: skip
    return any(
        p.tag.POS == "NOUN" and (tag_case(p.tag), p.tag.number, p.tag.gender) in forms
        for p in known_parses(lang, tokens[j].text.lower())
    )


_FINITE_TAGS = frozenset({"past", "pres", "futr", "impr", "Impe", "1per", "2per", "3per"})


def _infinitive(lang: str, text: str) -> bool:
    """Whether every verb reading of ``text`` is an infinitive (uk tags it VERB infn; a uk
    form in -ти/-тися the dictionary tags with no tense, person or mood is one too:
    звільнити)."""
    verbs = [p for p in known_parses(lang, text) if p.tag.POS == "VERB"]
    bare = lang == "uk" and text.lower().endswith(("ти", "тися", "тись"))
    return bool(verbs) and all(
        "infn" in p.tag.grammemes or (bare and not p.tag.grammemes & _FINITE_TAGS)
        for p in verbs
    )


def _plural_verb(lang: str, text: str) -> bool:
    """Whether every verb reading of ``text`` is plural (зареєстрували, домінують)."""
    verbs = [p for p in known_parses(lang, text) if p.tag.POS == "VERB"]
    return bool(verbs) and all(p.tag.number == "plur" for p in verbs)


def subject_follows(lang: str, tokens: list[Token], last: int, singular: bool = False) -> bool:
    """Whether a finite verb follows the name (past an adverb or particle): it is the subject.
    With ``singular`` (a singular name, not in a list), a plural verb does not agree with
    it: "міністерстві охорони здоров'я Ірану зареєстрували" is no subject."""
    for i, tok in enumerate(tokens[last + 1 : last + 3], last + 1):
        if not _is_word(tok):
            return False
        word = _word(lang, tok.text)
        if "VERB" in word.pos:
            if _infinitive(lang, tok.text):
                return False  # дозволити Урі Геллеру спробувати: the uk infinitive is no VERB
            if impersonal(lang, tokens, i):
                return False  # книгу Семона було перекладено: a clause with no subject
            return not (singular and _plural_verb(lang, tok.text))
        if not word.pos & {"ADVB", "PRCL"}:
            return False
    return False


_ASIDE_WALK = 16  # the longest phrase set off between a name and its verb, in tokens


def verb_past_aside(lang: str, tokens: list[Token], last: int) -> int | None:
    """The index of a finite verb after the name at ``last`` past what may stand between a
    subject and its verb: phrases set off by commas, dashes or brackets (Україна, за словами
    прем'єра, втратила; Німеччина, яка довго вагалася, вирішила; Иванов — как сообщается —
    подал), adverbs, particles and prepositional phrases (Германия в конце недели решила)
    with no nominative there that agrees with the verb and no preposition governs.  Not
    where a noun after the verb may be its subject (:func:`_subject_after`)."""
    i, walked = last + 1, []
    for _ in range(4):
        start, i = i, _past_adverbials(lang, tokens, i)
        walked.append((start, i))
        if i >= len(tokens):
            return None
        if _is_word(tokens[i]):
            verbs = _finite_readings(lang, tokens[i].text.lower())
            if not verbs or _subject_after(lang, tokens, i, verbs):
                return None
            free = all(_no_subject_between(lang, tokens, a, b, verbs) for a, b in walked)
            return i if free else None
        close = _aside_end(tokens, i)
        if close is None:
            return None
        i = close + 1
    return None


def _aside_end(tokens: list[Token], i: int) -> int | None:
    """The index of the mark that closes a phrase set off from ``tokens[i]`` (a comma, a
    dash or a bracket) that opens with a lower-case word (no list of names), before the
    sentence ends; None if none does."""
    opening = tokens[i].text
    if opening not in {",", "(", *DASHES} or i + 1 >= len(tokens):
        return None
    if not tokens[i + 1].text[:1].islower():
        return None
    closers = {")"} if opening == "(" else {",", *DASHES}
    for j in range(i + 1, min(len(tokens), i + 1 + _ASIDE_WALK)):
        if tokens[j].text in closers:
            return j
        if tokens[j].text in STOPS:
            return None
    return None


def _past_adverbials(lang: str, tokens: list[Token], i: int) -> int:
    """The index of the first token from ``i`` that is no adverb, particle or prepositional
    phrase (в понеділок, в конце недели: a preposition and up to three nominal words)."""
    while i < len(tokens) and _is_word(tokens[i]):
        low = tokens[i].text.lower()
        if low in PREPOSITIONS[lang]:
            j = i + 1
            while j < min(len(tokens), i + 4) and _is_word(tokens[j]) and (
                _word(lang, tokens[j].text.lower()).pos & {"NOUN", "ADJF", "PRTF", "NUMR"}
                or tokens[j].text[:1].isupper() or tokens[j].text.isdigit()
            ):
                j += 1
            if j == i + 1:
                return i
            i = j
        elif _word(lang, low).pos & {"ADVB", "PRCL"}:
            i += 1
        else:
            return i
    return i


def _subject_after(lang: str, tokens: list[Token], v: int, verbs: list[Any]) -> bool:
    """Whether a common noun right after the verb at ``v`` may be its subject: a nominative
    that agrees with it, the verb taking no object it could be instead (…, розпочнеться
    саміт; not продовжить переговори)."""
    if v + 1 >= len(tokens) or not tokens[v + 1].text[:1].islower():
        return False
    after = tokens[v + 1].text
    if after in PREPOSITIONS[lang] or "NOUN" not in _word(lang, after).pos:
        return False
    readings = [p for p in known_parses(lang, tokens[v + 1].text) if p.tag.POS == "NOUN"]
    if not any(tag_case(p.tag) == _N and _agrees(p.tag, verb.tag) for p in readings
               for verb in verbs):  # fmt: skip
        return False
    return not (transitive(lang, tokens[v].text.lower())
                and any(tag_case(p.tag) == _A for p in readings))  # fmt: skip


def _conjuncts_end(lang: str, tokens: list[Token], last: int) -> int:
    """The index of the last word of the names a conjunction joins to the name at ``last``
    (Франція та Німеччина), or ``last`` if none is."""
    end = last
    if end + 2 < len(tokens) and tokens[end + 1].text.lower() in COORDINATORS[lang]:
        while end + 2 < len(tokens) and _is_word(tokens[end + 2]) and (
            tokens[end + 2].text[:1].isupper()
        ):
            end += 1
        end = end + 1 if end > last else last
    return end


def introductory(lang: str, tokens: list[Token], k: int, v: int) -> bool:
    """Whether the words from the clause's start to ``k`` (the noun before a name) are
    adverbs and prepositional phrases only (Після засідання уряду, В ходе переговоров, На
    тлі кризи): no noun there is the verb at ``v``'s subject (:func:`_no_subject_between`),
    so the name after them begins the clause."""
    start = k
    while start > 0 and _is_word(tokens[start - 1]):
        start -= 1
    if start > 0 and tokens[start - 1].text not in {",", *SENTENCE_STARTS}:
        return False
    while start <= k and tokens[start].text.lower() not in PREPOSITIONS[lang]:
        if not _word(lang, tokens[start].text.lower()).pos & {"ADVB", "PRCL", "CONJ"}:
            return False
        start += 1
    verbs = _finite_readings(lang, tokens[v].text.lower())
    return start <= k and _no_subject_between(lang, tokens, start, k + 1, verbs)


def _no_subject_between(
    lang: str, tokens: list[Token], start: int, end: int, verbs: list[Any]
) -> bool:
    """Whether the words ``tokens[start:end]`` hold no subject for a verb of ``verbs``: a
    noun or name with a nominative reading that agrees with it, other than the first noun
    after a preposition (Під час, В ходе); only nominal words, prepositions, adverbs and
    particles."""
    governed = False  # the next noun is a preposition's
    for i in range(start, end):
        low = tokens[i].text.lower()
        if low in PREPOSITIONS[lang]:
            governed = True
            continue
        word = _word(lang, low)
        if word.pos & {"ADVB", "PRCL"} or _modifier(lang, tokens[i].text) or low.isdigit():
            continue
        if "NOUN" not in word.pos and not tokens[i].text[:1].isupper():
            return False
        readings = known_parses(lang, low) or parses(lang, tokens[i].text)
        if not governed and any(
            tag_case(p.tag) == _N and _agrees(p.tag, verb.tag) for p in readings for verb in verbs
        ):
            return False
        governed = False
    return True


def _finite_readings(lang: str, text: str) -> list[Any]:
    """The finite verb readings of ``text``, if a verb is what it is (not an infinitive)."""
    if "VERB" not in _word(lang, text).pos:
        return []
    verbs = [p for p in known_parses(lang, text) if p.tag.POS == "VERB"]
    return [p for p in verbs if "infn" not in p.tag.grammemes]


def finite_verb(lang: str, text: str, plural: bool = False) -> bool:
    """Whether every dictionary reading of the lower-case ``text`` is a finite verb (a plural
    one): a verb whatever the sentence, where :func:`_finite_readings` has any word that may
    be one."""
    verbs = _finite_readings(lang, text) if text[:1].islower() else []
    return bool(verbs) and len(verbs) == len(known_parses(lang, text)) and (
        not plural or all(p.tag.number == "plur" for p in verbs)
    )


def _impersonal_form(lang: str, text: str) -> bool:
    """Whether every verb reading of ``text`` is the uk impersonal in -но/-то (перекладено,
    заарештовано), which has no subject."""
    verbs = [p for p in known_parses(lang, text) if p.tag.POS == "VERB"]
    return bool(verbs) and all("Impe" in p.tag.grammemes for p in verbs)


def impersonal(lang: str, tokens: list[Token], i: int) -> bool:
    """Whether the verb at ``tokens[i]`` is a uk impersonal in -но/-то, or a form of бути
    right before one (було перекладено): the clause has no subject in the nominative."""
    if lang != "uk" or not _is_word(tokens[i]):
        return False
    if _impersonal_form(lang, tokens[i].text.lower()):
        return True
    if "бути" not in _word(lang, tokens[i].text.lower()).lemmas or i + 1 >= len(tokens):
        return False
    return _is_word(tokens[i + 1]) and _impersonal_form(lang, tokens[i + 1].text.lower())


def _initial_dot(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is the dot of an initial (Р. Семона), no sentence's end."""
    return tokens[i].text == "." and i > 0 and len(tokens[i - 1].text) == 1 and (
        tokens[i - 1].text.isupper()
    )


def _object_before(lang: str, tokens: list[Token], v: int, case: str = _A) -> bool:
    """Whether the clause before the verb at ``v`` holds a noun that can only be in the
    accusative (книгу, not книга or його), or a noun or pronoun in ``case`` with no
    nominative reading (цього, Україною): the verb's object, standing before it.  Not a
    preposition's (У середу, у столицю було доставлено: no object of the verb's)."""
    pos = ("NOUN",) if case == _A else ("NOUN", "NPRO")
    i = v - 1
    while i >= 0 and (tokens[i].text not in CLAUSE_ENDS or _initial_dot(tokens, i)):
        governed = not _is_word(tokens[i]) or _preposition_before(lang, tokens, i) is not None
        readings = [] if governed else known_parses(lang, tokens[i].text.lower())
        if case == _A and readings and all(
            p.tag.POS == "NOUN" and tag_case(p.tag) == _A for p in readings
        ):
            return True
        if case != _A and readings and all(p.tag.POS in pos for p in readings) and any(
            tag_case(p.tag) == case for p in readings
        ) and not any(tag_case(p.tag) == _N for p in readings):
            return True
        i -= 1
    return False


def _object_by_agreement(lang: str, tokens: list[Token], v: int) -> bool:
    """Whether the noun right before the finite verb at ``v`` (past adverbs and
    prepositional phrases) may be in the accusative and cannot be its subject: none of its
    nominative readings agrees with the verb (місце посіла, место заняла: a neuter before
    a feminine past tense).  The verb's object, standing before it."""
    verbs = _finite_readings(lang, tokens[v].text.lower())
    i = _before_adverbials(lang, tokens, v - 1)
    if not verbs or i < 0 or not _is_word(tokens[i]):
        return False
    initial = i == 0 or tokens[i - 1].text in SENTENCE_STARTS
    text = tokens[i].text.lower() if initial else tokens[i].text
    if not text.islower():  # a name (Франція підтримала) may be the subject in any case
        return False
    nouns = [p for p in known_parses(lang, text) if p.tag.POS == "NOUN"]
    if not any(tag_case(p.tag) == _A for p in nouns):
        return False
    return not any(
        tag_case(p.tag) == _N and _agrees(p.tag, verb.tag) for p in nouns for verb in verbs
    )


def doer_after_verb(lang: str, tokens: list[Token], first: int) -> tuple[str, ...]:
    """The case of a doer right after the uk verb before ``first``: the nominative after a
    finite verb (Указ підписав Зеленський), the instrumental after an impersonal (було
    підписано Зеленським); empty where no verb stands there."""
    k = first - 1
    if lang != "uk" or k < 0 or not _is_word(tokens[k]):
        return ()
    if impersonal(lang, tokens, k):
        return (_I,)
    return (_N,) if _finite_readings(lang, tokens[k].text.lower()) else ()


def cannot_agree(lang: str, text: str, gender: str | None, plural: bool = False) -> bool:
    """Whether the finite verb ``text`` cannot have a singular third-person name of
    ``gender`` as its subject: every reading is plural (Джонсон вважають), of the first or
    second person, or a past form of another gender (Франція повідомив).  ``plural``: the
    name may be plural, so only the gender counts."""
    verbs = _finite_readings(lang, text)
    if not verbs:
        return False

    def disagrees(tag: Any) -> bool:
        if tag.mood == "impr":
            return False  # малій (an adjective too), слухай Маша: an address may follow
        if tag.person in ("1per", "2per"):
            return True
        if tag.number == "plur":
            return not plural
        return bool(gender and tag.tense == "past" and tag.gender and tag.gender != gender)

    return all(disagrees(p.tag) for p in verbs)


def _personal(lang: str, text: str) -> bool:
    """Whether every finite reading of ``text`` is of the first or second person (шукаєте,
    знаем), whose subject is a pronoun, never a name."""
    verbs = _finite_readings(lang, text)
    return bool(verbs) and all(p.tag.person in ("1per", "2per") for p in verbs)


def verb_after(lang: str, tokens: list[Token], last: int) -> int | None:
    """The index of the verb right after a name at ``last`` (past an adverb or particle)."""
    for i in range(last + 1, min(last + 3, len(tokens))):
        if not _is_word(tokens[i]):
            return None
        word = _word(lang, tokens[i].text)
        if word.pos & _VERBAL:
            return i
        if not word.pos & {"ADVB", "PRCL"}:
            return None
    return None


def agreeing_verb_after(
    lang: str, tokens: list[Token], last: int, gender: str | None, plural: bool = False
) -> bool:
    """Whether a finite verb right after a name at ``last`` (past an adverb or particle)
    can agree with it, which makes the name its subject (Річард Норланд заявив)."""
    v = verb_after(lang, tokens, last)
    if v is None or not _finite_readings(lang, tokens[v].text):
        return False
    return not cannot_agree(lang, tokens[v].text, gender, plural)


# uk verbs of going, whatever their prefix but the ones that make them take a direct object
# (обійти, перейти, пройти, об'їхати): where they go takes a preposition (входить до
# команди, виїхав з Києва), so a name right after one is its subject.  йти loses its й on
# its own and after по- (іти, піти: з команди пішов Маск).
_UK_GOING = re.compile(r"^(?!(об|пере|про|пре|обі|об')).*(їхати|їжджати|їздити|йти|ходити|"
                       r"летіти|літати|бігти|бігати|плисти|пливати|тікати)$|^п?іти$")


# Regular uk -> ru spelling correspondences of a verb's letters (страждати: страдать,
# сидіти: сидеть, відвідати: отвидать is none) and of its prefixes and suffixes, for
# reading the Russian dictionary's transitivity off a uk verb's cognate.
_UK_RU_LETTERS = {"і": ("и", "е", "о"), "ї": ("и",), "є": ("е",), "ґ": ("г",), "и": ("и", "ы"),
                  "'": ("ъ", "ь")}  # fmt: skip
_UK_RU_PREFIXES = (("від", "от"), ("роз", "раз"), ("роз", "рас"), ("з", "с"))
_UK_RU_SUFFIXES = (("увати", "овать"), ("ювати", "евать"), ("увати", "ывать"), ("ювати", "ивать"),
                   ("ти", "ть"), ("ти", "ти"))  # fmt: skip
_MAX_COGNATE_LETTERS = 5  # letters with more than one match: 3^5 spellings at most


@lru_cache(maxsize=4096)
def uk_cognate_transitive(lemma: str) -> bool | None:
    """Whether the Russian dictionary tags the Russian cognate of uk infinitive ``lemma``
    transitive (True: бачити, видеть) or not (False: страждати, страдать): the ru
    infinitives its regular spelling correspondences make (і: и/е/о, ї: и, є: е, и: и/ы,
    -ати: -ать, -увати: -овать/-ывать, від-: от-) that the dictionary knows, all their readings
    agreeing; None when none is known or they disagree."""
    spellings: set[str] = set()
    for uk_end, ru_end in _UK_RU_SUFFIXES:
        if not lemma.endswith(uk_end):
            continue
        stems = [lemma[: -len(uk_end)]]
        stems += [ru + stems[0][len(uk) :] for uk, ru in _UK_RU_PREFIXES if stems[0].startswith(uk)]
        for stem in stems:
            options = [_UK_RU_LETTERS.get(ch, (ch,)) for ch in stem]
            if sum(len(o) > 1 for o in options) > _MAX_COGNATE_LETTERS:
                continue
            spellings.update("".join(letters) + ru_end for letters in product(*options))
    tags = {
        "tran" in p.tag.grammemes
        for word in spellings
        for p in known_parses("ru", word)
        if p.tag.POS == "INFN" and p.normal_form == word
    }
    return tags.pop() if len(tags) == 1 else None


def transitive(lang: str, text: str) -> bool:
    """Whether verb ``text`` takes a direct object: ru pymorphy3 tags it; the uk
    dictionary has no transitivity, so there a verb that is neither reflexive, nor a copula,
    nor a verb of going (входить, прилетів), nor one whose Russian cognate the ru dictionary
    tags intransitive (страждає: страдать; `uk_cognate_transitive`)."""
    verbs = [p for p in known_parses(lang, text) if p.tag.POS in ("VERB", "INFN")]
    if not verbs:
        return False
    if lang == "ru":
        return all("tran" in p.tag.grammemes for p in verbs)
    return not any(
        "Refl" in p.tag.grammemes or p.normal_form.endswith(("ся", "сь")) or
        p.normal_form in _COPULAS or
        (_UK_GOING.match(p.normal_form) and p.normal_form not in NOT_MOTION[lang]) or
        uk_cognate_transitive(p.normal_form) is False
        for p in verbs
    )  # fmt: skip


def _intransitive(lang: str, text: str) -> bool:
    """Whether the dictionary tags every finite reading of ``text`` as a verb without a
    direct object (ru: нравился, прибыл)."""
    verbs = [p for p in known_parses(lang, text.lower()) if p.tag.POS == "VERB"]
    return bool(verbs) and all("intr" in p.tag.grammemes for p in verbs)


def object_case(lang: str, text: str, sent: bool = False) -> str | None:
    """The case verb ``text`` governs its object in: the dative (допомогти, сообщить), the
    genitive (боятися, касаться), the instrumental (керувати, управлять), the
    accusative (a transitive verb), or None (not known, or a verb of telling or giving,
    whose person may be in either: повідомив Путіна, сообщил Путину), unless ``sent``: a
    destination follows, so the object is what is sent (Фроста отправили на скамью)."""
    word = _word(lang, text)
    if word.lemmas & DATIVE_VERBS[lang]:
        return _D
    if word.lemmas & GENITIVE_VERBS[lang]:
        return _G  # Джонсон боїться Путіна
    if word.lemmas & INSTRUMENTAL_VERBS[lang]:
        return _I  # Путін керує Росією
    if word.lemmas & DITRANSITIVE_VERBS[lang] and not sent:
        return None
    return _A if transitive(lang, text) else None


def destination_at(lang: str, tokens: list[Token], i: int) -> bool:
    """Whether a preposition of direction stands at ``i`` (на скамью, до в'язниці); в/на
    only with a word in the accusative after it, past its adjectives (на скамью, не на
    волне: there the locative says where, not whither)."""
    if not (0 <= i < len(tokens) and tokens[i].text.lower() in DESTINATIONS[lang]):
        return False
    if _A not in PREPOSITIONS[lang].get(tokens[i].text.lower(), ()):
        return True  # до, к: direction whatever follows
    for tok in tokens[i + 1 : i + 1 + _MAX_WALK]:
        if not _is_word(tok) or tok.text.isdigit() or is_acronym(tok.text):
            return True  # nothing to read the case off: as before
        readings = known_parses(lang, tok.text.lower()) or parses(lang, tok.text)
        if not any(tag_case(p.tag) == _A for p in readings):
            return False
        if any(p.tag.POS == "NOUN" for p in readings):
            return True
    return True


def has_own_subject(lang: str, tokens: list[Token], v: int) -> bool:
    """Whether the verb at ``v`` has its subject right before it, a pronoun in the
    nominative (який намагається, он сказал): no name after it is its subject."""
    for i in range(v - 1, max(-1, v - 3), -1):
        low = tokens[i].text.lower()
        if low in SUBJECT_PRONOUNS[lang]:
            return not _object_too(lang, tokens, i) and not _other_number(lang, low, tokens[v])
        if not _is_word(tokens[i]) or not (
            _word(lang, low).pos & {"ADVB", "PRCL"} or _pronominal_adverb(lang, low)
        ):
            return False
    return False


def subjects_taken(
    lang: str,
    tokens: list[Token],
    first: int,
    last: int,
    gender: str | None,
    none_agree: bool = False,
) -> bool:
    """Whether every finite verb of the clause of the name at ``tokens[first:last + 1]``
    that could agree with it has its own subject, a pronoun right before it (Он
    поблагодарил Байдена и Путина, Він подякував Байдену і Путіну): the name is none of
    their subjects.  With ``none_agree``, also where the clause has finite verbs and none
    could agree (Він зустрівся з Францією та Німеччиною)."""
    start, end = _clause_bounds(tokens, first, last)
    finite = [
        i for i in (*range(start, first), *range(last + 1, end))
        if tokens[i].text[:1].isalpha() and _finite_readings(lang, tokens[i].text)
    ]  # fmt: skip
    verbs = [i for i in finite if not cannot_agree(lang, tokens[i].text, gender, True)]
    if not verbs:
        return none_agree and bool(finite)
    return all(has_own_subject(lang, tokens, i) for i in verbs)


def _other_number(lang: str, low: str, verb: Token) -> bool:
    """Whether the third-person or relative pronoun ``low`` cannot be the subject of the
    finite verb ``verb``: no nominative reading agrees with it (Переговори, які приймав
    Шольц: які is plural, приймав singular, so Шольц is its subject)."""
    verbs = _finite_readings(lang, verb.text.lower())
    if not verbs or low in PERSONAL[lang]:
        return False
    nominative = _pronoun_nominatives(lang, low)
    return bool(nominative) and not any(_agrees(p.tag, v.tag) for p in nominative for v in verbs)


def _pronominal_adverb(lang: str, low: str) -> bool:
    """Whether the dictionary reads ``low`` as a word of no case only (завжди, тут, тоді:
    the uk dictionary tags them pronouns), which stands between a verb and its subject."""
    readings = known_parses(lang, low)
    return bool(readings) and all(
        p.tag.POS in ("NPRO", "ADVB", "PRCL") and tag_case(p.tag) is None for p in readings
    )


def _object_too(lang: str, tokens: list[Token], i: int) -> bool:
    """Whether the relative pronoun at ``i`` may be its verb's object: its accusative is its
    nominative (який, которое: of a thing), and the word before its comma is no person
    (Напрямок, який буде вести Наталія: the direction is what Natalia leads; not Ранді,
    який намагається)."""
    low = tokens[i].text.lower()
    readings = known_parses(lang, low)
    if not any(p.tag.POS in ("ADJF", "NPRO") and tag_case(p.tag) == _A for p in readings):
        return False
    if i < 2 or tokens[i - 1].text != ",":
        return True
    head = tokens[i - 2]
    if not _is_word(head):
        return True
    # A capital that starts the sentence says nothing where the word is a common noun in the
    # nominative (Місто, яке хоче захопити Росія); another is a name (Ранді: ранд's locative).
    initial = i == 2 or tokens[i - 3].text in SENTENCE_STARTS
    low = head.text.lower()
    common = initial and any(
        p.tag.POS == "NOUN" and not p.tag.grammemes & PERSON_TAGS and tag_case(p.tag) == _N
        for p in known_parses(lang, low)
    )
    word = _word(lang, low)
    # A noun that may be a thing as well as a person (бой: a fight or a boy) may be the
    # relative's object: Бой, который выиграл Усик.
    thing = any(p.tag.POS == "NOUN" and p.tag.animacy == "inan" and tag_case(p.tag) == _N
                for p in known_parses(lang, low))  # fmt: skip
    return not ((head.text[:1].isupper() and not common) or (word.anim and not thing)
                or word.name)  # fmt: skip


def _before_adverbials(lang: str, tokens: list[Token], i: int) -> int:
    """The index of the word before the adverbs, particles and prepositional phrases that
    end at ``i`` (Путін у понеділок швидко | зустрів): the verb's subject may stand there."""
    while i >= 0 and _is_word(tokens[i]):
        if _word(lang, tokens[i].text.lower()).pos & {"ADVB", "PRCL"}:
            i -= 1
            continue
        j = i
        while j >= max(0, i - 3) and _is_word(tokens[j]) and (
            tokens[j].text.lower() not in PREPOSITIONS[lang]
        ):
            nominal = _word(lang, tokens[j].text.lower()).pos & {"NOUN", "ADJF", "PRTF", "NUMR"}
            if not (nominal or tokens[j].text[:1].isupper() or tokens[j].text.isdigit()):
                return i
            j -= 1
        if j < 0 or j == i or tokens[j].text.lower() not in PREPOSITIONS[lang]:
            return i
        i = j - 1  # a prepositional phrase: у понеділок, в Кремле
    return i


def subject_before(lang: str, tokens: list[Token], v: int) -> bool:
    """Whether the finite verb at ``v`` has its subject right before it (past an adverb or
    particle): a noun or name with a nominative reading that agrees with the verb in number
    and, in the past, gender (Джонсон розкритикував, влада підтримала, союзники підтримали)
    and no accusative reading that would (Документ підписав Путін: the document may be the
    object, put first).  A verb has one subject, so a name after it is its object.  Not an
    acronym, a pronoun (:func:`has_own_subject`) or the last item of a list.  A uk verb
    whose object is in another case than the accusative (боятися, керувати, допомагати)
    has no object in an accusative before it (Захід боїться Ірану)."""
    verbs = _finite_readings(lang, tokens[v].text.lower())
    i = _before_adverbials(lang, tokens, v - 1)
    if not verbs or i < 0 or not _is_word(tokens[i]) or is_acronym(tokens[i].text):
        return False
    if i > 0 and tokens[i - 1].text.lower() in COORDINATORS[lang]:
        return False  # Франція та Японія підписали: the list may go on after the verb
    oblique = lang == "uk" and object_case(lang, tokens[v].text.lower()) in (_G, _D, _I)
    return _agreeing_subject(lang, tokens, i, verbs, object_after=oblique)


def _agreeing_subject(
    lang: str, tokens: list[Token], i: int, verbs: list[Any], object_after: bool = False
) -> bool:
    """Whether the word at ``i`` is a noun with a nominative reading that agrees with a verb
    of ``verbs`` (finite readings) and no accusative reading that would (Документ підписав
    Путін: the document may be the object, put first), unless ``object_after``: the verb
    has its object after it (Фонд Де Клерка випустив заяву)."""
    initial = i == 0 or tokens[i - 1].text in SENTENCE_STARTS
    text = tokens[i].text
    said = text.lower() if initial else text
    if initial and lang == "uk" and "NOUN" not in _word(lang, said).pos:
        said = text  # Зеленський подякував: a name opening the sentence, no adjective
    readings = known_parses(lang, said) or parses(lang, text)
    if "NOUN" not in _word(lang, said).pos:
        return False
    if text.islower():
        # A word in lower case is no person's name (голов: of goals, not the surname Голов).
        readings = [p for p in readings if not _PERSON_NAMES & p.tag.grammemes]

    def agreeing(case: str) -> bool:
        return any(
            p.tag.POS == "NOUN" and tag_case(p.tag) == case and _agrees(p.tag, verb.tag)
            for p in readings
            for verb in verbs
        )

    return agreeing(_N) and (object_after or not agreeing(_A))


_PERSON_NAMES = frozenset({"Name", "Surn", "Patr"})


def _agrees(noun: Any, verb: Any) -> bool:
    """Whether a third-person nominal's tag agrees with a finite verb's in number and, in
    the past, gender."""
    if verb.person in ("1per", "2per"):
        return False
    number = noun.number or "sing"
    if verb.number and verb.number != number:
        return False
    if number == "plur" or verb.tense != "past":
        return verb.number == "plur" or number == "sing"
    return not (noun.gender and verb.gender and noun.gender != verb.gender)


def _pronoun_nominatives(lang: str, low: str) -> list[Any]:
    """The pronoun ``low``'s nominative readings (a relative pronoun is an adjective to the
    dictionary)."""
    return [p for p in known_parses(lang, low)
            if p.tag.POS in ("NPRO", "ADJF") and tag_case(p.tag) == _N]  # fmt: skip


def _pronoun_subject(lang: str, tokens: list[Token], i: int, verbs: list[Any]) -> bool:
    """Whether the word at ``i`` is a third-person or relative subject pronoun that agrees
    with a verb of ``verbs`` and may not be its object (:func:`_object_too`): вона, який."""
    low = tokens[i].text.lower()
    if low not in SUBJECT_PRONOUNS[lang] or low in PERSONAL[lang] or _object_too(lang, tokens, i):
        return False
    return any(_agrees(p.tag, v.tag) for p in _pronoun_nominatives(lang, low) for v in verbs)


# The personal pronouns of a speaker and a hearer (the first and second person).
PERSONAL = {"uk": {"я", "ти", "ми", "ви"}, "ru": {"я", "ты", "мы", "вы"}}


def _only_things(lang: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the dictionary knows every word of the name at ``tokens[first:last + 1]`` as
    a thing only (:func:`only_a_thing`): a place or a body, whatever the glossary types it."""
    return all(only_a_thing(lang, t.text) for t in tokens[first : last + 1] if _is_word(t))


def _object_after(lang: str, tokens: list[Token], v: int) -> bool:
    """Whether a common noun in the accusative only, no nominative, follows the verb at
    ``v`` (випустив заяву, имел тенденцию): the verb's direct object."""
    readings = _common_noun_after(lang, tokens, v)
    return bool(readings) and all(tag_case(p.tag) == _A for p in readings)


def _common_noun_after(lang: str, tokens: list[Token], j: int) -> tuple[Any, ...]:
    """The readings of the lower-case word right after ``tokens[j]``, where the dictionary
    reads it as a noun only; empty otherwise."""
    if j + 1 >= len(tokens) or not tokens[j + 1].text[:1].islower():
        return ()
    readings = known_parses(lang, tokens[j + 1].text)
    return readings if all(p.tag.POS == "NOUN" for p in readings) else ()


def subject_before_name(lang: str, tokens: list[Token], k: int, v: int, chain: bool) -> bool:
    """Whether the finite verb at ``v``, after a name, has its subject in the noun at ``k``
    right before the name (Книжка Мирослава Дочинця дає; Фонд Де Клерка випустив заяву: the
    object after the verb, the fund is its subject), or with ``chain`` (the noun at
    ``k`` in an oblique case only) before the genitive words that end at ``k`` (П'ята
    перемога в матчах чемпіонату Європи зберігає): a noun that agrees with the verb
    (:func:`_agreeing_subject`), past oblique nouns, their adjectives and numerals and the
    prepositions before them, with no punctuation, verb or conjunction between, or a
    pronoun there (:func:`_pronoun_subject`).  A verb has
    one subject, so the name is no subject.  A noun a preposition governs is none (Після
    засідання уряду Франція продовжує).  Not where the first noun that agrees may be a
    list's item, another noun's genitive or a person."""
    verbs = _finite_readings(lang, tokens[v].text.lower())
    if not verbs:
        return False
    for i in range(k, max(-1, k - 1 - 2 * _MAX_WALK if chain else k - 1), -1):
        tok = tokens[i]
        if tok.text.lower() in PREPOSITIONS[lang]:
            continue
        if not _is_word(tok) or is_acronym(tok.text):
            return False
        initial = i == 0 or tokens[i - 1].text in SENTENCE_STARTS
        word = _word(lang, tok.text.lower() if initial or tok.text[:1].islower() else tok.text)
        if _modifier(lang, tok.text) or tok.text.isdigit():
            continue
        if "NOUN" not in word.pos:
            # Вона в матчах чемпіонату Європи зберігає: a pronoun is the verb's subject.
            return i < k and _pronoun_subject(lang, tokens, i, verbs)
        if _agreeing_subject(lang, tokens, i, verbs, _object_after(lang, tokens, v)):
            j = _past_modifiers(lang, tokens, i - 1)  # a preposition before them governs it
            before = tokens[j].text.lower() if j >= 0 else ""
            if before in PREPOSITIONS[lang]:
                continue
            # Not a list's item, nor a noun's genitive (В ходе варианта: also a nominative),
            # nor a person, whose apposition the name may be (автор законопроєкту Дмитро
            # Наталуха, чемпіон світу Франція).
            governed = j >= 0 and "NOUN" in _word(lang, before).pos and _is_word(tokens[j])
            return not (before in COORDINATORS[lang] or governed or word.anim)
    return False


def _after_gerund_phrase(lang: str, tokens: list[Token], comma: int) -> bool:
    """Whether the clause that the comma at ``comma`` ends opens with a gerund (Продолжая
    старую борьбу с Испанией,): a phrase of its own, whose words share no list with a word
    after the comma."""
    start, _ = _clause_bounds(tokens, comma - 1, comma - 1)
    if start >= comma or not _is_word(tokens[start]):
        return False
    readings = known_parses(lang, tokens[start].text.lower())
    return bool(readings) and readings[0].tag.POS == "GRND"


def _modifier(lang: str, text: str) -> bool:
    """Whether the dictionary's likeliest reading of ``text`` is an adjective, a participle
    or a numeral, in any number (відбірних, п'яти)."""
    readings = known_parses(lang, text.lower())
    return bool(readings) and readings[0].tag.POS in ("ADJF", "PRTF", "NUMR")


def _in_prepositional_phrase(lang: str, tokens: list[Token], i: int) -> bool:
    """Whether a preposition governs the word at ``i``: right before it (в Челси), or, for a
    word with a genitive reading, across numbers and other such words (за 70 мільйонів
    євро; not В СССР перевод: перевод is no genitive)."""
    if i > 0 and tokens[i - 1].text.lower() in PREPOSITIONS[lang]:
        return True
    if not any(tag_case(p.tag) == _G for p in known_parses(lang, tokens[i].text.lower())):
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        text = tokens[j].text.lower()
        if text in PREPOSITIONS[lang]:
            return True
        if text.isdigit() or (
            _is_word(tokens[j]) and any(tag_case(p.tag) == _G for p in known_parses(lang, text))
        ):
            continue
        return False
    return False


def _passive_subject_before(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether the short passive participle at ``tokens[k]`` has its subject before it,
    across a form of быть/бути: a noun in the nominative or a personal pronoun agreeing with
    it in gender and number (палеонтология была основана, он был арендован).  Ukrainian has
    the participle's nominative (закон був підписаний), and only across бути: without it
    the participle may be the noun's attribute."""
    i = k - 1
    if i >= 0 and _word(lang, tokens[i].text.lower()).lemmas & {"быть", "бути"}:
        i -= 1
    elif lang == "uk":
        return False
    if i < 0 or not _is_word(tokens[i]):
        return False
    if _in_prepositional_phrase(lang, tokens, i):
        return False  # В Челси был продан Мудрик: a preposition's object is no subject
    marks = {(p.tag.gender, p.tag.number or "sing")
             for p in known_parses(lang, tokens[k].text.lower())
             if p.tag.POS == "PRTS" or (lang == "uk" and "pssv" in p.tag.grammemes
                                        and tag_case(p.tag) == _N)}  # fmt: skip
    initial = i == 0 or tokens[i - 1].text in SENTENCE_STARTS
    text = tokens[i].text.lower() if initial else tokens[i].text
    return any(
        p.tag.POS in ("NOUN", "NPRO")
        and tag_case(p.tag) == _N
        and ((p.tag.gender if p.tag.number != "plur" else None), p.tag.number or "sing") in marks
        for p in known_parses(lang, text)
    )


def name_given(lang: str, tokens: list[Token], v: int, gender: str | None) -> bool:
    """Whether a name after the verb at ``v`` is the name it gives (the instrumental): a
    verb of naming whose object pronoun stands right before it, and whose subject is not the
    name — a subject pronoun is there too, or the verb cannot agree with the name (яку я
    називав Планетою Юпітер, его называли Наполеоном); not "його називає Джонсон" (Johnson
    calls him)."""
    if not _word(lang, tokens[v].text.lower()).lemmas & NAMING_VERBS[lang]:
        return False
    before = {t.text.lower() for t in tokens[max(0, v - 2) : v]}
    if not before & OBJECT_PRONOUNS[lang]:
        return False
    return bool(before & SUBJECT_PRONOUNS[lang]) or cannot_agree(lang, tokens[v].text, gender)


def genitive_object(lang: str, tokens: list[Token], v: int) -> bool:
    """Whether the finite verb at ``v`` takes its object in the genitive only and has its
    subject before it, so that a name after it is that object: що/что right before (що
    стосується Ірану: a relative pronoun or a conjunction, the name is no subject either
    way) or a subject pronoun (він боїться Путіна); not "Цього боїться Путін"."""
    if not (_word(lang, tokens[v].text.lower()).lemmas & GENITIVE_VERBS[lang]):
        return False
    if not _finite_readings(lang, tokens[v].text.lower()):
        return False
    before = tokens[v - 1].text.lower() if v > 0 else ""
    return before in ("що", "что") or has_own_subject(lang, tokens, v)


def dative_doer(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether a predicative and an infinitive follow the name (Франции необходимо
    получить): a clause with no subject, its doer in the dative."""
    if last + 2 >= len(tokens):
        return False
    pred = tokens[last + 1].text.lower()
    is_pred = pred in PREDICATIVES[lang] or any(
        p.tag.POS == "PRED" for p in known_parses(lang, pred)
    )
    return is_pred and _infinitive_form(lang, tokens[last + 2].text)


def _infinitive_form(lang: str, text: str) -> bool:
    return any(p.tag.POS == "INFN" or "infn" in p.tag.grammemes for p in known_parses(lang, text))


def _clause_bounds(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The start and end (exclusive) of the clause around ``tokens[first:last + 1]``: the
    words between the punctuation marks that end clauses."""
    start = first
    while start > 0 and not _ends_clause(tokens, start - 1):
        start -= 1
    end = last + 1
    while end < len(tokens) and not _ends_clause(tokens, end):
        end += 1
    return start, end


def _ends_clause(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` ends a clause: a punctuation mark, but no quote mark (the quotes
    of a name: аналитик «ВТБ Капитала» … Владимир Беспалов говорит) and no dot glued to the
    next word (URA.RU, 2.5)."""
    text = tokens[i].text
    if text not in CLAUSE_ENDS or text in QUOTE_MARKS:
        return False
    glued = i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end
    return not (text == "." and glued and tokens[i + 1].text[:1].isalnum())


def may_be_subject(
    lang: str,
    tokens: list[Token],
    first: int,
    last: int,
    gender: str | None,
    plural: bool = False,
) -> bool:
    """Whether the name at ``tokens[first:last + 1]`` may be the subject of its clause (the
    words between punctuation marks): a finite verb or a short participle there can agree
    with it (присоединился к разговору Немич), or a dash stands for the verb.  Not where the
    clause has no such verb (За словами Крістофер Райс,) or only verbs of another number or
    gender (позиция Тегеран … была окончательной)."""
    start, end = _clause_bounds(tokens, first, last)
    for i in (*range(start, first), *range(last + 1, end)):
        text = tokens[i].text
        if text in DASHES:
            return True
        if not _is_word(tokens[i]):
            continue
        if _finite_readings(lang, text) and not cannot_agree(lang, text, gender, plural):
            return True
        if "PRTS" in _word(lang, text).pos or _predicate_adjective(lang, text, gender, plural):
            return True
    return False


def _predicate_adjective_after(lang: str, tokens: list[Token], last: int, plural: bool) -> bool:
    """Whether the word after the name is an adjective, short or in the nominative, that ends
    its clause (Наша столиця Київ прекрасна.): the predicate of a clause with no verb, whose
    subject stands before it (in the singular for a singular name)."""
    i = last + 1
    if i >= len(tokens) or not _is_word(tokens[i]):
        return False
    if i + 1 < len(tokens) and not _ends_clause(tokens, i + 1):
        return False
    return any(
        (p.tag.POS == "ADJS" or (p.tag.POS == "ADJF" and tag_case(p.tag) == _N))
        and (plural or p.tag.number != "plur")
        for p in known_parses(lang, tokens[i].text)
    )


def _predicate_adjective(lang: str, text: str, gender: str | None, plural: bool) -> bool:
    """Whether ``text`` is a short adjective that may agree with a singular name of
    ``gender`` (or a plural one): a predicate (Иванов ответственен за …) the name may be the
    subject of."""
    return any(
        p.tag.POS == "ADJS"
        and (plural or p.tag.number != "plur")
        and not (gender and p.tag.gender and p.tag.gender != gender)
        for p in known_parses(lang, text)
    )


def no_subject_slot(
    lang: str,
    tokens: list[Token],
    first: int,
    last: int,
    kind: str,
    gender: str | None,
    plural: bool,
) -> CaseContext | None:
    """A strong context where the words after a name that would be a clause's subject
    rule that out: a predicative and an infinitive (dative), or a finite verb that cannot
    agree with it, whose object it then is (Бориса Джонсона давно вважають); None where
    the name may be the subject.  Not for a body (its name may take a plural verb) or an
    acronym, nor where the name is one of a list."""
    if kind == "ORG" or is_acronym(tokens[last].text):
        return None
    if first > 0 and tokens[first - 1].text.lower() in COORDINATORS[lang]:
        return None
    if _listed_after(lang, tokens, last):
        return None
    if dative_doer(lang, tokens, last):
        return CaseContext((_D,), True, basis=GOVERNMENT)
    v = verb_after(lang, tokens, last)
    if v is None or not cannot_agree(lang, tokens[v].text, gender, plural):
        return None
    if _negated(tokens, v):
        return None
    case = object_case(lang, tokens[v].text, destination_at(lang, tokens, v + 1))
    return CaseContext((case,), True, basis=GOVERNMENT) if case else None


BETWEEN = {"між", "между"}


def _between_partner(lang: str, tokens: list[Token], last: int) -> tuple[str, ...]:
    """The cases of the second side of між after the name ending at ``last``: a coordinator,
    lower-case adjectives, then a word the dictionary knows with no nominative reading
    (між Україна та Росією: the instrumental of Росією).  Empty where none such follows."""
    if last + 2 >= len(tokens) or tokens[last + 1].text.lower() not in COORDINATORS[lang]:
        return ()
    i = last + 2
    while i < len(tokens) and tokens[i].text[:1].islower() and (
        _modifier(lang, tokens[i].text) or _determiner(lang, tokens[i].text)
    ):
        i += 1
    if i >= len(tokens) or not _is_word(tokens[i]) or not known_parses(lang, tokens[i].text):
        return ()
    word = _noun_like(lang, tokens[i])
    if word is None or _N in word.cases:
        return ()
    return word.cases


def _conjoined_to_preposition(
    lang: str, tokens: list[Token], k: int, kind: str, names: frozenset[int] = frozenset()
) -> tuple[str, tuple[str, ...]] | None:
    """For a name after the coordinator at ``k``: the preposition of two things that governs
    the first conjunct (між Афінами та Парижем, между державами и Ираном) and the cases both
    share.  Not another preposition: its phrase may be the first conjunct's modifier (Сі з
    Китаю та Путін з Росії).  A Ukrainian first conjunct that is another glossary name (in
    ``names``) right after the preposition, in a case it does not govern, is the
    preposition's mistake too: both take the preposition's cases (між Росія та Україна)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        tok = tokens[j]
        low = tok.text.lower()
        if low in PREPOSITIONS[lang]:
            if j == k - 1 or low not in BETWEEN:
                return None
            first = _noun_like(lang, tokens[k - 1])
            if first is None:
                return None
            shared = tuple(c for c in _governed(lang, low, kind) if c in first.cases)
            if lang == "uk" and j == k - 2 and k - 1 in names and _N in first.cases:
                return low, _governed(lang, low, kind)
            return (low, shared) if shared else None
        pos = {p.tag.POS for p in known_parses(lang, tok.text)} if _is_word(tok) else set()
        if not pos & {"NOUN", "ADJF", "PRTF"}:
            return None
    return None


def _preposition_conjunct(
    lang: str, tokens: list[Token], k: int, last: int, at: int, kind: str,
    names: frozenset[int],
) -> tuple[str, ...]:
    """For a Russian name after the coordinator at ``k`` (ending at ``last``) whose conjunct
    before it is a name the preposition at ``at`` governs: the cases of that preposition
    the conjunct takes, where the dictionary knows it with no singular nominative reading
    (в Гавре и Тулоне, из Германии и Франции: the name is the preposition's object too).
    () where it may be a nominative; where the conjunct is a common word (в том числе и
    Польша, в частности и: an adverbial phrase, и "also"); where a verb after the name can
    agree with it (в Москве и Киев заявил: a new clause's subject); or where the
    coordinator comes again after the name (на игру или Арсенала, или Челси: "either … or",
    the verb's objects)."""
    item = tokens[k - 1]
    if not item.text[:1].isupper() or not known_parses(lang, item.text):
        return ()
    if not may_be_nominative(lang, tokens[last].text):
        return ()  # в Германии и Польши никогда не видел: a valid case of its own
    if subject_follows(lang, tokens, last):
        return ()
    if any(t.text.lower() == tokens[k].text.lower() for t in tokens[last + 1 : last + 3]):
        return ()
    word = _known_item(lang, item, k - 1 in names)
    if word is None:
        return ()
    # Германии: a name's plural ("the Germanies") is no reading.
    cases = (set(word.cases) & _singular_cases(lang, item.text)) or set(word.cases)
    if not cases or _N in cases:
        return ()
    return tuple(c for c in _governed(lang, tokens[at].text.lower(), kind) if c in cases)


@lru_cache(maxsize=50_000)
def directed(lang: str, lemmas: frozenset[str]) -> bool:
    """Whether a word of these lemmas points somewhere, so that в/на after it takes the
    accusative: a verb of motion or sending (any prefix), of telling or giving, or a word of
    direction (візит, напад, вплив)."""
    if lemmas & (DIRECTED[lang] | MOTION_VERBS[lang] | DITRANSITIVE_VERBS[lang]):
        return True
    return any(
        MOTION_ROOTS[lang].search(lemma) and lemma not in NOT_MOTION[lang] for lemma in lemmas
    )


def _preferred(
    lang: str, tokens: list[Token], k: int, last: int, cases: tuple[str, ...], kind: str
) -> tuple[str, ...]:
    """The one case of the preposition at ``k`` that the words before it choose: "with"
    after a word of doing together (угода з, переговоры с → instrumental); after a word
    that points nowhere (перебої на, представник в) in a clause with no word that points
    somewhere, the locative of в/на, for a place or body (a person after у is more often
    "at", the genitive: у Трампа); in uk also the locative where no word of the clause
    points anywhere whatever stands before в/на, a person's genitive or accusative after
    у/в, and a place's genitive after з and a noun of a person (полька з Делятина); else
    none."""
    before = tokens[k - 1] if k > 0 and _is_word(tokens[k - 1]) else None
    lemmas = _word(lang, before.text.lower()).lemmas if before is not None else frozenset()
    lemmas |= _lemmas_past_particles(lang, tokens, k)
    if lang == "uk" and before is not None:
        # згідно з, незважаючи на: a function word has no lemma from _word, its own form.
        lemmas |= {norm_key(before.text.lower())}
    if lang == "uk" and (parallel := _parallel_case(lang, tokens, k, last, cases)):
        return parallel  # ні з Москви, ні з Пітера: the other conjunct, in the same phrase
    if (
        lang == "uk" and tokens[k].text.lower() == "за" and _A in cases and before is not None
        and _comparative(lang, before.text.lower())
    ):  # fmt: skip
        return (_A,)  # милішого за Закарпаття, більше за Київ: "than", the accusative
    if _I in cases and _G in cases:
        if lemmas & COMITATIVE[lang] or (lang == "uk" and _comitative_verb_before(lang, tokens, k)):
            return (_I,)
        to = last + 1 < len(tokens) and tokens[last + 1].text.lower() == "до"
        # з Анатолії до Кельна: "from … to", the genitive of a place.
        if to and kind != "PER":
            return (_G,)
        if lang == "uk" and kind != "PER" and _origin_of_person(lang, tokens, k):
            return (_G,)  # полька з Делятина, активіст із Кельна: where the person is from
        if lang == "uk" and kind != "PER" and (
            lemmas & FROM_NOUNS or _from_verb_before(lang, tokens, k)
        ):
            # приїхав з Німеччини, вивели війська з України, після повернення з Києва: "from"
            return (_G,)
        return ()
    if lang == "uk" and tokens[k].text.lower() == "по" and _D in cases:
        return (_D,)  # удари по Києву: the dative, the usual case of a name after по
    if tokens[k].text.lower() == "за" and lemmas & FOR_WHOM[lang]:
        return (_A,)  # голосувати за Зеленського: "for"
    if tokens[k].text.lower() == "на" and lemmas & ONTO[lang]:
        return (_A,)  # розраховувати на Францію
    if _L in cases and _A in cases:
        if _directed_clause(lang, tokens, k) or _after_motion(lang, tokens, k):
            return (_A,)
        if not _verb_before(lang, tokens, k) and _directed_verb_after(lang, tokens, last):
            return (_A,)  # В Китай прибыли инспекторы: the verb after it points there
    if lang == "uk" and kind == "PER" and tokens[k].text.lower() in ("у", "в") and _G in cases:
        # у Себастьяна Феттеля закінчується контракт: a person after у/в is "at", "has"
        # (the genitive) or a target (the accusative); "in" a person, the locative, is rare.
        return tuple(c for c in cases if c in (_G, _A))
    if _L in cases and _A in cases and before is not None:
        word = _word(lang, before.text.lower())
        if kind != "PER" and word.pos & {"NOUN", "VERB"} and not word.pos & _FUNCTION:
            return (_L,)
    if (
        lang == "uk" and kind != "PER" and _L in cases and _A in cases
        and not _directed_clause(lang, tokens, k) and not _after_motion(lang, tokens, k)
        and not _directed_elsewhere(lang, tokens, k, last)
    ):  # fmt: skip
        # В Україні збирається, у Читі бабця зустріла, зареєстровані в Україні: no word of
        # the clause points anywhere, whatever stands before the preposition.
        return (_L,)
    if lang == "ru" and tokens[k].text.lower() == "под" and kind == "LOC" and before is not None:
        # под: the instrumental where (клиника под Парижем), the accusative whither (под Киев
        # подошли войска); as в/на after a noun or verb that points nowhere.
        word = _word(lang, before.text.lower())
        whither = directed(lang, word.lemmas) or _after_motion(lang, tokens, k)
        if not whither and word.pos & {"NOUN", "VERB"} and not word.pos & _FUNCTION:
            return (_I,)
    return ()


# Conjunctions and particles between two phrases of one preposition (ні з Москви, ні з Пітера).
_PARALLEL_LINKS = frozenset({",", "ні", "і", "й", "та", "або", "чи", "а", "але"})


def _parallel_phrase(lang: str, tokens: list[Token], k: int, last: int) -> int | None:
    """The index of the preposition that governs the conjunct before the coordinator at
    ``k`` where the name after it is followed by the same preposition (Макрона з Шольцом та
    Путіна з Ердоганом): two phrases alike, the name the second's head; else None."""
    at = _preposition_before(lang, tokens, k - 1) if k > 1 else None
    if at is None or last + 1 >= len(tokens):
        return None
    return at if tokens[last + 1].text.lower() == tokens[at].text.lower() else None


def _parallel_case(
    lang: str, tokens: list[Token], k: int, last: int, cases: tuple[str, ...]
) -> tuple[str, ...]:
    """The one of ``cases`` of the preposition at ``k`` that the same preposition's noun in
    the conjunct right before takes (з Москви і з Пітера, ні з Москви, ні з Пітера: the
    genitive, not "with"), or in the conjunct right after where a correlative opens both
    (ні з Москви, ні з Пітера; і з Москви, і з Пітера); () where there is none or its word
    tells no single one, or where each phrase has a verb of its own (приїхав з Москви, а з
    Ердоганом зустрівся: two clauses, whose з need not agree)."""
    i = k - 1
    while i >= 0 and tokens[i].text.lower() in _PARALLEL_LINKS:
        i -= 1
    if i == k - 1 or i < 1:
        return _parallel_after(lang, tokens, k, last, cases)
    at = _preposition_before(lang, tokens, i)
    noun = _known_item(lang, tokens[i])
    if at is None or tokens[at].text.lower() != tokens[k].text.lower() or noun is None:
        return _parallel_after(lang, tokens, k, last, cases)
    if _verb_in_clause(lang, tokens, range(at - 1, -1, -1)) and _verb_in_clause(
        lang, tokens, range(k + 1, len(tokens))
    ):
        return ()
    shared = tuple(c for c in cases if c in noun.cases)
    return shared if len(shared) == 1 else ()


# Words that open each of two conjuncts (ні … ні, і … і, чи … чи, або … або).
_CORRELATIVES = frozenset({"ні", "і", "й", "чи", "або"})


def _parallel_after(
    lang: str, tokens: list[Token], k: int, last: int, cases: tuple[str, ...]
) -> tuple[str, ...]:
    """The one of ``cases`` of the preposition at ``k`` that the same preposition's noun
    takes in the conjunct after the name ending at ``last``, where the same correlative
    opens both (ні з Москви, ні з Пітера); () otherwise."""
    if k < 1 or (opener := tokens[k - 1].text.lower()) not in _CORRELATIVES:
        return ()
    j = last + 1
    while j < len(tokens) and tokens[j].text.lower() in _PARALLEL_LINKS:
        j += 1
    links = {t.text.lower() for t in tokens[last + 1 : j]}
    if opener not in links or j + 1 >= len(tokens):
        return ()
    if tokens[j].text.lower() != tokens[k].text.lower():
        return ()
    noun = _known_item(lang, tokens[j + 1])
    shared = tuple(c for c in cases if noun is not None and c in noun.cases)
    return shared if len(shared) == 1 else ()


def _clauses_joined(lang: str, tokens: list[Token], k: int, last: int, plural: bool) -> bool:
    """Whether the coordinator at ``k`` joins two clauses, the name beginning the second: a
    finite verb comes before the coordinator in its clause and one that can agree with the
    name right after it (Вона виросла у Львові й Київ знає погано), so that the name is no
    conjunct of the word before the coordinator (у Львові й Києві знають: no verb before).
    A transitive verb after the name that cannot agree with it begins its clause too, the
    name its object put first (побували в Києві й Харків теж відвідали: :func:`object_first`)."""
    if not subject_follows(lang, tokens, last, singular=not plural) and not object_first(
        lang, tokens, last
    ):
        return False
    for tok in reversed(tokens[:k]):
        if tok.text in CLAUSE_ENDS:
            return False
        # any finite reading (виросла, which the uk dictionary reads as an adjective first)
        if tok.text[:1].islower() and any(
            p.tag.POS == "VERB" for p in known_parses(lang, tok.text.lower())
        ):
            return True
    return False


def object_first(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether a transitive finite verb that cannot agree with the singular name ending at
    ``last`` follows it (past an adverb or particle): the name is that verb's object, put
    before it (й Харків теж відвідали; и Харьков тоже посетили).  Whether the dictionary
    reads the name in the plural too (Київ) does not count: the verb is plural itself."""
    for tok in tokens[last + 1 : last + 3]:
        if not _is_word(tok):
            return False
        word = _word(lang, tok.text)
        finite = any(p.tag.POS == "VERB" and "impr" not in p.tag.grammemes
                     for p in known_parses(lang, tok.text.lower()))  # fmt: skip
        if "VERB" in word.pos or (finite and tok.text[:1].islower()):
            # (восстановим, which the ru dictionary reads as a short adjective first)
            return (
                not _infinitive(lang, tok.text)
                and _no_third_singular(lang, tok.text.lower())
                and transitive(lang, tok.text.lower())
            )
        adverb = any(p.tag.POS in ("ADVB", "PRCL") for p in known_parses(lang, tok.text.lower()))
        if not adverb and tok.text.lower() not in _ALSO_PARTICLES:
            return False  # (добре, пізніше: an adverb the dictionary reads a noun's first)
    return False


def _no_third_singular(lang: str, text: str) -> bool:
    """Whether every finite reading of ``text`` (not the imperative) is plural or of the
    first or second person (відвідали, восстановим): no singular name is its subject."""
    verbs = [p for p in known_parses(lang, text)
             if p.tag.POS == "VERB" and "impr" not in p.tag.grammemes]  # fmt: skip
    return bool(verbs) and all(
        p.tag.number == "plur" or p.tag.person in ("1per", "2per") for p in verbs
    )


# Particles the uk dictionary does not know (it tags теж, вже UNKN).
_ALSO_PARTICLES = frozenset({"теж", "вже", "ще", "також", "тоже", "уже", "ещё", "еще"})


def _verb_in_clause(lang: str, tokens: list[Token], walk: range) -> bool:
    """Whether a lower-case finite verb stands at one of the indices of ``walk`` before the
    first mark that ends a clause."""
    for i in walk:
        if tokens[i].text in CLAUSE_ENDS:
            return False
        if tokens[i].text[:1].islower() and _finite_readings(lang, tokens[i].text.lower()):
            return True
    return False


# A uk gerund's ending and its infinitive's (керуючи → керувати, відповідаючи →
# відповідати, говорячи → говорити, подякувавши → подякувати).
_GERUND_ENDS = (("уючи", "увати"), ("юючи", "ювати"), ("аючи", "ати"), ("яючи", "яти"),
                ("іючи", "іти"), ("ячи", "ити"), ("ачи", "ати"), ("ячи", "іти"), ("вши", "ти"))


def _gerund_verbs(lang: str, text: str) -> list[str]:
    """The infinitives the dictionary knows that the uk gerund ``text`` is made from."""
    low = text.lower()
    found = []
    for end, infinitive in _GERUND_ENDS:
        verb = low[: -len(end)] + infinitive
        if low.endswith(end) and any(
            "infn" in p.tag.grammemes or p.tag.POS == "INFN" for p in known_parses(lang, verb)
        ):
            found.append(verb)
    return found


def _comitative_verb_before(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether a verb of doing together governs the preposition at ``k`` across its object
    (порівняв Францію з Німеччиною): nouns and their adjectives that may be in the
    accusative between, then that verb (not говорив людям з Маріуполя: a dative, whose
    з is "from")."""
    for i in range(k - 1, max(-1, k - 1 - _MAX_WALK), -1):
        if not _is_word(tokens[i]) or tokens[i].text.lower() in PREPOSITIONS[lang]:
            return False
        word = _word(lang, tokens[i].text.lower())
        if word.pos & _VERBAL:
            return bool(word.lemmas & COMITATIVE[lang])
        if not word.pos & {"NOUN", "ADJF", "PRTF", "NPRO"} or _A not in word.cases:
            return False
    return False


def _from_verb_before(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether a verb of motion, sending or taking away (:func:`directed`'s motion, or
    ``FROM_VERBS``) governs з at ``k``, right before it past adverbs and particles or across
    its object (вивели війська з, відкликала з, привезли його з): a place or body after it
    is where from, the genitive.  Not across a dative or a preposition's phrase."""
    for i in range(k - 1, max(-1, k - 1 - _MAX_WALK), -1):
        if not _is_word(tokens[i]) or tokens[i].text.lower() in PREPOSITIONS[lang]:
            return False
        word = _word(lang, tokens[i].text.lower())
        if word.pos & _VERBAL:
            lemmas = word.lemmas - NOT_MOTION[lang]
            moving = lemmas & MOTION_VERBS[lang] or any(
                MOTION_ROOTS[lang].search(lemma) for lemma in lemmas
            )
            return bool(moving or lemmas & FROM_VERBS.get(lang, frozenset()))
        if word.pos & {"ADVB", "PRCL"} and not word.pos & {"NOUN", "ADJF"}:
            continue
        if not word.pos & {"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"} or _A not in word.cases:
            return False
    return False


def _origin_of_person(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether з at ``k`` comes right after a lower-case noun of a person (полька, активіст,
    фрилансер) with no word of doing together before it in the clause (переговори
    президента з: "with"): a place after it is where that person is from, the genitive."""
    if k < 1 or not _is_word(tokens[k - 1]) or not tokens[k - 1].text[:1].islower():
        return False
    readings = known_parses(lang, tokens[k - 1].text.lower())
    # Its likeliest reading a person (полька: also the dance), no reading but a noun's.
    if not readings or "anim" not in readings[0].tag.grammemes:
        return False
    if not all(p.tag.POS == "NOUN" for p in readings):
        return False
    for i in range(k - 1, -1, -1):
        if tokens[i].text in CLAUSE_ENDS:
            break
        if _is_word(tokens[i]) and _word(lang, tokens[i].text.lower()).lemmas & COMITATIVE[lang]:
            return False
    return not _comitative_verb_before(lang, tokens, k)


def _comparative(lang: str, text: str) -> bool:
    """Whether a uk word is a comparative adjective or adverb (миліший, більше, дорожче,
    вищий): its suffix -ш-/-іш-/-жч-/-щ-, whose за means "than"."""
    return any(
        p.tag.POS in ("ADJF", "ADVB") and norm_key(p.normal_form) not in _NOT_COMPARATIVE
        and norm_key(p.normal_form).endswith(_COMPARATIVE_ENDS)
        for p in known_parses(lang, text)
    )


_COMPARATIVE_ENDS = ("ший", "жчий", "щий", "ше", "жче", "ще")
# Adjectives and adverbs in -ший/-ше that compare nothing.
_NOT_COMPARATIVE = frozenset({"інший", "перший", "вперше", "інше", "ще", "найперше"})


def person_before(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether the preposition at ``k`` follows a common noun of a person, across genitive
    words (представник США в, посол Украины в): a person's post is where, not whither, so
    the English direction of "the envoy for Iran" says nothing of в/на's case there."""
    title = _title(lang, tokens, k - 1) if k > 0 else None
    if title is None or title[1].name:
        return False
    i = k - 1 - title[0]
    if tokens[i].text[:1].islower():
        return True
    # A capital: a common noun only where it starts the sentence (Представник США в), not
    # a surname (Трамп в Іран, a headline's motion).
    initial = i == 0 or tokens[i - 1].text in SENTENCE_STARTS
    return initial and any(
        p.tag.POS == "NOUN" and not p.tag.grammemes & PERSON_TAGS
        for p in known_parses(lang, tokens[i].text.lower())
    )


def _verb_before(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether a verb stands in the clause before the preposition at ``k``."""
    for i in range(k - 1, -1, -1):
        if tokens[i].text in CLAUSE_ENDS:
            return False
        if _is_word(tokens[i]) and _word(lang, tokens[i].text.lower()).pos & _VERBAL:
            return True
    return False


def _directed_verb_after(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether one of the two words after the name may be a verb that points somewhere
    (прибыли is also the plural of прибыль), the phrase's verb where none comes before."""
    for tok in tokens[last + 1 : last + 3]:
        if not _is_word(tok):
            return False
        verbs = {norm_key(p.normal_form) for p in known_parses(lang, tok.text.lower())
                 if p.tag.POS in ("VERB", "INFN", "PRTS", "GRND")}  # fmt: skip
        if verbs and directed(lang, frozenset(verbs)):
            return True
    return False


def _directed_elsewhere(lang: str, tokens: list[Token], k: int, last: int) -> bool:
    """Whether a word of the clause after the name that ends at ``last`` (the preposition
    at ``k``) may point somewhere in any reading (В Україну вчора прибули), or, where the
    clause has no finite verb of its own, a word of the sentence before it (Вас вивозять у
    Білорусь, а потім у Ростов: the verb of the clause before governs the second в)."""
    start, end = _clause_bounds(tokens, k, last)
    words = [t for t in tokens[last + 1 : end] if _is_word(t)]
    if not _verb_in_clause(lang, tokens, range(start, k)) and not _verb_in_clause(
        lang, tokens, range(last + 1, end)
    ):
        words += [t for t in tokens[:start] if _is_word(t)]
    for tok in words:
        lemmas = {norm_key(p.normal_form) for p in known_parses(lang, tok.text.lower())}
        if lemmas and directed(lang, frozenset(lemmas)):
            return True
    return False


def _directed_clause(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether a word that points somewhere stands in the clause before the preposition at
    ``k``, right before it or across its object (пригласил Путина в Париж)."""
    for i in range(k - 1, -1, -1):
        if tokens[i].text in CLAUSE_ENDS:
            return False
        if not _is_word(tokens[i]):
            continue
        word = _word(lang, tokens[i].text.lower())
        if directed(lang, word.lemmas):
            return True
        if "PRTF" in word.pos or (lang == "uk" and not word.lemmas):
            # a participle in the plural, whose lemma _word leaves out (націлені на Львів)
            participle = {p.normal_form for p in known_parses(lang, tokens[i].text.lower())
                          if p.tag.POS == "PRTF" or "pssv" in p.tag.grammemes}  # fmt: skip
            if directed(lang, frozenset(participle)):
                return True
        if lang == "ru" and _finite_readings(lang, tokens[i].text.lower()):
            return False  # покинуть Пруссию и поселился в: the nearest verb governs в
    return False


def _past_modifiers(lang: str, tokens: list[Token], j: int, determiners: bool = False) -> int:
    """The index of the first word at or before ``j``, walking back, that is no adjective or
    numeral (:func:`_modifier`; with ``determiners``, no determiner either); -1 if none."""
    while j >= 0 and _is_word(tokens[j]) and (
        _modifier(lang, tokens[j].text) or (determiners and _determiner(lang, tokens[j].text))
    ):
        j -= 1
    return j


def _noun_before_modifiers(lang: str, tokens: list[Token], k: int) -> int | None:
    """The index of a common noun right before the adjectives that end at ``k``, across a
    coordinator between two of them (популяции Западной и Северной): no preposition, verb
    or word of time, which would govern them otherwise; None where there is none."""
    i = _past_modifiers(lang, tokens, k)
    while (
        i > 0 and tokens[i].text.lower() in COORDINATORS[lang]
        and _modifier(lang, tokens[i - 1].text)
    ):  # fmt: skip
        i = _past_modifiers(lang, tokens, i - 1)
    if i < 0 or not _is_word(tokens[i]):
        return None
    initial = i == 0 or tokens[i - 1].text in SENTENCE_STARTS  # a capital says nothing there
    if not (initial or tokens[i].text[:1].islower()) or given_to(lang, tokens, i):
        return None
    word = _word(lang, tokens[i].text.lower())
    if word.pos == frozenset({"NOUN"}) and not word.lemmas & (TEMPORAL[lang] | DATIVE_NOUNS[lang]):
        return i
    return None


def _singular_cases(lang: str, text: str) -> set[str]:
    """The cases of the noun ``text``'s singular readings (a reading with none: the
    nominative)."""
    return {tag_case(p.tag) or _N for p in known_parses(lang, text)
            if p.tag.POS == "NOUN" and p.tag.number != "plur"}  # fmt: skip


def _title_cases(
    lang: str,
    tokens: list[Token],
    k: int,
    last: int,
    cases: tuple[str, ...],
    plural: bool,
    fallback: bool = True,
) -> tuple[str, ...]:
    """The ``cases`` of the title at ``k`` that a name after it, ending at ``last``, may
    agree with: its singular readings' (вівчарки Мушки: the genitive, not "shepherd dogs"),
    unless the name may be ``plural`` or a list goes on after it; the locative only after a
    preposition before the title and its adjectives (композитору Францу Моцарту: the
    dative); the vocative only in an address, which punctuation marks set off on both sides
    (Бабцю Зоню заарештували; подякував держсекретарю Блінкену.).  With ``fallback``, all
    of ``cases`` where none would be left (a plural noun: no title of one name, but a
    relation's).  Ukrainian only (in Russian it cost WMT24 two rewrites' cases)."""
    if lang != "uk":
        return cases
    text = tokens[k].text
    initial = k == 0 or tokens[k - 1].text in SENTENCE_STARTS
    said = text.lower() if initial else text
    nouns = [p for p in known_parses(lang, said) if p.tag.POS == "NOUN"]
    single = _singular_cases(lang, said)
    j = _past_modifiers(lang, tokens, k - 1, determiners=True)
    governed = j >= 0 and tokens[j].text.lower() in PREPOSITIONS[lang]
    # An address is set off on both sides: the title opens its phrase (Шановний пане …).
    address = last + 1 >= len(tokens) or not _is_word(tokens[last + 1])
    address = address and (j < 0 or not _is_word(tokens[j]))
    loose = plural or not nouns or _listed_after(lang, tokens, last)
    kept = tuple(
        c for c in cases
        if (c in single or loose)
        and (c != _L or governed)
        and (c != "voct" or address)
    )  # fmt: skip
    return kept if kept or not fallback else cases


def _masculine_adjective(lang: str, text: str) -> bool:
    """Whether ``text`` reads as an adjective, every singular reading of it masculine or
    neuter (покійного, нового): one person it agrees with is a man (a woman: покійної).
    Ukrainian only."""
    if lang != "uk":
        return False
    adjectives = [p for p in known_parses(lang, text.lower())
                  if p.tag.POS in ("ADJF", "PRTF") and p.tag.number != "plur"]  # fmt: skip
    return bool(adjectives) and all(p.tag.gender in ("masc", "neut") for p in adjectives)


def _agrees_with_title(title: _Word, heads: tuple[str, ...] = ()) -> CaseContext:
    """The context of a person's name after a title and genitive words (президенту США
    Джо Байдену, лидеру апартеида Де Клерку): the title's cases, those of the head of a
    chain the title ends (:func:`_chain_heads`), or the genitive of a relation; a title
    and heads in no nominative rule the nominative out."""
    cases = (*title.cases, *(c for c in heads if c not in title.cases))
    strong = _N not in cases and cases != ("voct",)
    return CaseContext((*cases, *((_G,) if _G not in cases else ())), strong,
                       basis=AGREEMENT, agree=cases)  # fmt: skip


def _listed_after(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether a list goes on after the name at ``last`` (Франция, Бразилия и Япония)."""
    if last + 1 >= len(tokens):
        return False
    after = tokens[last + 1].text
    if after.lower() in COORDINATORS[lang]:
        return True
    return after == "," and last + 2 < len(tokens) and tokens[last + 2].text[:1].isupper()


def _determiner(lang: str, text: str) -> bool:
    """Whether ``text`` is a pronoun that agrees like an adjective (самим, цієї)."""
    return any(determiner_reading(p) for p in known_parses(lang, text.lower()))


def determiner_reading(p: Any) -> bool:
    """Whether a pymorphy3 reading is of a word that agrees with a noun like an adjective
    (самим Наполеоном, цієї Франції): the uk dictionary's pronouns whose forms vary in gender
    or number (цей, сам, кожен, їхній; not the personal він, whose gender is the lexeme's,
    nor хто, що, nor the indeclinable його), but no relative pronoun (на якому Джонсон:
    який is the clause's, not the name's).  The ru dictionary tags these ADJF (Apro),
    adjectives already.  The uk numeral один agrees too (в одній Бучі; ru tags it ADJF)."""
    if p.tag.POS == "NUMR":
        return p.normal_form == "один"
    if p.tag.POS != "NPRO" or p.tag.grammemes & {"pers", "Fixd"}:
        return False  # він; the possessive його, the same in every case, agrees with none
    form = str(p.tag).partition(" ")[2].split(",")
    varies = any(g in form for g in ("masc", "femn", "neut", "plur"))
    return varies and norm_key(p.normal_form) not in RELATIVES


def _governs_name(
    lang: str,
    tokens: list[Token],
    k: int,
    last: int,
    kind: str,
    gender: str | None,
    infinitive: bool,
) -> tuple[str, ...] | None:
    """The cases the verb at ``k`` governs a name after it in, where the name cannot be its
    subject: an infinitive has none (щоб знищити Геллера) unless a finite verb before it
    may have the name as its own (намагається знищити Геллер: left open; not який
    намагається знищити Геллера), and a finite verb that cannot agree with the name, or
    has its own subject (він очолює Іванова), has it as its object (вважають Джонсона).
    None where the name may be the subject, or a verb follows that may be the name's.  An
    organisation's name is read only after a verb of the first or second person, which
    no name agrees with (шукаєте Укренерго), or its infinitive (хочемо підтримати
    Укренерго), whatever its number.  A negated verb's direct object is in the genitive
    or the accusative (він не бачив Івана, не відвідав Франції / Францію), never the
    nominative (Ukrainian; Russian leaves it open)."""
    if is_acronym(tokens[last].text) or subject_follows(lang, tokens, last):
        return None
    # The finite verb: the infinitive's, right before it (хочемо підтримати Укренерго).
    finite = k - 1 if infinitive else k
    if kind == "ORG" and (finite < 0 or not _personal(lang, tokens[finite].text.lower())):
        return None
    if _listed_after(lang, tokens, last):
        return None  # a list of subjects may follow its verb (составили Франция и Япония)
    verb = tokens[k].text
    if infinitive:
        before = tokens[k - 1].text if k > 0 and _is_word(tokens[k - 1]) else ""
        if (
            before
            and _finite_readings(lang, before)
            and not cannot_agree(lang, before, gender)
            and not has_own_subject(lang, tokens, k - 1)
            # Росія продовжує обстрілювати Україну: a uk verb with its subject before it
            and not (lang == "uk" and subject_before(lang, tokens, k - 1))
        ):
            return None
    elif not (cannot_agree(lang, verb, gender) or has_own_subject(lang, tokens, k)):
        return None
    case = object_case(lang, verb, destination_at(lang, tokens, last + 1))
    if case is not None and _negated(tokens, k):
        if lang != "uk":
            return None
        return (case, _G) if case == _A else (case,)  # не відвідав Франції: the genitive too
    if case == _A and lang == "uk" and _noun_object_after(lang, tokens, last):
        return (_D, _A)  # заморозив Угорщині кошти: the noun after is the direct object
    if case is None and _given_thing_after(lang, tokens, k, last):
        return (_D,)  # ми передали Зеленському лист: the person a thing is given to
    return (case,) if case is not None else None


def _given_thing_after(lang: str, tokens: list[Token], v: int, last: int) -> bool:
    """Whether the uk verb at ``v`` is one of giving or telling (``DITRANSITIVE_VERBS``) and
    a common noun in the accusative follows the name ending at ``last``, past its
    adjectives and numerals (надасть Україні нову партію зброї, передав Зеленському лист):
    that noun is the thing given, the name the person it goes to, in the dative."""
    if lang != "uk" or not _word(lang, tokens[v].text.lower()).lemmas & DITRANSITIVE_VERBS[lang]:
        return False
    j = last
    while j + 1 < len(tokens) and tokens[j + 1].text[:1].islower() and any(
        p.tag.POS in ("ADJF", "PRTF", "NUMR") and tag_case(p.tag) == _A
        for p in known_parses(lang, tokens[j + 1].text)
    ):
        j += 1
    return _noun_object_after(lang, tokens, j)


def _noun_object_after(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether a common noun with an accusative reading, and no other part of speech, stands
    right after the name ending at ``last`` (заморозив Угорщині кошти): the verb's direct
    object, the name then its indirect one, as likely."""
    return any(tag_case(p.tag) == _A for p in _common_noun_after(lang, tokens, last))


def _object_of(lang: str, tokens: list[Token], v: int, last: int) -> str | None:
    """The case the finite verb at ``v`` governs the name ending at ``last`` in, where the
    verb's subject stands before it (:func:`subject_before`); None where the verb's object
    case is open (telling, giving, negation), or a verb or a list follows the name."""
    if subject_follows(lang, tokens, last) or _listed_after(lang, tokens, last):
        return None
    if _negated(tokens, v) or not subject_before(lang, tokens, v):
        return None
    case = object_case(lang, tokens[v].text.lower(), destination_at(lang, tokens, last + 1))
    if case == _A and lang == "uk" and _noun_object_after(lang, tokens, last):
        return None  # виділив Угорщині кошти: the noun after is the direct object
    if case is None and _given_thing_after(lang, tokens, v, last):
        return _D  # Німеччина надасть Україні нову партію зброї
    return case


NEGATIONS = frozenset({"не", "ні", "ни"})


def focus_particle(lang: str, text: str) -> bool:
    """Whether ``text`` is a particle that stands between a name and the word governing it
    without a say in its case (в одній лише Бучі, даже с Парижем): every dictionary reading
    a particle or a conjunction, and neither a negation nor a coordinator."""
    low = text.lower()
    if lang not in COORDINATORS or low in NEGATIONS or low in COORDINATORS[lang]:
        return False
    pos = {p.tag.POS for p in known_parses(lang, low)}
    return "PRCL" in pos and pos <= {"PRCL", "CONJ"}


def _negated(tokens: list[Token], k: int) -> bool:
    """Whether не/ні stands within two words before the verb at ``k``."""
    return any(t.text.lower() in NEGATIONS for t in tokens[max(0, k - 2) : k])


def _greeting(lang: str, text: str) -> bool:
    """Whether the word before a name greets it (Привіт Роб, Привет, Роб): a word with an
    interjection reading, or a greeting noun, addresses the name instead of governing it."""
    low = text.lower()
    return low in GREETINGS.get(lang, ()) or any(
        p.tag.POS == "INTJ" for p in known_parses(lang, low)
    )


def may_be_person(lang: str, words: list[str]) -> bool:
    """Whether a glossary form may be a person's name whatever its type says: in Cyrillic (a
    Latin one tells nothing), no acronym (НАТО), and every word unknown to the dictionary
    (Немік) or known to it as a name (not Кремль, a common noun too)."""
    if lang not in PREPOSITIONS or any(
        w.isascii() or is_acronym(w) for w in words if w[:1].isalpha()
    ):
        return False
    return all(
        not (known := known_parses(lang, w))
        or any(p.tag.grammemes & PERSON_TAGS for p in known)
        for w in words
        if w[:1].isalpha()
    )


def case_context(
    lang: str,
    tokens: list[Token],
    first: int,
    last: int,
    kind: str,
    gender: str | None = None,
    form_gender: str | None = None,
    declines: bool = True,
    names: frozenset[int] = frozenset(),
    plural: bool = False,
    unsure: frozenset[int] = frozenset(),
    person_like: bool = False,
    joined: frozenset[int] = frozenset(),
) -> CaseContext:
    """The cases the sentence needs for the name of entity type ``kind`` at
    ``tokens[first:last + 1]``; ``gender`` is the entity's (when the dictionary or a first
    name tells it), ``form_gender`` its form's, which adjectives agree with; ``declines``
    says the name declines whatever its bearer's sex; ``names`` holds the indices of tokens
    of other glossary names, ``unsure`` those of renderings with a made-up ending (no case to
    go by); ``plural`` says the name may be plural (Сполучені Штати); ``person_like`` that a
    name typed otherwise may be a person's (:func:`may_be_person`); ``joined`` holds where
    the tokens a hyphen joins to the word before them start (the при of Гран-при: no
    preposition)."""
    if lang not in PREPOSITIONS:
        return NO_CLUE
    if n := coordinator_tail(lang, tokens, first):
        # Францией, а также Германией: a coordinator of several words joins the name to the
        # conjunct before it as "и" does.
        tokens, first, last, names, unsure = _as_one_coordinator(
            lang, tokens, first, last, n, names, unsure
        )
    ctx = _words_context(lang, tokens, first, last, kind, gender, form_gender, declines, names,
                         plural, unsure, person_like, joined)  # fmt: skip
    if ctx.strong and ctx.basis != NOUN:
        return ctx
    if ctx.strong:
        # данину Ф. В. Де Клерку, останньому президенту: an apposition's case is the name's,
        # surer than the genitive a noun before it would take.
        appos = apposition_after(lang, tokens, last)
        if not appos or _N in appos:
            return ctx
        return CaseContext(appos, True, basis=AGREEMENT, agree=appos)
    if first >= 2 and tokens[first - 1].text == "(" and (
        parallel := _noun_like(lang, tokens[first - 2])
    ):
        # в Берлине (Потсдаме): a name in brackets may say again what the word before them
        # says, in its case.
        ctx = replace(ctx, cases=(*ctx.cases, *(c for c in parallel.cases if c not in ctx.cases)))
    appos = apposition_after(lang, tokens, last)
    if appos and _N not in appos:
        # Де Клерку, останньому президенту білої меншини, …: the apposition's case.
        return CaseContext(appos, True, basis=AGREEMENT, agree=appos)
    if _L in ctx.cases:
        return ctx
    headed = list_preposition(lang, tokens, first)
    if _L not in headed:
        return ctx
    # у Луцьку, Україна, і Бресті: the preposition heading the list allows its locative.
    return replace(ctx, cases=(*ctx.cases, *(c for c in headed if c not in ctx.cases)))


# Coordinators of several words (the comma before them is part of them): "as well as",
# "and then also", "but also" of "not only … but also", "so … as" of "both … and".
COORDINATOR_TAILS = {
    "uk": (("а", "також"), ("а", "також", "і"), ("а", "також", "й"), ("а", "потім", "і"),
           ("а", "потім", "й"), ("а", "згодом", "і"), ("а", "згодом", "й"), ("а", "й"),
           ("а", "ще", "й"), ("але", "й"), ("але", "і"), ("так", "і"), ("так", "й")),
    "ru": (("а", "также"), ("а", "также", "и"), ("а", "затем", "и"), ("а", "потом", "и"),
           ("а", "еще", "и"), ("а", "ещё", "и"), ("но", "и"), ("так", "и")),
}  # fmt: skip


def coordinator_tail(lang: str, tokens: list[Token], first: int) -> int:
    """How many tokens right before ``tokens[first]`` make one coordinator of several
    words (:data:`COORDINATOR_TAILS`), with the comma before it; 0 if none does."""
    for tail in COORDINATOR_TAILS.get(lang, ()):
        n = len(tail)
        words = [t.text.lower() for t in tokens[max(first - n, 0) : first]]
        if first > n and tuple(words) == tail and tokens[first - n - 1].text == ",":
            return n + 1
    return 0


def _as_one_coordinator(
    lang: str,
    tokens: list[Token],
    first: int,
    last: int,
    n: int,
    names: frozenset[int],
    unsure: frozenset[int],
) -> tuple[list[Token], int, int, frozenset[int], frozenset[int]]:
    """``tokens`` with the ``n`` tokens before ``first`` made one coordinator (и, та), and
    the name's span and the indices of ``names`` and ``unsure`` moved to match."""
    at = first - n
    one = Token("та" if lang == "uk" else "и", tokens[at].start, tokens[first - 1].end)

    shift = n - 1

    def moved(indices: frozenset[int]) -> frozenset[int]:
        return frozenset(i if i < at else i - shift for i in indices if i < at or i >= first)

    return ([*tokens[:at], one, *tokens[first:]], first - shift, last - shift, moved(names),
            moved(unsure))  # fmt: skip


# The first part of a compound preposition of the genitive (из-за, з-під).
FROM_PARTS = frozenset({"з", "із", "зі", "из", "изо"})
RELATIVES = frozenset({"який", "котрий", "чий", "который", "чей"})


def _contrasted(lang: str, tokens: list[Token], k: int) -> tuple[str, ...]:
    """The cases of the word a uk "(,) а/але не" at ``k`` sets the name after it against
    (Моцарту, але не Вольфгангу; Україні, а не Росії), where that word tells an oblique
    case; () otherwise."""
    if k < 2 or tokens[k].text.lower() != "не" or tokens[k - 1].text.lower() not in ("а", "але"):
        return ()
    i = k - 3 if tokens[k - 2].text == "," else k - 2
    word = _known_item(lang, tokens[i]) if i >= 0 else None
    if word is None or not word.cases or _N in word.cases:
        return ()
    return word.cases


def apposition_after(lang: str, tokens: list[Token], last: int) -> tuple[str, ...]:
    """The cases of an apposition set off by commas after the name ending at ``last``: a
    common noun with its adjectives before it, then at most its genitive words, then a
    comma or the sentence's end (Де Клерку, останньому президенту білої меншини, який …).
    An apposition agrees with its name in case.  Empty where there is none: a noun with a
    nominative reading (a list, a new clause: Франція, країни ЄС), one a relative pronoun
    follows (Байден, президентом якого), or a verb (Байден, президенту це не сподобалось)."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return ()
    cases: set[str] | None = None
    i = last + 2
    while i < len(tokens) and _is_word(tokens[i]) and tokens[i].text[:1].islower():
        readings = known_parses(lang, tokens[i].text)
        nouns = [p for p in readings if p.tag.POS == "NOUN"]
        if nouns and all(p.tag.POS == "NOUN" for p in readings):
            break
        adjectives = {
            c for p in readings if p.tag.POS in ("ADJF", "PRTF") and p.tag.number != "plur"
            and (c := tag_case(p.tag)) is not None
        }  # fmt: skip
        if not adjectives:
            return ()
        cases = adjectives if cases is None else cases & adjectives
        i += 1
    if i >= len(tokens) or not _is_word(tokens[i]) or not tokens[i].text[:1].islower():
        return ()
    readings = known_parses(lang, tokens[i].text)
    if not readings or any(p.tag.POS != "NOUN" for p in readings):
        return ()
    if any((tag_case(p.tag) or _N) == _N for p in readings):
        return ()  # the uk dictionary leaves some nominatives untagged (директор)
    head = {c for p in readings if p.tag.number != "plur" and (c := tag_case(p.tag)) is not None}
    cases = head if cases is None else cases & head
    for tok in tokens[i + 1 : i + 2 + _MAX_WALK]:
        if tok.text in CLAUSE_ENDS or tok.text in DASHES:
            break
        if not _is_word(tok):
            return ()
        if tok.text[:1].isupper() or tok.text.isdigit():
            continue  # білої меншини ПАР, уряду Японії
        if lang == "uk" and tok.text in COORDINATORS[lang]:
            continue  # брата діда Богдана і тети Міри: two genitives of one chain
        genitive = [p for p in known_parses(lang, tok.text) if tag_case(p.tag) == _G
                    and p.tag.POS in ("NOUN", "ADJF", "PRTF")]  # fmt: skip
        if not genitive or any(norm_key(p.normal_form) in RELATIVES for p in genitive):
            return ()
    else:
        if i + 2 + _MAX_WALK < len(tokens):
            return ()
    # No locative: that needs a preposition, which would govern the name before it.
    return tuple(c for c in CASES if c in cases and c != _L)


_TITLE_QUOTES = {"»": "«", "”": "“"}


def titled_before(lang: str, tokens: list[Token], first: int) -> int | None:
    """Where a work's quoted title right before the name at ``first`` starts, after a common
    noun (роману «Маг» Джона Фаулза, фільм «Дюна» Дені Вільнева); None where there is none."""
    close = tokens[first - 1].text if first > 0 else ""
    if close not in _TITLE_QUOTES:
        return None
    for j in range(first - 2, max(first - 2 - 2 * _MAX_WALK, 0), -1):
        if tokens[j].text in _TITLE_QUOTES or tokens[j].text == close:
            return None
        if tokens[j].text != _TITLE_QUOTES[close]:
            continue
        noun = tokens[j - 1]
        if j == first - 2 or not _is_word(noun) or not noun.text[:1].islower():
            return None
        word = _word(lang, noun.text)
        return j if "NOUN" in word.pos and not word.lemmas & TEMPORAL[lang] else None
    return None


def _modified_cases(lang: str, tokens: list[Token], k: int) -> tuple[str, ...]:
    """The cases of the adjective or determiner right before the noun at ``k`` (нашу ворону:
    the accusative); empty where there is none."""
    if k < 1 or not _is_word(tokens[k - 1]) or not tokens[k - 1].text[:1].islower():
        return ()
    text = tokens[k - 1].text
    if not (_word(lang, text).pos & {"ADJF", "PRTF"} or _determiner(lang, text)):
        return ()
    return _agreeing_cases(lang, text, None)


def _imperative_or_adjective(lang: str, text: str, gender: str | None) -> bool:
    """Whether ``text``'s verb readings are all imperatives and it has an adjective reading
    that agrees with a name of ``gender`` (малій)."""
    verbs = [p for p in known_parses(lang, text) if p.tag.POS == "VERB"]
    if not verbs or any(p.tag.mood != "impr" for p in verbs):
        return False
    return bool(_agreeing_cases(lang, text, gender))


def initials_before(tokens: list[Token], first: int) -> int:
    """Where the initials right before the name at ``first`` start (Р. Семона, В. О.
    Іванова: each one capital letter and a dot); ``first`` where there are none."""
    i = first
    while (
        i >= 2 and _initial_dot(tokens, i - 1) and tokens[i - 2].text.isalpha()
        and tokens[i - 1].start == tokens[i - 2].end
    ):  # fmt: skip
        i -= 2
    return i


def _named_head(lang: str, tok: Token, kind: str) -> bool:
    """Whether ``tok`` is a noun a name may stand beside as what it is called: a word of
    naming (прізвище, название), or for a thing that is no person a kind of it (город).
    Not a plural (на річках басейнів Сяну: one name names one thing), nor the uk genitive
    імені, "named after" (центр імені короля Абдулазиза)."""
    if not _is_word(tok) or (lang == "uk" and tok.text.lower() == "імені"):
        return False
    word = _word(lang, tok.text.lower())
    if "NOUN" not in word.pos or word.plural:
        return False
    kinds = CLASSIFIERS[lang] if kind != "PER" else frozenset()
    return bool(word.lemmas & (NAMING[lang] | kinds))


def _address_after(lang: str, tokens: list[Token], k: int, last: int) -> bool:
    """Whether the comma at ``tokens[k]`` follows a place of at most three capitalized
    words that a preposition of the locative governs alone (в Линце, в Нью-Йорке),
    and no coordinator follows the name ending at ``last`` (в Германии, Франции и Италии is
    a list): the name after the comma says where that place is."""
    if last + 1 < len(tokens) and tokens[last + 1].text.lower() in COORDINATORS[lang]:
        return False
    j = k - 1
    while (
        j >= 0 and k - j <= 5 and (tokens[j].text[:1].isupper() or tokens[j].text in "-‐–")
        and tokens[j].text.lower() not in PREPOSITIONS[lang]  # В Линце, Австрия, opening
    ):  # fmt: skip
        j -= 1
    if j < 0 or j == k - 1 or not tokens[j + 1].text[:1].isupper():
        return False
    low = tokens[j].text.lower()
    return low in PREPOSITIONS[lang] and _L in _governed(lang, low, "LOC")


def _short_adjective(lang: str, text: str) -> bool:
    """Whether ``text`` is a Ukrainian short adjective (винен, повинен, згоден, потрібен),
    which the dictionary tags as a full one: a masculine form in -ен, no full adjective's
    ending.  A predicate, which agrees with its subject, not with a name after it."""
    return lang == "uk" and text.endswith("ен") and any(
        p.tag.POS == "ADJF" and p.tag.gender == "masc" for p in known_parses(lang, text)
    )


# "Including": a prepositional phrase whose noun governs nothing after it; the name after
# it takes the case of the list it adds to (страны, в том числе Польша; стран, в том числе
# Польши).
INCLUDING = {"uk": ("тому", "числі"), "ru": ("том", "числе")}
"""The words of "in that number" after its preposition, в or у in either language."""


def _including(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether the words ending at ``k`` are "in that number" (в том числе, у тому числі)."""
    words = INCLUDING.get(lang)
    if words is None or k < 2:
        return False
    said = [t.text.lower() for t in tokens[k - 2 : k + 1]]
    return said[0] in ("в", "у") and tuple(said[1:]) == words


def _dash_pair(lang: str, tokens: list[Token], last: int, names: frozenset[int]) -> bool:
    """Whether a dash between blanks joins the name ending at ``last`` to another place or
    body (Київ – Львів, Японія – Бразилія): a pair of names, a route or a match.  The word
    after the dash is a dictionary place, or another entity's rendering that is no person's
    name (мер Києва – Кличко: the dash of a missing verb)."""
    if not _spaced_pair(tokens, last):
        return False
    readings = parses(lang, tokens[last + 2].text)
    if any("Geox" in p.tag.grammemes for p in readings):
        return True
    return last + 2 in names and not any(p.tag.grammemes & PERSON_TAGS for p in readings)


def _words_context(
    lang: str,
    tokens: list[Token],
    first: int,
    last: int,
    kind: str,
    gender: str | None,
    form_gender: str | None,
    declines: bool,
    names: frozenset[int],
    plural: bool,
    unsure: frozenset[int],
    person_like: bool,
    joined: frozenset[int] = frozenset(),
) -> CaseContext:
    """:func:`case_context` from the words around the name, before the list's preposition."""
    if kind == "PER" or person_like:
        start = initials_before(tokens, first)
        if start < first:
            # книгу Р. Семона, перекладено Л. Сімоном: the words before the initials govern.
            return _words_context(lang, tokens, start, last, kind, gender, form_gender, declines,
                                  names, plural, unsure, person_like, joined)  # fmt: skip
    j = titled_before(lang, tokens, first) if kind == "PER" else None
    if j is not None:
        # роману «Маг» Джона Фаулза: the author after a work's quoted title belongs to the
        # noun before the title, as if the title were not there.
        cut = first - j

        def moved(indices: frozenset[int]) -> frozenset[int]:
            return frozenset(i if i < j else i - cut for i in indices if i < j or i >= first)

        return _words_context(lang, tokens[:j] + tokens[first:], j, last - cut, kind, gender,
                              form_gender, declines, moved(names), plural, moved(unsure),
                              person_like, joined)  # fmt: skip
    k = first - 1

    def starts() -> CaseContext:  # a clause starts here: its subject, unless ruled out
        return no_subject_slot(lang, tokens, first, last, kind, gender, plural) or SUBJECT

    if k < 0:
        return starts()
    prev = tokens[k]
    low = prev.text.lower()
    if low in PREPOSITIONS[lang] and prev.start in joined:
        if k > 0 and tokens[k - 1].text.lower() in FROM_PARTS:
            # из-за, из-под, з-за, з-під: "from behind, from under", the genitive.
            return CaseContext((_G,), True, True, basis=PREPOSITION)
        # Гран-при Китая: a noun whose last part looks like a preposition takes a place's
        # name in the genitive, like any other noun (мер Києва).
        return CaseContext((_G,), kind == "LOC", basis=NOUN)
    if low in PREPOSITIONS[lang]:
        cases = _governed(lang, low, kind)
        if lang == "uk" and low in BETWEEN and (partner := _between_partner(lang, tokens, last)):
            # між Україною та Росією: both sides of між share its case, the one the second
            # shows (its accusative "whither" is no reading then).
            shared = tuple(c for c in cases if c in partner)
            if len(shared) == 1:
                return CaseContext(shared, True, True, basis=PREPOSITION, prefer=shared)
        if lang == "uk" and low == "по" and kind != "PER" and not _range_before(lang, tokens, k):
            # удар по Харкову: по takes a place in the dative or the locative; its accusative
            # ("up to") only ends a range (від Києва по Харків).
            cases = tuple(c for c in cases if c != _A)
        if _A in cases and _L in cases and (
            _after_motion(lang, tokens, k) or _directed_after(lang, tokens, k, last)
        ):
            cases = (_A, *(c for c in cases if c != _A))  # привозят в Вашингтон
        elif (
            kind in ("LOC", "ORG")
            and _A in cases and _L in cases
            and not _directed_clause(lang, tokens, k)
            and (lang != "ru" or may_be_nominative(lang, tokens[last].text))
            and (_located_before(lang, tokens, k) or _located_after(lang, tokens, k, last))
        ):  # fmt: skip
            # a place or body only (родился в Рождество, народився на Різдво: a feast's
            # day, the accusative).
            cases = tuple(c for c in cases if c != _A)  # where, not whither; у Кремля stays
            return CaseContext(cases, True, True, basis=PREPOSITION, prefer=(_L,))
        prefer = _preferred(lang, tokens, k, last, cases, kind)
        return CaseContext(cases, True, True, basis=PREPOSITION, prefer=prefer)
    if (
        lang == "ru" and dative_doer(lang, tokens, last)
        and (
            not _word(lang, low).pos & {"NOUN", "ADJF", "PRTF", "NUMR"}
            or _word(lang, low).lemmas & RELATIVES
        )
    ):  # fmt: skip
        # по условиям которого Швеции пришлось вернуть: the doer of a clause with no
        # subject, in the dative, whatever word before it (not правительству Швеции
        # пришлось: a noun's genitive).
        return CaseContext((_D,), True, basis=GOVERNMENT)
    # A uk conjunct of a preposition's object is a subject alone, if at all: a plural verb
    # after it is the clause's (Переговори між США та Китаєм зайшли).
    alone = lang == "uk" and not plural
    parallel = _parallel_phrase(lang, tokens, k, last) if low in COORDINATORS[lang] else None
    if parallel is not None:
        # Макрона з Шольцом та Путіна з Ердоганом: the name and its own phrase of the same
        # preposition may pair with the head before it as well as with that preposition's
        # noun (з Брежнєвим та Ніксоном з Вашингтона): the noun's cases first, then the
        # head's (Брежнєв з Москви та Ніксон з Вашингтона), none sure.
        # a head the dictionary does not know may be a subject (Сі з Китаю та Путін з Росії)
        head = (_word(lang, tokens[parallel - 1].text).cases or (_N,)) if parallel else ()
        noun = _word(lang, tokens[k - 1].text).cases
        return CaseContext((*noun, *(c for c in head if c not in noun)))
    if low in COORDINATORS[lang] and not subject_follows(lang, tokens, last, singular=alone):
        # між Афінами та Парижем: a preposition of two things governs both conjuncts.
        conjoined = _conjoined_to_preposition(lang, tokens, k, kind, names)
        if conjoined is not None and _N not in conjoined[1]:
            return CaseContext(conjoined[1], True, True, basis=PREPOSITION)
    if lang == "uk" and (contrast := _contrasted(lang, tokens, k)):
        # Моцарту, але не Вольфгангу Амадею: the name denied shares the case of the word
        # the contrast sets it against.
        return CaseContext(contrast, basis=LIST)
    if (
        lang == "ru" and prev.text == "," and _after_gerund_phrase(lang, tokens, k)
        and not _listed_after(lang, tokens, last)
        and may_be_subject(lang, tokens, first, last, gender, plural)
    ):  # fmt: skip
        # Продолжая борьбу с Испанией, Великобритания решила: the comma closes an opening
        # gerund's phrase; the name begins the clause, whose verb can agree with it.
        return starts()
    if prev.text == "," and (after_comma := starts()) is not SUBJECT:
        return after_comma  # ", Франции необходимо получить": no subject slot after the comma
    # Тіла Ольги та Олександра: two people joined share a case; a person is one, so the
    # plural of the first's name (Ольги, also "Olgas") is no reading.  Not where a verb after
    # the name can agree with it alone (з Ольгою та Олександр пішов: a new clause).
    # In uk also a person's name the glossary lacks, one the dictionary knows as a name only
    # (Переговори Байдена та Блінкена).
    named = k - 1 in names or (lang == "uk" and k > 0 and tokens[k - 1].text[:1].isupper())
    joined_to = low in COORDINATORS[lang] and kind == "PER" and named
    partner = _person_cases(lang, tokens[k - 1].text) if joined_to else ()
    if lang == "uk" and partner and _preposition_before(lang, tokens, k - 1) is None:
        # Він подякував Байдену і Путіну: no locative with no preposition before the partner.
        partner = tuple(c for c in partner if c != _L) or partner
    if partner and _N not in partner and not subject_follows(lang, tokens, last, singular=True):
        return CaseContext(partner, True, basis=LIST)
    if (
        lang == "ru" and kind == "PER" and (prev.text == "," or low in COORDINATORS[lang])
        and k > 0 and tokens[k - 1].text[:1].isupper()
        and (heads := _plural_title_cases(lang, tokens, k - 1, k - 1))
    ):  # fmt: skip
        # при президентах Кеннеди и Джонсоне: the people a plural title names agree with it.
        return CaseContext(heads, _N not in heads, basis=AGREEMENT, agree=heads)
    if prev.text == "," or low in COORDINATORS[lang]:
        shared, sides = _coordinated(lang, tokens, k - 1, last + 1, unsure, names)
        if not shared or (prev.text == "," and subject_follows(lang, tokens, last)):
            return starts()  # ", Франция вынуждает": a new clause's subject
        if low in COORDINATORS[lang] and _clauses_joined(lang, tokens, k, last, plural):
            if object_first(lang, tokens, last):
                # й Харків теж відвідали, и Frost отправили: the second clause's object, put
                # before its verb, which cannot agree with it
                return CaseContext((_A,), True, basis=GOVERNMENT)
            return starts()  # виросла у Львові й Київ знає погано: a clause of its own
        # A list item between two others that agree (Бонапарта, Ніксона, Рейгана), or the
        # last one of a list, unless a verb follows (Британії, Німеччини та Франції, на який).
        between = prev.text == "," and sides == 2
        listed = k >= 2 and tokens[k - 2].text == ","  # "A, B та C", not "B та C"
        last_item = prev.text != "," and listed and not subject_follows(lang, tokens, last)
        if _N not in shared and (between or last_item):
            return CaseContext(shared, True, basis=LIST)
        at = _preposition_before(lang, tokens, k - 1) if k > 1 else None
        if lang == "ru" and at is not None and low in COORDINATORS[lang] and (
            joint := _preposition_conjunct(lang, tokens, k, last, at, kind, names)
        ):
            return CaseContext(joint, True, True, basis=PREPOSITION)
        governed = (
            object_case(lang, tokens[k - 2].text.lower())
            if lang == "uk" and k > 1 and low in COORDINATORS[lang]
            and _finite_readings(lang, tokens[k - 2].text.lower()) else None
        )  # fmt: skip
        if (
            lang == "uk" and _N not in shared and low in COORDINATORS[lang]
            and (at is not None or (k > 1 and _finite_readings(lang, tokens[k - 2].text)))
            and subjects_taken(lang, tokens, first, last, gender, none_agree=True)
        ):  # fmt: skip
            # Він подякував Байдену і Путіну: every verb that could agree has its own
            # pronoun subject; the name shares the cases of the conjunct the verb or a
            # preposition governs (not a genitive's: жителям Києва і Путіну), the locative
            # only after a preposition.
            if at is None:
                shared = tuple(c for c in shared if c != _L)
            if governed in shared:  # подякував Польщі та Німеччині: the verb's dative first
                shared = (governed, *(c for c in shared if c != governed))
            if shared:
                return CaseContext(shared, True, basis=LIST)
        if governed in (_D, _I, _G) and governed in shared and not subject_follows(
            lang, tokens, last
        ):
            # Уряд подякував Франції та Німеччині: the verb before the partner governs it
            # in a case no subject has; the name joined to it shares that case.
            return CaseContext((governed,), basis=LIST)
        if kind != "PER" and prev.text == "," and _address_after(lang, tokens, k, last):
            # в Линце, Австрия; у Луцьку, Україна, і Бресті: the larger place a place is in,
            # set off by a comma, stays in the nominative.
            return CaseContext((_N, *(c for c in shared if c != _N)))
        before = tokens[k - 2].text.lower() if k >= 2 else ""
        if (
            lang == "uk" and len(shared) >= 5 and before in PREPOSITIONS[lang]
            and not subject_follows(lang, tokens, last)
        ):  # fmt: skip
            # допомога від США та Німеччини: a partner that does not decline tells no case;
            # the preposition before it, likeliest, governs both.
            governed = _governed(lang, before, kind)
            return CaseContext((*governed, *(c for c in shared if c not in governed)))
        return CaseContext((*shared, *((_N,) if _N not in shared else ())))
    if low == "имени" and (k == 0 or tokens[k - 1].text.lower() != "по"):
        # театр имени Кирова, от имени Путина: "named after", "on behalf of", the genitive
        # (по имени Иван: as called).
        return CaseContext((_G, _N))
    if (
        lang == "uk" and kind != "PER" and not person_like and k > 0
        and (tokens[k - 1].text.lower(), low) in GENITIVE_PHRASES
    ):  # fmt: skip
        # за даними Пентагону, на думку Франції: a compound preposition of the genitive, no
        # noun a body or place is the apposition of (not a name that may be a person's: a
        # woman's surname may not decline).
        return CaseContext((_G,), True, basis=NOUN)
    if lang == "uk" and low in LIKE_NOUNS and k > 0 and tokens[k - 1].text.lower() == "на":
        # фільми на кшталт «Інтерстеллару»: a compound preposition of the genitive; a quoted
        # title after it may also stay whole.
        return CaseContext((_G, _N))
    if lang == "uk" and prev.text == "." and k > 0 and tokens[k - 1].text.lower() == "ім":
        # університет ім. Т. Шевченка: ім. is імені, "named after", the genitive.
        return CaseContext((_G, _N))
    if norm_key(low) in NAMING[lang]:
        return SUBJECT  # "під назвою PlanetJupiter", "по имени …": the name as it is called
    if lang == "ru" and _paired(tokens, last):
        # Встреча Москва — Пекин, матч Россия — Бельгия: two names a dash pairs stay in the
        # nominative, whatever the noun before them.
        return CaseContext((_N, _G))
    if lang == "uk" and kind == "PER" and (
        _person_pair(lang, tokens, last, last + 2, names)
        or (prev.text in DASHES and _person_pair(lang, tokens, k - 1, k - 1, names))
    ):
        # Саміт Путін — Байден, зустріч Зеленський – Макрон: two people a dash pairs stay
        # in the nominative, whatever the noun before them (the genitive stays possible).
        return CaseContext((_N, _G))
    if not _is_word(prev) or prev.text.isdigit():
        return starts()
    given = _given_name(lang, prev.text) if k in names and kind == "PER" else None
    if given is not None and not _word(lang, tokens[first].text).name:
        # Віктора Янукович: another entry's first name right before a surname makes one
        # name with it, in its case, and tells the bearer's sex.
        male, female = given.gender == "masc", given.gender == "femn"
        return CaseContext(given.cases, _N not in given.cases, female=female and gender is None,
                           male=male and gender is None, basis=AGREEMENT)  # fmt: skip
    if is_acronym(prev.text) or (k in names and kind == "PER"):
        # A genitive modifier before a person's name (президента США Байдена, вдова Де
        # Клерка Еліта Георгіадіс): the name agrees with the title before it, if any.
        title = _title(lang, tokens, k, names) if kind == "PER" else None
        if title is None:
            return NO_CLUE
        return _title_context(lang, tokens, k - title[0], last, title[1], plural, gender)
    # A capital at the start of a sentence says nothing: "Дружина Зеленського".
    initial = k == 0 or tokens[k - 1].text in SENTENCE_STARTS
    text = prev.text.lower() if initial else prev.text
    word = _word(lang, text)
    if "NOUN" in word.pos and _predicate_before(lang, tokens, k):
        # Утікачем став Янукович: став after a predicate's instrumental is the verb (стати),
        # not the noun "pond", which would leave that instrumental with no verb.
        word = replace(word, pos=frozenset({"VERB"}), cases=())
    subject = subject_follows(lang, tokens, last, singular=not plural)
    after = verb_after(lang, tokens, last) if subject else None
    # Столиця Київ велика.: a clause that ends in an adjective in the nominative has it
    # for its predicate (no verb in the present), and a subject before it.
    subject = subject or _predicate_adjective_after(lang, tokens, last, plural)
    end = _conjuncts_end(lang, tokens, last)
    aside = None if subject else verb_past_aside(lang, tokens, end)
    if aside is not None and introductory(lang, tokens, k, aside) and not cannot_agree(
        lang, tokens[aside].text.lower(), gender, plural or kind == "ORG" or end > last
    ):
        # Після засідання уряду Франція, як повідомляє агентство, продовжить: the name
        # (or a list it begins) after an introductory phrase begins the clause, its verb
        # past an aside.
        subject, after = True, aside
    several = after == aside and end > last  # a list's verb is plural
    # A body's name may take a verb of another number or gender (its people); not a uk name
    # typed ORG whose words the dictionary knows as a thing only, a place's as a rule
    # (статусу Орлівки виступав).
    agrees = kind != "ORG" or (lang == "uk" and _only_things(lang, tokens, first, last))
    if after is not None and agrees and cannot_agree(lang, tokens[after].text, gender, several):
        subject = False  # міністр оборони Франції повідомив: not Франція's verb
    if lang == "uk" and _imperative_or_adjective(lang, text, gender or form_gender):
        # ще малій Софії: an adjective that agrees with the name, not the imperative of
        # маліти the dictionary puts first.
        word = replace(word, pos=frozenset({"ADJF"}))
    if word.pos & {"ADJF", "PRTF"} and _short_adjective(lang, text):
        return NO_CLUE  # Нафтогаз не винен Газпрому: a predicate, agreeing with its subject
    if word.pos & {"ADJF", "PRTF"} or _determiner(lang, text):
        agreeing = _agreeing_cases(lang, text, gender or form_gender, anim=kind == "PER")
        if lang == "uk" and _passive(lang, text) and _passive_subject_before(lang, tokens, k):
            # Закон був підписаний Путіним: the participle agrees with the subject before
            # бути; the name after it is the agent, in the instrumental.
            return CaseContext((_I,), True, basis=GOVERNMENT)
        if agreeing and _passive(lang, text) and _I not in agreeing:
            # Организованный Вашингтоном саммит: a passive participle's agent, in the
            # instrumental, stands between it and its noun.
            if lang == "ru" and _participle_noun_after(lang, text, tokens, last):
                return CaseContext((_I,), True, basis=GOVERNMENT)  # its noun follows
            agreeing = (*agreeing, _I)
        before = tokens[k - 1].text.lower() if k else ""
        at = _preposition_before_conjoined(lang, tokens, k) if lang == "ru" else None
        if at is not None:
            before = tokens[at].text.lower()  # с некогда могучей Испанией
        if agreeing and before in PREPOSITIONS[lang]:
            # в Северной Америке: the adjective's cases the preposition allows.
            governed = tuple(c for c in _governed(lang, before, kind) if c in agreeing)
            if not governed:
                return NO_CLUE
            # борьбу с некогда могучей Испанией: the words before the preposition choose
            # among its cases as they do right before a name.
            prefer = _preferred(lang, tokens, at, last, governed, kind) if at is not None else ()
            return CaseContext(governed, True, True, basis=PREPOSITION, prefer=prefer)
        if not agreeing:
            return NO_CLUE
        male = kind == "PER" and gender is None and _masculine_adjective(lang, text)
        head = _noun_before_modifiers(lang, tokens, k) if lang == "ru" else None
        if head is not None and _G in agreeing:
            if _word(lang, tokens[head].text.lower()).lemmas & PART_NOUNS[lang]:
                # Регион южной Болгарии, территории Центральной Азии: a noun of a place's part
                # or people governs no dative or instrumental; the genitive alone.
                return CaseContext((_G,), True, basis=NOUN)
            # Популяции Западной и Северной Европы: the adjectives and the name after a
            # noun are its genitive, likeliest (the agreement's, no relation noun's).
            agreeing = (_G, *(c for c in agreeing if c != _G))
            return CaseContext(agreeing, not subject, male=male, basis=AGREEMENT, agree=agreeing)
        return CaseContext(agreeing, not subject, male=male, basis=AGREEMENT)
    if "PRTS" in word.pos:
        if _passive_subject_before(lang, tokens, k):
            # перевод был сделан Хармсом: the subject stands before, the name is the agent.
            # In Russian a clause has that one subject: the nominative is ruled out.
            if lang == "ru":
                return CaseContext((_I,), True, basis=GOVERNMENT)
            return CaseContext((_I, _N))
        return SUBJECT  # a short passive participle: изображен Джонсон, назначен Иванов
    if word.pos & _VERBAL and word.lemmas & CALLED_VERBS[lang]:
        return CaseContext((_N, _I, _A))  # мене звати Ольга, её зовут Марина: as called
    if "VERB" in word.pos and impersonal(lang, tokens, k):
        # заарештовано Івана, підписано Зеленським: an impersonal has no subject; the name
        # is its object or, less often, its doer — its doer where the object stands before
        # it (книгу було перекладено Сімоном), or the person it goes to (премію присуджено
        # Іванові: verbs of giving are too many to list).  No nominative: the name is no
        # subject there; the source's role or an editor picks among the rest.
        cases = (_I, _D) if _object_before(lang, tokens, k) else (_A, _I, _D)
        return CaseContext(cases, True, basis=GOVERNMENT)
    if lang == "uk" and "GRND" in word.pos:
        # Відповідаючи Джонсону, керуючи Укрінформом: a gerund has no subject; its verb
        # governs the name.
        case = next(filter(None, (object_case(lang, v) for v in _gerund_verbs(lang, text))), None)
        if case is not None:
            return CaseContext((case,), basis=GOVERNMENT)
    if word.pos & _VERBAL:
        # After a quote, "– додав Мохбер": the speaker, in the nominative.
        speech = k > 0 and tokens[k - 1].text in QUOTE_ENDS
        infinitive = "INFN" in word.pos or _infinitive(lang, text)
        if not speech and not infinitive and name_given(lang, tokens, k, gender):
            return CaseContext((_I,), True, basis=GOVERNMENT)  # яку я називав Планетою
        if not speech and genitive_object(lang, tokens, k):
            return CaseContext((_G,), True, basis=GOVERNMENT)  # що стосується Дбейбаха
        if word.lemmas & DATIVE_VERBS[lang] and infinitive and not speech:
            # дозволити Геллеру спробувати: an infinitive has no subject after it, and
            # its verb governs the dative.
            return CaseContext((_D,), True, basis=GOVERNMENT)
        governs = _governs_name(lang, tokens, k, last, kind, gender, infinitive)
        if governs is not None and not speech:
            return CaseContext(governs, True, basis=GOVERNMENT)
        if not (speech or infinitive) and (case := _object_of(lang, tokens, k, last)):
            return CaseContext((case,), True, basis=OBJECT)  # Джонсон розкритикував Путіна
        if word.lemmas & DATIVE_VERBS[lang] or (
            word.lemmas & DITRANSITIVE_VERBS[lang] and kind != "LOC"
        ):
            # дозволити Геллеру, сообщил Путину: the verb's object is in the dative.
            return CaseContext((_N, _D, _A) if speech or subject else (_D, _A, _N))
        if word.lemmas & DITRANSITIVE_VERBS[lang]:
            return CaseContext((_N, _A, _D) if speech or subject else (_A, _D, _N))
        # A copula (став Янукович) or a verb with no direct object (нравился, прибыл) has
        # no object: the name is its subject.
        first_nomn = speech or subject or _copula(lang, text)
        own = object_case(lang, text)
        # A verb with no direct object has the name for its subject (нравился, прибыл);
        # not one whose object is in another case (командует, which the dictionary tags
        # intransitive, has the name in the instrumental).
        first_nomn = first_nomn or (
            lang == "ru" and own not in (_I, _G) and _intransitive(lang, text)
        )
        # uk: a verb that takes no object (reflexive, of going: до команди входить Маск).
        first_nomn = first_nomn or (lang == "uk" and own is None)
        # Від угоди виграє Україна: a phrase with a preposition put before the verb, the
        # name ending the clause after it, no word of the sentence before the verb that could
        # be its subject (past commas: not ", а затем посетила Францию"), and a verb that can
        # agree with the name: the subject after its verb, likeliest.
        bare = [t for t in tokens[: k + 1] if t.text != ","]
        fronted = any(t.text.lower() in PREPOSITIONS[lang] for t in bare[-4:-1])
        ends = last + 1 >= len(tokens) or not _is_word(tokens[last + 1])
        first_nomn = first_nomn or (
            fronted and ends and inverted_subject(lang, bare, len(bare) - 1, gender, plural)
        )
        if own in (_I, _G):
            # Уряд цікавиться Німеччиною, керує Укрінформом, руководит Барселоной: a verb
            # whose object is in the instrumental or the genitive has the name in that case
            # or as its subject, never in the accusative; its subject where that object
            # stands before it (Цього боїться Путін, Україною керує Зеленський).
            first_nomn = first_nomn or _object_before(lang, tokens, k, own)
            return CaseContext((_N, own) if first_nomn else (own, _N))
        # Its subject, too, where a noun that can only be the accusative stands before the
        # verb, or one whose nominative cannot agree with it: its object (Премію миру
        # отримав Жадан, Премию получил Жадан; Друге місце посіла Світоліна).
        first_nomn = first_nomn or _object_before(lang, tokens, k) or _object_by_agreement(
            lang, tokens, k
        )
        return CaseContext((_N, _A) if first_nomn else (_A, _N))
    if "NOUN" not in word.pos or word.lemmas & TEMPORAL[lang]:
        return SUBJECT
    if _including(lang, tokens, k):
        # в том числе Польша: the case of the list the phrase adds to (the noun before the
        # comma does not tell it: Несколько стран, в том числе Польша, возразили).
        return NO_CLUE
    gent = (_G,) if _G not in word.cases else ()
    # A plural classifier names one thing only with a list of names (у штатах Вашингтон і
    # Орегон); before one name it is a noun like another (у регіонах Казахстану).
    # A comma or a conjunction before a lower-case word starts no list of names: an
    # apposition (на вулицях Бучі, міста …), another phrase (по всем регионам Украины и
    # дары музея; организациями Германии, частично).
    listed = not word.plural or (
        last + 1 < len(tokens)
        and (tokens[last + 1].text in {",", ";"} or tokens[last + 1].text in COORDINATORS[lang])
        and not (last + 2 < len(tokens) and tokens[last + 2].text[:1].islower())
    )
    if (
        word.lemmas & DIVISIONS[lang] and not word.plural and _named_by_adjective(lang, tokens, k)
        and verb_after(lang, tokens, last) is None and not _listed_after(lang, tokens, last)
        and (kind == "LOC" or _only_things(lang, tokens, first, last))
    ):
        # у Придністровському регіоні Молдови: a division its adjective names has no
        # other name; the place after it is the one it lies in, in the genitive.
        return CaseContext((_G,), True, basis=NOUN)
    if word.lemmas & CLASSIFIERS[lang] and listed and (kind != "PER" or word.lemmas & STORMS[lang]):
        if _named_by_adjective(lang, tokens, k) or (
            lang == "uk" and kind == "LOC" and word.lemmas & AREA_NOUNS
        ):
            # Львовской области Украины: a place word with a name of its own before it (a
            # capitalized adjective) takes another place after it in the genitive, likeliest;
            # so does the area around a place (в районі Бахмута).
            return CaseContext((_G, _N, *(c for c in word.cases if c not in (_G, _N))))
        return CaseContext((_N, *word.cases, *gent))
    if _G in word.cases and k > 0 and _named_head(lang, tokens[k - 1], kind):
        # прізвище стукача Шарій, в городке писателей Переделкино: the name may be what the
        # noun before the genitive is called, in the nominative, as well as that genitive's.
        return CaseContext((_N, *word.cases, *gent))
    if (
        set(word.cases) == {_I} and k and _VERBAL & _word(lang, tokens[k - 1].text).pos
        and not (lang == "ru" and word.anim) and not (kind == "PER" and word.name)
    ):  # fmt: skip
        # An instrumental after a verb works as an adverb (взяла штурмом Кабул): the name
        # belongs to the verb.  Not a person's noun (избран епископом Паленсии: a post, the
        # name its genitive), nor a person's first name, whose case the surname shares
        # (пишається Максом Verstappen: Ферстаппеном).
        return CaseContext((_A, _N))
    mismatch = bool(gender and word.gender and word.gender != gender and not word.name)
    owned = k > 0 and tokens[k - 1].text.lower() in POSSESSIVES[lang]  # його дружина Рейчел
    if kind == "PER" and word.lemmas & RELATIONAL[lang] and apposition_to_name(
        lang, tokens, k, last
    ):
        return CaseContext((_G,), True, basis=NOUN)  # Каммінгс, радник Джонсона, пообіцяв
    if kind == "PER" and word.lemmas & RELATIONAL[lang] and not owned:
        # прихильниця Трампа, радник Джонсона; only the genitive when the genders differ.
        # Not the nominative after a relation noun in another case (советником Джонсона),
        # nor in the plural (Прихильники Макрона: no apposition of one name).
        cases = _title_cases(lang, tokens, k, last, word.cases, plural, fallback=False)
        strong = mismatch or _N not in cases
        if lang == "ru" and word.lemmas & _SIBLINGS and _plural_after(lang, tokens, last):
            # Сестры Уильямс выиграли, братья Кличко и …: siblings or a couple, one
            # family's name in the nominative (not Критики Путина считают: his critics).
            return CaseContext((_N, _G), basis=AGREEMENT)
        return CaseContext((_G,) if mismatch else (_G, *cases), strong, basis=AGREEMENT)
    if kind == "PER" and word.name:
        if len(word.cases) >= 5:
            # An indeclinable first name (Джимми Гопперт) tells nothing: look past it.
            if lang == "ru" and word.gender == "femn" and gender != "femn":
                return NO_CLUE  # Одри Тан: a woman, whose surname in a consonant stays whole
            return case_context(lang, tokens, k, last, kind, gender, form_gender, declines,
                                names, plural, unsure, person_like, joined)  # fmt: skip
        # The first name's case is the surname's (хукера Дена Фроста відправили).
        female = gender is None and word.gender == "femn"
        male = gender is None and word.gender == "masc"
        strong = _N not in word.cases
        return CaseContext(word.cases, strong, female=female, male=male, basis=AGREEMENT)
    if subject:
        # The subject, unless a common noun in the genitive comes before (міністр оборони
        # Франції повідомив): then the name continues that chain.  An adjective in the
        # nominative before that noun makes it the subject (іноземні сили Франція наполягає).
        chain = _G in word.cases and _N not in word.cases[:1] and text[:1].islower()
        if chain and k and _N in _agreeing_cases(lang, tokens[k - 1].text, None, plural=True):
            chain = False
        if chain and lang == "ru" and kind == "PER" and (title := _title(lang, tokens, k)):
            # A person's title in the nominative heads the genitive words (Кандидат
            # биологических наук Семен Голошейкин назвал): the name agrees with it.
            chain = _N not in title[1].cases
        # A thing in the nominative before a person is the subject, the person its owner
        # (Фонд Де Клерка випустив, уряд Шольца заявив); not a noun that may end a phrase
        # in the genitive (Після смертоносних торнадо Джо Байден скаржиться).
        oblique = chain and _oblique_noun(lang, tokens, k, last, plural)
        if (
            after is not None and (oblique or (kind == "PER" and not word.anim))
            and (kind in ("PER", "LOC") or _only_things(lang, tokens, first, last))
            and subject_before_name(lang, tokens, k, after, oblique)
        ):
            # Книжка Мирослава Дочинця дає, П'ята перемога в матчах чемпіонату Європи
            # зберігає: the verb has its subject before the name, which is no apposition of
            # a noun in another case, nor a person's of a thing's noun: the noun's genitive.
            # (A place's may be: столиця Київ прийняла.)
            return CaseContext((_G,), True, basis=NOUN)
        owner = kind == "PER" and not word.anim and word.cases[:1] == (_N,)
        owner = owner and _G not in word.cases
        # Обстріл Києва триває: a uk thing's noun before a place owns it, unless the noun
        # says what the place is (столиця Київ прийняла).
        # So does a body's noun before a name typed ORG whose words the dictionary knows as
        # a thing only, a place's as a rule (зображення Бучі є).
        place = kind == "LOC" or (kind == "ORG" and _only_things(lang, tokens, first, last))
        owner = owner or (
            lang == "uk" and place and not word.anim and not word.lemmas & PLACE_NOUNS
        )
        return CaseContext((_G, _N) if chain or (owner and text[:1].islower()) else (_N, _G))
    if _greeting(lang, text):
        return NO_CLUE  # "Привіт Роб.": an address, not a genitive
    if word.lemmas & LADIES[lang] and len(word.cases) >= 5 and k > 0:
        # шукаєте пані Кржковську: an indeclinable title tells nothing of the case (nor
        # takes a genitive): the words before it govern it and the name alike.
        past = case_context(lang, tokens, k, last, kind, gender, form_gender, declines, names,
                            plural, unsure, person_like, joined)  # fmt: skip
        return replace(past, female=gender is None)
    if _object_of_verb_before(lang, tokens, k, gender, plural):
        # У плані бере участь Україна, здобула перемогу Франція: the noun is the object of
        # a verb with no subject before it, which the name after them may be.
        return CaseContext((_N, _G))
    if kind != "PER":
        # A place or body after a noun is its genitive (мер Києва, уряд Японії); after a
        # person (речник Кремля) or for a place, a nominative there is wrong.
        # A noun in the vocative (лейтенанте Немік) is an address, not a governing word.
        if word.anim and kind != "LOC" and person_like:
            # A title before a name the dictionary knows as no body (лейтенант Немік): the
            # person so called, in the title's case, as likely as a body's genitive.
            return CaseContext((*_governed_title_cases(lang, tokens, k, word.cases), *gent),
                               basis=NOUN)  # fmt: skip
        oblique = _oblique_noun(lang, tokens, k, last, plural)
        oblique = oblique and _only_things(lang, tokens, first, last)
        strong = not word.name and (word.anim or kind == "LOC" or oblique)
        strong = strong and word.cases != ("voct",)
        # A word that may be a finite verb does not govern (Хай живе Франція!).
        strong = strong and not any(
            p.tag.POS == "VERB" and p.tag.tense in ("pres", "futr")
            for p in known_parses(lang, text)
        )
        strong = strong and not _other_reading(lang, text)
        # Хай живе вільна Україна: a word that may be an adjective agreeing with the name in
        # the nominative (вільна, also a noun's genitive to the dictionary) governs nothing.
        strong = strong and _N not in _agreeing_cases(lang, text, gender or form_gender)
        if kind == "LOC" and word.lemmas & KIND_OF_PLACE[lang] and _related_by(lang, tokens, k):
            # італійська столиця Рим, в польской столице Варшаве: the adjective says whose
            # capital it is, so the place after it is the capital itself, in its case.
            return CaseContext((*word.cases, *gent))
        if _dash_pair(lang, tokens, last, names):
            # Потяг Київ – Львів, матч Японія – Бразилія: two names a dash pairs (a route, a
            # match) stand in the nominative after the noun as well as its genitive.
            return CaseContext((_N, _G))
        return CaseContext((_G, *_dative_too(lang, tokens, k)), strong, basis=NOUN)
    if (
        lang == "ru" and _listed_after(lang, tokens, last)
        and (heads := _plural_title_cases(lang, tokens, k, last + 2))
    ):  # fmt: skip
        # при президентах Кеннеди и Джонсоне: the first of the people a plural title names.
        return CaseContext(heads, _N not in heads, basis=AGREEMENT, agree=heads)
    title = _title(lang, tokens, k)
    if title is not None and title[0] == 0 and another_person_after(lang, tokens, last):
        # прес-секретар Путіна Дмитро Пєсков: the title is the next person's, and the name
        # between is the one whose spokesman he is.
        return CaseContext((_G,), True, basis=NOUN)
    if title is not None and title[0] == 0:
        # A first name or a title right before: agreement (президентом Макроном), or a
        # relation in the genitive (вдова Де Клерка) — the only one when their genders
        # differ (прихильниця Трампа).  A feminine one tells an unknown bearer is a woman.
        word = replace(word, cases=_title_cases(lang, tokens, k, last, word.cases, plural))
        if mismatch and word.lemmas & LADIES[lang]:
            # госпожа Тан, пані Кржковська: the title is the woman herself, whose surname
            # may stay whole; no relation in the genitive.
            strong = _N not in word.cases and word.cases != ("voct",)
            return CaseContext(word.cases, strong, female=True, basis=AGREEMENT, agree=word.cases)
        # A masculine title names a woman too (лікар-гастроентеролог Ірина Колесник).
        # A title in the vocative (Пане Зеленський, the dictionary's паня first) is an
        # address whatever its gender, no relation in the genitive.
        address = word.cases == ("voct",)
        if mismatch and not address and not (word.gender == "masc" and gender == "femn"):
            return CaseContext((_G,), True, basis=AGREEMENT)
        female = gender is None and word.gender == "femn" and not address
        if lang == "uk" and len(word.cases) > 1 and (narrow := _modified_cases(lang, tokens, k)):
            # нашу ворону Галю: the title's own adjective narrows its cases (ворону is also
            # the genitive and dative of ворон).
            word = replace(word, cases=tuple(c for c in word.cases if c in narrow) or word.cases)
        own = _one_person_title(lang, text, word, tokens, k, last)
        # The head of a chain the title ends may be the name's (Пресс-секретарь президента
        # Игорь Соколов): its cases too.
        heads = tuple(c for c in _chain_heads(lang, tokens, k, gender) if c not in own)
        agree = (*own, *heads)
        # A title in the vocative (лейтенанте Немік) does not make the name agree.
        strong = _N not in agree and word.cases != ("voct",)
        strong = strong and not _other_reading(lang, text)  # вести Наталія: to lead
        gent = gent if _G not in heads else ()
        agree = _governed_title_cases(lang, tokens, k, agree)
        # An adjective made a noun (покійного Булґакова) agrees in gender: a man.
        male = gender is None and _masculine_adjective(lang, text)
        return CaseContext((*agree, *gent), strong, female=female, male=male, basis=AGREEMENT,
                           agree=agree)  # fmt: skip
    if title is not None:
        return _title_context(lang, tokens, k - title[0], last, title[1], plural, gender)
    if lang == "uk" and kind == "PER" and _addressee_after_verb(lang, tokens, k, gender):
        # заявив журналістам Зеленський: the verb's addressee, then its subject after it.
        return CaseContext((_N, _G))
    # Another noun: the person is its genitive (уряд Шольца, участь Джонсона у), unless the
    # noun is a name itself (округа Пирс Даррен Мосс).
    # A woman's surname does not decline: without a known gender the genitive is a guess.
    strong = declines and not text[:1].isupper() and not _other_reading(lang, text)
    if listed := _list_not_genitive(lang, tokens, last, unsure, names):
        return listed
    return CaseContext((_G, *_dative_too(lang, tokens, k)), strong, basis=NOUN)


# uk verbs of saying that take whom they tell in the dative (заявив журналістам).
_SAYING_TO = frozenset({
    "заявити", "заявляти", "розповісти", "розповідати", "підтвердити", "підтверджувати",
    "прокоментувати", "коментувати", "зізнатися", "зізнаватися", "наголосити", "нагадати",
    "нагадувати", "відповісти", "відповідати",
})  # fmt: skip


def _addressee_after_verb(lang: str, tokens: list[Token], k: int, gender: str | None) -> bool:
    """Whether the lower-case noun at ``k`` may be in the dative and follows a finite verb of
    telling or giving (or of the dative) that has no subject before it and may agree with a
    person of ``gender`` (Про це заявив журналістам Зеленський): the noun is the verb's
    addressee, the name after it the verb's subject, not that noun's owner."""
    if k < 1 or not tokens[k].text[:1].islower() or _D not in _word(lang, tokens[k].text).cases:
        return False
    verb = tokens[k - 1].text.lower()
    lemmas = _word(lang, verb).lemmas & (
        DITRANSITIVE_VERBS[lang] | DATIVE_VERBS[lang] | _SAYING_TO
    )
    if not lemmas or not _finite_readings(lang, verb) or cannot_agree(lang, verb, gender):
        return False
    return not (subject_before(lang, tokens, k - 1) or has_own_subject(lang, tokens, k - 1))


def _title_context(
    lang: str,
    tokens: list[Token],
    at: int,
    last: int,
    title: _Word,
    plural: bool,
    gender: str | None,
) -> CaseContext:
    """The context of a name whose title stands at ``tokens[at]``, words before it: the
    title's cases (:func:`_title_cases`) and those of the chain it ends."""
    head = replace(title, cases=_title_cases(lang, tokens, at, last, title.cases, plural))
    return _agrees_with_title(head, _chain_heads(lang, tokens, at, gender))


def _one_person_title(
    lang: str, text: str, word: _Word, tokens: list[Token], k: int, last: int
) -> tuple[str, ...]:
    """The cases of the Russian title ``text`` at ``tokens[k]``, right before one person's
    name ending at ``last``, where the word before the title governs it: its singular
    readings (По словам доктора Токарева, у доктора Токарева: the genitive, not the plural
    nominative "doctors"), unless a list of names follows (доктора Иванов и Петров: the title
    may be plural) or a verb follows the name, whose subject it may be (Тренера Иванов
    уволил)."""
    if lang != "ru" or _listed_after(lang, tokens, last) or verb_after(lang, tokens, last):
        return word.cases
    if not _governs_title(lang, tokens, k):
        return word.cases
    single = _singular_cases(lang, text)
    return tuple(c for c in word.cases if c in single) or word.cases


def _governs_title(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether the word before ``tokens[k]`` puts it in an oblique case: a preposition of
    no nominative (у доктора), or a common noun with no nominative reading (по словам
    доктора); in Russian, any small-letter common noun, whose noun after it is its genitive
    (брат поэтессы Зинаиды Гиппиус: not "poetesses")."""
    if k < 1 or not _is_word(tokens[k - 1]):
        return False
    low = tokens[k - 1].text.lower()
    if low in PREPOSITIONS[lang]:
        return _N not in _governed(lang, low, "PER")
    readings = known_parses(lang, low)
    if lang == "ru" and tokens[k - 1].text[:1].islower() and readings:
        return all(p.tag.POS == "NOUN" for p in readings)
    return bool(readings) and all(
        p.tag.POS == "NOUN" and tag_case(p.tag) not in (None, _N) for p in readings
    )


def _plural_after(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether a list of names or a plural verb follows the name ending at ``last``
    (доктора Иванов и Петров, сестры Уильямс выиграли): a plural noun before it may be
    its apposition."""
    if _listed_after(lang, tokens, last):
        return True
    v = verb_after(lang, tokens, last)
    return v is not None and _plural_verb(lang, tokens[v].text)


# Relation nouns whose plural names a family by its surname (сестры Уильямс, супруги Клинтон).
_SIBLINGS = frozenset({"брат", "сестра", "супруг", "супруга"})


def _paired(tokens: list[Token], last: int) -> bool:
    """Whether a dash and another capitalized word follow the name ending at ``last``
    (Москва — Пекин): a pair of names, a route or a match."""
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].text in DASHES
        and tokens[last + 1].start > tokens[last].end  # not a hyphen: Гран-при
        and tokens[last + 2].text[:1].isupper()
    )


def _spaced_pair(tokens: list[Token], last: int) -> bool:
    """Whether a dash with blanks on both sides pairs the name ending at ``last`` with a
    capitalized word (Київ – Львів, Путін — Байден)."""
    return _paired(tokens, last) and tokens[last + 2].start > tokens[last + 1].end


def _person_pair(
    lang: str, tokens: list[Token], end: int, other: int, names: frozenset[int]
) -> bool:
    """Whether a dash between blanks follows the word at ``end`` and the word at ``other``,
    one side of that dash, is a person's name (another entity's rendering or a name the
    dictionary knows as a first name or surname): a pair of people (Путін — Байден)."""
    if not _spaced_pair(tokens, end):
        return False
    if not 0 <= other < len(tokens) or not tokens[other].text[:1].isupper():
        return False
    return other in names or any(
        p.tag.grammemes & PERSON_TAGS for p in parses(lang, tokens[other].text)
    )


def _given_name(lang: str, text: str) -> _Word | None:
    """The word ``text`` as a first name, where the dictionary knows it as one only (Віктора,
    not Мартін, also a surname); None otherwise."""
    readings = known_parses(lang, text)
    if not readings or not all("Name" in p.tag.grammemes for p in readings):
        return None
    word = _word(lang, text)
    return word if word.name and word.cases else None


def _person_cases(lang: str, text: str) -> tuple[str, ...]:
    """The singular cases of ``text`` read as a person's name (Ольги: the genitive, not the
    plural nominative), where the dictionary knows it as a name only; else empty."""
    readings = known_parses(lang, text)
    if not readings or not all(p.tag.grammemes & PERSON_TAGS for p in readings):
        return ()
    cases = (tag_case(p.tag) for p in readings if p.tag.number != "plur")
    return tuple(dict.fromkeys(c for c in cases if c is not None))


def _predicate_before(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` may be a finite verb (став: also a noun) and the word before
    it a noun in the instrumental only, with no preposition or other word before it in its
    clause: a predicate's instrumental (Утікачем став), which needs a verb."""
    verbs = [p for p in known_parses(lang, tokens[k].text.lower()) if p.tag.POS == "VERB"]
    if k < 1 or not any(p.tag.tense in ("past", "pres", "futr") for p in verbs):
        return False
    if k >= 2 and tokens[k - 2].text not in SENTENCE_STARTS and tokens[k - 2].text != ",":
        return False
    readings = known_parses(lang, tokens[k - 1].text.lower())
    return bool(readings) and all(p.tag.POS == "NOUN" and tag_case(p.tag) == _I for p in readings)


def _copula(lang: str, text: str) -> bool:
    """Whether a finite reading of ``text`` is a copula's (став: стати; also станути), which
    takes no object: a name after it is likelier its subject."""
    return any(
        p.tag.POS == "VERB" and p.tag.tense in ("past", "pres", "futr")
        and norm_key(p.normal_form) in _COPULAS
        for p in known_parses(lang, text.lower())
    )  # fmt: skip


def _oblique_noun(lang: str, tokens: list[Token], k: int, last: int, plural: bool) -> bool:
    """Whether the common noun at ``k`` (no classifier: those are read before) stands in an
    oblique case only, its readings narrowed by an adjective or numeral agreeing with it
    right before (в обороні, на вулицях, в одній операції): a name in the nominative after
    it can be neither its apposition, which would agree with it, nor a subject, which a verb
    after it would show; it is the noun's genitive (в обороні Маріуполя).  A plural
    nominative of the noun is no apposition of one name ending at ``last`` that no list
    goes on from (поліції Рівненщини: not "police forces"); it counts where the name may be
    ``plural``.  Not after a verb that may have the name as its subject, after it (—
    долучився до розмови Немік: the word before the noun or its preposition)."""
    if lang not in ("uk", "ru") or not tokens[k].text[:1].islower():
        return False
    readings = known_parses(lang, tokens[k].text)
    nouns = [p for p in readings if p.tag.POS == "NOUN"]
    # A uk noun's other readings do not count right after a common noun that governs it
    # (питань оборони: not the imperative of оборонити).
    chained = lang == "uk" and _governing_noun(lang, tokens, k - 1)
    if not nouns or (len(nouns) < len(readings) and not chained):
        return False
    readings = nouns
    j = _past_modifiers(lang, tokens, k - 1)  # past the noun's adjectives and numerals
    governed = PREPOSITIONS[lang].get(tokens[j].text.lower(), ()) if j >= 0 else ()
    verb = j - 1 if governed else j  # the word before the noun or its preposition
    if verb >= 0 and inverted_subject(lang, tokens, verb, None):
        return False  # — долучився до розмови Немік: the verb's subject, after it
    forms = {(tag_case(p.tag) or _N, p.tag.number) for p in readings}
    if not plural and not _listed_after(lang, tokens, last):
        forms = {(c, n) for c, n in forms if not (c in (_N, "voct") and n == "plur")}
    if k > 0 and _is_word(tokens[k - 1]):
        before = [p for p in known_parses(lang, tokens[k - 1].text)
                  if p.tag.POS in ("ADJF", "PRTF", "NUMR")]  # fmt: skip
        agreeing = {(tag_case(p.tag), p.tag.number) for p in before}
        if before and forms & agreeing:
            forms &= agreeing
    if governed and any(case in governed for case, _ in forms):
        # на жеребкування: the preposition's cases only (no nominative).
        forms = {(c, n) for c, n in forms if c in governed}
    elif j == k - 1 and _governing_noun(lang, tokens, j) and any(c == _G for c, _ in forms):
        # Міністерства охорони здоров'я: a noun right after a common noun is its genitive.
        forms = {(c, n) for c, n in forms if c not in (_N, "voct")}
    return bool(forms) and all(case not in (_N, "voct") for case, _ in forms)


def _governing_noun(lang: str, tokens: list[Token], j: int) -> bool:
    """Whether the word at ``j`` is a common noun only, no time word (охорони, not тижня or
    року, after which a clause may begin), that may govern a genitive noun after it."""
    if j < 0 or not _is_word(tokens[j]) or not tokens[j].text[:1].islower():
        return False
    readings = known_parses(lang, tokens[j].text)
    if not readings or any(p.tag.POS != "NOUN" for p in readings):
        return False
    return not _word(lang, tokens[j].text).lemmas & TEMPORAL[lang]


def _named_by_adjective(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether a capitalized adjective that agrees with the lower-case noun at ``k`` in case
    stands right before it, not at the start of a sentence (Придністровському регіоні,
    Сокальском районе): the noun's own name (not Автономної Республіки Крим, where the
    capitalized noun is part of the name)."""
    if k < 2 or tokens[k - 2].text in SENTENCE_STARTS or not tokens[k - 1].text[:1].isupper():
        return False
    if not tokens[k].text[:1].islower():
        return False
    low = tokens[k - 1].text.lower()
    readings = known_parses(lang, low) or parses(lang, low)  # Джалилабадском: guessed
    adjectives = [p for p in readings if p.tag.POS in ("ADJF", "PRTF")]
    if lang == "ru" and adjectives and readings[0] in adjectives and not known_parses(lang, low):
        readings = adjectives  # a guessed word whose likeliest guess is an adjective's ending
    if not adjectives or len(adjectives) < len(readings):
        return False
    noun = {tag_case(p.tag) for p in known_parses(lang, tokens[k].text) if p.tag.POS == "NOUN"}
    return any(tag_case(p.tag) in noun for p in adjectives)


def _list_not_genitive(
    lang: str, tokens: list[Token], last: int, unsure: frozenset[int], names: frozenset[int]
) -> CaseContext | None:
    """For the first name of a list after a noun (приняли участие Сырский, Буданов и
    Залужный; взяли участь Зеленський, міністри й генерали): where the next item has no
    genitive reading, the list is no genitive of that noun; the name may share the item's
    case.  None where no list follows or it may be."""
    if not (_listed_after(lang, tokens, last) or _common_items_after(lang, tokens, last)):
        return None
    shared, sides = _coordinated(lang, tokens, -1, last + 1, unsure, names)
    if not sides or _G in shared:
        return None
    return CaseContext((*shared, _G), basis=LIST)


def _object_of_verb_before(
    lang: str, tokens: list[Token], k: int, gender: str | None, plural: bool
) -> bool:
    """Whether the lower-case noun at ``k``, in the accusative, follows a finite verb right
    before it, a verb with a direct object, that may have the name after the noun as its
    subject (:func:`inverted_subject`: it can agree with the name and no word of its clause
    before it could be its subject): бере участь Україна, принимает участие Украина."""
    if k < 1 or not tokens[k].text[:1].islower():
        return False
    if not transitive(lang, tokens[k - 1].text.lower()):
        return False  # стояв портрет Де Клерка: the noun is the subject of a verb of no object
    readings = known_parses(lang, tokens[k].text.lower())
    if not any(p.tag.POS == "NOUN" and tag_case(p.tag) == _A for p in readings):
        return False
    return inverted_subject(lang, tokens, k - 1, gender, plural)


def _common_items_after(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether a list of common nouns goes on after the name at ``last``: a comma, a
    lower-case word, and a coordinator past nouns, adjectives and commas only (Зеленський,
    міністри й генерали), not a new clause (Фэн Яосяна, страна занимает … и)."""
    if not (
        last + 2 < len(tokens) and tokens[last + 1].text == ","
        and tokens[last + 2].text[:1].islower()
    ):  # fmt: skip
        return False
    for tok in tokens[last + 3 : last + 3 + _MAX_WALK]:
        if tok.text.lower() in COORDINATORS[lang]:
            return True
        if tok.text == ",":
            continue
        # only the items' nouns and adjectives (не «, страна занимает … и»: a clause)
        if not _is_word(tok) or not _word(lang, tok.text.lower()).pos <= _NOMINAL:
            return False
    return False


def _related_by(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether a lower-case adjective of relation (італійська, польской) that agrees in case
    with the noun at ``k`` stands right before it."""
    if k < 1 or not tokens[k - 1].text[:1].islower():
        return False
    low = tokens[k - 1].text.lower()
    if not _RELATIONAL.search(low):
        return False
    # uk also reads such a word as a noun (італійська, the language): an agreeing adjective's
    # reading is enough.
    adjectives = [p for p in known_parses(lang, low) if p.tag.POS == "ADJF"]
    noun = {tag_case(p.tag) for p in known_parses(lang, tokens[k].text) if p.tag.POS == "NOUN"}
    return any(tag_case(p.tag) in noun for p in adjectives)


def _other_reading(lang: str, text: str) -> bool:
    """Whether the dictionary also reads the noun ``text`` as a pronoun, an infinitive or a
    verb in the present or future (його, also a vocative of йога; вести, also to lead; not
    the imperative оборони or the old past мер): a word that may not be a noun governs no
    case of the name after it."""
    return any(
        p.tag.POS in ("NPRO", "INFN")
        or (p.tag.POS == "VERB" and ("infn" in p.tag.grammemes or p.tag.tense in ("pres", "futr")))
        for p in known_parses(lang, text.lower())
    )


def surname_cases(lang: str, text: str, gender: str | None) -> tuple[str, ...]:
    """The cases of ``text``, the capitalized word right after a first name of ``gender``,
    read as that person's surname or second name (Мартін Німеллера: the genitive or
    accusative of the man Німеллер): a first name and its surname share a case.  Read in
    the singular and the first name's gender, as a surname or patronymic; empty where the
    word tells nothing: a name that may stay whole (Шеллі, Сухенко), a word ending in a
    vowel such a name may have (Петрі: also the dative of Петро), no surname."""
    if lang not in PREPOSITIONS or not text[:1].isupper() or not text.isalpha():
        return ()
    known = known_parses(lang, text)
    if is_acronym(text) or any("Fixd" in p.tag.grammemes for p in known):
        return ()  # Шеллі, Сухенко: a name that may stay whole
    if text.lower().endswith(INDECLINABLE_ENDS):
        return ()  # Петрі: a surname that does not decline, or a first name's dative
    readings = [
        p for p in known or parses(lang, text)
        if p.tag.grammemes & {"Surn", "Patr"} and p.tag.number != "plur"
        and (gender is None or p.tag.gender in (None, gender))
    ]  # fmt: skip
    return tuple(dict.fromkeys(c for p in readings if (c := tag_case(p.tag)) is not None))


def with_surname(ctx: CaseContext, cases: tuple[str, ...]) -> CaseContext:
    """The context of a first name followed by its surname whose ``cases``
    (:func:`surname_cases`) rule out the nominative: the first name takes the surname's
    case, the one the words around the whole name allow where they share one (слова
    пастора Мартін Німеллера: Мартіна)."""
    if not cases or _N in cases:
        return ctx
    shared = tuple(c for c in ctx.cases if c in cases) or cases
    return CaseContext(shared, True, basis=AGREEMENT, agree=shared)


def another_person_after(lang: str, tokens: list[Token], last: int) -> bool:
    """Whether another person's full name follows the name ending at ``last``: a first name
    the dictionary knows, then a capitalized word that is no patronymic (Дмитро Пєсков; not
    Путін Володимир Володимирович, a name written surname first)."""
    if last + 2 >= len(tokens):
        return False
    first, second = tokens[last + 1], tokens[last + 2]
    if not (first.text[:1].isupper() and second.text[:1].isupper() and second.text.isalpha()):
        return False
    if not any("Name" in p.tag.grammemes for p in known_parses(lang, first.text)):
        return False
    return not any("Patr" in p.tag.grammemes for p in known_parses(lang, second.text))


def apposition_to_name(lang: str, tokens: list[Token], k: int, last: int) -> bool:
    """Whether the person noun at ``k`` (with its adjectives) is an apposition to a name
    before it, set off by commas and followed by a singular finite verb (Домінік Каммінгс,
    колишній радник Джонсона, пообіцяв): the noun is that person, so the name after it is
    the relation's other party, not the noun's own name.  Not a list of people (Байден,
    радник Салліван, Блінкен …; …, радник Салліван, заявили)."""
    i = k - 1
    while i >= 0 and _is_word(tokens[i]) and _word(lang, tokens[i].text.lower()).pos & {
        "ADJF", "PRTF"
    }:
        i -= 1
    if i < 2 or tokens[i].text != "," or tokens[i - 2].text in SENTENCE_STARTS:
        return False
    name = tokens[i - 1]
    if not (_is_word(name) and name.text[:1].isupper()) or is_acronym(name.text):
        return False
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return False
    verbs = _finite_readings(lang, tokens[last + 2].text)
    return bool(verbs) and all(p.tag.number != "plur" for p in verbs)


def _dative_too(lang: str, tokens: list[Token], k: int) -> tuple[str, ...]:
    """The dative, where the noun at ``k`` may be the object of a verb of giving or telling
    right before it (:func:`given_to`), or takes a dative itself (лист Байдену, допомога
    Україні, памятник Ленину; or the genitive: лист Байдена): a name after it may be that
    verb's or noun's person."""
    if given_to(lang, tokens, k):
        return (_D,)
    low = tokens[k].text.lower()
    return (_D,) if _word(lang, low).lemmas & DATIVE_NOUNS[lang] else ()


def given_to(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether the noun at ``k`` may be the accusative object of a verb of giving or telling
    (or of one that takes the dative) right before it (передав книгу, сообщил новость):
    a name after the noun is then that verb's dative (подарил книгу Иванову) or the noun's
    genitive (передав книгу Іванова), not decided by the words."""
    if k < 1 or not _is_word(tokens[k - 1]):
        return False
    verb = _word(lang, tokens[k - 1].text.lower())
    if not verb.pos & _VERBAL or not verb.lemmas & (DITRANSITIVE_VERBS[lang] | DATIVE_VERBS[lang]):
        return False
    return _A in _word(lang, tokens[k].text.lower()).cases


def list_preposition(lang: str, tokens: list[Token], first: int) -> tuple[str, ...]:
    """The cases of the preposition that heads a list the name at ``tokens[first]``
    continues: "в Германии, Великобритании, Франции" (locative or accusative, of в), read back
    over comma-separated names; empty where no such list stands before
    it.  Two items at least must come before the name, parted by a comma: in "Сі з Китаю та
    Путін" the preposition's phrase may belong to the first conjunct alone, and "Кроме
    того, Байден" is no list."""
    if lang not in PREPOSITIONS or first < 1:
        return ()
    before = tokens[first - 1]
    if before.text != "," and before.text.lower() not in COORDINATORS[lang]:
        return ()
    commas = items = 0
    in_item = True  # the name itself
    for k in range(first - 1, max(-1, first - 1 - 4 * _MAX_WALK), -1):
        tok = tokens[k]
        low = tok.text.lower()
        if tok.text == "," or low in COORDINATORS[lang]:
            if not in_item and not (tok.text == "," and tokens[k + 1].text.lower() in
                                    COORDINATORS[lang]):  # fmt: skip
                return ()  # two separators in a row, but for ", і"
            commas += tok.text == ","
            in_item = False
            continue
        if low in PREPOSITIONS[lang]:
            return _governed(lang, low, "LOC") if in_item and items >= 2 and commas else ()
        if not _is_word(tok) or not tok.text[:1].isupper():
            return ()  # the items are names; a common noun (в портах Кале, Сен-Мало) heads them
        items += not in_item
        in_item = True
    return ()


def inverted_subject(
    lang: str, tokens: list[Token], k: int, gender: str | None, plural: bool = False
) -> bool:
    """Whether the finite verb at ``tokens[k]``, right before a name, may have the name as
    its subject, after it as often in news (Про це повідомив Зеленський, В 2013 году
    группу покидает Боргато): it can agree with the name, and no word of its clause before
    it could be its subject — a noun or pronoun with a nominative reading that no
    preposition governs, or a capitalized word (Россия поставляет Армении, Он сообщил
    Путину)."""
    if not _finite_readings(lang, tokens[k].text.lower()):
        return False
    if cannot_agree(lang, tokens[k].text.lower(), gender, plural):
        return False
    # A singular verb has no plural subject (Остальные песни поёт Бахарева: the object); a
    # past tense that shows a gender is singular too (надала: pymorphy3's uk tag has no
    # number there).
    singular = all(
        p.tag.number == "sing" or (p.tag.tense == "past" and p.tag.gender is not None)
        for p in _finite_readings(lang, tokens[k].text.lower())
    )
    for j in range(k - 1, -1, -1):
        tok = tokens[j]
        if tok.text in CLAUSE_ENDS or tok.text in SENTENCE_STARTS:
            break
        if not _is_word(tok) or tok.text.isdigit():
            continue
        low = tok.text.lower()
        governed = j > 0 and tokens[j - 1].text.lower() in PREPOSITIONS[lang]
        initial = j == 0 or tokens[j - 1].text in SENTENCE_STARTS
        if low in SUBJECT_PRONOUNS[lang] or (tok.text[:1].isupper() and not initial | governed):
            return False
        if initial and tok.text[:1].isupper() and not governed and not known_parses(lang, low):
            return False  # Эльфинстон предлагал Орлову: a name the dictionary does not know
        if low in PREPOSITIONS[lang]:
            continue
        readings = known_parses(lang, low)
        # A conjunction is a subject only as a pronoun (що), not by a rare noun (як: a yak).
        conj = any(p.tag.POS == "CONJ" for p in readings)
        nominal = any(
            p.tag.POS in (("NPRO",) if conj else ("NOUN", "NPRO")) and tag_case(p.tag) == _N
            and not (singular and p.tag.number == "plur")
            for p in readings
        )
        if nominal and not governed:
            return False  # Що стосується, Россия поставляет
    return True


# Nouns that take на with the accusative of what they are for or about, right after them
# (тест на Омікрон, ціни на нафту, попит на, спрос на, лицензия на).
TARGETED = {
    "uk": {"тест", "тестування", "аналіз", "перевірка", "ціна", "попит", "алергія",
           "полювання", "ставка", "заявка", "підписка", "знижка", "податок", "ліміт",
           "квота", "монополія", "патент", "ліцензія", "дозвіл", "згода", "мито", "санкція",
           "вплив", "тиск", "напад", "атака", "відповідь", "реакція", "надія", "право"},
    "ru": {"тест", "тестирование", "анализ", "проверка", "цена", "спрос", "аллергия", "охота",
           "ставка", "заявка", "подписка", "скидка", "налог", "лимит", "квота", "монополия",
           "патент", "лицензия", "разрешение", "согласие", "пошлина", "санкция", "влияние",
           "давление", "нападение", "атака", "ответ", "реакция", "надежда", "право"},
}  # fmt: skip


def genitive_head(lang: str, tokens: list[Token], first: int) -> bool:
    """Whether the word right before the name at ``tokens[first]`` is a common noun whose
    genitive the name can be (зображення Бучі, на вулицях Бучі): lower case, a noun to the
    dictionary, and no singular classifier (місто Київ: its apposition); in uk capitalized
    too where it starts the sentence (Заступник Єрмака)."""
    if first < 1 or lang not in CLASSIFIERS:
        return False
    text = tokens[first - 1].text
    initial = lang == "uk" and (first == 1 or tokens[first - 2].text in SENTENCE_STARTS)
    if not (text[:1].islower() or (initial and text[1:2].islower())):
        return False
    word = _word(lang, text.lower())
    return word.pos == {"NOUN"} and not (word.lemmas & CLASSIFIERS[lang] and not word.plural)


def person_noun_before(lang: str, tokens: list[Token], first: int) -> bool:
    """Whether the word right before the name at ``first`` is a person noun (Заступник,
    радник) that no preposition governs: a post whose holder the name may own."""
    if not genitive_head(lang, tokens, first):
        return False
    if first >= 2 and tokens[first - 2].text.lower() in PREPOSITIONS.get(lang, {}):
        return False
    return _word(lang, tokens[first - 1].text.lower()).anim


def targeted_after(lang: str, tokens: list[Token], first: int) -> bool:
    """Whether the name at ``tokens[first]`` follows на right after a noun that takes it in
    the accusative (ПЦР-тест на Омікрон, спрос на Gazprom): what the noun is for."""
    if lang not in TARGETED or first < 2 or tokens[first - 1].text.lower() != "на":
        return False
    before = tokens[first - 2]
    return _is_word(before) and bool(_word(lang, before.text.lower()).lemmas & TARGETED[lang])


def conjunct_after(lang: str, tokens: list[Token], last: int) -> tuple[str, ...]:
    """The cases of the word joined to the name at ``tokens[last]`` by a coordinator right
    after it (ошибка Никсона и Картера: the genitive or accusative of Картера), where that
    word has no nominative reading: the name shares its case.  Empty otherwise."""
    if lang not in COORDINATORS or last + 2 >= len(tokens):
        return ()
    if tokens[last + 1].text.lower() not in COORDINATORS[lang]:
        return ()
    after = tokens[last + 2]
    if not known_parses(lang, after.text):
        return ()  # a name the dictionary does not know (штормів Арвен та Барра) tells nothing
    word = _noun_like(lang, after)
    if word is None or "NOUN" not in word.pos or _N in word.cases:
        return ()
    return word.cases


def conjunct_case(lang: str, tokens: list[Token], last: int, cases: tuple[str, ...]) -> str | None:
    """The one of a preposition's ``cases`` that the noun phrase joined to the name at
    ``tokens[last]`` by a coordinator right after it takes, where its noun has no
    nominative reading and no finite verb follows the phrase (в Гавре и Тулоне, в Риме и
    других европейских городах: the locative, not в's accusative): conjuncts of one
    preposition share its case.  None where the phrase leaves several or none."""
    if last + 2 >= len(tokens) or tokens[last + 1].text.lower() not in COORDINATORS[lang]:
        return None
    i = last + 2
    while i < len(tokens) and tokens[i].text[:1].islower() and _modifier(lang, tokens[i].text):
        i += 1
    if i >= len(tokens) or not known_parses(lang, tokens[i].text):
        return None  # a name the dictionary does not know tells nothing
    word = _noun_like(lang, tokens[i])
    if word is None or "NOUN" not in word.pos or _N in word.cases:
        return None
    # в Киев и Путина не видел, в Киев и Польше это не понравилось: the object of a verb of
    # its own, past a pronoun
    pronoun = i + 1 < len(tokens) and any(
        p.tag.POS == "NPRO" for p in known_parses(lang, tokens[i + 1].text.lower())
    )
    if verb_after(lang, tokens, i + 1 if pronoun else i) is not None:
        return None
    shared = [c for c in cases if c in word.cases]
    return shared[0] if len(shared) == 1 else None


def named_division(lang: str, tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is an administrative division its own capitalized adjective
    names (Придністровському регіоні, Сокальском районе): it has a name, so a name after it
    is the place it lies in, no apposition, even in quotes."""
    if lang not in DIVISIONS or k < 0 or not _word(lang, tokens[k].text).lemmas & DIVISIONS[lang]:
        return False
    return _named_by_adjective(lang, tokens, k)
