"""Database engine and sessions: one session per unit of work, never at import."""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 15}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=15000")
            cursor.close()

        _WRITERS[engine] = threading.Lock()
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


# SQLite has one writer at a time. Its own wait for the lock sleeps in growing steps (up to 100 ms
# each), which under load made writers queue behind sleepers (webhook-to-reply p50 of seconds at
# 20 updates/s); units of work of one process take turns on a plain lock instead, which hands over
# at once. (A lock, not an RLock: FastAPI may leave a request's unit of work on another thread.)
_WRITERS: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def _turn(lock: threading.Lock) -> Iterator[None]:
    if not lock.acquire(timeout=60):
        raise TimeoutError("the database stayed busy for 60 s")
    try:
        yield
    finally:
        lock.release()


@contextmanager
def unit_of_work(factory: sessionmaker[Session], *, take_turns: bool = True) -> Iterator[Session]:
    """A session that commits when the block succeeds and rolls back otherwise.
    On SQLite, units of work take turns (see _WRITERS): never open one inside another.
    ``take_turns=False`` for a web request's session, which may hold other units of work."""
    writer = _WRITERS.get(factory.kw.get("bind")) if take_turns else None  # type: ignore[arg-type]
    with _turn(writer) if writer is not None else nullcontext(), factory() as session, session.begin():
        yield session
