"""The crisis safety layer: a lexicon of danger signals, independent of the trained model.

It runs on every message before the model and again inside the Rasa pipeline, so that a
person in danger gets the emergency numbers even when the model misses the message or
Rasa is down. Patterns are matched on the folded text (see ``normalise.fold``), so they are
written in lower case; umlauts, ё/й and Hebrew final letters are folded the same way here.
A pattern is a regular expression matched anywhere in the folded text. Russian typed in Latin
letters is also read back in Cyrillic against the Russian patterns (see ``detect_crisis``).
Patterns come from the training examples' cross-validated misses (nlu/crossval.py) and the
development sets in eval/dev (nlu/dev.py), never from the held-out split.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

try:  # the parser behind re, used to see which script a pattern cannot match without
    from re import _parser as sre_parse  # type: ignore[attr-defined,unused-ignore]
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef,unused-ignore]

from pforte.text.language import has_russian_in_latin_letters
from pforte.text.normalise import FOLD_TABLE, fold
from pforte.text.translit import to_cyrillic

# "Now" for violence: a time word followed by a calm description ("jetzt ist er ruhig",
# "сейчас он спокоен", "עכשיו הוא רגוע") describes a past attack, not one happening now.
_CALM_DE = (
    r"(?! (ist |bin )?(er |sie |ich )?(ist |bin )?(ruhig|weg|nicht|schlaft|bei|in sicherheit|sicher)\b)"
)
_CALM_RU = (
    r"(?! ((он|она|они|мы|я) (уже )?(спокоен|спокойна|спокойны|спит|спят|ушел|ушла|ушли|у|в безопасности)"
    r"|(все|вс[её]) (хорошо|нормально|спокойно))\b)"
)
_CALM_HE = r"(?! ?(הוא |היא |אני |הכל |זה )?(רגוע|רגועה|ישנ|ישנה|לא בבית|לא פה|בסדר|אצל|במקלט|בטוח|בטוחה|נרגע|נרגעה|שקט|יצא|יצאה)\b)"
_NOW_DE = rf"((gerade|jetzt|grad){_CALM_DE}|sofort|hilfe|polizei|schnell|110|112)"
_NOW_RU = rf"((сейчас|щас){_CALM_RU}|помогите|помоги|спасите|полиция|полицию|полиции|polizei|срочно|110|112)"
_NOW_HE = rf"((עכשיו|כרגע){_CALM_HE}|הצילו|עזרה|משטרה|דחופ|110|112)"

# A report of something long past ("2019 zusammengebrochen, seitdem pflegebedürftig") is not an emergency now.
_PAST_DE = r"^(?!.*\b(19\d\d|20\d\d|letztes jahr|letzten monat|letzte woche|damals|seitdem|vor (\w+ )?(jahren|jahr|monaten|monat|wochen))\b)"

# A person with dementia who used to wander off, or how to prevent it, is not missing now.
_NOT_NOW_DEMENTIA_DE = (
    r"(?!.*\b(fruher|manchmal|immer wieder|schon mal|schon einmal|ofter|oft|verhindern|vorbeugen|gps|"
    r"gefunden|zuruckgebracht|wieder da|wieder zu hause)\b)"
)

# Persons whose collapse, silence or breathing someone reports (not offices, which also "do not react").
_PERSON_DE = (
    r"(er|sie|baby|kind|kleine|kleiner|mann|frau|vater|mutter|papa|mama|oma|opa|sohn|tochter|bruder|"
    r"schwester|freund|freundin|nachbar|nachbarin|kollege|kollegin|jemand)"
)
_PERSON_RU = (
    r"(он|она|ребенок|ребёнок|младенец|малыш|муж|жена|мама|папа|отец|мать|бабушка|дедушка|друг|подруга|"
    r"сын|дочь|дочка|брат|сестра|сосед|соседка)"
)
_PERSON_HE = (
    r"\b[ו]?(הוא|היא|ה?תינוק|ה?תינוקת|ה?ילד|ה?ילדה|אבא|אמא|סבא|סבתא|בעלי|אשתי|ה?חבר|ה?חברה|הבנ|הבת|בני|בתי|אחי|"
    r"אחותי|ה?שכנ|ה?שכנה)\b"
)
_CHILD_DE = r"\b(kind|kinder|baby|kleinkind|junge|madchen|kleine|kleiner|sohn|tochter|enkel|enkelin)"
_CHILD_RU = r"\b(ребен\w*|ребён\w*|малыш\w*|малой|младен\w*|дети|детей|сын|сына|сыну|сынок|сынишк\w*|дочь|дочк\w*|дочери|внук\w*|внучк\w*|девочк\w*|мальчик\w*)"
# Medicines and drugs an overdose is told with ("выпил 20 лирик", "наглоталась мамины Schlaftabletten").
_DRUGS_RU = (
    r"(таблет\w*|tabletten|schlaftablett\w*|снотворн\w*|лекарств\w*|лирик\w*|lyrica|диазепам\w*|diazepam|тавор\w*|tavor|"
    r"бенз\w*|benzo\w*|феназепам\w*|трамадол\w*|оксикодон\w*|метадон\w*|колес\w*|парацетамол\w*|ибупрофен\w*)"
)
_CHILD_HE = r"\b[וש]?(ה?ילד|ה?ילדה|ה?ילדימ|ה?תינוק|ה?תינוקת|ה?פעוט|ה?פעוטה|ה?קטנ|ה?קטנה|הבנ|הבת|בני|בתי)\b"


def _unless(words: str) -> str:
    """A pattern's start that fails when the message has one of these words anywhere: an event
    told as past ("год назад"), asked about in advance, or seen in the news."""
    return rf"^(?!.*\b({words})\b).*"


# Asked about in advance, not happening ("на всякий случай: что делать, если ребёнок проглотит батарейку?").
_IN_ADVANCE_RU = "заранее|на всякий случай"

# An attempt told as history ("два года назад я пыталась покончить с собой, сейчас всё стабильно"),
# unless the person says it is back now.
# Words that place a story in the past ("лет пять назад", "в юности").
_PAST_RU = r"(лет|год\w*|месяц\w*|недел\w*|полгода|полмесяца) (\w+ )?назад|в прошлом (году|месяце)|в юности|когда то|в (19|20)\d\d (году|г)|в \d\d? (лет|год)|(вс[её]|это) (уже )?(давно )?позади"

_PAST_ATTEMPT_RU = (
    rf"^(?!(?=.*\b({_PAST_RU}|раньше)\b)"
    r"(?=.*\b(пытал\w*|попытк\w*)\b)(?!.*\b(снова|опять|сейчас|сегодня) (\w+ )?(хочу|думаю|собираюсь|пыта\w*)\b))"
)

# A moment on a height told as history ("когда-то я стояла на мосту и хотела прыгнуть, это было
# десять лет назад"), unless the person says they are there or want it again now.
_PAST_STORY_RU = (
    rf"^(?!(?=.*\b({_PAST_RU}|в детстве|это было)\b)"
    r"(?!.*\b(снова|опять|сейчас|сегодня|щас) (\w+ )?(хочу|хочется|думаю|собираюсь|стою|сижу|пойду)\b)).*"
)

# Suicide as the subject of a novel or a film, not of the writer's life.
_FICTION_RU = r"(?!.*\b(пишу (роман|книгу|рассказ|сценари\w*|пьесу)|в (фильме|сериале|книге|романе))\b)"

# "… bringt mich um" said of an office, a back or the mould, or of someone who would "wenn sie das
# sieht" (eval/dev/de-everyday-A.yml), is a figure of speech.
_FIGURATIVE_BRINGT_UM_DE = (
    r"^(?!.*\b(jobcenter|amt|behorde|chef|prufung|papiere|briefe|burokratie|rucken|kopf|knie|schimmel|larm|hitze|stress|arbeit|job|schule)\w*( \w+){0,3} bringt mich\b)"
    r"(?!.*\bbringt (mich|sie mich|er mich) um,? wenn\b)"
)
# "um" followed by a time, an infinitive or an object is not "umbringen" ("bringt mich um 8 Uhr hin").
_NOT_UM_TIME_DE = r"(?! ?(\d|\w+ uhr|halb|viertel|punkt|zu|den|die|das|ein|eine|einen|meinen|meine|mein|seine|seinen|erlaubnis|rat|geld)\b)"

_PAST_ATTEMPT_DE = (
    r"^(?!(?=.*\b(vor (\w+ )?(jahren|jahr|monaten|monat|wochen)|letztes jahr|damals|fruher|als jugendliche\w*|in der schulzeit)\b)"
    r"(?=.*\b(suizidversuch\w*|versucht|klinik|stationar)\b)(?!.*\b(wieder|jetzt|heute)\b.{0,20}\b(sterben|suizid\w*|umbringen|nicht mehr leben|das leben nehmen|gedanken)\b))"
)
_PAST_ATTEMPT_HE = (
    r"^(?!(?=.*(לפני (\S+ )?(שנה|שנתיימ|שנימ|חודש|חודשימ)|בעבר|בתיכונ|בצבא|כשהייתי))"
    r"(?=.*(ניסיונ|ניסיתי|ניסה|ניסתה|אושפז|מאושפז|חתכתי))(?!.*(שוב|עכשיו|היומ|הלילה) (\S+ )?(רוצה|חושב|חושבת|מתכננ|מתכננת)))"
)

# Affairs settled before a suicide: a will written, bills paid, keys handed over, things given away.
_SETTLED_RU = (
    r"\bзавещание (уже )?(написал|составил|оформил)\w*|\b(написал|составил)\w* завещание"
    r"|\bдела (закрыл|завершил|уладил)\w*|\b(закрыл|завершил|уладил)\w* (все )?дела"
    r"|\bсч[её]та (оплатил|закрыл)\w*|\b(оплатил|закрыл)\w* (все )?сч[её]та"
    r"|\bключи (\w+ ){0,2}(отдал|оставил)\w*|\b(отдал|оставил)\w* (\w+ ){0,2}ключи"
    r"|\bраздал\w* (все |вс[её] )?(вещи|деньги|имущество)|\bвс[её] раздал\w*"
    r"|\b(письмо|записку) (\w+ ){0,2}оставил\w*|\bоставил\w* (\w+ ){0,2}(письмо|записку)"
    r"|\bплатье (\w+ )?выбрал\w*|\bвс[её] (уже )?(приготовил|подготовил|приготовлен|подготовлен)\w*"
    r"|\bписьм\w* (\w+ ){0,2}(на столе|в ящике|лежат|лежит)\b|\bключи у (соседа|соседки)\b"
    r"|\bтаблетки (\w+ )?(собрал\w*|накопил\w*)\b|\bдолги (\w+ ){0,2}(закрыл|вернул|раздал)\w*|\b(паспорт|документы) (\w+ ){0,3}на столе\b"
)

# Hebrew typed in Latin letters, as Israelis on a German keyboard write it (eval/dev/he-latin-crisis-A.yml;
# pforte.text.language reads such a message as Hebrew). The text is folded: hyphens are spaces
# ("ha-dira" -> "ha dira"), apostrophes and the digits some type for ח and ע stay.
_HE_LATIN_PAST = r"lifnei|hayta|haya|hayu|pa'?am"
_HEBREW_IN_LATIN: dict[str, list[str]] = {
    "suicide": [
        r"\b(rotze|rotza|rotzah|rotse|rotsa|rotzeh) (la|le)mut\b",
        r"\b(lo rotze|lo rotza|lo rotse|lo rotsa|ein li koach|ein li koah|en li koach|nimas li) (li|le)(ch|kh|h)i?yot\b",
        r"\blehit'?abed\b",
        # Not to wake up: a wish or a dose for it.
        r"\b(she ?lo|halevai) (a|e)te'?orer\b|\bkdei lo lehit'?orer\b|\blo (a|e)te'?orer (machar|yoter|af pa'?am)\b",
        r"\b(ha ?)?(layla|laila|lyla|hayom|achshav|akhshav|ahshav) (ani )?gomer(et)? (im ze|et ze)\b"
        r"|\b(ani )?gomer(et)? (im ze|et ze)\b.{0,20}\b(ha ?)?(layla|laila|hayom|achshav|akhshav)\b",
        r"\b(ha ?)?chevel\b.{0,25}\b(kashur|muchan|tal(u|uy))\b",
        r"\b(kulam|kol ha ?olam|ha ?mishpacha) (yihyu|yiheyu) (yoter )?(tovim|tov|beseder) bli(ay|adai)?\b",
        r"\bha ?hoda'?a ha ?a(ch|h|kh)a?rona sheli\b|\bkvar lo (po|ehye|eheye) machar\b",
        r"\b(kadurim|kdurim|tabletten|paracetamol)\b.{0,60}\b(safarti|ze maspik\?)",
        # eval/dev/he-latin-crisis-C.yml (other spelling habits): not to wake up, letters written and
        # affairs settled, seeing oneself jump, how to end it, a rope bought, sleeping "a long time",
        # apologising for everything, pills hoarded, on a roof, "sorry, this is the end", a dose now.
        r"\b(kedei|kdei|she) lo (l ?'?|le)hit'?orer\b|\blo (l ?'?|le)hit'?orer (machar|yoter|af pa'?am)\b",
        r"\b(katavti michtav\w* (la|le) ?(yeladim|mishpacha|ima|imma|aba|abba|ishti|baali|kulam)|sidarti (et )?(kol )?ha ?(nyarot|inyanim|kol))\b"
        r".{0,100}\bze ha ?zman\b",
        r"\b(ro'?e|ro'?a|roa) et (atzmi|atsmi) (kofetz|kofetzet|kofets|kofetset)\b|\b(likfotz|lekfotz|likfots) (me|mi) ?ha ?(mirpeset|gag|gesher)\b",
        r"\b(eich|ech|ekh) lesayem et (ze|ha ?chaim|ha ?chayim)\b",
        r"\b(kvar )?(kaniti|kaninu) (chevel|hevel|khevel)\b",
        r"\b(holech|holechet|holekh|holekhet) lishon (harbe|le ?harbe|hamon) zman\b|\blishon le ?tamid\b",
        r"\bmitnatzel(et)? al ha ?kol\b|\btishmeru (li )?al ha ?(chatul|kelev|yeladim)\b",
        r"\b(asafti|shamarti|agarti) (et )?(kol )?ha ?(kadurim|kdurim|tabletim|tabletten)\b",
        r"\bani (omed |omedet |yoshev |yoshevet )?al ha ?(gag|gesher|maake)\b.{0,40}\b(mishehu yeda|ha ?sof|lo yachol|sliha|slicha|lo rotze|lo rotza)",
        r"\b(sliha|slicha),? ze ha ?sof\b",
        r"\b(lakachti|lakach|lakcha|balati|bala|bal'?a) (et )?(kol ha ?kadurim|\d{2,} (kadurim|kdurim|tabletim|tabletten))",
    ],
    "self_harm": [
        rf"^(?!.*\b({_HE_LATIN_PAST})\b).*\b(chotech|chotechet|hotech|hotechet|chatachti) (et )?(atzmi|atsmi|atzmo|atzma)\b",
        rf"^(?!.*\b({_HE_LATIN_PAST}|be ?ta'?ut|be ?ta3ut|mitbach|bishul)\b).*"
        r"\b(chatachti|chatakhti|hatachti|chotech|chotechet|chotekh|chotekhet) (et )?(ha ?)?(yadayim|yad|zroa|regel)\b",
    ],
    "violence_now": [
        r"\b(shover|shovrim|shoveret) (lanu |li )?et ha ?(bait|delet|dlatot)\b|\bshover et habait\b",
        r"\b(nechba|nechbet|mitchabe|mitchabet|mistater|mistateret)\b.{0,40}\b(shomea|shoma'?at|nichnas|porets|poretz)\b"
        r"|\b(nichnas|porets|poretz)\b.{0,40}\b(nechba|nechbet|mitchabe|mitchabet)\b",
        r"\b(dochafim|dochef|makim|marbitzim|rodfim) (oti|otanu)\b.{0,40}\b(lo azvu|lo holchim|achshav|akhshav)\b",
        r"\b(ba|yavo|bo) (\w+ ){0,2}im sakin\b|\bsakin ba ?yad\b.{0,40}\b(lo yode'?a|lo yode3|lo yodaat|ma ani ose|pochad|pochedet)\b",
        r"\b(make|marbitz|marbits) (oti|li|et ha ?yeladim)\b.{0,20}\b(achshav|akhshav|ahshav|karega|ka rega)\b"
        r"|\b(achshav|akhshav|ahshav|karega)\b.{0,20}\b(make|marbitz|marbits) (oti|li)\b",
        r"\b(sakin|sakinim)\b.{0,40}\b(me'?ayem|yaharog|laharog)\b|\b(me'?ayem|tzoek|tsoek|tsoeket|tzoeket)\b.{0,30}\b(yaharog|laharog)\b",
    ],
    "danger_now": [
        rf"^(?!.*\b({_HE_LATIN_PAST})\b).*\b(esh|srefa|sreifa|ashan)\b.{{0,30}}\b(ba |be |la )?(dira|bait|habait|treppenhaus|mitbach|cheder|chadar|binyan|koma)\b",
        r"\b(reach|re'?ach|rei'?ach|reyach|rea7) gaz\b|\b(ha ?)?mitbach bo'?er\b",
        r"\b(yeled|yalda|tinok|tinoket)\b.{0,40}\blevad\b.{0,40}\b(mirpeset|maake|ma'ake|chalon|gag)\b",
    ],
    "medical": [
        r"\blo (noshem|noshemet|nosem|nosemet)\b(?! (tov|kol kach))",
        # eval/dev/he-G: a friend after a party drug who does not wake up.
        r"\blo (mitorer|mit'?orer|mitoreret|mit'?oreret|mitorerim)\b",
        # eval/dev/he-H: fallen and no strength to get up.
        r"\bnafal(ti|ta|a)?\b.{0,40}\b((ein|en) li koa(ch|h) lakum|lo (yachol|yechola) lakum)\b",
        # eval/dev/he-I: a child on the ground, not moving, foam at the mouth.
        r"\bketzef (me|mi) ?ha ?pe\b|\blo zaz\b",
        r"\blo (yachol|yechola|yecholim|mesugal|mesugelet) (li)?nshom\b",
        r"\b(lachats|lachatz|lachaz)\b.{0,15}\b(ba |be )?(chaze|haze)\b|\b(yored|koren|korenet) la ?yad (smol|ha ?smalit)\b",
        r"\b(yad|regel)\b.{0,12}\blo (zaza|zaz)\b|\btzad (ehad|echad)\b.{0,30}\b(panim|pnim)\b.{0,15}\bnafal",
        r"^(?!.*\b(simanim|siman|lifnei|haya|hayta|ba ?avar)\b).*\bshavatz\b",
        r"\bdimum chazak\b|\b(lo mafsik|lo mafsika|lo nifsak) (li)?dmom\b|\bha ?rosh dimem\b",
        r"\b(bala|bal'?a|balla)\b.{0,20}\b(solela|solelot|batterie|batareya|magnet|kaftor|tabletim|kadurim)\b",
        r"\b(panim|pnim|lashon|garon)\b.{0,20}\b(mitnafchim|mitnapchim|nefuchim|nefucha|nefuach)\b",
        r"\b(tinok|tinoket|yeled|yalda)\b.{0,15}\b(kachol|kchula|kchulim|kechula)\b|\b(sfatayim|sfataim)\b.{0,15}\b(kchulot|kchulim|kachol)\b",
        rf"^(?!.*\b({_HE_LATIN_PAST})\b).*\b(kaev|ke'?ev|kev) (li )?(chazak )?(b[ae] ?)?(chaze|haze)\b",
        r"\btzad (ha ?)?(smali|yemani)\b.{0,25}\b(nofel|nofelet|mardim|lo zaz)|\bha ?panim nofl(im|ot)\b",
        r"\binsulin\b.{0,30}\b(kaful|be ?ta'?ut|be ?ta3ut|yoter midai)\b",
        r"\b(lakach|lakcha|bala|bal'?a) (kol ha ?kadurim|mashehu|kadurim)\b.{0,60}\blo (mit'?orer|mit'?oreret|megiv|megiva|noshem)\b",
        rf"^(?!.*\b({_HE_LATIN_PAST})\b).*\b(nafal|nafla)\b.{{0,60}}\b(lo mit'?orer|lo mit'?oreret|lo mamash mit'?oreret|mekia|meki'?a|lo zaz|lo zaza|lo ona|dam me ?ha ?rosh)\b",
    ],
}
PATTERNS: dict[str, dict[str, list[str]]] = {
    "suicide": {
        "de": [
            _PAST_ATTEMPT_DE
            + r".*\b(mich|mir) (selbst |heute |jetzt |noch )*(umbringen|toten|das leben (zu )?nehmen|(was|etwas) (antun|antue|anzutun))",
            r"\b(tu|tue) (ich )?mir (heute |heute nacht |jetzt |noch |bald |gleich )*(was|etwas) an\b",
            _FIGURATIVE_BRINGT_UM_DE
            + r".*\bbring(e|t)? (mich|sich) (selbst |jetzt |heute )?um\b"
            + _NOT_UM_TIME_DE,
            _PAST_ATTEMPT_DE
            + r"(?!.*\b(in (nem|einem|dem|der) (film|serie|buch|roman|doku)|im (film|fernsehen|buch|roman))\b)"
            r".*\b(sich|mich) (\w+ ){0,3}(umbringt|umbringen|umzubringen|das leben nimmt)",
            _PAST_ATTEMPT_DE
            + r"(?!.*\b(lebensmude bin ich nicht|nicht lebensmude)\b)"
            + r".*\b(selbstmord|suizid|lebensmude|freitod|abschiedsbrief|abschiedsbriefe|todesgedanken)",
            # Not a year ago's wish told as history, unless it is back (eval/dev/de-G.yml).
            r"^(?!.*\b(19|20)\d\d\b.{0,60}\bwollte (ich )?nicht mehr leben\b(?!.*\b(wieder|jetzt)\b)).*\bnich?t? mehr (weiter)?lebe?n\b",
            r"\b(will|mochte|mochte gern|wurde gern|werde) (einfach |nur |jetzt |heute )*(sterben|tot sein)",
            # "lieber sterben als noch ein Formular" (eval/dev/de-H.yml) is about the forms.
            r"^(?!.*\bangst (vor dem|vorm|vor) (sterben|tod)\b)(?!.*\bsterben als (noch )?(ein|eine|diese)\b).*\b(ich|will|mochte|werde) .{0,20}\b(sterben|tot sein)\b",
            r"\bleben (beenden|ein ende)",
            r"\b(allem|dem ganzen|meinem leben|dem allen|alldem) (jetzt |heute )?ein ende|\b(mach|mache|setze|setz) dem (jetzt |heute )?ein ende\b",
            r"\bschluss mit (allem|dem leben|meinem leben)",
            r"\b(heute|heute nacht|jetzt|morgen) (nacht )?(mache|mach) ich schluss\b(?! mit\b)|\b(mach|mache) (heute|heute nacht) schluss\b",
            r"\b(ich )?spring(e)? (jetzt |gleich |heute )*(runter|hinunter)\b|\bich spring(e)? (jetzt|gleich)$",
            # Said sideways (eval/dev/de-D.yml): not caring whether one is there tomorrow, taking a
            # partner along, a dose "for myself", life insurance after suicide.
            r"\begal\b.{0,15}\bob ich (morgen|ubermorgen|nachste woche|bald) noch (da bin|lebe|am leben bin|hier bin)\b",
            r"\b(nehme|nehm) (ich )?uns (beide|alle) mit\b|\bfur uns beide ein ende\b",
            r"\b(gefahrlich|todlich|verblutet|stirbt|sterben|tot)\b.{0,25}\bfrag(e)? fur mich\b",
            r"^(?!.*\b(hat|hatte) sich\b|.*\b(verstorben|gestorben|nach dem tod)\b).*\blebensversicherung\b.{0,80}"
            r"\b(selbstmord|suizid|sich selbst|sich selber|(sich )?(selbst |selber )?was antut|kein unfall|selbsttotung)\b",
            # eval/dev/de-F.yml: a dose not to wake up, an "accident" planned, a place where nobody
            # finds one "for the last time", a bridge high enough, gas turned on unlit.
            r"^(?!.*\b(früher (oft )?gehofft|damals gehofft|heute geht es mir (wieder )?gut)\b).*\b(damit|dass|um) (man|ich) nicht mehr (aufwacht|aufwache|aufzuwachen)\b",
            r"^(?!.*\b(schaden am|blechschaden|delle|kratzer|versicherungsbetrug)\b).*\bwie ein unfall (aussieht|aussehen|wirkt|wirken)\b",
            r"\bwie ich('?s| es) (machen|tun) (wurde|werde)\b.{0,40}\b(plan|entschieden|entschlossen)\b",
            r"\bwo (mich|einen|man) (keiner|niemand) (mehr )?findet\b.{0,40}\b(letzte mal|fur immer|ende)\b",
            r"\bwie hoch (muss|sollte) (eine|die|ein|das) (brucke|haus|dach|fenster|stockwerk|etage|hochhaus)\b.{0,30}\b(sicher|klappt|tot|sterben)\b",
            r"\b(gas|gasherd|gashahn)\b.{0,15}\b(aufgedreht|aufgemacht|angelassen)\b ohne (anzumachen|anzuzunden|ihn anzumachen)\b",
            r"\b(fahre|fahr|rase) (mich |mit dem auto )?(jetzt |gleich |heute )?(gegen|in) (einen|den|die|eine) (baum|wand|mauer|pfeiler|bruckenpfeiler)\b",
            # Farewell: a last message, goodbye for ever, messages for the family, everything settled.
            r"\b(das|dies|hier) (ist|sind|wird|werden) (wohl |dann |jetzt )?(meine?) letzten? "
            r"(nachricht|nachrichten|worte|zeilen|sms|gruss|grusse)\b(?! (an|vom|von|zum|ans|fur) (das|den|die|dem|der)\b)",
            r"\bmeine letzten worte\b",
            # A pet given away because its owner will not be there ("ab morgen bin ich nicht mehr da").
            r"\b(katze|kater|hund|vogel|wellensittich|haustier)\w*\b.{0,80}\b(ab morgen|morgen|ab heute|heute nacht|bald|dann) bin ich nicht mehr (da|hier)\b",
            # The whole message: "kann nicht mehr", "es ist aus".
            r"^(ich )?(kann|will) (einfach |echt |wirklich )?nicht mehr$|^es ist (alles )?aus$|^(das|es) ist das ende$",
            r"\blebt wohl\b|\b(tschuss|adieu|goodbye|bye) (an alle|ihr alle|fur immer)\b",
            r"\b(mich|uns) (schon |heute |gerade |bereits |jetzt )*von (allen|euch|allem|der welt|meiner familie|meinen kindern) verabschiedet\b"
            r"|\bverabschiede mich (jetzt )?(von (allen|euch|der welt)|fur immer)\b",
            r"\b(gehe|geh|verschwinde) (jetzt |dann |heute )?fur immer\b(?! (nach|in|zuruck|aus|von|zu|hier|da|dort)\b)",
            r"\bfur immer (einschlafen|schlafen|verschwinden|weg sein|ruhe haben)\b|\b(weg|tot) sein\b.{0,5}\bfur immer\b"
            r"|\b(bin ich|ich bin) (\w+ )?fur immer (weg|fort)\b",
            r"\b(verzeiht|vergebt) mir\b(?! (die|das|den|meine|mein|bitte die)\b)",
            r"\bsag(t|en sie)? (meiner|meinem|meinen) (\w+ )?(tochter|sohn|mutter|mama|vater|papa|frau|mann|kindern|kind|familie|eltern|"
            r"schwester|bruder|enkeln?|enkelin|oma|opa|freundin|freund|liebsten)\b.{0,15}\b(dass|das) (ich (sie|ihn|euch|dich) (liebe|lieb habe?)|es mir leid tut)",
            r"\b(heute nacht|heute abend) (ist|wird) (alles|es) (vorbei|zu ende)\b|\b(heute|gleich) (ist|wird) alles (vorbei|zu ende)\b"
            r"|\balles ist (heute nacht|heute abend|heute) (vorbei|zu ende)\b",
            r"\b(mach|mache|tu|tue) ich es wirklich\b(?! (richtig|gut|anders|selbst|allein|so|besser|mal)\b)"
            r"|\bkann nicht mehr\b.{0,40}\b(heute|jetzt|morgen|heute nacht) (mach|mache|tu|tue) ich (es|das)\b",
            r"\b(verschenkt|verteilt|weggegeben|alles (ist )?geregelt)\b.{0,60}\b(soweit|verabschiedet|abschied|lebt wohl|fur immer)\b",
            r"(?<!\bab )\b(morgen|bald|heute nacht) bin ich nicht mehr (da|hier|am leben)\b(?! (in|im|bei|an|zu)\b)",
            # Passive death wish: better dead, never born, no reason or strength to live, a burden.
            r"\b(am liebsten|wunschte|wunsche mir|wollte)\b.{0,15}\b(ware ich|ich ware|war ich|ich war|bin ich|ich bin) "
            r"(doch |einfach |bloss |schon |gar |ganz )*(tot|nie geboren|nicht geboren|nicht mehr da|nicht mehr am leben)\b",
            r"\b(ware ich|ich ware|war ich|ich war) (doch |einfach )*(lieber|besser|bloss) (tot|nie geboren|nicht geboren)\b",
            r"\b(lieber|besser) tot\b|\b(ware|war) ich (doch )?nie geboren\b|\bnie geboren (worden )?(ware|war)\b",
            r"\b(wozu|wofur|warum|wieso) (soll ich |sollte ich |dann |eigentlich )?noch (leben|weiterleben|weitermachen|da sein)\b"
            r"|\b(wozu|wofur|warum|wieso) (soll|sollte) ich (noch )?(weiter)?leben\b",
            r"\bkeine (kraft|lust|energie) (mehr )?(zu leben|zum leben|zum weiterleben|weiterzuleben)\b"
            r"|\bkein(en)? (grund|sinn) (mehr )?(zu leben|zum leben|weiterzuleben)\b",
            r"\b(aufhoren zu existieren|nicht mehr existieren)\b",
            r"\b(will|mochte|wunsche mir),? dass (mein leben|alles) (einfach )?(aufhort|endet|vorbei ist|zu ende ist)\b",
            r"\b(niemand|keiner) (wurde|wird|wurden) (mich )?(vermissen|es merken|es bemerken)\b",
            r"\b(bin|ware) (doch |ja |einfach )?(nur noch|nur|bloss) (eine )?(last|belastung)\b|\bruhe vor mir\b",
            r"\b(will|mochte|gehe|komme) (\w+ ){0,3}zu (meinem|meiner) (verstorbenen|toten|verstorbener|gestorbenen)\b",
            r"\b(welche|welcher|welches)\b.{0,20}\bhoch genug\b|\bhoch genug\b.{0,30}\b(springen|sterben|tot|um zu)\b",
            r"\b(wie ?viele?|welche (menge|dosis))\b.{0,30}\b(todlich|totlich|um zu sterben|zum sterben|nicht mehr aufzuwachen)\b"
            r"|\b(todliche|totliche) (dosis|menge)\b",
            # On a height or the tracks.
            r"^(?!.*\bwenn ich noch (ein)?mal\b).*\b(brucke|dach|fenster|hochhaus|balkon|fensterbrett)\b.{0,40}\b(springen|spring|springe)\b",
            r"^(?!.*\b(wenn ich noch (ein)?mal|erdgeschoss|hochparterre|keine sorge)\b).*\b(springen|spring|springe|springt) .{0,20}\b(brucke|dach|fenster|hochhaus|balkon)",
            r"\b(stehe|steh|sitze|sitz|liege|lieg) (gerade |grad |jetzt |hier |schon )?(auf|aufm|am|an) (dem |der |den |einer |einem )?"
            r"(dach|brustung|gelander|balkongelander|fensterbrett|fenstersims|klippe|abgrund|gleisen|bahngleisen|schienen)\b",
            r"\b(stehe|steh|sitze|sitz) (gerade |jetzt |hier |schon )?(auf|aufm|am|an) (der |einer )?brucke\b"
            r"(?=$|.{0,40}\b(runter|hinunter|tiefe|spring\w*|kann nicht mehr|tschuss|lebt wohl|ende|schluss|verzeiht|abschied)\b)",
            r"\b(vor den|vor einen|unter den) (zug|lkw|auto)\b",
            r"\bauto\b.{0,20}\bgegen (einen|den|die|eine) (baum|wand|mauer|pfeiler)\b",
            r"\b(das wars|das war es|das war's) mit mir\b|\b(sorry|es tut mir leid|verzeiht|entschuldigt) fur alles\b",
            r"\b(tot|verstorben|gestorben)\b.{0,80}\bzu (ihm|ihr) (zu )?(gehen|kommen)\b",
            # Means at hand.
            r"\b(alle|ganze|ganzen|alle meine|(?<!wie )viele|30|20|50) (meine )?(tabletten|pillen|schlaftabletten)\b.{0,30}\b(nehmen|nehme|nehm|schlucken|schlucke|genommen|geschluckt)",
            r"\b(nehme|nehm|schlucke|schluck) (jetzt |gleich |heute |einfach )*(alle|die ganze packung|die ganzen) (meine )?(tabletten|pillen|schlaftabletten)\b",
            r"\b(tabletten|pillen|schlaftabletten)\b.{0,20}\b(gesammelt|vor mir|neben mir|in der hand|genommen|geschluckt)",
            r"\bgleich (nehm|nehme|schluck|schlucke) ich (sie|alle)\b",
            r"\b(packung|flasche) .{0,20}(tabletten|schlaftabletten|pillen)",
            r"\b(rasierklinge|rasierklingen|klinge|seil|strick|schlinge)\b.{0,25}\b(in der hand|in meiner hand|neben mir|vor mir|bereit|geknupft)\b"
            r"|\b(ein|einen|das|den) (seil|strick)\b (\w+ )?(gekauft|besorgt)\b",
            r"\b(absichtlich|mit absicht)\b.{0,25}\b(gespritzt|geschluckt|eingenommen)\b",
            # Not a will or a power of attorney ("wer erbt die Wohnung, wenn ich nicht mehr da bin?").
            r"^(?!.*\b(erb\w*|testament\w*|vererb\w*|vollmacht|patientenverfügung|vorsorge\w*|bestattung\w*)\b).*\bnicht mehr (aufwachen|da sein|hier sein|da bin)\b|\bnie (wieder|mehr) aufwachen",
            r"\b(bin|sein) ich (nicht mehr da|weg)\b.{0,30}\b(ruhe|besser)",
            r"\bwenn ich (tot|weg|nicht mehr da) (bin|ware)\b.{0,30}\b(leichter|besser|ruhe|froh|niemand|keiner)\b",
            r"\b(schlinge|strick)\b.{0,20}\b(gemacht|geknupft|gebunden|vorbereitet|aufgehangt)\b",
            r"\b(ohne mich)\b.{0,20}\b(besser|ruhe)",
            r"\b(mich )?(aufhangen|erhangen|ertranken)\b"
            # "da kann ich mir ja gleich 'nen Strick nehmen. Spaß beiseite" (eval/dev/de-everyday-A.yml) is a sigh.
            r"|^(?!.*\b((ja|doch) gleich (\w+ )?(nen|einen) strick|spaß beiseite)\b).*\bstrick\b",
            r"\bkeinen (sinn|ausweg) mehr\b",
            r"\bpulsadern\b",
            # eval/dev/de-G (twelfth session: a Diakonie addiction and social psychiatry service): the
            # whole pack taken, a hose on the exhaust, to the river "Ende", the life ended today, the last
            # night (also in dialect), sleep "lange", how to do it unnoticed and tonight a good evening for
            # it, only so that someone knows, "heut mach ich Schluss" after gambling, not living to see
            # the eviction, to "finally go", the voices that say jump.
            r"\b(die |eine )?ganze (packung|schachtel|dose)\b (\w+ )?(genommen|geschluckt|eingeworfen)\b",
            r"\bschlauch\b.{0,20}\bauspuff\b|\bauspuff\b.{0,20}\bschlauch\b",
            r"\b(gehe|geh) (heute |heut |jetzt )?(zum|zu|in den|an den|in die) (rhein|main|elbe|spree|donau|isar|neckar|weser|fluss|see)\b.{0,30}\b(ende|schluss|tschüss|lebt wohl|adieu)\b",
            r"\b(werde|will|möchte|werd) mein leben (\w+ ){0,2}beenden\b",
            r"\b(das|des|heute) (ist|isch|is) (meine|mei) (letzte|letschte) nacht\b(?! ?(in|im|hier|bei|vor|auf|zu hause|daheim|als|mit)\b)",
            r"\b(will|möchte|wollte) ((nur|einfach|endlich|noch) ){0,2}schlafen,? (lange|für immer|und nicht mehr aufwachen)\b",
            r"\b(dass|damit) es nicht weh ?tut\b.{0,80}\b(weiß ich wie|guter abend)\b|\bheute ist ein guter (abend|tag|zeitpunkt) dafür\b",
            r"\bnur damit es (einer|jemand|irgendwer) weiß\W*$|\b(parkdeck|dach|brücke|hochhaus|tabletten)\b.{0,150}\b(damit|dass) es (einer|jemand|irgendwer|irgendjemand) weiß\b",
            r"\b(verzockt|alles weg|pleite|schulden)\b.{0,40}\bmach (ich|i) schluss\b(?! mit)",
            r"\bmorgen\b.{0,120}\bdas erleb\w* ich nicht mehr\b",
            r"\bum \W?(endlich|für immer) zu gehen\b",
            r"\b(stimmen?|die stimme|sagen sie mir|sagt mir)\b.{0,30}\b(soll|muss)\b.{0,50}\b(springen|sterben|umbringen|töten|ins wasser)\b",
            r"\bnicht verdient zu leben\b.{0,40}\b(heute|hör ich|höre ich)\b",
            r"\b(steh|stehe) schon am (offenen )?fenster\b|\b(sitz|sitze|steh|stehe) (grad|gerade|jetzt) auf (der|einer) brücke\b",
            r"\btabletten\b.{0,60}\b(zusammengesammelt|gehortet|gebunkert)\b",
            # eval/dev/de-H (German as a second language: late repatriates, refugees, workers from abroad):
            # all the late wife's heart pills taken and a letter written, at the track waiting for the next
            # train, on the roof's edge threatening to jump, a knife in the hand and thinking of the throat.
            r"\b(alle|ganze) (\w+ ){0,3}\w*tabletten (\w+ ){0,6}genommen\b.{0,60}\b(brief|damit jemand weiß|abschied)",
            r"\b(gleis|gleisen|schienen)\b.{0,60}\b(sag (meiner|meinem)|es tut mir leid|lebt wohl|tschüss|schluss)\b",
            r"\b(auf|am) (dem |den )?(dach|rand)\b.{0,60}\b(springt|springe|spring)\b",
            r"\bmesser (ist )?in (meiner|meine|der) hand\b.{0,60}\b(hals|pulsader|sterben|angst vor mir)",
            # eval/dev/de-I (youth slang and Kiezdeutsch): at the bridge and the water close, the last message
            # to you all, everything given away, pills all inside, the cat to be taken after "alles geregelt",
            # letters in the rucksack and tonight, jumping in front of the S-Bahn, on the balcony eighth floor.
            r"\b(brücke|dach|gleis)\b.{0,80}\b(wasser is(t)? (schon )?(ganz )?nah|jetz(t)? bin ich (auch )?da)",
            r"\b(das )?(is|ist) meine letzte nachricht (an euch|an alle|an dich)\b",
            r"\bwenn ich morgen nich?t? mehr da bin\b|\b(alles|meine sachen) (schon )?verschenkt\b(?!.{0,30}\b(umzug|auszug)\b)",
            r"\btabletten sind (schon )?drin\b|\bdie ersten sind schon drin\b|\b(pillen|tabletten)\b.{0,40}\balle (geschluckt|genommen)\b",
            r"\balles geregelt\b.{0,60}\b(kater|katze|hund)\w* (nehmen|übernehmen)|\bsoll (ihren|seinen|meinen) (kater|katze|hund) nehmen\b",
            r"\bbriefe liegen\b.{0,60}\b(soweit|heute nacht)\b",
            r"\bwenn ich morgen nich?t? (in (der )?schule|da|mehr da) bin,? (wisst|weißt) (ihr|du) warum\b",
            r"\b(seil|strick)\b (\w+ ){0,2}(liegt|hängt) schon\b",
            r"\bspring\w* ((einfach|gleich|jetzt) )?vor (die|den) (s ?bahn|zug|u ?bahn|bahn)\b",
            r"\b(steh|stehe|sitz|sitze) (aufm|auf dem) (balkon|dach)\b.{0,40}\b(stock|überleg\w*|spring\w*)",
            r"\b(für immer raus|raus für immer)\b|\bdanke für alles\b.{0,60}\b(geht nich?t? (mehr )?ans handy|antwortet nich?t?|nich?t? erreichbar)",
            # eval/dev/de-L (German men of 40-75 who rarely speak of feelings: tradesmen, farmers, drivers,
            # retired soldiers and police officers, widowers): into the lake and not out again, what one
            # still gets up for, all the boxes of pills on the table, easier for all if I were gone, an
            # "accident" for the insurance, up the silo and not down again, how long without food or drink
            # "asking for me", a gun lying beside me, what is in the gun cabinet, Bavarian "i mog nimma",
            # not caring whether one wakes up, hoping not to wake up, gone for good, "then rather not at all",
            # whether the beam holds, simply not steering, the dog given away and everything settled, done
            # with everything, letters written and "better so", pills saved up, just saying goodbye.
            r"(\b(in den|ins) (\w+)?(see|teich|fluss|wasser|meer) (geh|gehe|gehen|lauf|laufe|laufen)|\b(geh|gehe|lauf|laufe) (heute? |heut |jetzt |einfach )*(in den|ins) (\w+)?(see|teich|fluss|wasser|meer))\b"
            r".{0,30}\bnicht (mehr|wieder) raus",
            r"\b(wofür|wozu) ich (morgens |überhaupt |eigentlich )*noch aufsteh\w*\b.{0,80}\b(keine antwort|weiß ich nicht mehr|such (ich )?(auch )?keine)",
            r"^(?!.*\b(sortier\w*|pflegedienst|wochenbox|dosette|apotheke|ausmisten|abgelaufen)\b)"
            r".*\b(alle|die ganzen|sämtliche) (\w+ )?(schachteln|packungen|tabletten|pillen)\b.{0,30}\bauf den tisch\b",
            r"\b(einfacher|besser|leichter)\b.{0,30}\bwenn ich nicht mehr da (wär|wäre)\b",
            r"^(?!.*\b(auto|wagen|blechschaden|kratzer|delle|fahrrad|handy|einbruch)\b).*\bdass es (wie |nach )(ein(em|en)? )?unfall aus(sieht|schaut)",
            r"\b(hoch|rauf) (aufs|auf das|auf den|auf die) (silo|dach|turm|kran|brücke|gerüst|hochhaus|mast)\b.{0,30}\bnicht (mehr|wieder) runter",
            r"\b(nix|nichts) mehr (isst|esse|essen) und (nix |nichts )?(mehr )?(trinkt|trinke|trinken)\b.{0,40}\b(frag\w* für mich|seit (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|tagen))",
            r"\b(pistole|waffe|gewehr|revolver|knarre|flinte)\b.{0,120}\bliegt (\w+ ){0,2}neben mir\b",
            r"^(?=.*\b(jagdschein|waffe|gewehr|flinte|pistole|waffenschrank)\b)"
            r".*\bdenk\w* (in letzter zeit )?(zu oft|oft|ständig|dauernd) an (das|die|den)\b.{0,30}\b(im schrank|im keller|im waffenschrank|schrank steht)",
            r"\bi mog nimm?(a|er)\b(?! (\w+ )?(kraut|essen|sehen|hören|warten|fahren|bier|arbeiten|schaffen))",
            r"\b(ob|dass) ich morgen (früh )?(noch )?aufwach\w*\b.{0,20}\b(egal|wurscht|wurst|gleich|schnuppe)",
            r"^(?!.*\b(früher|damals|als kind|als jugendlicher|jahrelang)\b).*\b(hoff|hoffe|hoffen|bete)\w*,? (dass|das) ich (morgens? )?nicht mehr aufwach\w*",
            r"\b(bin ich|ich bin) (dann |vorher |eben )?weg,? und zwar für immer\b",
            r"\bdann lieber gar nicht mehr\s*$",
            r"^(?!.*\b(schaukel|hängematte|boxsack|lampe|regal|statik|zimmermann|gutachter|dach decken)\b)"
            r".*\bob (der|die|das) (balken|haken|ast|träger|dachbalken|stange) (\w+ )?hält\b",
            r"\beinfach nicht (mehr )?lenken\b",
            r"\b(hund|katze|kater|vogel|hasen)\b (\w+ ){0,3}(zu|zum|zur) (meinem|meiner|dem|der) (\w+ )?(gebracht|gegeben)\b.{0,60}\balles (erledigt|geregelt)\b",
            r"\b(hab|habe|ich hab) abgeschlossen mit allem\s*$|\bmit allem abgeschlossen\s*$",
            r"\bbriefe geschrieben\b.{0,80}\b(is|ist) besser so\b",
            r"\b(tabletten|pillen)\b.{0,40}\bsammel\w* (ich )?(schon )?(seit|die ganze)|\bsammel\w* (schon )?seit (wochen|monaten|tagen) (die |meine )?(tabletten|pillen)",
            r"\bwollt\w* (ich )?(nur|bloß|eigentlich nur) (noch )?tschüss sagen\b.{0,30}\b(sonst ist keiner|sonst hab ich keinen|sonst ist niemand)",
            # A helper testing as a new user (thirteenth session): a quiet hint inside a question about Wohngeld.
            r"\b(werde|werd|bin) (eh|sowieso|ja eh|eh bald|ja sowieso) nicht mehr lange (da|hier|auf der welt)\b"
            r"(?!.{0,40}\b(umzug|ziehe|umziehen|zurück|urlaub|in deutschland|in der stadt|im büro|in der firma|in berlin|job|praktikum)\b)",
        ],
        "ru": [
            _PAST_ATTEMPT_RU + r".*\bпокончи(ть|т|м|ю)? с собо",
            # Someone's suicide told as history ("дядя покончил с собой десять лет назад").
            _PAST_ATTEMPT_RU + rf"(?!.*\b({_PAST_RU})\b).*\bпокончи(ла|л) с собо",
            r"\bпокончу\b|\bпокончить со всем|\b(со всем|со всем этим) покончить\b",
            _PAST_ATTEMPT_RU
            + _FICTION_RU
            # A school report or statistics about suicide (eval/dev/ru-AE.yml).
            + r"(?!.*\b(доклад\w*|реферат\w*|статистик\w*|презентаци\w*)\b)"
            + rf"(?!.*\b({_PAST_RU}|в детстве)\b.{{0,30}}\b(были|был|была) (мысли|мысль)\b)"
            + r".*\b(суицид|самоубийств)|\bпрощальн(ое|ую|ые|ое) (письмо|записку|письма|сообщение)",
            r"\bне ?(хочу|хачу|хочется|могу) (больше |уже )?жить\b(?!( так)? (в|во|с|со|на|у|под|вместе|одн\w*|рядом|здесь|там|тут|за|по)\b)",
            r"\bжить (больше |уже )?не (хочу|хачу|хочется|буду)",
            # Not a thought of the past told from safety ("тоже думала, что лучше умереть … сейчас всё спокойно", eval/dev/ru-AH.yml).
            r"^(?!.*\bдумал\w*,? что лучше (умереть|сдохнуть)\b.{0,120}\b(сейчас|теперь)\b)"
            r".*(\b(хочу|хачу) (просто )?(умереть|умиреть|сдохнуть)\b|\bлучше (бы )?(умереть|сдохнуть)\b)",
            # eval/dev/ru-W.yml (how teenagers write) and ru-X.yml (men, terse).
            r"\b(хочется|хотелось бы) (мне )?(просто |реально |уже |иногда |правда )?(умереть|сдохнуть|не жить)\b(?! (от|со|с) | на месте\b)",
            r"\b(выпилиться|выпилюсь|выпиливаюсь|самовыпил\w*|роскомнадзорнуться)\b(?! (из|с|со|от)\b)",
            r"\b(хочу|хочется|мечтаю),? (чтобы|чтоб) меня (\w+ )?(сбила машина|сбил поезд|переехал\w*|убили|не стало)\b",
            r"\bникого не вин(ите|ить)\b",
            r"\b(обратно|назад) (я )?не (поеду|вернусь)\b.{0,60}\bлучше (я )?(сам|сама|умру|умереть|сдохну)\b",
            r"\b(ружь[её]|пистолет|ствол|оружие)\w*\b.{0,20}\b(есть|имеется|дома)\b.{0,10}\bесли что\b",
            r"\b(убить|убью|убил[аи]?|убь[её]т) себя\b",
            # Not "готова повеситься с этим Kita-Navigator" nor a washing line (eval/dev/ru-everyday-C.yml).
            r"\bповеш(усь|аться)|повеситься\b(?! (с|со|от|из за) )|^(?!.*\b(для белья|бель[её]|бельев\w*|сушилк\w*)\b).*\bвер[её]вк",
            # Farewell.
            r"\b(это|вот) (мо[её]|мои) последн(ее|ие) (сообщение|слова|письмо|смс)\b|\bмои последние слова\b",
            r"\bбольше (вы |ты )?(от меня |обо мне )?(ничего )?не услыш(ите|ишь|ат)\b",
            r"\bпростите меня (за вс[её]|все)\b|\bпрощайте\b|\bпростите (меня )?(все|всех)( меня)?$|\bпростите меня все\b",
            r"\b(попрощал(ась|ся|ись)|прощаюсь) (со всеми|навсегда)\b|\bсо всеми (уже )?попрощал",
            r"\b(исчезнуть|заснуть|уснуть|уйти|ухожу|уйду|засну|усну|исчезну) (навсегда|насовсем)\b(?! (из|с|со|от|в|на)\b)",
            r"\bпередайте .{0,30}\b(что я (е[её] |его |их |вас |тебя )?люблю|что мне жаль|что я прошу прощения)",
            r"\b(сегодня|сегодня ночью|ночью|этой ночью|сейчас) (все|вс[её]|всему) (закончу|конец|закончится|кончится)\b(?! (с|со|в|на|когда|после|и мы)\b)"
            r"|\b(все|вс[её]) (закончится|кончится) (сегодня|этой ночью|ночью)\b(?! (в|с|после|к)\b)",
            r"\b(не могу|нет сил) (больше|уже)\b.{0,30}\b(сегодня|сейчас|ночью) (я )?(вс[её]|это) сделаю\b",
            r"\b(скоро|к утру|этой ночью|к концу (месяца|недели)|через (неделю|месяц|пару дней|несколько дней)|после (выходных|праздников)) меня (уже )?не будет\b|(?<!когда )\bменя (скоро |уже )?не станет\b(?! (в|на|у|с|дома)\b)",
            r"\bразда(л\w*|ть|ю|м) (все |вс[её] )?(свои |мои )?(вещи|имущество)\b.{0,120}\b(реш\w*|прощ\w*|конец|навсегда|ухожу|(больше|уже) (ничего )?не понадоб\w*)",
            # Passive death wish.
            r"\bлучше бы (я )?(умер|умерла|не родил)|\bлучше бы меня (вообще |совсем |просто )?не было\b",
            # eval/dev/ru-latin-crisis-A.yml (read in Cyrillic after transliteration): waking up no more.
            r"\bлучше бы (я )?(больше )?не (проснул\w*|просыпал\w*)\b|\bне хочу (больше )?просыпаться (завтра|утром|больше|вообще)$",
            r"\bустал\w* я жить\b|(?<!дам )(?<!дать )\bсебя (убью|убить)\b",
            r"\bосталось (только |лишь )?решиться\b",
            r"\b(проще|лучше|хочу) (\w+ ){0,2}закончить (\w+ ){0,2}(одним разом|разом|навсегда)\b",
            r"\b(стою|сижу)\b.{0,15}\bна (балконе|подоконнике|крыше)\b.{0,15}\b\d+ этаж",
            r"\b(пачк|упаковк)\w*\b.{0,40}\bв разных аптеках\b|\bв разных аптеках\b.{0,40}\b(пачк|упаковк|таблет|парацетамол|снотворн)",
            r"\bпрости,? (мама|мамочка|мам|папа|пап)\b.{0,60}\bне (открывает|отвечает|берет|бер[её]т)\b",
            r"\b(проще|легче|лучше),? (если бы|чтобы|чтоб) меня (просто )?(не было|не стало)\b",
            # A question that checks the means: a height or a dose "to be sure", life insurance after suicide.
            r"\b(высот\w*|этаж\w*|таблет\w*|доз\w*)\b.{0,40}\b(чтобы|чтоб) (уж )?наверняка\b|\b(чтобы|чтоб) (уж )?наверняка\b.{0,40}\b(высот\w*|этаж\w*|таблет\w*|доз\w*)\b",
            # eval/dev/ru-V.yml: "how much of a drug, to be sure", the purpose left unsaid.
            r"\bсколько\b.{0,40}\b(чтобы|чтоб) (уж )?наверняка$",
            # ... and how to do it so that it does not hurt, as the whole message.
            r"^(а )?как (это )?сделать( так)?,? (чтобы|чтоб) (мне )?(было )?не (было )?больно( было)?$",
            # A farewell with everything prepared ("пора мне. всё приготовил").
            r"^(\w+ ){0,3}(пора мне|мне пора)( уже)? (вс[её]|все) (уже )?(при|под)готовил\w*$"
            r"|^(\w+ ){0,3}(вс[её]|все) (уже )?(при|под)готовил\w* (пора мне|мне пора)$",
            r"\b(страховк\w*|lebensversicherung|risikolebensversicherung)\b.{0,80}\b(если сам|при самоубийств\w*|при суицид\w*|после самоубийств\w*)",
            r"\b(устал[аи]?|надоело|незачем( больше| уже)?|не зачем|зачем( мне)?( вообще)?|нет сил( больше| уже)?|сил( больше| уже)? нет) жить\b"
            r"(?!( так)? (в|во|с|со|на|у|под|вместе|одн\w*|рядом|здесь|там|тут|за|по)\b)",
            r"\bжить (больше |уже )?(незачем|не зачем|не для чего|не для кого)\b",
            r"\b(не вижу|нет|потерял[аи]?) (никакого )?смысла (жить|в жизни|дальше жить|больше жить|просыпат\w*)\b(?!( так)? (в|во|с|со|на|у|под|вместе|одн\w*|рядом|здесь|там|тут|за|по)\b)",
            r"\b(не хочу|не хочется|устал[аи]?) (больше |уже )?существовать\b|\bперестать существовать\b",
            r"\bот меня (наконец |скоро |все )?(отдохн|избав|освобод)|\b(избавитесь|отдохнете|отдохнут) от меня",
            r"\bвсем (только )?обуза\b|\bя (для всех |всем |только |лишь )+обуза",
            r"\b(хочу|уйду|пойду|скоро буду) (\w+ ){0,2}к (покойн|умерш|погибш)\w* \w+\b(?!.{0,20}\b(кладбищ\w*|могил\w*|съездить|поехать))",
            r"^(?!.*\bне в том смысле\b).*(\bсделаю (что нибудь|что то|что либо|чтонибудь) с собой\b|\bсделать (что нибудь|что то|что либо) с собой\b|\bчто то с собой сделаю\b)",
            _unless(_PAST_RU + "|в детстве")
            + r"\bмысли (о|про) (смерти|самоубийств\w*|суицид\w*)\b(?! (мамы|папы|мужа|жены|отца|матери|сына|дочери|брата|сестры|"
            r"бабушки|дедушки|друга|подруги|близких|родных)\b)",
            r"\bсколько (нужно |надо )?(таблеток|снотворного)\b.{0,30}\b(чтобы умереть|смертельн|не проснуться)",
            # On a height.
            _PAST_STORY_RU
            + r"\b(прыгну|спрыгну|прыгнуть|спрыгнуть|выпрыгнуть|выпрыгну|прыгнет|броситься|брошусь|шагну|шагнуть|выброшусь|выброситься) (с|из|под) ",
            r"\b(выйду|выйти) в окно\b",
            _PAST_STORY_RU + r"\b(мост|крыш|подоконник|окн)\w*\b.{0,30}\b(прыгн|спрыгн|прыгат)",
            r"\b(стою|сижу|лежу) (сейчас |уже |тут |опять )?на (краю )?(крыше|подоконнике|перилах|карнизе|парапете|рельсах)\b",
            r"\bya na kryshe\b|\b(stoyu|sizhu) na (kryshe|mostu)\b|\b(хочу|хочется|собираюсь) (выпрыгнуть|спрыгнуть|броситься)\b(?! (с парашютом|в бассейн|в воду))",
            r"\b(я|стою|сижу|стоит|сидит) (сейчас |уже |тут |опять )?на (краю )?(крыше|мосту|перилах|карнизе|парапете|рельсах)\b"
            r"(?=$|.{0,40}\b(не могу|больше|простите|прощайте|прыгн\w*|вс[её]|конец|сил)\b)",
            # A balcony is everyday: only with a jump or a step down said.
            r"\b(я|стою|сижу|стоит|сидит) (сейчас |уже |тут |опять |иногда )?на (краю )?балконе\b.{0,40}\b(прыгн\w*|шагн\w*|шаг|вниз|перелез\w*)",
            r"\b(пишу|прочитал\w*|знал\w*)\b.{0,40}\bперед тем,? как$",
            r"\bтаблетки (уже |вже )?(считаю|пересчитываю|рахую)\b",
            # Means at hand.
            r"\b(выпить|выпью|выпила|выпил|наглотаться|наглоталась|наглотался|проглотила|проглотил|приняла|принял) .{0,25}(таблет(?!ку\b)\w*(?! (от|для|против)\b)|снотворн)",
            r"\bнаглота(юсь|ться|лась|лся|ешься)\b",
            r"\b(таблет|снотворн)\w*\b.{0,40}\bвыпью (все|всю|их все)\b|\bвыпью (все|всю пачку) (таблет|снотворн)",
            r"\b(таблетк|снотворн)\w*\b.{0,15}\b(рядом со мной|передо мной|в руке|в руках)\b",
            r"\b(все|горсть|упаковку|пачку) (таблеток|таблетки|снотворного)",
            r"\bс таблетками в руках\b",
            r"\b(лезвие|лезвия|бритв\w*)\b.{0,15}\b(в руке|в руках)\b|\b(в руке|в руках) .{0,10}\b(лезвие|бритва)\b",
            r"\bс (бритвой|лезвием)\b.{0,30}\b(уже )?(начала|начал|режу|порезал\w*)\b|\bна краю ванн\w*\b.{0,20}\bс (бритвой|лезвием|ножом)\b",
            _unless(r"сериал\w*|фильм\w*|кино|книг\w*|роман\w*|героиня|персонаж\w*")
            + r"(\bвскры(ть|ла|л|ю) (себе )?вены\b|\bвены\b.{0,10}\b(порезал\w*|вскрыл\w*|режу)\b)",
            r"\bвсем будет лучше без меня\b",
            # Not a wish of years ago told as history, unless it is back now (eval/dev/ru-AA.yml: "в 2019 я хотела уйти из жизни").
            rf"^(?!(?=.*\b((19|20)\d\d|{_PAST_RU})\b.{{0,60}}\bхотел\w* (\w+ )?уйти из жизни\b)(?!.*\b(снова|опять|сейчас|сегодня) (\w+ )?(хочу|думаю|собираюсь)\b))"
            r".*(\b(уйти|уйду) из жизни\b|\bсвести сч[её]ты с жизнью\b)",
            r"\bнет смысла (жить|больше жить)\b|\bне вижу выхода\b(?! (с|со) (этой |этим |этими )?\S*(behorde|amt|center|kasse|бумаг|документ|бюрократ|термин|antrag))",
            r"\bне проснуться\b",
            r"\bзавтра меня (уже )?не будет\b(?! (дома|на|в|во|у|до|после|с)\b)",
            r"\bne (hochu|xochu|khochu|mogu) (bolshe )?zhit|\bzhit (bolshe )?ne (hochu|xochu|khochu)",
            r"\b(pokonchit|pokonchu) s sobo[iy]|\b(ubit|ubyu|ubiu) sebya\b",
            r"\b(hochu|khochu) umeret\b|\bvypila vse tabletki\b",
            r"\b(ustala|ustal|nezachem|ne zachem) zhit\b|\bne vizhu smysla zhit",
            r"\b(poproshchalas|poproshchalsya|poproshalas|poproshalsya) so vsemi\b"
            r"|\b(segodnya|nochyu) (vse|vsyo|vso) (zakonchitsya|konchitsya)\b",
            r"\b(eto|vot) (moe|moyo|moio) poslednee soobsh",
            # A decision taken, then a farewell ("Я всё решил. Спасибо, что были рядом"), or "не ищите меня".
            r"\b(вс[её]|все) (уже )?решил[аи]?\b.{0,40}\b(спасибо,? (за вс[её]|что был\w*)|прощайте|прощай|простите|не ищите|позаботьтесь)",
            r"\bне ищите меня\b|\bменя (не надо |не нужно )?не ищите\b",
            r"\b(кот|кошк|собак|пса|попуга|хомяк|питомц)\w*\b.{0,80}\b(некому|меня (уже )?не будет|после (сегодняшнего|этой ночи|завтрашнего))",
            r"^(это|вс[её]|все) (конец|кончено)$|^(я )?(больше|уже) не могу$|^не могу (больше|уже)$",
            r"\b(не (надо|нужно|прошу|пытайтесь|стоит)|прошу не) (меня )?отговаривать\b|\bменя не отговорить\b",
            # A prayer to be taken, "I will come to You myself".
            r"\b(господи|боже),? (\w+ )?прими (меня|мою душу|душу мою)\b|\b(сам|сама) к тебе (приду|иду)\b",
            # Goodbye to everyone, a call to say goodbye, "не ищи меня".
            r"^всем (пока|прощайте|прощай)\b.{0,20}\b(простите|прощайте|не поминайте)",
            r"\bне ищи меня\b|\b(звоню|звонила|звонил|пишу|написал\w*|позвонил\w*),? (чтобы )?попрощаться\b"
            r"(?!.{0,40}\b(перед|уезжа\w*|переезжа\w*|отпуск\w*|отъезд\w*)\b)",
            # Affairs settled twice over (a will, bills, keys, things given away), or once and "it will work soon".
            rf"({_SETTLED_RU}).{{0,120}}({_SETTLED_RU}|подейству\w*|подходящ\w* (вечер|день|ночь|момент))",
            # Meeting the dead "there".
            r"\b(скоро|сегодня|наконец) (встречусь|увижусь|буду) с \w+\b.{0,40}\b(там|на том свете|на небесах)\b"
            r"|\bна том свете\b.{0,30}\b(встреч\w*|увиж\w*|жд[её]т|ждут)\b",
            r"\b(всех|вас) освобожу\b|\bосвобожу (всех|вас) от себя\b",
            # Means gathered or at hand: pills saved up, a gun beside them, at an open window high up.
            r"\b(таблет|tabletten|снотворн|лекарств)\w*\b.{0,50}\b(собрал\w*|сложил\w*|ссыпал\w*) в (одну|одно|одну кучу)\b"
            r"|\b(коплю|копил\w*|накопил\w*|припас\w*|припрятал\w*) (\w+ ){0,2}(таблет\w*|tabletten|снотворн\w*)"
            r"|\b(таблет|tabletten|снотворн)\w*\b (\w+ ){0,2}(коплю|копил\w*|накопил\w*|припас\w*|припрятал\w*)\b",
            r"\b(ружь[её]|пистолет|револьвер|обрез)\w*\b.{0,25}\b(лежит |заряжен\w* )?(рядом|передо мной|на столе|в руке|в руках|у виска)\b",
            r"\b(стою|сижу) (у|возле|перед) (открыт\w+ )?(окна|окном|балкона|балконом)\b.{0,40}\b(этаж\w*|считаю|вниз|прыгн\w*)",
            r"\bна (мосту|крыше|перилах|рельсах|карнизе) (стою|сижу)\b"
            r"(?=$|.{0,40}\b(не могу|больше|простите|прощайте|прыгн\w*|вс[её]|конец|сил|сказать|попрощаться)\b)",
            # A plan and the means bought.
            r"\b(план|способ)\b (\w+ ){0,4}(уже )?(есть|готов|придумал\w*|продумал\w*)\b.{0,40}\b(таблет\w*|верев\w*|снотворн\w*|купил\w*|лезви\w*)",
            # eval/dev/ru-AA, ru-AD, ru-AE (twelfth session: an addiction counsellor's clients, a Jewish
            # community's older members and mourners, children and teenagers): everything taken at once
            # tonight, "пусть не будят", a bridge or the rails today, a farewell and then no answer, a
            # locked door and silence, going to the dead husband with the pills ready, a candle lit for
            # oneself, a hose bought for the car.
            r"\b(сегодня|сейчас|щас|ночью|вечером)\b.{0,20}\b(приму|выпью|закинусь|вколю|проглочу|запью) (\w+ )?(вс[её]|все)\b(?! (к сведению|как есть|меры|равно|вино|пиво|лекарств\w* по|по (схеме|рецепту)))",
            r"\b(приму|выпью|закинусь|поставлю|вколю|проглочу|запью) (\w+ )?(вс[её]|все|их) (сразу|разом|вместе|за раз)\b",
            r"\b(мне|мне уже) конец\b.{0,30}\b(выпил\w*|принял\w*|наглотал\w*|сожрал\w*)\b|\b(выпил\w*|принял\w*|наглотал\w*) (\w+ )?вс[её]\b.{0,30}\bмне конец\b",
            rf"(\b(копил\w*|коплю|накопил\w*|собирал\w*)\b.{{0,40}}{_DRUGS_RU}|{_DRUGS_RU}.{{0,40}}\b(копил\w*|коплю|накопил\w*|собирал\w*)\b).{{0,60}}\b(их|как раз|точно|наверняка|должно) хватит\b(?! на\b)",
            r"\bпусть (меня )?(больше )?не будят\b(?! до\b)|\bпроснусь так проснусь\b|\bне (хочу|хочет|хочется|хотела?) (больше|уже) просыпаться\b|\bне (хочу|хочет|хочется) просыпаться\W*$",
            r"\bсегодня (мост|крыша|рельсы|поезд) (простите|прощайте)\b|\bсегодня (мост|рельсы)$",
            r"\b(стою|сижу) на (мосту|крыше|перилах|рельсах|карнизе)\b.{0,80}\b(проще|не могу|простите|прощайте|прыгн\w*|конец|вода|вниз)\b",
            r"\bя (сейчас|щас) на (мосту|крыше)\b(?!.{0,30}\b(пробк\w*|работ\w*|ремонт\w*)\b)",
            r"\bсмотр\w* на (рельсы|воду|поезда)\b.{0,60}\b(проще|легче|лучше всем|конец)\b",
            # A farewell "прости меня", not a polite "простите, Jobcenter не отвечает".
            r"\b((прости|простите) (меня|за вс[её]|вс[её]х|все)|мам(а|очка)? прости|прости,? мам\w*|слово прости)\b.{0,60}\b(не отвечает|не берет|выключил\w* телефон|телефон выключен|не открывает)\b"
            r"|\b(выключил\w* телефон|не отвечает)\b.{0,30}\b(прости|простите) меня\b",
            # A message for the family through someone: "передайте маме, что я её люблю", "маме скажи, что я не виноват".
            r"\b((скажи|скажите|передай|передайте) (маме|папе|детям|родителям|жене|мужу)|(маме|папе|детям|родителям) (скажи|скажите|передай|передайте))\b"
            r".{0,15}\b(что я ((\w+ ){0,2}(люблю|любил\w*)|не виноват\w*)|(я )?(их|ее|его) люблю)\b",
            r"\bсегодня последний (день|вечер),? (как|когда) меня\b|\bпоминальн\w* свеч\w* по себе\b|\bкадиш\w* (\w+ )?(по (себе|мне)|сразу по двоим)\b",
            r"\b(зажгу|зажигаю) (\w+ )?в последний раз\b(?!.{0,30}\b(в этой|в этом|перед переезд\w*|здесь|тут)\b)",
            r"\b(сегодня|этой ночью|ночью|сейчас)\b.{0,30}\b(иду|пойду|ухожу|уйду) к (нему|ней|мужу|жене)\b"
            r"(?=.{0,60}\b(приготовил\w*|решил\w*|собрал\w* (\w+ ){0,2}таблетки|не отговаривайте|простите|прощайте|насовсем)\b)",
            r"\b(устал\w*|хватит|насовсем)\b.{0,30}\b(иду|пойду|ухожу|уйду) к (?!(врач|доктор|терапевт|стоматолог|юрист)\w*\b)[а-я]+(у|е|ю)\b.{0,30}\bтаблетки (уже )?(выпил\w*|принял\w*)\b",
            r"\bк (\w+ ){0,4}на (кладбище|небеса|небо|тот свет)\b.{0,20}\bнасовсем\b",
            r"\b(б г|бог|господь|всевышн\w*) (меня )?прост\w*\b.{0,40}\b(ухожу|уйду|решил\w*|прощайте)\b",
            r"^(?!.*\b(полив\w*|сад\w*|дач\w*|огород\w*|душ\w*|стирал\w*)\b).*(\bшланг (\w+ ){0,2}(купил\w*|готов|приготовил\w*)\b|\bкупил\w* шланг\b)",
            r"\b(проиграл\w*|долг\w*|кредит\w*|казино)\b.{0,60}\bне будет моей проблемой\b",
            r"\b(больше не увидите|больше не увидим|не увидите меня)\b.{0,60}\b(тихо|тишина|не открывает|заперся|закрылся|заперлась|закрылась)\b",
            r"^(?=.*\b(передоз\w*|таблет\w*|простите меня|прости меня|не увидите|не увидим|прощай\w*|лезви\w*|не приду|лехитраот)\b).*"
            r"\b(закрыл\w*|заперл\w*|заперся)\b (\w+ )?(в комнате|в ванной|в туалете|в спальне)\b.{0,100}\b(тишина|тихо|что то упало|не отвечает|дверь заперта)\b",
            r"\bхочу,? ?чтоб(ы)? меня (просто )?не было\b(?! (на|в|дома|здесь|там)\b)",
            r"\bпуст(ые|ых) (блистер\w*|пачк\w*|упаковк\w*|баночк\w*)\b.{0,80}\b(не отвечает|не просыпается|мычит|отключ\w*|не реагирует|прости\w*)",
            r"\bживым (не дамся|не дастся|не сдамся)\b",
            rf"{_DRUGS_RU}.{{0,40}}\bсегодня вс[её] (вместе|сразу)\b",
            r"\b(хотел\w*|хочу) (хоть )?кому( то)? сказать,? перед тем как\W*$",
            r"\b(этой|сегодня) ночью (я )?(закончу|покончу)\b.{0,30}\bвс[её] (уже )?(приготовлен\w*|готово|приготовил\w*)",
            # eval/dev/ru-AG (Russian-speaking Israelis, Hebrew words) and ru-AH (trafficking and labour
            # exploitation): tired of being alive, leaving quietly tonight, "I decided" with the pills and
            # the note, "if you are reading this", a hand reaching for the gun, stepping out onto the
            # balcony after the farewells, on the edge of a roof or a crane, all the pills at once, "better
            # down there than to him".
            r"\bустал\w* быть жив(ым|ой)\b",
            r"\b(сегодня|этой ночью|ночью)\b.{0,20}\bуйду\b.{0,20}\b(тихо|навсегда)\b",
            r"\bя решил\w*\b.{0,30}\b(таблетки (рядом|готовы|собрал\w*)|записку (написал\w*|оставил\w*))",
            r"\bесли (ты|вы) (это )?чита(ешь|ете)\b.{0,40}\b(на крыше|на мосту|меня уже нет|прощай\w*)",
            r"\b(ствол|пистолет|ружь\w*)\b.{0,60}\bруки (сами )?(к нему )?тянутся\b",
            r"\bперед тем как (я )?(выйду|шагну|прыгну) (на балкон|с балкона|в окно|с крыши)\b",
            rf"{_DRUGS_RU}.{{0,80}}\b(часть|половину) уже (выпил\w*|принял\w*|проглотил\w*)",
            r"\b(стоит|сидит|стою|сижу) на (мосту|крыше|карнизе)\b.{0,40}\b(перил\w*|не отходит|на краю)",
            r"\b(стою|сижу|стоит|сидит) на краю\b.{0,30}\b(этаж\w*|крыш\w*|моста|обрыва)",
            r"\b(на кране|на крыше|на мосту|на лесах)\b.{0,40}\bне спущусь\b",
            r"\b(все|вс[её]) (\w+ ){0,2}(таблетки|таблеток|лекарства|снотворное) (\w+ )?(выпил\w*|принял\w*|проглотил\w*) (сразу|разом)\b",
            r"\b(выпил\w*|принял\w*|проглотил\w*|наглотал\w*) (всю|целую) (упаковку|пачку|банку|коробку)\b"
            r"(?! (пив\w*|сок\w*|кол\w*|вод\w*|молок\w*|чипс\w*|конфет\w*|печень\w*|чая|чаю|кофе)\b)(?!.{0,20}\bза (месяц|неделю)\b)",
            r"\b(выпил\w*|проглотил\w*|наглотал\w*) вс[её],? что (было|нашл\w*) (в аптечке|дома)\b",
            r"\bне могу больше\b.{0,40}\bлезви\w*|\bлезви\w*.{0,40}\bне могу больше\b",
            r"\bмне не жить\b.{0,40}\b(сутен\w*|клиент\w*|сегодня)\b",
            r"\bлучше (я )?(в окно|вниз),? чем\b|\bлучше (я )?туда,? чем к (нему|ним|этому)\b|\bлучше (я )?(вниз|в окно|туда вниз)\b(?!.{0,20}\b(посмотр\w*|спущусь|пешком)\b)",
            r"\b(сидит|стоит|сижу|стою) на подоконнике\b.{0,30}\b(окно открыто|открыто окно|этаж\w*)",
            # eval/dev/ru-AK (Russian as a second language: Central Asia and the Caucasus): pills already
            # inside, the last video from a roof, a farewell said to the mother through a brother, a
            # goodbye and the bridge "I'm already here".
            r"\bтаблетки (уже )?внутри\b",
            r"\b(вс[её]|все) (уже )?решил\w*( уже)?\b.{0,60}\bтаблетки (\w+ )?(собрал\w*|накопил\w*|готовы|рядом)",
            r"\bэто (мое )?последнее (видео|фото|сообщение|пост)\b(?! (по|на|в этом|про)\b)(?!.{0,30}\b(перед (отпуском|поездкой|переездом)|в этом году|на сегодня)\b)",
            r"^прощай\w*\b.{0,40}\b(мост|крыш\w*|рельс\w*)|\bмост\b.{0,30}\bя уже (тут|здесь|там)\b",
            r"\b(прости|простите) меня\b.{0,40}\bтелефон выключил\w*",
            # eval/dev/ru-AI and ru-AL, read after their first figures (people with disabilities and their
            # families; deportation detention and prison): not getting on the plane alive, a car running
            # in the garage, "I'll make it so nobody deports me", "tonight everything", nowhere to live
            # and no reason, gone by morning, pills gathered "enough for everything", hanging now, the
            # sheet torn into strips, together off the bridge, taking the child along.
            r"\b(живым|живой) (в самол[её]т )?не (сяду|полечу|поеду)\b|\bв самол[её]т (живым|живой) не (сяду|полечу)\b",
            r"\b(в машине|в гараже)\b.{0,40}\b(заведенн\w* (мотором|двигателем)|мотор работает|двигатель работает)",
            r"\bпозаботь(ся|тесь) о (детях|маме)\b.{0,30}\bсегодня\b",
            r"\bсделаю так,? что(бы)? меня (никто|больше) (никуда )?не\b",
            r"\b(сегодня|этой) ночью вс[её]$|\bвс[её] решил\w*\b.{0,20}\bсегодня\b.{0,30}\bспасибо (вам )?за вс[её]",
            r"\bнегде жить и незачем\b|\b(незачем|не для кого) (жить )?\b.{0,20}\bухожу\b",
            r"\bдо утра (его|ее|меня) (уже )?не будет\b",
            r"\bтаблетки (\w+ )?(собрал\w*|накопил\w*)\b.{0,20}\bхватит\b",
            r"\b(сижу|стою) на мосту\b.{0,30}\bрешил\w*",
            r"\bвс[её] равно,? проснусь (или нет|ли)\b",
            r"\bя сегодня умру\b(?! (со смеху|от|с)\b)",
            r"\bя прыгну (в окно|с крыши|с моста|с балкона)\b",
            r"\b(нет сил|не могу больше)\b.{0,40}\bзаберу (\w+ )?(сына|дочь|дочку|ребенка|детей) с собой\b",
            r"\bвместе с (моста|крыши|балкона)\b",
            # Not someone who "вешается на шею": hanging said with when or where.
            r"\b(сказал\w*|пишет|грозит\w*|сегодня|ночью)\b.{0,30}\bповесится\b|\b(он|она) (там|щас|сейчас) вешается\b"
            r"|\bвешается (в|на) (камере|ванной|туалете|душевой|подвале)\b|\bпростын\w* (\w+ )?(на полоски|скрутил\w*)",
            r"\bкупил\w* (\w+ )?таблет\w* много\b",
            r"\b(разобь[её]т|разобью) себе голову\b",
            r"\bзвонил\w* (всем|родным)\b.{0,40}\bпрощал\w*(?!.{0,40}\b(отъезд\w*|переезд\w*|отпуск\w*)\b)",
        ],
        "he": [
            # eval/dev/he-L (thirteenth session: religious Hebrew speakers in Germany, danger said through
            # religious idioms): better for everyone if I were not here, no longer having to get up tomorrow,
            # Kaddish to be said for me "if something happens", to stop waking up, a share in the world to
            # come no longer mattering, life insurance "if I am not here", not eating and deserving to suffer,
            # pills set aside until the children sleep, debts settled and a will written "now I am calm", the
            # window open and sitting by it, standing on the bridge for half an hour, a knife that calls,
            # the confession said not on Yom Kippur, going home to the father "up there" or being united with
            # the mother in the world of truth, waiting for the moment nobody is home, better to vanish
            # completely, praying to be taken and thinking of "helping", planning how to end it, a farewell
            # through someone, a letter left to be found tomorrow, the last night of suffering, books given
            # away, doing it oneself, closing the eyes and not opening them again, "it is over, sorry to
            # all", checking how high the roof is, staying down in the water, hell sounding quieter.
            r"(לטובה|יותר טוב|יותר קל|יותר בקלות|קל יותר)\b.{0,40}\bאם (אני )?לא (אהיה|תהיה (לה|להן|להם|לו) אמא|יהיה (לה|להן|להם|לו) אבא)\b"
            r"|\bאם (אני )?לא אהיה\b.{0,30}(לטובה|יותר טוב|יותר קל)",
            r"מחר (כבר )?לא (אצטרך|אצטרכ) לקום",
            r"(עליי|עלי) קדיש אם יקרה (לי )?משהו",
            r"להפסיק להתעורר",
            r"שמרתי את (כל )?ה?(כדורים|תרופות)\b.{0,60}(ספרתי|סופר|סופרת|מספיק)",  # gathered (אספתי) is caught above
            r"(מי שעושה את זה|מי שמתאבד)\b.{0,60}(לא (בטוח|בטוחה) (ש)?אכפת לי|כבר לא אכפת לי)",
            r"ביטוח (ה)?חיים\b.{0,40}אם (אני )?לא (פה|כאן|אהיה)",
            r"לא (אוכלת|אוכל) כבר\b.{0,40}(מגיע לי לסבול|לא בשביל תענית)|הפסקתי לאכול\b.{0,40}(שזה ייגמר|לא תענית)",
            r"(כדורים|תרופות)\b.{0,80}(רק )?מחכה (ש|עד ש)(הילדים|כולם|בעלי|אשתי) (יירדמו|ילכו לישון|ייצאו|יצאו|ילך לישון|תלך לישון|יירדם|תירדם|ייצא|תצא)",
            r"(סגרתי|החזרתי|שילמתי) את כל (החובות|ההלוואות)\b.{0,80}צוואה\b.{0,40}עכשיו אני (שקט|שקטה|רגוע|רגועה|מוכן|מוכנה)",
            r"(החלון|חלון)\b.{0,40}פתוח\b.{0,20}(ואני )?(יושב|יושבת|עומד|עומדת) (לידו|עליו|בו)",
            r"(עומד|עומדת|יושב|יושבת) על (ה)?(גשר|גג)\b.{0,40}(כבר (חצי )?שעה|כבר שעה|כבר שעתיים)",
            r"(הסכין|הכדורים|החבל)\b.{0,30}(קורא|קוראת|קוראים) לי",
            r"אמרתי (היום |כבר )?וידוי\b(.{0,20}לא ביום כיפור|\s*$)",
            r"(רוצה|רוצה ל|הולך|הולכת) ?(להתאחד עם|ללכת הביתה,? ל|ללכת ל|לעלות ל)\S*\b.{0,30}(בעולם האמת|שם למעלה|בשמיים)",
            r"מחכה (רק )?לרגע ש(אף|אפ) אחד לא (יהיה|יהיו) בבית",
            r"עדיף ש?(אני )?(פשוט )?(אעלם|איעלם)\b(,? לגמרי|\s*$)|עדיף ש?(אני )?(פשוט )?(אמות|לא אהיה (פה|כאן|בחיים))",
            r"^(?!.*(בבוא היום|בעוד (\S+ )?שנים|כשאהיה זקן|כשאהיה זקנה)).*(מתפלל|מתפללת|מבקש|מבקשת)\S* ש?(ה'?|השם|הקב\"?ה|ריבונו של עולם)? ?(ייקח|יקח|תיקח) אותי"
            r"|קח אותי (בשינה|אליך|מפה|מהעולם)",
            r"(מתכננת|מתכנן|מתכננים)\b.{0,30}(איך|איכ) לסיים (עם זה|את זה|את הכל|את החיים)",
            r"תגידו ל(אמא|אבא|אשתי|בעלי|הילדים|ילדים)\S* (שלי )?ש?(אמרתי|אני אוהב|אני אוהבת|סליחה|אהבתי)",
            r"(כתבתי (ל(בעלי|אשתי|אמא|אבא|הילדים|ילדים|המשפחה|ההורים)\S* )מכתב|כתבתי מכתב ל(בעלי|אשתי|אמא|אבא|הילדים|ילדים|המשפחה|ההורים))\b"
            r".{0,60}(יראה|תראה|ימצא|תמצא|ימצאו|יקרא|תקרא) אותו (מחר|בבוקר)",
            r"(הלילה|היום) (ה)?אחרון ש(אני )?(סובל|סובלת)",
            r"(חילקתי|נתתי|מסרתי) את (כל )?ה?(ספרים|דברים|חפצים|בגדים|תכשיטים) שלי\b.{0,80}(נוסע|נוסעת|לא שאל|לא אצטרך|כבר לא)",
            r"^(?=.*(קח אותי|ייקח אותי|יקח אותי|למות|להתעורר|לסגור את העיניים)).*(צריכה|צריך|צריכ) לעשות (את זה )?בעצמי",
            r"לסגור את העיניים ולא לפתוח (אותן|אותם) (יותר|שוב)",
            r"(די|זהו),? נגמר\b.{0,10}סליחה|נגמר,? סליחה לכולם",
            r"(לבדוק|בדקתי|עליתי לבדוק) כמה גבוה (ה)?(גג|גשר|בניין|מרפסת|קומה)",
            r"(מקווה|במים|בים|בבריכה|באמבטיה|בנהר)\b.{0,60}להישאר (למטה|מתחת למים)",
            r"(גיהנום|גהינום)\b.{0,20}(נשמע לי )?יותר (שקט|טוב|נעים)",
            _PAST_ATTEMPT_HE
            + r"(?!.*(חחח|סתם\b))(?!.*ש(התאבד|התאבדה)\b.{0,30}לפני)(?!.*(חשבתי|חשב|חשבה) (פעם )?על התאבדות.{0,30}(לפני|בעבר))"
            # A school project on suicide prevention (eval/dev/he-I.yml).
            + r"(?!.*(מניעת התאבדות|מצגת|עבודה בבית ספר|מה הדין|שאלה שעלתה|בשיעור))"
            + r".*(להתאבד|התאבדות|אתאבד|מתאבד|יתאבד|תתאבד|להתעבד|אובדני)",
            # Said sideways (eval/dev/he-D.yml): affairs settled "before", a dose not to wake up, how
            # long until one is found, a toxic drug stored up, a rope at hand, easier if I vanished,
            # what a jump from a height feels like.
            r"לסדר (את )?הכל לפני$|(בשביל|כדי) (ש?לא להתעורר|שלא אתעורר)",
            r"כמה זמן (לוקח )?עד (ש)?(מוצאים|ימצאו|מגלים|יגלו) (אותו|אותי)",
            r"(רעיל|קטלני)\S*.{0,60}(יש לי|אספתי|שמרתי)\S*.{0,30}(קופסאות|כדורים|חבילות)",
            r"יש לי חבל (ב|מוכן|קשור)|הקש האחרון.{0,60}חבל",
            r"אם (אני )?(אעלם|איעלם|אמות|לא אהיה).{0,40}(פשוט|קל|טוב) יותר",
            r"(קופץ|קופצת|לקפוץ|שקופץ|שקופצת) מ(קומה|הגג|גג|גשר|הגשר).{0,40}(מרגיש|כואב|מהר|מיד)",
            r"לא (רוצה|רוצהה|מסוגל|מסוגלת|יכול|יכולה) (יותר )?(לחיות|להמשיכ לחיות)(?!( ככה)? ((ב|מ)\w|(עמ|פה|כאנ|ליד|על|בלי|אצל)\b))",
            r"(?<!לא )(?<!לא שאני )(רוצה|רוצימ|בא לי) (פשוט )?למות(?! (מבושה|מצחוק|משעמומ|מרעב))",
            # eval/dev/he-F.yml: how long dying takes, sparing the family the cost, nothing left of
            # me after I go, the highest bridge "not for a trip".
            r"כמה זמן (לוקח )?למות|(מת|ימות|אמות)\S*.{0,80}לחסוכ (להמ|לה|לו|לילדימ) את זה",
            r"שלא (יישאר|ישאר) ממני (כלומ|שומ דבר)",
            r"הכי גבוה.{0,30}לא בשביל",
            r"(אינ לי (יותר )?כוח|נמאס לי|עייפ|עייפה|אינ (לי )?סיבה|אינ (לי )?בשביל מה|אינ בשביל מה|(שומ|אינ) סיבה) "
            r"(יותר )?(ל?המשיכ )?(לחיות|להישאר פה|להישאר בחיימ)(?!( ככה)? ((ב|מ)\w|(עמ|פה|כאנ|ליד|על|בלי|אצל)\b))",
            r"^(?!.*לפני (\S+ )?(שנימ|שנה|שנתיימ)\b.{0,60}(ניסיתי|ניסה|ניסתה)).*(לשימ (קצ|סופ) (ל?חיי|לזה|להכל)|לשימ (לזה|להכל|לחיי|לחיימ) (קצ|סופ))",
            r"(אינ לי כוח|נמאס לי|לא (יכול|יכולה|מסוגל|מסוגלת) יותר).{0,40}(היומ|הלילה|עכשיו) (אני )?(עושה|אעשה) את זה",
            r"(לגמור|גומר|גומרת|אגמור) (עמ|את) הכל|לגמור עמ החיימ",
            r"לסיימ את (החיימ|חיי)|החלטתי לסיימ( (הכל|את הכל|עמ הכל|את זה))?$",
            # Farewell.
            r"(זאת|זו|זה|אלה|אלו|הנה) (ה)?(הודעה|מילימ|שורות|מכתב)(ה)? (ה)?אחרונ(ה|ות|ימ)? שלי",
            r"(להיעלמ|להירדמ|לישונ|הולכ|הולכת|נעלמ|נעלמת|אעלמ|נפרד|נפרדת) (לתמיד|לנצח)",
            r"(נפרדתי|נפרדת|נפרד|להיפרד) (כבר )?מ(כולמ|כל אחד|העולמ|הילדימ|החיימ)",
            r"(הלילה|עוד מעט) הכל (נגמר|ייגמר|יגמר|מסתיימ|יסתיימ)|הכל (נגמר|ייגמר|יגמר) (הלילה|היומ)|(הלילה|עוד מעט) זה (נגמר|ייגמר|יגמר)$",
            r"(רוצה|רוצימ) שהכל (כבר )?(ייגמר|יגמר|יסתיימ)\b(?! (עמ|ב)\S*)",
            r"(מחר|הלילה) (כבר )?לא אהיה\b(?! (בבית|במשרד|זמינ|זמינה|ב\S+))",
            r"תגידו ל(אמא|אבא|בת|בנ|ילדימ|בעלי|אשתי|משפחה|אחות|אח|הורימ|סבתא|סבא|נכדימ)\S* (שלי )?ש(אני )?(אוהב|אוהבת|מצטער|מצטערת|סליחה)",
            r"(חילקתי|נתתי|מסרתי|כתבתי צוואה).{0,40}(מסודר|הגיע הזמנ|נפרדתי|הלילה|נגמר|לתמיד)",
            # Passive death wish.
            # "עדיף לי למות בבית שלי מאשר בחדר עם זרים" (eval/dev/he-H.yml) compares where to grow old.
            r"^(?!.*למות .{0,40}מאשר).*(עדיפ (ש)?(אני )?(אמות|אמות|מת|מתה)\b|עדיפ (לי )?למות|עדיפ שלא אהיה)",
            r"(הלוואי|עדיפ|טוב יותר)\b.{0,12}\b(שלא|לא) (הייתי )?נולד",
            r"אפ אחד לא (יתגעגע|יחסר לו|ירגיש בחסרוני)|אפ אחד לא (ישימ לב|ירגיש)\b.{0,15}(אמות|אעלמ|איעלמ|לא אהיה|ימות)",
            r"(יהיו|יהיה) .{0,20}(מאושרימ|טוב יותר|יותר טוב|קל יותר|יותר קל) .{0,10}(כש|בלי|אמ) ?(לא אהיה|אני לא|אמות|אעלמ)",
            r"\bרק נטל\b|נטל על כולמ|שקט ממני",
            r"(להיות|להצטרפ|ללכת|לעלות) (עמ |אל |ל)?\S{2,12}( שלי)? (שנפטר|שנפטרה|שמת|שמתה|המנוח|המנוחה)",
            r"(לא רוצה|נמאס לי|לא מסוגל|לא מסוגלת) (יותר )?להתקיימ|להפסיק להתקיימ",
            r"מחשבות (על |של )?(ה)?(מוות|התאבדות|למות)\b(?! (של|ה)\S*)",
            r"כמה כדורימ.{0,25}(למות|לא להתעורר|קטלני|קטלנית)",
            # On a height or the tracks.
            r"(לקפוצ|קופצ|קופצת|אקפוצ)\b.{0,10}(מ|מה)?(גג|חלונ|גשר|מרפסת)|(גשר|גג|אדנ החלונ|מרפסת|חלונ)\b.{0,30}(לקפוצ|קופצ|קופצת)",
            r"(לקפוצ|לזרוק את עצמי|להשליכ את עצמי) (מול|לפני|מתחת ל|על) ?(ה)?(רכבת|אוטו|משאית|פסימ)",
            r"(עומד|עומדת|יושב|יושבת|שוכב|שוכבת) (עכשיו |כרגע |כבר )?על (ה)?(גג|מעקה|אדנ|פסי|פסימ)\b",
            r"אני (עכשיו |כרגע |כבר )?על (ה)?(מעקה|אדנ)|(אני|עומד|עומדת|יושב|יושבת) (עכשיו |כרגע |כבר )?על (ה)?(גג|גשר|פסי)\b(?=$|.{0,30}(אינ לי כוח|סליחה|נמאס|לקפוצ|לתמיד|שלומ|יותר))",
            # Means at hand.
            r"^(?!.*(שוכח|שוכחת|לזכור|להזכיר|מזכיר|מזכירה|תזכורת))(?!.*לפני (\S+ )?(שנה|שנתיימ|שנימ|חודש|חודשימ).{0,80}בלעתי.{0,120}היומ אני בסדר).*(לבלוע|בלעתי|אבלע|לקחתי|לקחת|אקח|הולכת לקחת|הולכ לקחת) .{0,25}(כדורימ(?! (נגד|לכאב|לראש|אנטיביוטיקה)\b)|כדורי שינה)",
            r"(לקחתי|בלעתי) (כבר )?(חצי|כל|את כל) ?(ה)?(חפיסה|חפיסות|קופסה|קופסאות|פס)",
            r"כדורימ.{0,40}(לקחת|לבלוע|אקח|אבלע) את כולמ",
            r"(כל|קופסה שלמה של) (ה)?כדורי(מ)?\b",
            r"(ה)?(כדורימ|סכינ|סכינ גילוח|חבל|להב|סכינימ) (כבר )?(פה |כאנ )?(ביד|בידיימ|לידי|מולי)",
            r"להרוג את עצמי|אהרוג את עצמי",
            r"אינ (לי )?(טעמ|מוצא) (לחיות|בחיימ)?",
            r"לא (רוצה|רוצהה) להתעורר|להירדמ ולא להתעורר|להירדמ ולא לקומ",
            r"(חתול|חתולה|כלב|כלבה|תוכי)\S*.{0,80}(לא יהיה מי ש|כבר לא אהיה|אני כבר לא)",
            r"^(זהו|זה נגמר|זה הסופ),? ?(אני )?(הולכ|הולכת)?$|^אני לא (יכול|יכולה) יותר$",
            # Farewell letters, not a letter ending a relationship or a job ("כתבתי לו מכתב פרידה").
            r"(?<!לו )(?<!לה )מכתב(י)? פרידה(?! (ל|אל )?(ה)?(חבר|חברה|בוס|עבודה|מנהל|מנהלת|מהעבודה)\b)(?!.{0,40}(פרידה|אקס|לסיימ את הקשר))",
            r"יותר (טוב|קל) בלעדי|(טוב|קל) יותר בלעדי",
            r"הכנתי (את )?(ה)?(חבל|כדורימ|סכינ)",
            r"(ה)?חבל (כבר )?(מוכנ|קשור|תלוי)\b|עברתי את (ה)?מעקה",
            r"(קניתי|אספתי|צברתי|שמרתי) (\S+ )?כדורי.{0,60}(הלילה|החלטתי|גומר|גומרת|לסיימ)",
            r"(הלילה|היומ|מחר|עכשיו) (אני )?(גומר|גומרת) עמ זה\b",
            r"(עושה|אעשה|הולכ לעשות|הולכת לעשות) את זה.{0,30}(הכל מתוכננ|תכננתי)|(הכל מתוכננ|תכננתי).{0,40}(עושה|אעשה) את זה",
            r"(ילכו|נלכ|הולכימ|הולכ|הולכת)( \S+)? (ביחד )?(לאלוהימ|לשמיימ|לגנ עדנ)\b",
            r"(לא אוכל|לא אוכלת|לא שותה)\S*.{0,40}בכוונה|להיעלמ (ו)?ש(זה|הכל) (ייגמר|יגמר)",
            *_HEBREW_IN_LATIN["suicide"],
            # eval/dev/he-G (twelfth session: Hebrew speakers in Berlin, reservists, older people): pills
            # gathered, "this is the night", a rope bought, "this time all the way", leaving the stage or
            # closing the shop for good, only so that someone knows before, on the bridge looking at the water.
            r"(אוספת|אוספ|אספתי|אגרתי|צוברת|צברתי) (כבר \S+ )?(את )?(כל )?ה?(כדורימ|תרופות)",
            r"זה הלילה\b.{0,30}(אינ לי כוח|נמאס|די|סליחה)",
            r"קניתי חבל(?!.{0,20}(כביסה|קשירה|טיפוס|ספורט))",
            r"(הפעמ|בפעמ הזאת) (הוא |היא |אני )?(הולכ|הולכת) עד הסופ",
            r"(יורד|יורדת) מהבמה.{0,10}(סופית|לתמיד)|(סוגר|סוגרת) את הבאסטה.{0,10}(לתמיד|סופית)",
            r"(רק )?(רציתי|רוצה) שמישהו (יידע|ידע) (לפני|לפנ)\b",
            r"על (ה)?גשר.{0,60}(המימ|הכי פשוט|לקפוצ|למטה)",
            # eval/dev/he-H (older Israelis, widows and widowers, religious phrases): going to the late
            # spouse today with everything arranged, the rope in the wardrobe, all the husband's medicines in
            # a glass "it will end tonight", pills saved to be with her tomorrow, on the balcony on a high
            # floor, to the river now, "already swallowed".
            r"(היומ|הלילה|מחר) אני (הולכ|הולכת) (ל\S+ שלי|אליו|אליה|לבעלי|לאשתי)\b.{0,60}(צוואה|תודה על הכל)|חייתי מספיק.{0,40}(היומ|הלילה) אני (הולכ|הולכת)",
            r"החבל (כבר )?(בארונ|מוכנ|מחכה)",
            r"(שמתי|שמה) את כל (ה)?(תרופות|כדורימ|טבליות)\S*.{0,30}בכוס|זה (ייגמר|ייגמרו) הלילה",
            r"(שמרתי|אספתי) את כולמ\b.{0,80}(להיות איתה|להיות איתו|אליה|אליו)",
            r"(עומדת|עומד) (ב|על ה)מרפסת.{0,30}קומה|קומה \S+.{0,40}(כמה זה קל|לקפוצ)",
            r"(אני )?(הולכ|הולכת) (לנהר|לגשר|לפסי הרכבת) עכשיו",
            r"^כבר בלעתי\b|כבר בלעתי.{0,30}(לא רוצה עזרה|רק שתדע)",
            r"(המכתב|מכתב) (ל\S+ )?(במגירה|על השולחנ).{0,120}(בלעתי|כוסות וודקה)|(נתתי|הבאתי) (את )?(הכלב|החתול) לשכנה.{0,150}(בלעתי|המכתב)",
            r"(יושב|יושבת) באוטו\b.{0,30}(המנוע (דלוק|עובד)|בגראז)",
            # eval/dev/he-I (Hebrew-speaking teenagers and students): no longer a burden, letters written and
            # what is needed bought, not planning to get up, "if I don't answer tomorrow", on the roof "so
            # that someone knows", see you on the other side, holding the sleeping pills with the bottle open,
            # at the railway tracks.
            r"כבר לא אהיה נטל|סליחה שהייתי נטל",
            r"(כתבתי|השארתי) מכתב\S* (ל(אמא|אבא|ילדימ|בנימ|משפחה|אחותי|אחי)\S*).{0,80}(קניתי מה שצריכ|על השולחנ)|כתבתי מכתב.{0,30}(החלטתי איכ|איכ לעשות)",
            r"(ולא|לא) (מתכננ|מתכננת) לקומ",
            r"אמ מחר (אני )?לא אענה|תדע(י)? שזה לא בגלל(כ|כמ)\b",
            r"(על הגג|על הגשר|ליד הפסימ).{0,80}שמישהו (י)?ידע",
            r"נתראה בצד השני(?! של)",
            r"(מחזיק|מחזיקה) את (ה)?כדור\S*.{0,60}(פתחתי|רק רוצה ש)",
            r"(עומד|עומדת) ליד (ה)?פסימ.{0,60}(רכבות עוברות|חצי שעה|שעה|לא יודע למה|לא יודעת למה)|^(אני )?(עומד|עומדת) ליד (ה)?פסימ$",
            r"לא רוצה להיות (פה|כאנ).{0,30}לא בכלל",
        ],
        # Ukrainian and the Russian-Ukrainian mix some people from Ukraine write (the bot answers in
        # German with the language choice, but the emergency numbers come first).
        "uk": [
            r"\bне (хочу|можу|хочеться) (більше |вже )?жити\b|\bпокінчити (з )?собою\b|\bвбити себе\b|\bхочу (просто )?померти\b",
            r"\b(піду|пiду|йду) (до|на) (річки|річку|мосту|міст)\b.{0,20}\b(і|и) вс[её]\b",
            r"\b(тільки б|тіки б|аби|хоч би)\b.{0,10}\bвс[её] (це )?(закінчилось|скінчилось)\b.{0,60}\b(сьогодні|ввечері|вночі)\b",
            r"\bпрощавайте\b|\bне шукайте мене\b",
            # eval/dev/ru-uk-A.yml (refugees from Ukraine writing Ukrainian or a Russian-Ukrainian mix).
            r"\bхочу (просто )?(вмерти|померти|здохнути)\b",
            r"\bкраще б (мене|мені) (взагалі )?(не було|не жити)\b|\b(краще|легше) б(уло б)?,? якби я не прокинул\w*|\bкраще б я (не прокинул\w*|вмер\w*|помер\w*)",
            r"\b(усім|всім) (буде |би )?(краще|легше) без мене\b",
            r"\bne (hochu|khochu|xochu|mozhu) (bilshe |vzhe )?zhyt[yi]\b",
            r"\b(назбирал\w*|накопичил\w*|збираю|рахую|ховаю)\b.{0,20}\bтаблет\w*|\bтаблет\w* (вже )?(рахую|збираю|назбирал\w*|ховаю)\b",
            r"\b(як|яким чином) це зробит\w*,? (шоб|щоб) не болі\w*|\bзнаю який міст\b",
            r"\b(прощається|прощаюся|прощаюсь)\b.{0,30}\b(вибача\w*|люблю|назавжди)\b",
            r"\bскажіть (мамі|татові|дітям|рідним)\b.{0,20}\b(що|шо) я (її |його |їх )?люблю\b",
            r"\b(дякую|передайте)\b.{0,160}\bбільше не (напишу|побачимось)\b",
            r"\bроздал\w* (свої |всі )?речі\b|\bмені скоро буде спокійно\b",
            r"\bмотузк\w*\b.{0,60}\b(закінч\w*|сьогодні|повіс\w*)\b",
            r"\bлезо\b.{0,40}\b(той день|сьогодні)\b",
            r"\b(зроблю|зробить) (щось|шось) (із|з) собою\b|\b(щось|шось) (із|з) собою (зроблю|зробить)\b",
        ],
        "en": [r"\bkill(ing)? my ?self\b", r"\bsuicid", r"\bwant to die\b", r"\bend my life\b"],
    },
    "self_harm": {
        "de": [
            r"^(?!.*\b(vor (\w+ )?(jahren|jahr|monaten)|fruher|damals|als jugendliche\w*|in der schulzeit)\b)"
            r".*(\britz(e|en)?\b.{0,10}\b(mich|arme?|wieder)|\b(mich|wieder) (ge)?ritz)",
            r"\b(mich selbst|mir selbst) (verletzen|verletze|weh tun|wehtun)|\bverletze mich (selbst)?",
            r"\bselbstverletz",
            r"\bschneide mich\b|\bmich (selbst )?schneiden\b|\bmich (zu |sehr |so |ganz )?tief geschnitten\b",
            r"\bverbrenne (ich )?mich (absichtlich|selbst|mit)\b|\bmich (absichtlich|selbst) (verbrennen|verbrannt|verbrenne)\b",
            # Someone else hurting themselves now ("sie sitzt im Bad und schneidet sich").
            r"\b(schneidet|ritzt|verletzt) sich\b.{0,40}\b(gerade|grad|jetzt|blut\w*)\b|\b(gerade|grad|jetzt)\b.{0,30}\b(schneidet|ritzt) sich\b",
            # eval/dev/de-G: burning oneself with a cigarette, arms cut open deeper, voices ordering a hand cut off.
            r"\bmir\b.{0,20}\b(mit der |mit ner |mit einer )?(zigarette|feuerzeug|kippe)\b.{0,20}\b(arm|hand|haut|bein)\w* verbrannt\b",
            rf"{_PAST_DE}.*\b(arme?|handgelenk\w*|beine?|oberschenkel) (\w+ )?(aufgeritzt|aufgeschnitten)\b",
            r"\b(stimmen?|die stimme)\b.{0,30}\b(soll|muss)\b.{0,50}\b(abschneiden|verletzen|schneiden|ritzen)\b",
            # eval/dev/de-H: a cut that does not stop bleeding, razor blades "viel tiefer als sonst".
            r"\b(geschnitten|geritzt|aufgeschnitten)\b.{0,20}\b(hört|hort) (nicht|nich) auf\b|\b(rasierklinge\w*|klinge\w*)\b.{0,80}\b(tiefer|hört nicht auf)\b",
            # eval/dev/de-I: cutting now and it does not stop, a razor and already begun, a gaping cut.
            r"\bschneid\w* mich (grad|gerade|jetzt)\b",
            r"\b(rasierer|klinge|messer)\b.{0,60}\b(angefangen|es blutet|blutet (viel|stark))",
            r"\b(geschnitten|geritzt)\b.{0,60}\b(klafft|tiefer als sonst)",
            # eval/dev/de-L: cutting "again" at 52, arms scratched open at night, a cigarette put out on the
            # hand or a hammer on the fingers "on purpose", a fist against the wall until it bleeds, a cut too deep.
            r"\britz\w* mich wieder\b",
            r"\b(kratz|kratze|ritz|ritze)\w* mir (nachts |abends |immer )?(die )?(arme|haut|beine|hände) auf\b",
            r"^(?=.*\b(mir|mich)\b).*(\b(ausgedrückt|verbrannt|gehauen|geschlagen|geschnitten|gebrannt)\b.{0,20}\b(absichtlich|nicht aus versehen|mit absicht)\b"
            r"|\b(absichtlich|nicht aus versehen|mit absicht)\b.{0,40}\b(auf die hand|auf den arm|in die hand|in den arm|ausgedrückt|gehauen|verbrannt)\b)",
            r"\b(hau|haue|schlag|schlage)\w* (ich )?(mit der faust|mit dem kopf|den kopf) gegen die wand\b.{0,40}\b(blut|bis)",
            r"^(?!.*\b(gemüse|zwiebel|koch|küche|brot|tomate|kartoffel|schneidebrett)).*\bzu tief (gemacht|geschnitten|erwischt|geritzt)\b",
        ],
        "ru": [
            r"\b(режу|порезала|порезал|резать|порезать|порежу) (себя|себе)",
            r"\b(опять|снова)\b.{0,10}\b(порезала|порезал|режу|резала|резал|порезалась|порезался)\b",
            r"\bпорезал\w* (себе )?(руки|вены|запясть\w*)\b|\bпорезал\w* глубоко\b",
            r"\b(прижигаю|прижгла|прижег|жгу|обжигаю) (себя|себе)\b",
            r"\b(прижига(ю|ла|л|ть)|прижгл(а|и)|прижег)\b.{0,20}\b(руку|руки|кожу|ногу|ноги|запясть\w*|бедр\w*|себ\w*)\b",
            r"\bпорез\w*\b.{0,30}\b(воспал\w*|загно\w*|гно\w*|гной)\b",
            r"\b(причин(яю|ить|ила)|сделать) себе (боль|вред|больно)",
            _unless(r"(видео|ролик\w*|стать\w*|фильм\w*|сериал\w*) (про|о)|не режет|не режу")
            + r"\b(селфхарм|самоповрежд)",
            # eval/dev/ru-T.yml: leaving quietly.
            r"\b(хочу|решил\w*|собираюсь|лучше) (\w+ )?(уйти|уйду) (тихо|навсегда|из жизни)\b",
            r"(?<!не )(?<!уже )\bрежусь\b(?! (в|во) )",
            # eval/dev/ru-V.yml: a relapse after clean months, told by where ("опять сорвалась, бедро").
            r"\b(опять|снова) сорвал(ась|ся)\b.{0,30}\b(бедр\w*|запясть\w*|порез\w*|лезви\w*|шрам\w*)",
            _unless(r"(лет|год\w*|месяц\w*) назад|раньше|в юности|в детстве")
            + r"\b(режу|порезала|порезал) (себе )?(руки|руку|вены|запясть\w*|ноги|бедра)\b",
            # eval/dev/ru-AE: how to make cutting not hurt, "did it again" and now the blood.
            r"\bчтоб(ы)? не (было )?больно\b.{0,30}\b(реж\w*|резать|порез\w*)\b",
            r"\b(сделал\w*) это (опять|снова)\b.{0,80}\b(кров\w*|не могу встать|голова кружится|рукав\w* (весь |вся )?мокр\w*)",
            r"\b(порез\w*|лезви\w*)\b.{0,60}\b(в|на) этот раз (я )?(не остановлюсь|сделаю (нормально|до конца|как надо))"
            r"|\b(в|на) этот раз (я )?(не остановлюсь|сделаю (нормально|до конца|как надо))\b.{0,60}\b(порез\w*|лезви\w*|режу|резать|вены)",
            # eval/dev/ru-AG: fresh cuts on the wrist.
            _unless(_PAST_RU + r"|стар\w*|шрам\w*")
            + r"(\bзапяст\w*\b.{0,20}\bпорез\w*|\bпорез\w*\b.{0,20}\bна запяст\w*)",
            # eval/dev/ru-AI, ru-AL: cutting again and it does not stop, "вскрылся", a head beaten bloody on a door.
            r"\b(режусь|порезал\w*)\b.{0,40}\b(глубоко|не останавливается)",
            r"\bвскрыл(ся|ась)\b",
            r"\bбь[её]тся головой (об|о) (\w+ )?(стен\w*|кафел\w*|двер\w*|пол)\b.{0,60}\b(кровь|разбит\w*|не реагирует)",
        ],
        "he": [
            # eval/dev/he-L: the head against the wall until it bleeds, engraving oneself with a pin, skin
            # scratched until it bleeds, whipping oneself with a belt, the hand held over the gas flame.
            r"(דופק|דופקת|מכה|מטיח|מטיחה)\S* את הראש (ב|על ה?)קיר\b.{0,60}(דימם|דם|מדמם)",
            r"(חורט|חורטת|שורט|שורטת) (לעצמי|את עצמי)\b",
            r"(מגרד|מגרדת|מגרדים) את (ה)?עור\S* עד (ש)?(יש |יוצא )?דם",
            r"(מלקה|מכה|מצליף|מצליפה) (את )?עצמי (עם |ב)(חגורה|חבל|מקל|שוט)",
            r"(מחזיק|מחזיקה) את (ה)?יד\S* (מעל |על |ב)(ה)?(להבה|אש|גז|מגהץ)",
            r"^(?!.*(אין לי|בלי|לא) (\S+ )?מחשבות (\S+ )?לפגוע בעצמי).*(פוגע|פוגעת|לפגוע|פגעתי) בעצמי",
            _PAST_ATTEMPT_HE
            + r".*(חותכ|חותכת|לחתוכ|חתכתי) (את )?(עצמי|הידיימ|היד)|(סכינ|להב)\S*.{0,20}(ואני )?(?<!לא )(חותכ|חותכת)\b(?! (ירקות|עגבניות|לחמ|בצל|בשר|טוב))",
            r"^(?!.*(הייתי|לפני|בעבר)).*((חותכ|חותכת) שוב|(שוב|עוד פעמ) (חותכ|חותכת)\b|לא (מצליח|מצליחה) להפסיק לחתוכ)",
            r"(שורפ|שורפת|שרפתי|לשרופ) את עצמי",
            r"נחתכתי (עמוק|חזק)",
            r"(שוב|עוד פעמ|היומ) (חתכתי|נחתכתי)|(חתכתי|נחתכתי)\S*.{0,20}(עמוק|לא מפסיק לדממ)",
            *_HEBREW_IN_LATIN["self_harm"],
            # eval/dev/he-I: cutting now and cannot stop.
            r"^(?!.*(לפני|הייתי|בעבר)).*((חותכ|חותכת) עכשיו\b(?! (ירקות|סלט|בצל|לחמ|עוגה))|לא מצליח(ה)? להפסיק.{0,20}(לחתוכ|לדממ))",
        ],
        "uk": [
            # Cutting as self-harm, not by accident in the kitchen, nor years ago.
            _unless(
                r"раніше|колись|(рок\w*|років|місяц\w*) тому|в дитинстві|в юності|випадково|хліб\w*|овоч\w*|готувал\w*|склом|скло"
            )
            + r"(\b(порізала|порізав|ріжу|різала|різав) (собі )?(руки|руку|себе|вени)\b|\bріжу себе\b)",
        ],
        "en": [r"\bcut(ting)? myself\b", r"\bself[- ]harm"],
    },
    "violence_now": {
        "de": [
            _NOW_DE
            + r".{0,40}\b(schlagt|schlägt|verprugelt|pruegelt|prugelt|wurgt|tritt) (mich|uns|die kinder|mein kind|sie)",
            r"\b(schlagt|verprugelt|wurgt|tritt) (mich|uns|die kinder|sein kind|sie)\b.{0,40}" + _NOW_DE,
            r"\b(schlagt|verprugelt|wurgt) (mich|uns) (gerade|jetzt)|\b(schlagt|prugelt|verprugelt) gerade",
            r"\b(schlagt|verprugelt|prugelt|wurgt|tritt|misshandelt) (\w+ ){1,3}(gerade|grad|in diesem moment)\b",
            r"\b(er|sie) (wurgt|erwurgt|ersticht|erdrosselt) (\w+ )?(mich|mutter|mama|frau|kind|schwester|tochter|sohn|vater|oma|freundin|nachbarin|sie|ihn)\b|\bhat mich gewurgt\b|\bprugelt auf mich ein",
            _FIGURATIVE_BRINGT_UM_DE
            + r".*\b(will|wird|droht|bringt) mich (zu )?(umbringen|toten|umzubringen|um\b"
            + _NOT_UM_TIME_DE
            + ")",
            r"\ber (bringt|bringe) (mich|uns|sie|dich|euch|die kinder|ihn)\b( heute| jetzt| noch| alle| gleich| wirklich){0,3} um\b"
            + _NOT_UM_TIME_DE,
            r"\ber (wird|will) (mich|uns|sie|dich|euch|die kinder|ihn)\b( heute| jetzt| noch| alle| gleich| wirklich){0,3} (umbringen|toten)\b",
            r"\bdroht\b.{0,20}\b(mich|uns|sie|ihn|dem kind|den kindern)\b.{0,10}\b(umzubringen|zu toten|abzustechen)\b",
            r"\b(ihm|ihr|ihnen|uns|dem kind|den kindern|meinem kind|meinen kindern|sich) (etwas|was) (anzutun|antun|antut)\b",
            r"\b(bedroht|droht) mich\b.{0,30}\b(messer|waffe|pistole|abzustechen)|\bdroht mich abzustechen",
            r"\b(messer|waffe|pistole)\b.{0,30}\b(bedroht|droht)",
            r"\bmit (einem |dem |nem |ner |einer )?(messer|waffe|pistole|axt|beil|machete|schusswaffe)\b",
            r"\b(hammert|tritt|schlagt) (gegen )?(die|meine) tur\b|\b(in meine wohnung )?einzubrechen\b",
            r"\bvergewaltig",
            r"\bsonst (\w+ ){0,2}(toten|umbringen|bringen) (sie |er )?(mich|uns)\b",
            # Happening next door or in the street, heard now.
            r"\b(nebenan|bei den nachbarn|beim nachbarn|nachbarwohnung|im treppenhaus|im hausflur|auf der strasse|uber uns|unter uns)\b"
            r".{0,40}\b(verprugelt|schlagt|prugelt|wurgt|misshandelt|vergewaltigt|ersticht|bringt \w+ um|schreit um hilfe)\b"
            r"(?!.{0,60}\b(wem|wo|wie|an wen|melden|jugendamt)\b)",
            # Attacked a moment ago (an attack reported later is not an emergency now).
            r"\b(werde|werd) (gerade |eben |jetzt )?(angegriffen|verfolgt|geschlagen|festgehalten|uberfallen|ausgeraubt)\b"
            r"|\b(werden|wird) gerade (angegriffen|verfolgt|geschlagen|festgehalten|uberfallen|ausgeraubt)\b",
            r"\b(schiesst|schiessen|geschossen|feuert)\b.{0,15}\bauf (mich|uns)\b|\bauf (mich|uns) (\w+ )?(geschossen|schiesst)\b|\bangeschossen\b",
            r"\bmit dem tod (bedroht|gedroht)|\b(er|sie) hat (ein|einen|eine) (messer|waffe|pistole|axt|gewehr)\b",
            r"\b(lasst|lassen) mich nicht (mehr )?(aus dem|aus der) (auto|wagen|wohnung|zimmer|haus|keller) (raus|heraus)\b",
            r"\bwurde (gerade|eben|soeben|grad)\b.{0,30}\b(angegriffen|verfolgt|geschlagen|festgehalten|zusammengeschlagen|niedergestochen|uberfallen|ausgeraubt)",
            r"\b(steht|ist) (vor|an) (meiner|der|unserer) (tur|wohnung|wohnungstur|haustur)\b.{0,30}\b(will rein|tritt|hammert|droht|messer)",
            r"\b(eingebrochen|einbrecher)\b.{0,40}\b(noch da|noch drin|noch hier|noch in|gerade|jetzt)\b",
            r"\b(gerade|eben|soeben|grad)\b.{0,30}\b(zusammengeschlagen|niedergestochen|niedergeschlagen|abgestochen|angeschossen|erstochen)\b",
            r"\b(angegriffen|zusammengeschlagen|niedergeschlagen|uberfallen)\b.{0,30}\b(blute|blutet|kann nicht (mehr )?(aufstehen|laufen|gehen))\b",
            r"\bruf(t|en sie)? (die )?polizei\b",
            r"\b(bin|ist) (in|mein leben in) gefahr\b|\bleben ist in gefahr",
            r"\b(ist )?(noch|immer noch) in der wohnung\b",
            r"\bschreit (um hilfe|furchterlich)",
            # Hiding from someone raging outside the door.
            r"\beingeschlossen\b.{0,30}\b(tobt|randaliert|rastet|brullt|droht)\b|\b(tobt|randaliert|rastet aus)\b.{0,30}\b(eingeschlossen|versteckt)\b",
            # eval/dev/de-G: a door kicked in, a carer's hand already raised or a pillow pressed, a knife
            # at the throat or at the bedroom door, "drück ich zu".
            r"\b(tritt|treten) (grad |gerade |jetzt )?die tür ein\b",
            r"\bob ich mich (noch )?(halten|beherrschen|zurückhalten) kann,? wenn ich (jetzt )?(wieder )?(zu (ihm|ihr)|rein|ins zimmer)",
            r"\bkissen (\w+ )?aufs gesicht\b|\bkissen auf (das|ihr|sein) gesicht\b",
            r"\b\w*messer an (den|die|ihren|seinen|meinen) (hals|kehle)\b",
            r"\bmesser (\w+ )?genommen\b.{0,40}\b(steht|vor)\b.{0,30}\btür|\bmit (dem |einem |nem )?(\w+ )?messer\b.{0,30}\bvor (der|meiner|mein|unserer) (\w+ )?tür\b",
            r"\b(drück|drücke) ich zu\b|\bich (drück|drücke) zu\b",
            # eval/dev/de-H: beaten and now he fetches the knife, locked in and threatened with a cut throat,
            # a gun and "he shoots everyone", a knife and "today someone dies", an ex coming up the stairs,
            # a fist in the face and he is still there, locked in the bathroom while he kicks the door.
            r"\b(holt|holte) (er |sie )?(\w+ )?(ein |das |nen )?messer\b.{0,40}\b(küche|aus der|jetzt)|\bjetzt holt er (\w+ )?messer\b",
            r"\b(eingeschlossen|eingesperrt)\b.{0,60}\b(schneidet|tritt|schlägt|umbringen|töten)\b",
            r"\b(pistole|waffe|gewehr)\b.{0,60}\b(schießt|erschießt|schiesst)\b",
            r"\bmesser\b.{0,20}\b(heute|gleich) stirbt (jemand|einer)\b",
            r"\b((jetzt|grad|gerade) (kommt|kommen)|(kommt|kommen) (er |sie )?(jetzt|grad|gerade)) (\w+ )?(die )?treppe (hoch|rauf)\b",
            r"\b(faust|fäusten)\b.{0,30}\b(geschlagen|schlägt)\b.{0,60}\b(noch da|ist noch|im wohnzimmer|jetzt)",
            # eval/dev/de-I: followed by someone with a knife, a knife coming in, stabbed in the side,
            # bloody all over, forced marriage tomorrow, things thrown at mother, pressed against the
            # wardrobe, men at the front door after a blow.
            r"\b(verfolg\w*|hinter mir her)\b.{0,40}\b(messer|waffe|pistole)\b",
            r"\b(hat|mit) (n|ein|nem|einem) messer\b.{0,20}\b(kommt rein|kommt hoch|ist drin|vor der tür)\b",
            rf"{_PAST_DE}.*(\bstichwunde\b|\bmit was spitzem\b)",
            r"\b(bin|ist|is) (voll|ganz|total) (blutig|voller blut)\b",
            r"\b(verheiratet werden|soll (\w+ ){0,4}heiraten|zwangsheirat\w*)\b.{0,80}\b(morgen|handy weg|pässe? (sind )?weg|hilfe)\b|\b(morgen|heute nacht)\b.{0,60}\b(soll|muss) (ich )?(heiraten|verheiratet werden)",
            r"\b(pässe?|pass|handy)\b (\w+ )?(sind |ist )?(weg|abgenommen|weggenommen)\b.{0,60}\b(tür|abgeschlossen|eingesperrt)",
            r"\b(schmeißt|wirft) (\w+ )?(sachen|gläser|teller|messer|stühle) (nach|auf) (mama|mir|uns|ihr|meiner mutter)\b",
            r"\b(drückt|schlägt|würgt) (er |sie )?(sie|mama|meine mutter|mich)\b.{0,40}\b(gegen|an) (den|die) (schrank|wand)\b",
            r"\b(stehen|stehn) (unten )?vor der (haustür|tür)\b.{0,80}\b(blut|verpasst|geschlagen)",
            # eval/dev/de-L: kicking at the door and threatening to break legs, a window smashed and hammering
            # at the door, "schlägt mich tot" with an iron bar at the door, a knife shown and "tonight", "sticht
            # mi ab", grabbed by the throat and still searching the flat, dragged out of the cab.
            r"\b(tritt|tret\w*|hämmer\w*|trommel\w*) (grad |gerade |jetzt )?(gegen|an) die (tür|haustür|wohnungstür)\b.{0,80}\b(bricht|brech|umbringen|totschlagen|tot|messer|beine|kommt rein)",
            r"\b(scheibe|fenster) eingeschlagen\b.{0,60}\b(hämmer\w*|tret\w*|tritt|klopf\w*) (sie |er )?(an|gegen) die tür\b",
            r"\b(steht|stehen|brüllt|brüllen)\b.{0,60}\b(schlägt|schlagen) mich tot\b|\b(schlägt|schlagen) mich tot\b.{0,40}\b(eisenstange|messer|axt|baseballschläger|vor der tür)",
            r"\bmesser gezeigt\b.{0,60}\b(heute? nacht|gleich|kommt er)",
            r"\b(sticht|stich|stecht) (er |sie )?(mi|mich) ab\b",
            r"\b(hat|packt) mich (vorhin |gerade |grad |eben )?am hals (gepackt )?\b.{0,60}\b(jetzt|grad|gerade|durchwühlt|noch da)",
            r"\b(aus dem|ausm) (führerhaus|auto|wagen|lkw|laster) gezerrt\b",
        ],
        "ru": [
            _NOW_RU + r".{0,40}\b(бь[её]т|избивает|душит|бьют|пинает) (меня|нас|ребенка|детей)",
            r"\b(бь[её]т|избивает|душит|бьют) (меня|нас|детей|ребенка)\b.{0,40}" + _NOW_RU,
            _NOW_RU + r".{0,40}\b(меня|нас) (бь[её]т|избивает|душит|бьют)",
            r"\b(меня|нас) (бь[её]т|избивает|душит|бьют)\b.{0,40}" + _NOW_RU,
            r"\b(бь[её]т|избивает|избивают|душит|бьют|пинает)\b.{0,30}\b(прямо сейчас|прямо щас)\b",
            r"\b(избивает|бь[её]т|душит)\b.{0,20}\b(звать|вызывать|вызвать|звонить|позвонить) (в )?(полици\w*|polizei|110)",
            r"\b(он|она) (меня )?(душит|пытался меня задушить)|\bменя душит",
            r"\b(сейчас|прямо сейчас) (бь[её]т|избивает) ",
            r"\b(убь[её]т|хочет убить|хотят убить|грозит убить|угрожает убить) (меня|нас)"
            r"(?! (своими )?(штраф|налог|сч[её]т|бумаг|вопрос|придирк|нотаци|проверк)\w*)|\bменя хотят убить",
            r"\bубь[её]т (жену|мужа|е[её]|его|ребенка|ребёнка|детей|всех|мать|маму|сына|дочь|тебя)\b",
            r"\bугрожает (мне )?(ножом|пистолетом|оружием)|\bс ножом\b",
            r"\bломится (в дверь|к нам|ко мне)|\bбушует за дверью",
            _unless(_PAST_RU) + r"\b(насилует|насилуют|изнасилов)",
            r"\b(вломил\w*|вламыва\w*|ломятся)\b",
            r"^(?!.*\b(куда|где|как) (обратиться|сообщить|заявить|пожаловаться|жаловаться|подать)|.*\b(поддержк|консультац|заявлени)|.*\b((19|20)\d\d|(год\w*|лет|месяц\w*) назад|в прошлом году)\b)"
            r".*(\bна меня (только что )?напал|\bнапал[аи]? на меня)",
            r"\bвызовите полицию\b",
            r"\b(размахивает|машет|угрожает|бегает|ходит) (\w+ )?(ножом|пистолетом|топором|ружь[её]м|оружием|битой)\b|\b(всех |нас )?(перестреляю|перестреляет|перережу|перережет)\b",
            r"\b(держу|держим) дверь\b|\bдверь держ(у|им)\b",
            r"\b(меня избили|избили меня)\b.{0,30}\b(ещ[её]|вс[её] ещ[её])",
            r"\bизбил\w*\b.{0,25}\bне (могу|может) (встать|подняться|идти|двигаться)\b",
            r"\b(только что|сейчас|щас)\b.{0,30}\b(избили|пырнули|ранили|изнасиловали|напали|ударили ножом)\b",
            r"\b(стреляют|стреляли|стреляет|выстрелил\w*) в (меня|нас)\b|\bв (меня|нас) (стреляют|стреляли|стреляет)\b",
            r"\b(pomogite|spasite|srochno)\b.{0,30}\b(menya|nas) (b'?et|b'?yot|izbivaet|dushit)\b",
            r"\bпырнул\w*|\bзарезал\w*|\b(ударил\w*|ранил\w*) ножом\b",
            r"\b(жизнь|я) в опасности\b",
            r"\bдержат взаперти\b",
            # Happening next door, heard now.
            r"\b(за стеной|у соседей|соседи|сосед|в соседней квартире|в подъезде|этажом (выше|ниже))\b.{0,40}"
            r"\b(избивает|избивают|бь[её]т|бьют|душит|убивает|убивают|насилует|убь[её]т)\b(?! (свою |своего |его |их )?(собак|кошк|кот|пса))"
            r"(?!.{0,60}\b(как|куда|где|кому|что делать)\b)",
            r"\b(кричит|орет|орёт|визжит) (помогите|о помощи|на помощь)\b",
            r"\b(спряталась|спрятался|спрятались|прячусь|прячемся|заперлась|заперся|заперлись) (в|за|под)\b.{0,30}"
            r"\b(бь[её]т|избивает|ломится|ломятся|бушует|угрожает|кидают|бросают|швыряют|стреляют)|"
            r"\b(бь[её]т|избивает|ломится|ломятся|бушует|угрожает|кидают|бросают|швыряют|стреляют)\b.{0,40}"
            r"\b(спряталась|спрятался|спрятались|прячусь|прячемся|заперлась|заперся|заперлись)\b",
            # An attack on the home or a building with people inside ("кидают камни в окна").
            r"\b(кидают|бросают|швыряют|кидает|бросает) (\w+ )?(камни|камнями|бутылки|бутылками|кирпичи|петарды|коктейл\w*|горящ\w*) (в|на|по) ",
            # A threat said or shouted now ("орёт, что достанет меня").
            r"\b(грозит|грозится|угрожает|кричит|ор[её]т|обещает|пишет),? что (\w+ ){0,2}(убь[её]т|прибь[её]т|зарежет|задушит|достанет|покалечит)"
            r" (меня|нас|е[её]|детей|ребенка)\b",
            r"\b(памагите|помогите|spasite|pomogite)\b.{0,30}\b(бьет|bet|byet|izbivaet|dushit)\b",
            r"\b(ubet|ub'et|ubyot) (menya|nas)\b|\bmenya (ubet|ub'et|ubyot)\b|\bb'et menya\b|\bugrozhaet mne nozhom\b|\bs nozhom\b",
            r"\b(izbivaet|izbivayut|dushit|b'?et|b'?yot) (menya|nas)\b.{0,30}\b(pryamo|seichas|seychas|sejchas|shas|pomogite|spasite|srochno)\b"
            r"|\b(menya|nas) (izbivaet|izbivayut|dushit|b'?et|b'?yot)\b.{0,30}\b(pryamo|seichas|seychas|sejchas|shas|pomogite|spasite|srochno)\b",
            r"\bподнял\w* на (меня|нас) руку\b.{0,40}\b(только что|сейчас|щас|кровь|кров)",
            r"\b(пьян\w*|угрожа\w*)\b.{0,30}\b(схватил|взял|достал)\w* нож\b|\b(схватил|достал)\w* нож\b.{0,60}\b(ломится|выбежали|убежали|прячемся|заперлись)\b",
            _unless(r"ахах\w*|хаха\w*|аха|lol|шучу|шутка")
            + r"\b(сегодня|ночью|этой ночью)\b.{0,20}\b(задушит|убь[её]т|зарежет|прирежет)\b",
            r"\bслышу (удары|как (он )?(бь[её]т|избивает))\b",
            r"\b(стоит|сидит) (\w+ ){0,2}под (дверью|дверями|окнами)\b.{0,20}\bне уходит\b",
            r"\b(бь[её]т|избивает|избивают|душит|бьют)\b.{0,30}\b((прямо )?(сейчас|щас)"
            + _CALM_RU
            + r"|помогите|спасите|срочно)",
            r"\b(меня|нас) (прямо )?(сейчас|щас) (бь[её]т|бьют|избива\w+|душит|душат)\b",
            # A threat to "finish" it: after an attack, or said for tonight.
            r"\b((душил|бил|избил|ударил|резал|пырнул)\w* (меня|нас)|(меня|нас) (\w+ )?(душил|бил|избил|ударил|резал|пырнул)\w*)\b.{0,60}\b(доделает|добь[её]т|прикончит|закончит|убь[её]т|повторит)\b",
            r"\b(сказал|пообещал|обещал|грозил\w*|пишет|написал),? что (\w+ ){0,3}(со мной|с нами) (закончит|покончит|расправится|разделается)\b",
            r"\b(кричит|кричат|ор[её]т),? (что )?(\w+ )?(убивают|убивает)\b",
            r"\bнож\w* (\w+ )?(у|к) (моему |моего |е[её] |его )?(горлу|горла|шее)\b|\bприставил\w* нож\b",
            r"\b(сломает|свернет|сверн[её]т|переломает) (мне|ей|нам|тебе) (шею|руки|ноги)\b",
            r"\b(подожж[её]т|сожж[её]т|спалит|подпалит) (\w+ )?(квартиру|дом|дверь|нас|меня|всех)\b|\bс канистр\w*\b",
            r"^(?=.*\b(бывш\w*|угрожа\w*|боюсь)\b).*\b(сейчас|щас) (поднимется|зайдет|придет|войдет|ворвется)\b",
            # eval/dev/ru-Z.yml (a women's shelter): found and waiting at the door, breaking a window, married off by force.
            r"^(?=.*\b(б[ыи]вш\w*|угрожа\w*|боюсь|frauenhaus|(нашел|выследил\w*) (где я|меня|нас))\b).*"
            r"\b(стоит|ждет|караулит|сидит) (\w+ )?(у входа|у двери|под дверью|под окнами|у подъезда|у дома|внизу)\b",
            r"\b(б[ыи]вш\w*|муж|пьян\w*|отец|отчим|сожител\w*)\b.{0,30}\b(ломает|ломится в|выбивает|выламывает) (\w+ )?(дверь|двери|окно|окна|замок)\b",
            r"\b(выдают|выдадут|хотят выдать|собираются выдать) (меня )?замуж\b.{0,80}"
            r"\b(паспорт\w*|отвез\w*|увез\w*|запер\w*|насильно|против (моей )?воли|не хочу)\b|\bнасильно (выдают|выдадут)\b",
            # eval/dev/ru-AA, ru-AD, ru-AE: threatened with fire and petrol in hand, someone strangling
            # mother, hiding in a wardrobe while he beats her, a head struck against the table, a door
            # broken in by men shouting, a gun or a knife held by someone in psychosis, a child made to
            # come tonight or the photos go out, attacked outside the synagogue and they do not leave.
            r"\bгроз\w* (\w+ )?(поджечь|сжечь|спалить)\b|\bбензин\w*\b.{0,30}\b(в руках|облил\w*|разлил\w*)\b",
            r"\b(душит|душат) (\w+ )?(маму|мать|жену|сестру|бабушку|ребенка|сына|дочь|брата)\b",
            r"\b(бьет|бьют|избивает|пинает)\b.{0,60}\b(в шкафу|спрятал\w*|прячусь|закрыл\w*|заперл\w*|сижу тихо|под кроватью|уже не кричит)\b",
            # Someone else strikes the head, not one's own head-banging ("он бьётся головой об пол").
            rf"{_unless(_PAST_RU)}\b(он|она|они) (?!\w*ся\b)(\w+ )?(головой|лицом) (об|о) (стол|стену|пол|батарею|косяк)\b",
            r"\b(ломают|ломает|ломится|ломятся|выламыва\w*|выбива\w*|бьет ногой в|бьют в|колотит в) (\w+ )?двер\w*\b.{0,80}\b(крич\w*|угрож\w*|сожж\w*|сожг\w*|убь\w*|юден|juden|зиг|нож\w*)"
            r"|\b(крич\w*|угрож\w*)\b.{0,60}\b(ломают|ломится|ломятся|выламыва\w*|выбива\w*) (\w+ )?двер\w*",
            r"\b(держит|схватил\w*|достал\w*|взял\w*) (\w+ ){0,2}(нож\w*|топор\w*|ружь\w*|пистолет\w*)\b.{0,80}\b(заперл\w*|спрятал\w*|прячусь|боюсь|не узна\w*|кричит|целится|не дастся|демоны)"
            r"|\b(демоны|черти|немцы пришли)\b.{0,60}\b(схватил\w*|держит|достал\w*) (\w+ ){0,2}(нож\w*|топор\w*|ружь\w*|пистолет\w*)",
            r"\b(пистолет\w*|ружь\w*)\b.{0,20}\bцелится\b|\bцелится (в окно|в нас|в меня|в людей)\b",
            r"\b(если (я )?(\w+ ){0,4}не приду|иначе|а то)\b.{0,60}\b(разошл\w*|выложит|скинет|отправит) (\w+ )?(мои )?(фотк\w*|фото|видео|в (школьный )?чат)"
            r"|\bесли (я )?(\w+ ){0,3}не приду\b.{0,40}\b(приедет|придет) ко мне\b",
            r"\b(держат|окружили|зажали) меня\b.{0,60}\b(ударил\w*|бьют|избива\w*|нож\w*)",
            r"\bждут меня\b.{0,40}\b(избить|убить|порезать|зарезать)\b",
            r"\b(толкнул\w*|ударил\w*|избил\w*|пнул\w*)\b.{0,100}\b(не уходят|не уходит|не отстают|стоят рядом)\b",
            r"\bза (мной|нами)\b.{0,30}\b(едет|едут|идет|идут|гонится|гонятся|следят)\b.{0,80}\b(боюсь|угрожа\w*|кричат|зиг|нож\w*|подрез\w*)",
            r"\b(стреляют|стрельба)\b.{0,60}\b(мы|я) (внутри|прячемся|лежим|спрятал\w*|заперл\w*)",
            # eval/dev/ru-AG, ru-AH: kicked at the door with "juden raus", kicked on the ground, "when he
            # comes back I'm finished", a head struck and then vomiting, held and not let go, hiding while
            # they search, locked in a cellar, a van or a cold store, passports taken and moved tonight,
            # shown a gun, a bat and a barricade, kicked in the belly while pregnant.
            r"\b(пинают|пинает|долбят|долбит|колотят) (\w+ )?двер\w*\b",
            r"\b(помогите|срочно)\b.{0,30}\b(ломает|ломают|выбивает|выбивают|выламыва\w*) (\w+ )?двер|\b(ломает|ломают|выбивает|выбивают|выламыва\w*) (\w+ )?двер\w*\b.{0,20}\b(помогите|срочно|щас|сейчас)",
            rf"{_unless(_PAST_RU)}\b(бьет|бьют|избивают|пинают) (его |ее |меня |нас )?ногами\b|\bногами\b.{{0,30}}\bне вста[её]т\b|\bногами по животу\b",
            r"\b(когда|как) вернется,? (мне|нам) конец\b|\b(вернется|придет)\b.{0,30}\b(мне|нам) конец\b",
            r"\b(ударил\w*|бил\w*) (меня |его |ее )?(головой|по голове)\b.{0,80}\b(рвет|рвота|тошнит|засыпа\w*|кровь из (носа|уха))",
            r"\b(держит|держат|заперли|запер)\b.{0,60}\b(не отпуска\w*|не выпуска\w*)\b.{0,40}\b(кричит|сейчас|плачет)",
            r"\b(ищет|ищут)\b.{0,100}\b(под кроватью|в шкафу|прячусь|спрятал\w*|убежал\w*)\b|\b(под кроватью|в шкафу|прячусь|спрятал\w*|убежал\w*)\b.{0,100}\b(ищет|ищут)\b",
            r"\b(закопает|закопают) (меня |нас )?в (лесу|землю)\b",
            r"\bдышать нечем\b.{0,60}\b(сознани\w*|задыха\w*)",
            r"\bпаспорт\w*\b.{0,60}\b(ночью|сегодня)\b.{0,20}\b(увоз\w*|перевоз\w*|повезут|через границу)|\b(ночью|сегодня)\b.{0,20}\b(увоз\w*|перевоз\w*|повезут|через границу)\b.{0,60}\bпаспорт",
            rf"{_unless(_PAST_RU)}\b(заперли|заперт\w*|закрыли|закрыл) (меня |нас |его |ее )?(в подвале|в машине|в комнате|в контейнере|в холодильн\w*|в камере)\b",
            r"\bвисит на (ремне|веревке|шнуре|поясе|простыне)\b.{0,60}\b(снял\w*|холодн\w*|не дышит|живой)|\bв (душевой|ванной|туалете|подвале|сарае|гараже) висит на (ремне|веревке|шнуре|поясе|простыне)\b|\bдверь (заперта|закрыта) снаружи\b",
            r"\bнас (тут |здесь )?держат\b(?! (за|в очереди|на линии)\b)|\bзабаррикадир\w*\b",
            rf"{_unless(_PAST_RU)}(\bпоказал (\w+ )?(пистолет|нож|ствол)\b|\bдостал (\w+ )?(пистолет|ствол)\b)",
            # eval/dev/ru-AK: struck with a bar or a bottle, the door being broken while they hide,
            # "tonight he will finish with me", a brother at the door not letting her out, beaten with the
            # passport and phone taken, stabbed in the side, the family "deciding the question" tomorrow.
            rf"{_unless(_PAST_RU)}\bударил\w* (\w+ )?(арматурой|битой|бутылкой|молотком|топором|трубой)\b",
            r"\b(закрыл\w*|заперл\w*|спрятал\w*)\b.{0,40}\bдверь (ломает|ломают|выбивает|выбивают)\b",
            r"\b(сегодня|ночью|этой ночью)\b.{0,30}\b(закончит|покончит|разберется) со мной\b|\bу (моей )?двери\b.{0,20}\bне выпуска\w*",
            r"\b(сейчас|щас|только что) (\w+ )?(бил|избил|ударил)\w* меня\b",
            r"\b(бьют|бьет) (меня)?\b.{0,40}\b(паспорт|телефон) (\w+ )?(забрали|отобрали)",
            rf"{_unless(_PAST_RU)}(\bножом (в|по) (бок|живот|грудь|спину|шею)\b|\b(пырнули|пырнул) (\w+ )?ножом\b)",
            r"\b(позор|честь семьи)\b.{0,100}\b(завтра|сегодня|ночью)\b.{0,30}\b(едем|везут|увозят|полетим)"
            r"|\b(дядя|отец|брат|семья)\b.{0,40}\bрешить вопрос\b.{0,100}\b(завтра|сегодня|ночью)\b.{0,30}\b(едем|везут|увозят|полетим)",
            r"\b(бьет|бьют) (меня )?(головой|лицом) (об|о) (стен\w*|стол|пол)\b",
            # eval/dev/ru-AI, ru-AL: beaten now by a carer, abused in an office or at night, a door broken
            # in on someone blind, pinched and beaten and she is still here, a neighbour with a knife
            # shouting to kill, threatened for telling, pressed against the wall in the shower, "tonight
            # they'll cut me".
            r"\b(бить|бьет|бьют) меня (сейчас|щас)\b",
            r"\bделать? со мной плохое\b|\b(пришел|приходит|пришла) трогать\b",
            r"\bломают (мою |нашу )?дверь\b.{0,20}\b(я (один|одна)|помогите)",
            r"\b(бьет|щиплет|щипает) меня\b.{0,60}\b(она|он) (еще|ещ[её]) (тут|здесь)\b",
            r"\bнож держ\w*\b.{0,30}\bубить\b|\bкричать меня убить\b",
            r"\bесли (говорить|скажешь|расскажешь) (кому|кому нибудь)\b.{0,20}\b(убить|убьет)\b",
            r"\b(меня )?(\w+ )?прижали\b.{0,30}\b(щас|сейчас|помогите)",
            r"\b(ночью|сегодня)\b.{0,20}\bменя (порежут|зарежут|убьют)\b|\bс заточкой\b",
        ],
        "uk": [
            r"\b(вбивають|вбиває|вб'є|вбє|вб'ють) (мене|нас|її|його|дітей|дитину)\b|\b(мене|нас|її|його) (вбивають|вб'ють)\b|\bб'є (мене|нас)\b",
            r"\b(кричить|погрожує|пообіцяв|обіцяє|каже|сказав),? (шо|що) (\w+ ){0,3}(вб'є|вбє|поріже|заріже|задушить|знайде мене і)\b",
            r"\bломиться (до нас|до мене|в двері|у двері)\b|\b(закрил\w*|сховал\w*|заперл\w*) (у|в) (ванній|туалеті|кімнаті)\b",
            r"\bстоїть (\w+ ){0,2}(під дверима|біля входу|біля дверей|під вікнами)\b.{0,40}\b(ніж\w*|нож\w*|кричить|погрожу\w*|не йде)\b"
            r"|\b(stoit|stoyit) pid dver\w*\b.{0,20}\b(z nozhem|nozh\w*|krychyt)\b",
            r"\b(забрав|забрали|відібрав)\b.{0,30}\b(документи|паспорт\w*|телефон)\b.{0,60}\bне випуска\w*",
            r"\b(якщо|як) (підемо|піду|звернемось|заявимо) (в|до) полі\w*\b.{0,20}\b(нам|мені|тобі) кінець\b",
        ],
        "he": [
            # eval/dev/he-L: still sitting opposite and threatening after pulling off the wig, knocking and
            # "knows we are inside", standing outside with something in the hand, two men following from the
            # station right behind now, the landlord pushing and still on the stairs.
            r"(הוא|היא|הם) (עדיין|עוד) (יושב|יושבת|עומד|עומדת|פה|כאן|בחוץ|בחדר המדרגות|מולי)\S*\b.{0,30}(מאיים|מקלל|צועק|מאיימת)"
            r"|(דחף|דחפה|היכה|היכתה|תקף|תקפה|משך|משכה) (אותי|לי)\b.{0,100}(הוא|היא|הם) (עדיין|עוד) (פה|כאן|בחדר המדרגות|בחוץ|מולי|בבית)",
            r"(יודע|יודעים|יודעת) שאנחנו בפנים",
            r"(עומד|עומדים) (בחוץ|למטה|ליד הדלת) עם (משהו|סכין|מקל|אקדח|אבן)\S* ביד",
            r"(הולכים|הולך|הולכת) אחריי\b.{0,60}(עכשיו|ממש מאחוריי|צועקים)",
            # Not the habitual past ("היה מרביץ לי, עכשיו אני לבד").
            r"(?<!היה )(?<!היתה )(?<!הייתה )(?<!היו )(מרביצ|מרבצ|מכה|חונק|תוקפ|בועט) (לי|אותי|בי)?.{0,20}"
            + _NOW_HE,
            _NOW_HE + r".{0,40}(מרביצ|מרבצ|מכה|חונק|תוקפ|בועט)",
            r"^(?!.*(הלחצ|הבירוקרטיה|החוב|החובות|העבודה|הבדידות|המצב|הפחד) (חונק|חונקת))"
            r".*((חונק|חונקת) (אותי|אותה|אותו|את)\b|ניסה לחנוק אותי|תוקפימ אותי)",
            r"^(?!.*(לפני|אתמול|שעבר|בעבר|לדווח|מדווחימ|תלונה|להתלוננ|למי פונימ)).*תקפו אותי",
            r"^(?!.*(החמות שלי|חמותי) (תהרוג|יהרוג)).*"
            r"(?<!הבוס )(?<!המנהל )(?<!המנהלת )(רוצה|מאיימ|מאיימת|יהרוג|תהרוג) (ל?הרוג )?אותי|להרוג אותי",
            r"^(?!.*(התעודה|הציונ|המבחנ|תעודה|החמות שלי|חמותי|הילדימ האלה|הקטנימ האלה)).*(?<!הבוס )(?<!המנהל )(?<!המנהלת )(יהרוג|תהרוג|יהרגו|ירצח|ירצחו|לרצוח|תרצח) (את|אותי|אותה|אותו|אותנו|אותמ)\b|(דוקר|דוקרת) (אותי|אותה|אותו|את)\b",
            r"(מאיימ|מאיימת|מאיימימ) (עלי|עלינו|עליה|עליו).{0,20}(סכינ|אקדח|נשק)|(אקדח|סכינ|נשק)\S*.{0,30}(מאיימ|מאיימת|מאיימימ)",
            r"\b[וה]?(מישהו|גבר|זר|פורצ|פורצימ)\b.{0,15}(נכנס|פרצ|פרצו|נכנסו) (לי )?(ל|ה)?(בית|דירה)",
            r"^(?!.*(לחתוכ|ירקות|מטבח|לקנות|קונימ|לחמ\b|בשר)).*(עמ |ב)(ה)?(סכינ|אקדח|נשק)\b|סכינ ביד",
            r"(אונס|נאנסתי|אנס אותי)",
            r"(מנסה לפרוצ|פורצ את הדלת|שובר את הדלת)",
            r"תזמינו משטרה",
            r"(החיימ שלי|אני) בסכנה",
            r"(עדיינ|עוד) (פה|בדירה|בבית)",
            r"מחזיקימ אותי בכוח",
            r"(לשבור|ישבור|ישברו|שוברימ|לשבר) לי את (ה)?(רגליימ|ידיימ|ראש|עצמות)",
            r"(עמ |ב)(ה)?(מוט ברזל|מקל בייסבול|גרזנ)\b",
            # A parent who fears hurting the baby now.
            r"(לטלטל|מטלטל|מטלטלת|אטלטל|לזרוק|זורקת|זורק|אזרוק) (אותו|אותה|את התינוק|את התינוקת)\b"
            r"|לא (סומכ|סומכת) על עצמי (\S+ )?(לידו|לידה|ליד התינוק|ליד התינוקת|עמ התינוק|עמ הילד)",
            r"\b(דקרו|דקר|נדקר|נדקרה|נדקרתי)\b(?!.{0,30}(לפני|בעבר|שנה|חודש))",
            # Happening next door, heard now.
            r"\b[והבלמשכ]{0,2}(שכנ|שכנימ|השכנימ|דירה ליד|דירה ממול|בית ליד)\b.{0,30}(מכה|מכימ|מרביצ|חונק|תוקפ|דוקר)\S*(?! על (ה)?(קיר|דלת|תקרה))(?! (את )?(ה)?(כלב|חתול))"
            r"(?!.{0,60}(למי|איפה|איכ|מה עושימ))",
            r"(מכה|מכימ|מרביצ)\S*.{0,40}(צורח|צורחת|צועקת הצילו|הצילו)",
            r"^(?!.*(לפני|אתמול|שעבר|בעבר|לדווח|מדווחימ|תלונה|להתלוננ|למי פונימ)).*(הקיפו|מקיפימ|דוחפימ|מכימ|מרביצימ|בועטימ) אותי",
            r"(ננעלתי|הסתתרתי|מסתתרת|מסתתר|התחבאתי|מתחבאת|מתחבא) (ב(?!חוצ)|מתחת|מאחורי)\S*.{0,40}(משתולל|מרביצ|מאיימ|צועק|דופק)",
            *_HEBREW_IN_LATIN["violence_now"],
            # eval/dev/he-G: locked in and hit, followed and threatened with slaughter, a door beaten in with
            # the children inside, "he will finish me", a knife or a gun in a flashback, stones thrown now,
            # the Star of David necklace torn off.
            r"(נעל|נעלה) (את )?הדלת.{0,60}(לא (יוצאת|יוצא)|לא נותנ לי לצאת)",
            r"(ישחט|ישחטו|לשחוט) אותי|עוקבימ אחרי.{0,60}(ירצח|יהרוג|ישחט|סכינ|יפגע)",
            r"(דופק|דופקימ|בועט|שובר) (על |ב)?הדלת.{0,80}(אני והילדימ|נעולימ|המנעול|בפנימ)",
            r"^(?!.*(בוס|מורה|מנהל|חחח)).*\bהוא (גומר|יגמור) אותי\b",
            r"(סכינ|אקדח|נשק|רובה)\S*.{0,60}(מחשבות (לא טובות|רעות)|לא מזהה אותי|מפחדת לזוז|מפחד לזוז|שומע את הקשר|צעקות מהמוצב)",
            r"(זורקימ|זורק) אבנימ",
            r"(תלש|תלשו|קרע|קרעו) (לי )?את (השרשרת|המגנ דוד).{0,80}(עכשיו|כרגע|עומדימ|לא הולכימ|עדיינ)",
            # eval/dev/he-H: followed and insulted as a Jew while running, a parent with dementia gripping
            # the throat, a son in a flashback with a knife and the parents locked in, a carer standing over
            # the parent with a pillow, bottles thrown at the synagogue, intruders in the flat.
            r"(הולכימ|הולכ) אחרי.{0,40}(יהודי|צעקו|צועקימ).{0,40}(רצה|רצ|בורחת|בורח)|(יהודי מסריח|יהודימ החוצה).{0,40}(הולכימ אחרי|רודפימ|רצה)",
            r"(תפס|תפסה) (את \S+ )?(בגרונ|בצוואר)",
            r"סכינ\S*.{0,80}(צועק|חושב שהוא ב)|(סגורימ|נעולימ) בשירותימ",
            r"(עמדתי|עומדת|עומד) מעלי(ו|ה) עמ (ה)?כרית|(מחזיקה|מחזיק) את הכרית",
            r"(אמ אני נכנס|אמ אני נכנסת).{0,30}(לא יודע|לא יודעת) מה אני (עושה|אעשה)",
            r"(זורקימ|זורק) (עלינו |עליי )?בקבוקימ",
            r"^עזרה\b.{0,20}(בתוכ הדירה|נכנסו)|הם בתוכ הדירה",
            # eval/dev/he-I: beaten and kept in, a drink spiked, chased and shoved for being Jewish, knocked
            # down and kicked, five on one at the station, choked against the wall.
            r"(מכה|מרביצ) אותי\b.{0,60}(לא יכולה לצאת|לא יכול לצאת|נעל|לקח לי את המפתח)|לא נותנ לי לצאת מה(דירה|בית)"
            r"|(נעל|נעלה|נועל|נועלת|המפתח|סגר אותי|סגרה אותי|כלוא|כלואה).{0,60}לא (יכולה|יכול) לצאת|לא (יכולה|יכול) לצאת.{0,60}(נעל|נעלה|נועל|המפתח)",
            r"(שמ|הכניס|שמו) (לי )?משהו בכוס|כוס (אחת )?שמישהו (הזמינ|נתנ) לי.{0,80}(לא מרגישה|מסתובב)",
            r"עוקבימ אחרי\S*.{0,80}(דחפ|רצה|תפס)",
            r"^(?!.*(בשבוע שעבר|לפני|אתמול|בעבר)).*(הפילו|הפיל) אותי.{0,30}(בעטו|בועטימ)",
            r"הם (שניימ|שלושה|ארבעה|חמישה|שישה|כמה) עלי(י)?\b.{0,30}(תעזרו|עזרה|הצילו)",
            r"^(?!.*(לפני|בעבר)).*((הוא|היא) (חנק|חונק|חנקה|חונקת) אותי|(חנק|חונק|חנקה|חונקת) אותי (על הקיר|עד ש|בגרונ|בידיימ))",
        ],
        "en": [r"\b(is|are) (attacking|hitting|beating) me\b", r"\bgoing to kill me\b"],
    },
    "danger_now": {
        # Followed or stalked right now, abducted, locked in, a child alone or in acute danger.
        "de": [
            r"(?<!mein )(?<!meine )\b(jemand|mann|manner|typ|typen|einer|fremder|fremde|gruppe|auto|wagen|leute|jungs|kerl|kerle)\b"
            r".{0,20}\b((verfolgt|verfolgen) mich|(folgt|folgen) mir|(lauft|laufen|rennt|rennen|fahrt|fahren) mir\b.{0,25}\b(hinterher|nach))\b",
            r"\b(verfolgt mich|folgt mir)\b.{0,10}\b(seit der (bus)?haltestelle|seit dem bahnhof|seit der bahn|im dunkeln|nach hause|bis nach hause)\b",
            r"\b(kind|kinder|sohn|tochter|baby)\b.{0,15}\b(mitgenommen|entfuhrt|weggenommen|verschleppt)\b.{0,50}"
            r"\b(nie wieder|droht|antun|umbringen|weiss nicht wo)\b",
            r"\b(ist|wurde|wurden|hat|haben|wird) (\w+ ){0,3}entfuhrt\b",
            r"\b(in|ins) (ein|einen|sein|das|den|ihr) (auto|wagen|transporter|kofferraum|van)\b.{0,10}"
            r"\b(gezerrt|gezogen|gestossen|geschubst|gezwungen|verschleppt|gesperrt)\b",
            r"\bweiss nicht,? wo ich (gerade |jetzt )?bin\b",
            r"\b(hat|haben|halt|halten) mich\b.{0,25}\b(eingesperrt|eingeschlossen|gefangen)\b"
            r"|\b(bin|werde|sind) ((?!wie\b|mir\b)\w+ ){0,3}(eingesperrt|gefangen gehalten)\b|\bsperrt mich\b.{0,20}\bein\b",
            r"\b(halt|halten|hielt) mich\b.{0,20}\bfest\b(?!.{0,10}\b(an|in|im)\b)",
            r"\b(pass|passe|pässe|ausweis|papiere|dokumente|handys)\b.{0,20}\b(weggenommen|abgenommen|eingezogen)\b.{0,100}\b(zwingen|zwingt|sperren|sperrt|schlagen|lassen (uns|mich) nicht)\b",
            _CHILD_DE
            + r"\b.{0,40}\b(seit|schon) (zwei|drei|vier|mehreren|vielen|einigen|2|3|4|5) (tagen|tage|nachten)\b.{0,15}\ballein\b"
            r"|\ballein\b.{0,20}\b(seit|schon) (zwei|drei|vier|mehreren|vielen|einigen|2|3|4|5) (tagen|tage|nachten)\b",
            _CHILD_DE
            + r"\b.{0,30}\b(verschwunden|wird vermisst|nicht (mehr )?auffindbar|spurlos|finde (es|ihn|sie) nicht)\b",
            _CHILD_DE
            + r"\b.{0,30}\b(im offenen fenster|am offenen fenster|auf dem fensterbrett|auf der fensterbank|"
            r"auf dem fenstersims|auf dem balkongelander|auf der brustung|auf dem gelander)\b",
            # A person with dementia gone, at night or without clothes for the weather (not a past event).
            _PAST_DE
            + _NOT_NOW_DEMENTIA_DE
            + r".*\b(demenz|dement|alzheimer)\w*\b.{0,300}\b(ist weg|weggelaufen|verschwunden|abgehauen|nicht (mehr )?auffindbar|finde (ihn|sie) nicht)\b",
            _PAST_DE
            + _NOT_NOW_DEMENTIA_DE
            + r".*\b(ist|sind) (\w+ )?(weg|verschwunden|weggelaufen)\b.{0,60}\b(schlafanzug|nachthemd|barfuss|ohne schuhe|ohne jacke|hausschuhen|minus)\b",
            # The violent ex or partner outside the door now.
            r"^(?=.*\b(ex|exmann|exfreund|kontaktverbot|annaherungsverbot|gewaltschutz\w*|frauenhaus|droht|bedroht|angst)\b)"
            r".*\b((gerade|jetzt|grad) (steht|wartet) er|er (steht|wartet) (gerade|jetzt|grad))\b (\w+ )?(unten )?vor (meinem|meiner|der|dem|unserem|unserer) (haus|tur|wohnung|haustur|fenster)\b",
            # eval/dev/de-H: fire where people sleep or in the stairwell, a gas stove and everyone dizzy.
            r"\b(feuer|brennt)\b.{0,40}\b(noch drin|kommen nicht raus|nicht raus)\b|\b(küche|zimmer|container|wohnung) brennt\b",
            r"\b(gasofen|gasheizung|kohleofen|holzkohle|grill)\b.{0,80}\b(kopfweh|kopfschmerz\w*|schwindelig|nicht (richtig )?wach)",
        ],
        "ru": [
            r"\bза мной\b.{0,30}\b(ид[её]т|идут|гонится|гонятся|бежит|бегут)\b(?! очеред)",
            r"\b(кто то|какой то|мужчина|мужик|незнакомец|незнакомый|неизвестный|двое)\b.{0,25}"
            r"\b(преследует|преследуют|гонится|ид[её]т за мной|идут за мной|следит за мной)\b",
            r"\b(забрал|увез|увёз|похитил|украл|утащил)\w* (\w+ ){0,2}(ребенка|ребёнка|сына|дочь|дочку|детей|малыша)\b.{0,50}"
            r"\b(грозит|грозится|угрожает|не увижу|сделать)\b",
            r"\bгроз\w+,? что (\w+ ){0,3}(с ним|с ней|с ними) (что то |что нибудь )?сдела",
            r"\bне увижу (его |е[её] |их )?живым\b|\bживым (больше )?не увиж",
            r"\bпохитил\w* (меня|ребенка|ребёнка|сына|дочь|детей|е[её]|его)\b|\bменя похитили\b",
            r"\b(затащил|затолкал|запихнул|запихал|посадил)\w* (меня |е[её] |его )?(силой )?(в|к себе в) (машину|авто|фургон|багажник)\b"
            r"|\bменя (затащили|затолкали|запихнули|увезли)\b",
            r"\bне знаю,? где я( сейчас)?( нахожусь)?$|\bне знаю,? где я нахожусь\b",
            r"\b(запер|заперла|заперли)\w* меня (в|на)\b|\b(закрыл|закрыла|закрыли) меня (в|на) (квартире|комнате|доме|подвале|ванной|туалете|"
            r"машине|балконе|кладовке|сарае|гараже|ключ|замок)\b|\bменя (заперли|запер)\b|\bдерж\w* (меня )?взаперти\b",
            _CHILD_RU
            + r"\b.{0,30}\b((два|три|несколько|2|3|4) (дня|суток|дней)|(вторые|третьи) сутки|(второй|третий) день)\b.{0,10}\b(один|одна|одни|без взрослых)\b"
            r"|\b(один|одна|одни|без взрослых)\b.{0,20}\b(уже )?(два|три|несколько|2|3|4) (дня|суток|дней)\b",
            # the child, not "the child's father", has gone missing (the look-behinds only at word starts)
            r"\b"
            + "".join(
                f"(?<!{parent} )(?<!{parent} моего )" for parent in ("отец", "отца", "папа", "мать", "мама")
            )
            + _CHILD_RU
            + r"\b.{0,20}\b(пропал|пропала|пропали|исчез|исчезла|исчезли|потерялся|потерялась|нигде нет|не (можем|могу) (его |е[её] )?найти)\b",
            r"\b(держат|держит) (меня )?(в|на) \w+\b.{0,20}\bне (выпускают|выпускает)\b",
            r"\b(забрали|отобрали|забрал|отобрал)\w* (у нас |у меня )?(все )?(документы|паспорт\w*|телефоны)\b.{0,100}"
            r"\b(заставляют|заставляет|не выпускают|не выпускает|запирают|запирает|бьют|держат|выходить нельзя|выйти не дают|не дают выйти)\b",
            # Held by an employer or a "helper" (training examples the model misses in nlu/crossval.py).
            r"\b(держат|запира\w*|не выпуска\w*|выйти не дают|не дают выйти|выходить нельзя)\b.{0,60}\bпаспорт\w* (у начальника|у хозяина|у работодателя|забрал\w*|отобрал\w*)"
            r"|\bпаспорт\w* (у начальника|у хозяина|у работодателя)\b.{0,60}\b(выйти не дают|не дают выйти|не выпуска\w*|выходить нельзя|запира\w*|держат)\b",
            r"\bзаставля\w* (\w+ )?(спать|работать|быть) с клиентами\b|\bзаставля\w* (заниматься )?(проституц\w*|секс\w*)",
            r"^(?!.*\b((год|года|лет|месяц\w*|недел\w*) назад|в прошлом году|на прошлой неделе|вчера|раньше|иногда|бывает|часто|"
            r"нашли|нашлась|нашелся|привез\w* обратно|вернул\w*|как (сделать|предотвратить|не допустить))\b)"
            r".*(\b(деменци|альцгеймер)\w*\b.{0,300}\b(ушел|ушла|пропал|пропала|исчез|исчезла|нет дома|не могу (его |е[её] )?найти)\b"
            r"|\b(ушел|ушла|пропал|пропала|исчез|исчезла)\b.{0,80}\b(деменци|альцгеймер)\w*\b.{0,40}\b(ищем|ищу|ищут|не можем найти|не могу найти)\b)",
            r"\b(ушел|ушла|пропал|пропала|исчез|исчезла)\b.{0,60}\b(в (одной )?ночнушке|в пижаме|в ночной рубашке|в тапках|в тапочках|без обуви|без куртки|босиком|мороз)\b",
            r"\b(в ночнушке|в ночной рубашке|в пижаме|в халате|в тапках|в тапочках|босиком)\b.{0,80}\b(не понимает|не знает|не помнит),? где\b"
            r"|\b(не понимает|не знает),? где (она|он)\b.{0,80}\b(минус|мороз\w*|холод\w*)\b",
            # A bedridden person alone who does not answer.
            r"\bлежач\w*\b.{0,150}\bне (отвечает|берет трубку|открывает)\b|\bне (отвечает|берет трубку|открывает)\b.{0,150}\bлежач\w*",
            r"^(?=.*\b(бывший|запрет\w*|угрожа\w*|боюсь|frauenhaus)\b)"
            r".*\b(он )?(сейчас )?(стоит|ждет|ждёт|караулит) (сейчас )?(внизу|под дверью|у двери|за дверью|у подъезда|под окнами|под окном|во дворе|возле дома)\b",
            _CHILD_RU
            + r"\b.{0,30}\b(на (открытом )?окне|на подоконнике|в открытом окне|на перилах|на краю балкона|на карнизе)\b",
            # eval/dev/ru-AD: the bath water red.
            r"^(?!.*\b(кран\w*|ржав\w*|труб\w*|вин\w*|свекл\w*)\b).*\bв ванн(ой|е)\b.{0,30}\bвода (уже |вся |стала )?(красная|в крови)\b",
            # eval/dev/ru-AG: set on fire with people inside.
            r"\b(подожгли|горит|поджог\w*)\b.{0,30}\bвнутри (люди|дети|мы|кто то)\b",
            # eval/dev/ru-AK: a gas heater and everyone asleep who does not wake.
            r"\b(газов\w* (печк\w*|обогревател\w*|колонк\w*|баллон\w*)|угар\w*)\b.{0,60}\b(не просыпа\w*|голова (сильно )?болит|тошнит|без сознания)",
        ],
        "he": [
            r"\b[וה]?(מישהו|גבר|איש|בחור|זר|שני גברימ|אוטו|רכב)\b.{0,10}(עוקב|עוקבת|הולכ|רודפ|נוסע) (אחריי|אחרי(?=$| [^ה]))",
            r"(עוקב|הולכ|רודפ) אחרי\S* (ברחוב|עד הבית|מה(תחנה|רכבת|אוטובוס)|כבר \S+ דקות)",
            r"(חטפו|חטפ) (אותי|אותה|אותו|את הילד|את הילדה|את הבת|את הבנ|את התינוק)\b|(נחטפתי|נחטפ|נחטפה)\b",
            r"(גררו|גרר|דחפו|דחפ|הכניסו) אותי (ל|לתוכ|אל )(ה)?(רכב|אוטו|מכונית|ואנ)",
            r"לא (יודע|יודעת) איפה אני( נמצא| נמצאת| עכשיו)?$|לא (יודע|יודעת) איפה אני (נמצא|נמצאת)\b",
            r"(נעל|נעלו|נועל|נועלת|נעלה|סגר|סגרו) אותי (ב|בתוכ |לבד ב)(ה)?(חדר|דירה|בית|מרתפ|מחסנ|שירותימ|אמבטיה|מרפסת|רכב|אוטו|ארונ|מקלחת|מטבח)",
            r"(לקח|לקחה) את (ה)?(ילד|ילדה|בת|בנ|תינוק)\S*.{0,30}(מאיימ|לא אראה|לא תראי|לפגוע)",
            r"(מאיימ|מאיימת) לפגוע ב(ו|ה|ילד|ילדה|ילדימ|בת|בנ|תינוק)\b",
            r"לא אראה (אותו|אותה|אותמ) (יותר|שוב)",
            # An adult who tells a child to keep a secret.
            r"(אמר|אמרה) (לה|לו|לבת שלי|לבנ שלי|לילד|לילדה) (לא לספר|שאסור לספר)",
            r"(לקח|לקחו|לקחה) (לנו |לי )?את (ה)?(דרכונימ|דרכונ|מסמכימ|טלפונימ)\S*.{0,80}(נועל|נועלימ|נעל|לא נותנימ לצאת|מכריח|מכריחימ|מרביצ)",
            _CHILD_HE + r".{0,25}לבד.{0,25}(כבר )?(יומיימ|יומ שלמ|ימימ|שלושה ימימ|כמה ימימ)",
            _CHILD_HE + r"( שלי| שלנו)? (נעלמ|נעלמה|נעדר|נעדרת|הלכ לאיבוד|הלכה לאיבוד)\b",
            _CHILD_HE + r".{0,30}(אדנ|חלונ פתוח|על המעקה|על החלונ)",
            r"\b(בת|בנ) (\d|שנה|שנתיימ|שלוש|ארבע|חמש|שש)\S*( וחצי)? (נמצא |נמצאת )?לבד (בבית|בדירה)",
            r"^(?!.*(לפני|בעבר|שעבר|אתמול|לפעמימ|פעמ אחת|למנוע|איכ|מה עושימ|מצאו|מצאנו|החזירו|חזר הביתה|חזרה הביתה))"
            r".*(דמנציה|דמנטי|אלצהיימר)\S*.{0,300}(נעלמ|נעלמה|יצא מהבית|יצאה מהבית|לא בבית|לא מוצא אותו|לא מוצאת אותו|לא מוצא אותה|לא מוצאת אותה)",
            r"^(?=.*(האקס|הגרוש|צו הרחקה|מאיימ|מפחד|מפחדת|frauenhaus))"
            r".*(הוא |האקס |הגרוש )?(עומד|מחכה) (עכשיו )?(למטה|ליד הדלת|מול הבית|מתחת לבית|בכניסה|מול הדלת)",
            *_HEBREW_IN_LATIN["danger_now"],
        ],
    },
    "medical": {
        "de": [
            # Insulin injected twice or far too much (not a daily schedule).
            r"^(?=.*\b(gespritzt|gegeben|verabreicht|versehentlich|aus versehen)\b).*"
            r"(\b(doppelte (dosis|menge)|zweimal|doppelt|viel zu viel|zu viel)\b(?! (am|pro|im|taglich|die woche))"
            r".{0,25}\binsulin\b|\binsulin\b.{0,30}\b(doppelt|zweimal|zu viel)\b(?! (am|pro|im|taglich|die woche)))",
            # Asked ahead (eval/dev/de-G.yml): "was macht man, wenn jemand nen Krampfanfall kriegt?"
            r"^(?!.*\b(was macht man|wenn jemand|vorbereitet)\b)"
            r"(?!.*\b(nach|seit|wegen|infolge|hatte|hatten|dachte|dachten)\b.{0,25}(herzinfarkt|schlaganfall|krampfanfall|uberdosis))"
            r"(?!.*\b(letzte woche|letzten monat|letztes jahr)\b)"
            r".*\b(herzinfarkt|schlaganfall|krampfanfall|uberdosis)\b"
            r"(?!.{0,40}\b(letztes|nach|seit|hatte|gehabt|ausweis|pflege|reha|antrag|rente|vor \w+ (jahr|monat|woche)))",
            r"\b(bekomme|kriege|krieg|bekommt|kriegt) (kaum|keine) luft\b",
            r"\bkann (kaum |nicht mehr |nicht )atmen\b",
            r"\b(ist|liegt) bewusstlos\b|\bbewusstlos\b|\bnicht (mehr )?ansprechbar\b",
            r"\batmet (nicht|nicht mehr|kaum)\b",
            r"\b" + _PERSON_DE + r"\b (\w+ ){0,3}(nicht|kaum|nicht mehr) (atmen|atmet)\b",
            r"\bzu viele? (tabletten|drogen)\b|\b(drogen|tabletten) genommen\b.{0,30}reagiert",
            r"\bblutet (stark|sehr|so stark|ohne ende|und hort nicht auf|wie verruckt|immer weiter)|\bblut verloren\b"
            r"|\b(blute|blutet)\b.{0,20}(hilfe|stark|angegriffen)|\bhort nicht auf zu bluten\b",
            r"\b(notarzt|krankenwagen|rettungswagen)\b.{0,20}\b(rufen|kommen|kommt|brauche|schnell)",
            r"^(?!.*\b(nur sodbrennen|war (gott sei dank |zum glück )?nichts|war (gott sei dank |zum glück )?nur|wieder (daheim|zu hause|zuhause))\b)"
            r".*\b(schmerzen in der brust|brustschmerzen)\b",
            r"\b(ausstrahl\w*|strahlt|zieht)\b.{0,20}\b(linken|linke) (arm|schulter|kiefer)",
            r"\b(umgefallen|umgekippt|zusammengebrochen)\b.{0,30}\b(wacht|reagiert) nicht",
            _PAST_DE
            + r".*\b(gesturzt|hingefallen|hingesturzt|gefallen)\b.{0,60}\b(kommt nicht (mehr )?hoch|komme nicht (mehr )?hoch|kann nicht (mehr )?aufstehen|blutet|liegt (da )?seit)\b",
            r"\b(fieber)\b.{0,60}\b(nacken (ist )?steif|steifer nacken|nackensteif\w*|(lila|violette|dunkle) flecken)\b"
            r"|\b(nacken (ist )?steif|steifer nacken|nackensteif\w*)\b.{0,60}\bfieber\b",
            _PAST_DE
            + r".*\b"
            + _PERSON_DE
            + r"\b.{0,25}\b(umgekippt|zusammengebrochen|kollabiert|ohnmachtig geworden|in ohnmacht gefallen)\b",
            r"\bwacht nicht (mehr )?auf\b",
            r"\b"
            + _PERSON_DE
            + r"\b.{0,25}\breagiert (auf nichts|gar nicht|nicht|kaum)\b(?! (mehr )?(auf|an|wenn|beim|bei)\b)",
            r"\bbewegt sich nicht\b",
            r"\b(blau angelaufen|lauft blau an|lippen sind (ganz )?blau)\b",
            _PAST_DE
            + r".*\b(stromschlag|aus dem fenster gefallen|vom balkon gefallen|ins wasser gefallen|in den pool gefallen)\b",
            r"\bgesicht hangt\b|\bplotzlich nicht mehr sprechen",
            r"\b(plotzlich|auf einmal)\b.{0,30}\b(verwaschen|undeutlich|lallt|lallend|gelahmt|schief|hangt|kann nicht (mehr )?sprechen)\b",
            r"^(?!.*\b(seit|nach)\b.{0,30}\bmundwinkel).*\bmundwinkel\b (\w+ ){0,2}(hangt|hangen|schief)\b",
            r"(putzmittel|reiniger|spulmittel|waschmittel|bleiche|chlor|lauge|entkalker|lampenol|gift|knopfzelle|batterie)\w*\b"
            r".{0,30}\b(getrunken|geschluckt|gegessen|verschluckt)\b",
            _CHILD_DE
            + r"\b.{0,40}\b(tabletten|pillen|medikamente)\b.{0,25}\b(gegessen|geschluckt|verschluckt)\b",
            r"\bverbruht\b|\b(schwer|stark|grossflachig) verbrannt\b"
            r"|\b(kochend\w*|heiss\w*) (wasser|ol|fett|tee)\b.{0,30}\b(verbrannt|ubergossen|gekippt|geschuttet)\b",
            r"\b(riecht|stinkt|rieche) (es )?(\w+ ){0,2}nach gas\b|\bgasgeruch\b|\bgas (tritt|stromt) aus\b",
            r"\b(hals|rachen|kehle|zunge|lippen|gesicht)\b.{0,10}\b(schwillt|schwellen|zugeschwollen)\b"
            r"|\b(schwillt|schwellen)\b.{0,15}\b(hals|rachen|kehle|zunge)\b.{0,5}\bzu\b",
            r"\b(wespenstich|bienenstich|insektenstich|allergisch\w*|anaphylakt\w*|allergieschock)\b.{0,40}\b(luft|atmen|atmet|schwillt|zugeschwollen)\b",
            r"^(?!.*\b(hatte|gehabt|letzte woche|letzten monat|letztes jahr|vor (\w+ )?(tagen|wochen|monaten|jahren))\b)"
            # Asked ahead (eval/dev/de-G.yml): "was macht man, wenn jemand nen Krampfanfall kriegt?"
            r"(?!.*\b(was macht man|wenn jemand|vorbereitet)\b)"
            r".*\b(krampft|krampfanfall|fieberkrampf)\b",
            r"\b(es brennt|brennt es)\b|\bfeuer in\b",
            r"\b(rauch|qualm) (im|in der|aus der|aus dem|kommt aus der|kommt aus dem) (treppenhaus|flur|wohnung|kuche|zimmer|keller|haus)\b",
            r"^(?!.*\b(haha\w*|lol|xd)\b)(?!.*\b(klausur|prüfung|test|mathe)\b.{0,20}\bich sterbe\b).*\bich sterbe\b(?! (gleich |noch )?vor (langeweile|lachen|neugier|hunger|durst|hitze|kalte|ungeduld|angst|stress|aufregung)\b)",
            # eval/dev/de-G: pills taken all at once, alcohol and pills, withdrawal (twitching, a seizure
            # just now, beetles on the wall), someone who cannot be woken and rattles, blue or purple lips,
            # a needle still in the arm, a drug and then the chest.
            r"(methadon|tabletten|benzos?|diazepam|tavor|lorazepam|schlaftablett\w*|pillen|lyrica|tilidin|fentanyl|morphin)\w*\b.{0,60}\bauf einmal (genommen|getrunken|geschluckt|eingeworfen)\b",
            r"^\W*tabletten (und|plus) (schnaps|korn|wodka)\b(?!.{0,30}\b(darf|kann|geht|erlaubt|gefährlich|vertragen)\b)|\b(schnaps|korn|wodka|alkohol)\b (und|mit|plus) (\w+ )?tabletten (drin|genommen|geschluckt)\b",
            r"\balle (\w+ ){0,2}tabletten (aus|von) (\w+ ){0,3}genommen\b|\balle tabletten\b.{0,60}\bes waren (sehr )?viele\b",
            r"\b(\d{2,}(?! ?mg\b)|ganze packung) (von )?(\w+ )?(diazepam|tavor|lorazepam|tabletten|pillen|benzos?)\b (\w+ )?genommen\b",
            r"\b(abgesetzt|entzug|aufgehört)\b.{0,60}\b(zuckt|krampfanfall|schwarz vor augen|käfer|zunge blutig|eingenässt)",
            r"\b(eben|gerade|grad|vorhin)\b.{0,20}\b(einen |nen )?krampfanfall\b",
            r"\bzunge (\w+ )?(blutig|zerbissen|durchgebissen)\b.{0,40}\beingenässt\b|\beingenässt\b.{0,40}\bzunge (\w+ )?(blutig|zerbissen)\b",
            r"\b(krieg|kriege|bekomm\w*) (ihn|sie) nicht wach\b|\bröchel\w*\b",
            r"\b(ganz |total |voll )?blau (im gesicht|angelaufen)\b|\blippen (sind )?(blau|lila)\b",
            r"\bnadel (\w+ )?(noch )?im arm\b|\bspritze (\w+ )?(noch )?im arm\b",
            r"\b(geschmissen|geballert|gespritzt)\b.{0,80}\b(zuckt|krampft|wirres zeug|nicht wach|röchelt|blau|lila|brust drückt|geht nicht mehr ans)",
            # eval/dev/de-H: a child who does not wake properly with a stiff neck and spots, a baby drying
            # out, a toddler who drank from the bottle under the sink, chest pain into the left arm, grey in
            # the face, a swollen face and whistling breath, bleeding in pregnancy, lying on the floor
            # breathing strangely, a seizure with the eyes turned.
            r"\b(hals|nacken) (ganz |so )?steif\b.{0,60}\b(punkte|flecken|fieber)|\b(fieber)\b.{0,60}\b(hals|nacken) (ganz |so )?steif\b",
            r"\bkeine nasse windel\b|\bweint ohne tränen\b|\baugen (so )?eingefallen\b",
            r"\b(aus|von) (der )?flasche unter (der )?spüle\b|\b(putzmittel|spülmittel|reiniger|entkalker|waschmittel)\b.{0,30}\b(getrunken|geschluckt|gegessen)\b",
            r"\b(herz|brust)\b.{0,20}\b(sticht|zieht|drückt)\b.{0,30}\b(linke\w*|in den) arm\b|\b(grau|blass) (im|in) gesicht\b.{0,40}\b(brust|herz)|\bbrust drückt wie (ein )?stein\b",
            r"\bgesicht (ganz |so )?(dick|geschwollen)\b.{0,60}\b(luft|pfeift|atmet)|\b(erdnuss|nüsse|wespe|biene)\w*\b.{0,80}\b(pfeift|keine luft|zugeschwollen)",
            r"\bschwanger\w*\b.{0,60}\b(blute|blutet|blutung)\b",
            r"\b(liegt|lieg) (\w+ ){0,3}(auf (dem )?boden|im flur)\b.{0,40}\b(atmet (so )?komisch|bewegt (sich )?nur|antwortet nicht|reagiert nicht)",
            r"\b(umgefallen|zusammengebrochen)\b.{0,40}\b(antwortet nicht|reagiert nicht|atmet (so )?komisch|schnarch\w*)",
            r"\b(krampf\w*)\b.{0,20}\baugen (verdreht|verdrehen)\b|\baugen verdreht\b.{0,20}\bkrampf",
            r"\b(aufgehängt|erhängt)\b.{0,60}\b(abgeschnitten|lebt noch|atmet)\b",
            # eval/dev/de-I: eyes that do not open, drunk and something taken with the heart racing, a
            # friend who breathes strangely and does not wake, a belt round the neck, a seizure that does not stop.
            r"\b(macht|kriegt) (die )?augen nich?t? (mehr )?auf\b",
            r"\bliegt (im|in der|auf dem|aufm) (bad|boden|flur|bett|küche|badewanne|klo|toilette) und (reagiert|antwortet) nich?t?\b",
            r"\b(gesoffen|getrunken)\b.{0,40}\b(genommen|geschluckt|gezogen)\b.{0,60}\b(herz rast|doppelt|bewusstlos|kipp)",
            r"\batmet (so )?(komisch|schwer|kaum)\b.{0,20}\bwacht nich?t? auf|\bwacht nich?t? auf\b.{0,20}\batmet (so )?(komisch|kaum)",
            r"\b(gürtel|seil|strick|kabel)\b.{0,20}\bum den hals\b",
            r"\bzuckt\b.{0,30}\b(hört|hort) nich?t? auf\b|\b(krampf\w*|anfall)\b.{0,40}\b(hört|hort) nich?t? auf\b",
            r"\bzu ?viel (von (dem|den) \w+ |tabletten |pillen |zeug |insulin )?(genommen|geschluckt|eingeworfen)\b",
            r"\blippen (sind )?(so |ganz )(blau|lila)\b",
            # eval/dev/de-L: a leg that sticks out oddly after a fall, an arm that will not lift and odd speech,
            # the worst headache ever and sudden, chest pain with cold sweat, vomiting blood, a sting in the throat,
            # blood sugar at 38, a cut that soaks the cloth.
            r"\b(bein|arm|fuß) steht (ganz )?(komisch|schief|seltsam) ab\b|\b(gefallen|gestürzt|runtergefallen)\b.{0,80}\b(komm|komme) nicht (mehr )?hoch\b",
            r"\b(arm|bein) nicht mehr (heben|bewegen)\b.{0,60}\b(red|rede|redet|spricht|sprech)\w* (so )?komisch|\b(red|rede|redet|spricht) (so )?komisch\b.{0,60}\b(arm|bein|gesicht) (hängt|nicht mehr)",
            r"\b(kopfweh|kopfschmerz\w*) wie noch nie\b.{0,60}\b(schlagartig|plötzlich|doppelt|erbrech\w*|kotz\w*)",
            r"^(?!.*\b(war (gott sei dank |zum glück )?nur|letzte woche|gestern)\b).*\b(stechen|druck|schmerz\w*|ziehen) in der brust\b.{0,80}\b(kalter schweiß|kaltschweißig|schweißausbruch|keine luft|linken arm)",
            rf"{_PAST_DE}.*\b(gekotzt|erbrochen|übergeben|kotz\w*|erbrech\w*)\b.{{0,40}}\bblut",
            r"\b(in den hals|in die zunge|im mund|in den rachen) gestochen\b",
            r"^(?!.*\b(war|wieder bei|jetzt wieder|inzwischen)\b).*\b(zucker|blutzucker)\b (\w+ )?(bei|auf) ([1-4]\d|[1-9])\b(?! ?(prozent|jahre|euro|kilo))",
            r"\b(tuch|handtuch|verband)\b (\w+ )?(drum|ist (schon )?durch)\b.{0,40}\b(hört nicht auf|blutet|durch)\b",
        ],
        "ru": [
            r"^(?!.*\b(после|был|была|было|перенес\w*)\b.{0,25}(инфаркт|инсульт|передоз))(?!.*\bчуть (\w+ )?(инфаркт|инсульт) не\b)"
            r"(?!.*\b(когда нибудь|если вдруг|на случай|в случае|если (у \w+ )?(будет|случится))\b)"
            r"(?!.*\b(умер|умерла|умерли|скончал\w*|погиб\w*)\b.{0,30}\b(инфаркт|инсульт))"
            r"(?!.*\b(какие (бывают )?(признаки|симптомы)|как (распознать|узнать|понять|отличить))\b.{0,20}\b(инфаркт|инсульт))"
            r".*\b(инфаркт|инсульт|передоз\w*)(?!.{0,40}\b(после|был|год|назад|инвалид))",
            r"\bне (могу|может) дышать\b|^(?!.*\b(бывают|бывает|иногда|периодически)\b).*\bзадыха(юсь|ется)\b|\bнечем дышать\b|(?<!иногда )(?<!часто )(?<!бывает )\bтрудно дышать\b",
            r"\bбез сознания\b|\bпотерял[аи]? сознание\b|\bне приходит в себя\b",
            r"\bне дышит\b|\bне двигается\b",
            r"\b"
            + _PERSON_RU
            + r"\b.{0,20}\bне (реагирует|шевелится|просыпается)\b(?! на (письм|сообщ|звонк|мои|запрос))",
            r"\bлежит на полу\b.{0,60}\b(не отвечает|не реагирует|не вста[её]т|хрип\w*|без сознания)",
            _unless(_IN_ADVANCE_RU + r"|как вызвать|если") + r"\b(вызовите|вызвать|вызываю|нужна) скор",
            r"\bсильное кровотечение\b|\bкрови (очень |так )?много\b.{0,20}\bне останавлива\w*|\bкровь (никак |вс[её] ещ[её] |до сих пор )?не останавливается\b|\b(много|очень много) крови\b|\bвся в крови\b"
            r"|\bкровь (хлещет|льется|льёт|фонтаном|идет сильно|идёт сильно)\b"
            r"|\bкровь (течет|идет|льется|льет)\b.{0,12}\b(сильно|ручьем|много|не переставая)\b"
            r"|\b(сильно|много) (течет|идет|льется|льет) кровь\b|\bсильно кровь (идет|течет|льется)\b|\bсильно (кровит|кровоточит)\b|\bсильное кровотечени",
            r"\b(давит|болит|сдавило|сдавливает|жжет|жжёт) (в )?груд\w*|\bотда[её]т в (левую )?руку\b|\bболь в груди\b",
            r"\bперекосил\w* (лицо|рот)\b|\b(лицо|рот) перекосил|\bугол(ок)? рта (опустил|перекос|повис)",
            r"\b(вдруг|внезапно|резко)\b.{0,25}\b(невнятн\w*|заплета\w*|онемел\w*|перекос\w*|не может говорить|отнял\w*)",
            r"\b(горло|язык|губы|лицо)\b.{0,15}\b(отекает|опухает|отекло|опухло|распухло|распухает|раздувается|сжимается)\b|\bот[её]к (горла|гортани|языка|квинке)\b|\bанафилак",
            _unless(r"(недел\w*|дн\w*|месяц\w*|год\w*) назад|починили|была утечка")
            + r"(\b(пахнет|воняет|запах) газ\w*|\bутечка газа\b)",
            r"\bобварил\w*|\bошпарил\w*|\bсильн\w* ожог|\bкипятк\w*.{0,20}\b(ожог|облил\w*|обж[её]г\w*)",
            r"\b(кипящ|горяч)\w* (масл|вод)\w*\b.{0,40}\b(облил\w*|опрокинул\w*|обж[её]г\w*|кожа)\b|\bкожа (слезает|облезает|пузыр\w*)\b",
            _unless(_IN_ADVANCE_RU + "|" + _PAST_RU)
            + _CHILD_RU
            + r"\b.{0,30}\b(съел|съела|проглотил|проглотила|выпил|выпила|отпил|отпила|глотнул|глотнула|наелся|наелась)\b.{0,60}"
            r"(таблет|лекарств|чистящ|средств|отбел|белизн|батарейк|магнит)",
            _unless(_PAST_RU) + r"\b(чистящее средство|отрав)",
            # Not a febrile seizure yesterday, seen by a doctor, unless it is back (eval/dev/ru-AK.yml).
            r"^(?!.*\b((был|была|были) судорог\w*|судорог\w* (был|была|были))\b(?!.{0,40}\b(опять|снова)\b))"
            + _unless(r"в детстве|(лет|год\w*) назад|в прошлом")
            + r"\bсудорог",
            r"\bзахлебнул\w*|\b" + _CHILD_RU + r"\b.{0,15}\b(тонет|тонул)\b",
            r"\bупал\w*\b.{0,25}\b(ударил\w* головой|не (может|могу) встать|не встает|без сознания|не двигается)\b",
            r"\b(упал\w*|сорвал\w*|авари\w*)\b.{0,40}\b((ног|ноги) не (чувствую|чувствует)|не (чувствую|чувствует) (ног|ноги))\b",
            r"\b(ударил\w*|ударило|удар) током\b",
            _unless(r"в детстве|(лет|год\w*) назад|в прошлом году|когда то")
            + r"\b(выпал\w*|упал\w*) (из|с) (окна|балкона|крыши)\b",
            r"\b(посинел\w*|губы синие)\b|\b(синий|синяя|синие|синеет) (вокруг|около|возле) (губ|рта)\b",
            # eval/dev/ru-Y.yml (a midwife's families): turning blue; pregnancy emergencies in lay words.
            r"^(\w+ ){0,2}(синеет|синеют)$|\b(губы|лицо|ребенок|ребёнок|малыш|малышка) (синеет|синеют|стал синий|стала синяя)\b",
            r"\bводы (отошли|отходят|подтекают)\b.{0,40}\b(зелен\w*|коричнев\w*|с кровью|до срока|рано)\b",
            r"\b(не чувствую|нет|не было) (\w+ )?шевелени\w*|\bшевелени\w* (не чувствую|нет|пропали|прекратились)\b",
            r"^(?=.*\b(тест (был )?положительн\w*|беремен\w*)\b)(?=.*\b(болит|боль)\b).*\b(кружится голова|темнеет в глазах|теряю сознание|обморок)\b",
            r"^(?!.*\b(после|был|была|было|перенес\w*)\b.{0,25}сердечн).*\bсердечн\w* приступ",
            _unless(
                r"в новостях|новост\w*|по телевизору|в газете|репортаж\w*|был пожар|после пожара|никто не пострадал|погорел\w*|чтобы не было"
            )
            + r"\bпожар\b|\bгорим\b|\b(горит|загорел\w*) (квартира|дом|кухня|подъезд|комната|балкон)\b"
            r"|\b(квартира|дом|кухня|подъезд|комната|балкон) (горит|загорел\w*)\b"
            r"|\b(дым|задымлен\w*) (в|из) (подъезд|квартир|кухн|комнат|коридор|подвал)\w*"
            r"|\bв (подъезде|квартире|коридоре|подвале|кухне|комнате) (\w+ )?дым\b",
            r"\bя умираю\b(?! (со смеху|от смеха|от скуки|от (этой |такой )?жары|от голода|с голоду|от любопытства|от стыда|от усталости|как (хочу|хочется)))",
            r"\bгазом (\w+ )?(пахнет|воняет|несет)\b",
            r"\b(температур\w*|жар)\b.{0,60}\b(шея (не сгибается|каменная|окаменела)|ригидн\w*|(фиолетов|багров|темн)\w* (пятн|сып)\w*)",
            _unless(_IN_ADVANCE_RU + r"|что делать,? если|" + _PAST_RU)
            + r"\b(проглотил\w*|съел\w*) (\w+ ){0,2}(батарейк\w*|магнит\w*)",
            r"\b(не чувствую|онемел\w*|отнял\w*) (\w+ )?(левую|правую|левая|правая) (руку|ногу|рука|нога|сторону|сторона|половин\w*)\b",
            # eval/dev/ru-V.yml: insulin injected twice or far too much (not a daily schedule).
            _unless(_IN_ADVANCE_RU)
            + r"\b(двойн\w*|лишн\w*|огромн\w*) (доз\w*|порци\w*) инсулин\w*|\bинсулин\w*\b.{0,30}\b(двойн\w* доз\w*|слишком много)\b"
            r"|\bслишком много\b.{0,20}\bинсулин\w*",
            r"^(?=.*\b(вколол\w*|уколол\w*|ввел\w*|ввела|ввели|случайно|по ошибке|перепутал\w*)\b).*"
            r"(\bинсулин\w*\b.{0,30}\b(дважды|два раза)\b(?! (в|за) (день|сутки|недел\w*))"
            r"|\b(дважды|два раза)\b(?! (в|за) (день|сутки|недел\w*)).{0,20}\bинсулин\w*)",
            # A diabetic sweating and confused now (low blood sugar).
            r"\bдиабет\w*\b.{0,60}\b(весь мокрый|вся мокрая|в поту|весь потный|вся потная|не понимает где|не узна[её]т|бормоч\w*|заговарива\w*)",
            # Blood sugar far too low (mmol/l, as people in Germany also say it: "сахар 2,1").
            r"\bсахар\w* (упал\w* )?(до |на )?[0-2] \d\b|\bгипогликеми\w*|\bсахар (очень |сильно )?(упал|низкий)\b.{0,40}\b(трус|тряс|плыв|пот|темн|сознан)",
            r"\bдым\w*\b.{0,15}\b(из под|из за|под) (двер|пол|потолк)\w*|\b(из под|из за) (двер|пол)\w* (\w+ )?(ид[её]т |валит |пош[её]л )?дым\b"
            r"|\b(валит|повалил) дым\b",
            r"\bс одной стороны\b.{0,15}\b(онемел\w*|отнял\w*|парализ\w*|не двига\w*|повис\w*|опустил\w*)"
            r"|\b(онемел\w*|отнял\w*|парализ\w*|повис\w*)\b.{0,15}\b(с одной стороны|(половина|пол) (лица|тела))\b"
            r"|\b(половина|пол) (лица|тела)\b.{0,10}\b(онемел\w*|отнял\w*|парализ\w*|не двига\w*)",
            r"\b(выпил|выпила|проглотил\w*|глотнул\w*|отпил\w*) (\w+ ){0,3}(из под раковины|чистящ\w*|средство для \w+|уксусн\w*|растворител\w*|"
            r"бензин\w*|антифриз\w*|отбел\w*|белизн\w*|кислот\w*|щелоч\w*)",
            r"\bne mogu dyshat|\bbez soznaniya\b|\bne dyshit\b",
            # eval/dev/ru-AA, ru-AD, ru-AE: overdoses in lay words (a count of pills, alcohol and pills,
            # a drug and then the heart), rattling breath, eyes rolling back, foam at the mouth, a
            # withdrawal seizure, vomiting blood, a fall with the head bleeding, lying on the floor for
            # hours, climbing onto a window sill in delirium, a child who drank methadone or descaler.
            rf"{_unless(_PAST_RU)}\b(выпил\w*|принял\w*|наглотал\w*|сожрал\w*|закинул\w*|съел\w*|проглотил\w*)\b (\w+ ){{0,3}}(\d{{2,}}|горсть|пачк\w*|упаковк\w*|блистер\w*|много)\b(?! ?(мг|mg|мл|ml|капел\w*|лет|год\w*|евро|минут\w*)\b)[^.!?]{{0,25}}{_DRUGS_RU}",
            rf"{_unless(_PAST_RU)}\b(выпил\w*|принял\w*|наглотал\w*|проглотил\w*)\b (\w+ ){{0,2}}{_DRUGS_RU},? (штук )?(\d{{2,}}|штук \d{{2,}}|пачку|вс[юе]|все)\b(?! ?(мг|mg|мл|ml))",
            r"\b(выпил\w*|принял\w*|наглотал\w*|запил\w*)\b.{0,40}\b(водк\w*|бутылк\w*|коньяк\w*|алкогол\w*)\b.{0,30}\bтаблет\w*"
            r"|\b(выпил\w*|принял\w*|наглотал\w*)\b (\w+ )?таблет\w*.{0,30}\b(запил\w*|с водкой|с коньяком|с алкоголем)",
            r"\b(нанюхал\w*|нюхнул\w*|укол\w*|обкурил\w*|закинул\w*|кокс\w*|меф\w*|амфетамин\w*)\b.{0,60}\b(сердце|в груди|рука немеет|не дышит|хрип\w*|судорог\w*|отключ\w*)",
            r"\bсердце\b.{0,15}\bостанавлива\w*|\bв груди (давит|жжет)\b.{0,40}\bрука (немеет|отнимается)\b",
            r"\b(не просыпается|не просыпаются|упал\w*|не отвечает|не реагирует|отключ\w*|укол\w*|глаза не открыва\w*)\b.{0,30}\bхрип\w*"
            r"|\bхрип\w*\b.{0,30}\b(не просыпается|не реагирует|не отвечает|глаза не открыва\w*)\b",
            r"\bпосиневш\w*\b|\bдышит (очень )?(редко|через раз|еле)\b|\bеле дышит\b",
            r"^(?!.*\b(храп\w*|во сне|годами|апноэ)\b).*\b(перестает|перестал\w*|прекращает) дышать\b",
            r"\b(двойн\w*|тройн\w*) доз\w*\b.{0,60}\b(сонн\w*|дышит|не просыпа\w*|еле)",
            r"\b(изо|из) рта (идет |шла )?пена\b|\bпен(а|ой) (изо|из) рта\b|\bглаза (у него |у нее )?(закатились|закатываются)\b|\bзакатились глаза\b",
            r"\b(сегодня|сейчас|только что|опять|снова)\b.{0,20}\b(был )?(припадок|эпиприпадок)\b|\bприпадок\b.{0,30}\b(язык прикусил\w*|опять начина\w*)",
            r"\b(рвет|рвало|вырвало|тошнит) кровью\b|\bкровав\w* рвот\w*\b|\bкашля\w* кровью\b",
            r"\b(упал\w*|ударил\w*)\b.{0,40}\b(головой|голову|голова разбита)\b.{0,60}\b(кровь|не вста[её]т|не реагирует|не отвечает|без сознания|не двигается)",
            rf"{_unless(_PAST_RU)}\b(упал\w*|лежу на полу|лежит на полу|сидит на полу)\b.{{0,40}}\b(встать не (могу|может)|не (могу|может|можем) (встать|подняться)|не подниму|(второй|третий|четвертый) час|с утра|со вчера|с вечера|бедро)\b",
            r"\bупал\w* (еще )?(вчера|ночью|с утра)\b.{0,60}\b(стонет|зовет|не может встать|не вста[её]т)|\b(стонет|зовет)\b.{0,80}\bупал\w* (еще )?(вчера|ночью)",
            r"\b(лежит|упал\w*)\b.{0,20}\bи не вста[её]т\b",
            r"\b(белочк\w*|горячк\w*|черти|мерещ\w*|голоса|под кайфом|обдолбан\w*|на мефе|пьяный|пьяная|бред\w*)\b.{0,60}\b(лезет|залез\w*|стоит|сидит) на (подоконник\w*|крыш\w*|карниз\w*|перил\w*)",
            rf"({_CHILD_RU}|\bбратик\w*|\bсестренк\w*|\bмладш\w+ (брат|сестр)\w*)\b.{{0,60}}\b(отпил\w*|выпил\w*|наглотал\w*|проглотил\w*|пил из|дотянул\w* до)\b.{{0,40}}\b(метадон\w*|таблет\w*|entkalker|отбеливател\w*|средств\w*|хими\w*|уксус\w*|лекарств\w*|капсул\w*)",
            r"\bподавил\w*\b.{0,40}\b(синеет|посинел\w*|не может дышать|задыха\w*|не дышит)\b",
            r"\b(не реагирует|мычит)\b.{0,40}\b(дышит редко|отключа\w*|глаза закатыва\w*)\b",
            # eval/dev/ru-AG, ru-AH: heat stroke in an old man, an allergic child wheezing, bleeding in
            # pregnancy, a bone through the skin, a finger nearly cut off, run over by a tractor, an
            # electric shock and no answer.
            r"\b(весь|вся) горяч(ий|ая)\b.{0,40}\b(не потеет|не узна\w*|не отвечает|бормочет)|\bгоряч(ий|ая) как печка\b",
            r"\b(аллерги\w*|орех\w*|укус\w*|ужалил\w*)\b.{0,60}\b(хрип\w*|задыха\w*|не может дышать)",
            r"\bберемен\w*\b.{0,150}\bкровь (пошла|идет|течет)\b",
            r"\bкость (\w+ ){0,2}торчит\b",
            r"\b(палец|пальцы|руку|кисть|ногу)\b (\w+ )?(почти )?(отрезало|оторвало|отрубило)\b|\b(отрезало|оторвало|отрубило) (\w+ )?(палец|пальцы|руку|кисть)\b",
            rf"{_unless(_PAST_RU)}\bпереехал\w* (\w+ )?(ногу|руку)\b",
            r"\b(током (ударило|убило|шарахнуло)|(ударило|шарахнуло) током)\b.{0,40}\b(не отвечает|не дышит|без сознания|лежит)",
            rf"{_unless(_PAST_RU)}\b(сознание|сознания) (теря\w*|потерял\w*)\b.{{0,40}}\b(дышать нечем|в фургоне|сейчас)|\bдышать нечем\b.{{0,60}}\bсознание\b",
            # eval/dev/ru-AK: one arm not working and the speech unclear, the head bleeding and not getting
            # up, burns (the face, the skin hanging), a child who swallowed grandmother's pills, a packet of
            # pills and no waking, fever with twitching, a crushed leg, low blood sugar and not recognising.
            r"^(?!.*\b(перелом\w*|после операции|реабилитац\w*|год\w* назад)\b).*(\bрука (одна )?не (работает|слушается)\b|\bговорит (непонятно|невнятно)\b.{0,40}\bрук)",
            r"\b(лежит|не вста[её]т)\b.{0,40}\bголова (вся )?в крови|\bголова (вся )?в крови\b.{0,40}\b(лежит|не вста[её]т|не отвечает)",
            rf"{_unless(_PAST_RU)}(\b(обгорел\w*|обожж\w*)\b.{{0,40}}\b(лицо|руки|грудь|пузыр\w*|кожа)|\b(лицо|руки|грудь)\b (\w+ )?(обгорел\w*|обожжен\w*)|\bкожа висит\b)",
            rf"({_CHILD_RU})\b.{{0,30}}\b(таблетк\w*|лекарств\w*|метадон\w*)\b.{{0,20}}\b(проглотил\w*|выпил\w*|съел\w*|наглотал\w*)",
            r"\b(пачк\w*|упаковк\w*) (\w+ )?таблет\w* (\w+ )?(выпил\w*|проглотил\w*)|\b(лежит|не просыпается|не отвечает)\b.{0,40}\bпуст(ые|ых) (блистер\w*|пачк\w*|упаковк\w*)",
            r"\b(температур\w*|горяч\w*|жар)\b.{0,40}\b(дергается|дергает\w*|не смотрит|глаза закатил\w*)",
            r"\b(нога|рука|ноги)\b (\w+ )?(раздавлен\w*|размозжен\w*)",
            r"\bкость (видно|видна)\b",
            r"\b(39|40|41|42)([,.]\d)?\b.{0,40}\b(вся|весь) (дергается|трясется)",
            r"\b(мокрый|мокрая|потный|потная)\b.{0,40}\b(трясется|не узна\w*|говорит ерунду)",
            # eval/dev/ru-AI, ru-AL: a tracheostomy tube out, a ventilator alarm and falling saturation,
            # seizure after seizure or minutes long, choking on food, lying by the bed for hours, a fall
            # with no feeling in the legs, bleeding in pregnancy "кровь много", a hunger strike with
            # fainting, lips numb after using again, blue on the floor.
            r"\b(хрип|хрипит)\b.{0,15}\b(нет дышать|не дышит)",
            r"\bлежу (у|возле) (кровати|дивана|ванны)\b.{0,30}\b(час\w*|не могу встать)",
            r"\bканюл\w* (выпала|выпал)\b|\bтрахеостом\w*\b.{0,40}\b(хрип\w*|не дышит|выпал\w*)",
            r"\bсатураци\w* (\d\d) (и )?пада\w*|\bсатураци\w* (6\d|7\d|8[0-5])\b|\b(аппарат\w* (дыхания|ивл)|ивл)\b.{0,60}\b(синеет|не дышит|падает|мигает красным)",
            r"\bупал\w*\b.{0,60}\bноги не чувству\w*",
            r"^(?=.*\b(ивл|аппарат\w*|beatmung\w*)\b).*\bаккумулятор\w* (\w+ )?(уже )?(мигает красным|садится|разряж\w*)",
            r"^(?!.*\b(паник\w*|панич\w*|астм\w*|кашл\w*)\b).*(\bприступ за приступом\b|\b(приступ|припадок)\b.{0,20}\b(\d+|десять|пять) минут\b|\b(припадок|приступ)\b.{0,30}\bне (проходит|останавливается|прекращается)\b|\bbuccolam\b)",
            r"\bни вдохнуть\b|\bне может (ни )?вдохнуть\b",
            r"\bберемен\w*\b.{0,60}\b(кровь много|много крови)\b",
            r"\bупал\w*\b.{0,10}\bголова (в )?кровь\b",
            r"\b(взял|вколол|укололся|чистый был)\b.{0,60}\b(губы (немеют|синеют)|дышать (тяжело|нечем))",
            r"\b(голодовк\w*|голодаю)\b.{0,80}\b(сознани\w*|обморок\w*|сердце|встать не могу|не могу встать)",
            r"\bсин(ий|яя)\b.{0,20}\b(на полу|не отвечает|не дышит)",
        ],
        "uk": [
            r"\b(впав|впала)\b.{0,40}\b(не (говорить|встає|вста[еє]|рухається|дихає|відповідає)|кров)\b",
            r"\bне дихає\b|\bбез свідомості\b|\bкров (з|із) голов\w*",
            r"\b(пахне|тхне) газом\b|\bзапах газу\b|\bпожежа\b|\bpakhne gazom\b",
            r"\bпроковтну(в|ла|ли|л)\b (\w+ ){0,3}(батарейк\w*|магніт\w*|таблет\w*)",
            r"\bкров (\w+ )?не зупиня\w*",
            r"\bне прокидається\b.{0,60}\b(упаков\w*|таблет\w*|снодійн\w*|ледве дихає|дихає (дуже )?рідко)",
            r"\b(синіє|посинів|посиніла)\b|\bвдавил\w*\b.{0,30}\bне може (кашляти|дихати)\b",
            r"\bнаковтал\w*\b.{0,20}\b(таблет\w*|пігулок)|\bнаковтався\b",
            r"\b(лівий|правий) бік\b.{0,10}\bне (двигається|рухається|слухається)\b|\b(ліва|права) (нога|рука) (ватна|не слухається|оніміла)\b",
            r"\b(піна|пєна|пена) (з|із|изо) рота\b",
            r"\b(давить|болить|пече) (в|у) грудях\b|\bбіль (в|у) грудях\b|\b(ліву|левую) руку (отдає|отдает|віддає)\b",
        ],
        "he": [
            # eval/dev/he-L: waters broken with much blood, the worst headache ever and sudden, sugar at 40
            # and trembling, a child who drank cleaning liquid, a baby burning hot who no longer cries, a fall
            # with a crooked leg and no moving.
            r"ירדו (לי )?המים\b.{0,40}(דם|דימום)",
            r"כאב ראש (הכי חזק|כמו שלא היה)\b.{0,60}(פתאום|בבת אחת|לא רואה)",
            r"(ה)?סוכר (\S+ )?([1-4]\d)\b.{0,30}(רועד|רועדת|מזיע|מזיעה|מבולבל|מבולבלת|לא מוצא|לא מוצאת)",
            r"(שתה|שתתה|בלע|בלעה)\b.{0,30}(חומרי ה?ניקיון|חומר ה?ניקוי|אקונומיקה)",
            r"(תינוק|תינוקת)\b.{0,60}(חם כמו|חום גבוה)\b.{0,60}(לא בוכה|רק שוכב|רק שוכבת|לא מגיב|לא מגיבה)",
            r"(נפלתי|נפל|נפלה)\b.{0,60}(לא (יכול|יכולה) לזוז|לא (מצליח|מצליחה) לקום|(ה)?רגל עקומה)",
            # Insulin injected twice or far too much (not a daily schedule).
            r"^(?=.*(הזרקתי|הזריק|הזריקה|הזריקו|קיבל|קיבלה|בטעות)).*"
            r"(אינסולינ.{0,30}(פעמיימ|מנה כפולה|כמות כפולה|יותר מדי)(?! ב(יומ|שבוע))"
            r"|(פעמיימ|מנה כפולה|כמות כפולה|יותר מדי)(?! ב(יומ|שבוע)).{0,25}אינסולינ)",
            r"^(?!.*כמעט (קיבלתי|קיבל|קיבלה|חטפתי) התקפ לב)(?!.*(אחרי|לפני|מאז|עבר|היה|היתה|בעקבות)\b.{0,20}(התקפ לב|שבצ|מנת יתר|אוברדוז))(?!.*(מה הסימנימ|סימנימ של|קראתי))"
            r".*(התקפ לב|\b[והבלמשכ]{0,2}שבצ\b|מנת יתר|אוברדוז)(?!.{0,40}(אחרי|לפני|שנה|תעודת|נכות))",
            r"(לא|בקושי|קשה לי) (יכול |יכולה |מצליח |מצליחה )?לנשומ",
            r"^(?!.*(בסדר גמור|כבר בבית|עכשיו (הוא |היא )?בבית)).*((מחוסר|מחוסרת|איבד|איבדה) הכרה|לא מתעורר|לא מתעוררת|\b(התעלפ|התמוטט)\S*(?!.{0,30}(לפני|בעבר|פעמ אחת)))",
            r"(לא|לא מצליח|לא מצליחה) נושמ|נחנק|נחנקת",
            r"(קיבל|קיבלה) מכה חשמלית|התחשמל|(שוכב|שוכבת) על הרצפה.{0,10}לא (זז|זזה|מגיב|מגיבה)\b",
            _PERSON_HE + r".{0,25}לא (מגיב|מגיבה|זז|זזה)\b(?! ?(ל|על|מ)\S)",
            # Not an ambulance last year for someone who is fine now (eval/dev/he-I.yml).
            r"^(?!.*(בשנה שעברה|בסדר עכשיו|בסדר גמור)).*"
            r"((תזמינו|להזמינ|הזמנתי|מזמינ|מזמינה|צריכ|צריכה|צריכימ|תקראו ל|לקרוא ל|קורא ל|קוראת ל) ?(אמבולנס|\bמדא\b|krankenwagen|notarzt|rettungswagen)"
            r"|(אמבולנס|\bמדא\b|krankenwagen|notarzt|rettungswagen)\b.{0,15}(דחופ|עכשיו|מהר|בדרכ))",
            r"(מדממ|מדממת|דימומ) (חזק|חזקה|לא נעצר|בלי הפסקה|מהראש)|הדמ (לא מפסיק|לא נעצר|זורמ|ניגר)|איבדתי הרבה דמ",
            r"כאב (חזק )?בחזה|(כואב|לוחצ) (לו |לי |לה )?(חזק )?בחזה|מקרינ ל?יד שמאל",
            r"נפל צד אחד של הפנימ|(הפה|הפנימ)( שלו| שלה)? (עקומ|עקומות|נפל|נפלו|צונח|צונחימ)",
            r"(עקומ|עקומות|מעורבב|משובש|צונח) פתאומ",
            r"פתאומ.{0,30}(עקומ|מעורבב|משובש|לא ברור|לא מצליח לדבר|לא מצליחה לדבר)",
            r"(הגרונ|הלשונ|השפתיימ)( שלי| שלו| שלה)? (נסגר|נסגרת|מתנפח|מתנפחת|התנפח|התנפחה)|נפיחות בגרונ|(אלרגי|עקיצה)\S*.{0,30}(לנשומ|נשימה|גרונ|מתנפח)",
            r"ריח (חזק )?(של )?גז|דליפת גז",
            r"לחצ (חזק )?בחזה|(מקרינ|הולכ|עובר|יורד)\S* ל?יד שמאל",
            r"(יש|יש פה|יש כאנ|מלא|הרבה) עשנ\b|\bעשנ (בדירה|בבית|בחדר|במטבח|בחדר המדרגות|בבניינ|יוצא|נכנס)"
            r"|האש (עלתה|מתפשטת|התפשטה|עולה)|נדלק\S* (לי )?(ה)?(שמנ|מחבת|סיר|ארונ|וילונ|מטבח|דירה|בית)|(הבית|הדירה|המטבח) (בוער|בוערת|עולה באש|עלה באש)",
            r"(נכווה|נכוותה|נכוויתי)\b(?! קצת)(?!.{0,30}(לא נורא|לא רציני))|כוויה קשה|כוויות קשות|מימ רותחימ",
            r"(שוכב|שוכבת) .{0,20}(ולא זז|ולא זזה)|(נפל|נפלה)\b.{0,15}(ולא קמ|ולא קמה|ולא זז|ולא זזה|ולא מגיב|ולא מגיבה)",
            r"^(?!.*(לפני (שנה|שבוע|חודש|שנתיימ|כמה)|בעבר|שעבר|אתמול ב?(מגרש|גנ)))"
            r".*(נפל|נפלה|נפלתי)\b.{0,60}(דמ מה?ראש|לא עונה|לא מגיבה|לא מגיב|לא (מצליח|מצליחה|יכול|יכולה) לקומ|ולא קמה|ולא קמ)\b",
            r"חומ (4[01]|גבוה).{0,60}(צוואר נוקשה|הצוואר (\S+ )?נוקשה|כתמימ סגולימ)|(צוואר נוקשה|הצוואר נוקשה).{0,60}חומ",
            r"(לקח|לקחה|בלע|בלעה) (\S+ ){0,2}כדורימ.{0,40}לא (עונה|מגיב|מגיבה|מתעורר|מתעוררת)",
            r"(שתה|שתתה|בלע|בלעה|אכל|אכלה) (חומר ניקוי|אקונומיקה|רעל|סוללה|מגנט)|בלעה כדורימ|בלע כדורימ",
            r"מפרכס|מפרכסת|פרכוסימ",
            r"נפל\S* (מ|מה)(חלונ|מרפסת|גג)|(כחול|כחולה|הכחיל|הכחילה) ולא נושמ",
            r"^(?!.*(לפני (\S+ )?(שבוע|שבועיימ|חודש|שנה)|שעבר|היתה|הייתה|כיבו|בחדשות)).*שריפה",
            *_HEBREW_IN_LATIN["medical"],
            # eval/dev/he-G: no air, stopped breathing and turned blue, grey lips, swollen all over after an
            # injection, a party drug and not waking (Hebrew and Latin letters), convulsions for minutes,
            # something red under a locked door.
            r"אינ (לו|לה) אוויר",
            r"(הפסיק|הפסיקה|מפסיק|מפסיקה) לנשומ|(נהיה|נהייתה|נעשה|נעשתה) (כחול|כחולה)|השפתיימ (שלו |שלה )?(כחולות|אפורות|סגולות)",
            r"התנפח(תי|ה|ו)? (כולי|כולה|כולו)|(מתנפח|מתנפחת|נפוח|נפוחה) (כולי|כולו|כולה)",
            r"(רועד|רועדת|קופצות|קופצימ|מפרכס|מפרכסת)\S*.{0,60}(לא מסתכל|לא מגיב|לא מגיבה|יותר מ\S* דקות)",
            r"משהו אדומ על הרצפה|דמ מתחת לדלת",
            # eval/dev/he-H: a parent with dementia gone out into the frost, chest like a stone and a cold
            # sweat, half the face fallen, one side numb, vomiting blood and not responding, lying on the
            # floor since yesterday, the worst headache ever and the arm falling, gas left on, a broken arm
            # and cannot get up; fallen in Latin letters.
            r"(נעלמ|נעלמה)\S*.{0,60}(קפוא|מינוס|בפיג'?מה|בחוצ)|(יצא|יצאה)\S*.{0,40}(בפיג'?מה|מינוס|קפוא)",
            r"(כאב|לחצ)\S* (\S+ ){0,2}בחזה.{0,40}(זיעה קרה|אבנ)|בחזה כמו אבנ",
            r"חצי (ה)?פנימ (שלו |שלה )?(נפל|נפלו|עקומ)|לא מרגיש(ה)? את הצד",
            r"(להקיא|מקיא|מקיאה|הקיא|הקיאה) דמ\b",
            r"(יושבת|יושב|שוכבת|שוכב) על הרצפה.{0,40}(מאתמול|מהבוקר|מהלילה|לא מגיעה|לא מצליח|לא מצליחה)",
            r"(כאב|כואב) (לה |לו |לי )?(ה)?ראש כמו ש?לא.{0,80}(מדברת|מדבר|היד|נופלת)",
            r"(בפיג'?מה|בפיגמה).{0,40}(בחוצ|מינוס|קפוא)",
            r"(הוא|היא) (חתכ|חתכה) את (ה)?(ידיימ|ורידימ)\b.{0,60}(דמ\b|לא עונה|חצי ישנ)",
            r"בלסת.{0,30}(מקיאה|מקיא|זיעה|בחזה)",
            r"^(?!.*(פעמיימ|כבר פעמ|לפעמימ|שוב ושוב)).*((השאיר|השאירה) את הגז (דלוק|דולק|פתוח) (ויצא|ויצאה)|הגז (דלוק|דולק|פתוח).{0,30}(יצא|יצאה|לא בבית))",
            r"(שבר|שבורה|שבור)\S*.{0,30}לא (מצליחה|מצליח|יכולה|יכול) לקומ",
            r"(שוכבת|שוכב) על הרצפה.{0,20}(נושמת|נושם) מוזר",
            # eval/dev/he-I: bleach swallowed, something taken and then silence behind a locked door,
            # convulsions with the eyes rolled, a sting and the face swelling, wheezing, alcohol and strange
            # breathing; in Latin letters, foam at the mouth.
            r"(שתיתי|שתה|שתתה|בלעתי|בלע|בלעה) (\S+ )?(אקונומיקה|חומר ניקוי|נוזל כלימ|מסיר אבנית)",
            r"(לקח|לקחה) משהו\b.{0,80}(נעל|שירותימ|מקיא|מסיבה).{0,80}(שקט|לא עונה|לא מגיב)",
            r"^(?!.*(לפני|היה|בעבר|מה עושימ אמ)).*(כאילו פרכוס|העיניימ (שלו |שלה )?(הפוכות|מתגלגלות))",
            r"(עקצה|עקצ|עקיצה)\S*.{0,40}(מתנפח|נפוח|קשה לנשומ)|הפנימ (שלי |שלו |שלה )?מתנפחות",
            r"(מצפצפ|מצפצפת|שורק|שורקת) כש(הוא|היא|אני) נושמ.{0,40}(בקושי|לא יכול|פריחה|מתנפח)|(פריחה|אלרגי\S*|אגוזימ|בוטנימ).{0,80}(מצפצפ|שורק)",
            r"(וודקה|אלכוהול|שתה|לקח|כדורימ).{0,40}(נושמ|נושמת) (מוזר|לאט|בקושי)",
        ],
        "en": [r"\bcan'?t breathe\b", r"\bheart attack\b", r"\boverdose\b", r"\bunconscious\b"],
    },
    "help_call": {
        # A bare call for help ("SOS hilfe", "срочно помогите!!!", "דחוף עזרה"): the whole message.
        "de": [
            r"^(?=.*\b(sos|notfall|schnell|sofort|dringend|hilfe hilfe)\b)(?=.*\b(hilfe|helft|hilf|sos|notfall)\b)"
            r"(?:(?:bitte|hilfe|helft|hilf|helfen|sie|mir|uns|schnell|sofort|dringend|sos|notfall|es|ist|ein|ganz|jemand|brauche|ich)\b ?){1,10}$",
        ],
        "ru": [
            r"^(?=.*\b(срочно|sos|скорее|быстрее|спасите|караул|srochno|spasite)\b)"
            r"(?=.*\b(помогите|помоги|спасите|помощь|sos|pomogite|spasite|караул)\b)"
            r"(?:(?:пожалуйста|помогите|помоги|спасите|срочно|sos|скорее|быстрее|караул|нужна|помощь|мне|нам|кто|нибудь|"
            r"pomogite|spasite|srochno|pozhaluysta|pozhalujsta)\b ?){1,10}$",
            r"^(кто (нибудь|то)|ктонибудь)( (срочно|скорее|пожалуйста|sos))+$",
        ],
        "he": [
            r"^(?=.*(דחופ|מהר|חירומ|הצילו|sos|מיד))(?=.*(עזרה|הצילו|תעזרו|עזרו|חירומ|sos|תצילו))"
            r"(?:(?:בבקשה|עזרה|הצילו|תעזרו|עזרו|דחופ|מהר|מצב|חירומ|sos|מיד|לי|צריכ|צריכה|אני|תצילו|מישהו)\b ?){1,10}$",
        ],
    },
}


@dataclass(frozen=True)
class CrisisSignal:
    category: str  # suicide | self_harm | violence_now | danger_now | medical | help_call
    language: str  # the language of the pattern that matched
    pattern: str


_COMPILED: list[tuple[str, str, re.Pattern[str]]] = [
    (category, language, re.compile(pattern.translate(FOLD_TABLE)))
    for category, by_language in PATTERNS.items()
    for language, patterns in by_language.items()
    for pattern in patterns
]

# A script gate, so that a long message is not searched by patterns that cannot match it: a
# pattern every match of which holds a Cyrillic (or Hebrew, or Latin) letter is skipped on a
# text without one. Which script a pattern needs is read off its parsed form, conservatively: a
# pattern whose need is not certain (a branch without that script, an optional part, a look-
# ahead) needs nothing and always runs. Same decisions, less work (`make bench`, text part).
_SCRIPT_LETTER = {
    "cyrillic": re.compile("[\u0400-\u04ff]"),
    "hebrew": re.compile("[\u0590-\u05ff]"),
    "latin": re.compile("[a-z]"),
}


def _needs(items: Iterable[tuple[Any, Any]], in_script: Callable[[str], object]) -> bool:
    """True when every match of this parsed sequence holds a letter of the script."""
    return any(_node_needs(op, value, in_script) for op, value in items)


def _node_needs(op: Any, value: Any, in_script: Callable[[str], object]) -> bool:
    if op is sre_parse.LITERAL:
        return bool(in_script(chr(value)))
    if op is sre_parse.IN:
        members: list[str] = []
        for kind, item in value:
            if kind is sre_parse.LITERAL:
                members.append(chr(item))
            elif kind is sre_parse.RANGE and item[1] - item[0] < 1000:
                members.extend(chr(code) for code in range(item[0], item[1] + 1))
            else:  # a negated class, \w, \d, a wide range: anything may match
                return False
        return bool(members) and all(in_script(ch) for ch in members)
    if op is sre_parse.SUBPATTERN:
        return _needs(value[-1], in_script)
    if op is sre_parse.BRANCH:
        return all(_needs(branch, in_script) for branch in value[1])
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        least, _, item = value
        return bool(least >= 1 and _needs(item, in_script))
    return False


def scripts_needed(pattern: str) -> frozenset[str]:
    parsed = sre_parse.parse(pattern)
    return frozenset(name for name, letter in _SCRIPT_LETTER.items() if _needs(parsed, letter.fullmatch))


def scripts_in(text: str) -> frozenset[str]:
    return frozenset(name for name, letter in _SCRIPT_LETTER.items() if letter.search(text))


_NEEDS: list[frozenset[str]] = [scripts_needed(pattern.pattern) for _, _, pattern in _COMPILED]


# A literal prefilter: most patterns cannot match unless one of a few fixed strings is in the text
# ("вер" for "\bвер[её]вк", one of the city names for a list of cities). Which strings, is read off
# the parsed pattern when the module loads, conservatively: a run of literal characters that every
# match holds, or one run from each branch of an alternation every match passes through; where no
# such run of two or more characters is certain, the pattern has no prefilter and always runs. A
# substring test is far cheaper than the regular expression, so a long message is searched only by
# the patterns that could match it: the same decisions, 41 -> 9 ms on 10,000 characters (`make bench`, text part).
def _sequence_requires(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings of which every match of this parsed sequence holds at least one, or None."""
    best: frozenset[str] | None = None

    def consider(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    run: list[str] = []
    for op, value in items:
        if op is sre_parse.LITERAL:
            run.append(chr(value))
            continue
        if run:
            consider(frozenset(["".join(run)]))
            run = []
        if op is sre_parse.SUBPATTERN:
            consider(_sequence_requires(value[-1]))
        elif op is sre_parse.BRANCH:
            branches = [_sequence_requires(branch) for branch in value[1]]
            if all(branches):
                consider(frozenset().union(*(branch for branch in branches if branch)))
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and value[0] >= 1:
            consider(_sequence_requires(value[2]))
    if run:
        consider(frozenset(["".join(run)]))
    return best


def required_strings(pattern: str) -> frozenset[str] | None:
    """Strings of which the text must hold one for the pattern to match (None: no prefilter)."""
    strings = _sequence_requires(sre_parse.parse(pattern))
    return strings if strings and min(map(len, strings)) >= 2 else None


_REQUIRES: list[frozenset[str] | None] = [required_strings(pattern.pattern) for _, _, pattern in _COMPILED]


def _may_match(required: frozenset[str] | None, text: str) -> bool:
    return required is None or any(string in text for string in required)


# Russian typed in Latin letters is read again in Cyrillic (pforte.text.translit.to_cyrillic)
# against the Russian patterns; the soft and hard signs are left out on both sides, as people
# mostly do not type them ("zhit", "bet").
_NO_SIGNS = str.maketrans("", "", "ьъ")
_RUSSIAN_WITHOUT_SIGNS: list[tuple[str, re.Pattern[str], frozenset[str], frozenset[str] | None]] = [
    (category, compiled, scripts_needed(compiled.pattern), required_strings(compiled.pattern))
    for category, language, pattern in _COMPILED
    if language == "ru"
    for compiled in [re.compile(pattern.pattern.translate(_NO_SIGNS))]
]


def detect_crisis(text: str) -> CrisisSignal | None:
    """The first danger signal in a message, or None."""
    folded = fold(text)
    if not folded:
        return None
    present = scripts_in(folded)
    for (category, language, pattern), needs, required in zip(_COMPILED, _NEEDS, _REQUIRES):
        if needs <= present and _may_match(required, folded) and pattern.search(folded):
            return CrisisSignal(category, language, pattern.pattern)
    if "latin" in present and "cyrillic" not in present and has_russian_in_latin_letters(folded):
        cyrillic = fold(to_cyrillic(folded)).translate(_NO_SIGNS)
        present = scripts_in(cyrillic)
        for category, pattern, needs, required in _RUSSIAN_WITHOUT_SIGNS:
            if needs <= present and _may_match(required, cyrillic) and pattern.search(cyrillic):
                return CrisisSignal(category, "ru", pattern.pattern)
    return None
