"""Layered language identification for help-seekers' messages.

Layers, first decisive one wins:
1. Short messages (one or two words) keep the conversation's remembered language.
2. Script: a Hebrew word (or a Hebrew prefix letter on a Latin word) -> ``he``; a Cyrillic word -> ``ru`` unless clearly Ukrainian (``uk``);
   other non-Latin scripts -> their language where it is unambiguous.
3. Latin letters: Hebrew typed in Latin letters by its frequent words ("toda", "ani tsarich");
   Russian typed in Latin letters (transliteration) by its frequent words and endings; German by
   its function words; otherwise a seeded langdetect.
4. Nothing to go on (emoji, digits): remembered language, then the client's language, then ``de``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pforte.text.latin_profile import profile
from pforte.text.normalise import fold, normalise

SUPPORTED = ("de", "ru", "he")
DEFAULT = "de"


@dataclass(frozen=True)
class Detection:
    language: str
    reason: str  # short-message | script | translit | lexicon | langdetect | prior | default


_UKRAINIAN_ONLY = set("іїєґ")
_RUSSIAN_ONLY = set("ыэъё")

# Frequent Russian words as people type them in Latin letters (folded: lower case).
_TRANSLIT_WORDS = set(
    [
        "ya",
        "ja",
        "menya",
        "mne",
        "mnje",
        "mena",
        "mene",
        "moy",
        "moi",
        "moya",
        "moj",
        "moja",
        "moe",
        "moyo",
        "nam",
        "nas",
        "vy",
        "vi",
        "vam",
        "vas",
        "ty",
        "ti",
        "tebe",
        "on",
        "ona",
        "oni",
        "ego",
        "ee",
        "eyo",
        "ih",
        "ikh",
        "kak",
        "kak-to",
        "chto",
        "shto",
        "chego",
        "chem",
        "cto",
        "chtoby",
        "shtoby",
        "eto",
        "eta",
        "etot",
        "eti",
        "gde",
        "kuda",
        "kogda",
        "pochemu",
        "pochemy",
        "zachem",
        "skolko",
        "kto",
        "kakoy",
        "kakoi",
        "kakaya",
        "kakie",
        "ne",
        "net",
        "da",
        "nu",
        "uzhe",
        "uze",
        "eshe",
        "eshche",
        "esche",
        "tozhe",
        "tože",
        "tolko",
        "toljko",
        "ochen",
        "mozhno",
        "mojno",
        "nuzhno",
        "nuzhen",
        "nuzhna",
        "nado",
        "hochu",
        "khochu",
        "xochu",
        "mogu",
        "mozhete",
        "mozhno",
        "pomogite",
        "pomosch",
        "pomosh",
        "pomoshch",
        "pomoch",
        "pomogi",
        "pozhaluysta",
        "pozhalujsta",
        "pojaluysta",
        "pozhalusta",
        "spasibo",
        "spasiba",
        "privet",
        "zdravstvuyte",
        "zdravstvujte",
        "zdrastvuite",
        "dobryy",
        "dobriy",
        "dobryj",
        "den",
        "vecher",
        "utro",
        "poka",
        "do",
        "svidaniya",
        "svidanija",
        "est",
        "byl",
        "byla",
        "bylo",
        "byli",
        "budet",
        "budu",
        "ili",
        "i",
        "a",
        "no",
        "esli",
        "chtoby",
        "potomu",
        "poetomu",
        "tak",
        "tam",
        "tut",
        "zdes",
        "seychas",
        "sejchas",
        "segodnya",
        "zavtra",
        "pismo",
        "pisma",
        "pis'mo",
        "poluchit",
        "poluchil",
        "poluchila",
        "prishlo",
        "prishel",
        "otkaz",
        "otkazali",
        "deneg",
        "dengi",
        "rabota",
        "rabotu",
        "rabotat",
        "kvartira",
        "kvartiru",
        "zhile",
        "zhilye",
        "pensiya",
        "pensiyu",
        "posobie",
        "posobiya",
        "rebenok",
        "rebenka",
        "deti",
        "detey",
        "muzh",
        "zhena",
        "mama",
        "syn",
        "doch",
        "vrach",
        "bolnica",
        "strahovka",
        "strakhovka",
        "dolgi",
        "dolg",
        "sud",
        "zayavlenie",
        "zayavka",
        "termin",
        "chelovek",
        "cheloveka",
        "s",
        "so",
        "v",
        "vo",
        "na",
        "po",
        "za",
        "iz",
        "ot",
        "ob",
        "pro",
        "pri",
        "bez",
        "dlya",
        "dlja",
        "u",
        "k",
        "ko",
        "sprosit",
        "skazhite",
        "podskazhite",
        "podskazhite,",
        "znayu",
        "znaju",
        "ponimayu",
        "ponimaju",
        "boyus",
        "umeret",
        "zhit",
        "zhizn",
        "ubit",
        "bolit",
        "ploho",
        "plokho",
        *("ponyatno", "ponjatno", "ponyal", "ponjal", "ponyala", "ponjala", "horosho", "xorosho"),
        *("khorosho", "harasho", "ladno", "napishu", "seichas", "sechas", "zdrasti", "zdraste"),
        "blagodaryu",
    ]
)
_GERMAN_WORDS = set(
    [
        "ich",
        "du",
        "sie",
        "er",
        "es",
        "wir",
        "ihr",
        "mein",
        "meine",
        "meinen",
        "meinem",
        "meiner",
        "mir",
        "mich",
        "dir",
        "dich",
        "uns",
        "euch",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "kein",
        "keine",
        "keinen",
        "nicht",
        "nichts",
        "und",
        "oder",
        "aber",
        "doch",
        "auch",
        "noch",
        "schon",
        "nur",
        "sehr",
        "mehr",
        "viel",
        "wie",
        "was",
        "wer",
        "wo",
        "wann",
        "warum",
        "wieso",
        "weshalb",
        "welche",
        "welcher",
        "welches",
        "ist",
        "sind",
        "bin",
        "bist",
        "war",
        "waren",
        "hat",
        "habe",
        "hast",
        "haben",
        "hatte",
        "kann",
        "kann",
        "können",
        "konnen",
        "koennen",
        "muss",
        "muß",
        "musste",
        "müssen",
        "mussen",
        "soll",
        "sollte",
        "will",
        "wollte",
        "möchte",
        "mochte",
        "brauche",
        "brauchen",
        "gibt",
        "geht",
        "bekomme",
        "bekommen",
        "kriege",
        "krieg",
        "mit",
        "fur",
        "für",
        "von",
        "vom",
        "zum",
        "zur",
        "im",
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "nach",
        "über",
        "uber",
        "unter",
        "vor",
        "zu",
        "bis",
        "wegen",
        "ohne",
        "hallo",
        "moin",
        "servus",
        "danke",
        "bitte",
        "guten",
        "tag",
        "morgen",
        "abend",
        "tschüss",
        "tschuss",
        "ja",
        "nein",
        "hilfe",
        "frage",
        "jetzt",
        "heute",
        "gestern",
        "hier",
        "dort",
        "da",
        "so",
        "dass",
        "weil",
        "wenn",
        "ob",
        "man",
        "mal",
        "bitte",
    ]
)
# Hebrew as Israelis type it on a keyboard without Hebrew letters ("toda raba", "ani tsarich ezra"):
# words that are neither German nor Russian in Latin letters (not "im", "ein", "gar", "ach", "tor",
# "lama", "ja", "da"), looked up without accents ("bevakashá").
_HEBREW_LATIN_WORDS = frozenset(
    [
        *("shalom", "toda", "todah", "raba", "rabba", "bevakasha", "bevakashah", "bvakasha"),
        *("slicha", "sliha", "slikha", "nishma", "manishma", "beseder", "bseder", "sababa", "yofi"),
        *("boker", "erev", "tov", "tova", "lehitraot", "yalla", "ahlan", "achla", "chaval", "haval"),
        *("ani", "ata", "atem", "aten", "anachnu", "anahnu", "hem", "hen", "hu", "shel", "zeh"),
        *("ze", "zot", "zo", "mi", "ma", "mah", "eich", "eih", "eifo", "efo", "eize", "eizeh", "eyze", "ech"),
        *("madua", "matay", "matai", "kama", "ken", "lo", "aval", "rak", "gam", "kvar", "achshav", "ahshav"),
        *("hayom", "machar", "mahar", "etmol", "harbe", "meod", "me'od", "mamash", "legamrei", "be'emet"),
        *("yesh", "yeshna", "al", "od", "kol", "hakol", "klum", "davar", "bli", "bishvil", "biglal"),
        *("sheli", "shelcha", "shelach", "shelo", "shela", "shelanu", "shelachem", "shelahem"),
        *("li", "lecha", "lach", "lanu", "lachem", "lahem", "iti", "ito", "ita", "itach", "itcha", "oti"),
        *("otanu", "otam", "alai", "elai", "alav", "aleha", "etzel", "etsel", "yoter", "pachot", "pahot"),
        *("kacha", "kach", "mishehu", "mashehu", "efshar", "tsarich", "tzarich", "tsarih", "zarich"),
        *("tsricha", "tzricha", "tsriha", "tsrichim", "tzrichim", "rotze", "rotza", "rotse", "rotsa"),
        *("yachol", "yechola", "yahol", "yecholim", "mevin", "mevina", "yodea", "yodaat", "yoda'at"),
        *("medaber", "medaberet", "ledaber", "ivrit", "ezra", "ezrah", "la'azor", "laazor", "ta'azor"),
        *("osim", "ose", "osa", "la'asot", "laasot", "lehavi", "lekabel", "kibalti", "kibalnu", "amru"),
        *("amar", "amra", "hayiti", "haya", "hayta", "hayu", "hevanti", "rega", "chozer", "chozeret"),
        *("lagur", "lalechet", "lalehet", "holech", "holechet", "lavo", "yavo", "tavo", "lehagish"),
        *("lichtov", "lehavin", "mikledet", "sherut", "sherutim", "avoda", "avodah", "oved", "ovedet"),
        *("kesef", "dira", "bait", "habaita", "habayta", "beit", "cholim", "sefer", "misrad", "michtav"),
        *("michtavim", "mismach", "mismachim", "mismahim", "tofes", "tfasim", "ishur", "pgisha", "yi'uts"),
        *("ima", "aba", "abba", "savta", "saba", "achot", "yeled", "yalda", "yeladim", "tinok", "horim"),
        *("ish", "isha", "mishpacha", "mishpaha", "shchenim", "shachen", "bituach", "leumi", "kupat"),
        *("rofe", "rofa", "rof'im", "rofim", "trufa", "trufot", "chole", "chola", "holeh", "ba'aya"),
        *("baaya", "be'aya", "beaya", "be'ayot", "baayot", "bakasha", "mevakesh", "mevakeshet", "knas"),
        *("chov", "chovot", "hov", "hovot", "cheshbon", "heshbon", "zman", "pa'am", "paam", "shavua"),
        *("chodesh", "hodesh", "shana", "shanim", "yom", "laila", "layla", "lailah", "sha'a", "sha'ot"),
        *("koach", "ktzat", "ktsat", "mitzta'er", "mitsta'er", "mitstaer", "nodeh", "tagid", "tagidi"),
    ]
)
# Hebrew typed in Latin letters marks its prefixes with a hyphen ("ha-Jobcenter", "be-Köln",
# "she-hu") and some people type ח and ע as digits ("a7i", "sha3a"): neither happens in German or
# in Russian typed in Latin letters (which uses "4" and "6": "4to", "sh6").
_HEBREW_LATIN_PREFIX = re.compile(r"(?<![\w'-])(?:ha|ba|be|bi|ve|va|le|la|mi|me|she|ke|ka)-(?=[^\W\d_])")
_HEBREW_LATIN_DIGIT = re.compile(r"[a-z']*(?:[a-z][37]|[37][a-z])[a-z'37]*")
# Russian typed in Latin letters writes ч and ш as digits between letters ("sh4as", "xoro6o") and
# "что" as "4to".
_RUSSIAN_LATIN_DIGIT = re.compile(r"[a-z']*[a-z][46][a-z][a-z'46]*|4(?:to|ego|em|emu)")
# A Hebrew prefix joined to a Latin word ("ב-Diakonie", "ל-Jobcenter"): one letter, but Hebrew.
_HEBREW_PREFIX_ON_LATIN = re.compile(
    r"(?<![\u05d0-\u05ea])[\u05d1\u05d4\u05d5\u05db\u05dc\u05de\u05e9]-?[A-Za-zÄÖÜäöüß]"
)
_SCRIPT_LANGUAGE = {
    "ARABIC": "ar",
    "GREEK": "el",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "DEVANAGARI": "hi",
    "THAI": "th",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
}


def script_counts(text: str) -> dict[str, int]:
    """Letters per script (Hebrew, Cyrillic, Latin, and other scripts by their Unicode name)."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        script = name.split(" ", 1)[0] if name else "UNKNOWN"
        counts[script] = counts.get(script, 0) + 1
    return counts


