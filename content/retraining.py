"""Background training after editors change example questions or topics.

A change queues a run (one queued run collects all changes until it starts; it starts when
no change came for ``SETTLE`` seconds). A worker in every app process claims queued runs
with one conditional UPDATE (so one replica trains), then:

    check   the example set: the same question in two topics, or the crisis topic with fewer than
            5 questions in a language, is refused with the reason; a topic's questions in a
            language count once there are 5 (pforte.training.trainable)
    train   a new model from the content store (the running model keeps answering)
    evaluate the new and the running model on the held-out split (eval/heldout); refused when the
            new one is worse by more than ``MAX_DROP`` points in any language
    deploy  var/models/current.tar.gz replaced atomically (what a restart loads) and Rasa's
            ``PUT /model`` loads the new model into the running server
Progress, scores and the reason for a refusal or failure are in ``training_runs``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import shutil
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from content.models import Example, Topic, TopicKind, TrainingRun, TrainingStatus, utcnow
from pforte import messages as m
from pforte.db import unit_of_work
from pforte.i18n import LANGUAGES, translate
from pforte.paths import HELDOUT_DIR, MODELS_DIR
from pforte.training import MIN_EXAMPLES

logger = logging.getLogger(__name__)

SETTLE = dt.timedelta(seconds=5)  # wait for more changes before an automatic run starts
STALE = dt.timedelta(minutes=10)  # a running run without heartbeat this long was interrupted
MAX_DROP = 2.0  # points of held-out accuracy a new model may lose in any language
EXPECTED_TRAIN_SECONDS = 90.0  # for the progress bar while Rasa trains (make bench measures it: about 85 s)
INTERRUPTED = {"message": "TRAINING_INTERRUPTED"}
LANGUAGE_LABELS = {"de": m.EDITOR_LANG_DE, "ru": m.EDITOR_LANG_RU, "he": m.EDITOR_LANG_HE}


def describe(params: dict[str, Any], language: str | None = None) -> str:
    """The reason a run was not used: ``{"message": "TRAINING_…", …values}`` as a sentence in the
    editor's language (English, the message id itself, when ``language`` is None)."""

    def say(message: str, **values: object) -> str:
        return translate(language, message, **values) if language else message.format(**values)

    values = {k: v for k, v in params.items() if k != "message"}
    if "language" in values:
        values["language"] = say(LANGUAGE_LABELS.get(str(values["language"]), str(values["language"])))
    if "drops" in values:
        decimal = "," if language in ("de", "ru") else "."
        values["details"] = ", ".join(
            f"{say(LANGUAGE_LABELS.get(code, code))} {before:.1f} % → {after:.1f} %".replace(".", decimal)
            for code, before, after in values.pop("drops")
        )
    return say(getattr(m, str(params["message"])), **values)


class Refusal(Exception):
    """The new model is not used; ``params`` say why (see ``describe``)."""

    def __init__(self, message: str, **values: object) -> None:
        self.params: dict[str, Any] = {"message": message, **values}
        super().__init__(describe(self.params))


# ---------------------------------------------------------------- queueing (request side)


def queue_training(session: Session, *, user_id: int | None, now: bool = False) -> TrainingRun:
    """Queue a run, or push back the start of the one already queued (changes collect in it).
    ``now``: start as soon as a worker is free (the editor's "train now")."""
    queued = session.scalar(
        select(TrainingRun).where(TrainingRun.status == TrainingStatus.QUEUED.value).limit(1)
    )
    stamp = utcnow() - SETTLE if now else utcnow()
    if queued is None:
        queued = TrainingRun(status=TrainingStatus.QUEUED.value, requested_by_id=user_id, progress=0)
        session.add(queued)
    queued.created_at = stamp
    session.flush()
    return queued


def active_run(session: Session) -> TrainingRun | None:
    return session.scalar(
        select(TrainingRun)
        .where(TrainingRun.status.in_((TrainingStatus.QUEUED.value, TrainingStatus.RUNNING.value)))
        .order_by(TrainingRun.id.desc())
        .limit(1)
    )


def recent_runs(session: Session, *, limit: int = 10) -> list[TrainingRun]:
    return list(session.scalars(select(TrainingRun).order_by(TrainingRun.id.desc()).limit(limit)))


# ---------------------------------------------------------------- checks and scores


