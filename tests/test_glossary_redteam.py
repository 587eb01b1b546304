"""Correct news translations `newsmt check --fix` must leave alone (issue 12, class 7).

``redteam/sentences.tsv`` holds correct en→uk and en→ru sentence pairs written for these
tests, naming the entities of ``redteam/glossary.tsv`` in every case and many syntaxes
(subjects after their verb, relative clauses, exclamations, lists, datives and
instrumentals, titles, adjectives made from names, names inside longer names, passives,
quotes, short forms, do-not-translate names, numbers, questions, headlines).  The whole
file goes through the real command, and not one token may change; the rows below pin the
grammar each false edit it found was removed by.  ``bench/false_edits.py`` prints every
changed token of such a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from glossary_helpers import HYPHENATED_PLACES_TSV, assert_not_fixed, assert_writes, write_glossary

from pipeline.cli import main
from pipeline.glossary import Glossary
from pipeline.glossary.context import CaseContext, has_own_subject
from pipeline.glossary.decide import KEEP, REVIEW, REWRITE, VALID, Evidence, decide
from pipeline.glossary.enforce import FIXED, OK, enforce_sentence
from pipeline.glossary.match import tokenize

HERE = Path(__file__).parent / "redteam"
GLOSSARY = HERE / "glossary.tsv"


def pairs(name: str = "sentences.tsv") -> dict[str, list[str]]:
    rows = [line.split("\t") for line in (HERE / name).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]  # fmt: skip
    return {name: [row[i] for row in rows[1:]] for i, name in enumerate(rows[0])}


def words(line: str) -> list[str]:
    return [t.text for t in tokenize(line)]


def check_fix(tmp_path: Path, cols: dict[str, list[str]], lang: str) -> list[str]:
    """The translation column ``lang`` as ``newsmt check --fix`` writes it."""
    src, tgt, out = tmp_path / "news.en", tmp_path / f"news.{lang}", tmp_path / f"fixed.{lang}"
    src.write_text("".join(f"{x}\n" for x in cols["en"]), encoding="utf-8")
    tgt.write_text("".join(f"{x}\n" for x in cols[lang]), encoding="utf-8")
    args = ["check", "--from", "en", "--to", lang, str(src), str(tgt), "--glossary",
            str(GLOSSARY), "--fix", str(out), "--format", "json"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return out.read_text(encoding="utf-8").splitlines()


# sentences2.tsv: a second set, written apart from the first, in other constructions (court,
# sport, economy, culture and weather reports; numerals and plurals of names, possessive
# adjectives, names of streets and squares, outlets declined and not, women's surnames,
# indeclinable and hyphenated names, parentheses and colons, reported speech, questions,
# imperatives, headlines, participles, passives, two entities of one kind).
# sentences3.tsv: words made from or built around names (a place's people, adjectives with
# alternations and prefixes, a woman's surname beside a man's, monarchs' numerals, particles,
# patronymics, declined abbreviations, names in compounds, names beside their homonyms).
# sentences4.tsv: weather and disasters, health and science, tech companies and products,
# war reports, diplomacy with many countries, elections and parties, obituaries, quotes,
# datelines, captions, lists of names, comparatives (ніж/чем, за), apposition, як/тобто.
# sentences5.tsv: arrivals after verbs of motion, particles before a preposition, the
# source's object made the translation's subject, passives made active, long sentences.
# homonyms.tsv: names that are also common words or other names (test_glossary_homonyms.py).
# sentences6.tsv, sentences7.tsv: test_glossary_oldfalse.py, test_glossary_redteam7.py.
# sentences8.tsv: the seed story's kind of diplomacy (Japan, North Korea, summits,
# sanctions), and ru verbs of being, passives and conjuncts after в/на.
# sentences9.tsv: quoted companies after a word for their trade, feasts and dates, passives
# after a preposition's object, clauses joined by й/и (test_glossary_oldfalse2.py).
# sentences10.tsv: health and science, disasters, elections abroad, obituaries, films,
# books and prizes, tech brands kept in Latin, datives, instrumentals after link verbs,
# vocatives in quotes, appositions, comparisons, ages and dates, short forms, peoples.
# sentences11.tsv: feasts after в/на, compound adjectives of a name of two words, a place
# after a noun of its kind or a place's genitive, a woman's first name in -ь, an East Asian
# surname alone, verbs of banning, uk повідомити кого про, an object put first before a
# predicate, two names before a plural verb (test_glossary_oldfalse3.py).
# sentences12.tsv: headlines without verbs, datelines, captions, lists with numbers, names in
# titles of works and events, names as modifiers, reported speech after a colon, a city in a
# club's or a conference's name, names that are also common words, под/під whither, a work's
# title after verbs of giving, a common noun a letter off a name (test_glossary_oldfalse4.py).
@pytest.mark.parametrize(
    "name",
    ["sentences.tsv", "sentences2.tsv", "sentences3.tsv", "sentences4.tsv", "sentences5.tsv",
     "sentences8.tsv", "sentences9.tsv", "sentences10.tsv", "sentences11.tsv", "sentences12.tsv",
     "homonyms.tsv"],
)
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_no_token_changed_by_check_fix(tmp_path: Path, lang: str, name: str) -> None:
    cols = pairs(name)
    assert len(cols[lang]) >= 70
    fixed = check_fix(tmp_path, cols, lang)
    changed = [(n, a, b) for n, (a, b) in enumerate(zip(cols[lang], fixed, strict=True), 1)
               if words(a) != words(b)]  # fmt: skip
    assert changed == []


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_full_name_for_surname_only_other_form(tmp_path: Path, lang: str) -> None:
    """A translator's full name for the source's surname (or the reverse) is still
    rewritten, as the test's own corruption of that kind is (full_surname.tsv); but only the
    first names change, and not where every person of the line is given so."""
    cols = pairs("full_surname.tsv")
    fixed = check_fix(tmp_path, cols, lang)
    for old, new in zip(cols[lang], fixed, strict=True):
        a, b = words(old), words(new)
        assert [w for w in a if w not in b] == [] or [w for w in b if w not in a] == []
        assert len(set(a) ^ set(b)) <= 3  # a first name (Жан-Люк: two words) and its case
    both = [n for n, s in enumerate(cols["en"]) if s.startswith(("Usyk beat", "Modi and"))]
    assert [fixed[n] for n in both] == [cols[lang][n] for n in both]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary.load([GLOSSARY])


KEPT = [
    # a relative pronoun of another number than the verb is not its subject: the name is
    ("The talks, which Scholz hosted, ended without a deal.", "ru",
     "Переговоры, которые принимал Шольц, завершились без сделки."),
    # the capital of the sentence's first word is no person's: the relative may be the object
    ("The city Russia wants to capture is Kharkiv.", "uk",
     "Місто, яке хоче захопити Росія, — це Харків."),
    # a Ukrainian vocative that is also a dative keeps the dative a verb of telling takes
    ("He told Guterres about the attack.", "uk", "Він розповів Гутеррешу про напад."),
    # the source's direct object: в/у after the translation's verb is its object, not where
    ("Missiles hit Lviv.", "uk", "Ракети влучили у Львів."),
    ("Missiles hit Lviv, Kharkiv and Odesa.", "uk", "Ракети влучили у Львів, Харків та Одесу."),
    # two names a dash pairs after a noun: a route, in the nominative
    ("The Kyiv–Lviv train was delayed.", "uk", "Потяг Київ – Львів затримався."),
    ("The Kyiv–Lviv train was delayed.", "ru", "Поезд Киев – Львов задержался."),
    # a Ukrainian short adjective is a predicate: the name after it is its object
    ("Naftogaz owes Gazprom nothing.", "uk", "Нафтогаз нічого не винен Газпрому."),
    # a place's or body's other name (an abbreviation, its expansion) is the translator's
    ("The United States will help.", "uk", "США допоможуть."),
    ("The US sent missiles to Ukraine.", "ru", "Соединённые Штаты отправили Украине ракеты."),
    # a title in the vocative is an address, whatever gender the dictionary reads first
    ("Mr Zelensky, what will you do now?", "uk", "Пане Зеленський, що ви робитимете тепер?"),
    # an adjective made from a name in -ь (the soft sign stays before -ськ-)
    ("The Sichuan earthquake killed 70,000 people.", "uk",
     "Сичуаньський землетрус забрав життя 70 тисяч людей."),
    # a name in -ь the dictionary keeps whole as a feminine, declined as a masculine
    ("Sichuan's capital Chengdu hosted the games.", "uk", "Ігри приймала столиця Сичуаню Ченду."),
    # the source's own surname rendered, the full name misspelt: no full name written there
    ("It is Uri Geller who tries to fool Randi, and a company that believes in Geller's"
     " abilities wants to help Geller.", "uk",
     "Це Ури Геллер намагається обдурити Ранді, а компанія, яка вірить у здібності Геллера,"
     " хоче допомогти Геллеру."),
    # a plural-only name's genitive in a zero ending, which the dictionary's table lacks
    ("Snow hit a large part of the Balkans.", "ru", "Снег накрыл значительную часть Балкан."),
    # "including" adds to a list: the name takes the list's case, not числе's genitive
    ("Several countries, including Poland, objected.", "ru",
     "Несколько стран, в том числе Польша, возразили."),
    ("Several countries, including Poland, objected.", "uk",
     "Кілька країн, у тому числі Польща, заперечили."),
    # a man's declension of a first name the dictionary knows as a woman's
    ("He met Emmanuel Macron.", "ru", "Он встретился с Эммануэлем Макроном."),
    # ... and a feminine thing before the surname (a meeting) says nothing of the bearer's sex
    ("The meeting of Macron with Scholz continues.", "ru",
     "Встреча Макрона с Шольцем продолжается."),
    ("The meeting of Macron with Scholz continues.", "uk", "Зустріч Макрона з Шольцом триває."),
    # second set: a possessive or relational adjective made from a name in -о
    ("A new life for Shevchenko's Kobzar", "uk", "Нове життя Шевченкового «Кобзаря»"),
    ("The Shevchenko Prize was awarded to three authors.", "ru",
     "Шевченковскую премию присудили трем авторам."),
    # the adjective of a hyphenated place in -ськ/-ск: the name with an adjective's ending
    ("Snow fell in the Ivano-Frankivsk region.", "uk", "В Івано-Франківській області випав сніг."),
    ("Snow fell in the Ivano-Frankivsk region.", "ru", "В Ивано-Франковской области выпал снег."),
    # a name the uk dictionary lacks that looks like a plural, in a plural case
    ("In an interview with Vedomosti, the minister said taxes would not rise.", "uk",
     "В інтерв'ю «Ведомостям» міністр заявив, що податки не зростуть."),
    # a surname in the plural a plural word or verb around it confirms: several bearers
    ("Both Klitschko brothers came to the rally.", "uk", "На мітинг прийшли обидва брати Клички."),
    ("Zelensky and Zelenska visited London.", "ru",
     "Владимир и Елена Зеленские посетили Лондон."),
    # the source's passive agent after a noun in the translation: the subject, proposed only
    ("The bill was vetoed by Duda.", "uk", "На законопроект наклав вето Дуда."),
    ("The bill was vetoed by Duda.", "ru", "На законопроект наложил вето Дуда."),
    # a verb the dictionary ranks a noun first (стала) right after the source's subject
    ("Under President Duda, Poland became Ukraine's main ally.", "uk",
     "За президента Дуди Польща стала головним союзником України."),
    # a club named by a word for a person is a thing: its accusative is its nominative
    ("He played for Shakhtar for ten years.", "ru", "Он десять лет играл за «Шахтёр»."),
    # a relative after a noun that may name a thing (бой: a fight or a boy) may be its object
    ("The fight that Usyk won was watched by millions.", "ru",
     "Бой, который выиграл Усик, смотрели миллионы."),
    # a name that never declines (Санду) shows no case the list item before it shares
    ("Orban, Duda and Sandu came to Kyiv.", "ru", "В Киев приехали Орбан, Дуда и Санду."),
    # every person of the line given in full for the source's surname: the translator's style
    ("Usyk beat Fury in Riyadh.", "uk", "Олександр Усик переміг Тайсона Ф'юрі в Ер-Ріяді."),
    ("Modi and Zelensky hugged.", "ru", "Нарендра Моди и Владимир Зеленский обнялись."),
    # two phrases alike, each a head with its own "with" (з Шольцом та Путіна з Ердоганом):
    # the name after the coordinator pairs with the head, not with the preposition's noun
    ("Talks of Macron with Scholz and of Putin with Erdogan go on.", "uk",
     "Переговори Макрона з Шольцом та Путіна з Ердоганом тривають."),
    ("Photos of Biden with Macron and of Trump with Scholz spread.", "uk",
     "Фото Байдена з Макроном та Трампа з Шольцом поширилися."),
    # a place's adjective whose stem's consonant alternates (Польща → польський)
    ("Poland's farmers blocked the border.", "uk", "Польські фермери заблокували кордон."),
    # a noun for a place's people (Киевляне, Лондонці) is no misspelling of the place
    ("Kyiv residents spent the night in shelters.", "ru", "Киевляне провели ночь в укрытиях."),
    ("London residents spent the night at home.", "uk", "Лондонці провели ніч удома."),
    # after a verb (боїться), the source's "of" makes no noun's possessor: a valid nominative
    # is proposed in the genitive, not rewritten
    ("Now Putin is afraid of Ukraine.", "uk", "Тепер боїться Україна."),
    # third set: a woman of a place (Харків'янка) and a person's followers (бандерівці)
    ("A Kharkiv woman saved her neighbours.", "uk", "Харків'янка врятувала сусідів."),
    ("A Kharkiv woman saved her neighbours.", "ru", "Харьковчанка спасла соседей."),
    ("Bandera supporters marched in Lviv.", "uk", "Бандерівці пройшли маршем у Львові."),
    ("Bandera supporters marched in Lviv.", "ru", "Бандеровцы прошли маршем во Львове."),
    # a name's stem with a linking -ів-/-ов- and an adjective's or a member's suffix
    ("The Biden administration approved the aid.", "uk",
     "Байденівська адміністрація схвалила допомогу."),
    ("Erdogan's Turkey is playing its own game.", "ru",
     "Эрдогановская Турция ведёт собственную игру."),
    ("Gazprom shares fell.", "ru", "Газпромовские акции упали."),
    ("Naftogaz workers repaired the pipe.", "uk", "Нафтогазівці відремонтували трубу."),
    ("Navalny's supporters gathered in Berlin.", "ru", "Навальновцы собрались в Берлине."),
    ("Trump supporters gathered.", "uk", "Трампісти зібралися."),
    ("Trump supporters gathered.", "ru", "Трамписты собрались."),
    ("Dnipro residents donated.", "ru", "Днепряне сделали пожертвования."),
    # a region named by its centre's stem and -щин-
    ("The Kharkiv region came under fire again.", "uk",
     "Харківщина знову потрапила під обстріл."),
    ("Lviv region farmers harvested wheat.", "ru", "Фермеры Львовщины собрали пшеницу."),
    # a place's stem with the linking -о- before a hyphen: a compound's first part
    ("The monks of the Kyiv Pechersk Lavra left.", "uk", "Ченці Києво-Печерської лаври пішли."),
    ("The monks of the Kyiv Pechersk Lavra left.", "ru", "Монахи Киево-Печерской лавры ушли."),
]  # fmt: skip


KEPT += [
    # a run of words that holds the name's adjective renders no name
    ("A fire broke out in the Chornobyl exclusion zone.", "uk",
     "У Чорнобильській зоні відчуження спалахнула пожежа."),
    # a capital an adjective of relation says whose it is: the place after it is the capital
    ("The Italian capital, Rome, hosted the recovery conference.", "uk",
     "Конференцію з відновлення приймала італійська столиця Рим."),
    ("The Italian capital, Rome, hosted the recovery conference.", "ru",
     "Конференцию по восстановлению принимала итальянская столица Рим."),
    # the first name of a list after a noun, the next item no genitive: no genitive list
    ("Syrskyi, Budanov and Zaluzhnyi took part in the talks.", "ru",
     "В переговорах приняли участие Сырский, Буданов и Залужный."),
    # a kind of thing a name names before it: no genitive on the source's modifier alone
    ("The Azov brigade is fighting near Pokrovsk.", "uk", "Бригада «Азов» воює під Покровськом."),
    # of + a bare common noun + the name: the name may be the title's apposition
    ("The president's chief of staff Yermak flew to Washington.", "uk",
     "Голова Офісу президента Єрмак полетів до Вашингтона."),
    ("The president's chief of staff Yermak flew to Washington.", "ru",
     "Глава Офиса президента Ермак полетел в Вашингтон."),
]  # fmt: skip


KEPT += [
    # tenth set: a uk name in a vowel and -й the dictionary lacks declines softly (Мілея)
    ("Argentines voted for Milei.", "uk", "Аргентинці проголосували за Мілея."),
    ('"Mr Milei, welcome to Kyiv," Zelensky said.', "uk",
     "«Пане Мілею, ласкаво просимо до Києва», — сказав Зеленський."),
    # став, стала after an instrumental in their clause: the link verb, not a noun
    ("Jamala became the face of the campaign.", "uk", "Обличчям кампанії стала Джамала."),
    ("The symbol of the south's resistance was Mykolaiv.", "uk",
     "Символом опору півдня став Миколаїв."),
    # a place's name in the link -ев- and the member's -ец- the dictionary lacks: its people
    ("Mykolaiv residents queued for water.", "ru", "Николаевцы стояли в очередях за водой."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target"), KEPT)
def test_kept(glossary: Glossary, source: str, lang: str, target: str) -> None:
    assert_not_fixed(glossary, source, target, lang)


# Right lines no hit of which is even proposed for review (a false alarm).
NO_ALARM = [
    # a list item that is a glossary name's form and another first name's plural (Миколаїв:
    # Миколай's genitive plural) shares its own noun's cases, not that name's
    ("Zelensky visited Mykolaiv and Kherson.", "uk", "Зеленський відвідав Миколаїв і Херсон."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target"), NO_ALARM)
def test_no_alarm(glossary: Glossary, source: str, lang: str, target: str) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == target
    assert [h for h in hits if h.status not in (OK,)] == []


FIXED_STILL = [
    # the source's "in": a place where, the locative
    ("We met in Lviv.", "uk", "Ми зустрілися у Львів.", "Ми зустрілися у Львові."),
    # a dash before a person is a missing verb's, no route: the noun's genitive
    ("Kyiv Mayor Klitschko spoke.", "uk", "Мер Київ – Кличко – виступив.",
     "Мер Києва – Кличко – виступив."),
    # a misspelt name in -ськ whose ending no adjective has
    ("Frosts are expected in Ivano-Frankivsk.", "uk", "В Івано-Франківськой очікуються морози.",
     "В Івано-Франківську очікуються морози."),
    # one person of two given in full for the surname: the full name's first name removed
    ("Modi and Zelensky hugged.", "uk", "Нарендра Моді та Зеленський обійнялися.",
     "Моді та Зеленський обійнялися."),
    # a person's surname in -и the dictionary lacks never declines: a plural ending is a slip
    ("Putin praised Modi.", "ru", "Путин похвалил Модей.", "Путин похвалил Моди."),
    ("Putin met Modi.", "ru", "Путин встретился с Модями.", "Путин встретился с Моди."),
]  # fmt: skip


FIXED_STILL += [
    # no adjective of relation before the capital: the country after it, in the genitive
    ("The capital of Italy hosted it.", "uk", "Її приймала столиця Італія.",
     "Її приймала столиця Італії."),
    ("The capital of Italy hosted it.", "ru", "Его принимала столица Италия.",
     "Его принимала столица Италии."),
    # the next item of the list may be a genitive: the noun's genitive list
    ("The participation of Syrskyi and Budanov was confirmed.", "ru",
     "Участие Сырский и Буданова подтвердили.", "Участие Сырского и Буданова подтвердили."),
    # a misspelling of the name itself, no adjective of it
    ("A fire broke out near Chornobyl.", "uk", "Пожежа спалахнула у Чорнобілі.",
     "Пожежа спалахнула у Чорнобилі."),
    # a person noun before "of" + noun + name, of another gender: the genitive by agreement
    ("The wife of businessman Budanov spoke.", "uk", "Дружина бізнесмена Буданов виступила.",
     "Дружина бізнесмена Буданова виступила."),
    # tenth set: a uk name in -ей declines, so its nominative for an object is a slip
    ("Zelensky congratulated Milei.", "uk", "Зеленський привітав Мілей.",
     "Зеленський привітав Мілея."),
    ("Zelensky met Milei.", "uk", "Зеленський зустрівся з Мілей.",
     "Зеленський зустрівся з Мілеєм."),
    # a made-up ending on a place in -ев is no member noun of it
    ("We arrived in Mykolaiv.", "ru", "Мы приехали в Николаевом.", "Мы приехали в Николаев."),
]  # fmt: skip

# A valid form the translation's grammar leaves open, the source's role alone against it:
# proposed (needs-review with the proposal), never written.
PROPOSED = [
    ("The talks took place in the Polish capital, Warsaw.", "uk",
     "Переговори відбулися в польській столиці Варшава.", "Варшаві"),
    ("The talks took place in the Polish capital, Warsaw.", "ru",
     "Переговоры прошли в польской столице Варшава.", "Варшаве"),
    ("The Azov brigade is fighting near Pokrovsk.", "uk", "Бригада «Азов» воює під Покровськом.",
     "Азову"),
    ("The president's chief of staff Yermak flew to Washington.", "uk",
     "Голова Офісу президента Єрмак полетів до Вашингтона.", "Єрмака"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "proposal"), PROPOSED)
def test_proposed_not_written(glossary: Glossary, source: str, lang: str, target: str,
                              proposal: str) -> None:  # fmt: skip
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == target
    assert (hits[0].status, hits[0].proposal) == (REVIEW, proposal)


@pytest.mark.parametrize(("source", "lang", "target", "expected"), FIXED_STILL)
def test_still_fixed(glossary: Glossary, source: str, lang: str, target: str,
                     expected: str) -> None:  # fmt: skip
    assert_writes(glossary, source, target, expected, lang)


def test_lone_plural_is_a_slip(glossary: Glossary) -> None:
    """A plural ending no word around confirms (no plural word or numeral before it, no
    plural verb after) is a slip in one person's name: rewritten, not kept as a family's."""
    # Шольц, not Макрон: макрон is a common noun too, whose plural Макронам is (nomru6: a
    # man's name, no longer a woman's that does not decline).
    target = "Это ошибка Шольцам и Макрона."
    new, hits = enforce_sentence("It was the mistake of Scholz and Macron.", target, "en", "ru",
                                 glossary)  # fmt: skip
    assert "Шольцам" not in new
    assert [h.status for h in hits if h.entry_id == "scholz"] == [FIXED]


OWN_SUBJECT = [
    # a relative pronoun of another number than its verb is not its subject
    ("uk", "Це плани Шольца, які приймав Макрон.", "приймав", False),
    ("ru", "Это планы Шольца, которые принимал Макрон.", "принимал", False),
    ("uk", "Це Шольц, який приймав Макрона.", "приймав", True),
    ("ru", "Они сказали, что принимали Макрона.", "принимали", False),
    ("ru", "Это Шольц, который принимал Макрона.", "принимал", True),
]


@pytest.mark.parametrize(("lang", "text", "verb", "expected"), OWN_SUBJECT)
def test_has_own_subject(lang: str, text: str, verb: str, expected: bool) -> None:
    tokens = tokenize(text)
    v = next(i for i, t in enumerate(tokens) if t.text == verb)
    assert has_own_subject(lang, tokens, v) is expected


GOVERNED = CaseContext(("gent",), True, basis="government")

DECISIONS = [
    # a dative that is also a Ukrainian vocative (Гутеррешу): the oblique case stands
    (Evidence(VALID, frozenset({"datv", "voct"}), GOVERNED, fits=("gent",)), KEEP),
    # a vocative or nominative only is still the government's to rewrite
    (Evidence(VALID, frozenset({"nomn", "voct"}), GOVERNED, fits=("gent",)), REWRITE),
    # a place's or body's other form for the source's (США for "the United States")
    (Evidence("other-form", frozenset({"nomn"}), thing=True), REVIEW),
    (Evidence("other-form", frozenset({"nomn"})), REWRITE),
    # a plural-only form's genitive in a zero ending: proposed
    (Evidence("spelling", bare_plural=True), REVIEW),
    # a man's declension of a name the dictionary has as a woman's: proposed
    (Evidence("spelling", other_sex=True), REVIEW),
]


@pytest.mark.parametrize(("evidence", "action"), DECISIONS)
def test_decide(evidence: Evidence, action: str) -> None:
    assert decide(evidence).action == action


HYPHENATED_PLACES = [
    # (source, lang, translation, expected): a place named with a preposition inside
    # declines the noun before it (в Ростове-на-Дону was "fixed" to в Ростов-на-Дону)
    ("He lives in Rostov-on-Don.", "ru", "Он живёт в Ростове-на-Дону.",
     "Он живёт в Ростове-на-Дону."),
    ("He lives in Rostov-on-Don.", "ru", "Он живёт в Ростов-на-Дону.",
     "Он живёт в Ростове-на-Дону."),
    ("He lives in Frankfurt am Main.", "ru", "Он живёт во Франкфурте-на-Майне.",
     "Он живёт во Франкфурте-на-Майне."),
    # a noun and the adjective agreeing with it both decline (not в Каменец-Подольском)
    ("He lives in Kamianets-Podilskyi.", "ru", "Он живёт в Каменце-Подольском.",
     "Он живёт в Каменце-Подольском."),
    ("He left Kamianets-Podilskyi.", "uk", "Він виїхав з Кам'янця-Подільського.",
     "Він виїхав з Кам'янця-Подільського."),
    ("He lives in Kamianets-Podilskyi.", "ru", "Он живёт в Каменец-Подольский.",
     "Он живёт в Каменце-Подольском."),
    # a first part the dictionary does not know declines in news too, and stays valid
    # (Середині was "fixed" to Середина, Переяславе to Переяслав)
    ("He lives in Seredyna-Buda.", "uk", "Він живе в Середині-Буді.",
     "Він живе в Середині-Буді."),
    ("Residents of Seredyna-Buda left.", "ru", "Жители Середины-Буды уехали.",
     "Жители Середины-Буды уехали."),
    ("He was born in Pereiaslav-Khmelnytskyi.", "ru", "Он родился в Переяславе-Хмельницком.",
     "Он родился в Переяславе-Хмельницком."),
    # … and undeclined as the glossary writes it (the last part still declines), which a
    # rewrite of two nouns keeps (в Баня-Луке); a noun and its adjective decline both
    ("He lives in Seredyna-Buda.", "uk", "Він живе в Середина-Буді.",
     "Він живе в Середина-Буді."),
    ("He lives in Seredyna-Buda.", "uk", "Він живе в Середина-Буда.",
     "Він живе в Середина-Буді."),
    ("He lives in Banja Luka.", "ru", "Он живёт в Баня-Лука.", "Он живёт в Баня-Луке."),
    ("He was born in Pereiaslav-Khmelnytskyi.", "ru", "Он родился в Переяслав-Хмельницкий.",
     "Он родился в Переяславе-Хмельницком."),
    # a foreign first part in -а still stays as written: a rewrite keeps it so
    ("He flew to Kuala Lumpur.", "uk", "Він полетів до Куала-Лумпур.",
     "Він полетів до Куала-Лумпура."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), HYPHENATED_PLACES)
def test_a_hyphenated_place_declines_its_head(
    tmp_path: Path, source: str, lang: str, target: str, expected: str
) -> None:
    path = write_glossary(tmp_path, HYPHENATED_PLACES_TSV)
    new, _ = enforce_sentence(source, target, "en", lang, Glossary.load([path]))
    assert new == expected


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Tesla shares fell.", "Акции Теслы упали."),
        ("He bought a Tesla.", "Он купил Теслу."),
        ("Musk runs Tesla.", "Маск руководит Теслой."),
    ],
)
def test_a_singular_name_is_no_neuter_plural(tmp_path: Path, source: str, target: str) -> None:
    # ru Тесла is also тёсла, the plural of тесло: a name the English gives in the singular
    # declines as a name in -а, so its right forms stay.
    path = write_glossary(tmp_path, "id\ttype\ten\tru\ntesla\tORG\tTesla\tТесла\n")
    new, hits = enforce_sentence(source, target, "en", "ru", Glossary.load([path]))
    assert new == target
    assert [h.status for h in hits] == ["ok"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("It is overshadowed by World War II.", "Це затьмарено Другою світовою війною."),
        ("the losses of World War II", "втрати Другої світової війни"),
    ],
)
def test_an_adjective_before_the_names_noun(tmp_path: Path, source: str, target: str) -> None:
    # Друга світова війна: Друга agrees with війна past світова, an adjective (другий), not
    # the plural of друг, whose forms (Друзями) made every right form a misspelling.
    row = "ww2\tEVENT\tWorld War II\tДруга світова війна\n"
    path = write_glossary(tmp_path, "id\ttype\ten\tuk\n" + row)
    new, hits = enforce_sentence(source, target, "en", "uk", Glossary.load([path]))
    assert new == target
    assert [h.status for h in hits] == ["ok"]
