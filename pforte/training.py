"""Training the Rasa model from the content store (in the Rasa environment, as a subprocess)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from content.rasa_export import write_workspace
from content.store import faq_slugs, training_examples
from pforte.paths import MODELS_DIR, RASA_BUILD_DIR, RASA_PYTHON, ROOT

CURRENT_MODEL = MODELS_DIR / "current.tar.gz"


class TrainingError(RuntimeError):
    pass


@dataclass(frozen=True)
class TrainedModel:
    path: Path
    fingerprint: str
    seconds: float
    reused: bool


def rasa_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("RASA_CACHE_DIRECTORY", str(ROOT / "var" / "rasa-cache"))
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    return env


MIN_EXAMPLES = 5  # per topic and language; fewer are left out of training (the editor shows which)


def trainable(examples: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
    """The examples that train: a topic's examples in a language count once there are at least
    MIN_EXAMPLES of them (a new topic is not recognised on two or three questions)."""
    kept: dict[str, list[tuple[str, str]]] = {}
    for intent, items in examples.items():
        counts: dict[str, int] = {}
        for language, _ in items:
            counts[language] = counts.get(language, 0) + 1
        chosen = [(lang, text) for lang, text in items if counts[lang] >= MIN_EXAMPLES]
        if chosen:
            kept[intent] = chosen
    return kept


def export_workspace(
    session: Session, *, target: Path = RASA_BUILD_DIR, config: Path = ROOT / "config.yml"
) -> str:
    examples = trainable(training_examples(session))
    if not examples:  # an empty store would train a model that knows no intent, without a word
        raise TrainingError(
            "The content store holds no example questions to train on. Import the shipped content first: "
            "`make content` (or `.venv/bin/pforte content import --if-empty`)."
        )
    faq = sorted(slug for slug in faq_slugs(session) if slug in examples)
    return write_workspace(target, examples=examples, faq_slugs=faq, config=config)


def train(
    session: Session,
    *,
    config: Path = ROOT / "config.yml",
    workspace: Path = RASA_BUILD_DIR,
    out_dir: Path = MODELS_DIR,
    force: bool = False,
    make_current: bool = True,
    nlu_only: bool = False,
    log: Path | None = None,
) -> TrainedModel:
    """Train a model on the store's content; reuse an existing one with the same inputs."""
    fingerprint = export_workspace(session, target=workspace, config=config)
    if config != ROOT / "config.yml":
        fingerprint = f"{fingerprint}-{config.stem}"
    out_dir.mkdir(parents=True, exist_ok=True)
    model = out_dir / f"pforte-{fingerprint}.tar.gz"
    started = time.monotonic()
    reused = model.exists() and not force
    if not reused:
        what = (
            ["train", "nlu", "--nlu", str(workspace / "data")]
            if nlu_only
            else ["train", "--domain", str(workspace / "domain"), "--data", str(workspace / "data")]
        )
        command = [
            str(RASA_PYTHON),
            "-m",
            "rasa",
            *what,
            "--config",
            str(config),
            "--out",
            str(out_dir),
            "--fixed-model-name",
            model.name.removesuffix(".tar.gz"),
            "--quiet",
        ]
        log_path = log or (out_dir / f"train-{fingerprint}.log")
        with open(log_path, "w") as log_file:
            result = subprocess.run(
                command, cwd=ROOT, env=rasa_env(), stdout=log_file, stderr=subprocess.STDOUT
            )
        if result.returncode != 0 or not model.exists():
            tail = log_path.read_text(errors="replace").strip().splitlines()[-15:]
            raise TrainingError("Rasa training failed:\n" + "\n".join(tail))
    if make_current:
        tmp = CURRENT_MODEL.with_suffix(".tmp")
        shutil.copyfile(model, tmp)
        tmp.replace(CURRENT_MODEL)
    return TrainedModel(model, fingerprint, time.monotonic() - started, reused)


def rasa_server_command(*, model: Path, port: int) -> list[str]:
    """`rasa run` for the Pforte channel and action endpoint, on loopback only."""
    return [
        str(RASA_PYTHON), "-m", "rasa", "run", "--enable-api", "-i", "127.0.0.1", "-p", str(port),
        "--model", str(model), "--credentials", "nlu/credentials.yml", "--endpoints", "nlu/endpoints.yml",
    ]  # fmt: skip
