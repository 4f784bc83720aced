"""The action server's settings: only the database (``PFORTE_DATABASE_URL``, ``.env``)."""

from __future__ import annotations

from functools import lru_cache

from pforte.settings import DatabaseSettings


@lru_cache(maxsize=1)
def get_settings() -> DatabaseSettings:
    return DatabaseSettings()
