"""Round 28 of the objection rules (issue 17): each test is a case the rules before it got wrong, beside one
they must leave alone."""

from __future__ import annotations

import io
from datetime import date

from interviewer.evals.tasks.objections import render_resume
from interviewer.interview.columns import unfold_columns
from tests.gap_probe import GapProbe

TODAY = date(2026, 11, 1)
PROBE = GapProbe(TODAY)
topics, evidence = PROBE.topics, PROBE.evidence

_EUROPASS = [
    ("europass", ""),
    ("Curriculum Vitae", ""),
    ("PERSONAL INFORMATION", "Ama Owusu"),
    ("", "14 Ring Road Central, Accra"),
    ("JOB APPLIED FOR", "Procurement Officer"),
    ("WORK EXPERIENCE", ""),
    ("08/2021 – Present", "Procurement Officer"),
    ("", "Tema Marine Services Ltd, Tema"),
    ("", "- Buying spares for a fleet of nine supply vessels"),
    ("03/2018 – 07/2021", "Purchasing Officer"),
    ("", "Golden Crust Foods Ltd, Accra"),
    ("EDUCATION AND TRAINING", ""),
    ("2011 – 2015", "BSc Administration"),
    ("", "University of Ghana, Legon"),
    ("PERSONAL SKILLS", ""),
    ("Mother tongue(s)", "Twi"),
    ("Other language(s)", "UNDERSTANDING   SPEAKING   WRITING"),
    ("", "Listening       Spoken     Written"),
    ("English", "C2              C2         C2"),
    ("French", "B1              A2         B1"),
    ("Digital skills", "SAP MM, Excel"),
    ("", "Power BI dashboards for spend"),
    ("Driving licence", "B"),
    ("ADDITIONAL INFORMATION", ""),
    ("Certifications", "CIPS Level 4, 2020"),
    ("", "HSE Level 1, 2021"),
    ("References", "Available on request"),
]


def test_section_headings_in_a_europass_label_column_do_not_make_it_a_column() -> None:
    text = "\n".join(f"{left:<28}{right}".rstrip() for left, right in _EUROPASS)
    # The headings stand one under another ("europass", "Curriculum Vitae", "PERSONAL INFORMATION"), but
    # the labels beside text still stand alone: the dates stay beside the posts they date.
    assert unfold_columns(text) == text
    skills = "\n".join(
        f"{'Sampling of surface and' if i % 2 else 'ground water, effluents':<28}Job line {i} with words"
        for i in range(12)
    )
    assert unfold_columns(skills) != skills


def test_the_eval_pdf_wraps_a_long_line_inside_its_column() -> None:
    from pypdf import PdfReader

    bullet = "- Handling procurement of spares, consumables and lube for a fleet of 11 vessels"
    line = f"{'08/2021 – Present':<28}{bullet}"
    _, data = render_resume(line, "pdf")
    lines = PdfReader(io.BytesIO(data)).pages[0].extract_text().splitlines()
    # The rest of the bullet goes on under the bullet's text, as a word processor wraps it, not at the page's
    # left edge, where it would read as the left column's.
    assert len(lines) == 2 and lines[1] == " " * 30 + "of 11 vessels"


_BUYER = (
    "Kofi Mensah\nAccra, Ghana\n\nWORK EXPERIENCE\n"
    "08/2021 – Present  Procurement Officer, Tema Marine Services Ltd\n"
    "- Raise 90 purchase orders a month in SAP MM\n"
    "03/2018 – 07/2021  Purchasing Officer, Golden Crust Foods Ltd\n"
)
_BUYER_AD = (
    "Procurement Officer\nLocation: Accra (on-site)\n\nRequirements\n- 3 years of purchasing experience\n"
)


def test_a_title_read_out_of_a_table_or_a_sentence_is_no_other_function() -> None:
    assert "objection:career-change" not in topics("Procurement Officer", _BUYER, _BUYER_AD)
    torn = _BUYER.replace("Procurement Officer, Tema", "of 11 offshore support vessels, Tema").replace(
        "Purchasing Officer, Golden", "Stock counts | | Warehouse Supervisor |-----| Golden"
    )
    assert "objection:career-change" not in topics("Procurement Officer", torn, _BUYER_AD)
    # A title read whole in another function still is one.
    nurse = _BUYER.replace("Procurement Officer, Tema", "Staff Nurse, Ridge Hospital").replace(
        "Purchasing Officer, Golden", "Staff Nurse, Golden"
    )
    assert "objection:career-change" in topics("Procurement Officer", nurse, _BUYER_AD)
