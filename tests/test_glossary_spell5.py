"""Another spelling of an entity (issue 12, spell5), as tables written for these tests.

``FIXED_LINES``: a rewrite written —
- a form pymorphy3 does not vouch for in one language (ru Шмыгаль, Кулеба, Свитолина are
  guesses to it), vouched for by the other language's dictionary, which knows the entry's
  same word there (uk Шмигаль, Кулеба, Світоліна) and declines it by the same rule, with
  the rule's form in that case (`morph.vouched_by_other`);
- a ru surname in -ый declined as the adjective it is (Залужного, not Залужныя), which the
  uk dictionary's Залужний vouches for; a uk surname in -ський the predictor guesses as
  another name (Кий) vouched by its adjective reading (Сирського);
- the agent of a passive participle right before a rendering with no ending to tell its
  case, where the source says "by": the instrumental (зроблена Лавровим, подписанный Дудой).

``PROPOSED_LINES``: the proposal stays one — neither dictionary knows the name (Эйслин,
Айслін).

- a name after a verb opening the source (Tell Orban …), which spaCy's name-finder reads
  as one person's name with it: the verb is no other bearer's first name
  (`source.another_bearer`);
- a slip one letter off a form of a one-word name that spells a dictionary adjective
  (Бутанова: бутановий; Дутой: дутый), which the search for a rendering took for a word
  derived from a name (`_one_slip`);
- a hyphenated place whose last part one dictionary lacks, which the other language's
  dictionary knows in the entry's form there (ru Ивано-Франковск, uk Івано-Франківськ): a
  Slavic place that declines, not a foreign name of several words kept whole
  (`_foreign_compound`);
- ё in a Ukrainian rendering, a Russian letter the matcher's key reads as е (Кишинёва
  matched the uk Кишинева): the other language's letters, rewritten;
- the apostrophe the translation writes (’ or '), its rendering's or the sentence's, in the
  form written (Слов’янську where the glossary has Слов'янськ);
- a Latin copy of a source written in capitals that are its style, not an acronym's
  (KYIV, 12 березня: a dateline), in capitals (КИЇВ).

``UNTOUCHED_LINES``: a Cyrillic rendering of such a source in small letters is the
translation's own choice (Київ, 12 березня stays).

Each row marked *new* fails on the code before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, assert_not_fixed, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import OK, REVIEW, enforce_sentence
from pipeline.glossary.format import Entry
from pipeline.glossary.morph import paradigm, vouched_by_other

ROWS = """id	type	en	uk	ru	dnt
shmyhal	PER	Denys Shmyhal | Shmyhal	Денис Шмигаль | Шмигаль	Денис Шмыгаль | Шмыгаль
kuleba	PER	Dmytro Kuleba | Kuleba	Дмитро Кулеба | Кулеба	Дмитрий Кулеба | Кулеба
svitolina	PER	Elina Svitolina | Svitolina	Еліна Світоліна | Світоліна	Элина Свитолина | Свитолина
zaluzhnyi	PER	Valerii Zaluzhnyi | Zaluzhnyi	Валерій Залужний | Залужний	Валерий Залужный | Залужный
aslin	PER	Shaun Aslin | Aslin	Шон Айслін | Айслін	Шон Эйслин | Эйслин
syrskyi	PER	Oleksandr Syrskyi | Syrskyi	Олександр Сирський | Сирський	Александр Сырский | Сырский
lavrov	PER	Sergei Lavrov | Lavrov	Сергій Лавров | Лавров	Сергей Лавров | Лавров
duda	PER	Andrzej Duda | Duda	Анджей Дуда | Дуда	Анджей Дуда | Дуда
kyiv	LOC	Kyiv	Київ	Киев
paris	LOC	Paris	Париж	Париж
nato	ORG	NATO	НАТО	НАТО
orban	PER	Viktor Orban | Orban	Віктор Орбан | Орбан	Виктор Орбан | Орбан
chisinau	LOC	Chisinau	Кишинів	Кишинёв
budanov	PER	Kyrylo Budanov | Budanov	Кирило Буданов | Буданов	Кирилл Буданов | Буданов
dallas	LOC	Dallas	Даллас	Даллас
frankivsk	LOC	Ivano-Frankivsk	Івано-Франківськ	Ивано-Франковск
sheffield	ORG	Sheffield United	Шеффілд Юнайтед	Шеффилд Юнайтед
sloviansk	LOC	Sloviansk	Слов'янськ	Славянск
"""  # noqa: E501


glossary = rows_fixture(ROWS)


FIXED_LINES = [
    # new: vouched by the uk dictionary
    ("According to Shmyhal, Ukraine needs 40 billion.", "ru",
     "По словам Shmyhal, Украине нужно 40 миллиардов.",
     "По словам Шмыгаля, Украине нужно 40 миллиардов."),
    ("Sybiha replaced Kuleba.", "ru", "Сибига сменил Kuleba.", "Сибига сменил Кулебу."),
    ("Everyone talked about Svitolina.", "ru", "Все говорили о Svitolina.",
     "Все говорили о Свитолиной."),
    # new: a surname in -ый declines as an adjective
    ("Without Zaluzhnyi the army changed.", "ru", "Без Zaluzhnyi армия изменилась.",
     "Без Залужного армия изменилась."),
    # new: a uk surname in -ський the predictor reads as a name (Кий) first: its adjective
    # reading vouches for the adjective's forms
    ("The decision depends on Syrskyi.", "uk", "Рішення залежить від Сирськогою.",
     "Рішення залежить від Сирського."),
    # new: the agent of a passive participle right before the name, "by" in the source
    ("A statement made by Lavrov surprised diplomats.", "uk",
     "Заява, зроблена Lavrov, здивувала дипломатів.",
     "Заява, зроблена Лавровим, здивувала дипломатів."),
    ("The decree signed by Duda takes effect today.", "uk",
     "Підписаний Duda указ набирає чинності сьогодні.",
     "Підписаний Дудою указ набирає чинності сьогодні."),
    ("The law signed by Duda takes effect.", "ru", "Закон, подписанный Duda, вступает в силу.",
     "Закон, подписанный Дудой, вступает в силу."),
    ("A statement made by Lavrov surprised diplomats.", "ru",
     "Заявление, сделанное Лавровем, удивило дипломатов.",
     "Заявление, сделанное Лавровым, удивило дипломатов."),
    # new: a Latin copy of a source in capitals that are its style (a dateline) is written
    # in capitals (before: Київ, Париж)
    ("KYIV, March 12 (Reuters) - Russia launched drones overnight.", "uk",
     "KYIV, 12 березня (Reuters) — Росія вночі запустила дрони.",
     "КИЇВ, 12 березня (Reuters) — Росія вночі запустила дрони."),
    ("KYIV, March 12 (Reuters) - Russia launched drones overnight.", "uk",
     "Kyiv, 12 березня (Reuters) — Росія вночі запустила дрони.",
     "КИЇВ, 12 березня (Reuters) — Росія вночі запустила дрони."),
    ("BERLIN/PARIS - Scholz and Macron agreed on a plan.", "ru",
     "БЕРЛИН/Paris — Шольц и Макрон согласовали план.",
     "БЕРЛИН/ПАРИЖ — Шольц и Макрон согласовали план."),
    # (an acronym's capitals are its own: НАТО either way)
    ("NATO met in Kyiv.", "uk", "NATO зібралося в Києві.", "НАТО зібралося в Києві."),
    # new: a verb opening the sentence that the name-finder takes into a person's name
    # (Tell Orban) is no other bearer's first name: the source names the entity
    ("Tell Orban that the EU will not wait.", "ru", "Скажите Orban, что ЕС не будет ждать.",
     "Скажите Орбану, что ЕС не будет ждать."),
    ("Tell Orban that the EU will not wait.", "uk", "Скажіть Орбанам, що ЄС не чекатиме.",
     "Скажіть Орбану, що ЄС не чекатиме."),
    # new: ё in Ukrainian is the ru spelling the matcher's key read as the uk form
    ("Trains from Chisinau arrive in Kyiv in the morning.", "uk",
     "Поїзди з Кишинёва прибувають до Києва вранці.",
     "Поїзди з Кишинева прибувають до Києва вранці."),
    # new: a slip that spells a dictionary adjective (бутановий, дутий) is no word derived
    # from a name: one letter off a form of the name
    ("Budanov's agency claimed responsibility for the explosion.", "uk",
     "Відомство Бутанова взяло на себе відповідальність за вибух.",
     "Відомство Буданова взяло на себе відповідальність за вибух."),
    ("The law signed by Duda takes effect.", "ru", "Закон, подписанный Дутой, вступает в силу.",
     "Закон, подписанный Дудой, вступает в силу."),
    # new: a hyphenated place whose last part ru pymorphy3 lacks declines where the uk
    # dictionary knows the entry's same words (Івано-Франківськ): no foreign name kept whole
    ("Sirens sounded in Ivano-Frankivsk.", "ru", "В Ivano-Frankivsk прозвучали сирены.",
     "В Ивано-Франковске прозвучали сирены."),
    # (a foreign name of several words neither dictionary knows stays whole)
    ("He played against Sheffield United.", "ru", "Он играл против Sheffield United.",
     "Он играл против Шеффилд Юнайтед."),
    # new: the translation's own apostrophe (’), not the glossary's (')
    ("Shelling in Sloviansk damaged an entrance.", "uk",
     "Обстріл у Sloviansk пошкодив в’їзд.", "Обстріл у Слов’янську пошкодив в’їзд."),
    # (the glossary's where the sentence writes none)
    ("Shelling in Sloviansk.", "uk", "Обстріл у Sloviansk.", "Обстріл у Слов'янську."),
    # (a short participle after был: so before too)
    ("The plan was signed by Lavrov.", "ru", "План был подписан Lavrov.",
     "План был подписан Лавровым."),
]  # fmt: skip

UNTOUCHED_LINES = [
    # an adjective derived from the name stays no rendering of it
    ("The Dallas police arrived.", "uk", "Приїхала Далласька поліція."),
    # ё in Russian is Russian
    ("Trains from Chisinau arrive in Kyiv in the morning.", "ru",
     "Поезда из Кишинёва прибывают в Киев утром."),
    ("KYIV, March 12 (Reuters) - Russia launched drones overnight.", "uk",
     "Київ, 12 березня (Reuters) — Росія вночі запустила дрони."),
]  # fmt: skip

PROPOSED_LINES = [
    ("He met Aslin yesterday.", "ru", "Вчера он встретился с Aslin.", "Эйслиным"),
    ("He met Aslin yesterday.", "uk", "Вчора він зустрівся з Aslin.", "Айсліним"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target", "expected"), FIXED_LINES)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)


@pytest.mark.parametrize(("source", "tgt", "target"), UNTOUCHED_LINES)
def test_untouched(glossary: Glossary, source: str, tgt: str, target: str) -> None:
    assert_not_fixed(glossary, source, target, tgt)


@pytest.mark.parametrize(("source", "tgt", "target", "proposal"), PROPOSED_LINES)
def test_proposed(glossary: Glossary, source: str, tgt: str, target: str, proposal: str) -> None:
    new, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert new == target
    assert [(h.status, h.proposal) for h in hits] == [(REVIEW, proposal)]


def test_only_the_same_rule_vouches() -> None:
    # ru Шмыгаль's rule forms (a noun in -ь) are vouched by uk Шмигаль (the same rule, in
    # the dictionary), not by a dictionary word the uk rules decline otherwise (Залужний,
    # an adjective).
    par = paradigm("ru", "Шмыгаль", "masc", True, True, False, False, False, True)
    assert par.vouched == {"nomn", "voct"}
    same = vouched_by_other(par, "ru", "uk", "Шмигаль", "masc", True, True, False, False, True)
    assert {"gent", "datv", "accs", "ablt", "loct"} <= same.vouched
    other = vouched_by_other(par, "ru", "uk", "Залужний", "masc", True, True, False, False, True)
    assert other.vouched == par.vouched


@pytest.mark.parametrize(
    "target",
    ["Губернатор Пуерто-Рико подав у відставку.", "Він живе в Пуерто-Рико.",
     "Ураган ударив по Пуерто-Рико."],
)  # fmt: skip
def test_an_indeclinable_word_of_the_other_dictionary_vouches_for_nothing(target: str) -> None:
    """ru Рико is an indeclinable first name: no reason to decline uk Пуерто-Рико (reviewC:
    each line was proposed Пуерто-Рикові)."""
    forms = {"en": ("Puerto Rico",), "uk": ("Пуерто-Рико",), "ru": ("Пуэрто-Рико",)}
    glossary = Glossary([Entry(id="pr", type="LOC", forms=forms)])
    new, hits = enforce_sentence("Puerto Rico.", target, "en", "uk", glossary)
    assert new == target
    assert [h.status for h in hits] == [OK]
