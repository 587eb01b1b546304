"""Matching renderings that are no valid form of the glossary's: another script, a spelled-out
or said acronym, a declined transliteration, names inside quotes and addresses (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from glossary_helpers import write_glossary

from pipeline.glossary import Glossary
from pipeline.glossary.enforce import enforce_sentence
from pipeline.model import HIT_STATUSES

OK, FIXED, *_ = HIT_STATUSES

ROWS = """id\ttype\ten\tuk\tru\tdnt
xi\tPER\tXi Jinping | Xi\tСі Цзіньпін | Сі\tСи Цзиньпин | Си\t
covid\tTERM\tCOVID\t\t\tyes
norton\tORG\tNorton\t\t\tyes
fedex\tORG\tFedEx\t\t\tyes
fox\tORG\tFox\t\t\tyes
google\tORG\tGoogle\t\t\tyes
facebook\tORG\tFacebook\t\t\tyes
jpeg\tTERM\tJPEG\t\t\tyes
twitter\tORG\tTwitter\t\t\tyes
omicron\tORG\tOmicron\tОмікрон\tОмикрон\t
rogers\tPER\tWendy Rogers | Rogers\tВенді Роджерс | Роджерс\tВенди Роджерс | Роджерс\t
squire\tPER\tSquire\tСквайр\tСквайр\t
sarah\tPER\tSarah Squire\tСара Сквайр\tСара Сквайр\t
france\tLOC\tFrance\tФранція\tФранция\t
dales\tLOC\tYorkshire Dales\tЙоркшир-Дейлс\tЙоркшир-Дейлс\t
paris\tLOC\tParis\tПариж\tПариж\t
gazprom\tORG\tGazprom\tГазпром\tГазпром\t
zelensky\tPER\tVolodymyr Zelensky | Zelensky\tВолодимир Зеленський | Зеленський\tВладимир Зеленский | Зеленский\t
"""  # noqa: E501


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    folder: Path = tmp_path_factory.mktemp("glossary")
    return Glossary.load([write_glossary(folder, ROWS)])


RESTORED = [
    # An acronym read out letter by letter holds another entity's match (Сі, Xi), which the
    # source does not name: the whole run is the rendering.
    ("Variants found after COVID-19.", "uk", "Варіанти, виявлені після Сі-Оу-Ві-Ай-Ді-19.",
     "Варіанти, виявлені після COVID-19."),
    # A surname that is an entry of its own inside the full name the source gives.
    ("Chair Sarah Squire said", "ru", "Председатель Сарра Сквайр сказала",
     "Председатель Сара Сквайр сказала"),
    # A lower-case word inside a web address is no rendering (no second candidate).
    ("Renew at my.norton.com or call Norton Support.", "uk",
     "Поновіть на my.norton.com або зверніться до служби Нортон.",
     "Поновіть на my.norton.com або зверніться до служби Norton."),
    # A quoted phrase that starts in lower case is no longer name: the name is its own.
    ("In the case of 'silent Omicron'", "uk", "У випадку «тихого Omicron»",
     "У випадку «тихого Омікрону»"),
    # A Latin name beside it that the source does not have there is a name of its own.
    ("In her tweet Rogers does not explain.", "ru", "В своем Twitter Rogers не объясняет.",
     "В своем Twitter Роджерс не объясняет."),
    # The source's own spelling read out (FEDEX, not the glossary's FedEx).
    ("Delivery by FEDEX Global Express.", "uk", "Доставка від Еф-І-Ді-І-Екс Global Express.",
     "Доставка від FedEx Global Express."),
    # A declined transliteration is the name's, not another surname from the dictionary.
    ("He told Fox.", "uk", "Він сказав Фоксу.", "Він сказав Fox."),
    ("Buy Norton now.", "uk", "Купіть Нортоном зараз.", "Купіть Norton зараз."),
    # The source's longer name (Yorkshire Dales National Park) is not what the engine kept:
    # it wrote the entity alone in Latin.
    ("It is based in the Yorkshire Dales National Park.", "ru",
     "Она находится в национальном парке Yorkshire Dales.",
     "Она находится в национальном парке Йоркшир-Дейлс."),
    # English spelling read as it sounds (a silent e, a long vowel before it).
    ("Google said so.", "ru", "Так сказал Гугл.", "Так сказал Google."),
    ("He posted on Facebook.", "uk", "Він написав у Фейсбуці.", "Він написав у Facebook."),
    # An acronym that can be said, written as a word.
    ("An image (JPEG).", "uk", "Зображення (ДЖПЕГ).", "Зображення (JPEG)."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target", "expected"), RESTORED)
def test_restored(glossary: Glossary, source: str, lang: str, target: str, expected: str) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == expected
    assert FIXED in [h.status for h in hits]


UNTOUCHED = [
    # Another entity's valid form is never overwritten, the named one being missing.
    ("The COVID virus spreads.", "uk", "Сі Цзіньпін сказав про вірус."),
    ("Xi spoke about the virus.", "uk", "Сі говорив про вірус."),
    # The end of a compound place name joined by a particle is no mention of the entity:
    # Франс, read as France sounds, is the region's own spelling.
    ("the group for the Hauts-de-France region said", "uk",
     "група з регіону О-де-Франс зазначила"),
    # A Latin name the engine kept whole from the source stays.
    ("It is based in the Yorkshire Dales National Park.", "ru",
     "Она находится в Yorkshire Dales National Park."),
    ("Stealth Omicron was found.", "ru", "Был найден Stealth Omicron."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "lang", "target"), UNTOUCHED)
def test_untouched(glossary: Glossary, source: str, lang: str, target: str) -> None:
    new, hits = enforce_sentence(source, target, "en", lang, glossary)
    assert new == target
    assert FIXED not in [h.status for h in hits]


def test_plural_of_a_thing_is_no_form_of_it(glossary: Glossary) -> None:
    # Газпромам is a dictionary plural of Газпром: a made-up ending for the company's name,
    # rewritten; a person's surname in the plural (the couple) is still that person's.
    assert [m.text for m in glossary.find("представитель Газпрома", "ru")] == ["Газпрома"]
    assert glossary.find("представитель Газпромам", "ru") == []
    assert [m.text for m in glossary.find("подружжя Зеленських", "uk")] == ["Зеленських"]
    new, hits = enforce_sentence("a Gazprom spokesman said", "представитель Газпромам заявил",
                                 "en", "ru", glossary)  # fmt: skip
    assert "Газпромам" not in new
    assert [h.status for h in hits] == [FIXED]
    # Paris ends in -s but is no plural: Парижов is a made-up ending, not the plural the
    # source has (as Страйкеров for "the Strykers" would be).
    # Rewritten in the case the translation's words choose (улетел в: whither, the accusative).
    new, hits = enforce_sentence("He flew to Paris.", "Он улетел в Парижов.", "en", "ru", glossary)
    assert new == "Он улетел в Париж."
