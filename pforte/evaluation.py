"""`make eval`: train on the training split (the content store's examples), report on the
held-out split (eval/heldout, written independently, never trained on), for Pforte's
pipeline and, on the same data, Rasa's default pipeline and langdetect alone.

    .venv/bin/python -m pforte.evaluation [--skip-baseline | --reuse-baseline] [--out docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from content.store import LANGUAGES
from content.yaml_files import read_directory
from pforte.classify import Parsed, parse_batch
from pforte.migrate import database_with_content
from pforte.paths import CONTENT_DIR, HELDOUT_DIR, ROOT, VAR
from pforte.reports import write_section
from pforte.text.crisis import detect_crisis
from pforte.text.language import detect
from pforte.training import train

EVAL_DIR = VAR / os.environ.get("PFORTE_EVAL_DIR", "eval")
DIALOGUE = {"human_request", "greet", "goodbye", "thanks", "bot_challenge"}


@dataclass
class Heldout:
    language: str
    examples: list[tuple[str, str]]  # (gold intent, text)
    short: list[str]
    batches: list[str] = field(default_factory=list)  # the file each example came from, as examples


def load_heldout(directory: Path = HELDOUT_DIR) -> list[Heldout]:
    """One set per language, whatever number of files (batches written at different times) holds it."""
    sets: dict[str, Heldout] = {}
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        held = sets.setdefault(data["language"], Heldout(data["language"], [], []))
        examples = [(intent, str(text)) for intent, texts in data["examples"].items() for text in texts]
        held.examples += examples
        held.batches += [path.stem] * len(examples)
        held.short += [str(s) for s in data.get("short") or []]
    return list(sets.values())


@dataclass
class Scores:
    faq_total: int = 0
    faq_correct: int = 0
    crisis_total: int = 0
    crisis_caught: int = 0
    non_crisis_total: int = 0
    false_crisis: int = 0
    # Not flagged, but the reply carries the emergency numbers in one line (the crisis guard's
    # note_threshold): crisis messages that still see the numbers, other messages that get the line.
    crisis_noted: int = 0
    others_noted: int = 0
    oos_total: int = 0
    oos_rejected: int = 0
    dialogue_total: int = 0
    dialogue_correct: int = 0
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: str, predicted: str, faq: set[str], *, noted: bool = False) -> None:
        if gold in faq:
            self.faq_total += 1
            self.faq_correct += predicted == gold
            if predicted != gold:
                self.confusions[(gold, predicted)] += 1
        if gold == "crisis":
            self.crisis_total += 1
            self.crisis_caught += predicted == "crisis"
            self.crisis_noted += predicted != "crisis" and noted
        else:
            self.non_crisis_total += 1
            self.false_crisis += predicted == "crisis"
            self.others_noted += predicted != "crisis" and noted
        if gold == "out_of_scope":
            self.oos_total += 1
            self.oos_rejected += predicted not in faq
        if gold in DIALOGUE:
            self.dialogue_total += 1
            self.dialogue_correct += predicted == gold


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def score(
    sets: list[Heldout], parsed: list[Parsed], faq: set[str], *, by_batch: bool = False
) -> dict[str, Scores]:
    """Per language, or with by_batch per held-out file (its name, e.g. `de-2`)."""
    results: dict[str, Scores] = defaultdict(Scores)
    it = iter(parsed)
    for heldout in sets:
        for (gold, _text), batch in zip(heldout.examples, heldout.batches, strict=True):
            result = next(it)
            key = batch if by_batch else heldout.language
            results[key].add(gold, result.intent, faq, noted=result.safety_note)
    return results


def language_scores(sets: list[Heldout]) -> dict[str, dict[str, tuple[int, int]]]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    def langdetect_alone(text: str) -> str:
        DetectorFactory.seed = 0
        try:
            return str(detect_langs(text)[0].lang)
        except LangDetectException:
            return "und"

    out: dict[str, dict[str, tuple[int, int]]] = {}
    for heldout in sets:
        texts = [t for _, t in heldout.examples]
        shorts = heldout.short
        lang = heldout.language
        out[lang] = {
            "pforte_all": (sum(detect(t).language == lang for t in texts), len(texts)),
            "pforte_all_client": (
                sum(detect(t, client_language=lang).language == lang for t in texts),
                len(texts),
            ),
            "pforte_all_prior": (sum(detect(t, remembered=lang).language == lang for t in texts), len(texts)),
            "langdetect_all": (sum(langdetect_alone(t) == lang for t in texts), len(texts)),
            "pforte_short": (sum(detect(t).language == lang for t in shorts), len(shorts)),
            "langdetect_short": (sum(langdetect_alone(t) == lang for t in shorts), len(shorts)),
            "pforte_short_prior": (
                sum(detect(t, remembered=lang).language == lang for t in shorts),
                len(shorts),
            ),
        }
    return out


def peak_child_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run(skip_baseline: bool, reuse_baseline: bool = False) -> dict[str, Any]:
    EVAL_DIR.mkdir(parents=True, exist_ok=True)
    # A fresh Rasa cache: the training time is a real training, not cached components.
    os.environ["RASA_CACHE_DIRECTORY"] = str(EVAL_DIR / f"rasa-cache-{os.getpid()}")
    db = EVAL_DIR / "content.db"
    db.unlink(missing_ok=True)
    _engine, sessions = database_with_content(f"sqlite:///{db}")
    topics = read_directory(CONTENT_DIR)
    faq = {t.slug for t in topics if t.kind == "faq"}
    train_counts = Counter(lang for t in topics for lang, ex in t.examples.items() for _ in ex)
    sets = load_heldout()
    texts = [text for h in sets for _, text in h.examples]
    report: dict[str, Any] = {
        "train_examples": dict(train_counts),
        "heldout_examples": {h.language: len(h.examples) for h in sets},
    }

    with sessions() as session:
        ours = train(
            session,
            out_dir=EVAL_DIR / "models",
            workspace=EVAL_DIR / "rasa-build",
            force=True,
            make_current=False,
        )
    report["train_seconds"] = round(ours.seconds, 1)
    report["train_peak_mb"] = round(peak_child_mb())
    started = time.monotonic()
    parsed = parse_batch(texts, model=ours.path)
    report["classify_seconds"] = round(time.monotonic() - started, 1)
    report["pforte"] = score(sets, parsed, faq)
    report["pforte_batches"] = score(sets, parsed, faq, by_batch=True)
    report["lexicon_alone"] = {
        h.language: (
            sum(1 for g, t in h.examples if g == "crisis" and detect_crisis(t)),
            sum(1 for g, _ in h.examples if g == "crisis"),
            sum(1 for g, t in h.examples if g != "crisis" and detect_crisis(t)),
            sum(1 for g, _ in h.examples if g != "crisis"),
        )
        for h in sets
    }
    report["errors"] = [
        {"language": h.language, "gold": g, "predicted": p.intent, "confidence": p.confidence, "text": t}
        for (h, g, t), p in zip(((h, g, t) for h in sets for g, t in h.examples), parsed)
        if p.intent != g
    ]
    if not skip_baseline:
        with sessions() as session:
            base = train(
                session,
                config=ROOT / "eval" / "baseline" / "rasa-default.yml",
                out_dir=EVAL_DIR / "models",
                workspace=EVAL_DIR / "rasa-build-default",
                force=not reuse_baseline,
                make_current=False,
                nlu_only=True,
            )
        # Rasa's default takes 40-75 minutes to train here: with --reuse-baseline a model an
        # earlier run trained on the same training examples (same fingerprint) is evaluated
        # again, and the report says so with the time its training took.
        seconds_file = base.path.with_name(base.path.name.removesuffix(".tar.gz") + ".seconds")
        if base.reused and seconds_file.exists():
            report["baseline_reused"] = base.fingerprint
            report["baseline_train_seconds"] = float(seconds_file.read_text())
        else:
            report["baseline_train_seconds"] = round(base.seconds, 1)
            seconds_file.write_text(str(report["baseline_train_seconds"]))
        base_parsed = parse_batch(texts, model=base.path)
        report["baseline"] = score(sets, base_parsed, faq)
        report["baseline_batches"] = score(sets, base_parsed, faq, by_batch=True)
    report["language"] = language_scores(sets)
    return report


def markdown(report: dict[str, Any]) -> str:
    lines = [
        "## Evaluation (`make eval`)",
        "",
        f"Measured {dt.date.today().isoformat()} on this 2-core machine by `make eval` "
        "(`.venv/bin/python -m pforte.evaluation`). Training split: the examples in "
        "`content/topics/*.yml`; held-out split: `eval/heldout/*.yml`, written independently "
        "by other writers and never trained on.",
        "",
        f"Training examples per language: {report['train_examples']}; held-out examples: {report['heldout_examples']} "
        "(share of all examples: "
        + ", ".join(
            f"{lang} {pct(n, n + report['train_examples'].get(lang, 0))}"
            for lang, n in report["heldout_examples"].items()
        )
        + ").",
        "",
        "| language | pipeline | FAQ accuracy | crisis recall | crisis false positives | out-of-scope rejected | dialogue intents |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for language in LANGUAGES:
        for name in ("pforte", "baseline"):
            if name not in report or language not in report[name]:
                continue
            s: Scores = report[name][language]
            label = "Pforte" if name == "pforte" else "Rasa default (DIET)"
            lines.append(
                f"| {language} | {label} | {pct(s.faq_correct, s.faq_total)} ({s.faq_correct}/{s.faq_total}) "
                f"| {pct(s.crisis_caught, s.crisis_total)} ({s.crisis_caught}/{s.crisis_total}) "
                f"| {pct(s.false_crisis, s.non_crisis_total)} ({s.false_crisis}/{s.non_crisis_total}) "
                f"| {pct(s.oos_rejected, s.oos_total)} ({s.oos_rejected}/{s.oos_total}) "
                f"| {pct(s.dialogue_correct, s.dialogue_total)} |"
            )
    if len(report["pforte_batches"]) > len(report["pforte"]):
        lines += [
            "",
            "By held-out file (batches written at different times), FAQ accuracy and crisis recall, "
            "Pforte against Rasa's default: "
            + "; ".join(
                f"{batch}: FAQ {pct(s.faq_correct, s.faq_total)}"
                + (
                    f" against {pct(b.faq_correct, b.faq_total)}"
                    if (b := report.get("baseline_batches", {}).get(batch))
                    else ""
                )
                + f", crisis {s.crisis_caught}/{s.crisis_total}"
                + (f" against {b.crisis_caught}/{b.crisis_total}" if b else "")
                for batch, s in sorted(report["pforte_batches"].items())
            ),
        ]
    lines += [
        "",
        "Emergency numbers shown without an alarm (the safety note: crisis probability at or above "
        "config.yml's note_threshold, below the alarm): "
        + "; ".join(
            f"{lang}: crisis messages {s.crisis_noted} more, so {s.crisis_caught + s.crisis_noted}/{s.crisis_total} "
            f"see the numbers; other messages with the note {pct(s.others_noted, s.non_crisis_total)} "
            f"({s.others_noted}/{s.non_crisis_total})"
            for lang, s in report["pforte"].items()
        ),
        "",
        "Crisis lexicon alone (no model): "
        + "; ".join(
            f"{lang}: recall {pct(a, b)}, false positives {pct(c, d)}"
            for lang, (a, b, c, d) in report["lexicon_alone"].items()
        ),
        "",
    ]
    lines += [
        "Language identification (the file's language is the truth; *first message*: nothing known yet; "
        "*first message, client's language*: Telegram's `language_code` is the file's language, as when the "
        "person's Telegram speaks their language; *in a conversation*: the conversation's language is known, "
        "which one- and two-word messages keep):",
        "",
        "| language | Pforte, first message | Pforte, first message, client's language | Pforte, in a conversation | langdetect alone | Pforte, 1–2 words, first message | langdetect alone, 1–2 words | Pforte, 1–2 words, in a conversation |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for language, v in report["language"].items():
        lines.append(
            f"| {language} | "
            + " | ".join(
                pct(*v[k])
                for k in (
                    "pforte_all",
                    "pforte_all_client",
                    "pforte_all_prior",
                    "langdetect_all",
                    "pforte_short",
                    "langdetect_short",
                    "pforte_short_prior",
                )
            )
            + " |"
        )
    lines += [
        "",
        f"Full training of Pforte's model (NLU and dialogue policies): {report['train_seconds']} s; "
        f"peak memory of the training processes: {report['train_peak_mb']} MB. "
        f"Classifying all {sum(report['heldout_examples'].values())} held-out messages with `pforte classify`'s batch path "
        f"(model load included): {report['classify_seconds']} s.",
    ]
    if "baseline_train_seconds" in report:
        lines.append(
            f"Training Rasa's default pipeline (NLU only) on the same data: {report['baseline_train_seconds']} s"
            + (
                f" (its model was trained by an earlier `make eval` on the same training examples, fingerprint "
                f"`{report['baseline_reused']}`, and evaluated again in this run: `--reuse-baseline`)."
                if "baseline_reused" in report
                else "."
            )
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-baseline", action="store_true", help="do not train Rasa's default pipeline")
    parser.add_argument(
        "--reuse-baseline",
        action="store_true",
        help="evaluate a model of Rasa's default pipeline trained earlier on the same training examples",
    )
    parser.add_argument("--out", default=None, help="write the report here instead of docs/benchmarks.md")
    args = parser.parse_args()
    report = run(args.skip_baseline, args.reuse_baseline)
    text = markdown(report)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        write_section("eval", text)
    (EVAL_DIR / "errors.json").write_text(
        json.dumps(report["errors"], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(text)
    print(f"misclassified held-out messages: {EVAL_DIR / 'errors.json'}")


if __name__ == "__main__":
    main()
