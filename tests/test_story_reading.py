"""Reading a story as a newsroom writes it: the language switcher line, a caption glued to
a line, subheadings, and sentence ends after abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from fidelity_helpers import round_trip

from pipeline.cli import main
from pipeline.readers import read_text
from pipeline.segment import split_sentences

STORY = """\
ua en ru

Ministers may meet in Geneva next week

Ministers may meet in Geneva next week Photo: The foreign minister at a briefing (Reuters)

The foreign minister said the talks could start on Monday, the agency reports.

Officials declined to comment on the agenda.

What the talks are about

The dispute over the river dam has lasted for a decade. Both sides blame each other.
"""


def kinds(text: str) -> list[tuple[str, str]]:
    (article,) = read_text(text, "txt", "story.txt")
    return [(p.kind.value, p.text) for p in article.paragraphs]


# --- the language switcher line -------------------------------------------------------------


def test_every_command_skips_the_language_switcher_line(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert all(text != "ua en ru" for _, text in kinds(STORY))
    runner = CliRunner()
    split = runner.invoke(main, ["split", "--lang", "en", str(path)])
    assert split.exit_code == 0, split.output
    assert "ua en ru" not in split.output
    assert split.output.startswith("Ministers may meet in Geneva next week\n")
    paragraphs = runner.invoke(main, ["detect", "--per", "paragraph", str(path)])
    assert "ua en ru" not in paragraphs.output
    lines = runner.invoke(main, ["detect", "--per", "line", str(path)]).output.split()
    assert lines[0] == "und"  # one line out per line in; the switcher holds no text
    assert len(lines) == sum(1 for line in STORY.splitlines() if line.strip())


def test_a_switcher_later_in_the_story_is_text() -> None:
    text = "Headline here\n\nShe said the codes were ua en ru.\n\nen ru\n"
    assert ("body", "en ru") in kinds(text)


# --- captions and subheadings ------------------------------------------------------------------


def test_a_caption_glued_to_a_line_is_split_off_and_written_back_on_that_line() -> None:
    found = kinds(STORY)
    assert found[:3] == [
        ("headline", "Ministers may meet in Geneva next week"),
        ("body", "Ministers may meet in Geneva next week"),
        ("caption", "Photo: The foreign minister at a briefing (Reuters)"),
    ]
    output = round_trip(STORY, "txt")
    assert output == STORY.replace("ua en ru\n\n", "")


def test_a_glued_caption_in_the_headline_line() -> None:
    found = kinds("Talks in Geneva Фото: The minister (Getty Images)\n\nThe talks began.\n")
    assert found[0] == ("headline", "Talks in Geneva")
    assert found[1] == ("caption", "Фото: The minister (Getty Images)")


def test_a_subheading_between_paragraphs_is_a_heading() -> None:
    found = kinds(STORY)
    assert ("heading", "What the talks are about") in found
    assert found[-1][0] == "body" and found[3][0] == "body"


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nThe talks began.\n\nBy John Smith, Kyiv\n",  # last line: nothing follows
        "Headline\n\nThe talks began.\n\nand the rest of the sentence\n\nMore text.\n",
        "Headline\n\nThe talks began:\n\nThe minister left early\n\nMore text.\n",
    ],
)
def test_lines_that_are_not_subheadings(text: str) -> None:
    assert all(kind != "heading" for kind, _ in kinds(text))


def test_split_cuts_before_a_glued_caption() -> None:
    line = "Talks in Geneva Photo: The minister at a briefing (Reuters)"
    assert [s.text for s in split_sentences(line, "en")] == [
        "Talks in Geneva",
        "Photo: The minister at a briefing (Reuters)",
    ]


# --- sentence ends after abbreviations --------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "Це сталося 5 березня 2023 р. О 10:00 пролунали вибухи.",
         ["Це сталося 5 березня 2023 р.", "О 10:00 пролунали вибухи."]),
        ("uk", "Бюджет отримав 5 млрд грн. Уряд обіцяє ще.",
         ["Бюджет отримав 5 млрд грн.", "Уряд обіцяє ще."]),
        ("ru", "Так было в 1990-х гг. Многие это помнят.",
         ["Так было в 1990-х гг.", "Многие это помнят."]),
        ("en", "The talks began at 9 a.m. Zelensky arrived later.",
         ["The talks began at 9 a.m.", "Zelensky arrived later."]),
        ("uk", "Чути вибухи…Влада закликає до укриття.",
         ["Чути вибухи…", "Влада закликає до укриття."]),
        ("en", "The fire destroyed part (about 10 pct. of the town) overnight.",
         ["The fire destroyed part (about 10 pct. of the town) overnight."]),
        # and what must stay one sentence
        ("uk", "У 2014 р. Росія окупувала Крим.", ["У 2014 р. Росія окупувала Крим."]),
        ("en", "The vote is at 9 a.m. Tuesday.", ["The vote is at 9 a.m. Tuesday."]),
        ("en", "It opens at 10 a.m. EST today.", ["It opens at 10 a.m. EST today."]),
        ("uk", "Він прийшов...а потім пішов.", ["Він прийшов...а потім пішов."]),
    ],
)  # fmt: skip
def test_sentence_ends_after_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, lang)] == expected
