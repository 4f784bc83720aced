"""The action server's settings (``PFORTE_`` environment variables, ``.env``)."""

from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict

from pforte.paths import DEFAULT_DATABASE_URL, ROOT


class ActionSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PFORTE_", env_file=ROOT / ".env", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL


@lru_cache(maxsize=1)
def get_settings() -> ActionSettings:
    return ActionSettings()
