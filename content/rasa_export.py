"""Generate Rasa's training workspace from the content store and the hand-written Rasa files.

The workspace (``var/rasa-build``) holds:
    domain/   the hand-written domain files of ``nlu/domain`` + ``faq.generated.yml`` (FAQ intents)
    data/     the hand-written rules and stories of ``nlu/`` + ``nlu.generated.yml`` (examples)
              + ``faq_rules.generated.yml`` (one rule per FAQ topic)
Nothing in it is edited by hand; it is rebuilt on every training.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import yaml

from pforte.paths import ROOT

NLU_SOURCE = ROOT / "nlu"
HEADER = "# Generated from the content store by content/rasa_export.py. Do not edit.\n"


def _clean(text: str) -> str:
    # Rasa reads [..](..) and [..]{..} in examples as entity annotations.
    return " ".join(text.replace("[", "(").replace("]", ")").split())


def nlu_document(examples: dict[str, list[tuple[str, str]]]) -> str:
    items = []
    for intent in sorted(examples):
        texts = list(dict.fromkeys(_clean(text) for _, text in examples[intent] if _clean(text)))
        if texts:
            block = "".join(
                f"- {yaml.safe_dump(t, allow_unicode=True, width=10_000).strip()}\n" for t in texts
            )
            block = block.replace("\n...", "")
            items.append({"intent": intent, "examples": block})
    return HEADER + yaml.safe_dump(
        {"version": "3.1", "nlu": items}, allow_unicode=True, sort_keys=False, width=10_000
    )


def faq_domain(faq_slugs: list[str]) -> str:
    return HEADER + yaml.safe_dump({"version": "3.1", "intents": sorted(faq_slugs)}, sort_keys=False)


def faq_rules(faq_slugs: list[str]) -> str:
    rules = [
        {"rule": f"answer {slug}", "steps": [{"intent": slug}, {"action": "action_answer_faq"}]}
        for slug in sorted(faq_slugs)
    ]
    return HEADER + yaml.safe_dump({"version": "3.1", "rules": rules}, sort_keys=False)


def write_workspace(
    target: Path,
    *,
    examples: dict[str, list[tuple[str, str]]],
    faq_slugs: list[str],
    config: Path = ROOT / "config.yml",
) -> str:
    """Write the workspace and return a fingerprint of everything that goes into training with
    `config`: Pforte's own config.yml brings its components (nlu/components, pforte/text);
    another pipeline (Rasa's default in make eval) depends on the data and its config alone."""
    if target.exists():
        shutil.rmtree(target)
    (target / "domain").mkdir(parents=True)
    (target / "data").mkdir(parents=True)
    for source in sorted((NLU_SOURCE / "domain").glob("*.yml")):
        shutil.copy(source, target / "domain" / source.name)
    for folder in ("rules", "stories"):
        for source in sorted((NLU_SOURCE / folder).glob("*.yml")):
            shutil.copy(source, target / "data" / f"{folder}_{source.name}")
    (target / "domain" / "faq.generated.yml").write_text(faq_domain(faq_slugs), encoding="utf-8")
    (target / "data" / "nlu.generated.yml").write_text(nlu_document(examples), encoding="utf-8")
    (target / "data" / "faq_rules.generated.yml").write_text(faq_rules(faq_slugs), encoding="utf-8")
    digest = hashlib.sha256()
    for path in [*sorted(target.rglob("*.yml")), config]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    if config == ROOT / "config.yml":
        for path in sorted((NLU_SOURCE / "components").glob("*.py")) + sorted(
            (ROOT / "pforte" / "text").glob("*.py")
        ):
            digest.update(path.read_bytes())
    fingerprint = digest.hexdigest()[:16]
    (target / "fingerprint").write_text(fingerprint)
    return fingerprint
