"""The workspace fingerprint decides when a model is trained again: it follows everything that
goes into a training with the given config, and nothing else."""

from pathlib import Path

import pytest

import content.rasa_export as rasa_export
from content.rasa_export import write_workspace

EXAMPLES = {"wohngeld": [("de", "wohngeld beantragen"), ("ru", "как получить вонгельд")]}


def fingerprint(target: Path, config: Path, examples: dict = EXAMPLES) -> str:
    return write_workspace(target, examples=examples, faq_slugs=["wohngeld"], config=config)


def test_fingerprint_follows_examples_and_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rasa_export, "ROOT", tmp_path)
    own, other = tmp_path / "config.yml", tmp_path / "rasa-default.yml"
    own.write_text("pipeline: [a]\n")
    other.write_text("pipeline: [b]\n")
    target = tmp_path / "build"

    first = fingerprint(target, own)
    assert fingerprint(target, own) == first
    assert fingerprint(target, own, {**EXAMPLES, "rente": [("de", "rente")]}) != first
    assert fingerprint(target, other) != first

    baseline = fingerprint(target, other)
    own.write_text("pipeline: [a, guard]\n")
    assert fingerprint(target, own) != first  # Pforte's model is trained again
    assert fingerprint(target, other) == baseline  # another pipeline's model is not
