"""A UTF-8 ``.txt`` read a piece at a time: the same lines, paragraphs and errors as the file
decoded whole, wherever the pieces are cut (a CRLF, a multi-byte letter, a BOM, a
paragraph break split between two pieces)."""

from __future__ import annotations

import codecs
import os
import pickle
import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import pipeline.readers.encoding as encoding_mod
from pipeline.errors import InputError
from pipeline.export.record import iter_record, read_record, write_record
from pipeline.model import Kind, Markup, Paragraph, Sentence
from pipeline.readers import read_file, read_text
from pipeline.readers.encoding import NotStreamable, decode, utf8_lines
from pipeline.readers.text import iter_lines
from pipeline.segment import segment_article

RU = "Президент страны сказал, что решение принято."
UK = "Президент країни сказав, що рішення ухвалене — «так»."
STORIES = [
    f"Заголовок\n{RU}\n{UK}\n",
    f"Заголовок\r\n{RU}\r\n\r\n{UK}\r\n",  # CRLF
    f"Заголовок\r{RU}\r\r{UK}",  # old Mac line ends, no final line end
    f"\ufeffЗаголовок\n{RU}\n",  # BOM
    f"\ufeff\ufeffЗаголовок\n{RU}\n",  # two BOMs: decode removes both
    f"ua en ru\nЗаголовок\n\n\n{RU} Фото: Reuters\n\nКороткая строка\n\n{UK}\n\n\n",
    f"Headline 😀\r\n\r\n{RU} 𝐀𝐁 {UK}\r",  # four-byte letters, a final lone CR
    "\n\n  \nЗаголовок\n",
    "Заголовок",
]


def _stories() -> list[bytes]:
    rng = random.Random(7)
    made = [story.encode("utf-8") for story in STORIES]
    for _ in range(40):  # random mixes of line ends, letters and blank lines
        parts = rng.choices([RU, UK, "\r\n", "\n", "\r", "  ", "😀", "ж", "\ufeff"], k=25)
        made.append(("Заголовок\n" + "".join(parts)).encode("utf-8"))
    return made


def _each_story(path: Path) -> Iterator[tuple[bytes, str, str]]:
    """Each of :func:`_stories` written to ``path``: its bytes, and the text and encoding of
    those bytes decoded whole."""
    for data in _stories():
        path.write_bytes(data)
        text, encoding = decode(data, path.name)
        yield data, text, encoding


def _stream(path: Path) -> tuple[str, list[str]]:
    encoding, lines = utf8_lines(path)
    return encoding, list(lines)


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 7, 64, 1 << 20])
def test_lines_are_the_lines_of_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    monkeypatch.setattr(encoding_mod, "_STREAM_PIECE", piece)
    path = tmp_path / "a.txt"
    for data, text, encoding in _each_story(path):
        assert _stream(path) == (encoding, list(iter_lines(text))), data


@pytest.mark.parametrize("piece", [3, 4096])
def test_read_file_gives_the_paragraphs_of_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    monkeypatch.setattr(encoding_mod, "_STREAM_PIECE", piece)
    path = tmp_path / "a.txt"
    for data, text, encoding in _each_story(path):
        (whole,) = read_text(text, "txt", str(path))
        whole.encoding = encoding
        (article,) = read_file(path)
        assert article.to_dict() == whole.to_dict()
        assert article.encoding == ("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8")


