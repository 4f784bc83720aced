""" "Helpful" / "not helpful" after an answer: counted per topic and language, nothing more."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from content.models import Feedback


def record_feedback(session: Session, *, slug: str, language: str, helpful: bool, day: dt.date) -> None:
    session.add(Feedback(slug=slug, language=language, helpful=helpful, day=day))


def feedback_counts(session: Session) -> dict[tuple[str, str], tuple[int, int]]:
    """(slug, language) -> (helpful, not helpful)."""
    rows = session.execute(
        select(
            Feedback.slug,
            Feedback.language,
            func.sum(case((Feedback.helpful.is_(True), 1), else_=0)),
            func.sum(case((Feedback.helpful.is_(False), 1), else_=0)),
        ).group_by(Feedback.slug, Feedback.language)
    ).all()
    return {(slug, lang): (int(yes or 0), int(no or 0)) for slug, lang, yes, no in rows}
