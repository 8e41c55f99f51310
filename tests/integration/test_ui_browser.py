"""The real app in a real browser (Debian's chromium driven by Playwright): the full path with the scripted
fake model, and a short smoke on the embedded model. Screenshots of each stage go to test-artifacts/ui/."""

from __future__ import annotations

import json
import re
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright

from interviewer.models.fake import FakeChatModel
from interviewer.models.registry import get_model
from interviewer.settings import Settings

from .ui_support import ARTIFACTS, CHROMIUM, running_app, scripted_lines

pytestmark = pytest.mark.browser

RESUME = """Jordan Avery
Chicago, IL

Experience
VP Finance, Halden Logistics — 2012 - Present
Led a finance team of 30; cut DSO from 68 to 41 days, releasing $12M of cash.

Education
BA Economics, University of Iowa, 2005
"""
JOB = "Chief Financial Officer at Norland Foods. MBA required. 12+ years in finance. Lead a team of 25."
ANSWER = (
    "You need a finance function that funds growth without new debt, and that is what I delivered at Halden. "
    "When I took over, cash was tight: DSO had drifted to 68 days and the forecast missed by 9%. I rebuilt "
    "credit control with the sales leaders and moved us to a rolling 13-week cash forecast. Within two "
    "quarters DSO fell to 41 days, releasing $12M of cash, and forecast error dropped to 2%. As a result we "
    "paid for the new depot from our own cash and the board approved our expansion plan a year early."
)
CLOSING = "What are the next steps, and when do you expect to decide? Is there anything else I can share?"
NOTE = (
    "Dear Daniel, thank you for meeting me today. I enjoyed our discussion of the MBA question and the "
    "late-paying customer; at Halden I released $12M of cash in two quarters and would bring that "
    "discipline to Norland. Best regards, Jordan"
)


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    # One Playwright per module: its sync API runs an event loop, and a second one inside it is refused.
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install it with `apt-get install -y chromium` (scripts/test.sh does)."
        )
    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
    yield launched
    launched.close()


@pytest.fixture()
def settings(own_home: Path) -> Settings:
    return Settings(home=own_home, model="fake:browser", threads=2)


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


OWN_NOTE = (
    "Dear Priya, thank you for your time today. Your questions on the ERP migration risk were the right "
    "ones; at Halden I released $12M of cash in two quarters while we changed systems. I will send you "
    "a one-page ERP cut-over checklist by Friday. Best regards, Jordan"
)


def session_id(page: Page) -> str:
    found = re.search(r"session=([0-9a-f]{12})", page.url)
    assert found, page.url
    return found.group(1)


def send(page: Page, text: str) -> None:
    page.get_by_label(re.compile("Your answer|Your questions|Thank-you note")).fill(text)
    page.get_by_role("button", name="Send answer").click()


