"""The editors' JSON API (``/api/content``; documented in docs/editor-api.md and the OpenAPI).

Editors and admins only: counsellors get 403 (they read published answers through the
console's /api/answers). Login, session cookie and CSRF header are the console's.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from content import gaps as gap_store
from content import retraining, review
from content.feedback import feedback_counts
from content.models import (
    OPEN_REVISION,
    Answer,
    AnswerRevision,
    AnswerStatus,
    ContentGap,
    Example,
    RevisionStatus,
    Topic,
    TopicKind,
    TopicTitle,
    TrainingRun,
    TrainingStatus,
)
from content.store import LANGUAGES, get_topic, list_topics
from content.yaml_files import GROUPS, SLUG
from handoff.api import Db, current_user
from handoff.models import Role, User
from pforte.i18n import page_language

router = APIRouter(prefix="/api/content", tags=["content"])
EDITABLE_GROUPS = sorted(GROUPS - {"dialogue"})
MAX_EXAMPLE = 2000


def editor(user: Annotated[User, Depends(current_user)]) -> User:
    if user.role not in (Role.EDITOR.value, Role.ADMIN.value):
        raise HTTPException(403, "editors only")
    return user


Editor = Annotated[User, Depends(editor)]


class TopicIn(BaseModel):
    slug: str = Field(min_length=2, max_length=32)
    group: str
    titles: dict[str, str]


class TopicChange(BaseModel):
    group: str | None = None
    titles: dict[str, str] | None = None


class AnswerIn(BaseModel):
    text: str = Field(min_length=1, max_length=review.MAX_TEXT)


class CommentIn(BaseModel):
    comment: str = Field(min_length=1, max_length=2000)


class ExamplesIn(BaseModel):
    texts: list[str] = Field(min_length=1, max_length=500)


class TryIn(BaseModel):
    text: str = Field(min_length=1, max_length=2000)


class GapExampleIn(BaseModel):
    slug: str


# ---------------------------------------------------------------- helpers


def _settings(request: Request) -> Any:
    return request.app.state.settings


def _today() -> dt.date:
    return dt.date.today()


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(User.id, User.username).where(User.id.in_(wanted))).tuples().all())


def _topic_or_404(session: Session, slug: str) -> Topic:
    topic = get_topic(session, slug=slug)
    if topic is None:
        raise HTTPException(404, "no such topic")
    return topic


def language_or_404(lang: str) -> str:
    if lang not in LANGUAGES:
        raise HTTPException(404, f"unknown language (use one of {', '.join(LANGUAGES)})")
    return lang


def _revision_or_404(session: Session, revision_id: int) -> AnswerRevision:
    revision = session.get(AnswerRevision, revision_id)
    if revision is None:
        raise HTTPException(404, "no such revision")
    return revision


def _refusal(call: Any) -> Any:
    try:
        return call()
    except review.Refused as refused:
        raise HTTPException(refused.status, str(refused)) from None


def _diff(before: str | None, after: str) -> list[dict[str, str]]:
    return [{"op": p.op, "text": p.text} for p in review.word_diff(before or "", after)]


def _language_states(
    session: Session, topics: list[Topic], months: int
) -> dict[tuple[int, str], dict[str, Any]]:
    today = _today()
    answers = {
        (a.topic_id, a.language): a
        for a in session.scalars(select(Answer).where(Answer.status == AnswerStatus.PUBLISHED.value))
    }
    pending = {
        (r.topic_id, r.language): r
        for r in session.scalars(select(AnswerRevision).where(AnswerRevision.status.in_(OPEN_REVISION)))
    }
    names = _names(session, {r.author_id for r in pending.values()})
    counts = {
        (topic_id, language): int(n)
        for topic_id, language, n in session.execute(
            select(Example.topic_id, Example.language, func.count()).group_by(
                Example.topic_id, Example.language
            )
        )
    }
    feedback = feedback_counts(session)
    out = {}
    for topic in topics:
        for language in LANGUAGES:
            answer = answers.get((topic.id, language))
            revision = pending.get((topic.id, language))
            if answer is not None:
                due = review.review_due(answer.reviewed_on, months=months, today=today)
                state = "review_due" if due else "published"
            elif revision is not None:
                state = "in_review" if revision.status == RevisionStatus.IN_REVIEW.value else "draft"
            else:
                state = "missing"
            helpful, not_helpful = feedback.get((topic.slug, language), (0, 0))
            out[(topic.id, language)] = {
                "state": state,
                "pending": {
                    "revision_id": revision.id,
                    "status": revision.status,
                    "author": names.get(revision.author_id or 0),
                }
                if revision is not None
                else None,
                "reviewed_on": answer.reviewed_on.isoformat() if answer and answer.reviewed_on else None,
                "review_due_on": _iso(review.review_due_on(answer.reviewed_on, months=months))
                if answer
                else None,
                "examples": counts.get((topic.id, language), 0),
                "helpful": helpful,
                "not_helpful": not_helpful,
            }
    return out


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _topic_summary(topic: Topic, states: dict[tuple[int, str], dict[str, Any]]) -> dict[str, Any]:
    return {
        "slug": topic.slug,
        "kind": topic.kind,
        "group": topic.group,
        "titles": {t.language: t.title for t in topic.titles},
        "languages": {language: states[(topic.id, language)] for language in LANGUAGES},
    }


def _revision_json(session: Session, revision: AnswerRevision) -> dict[str, Any]:
    names = _names(session, {revision.author_id, revision.reviewer_id})
    published = review.published_revision(session, topic_id=revision.topic_id, language=revision.language)
    published_text = published.text if published is not None and published.id != revision.id else None
    return {
        "revision_id": revision.id,
        "slug": revision.topic.slug,
        "language": revision.language,
        "status": revision.status,
        "text": revision.text,
        "author": names.get(revision.author_id or 0),
        "reviewer": names.get(revision.reviewer_id or 0),
        "comment": revision.comment,
        "submitted_at": revision.submitted_at.isoformat() if revision.submitted_at else None,
        "published_at": revision.published_at.isoformat() if revision.published_at else None,
        "restored_from": revision.restored_from_id,
        "published_text": published_text,
        "diff": _diff(published_text, revision.text),
    }


def _step(revision: AnswerRevision) -> dict[str, Any]:
    return {"revision_id": revision.id, "status": revision.status}


def _training_changed(session: Session, user: User) -> None:
    retraining.queue_training(session, user_id=user.id)


# ---------------------------------------------------------------- topics


@router.get("/topics")
def topics(request: Request, user: Editor, session: Db) -> list[dict[str, Any]]:
    """Every topic with the state of each language (missing, draft, in_review, published,
    review_due), pending changes, example counts and feedback."""
    found = list_topics(session)
    states = _language_states(session, found, _settings(request).review_months)
    return [_topic_summary(topic, states) for topic in found]


@router.post("/topics", status_code=201)
def add_topic(body: TopicIn, request: Request, user: Editor, session: Db) -> dict[str, Any]:
    if not SLUG.match(body.slug):
        raise HTTPException(400, "The short name may only contain lower-case letters, digits and _.")
    if body.group not in EDITABLE_GROUPS:
        raise HTTPException(400, f"The group must be one of: {', '.join(EDITABLE_GROUPS)}.")
    titles = {k: " ".join(v.split()) for k, v in body.titles.items() if k in LANGUAGES and v.strip()}
    if "de" not in titles:
        raise HTTPException(400, "A German title is needed.")
    if get_topic(session, slug=body.slug) is not None:
        raise HTTPException(409, "A topic with this short name exists already.")
    topic = Topic(slug=body.slug, kind=TopicKind.FAQ.value, group=body.group)
    topic.titles = [TopicTitle(language=k, title=v[:120]) for k, v in titles.items()]
    session.add(topic)
    session.flush()
    states = _language_states(session, [topic], _settings(request).review_months)
    return _topic_summary(topic, states)


@router.get("/topics/{slug}")
def topic_detail(slug: str, request: Request, user: Editor, session: Db) -> dict[str, Any]:
    topic = _topic_or_404(session, slug)
    months = _settings(request).review_months
    feedback = feedback_counts(session)
    examples: dict[str, list[dict[str, Any]]] = {lang: [] for lang in LANGUAGES}
    for example in session.scalars(select(Example).where(Example.topic_id == topic.id).order_by(Example.id)):
        examples.setdefault(example.language, []).append({"id": example.id, "text": example.text})
    answers = {a.language: a for a in topic.answers if a.status == AnswerStatus.PUBLISHED.value}
    languages = {}
    for language in LANGUAGES:
        published = review.published_revision(session, topic_id=topic.id, language=language)
        pending = review.open_revision(session, topic_id=topic.id, language=language)
        answer = answers.get(language)
        names = _names(
            session,
            {r.author_id for r in (published, pending) if r} | {published.reviewer_id if published else None},
        )
        helpful, not_helpful = feedback.get((slug, language), (0, 0))
        languages[language] = {
            "published": {
                "revision_id": published.id if published else None,
                "text": answer.text,
                "reviewed_on": _iso(answer.reviewed_on),
                "review_due_on": _iso(review.review_due_on(answer.reviewed_on, months=months)),
                "review_due": review.review_due(answer.reviewed_on, months=months, today=_today()),
                "author": names.get(published.author_id or 0) if published else None,
                "reviewer": names.get(published.reviewer_id or 0) if published else None,
                "published_at": published.published_at.isoformat()
                if published and published.published_at
                else None,
            }
            if answer is not None
            else None,
            "pending": {
                "revision_id": pending.id,
                "status": pending.status,
                "text": pending.text,
                "author": names.get(pending.author_id or 0),
                "comment": pending.comment,
            }
            if pending is not None
            else None,
            "examples": examples.get(language, []),
            "feedback": {"helpful": helpful, "not_helpful": not_helpful},
        }
    return {
        "slug": topic.slug,
        "kind": topic.kind,
        "group": topic.group,
        "titles": {t.language: t.title for t in topic.titles},
        "languages": languages,
    }


@router.put("/topics/{slug}")
def change_topic(slug: str, body: TopicChange, request: Request, user: Editor, session: Db) -> dict[str, Any]:
    topic = _topic_or_404(session, slug)
    if body.group is not None:
        if body.group not in EDITABLE_GROUPS or topic.kind == TopicKind.DIALOGUE.value:
            raise HTTPException(400, f"The group must be one of: {', '.join(EDITABLE_GROUPS)}.")
        topic.group = body.group
    if body.titles is not None:
        titles = {t.language: t.title for t in topic.titles}
        for language, title in body.titles.items():
            if language in LANGUAGES:
                if title.strip():
                    titles[language] = " ".join(title.split())[:120]
                else:
                    titles.pop(language, None)
        if "de" not in titles:
            raise HTTPException(400, "A German title is needed.")
        topic.titles = [TopicTitle(language=k, title=v) for k, v in titles.items()]
    session.flush()
    states = _language_states(session, [topic], _settings(request).review_months)
    return _topic_summary(topic, states)


# ---------------------------------------------------------------- answers and review


@router.put("/topics/{slug}/answers/{lang}")
def save_answer(slug: str, lang: str, body: AnswerIn, user: Editor, session: Db) -> dict[str, Any]:
    """A draft of the answer (or the caller's open change edited); 409 if a colleague's change
    of this answer is open."""
    topic = _topic_or_404(session, slug)
    if topic.kind == TopicKind.DIALOGUE.value:
        raise HTTPException(
            400, "This topic is answered by the dialogue itself (greeting, thanks …), not by a text."
        )
    revision = _refusal(
        lambda: review.save_draft(
            session, topic=topic, language=language_or_404(lang), text=body.text, author_id=user.id
        )
    )
    return _step(revision)


@router.post("/revisions/{revision_id}/submit")
def submit(revision_id: int, user: Editor, session: Db) -> dict[str, Any]:
    revision = _revision_or_404(session, revision_id)
    _refusal(lambda: review.submit(session, revision=revision, user_id=user.id))
    return _step(revision)


@router.post("/revisions/{revision_id}/approve")
def approve(revision_id: int, user: Editor, session: Db) -> dict[str, Any]:
    """Publish a colleague's change: the bot sends the new text from the next message on.
    403 for the change's author (four eyes), 409 if it is not in review."""
    revision = _revision_or_404(session, revision_id)
    _refusal(lambda: review.approve(session, revision=revision, reviewer_id=user.id, today=_today()))
    return _step(revision)


@router.post("/revisions/{revision_id}/reject")
def reject(revision_id: int, body: CommentIn, user: Editor, session: Db) -> dict[str, Any]:
    revision = _revision_or_404(session, revision_id)
    _refusal(lambda: review.reject(session, revision=revision, reviewer_id=user.id, comment=body.comment))
    return _step(revision)


@router.post("/revisions/{revision_id}/withdraw")
def withdraw(revision_id: int, user: Editor, session: Db) -> dict[str, Any]:
    revision = _revision_or_404(session, revision_id)
    _refusal(lambda: review.withdraw(session, revision=revision, user_id=user.id))
    return _step(revision)


@router.post("/revisions/{revision_id}/rollback")
def rollback(revision_id: int, user: Editor, session: Db) -> dict[str, Any]:
    """Publish an earlier published version again, at once."""
    revision = _revision_or_404(session, revision_id)
    restored = _refusal(lambda: review.rollback(session, revision=revision, user_id=user.id, today=_today()))
    return _step(restored)


@router.get("/revisions")
def revisions(
    user: Editor, session: Db, status: str = RevisionStatus.IN_REVIEW.value
) -> list[dict[str, Any]]:
    """Changes in a state (default: in review, the review queue), oldest first."""
    rows = session.scalars(
        select(AnswerRevision).where(AnswerRevision.status == status).order_by(AnswerRevision.id).limit(500)
    )
    return [_revision_json(session, r) for r in rows]


@router.get("/revisions/{revision_id}")
def revision(revision_id: int, user: Editor, session: Db) -> dict[str, Any]:
    return _revision_json(session, _revision_or_404(session, revision_id))


@router.get("/topics/{slug}/answers/{lang}/history")
def answer_history(slug: str, lang: str, user: Editor, session: Db) -> list[dict[str, Any]]:
    """Every published version, newest first, with author, reviewer and time."""
    topic = _topic_or_404(session, slug)
    versions = review.history(session, topic_id=topic.id, language=language_or_404(lang))
    names = _names(session, {v.author_id for v in versions} | {v.reviewer_id for v in versions})
    return [
        {
            "revision_id": v.id,
            "text": v.text,
            "author": names.get(v.author_id or 0),
            "reviewer": names.get(v.reviewer_id or 0),
            "published_at": v.published_at.isoformat() if v.published_at else None,
            "current": v.status == RevisionStatus.PUBLISHED.value,
            "restored_from": v.restored_from_id,
        }
        for v in versions
    ]


@router.get("/diff")
def diff(user: Editor, session: Db, from_id: Annotated[int, Query(alias="from")], to: int) -> dict[str, Any]:
    before, after = _revision_or_404(session, from_id), _revision_or_404(session, to)
    return {"diff": _diff(before.text, after.text)}


@router.post("/topics/{slug}/answers/{lang}/confirm")
def confirm(slug: str, lang: str, user: Editor, session: Db) -> dict[str, Any]:
    """The published text was checked and is still right: its review date becomes today."""
    topic = _topic_or_404(session, slug)
    _refusal(lambda: review.confirm(session, topic=topic, language=language_or_404(lang), today=_today()))
    return {"reviewed_on": _today().isoformat()}


# ---------------------------------------------------------------- examples


@router.post("/topics/{slug}/examples/{lang}")
def add_examples(slug: str, lang: str, body: ExamplesIn, user: Editor, session: Db) -> dict[str, Any]:
    """Add example questions (blank lines and ones the topic has already are skipped); queues
    a training."""
    topic = _topic_or_404(session, slug)
    language = language_or_404(lang)
    have = {
        " ".join(t.casefold().split())
        for t in session.scalars(select(Example.text).where(Example.topic_id == topic.id))
    }
    added = 0
    for raw in body.texts:
        text = " ".join(raw.split())
        if not text:
            continue
        if len(text) > MAX_EXAMPLE:
            raise HTTPException(400, f"An example question is longer than {MAX_EXAMPLE} characters.")
        key = text.casefold()
        if key in have:
            continue
        have.add(key)
        session.add(Example(topic_id=topic.id, language=language, text=text))
        added += 1
    if added:
        _training_changed(session, user)
    return {"added": added}


@router.delete("/examples/{example_id}", status_code=204)
def delete_example(example_id: int, user: Editor, session: Db) -> Response:
    example = session.get(Example, example_id)
    if example is None:
        raise HTTPException(404, "no such example")
    session.delete(example)
    _training_changed(session, user)
    return Response(status_code=204)


# ---------------------------------------------------------------- training


def _run_json(session: Session, run: TrainingRun, language: str) -> dict[str, Any]:
    names = _names(session, {run.requested_by_id})
    reason = retraining.describe(run.reason_params, language) if run.reason_params else run.reason
    return {
        "id": run.id,
        "status": run.status,
        "phase": run.phase,
        "progress": run.progress,
        "requested_by": names.get(run.requested_by_id or 0),
        "created_at": run.created_at.isoformat(),
        "started_at": run.started_at.isoformat() if run.started_at else None,
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "scores": run.scores,
        "running_scores": run.running_scores,
        "reason": reason,
    }


def _ui_language(request: Request) -> str:
    return page_language(request.query_params.get("lang"), request.headers.get("accept-language"))


@router.get("/training")
def training(request: Request, user: Editor, session: Db) -> dict[str, Any]:
    """The queued or running training (with phase and progress) and the last ten runs; a
    refusal's or failure's reason in the page's language (?lang=de|ru|he)."""
    current = retraining.active_run(session)
    language = _ui_language(request)
    return {
        "needed": current is not None and current.status == TrainingStatus.QUEUED.value,
        "current": _run_json(session, current, language) if current else None,
        "runs": [_run_json(session, run, language) for run in retraining.recent_runs(session)],
    }


@router.post("/training", status_code=202)
def start_training(request: Request, user: Editor, session: Db) -> dict[str, Any]:
    current = retraining.active_run(session)
    if current is not None and current.status == TrainingStatus.RUNNING.value:
        raise HTTPException(409, "A training is running; wait until it has finished.")
    run = retraining.queue_training(session, user_id=user.id, now=True)
    return _run_json(session, run, _ui_language(request))


# ---------------------------------------------------------------- try it


@router.post("/try")
async def try_it(body: TryIn, request: Request, user: Editor) -> dict[str, Any]:
    """What the bot would do with a message: language, top topics, the answer it would send."""
    from pforte.preview import preview

    return await preview(request.app.state, text=body.text)


# ---------------------------------------------------------------- learning from conversations


@router.get("/feedback")
def feedback(user: Editor, session: Db) -> list[dict[str, Any]]:
    return [
        {"slug": slug, "language": language, "helpful": yes, "not_helpful": no}
        for (slug, language), (yes, no) in sorted(feedback_counts(session).items())
    ]


@router.get("/gaps")
def gaps(request: Request, user: Editor, session: Db) -> list[dict[str, Any]]:
    """Messages the bot could not answer, similar ones grouped, largest group first (masked;
    only within the retention period)."""
    groups = gap_store.grouped_gaps(session, retention_days=_settings(request).retention_days)
    return [
        {
            "size": len(group.items),
            "suggested": group.suggested,
            "group": [
                {
                    "id": g.id,
                    "text": g.text,
                    "language": g.language,
                    "reason": g.reason,
                    "created_at": g.created_at.isoformat(),
                }
                for g in group.items
            ],
        }
        for group in groups
    ]


@router.post("/gaps/{gap_id}/example")
def gap_to_example(gap_id: int, body: GapExampleIn, user: Editor, session: Db) -> dict[str, Any]:
    """One click: the message becomes an example question of a topic (in its language)."""
    gap = session.get(ContentGap, gap_id)
    if gap is None:
        raise HTTPException(404, "no such message (it may have been deleted after the retention period)")
    topic = _topic_or_404(session, body.slug)
    exists = session.scalar(select(Example.id).where(Example.topic_id == topic.id, Example.text == gap.text))
    if exists is None:
        session.add(Example(topic_id=topic.id, language=gap.language, text=gap.text))
        _training_changed(session, user)
    session.delete(gap)
    return {"slug": topic.slug, "language": gap.language, "text": gap.text}


@router.delete("/gaps/{gap_id}", status_code=204)
def dismiss_gap(gap_id: int, user: Editor, session: Db) -> Response:
    session.execute(delete(ContentGap).where(ContentGap.id == gap_id))
    return Response(status_code=204)
