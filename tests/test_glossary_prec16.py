"""False edits on correct text: the session-15 set's and the reviewers' probes review15
(bench/heldout/session15-*, bench/probes/review15*), and the mechanisms that now keep each
(issue 12, class 7, prec16).

The glossary below is written for these tests in the hand glossary's manner; the sentences
are written for them, around the classes the sets showed.  KEPT: a correct line comes out
unchanged, no hit written (a proposal to an editor, needs-review, is allowed where the
source's role wants another case: UNCHANGED rows).  FIXED_STILL: beside each rule, a
corrupted line still restored."""

from __future__ import annotations

import pytest
from glossary_helpers import (
    assert_no_edit,
    assert_not_fixed,
    assert_writes,
    rows_fixture,
)

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import OK

HEADER = "id\ttype\ten\tuk\tru\tnote\tdnt\n"
ROWS = [
    ("kurakhove", "LOC", "Kurakhove", "Курахове", "Курахово", ""),
    ("mukachevo", "LOC", "Mukachevo", "Мукачево", "Мукачево", ""),
    ("uzhhorod", "LOC", "Uzhhorod", "Ужгород", "Ужгород", ""),
    ("svatove", "LOC", "Svatove", "Сватове", "Сватово", ""),
    ("dnipro1", "ORG", "Dnipro-1", "Дніпро-1", "Днепр-1", "football club"),
    ("kryvbas", "ORG", "Kryvbas", "Кривбас", "Кривбасс", "football club"),
    ("romny", "LOC", "Romny", "Ромни", "Ромны", ""),
    ("engels", "LOC", "Engels", "Енгельс", "Энгельс", ""),
    ("shahed", "TERM", "Shahed", "Шахед", "Шахед", "drone type"),
    ("petro", "PER", "Gustavo Petro | Petro", "Густаво Петро | Петро",
     "Густаво Петро | Петро", ""),
    ("pavel", "PER", "Petr Pavel | Pavel", "Петр Павел | Павел", "Петр Павел | Павел", ""),
    ("pavlohrad", "LOC", "Pavlohrad", "Павлоград", "Павлоград", ""),
    ("suspilne", "ORG", "Suspilne", "Суспільне", "Суспильное", "broadcaster"),
    ("costarica", "LOC", "Costa Rica", "Коста-Рика", "Коста-Рика", ""),
    ("deutschebank", "ORG", "Deutsche Bank", "Дойче Банк", "Дойче банк", ""),
    ("macron", "PER", "Emmanuel Macron | Macron", "Емманюель Макрон | Макрон",
     "Эммануэль Макрон | Макрон", ""),
    ("zelensky", "PER", "Volodymyr Zelensky | Zelensky", "Володимир Зеленський | Зеленський",
     "Владимир Зеленский | Зеленский", ""),
    ("navalny", "PER", "Alexei Navalny | Navalny", "Олексій Навальний | Навальний",
     "Алексей Навальный | Навальный", ""),
    ("gazprom", "ORG", "Gazprom", "Газпром", "Газпром", ""),
    ("brussels", "LOC", "Brussels", "Брюссель", "Брюссель", ""),
    ("warsaw", "LOC", "Warsaw", "Варшава", "Варшава", ""),
    ("berlin", "LOC", "Berlin", "Берлін", "Берлин", ""),
    ("bundestag", "ORG", "Bundestag", "Бундестаг", "Бундестаг", ""),
    ("azovstal", "ORG", "Azovstal", "Азовсталь", "Азовсталь", "steel plant"),
    ("naftogaz", "ORG", "Naftogaz", "Нафтогаз", "Нафтогаз", ""),
]  # fmt: skip
GLOSSARY_TSV = HEADER + "".join("\t".join((*row, "")) + "\n" for row in ROWS)

