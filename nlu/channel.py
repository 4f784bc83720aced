"""The REST input channel the Pforte app talks to (POST /webhooks/pforte/webhook).

Like Rasa's ``rest`` channel, but: the message metadata (the conversation's language) is
passed on to the actions; replies are kept whole (Rasa's collecting channel splits texts at
blank lines into several messages); a failure answers 500, so the app knows the bot failed
and hands the person to a counsellor; and message texts are never written to the log.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from nlu import speedups

logger = logging.getLogger(__name__)
speedups.install()


class WholeMessageOutput(CollectingOutputChannel):
    @classmethod
    def name(cls) -> str:
        return "pforte"

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._persist_message(self._message(recipient_id, text=text))


class PforteInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "pforte"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("pforte_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.json if isinstance(request.json, dict) else {}
            sender = str(body.get("sender") or "")
            text = body.get("message")
            metadata = body.get("metadata") if isinstance(body.get("metadata"), dict) else {}
            if not sender or not isinstance(text, str):
                return response.json({"error": "sender and message are required"}, status=400)
            collector = WholeMessageOutput()
            try:
                await on_new_message(
                    UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata)
                )
            except Exception:
                logger.exception("handling a message of conversation %s failed", sender)
                return response.json({"error": "the bot failed"}, status=500)
            return response.json(collector.messages)

        return webhook
