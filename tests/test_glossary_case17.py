"""The case of a rewrite with no ending of its own joined to another glossary name whose
form tells no case (issue 12, case17), as tables written for these tests.

``FIXED_LINES``: a Latin copy or a made-up ending right after a coordinator (і, та, и),
the source joining the two names too ("Peru and Colombia"), where the partner before the
coordinator shows no case (Перу never declines; Ромен, a form the dictionary lacks; Барро
after its first name): the words that govern the partner govern the pair, so the name is
written in the partner's context's case (з Перу та Колумбією, Мешканці Ромен і Прилук),
not the nominative of a word with no context (`enforce._partner_context`).

Also in ``FIXED_LINES``: a Latin copy before an active verb with no subject of its own (a
third person plural: обрали, избрали; a uk impersonal: обрано), no verb of its clause able
to agree with it, where the source makes the name the subject of a passive ("Sadovyi was
elected"): the translation renders the passive so, and the name is that verb's object, in
the case its government table gives (Садового обрали, Садовому допомогли), not the
nominative of a word with no context (`enforce._passive_object`,
`source.passive_subject`).

Also in ``FIXED_LINES``: a Latin copy right after a verb of telling (заявив, сказав,
рассказал), where the source makes the name the object of "tell" (the one told): the
dative (заявив Світовій організації торгівлі), not the accusative of what is said
(`enforce._told_recipient`, `source.told_whom`).

``KEPT_LINES``: a partner whose form the dictionary reads narrows its context to its own
cases (на Харьков и Днепрою → Днепр); the partner's context settles nothing (the pair is
the subject): the nominative as before; a passive kept as a passive (обраний: the name its
subject), a name joined to another (the pair the plural verb's subject), a verb of telling
(either case), an active source: the nominative as before.

Each row marked *new* fails on
the code before this work.
"""

from __future__ import annotations

import pytest
from glossary_helpers import assert_fixed, rows_fixture

from pipeline.glossary import Glossary

ROWS = """id	type	en	uk	ru	dnt
peru	LOC	Peru	Перу	Перу
colombia	LOC	Colombia	Колумбія	Колумбия
romny	LOC	Romny	Ромни	Ромны
pryluky	LOC	Pryluky	Прилуки	Прилуки
barrot	PER	Jean-Noël Barrot | Barrot	Жан-Ноель Барро | Барро	Жан-Ноэль Барро | Барро
sikorski	PER	Radosław Sikorski | Sikorski	Радослав Сікорський | Сікорський	Радослав Сикорский | Сикорский
kryvbas	ORG	Kryvbas	Кривбас	Кривбасс
kharkiv	LOC	Kharkiv	Харків	Харьков
dnipro	LOC	Dnipro	Дніпро	Днепр
sumy	LOC	Sumy	Суми	Сумы
wto	ORG	World Trade Organization	Світова організація торгівлі	Всемирная торговая организация
sadovyi	PER	Andriy Sadovyi | Sadovyi	Андрій Садовий | Садовий	Андрей Садовый | Садовый
klitschko	PER	Vitali Klitschko | Klitschko	Віталій Кличко | Кличко	Виталий Кличко | Кличко
oleksandriya	ORG	Oleksandriya	Олександрія	Александрия
"""  # noqa: E501


glossary = rows_fixture(ROWS)


