"""Four-eyes review of answer texts: draft -> in review -> published (or returned), every
published version kept, diff between versions, one-step rollback, review dates.

The state machine of a revision:

    draft --submit--> in_review --approve (not the author)--> published --(newer)--> superseded
      ^                  |  \\--reject (not the author, comment)--> returned --submit--> in_review
      |                  |                                           |
      +--edit by author--+-------------------------------------------+      withdraw: draft/
                                                                            in_review/returned -> withdrawn
Publishing writes the text into ``answers`` (what the bot reads at run time): the next message
gets it, no retraining.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from content.models import OPEN_REVISION, Answer, AnswerRevision, AnswerStatus, RevisionStatus, Topic, utcnow

MAX_TEXT = 4000


class Refused(Exception):
    """A review step that is not allowed; ``status`` is the HTTP status that fits."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def open_revision(session: Session, *, topic_id: int, language: str) -> AnswerRevision | None:
    return session.scalar(
        select(AnswerRevision).where(
            AnswerRevision.topic_id == topic_id,
            AnswerRevision.language == language,
            AnswerRevision.status.in_(OPEN_REVISION),
        )
    )


def published_revision(session: Session, *, topic_id: int, language: str) -> AnswerRevision | None:
    return session.scalar(
        select(AnswerRevision)
        .where(
            AnswerRevision.topic_id == topic_id,
            AnswerRevision.language == language,
            AnswerRevision.status == RevisionStatus.PUBLISHED.value,
        )
        .order_by(AnswerRevision.id.desc())
        .limit(1)
    )


