"""The content as reviewable YAML files (one per topic), and their import into the store."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import delete
from sqlalchemy.orm import Session

from content.models import Answer, AnswerStatus, Example, Topic, TopicKind, TopicTitle
from content.review import Refused, record_published, save_draft
from content.store import LANGUAGES, get_topic, list_topics

SLUG = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
GROUPS = {"service", "money", "health", "housing", "family", "community", "dialogue"}


class ContentError(ValueError):
    """A content file is malformed; the message names the file and the problem."""


@dataclass
class TopicFile:
    slug: str
    kind: str
    group: str
    titles: dict[str, str]
    answers: dict[str, tuple[str, dt.date | None]] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)


def parse_topic(data: Any, *, source: str, require_answers: bool = True) -> TopicFile:
    def fail(message: str) -> ContentError:
        return ContentError(f"{source}: {message}")

    if not isinstance(data, dict):
        raise fail("expected a mapping at the top level")
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG.match(slug):
        raise fail("slug must be lower case letters, digits and _ (e.g. wohngeld)")
    kind = data.get("kind")
    if kind not in {k.value for k in TopicKind}:
        raise fail("kind must be faq, crisis or dialogue")
    group = data.get("group", "dialogue")
    if group not in GROUPS:
        raise fail(f"group must be one of {', '.join(sorted(GROUPS))}")
    titles = data.get("title") or {}
    if not isinstance(titles, dict) or not all(isinstance(t, str) and t.strip() for t in titles.values()):
        raise fail("title must map languages to non-empty texts")
    topic = TopicFile(slug=slug, kind=kind, group=group, titles={k: v.strip() for k, v in titles.items()})
    for language, answer in (data.get("answers") or {}).items():
        if language not in LANGUAGES:
            raise fail(f"answers: unknown language {language!r}")
        if not isinstance(answer, dict) or not isinstance(answer.get("text"), str):
            raise fail(f"answers.{language}: needs a text")
        reviewed = answer.get("reviewed_on")
        if reviewed is not None and not isinstance(reviewed, dt.date):
            raise fail(f"answers.{language}.reviewed_on must be a date (YYYY-MM-DD)")
        topic.answers[language] = (answer["text"].strip(), reviewed)
    if require_answers and kind == TopicKind.FAQ.value and not topic.answers:
        raise fail("a faq topic needs answers")
    for language, examples in (data.get("examples") or {}).items():
        if language not in LANGUAGES:
            raise fail(f"examples: unknown language {language!r}")
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise fail(f"examples.{language} must be a list of texts")
        seen: dict[str, None] = {}
        for example in examples:
            text = " ".join(example.split())
            if text:
                seen.setdefault(text, None)
        topic.examples[language] = list(seen)
    return topic


def read_directory(path: Path) -> list[TopicFile]:
    topics = []
    for file in sorted(path.glob("*.yml")):
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise ContentError(f"{file.name}: not valid YAML: {error}") from error
        topic = parse_topic(data, source=file.name)
        if file.stem != topic.slug:
            raise ContentError(f"{file.name}: the file name must be the slug ({topic.slug}.yml)")
        topics.append(topic)
    return topics


@dataclass
class ImportResult:
    topics: int = 0
    published: int = 0
    drafts: int = 0
    examples_changed: bool = False


def import_topics(session: Session, *, topics: list[TopicFile], author_id: int | None = None) -> ImportResult:
    """Upsert topics: titles and examples as given. Answers: published at once when the
    files come from the repository (``author_id`` None: reviewed there); from an editor's
    upload, a changed answer becomes the uploader's draft (four eyes still apply)."""
    result = ImportResult(topics=len(topics))
    for item in topics:
        topic = get_topic(session, slug=item.slug)
        if topic is None:
            topic = Topic(slug=item.slug, kind=item.kind, group=item.group)
            session.add(topic)
            result.examples_changed = True
        if (topic.kind, topic.group) != (item.kind, item.group):
            result.examples_changed = True
        topic.kind = item.kind
        topic.group = item.group
        titles = {t.language: t.title for t in topic.titles}
        if titles != item.titles:
            topic.titles = [TopicTitle(language=lang, title=title) for lang, title in item.titles.items()]
        session.flush()
        existing = {a.language: a for a in topic.answers}
        for language, (text, reviewed_on) in item.answers.items():
            answer = existing.get(language)
            if author_id is not None:
                if answer is None or answer.status != AnswerStatus.PUBLISHED.value or answer.text != text:
                    try:
                        save_draft(session, topic=topic, language=language, text=text, author_id=author_id)
                        result.drafts += 1
                    except Refused as refused:
                        raise ContentError(f"{item.slug}/{language}: {refused}") from refused
                continue
            answer = answer or Answer(topic=topic, language=language, text=text)
            answer.text = text
            answer.status = AnswerStatus.PUBLISHED.value
            answer.reviewed_on = reviewed_on
            session.add(answer)
            session.flush()
            record_published(session, topic_id=topic.id, language=language, text=text)
            result.published += 1
        before = sorted((e.language, e.text) for e in topic.examples)
        after = sorted((language, text) for language, texts in item.examples.items() for text in texts)
        if before != after:
            result.examples_changed = True
            session.execute(delete(Example).where(Example.topic_id == topic.id))
            session.add_all(
                Example(topic_id=topic.id, language=language, text=text)
                for language, texts in item.examples.items()
                for text in texts
            )
            session.expire(topic, ["examples"])
    session.flush()
    return result


def topic_document(topic: Topic) -> dict[str, Any]:
    """A topic in the files' format (published answers only)."""
    document: dict[str, Any] = {
        "slug": topic.slug,
        "kind": topic.kind,
        "group": topic.group,
        "title": {
            t.language: t.title for t in sorted(topic.titles, key=lambda t: LANGUAGES.index(t.language))
        },
    }
    answers = {
        a.language: {"text": a.text, **({"reviewed_on": a.reviewed_on} if a.reviewed_on else {})}
        for a in sorted(topic.answers, key=lambda a: LANGUAGES.index(a.language))
        if a.status == AnswerStatus.PUBLISHED.value
    }
    if answers:
        document["answers"] = answers
    examples: dict[str, list[str]] = {}
    for example in sorted(topic.examples, key=lambda e: e.id):
        examples.setdefault(example.language, []).append(example.text)
    if examples:
        document["examples"] = {lang: examples[lang] for lang in LANGUAGES if lang in examples}
    return document


def export_document(session: Session) -> str:
    """The whole content as one YAML document, ``{"topics": [...]}``: what import reads back."""
    topics = [topic_document(topic) for topic in list_topics(session)]
    return yaml.safe_dump({"topics": topics}, allow_unicode=True, sort_keys=False, width=100)


def write_directory(session: Session, *, target: Path) -> int:
    """One file per topic, ``<slug>.yml``, in the format ``read_directory`` reads."""
    target.mkdir(parents=True, exist_ok=True)
    topics = list_topics(session)
    for topic in topics:
        text = yaml.safe_dump(topic_document(topic), allow_unicode=True, sort_keys=False, width=100)
        (target / f"{topic.slug}.yml").write_text(text, encoding="utf-8")
    return len(topics)


def read_document(text: str) -> list[TopicFile]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ContentError(f"not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise ContentError("expected a document with a list of topics under 'topics:'")
    # An editor's export may hold a new topic whose answers are still in review.
    topics = [
        parse_topic(item, source=f"topic {i + 1}", require_answers=False)
        for i, item in enumerate(data["topics"])
    ]
    slugs = [t.slug for t in topics]
    if len(set(slugs)) != len(slugs):
        raise ContentError("a slug appears twice")
    return topics
