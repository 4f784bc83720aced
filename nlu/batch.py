"""Parse messages with a trained model in batch: JSON lines in, Rasa parse results out.

    .venv-rasa/bin/python -m nlu.batch MODEL.tar.gz < in.jsonl > out.jsonl

Input lines: {"id": ..., "text": ...}. Output lines: {"id", "intent", "confidence",
"ranking", "crisis_signal", "safety_note"}, where intent is the pipeline's final decision (after the crisis
layer and the fallback classifier). Used by ``pforte classify`` and ``make eval``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys


def main() -> None:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    logging.disable(logging.WARNING)
    from rasa.core.agent import Agent

    agent = Agent.load(sys.argv[1])
    out = sys.stdout
    print(json.dumps({"ready": True}), file=out, flush=True)

    async def run() -> None:
        for line in sys.stdin:
            if not line.strip():
                continue
            item = json.loads(line)
            text = item.get("text") or ""
            parsed = await agent.parse_message(text) if text.strip() else {}
            intent = parsed.get("intent") or {"name": None, "confidence": 0.0}
            result = {
                "id": item.get("id"),
                "intent": intent.get("name"),
                "confidence": intent.get("confidence"),
                "ranking": [
                    {"intent": r["name"], "confidence": r["confidence"]}
                    for r in parsed.get("intent_ranking") or []
                ],
                "crisis_signal": parsed.get("crisis_signal"),
                "safety_note": bool(parsed.get("safety_note")),
            }
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            out.flush()

    asyncio.run(run())


if __name__ == "__main__":
    main()
