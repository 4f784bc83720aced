import pytest

from pforte.bench_text import LONG_MESSAGES
from pforte.text.crisis import detect_crisis, scripts_needed


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ich will nicht mehr leben", "suicide"),
        ("ich bring mich um", "suicide"),
        ("я не хочу больше жить", "suicide"),
        ("ne hochu bolshe zhit", "suicide"),
        ("אני רוצה למות", "suicide"),
        ("ich ritze mich wieder", "self_harm"),
        ("помогите он меня бьёт", "violence_now"),
        ("hilfe er schlägt mich", "violence_now"),
        ("mein Vater ist bewusstlos", "medical"),
        ("не могу дышать", "medical"),
        ("\u202bאני רוצה להתאבד\u202c", "suicide"),
        ("ein Mann hält mich im Auto fest", "danger_now"),
        ("за мной идут двое мужчин", "danger_now"),
        ("מישהו רודף אחריי", "danger_now"),
        ("SOS hilfe", "help_call"),
        ("es riecht nach Gas und Mama ist umgekippt", "medical"),
    ],
)
def test_danger_signals_are_caught(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category == category


# Each new category: messages that must be flagged, in every language, phrased in several ways.
FLAGGED = {
    "farewell": [
        "Das hier ist meine letzte Nachricht an euch alle",
        "lebt wohl ihr lieben",
        "Ich habe mich heute von allen verabschiedet",
        "ich gehe jetzt für immer, passt auf euch auf",
        "Sag meiner Mama, dass es mir leid tut",
        "heute abend ist alles zu ende",
        "Ich hab meine Sachen verschenkt, jetzt ist es soweit",
        "вот моё последнее письмо вам",
        "прощайте все",
        "я попрощалась со всеми",
        "передайте маме, что я её люблю",
        "этой ночью всё закончится",
        "скоро меня не станет",
        "אלו המילים האחרונות שלי",
        "אני נפרד מכולם",
        "תגידו לאמא שלי שאני אוהב אותה",
        "הכל ייגמר הלילה",
        "חילקתי את כל הבגדים שלי, הגיע הזמן",
    ],
    "passive_death_wish": [
        "ich wünschte, ich wäre nie geboren",
        "Am liebsten wäre ich gar nicht mehr da",
        "wofür soll ich noch leben",
        "es gibt keinen Grund mehr zu leben",
        "ich bin doch nur noch eine Last, bald habt ihr Ruhe vor mir",
        "ich möchte zu meiner verstorbenen Frau",
        "лучше бы меня не было",
        "устал жить, сил нет",
        "не вижу никакого смысла в жизни",
        "больше не хочу существовать",
        "скоро вы от меня избавитесь",
        "хочу к умершей маме, без неё жить не буду",
        "עדיף לי למות",
        "הלוואי שלא הייתי נולד",
        "אין לי יותר כוח לחיות",
        "אני רק נטל",
        "אני רוצה להצטרף לאמא שלי שנפטרה",
    ],
    "height_and_means": [
        "ich sitze auf dem Geländer der Brücke und schau runter",
        "ich liege auf den Gleisen",
        "die Klinge liegt neben mir",
        "ich schlucke jetzt die ganze Packung Tabletten",
        "Wie viele Schlaftabletten sind tödlich?",
        "сижу на крыше, не могу больше",
        "хочу выйти в окно",
        "лезвие в руках",
        "снотворное передо мной",
        "сколько таблеток нужно чтобы умереть",
        "אני עומדת על המעקה של המרפסת",
        "אני שוכבת על הפסים",
        "הסכין כבר לידי",
        "כמה כדורים צריך כדי למות",
    ],
    "self_harm": [
        "ich habe mich absichtlich verbrannt",
        "я снова порезала себя",
        "прижгла себе руку сигаретой",
        "שורפת את עצמי",
    ],
    "violence_now": [
        "Mein Vater hat gerade meine Mutter zusammengeschlagen",
        "beim Nachbarn schlägt jemand eine Frau, sie schreit um Hilfe",
        "er wird uns umbringen",
        "mein Ex steht mit einem Messer vor der Tür",
        "сосед избивает жену прямо сейчас",
        "он убьёт ребёнка",
        "в меня стреляли",
        "השכנים מכים ילד עכשיו",
        "הוא יהרוג אותה",
        "יש לו אקדח והוא מאיים עלינו",
    ],
    "danger_now": [
        "ein Typ verfolgt mich seit dem Bahnhof",
        "zwei Männer laufen mir hinterher",
        "sie haben mich in einen Transporter gezerrt",
        "mein Mann hat mich in der Wohnung eingesperrt",
        "das Baby ist seit drei Tagen allein",
        "ein Kleinkind steht auf dem Fensterbrett im 5. Stock",
        "кто-то преследует меня от метро",
        "меня затолкали в машину",
        "меня заперли в подвале",
        "ребёнок третьи сутки один дома",
        "малыш сидит на подоконнике открытого окна",
        "גבר עוקב אחריי ברחוב",
        "חטפו את הבת שלי",
        "נעלו אותי במחסן",
        "התינוק לבד בבית כבר יומיים",
        "הילד עומד על אדן החלון",
    ],
    "medical": [
        "mein Sohn hat Spülmittel getrunken",
        "meine Tochter hat eine Knopfzelle verschluckt",
        "plötzlich hängt ihr Mundwinkel und sie lallt",
        "mein Mann ist einfach umgekippt und reagiert nicht",
        "mein Kind hat sich mit heißem Tee verbrüht",
        "es riecht hier stark nach Gas",
        "nach einem Bienenstich schwillt ihre Zunge an und sie bekommt keine Luft",
        "ребёнок выпил средство для посуды",
        "у мамы вдруг онемела рука и речь невнятная",
        "отец не реагирует",
        "пахнет газом в подъезде",
        "обварила руку кипятком",
        "горло отекает после укуса осы",
        "הבן שלי שתה אקונומיקה",
        "אבא שלי התעלף ולא מגיב",
        "הפנים שלה עקומות פתאום",
        "יש ריח חזק של גז",
        "התינוקת נכוותה",
        "הגרון שלי מתנפח אחרי עקיצה",
    ],
    "help_call": [
        "hilfe schnell",
        "SOS",
        "Notfall!!! bitte helft mir",
        "SOS помогите срочно",
        "помогите скорее",
        "הצילו דחוף",
        "עזרה מהר",
    ],
    "transliterated": [
        "ya ne mogu bolshe zhit",
        "pomogite menya b'yot muzh",
        "ani rotza lamut",
        "nimas li lichyot",
    ],
    "development_and_cross_validation_gaps": [
        # Russian typed in Latin letters is read again in Cyrillic against the Russian patterns.
        "zavtra menya ne ishchite. spasibo vam za vse",
        "ya reshila ujti iz zhizni segodnya",
        "on grozit chto ub'et menya, ya zaperlas v vannoj",
        "nakopila snotvornogo, vyp'yu vse tabletki noch'yu",
        "muzh pyanyj lomitsya v dver, pomogite",
        "ne khochu bolshe zhit",
        # Fire, an attack on a building, a threat shouted now, a decision and a farewell.
        "дым в подъезде горим",
        "у синагоги толпа, кидают камни в окна, мы заперлись внутри",
        "он стоит внизу и орёт, что достанет меня",
        "Я всё решил. Спасибо, что были рядом",
        "не надо меня отговаривать, я просто хотел, чтобы кто-то это прочитал",
        # A person with dementia gone at night, the violent ex outside the door now, smoke at home.
        "Papa hat Demenz. Die Haustür steht offen und Papa ist weg, nur im Schlafanzug, draußen minus fünf Grad",
        "Ich habe ein Kontaktverbot gegen meinen Ex. Gerade steht er unten vor meinem Haus",
        "Rauch im Treppenhaus, ich komme nicht raus",
        "у папы деменция, проснулась, а его нет дома, ушёл в тапках, на улице мороз",
        "бывший нарушил запрет, сейчас стоит под дверью",
        "יש פה עשן",
        "נדלק לי השמן במחבת והאש עלתה לארונות",
        "יש לי לחץ חזק בחזה שהולך ליד שמאל",
        "גמרתי לכתוב מכתבי פרידה לילדים",
        "שוב חתכתי והפעם זה עמוק מדי",
        "שלושה בחורים הקיפו אותי ליד התחנה והם דוחפים אותי",
        "הבת שלי בת 4 לבד בבית ואני תקועה בבית חולים",
        # A pet given away because nobody will feed it; a bare "I can't any more"; a weapon
        # brandished; holding the door; documents taken and forced to work.
        "könnt ihr für meinen Kater ein Zuhause suchen? ab morgen bin ich nicht mehr da",
        "пристройте кошку, после сегодняшнего вечера кормить её будет некому",
        "תמצאו בית לכלב שלי, מחר כבר לא יהיה מי שיאכיל אותו",
        "kann nicht mehr",
        "это конец",
        "אני לא יכולה יותר",
        "сосед пьяный размахивает ножом во дворе",
        "мы с детьми в комнате держим дверь, он ломает",
        "у нас забрали паспорта, заставляют работать по 16 часов",
        "Sie haben uns die Pässe weggenommen und lassen uns nicht raus",
        "לקחו לנו את הדרכונים ונועלים אותנו בלילה",
        "дочка отпила средство для унитаза",
        "опрокинула на себя кипящее масло, кожа слезает",
    ],
    # Found with eval/dev/ru-D.yml; written here in other words.
    "russian_development_set_d": [
        "Боже, прими мою душу, я сама к Тебе сегодня приду",
        "всем пока. простите меня",
        "звоню попрощаться, не ищи меня",
        "завещание написала, ключи отдала соседке, документы на столе",
        "счета оплатил, дела закрыл. сегодня подходящая ночь",
        "скоро увижусь с мужем, он меня там давно ждёт",
        "этой ночью я всех освобожу от себя",
        "снотворное копила полгода, теперь хватит на всё",
        "достал отцовский пистолет, лежит передо мной на столе",
        "стою у открытого окна, седьмой этаж, смотрю вниз",
        "na kryshe sizhu. prosto hotela poproshchatsya",
        "не вижу смысла просыпаться завтра",
        "режу руки уже час",
        "он вчера меня душил, а сегодня сказал что доделает",
        "муж утром сказал, что вечером со мной расправится",
        "соседка кричит, что её убивают",
        "бывший пишет, что стоит под окном и сейчас поднимется",
        "бабушка в ночнушке сидит во дворе, не понимает, где она",
        "папа лежачий, сиделка не пришла, он не отвечает на звонки",
        "в коридоре газом пахнет",
        "из-под двери соседей идёт дым",
        "у деда рука и пол лица онемели",
        "дедушка выпил что-то из-под раковины",
        "кровь до сих пор не останавливается",
        # eval/dev/ru-E.yml: a child named in another case.
        "сыну три года, по-моему он проглотил магнит",
        "у дочке температура, судороги",
    ],
    # Found with eval/dev/ru-G.yml (danger inside an everyday question) and ru-H.yml (short messages).
    "russian_development_sets_g_and_h": [
        "как оспорить Bescheid? впрочем неважно, через неделю меня не будет",
        "помогите с письмом от Inkasso. муж вчера приставил нож к горлу, говорит, что сломает мне шею",
        "можно ли без Termin к врачу? сахар 1,9, всё плывёт",
        "он внизу с канистрой, кричит, что подожжёт квартиру",
        "как записаться на курс? сын написал, что сидит на мосту и больше не может",
        "психиатр только через три месяца. план уже есть, снотворное купила",
        "внук проглотил магнит, ему два года",
        "не чувствую правую ногу",
        "внучке пять, её нигде нет",
    ],
    # Found with eval/dev/de-B.yml and he-B.yml (danger inside an everyday question), in other words.
    "german_and_hebrew_development_sets_b": [
        "Wie lange dauert ein Wohngeldantrag? Ich sitz grad auf dem Geländer von der Brücke",
        "Zahlt die Kasse Therapie? Mein Sohn ist im Zimmer und schneidet sich gerade",
        "Mein Opa ist in der Küche gestürzt und kommt nicht mehr hoch, wer zahlt den Hausnotruf?",
        "Das Kind hat hohes Fieber und der Nacken ist steif, brauchen wir eine Überweisung?",
        "Sie sagen, ich muss ihn heiraten, sonst bringen sie mich um",
        "איך מגישים ערעור? בכל מקרה החבל כבר מוכן",
        "שאלה על ה-Wohngeld. אני על המרפסת, עברתי את המעקה",
        "קניתי כדורים, הלילה אני גומרת עם זה",
        "הם למטה עם מוט ברזל, אמרו שישברו לי את הרגליים",
        "אני לא סומכת על עצמי ליד התינוק כרגע",
        "המאמן אמר לבת שלי לא לספר לאף אחד",
        "סבתא נפלה במקלחת, יש לה דם מהראש",
        "חום 41 והצוואר נוקשה",
        "у ребёнка температура 40, шея не сгибается",
        # Ukrainian and the Russian-Ukrainian mix.
        "не хочу більше жити",
        "батько впав, кров з голови, не говорить",
        "допоможіть, він б'є мене",
    ],
    "russian_development_sets_k_and_l": [
        "я на седьмом месяце, кровь идёт сильно, дома никого",
        "у мамы из носа сильно течёт кровь уже полчаса",
        # A past story does not hide a height now.
        "лет пять назад было тяжело, а сейчас опять хочу спрыгнуть с моста",
    ],
    # Found with eval/dev/ru-P.yml (the catalogue's crisis: suicidal thoughts, self-harm), in other words.
    "russian_development_set_p": [
        "дедушка диабетик, сидит в поту и не узнаёт меня",
        "режусь каждый вечер, никто не знает",
        "нас сейчас бьют соседи по Heim",
    ],
    # Found with eval/dev/ru-S.yml (said sideways), in other words.
    "russian_development_set_s": [
        "сколько таблеток надо, чтобы наверняка?",
        "всем было бы проще, если бы меня не стало",
        "страховка выплатит семье при самоубийстве? хочу знать заранее",
    ],
    # Found with eval/dev/de-D.yml and he-D.yml (the catalogue's crisis, said sideways), in other words.
    "german_and_hebrew_development_sets_d": [
        "mir ist mittlerweile egal ob ich morgen noch lebe",
        "ich kann ihn nicht mehr pflegen, ich nehme uns beide mit",
        "ab wie vielen schlaftabletten wird es gefährlich? frage für mich",
        "Zahlt die Lebensversicherung bei Suizid? Die Kinder sollen abgesichert sein",
        "השכן התחשמל מהמזגן ולא זז",
        "רוצה לבטל את המנוי לטלפון ולסדר את הכל לפני",
        "כמה כדורי שינה צריך כדי לא להתעורר",
        "יש לי חבל מוכן בארון",
        "אם אני אעלם לילדים יהיה קל יותר",
    ],
    # Found with eval/dev/de-F.yml and he-F.yml, in other words.
    "german_and_hebrew_development_sets_f": [
        "wie viel insulin braucht man damit man nicht mehr aufwacht",
        "es soll wie ein Unfall aussehen, damit meine Familie nicht leidet",
        "gibt es einen wald wo einen niemand findet? fürs letzte mal raus",
        "wie hoch muss ein Hochhaus sein damit es sicher klappt",
        "hab den Gashahn aufgedreht ohne anzuzünden",
        "ich überlege jede nacht wie ich es machen werde, ich habe einen plan",
        "כמה זמן לוקח למות מכדורים",
        "אני חותכת שוב ולא מצליחה להפסיק",
        "רוצה שלא יישאר ממני כלום",
        "איזה בניין הכי גבוה בעיר? לא בשביל תמונות",
        # A conditional threat is a threat.
        "הוא עומד בחוץ ואומר שיהרוג אותי אם לא אפתח",
    ],
    # eval/dev/ru-T.yml, in other words.
    "russian_development_set_t": ["решил уйти тихо, никому не скажу"],
    # Hebrew typed in Latin letters (eval/dev/he-latin-crisis-A.yml), in other words.
    "hebrew_in_latin_letters": [
        "ha-tinoket lo noshemet",
        "yesh ashan ba-mitbach, ma osim",
        "ha-layla ani gomeret im ze",
        "rak rotza she-lo ateorer yoter",
        "hu shover et ha-delet achshav",
        "ha-yeled shelanu levad al ha-mirpeset ve metapes al ha-maake",
        "kaev li ba-chaze ve ha-yad mardima",
        "abba nafal ba-ambatya ve lo mitorer",
        "kulam yihyu tovim bli, ani holech",
    ],
    # eval/dev/ru-V.yml (a hotline counsellor's first messages), in other words; and insulin
    # twice or far too much in all three languages.
    "russian_development_set_v": [
        "а сколько надо снотворного, чтоб уж наверняка",
        "как это сделать так, чтобы не больно было",
        "ну всё, мне пора. всё подготовила",
        "снова сорвалась вчера, запястье всё в порезах",
        "дед ушёл из дома в пижаме, у него Альцгеймер, второй час ищем",
        "муж по ошибке дважды вколол инсулин, теперь весь потный",
        "Papa hat versehentlich die doppelte Dosis Insulin gespritzt",
        "אמא הזריקה בטעות יותר מדי אינסולין והיא מבולבלת",
    ],
    # eval/dev/ru-latin-crisis-A.yml (Russian typed in Latin letters), in other words, in both scripts.
    "russian_latin_development_set_a": [
        "luchshe by ya bol'she ne prosypalsya",
        "устал я жить, честно",
        "esli vyselyat, ya sebya ub'yu",
        "письма детям написала, осталось лишь решиться",
        "hochu zakonchit' vse razom, sil net",
        "сижу на подоконнике, 7 этаж",
        "kupil dve upakovki snotvornogo v raznyh aptekah",
        "сын прислал «прости мама» и не берёт трубку",
        "у мужа от укуса лицо раздувается, хрипит",
        "v koridore dym, nichego ne vidno",
        "мама лежит на полу и хрипит",
        "krovi tak mnogo, nikak ne ostanavlivaetsya",
        "муж поднял на меня руку только что, я в ванной",
        "хочу раздать все вещи, мне больше ничего не понадобится",
    ],
    # eval/dev/ru-W.yml (teenagers' slang) and ru-X.yml (men, terse), in other words.
    "russian_development_sets_w_x": [
        "всё, сегодня выпилюсь",
        "иногда так хочется просто умереть",
        "мечтаю, чтобы меня переехал поезд",
        "прижгла себе запястье сигаретой опять",
        "порезы на руке загноились, что делать",
        "в моей смерти прошу никого не винить",
        "депортируют? назад не вернусь, лучше умру здесь",
        "пистолет дома есть, если что",
        "сорвался с лесов, ноги не чувствую",
    ],
    # Training examples the model misses in cross-validation (nlu/crossval.py), in other words:
    # held by an employer, forced to sex work, a bare call, a razor on the bath's edge, blue lips.
    "russian_crossvalidation_misses": [
        "хозяин отобрал документы, на ночь нас запирает",
        "живём на ферме, выйти не дают, паспорта у работодателя",
        "её заставляют работать с клиентами, телефон отобрали",
        "кто-нибудь, пожалуйста",
        "сижу на краю ванны с лезвием",
        "у малыша синеет вокруг губ, дышит часто",
    ],
    # eval/dev/ru-Y.yml (pregnancy and babies), in other words.
    "russian_development_set_y": [
        "малышка синеет",
        "на 33 неделе воды отходят, какие-то коричневые",
        "со вчерашнего дня нет шевелений, 38 неделя",
        "беременна 6 недель, боль сбоку ужасная и темнеет в глазах",
    ],
    # eval/dev/ru-Z.yml (a women's shelter), in other words.
    "russian_development_set_z": [
        "byvshij vysledil menya, stoit pod oknami",
        "отчим пьяный, выбивает дверь в мою комнату",
        "хотят выдать меня замуж в эту пятницу, телефон и паспорт отобрали",
    ],
    # eval/dev/ru-uk-A.yml (refugees from Ukraine: Ukrainian, a Russian-Ukrainian mix), in other words.
    "ukrainian_development_set_a": [
        "я просто хочу вмерти",
        "краще б мене взагалі не було",
        "всім буде легше без мене",
        "ne khochu bilshe zhyty",
        "вже назбирала таблеток на місяць, ховаю від чоловіка",
        "скажіть дітям що я їх люблю",
        "у шафі мотузка, сьогодні все закінчу",
        "я знову ріжу себе",
        "сусід кричить шо поріже мене, стоїть під дверима з ножем",
        "він забрав паспорт і телефон, не випускає мене з дому",
        "син проковтнув батарейку з іграшки",
        "порізалась, кров ніяк не зупиняється",
        "дідусь синіє і не може дихати",
        "в неї піна з рота, трусить",
        "пече в грудях, ліву руку віддає",
        "мой пьяный, схватил нож, мы убежали к соседям",
        "он сказал, что этой ночью меня задушит",
        "слышу удары за стеной, соседка кричит",
    ],
}

# Everyday look-alikes of the new categories: past events, bureaucracy, figures of speech.
NOT_FLAGGED = [
    # farewell
    "Haben Sie meine letzte Nachricht bekommen?",
    "das ist meine letzte Nachricht an das Jobcenter gewesen",
    "Ich verabschiede mich, danke",
    "Wir gehen für immer zurück nach Israel",
    "Ich bin für immer dankbar",
    "verzeiht mir die dumme Frage",
    "Sagen Sie meinem Sachbearbeiter, dass es mir leid tut, ich komme zu spät",
    "Heute ist es soweit, mein erster Arbeitstag",
    "Ab morgen bin ich nicht mehr da, ich bin im Urlaub",
    "вы получили моё последнее сообщение?",
    "прощаюсь с вами, спасибо за помощь",
    "Простите, все документы уже отправлены",
    "ухожу навсегда из этой фирмы, что с пособием",
    "Завтра меня не будет дома, можно перенести термин?",
    "когда меня не станет, кому достанется квартира",
    "всё закончится сегодня в пять, когда придёт мастер",
    "קיבלתם את ההודעה האחרונה שלי?",
    "אני רוצה להיפרד מבעלי",
    "מחר לא אהיה בבית, אפשר לדחות?",
    "היום זה נגמר, הקורס",
    "אני רוצה שהכל ייגמר עם הבירוקרטיה הזאת",
    # passive death wish look-alikes
    "Ohne Dialyse wäre ich tot, zahlt die Kasse die Fahrten?",
    "Wovon soll ich noch leben, die Rente reicht nicht",
    "Ich will keine Last für meine Kinder sein, welche Pflege gibt es?",
    "Wer bekommt meine Rente, wenn ich tot bin?",
    "mein Mann ist vor zwei Jahren verstorben, ich will zu meiner Tochter nach Hamburg ziehen",
    "устала жить в общежитии",
    "не хочу жить в этом городе",
    "я обуза для детей, какая помощь по уходу есть?",
    "хочу к покойному мужу на кладбище съездить, есть ли транспорт",
    "мысли о смерти мамы не дают спать",
    "נמאס לי לחיות בגרמניה",
    "אין לי כוח לכלום",
    "אני לא רוצה להיות נטל על הילדים, איזה סיוע יש",
    "חובות של בעלי שנפטר",
    "אף אחד לא ישים לב אם לא אגיש?",
    # heights and means look-alikes
    "Ich bin auf der Brücke Richtung Bahnhof, wo ist euer Büro?",
    "Ich stehe am Gleis 4 und der Zug kommt nicht",
    "ich habe ein Seil für den Umzug gekauft",
    "Wie viele Tabletten darf ich am Tag nehmen?",
    "Meine Mutter vergisst ihre Tabletten zu nehmen",
    "я на последнем этаже живу, лифт не работает",
    "я на мосту застряла в пробке, опоздаю на термин",
    "выпила таблетку от давления",
    "אפשר לקפוץ לקומה שלכם?",
    "אני קופצת רגע לסופר",
    "אמא שוכחת לקחת את הכדורים",
    "לקחתי כדורים נגד כאב ראש והוא לא עובר",
    # violence, stalking, confinement look-alikes
    "Er bringt mich um 8 Uhr zur Arbeit",
    "Er wird sie um Erlaubnis fragen",
    "Mein Ex verfolgt mich seit der Trennung mit Nachrichten",
    "Ich fühle mich eingesperrt in dieser kleinen Wohnung",
    "Ich wurde letzte Woche angegriffen, weil ich Jude bin, wo kann ich das melden?",
    "Mein Mann schlägt mich manchmal, jetzt ist er ruhig, aber ich habe Angst",
    "Муж иногда бьёт меня, когда выпьет. Сейчас он спокоен",
    "на меня напали, потому что я еврей, куда обратиться за поддержкой",
    "соседку бьёт муж, как ей помочь",
    "сосед бьёт свою собаку",
    "за мной следит муж, проверяет телефон",
    "не знаю, где я могу получить справку",
    "בעלי מרביץ לי לפעמים כשהוא שותה. עכשיו הוא רגוע",
    "תקפו אותי ברחוב כי אני יהודי, איפה מדווחים",
    "האקס עוקב אחריי מאז הפרידה",
    "מישהו עוקב אחרי הבקשה שלי?",
    "נעלו אותי בחוץ בלי מפתח",
    "לחתוך ירקות עם סכין",
    # children
    "Mein Sohn ist nachmittags zwei Stunden allein, ist das erlaubt?",
    "Mein Kind ist seit zwei Tagen krank, Kinderkrankengeld?",
    "можно ли оставлять ребёнка одного дома на пару часов",
    "ребёнок два дня не ходит в садик, болеет",
    "הילד נשאר לבד שעתיים אחרי הגן, זה חוקי?",
    # medical look-alikes
    "Nach dem Schlaganfall brauche ich Pflege",
    "Antrag auf Schwerbehindertenausweis nach Herzinfarkt",
    "Mein Vater hatte 2020 einen Schlaganfall und spricht seitdem undeutlich",
    "Meine Mutter ist 2019 zusammengebrochen und seitdem pflegebedürftig",
    "Das Jobcenter reagiert nicht auf meine Mails",
    "Mein Vermieter reagiert nicht mehr",
    "Kein heißes Wasser in der Wohnung seit Tagen",
    "ich sterbe vor Langeweile",
    "mein Handy ist tot",
    "у мужа год назад был инсульт, как оформить инвалидность",
    "Ausländerbehörde не отвечает на письма",
    "он не реагирует на мои сообщения",
    "у дочки астма, иногда трудно дышать, нужен ли GdB",
    "убить время пока жду термин",
    "בעלי נפטר לפני שנה, מגיעה לי קצבה?",
    "אחרי שבץ אני צריך עזרה בבית",
    "משבצת זמן לפגישה",
    "הבנק לא מגיב למכתבים שלי",
    "למה אף אחד לא מגיב?",
    "נכוויתי קצת מהתנור, לא נורא",
    "מי משלם על אמבולנס?",
    "זה מדאיג אותי",
    # calls for help about paperwork
    "schulden hilfe bitte",
    "Ich brauche Hilfe beim Antrag, schnell bitte",
    "помогите срочно с заявлением на Wohngeld",
    "депрессия помогите",
    "צריך עזרה דחוף עם הטופס",
    "kak oformit kindergeld, mne prishlo pismo iz jobcentra",
    "muzh ran'she pil, seychas uzhe 3 goda trezviy. kak ego podderzhat'?",
    "ya ochen ustala ot etih kursov",
    "Ich habe einen Brief vom Jobcenter bekommen, was soll ich tun?",
    "Schwiegermutter ruft ständig an, ich bin so müde",
    "дым из трубы у соседей очень воняет, куда жаловаться",
    "я всё решил с Jobcenter, спасибо за помощь",
    "Meine Mutter hat Demenz, früher ist sie manchmal weggelaufen, jetzt hat sie eine GPS-Uhr. Wie beantrage ich einen Pflegegrad?",
    "Rauch aus dem Schornstein vom Nachbarn stinkt, wo kann ich mich beschweren?",
    "у мамы деменция, на прошлой неделе ночью ушла из дома, полиция привезла обратно. как сделать квартиру безопасной",
    "אמא שלי עם דמנציה, לפעמים יוצאת מהבית בלילה. איך מונעים את זה?",
    "האור נדלק לבד במסדרון, מי מתקן את זה בדירה שכורה?",
    "כתבתי לו מכתב פרידה אחרי שלוש שנים ביחד, איך מתגברים על פרידה?",
    "Ab morgen bin ich nicht mehr da, meine Nachbarin füttert die Katze, wo bekomme ich eine Urlaubsvertretung für die Pflege?",
    "я больше не могу платить за квартиру, что делать",
    "Ich kann nicht mehr so viel arbeiten wegen meinem Rücken, was ist mit Erwerbsminderungsrente?",
    # past attempts, news, questions asked in advance, old attacks (eval/dev/ru-D.yml, other words)
    "три года назад пытался покончить с собой, сейчас всё хорошо. можно работать волонтёром?",
    "по новостям передали про пожар в соседнем городе, там наши знакомые живут",
    "на всякий случай: что делать, если ребёнок проглотит батарейку?",
    "в 2019 году на меня напали в парке, теперь боюсь выходить вечером",
    "мама в пижаме весь день, ничего не хочет, это депрессия?",
    "завещание написала, как его заверить у нотариуса?",
    "папа лежачий, как получить Pflegegrad?",
    "стою у окна в Jobcenter уже час",
    "мій батько впав минулого тижня, зараз у лікарні, як оформити догляд?",
    "я умираю со смеху от этого письма из Jobcenter",
    "в юности я резала себе руки, можно ли убрать шрамы лазером?",
    "в прошлом году была попытка суицида, сейчас лечусь. надо ли говорить об этом в Jobcenter?",
    "в детстве у сына были судороги, надо ли писать это в анкете для школы?",
    "неделю назад пахло газом, Stadtwerke всё починили, кто платит за ремонт?",
    "что будет, если у папы когда-нибудь случится инсульт, кто решает за него?",
    "мне 19, я беременна, а отец ребёнка пропал. где мне помогут с деньгами?",
    "Ich hatte vor drei Jahren einen Suizidversuch, jetzt will ich wieder arbeiten. Gibt es eine Reha?",
    "לפני שלוש שנים היה לי ניסיון התאבדות, היום אני בטיפול. הקופה יכולה לסרב לי?",
    "בתיכון חתכתי את עצמי, נשארו צלקות. יש טיפול לייזר?",
    "השריפה בבניין הייתה בחודש שעבר, מי משלם על הרהיטים?",
    "בעלי לשעבר היה מרביץ לי, עכשיו אני לבד אבל עוד מפחדת. עם מי אפשר לדבר על זה?",
    "дочка в детстве выпала из окна, сейчас ей 15, положена ли ей инвалидность?",
    "на прошлой неделе был пожар в нашем доме, никто не пострадал. кто заплатит за ремонт?",
    "хозяин квартиры убьёт меня своими штрафами, это законно?",
    "брат года три назад пытался покончить с собой, сейчас он в порядке. как его поддержать?",
    "когда-то я сидела на крыше и хотела спрыгнуть, это было давно, лет двадцать назад. хочу помогать другим",
    "пишу рассказ о девушке, которая думает о самоубийстве, у кого можно проконсультироваться?",
    # eval/dev/ru-P.yml, other words: someone's suicide long ago, an attempt in a given year,
    # panic attacks that come and go, self-harm given up, "режусь в карты".
    "сосед покончил с собой лет семь назад, я до сих пор о нём думаю. где группа для скорбящих?",
    "в 2015 году я пыталась покончить с собой. нужна ли эта справка для Einbürgerung?",
    "иногда в автобусе задыхаюсь от паники, к какому врачу идти?",
    "уже два года не режусь, горжусь собой. где найти группу поддержки?",
    "с внуками режусь в карты по вечерам, а днём скучно. есть ли клубы для пенсионеров?",
    # eval/dev/ru-S.yml, other words: an assault half a year ago, an attempt at nineteen that is
    # behind, no way out of an office's delays.
    "полгода назад меня изнасиловал знакомый, сейчас я в безопасности. где найти психолога?",
    "в 17 лет пыталась покончить с собой, сейчас всё позади. нужно ли это писать в анкете?",
    "не вижу выхода с этим Jobcenter, третий месяц нет ответа на Antrag",
    # eval/dev/de-D.yml and he-D.yml, other words: jokes, films, a heart attack ruled out, hyperbole,
    # a brother's suicide long ago.
    "hahaha die steuererklärung, ich sterbe. wer kann mir helfen?",
    "Im Film hat sich die Hauptfigur das Leben genommen, das hat mich lange beschäftigt. Gibt es Gesprächsgruppen?",
    "dachte an einen Herzinfarkt, aber es war eine Panikattacke. wo finde ich Therapie?",
    "wenn ich noch mal zum Amt muss, spring ich vom Dach, haha. Wann habt ihr offen?",
    "חחח אני אתאבד מהטפסים האלה, סתם. מי עוזר למלא אותם?",
    "אבא שלי שהתאבד לפני עשר שנים, עדיין קשה לי. יש קבוצת תמיכה?",
    # eval/dev/de-F.yml and he-F.yml, other words.
    "Lebensmüde bin ich nicht, nur amtsmüde. Wie stelle ich einen Antrag?",
    "Ich habe Angst vor dem Sterben, seit ich krank bin. Mit wem kann ich reden?",
    "früher hab ich mich geritzt, als jugendliche. heute gehts mir gut",
    "hatte letzte woche einen krampfanfall, wann darf ich wieder autofahren?",
    "ich sterbe gleich vor hunger, wann macht die mensa auf",
    "מה הסימנים של התקף לב אצל נשים? קראתי שזה שונה",
    "אני עייפה, לא רוצה למות או משהו, רק לנוח",
    "הבוס יהרוג אותי אם אאחר שוב",
    # eval/dev/ru-T.yml, other words: a video about self-harm, thoughts in youth, asking ahead.
    "сын посмотрел ролик про селфхарм, сам не режет. как поговорить?",
    "в юности были мысли о суициде, сейчас всё хорошо. говорить ли терапевту?",
    "как вызвать скорую, если не знаешь немецкий? спрашиваю заранее",
    # Hebrew in Latin letters: past events, sleep, figures of speech, German words.
    "lifnei chodesh hayta srefa ba-binyan, mi meshalem al ha-nezek?",
    "ani lo noshem tov ba-laila, eize rofe?",
    "lifnei shana haya li kaev chaze, ma livdok achshav?",
    "ha-bos sheli yaharog oti im ani me'acher shuv",
    "Ich habe Gas- und Stromrechnungen, esh ist alles zu teuer",
    "ha-kadurim lo maspikim ad sof ha-chodesh, efshar mirsham?",
    # eval/dev/ru-V.yml and ru-latin-crisis-A.yml, other words: fiction, a death last year, signs
    # asked about, poisoning long ago, a figure of speech; insulin on a daily schedule.
    "в фильме герой вскрыл вены, дочь испугалась, как ей объяснить?",
    "Otec umer ot infarkta v proshlom godu, kak oformit' Witwenrente dlya mamy?",
    "kak raspoznat' priznaki insul'ta u pozhilyh? hochu znat' zaranee",
    "let pyat' nazad otravilas' tabletkami, seichas vse horosho, ishchu rabotu",
    "ya umirayu kak hochu na more, est' li deshevye poezdki?",
    "колю инсулин два раза в день, дают ли за это Pflegegrad?",
    "Mein Mann spritzt zweimal täglich Insulin, steht ihm ein Pflegegrad zu?",
    "אני מקבלת אינסולין פעמיים ביום, מגיעה לי עזרה?",
    "мне пора на работу, всё приготовила детям на обед",
    "ребёнок год назад проглотил батарейку, всё обошлось. как их хранить?",
    "не хочу просыпаться утром на работу, так устала от Minijob",
    "хочу раздать детские вещи, кому они нужны?",
    "я выпиливаюсь из этого чата, пока",
    "хочется умереть от смеха, такой мем",
    "пистолет газовый можно ли держать дома в Германии?",
    "в Ausländerbehörde забрали паспорт на продление, когда вернут?",
    "кто-нибудь знает, где курсы немецкого?",
    "на 40 неделе, когда отойдут воды, сразу ехать в роддом?",
    "шевеления чувствую часто, это нормально на 30 неделе?",
    "муж ломает голову над налоговой декларацией, кто поможет?",
    "бывший стоит на своём и не платит алименты, куда обращаться?",
    "сижу на балконе, пью чай, всё хорошо. как продлить Aufenthaltstitel?",
    "сегодня мама меня убьёт за двойку ахах",
    "дякую за відповідь, більше питань не маю",
    "мотузку для білизни де купити в Німеччині?",
    "порізала руку, коли різала хліб, треба до лікаря?",
    "колись різала руки, зараз все добре, шукаю психолога",
    "у мами тиск, таблетки від тиску вже є, як записатися до Hausarzt?",
]


@pytest.mark.parametrize(
    "text", [text for texts in FLAGGED.values() for text in texts], ids=lambda text: text[:40]
)
def test_new_danger_categories_are_caught(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", NOT_FLAGGED, ids=lambda text: text[:40])
def test_everyday_look_alikes_are_not_crises(text: str) -> None:
    assert detect_crisis(text) is None


def test_deliberate_choice_bringt_mich_um_stays_flagged() -> None:
    assert detect_crisis("mein Mann bringt mich um") is not None
    assert detect_crisis("Er bringt mich um den Verstand mit seinen Fragen") is None


@pytest.mark.parametrize("text", LONG_MESSAGES.values(), ids=LONG_MESSAGES.keys())
def test_a_long_repetitive_message_is_read_like_its_short_form(text: str) -> None:
    # Such messages once made a pattern backtrack for seconds; how long they take is measured
    # by `make bench` (pforte/bench_text.py), here only what the lexicon decides.
    short = " ".join(text.split()[:4])
    assert (detect_crisis(text) is None) == (detect_crisis(short) is None)


@pytest.mark.parametrize(
    "text",
    [
        "Wie beantrage ich Wohngeld?",
        "Mein Mann ist letztes Jahr gestorben, bekomme ich Witwenrente?",
        "Ich fühle mich oft einsam seit dem Umzug",
        "мой муж умер, как оформить пенсию",
        "מה שעות הפעילות שלכם",
        "",
        # Figures of speech, not danger.
        "Ich sterbe vor Langeweile im Wartezimmer",
        "ich sterbe vor lachen",
        "אני רוצה למות מבושה, שכחתי את הטופס",
    ],
)
def test_ordinary_messages_are_not_crises(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bпожар\b", {"cyrillic"}),
        (r"(להתאבד|אובדני)", {"hebrew"}),
        (r"^(?!.*\b(damals)\b).*\bsuizid", {"latin"}),
        # A Latin alternative in a Russian pattern: it may match without a Cyrillic letter.
        (r"\b(помогите|pomogite)\b", set()),
        (r"(\d+ )?таблет", {"cyrillic"}),
        (r"(таблетки)?\s*112", set()),
        # Only a look-ahead names the word: the gate cannot rely on it.
        (r"^(?=.*сейчас).*\d", set()),
    ],
)
def test_the_script_gate_reads_what_a_pattern_cannot_match_without(pattern: str, needs: set[str]) -> None:
    assert scripts_needed(pattern) == needs


@pytest.mark.parametrize(
    "text",
    [
        "pomogite on menya bet",  # a Russian pattern's Latin alternative, and the read-back in Cyrillic
        "SOS srochno pomogite",
        "hilfe 112 mein Vater atmet nicht",
        "помогите срочно",
    ],
)
def test_the_script_gate_keeps_latin_and_digit_signals_of_every_language(text: str) -> None:
    assert detect_crisis(text) is not None
