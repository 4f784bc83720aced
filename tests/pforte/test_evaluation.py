"""The held-out split can grow in batches (files written at different times): make eval scores
one set per language, and can still tell the batches apart."""

from pathlib import Path

from pforte.classify import Parsed
from pforte.evaluation import load_heldout, score


def write(path: Path, language: str, examples: dict[str, list[str]], short: list[str]) -> None:
    lines = [f"language: {language}", "examples:"]
    for intent, texts in examples.items():
        lines.append(f"  {intent}:")
        lines += [f"  - {text}" for text in texts]
    lines.append("short:")
    lines += [f"- {text}" for text in short]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def parsed(intent: str, *, note: bool = False) -> Parsed:
    return Parsed(intent=intent, confidence=0.9, ranking=[], crisis_signal=None, safety_note=note)


def test_batches_of_one_language_make_one_set(tmp_path: Path) -> None:
    write(
        tmp_path / "de.yml",
        "de",
        {"wohngeld": ["wohngeld beantragen"], "crisis": ["ich will sterben"]},
        ["hallo"],
    )
    write(tmp_path / "de-2.yml", "de", {"rente": ["wann bekomme ich rente"]}, ["danke"])
    write(tmp_path / "ru.yml", "ru", {"rente": ["пенсия"]}, [])

    sets = {s.language: s for s in load_heldout(tmp_path)}

    assert sorted(sets) == ["de", "ru"]
    german = sets["de"]
    assert sorted(german.examples) == [
        ("crisis", "ich will sterben"),
        ("rente", "wann bekomme ich rente"),
        ("wohngeld", "wohngeld beantragen"),
    ]
    assert sorted(german.short) == ["danke", "hallo"]
    assert dict(zip((t for _, t in german.examples), german.batches, strict=True)) == {
        "wohngeld beantragen": "de",
        "ich will sterben": "de",
        "wann bekomme ich rente": "de-2",
    }


def test_scores_per_language_and_per_batch(tmp_path: Path) -> None:
    write(
        tmp_path / "de.yml", "de", {"wohngeld": ["wohngeld beantragen"], "crisis": ["ich will sterben"]}, []
    )
    write(tmp_path / "de-2.yml", "de", {"rente": ["wann bekomme ich rente"]}, [])
    sets = load_heldout(tmp_path)
    decisions = {
        "wohngeld beantragen": "wohngeld",
        "ich will sterben": "crisis",
        "wann bekomme ich rente": "arbeit",
    }
    results = [parsed(decisions[text]) for s in sets for _, text in s.examples]
    faq = {"wohngeld", "rente", "arbeit"}

    per_language = score(sets, results, faq)
    per_batch = score(sets, results, faq, by_batch=True)

    assert (per_language["de"].faq_correct, per_language["de"].faq_total) == (1, 2)
    assert (per_language["de"].crisis_caught, per_language["de"].crisis_total) == (1, 1)
    assert (per_batch["de"].faq_correct, per_batch["de"].faq_total) == (1, 1)
    assert (per_batch["de-2"].faq_correct, per_batch["de-2"].faq_total) == (0, 1)
    assert per_batch["de-2"].confusions == {("rente", "arbeit"): 1}


def test_the_line_with_the_numbers_is_counted_apart_from_the_alarm(tmp_path: Path) -> None:
    write(
        tmp_path / "ru.yml",
        "ru",
        {
            "crisis": ["не хочу жить", "мне всё равно, что со мной будет", "устала"],
            "psyche": ["где психолог"],
        },
        [],
    )
    sets = load_heldout(tmp_path)
    decisions = {
        "не хочу жить": parsed("crisis"),
        "мне всё равно, что со мной будет": parsed("out_of_scope", note=True),  # missed, but sees the numbers
        "устала": parsed("out_of_scope"),  # missed
        "где психолог": parsed("psyche", note=True),
    }

    scores = score(sets, [decisions[text] for s in sets for _, text in s.examples], {"psyche"})["ru"]

    assert (scores.crisis_caught, scores.crisis_noted, scores.crisis_total) == (1, 1, 3)
    assert (scores.false_crisis, scores.others_noted, scores.non_crisis_total) == (0, 1, 1)
