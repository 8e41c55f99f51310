"""Gap analysis, sixteenth round: rules written from development cases, each beside a case the rule must
leave alone."""

from __future__ import annotations

from datetime import date

from interviewer.interview.relocation import _place_name
from interviewer.interview.requirements import extract_requirements
from tests.gap_probe import GapProbe

TODAY = date(2026, 3, 1)
PROBE = GapProbe(TODAY)
topics = PROBE.topics


def test_a_chartered_accountant_meets_the_library_usual_degree_for_a_finance_executive() -> None:
    resume = (
        "Graham Ashworth FCCA\nPROFILE\nChartered Certified Accountant (Fellow) leading finance teams.\n"
        "EXPERIENCE\nHead of Finance, Calder Valley Homes, April 2012 - Present\n"
        "QUALIFICATIONS\nFCCA, 2004\n"
    )
    assert "objection:degree" not in topics("Finance Director", resume)
    # A project management certificate is no such qualification.
    assert "objection:degree" in topics("Finance Director", resume.replace("FCCA", "PMP"))


def test_years_managing_programmes_in_a_sector_ask_for_that_sector() -> None:
    ad = "Programme Manager\n- At least 5 years managing donor-funded public health programmes - essential\n"
    (industry,) = [r for r in extract_requirements(ad).requirements if r.kind == "industry"]
    assert industry.names == ("healthcare",) and not industry.preferred
    resume = "Amina Otieno\nEXPERIENCE\nMarketing Manager, Jambonet Telecommunications PLC, 2019 - Present\n"
    assert "objection:industry" in topics("Programme Manager", resume, ad)
    health = resume.replace("Jambonet Telecommunications PLC", "Kenya Ministry of Health HIV programme")
    assert "objection:industry" not in topics("Programme Manager", health, ad)


def test_commuter_towns_are_their_city_and_a_school_is_no_place() -> None:
    stuttgart = "Lena Vogt\nStuttgart, Germany\nEXPERIENCE\nHR Manager, Kessler AG, 2015 - Present\n"
    ad = "HR Business Partner\nLocation: Ludwigsburg (hybrid, 3 days on site)\n"
    assert "objection:relocation" not in topics("HR Business Partner", stuttgart, ad)
    hamburg = stuttgart.replace("Stuttgart, Germany", "Hamburg, Germany")
    assert "objection:relocation" in topics("HR Business Partner", hamburg, ad)
    noida = "Arjun Mehta\nNoida, Uttar Pradesh\nEXPERIENCE\nEngineer, Infotek, 2015 - Present\n"
    gurugram = "Engineering Manager\nLocation: Gurugram (on-site)\n"
    assert "objection:relocation" not in topics("Engineering Manager", noida, gurugram)
    centurion = "Sipho Dlamini\nCenturion, Gauteng\nEXPERIENCE\nAnalyst, Absa, 2015 - Present\n"
    sandton = "Compliance Officer\nLocation: Sandton, Johannesburg (hybrid)\n"
    assert "objection:relocation" not in topics("Compliance Officer", centurion, sandton)
    # "College graduate (any course)" read where a place is looked for names none.
    assert _place_name("College graduate (any course)") is None
    assert _place_name("Klybeck campus, Basel") == "Klybeck"