def test_the_full_path_in_a_browser(browser: Browser, settings: Settings, tmp_path: Path) -> None:
    lines = scripted_lines(settings, role="cfo", resume=RESUME, job_description=JOB, length="short")
    fake = get_model("fake:browser")
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines)
    resume = tmp_path / "jordan-avery.txt"
    resume.write_text(RESUME)
    with running_app(settings) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        start = page.get_by_role("button", name="Start interview")
        expect(start).to_be_visible(timeout=30_000)
        page.get_by_label("Job description (optional)").fill(JOB)
        page.locator("input[type=file]").set_input_files(str(resume))
        # The upload is an HTTP round trip; on a busy machine it can take a while to show the file's name.
        expect(page.get_by_role("cell", name="jordan-avery.txt")).to_be_visible(timeout=60_000)
        page.get_by_role("radio", name=re.compile("Short")).check()
        page.get_by_label("Seed (optional)").fill("0")  # the scripted model plays the plan of seed 0
        shot(page, "1-setup")
        start.click()
        # The brief opens first, with what was read from the resume; the interview begins from there.
        read = page.get_by_role("heading", name="What was read from your resume")
        expect(read).to_be_visible(timeout=60_000)
        page.get_by_role("button", name="Begin the interview").click(timeout=240_000)

        chat = page.get_by_role("log", name="chatbot conversation")
        expect(chat.get_by_text(lines[1])).to_be_visible(timeout=60_000)
        # The session is in the address bar: a reload mid-interview continues it where it stands.
        expect(page).to_have_url(re.compile(r"[?&]session=[0-9a-f]{12}"), timeout=30_000)
        page.reload()
        chat = page.get_by_role("log", name="chatbot conversation")
        expect(chat.get_by_text(lines[1])).to_be_visible(timeout=60_000)
        shot(page, "1b-reloaded")
        page.get_by_role("tab", name="Preparation").click()
        expect(page.get_by_text("Objections to expect")).to_be_visible()
        expect(page.get_by_text("The job description asks for an MBA").first).to_be_visible()
        shot(page, "2-preparation")
        page.get_by_role("tab", name="Interview").click()

        send(page, ANSWER)
        expect(page.get_by_text(re.compile(r"Score \d+/100")).first).to_be_visible(timeout=30_000)
        expect(chat.get_by_text(lines[2])).to_be_visible(timeout=30_000)
        send(page, ANSWER)
        objection = chat.get_by_text(re.compile("asks for an MBA, and your resume lists a bachelor"))
        expect(objection).to_be_visible(timeout=30_000)
        shot(page, "3-objection")
        send(page, ANSWER)
        expect(chat.get_by_text(lines[4])).to_be_visible(timeout=30_000)

        page.get_by_label("Your answer").fill(
            ANSWER + " That is why the degree has never limited my results."
        )
        page.get_by_role("button", name="Try this answer again").click()
        expect(page.get_by_text(re.compile(r"Score \d+/100 \(was \d+"))).to_be_visible(timeout=30_000)
        shot(page, "4-retried")

        send(page, ANSWER)
        expect(page.get_by_label("Your questions for the interviewer")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("Follow-up").first).to_be_visible()
        send(page, CLOSING)
        expect(page.get_by_label("Thank-you note to Daniel Reyes, Hiring Manager")).to_be_visible(
            timeout=30_000
        )
        shot(page, "5-follow-up")
        send(page, NOTE)

        expect(page.get_by_text("Interview report: Chief Financial Officer")).to_be_visible(timeout=30_000)
        shot(page, "6-report")
        with page.expect_download() as download:
            page.get_by_role("button", name="Download JSON").click()
        exported = json.loads(Path(download.value.path()).read_text())
        with page.expect_download() as kit_download:
            page.get_by_role("button", name=re.compile("Follow-up kit")).click()
        kit = Path(kit_download.value.path()).read_text()
        with page.expect_download() as calendar_download:
            page.get_by_role("button", name=re.compile(r"Calendar: send-by")).click()
        calendar = Path(calendar_download.value.path()).read_text()
        # The report is the takeaway: three things to work on first, then every answer with its attempts.
        expect(page.get_by_role("heading", name=re.compile("Work on (these|this)"))).to_be_visible()
        details = page.locator("#report-details")
        expect(details.get_by_text(re.compile(r"Earlier attempts \(1\)"))).to_be_visible()
        expect(details.get_by_text("What to change").first).to_be_visible()
        with page.expect_download() as pdf_download:
            page.get_by_role("button", name="Download PDF").click()
        pdf = Path(pdf_download.value.path()).read_bytes()
        shot(page, "6b-report-details")

        # A finished session opened from its address shows its report.
        page.reload()
        expect(page.get_by_text("Interview report: Chief Financial Officer")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("tab", name="Report", selected=True)).to_be_visible()
        # Deleting it, once confirmed, removes its files too.
        written = list((settings.home / "reports").glob(f"*{session_id(page)}*"))
        page.get_by_role("tab", name="History").click()
        page.get_by_role("combobox", name="Session").click()
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.once("dialog", lambda dialog: dialog.accept())
        page.get_by_role("button", name="Delete session").click()
        expect(page.get_by_role("cell", name=re.compile("finished"))).to_have_count(0, timeout=30_000)
    assert pdf.startswith(b"%PDF") and len(written) >= 5  # md, html, json, pdf, brief, kit
    assert not any(path.exists() for path in written)
    assert "Thank-you to Daniel Reyes" in kit and "Worth sharing" in kit
    assert calendar.count("BEGIN:VEVENT") == 2 and "SUMMARY:Send thank-you notes" in calendar
    report, session = exported["report"], exported["session"]
    assert session["status"] == "finished"
    assert [o["topic"] for o in report["objections"]][
        0
    ] == "objection:degree"  # short: only the first is raised
    kinds = [t["kind"] for t in report["turns"]]
    assert kinds.count("question") == 3 and "objection" in kinds and kinds[-2:] == ["closing", "thank-you"]
    assert any(t["attempts"] == 2 for t in report["turns"])
    assert report["closing"]["asked_next_steps"] and report["thank_you_notes"][0]["score"] >= 50