UNCHANGED = [
    # a Russian place in -ово, -ево, -ино is left undeclined as often as declined: the
    # nominative is valid in every case (morph.whole_too)
    ("Russian troops took full control of Kurakhove.", "ru",
     "Российские войска полностью взяли под контроль Курахово."),
    ("Soldiers returning from Kurakhove described the fighting.", "ru",
     "Военные, вернувшиеся из Курахово, рассказали о боях."),
    ("Snow closed the road between Uzhhorod and Mukachevo.", "ru",
     "Снегопад парализовал движение на дороге между Ужгородом и Мукачево."),
    ("The number of patients in Mukachevo doubled.", "ru",
     "Число пациентов в Мукачево удвоилось."),
    ("The clinic near Svatove was shelled.", "ru", "Клинику под Сватово обстреляли."),
    # a word with a numbered label declines, and stays valid undeclined (match.numbered)
    ("Several former Dnipro-1 players moved to Kryvbas.", "uk",
     "Кілька колишніх гравців «Дніпра-1» перейшли до «Кривбасу»."),
    ("Several former Dnipro-1 players moved to Kryvbas.", "ru",
     "Несколько бывших игроков «Днепра-1» перешли в «Кривбасс»."),
    # a plural-only place's genitive with a fleeting vowel (precision.plural_genitive):
    # proposed at most, never written
    ("Residents of Romny were left without power.", "uk",
     "Мешканці Ромен залишилися без світла."),
    # a kind of thing is counted: its plural is no slip (precision.plural_genitive)
    ("Shahed attack leaves Pavlohrad without water", "uk",
     "Атака «Шахедів» залишила Павлоград без води"),
    ("Shahed attack leaves Pavlohrad without water", "ru",
     "Атака «Шахедов» оставила Павлоград без воды"),
    # an airfield, a type, a model name what is named after them (context.CLASSIFIERS)
    ("Ukraine hit the Engels air base.", "uk", "Україна вдарила по аеродрому Енгельс."),
    ("Ukraine hit the Engels air base.", "ru", "Украина ударила по аэродрому Энгельс."),
    ("Russia attacked with 120 Shahed drones.", "uk",
     "Росія атакувала 120 ударними дронами типу «Шахед»."),
    # a transitive verb, a preposition and its noun are one predicate whose object the name
    # may be (context._verb_preposition_noun)
    ("Russian troops took full control of Kurakhove.", "uk",
     "Російські війська повністю взяли під контроль Курахове."),
    # a surname the dictionary knows only as a first name declines as a surname too
    # (morph.surname_as_name): a foreign one in -о stays whole, a vowel is kept
    ("Washington revoked Petro's visa.", "uk", "Вашингтон анулював візу Петро."),
    ("According to Pavel, the Czech Republic will keep the initiative.", "ru",
     "По словам Павела, Чехия продолжит инициативу."),
    # a name made of an adjective, which the other language's dictionary knows as one,
    # declines as that adjective (morph._declined_as_adjective)
    ("Almost every family lost someone, Syniehubov told Suspilne.", "ru",
     "Почти каждая семья кого-то потеряла, сказал Синегубов «Суспильному»."),
    # a uk stem in к keeps -и in the genitive and shifts to ц before -і (morph._rule_of)
    ("The election in Costa Rica was calm.", "uk", "Вибори в Коста-Риці пройшли спокійно."),
    ("The president of Costa Rica visited Kyiv.", "uk", "Президент Коста-Рики відвідав Київ."),
    # a foreign word no rule declines before a noun is no head (morph.foreign_before_head)
    ("Analysts at Deutsche Bank expect a recession.", "uk",
     "Аналітики Дойче Банку очікують рецесії."),
    ("Analysts at Deutsche Bank expect a recession.", "ru",
     "Аналитики Дойче банка ожидают рецессии."),
    # (a guard: the name undeclined, as before, stays valid)
    ("Analysts at Deutsche Bank expect a recession.", "uk",
     "Аналітики Дойче Банк очікують рецесії."),
    # a ru compound preposition's noun governs the name, as in Ukrainian: the source's
    # subject, a verb agreeing after it, is no slip (context: GENITIVE_PHRASES_RU)
    ("Under pressure, Macron gave in.", "ru", "Под давлением Макрон уступил."),
    ("On the order, Zelensky signed nothing.", "ru",
     "По приказу Зеленский ничего не подписывал."),
    # joining a body takes в with the accusative (context.DIRECTED)
    ("He got a job at Gazprom.", "ru", "Он устроился в Газпром."),
    ("He got a job at Gazprom.", "uk", "Він влаштувався в Газпром."),
    # a correlative pair is no conjunct of the word before it (context.correlative_pair)
    ("After the talks in Brussels, both Warsaw and Berlin backed the decision.", "ru",
     "После переговоров в Брюсселе и Варшава, и Берлин поддержали решение."),
    # a capitalized preposition at the start begins no run of a one-word name
    ("The Bundestag received a petition.", "ru", "В бундестаг поступила петиция."),
]  # fmt: skip

