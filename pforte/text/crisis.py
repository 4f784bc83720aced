"""The crisis safety layer: a lexicon of danger signals, independent of the trained model.

It runs on every message before the model and again inside the Rasa pipeline, so that a
person in danger gets the emergency numbers even when the model misses the message or
Rasa is down. Patterns are matched on the folded text (see ``normalise.fold``), so they are
written in lower case; umlauts, ё/й and Hebrew final letters are folded the same way here.
A pattern is a regular expression matched anywhere in the folded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pforte.text.normalise import fold

_NOW_DE = r"(gerade|jetzt|grad|sofort|hilfe|polizei|schnell)"
_NOW_RU = r"(сейчас|щас|помогите|помоги|спасите|полиция|полицию|срочно)"
_NOW_HE = r"(עכשיו|כרגע|הצילו|עזרה|משטרה|דחוף)"

PATTERNS: dict[str, dict[str, list[str]]] = {
    "suicide": {
        "de": [
            r"\b(mich|mir) (selbst )?(umbringen|toten|das leben nehmen|was antun|etwas antun)",
            r"\bbring(e)? mich (selbst )?um\b",
            r"\b(selbstmord|suizid|lebensmude|freitod)",
            r"\bnicht mehr (weiter)?leben\b",
            r"\b(will|mochte|mochte gern|wurde gern|werde) (einfach )?(nur )?(sterben|tot sein)",
            r"\b(ich|will|mochte|werde) .{0,20}\b(sterben|tot sein)\b",
            r"\bleben (beenden|ein ende)",
            r"\b(allem|dem ganzen|meinem leben) ein ende",
            r"\bschluss mit (allem|dem leben|meinem leben)",
            r"\b(von der|von einer) (brucke|dach|hochhaus)\b.{0,30}\b(springen|spring)",
            r"\b(vor den|vor einen) zug\b",
            r"\b(alle|ganzen|ganze packung) tabletten\b.{0,30}\b(nehmen|schlucken|genommen|geschluckt)",
            r"\bnicht mehr (aufwachen|da sein|hier sein)\b",
            r"\b(mich )?(aufhangen|erhangen|ertranken)\b",
            r"\bkeinen sinn mehr\b.{0,20}\b(leben|weiterzuleben|zu leben)",
            r"\bpulsadern\b",
        ],
        "ru": [
            r"\bпокончи(ть|ла|л|ю)? с собо",
            r"\bпокончу\b",
            r"\b(суицид|самоубийств)",
            r"\bне (хочу|хочется|могу) (больше )?жить\b",
            r"\bжить (больше )?не (хочу|хочется)",
            r"\bхочу (просто )?умереть\b",
            r"\b(убить|убью|убил[аи]?) себя\b",
            r"\bповеш(усь|аться)|повеситься\b",
            r"\b(прыгну|спрыгну|прыгнуть|спрыгнуть|выпрыгнуть|выпрыгну) (с|из) ",
            r"\b(выпить|выпью|выпила|выпил|наглотаться|наглоталась|наглотался|проглотила|проглотил) .{0,15}таблет",
            r"\bвсе таблетки\b",
            r"\bвскры(ть|ла|л|ю) (себе )?вены\b",
            r"\bлучше бы (я )?(умер|умерла|не родил)",
            r"\b(уйти|уиду) из жизни\b",
            r"\bсвести сч[её]ты с жизнью\b",
            r"\bнет смысла (жить|больше жить)\b",
            r"\bне проснуться\b",
            r"\bne (hochu|xochu|khochu) (bolshe )?zhit",
            r"\b(pokonchit|pokonchu) s soboi|\b(ubit|ubyu|ubiu) sebya\b",
            r"\bhochu umeret\b|\bkhochu umeret\b",
        ],
        "he": [
            r"להתאבד|התאבדות|אתאבד|מתאבד",
            r"לא (רוצה|רוצהה|מסוגל|מסוגלת|יכול|יכולה) (לחיות|להמשיכ לחיות) (יותר|עוד)?",
            r"(רוצה|רוצים) (פשוט )?למות",
            r"לשימ קצ ל?חיי",
            r"לגמור (עמ|את) הכל|לגמור עמ החיימ",
            r"לסיימ את (החיימ|חיי)",
            r"לקפוצ (מ|מה|מהגג|מהחלונ|מגשר)",
            r"(לבלוע|בלעתי|אבלע) .{0,20}כדורימ",
            r"להרוג את עצמי|אהרוג את עצמי",
            r"אינ (לי )?טעמ (לחיות|בחיימ)",
            r"לא (רוצה|רוצהה) להתעורר",
        ],
        "en": [
            r"\bkill(ing)? my ?self\b",
            r"\bsuicid",
            r"\bwant to die\b",
            r"\bend my life\b",
        ],
    },
    "self_harm": {
        "de": [
            r"\britz(e|en)\b.{0,10}\b(mich|arme?|wieder)|\b(mich|wieder) (ge)?ritz",
            r"\b(mich selbst|mir selbst) (verletzen|verletze|weh tun|wehtun)",
            r"\bselbstverletz",
            r"\bschneide mich\b|\bmich (selbst )?schneiden\b",
        ],
        "ru": [
            r"\b(режу|порезала|порезал|резать|порезать|порежу) (себя|себе)",
            r"\bпричин(яю|ить|ила) себе (боль|вред)",
            r"\bселфхарм|самоповрежд",
        ],
        "he": [
            r"(פוגע|פוגעת|לפגוע|פגעתי) בעצמי",
            r"(חותכ|חותכת|לחתוכ|חתכתי) (את )?עצמי",
        ],
        "en": [r"\bcut(ting)? myself\b", r"\bself[- ]harm"],
    },
    "violence_now": {
        "de": [
            _NOW_DE + r".{0,40}\b(schlagt|schlägt|verprugelt|pruegelt|prugelt|wurgt|tritt) mich",
            r"\b(schlagt|verprugelt|wurgt|tritt) mich\b.{0,40}" + _NOW_DE,
            r"\b(schlagt|verprugelt|wurgt) mich (gerade|jetzt)",
            r"\b(will|wird|droht) mich (zu )?(umbringen|toten|umzubringen)",
            r"\b(bedroht|droht) mich\b.{0,20}\b(messer|waffe|pistole)",
            r"\bmit (einem|dem) messer\b",
            r"\b(tritt|tritt gerade|schlagt) (die|meine) tur (ein|auf)",
            r"\bvergewaltig",
            r"\b(werde|wurde) (gerade )?(angegriffen|verfolgt|geschlagen)",
            r"\bruf(t|en sie)? (die )?polizei\b",
        ],
        "ru": [
            _NOW_RU + r".{0,40}\b(бь[её]т|избивает|душит|бьют|пинает) (меня|нас|ребенка|ребенка)",
            r"\b(бь[её]т|избивает|душит|бьют) (меня|нас)\b.{0,40}" + _NOW_RU,
            _NOW_RU + r".{0,40}\b(меня|нас) (бь[её]т|избивает|душит|бьют)",
            r"\b(меня|нас) (бь[её]т|избивает|душит|бьют)\b.{0,40}" + _NOW_RU,
            r"\b(убь[её]т|хочет убить|грозит убить|угрожает убить) (меня|нас)",
            r"\bугрожает (мне )?(ножом|пистолетом|оружием)",
            r"\bс ножом\b",
            r"\bломится (в дверь|к нам|ко мне)",
            r"\b(насилует|изнасилов)",
            r"\bна меня напал|\bнапал[аи]? на меня",
            r"\bвызовите полицию\b",
            r"\b(pomogite|spasite).{0,30}\b(bet|byet|izbivaet|dushit)\b",
            r"\b(ubet|ub'et|ubyot) (menya|nas)\b",
        ],
        "he": [
            r"(מרביצ|מכה|חונק|תוקפ|בועט) (לי|אותי|בי)?.{0,20}" + _NOW_HE,
            _NOW_HE + r".{0,40}(מרביצ|מכה|חונק|תוקפ|בועט)",
            r"(רוצה|מאיימ|מאיימת|יהרוג|תהרוג) (ל?הרוג )?אותי",
            r"להרוג אותי",
            r"(עמ|ב)סכינ|סכינ ביד",
            r"(אונס|נאנסתי|אנס אותי)",
            r"(מנסה לפרוצ|פורצ את הדלת|שובר את הדלת)",
            r"תזמינו משטרה",
        ],
        "en": [r"\b(is|are) (attacking|hitting|beating) me\b", r"\bgoing to kill me\b"],
    },
    "medical": {
        "de": [
            r"\b(herzinfarkt|schlaganfall|krampfanfall|uberdosis)",
            r"\b(bekomme|kriege|krieg|bekommt|kriegt) keine luft\b",
            r"\bkann (kaum |nicht mehr |nicht )atmen\b",
            r"\b(ist|liegt) bewusstlos\b|\bbewusstlos\b",
            r"\batmet (nicht|nicht mehr|kaum)\b",
            r"\bzu viele tabletten\b",
            r"\bblutet (stark|sehr|so stark)",
            r"\b(notarzt|krankenwagen|rettungswagen)\b.{0,20}\b(rufen|kommen|kommt|brauche|schnell)",
            r"\b(starke )?brustschmerzen\b.{0,40}\b(arm|atem|luft|schwitz)",
            r"\bumgekippt\b.{0,30}\b(wacht|reagiert) nicht",
        ],
        "ru": [
            r"\b(инфаркт|инсульт|передоз)",
            r"\bне могу дышать\b|\bзадыхаюсь\b|\bнечем дышать\b",
            r"\bбез сознания\b|\bпотерял[аи]? сознание\b",
            r"\bне дышит\b",
            r"\b(вызовите|вызвать|вызываю|нужна) скор",
            r"\bсильное кровотечение\b|\bкровь не останавливается\b",
            r"\bne mogu dyshat|\bbez soznaniya\b|\bne dyshit\b",
        ],
        "he": [
            r"התקפ לב|שבצ|מנת יתר|אוברדוז",
            r"(לא|בקושי) (יכול|יכולה|מצליח|מצליחה) לנשומ",
            r"(מחוסר|מחוסרת|איבד|איבדה) הכרה",
            r"(לא|לא מצליח|לא מצליחה) נושמ",
            r"(אמבולנס|מדא)",
            r"(מדממ|מדממת|דימומ) (חזק|חזקה|לא נעצר|בלי הפסקה)",
        ],
        "en": [r"\bcan'?t breathe\b", r"\bheart attack\b", r"\boverdose\b", r"\bunconscious\b"],
    },
}

_FOLD_PATTERN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ё": "е", "й": "и",
                               "ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})


@dataclass(frozen=True)
class CrisisSignal:
    category: str  # suicide | self_harm | violence_now | medical
    language: str  # the language of the pattern that matched
    pattern: str


_COMPILED: list[tuple[str, str, re.Pattern[str]]] = [
    (category, language, re.compile(pattern.translate(_FOLD_PATTERN)))
    for category, by_language in PATTERNS.items()
    for language, patterns in by_language.items()
    for pattern in patterns
]


def detect_crisis(text: str) -> CrisisSignal | None:
    """The first danger signal in a message, or None."""
    folded = fold(text)
    if not folded:
        return None
    for category, language, pattern in _COMPILED:
        if pattern.search(folded):
            return CrisisSignal(category, language, pattern.pattern)
    return None