FIXED_LINES = [
    # new: an indeclinable partner after a preposition
    ("Ukraine signed trade agreements with Peru and Colombia.", "uk",
     "Україна підписала торговельні угоди з Перу та Colombia.",
     "Україна підписала торговельні угоди з Перу та Колумбією."),
    ("Ukraine signed trade agreements with Peru and Colombia.", "ru",
     "Украина подписала торговые соглашения с Перу и Colombia.",
     "Украина подписала торговые соглашения с Перу и Колумбией."),
    # new: a made-up ending after the same partner
    ("Ukraine signed trade agreements with Peru and Colombia.", "ru",
     "Украина подписала торговые соглашения с Перу и Колумбиям.",
     "Украина подписала торговые соглашения с Перу и Колумбией."),
    # new: a partner the dictionary lacks, after the noun that owns the pair
    ("Residents of Romny and Pryluky were left without power.", "uk",
     "Мешканці Ромен і Pryluky залишилися без світла.",
     "Мешканці Ромен і Прилук залишилися без світла."),
    ("Residents of Romny and Pryluky were left without power.", "ru",
     "Жители Ромен и Pryluky остались без света.",
     "Жители Ромен и Прилук остались без света."),
    # new: an indeclinable surname after its declined first name
    ("Sybiha held talks with Jean-Noël Barrot and Radosław Sikorski.", "uk",
     "Сибіга провів переговори з Жаном-Ноелем Барро та Radosław Sikorski.",
     "Сибіга провів переговори з Жаном-Ноелем Барро та Радославом Сікорським."),
    # new: quoted names, the partner's accusative after в
    ("Several players have since moved to Kryvbas and Oleksandriya.", "ru",
     "С тех пор несколько игроков перешли в «Кривбасс» и «Oleksandriya».",
     "С тех пор несколько игроков перешли в «Кривбасс» и «Александрию»."),
    # new: a passive's subject before a plural verb with no subject, or a uk impersonal
    ("In 2020 Sadovyi was elected mayor for the fourth time.", "uk",
     "У 2020 році Sadovyi вчетверте обрали міським головою.",
     "У 2020 році Садового вчетверте обрали міським головою."),
    ("In 2020 Sadovyi was elected mayor for the fourth time.", "ru",
     "В 2020 году Sadovyi в четвертый раз избрали городским головой.",
     "В 2020 году Садового в четвертый раз избрали городским головой."),
    ("In 2020 Sadovyi was elected mayor for the fourth time.", "uk",
     "У 2020 році Sadovyi вчетверте обрано міським головою.",
     "У 2020 році Садового вчетверте обрано міським головою."),
    # (already so before) the verb's dative
    ("Sadovyi was helped by volunteers.", "ru", "Sadovyi помогли волонтеры.",
     "Садовому помогли волонтеры."),
    # new: the one told, after a verb of telling
    ("Bola Tinubu told the World Trade Organization that exporters were shut out.", "uk",
     "Бола Тінубу заявив World Trade Organization, що експортери не мають доступу.",
     "Бола Тінубу заявив Світовій організації торгівлі, що експортери не мають доступу."),
    ("Bola Tinubu told the World Trade Organization that exporters were shut out.", "ru",
     "Бола Тинубу заявил World Trade Organization, что экспортеры не имеют доступа.",
     "Бола Тинубу заявил Всемирной торговой организации, что экспортеры не имеют доступа."),
]  # fmt: skip

KEPT_LINES = [
    # the pair is the subject: the partner's context is no sure one, the nominative stays
    ("Peru and Colombia signed the agreement.", "uk", "Перу та Colombia підписали угоду.",
     "Перу та Колумбія підписали угоду."),
    ("Peru and Colombia signed the agreement.", "ru", "Перу и Colombia подписали соглашение.",
     "Перу и Колумбия подписали соглашение."),
    # a passive kept as a passive: the name its subject
    ("In 2020 Sadovyi was elected mayor for the fourth time.", "uk",
     "У 2020 році Sadovyi вчетверте обраний міським головою.",
     "У 2020 році Садовий вчетверте обраний міським головою."),
    ("In 2020 Sadovyi was elected mayor for the fourth time.", "ru",
     "В 2020 году Sadovyi в четвертый раз был избран городским головой.",
     "В 2020 году Садовый в четвертый раз был избран городским головой."),
    # a pair that may be the plural verb's subject
    ("Sadovyi and Klitschko were elected again.", "uk", "Sadovyi і Кличко знову обрали.",
     "Садовий і Кличко знову обрали."),
    # an active source: the name the plural verb's subject is no passive's
    ("Sadovyi and his deputies voted for the plan.", "uk",
     "Sadovyi разом із заступниками проголосували за план.",
     "Садовий разом із заступниками проголосували за план."),
    # a partner whose form the dictionary reads keeps its own case: на's accusative, not
    # its locative (a first version wrote Днепре); no case in common with the partner's
    # context, the name's own context (Харькову, a first version Харькова)
    ("The strike hit Kharkiv and Dnipro overnight.", "ru",
     "Удар ночью пришёлся на Харьков и Днепрою.", "Удар ночью пришёлся на Харьков и Днепр."),
    ("The government allocated the sums to Sumy and Kharkiv.", "ru",
     "Правительство выделило эти суммы Сумам и Харьковою.",
     "Правительство выделило эти суммы Сумам и Харькову."),
    # the source's subject, what is told about: no one told
    ("The World Trade Organization said exporters were shut out.", "uk",
     "Заявила World Trade Organization, що експортери не мають доступу.",
     "Заявила Світова організація торгівлі, що експортери не мають доступу."),
]  # fmt: skip


@pytest.mark.parametrize(("source", "tgt", "target", "expected"), FIXED_LINES + KEPT_LINES)
def test_fixed(glossary: Glossary, source: str, tgt: str, target: str, expected: str) -> None:
    assert_fixed(glossary, source, target, expected, tgt)
