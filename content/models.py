"""Content store tables."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pforte.db import Base, utcnow


class TopicKind(str, Enum):
    FAQ = "faq"  # answered from a stored answer
    CRISIS = "crisis"  # the emergency reply
    DIALOGUE = "dialogue"  # handled by the dialogue (greet, human_request, out_of_scope, ...)


class AnswerStatus(str, Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"


class Topic(Base):
    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    group: Mapped[str] = mapped_column("topic_group", String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    titles: Mapped[list[TopicTitle]] = relationship(
        back_populates="topic", cascade="all, delete-orphan", lazy="selectin"
    )
    answers: Mapped[list[Answer]] = relationship(back_populates="topic", cascade="all, delete-orphan")
    examples: Mapped[list[Example]] = relationship(back_populates="topic", cascade="all, delete-orphan")

    def title(self, language: str) -> str:
        by_language = {t.language: t.title for t in self.titles}
        return by_language.get(language) or by_language.get("de") or self.slug


class TopicTitle(Base):
    __tablename__ = "topic_titles"

    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(String(120))

    topic: Mapped[Topic] = relationship(back_populates="titles")


class Answer(Base):
    """One answer per topic and language."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("topic_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=AnswerStatus.DRAFT.value)
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )

    topic: Mapped[Topic] = relationship(back_populates="answers")


class Example(Base):
    """An example question that trains the model."""

    __tablename__ = "examples"
    __table_args__ = (UniqueConstraint("topic_id", "language", "text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(String(2000))

    topic: Mapped[Topic] = relationship(back_populates="examples")


class RevisionStatus(str, Enum):
    DRAFT = "draft"  # being written; only its author sees it as theirs
    IN_REVIEW = "in_review"  # submitted; another editor approves or returns it
    RETURNED = "returned"  # sent back with a comment; the author edits and resubmits
    PUBLISHED = "published"  # the text the bot sends now (one per topic and language)
    SUPERSEDED = "superseded"  # published earlier, kept for history, diff and rollback
    WITHDRAWN = "withdrawn"  # dropped by its author before publication


OPEN_REVISION = (RevisionStatus.DRAFT.value, RevisionStatus.IN_REVIEW.value, RevisionStatus.RETURNED.value)


class AnswerRevision(Base):
    """One version of an answer text, from draft to published (four-eyes review)."""

    __tablename__ = "answer_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    comment: Mapped[str | None] = mapped_column(Text)  # the reviewer's, when returned
    restored_from_id: Mapped[int | None] = mapped_column(ForeignKey("answer_revisions.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    topic: Mapped[Topic] = relationship()


class Feedback(Base):
    """A tap on "helpful" / "not helpful" after an answer: counted, not linked to the person."""

    __tablename__ = "answer_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(8))
    helpful: Mapped[bool] = mapped_column(Boolean)
    day: Mapped[dt.date] = mapped_column(Date)


class GapReason(str, Enum):
    FALLBACK = "fallback"
    OUT_OF_SCOPE = "out_of_scope"
    NOT_HELPFUL = "not_helpful"
    HANDOFF = "handoff"


class ContentGap(Base):
    """A message the bot could not answer, masked (phone numbers, e-mail addresses, names) and
    not linked to the person; deleted after the retention period."""

    __tablename__ = "content_gaps"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(2000))
    suggested: Mapped[str | None] = mapped_column(String(64))  # the model's most likely topic
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


class TrainingStatus(str, Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DEPLOYED = "deployed"
    REFUSED = "refused"
    FAILED = "failed"


class TrainingRun(Base):
    """A background training after a change of examples or topics."""

    __tablename__ = "training_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    phase: Mapped[str | None] = mapped_column(String(16))
    progress: Mapped[int] = mapped_column(Integer, default=0)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    model_path: Mapped[str | None] = mapped_column(String(500))
    scores: Mapped[dict[str, float] | None] = mapped_column(JSON)
    running_scores: Mapped[dict[str, float] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)  # in English, for the log
    # What the editor is shown, in their language: {"message": "TRAINING_WORSE", ...values}
    reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
