"""`make bench` (text part): the app's own text layer, which runs on every message before Rasa
(normalise, language identification, the crisis lexicon), on long and repetitive messages of
the kind that make regular expressions backtrack, and on the longest message a person can
send (10,000 characters). Timed here, not in the tests (tests/pforte/text only check what the
functions decide on such input).

    .venv/bin/python -m pforte.bench_text
"""

from __future__ import annotations

import datetime as dt
import time

from pforte.reports import write_section
from pforte.text.crisis import detect_crisis
from pforte.text.language import detect, warm_up
from pforte.text.normalise import normalise

# Repetitive messages that once made a lexicon pattern backtrack, and the longest message.
LONG_MESSAGES = {
    "ich × 500": "ich " * 500,
    "kind seit × 200": "kind seit " * 200,
    "ילד לבד × 250": "ילד לבד " * 250,
    "за мной × 250": "за мной " * 250,
    "hilfe bitte × 170": "hilfe bitte " * 170,
    "er schlagt mich gerade × 90": "er schlagt mich gerade " * 90,
    "10,000 characters of mixed text": ("Mein Jobcenter письмо מכתב " * 400)[:10_000],
}
RUNS = 20
TARGET_MS = 50.0


def slowest_ms(text: str) -> float:
    worst = 0.0
    for _ in range(RUNS):
        started = time.perf_counter()
        cleaned = normalise(text)
        detect(cleaned)
        detect_crisis(cleaned)
        worst = max(worst, time.perf_counter() - started)
    return 1000 * worst


def main() -> None:
    started = time.perf_counter()
    warm_up()  # as the app does at start: langdetect loads its profiles once per process
    warm_up_ms = 1000 * (time.perf_counter() - started)
    rows = [(name, slowest_ms(text), len(text)) for name, text in LONG_MESSAGES.items()]
    lines = [
        "## Text layer on long messages (`make bench`)",
        "",
        f"Measured {dt.date.today().isoformat()} by `.venv/bin/python -m pforte.bench_text`: normalise, "
        f"language identification and the crisis lexicon on one message, slowest of {RUNS} runs, after "
        f"the warm-up the app does at start (langdetect's profiles: {warm_up_ms:.0f} ms once per process).",
        "",
        "| message | characters | slowest | target |",
        "| --- | --- | --- | --- |",
        *(f"| {name} | {length:,} | {ms:.1f} ms | ≤ {TARGET_MS:.0f} ms |" for name, ms, length in rows),
    ]
    text = "\n".join(lines) + "\n"
    write_section("bench-text", text)
    print(text)


if __name__ == "__main__":
    main()
