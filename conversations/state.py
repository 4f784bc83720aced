"""Conversation ownership as an explicit state machine: one owner at a time.

bot --request_human/crisis--> queued --claim--> assigned --release--> bot
                              queued --cancel--> bot
                              assigned --requeue--> queued
any open state --close--> closed
"""

from __future__ import annotations

from enum import Enum


class State(str, Enum):
    BOT = "bot"
    QUEUED = "queued"
    ASSIGNED = "assigned"
    CLOSED = "closed"


class Event(str, Enum):
    REQUEST_HUMAN = "request_human"
    CLAIM = "claim"
    CANCEL = "cancel"
    RELEASE = "release"
    REQUEUE = "requeue"
    CLOSE = "close"


TRANSITIONS: dict[tuple[State, Event], State] = {
    (State.BOT, Event.REQUEST_HUMAN): State.QUEUED,
    (State.QUEUED, Event.CLAIM): State.ASSIGNED,
    (State.QUEUED, Event.CANCEL): State.BOT,
    (State.ASSIGNED, Event.RELEASE): State.BOT,
    (State.ASSIGNED, Event.REQUEUE): State.QUEUED,
    (State.BOT, Event.CLOSE): State.CLOSED,
    (State.QUEUED, Event.CLOSE): State.CLOSED,
    (State.ASSIGNED, Event.CLOSE): State.CLOSED,
}


class InvalidTransition(ValueError):
    def __init__(self, state: State, event: Event) -> None:
        super().__init__(f"cannot {event.value} a conversation that is {state.value}")
        self.state = state
        self.event = event


def next_state(state: State | str, event: Event) -> State:
    state = State(state)
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise InvalidTransition(state, event) from None


def bot_answers(state: State | str) -> bool:
    """Whether messages in this state go to the bot (Rasa). Queued and assigned: never."""
    return State(state) in (State.BOT, State.CLOSED)
