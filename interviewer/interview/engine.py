"""The engine: starts a session from a profile, plays the plan through the persona, scores each answer and
persists every step. The CLI's terminal mode and the Gradio app both drive this class and nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from interviewer.corpus.documents import load_vocabulary
from interviewer.corpus.search import Retriever
from interviewer.errors import ConflictError, InputError
from interviewer.interview.brief import Brief, build_brief
from interviewer.interview.fact_proposals import plan_notes, read_by_served_model
from interviewer.interview.objections import find_gaps
from interviewer.interview.personas import get_persona
from interviewer.interview.plan import Move, Plan, build_plan
from interviewer.interview.profile import Profile, make_profile
from interviewer.interview.report import Report, build_report
from interviewer.interview.session import Attempt, Session, Turn, now
from interviewer.interview.speaking import TurnEvent, TurnMode, TurnWriter, Worded
from interviewer.interview.spoken import SpokenAnswer, keep_audio
from interviewer.interview.store import SessionStore
from interviewer.interview.wording import PROBES_PER_LENGTH, choose_probe
from interviewer.models.base import ChatModel
from interviewer.models.registry import get_model
from interviewer.scoring.closing_questions import check_closing_questions
from interviewer.scoring.quotes import timed
from interviewer.scoring.rubric import ScoreInput
from interviewer.scoring.scorer import Scorer
from interviewer.scoring.thank_you import check_thank_you
from interviewer.settings import Settings
from interviewer.tokens import count_message_tokens
from interviewer.voice.speech import Speaker
from interviewer.voice.transcribe import Transcriber

PROBE_BELOW = 45  # an answer scoring under this gets one probing follow-up
MAX_STORED_ANSWER_CHARS = 20_000


class Engine:
    def __init__(
        self,
        settings: Settings | None = None,
        model: ChatModel | None = None,
        scorer: Scorer | None = None,
        store: SessionStore | None = None,
        prompts_dir: Path | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self._model = model
        self._scorer = scorer
        self.store = store or SessionStore.open(self.settings)
        self.prompts_dir = prompts_dir
        self._topics: dict[str, str] | None = None
        self._transcriber: Transcriber | None = None
        self._speaker: Speaker | None = None
        self._writer: TurnWriter | None = None

    # Heavy parts load on first use: opening the app or listing sessions must not load a model or a store.
    @property
    def model(self) -> ChatModel:
        if self._model is None:
            self._model = get_model(self.settings.model, self.settings)
        return self._model

    @property
    def scorer(self) -> Scorer:
        if self._scorer is None:
            self._scorer = Scorer(self.settings, model=self._model)
        return self._scorer

    def _vocabulary(self) -> dict[str, str]:
        """The topic vocabulary, read once: every turn looks its move's topic up in it."""
        if self._topics is None:
            self._topics = load_vocabulary()
        return self._topics

    @property
    def retriever(self) -> Retriever:
        return self.scorer.retriever

    # -- setting up -----------------------------------------------------------------------------------

    # A checked profile; live use counts resume durations to today.
    profile = staticmethod(make_profile)

    def plan(self, profile: Profile, seed: int = 0) -> Plan:
        model = self.settings.model
        checked = read_by_served_model(model, lambda: self.model, profile.resume, self.prompts_dir)
        kept = checked.kept if checked else []
        objections = find_gaps(
            profile.role, profile.resume, profile.job_description, profile.as_of, kept, profile.corrections
        )
        plan = build_plan(profile, objections, seed)
        if checked is None:
            return plan
        facts, note = plan_notes(checked)
        return plan.model_copy(update={"model_facts": facts, "model_facts_note": note})

    def brief(self, session: Session) -> Brief:
        return build_brief(session.profile, session.plan, self.retriever)

    def start(self, profile: Profile, seed: int = 0, owner: str = "") -> Session:
        plan = self.plan(profile, seed)
        session = Session(model=self.settings.model, profile=profile, plan=plan, owner=owner)
        self.store.save(session)
        return session

    def resume(self, session_id: str) -> Session:
        return self.store.load(session_id)

    # -- the interviewer's turns -------------------------------------------------------------------------

    def next_turn(self, session: Session) -> Iterator[TurnEvent]:
        """Play the next move (see `_next_turn`). If another window or process asked this turn first, its
        turn is shown instead: one question per place in the interview, whoever finished first."""
        try:
            yield from self._next_turn(session)
        except ConflictError:
            self.refresh(session)
            if session.open_turn is not None:
                yield TurnEvent(kind="done", text=session.open_turn.question, turn=session.open_turn)

    def refresh(self, session: Session) -> None:
        """Bring a session object in hand up to what is stored (another window may have moved it on)."""
        stored = self.store.load(session.id)
        for field in ("turns", "cursor", "probe_pending", "status", "updated_at"):
            setattr(session, field, getattr(stored, field))

    def _next_turn(self, session: Session) -> Iterator[TurnEvent]:
        """Play the next move: the greeting first, then the plan (with a probe after a weak answer).

        A turn already asked and not yet answered is returned as it is (a resumed session shows the same
        question); nothing is regenerated or lost.
        """
        if session.open_turn is not None:
            yield TurnEvent(kind="done", text=session.open_turn.question, turn=session.open_turn)
            return
        if session.unscored_turn is not None:
            # An answer saved before a crash or an outage is scored before anything new is asked: it decides
            # whether a probe comes next, and the report must not show it blank.
            self.score_pending(session)
            if session.status == "finished":
                return
        if session.status == "finished":
            raise InputError("This interview is finished; open its report or start a new one.")
        if not session.turns:
            yield from self._speak(session, "greeting", "preparation", None, self.greeting_move(session))
        if session.probe_pending:
            last = next(t for t in reversed(session.turns) if t.answer is not None)
            probe = self._probe_for(session, last)
            if probe is not None:
                move = Move(kind="question", topic=last.topic, text=probe, interviewer=last.interviewer)
                yield from self._speak(session, "follow-up", "interview", None, move, probe)
                return
            session.probe_pending = False
        moves = session.plan.conversation
        while moves[session.cursor][1].kind == "objection" and (
            moves[session.cursor][1].topic in session.profile.dismissed_objections
        ):
            session.cursor += 1  # "not true of me": the candidate dismissed it before it was asked
        stage, move = moves[session.cursor]
        if move.kind == "thank-you":
            # An instruction to the candidate, not an interviewer line: the plan's wording is exact.
            turn = self._new_turn(session, "thank-you", stage, session.cursor, move, move.text)
            session.cursor += 1
            self.store.add_turn(session, turn)
            yield TurnEvent(kind="delta", text=turn.question)
            yield TurnEvent(kind="done", text=turn.question, turn=turn)
            return
        kind = "closing" if move.kind == "closing" else move.kind
        yield from self._speak(session, kind, stage, session.cursor, move)

    @property
    def turn_mode(self) -> TurnMode:
        return self.settings.turn_mode_for(self.settings.model)

    @property
    def writer(self) -> TurnWriter:
        if self._writer is None:
            self._writer = TurnWriter(
                self.model, self.retriever, self.prompts_dir, self.settings.context_size
            )
        return self._writer

    def greeting_move(self, session: Session) -> Move:
        interviewer = get_persona(session.plan.persona).interviewers[0]
        return Move(
            kind="question",
            topic="greeting",
            text=f"Welcome; I'm {interviewer.name}, {interviewer.title}. Shall we begin?",
            interviewer=f"{interviewer.name}, {interviewer.title}",
        )

    def _new_turn(
        self, session: Session, kind: str, stage: str, move_index: int | None, move: Move, text: str
    ) -> Turn:
        turn = Turn.model_validate(
            {
                "index": len(session.turns),
                "stage": stage,
                "kind": kind,
                "topic": move.topic,
                "move": move_index,
                "interviewer": move.interviewer,
                "question": text,
            }
        )
        session.turns.append(turn)
        return turn

    def _speak(
        self,
        session: Session,
        kind: str,
        stage: str,
        move_index: int | None,
        move: Move,
        probe: str | None = None,
    ) -> Iterator[TurnEvent]:
        """Word the move (see `speaking`), store the turn and move the session on. A model error propagates
        and the move stays unplayed."""
        worded: Worded | None = None
        for event in self.writer.word(session, kind, move, self.turn_mode, self._vocabulary(), probe):
            if isinstance(event, Worded):
                worded = event
            else:
                yield event
        assert worded is not None
        turn = self._new_turn(session, kind, stage, move_index, move, worded.text)
        turn.replaced, turn.prompt, turn.probe = worded.replaced, worded.prompt, probe
        turn.bridge, turn.rejected = worded.bridge, worded.rejected
        if worded.replaced:
            turn.notices.append(
                f"The model's wording broke a rule twice ({worded.rejected[-1].split(': ', 1)[-1]}); "
                "the plan's own wording is used."
            )
        if move_index is not None:
            session.cursor = move_index + 1
        if kind == "follow-up":
            session.probe_pending = False
        self.store.add_turn(session, turn)
        yield TurnEvent(kind="done", text=worded.text, turn=turn)

    # -- spoken answers ----------------------------------------------------------------------------------

    @property
    def transcriber(self) -> Transcriber:
        if self._transcriber is None:
            # Whisper itself loads on the first transcription, not here.
            self._transcriber = Transcriber(self.settings)
        return self._transcriber

    @property
    def speaker(self) -> Speaker:
        if self._speaker is None:
            self._speaker = Speaker()
        return self._speaker

    def transcribe(self, audio: Path) -> SpokenAnswer:
        """A recorded answer as editable text, with the word timings its delivery is measured from."""
        return SpokenAnswer(audio=audio, transcript=self.transcriber.transcribe_file(audio))

    def speak(self, text: str) -> tuple[int, Any]:
        """The interviewer's line as (sample rate, int16 samples)."""
        return self.speaker.synthesize(text)

    def answer(self, session: Session, text: str, spoken: SpokenAnswer | None = None) -> Turn:
        """Take the candidate's answer (typed, or a transcript they may have edited) and score it.

        An answer saved whose scoring failed (a model outage) is scored again here rather than attached to
        a question the candidate never saw: sent again as it was, or with the box left empty, it is the
        same answer; edited, the new text replaces it, since it was never scored."""
        pending = session.unscored_turn
        if pending is not None and session.open_turn is None:
            assert pending.answer is not None
            if text.strip() and text != pending.answer:
                stored = pending.answer
                pending.answer = self._fitted(pending, text)
                self.store.save_turn(session, pending, stored)
            return self._score_saved(session, pending)
        turn = session.open_turn
        if turn is None:
            raise InputError("No question is waiting for an answer; ask for the next turn first.")
        if not text.strip():
            raise InputError("The answer is empty; write or say something before sending it.")
        turn.answer, turn.answered_at = self._fitted(turn, text), now()
        if spoken is not None:
            keep_audio(self.settings.home, self.settings.audio_dir, session, turn, spoken)
        try:
            self.store.save_turn(session, turn, None)  # the answer is safe before any scoring starts
        except ConflictError:
            turn.answer = turn.answered_at = None
            raise
        return self._score_saved(session, turn, spoken)

    @staticmethod
    def _fitted(turn: Turn, text: str) -> str:
        if len(text) <= MAX_STORED_ANSWER_CHARS:
            return text
        turn.notices.append(f"The answer was longer than {MAX_STORED_ANSWER_CHARS:,} characters and was cut.")
        return text[:MAX_STORED_ANSWER_CHARS]

    def _score_saved(self, session: Session, turn: Turn, spoken: SpokenAnswer | None = None) -> Turn:
        """Score an answer already saved, then move the session on; a failure leaves it saved, unscored."""
        self._assess(session, turn, spoken)
        if turn.kind in ("question", "objection") and turn.overall is not None and turn.overall < PROBE_BELOW:
            session.probe_pending = self._probe_for(session, turn) is not None
        if not session.probe_pending and session.cursor >= len(session.plan.conversation):
            session.status = "finished"
        self.store.save_turn(session, turn, turn.answer)
        return turn

    @staticmethod
    def _probe_for(session: Session, answered: Turn) -> str | None:
        """The probe a weak answer gets: its weakest part not yet probed, within the interview's allowance
        (so an interview's length is known in advance); None when there is none left."""
        probes = [t for t in session.turns if t.kind == "follow-up"]
        if len(probes) >= PROBES_PER_LENGTH[session.profile.length]:
            return None
        used = {t.probe for t in probes if t.probe}
        return choose_probe(answered.scorecard, answered.answer or "", used, answered.kind == "objection")

    def score_pending(self, session: Session) -> Turn | None:
        """Score an answer that was saved but never scored (a crash, an outage); None if there is none."""
        pending = session.unscored_turn
        return self._score_saved(session, pending) if pending is not None else None

    def retry(self, session: Session, turn_index: int, text: str, spoken: SpokenAnswer | None = None) -> Turn:
        """Answer a scored turn again; the earlier attempt is kept, so the change in score can be shown."""
        if not 0 <= turn_index < len(session.turns) or session.turns[turn_index].answer is None:
            raise InputError("Only an answered turn can be tried again.")
        if not text.strip():
            raise InputError("The new answer is empty.")
        turn = session.turns[turn_index]
        assert turn.answer is not None and turn.answered_at is not None
        earlier = turn.answer
        turn.attempts.append(
            Attempt(
                answer=turn.answer,
                overall=turn.overall,
                answered_at=turn.answered_at,
                audio=turn.audio,
                delivery=turn.delivery,
                dimensions={n: d.score for n, d in turn.scorecard.dimensions.items() if d.score is not None}
                if turn.scorecard is not None
                else {},
            )
        )
        turn.answer, turn.answered_at = text[:MAX_STORED_ANSWER_CHARS], now()
        turn.audio = turn.delivery = None
        if spoken is not None:
            keep_audio(self.settings.home, self.settings.audio_dir, session, turn, spoken)
        turn.scorecard = turn.closing = turn.thank_you = None
        self.store.save_turn(session, turn, earlier)
        self._assess(session, turn, spoken)
        self.store.save_turn(session, turn, turn.answer)
        return turn

    def _assess(self, session: Session, turn: Turn, spoken: SpokenAnswer | None = None) -> None:
        assert turn.answer is not None
        if turn.kind == "closing":
            turn.closing = check_closing_questions(turn.answer)
        elif turn.kind == "thank-you":
            conversation = " ".join(
                f"{t.question} {t.answer or ''}" for t in session.turns if t.kind != "greeting"
            )
            name = (turn.interviewer or "").split(",")[0]
            turn.thank_you = check_thank_you(turn.answer, name, conversation)
        else:
            question, objection = session.scored_against(turn)
            turn.scorecard = self.scorer.score(
                ScoreInput(
                    role=session.profile.role.display_title,
                    question=question,
                    answer=turn.answer,
                    objection=objection,
                    company_brief=session.profile.company_brief,
                    company=session.profile.company,
                )
            )
            if spoken is not None:  # each quoted span gets its place in the recording
                turn.scorecard = timed(turn.scorecard, turn.answer, spoken.transcript.words)
            if turn.scorecard.flags and any(f.startswith("truncated") for f in turn.scorecard.flags):
                turn.notices.append("The answer was long; only its first part was scored.")

    def report(self, session: Session) -> Report:
        return build_report(session)

    def prompt_tokens(self, session: Session, move: Move) -> int:
        """Prompt size of a free-mode turn, for the benchmark that checks it stays flat as a session grows."""
        planned = self.writer.planned_line(session, move.kind, move)
        messages, _ = self.writer.free_messages(session, move.kind, move, planned, self._vocabulary())
        return count_message_tokens([m.content for m in messages])
