"""What the quotes around a name say of its case, as evidence for a rendering to rewrite.

In Ukrainian and Russian a name in quotes right after a word naming its kind stays in the
nominative, whatever that word's case (клуб «Арсенал», у компанії «Енергоатом», акции
компании «Газпром»): it is in apposition.  Right after a person noun it is that person's
club, company or paper, in the genitive, and declines (гравець «Арсеналу», руководитель
«Энергоатома»).  After any other word the quotes say nothing (матч «Арсеналу» and матч
«Арсенал» — «Челсі» are both Ukrainian).

:func:`quoted_head` returns the fact, never a decision
(:func:`pipeline.glossary.decide.decide` makes it).
"""

from __future__ import annotations

from pipeline.glossary.context import CLASSIFIERS, SENTENCE_STARTS
from pipeline.glossary.match import Token
from pipeline.glossary.morph import known_parses, norm_key

APPOSITION, OWNER = "apposition", "owner"
OPENING = frozenset('«“„"')
CLOSING = frozenset('»”“"')
# Words naming a kind of thing that newsrooms name in quotes, besides the classifiers of
# places and bodies (CLASSIFIERS): organisations, media, works, products, events, vehicles.
KINDS = {
    "uk": {"підприємство", "структура", "об'єднання", "асоціація", "спілка", "федерація",
           "ліга", "альянс", "коаліція", "блок", "фракція", "угруповання", "холдинг",
           "концерн", "держпідприємство", "товариство", "кооператив", "завод", "фабрика",
           "комбінат", "шахта", "господарство", "видавництво", "телеканал", "канал",
           "радіостанція", "радіо", "агенція", "портал", "часопис", "тижневик", "гурт",
           "ансамбль", "театр", "кінотеатр", "музей", "університет", "інститут", "академія",
           "ліцей", "гімназія", "лікарня", "центр", "ресторан", "кафе", "магазин",
           "супермаркет", "дивізія", "бригада", "батальйон", "полк", "загін", "фільм",
           "серіал", "книга", "роман", "повість", "пісня", "альбом", "шоу", "програма",
           "передача", "конкурс", "фестиваль", "премія", "турнір", "чемпіонат", "кубок",
           "місія", "ракета", "комплекс", "система", "літак", "корабель", "судно", "потяг",
           "поїзд", "тролейбус", "автобус", "танк", "препарат", "вакцина", "застосунок",
           "додаток", "платформа", "соцмережа", "месенджер", "сервіс", "мережа"},
    "ru": {"предприятие", "структура", "объединение", "ассоциация", "союз", "федерация",
           "лига", "альянс", "коалиция", "блок", "фракция", "группировка", "холдинг",
           "концерн", "госпредприятие", "общество", "кооператив", "завод", "фабрика",
           "комбинат", "шахта", "хозяйство", "издательство", "телеканал", "канал",
           "радиостанция", "радио", "агентство", "портал", "еженедельник", "ансамбль",
           "театр", "кинотеатр", "музей", "университет", "институт", "академия", "лицей",
           "гимназия", "больница", "центр", "ресторан", "кафе", "магазин", "супермаркет",
           "дивизия", "бригада", "батальон", "полк", "отряд", "фильм", "сериал", "книга",
           "роман", "повесть", "песня", "альбом", "шоу", "программа", "передача", "конкурс",
           "фестиваль", "премия", "турнир", "чемпионат", "кубок", "миссия", "ракета",
           "комплекс", "система", "самолет", "самолёт", "корабль", "судно", "поезд",
           "троллейбус", "автобус", "танк", "препарат", "вакцина", "приложение",
           "платформа", "соцсеть", "мессенджер", "сервис", "сеть"},
}  # fmt: skip


def quoted_head(lang: str, tokens: list[Token], first: int, last: int) -> str | None:
    """What the word before the quoted name at ``tokens[first:last + 1]`` makes of it:
    :data:`APPOSITION` after a noun naming a kind of thing (клуб «Арсенал»), :data:`OWNER`
    after a person noun (гравець «Арсеналу»); None where the name is not in quotes, or the
    word before is neither (a preposition, a verb, another noun)."""
    if lang not in KINDS or first < 2 or last + 1 >= len(tokens):
        return None
    if tokens[first - 1].text not in OPENING or tokens[last + 1].text not in CLOSING:
        return None
    word = tokens[first - 2].text
    initial = first == 2 or tokens[first - 3].text in SENTENCE_STARTS
    if not word[:1].isalpha() or (word[:1].isupper() and not initial):
        return None  # a name before it (Динамо «Київ»), or no word
    nouns = [p for p in known_parses(lang, word.lower()) if p.tag.POS == "NOUN"]
    if not nouns or len(nouns) < len(known_parses(lang, word.lower())):
        return None  # not a noun only (a verb, an adjective, a word of two readings)
    if {norm_key(p.normal_form) for p in nouns} & (KINDS[lang] | CLASSIFIERS[lang]):
        return APPOSITION
    if all("anim" in p.tag.grammemes for p in nouns):
        return OWNER
    return None