def check_examples(session: Session) -> None:
    """Refuse an example set that cannot train a sound model, naming what is wrong."""
    seen: dict[str, str] = {}
    rows = session.execute(
        select(Topic.slug, Example.text).join(Example).order_by(Topic.slug, Example.id)
    ).all()
    for slug, text in rows:
        key = " ".join(text.casefold().split())
        other = seen.setdefault(key, slug)
        if other != slug:
            raise Refusal("TRAINING_DUPLICATE", question=text, first=other, second=slug)
    crisis: dict[str, int] = defaultdict(int)
    for language in session.scalars(
        select(Example.language).join(Topic).where(Topic.kind == TopicKind.CRISIS.value)
    ):
        crisis[language] += 1
    for language in LANGUAGES:
        if crisis[language] < MIN_EXAMPLES:
            raise Refusal(
                "TRAINING_FEW_CRISIS", count=crisis[language], language=language, minimum=MIN_EXAMPLES
            )


@dataclass(frozen=True)
class Heldout:
    items: list[tuple[str, str, str]]  # (language, gold intent, text)
    fingerprint: str


def load_heldout(directory: Path = HELDOUT_DIR) -> Heldout:
    from pforte.evaluation import load_heldout as load_sets

    sets = load_sets(directory)
    items = [(s.language, gold, text) for s in sets for gold, text in s.examples]
    digest = hashlib.sha256(json.dumps(items, ensure_ascii=False).encode()).hexdigest()[:16]
    return Heldout(items, digest)


def heldout_scores(model: Path, heldout: Heldout, faq: set[str]) -> dict[str, float]:
    """Per language: the share of held-out messages the model decides right (an out-of-scope
    message counts as right when no topic answer is given). Cached next to the model."""
    cache = model.with_name(model.name.removesuffix(".tar.gz") + ".heldout.json")
    key = heldout.fingerprint + ":" + hashlib.sha256(model.read_bytes()).hexdigest()[:16]
    if cache.exists():
        cached = json.loads(cache.read_text())
        if cached.get("heldout") == key:
            return {k: float(v) for k, v in cached["scores"].items()}
    from pforte.classify import parse_batch

    parsed = parse_batch([text for _, _, text in heldout.items], model=model)
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for (language, gold, _), result in zip(heldout.items, parsed, strict=True):
        total[language] += 1
        if gold == "out_of_scope":
            right[language] += result.intent not in faq
        else:
            right[language] += result.intent == gold
    scores = {lang: round(100.0 * right[lang] / total[lang], 1) for lang in sorted(total)}
    cache.write_text(json.dumps({"heldout": key, "scores": scores}))
    return scores


def compare(new: dict[str, float], running: dict[str, float]) -> Refusal | None:
    """Why the new model must not replace the running one, or None."""
    drops = [
        [lang, running[lang], new.get(lang, 0.0)]
        for lang in sorted(running)
        if new.get(lang, 0.0) < running[lang] - MAX_DROP
    ]
    return Refusal("TRAINING_WORSE", points=f"{MAX_DROP:g}", drops=drops) if drops else None


# ---------------------------------------------------------------- the worker


