"""Session 23, Russian valid nominatives (nomru23): в/на before a verb of happening says
where (произошло в Непале, as uk сталося в Києві), where the source gives the place no
role ("struck Nepal"); a verb of hitting after the phrase with its own в/на target leaves it
where (В Белгороде дрон попал в автомобиль).  Sentences written for these tests."""

from __future__ import annotations

import pytest
from glossary_helpers import enforce_one

NEPAL = ("LOC", "Nepal", "Непал")
KHARKIV = ("LOC", "Kharkiv", "Харьков")
BELGOROD = ("LOC", "Belgorod", "Белгород")

ROWS = [
    # (entity, source, translation, expected, status)
    # FIXED: в before or after a verb of happening: the locative, where it happened
    (NEPAL, "A strong earthquake struck Nepal yesterday.",
     "Вчера в Непал произошло сильное землетрясение.",
     "Вчера в Непале произошло сильное землетрясение.", "fixed"),
    (KHARKIV, "Explosions rocked Kharkiv overnight.",
     "Ночью в Харьков прогремели несколько взрывов.",
     "Ночью в Харькове прогремели несколько взрывов.", "fixed"),
    (BELGOROD, "Explosions shook Belgorod.",
     "Взрывы раздались в Белгород.", "Взрывы раздались в Белгороде.", "fixed"),
    (KHARKIV, "The accident hit Kharkiv last week.",
     "Авария случилась в Харьков на прошлой неделе.",
     "Авария случилась в Харькове на прошлой неделе.", "fixed"),
    # KEPT: the locative already there, and a verb of motion's accusative
    (NEPAL, "A strong earthquake struck Nepal yesterday.",
     "Вчера в Непале произошло сильное землетрясение.",
     "Вчера в Непале произошло сильное землетрясение.", "ok"),
    (KHARKIV, "After what happened, the delegation travelled to Kharkiv.",
     "После того, что произошло, делегация поехала в Харьков.",
     "После того, что произошло, делегация поехала в Харьков.", "ok"),
    (KHARKIV, "The explosion happened as the train was heading to Kharkiv.",
     "Взрыв произошел, когда поезд направлялся в Харьков.",
     "Взрыв произошел, когда поезд направлялся в Харьков.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "expected", "status"), ROWS)
def test_nomru23(
    entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, "ru") == (expected, [status])


HIT_ROWS = [
    # (entity, source, translation, expected, status)
    # FIXED: a verb of hitting after the phrase with its own в/на target: the phrase before
    # it says where (it was read as the verb's target, the accusative preferred)
    (BELGOROD, "In Belgorod, a drone hit a car, injuring two people.",
     "В Белгород дрон попал в автомобиль, ранены два человека.",
     "В Белгороде дрон попал в автомобиль, ранены два человека.", "fixed"),
    (KHARKIV, "In Kharkiv, a missile struck a high-rise building.",
     "В Харьков ракета попала в многоэтажку.", "В Харькове ракета попала в многоэтажку.",
     "fixed"),
    # KEPT: the verb's own target, no other after it (a missile hit Kharkiv)
    (KHARKIV, "A missile hit Kharkiv overnight.", "В Харьков ночью попала ракета.",
     "В Харьков ночью попала ракета.", "ok"),
    (BELGOROD, "In Belgorod, a drone hit a car.", "В Белгороде дрон попал в автомобиль.",
     "В Белгороде дрон попал в автомобиль.", "ok"),
]  # fmt: skip


@pytest.mark.parametrize(("entity", "source", "target", "expected", "status"), HIT_ROWS)
def test_hitting_verb_after(
    entity: tuple[str, str, str], source: str, target: str, expected: str, status: str
) -> None:
    assert enforce_one(entity, source, target, "ru") == (expected, [status])