# Words both languages use ("so", "da", "na", "doch", "termin" for a Russian speaker too): no vote.
_AMBIGUOUS = _TRANSLIT_WORDS & _GERMAN_WORDS | {
    *("termin", "doch", "mama", "tut", "ne", "chat", "pro", "no", "bot", "den", "ob", "nu", "on", "po"),
    *("a", "i", "u", "so", "da", "na", "hey", "oma", "opa"),
}
# How much more likely (log ratio) a word's trigrams must be in one language to count as its vote.
_PROFILE_MARGIN = 2.0
_WORD = re.compile(r"[\w']+")


@dataclass
class _Votes:
    russian: int = 0  # words that look Russian in Latin letters
    russian_listed: int = 0  # of those, words of the Russian word list
    german: int = 0  # words that look German
    function_words: int = 0  # of those, German function words
    hebrew: int = 0  # Hebrew words in Latin letters
    hebrew_long: int = 0  # of those, words of four letters or more ("toda", not "ken" or "lo")


def _votes(text: str) -> _Votes:
    """How the words of a Latin-letter text vote. ``text`` is normalised already."""
    votes = _Votes()
    latin_profile = profile()
    lowered = text.lower()
    prefixes = len(_HEBREW_LATIN_PREFIX.findall(lowered))
    votes.hebrew += prefixes
    votes.hebrew_long += prefixes
    for raw in _WORD.findall(lowered):
        word = fold(raw)
        if _HEBREW_LATIN_DIGIT.fullmatch(word):
            votes.hebrew += 1
            votes.hebrew_long += 1
            continue
        if _RUSSIAN_LATIN_DIGIT.fullmatch(word):
            votes.russian += 1
            votes.russian_listed += 1
            continue
        if not word or word in _AMBIGUOUS or not word.replace("'", "").isalpha():
            continue
        if word in _TRANSLIT_WORDS:
            votes.russian += 1
            votes.russian_listed += 1
        elif word in _GERMAN_WORDS:
            votes.german += 1
            votes.function_words += 1
        elif _without_accents(word) in _HEBREW_LATIN_WORDS:
            votes.hebrew += 1
            votes.hebrew_long += len(word) >= 4
        elif any(ch in "äöüß" for ch in raw):
            votes.german += 1
        elif len(word) >= 4:
            evidence = latin_profile.russian_evidence(word)
            if evidence > _PROFILE_MARGIN:
                votes.russian += 1
            elif evidence < -_PROFILE_MARGIN:
                votes.german += 1
    return votes