def test_a_phone_keeps_send_on_the_first_screen(browser: Browser, settings: Settings) -> None:
    lines = scripted_lines(settings, role="cfo", length="short")
    fake = get_model("fake:browser")
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines)
    with running_app(settings) as url:
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        page.goto(url)
        page.get_by_label("Seed (optional)").fill("0")
        page.get_by_role("button", name="Start interview").click()
        page.get_by_role("button", name="Begin the interview").click(timeout=240_000)
        chat = page.get_by_role("log", name="chatbot conversation")
        expect(chat.get_by_text(lines[1])).to_be_visible(timeout=60_000)
        send(page, ANSWER)
        expect(chat.get_by_text(lines[2])).to_be_visible(timeout=60_000)
        page.evaluate("window.scrollTo(0, 0)")
        shot(page, "10-phone-after-a-turn")
        box = page.get_by_role("button", name="Send answer").bounding_box()
        assert box is not None and box["y"] + box["height"] <= 844, box  # on the first screen, unscrolled
        # The scorecard is there, and folds away.
        panel = page.locator("#scorecard-panel")
        expect(panel.get_by_text(re.compile(r"Score \d+/100")).first).to_be_visible()


def test_logging_a_real_interview_gives_each_person_a_note(browser: Browser, settings: Settings) -> None:
    with running_app(settings) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.get_by_role("tab", name="Follow-up & pipeline").click()
        page.get_by_label("Company interviewed with").fill("Norland Foods")
        page.get_by_label("Role interviewed for").fill("CFO")
        page.get_by_label(re.compile("Date of the interview")).fill("2026-11-30")
        page.get_by_label(re.compile("People you met")).fill(
            "Daniel Reyes: cash conversion and the MBA question\nPriya Shah: the ERP migration risk"
        )
        page.get_by_label(re.compile("Notes")).fill("I said we released $12M of cash in two quarters.")
        page.get_by_label(re.compile("When will they decide")).fill("in two weeks")
        page.get_by_role("button", name="Log it and draft the follow-up").click()
        expect(page.get_by_text("Thank-you to Priya Shah", exact=False)).to_be_visible(timeout=30_000)
        expect(page.get_by_text(re.compile("Norland Foods"))).not_to_have_count(0)
        shot(page, "11-real-interview-kit")
        with page.expect_download() as notes_download:
            page.get_by_role("button", name=re.compile(r"Thank-you drafts")).click()
        notes = Path(notes_download.value.path()).read_text()
        with page.expect_download() as calendar_download:
            page.get_by_role("button", name=re.compile(r"Calendar: send-by and check-back \(")).click()
        calendar = Path(calendar_download.value.path()).read_text()
        # The interview joined the pipeline, which says it is thin.
        expect(page.get_by_text(re.compile("The pipeline is thin"))).to_be_visible()
        # A draft made one's own: checked, kept, and in the kit from then on.
        page.get_by_text("Edit a thank-you note").click()
        page.get_by_role("combobox", name="To", exact=True).click()
        page.get_by_role("option", name="Priya Shah").click()
        box = page.get_by_label(re.compile("Your note"))
        expect(box).to_have_value(re.compile("Dear Priya"), timeout=30_000)
        # On a loaded machine a second draft for the chosen person can land after the typing and replace it
        # (seen once in CI); type again until the box keeps the note.
        for _ in range(3):
            box.fill(OWN_NOTE)
            page.wait_for_timeout(1_000)
            if box.input_value() == OWN_NOTE:
                break
        expect(box).to_have_value(OWN_NOTE)
        page.get_by_role("button", name="Check and keep this note").click()
        expect(page.get_by_text(re.compile(r"Kept: \d+/100"))).to_be_visible(timeout=30_000)
        expect(page.get_by_text("a one-page ERP cut-over checklist").first).to_be_visible(timeout=30_000)
        shot(page, "11b-note-edited")
        with page.expect_download() as edited_download:
            page.get_by_role("button", name=re.compile(r"Thank-you drafts")).click()
        edited = Path(edited_download.value.path()).read_text()
    assert "a one-page ERP cut-over checklist" in edited and "Dear Daniel" in edited
    assert "Thank-you to Daniel Reyes" in notes and "Thank-you to Priya Shah" in notes
    assert "$12M" in notes and "cash conversion" in notes
    assert calendar.count("BEGIN:VEVENT") == 2 and "DTSTART;VALUE=DATE:20261201" in calendar