class TrainingWorker:
    """Claims queued runs and carries them out, one at a time per process."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        rasa_url: str,
        poll_seconds: float = 2.0,
        models_dir: Path = MODELS_DIR,
        current: Path | None = None,
    ) -> None:
        self._sessions = sessions
        self._rasa_url = rasa_url
        self._poll = poll_seconds
        self._models_dir = models_dir
        self._current = current or models_dir / "current.tar.gz"  # what a restart of Rasa loads
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> None:
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    async def _loop(self) -> None:
        while not self._stopping:
            try:
                run_id = await asyncio.to_thread(self._claim)
                if run_id is not None:
                    await asyncio.to_thread(self.run, run_id)
                    continue
            except Exception:  # the loop must survive a database hiccup
                logger.exception("training worker")
            await asyncio.sleep(self._poll)

    def _claim(self) -> int | None:
        with unit_of_work(self._sessions) as session:
            now = utcnow()
            session.execute(
                update(TrainingRun)
                .where(
                    TrainingRun.status == TrainingStatus.RUNNING.value, TrainingRun.heartbeat_at < now - STALE
                )
                .values(
                    status=TrainingStatus.FAILED.value,
                    finished_at=now,
                    reason=describe(INTERRUPTED),
                    reason_params=INTERRUPTED,
                )
            )
            if session.scalar(
                select(TrainingRun.id).where(TrainingRun.status == TrainingStatus.RUNNING.value)
            ):
                return None
            candidate = session.scalar(
                select(TrainingRun.id)
                .where(
                    TrainingRun.status == TrainingStatus.QUEUED.value, TrainingRun.created_at <= now - SETTLE
                )
                .order_by(TrainingRun.id)
                .limit(1)
            )
            if candidate is None:
                return None
            claimed = session.execute(
                update(TrainingRun)
                .where(TrainingRun.id == candidate, TrainingRun.status == TrainingStatus.QUEUED.value)
                .values(status=TrainingStatus.RUNNING.value, started_at=now, heartbeat_at=now, phase="check")
            )
            return candidate if claimed.rowcount == 1 else None  # type: ignore[attr-defined]

    def _set(self, run_id: int, **values: object) -> None:
        with unit_of_work(self._sessions) as session:
            session.execute(
                update(TrainingRun).where(TrainingRun.id == run_id).values(heartbeat_at=utcnow(), **values)
            )

    def run(self, run_id: int) -> None:
        """Carry out one claimed run (blocking; runs in a worker thread)."""
        try:
            self._run(run_id)
        except Refusal as refusal:
            self._set(
                run_id,
                status=TrainingStatus.REFUSED.value,
                reason=str(refusal),
                reason_params=refusal.params,
                finished_at=utcnow(),
            )
        except Exception as error:
            logger.exception("training run %s failed", run_id)
            params = {
                "message": "TRAINING_FAILED",
                "error": (str(error).strip() or type(error).__name__)[-1500:],
            }
            self._set(
                run_id,
                status=TrainingStatus.FAILED.value,
                reason=describe(params),
                reason_params=params,
                finished_at=utcnow(),
            )

    def _run(self, run_id: int) -> None:
        from pforte.training import train

        with self._sessions() as session:
            check_examples(session)
        self._set(run_id, phase="train", progress=10)
        done = threading.Event()
        started = time.monotonic()

        def beat() -> None:  # the progress bar moves while Rasa trains
            while not done.wait(2.0):
                share = min(0.95, (time.monotonic() - started) / EXPECTED_TRAIN_SECONDS)
                self._set(run_id, progress=10 + int(50 * share))

        beater = threading.Thread(target=beat, daemon=True)
        beater.start()
        try:
            with self._sessions() as session:
                faq = set(session.scalars(select(Topic.slug).where(Topic.kind == TopicKind.FAQ.value)))
                model = train(
                    session,
                    out_dir=self._models_dir,
                    workspace=self._models_dir / "rasa-build",
                    make_current=False,
                )
        finally:
            done.set()
            beater.join()
        self._set(
            run_id, phase="evaluate", progress=60, fingerprint=model.fingerprint, model_path=str(model.path)
        )
        heldout = load_heldout()
        running_model = self._running_model() or self._current
        running = heldout_scores(running_model, heldout, faq) if running_model.exists() else {}
        self._set(run_id, progress=75, running_scores=running)
        new = heldout_scores(model.path, heldout, faq)
        self._set(run_id, progress=90, scores=new)
        refusal = compare(new, running)
        if refusal is not None:
            raise refusal
        self._set(run_id, phase="deploy", progress=92)
        self._deploy(model.path, self._current)
        self._set(
            run_id, status=TrainingStatus.DEPLOYED.value, phase=None, progress=100, finished_at=utcnow()
        )

    def _running_model(self) -> Path | None:
        """The model file the Rasa server has loaded (from its /status)."""
        try:
            response = httpx.get(f"{self._rasa_url}/status", timeout=5.0)
            name = response.json().get("model_file") if response.status_code == 200 else None
        except (httpx.HTTPError, ValueError):
            return None
        if not name:
            return None
        path = Path(name)
        if path.is_absolute():
            return path if path.exists() else None
        for folder in (self._models_dir, MODELS_DIR):
            if (folder / path.name).exists():
                return folder / path.name
        return None

    def _deploy(self, model: Path, current: Path) -> None:
        """The new model into the running Rasa server (it answers meanwhile with the old one
        until the new one is loaded), and as the model a restart loads."""
        response = httpx.put(f"{self._rasa_url}/model", json={"model_file": str(model)}, timeout=120.0)
        if response.status_code >= 300:
            raise RuntimeError(
                f"Rasa did not load the new model (HTTP {response.status_code}): {response.text[:300]}"
            )
        current.parent.mkdir(parents=True, exist_ok=True)
        tmp = current.with_suffix(".tmp")
        shutil.copyfile(model, tmp)
        tmp.replace(current)
        # The running model's scores are the next comparison's baseline.
        cached = model.with_name(model.name.removesuffix(".tar.gz") + ".heldout.json")
        if cached.exists():
            shutil.copyfile(cached, current.with_name("current.heldout.json"))
