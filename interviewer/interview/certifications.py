"""Professional certifications named in a resume or a job description ("CPA", "PMP", "AWS Certified Solutions
Architect"), and which of a resume's are held rather than on their way."""

from __future__ import annotations

import re

from interviewer.interview.degrees import _UNFINISHED

_CERTIFICATIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("CPA", r"\bCPA\b"),
        ("ACA", r"\bACA\b"),
        ("ACCA", r"\b[AF]CCA\b"),
        ("CIMA", r"\bCIMA\b|\bCGMA\b"),
        ("CFA", r"\bCFA\b"),
        ("CMA", r"\bCMA\b"),
        ("CIA", r"\bCIA\b"),
        ("FRM", r"\bFRM\b"),
        ("CAIA", r"\bCAIA\b"),
        # "CA (Singapore)", "CA(SA)", "CA ANZ"; an institute's name alone may be a student's registration.
        (
            "Chartered Accountant",
            r"(?i:\bchartered accountant\b)|\bCA\s?\((?:Singapore|SA|ANZ|Canada|Ireland)\)"
            r"|\bCA ANZ\b"
            # and a description's "CA / CPA", where CA can only be the chartered accountant
            r"|\bCA(?=\s?/\s?(?:CPA|ACCA|CIMA)\b)|(?<=CPA/)CA\b|(?<=CPA / )CA\b",
        ),
        ("PMP", r"\bPMP\b"),
        ("QTS", r"\bQTS\b|(?i:\bqualified teacher status\b)"),
        ("PGCE", r"\bPGCE\b"),
        ("RN", r"\bRN\b|(?i:\bregistered nurse\b)"),
        ("PRINCE2", r"(?i:\bprince ?2\b)"),
        ("CIPS", r"\b[MF]?CIPS\b"),
        ("PMI-ACP", r"\bPMI-ACP\b"),
        # The contractual service margin of IFRS 17 ("IFRS 17 CSM and LRC roll-forwards") is no scrum master.
        ("CSM", r"(?<!17 )\bCSM\b(?! (?:and|\&) LRC| roll)|(?i:\bcertified scrum ?master\b)"),
        ("CISSP", r"\bCISSP\b"),
        ("CISM", r"\bCISM\b"),
        ("CISA", r"\bCISA\b"),
        ("CCNA", r"\bCCNA\b"),
        ("CCNP", r"\bCCNP\b"),
        ("ITIL", r"\bITIL\b"),
        ("CKA", r"\bCKA\b"),
        ("Six Sigma", r"(?i:\b(?:lean )?six sigma\b)"),
        ("SHRM-SCP", r"\bSHRM-SCP\b"),
        ("SHRM-CP", r"\bSHRM-CP\b"),
        ("SPHR", r"\bSPHR\b"),
        ("CIPD", r"\bCIPD\b"),
        ("CSCP", r"\bCSCP\b"),
        ("Google Cloud Certified", r"\bGoogle Cloud Certified\b"),
        ("Microsoft Certified", r"\bMicrosoft Certified\b"),
    )
)
# AWS certifications are named after the service track, which is kept.
_AWS_CERT = re.compile(r"\bAWS Certified(?:[ \t-]+[A-Z][\w-]*){0,4}")


def _certifications(text: str) -> list[str]:
    found = [name for name, rx in _CERTIFICATIONS if rx.search(text)]
    found += [re.sub(r"\s+", " ", m.group(0)).strip() for m in _AWS_CERT.finditer(text)]
    return list(dict.fromkeys(found))


# "CPA candidate: FAR and AUD passed", "CPA exam: 2 of 4 sections", "Registered for Certified ScrumMaster
# (CSM) course", "grow toward becoming a Certified Public Accountant": on the way, not held.
_CERT_UNFINISHED = re.compile(
    r"\b(?:exams?|sections?|parts?|levels?\s+[12I]+\b(?!\s+(?:holder|charterholder))|passed|sitting|to sit"
    r"|studying for|working towards?|registered student|inactive|expired|lapsed|examination|registered for"
    r"|enrolled in|towards? becoming|aspir\w+|review (?:cent(?:er|re)|course|class)|target(?:ed)? exam"
    r"|candidate)\b",
    re.IGNORECASE,
)


def held_certifications(resume: str) -> list[str]:
    """The certifications a resume says are held: a line about one still in progress does not count."""
    held = [
        c for line in resume.splitlines()
        if not (_UNFINISHED.search(line) or _CERT_UNFINISHED.search(line))
        for c in _certifications(line)
    ]  # fmt: skip
    return list(dict.fromkeys(held))