def _without_accents(word: str) -> str:
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def has_russian_in_latin_letters(text: str) -> bool:
    """A word of Russian typed in Latin letters, by the word list or the trigram profile
    (``text`` normalised). Lets the crisis layer skip reading German text as Russian."""
    return _votes(text).russian > 0


def _latin_language(text: str) -> Detection | None:
    """``text``: normalised, with at least one letter."""
    v = _votes(text)
    # Hebrew in Latin letters, perhaps with German office words ("toda, kindergeld") but no
    # German function word, or more Hebrew words than German ones ("ein li koach": "ein" is both),
    # or a Hebrew sentence whose words the German profile claims ("ein li machshavot" beside
    # "kol", "rak", "ani"...) with far fewer German function words than Hebrew words.
    # A lone short word ("Ken", "lo") could be a name or another language: not enough; a Hebrew
    # greeting inside German ("Toda, vielen Dank!") is German.
    if (
        (v.hebrew_long or v.hebrew >= 2)
        and v.hebrew > v.russian_listed
        and (
            (not v.function_words and v.hebrew >= v.german)
            or (v.hebrew >= 2 and v.hebrew > v.german)
            or (v.hebrew >= 3 and v.hebrew > 2 * v.function_words)
        )
    ):
        return Detection("he", "translit")
    # Russian speakers mix German office words into Russian ("elterngeld kak oformit"), while
    # German speakers do not write Russian words: a listed Russian word and no German function
    # word decide a tie.
    if v.russian >= 2 and v.russian >= v.german:
        return Detection("ru", "translit")
    if v.russian_listed and not v.function_words and v.russian >= v.german:
        return Detection("ru", "translit")
    if v.function_words >= 1 and v.german >= v.russian:
        return Detection("de", "lexicon")
    # langdetect's time grows with the text; its first 600 characters tell the language as well.
    guessed = _langdetect(text[:600])
    if guessed is not None and not (guessed != "de" and v.russian > v.german):
        return Detection(guessed, "langdetect")
    if v.russian_listed and v.russian > v.german:
        return Detection("ru", "translit")
    return None