def _clean(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not cleaned:
        raise Refused(400, "The answer text is empty.")
    if len(cleaned) > MAX_TEXT:
        raise Refused(400, f"The answer text is longer than {MAX_TEXT} characters.")
    return cleaned


def save_draft(session: Session, *, topic: Topic, language: str, text: str, author_id: int) -> AnswerRevision:
    """A new draft, or the author's own open revision edited (back to draft)."""
    cleaned = _clean(text)
    revision = open_revision(session, topic_id=topic.id, language=language)
    if revision is not None and revision.author_id != author_id:
        raise Refused(409, "A colleague is already changing this answer; review or wait for their change.")
    if revision is None:
        revision = AnswerRevision(
            topic_id=topic.id,
            language=language,
            author_id=author_id,
            status=RevisionStatus.DRAFT.value,
            text="",
        )
        session.add(revision)
    revision.text = cleaned
    revision.status = RevisionStatus.DRAFT.value
    revision.submitted_at = None
    session.flush()
    return revision


def submit(session: Session, *, revision: AnswerRevision, user_id: int) -> None:
    if revision.author_id != user_id:
        raise Refused(403, "Only the author can submit this change.")
    if revision.status not in (RevisionStatus.DRAFT.value, RevisionStatus.RETURNED.value):
        raise Refused(409, f"This change is {revision.status.replace('_', ' ')}, not a draft.")
    revision.status = RevisionStatus.IN_REVIEW.value
    revision.submitted_at = utcnow()
    session.flush()


def _check_reviewer(revision: AnswerRevision, reviewer_id: int) -> None:
    if revision.author_id == reviewer_id:
        raise Refused(403, "You wrote this change: a colleague has to review it (four eyes).")
    if revision.status != RevisionStatus.IN_REVIEW.value:
        raise Refused(409, f"This change is {revision.status.replace('_', ' ')}, not in review.")


def approve(session: Session, *, revision: AnswerRevision, reviewer_id: int, today: dt.date) -> None:
    _check_reviewer(revision, reviewer_id)
    revision.reviewer_id = reviewer_id
    publish(session, revision=revision, today=today)


def reject(session: Session, *, revision: AnswerRevision, reviewer_id: int, comment: str) -> None:
    _check_reviewer(revision, reviewer_id)
    if not comment.strip():
        raise Refused(400, "Please say what should change (a comment is needed).")
    revision.status = RevisionStatus.RETURNED.value
    revision.reviewer_id = reviewer_id
    revision.comment = comment.strip()
    session.flush()


def withdraw(session: Session, *, revision: AnswerRevision, user_id: int) -> None:
    if revision.author_id != user_id:
        raise Refused(403, "Only the author can withdraw this change.")
    if revision.status not in OPEN_REVISION:
        raise Refused(409, "This change is no longer open.")
    revision.status = RevisionStatus.WITHDRAWN.value
    session.flush()


def publish(session: Session, *, revision: AnswerRevision, today: dt.date) -> None:
    """Make the revision the text the bot sends; the earlier version is kept as superseded."""
    earlier = published_revision(session, topic_id=revision.topic_id, language=revision.language)
    if earlier is not None and earlier.id != revision.id:
        earlier.status = RevisionStatus.SUPERSEDED.value
    revision.status = RevisionStatus.PUBLISHED.value
    revision.published_at = utcnow()
    answer = session.scalar(
        select(Answer).where(Answer.topic_id == revision.topic_id, Answer.language == revision.language)
    )
    if answer is None:
        answer = Answer(topic_id=revision.topic_id, language=revision.language, text=revision.text)
        session.add(answer)
    answer.text = revision.text
    answer.status = AnswerStatus.PUBLISHED.value
    answer.reviewed_on = today
    session.flush()


def rollback(session: Session, *, revision: AnswerRevision, user_id: int, today: dt.date) -> AnswerRevision:
    """Publish an earlier published version again, at once (it passed review when first
    published), as a new version that names where it came from."""
    if revision.status != RevisionStatus.SUPERSEDED.value:
        raise Refused(409, "Only an earlier published version can be restored.")
    if open_revision(session, topic_id=revision.topic_id, language=revision.language) is not None:
        raise Refused(409, "A change of this answer is open; finish or withdraw it first.")
    restored = AnswerRevision(
        topic_id=revision.topic_id,
        language=revision.language,
        text=revision.text,
        status=RevisionStatus.DRAFT.value,
        author_id=user_id,
        reviewer_id=revision.reviewer_id,
        restored_from_id=revision.id,
    )
    session.add(restored)
    session.flush()
    publish(session, revision=restored, today=today)
    return restored


def confirm(session: Session, *, topic: Topic, language: str, today: dt.date) -> None:
    """An editor checked the published text: it is still right."""
    answer = session.scalar(
        select(Answer).where(
            Answer.topic_id == topic.id,
            Answer.language == language,
            Answer.status == AnswerStatus.PUBLISHED.value,
        )
    )
    if answer is None:
        raise Refused(404, "There is no published answer in this language.")
    answer.reviewed_on = today
    session.flush()


def record_published(session: Session, *, topic_id: int, language: str, text: str) -> None:
    """Content loaded from the repository's files: a new version when the text changed."""
    current = published_revision(session, topic_id=topic_id, language=language)
    if current is not None and current.text == text:
        return
    if current is not None:
        current.status = RevisionStatus.SUPERSEDED.value
    now = utcnow()
    session.add(
        AnswerRevision(
            topic_id=topic_id,
            language=language,
            text=text,
            status=RevisionStatus.PUBLISHED.value,
            published_at=now,
        )
    )


def history(session: Session, *, topic_id: int, language: str) -> list[AnswerRevision]:
    """Published versions, newest first."""
    return list(
        session.scalars(
            select(AnswerRevision)
            .where(
                AnswerRevision.topic_id == topic_id,
                AnswerRevision.language == language,
                AnswerRevision.status.in_((RevisionStatus.PUBLISHED.value, RevisionStatus.SUPERSEDED.value)),
            )
            .order_by(AnswerRevision.published_at.desc(), AnswerRevision.id.desc())
        )
    )


def review_due_on(reviewed_on: dt.date | None, *, months: int) -> dt.date | None:
    if reviewed_on is None:
        return None
    month = reviewed_on.month - 1 + months
    year, month = reviewed_on.year + month // 12, month % 12 + 1
    day = min(reviewed_on.day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    return dt.date(year, month, day)


def review_due(reviewed_on: dt.date | None, *, months: int, today: dt.date) -> bool:
    due = review_due_on(reviewed_on, months=months)
    return due is None or due <= today


@dataclass(frozen=True)
class DiffPart:
    op: str  # equal | insert | delete
    text: str


def word_diff(before: str, after: str) -> list[DiffPart]:
    """Word by word (whitespace kept with the words), adjacent parts of one kind merged."""
    a, b = re.findall(r"\s+|\S+", before), re.findall(r"\s+|\S+", after)
    parts: list[DiffPart] = []

    def add(op: str, words: list[str]) -> None:
        if not words:
            return
        text = "".join(words)
        if parts and parts[-1].op == op:
            parts[-1] = DiffPart(op, parts[-1].text + text)
        else:
            parts.append(DiffPart(op, text))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            add("equal", a[i1:i2])
        else:
            add("delete", a[i1:i2])
            add("insert", b[j1:j2])
    return parts
