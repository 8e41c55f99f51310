"""Round 33 of the objection rules (issue 17): team sizes that a kitchen's or a military unit's resume gives.
Each test is a case the rules before it got wrong, beside one they must leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.reading import led_team_sizes
from tests.gap_probe import GapProbe

PROBE = GapProbe(date(2025, 6, 2))
SCOPE = "objection:scope"

CHEF = (
    "Marisol Quintero Ávila\nMérida, Yucatán\n\nEXPERIENCIA\n\n"
    "**Chef Ejecutivo** — Hotel Costa Esmeralda, Mérida\n*Junio 2012 – a la fecha*\n"
    "- {line}\n- Costo de alimentos de 27% en 2024.\n"
)
KITCHEN_AD = (
    "Gerente de Alimentos y Bebidas\nHotel Playa Azul, Mérida\n\nRequisitos:\n"
    "- Liderar un equipo de 60 colaboradores en cocina, restaurantes y bares.\n"
)


def test_a_kitchen_brigade_is_a_team() -> None:
    assert led_team_sizes(CHEF.format(line="Dirijo una brigada de 72 cocineros y stewards.")) == [72]
    led = CHEF.format(line="Dirijo una brigada de 72 cocineros y stewards.")
    assert SCOPE not in PROBE.topics("Gerente de Alimentos y Bebidas", led, KITCHEN_AD)
    # A chef who names no brigade still shows no team of sixty.
    alone = CHEF.format(line="Menús de temporada y control de inventarios.")
    assert SCOPE in PROBE.topics("Gerente de Alimentos y Bebidas", alone, KITCHEN_AD)


OFFICER = (
    "Lt Col (retd) Imran Qureshi\nLahore\n\nCAREER\n\n"
    "Aug 2018 - Dec 2024 | {title}, Central Ordnance Repair Depot, Lahore\n"
    " | Repair depot for armoured vehicles and generators: 540 personnel (officers, artisans, civilians)\n"
    " | Annual budget of PKR 1.2 billion\n"
)


def test_the_line_under_a_commanders_title_sizes_the_unit() -> None:
    assert led_team_sizes(OFFICER.format(title="Commanding Officer")) == [540]
    assert led_team_sizes(OFFICER.format(title="Officer Commanding")) == [540]
    # Under a staff officer's title the same line sizes the depot, not a command.
    assert led_team_sizes(OFFICER.format(title="Staff Officer (Technical)")) == []
