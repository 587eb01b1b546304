"""False edits on correct text and wrong forms written (issue 12, session 24, prec24): a
uk vowel alternation, a woman's surname in -ия, a plural place's zero genitive, a neuter
place in -ье, a call sign the surname's note does not reach, an object put first.
Sentences written for these tests."""

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


IRPIN = entry("Irpin", "Ірпінь", "Ирпень", "LOC")
LVIV = entry("Lviv", "Львів", "Львов", "LOC")
KRAKOVETS = entry("Krakovets", "Краковець", "Краковец", "LOC")
GARCIA = entry("Ana García Ruiz | García Ruiz", "Ана Гарсія Руїс | Гарсія Руїс",
               "Ана Гарсия Руис | Гарсия Руис", "PER", "woman")
GORGANY = entry("Gorgany", "Ґорґани", "Горганы", "LOC")
MEDOBORY = entry("Medobory", "Медобори", "Медоборы", "LOC")
POKUTTIA = entry("Pokuttia", "Покуття", "Покутье", "LOC")
MONTPELLIER = entry("Montpellier", "Монпельє", "Монпелье", "LOC")
BURAN = entry("Oleksii Kravets | Kravets | Buran", "Олексій Кравець | Кравець | Буран",
              "Алексей Кравец | Кравец | Буран", "PER", "uk surname declines, ru does not")
BOLSHOI = entry("Bolshoi Theatre", "Большой театр", "Большой театр", "ORG")
KREMLIN = entry("Kremlin", "Кремль", "Кремль", "ORG")
NAFTOGAZ = entry("Naftogaz", "Нафтогаз", "Нафтогаз", "ORG")
IRAN = entry("Iran", "Іран", "Иран", "LOC")
SVITIAZ = entry("Lake Svitiaz", "озеро Світязь", "озеро Свитязь", "LOC")

