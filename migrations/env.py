"""Alembic environment: the URL from the caller (pforte.migrate) or PFORTE_DATABASE_URL."""

from __future__ import annotations

import os

from alembic import context

import bot.updates  # noqa: F401  (registers the tables)
import content.models  # noqa: F401
import conversations.models
import conversations.outbox  # noqa: F401
import handoff.models  # noqa: F401
from pforte.db import Base, make_engine
from pforte.paths import DEFAULT_DATABASE_URL

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    return config.attributes.get("database_url") or os.environ.get(
        "PFORTE_DATABASE_URL", DEFAULT_DATABASE_URL
    )


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(_url())
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