@pytest.mark.live
def test_a_short_smoke_on_the_embedded_model(
    browser: Browser, corpus_home: Path, shared_models_home: Path
) -> None:
    settings = Settings(home=shared_models_home, model="qwen2.5-coder-1.5b", threads=2, timeout=300)
    with running_app(settings) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.get_by_role("radio", name=re.compile("Short")).check()
        page.get_by_role("button", name="Start interview").click()
        # The embedded model may still be loading on a busy 2-core machine: the waits here are generous,
        # as the app's own are (speed is measured in benchmarks/, not here).
        page.get_by_role("button", name="Begin the interview").click(timeout=240_000)
        send_box = page.get_by_label("Your answer")
        chat = page.get_by_role("log", name="chatbot conversation")
        expect(chat.get_by_text("?").last).to_be_visible(timeout=240_000)
        send_box.fill(ANSWER)
        page.get_by_role("button", name="Send answer").click()
        # Sent while the first question may still be streaming: the app waits for it, shows it and keeps the
        # answer in the box, never sending it to a question the candidate has not seen; then Send again.
        score = page.get_by_text(re.compile(r"Score \d+/100")).first
        shown = page.get_by_text("Here is the question your answer goes to")
        expect(score.or_(shown)).to_be_visible(timeout=240_000)
        if shown.is_visible():
            expect(send_box).to_have_value(ANSWER)
            page.get_by_role("button", name="Send answer").click()
        expect(score).to_be_visible(timeout=120_000)
        shot(page, "7-embedded-smoke")


