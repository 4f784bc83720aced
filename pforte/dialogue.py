"""One incoming message, from any channel, to the replies the person gets.

    store the message (its own transaction) -> queued/assigned? no bot
    -> normalise, identify the language, crisis layer -> Rasa (NLU + rules + actions)
    -> apply what the actions reported (handoff, crisis, language) -> store the replies.

The conversation store has a single writer: this module (actions only read content).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from content.feedback import record_feedback
from content.gaps import record_gap
from content.models import GapReason
from content.store import answer_text, faq_slugs, published_answer
from conversations.models import Contact, Conversation, Direction, Sender, utcnow
from conversations.models import Message as MessageRow
from conversations.outbox import deliver
from conversations.pseudonym import pseudonym
from conversations.repository import (
    add_message,
    answered_question,
    find_contact,
    find_open_conversation,
    get_or_create_contact,
    last_offered_payloads,
    open_conversation,
    previous_intent,
    previous_question,
    queue,
    set_language,
)
from conversations.state import Event, State, bot_answers, next_state
from handoff.hours import ServiceHours
from handoff.queue import online_counsellors, position
from pforte import messages as m
from pforte import payloads
from pforte.crisis_reply import TAPPED, crisis_reply, safety_line
from pforte.db import unit_of_work
from pforte.i18n import LANGUAGES, language_buttons, translate
from pforte.rasa_client import BotUnavailable, RasaClient
from pforte.text.crisis import detect_crisis
from pforte.text.language import detect, supported_or_none
from pforte.text.normalise import normalise
from pforte.text.translit import has_cyrillic

logger = logging.getLogger(__name__)

FALLBACKS = {"nlu_fallback", "out_of_scope"}


@dataclass(frozen=True)
class Incoming:
    channel: str  # web | telegram
    user_id: str  # the channel's id of the person (hashed before it is stored)
    text: str
    payload: str | None = None  # a tapped button's payload (validated: must have been offered)
    chat_ref: str | None = None  # where to reply (Telegram chat id)
    client_language: str | None = None
    command: str | None = None  # a trusted intent from the gateway's own commands, e.g. /human_request
    kind: str = "text"  # text, or what else the person sent (voice, photo, sticker, document, location)
    source: str | None = None  # where the person came from (deep-link parameter)


@dataclass
class Reply:
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    message_id: int | None = None


@dataclass
class Outcome:
    conversation_id: int
    language: str
    replies: list[Reply]
    inbound_id: int


# Handoffs the person did not ask for, and what they are told first.
UNASKED = {"repeated_concern": m.CONCERN_PASSED, "repeated_fallback": m.FALLBACK_PASSED}


def reply_language(detected: str, text: str, *, remembered: str | None, client_language: str | None) -> str:
    """The language the bot answers in: the identified one when the service speaks it; else the
    conversation's, the person's Telegram or browser language, Russian for other Cyrillic text
    (Ukrainian: most refugees from Ukraine read Russian better than German, and a crisis reply
    must be understood at once), German for the rest (with the language choice)."""
    if detected in LANGUAGES:
        return detected
    for language in (remembered, supported_or_none(client_language)):
        if language in LANGUAGES:
            return language
    return "ru" if has_cyrillic(text) else "de"


class Dialogue:
    def __init__(
        self,
        *,
        sessions: sessionmaker[Session],
        rasa: RasaClient,
        pseudonym_key: str,
        hours: ServiceHours | None = None,
        minutes_per_conversation: int = 10,
    ) -> None:
        self._sessions = sessions
        self._rasa = rasa
        self._key = pseudonym_key
        self._hours = hours
        self._minutes_per_conversation = minutes_per_conversation

    async def handle(self, incoming: Incoming) -> Outcome:
        """Database work runs in worker threads: the event loop never waits for a lock."""

        def store() -> tuple[int, int, str, str | None, str | None, str | None, bool]:
            # 1. Stored before anything else happens.
            with unit_of_work(self._sessions) as session:
                contact = get_or_create_contact(
                    session,
                    pseudonym=self.pseudonym_of(channel=incoming.channel, user_id=incoming.user_id),
                    channel=incoming.channel,
                    chat_ref=incoming.chat_ref,
                    client_language=incoming.client_language,
                )
                if incoming.source and not contact.source:
                    contact.source = incoming.source
                conversation = open_conversation(session, contact=contact)
                remembered = conversation.language or contact.language
                payload = incoming.command or self._valid_payload(session, conversation, incoming.payload)
                shown = incoming.text if incoming.text.strip() or not payload else payload
                if incoming.kind != "text":
                    shown = f"[{incoming.kind}]"  # what was sent, never its content
                inbound = add_message(
                    session,
                    conversation=conversation,
                    direction=Direction.IN,
                    sender=Sender.PERSON,
                    text=shown,
                )
                conversation_id, inbound_id, state = conversation.id, inbound.id, conversation.state
                client_language = contact.client_language
                marked = bool(conversation.crisis or conversation.concern)

            return conversation_id, inbound_id, state, remembered, client_language, payload, marked

        (
            conversation_id,
            inbound_id,
            state,
            remembered,
            client_language,
            payload,
            marked,
        ) = await asyncio.to_thread(store)
        text = normalise(incoming.text)
        detection = detect(text, remembered=remembered, client_language=client_language)
        language = reply_language(
            detection.language, text, remembered=remembered, client_language=client_language
        )
        signal = detect_crisis(text) if text else None
        # The lexicon's category, or "I am in danger now" tapped under the line with the numbers.
        danger = signal.category if signal else (TAPPED if payload == payloads.DANGER else None)

        # 2. Decide what the person gets.
        facts: dict[str, Any] = {}
        replies: list[Reply]
        if incoming.kind != "text":
            replies = [Reply(translate(language, m.NON_TEXT))]
        elif payload is None and not text:
            replies = [Reply(translate(language, m.EMPTY_MESSAGE))]
        elif payload is None and not any(ch.isalnum() for ch in text):
            replies = [Reply(translate(language, m.NO_WORDS))]
        elif payload == payloads.CANCEL_HANDOFF and state == State.QUEUED.value:
            replies, facts = [Reply(translate(language, m.HANDOFF_CANCELLED))], {"cancel": True}
        elif payload is not None and (tapped := payloads.FEEDBACK.match(payload)):
            replies = await asyncio.to_thread(
                self._feedback, conversation_id, tapped.group(2), tapped.group(1) == "helpful", language
            )
            facts["feedback"] = tapped.group(1)
        elif (
            not bot_answers(state)
            and payload is not None
            and (answered := await asyncio.to_thread(self._topic_answer, payload, language))
        ):
            # A topic button the bot offered (after the emergency numbers): the answer is content,
            # not dialogue, and helps while the person waits.
            replies, facts = [Reply(answered)], {}
        elif not bot_answers(state):
            replies, facts = await self._while_with_humans(
                language, state, text, danger=danger, marked=marked
            )
        elif payload is None and detection.language not in LANGUAGES and danger is None:
            # In the person's Telegram or browser language if we speak it, else German; then the same
            # in English (the message id is the English text), which more people read than German;
            # and a person as well as the languages.
            choice = translate(language, m.LANGUAGE_CHOICE) + "\n\n" + m.LANGUAGE_CHOICE
            replies = [Reply(choice, [*language_buttons(), payloads.human_button(language)])]
        else:
            if danger is not None:
                facts["handoff"] = "crisis"
            try:
                turn = await self._rasa.send(
                    sender=str(conversation_id), text=payload or text, language=language
                )
                replies = [Reply(t, b) for t, b in turn.texts]
                facts.update(turn.facts)
            except BotUnavailable as error:
                logger.warning("bot unavailable for conversation %s: %s", conversation_id, error)
                replies, turn_facts = await asyncio.to_thread(self._bot_unavailable, language, danger)
                facts.update(turn_facts)

        def apply() -> str:
            language_now = language
            # 3. Apply what happened and store the replies.
            with unit_of_work(self._sessions) as session:
                conversation = session.get_one(Conversation, conversation_id)
                if facts.get("language") in LANGUAGES:
                    language_now = facts["language"]
                if language_now != conversation.language:
                    set_language(session, conversation=conversation, language=language_now)
                if facts.get("cancel") and conversation.state == State.QUEUED.value:
                    conversation.state = next_state(conversation.state, Event.CANCEL).value
                    conversation.handoff_reason = None
                    conversation.queued_at = None
                if (
                    facts.get("fallback")
                    and previous_intent(session, conversation_id=conversation_id, before_id=inbound_id)
                    in FALLBACKS
                ):
                    facts["handoff"] = "repeated_fallback"
                if facts.get("safety_note"):
                    # Close to a crisis a second time: a counsellor should look, unasked.
                    if conversation.concern and not facts.get("handoff") and bot_answers(conversation.state):
                        facts["handoff"] = "repeated_concern"
                    conversation.concern = True
                handoff = facts.get("handoff")
                self._record_gap(session, conversation_id, inbound_id, language_now, text, payload, facts)
                if handoff:
                    newly = queue(
                        session, conversation=conversation, reason=handoff, crisis=handoff == "crisis"
                    )
                    if newly and handoff != "crisis":
                        notice = self._waiting_notice(session, conversation, language_now)
                        # Unasked: say why first, in the same message.
                        if (why := UNASKED.get(handoff)) is not None:
                            notice.text = translate(language_now, why) + "\n\n" + notice.text
                        replies.append(notice)
                    # The crisis reply says a counsellor is informed; at night nobody reads it before
                    # the morning, and a person in danger must not wait for us. In the same message:
                    # each message more is a send more within Telegram's rate limit.
                    if (
                        handoff == "crisis"
                        and replies
                        and conversation.state != State.ASSIGNED.value  # else a counsellor is there
                        and (back := self._next_opening(language_now)) is not None
                    ):
                        closed = translate(language_now, m.CRISIS_CLOSED, **back)
                        replies[0] = Reply(replies[0].text + "\n\n" + closed, replies[0].buttons)
                inbound_row = session.get(MessageRow, inbound_id)
                if inbound_row is not None:
                    inbound_row.language = detection.language
                    inbound_row.intent = (
                        facts.get("answered") or facts.get("fallback") or handoff or facts.get("feedback")
                    )
                for reply in replies:
                    stored = add_message(
                        session,
                        conversation=conversation,
                        direction=Direction.OUT,
                        sender=Sender.BOT,
                        text=reply.text,
                        language=language_now,
                        buttons=reply.buttons,
                    )
                    reply.message_id = stored.id
                    deliver(
                        session,
                        channel=incoming.channel,
                        chat_ref=incoming.chat_ref,
                        message=stored,
                        buttons=reply.buttons,
                    )
            return language_now

        language = await asyncio.to_thread(apply)
        return Outcome(conversation_id, language, replies, inbound_id)

    async def tell(
        self,
        *,
        channel: str,
        user_id: str,
        chat_ref: str | None,
        message: str,
        buttons: list[dict[str, str]] | None = None,
        client_language: str | None = None,
    ) -> str:
        """A message of the bot's own (help, privacy notice, confirmations) into the person's
        conversation, in its language; delivered like every other reply. Returns the language."""
        return await asyncio.to_thread(
            self._tell, channel, user_id, chat_ref, message, buttons, client_language
        )

    def _tell(
        self,
        channel: str,
        user_id: str,
        chat_ref: str | None,
        message: str,
        buttons: list[dict[str, str]] | None,
        client_language: str | None,
    ) -> str:
        with unit_of_work(self._sessions) as session:
            contact = get_or_create_contact(
                session,
                pseudonym=self.pseudonym_of(channel=channel, user_id=user_id),
                channel=channel,
                chat_ref=chat_ref,
                client_language=client_language,
            )
            conversation = open_conversation(session, contact=contact)
            language = conversation.language or contact.language or supported_or_none(client_language) or "de"
            text = translate(language, message)
            stored = add_message(
                session,
                conversation=conversation,
                direction=Direction.OUT,
                sender=Sender.SYSTEM,
                text=text,
                language=language,
                buttons=buttons,
            )
            deliver(session, channel=channel, chat_ref=chat_ref, message=stored, buttons=buttons)
        return language

    def pseudonym_of(self, *, channel: str, user_id: str) -> str:
        return pseudonym(key=self._key, channel=channel, user_id=user_id)

    def _current(
        self, session: Session, channel: str, user_id: str
    ) -> tuple[Contact | None, Conversation | None]:
        contact = find_contact(session, pseudonym=self.pseudonym_of(channel=channel, user_id=user_id))
        conversation = find_open_conversation(session, contact_id=contact.id) if contact else None
        return contact, conversation

    def offered(self, *, channel: str, user_id: str) -> set[str]:
        """The button payloads the person may send back now."""
        with self._sessions() as session:
            _, conversation = self._current(session, channel, user_id)
            return last_offered_payloads(session, conversation_id=conversation.id) if conversation else set()

    def language_of(self, *, channel: str, user_id: str, client_language: str | None) -> str:
        """The person's language: the conversation's, the contact's, the client's, else German."""
        with self._sessions() as session:
            contact, conversation = self._current(session, channel, user_id)
            known = (conversation and conversation.language) or (contact and contact.language)
        return known or supported_or_none(client_language) or "de"

    def _next_opening(self, language: str) -> dict[str, str] | None:
        """Outside the service hours: when the counsellors are back (day and time, in the language)."""
        now = utcnow()
        if self._hours is None or self._hours.is_open(now):
            return None
        opening = self._hours.next_opening(now)
        if opening is None:
            return None
        day = translate(language, m.WEEKDAYS[opening.weekday()]) + opening.strftime(" %d.%m.")
        return {"day": day, "time": opening.strftime("%H:%M")}

    def _waiting_notice(self, session: Session, conversation: Conversation, language: str) -> Reply:
        """Where the person stands: place and expected wait, or when the service opens again."""
        cancel = [{"title": translate(language, m.BUTTON_CANCEL), "payload": payloads.CANCEL_HANDOFF}]
        if (back := self._next_opening(language)) is not None:
            return Reply(translate(language, m.QUEUE_CLOSED, **back), cancel)
        place = position(session, conversation=conversation)
        online = online_counsellors(session)
        if online == 0:  # within the hours, but nobody signed in: no made-up waiting time
            return Reply(translate(language, m.QUEUE_NOBODY_ONLINE, position=place), cancel)
        minutes = max(5, round(place * self._minutes_per_conversation / online / 5) * 5)
        return Reply(translate(language, m.QUEUE_POSITION, position=place, minutes=minutes), cancel)

    def _valid_payload(self, session: Session, conversation: Conversation, payload: str | None) -> str | None:
        """A button payload counts only if it is well-formed and the bot offered it."""
        if not payload or not payloads.WELL_FORMED.match(payload):
            return None
        return payload if payload in last_offered_payloads(session, conversation_id=conversation.id) else None

    def _feedback(self, conversation_id: int, slug: str, helpful: bool, language: str) -> list[Reply]:
        """A tap on "helpful" / "not helpful": counted once per answer; "not helpful" offers a
        counsellor and keeps the question (masked) as a content gap."""
        with unit_of_work(self._sessions) as session:
            question = answered_question(session, conversation_id=conversation_id, slug=slug)
            if question is None:
                return [Reply(translate(language, m.FEEDBACK_ALREADY))]
            record_feedback(session, slug=slug, language=language, helpful=helpful, day=utcnow().date())
            if helpful:
                return [Reply(translate(language, m.FEEDBACK_THANKS))]
            if question:
                record_gap(
                    session,
                    language=language,
                    reason=GapReason.NOT_HELPFUL.value,
                    text=question,
                    suggested=slug,
                )
        return [Reply(translate(language, m.FEEDBACK_SORRY), [payloads.human_button(language)])]

    def _record_gap(
        self,
        session: Session,
        conversation_id: int,
        inbound_id: int,
        language: str,
        text: str,
        payload: str | None,
        facts: dict[str, Any],
    ) -> None:
        """What the bot could not answer, for the editors (masked, not linked to the person).
        Crisis messages are never kept here."""
        handoff = facts.get("handoff")
        if handoff == "crisis" or payload is not None or not text:
            return
        fallback = facts.get("fallback")
        if fallback:
            reason = GapReason.OUT_OF_SCOPE if fallback == "out_of_scope" else GapReason.FALLBACK
            suggested = (facts.get("suggested") or [None])[0]
            record_gap(session, language=language, reason=reason.value, text=text, suggested=suggested)
        elif handoff == "bot_unavailable":
            record_gap(session, language=language, reason=GapReason.HANDOFF.value, text=text)
        elif handoff == "human_request":
            # The question the bot answered just before the person asked for a human.
            earlier = previous_question(
                session, conversation_id=conversation_id, before_id=inbound_id, topics=faq_slugs(session)
            )
            if earlier is not None:
                record_gap(
                    session,
                    language=language,
                    reason=GapReason.HANDOFF.value,
                    text=earlier[0],
                    suggested=earlier[1],
                )

    def _topic_answer(self, payload: str, language: str) -> str | None:
        """The published answer of a catalogue topic named by a button payload ("/wohngeld")."""
        slug = payload.removeprefix("/")
        with self._sessions() as session:
            if slug not in faq_slugs(session):
                return None
            answer = published_answer(session, slug=slug, language=language)
        return answer_text(answer, language) if answer else None

    def _crisis_text(self, language: str, category: str | None = None) -> str:
        with self._sessions() as session:
            answer = published_answer(session, slug="crisis", language=language)
        return crisis_reply(answer.text if answer else None, category=category, language=language)

    async def _while_with_humans(
        self, language: str, state: str, text: str, *, danger: str | None, marked: bool
    ) -> tuple[list[Reply], dict[str, Any]]:
        """Queued or assigned: nothing goes to the bot's dialogue. The crisis layer still reads
        the message (the lexicon, then the model without touching the conversation): a danger
        phrase, or "I am in danger now" tapped, gets the emergency numbers at once and raises the
        conversation's priority; so does the model's judgement while the person waits, but with a counsellor already writing it
        only flags the conversation for them (the model errs more often than the lexicon, and a
        person is there). Close to a crisis marks it (concern), and a person still waiting also
        gets the line with the numbers, once: not when the conversation was marked before."""
        waiting = state == State.QUEUED.value
        if danger is not None:
            return await asyncio.to_thread(self._danger_reply, language, danger)
        judged = close = False
        if text:
            try:
                parsed = await self._rasa.parse(text=text)
                judged = (parsed.get("intent") or {}).get("name") == "crisis"
                close = bool(parsed.get("safety_note"))
            except BotUnavailable:
                pass  # the lexicon has spoken; the person is with the counsellors anyway
        if judged and waiting:
            return [Reply(await asyncio.to_thread(self._crisis_text, language))], {"handoff": "crisis"}
        if judged:
            return [], {"handoff": "crisis"}
        replies = [Reply(translate(language, m.HUMAN_ALREADY))] if waiting else []
        if close and waiting and not marked:
            replies.append(Reply(*safety_line(language)))
        return replies, {"safety_note": True} if close else {}

    def _danger_reply(self, language: str, danger: str) -> tuple[list[Reply], dict[str, Any]]:
        """The lexicon's category, or "I am in danger now" tapped: the numbers, and a counsellor."""
        return [Reply(self._crisis_text(language, danger))], {"handoff": "crisis"}

    def _bot_unavailable(self, language: str, danger: str | None) -> tuple[list[Reply], dict[str, Any]]:
        if danger is not None:
            return self._danger_reply(language, danger)
        return [Reply(translate(language, m.BOT_UNAVAILABLE))], {"handoff": "bot_unavailable"}
