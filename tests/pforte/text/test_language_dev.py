from pathlib import Path

from pforte.text.language_dev import report


def test_report_counts_first_messages_and_lists_misses_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "he-latin-X.yml"
    path.write_text(
        'language: he\nmessages:\n  - text: "toda raba"\n  - text: "Ich brauche einen Termin beim Amt"\n',
        encoding="utf-8",
    )
    assert report(path, show=False) == ["he-latin-X.yml: first message 1/2 (50.0 %); wrong: de (lexicon) × 1"]
    assert report(path, show=True)[1] == "   de (lexicon) | Ich brauche einen Termin beim Amt"
