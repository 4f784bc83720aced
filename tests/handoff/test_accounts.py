"""Accounts as the CLI and the admins' API add them: one check for both."""

from __future__ import annotations

import secrets

import pytest

from handoff.accounts import add_user
from handoff.models import Role
from pforte.db import unit_of_work
from tests.conftest import Database

PASSWORD = "a long enough password"


@pytest.mark.parametrize(
    ("username", "languages", "reason"),
    [
        ("bad name", ["de"], "no spaces"),
        ("x", ["de"], "2-64"),
        ("anna_{}", ["de", "fr"], "unsupported language(s) fr"),
    ],
)
def test_a_bad_account_is_refused_with_the_reason(
    database: Database, username: str, languages: list[str], reason: str
) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        with unit_of_work(database.sessions) as session:
            add_user(
                session,
                username=username.format(secrets.token_hex(3)),
                password=PASSWORD,
                role=Role.COUNSELLOR,
                languages=languages,
            )


def test_a_good_account_is_added(database: Database) -> None:
    name = f"anna.b-{secrets.token_hex(3)}"
    with unit_of_work(database.sessions) as session:
        user = add_user(
            session, username=name, password=PASSWORD, role=Role.COUNSELLOR, languages=["ru", "he"]
        )
        assert (user.username, user.languages) == (name, ["ru", "he"])