ROWS = [
    # (entity, source, translation, language, expected, status)
    # PROPOSED, NOT WRITTEN: a uk form with the о / е ↔ і alternation in the stem's last
    # syllable, the name's other spelling (was written over: Краковця, Краковці)
    (KRAKOVETS, "The queue near Krakovets grew.", "Черга біля Краківця зросла.", "uk",
     "Черга біля Краківця зросла.", "needs-review"),
    (KRAKOVETS, "Trucks waited in Krakovets.", "Вантажівки чекали у Краківці.", "uk",
     "Вантажівки чекали у Краківці.", "needs-review"),
    # WRITTEN AS BEFORE: another slip (и for і), and the table's own form kept
    (KRAKOVETS, "Trucks waited in Krakovets.", "Вантажівки чекали у Краковци.", "uk",
     "Вантажівки чекали у Краковці.", "fixed"),
    (KRAKOVETS, "Trucks waited in Krakovets.", "Вантажівки чекали у Краковці.", "uk",
     "Вантажівки чекали у Краковці.", "ok"),
    # WRITTEN AS BEFORE: о where the glossary has і, the Russian spelling
    (LVIV, "Lviv stayed calm.", "Львов залишався спокійним.", "uk",
     "Львів залишався спокійним.", "fixed"),
    # WRITTEN AS BEFORE: the nominative's і kept where the oblique forms alternate (Ірпеня)
    (IRPIN, "They drove through Irpin.", "Вони їхали містом Ірпінем.", "uk",
     "Вони їхали містом Ірпінь.", "fixed"),
    # PROPOSED, NOT WRITTEN: a woman's surname in -ия / -ія declined as a noun, which the
    # table keeping her Spanish double surname whole lacks (was Гарсия Руис)
    (GARCIA, "García Ruiz's win surprised everyone.", "Победа Гарсии Руис удивила всех.", "ru",
     "Победа Гарсии Руис удивила всех.", "needs-review"),
    (GARCIA, "They spoke with García Ruiz.", "Они поговорили с Гарсией Руис.", "ru",
     "Они поговорили с Гарсией Руис.", "needs-review"),
    # WRITTEN AS BEFORE: a made-up ending
    (GARCIA, "They spoke with García Ruiz.", "Они поговорили с Гарсиом Руис.", "ru",
     "Они поговорили с Гарсия Руис.", "fixed"),
    # PROPOSED, NOT WRITTEN: the zero genitive of a plural place the dictionary does not
    # know, which its table declines as a plural (was Горганов, Медоборов)
    (GORGANY, "Hikers got lost in the forests of the Gorgany.",
     "Туристы заблудились в лесах Горган.", "ru", "Туристы заблудились в лесах Горган.",
     "needs-review"),
    (MEDOBORY, "The reserve protects the slopes of the Medobory.",
     "Заповедник охраняет склоны Медобор.", "ru", "Заповедник охраняет склоны Медобор.",
     "needs-review"),
    # WRITTEN AS BEFORE: the nominative after a noun
    (GORGANY, "Hikers got lost in the forests of the Gorgany.",
     "Туристы заблудились в лесах Горганы.", "ru", "Туристы заблудились в лесах Горганов.",
     "fixed"),
    # PROPOSED, NOT WRITTEN: a place's neuter noun in -ье declined, which the table keeps
    # whole (pymorphy3 reads Покутье as a form of покутья; was с Покутье)
    (POKUTTIA, "He comes from Pokuttia.", "Он родом с Покутья.", "ru", "Он родом с Покутья.",
     "needs-review"),
    (POKUTTIA, "Pokuttia's villages are old.", "Села Покутья старые.", "ru",
     "Села Покутья старые.", "needs-review"),
    # KEPT AS BEFORE: a French place in -ье that never declines
    (MONTPELLIER, "He studied in Montpellier.", "Он учился в Монпелье.", "ru",
     "Он учился в Монпелье.", "ok"),
    # PROPOSED, NOT WRITTEN: a call sign (no word of the full name) declined: the note's
    # "ru [surname] does not [decline]" is the surname's (was «Буран»)
    (BURAN, "Buran's fighters held the line.", "Бойцы «Бурана» удержали позиции.", "ru",
     "Бойцы «Бурана» удержали позиции.", "needs-review"),
    # WRITTEN AS BEFORE: the surname the note keeps whole in Russian
    (BURAN, "Kravets's fighters held the line.", "Бойцы Кравеца удержали позиции.", "ru",
     "Бойцы Кравец удержали позиции.", "fixed"),
    # KEPT: a plural verb's object put first after a preposition's genitive chain (was the
    # genitive: озера Свитязь, озера Світязь)
    (SVITIAZ, "An algae bloom closes Lake Svitiaz to tourists.",
     "Из-за цветения водорослей озеро Свитязь закрыли для туристов.", "ru",
     "Из-за цветения водорослей озеро Свитязь закрыли для туристов.", "ok"),
    (SVITIAZ, "An algae bloom closes Lake Svitiaz to tourists.",
     "Через цвітіння водоростей озеро Світязь закрили для туристів.", "uk",
     "Через цвітіння водоростей озеро Світязь закрили для туристів.", "ok"),
    # WRITTEN AS BEFORE: the verb has its own object (a noun, a number); no preposition
    # opens the clause (a noun that may be the verb's subject)
    (SVITIAZ, "Pollution of Lake Svitiaz closed the beach.",
     "Из-за загрязнения озеро Свитязь закрыли пляж.", "ru",
     "Из-за загрязнения озера Свитязь закрыли пляж.", "fixed"),
    (IRAN, "Iran's health ministry recorded 1,686 new cases.",
     "У міністерстві охорони здоров'я Іран зареєстрували 1686 нових випадків.", "uk",
     "У міністерстві охорони здоров'я Ірану зареєстрували 1686 нових випадків.", "fixed"),
    (SVITIAZ, "Residents of Lake Svitiaz closed it.", "Жители озеро Свитязь закрыли.", "ru",
     "Жители озера Свитязь закрыли.", "fixed"),
    # PROPOSED, NOT WRITTEN: a name the uk table keeps whole (no Большой in the uk
    # dictionary) declined as an adjective and its noun (was the nominative written: до
    # Большой театр, у Большой театр)
    (BOLSHOI, "We bought tickets to the Bolshoi Theatre.",
     "Ми купили квитки до Большого театру.", "uk", "Ми купили квитки до Большого театру.",
     "needs-review"),
    (BOLSHOI, "He sang at the Bolshoi Theatre.", "Він співав у Большому театрі.", "uk",
     "Він співав у Большому театрі.", "needs-review"),
    # WRITTEN AS BEFORE: one word declined, the adjective left whole
    (BOLSHOI, "He sang at the Bolshoi Theatre.", "Він співав у Большой театрі.", "uk",
     "Він співав у Большой театр.", "fixed"),
    # PROPOSED, NOT WRITTEN: the subject put last after a preposition's phrase, the verb
    # before it with no subject of its own (was the genitive: Кремля, Нафтогаза)
    (KREMLIN, "The figure was given in the Kremlin's statement.",
     "Цифру навів у своїй заяві Кремль.", "uk", "Цифру навів у своїй заяві Кремль.",
     "needs-review"),
    (NAFTOGAZ, "This was reported in Naftogaz's press release.",
     "Об этом сообщил в пресс-релизе Нафтогаз.", "ru",
     "Об этом сообщил в пресс-релизе Нафтогаз.", "needs-review"),
    (NAFTOGAZ, "This was reported in Naftogaz's press release.",
     "Про це повідомив у прес-релізі Нафтогаз.", "uk",
     "Про це повідомив у прес-релізі Нафтогаз.", "needs-review"),
    # WRITTEN AS BEFORE: a subject before the verb; a verb of another number
    (NAFTOGAZ, "He reported this in Naftogaz's press release.",
     "Об этом он сообщил в пресс-релизе Нафтогаз.", "ru",
     "Об этом он сообщил в пресс-релизе Нафтогаза.", "fixed"),
    (NAFTOGAZ, "They reported this in Naftogaz's press release.",
     "Об этом сообщили в пресс-релизе Нафтогаз.", "ru",
     "Об этом сообщили в пресс-релизе Нафтогаза.", "fixed"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "lang", "expected", "status"), ROWS)
def test_prec24(
    entity: Entry, source: str, target: str, lang: str, expected: str, status: str
) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, Glossary([entity]))
    assert (new, [h.status for h in hits if h.target_span]) == (expected, [status])
