"""Pseudonymous contact keys: a keyed hash (HMAC-SHA256) of the channel's user id."""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(*, key: str, channel: str, user_id: str) -> str:
    return hmac.new(key.encode(), f"{channel}:{user_id}".encode(), hashlib.sha256).hexdigest()
