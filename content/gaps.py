"""Content gaps: what people asked that the bot could not answer, for editors to close.

Stored masked (phone numbers, e-mail addresses, names, long numbers) and without any link to
the person or the conversation; deleted after the retention period. Crisis messages are never
recorded here. Grouped by similarity (shared character trigrams of the folded text).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from content.models import ContentGap, utcnow
from pforte.text.normalise import fold

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])\+?\d[\d\s/().-]{4,}\d(?!\w)")
HANDLE = re.compile(r"(?<!\w)@\w{3,}")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?\b")
# Words that introduce a name; the next one or two words are masked.
_UPPER = r"[A-ZÄÖÜА-ЯЁ][\w'-]+"
NAME_AFTER = [
    re.compile(
        rf"(?i:\b(?:ich hei(?:ß|ss)e|mein name ist|ich bin (?:der|die)|herr|frau|hr\.|fr\.)\s+)({_UPPER}(?:\s+{_UPPER})?)"
    ),
    re.compile(
        rf"(?i:(?:меня зовут|моё имя|мое имя|моя фамилия|господин|госпожа)\s+)({_UPPER}(?:\s+{_UPPER})?)"
    ),
    re.compile(r"(?:שמי|קוראים לי|השם שלי הוא|השם שלי)\s+([\u05d0-\u05ea'\"-]+(?:\s+[\u05d0-\u05ea'\"-]+)?)"),
]
MASK_EMAIL, MASK_PHONE, MASK_NAME, MASK_IBAN = "[E-Mail]", "[Telefon]", "[Name]", "[IBAN]"


def mask(text: str) -> str:
    """The text with what could identify a person replaced by placeholders."""
    text = EMAIL.sub(MASK_EMAIL, text)
    text = IBAN.sub(MASK_IBAN, text)
    text = PHONE.sub(lambda m: MASK_PHONE if sum(c.isdigit() for c in m.group()) >= 6 else m.group(), text)
    text = HANDLE.sub(MASK_NAME, text)
    for pattern in NAME_AFTER:
        text = pattern.sub(lambda m: m.group(0).replace(m.group(1), MASK_NAME), text)
    return " ".join(text.split())[:2000]


def record_gap(
    session: Session, *, language: str | None, reason: str, text: str, suggested: str | None = None
) -> None:
    masked = mask(text)
    if masked and any(ch.isalpha() for ch in masked):
        session.add(ContentGap(language=language or "de", reason=reason, text=masked, suggested=suggested))


def purge_gaps(session: Session, *, retention_days: int, now: dt.datetime | None = None) -> int:
    cutoff = (now or utcnow()) - dt.timedelta(days=retention_days)
    result = session.execute(delete(ContentGap).where(ContentGap.created_at < cutoff))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _trigrams(text: str) -> set[str]:
    folded = f" {' '.join(fold(text).split())} "
    return {folded[i : i + 3] for i in range(len(folded) - 2)}


def similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass
class GapGroup:
    items: list[ContentGap]
    suggested: str | None


def grouped_gaps(
    session: Session, *, retention_days: int, threshold: float = 0.3, limit: int = 500
) -> list[GapGroup]:
    """Gaps within the retention period, similar ones together, largest group first."""
    cutoff = utcnow() - dt.timedelta(days=retention_days)
    rows = list(
        session.scalars(
            select(ContentGap)
            .where(ContentGap.created_at >= cutoff)
            .order_by(ContentGap.created_at.desc())
            .limit(limit)
        )
    )
    groups: list[tuple[set[str], list[ContentGap]]] = []
    for row in rows:
        grams = _trigrams(row.text)
        best = max(
            (
                (similarity(grams, group_grams), index)
                for index, (group_grams, members) in enumerate(groups)
                if members[0].language == row.language
            ),
            default=(0.0, -1),
        )
        if best[0] >= threshold:
            groups[best[1]][1].append(row)
        else:
            groups.append((grams, [row]))
    result = []
    for _, items in groups:
        votes = [i.suggested for i in items if i.suggested]
        suggested = max(set(votes), key=votes.count) if votes else None
        result.append(GapGroup(items, suggested))
    result.sort(key=lambda g: (-len(g.items), -g.items[0].created_at.timestamp()))
    return result
