"""POST /telegram/webhook: Telegram's updates in webhook mode. A request without the right
X-Telegram-Bot-Api-Secret-Token header is refused (403) and not processed."""

from __future__ import annotations

import hmac
import json

from fastapi import APIRouter, HTTPException, Request

router = APIRouter()


@router.post("/telegram/webhook", tags=["telegram"])
async def webhook(request: Request) -> dict[str, bool]:
    gateway = getattr(request.app.state, "telegram", None)
    if gateway is None or not gateway.webhook_mode:
        raise HTTPException(404, "Telegram webhook is not configured")
    expected = gateway.settings.webhook_secret.get_secret_value()
    given = request.headers.get("x-telegram-bot-api-secret-token", "")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "wrong secret token")
    try:
        payload = json.loads(await request.body())
    except ValueError:
        raise HTTPException(400, "not JSON") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
        raise HTTPException(400, "not a Telegram update")
    await gateway.receive(payload)
    return {"ok": True}