FIXED_STILL = [
    ("Several former Dnipro-1 players moved.", "ru",
     "Несколько бывших игроков «Днепрем-1» перешли.",
     "Несколько бывших игроков «Днепра-1» перешли."),
    ("Residents of Romny were left without power.", "uk",
     "Мешканці Ромнив залишилися без світла.", "Мешканці Ромнів залишилися без світла."),
    ("Shahed attack leaves Pavlohrad without water", "uk",
     "Атака «Шахедаа» залишила Павлоград без води",
     "Атака «Шахеда» залишила Павлоград без води"),
    ("The mayor of Kurakhove spoke.", "uk", "Мер Курахове виступив.",
     "Мер Курахового виступив."),
    ("According to Suspilne, the plant was hit.", "ru",
     "По данным «Суспильное», завод был поражен.",
     "По данным «Суспильного», завод был поражен."),
    ("The president of Costa Rica visited Kyiv.", "uk",
     "Президент Коста-Рика відвідав Київ.", "Президент Коста-Рики відвідав Київ."),
    ("Analysts at Deutsche Bank expect a recession.", "uk",
     "Аналітики Дойче Банкам очікують рецесії.", "Аналітики Дойче Банку очікують рецесії."),
    ("They rallied in support of Navalny.", "ru", "Они вышли в поддержку Навальный.",
     "Они вышли в поддержку Навального."),
    ("The Bundestag received a petition.", "ru", "В Бундестак поступила петиция.",
     "В Бундестаг поступила петиция."),
]  # fmt: skip

# A verb, a preposition and its noun as one predicate (взяли під контроль): the name after it
# is its object, in the accusative first, so a valid accusative raises no finding (reviewG:
# the genitive came first, and the source's object was proposed in the genitive).
NO_FINDING = [
    ("Russia took Azovstal under control.", "uk", "Росія взяла під контроль «Азовсталь»."),
    ("Russia took Azovstal under control.", "ru", "Россия взяла под контроль «Азовсталь»."),
    ("The state took Naftogaz under control.", "uk", "Держава взяла під контроль «Нафтогаз»."),
    ("The Kremlin took Gazprom under control.", "ru", "Кремль взял под контроль «Газпром»."),
    ("Russian troops took Kurakhove under control.", "uk",
     "Російські війська взяли під контроль Курахове."),
]  # fmt: skip


glossary = rows_fixture(GLOSSARY_TSV)


@pytest.mark.parametrize(("source", "lang", "target"), UNCHANGED)
def test_unchanged(glossary: Glossary, source: str, lang: str, target: str) -> None:
    assert assert_not_fixed(glossary, source, target, lang)


@pytest.mark.parametrize(("source", "lang", "target", "expected"), FIXED_STILL)
def test_still_fixed(glossary: Glossary, source: str, lang: str, target: str,
                     expected: str) -> None:  # fmt: skip
    assert_writes(glossary, source, target, expected, lang)


@pytest.mark.parametrize(("source", "lang", "target"), NO_FINDING)
def test_no_finding(glossary: Glossary, source: str, lang: str, target: str) -> None:
    assert assert_no_edit(glossary, source, target, lang) == [OK]
