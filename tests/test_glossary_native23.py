"""Text written natively in Ukrainian and Russian, session 23 (native23): what passes and
what fails.

Each row gives the language, an English source, a translation, what the enforcer must make
of it and the status of the last entity's hit, the entities those of :data:`ENTITIES`.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import entities_glossary

from pipeline.glossary.enforce import enforce_sentence

ENTITIES = {
    "ru": [("PER", "Lewis Hamilton | Hamilton", "Льюис Хэмилтон | Хэмилтон"),
           ("ORG", "Red Bull", "Ред Булл"), ("ORG", "Real Madrid | Real", "Реал"),
           ("PER", "Verstappen", "Ферстаппен"), ("PER", "Modric", "Модрич")],
    "uk": [("PER", "Lewis Hamilton | Hamilton", "Льюїс Гамільтон | Гамільтон"),
           ("ORG", "Red Bull", "Ред Булл"), ("ORG", "Real Madrid | Real", "Реал"),
           ("PER", "Verstappen", "Ферстаппен"), ("PER", "Modric", "Модрич")],
}  # fmt: skip
BEHIND = "Hamilton finished second after Red Bull racer Max Verstappen."
MIDFIELDER = "We spoke with Hamilton and with Real midfielder Luka Modric."

ROWS = [
    # (lang, source, translation, expected, status of the last entity's hit)
    # A straight quote glued to the word before it closes a quoted name: it starts no
    # sentence, so the capitalized first name after it stays a first name, whose case the
    # surname takes (as after «…», which was already so).  Before, the first name was read
    # lower-cased as at a sentence's start (максом: no name), and the surname's genitive
    # proposed.
    ("ru", BEHIND, 'Хэмилтон финишировал за пилотом "Ред Булл" Максом Verstappen.',
     'Хэмилтон финишировал за пилотом "Ред Булл" Максом Ферстаппеном.', "fixed"),
    ("ru", BEHIND, 'Хэмилтон финишировал вторым вслед за гонщиком "Ред Булл" Максом Ферстаппенам.',
     'Хэмилтон финишировал вторым вслед за гонщиком "Ред Булл" Максом Ферстаппеном.', "fixed"),
    # (Ukrainian was so already: the dictionary knows Максом as a first name only.)
    ("uk", BEHIND, 'Гамільтон фінішував за пілотом "Ред Булл" Максом Verstappen.',
     'Гамільтон фінішував за пілотом "Ред Булл" Максом Ферстаппеном.', "fixed"),
    # ... and a first name whose ending the surname's form does not share (Лукой, Модричем)
    # is no longer taken for a common noun: the surname is proposed, not written in the
    # nominative (Лукой Модрич).
    ("ru", MIDFIELDER, 'Мы поговорили с Хэмилтоном и с полузащитником "Реала" Лукой Модричам.',
     'Мы поговорили с Хэмилтоном и с полузащитником "Реала" Лукой Модричам.', "needs-review"),
    # ... KEPT: the name's own form after the closing quote; a quote that closes a sentence
    # after its full stop, or opens one.
    ("ru", BEHIND, 'Хэмилтон финишировал за пилотом "Ред Булл" Максом Ферстаппеном.',
     'Хэмилтон финишировал за пилотом "Ред Булл" Максом Ферстаппеном.', "ok"),
    ("ru", 'Hamilton said: "It is over." Max Verstappen left.',
     'Хэмилтон сказал: "Все кончено." Макс Ферстаппен уехал.',
     'Хэмилтон сказал: "Все кончено." Макс Ферстаппен уехал.', "ok"),
    ("uk", 'Hamilton said: "Max Verstappen will win."',
     'Гамільтон сказав: "Макс Ферстаппен переможе."',
     'Гамільтон сказав: "Макс Ферстаппен переможе."', "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "source", "target", "expected", "status"), ROWS)
def test_native_constructions(
    lang: str, source: str, target: str, expected: str, status: str
) -> None:
    glossary = entities_glossary(lang, ENTITIES[lang])
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert (new, [h.status for h in hits if h.target_span][-1:]) == (expected, [status])
