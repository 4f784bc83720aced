"""The content per language as a spreadsheet (CSV or XLSX) for translators.

Columns: ``slug, field, id, de, <language>``; one row per topic title, per answer and per example
question of the language. Reading it back: titles are set, answers that differ from the published
text become drafts of the importing editor (four eyes still apply), rows of new example questions
(empty id) are added; existing examples whose text was changed are updated. Nothing is deleted.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from content.models import Answer, AnswerStatus, Example, TopicTitle
from content.review import Refused, save_draft
from content.store import get_topic, list_topics

FIELDS = ("title", "answer", "example")


class SheetError(ValueError):
    """The sheet cannot be read; the message says where."""


def header(language: str) -> list[str]:
    return ["slug", "field", "id", "de"] + ([language] if language != "de" else [])


def rows(session: Session, *, language: str) -> list[list[str]]:
    out = [header(language)]
    for topic in list_topics(session):
        titles = {t.language: t.title for t in topic.titles}
        answers = {a.language: a.text for a in topic.answers if a.status == AnswerStatus.PUBLISHED.value}

        def row(
            field_name: str, ident: str, german: str, translated: str, slug: str = topic.slug
        ) -> list[str]:
            return [slug, field_name, ident, german] + ([translated] if language != "de" else [])

        out.append(row("title", "", titles.get("de", ""), titles.get(language, "")))
        if answers:
            out.append(row("answer", "", answers.get("de", ""), answers.get(language, "")))
        examples = session.scalars(
            select(Example)
            .where(Example.topic_id == topic.id, Example.language == language)
            .order_by(Example.id)
        )
        for example in examples:
            out.append(
                row("example", str(example.id), example.text if language == "de" else "", example.text)
            )
    return out


def to_csv(table: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(table)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes spreadsheet programs read UTF-8


def to_xlsx(table: list[list[str]], *, language: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"Pforte {language}"
    for line in table:
        sheet.append(line)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (22, 10, 8, 60, 60), strict=False):
        sheet.column_dimensions[letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top", readingOrder=2 if language == "he" else 0)
    for line in sheet.iter_rows(min_row=2):
        for cell in line[3:]:
            cell.alignment = wrap
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def from_csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SheetError("The file is not UTF-8 text; save it as CSV (UTF-8).") from error
    return [list(r) for r in csv.reader(io.StringIO(text))]


def from_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise SheetError("The file is not a readable XLSX workbook.") from error
    sheet = book.worksheets[0]
    return [["" if v is None else str(v) for v in line] for line in sheet.iter_rows(values_only=True)]


@dataclass
class SheetResult:
    titles: int = 0
    drafts: int = 0
    examples: int = 0
    skipped: list[str] = field(default_factory=list)


def apply_rows(session: Session, *, table: list[list[str]], language: str, author_id: int) -> SheetResult:
    if not table:
        raise SheetError("The file is empty.")
    head = [h.strip().lower() for h in table[0]]
    for needed in ("slug", "field", "id", language):
        if needed not in head:
            raise SheetError(f"The column '{needed}' is missing in the first row.")
    col = {name: head.index(name) for name in ("slug", "field", "id", language)}
    result = SheetResult()
    for number, line in enumerate(table[1:], start=2):
        cells = line + [""] * (len(head) - len(line))
        slug, kind = cells[col["slug"]].strip(), cells[col["field"]].strip().lower()
        ident, text = cells[col["id"]].strip(), cells[col[language]].strip()
        if not slug and not text:
            continue
        if kind not in FIELDS:
            raise SheetError(f"Row {number}: the field must be title, answer or example.")
        topic = get_topic(session, slug=slug)
        if topic is None:
            result.skipped.append(f"row {number}: no topic '{slug}'")
            continue
        if not text:
            continue
        if kind == "title":
            titles = {t.language: t.title for t in topic.titles}
            if titles.get(language) != text:
                titles[language] = " ".join(text.split())[:120]
                topic.titles = [TopicTitle(language=k, title=v) for k, v in titles.items()]
                result.titles += 1
        elif kind == "answer":
            published = session.scalar(
                select(Answer.text).where(
                    Answer.topic_id == topic.id,
                    Answer.language == language,
                    Answer.status == AnswerStatus.PUBLISHED.value,
                )
            )
            if published is None or published.strip() != text:
                try:
                    save_draft(session, topic=topic, language=language, text=text, author_id=author_id)
                    result.drafts += 1
                except Refused as refused:
                    result.skipped.append(f"row {number}: {refused}")
        else:
            clean = " ".join(text.split())[:2000]
            example = session.get(Example, int(ident)) if ident.isdigit() else None
            if example is not None and example.topic_id == topic.id:
                if example.text != clean:
                    example.text = clean
                    result.examples += 1
            elif not session.scalar(
                select(Example.id).where(
                    Example.topic_id == topic.id, Example.language == language, Example.text == clean
                )
            ):
                session.add(Example(topic_id=topic.id, language=language, text=clean))
                result.examples += 1
        session.flush()
    return result
