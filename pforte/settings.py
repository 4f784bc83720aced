"""The app's settings: environment variables prefixed ``PFORTE_`` (and ``.env``)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pforte.paths import DEFAULT_DATABASE_URL, ROOT


class SettingsError(RuntimeError):
    """A setting is missing or malformed; the message says which and how to fix it."""


class DatabaseSettings(BaseSettings):
    """What every process needs: where the database is (the CLI and the action server need no more)."""

    model_config = SettingsConfigDict(
        env_prefix="PFORTE_", env_file=ROOT / ".env", extra="ignore", frozen=True
    )

    database_url: str = DEFAULT_DATABASE_URL

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgresql://", "postgresql+psycopg://")):
            raise ValueError("must start with sqlite:// or postgresql://")
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value


class AppSettings(DatabaseSettings):
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8080, ge=1, le=65535)
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout_seconds: float = Field(default=5.0, gt=0)
    action_port: int = Field(default=5055, ge=1, le=65535)
    # Secret, no default: the key of the keyed hash that pseudonymises contacts.
    pseudonym_key: SecretStr = Field(min_length=32)
    # Telegram: a token switches it on; webhook mode when public_url is set, polling otherwise.
    telegram_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    public_url: str | None = None
    webhook_secret: SecretStr | None = None
    log_level: str = "INFO"
    # The counsellors' service (Europe/Berlin): hours, holidays, when a wait counts as overdue.
    service_hours: str = "mon-fri 09:00-17:00"
    holidays: str = ""
    overdue_minutes: int = Field(default=30, ge=1)
    minutes_per_conversation: int = Field(default=10, ge=1)
    # Editors: an answer's review falls due this many months after it was last reviewed.
    review_months: int = Field(default=12, ge=1, le=60)
    # Train new models in the background after editors change examples (off: trainings stay
    # queued until a process with the worker on picks them up).
    training_worker: bool = True
    # Privacy: closed conversations and unanswered questions (content gaps) are deleted
    # this many days after they ended / were asked.
    retention_days: int = Field(default=90, ge=1, le=3650)

    @field_validator("service_hours")
    @classmethod
    def _readable_hours(cls, value: str) -> str:
        from handoff.hours import ServiceHours

        ServiceHours.parse(value)
        return value

    @field_validator("holidays")
    @classmethod
    def _readable_holidays(cls, value: str) -> str:
        from handoff.hours import ServiceHours

        ServiceHours.parse("mon 00:00-00:01", value)
        return value

    @field_validator("telegram_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value():
            return None
        if value is not None and ":" not in value.get_secret_value():
            raise ValueError("looks wrong: a bot token is <digits>:<letters> (from @BotFather)")
        return value

    @field_validator("public_url", "telegram_api_url")
    @classmethod
    def _https_or_http(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/") if not value.endswith("/bot") else value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> AppSettings:
        if self.telegram_token and self.public_url:
            secret = self.webhook_secret.get_secret_value() if self.webhook_secret else ""
            if len(secret) < 16 or not all(c.isalnum() or c in "_-" for c in secret):
                raise ValueError(
                    "PFORTE_WEBHOOK_SECRET is required with PFORTE_PUBLIC_URL: 16-256 characters A-Z a-z 0-9 _ -"
                )
        return self

    @field_validator("rasa_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/")


def describe_error(error: ValidationError, prefix: str = "PFORTE_") -> str:
    lines = ["Pforte cannot start: settings are missing or malformed."]
    for item in error.errors():
        name = prefix + "_".join(str(part) for part in item["loc"]).upper() if item["loc"] else "PFORTE"
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
