"""Cross-validation on the training examples only (never the held-out split): how the
hyper-parameters of config.yml were chosen.

    PYTHONPATH=. .venv-rasa/bin/python -m nlu.crossval [--C 100] [--folds 5] [--max-iter 300] [--nb-weight 0]
    PYTHONPATH=. .venv-rasa/bin/python -m nlu.crossval --since REV

Reports, per language, FAQ accuracy and out-of-scope rejection for fallback thresholds, and
crisis recall and false positives for the crisis layer's parts (the lexicon, the model's
crisis probability), with the crisis examples both miss and the false alarms.

With `--since REV` (a git revision) it measures what the examples added since REV bring: first a
model trained on REV's examples alone meets the added ones (independent data, as they were before
they joined), then the cross-validation scores REV's examples only, with the added examples in
every training fold, so that its figures compare with a plain run at REV.

A dedicated crisis-or-not model on the same features was tried (2026-11-23): beside the
lexicon and the intent model it raised cross-validated recall by 0-3 points per language at
0.3-0.6 points more false alarms and doubled training time; not adopted.

Hebrew suffix stems beside the prefix stems (plural, possessive and past endings cut off, as
extra tokens) were tried (2026-11-24): Hebrew FAQ at fallback 0.35 78.9 -> 78.7 %, out-of-scope
rejected 94.8 -> 92.5 %, requests for a person honoured 94.0 -> 90.0 %; not adopted.

Tried on 2026-11-24 (seventh session) with the development sets (nlu/dev.py) and not adopted:
- Hebrew words also without their vowel letters (ו, י), so that full and defective spelling meet:
  Hebrew topic questions 255 -> 254 of 264.
- Scoring every sentence of a long message for crisis: 1-8 more crisis messages caught, but
  4-19 more false alarms, because a sentence loses its context ("years ago", "he never hit me").
- Training the intent model itself with crisis examples inside everyday questions: crisis recall
  on danger hidden in questions 93 -> 115 of 120, false alarms on the look-alikes 65 -> 162 of 390,
  as the crisis intent then wins on long everyday questions. The same idea as a separate
  crisis-or-not view that only adds crisis flags (hidden_crisis_C in config.yml) keeps the intent
  model as it was and was adopted.

Tried on 2026-11-24 (eighth session) with the development sets, among them the new sets of ordinary
topic questions (ru/de-faq-A and -B), and not adopted:
- Pairs of two everyday examples as "not crisis" in the hidden view's training (beside the crisis
  examples inside everyday questions), so that a long two-part message is not crisis by its shape:
  1-3 fewer false alarms on the topic questions at 1-4 fewer crisis messages caught; raising the
  view's C to 3 and its threshold to 0.85 (adopted) removed as many false alarms at no loss.
- A crisis intent on top of the ranking below model_threshold falling back to the next intent:
  1 crisis message fewer caught of 120 (unread sets), 4 and 11 fewer false alarms on the hard
  look-alikes, none fewer on the topic questions.
- The hidden view flagging only when the intent model gives crisis at least 0.1-0.2: 1 crisis
  message fewer of 120, 1-3 fewer false alarms per 396 topic questions; within noise.

Tried on 2026-11-24 (ninth session) and reverted after one look at the held-out split: 513 new
Russian topic questions (two new writers) with the hidden view at 0.6 for Russian messages (0.85
for the others), chosen here (`--since ec2a262`: Russian recall 97.7 % as before, false alarms
4.8 -> 4.0 %) and on the development sets (fewer false alarms, all crisis messages caught). The
held-out split gave Russian FAQ 93.8 -> 95.4 % but crisis false positives 1.8 -> 2.6 % (target
2 %); see docs/benchmarks.md. The commits are caaf5c7 to 24c1136.

Tried on 2026-11-24 (eleventh session) with 721 Hebrew examples typed in Latin letters, on the
development sets with the session's lexicon (2,030 crisis messages, 1,290 look-alikes, 1,032 topic
questions) and not adopted:
- A word per writing system (Hebrew, Cyrillic, Hebrew or Russian in Latin letters, other Latin
  text) appended to every text: 37 fewer false alarms on the look-alikes, but 11 fewer crisis
  messages caught (7 of them Russian; measured before the ru-W … ru-Z sets, on 1,930).
- Words seen in only one example dropped from the word features (min_df 2): 15 fewer crisis
  messages caught, and "wo kann man in leipzig ein fahrrad reparieren lassen" still answered as
  housing (the character n-grams carry the city too).

Tried on 2026-11-25 (twelfth session) and not adopted: the 1,250 crisis messages of the read Russian
development sets added to the training examples as crisis, met by the unread Russian sets (15 sets
of crisis messages and look-alikes, the ru-faq and ru-everyday sets): crisis caught 722 -> 730 of
730, but look-alikes flagged 165 -> 248 of 450, and ordinary messages flagged 29 -> 46 of 504
(topic questions and everyday chat decided right 436 -> 415). Russian false positives are already
the closest to their 2 % target, so this trades one target for the other; the read sets feed the
lexicon instead, which flags no look-alike more.

Also tried then, the other way round: the 450 everyday messages written with strong words
(de-everyday-A, ru-everyday-C, he-everyday-A) as training examples of their topics, met by the unread
sets. Russian: look-alikes flagged 179 -> 129 of 480, ordinary messages (ru-faq-B, ru-everyday-A/B)
flagged 20 -> 11 of 372 and decided right 319 -> 334, but crisis caught 770 -> 759 of 780; German
and Hebrew within one message. Fewer false alarms for less recall where recall is short: not adopted,
and a change of training examples would need Rasa's default trained again for `make eval`.

Tried on 2026-11-25 (fourteenth session) and not adopted: a crisis verifier for the band below the
alarm (crisis probability 0.1-0.4, where the safety line is shown): a crisis-or-not regression on
the same features, trained on the training examples and the read development sets (their crisis
messages, look-alikes and everyday messages, the sets weighted 3 : 1), raising the alarm in that
band at a verifier probability of 0.5-0.8. On the unread development sets it reached 3, 4-5 and
6 of the 7, 8 and 15 crisis messages the layer misses (de, ru, he) at C 3-10 and 0.5, for 1, 9-10
and 5 more look-alikes raised (3 of 864 ordinary messages). But cross-validated on the training
examples (5 folds, main model and verifier fitted per fold, a /tmp script), the ordinary questions
in the band paid for it: at C 10 and 0.5 Russian false alarms 69 -> 96 of 2,022 for 1 more crisis
example of 390 (German 76 -> 92 for 2, Hebrew 75 -> 99 for 14); at 0.8 Russian 69 -> 76 for none.
Russian false positives are the closest to their target, so the line stays the band's answer.
Lowering the alarm itself (model_threshold 0.4 -> 0.3), cross-validated: Russian crisis 386 -> 387
of 390 for false alarms 69 -> 102.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import yaml
from sklearn.model_selection import StratifiedKFold

from nlu.components.linear_model import LinearModel
from pforte.text.crisis import detect_crisis
from pforte.text.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
TOPICS = ROOT / "content" / "topics"


def configured(name: str) -> dict:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    return next(c for c in config["pipeline"] if c["name"].endswith(name))


def _topic_files(revision: str | None) -> list[str]:
    if revision is None:
        return [path.read_text(encoding="utf-8") for path in sorted(TOPICS.glob("*.yml"))]
    git = ["git", "-C", str(ROOT)]
    names = subprocess.run(
        [*git, "ls-tree", "--name-only", revision, "content/topics/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [
        subprocess.run(
            [*git, "show", f"{revision}:{name}"], capture_output=True, text=True, check=True
        ).stdout
        for name in names
        if name.endswith(".yml")
    ]


def load(revision: str | None = None) -> tuple[list[str], list[str], list[str], set[str]]:
    """The training examples, normalised, as in the working tree or at a git revision."""
    texts, labels, languages, faq = [], [], [], set()
    for source in _topic_files(revision):
        data = yaml.safe_load(source)
        if data["kind"] == "faq":
            faq.add(data["slug"])
        for language, examples in (data.get("examples") or {}).items():
            for text in examples:
                texts.append(normalise(str(text)))
                labels.append(data["slug"])
                languages.append(language)
    return texts, labels, languages, faq


def pct(hits: np.ndarray) -> str:
    return f"{100 * hits.mean():.1f}%" if hits.size else "-"


def lexicon_hits(texts: list[str]) -> np.ndarray:
    return np.array([detect_crisis(t) is not None for t in texts])


def crisis_layer(
    probabilities: np.ndarray,
    classes: list[str],
    lexicon: np.ndarray,
    *,
    threshold: float,
    fallback: float,
    hidden: np.ndarray | None = None,
    hidden_threshold: float = 1.0,
) -> np.ndarray:
    """As the pipeline decides: the lexicon, crisis >= threshold, crisis on top above the fallback,
    or the hidden-crisis view >= hidden_threshold."""
    crisis = classes.index("crisis")
    on_top = (probabilities.argmax(axis=1) == crisis) & (probabilities.max(axis=1) >= fallback)
    flagged = lexicon | (probabilities[:, crisis] >= threshold) | on_top
    if hidden is not None:
        flagged |= hidden >= hidden_threshold
    return flagged


def with_settings(settings: dict, items: list[str]) -> dict:
    """Model settings changed by `--set key=JSONvalue` items (nlu.crossval and nlu.dev)."""
    changed = dict(settings)
    for item in items:
        key, value = item.split("=", 1)
        changed[key] = json.loads(value)
    return changed


def guard_thresholds() -> tuple[float, float]:
    """The crisis guard's model_threshold and hidden_threshold from config.yml."""
    guard = configured("CrisisGuard")
    return float(guard.get("model_threshold", 0.4)), float(guard.get("hidden_threshold", 0.8))


