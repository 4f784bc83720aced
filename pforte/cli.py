"""The ``pforte`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy.orm import Session, sessionmaker

from pforte.settings import SettingsError, describe_error


def _sessions() -> sessionmaker[Session]:
    """A migrated database from PFORTE_DATABASE_URL (environment or .env), SQLite under var/ by default."""
    from pforte.db import make_engine, make_sessionmaker
    from pforte.migrate import upgrade
    from pforte.paths import VAR
    from pforte.settings import DatabaseSettings

    VAR.mkdir(exist_ok=True)
    engine = make_engine(DatabaseSettings().database_url)
    upgrade(engine)
    return make_sessionmaker(engine)


def cmd_migrate(args: argparse.Namespace) -> int:
    _sessions()
    print("database is up to date")
    return 0


def cmd_content_import(args: argparse.Namespace) -> int:
    from content.store import list_topics
    from content.yaml_files import ContentError, import_topics, read_directory
    from pforte.db import unit_of_work
    from pforte.paths import CONTENT_DIR

    factory = _sessions()
    try:
        topics = read_directory(CONTENT_DIR)
    except ContentError as error:
        print(f"content error: {error}", file=sys.stderr)
        return 2
    with unit_of_work(factory) as session:
        if args.if_empty and list_topics(session):
            print("content store already has content; not importing (use: pforte content import)")
            return 0
        count = import_topics(session, topics=topics).topics
    print(f"imported {count} topics from {CONTENT_DIR}")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from handoff.accounts import add_user, enable_totp
    from handoff.models import Role
    from pforte.db import unit_of_work

    password = sys.stdin.readline().rstrip("\n")
    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    factory = _sessions()
    try:
        with unit_of_work(factory) as session:
            user = add_user(
                session, username=args.name, password=password, role=Role(args.role), languages=languages
            )
            uri = enable_totp(session, user=user) if args.totp else None
    except ValueError as error:
        print(f"not added: {error}", file=sys.stderr)
        return 2
    print(f"added {args.role} {args.name}")
    if uri:
        print(f"second factor: add this to the authenticator app (as text or QR code): {uri}")
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from pforte.training import TrainingError, train

    factory = _sessions()
    with factory() as session:
        try:
            model = train(session, force=args.force)
        except TrainingError as error:
            print(error, file=sys.stderr)
            return 1
    what = "reused" if model.reused else f"trained in {model.seconds:.0f} s"
    print(f"model {model.path.name} {what}")
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from pforte.classify import classify_stream

    return classify_stream(sys.stdin, sys.stdout, model=args.model)


def cmd_run(args: argparse.Namespace) -> int:
    from pforte.supervisor import main as supervise

    return supervise()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from pforte.settings import get_settings

    settings = get_settings()
    uvicorn.run(
        "pforte.web.app:create_app",
        factory=True,
        host=settings.http_host,
        port=settings.http_port,
        log_level=settings.log_level.lower(),
    )
    return 0


def cmd_content_export(args: argparse.Namespace) -> int:
    from content.yaml_files import write_directory

    target = Path(args.directory)
    with _sessions()() as session:
        count = write_directory(session, target=target)
    print(f"wrote {count} topic files to {target}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pforte", description="Pforte counselling front door")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="bring the database schema up to date").set_defaults(func=cmd_migrate)
    content = sub.add_parser("content", help="content store").add_subparsers(
        dest="content_command", required=True
    )
    imp = content.add_parser("import", help="load content/topics/*.yml into the store")
    imp.add_argument("--if-empty", action="store_true", help="only when the store has no topics")
    imp.set_defaults(func=cmd_content_import)
    exp = content.add_parser("export", help="write the store as one YAML file per topic (the import format)")
    exp.add_argument("directory", help="e.g. content/topics to commit what editors published")
    exp.set_defaults(func=cmd_content_export)
    user = sub.add_parser("user", help="accounts").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="add an account; the password is read from standard input")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["counsellor", "editor", "admin"])
    add.add_argument("--languages", default="de", help="languages the counsellor speaks, e.g. de,ru")
    add.add_argument("--totp", action="store_true", help="require a code from an authenticator app at login")
    add.set_defaults(func=cmd_user_add)
    train = sub.add_parser("train", help="train the Rasa model from the content store")
    train.add_argument("--force", action="store_true")
    train.set_defaults(func=cmd_train)
    classify = sub.add_parser("classify", help="JSON lines {id, text} in, decisions out")
    classify.add_argument("--model", default=None, help="model file (default: the current model)")
    classify.set_defaults(func=cmd_classify)
    sub.add_parser("run", help="start everything (Rasa, actions, app)").set_defaults(func=cmd_run)
    sub.add_parser("serve", help="start the web app only").set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    except ValidationError as error:
        print(describe_error(error), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
