"""Made-up endings and the glossary's notes, seventh round (issue 12, ending7), as tables
written for these tests.

``FIXED_LINES``: a rewrite written —
- a ru name whose glossary form has е where the dictionary writes ё (Федоров, Алешки) is
  written with е in every case (`morph.paradigm`): с Федоровым, not с Фёдоровым;
- a name no dictionary knows whose note says "declinable" has the rules' forms vouched
  (`match._whole_by_note`): с Сугибой written, where it was only proposed;
- a note's "fleeting vowel" drops the vowel before the last consonant in the other forms
  (`morph.fleeting_vowel_dropped`): с Бовцем, not Бовецем, and written;
- a made-up conjunct gives the parse no case to share (`syntax.parsed_context`'s
  ``unsure``): посетит Египетам, Катар и Объединенные Арабские Эмираты keeps the last
  conjunct's valid form;
- a made-up ending the context would make a subject where a finite verb right by it cannot
  agree with it takes the source's oblique role (`enforce._no_verb_of_its_own`):
  пожаловались Лапиною → Лапину ("complained to Lapin"), Центральный банк Финляндием
  повысил → Финляндии ("Finland's central bank");
- a conjunct after the name in the case of the noun right before it joins that noun
  (`enforce._clause_first`): о наследии Лапинов и годах → Лапина, not Лапине.

``REVIEW_LINES``: only proposed — a name no dictionary knows and no note vouches for.

Each row marked *new* fails on the code before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, rows_fixture

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import REVIEW, enforce_sentence

ROWS = """id	type	en	uk	ru	note	dnt
fedorov	PER	Mykhailo Fedorov | Fedorov	Михайло Федоров | Федоров	Михаил Федоров | Федоров
oleshky	LOC	Oleshky	Олешки	Алешки	plural
sugiba	PER	Kenji Sugiba | Sugiba	Кендзі Сугіба | Сугіба	Кэндзи Сугиба | Сугиба	declinable -а
moshta	PER	Kenji Moshta | Moshta	Кендзі Мошта | Мошта	Кэндзи Мошта | Мошта
bovets	PER	Ihor Bovets | Bovets	Ігор Бовець | Бовець	Игорь Бовец | Бовец	fleeting vowel -ець
egypt	LOC	Egypt	Єгипет	Египет
qatar	LOC	Qatar	Катар	Катар
uae	LOC	United Arab Emirates	Об'єднані Арабські Емірати	Объединенные Арабские Эмираты	plural
lapin	PER	Vadym Lapin | Lapin	Вадим Лапін | Лапін	Вадим Лапин | Лапин
finland	LOC	Finland	Фінляндія	Финляндия
"""


glossary = rows_fixture(ROWS)


FIXED_LINES = [
    # new: е as the glossary writes it, not the dictionary's ё
    ("Reporters spoke with Fedorov on Monday.", "ru",
     "Журналисты поговорили с Федоровою в понедельник.",
     "Журналисты поговорили с Федоровым в понедельник."),
    ("Aid is blocked in Oleshky.", "ru", "Помощь блокируют в Алешкахем.",
     "Помощь блокируют в Алешках."),
    # new: the note's "declinable" vouches for the rules' forms
    ("The minister met with Sugiba in Tokyo.", "ru", "Министр встретился с Сугибаем в Токио.",
     "Министр встретился с Сугибой в Токио."),
    ("The minister met with Sugiba in Tokyo.", "uk", "Міністр зустрівся з Сугібаем у Токіо.",
     "Міністр зустрівся з Сугібою у Токіо."),
    # without a note, a made-up ending on a name in a consonant and -а (vouch17:
    # morph._regular_declension; only proposed before)
    ("The minister met with Moshta in Tokyo.", "ru", "Министр встретился с Моштаем в Токио.",
     "Министр встретился с Моштой в Токио."),
    ("The minister met with Moshta in Tokyo.", "ru", "Министр встретился с Мошта в Токио.",
     "Министр встретился с Моштой в Токио."),
    # new: the note's fleeting vowel
    ("Reporters spoke with Bovets on Monday.", "ru",
     "Журналисты поговорили с Бовецою в понедельник.",
     "Журналисты поговорили с Бовцем в понедельник."),
    ("Reporters spoke with Bovets on Monday.", "uk",
     "Журналісти поговорили з Бовецою в понеділок.",
     "Журналісти поговорили з Бовцем в понеділок."),
    # new: the made-up first conjunct gives the last no dative
    ("He will visit Egypt, Qatar and the United Arab Emirates next week.", "ru",
     "На следующей неделе он посетит Египетам, Катар и Объединенные Арабские Эмираты.",
     "На следующей неделе он посетит Египет, Катар и Объединенные Арабские Эмираты."),
    # new: no verb by the name can agree with it: the source's role
    ("Residents complained to Lapin about the power cuts.", "ru",
     "Жители пожаловались Лапиною на отключения света.",
     "Жители пожаловались Лапину на отключения света."),
    ("Finland's central bank raised its key rate.", "ru",
     "Центральный банк Финляндием повысил ключевую ставку.",
     "Центральный банк Финляндии повысил ключевую ставку."),
    # (a verb that agrees: the nominative, as before)
    ("Finland raised its defence budget.", "ru", "Финляндием повысила оборонный бюджет.",
     "Финляндия повысила оборонный бюджет."),
    # new: the conjunct in the noun's case joins the noun
    ("Journalists wrote about Lapin's legacy and his years in office.", "ru",
     "Журналисты писали о наследии Лапинов и годах его работы.",
     "Журналисты писали о наследии Лапина и годах его работы."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target", "expected"), FIXED_LINES)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)


REVIEW_LINES = [
    # (no note: the rules' forms stay unvouched for the genitive a noun before a valid form
    # gives, only proposed; a made-up ending is repaired since vouch17, and a preposition's
    # case written since nomru24, с Мошта → с Моштой, the ending class -а vouching for it)
    ("The speech of Moshta was applauded.", "ru", "Выступление Мошта прервали аплодисменты."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target"), REVIEW_LINES)
def test_review(glossary: Glossary, source: str, tgt: str, target: str) -> None:
    new, hits = enforce_sentence(source, target, "en", tgt, glossary)
    assert new == target
    assert REVIEW in [h.status for h in hits]