def test_a_big_file_is_read_in_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    real = Path.open

    def counting_open(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        handle = real(self, mode, *args, **kwargs)  # type: ignore[call-overload]
        if "b" in mode:
            raw = handle.read
            handle.read = lambda n=-1: (read.append(n), raw(n))[1]  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(Path, "open", counting_open)
    path = tmp_path / "big.txt"
    path.write_text("Заголовок\n" + f"{RU}\n\n{UK}\n" * 30_000, encoding="utf-8")
    (article,) = read_file(path)
    assert len(article.paragraphs) == 60_001
    assert read and all(0 < n <= 1 << 20 for n in read)  # never the whole file at once
    assert (article.paragraphs[1].text, article.paragraphs[-1].text) == (RU, UK)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        ("Заголовок\nТекст".encode("cp1251"), "another encoding"),
        ("Заголовок\nТекст".encode("utf-16"), "a UTF-16 BOM"),
        ("Заголовок\nТекст".encode("utf-16-le"), "UTF-16 without a BOM"),
        (b"\x89PNG\r\n\x1a\n....", "binary"),
        (b" \r\n\n  ", "no text"),
        (b"", "empty"),
        ("Заголовок\n".encode() * 1000 + b"\xff\n", "a bad byte late in the file"),
    ],
)
def test_what_decode_takes_otherwise_is_left_to_it(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(NotStreamable):
        _stream(path)


def test_errors_are_those_of_the_file_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Заголовок\n".encode() * 1000 + "ok \xff\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"a\.txt:1001:4: bad UTF-8 byte 0xff"):
        read_file(path)
    path.write_bytes(b"  \r\n\n")
    with pytest.raises(InputError, match=r"a\.txt: the file is empty"):
        read_file(path)
    path.write_bytes(b"ua en ru\n")
    with pytest.raises(InputError, match=r"a\.txt: no text found"):
        read_file(path)


def test_legacy_and_utf16_files_are_still_read(tmp_path: Path) -> None:
    for codec, name in (("cp1251", "cp1251"), ("utf-16", "utf-16"), ("koi8_r", "koi8-r")):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(f"Заголовок\n{RU}\n".encode(codec))
        (article,) = read_file(path)
        assert [p.text for p in article.paragraphs] == ["Заголовок", RU]
        assert article.encoding == name


def test_plain_paragraphs_hold_no_empty_containers(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Заголовок\n{RU}\n\n{UK}\n{RU} Фото: Reuters\n", encoding="utf-8")
    (article,) = read_file(path)
    segment_article(article)
    write_record(tmp_path / "a.json", [article])
    "".join(iter_record([article]))  # the streamed record reads them too
    held = [(p._markup, p._attrs) for p in article.paragraphs]  # nothing asked for was kept
    blank, glued = {"blank_before": True}, {"same_line": True}
    assert held == [(None, None), (None, None), (None, blank), (None, None), (None, glued)]
    back = read_record(tmp_path / "a.json")[0]  # nor by a record read back
    assert back == [article]
    assert [(p._markup, p._attrs) for p in back[0].paragraphs] == held


def test_paragraph_keeps_the_dataclass_api() -> None:
    para = Paragraph("Текст.", lang="ru")
    assert para == Paragraph("Текст.", Kind.BODY, [], [], "ru", {})
    assert para != Paragraph("Текст.", Kind.BODY, [Markup(0, 5, "em")], [], "ru", {})
    assert repr(para) == (
        "Paragraph(text='Текст.', kind=<Kind.BODY: 'body'>, markup=[], sentences=[], "
        "lang='ru', attrs={})"
    )
    para.attrs["field"] = "body"  # a default container, changed in place, is kept
    para.markup.append(Markup(0, 5, "em"))
    para.sentences.append(Sentence.of(para.text, 0, 6))
    assert para.to_dict() == {
        "text": "Текст.",
        "kind": "body",
        "markup": [{"start": 0, "end": 5, "tag": "em", "attrs": {}}],
        "sentences": [{"start": 0, "end": 6, "text": "Текст."}],
        "lang": "ru",
        "attrs": {"field": "body"},
    }
    given: dict[str, object] = {}
    assert Paragraph("x", attrs=given).attrs is given  # a given container is the one held
    assert pickle.loads(pickle.dumps(para)) == para
    with pytest.raises(TypeError):
        hash(para)


def test_a_pipe_is_read_whole(tmp_path: Path) -> None:
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    found: list[list[str]] = []
    reader = threading.Thread(
        target=lambda: found.append([p.text for p in read_file(fifo)[0].paragraphs]),
        daemon=True,
    )
    reader.start()
    fifo.write_bytes(f"Заголовок\n{RU}\n".encode())
    reader.join(timeout=20)
    stuck = reader.is_alive()  # opening the pipe again for the rest of it: nothing comes
    if stuck:
        fifo.write_bytes(b"")  # let it go
    assert not stuck
    assert found == [["Заголовок", RU]]
