"""Posts short by design: an internship, a fixed-term cover, a contract for one project. Their brevity
says nothing about whether the candidate stays, so they are not counted as job hopping."""

from __future__ import annotations

import re

# Titles whose brevity says nothing about loyalty.
NATURALLY_SHORT = re.compile(
    r"\b(?:intern|internship|placement|summer|co-?op|(?<!permanent )contract|contractor|freelance|freelancer"
    r"|interim|temporary|temp|fixed[- ]term|seasonal|advisor|adviser|board|non-executive|volunteer"
    r"|sabbatical"
    # and in the languages resumes come in: beca, prácticas, FCT, estágio, stage, Praktikum, tirocinio, staż
    r"|beca|becari[oa]|pr[áa]cticas|FCT|est[áa]gio|estagi[áa]ri[oa]|stagiaire|praktikum|praktikant\w*"
    r"|tirocinio|stagista|sta[żz]|sta[żz]ysta"
    # a post filled for a set time: supplenza, befristet, CDD, interinidad, locum, maternity cover, vikar
    r"|supplen\w+|tempo determinato|befristet\w*|CDD|dur[ée]e d[ée]termin[ée]e|interin[oa]|interinidad"
    r"|sustituci[óo]n|contrato temporal|substitute|locum|maternity cover|vikar\w*|zast[ęe]pstw\w*"
    # a contract for one project or one year: contrato por obra, 1년 계약 (계약직), 契約社員, 派遣
    r"|contrato por obra|por obra determinada|계약\w*|기간제\w*|契約\w*|派遣\w*|有期\w*)\b",
    re.IGNORECASE,
)
