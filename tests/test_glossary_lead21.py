"""The lead's fixes of session 21, from the untuned set's false-edit lines: what passes and
what fails.  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import assert_not_fixed, load_rows

from pipeline.glossary import Glossary

ROWS = "".join(
    "\t".join(row) + "\n"
    for row in [
        ("id", "type", "en", "uk", "ru"),
        (
            "helene",
            "EVENT",
            "Hurricane Helene | Helene",
            "ураган Гелен | Гелен",
            "ураган Хелен | Хелен",
        ),
        (
            "budivelnyk",
            "ORG",
            "BC Budivelnyk | Budivelnyk",
            "БК Будівельник | Будівельник",
            "БК Будивельник | Будивельник",
        ),
    ]
)


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    return load_rows(tmp_path_factory, ROWS)


# KEPT: the full form's first word before a quote that opens the short form is the
# translation's own; the span was widened over it and the quote dropped (ураган Гелен»).
KEPT = [
    ("Hurricane Helene devastated the town in 2024.",
     "У 2024 році ураган «Гелен» спустошив місто.", "uk"),
    ("Hurricane Helene devastated the town in 2024.",
     "В 2024 году ураган «Хелен» опустошил город.", "ru"),
    ("BC Budivelnyk has reached the final of the league.",
     "БК «Будівельник» вийшов до фіналу ліги.", "uk"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "lang"), KEPT)
def test_no_widening_across_an_opening_quote(
    glossary: Glossary, source: str, target: str, lang: str
) -> None:
    assert_not_fixed(glossary, source, target, lang)

