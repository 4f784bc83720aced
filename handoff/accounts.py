"""Accounts: argon2 password hashes, login sessions with a CSRF token, throttled logins,
optional TOTP second factor."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from conversations.models import utcnow
from handoff.models import AuditEvent, LoginAttempt, LoginSession, Role, User
from pforte.i18n import LANGUAGES

SESSION_HOURS = 10
MAX_FAILURES = 5  # per username within THROTTLE_MINUTES
THROTTLE_MINUTES = 15
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a password")


class LoginRefused(Exception):
    def __init__(self, reason: str) -> None:  # wrong | throttled | totp
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Login:
    token: str
    csrf_token: str
    user: User


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# As the console's API has it (handoff.api.UserIn): the CLI adds accounts through the same check.
USERNAME = re.compile(r"[a-zA-Z0-9_.-]{2,64}")


def add_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: Role,
    languages: list[str] | None = None,
    max_conversations: int = 5,
) -> User:
    if not USERNAME.fullmatch(username):
        raise ValueError("a user name has 2-64 letters, digits, '.', '_' or '-', and no spaces")
    if unknown := [code for code in languages or [] if code not in LANGUAGES]:
        raise ValueError(f"unsupported language(s) {', '.join(unknown)}; supported: {', '.join(LANGUAGES)}")
    if len(password) < 10:
        raise ValueError("the password needs at least 10 characters")
    if session.scalar(select(User).where(User.username == username)):
        raise ValueError(f"user {username!r} exists already")
    user = User(
        username=username,
        password_hash=_hasher.hash(password),
        role=role.value,
        languages=languages or ["de"],
        max_conversations=max_conversations,
    )
    session.add(user)
    session.flush()
    return user


def login(session: Session, *, username: str, password: str, totp: str | None = None) -> Login:
    since = utcnow() - dt.timedelta(minutes=THROTTLE_MINUTES)
    failures = session.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.username == username, LoginAttempt.at >= since)
    )
    if (failures or 0) >= MAX_FAILURES:
        raise LoginRefused("throttled")
    user = session.scalar(select(User).where(User.username == username, User.active.is_(True)))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
        ok = user is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if (
        ok
        and user is not None
        and user.totp_secret
        and not (totp and pyotp.TOTP(user.totp_secret).verify(totp, valid_window=1))
    ):
        session.add(LoginAttempt(username=username))
        raise LoginRefused("totp")
    if not ok or user is None:
        session.add(LoginAttempt(username=username))
        raise LoginRefused("wrong")
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == username))
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    session.add(
        LoginSession(
            token_hash=_digest(token),
            user_id=user.id,
            csrf_token=csrf,
            expires_at=utcnow() + dt.timedelta(hours=SESSION_HOURS),
        )
    )
    session.add(AuditEvent(user_id=user.id, action="login"))
    return Login(token, csrf, user)


def session_user(session: Session, *, token: str) -> tuple[User, str] | None:
    """The user and CSRF token of a live login session."""
    row = session.get(LoginSession, _digest(token))
    if row is None:
        return None
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=dt.timezone.utc)
    if expires < utcnow():
        return None
    user = session.get(User, row.user_id)
    return (user, row.csrf_token) if user and user.active else None


def logout(session: Session, *, token: str) -> None:
    session.execute(delete(LoginSession).where(LoginSession.token_hash == _digest(token)))


def enable_totp(session: Session, *, user: User) -> str:
    user.totp_secret = pyotp.random_base32()
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.username, issuer_name="Pforte")