def test_a_spoken_answer_in_a_browser(
    playwright: Playwright, settings: Settings, shared_models_home: Path, tmp_path: Path
) -> None:
    """A WAV file fed to Chromium as its microphone: record, see the transcript, send, see the delivery."""
    import numpy as np

    from interviewer.voice.models import whisper_dir
    from interviewer.voice.speech import Speaker

    speaker = Speaker()
    rate, first = speaker.synthesize("At Halden I rebuilt credit control with the sales team.", seed=1)
    _, second = speaker.synthesize("Within two quarters we released twelve million dollars of cash.", seed=1)
    gap = np.zeros(int(rate * 1.5), np.int16)
    recording = tmp_path / "spoken.wav"
    with wave.open(str(recording), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.concatenate([gap[: rate // 2], first, gap, second, gap, gap]).tobytes())
    (settings.home / "models").mkdir()
    (settings.home / "models" / "whisper-base").symlink_to(whisper_dir(shared_models_home / "models"))
    lines = scripted_lines(settings, role="cfo", length="short")
    fake = get_model("fake:browser")
    assert isinstance(fake, FakeChatModel)
    fake.enqueue(*lines)
    fake_microphone = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={recording}",
    ]
    with running_app(settings) as url:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", *fake_microphone]
        )
        try:
            context = browser.new_context(
                permissions=["microphone"], viewport={"width": 1400, "height": 1000}
            )
            page = context.new_page()
            page.goto(url)
            page.get_by_label("Seed (optional)").fill("0")
            page.get_by_role("button", name="Start interview").click()
            page.get_by_role("button", name="Begin the interview").click(timeout=240_000)
            chat = page.get_by_role("log", name="chatbot conversation")
            expect(chat.get_by_text(lines[1])).to_be_visible(timeout=60_000)

            page.get_by_role("button", name="Record", exact=True).click()
            page.wait_for_timeout(13_000)  # the file (about 12 s) plays from the start once recording begins
            page.get_by_role("button", name="Stop", exact=True).click()
            answer = page.get_by_label("Your answer")
            expect(answer).to_have_value(re.compile("Halden", re.IGNORECASE), timeout=60_000)
            expect(page.get_by_text(re.compile("Transcribed \\d+ s of speech"))).to_be_visible()
            answer.fill(answer.input_value() + " I would bring the same discipline to Norland.")  # editable
            shot(page, "7-spoken-transcript")
            page.get_by_role("button", name="Send answer").click()
            expect(page.get_by_text(re.compile(r"Pace: \d+ words a minute"))).to_be_visible(timeout=60_000)
            expect(page.get_by_text(re.compile(r"Pauses of a second or more: [1-9]"))).to_be_visible()
            expect(chat.get_by_text("Norland")).to_be_visible()
            shot(page, "8-spoken-scorecard")

            page.get_by_role("button", name="Show report").click()
            expect(page.get_by_text("Delivery (spoken answers)")).to_be_visible(timeout=30_000)
            recorded = page.get_by_label("Recorded answers")
            recorded.scroll_into_view_if_needed()
            recorded.click()
            # The keyboard, not a click: the option list can open below the viewport of a long report.
            page.keyboard.press("ArrowDown")
            page.keyboard.press("Enter")
            # The player loads the kept recording (its file name is in the component's links).
            page.wait_for_function("() => document.body.innerHTML.includes('turn01-0.wav')", timeout=30_000)
            expect(page.get_by_text("0:13").or_(page.get_by_text("0:12")).first).to_be_visible()
            shot(page, "9-spoken-report")
        finally:
            browser.close()
    audio = list((settings.home / "audio").rglob("*.wav"))
    assert len(audio) == 1 and audio[0].stat().st_size > 1000  # the recording is kept with the session


def test_deleting_asks_first_in_the_page(browser: Browser) -> None:
    from interviewer.ui.app import CONFIRM_DELETE_JS
    from interviewer.ui.history import DELETE_CANCELLED

    page = browser.new_page()
    page.once("dialog", lambda dialog: dialog.dismiss())
    assert page.evaluate(f"({CONFIRM_DELETE_JS})('abc123')") == DELETE_CANCELLED
    page.once("dialog", lambda dialog: dialog.accept())
    assert page.evaluate(f"({CONFIRM_DELETE_JS})('abc123')") == "abc123"
    assert page.evaluate(f"({CONFIRM_DELETE_JS})(null)") is None  # nothing chosen: no question asked
    page.close()
