"""Batch classification: the language and the decision the bot acts on, for many messages.

The model is loaded once, in the Rasa environment (``nlu.batch``); language identification
runs here. ``intent`` is the pipeline's final decision: a catalogue slug or one of the
dialogue intents, with the fallback mapped to ``out_of_scope`` (no answer is guessed).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pforte.paths import RASA_PYTHON, ROOT
from pforte.text.language import detect
from pforte.training import CURRENT_MODEL, rasa_env

FALLBACK_INTENT = "nlu_fallback"


@dataclass(frozen=True)
class Parsed:
    intent: str
    confidence: float
    ranking: list[dict[str, Any]]
    crisis_signal: str | None
    safety_note: bool = False  # not flagged, but close: the reply carries the emergency numbers


def decision(raw: dict[str, Any]) -> Parsed:
    intent = raw.get("intent") or FALLBACK_INTENT
    ranking = [r for r in raw.get("ranking") or [] if r.get("intent") != FALLBACK_INTENT]
    confidence = float(raw.get("confidence") or 0.0)
    if intent == FALLBACK_INTENT:
        intent = "out_of_scope"
        confidence = float(ranking[0]["confidence"]) if ranking else 0.0
    return Parsed(
        intent, round(confidence, 4), ranking, raw.get("crisis_signal"), bool(raw.get("safety_note"))
    )


def parse_batch(texts: Iterable[str], *, model: Path | None = None) -> list[Parsed]:
    """Run the model over texts (one Rasa process for all of them)."""
    model = model or CURRENT_MODEL
    if not model.exists():
        raise FileNotFoundError(f"no trained model at {model}: run `make train` first")
    payload = "".join(
        json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)
    )
    result = subprocess.run(
        [str(RASA_PYTHON), "-m", "nlu.batch", str(model)],
        input=payload,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=rasa_env(),
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError("the model could not be run:\n" + "\n".join(result.stderr.splitlines()[-10:]))
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    by_id = {line["id"]: line for line in lines if "id" in line}
    return [decision(by_id.get(i, {})) for i in range(payload.count("\n"))]


def classify_stream(source: IO[str], sink: IO[str], *, model: str | None = None) -> int:
    items: list[tuple[Any, str]] = []
    errors: dict[int, str] = {}
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError
            items.append((item.get("id"), item["text"]))
        except ValueError:
            errors[len(items)] = f"line {number}: expected a JSON object with a text field"
            items.append((None, ""))
    try:
        parsed = parse_batch([text for _, text in items], model=Path(model) if model else None)
    except (FileNotFoundError, RuntimeError) as error:
        print(json.dumps({"error": str(error)}), file=sink)
        return 1
    for index, ((item_id, text), result) in enumerate(zip(items, parsed)):
        if index in errors:
            sink.write(json.dumps({"id": item_id, "error": errors[index]}) + "\n")
            continue
        out = {
            "id": item_id,
            "language": detect(text).language,
            "intent": result.intent,
            "confidence": result.confidence,
            "ranking": result.ranking[:5],
        }
        sink.write(json.dumps(out, ensure_ascii=False) + "\n")
    sink.flush()
    return 0