def meet_added(
    model: LinearModel, added: list[tuple[str, str, str]], *, threshold: float, fallback: float
) -> None:
    """The examples added since a revision, met by a model trained without them."""
    texts = [t for t, _, _ in added]
    probabilities, hidden = model.predict(texts)
    flagged = crisis_layer(
        probabilities,
        model.classes,
        lexicon_hits(texts),
        threshold=threshold,
        fallback=fallback,
        hidden=hidden,
        hidden_threshold=guard_thresholds()[1],
    )
    top = [model.classes[i] for i in probabilities.argmax(axis=1)]
    print(f"examples added since the revision: {len(added)}; met by a model trained without them:")
    for language in sorted({lang for _, _, lang in added}):
        crisis = [i for i, (_, lab, lang) in enumerate(added) if lang == language and lab == "crisis"]
        other = [i for i, (_, lab, lang) in enumerate(added) if lang == language and lab != "crisis"]
        right = sum(top[i] == added[i][1] for i in other)
        print(
            f"   {language}: crisis caught {int(flagged[crisis].sum())}/{len(crisis)}, "
            f"others flagged as crisis {int(flagged[other].sum())}/{len(other)}, "
            f"others' topic right (top intent) {right}/{len(other)}"
        )


def main() -> None:
    classifier = configured("LinearIntentClassifier")
    crisis_threshold, hidden_threshold = guard_thresholds()
    fallback_threshold = float(configured("FallbackClassifier").get("threshold", 0.35))
    parser = argparse.ArgumentParser()
    parser.add_argument("--C", type=float, default=float(classifier.get("C", 100.0)))
    parser.add_argument("--max-iter", type=int, default=int(classifier.get("max_iter", 300)))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-hebrew-prefixes", action="store_true")
    parser.add_argument(
        "--nb-weight", type=float, default=float(classifier.get("nb_weight", 0.0)), help="0: regression alone"
    )
    parser.add_argument("--save", help="also write the out-of-fold probabilities here (.npz) to study")
    parser.add_argument("--since", help="a git revision: measure the examples added since then (see above)")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        help="any other model setting, e.g. hidden_crisis_C=0 (JSON value)",
    )
    args = parser.parse_args()
    model_config = {
        # everything else config.yml sets (the hidden-crisis view's C, ...)
        **{k: v for k, v in classifier.items() if k != "name"},
        "C": args.C,
        "max_iter": args.max_iter,
        "hebrew_prefixes": not args.no_hebrew_prefixes,
        "nb_weight": args.nb_weight,
    }
    model_config = with_settings(model_config, args.set)
    added_texts: list[str] = []
    added_labels: list[str] = []
    if args.since:
        texts, labels, languages, faq = load(args.since)
        known = set(zip(texts, labels))
        current = load()
        added = [(t, lab, lang) for t, lab, lang in zip(*current[:3]) if (t, lab) not in known]
        added_texts = [t for t, _, _ in added]
        added_labels = [lab for _, lab, _ in added]
        meet_added(
            LinearModel(model_config).fit(texts, labels),
            added,
            threshold=crisis_threshold,
            fallback=fallback_threshold,
        )
    else:
        texts, labels, languages, faq = load()
    folds = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=7)
    rows: dict[int, np.ndarray] = {}
    hidden_rows: dict[int, float] = {}
    classes: list[str] = []
    seconds = []
    for train_index, test_index in folds.split(texts, labels):
        train_texts = [texts[i] for i in train_index] + added_texts
        train_labels = [labels[i] for i in train_index] + added_labels
        started = time.perf_counter()
        model = LinearModel(model_config).fit(train_texts, train_labels)
        seconds.append(time.perf_counter() - started)
        classes = model.classes
        held = [texts[i] for i in test_index]
        fold_probabilities, fold_hidden = model.predict(held)
        for j, i in enumerate(test_index):
            rows[i] = fold_probabilities[j]
            hidden_rows[i] = np.nan if fold_hidden is None else fold_hidden[j]
        print(f"fold trained in {seconds[-1]:.0f} s", flush=True)
    probabilities = np.stack([rows[i] for i in range(len(texts))])
    hidden = np.array([hidden_rows[i] for i in range(len(texts))])
    has_hidden = not np.isnan(hidden).any()
    if args.save:
        np.savez(args.save, probabilities=probabilities, classes=classes, labels=labels, languages=languages)
    crisis = classes.index("crisis")
    lexicon = lexicon_hits(texts)
    gold = np.array([label == "crisis" for label in labels])
    lang = np.array(languages)
    language_list = sorted(set(languages))
    print(
        f"examples: {len(texts)}, C={args.C}, max_iter={args.max_iter}, nb_weight={args.nb_weight}, "
        f"training per fold {np.mean(seconds):.0f} s"
    )
    if args.since:
        print(
            f"scored: the examples at {args.since}; the {len(added_texts)} added since are in every training fold"
        )
    for fallback in (0.2, 0.25, 0.3, 0.35, 0.4):
        per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for i, row in enumerate(probabilities):
            top = classes[int(np.argmax(row))]
            decided = top if row.max() >= fallback else "out_of_scope"
            counts = per_language[languages[i]]
            if labels[i] in faq:
                counts[0] += 1
                counts[1] += decided == labels[i]
            if labels[i] == "out_of_scope":
                counts[2] += 1
                counts[3] += decided not in faq
        print(
            f"fallback {fallback}: "
            + "  ".join(
                f"{language} faq {100 * c[1] / c[0]:.1f}% oos-rejected {100 * c[3] / c[2]:.1f}%"
                for language, c in sorted(per_language.items())
            )
        )

    human = classes.index("human_request")
    human_threshold = float(configured("HumanRequestGuard").get("threshold", 0.25))
    top_intents = np.array(classes)[probabilities.argmax(axis=1)]
    asked = np.array([label == "human_request" for label in labels])
    for name, handed in (
        ("top intent alone", top_intents == "human_request"),
        (
            f"with the guard (human_request >= {human_threshold})",
            (top_intents == "human_request") | (probabilities[:, human] >= human_threshold),
        ),
    ):
        print(
            f"human requests, {name}: "
            + "  ".join(
                f"{language} honoured {pct(handed[asked & (lang == language)])} "
                f"others handed over {pct(handed[~asked & (lang == language)])}"
                for language in language_list
            )
        )

    def report(name: str, hit: np.ndarray) -> None:
        print(
            f"{name}: "
            + "  ".join(
                f"{language} recall {pct(hit[gold & (lang == language)])} fp {pct(hit[~gold & (lang == language)])}"
                for language in language_list
            )
        )

    report("lexicon alone", lexicon)
    for threshold in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        report(f"intent model >= {threshold} or lexicon", lexicon | (probabilities[:, crisis] >= threshold))
    without_hidden = crisis_layer(
        probabilities, classes, lexicon, threshold=crisis_threshold, fallback=fallback_threshold
    )
    report("layer without the hidden-crisis view", without_hidden)
    layer = without_hidden
    if has_hidden:
        for threshold in (0.6, 0.7, 0.8, 0.9):
            report(f"... or the hidden-crisis view >= {threshold}", without_hidden | (hidden >= threshold))
        layer = without_hidden | (hidden >= hidden_threshold)
    report("configured layer (as the pipeline decides)", layer)
    missed = [i for i in range(len(texts)) if gold[i] and not layer[i]]
    print(f"crisis examples missed by the configured layer (CV): {len(missed)}")
    for i in missed:
        print(f"   {languages[i]} {probabilities[i, crisis]:.2f} {texts[i]}")
    false_alarms = [i for i in range(len(texts)) if not gold[i] and layer[i]]
    print(f"false alarms of the configured layer (CV): {len(false_alarms)}")
    for i in false_alarms[:60]:
        source = "lexicon" if lexicon[i] else f"{probabilities[i, crisis]:.2f}"
        print(f"   {labels[i]} {source} | {texts[i]}")


if __name__ == "__main__":
    main()
