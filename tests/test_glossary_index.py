"""The glossary's lookup index and its on-disk cache: the same hits as trying every entry,
only the entries whose forms can occur compiled, the compiled glossary reused across runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.glossary import Glossary
from pipeline.glossary import cache as cache_module
from pipeline.glossary import match as match_module
from pipeline.glossary.match import (
    Match,
    _match_at,
    _select,
    compile_pattern,
    entry_gender,
    tokenize,
)

ROOT = Path(__file__).resolve().parent.parent
STARTER = ROOT / "glossaries"
ARTICLES = ROOT / "samples" / "articles"

# Sentences naming starter entries in declined forms, with vowel alternations (Львова,
# Кривого Рогу) and possessives, besides the sample articles.
EXTRA = {
    "uk": "Делегація зі Львова, Кривого Рогу та Києва зустрілася з Зеленським у Вашингтоні. "
    "Сполученим Штатам і Генеральній Асамблеї ООН надіслали листи; НАТО мовчить.",
    "ru": "Делегация из Львова, Кривого Рога и Киева встретилась с Зеленским в Вашингтоне. "
    "Соединённым Штатам и Генеральной Ассамблее ООН отправили письма.",
    "en": "Zelensky's team met NATO's envoy in Kyiv and Kryvyi Rih; the UN said nothing.",
}


def exhaustive_find(glossary: Glossary, text: str, lang: str) -> list[Match]:
    """The reference: every form of every entry compiled and tried at every token."""
    patterns = [
        compile_pattern(entry, lang, index, form, entry_gender(entry, lang))
        for entry in glossary
        for index, form in enumerate(entry.forms_for(lang))
    ]
    tokens = tokenize(text)
    found = []
    for i in range(len(tokens)):
        for pat in patterns:
            hit = _match_at(pat, tokens, i, text) if pat.words else None
            if hit is not None:
                found.append(hit)
    return _select(found)


def texts(lang: str) -> list[str]:
    paragraphs = [EXTRA[lang]]
    for path in sorted(ARTICLES.glob(f"{lang}-*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    return paragraphs


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(tmp_path / "cache"))


def key(matches: list[Match]) -> list[tuple]:
    """What a match says, entries by id (the reference loads its own entries)."""
    return [
        (m.start, m.end, m.entry.id, m.index, m.cases, tuple(e.id for e in m.alternatives))
        for m in matches
    ]


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_index_finds_what_trying_every_entry_finds(lang: str) -> None:
    glossary = Glossary.load([STARTER])
    reference = Glossary.load([STARTER])
    hits = 0
    for text in texts(lang):
        want = exhaustive_find(reference, text, lang)
        assert key(glossary.find(text, lang)) == key(want), text
        hits += len(want)
    assert hits > 10


def _generated(folder: Path, rows: int) -> Path:
    lines = ["id\ttype\ten\tuk\tru"]
    starts = ["Бор", "Дуб", "Гран", "Крем", "Лит", "Мир", "Нов", "Пол"]
    middles = "ан ен ин он ун ар ер ор ал ел ол ас ос ат от ак ок ам ом аш".split()  # noqa: SIM905
    for n in range(rows):
        middle = middles[n // len(starts) % len(middles)]
        stem = starts[n % len(starts)] + middle + ["", "от", "ид"][n // 160 % 3]
        lines.append(f"gen{n}\tLOC\tPlace{n}\t{stem}ів\t{stem}ов")
    path = folder / "generated.tsv"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def declined(path: Path, entry_id: str) -> str:
    """A sentence naming the generated place ``entry_id`` in the genitive (Дубаніва)."""
    name = next(e for e in Glossary.load([path]) if e.id == entry_id).forms["uk"][0]
    return f"Мешканці {name}а та Києва прокинулися."


def test_only_entries_whose_forms_can_occur_are_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _generated(tmp_path / "g", 400)
    compiled: list[str] = []
    real = match_module.compile_pattern

    def counting(entry, lang, index, form, gender):  # type: ignore[no-untyped-def]
        compiled.append(form)
        return real(entry, lang, index, form, gender)

    monkeypatch.setattr(match_module, "compile_pattern", counting)
    glossary = Glossary.load([path])
    hits = glossary.find(declined(path, "gen9"), "uk")
    assert [m.entry.id for m in hits] == ["gen9"]
    assert 1 <= len(compiled) <= 10  # not the 400 entries


def test_compiled_glossary_is_cached_on_disk_and_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _generated(tmp_path / "g", 50)
    text = declined(path, "gen3") + " " + declined(path, "gen4")
    first = Glossary.load([path])
    want = key(first.find(text, "uk"))
    first.save_cache()
    files = list((tmp_path / "cache" / "glossary").glob("*.pickle"))
    assert len(files) == 1

    def fail(*args: object) -> None:
        raise AssertionError("compiled again despite the cache")

    monkeypatch.setattr(match_module, "compile_pattern", fail)
    again = Glossary.load([path])
    hits = again.find(text, "uk")
    assert key(hits) == want and len(hits) == 2
    assert all(m.entry is again.get(m.entry.id) for m in hits)  # linked to the loaded entries


def test_cache_is_keyed_by_content_and_safe_to_delete_or_corrupt(tmp_path: Path) -> None:
    path = _generated(tmp_path / "g", 20)
    text = declined(path, "gen3")
    glossary = Glossary.load([path])
    assert glossary.find(text, "uk")
    glossary.save_cache()
    folder = tmp_path / "cache" / "glossary"
    assert len(list(folder.glob("*.pickle"))) == 1
    path.write_text(path.read_text(encoding="utf-8").replace("Place3", "Town3"), "utf-8")
    changed = Glossary.load([path])
    assert changed.get("gen3").forms["en"] == ("Town3",)
    changed.find(text, "uk")
    changed.save_cache()
    assert len(list(folder.glob("*.pickle"))) == 2  # another content, another file
    for file in folder.glob("*.pickle"):
        file.write_bytes(b"not a pickle")
    assert key(Glossary.load([path]).find(text, "uk")) == key(changed.find(text, "uk"))
    for file in folder.glob("*.pickle"):
        os.unlink(file)
    assert Glossary.load([path]).find(text, "uk")
    assert not [p for p in folder.iterdir() if p.suffix == ".tmp"]


def test_cache_file_changes_with_the_code_that_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "code"
    code.mkdir()
    (code / "morph.py").write_text("RULE = 1\n", encoding="utf-8")
    (code / "notes.txt").write_text("not a module\n", encoding="utf-8")
    before = cache_module.source_digest(code)
    (code / "notes.txt").write_text("changed, still not a module\n", encoding="utf-8")
    assert cache_module.source_digest(code) == before
    (code / "morph.py").write_text("RULE = 2\n", encoding="utf-8")
    assert cache_module.source_digest(code) != before

    entries = Glossary.load([_generated(tmp_path / "g", 5)]).entries
    names = []
    for digest in ("old rules", "new rules", "old rules"):
        monkeypatch.setattr(cache_module, "_own_source", lambda d=digest: d)
        names.append(cache_module.CompiledCache(entries).path.name)
    assert names[0] != names[1] and names[0] == names[2]


def test_an_unusable_cache_folder_only_costs_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _generated(tmp_path / "g", 20)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("NEWSMT_CACHE_DIR", str(blocker))
    glossary = Glossary.load([path])
    assert [m.entry.id for m in glossary.find(declined(path, "gen3"), "uk")] == ["gen3"]
    glossary.save_cache()  # nothing to write to: no error
