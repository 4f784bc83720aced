import pytest

from conversations.state import Event, InvalidTransition, State, bot_answers, next_state


def test_the_way_through_a_handoff() -> None:
    state = State.BOT
    state = next_state(state, Event.REQUEST_HUMAN)
    assert state is State.QUEUED
    state = next_state(state, Event.CLAIM)
    assert state is State.ASSIGNED
    assert next_state(state, Event.RELEASE) is State.BOT
    assert next_state(state, Event.CLOSE) is State.CLOSED


@pytest.mark.parametrize(
    ("state", "event"),
    [
        (State.BOT, Event.CLAIM),
        (State.ASSIGNED, Event.CLAIM),
        (State.CLOSED, Event.REQUEST_HUMAN),
        (State.QUEUED, Event.RELEASE),
    ],
)
def test_impossible_transitions_are_refused(state: State, event: Event) -> None:
    with pytest.raises(InvalidTransition):
        next_state(state, event)


def test_only_the_bot_state_reaches_the_bot() -> None:
    assert bot_answers(State.BOT)
    assert not bot_answers(State.QUEUED)
    assert not bot_answers(State.ASSIGNED)
