""" "Try it" for editors: what the bot would do with a message, without a conversation."""

from __future__ import annotations

import asyncio
from typing import Any

from content.store import faq_slugs, published_answer, topic_titles
from pforte import messages as m
from pforte.classify import FALLBACK_INTENT
from pforte.i18n import LANGUAGES, translate
from pforte.rasa_client import BotUnavailable
from pforte.text.crisis import detect_crisis
from pforte.text.language import detect
from pforte.text.normalise import normalise

TOP = 3


async def preview(state: Any, *, text: str) -> dict[str, Any]:
    """``state``: the app's state (``sessions``, ``rasa``)."""
    clean = normalise(text)
    detection = detect(clean)
    language = detection.language if detection.language in LANGUAGES else "de"
    try:
        parsed = await state.rasa.parse(text=clean)
    except BotUnavailable:
        parsed = None
    crisis = detect_crisis(clean) is not None

    def look_up() -> dict[str, Any]:
        with state.sessions() as session:
            faq = faq_slugs(session)
            intent = (parsed or {}).get("intent") or {}
            name = str(intent.get("name") or FALLBACK_INTENT)
            if crisis:
                name = "crisis"
            ranking = [
                r for r in (parsed or {}).get("intent_ranking") or [] if r.get("name") in faq | {"crisis"}
            ]
            titles = topic_titles(session, slugs=[r["name"] for r in ranking[:TOP]], language=language)
            answer = None
            if name in faq or name == "crisis":
                found = published_answer(session, slug=name, language=language)
                if found is not None:
                    answer = {"text": found.text, "language": found.language}
            elif name in (FALLBACK_INTENT, "out_of_scope"):
                message = m.OUT_OF_SCOPE if name == "out_of_scope" else m.NOT_SURE
                answer = {"text": translate(language, message), "language": language}
            return {
                "language": detection.language,
                "intent": "out_of_scope" if name == FALLBACK_INTENT else name,
                "confidence": round(float(intent.get("confidence") or 0.0), 3),
                "ranking": [
                    {
                        "slug": r["name"],
                        "title": titles.get(r["name"], r["name"]),
                        "confidence": round(float(r["confidence"]), 3),
                    }
                    for r in ranking[:TOP]
                ],
                "crisis": crisis or name == "crisis",
                "answer": answer,
                # Not an alarm, but close: the line with the emergency numbers the bot adds.
                "safety_note": translate(language, m.SAFETY_NOTE)
                if name != "crisis" and (parsed or {}).get("safety_note")
                else None,
                "bot_available": parsed is not None,
            }

    return await asyncio.to_thread(look_up)
