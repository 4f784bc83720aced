"""Bring a database to the newest schema with Alembic."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from pforte.paths import ROOT


def upgrade(engine: Engine) -> None:
    config = Config(str(ROOT / "alembic.ini"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def database_with_content(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """A migrated database holding the shipped content (content/topics/*.yml): for evaluation,
    benchmarks and tests."""
    from content.yaml_files import import_topics, read_directory
    from pforte.db import make_engine, make_sessionmaker, unit_of_work
    from pforte.paths import CONTENT_DIR

    engine = make_engine(url)
    upgrade(engine)
    sessions = make_sessionmaker(engine)
    with unit_of_work(sessions) as session:
        import_topics(session, topics=read_directory(CONTENT_DIR))
    return engine, sessions
