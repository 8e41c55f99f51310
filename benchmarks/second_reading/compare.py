"""How the second reading agrees with the committed objection labels, and how the rules score against each
reading and against the judgements both readings share (issue 17). Totals only, per part and per topic:
no held-out pair is ever listed.

    .venv/bin/python benchmarks/second_reading/compare.py
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw import draw  # noqa: E402

from interviewer.evals.suites import EVAL_AS_OF  # noqa: E402
from interviewer.evals.tasks.objections import TOPICS as OBJECTION_TOPICS  # noqa: E402
from interviewer.evals.tasks.objections import ObjectionSample, render_resume  # noqa: E402
from interviewer.interview.objections import find_gaps  # noqa: E402
from interviewer.interview.resume import read_resume_bytes  # noqa: E402
from interviewer.interview.roles import resolve_role  # noqa: E402

PREFIX = "objection:"
TOPICS = tuple(topic.removeprefix(PREFIX) for topic in OBJECTION_TOPICS)
Judgements = list[tuple[bool, bool]]  # (the reference says raise, the reading under test raises)


def raised_by_rules(pair: dict) -> set[str]:
    sample = ObjectionSample(**pair)
    name, data = render_resume(sample.resume, sample.resume_format)
    resume = read_resume_bytes(name, data)
    role = resolve_role(sample.role)
    found = find_gaps(role, resume, sample.job_description, today=sample.as_of or EVAL_AS_OF)
    return {gap.topic.removeprefix(PREFIX) for gap in found}


def committed(pair: dict, topic: str) -> bool | None:
    if PREFIX + topic in pair.get("expect", []):
        return True
    return False if PREFIX + topic in pair.get("absent", []) else None


def second(label: dict, topic: str) -> bool | None:
    return True if topic in label["raise"] else False if topic in label["not_raise"] else None


def score(judgements: Judgements) -> str:
    hit = sum(ref and got for ref, got in judgements)
    miss = sum(ref and not got for ref, got in judgements)
    wrong = sum(got and not ref for ref, got in judgements)
    recall = hit / (hit + miss) if hit + miss else float("nan")
    precision = hit / (hit + wrong) if hit + wrong else float("nan")
    return f"recall {recall:.3f} precision {precision:.3f} (hit {hit}, missed {miss}, wrong {wrong})"


def report(part: str, pairs: list[dict], labels: dict[str, dict]) -> None:
    rows: dict[str, Judgements] = {
        "second vs committed": [],
        "rules vs committed": [],
        "rules vs both agree": [],
    }
    per_topic: dict[str, Judgements] = {topic: [] for topic in TOPICS}
    for pair in pairs:
        rules = raised_by_rules(pair)
        for topic in TOPICS:
            ref, other = committed(pair, topic), second(labels[pair["id"]], topic)
            if ref is not None:
                rows["rules vs committed"].append((ref, topic in rules))
            if ref is not None and other is not None:
                rows["second vs committed"].append((ref, other))
                per_topic[topic].append((ref, other))
                if ref == other:
                    rows["rules vs both agree"].append((ref, topic in rules))
    both = rows["second vs committed"]
    agreed = sum(ref == other for ref, other in both)
    print(f"{part}: {len(pairs)} pairs; {len(both)} topic judgements both readings score, {agreed} the same")
    for name, judgements in rows.items():
        print(f"  {name:20} {score(judgements)}")
    for topic, judgements in per_topic.items():
        print(f"    second vs committed, {topic:14} {score(judgements)}")


def main() -> None:
    here = Path(__file__).resolve().parent
    labels = {
        label["id"]: label
        for label in map(json.loads, (here / "labels.jsonl").read_text(encoding="utf-8").splitlines())
    }
    dev, held, _ = draw()
    report("development", dev, labels)
    report("held out", held, labels)


if __name__ == "__main__":
    main()
