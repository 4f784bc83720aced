"""Import and export of the content: the whole content as YAML (a lossless round trip) and a
spreadsheet per language (CSV, XLSX) for translators. Editors and admins only."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response

from content import retraining, spreadsheet
from content.yaml_files import ContentError, export_document, import_topics, read_document
from editor.api import Editor, language_or_404
from handoff.api import Db
from pforte.db import unit_of_work

router = APIRouter(prefix="/api/content", tags=["content"])
MAX_UPLOAD = 20 * 1024 * 1024
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def _body(request: Request) -> bytes:
    data = await request.body()
    if len(data) > MAX_UPLOAD:
        raise HTTPException(413, "The file is larger than 20 MB.")
    if not data.strip():
        raise HTTPException(400, "The file is empty.")
    return data


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/export.yaml")
def export_yaml(user: Editor, session: Db) -> Response:
    """Every topic with titles, published answers (with review dates) and example questions."""
    return Response(
        export_document(session), media_type="application/yaml", headers=_attachment("pforte-content.yaml")
    )


@router.post("/import.yaml")
async def import_yaml(request: Request, user: Editor) -> dict[str, Any]:
    """Read back an export: topics, titles and examples as in the file; a changed answer becomes
    the importer's draft (four eyes)."""
    data = await _body(request)  # the whole upload first: no database work waits for the network

    def work() -> dict[str, Any]:
        try:
            topics = read_document(data.decode("utf-8-sig"))
            with unit_of_work(request.app.state.sessions) as session:
                result = import_topics(session, topics=topics, author_id=user.id)
                if result.examples_changed:
                    retraining.queue_training(session, user_id=user.id)
        except (ContentError, UnicodeDecodeError) as error:
            raise HTTPException(400, f"The file cannot be imported: {error}") from None
        return {"topics": result.topics, "drafts": result.drafts, "training": result.examples_changed}

    return await asyncio.to_thread(work)


@router.get("/export/{lang}.csv")
def export_csv(lang: str, user: Editor, session: Db) -> Response:
    table = spreadsheet.rows(session, language=language_or_404(lang))
    return Response(
        spreadsheet.to_csv(table),
        media_type="text/csv; charset=utf-8",
        headers=_attachment(f"pforte-{lang}.csv"),
    )


@router.get("/export/{lang}.xlsx")
def export_xlsx(lang: str, user: Editor, session: Db) -> Response:
    table = spreadsheet.rows(session, language=language_or_404(lang))
    return Response(
        spreadsheet.to_xlsx(table, language=lang), media_type=XLSX, headers=_attachment(f"pforte-{lang}.xlsx")
    )


async def _import_sheet(request: Request, user: Any, lang: str, xlsx: bool) -> dict[str, Any]:
    language = language_or_404(lang)
    data = await _body(request)  # the whole upload first: no database work waits for the network

    def work() -> dict[str, Any]:
        try:
            table = spreadsheet.from_xlsx(data) if xlsx else spreadsheet.from_csv(data)
            with unit_of_work(request.app.state.sessions) as session:
                result = spreadsheet.apply_rows(session, table=table, language=language, author_id=user.id)
                if result.examples:
                    retraining.queue_training(session, user_id=user.id)
        except spreadsheet.SheetError as error:
            raise HTTPException(400, str(error)) from None
        return {
            "titles": result.titles,
            "drafts": result.drafts,
            "examples": result.examples,
            "skipped": result.skipped,
        }

    return await asyncio.to_thread(work)


@router.post("/import/{lang}.csv")
async def import_csv(lang: str, request: Request, user: Editor) -> dict[str, Any]:
    return await _import_sheet(request, user, lang, xlsx=False)


@router.post("/import/{lang}.xlsx")
async def import_xlsx(lang: str, request: Request, user: Editor) -> dict[str, Any]:
    return await _import_sheet(request, user, lang, xlsx=True)
