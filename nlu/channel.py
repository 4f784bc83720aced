"""The REST input channel the Pforte app talks to: like Rasa's ``rest`` channel, plus the
message metadata (the conversation's language) passed on to the actions."""

from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.core.channels.rest import RestInput
from sanic.request import Request


class PforteInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "pforte"

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        body = request.json or {}
        metadata = body.get("metadata")
        return metadata if isinstance(metadata, dict) else {}
