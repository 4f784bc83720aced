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

from pforte.text.normalise import FOLD_TABLE, fold

_NOW_DE = r"(gerade|jetzt|grad|sofort|hilfe|polizei|schnell)"
_NOW_RU = r"(сейчас|щас|помогите|помоги|спасите|полиция|полицию|срочно)"
_NOW_HE = r"(עכשיו|כרגע|הצילו|עזרה|משטרה|דחוף)"

PATTERNS: dict[str, dict[str, list[str]]] = {
    "suicide": {
        "de": [
            r"\b(mich|mir) (selbst |heute |jetzt |noch )*(umbringen|toten|das leben (zu )?nehmen|was antun|etwas antun)",
            r"\bbring(e|t)? (mich|sich) (selbst |jetzt |heute )?um\b",
            r"\b(sich|mich) (jetzt |heute )?(umbringt|umbringen|umzubringen|das leben nimmt)",
            r"\b(selbstmord|suizid|lebensmude|freitod|abschiedsbrief|abschiedsbriefe)",
            r"\bnich?t? mehr (weiter)?lebe?n\b",
            r"\b(will|mochte|mochte gern|wurde gern|werde) (einfach |nur |jetzt |heute )*(sterben|tot sein)",
            r"\b(ich|will|mochte|werde) .{0,20}\b(sterben|tot sein)\b",
            r"\bleben (beenden|ein ende)",
            r"\b(allem|dem ganzen|meinem leben|dem allen|alldem) (jetzt |heute )?ein ende",
            r"\bschluss mit (allem|dem leben|meinem leben)",
            r"\b(heute|heute nacht|jetzt|morgen) (nacht )?(mache|mach) ich schluss",
            r"\b(brucke|dach|fenster|hochhaus|balkon|fensterbrett)\b.{0,40}\b(springen|spring|springe)\b",
            r"\b(springen|spring|springe|springt) .{0,20}\b(brucke|dach|fenster|hochhaus|balkon)",
            r"\b(vor den|vor einen|unter den) (zug|lkw|auto)\b",
            r"\b(alle|ganze|ganzen|meine|viele|30|20|50) (meine )?(tabletten|pillen|schlaftabletten)\b.{0,30}\b(nehmen|nehme|nehm|schlucken|schlucke|genommen|geschluckt)",
            r"\b(tabletten|pillen|schlaftabletten)\b.{0,20}\b(gesammelt|vor mir|in der hand|genommen|geschluckt)",
            r"\b(packung|flasche) .{0,20}(tabletten|schlaftabletten|pillen)",
            r"\bnicht mehr (aufwachen|da sein|hier sein|da bin)\b|\bnie (wieder|mehr) aufwachen",
            r"\b(bin|sein) ich (nicht mehr da|weg)\b.{0,30}\b(ruhe|besser)",
            r"\b(ohne mich)\b.{0,20}\b(besser|ruhe)",
            r"\b(mich )?(aufhangen|erhangen|ertranken)\b|\bstrick\b",
            r"\bkeinen (sinn|ausweg) mehr\b",
            r"\bpulsadern\b",
        ],
        "ru": [
            r"\bпокончи(ть|ла|л|т|м|ю)? с собо",
            r"\bпокончу\b|\bпокончить со всем",
            r"\b(суицид|самоубийств|прощальн(ое|ую|ые) (письмо|записку|письма))",
            r"\bне ?(хочу|хачу|хочется|могу) (больше |уже )?жить\b",
            r"\bжить (больше |уже )?не (хочу|хачу|хочется)",
            r"\b(хочу|хачу) (просто )?(умереть|умиреть|сдохнуть)\b",
            r"\b(убить|убью|убил[аи]?|убь[её]т) себя\b",
            r"\bповеш(усь|аться)|повеситься\b|\bвер[её]вк",
            r"\b(прыгну|спрыгну|прыгнуть|спрыгнуть|выпрыгнуть|выпрыгну|прыгнет|броситься|брошусь) (с|из|под) ",
            r"\b(мост|крыш|подоконник|окн)\w*\b.{0,30}\b(прыгн|спрыгн|прыгат)",
            r"\b(выпить|выпью|выпила|выпил|наглотаться|наглоталась|наглотался|проглотила|проглотил|приняла|принял) .{0,25}(таблет|снотворн)",
            r"\b(все|горсть|упаковку|пачку) (таблеток|таблетки|снотворного)",
            r"\bс таблетками в руках\b",
            r"\bвскры(ть|ла|л|ю) (себе )?вены\b",
            r"\bлучше бы (я )?(умер|умерла|не родил)",
            r"\bвсем будет лучше без меня\b",
            r"\b(уйти|уиду) из жизни\b|\bсвести сч[её]ты с жизнью\b",
            r"\bнет смысла (жить|больше жить)\b|\bне вижу выхода\b",
            r"\bне проснуться\b",
            r"\b(сегодня|сегодня ночью|сейчас) (все|всему) (закончу|конец)\b",
            r"\bзавтра меня (уже )?не будет\b",
            r"\bne (hochu|xochu|khochu) (bolshe )?zhit",
            r"\b(pokonchit|pokonchu) s sobo[iy]|\b(ubit|ubyu|ubiu) sebya\b",
            r"\b(hochu|khochu) umeret\b|\bvypila vse tabletki\b",
        ],
        "he": [
            r"להתאבד|התאבדות|אתאבד|מתאבד|יתאבד|תתאבד|להתעבד|אובדני",
            r"לא (רוצה|רוצהה|מסוגל|מסוגלת|יכול|יכולה) (לחיות|להמשיכ לחיות)",
            r"(רוצה|רוצימ) (פשוט )?למות(?! (מבושה|מצחוק|משעמומ|מרעב))",
            r"לשימ (קצ|סופ) (ל?חיי|לזה|להכל)",
            r"(לגמור|גומר|גומרת|אגמור) (עמ|את) הכל|לגמור עמ החיימ",
            r"לסיימ את (החיימ|חיי)",
            r"(לקפוצ|קופצ|קופצת|אקפוצ)\b.{0,10}(מ|מה)?(גג|חלונ|גשר|מרפסת)|(גשר|גג|אדנ החלונ)\b.{0,30}(לקפוצ|קופצ|קופצת)",
            r"(לבלוע|בלעתי|אבלע|לקחתי|לקחת|אקח|הולכת לקחת|הולכ לקחת) .{0,25}(כדורימ|כדורי שינה)",
            r"(כל|קופסה שלמה של) (ה)?כדורימ",
            r"עמ הכדורימ ביד",
            r"להרוג את עצמי|אהרוג את עצמי",
            r"אינ (לי )?(טעמ|מוצא) (לחיות|בחיימ)?",
            r"לא (רוצה|רוצהה) להתעורר|להירדמ ולא להתעורר",
            r"מכתב פרידה",
            r"(מחר|הלילה) (כבר )?לא אהיה (פה|כאנ)",
            r"יותר טוב בלעדי",
            r"הכנתי חבל",
        ],
        "en": [r"\bkill(ing)? my ?self\b", r"\bsuicid", r"\bwant to die\b", r"\bend my life\b"],
    },
    "self_harm": {
        "de": [
            r"\britz(e|en)\b.{0,10}\b(mich|arme?|wieder)|\b(mich|wieder) (ge)?ritz",
            r"\b(mich selbst|mir selbst) (verletzen|verletze|weh tun|wehtun)|\bverletze mich (selbst)?",
            r"\bselbstverletz",
            r"\bschneide mich\b|\bmich (selbst )?schneiden\b",
        ],
        "ru": [
            r"\b(режу|порезала|порезал|резать|порезать|порежу) (себя|себе)",
            r"\b(причин(яю|ить|ила)|сделать) себе (боль|вред|больно)",
            r"\bселфхарм|самоповрежд",
        ],
        "he": [
            r"(פוגע|פוגעת|לפגוע|פגעתי) בעצמי",
            r"(חותכ|חותכת|לחתוכ|חתכתי) (את )?(עצמי|הידיימ|היד)",
        ],
        "en": [r"\bcut(ting)? myself\b", r"\bself[- ]harm"],
    },
    "violence_now": {
        "de": [
            _NOW_DE
            + r".{0,40}\b(schlagt|schlägt|verprugelt|pruegelt|prugelt|wurgt|tritt) (mich|uns|die kinder|mein kind|sie)",
            r"\b(schlagt|verprugelt|wurgt|tritt) (mich|uns|die kinder|sein kind|sie)\b.{0,40}" + _NOW_DE,
            r"\b(schlagt|verprugelt|wurgt) (mich|uns) (gerade|jetzt)|\b(schlagt|prugelt|verprugelt) gerade",
            r"\b(er|sie) (wurgt|erwurgt) mich|\bhat mich gewurgt\b|\bprugelt auf mich ein",
            r"\b(will|wird|droht|bringt) mich (zu )?(umbringen|toten|umzubringen|um\b)",
            r"\b(bedroht|droht) mich\b.{0,30}\b(messer|waffe|pistole|abzustechen)|\bdroht mich abzustechen",
            r"\b(messer|waffe|pistole)\b.{0,30}\b(bedroht|droht)",
            r"\bmit (einem|dem) messer\b",
            r"\b(hammert|tritt|schlagt) (gegen )?(die|meine) tur\b|\b(in meine wohnung )?einzubrechen\b",
            r"\bvergewaltig",
            r"\b(werde|wurde) (gerade |eben )?(angegriffen|verfolgt|geschlagen|festgehalten)",
            r"\bruf(t|en sie)? (die )?polizei\b",
            r"\b(bin|ist) (in|mein leben in) gefahr\b|\bleben ist in gefahr",
            r"\b(ist )?(noch|immer noch) in der wohnung\b",
            r"\bschreit (um hilfe|furchterlich)",
        ],
        "ru": [
            _NOW_RU + r".{0,40}\b(бь[её]т|избивает|душит|бьют|пинает) (меня|нас|ребенка|детей)",
            r"\b(бь[её]т|избивает|душит|бьют) (меня|нас|детей|ребенка)\b.{0,40}" + _NOW_RU,
            _NOW_RU + r".{0,40}\b(меня|нас) (бь[её]т|избивает|душит|бьют)",
            r"\b(меня|нас) (бь[её]т|избивает|душит|бьют)\b.{0,40}" + _NOW_RU,
            r"\b(он|она) (меня )?(душит|пытался меня задушить)|\bменя душит",
            r"\b(сейчас|прямо сейчас) (бь[её]т|избивает) ",
            r"\b(убь[её]т|хочет убить|хотят убить|грозит убить|угрожает убить) (меня|нас)|\bменя хотят убить",
            r"\bугрожает (мне )?(ножом|пистолетом|оружием)|\bс ножом\b",
            r"\bломится (в дверь|к нам|ко мне)|\bбушует за дверью",
            r"\b(насилует|изнасилов)",
            r"\bна меня (только что )?напал|\bнапал[аи]? на меня",
            r"\bвызовите полицию\b",
            r"\b(меня избили|избили меня)\b.{0,30}\b(ещ[её]|вс[её] ещ[её])",
            r"\b(жизнь|я) в опасности\b",
            r"\bдержат взаперти\b",
            r"\b(памагите|помогите|spasite|pomogite)\b.{0,30}\b(бьет|bet|byet|izbivaet|dushit)\b",
            r"\b(ubet|ub'et|ubyot) (menya|nas)\b|\bb'et menya\b|\bugrozhaet mne nozhom\b",
        ],
        "he": [
            r"(מרביצ|מכה|חונק|תוקפ|בועט) (לי|אותי|בי)?.{0,20}" + _NOW_HE,
            _NOW_HE + r".{0,40}(מרביצ|מכה|חונק|תוקפ|בועט)",
            r"(חונק|חונקת) אותי|ניסה לחנוק אותי|תוקפימ אותי|תקפו אותי",
            r"(רוצה|מאיימ|מאיימת|יהרוג|תהרוג) (ל?הרוג )?אותי|להרוג אותי",
            r"(מאיימ|מאיימת) עלי.{0,20}(סכינ|אקדח|נשק)",
            r"(עמ|ב)סכינ|סכינ ביד",
            r"(אונס|נאנסתי|אנס אותי)",
            r"(מנסה לפרוצ|פורצ את הדלת|שובר את הדלת)",
            r"תזמינו משטרה",
            r"(החיימ שלי|אני) בסכנה",
            r"(עדיינ|עוד) (פה|בדירה|בבית)",
            r"מחזיקימ אותי בכוח",
        ],
        "en": [r"\b(is|are) (attacking|hitting|beating) me\b", r"\bgoing to kill me\b"],
    },
    "medical": {
        "de": [
            r"\b(herzinfarkt|schlaganfall|krampfanfall|uberdosis)\b(?!.{0,40}\b(letztes|vor|nach|seit|hatte|ausweis|pflege))",
            r"\b(bekomme|kriege|krieg|bekommt|kriegt) (kaum|keine) luft\b",
            r"\bkann (kaum |nicht mehr |nicht )atmen\b",
            r"\b(ist|liegt) bewusstlos\b|\bbewusstlos\b",
            r"\batmet (nicht|nicht mehr|kaum)\b",
            r"\bzu viele? (tabletten|drogen)\b|\b(drogen|tabletten) genommen\b.{0,30}reagiert",
            r"\bblutet (stark|sehr|so stark)|\bblut verloren\b|\b(blute|blutet)\b.{0,20}(hilfe|stark|angegriffen)",
            r"\b(notarzt|krankenwagen|rettungswagen)\b.{0,20}\b(rufen|kommen|kommt|brauche|schnell)",
            r"\b(schmerzen in der brust|brustschmerzen)\b",
            r"\b(umgefallen|umgekippt|zusammengebrochen)\b.{0,30}\b(wacht|reagiert) nicht",
            r"\b(wacht|reagiert) nicht (mehr )?auf\b|\breagiert nicht mehr\b",
            r"\bbewegt sich nicht\b",
            r"\bgesicht hangt\b|\bplotzlich nicht mehr sprechen",
            r"\b(putzmittel|reiniger|gift)\b.{0,20}(getrunken|geschluckt|gegessen)",
            r"\b(krampft|krampfanfall)\b",
            r"\b(es brennt|brennt es)\b|\bfeuer in\b",
            r"\bich sterbe\b(?! vor (langeweile|lachen|neugier|hunger|durst|hitze|kalte|ungeduld)\b)",
        ],
        "ru": [
            r"\b(инфаркт|инсульт|передоз)\b(?!.{0,40}\b(после|был|год|назад|инвалид))",
            r"\bне (могу|может) дышать\b|\bзадыха(юсь|ется)\b|\bнечем дышать\b|\bтрудно дышать\b",
            r"\bбез сознания\b|\bпотерял[аи]? сознание\b|\bне приходит в себя\b",
            r"\bне дышит\b|\bне двигается\b",
            r"\b(вызовите|вызвать|вызываю|нужна) скор",
            r"\bсильное кровотечение\b|\bкровь не останавливается\b|\b(много|очень много) крови\b|\bвся в крови\b",
            r"\b(давит|болит) в груди\b",
            r"\bперекосило лицо\b",
            r"\b(чистящее средство|отрав)",
            r"\bсудорог",
            r"\bпожар\b",
            r"\bя умираю\b",
            r"\bne mogu dyshat|\bbez soznaniya\b|\bne dyshit\b",
        ],
        "he": [
            r"(התקפ לב|שבצ|מנת יתר|אוברדוז)(?!.{0,40}(אחרי|לפני|שנה|תעודת|נכות))",
            r"(לא|בקושי|קשה לי) (יכול |יכולה |מצליח |מצליחה )?לנשומ",
            r"(מחוסר|מחוסרת|איבד|איבדה) הכרה|לא מתעורר|לא מתעוררת",
            r"(לא|לא מצליח|לא מצליחה) נושמ|נחנק|נחנקת",
            r"(אמבולנס|מדא)",
            r"(מדממ|מדממת|דימומ) (חזק|חזקה|לא נעצר|בלי הפסקה|מהראש)|הדמ לא מפסיק|איבדתי הרבה דמ",
            r"כאב (חזק )?בחזה|כואב (לו |לי )?בחזה",
            r"נפל צד אחד של הפנימ",
            r"(שוכב|שוכבת) .{0,20}(ולא זז|ולא זזה)",
            r"(שתה|שתתה|בלע|בלעה) (חומר ניקוי|אקונומיקה|רעל)|בלעה כדורימ|בלע כדורימ",
            r"מפרכס|מפרכסת|פרכוסימ",
            r"שריפה",
        ],
        "en": [r"\bcan'?t breathe\b", r"\bheart attack\b", r"\boverdose\b", r"\bunconscious\b"],
    },
}


@dataclass(frozen=True)
class CrisisSignal:
    category: str  # suicide | self_harm | violence_now | medical
    language: str  # the language of the pattern that matched
    pattern: str


_COMPILED: list[tuple[str, str, re.Pattern[str]]] = [
    (category, language, re.compile(pattern.translate(FOLD_TABLE)))
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
