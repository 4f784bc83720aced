"""The app's settings: environment variables prefixed ``PFORTE_`` (and ``.env``)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pforte.paths import DEFAULT_DATABASE_URL, ROOT


class SettingsError(RuntimeError):
    """A setting is missing or malformed; the message says which and how to fix it."""


class AppSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PFORTE_", env_file=ROOT / ".env", extra="ignore", frozen=True
    )

    database_url: str = DEFAULT_DATABASE_URL
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8080, ge=1, le=65535)
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout_seconds: float = Field(default=5.0, gt=0)
    action_port: int = Field(default=5055, ge=1, le=65535)
    # Secret, no default: the key of the keyed hash that pseudonymises contacts.
    pseudonym_key: SecretStr = Field(min_length=32)
    telegram_token: SecretStr | None = None
    log_level: str = "INFO"

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgresql://", "postgresql+psycopg://")):
            raise ValueError("must start with sqlite:// or postgresql://")
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value

    @field_validator("rasa_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/")


def describe_error(error: ValidationError, prefix: str = "PFORTE_") -> str:
    lines = ["Pforte cannot start: settings are missing or malformed."]
    for item in error.errors():
        name = prefix + "_".join(str(part) for part in item["loc"]).upper()
        reason = "is missing" if item["type"] == "missing" else item["msg"]
        lines.append(f"  {name}: {reason}")
    lines.append("Set them in the environment or in .env (see .env.example).")
    return "\n".join(lines)


@lru_cache(maxsize=1)
def get_settings() -> AppSettings:
    try:
        return AppSettings()  # type: ignore[call-arg]
    except ValidationError as error:
        raise SettingsError(describe_error(error)) from error