def warm_up() -> None:
    """Load langdetect's language profiles now (about a second) rather than on a person's first
    message that needs them."""
    _langdetect("Guten Tag, ich habe eine Frage zu meinem Antrag beim Amt")


def _langdetect(text: str) -> str | None:
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - langdetect is a dependency of both environments
        return None
    DetectorFactory.seed = 0
    try:
        ranked = detect_langs(text)
    except LangDetectException:
        return None
    best = ranked[0]
    # langdetect is unsure on short German text (nl, da, af...): only a clear verdict counts.
    if best.lang == "de" or any(r.lang == "de" and r.prob >= 0.2 for r in ranked):
        return "de"
    if best.prob >= 0.75 and len(text.split()) >= 4:
        return str(best.lang)
    return None


def detect(
    text: str,
    *,
    remembered: str | None = None,
    client_language: str | None = None,
) -> Detection:
    """The language of one message, using the conversation's remembered language and the
    client's language (e.g. Telegram's ``language_code``) as priors."""
    text = normalise(text)
    prior = remembered or supported_or_none(client_language)
    if prior and len(fold(text).split()) <= 2:
        return Detection(prior, "short-message")
    counts = script_counts(text)
    letters = sum(counts.values())
    if letters == 0:
        return Detection(prior or DEFAULT, "prior" if prior else "default")
    hebrew = counts.get("HEBREW", 0)
    cyrillic = counts.get("CYRILLIC", 0)
    latin = counts.get("LATIN", 0)
    # Hebrew or Cyrillic words do not occur in German messages, while Hebrew and Russian
    # speakers mix in German office words in Latin letters: one such word decides.
    if (hebrew >= 2 and hebrew >= cyrillic) or (hebrew and _HEBREW_PREFIX_ON_LATIN.search(text)):
        return Detection("he", "script")
    if cyrillic >= 2 or (cyrillic and any(_is_cyrillic_word(w) for w in text.split())):
        lowered = set(text.lower())
        if lowered & _UKRAINIAN_ONLY and not lowered & _RUSSIAN_ONLY:
            return Detection("uk", "script")
        return Detection("ru", "script")
    other = max(
        ((n, s) for s, n in counts.items() if s not in ("LATIN", "HEBREW", "CYRILLIC")),
        default=(0, ""),
    )
    if other[0] > latin:
        return Detection(_SCRIPT_LANGUAGE.get(other[1], "und"), "script")
    found = _latin_language(text)
    if found is not None:
        return found
    return Detection(prior or DEFAULT, "prior" if prior else "default")


def _is_cyrillic_word(word: str) -> bool:
    """A word of Cyrillic letters only, such as the prepositions "в" and "у" between German words."""
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and all("\u0400" <= ch <= "\u04ff" for ch in letters)


def supported_or_none(code: str | None) -> str | None:
    """A client's language code (e.g. Telegram's 'ru-RU', or 'iw') if Pforte speaks it."""
    if not code:
        return None
    code = code.lower().split("-")[0]
    if code == "iw":  # old code for Hebrew, still sent by some clients
        code = "he"
    return code if code in SUPPORTED else None
