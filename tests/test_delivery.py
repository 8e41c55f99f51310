"""Delivery analytics on hand-made word lists: pace, long pauses, fillers, and the notes they lead to."""

from __future__ import annotations

from interviewer.voice.delivery import Word, analyse_delivery, count_fillers, long_pauses


def timed(
    text: str, start: float = 0.0, step: float = 0.4, gaps: dict[int, float] | None = None
) -> list[Word]:
    """One word every `step` seconds (each lasting 0.3 s), with extra silence before the words in `gaps`."""
    words, t = [], start
    for i, token in enumerate(text.split()):
        t += (gaps or {}).get(i, 0.0)
        words.append(Word(text=token, start=round(t, 3), end=round(t + 0.3, 3)))
        t += step
    return words


def test_words_per_minute_from_the_first_to_the_last_word() -> None:
    words = timed(" ".join(["word"] * 60), start=2.0, step=0.4)  # 60 words over 23.9 s of speech
    delivery = analyse_delivery(words, audio_seconds=30.0)
    assert delivery.speaking_seconds == 23.9  # leading and trailing silence are not speaking time
    assert delivery.words_per_minute == round(60 / 23.9 * 60, 1)
    assert delivery.pace == "comfortable" and delivery.note is None


def test_slow_and_fast_answers_get_a_plain_note() -> None:
    slow = analyse_delivery(timed(" ".join(["word"] * 40), step=0.8), audio_seconds=40)
    assert slow.pace == "slow" and "slow" in (slow.note or "") and "110-170" in (slow.note or "")
    fast = analyse_delivery(timed(" ".join(["word"] * 80), step=0.3), audio_seconds=30)
    assert fast.pace == "fast" and "fast" in (fast.note or "")


def test_long_pauses_are_a_second_or_more_between_words() -> None:
    words = timed("we cut costs by a third and then we grew", gaps={4: 1.6, 7: 0.5})
    pauses = long_pauses(words)
    assert [(p.after, p.seconds) for p in pauses] == [("by", 1.7)]
    assert long_pauses(words, threshold=0.5)[1].after == "and"


def test_many_long_pauses_are_mentioned() -> None:
    text = " ".join(["word"] * 40)
    delivery = analyse_delivery(timed(text, gaps={5: 1.5, 15: 2.0, 25: 1.2}), audio_seconds=30)
    assert len(delivery.long_pauses) == 3 and "3 pauses" in (delivery.note or "")


def test_fillers_are_counted_and_labelled_a_lower_bound() -> None:
    words = timed("Um, so I, uh, led the team, you know, and, like, we basically doubled sales. I mean it.")
    assert count_fillers(words) == {"um": 1, "uh": 1, "you know": 1, "like": 1, "basically": 1, "i mean": 1}
    delivery = analyse_delivery(words, audio_seconds=10)
    assert delivery.filler_count == 6 and delivery.fillers_lower_bound


def test_words_that_only_look_like_fillers_are_not_counted() -> None:
    words = timed("I like to know what kind of team you run and what sort of results you want")
    assert count_fillers(words) == {}
    assert count_fillers(timed("It was, kind of, a turnaround")) == {"kind of": 1}


def test_a_few_words_are_too_short_to_judge() -> None:
    delivery = analyse_delivery(timed("Yes, I can."), audio_seconds=2)
    assert delivery.pace == "too short to tell"
    empty = analyse_delivery([], audio_seconds=1)
    assert empty.words == 0 and empty.words_per_minute == 0
