"""The bot's own messages (ids for the gettext catalogues). Answers live in the content store."""

from pforte.i18n import _

GREET_FIRST = _(
    "Hello, and welcome to Pforte, the chat counselling service of the welfare organisations. "
    "Ask me your question in your own words: about money and benefits, health, housing, family "
    "and more. A counsellor can take over at any time. Which language would you like to write in?"
)
GREET = _("Hello! How can I help you? Write your question in your own words.")
GOODBYE = _("Goodbye, and all the best. You can write here again at any time.")
THANKS = _("You are welcome. Is there anything else I can help you with?")
BOT_CHALLENGE = _(
    "I am a computer program. My answers were written and checked by counsellors. "
    "If you would like to write with a person, a counsellor can take over."
)
NOT_SURE = _(
    "I am not sure I understood you correctly. Is your question about one of these topics? "
    "You can also write with a counsellor."
)
OUT_OF_SCOPE = _(
    "I cannot answer that here, and I don't want to guess. I help with questions about "
    "benefits, health, care, housing, residence, family and our community. "
    "You can also write with a counsellor."
)
HUMAN_QUEUED = _(
    "Thank you. Your conversation has been passed on to our counsellors. A counsellor will "
    "answer you here as soon as possible. In an emergency, please call 112."
)
HUMAN_ALREADY = _(
    "You are already waiting for a counsellor. You will get an answer here as soon as possible."
)
ANSWER_ONLY_GERMAN = _("This answer is only available in German so far:")
NO_ANSWER = _("I don't have a checked answer on this topic yet. A counsellor can help you with it.")
LANGUAGE_CHOICE = _("I can write in German, Russian and Hebrew. Please choose a language:")
LANGUAGE_SET = _("From now on I will write to you in English.")
EMPTY_MESSAGE = _("Your message was empty. Please write your question in a few words.")
NO_WORDS = _("Thank you! Please write your question in words, then I can help you.")
BOT_UNAVAILABLE = _(
    "I cannot answer automatically right now. A counsellor will answer you here as soon as "
    "possible. In an emergency: call 112 (ambulance) or 110 (police); TelefonSeelsorge "
    "0800 111 0 111 (free, 24 hours)."
)
EMERGENCY_FALLBACK = _(
    "If you are in danger, please call 112 (ambulance, fire brigade) or 110 (police) now. "
    "TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222 (free, 24 hours). "
    "Violence against women helpline: 116 016 (free, 24 hours, many languages). "
    "A counsellor of this chat has been alerted."
)
BUTTON_HUMAN = _("Talk to a person")
# Feedback after an answer
BUTTON_HELPFUL = _("👍 Helpful")
BUTTON_NOT_HELPFUL = _("👎 Not helpful")
FEEDBACK_THANKS = _("Thank you for your feedback. It helps us improve our answers.")
FEEDBACK_SORRY = _(
    "Thank you for telling us. We are sorry the answer did not help you. "
    "A counsellor can look at your question in person: just tap the button below."
)
FEEDBACK_ALREADY = _("Thank you, we have already noted your feedback.")
WAITING_FOR_COUNSELLOR = _("Your message has been passed on. A counsellor will answer you here.")

# The local web chat page
CHAT_TITLE = _("Pforte – chat counselling")
CHAT_INTRO = _(
    "Write your question in German, Russian or Hebrew. Answers come from texts checked by "
    "counsellors; a counsellor can take over at any time. In an emergency call 112."
)
CHAT_PLACEHOLDER = _("Write your message…")
CHAT_SEND = _("Send")
CHAT_ERROR = _("Your message could not be sent. Please try again in a moment.")

# The Telegram gateway
PRIVACY_NOTICE = _(
    "About your privacy: we store your messages under a code, not under your name or phone "
    "number, only as long as counselling needs them. Counsellors are bound to confidentiality. "
    "Telegram itself is a separate company. With /delete you can erase everything about you at any time."
)
HELP = _(
    "Write your question in your own words, in German, Russian or Hebrew.\n"
    "/language – choose the language\n"
    "/human – write with a counsellor\n"
    "/delete – erase everything about you\n"
    "In an emergency call 112 (ambulance) or 110 (police)."
)
NON_TEXT = _(
    "I can only read text messages. Please write your question in words. "
    "I do not open voice messages, pictures or files."
)
PRIVATE_ONLY = _("This service works only in a private chat. Please write to me directly.")
DELETE_CONFIRM = _("Do you really want to erase everything we have stored about you? This cannot be undone.")
DELETE_YES = _("Yes, erase everything")
DELETE_NO = _("No, keep it")
DELETED = _("Everything about you has been erased. If you write again, we start afresh.")
DELETE_KEPT = _("Nothing has been erased.")
COMMAND_START = _("Start and choose the language")
COMMAND_LANGUAGE = _("Choose the language")
COMMAND_HUMAN = _("Write with a counsellor")
COMMAND_DELETE = _("Erase everything about me")
COMMAND_HELP = _("What this bot can do")

# The counsellors' console
CONSOLE_TITLE = _("Pforte – counsellors' console")
CONSOLE_LOGIN = _("Log in")
CONSOLE_USERNAME = _("User name")
CONSOLE_PASSWORD = _("Password")
CONSOLE_CODE = _("Code from the authenticator app (if set up)")
CONSOLE_LOGIN_FAILED = _("Login failed. Please check your details.")
CONSOLE_LOGOUT = _("Log out")
CONSOLE_QUEUE = _("Waiting")
CONSOLE_MINE = _("My conversations")
CONSOLE_EMPTY = _("Nobody is waiting.")
CONSOLE_CRISIS = _("Crisis")
CONSOLE_WAITING_FOR = _("waiting for")
CONSOLE_CLAIM = _("Take over")
CONSOLE_TAKEN = _("A colleague has already taken this conversation.")
CONSOLE_SUMMARY = _("Summary")
CONSOLE_REPLY = _("Your reply…")
CONSOLE_SEND = _("Send")
CONSOLE_INSERT_ANSWER = _("Insert a checked answer")
CONSOLE_NOTE = _("Private note (not shown to the person)")
CONSOLE_ADD_NOTE = _("Save note")
CONSOLE_RELEASE = _("Hand back to the bot")
CONSOLE_CLOSE = _("Close")
CONSOLE_OUTCOME = _("Outcome (optional)")
CONSOLE_TRANSFER = _("Transfer to colleague (user name)")
CONSOLE_ONLINE = _("Online")
CONSOLE_AWAY = _("Away")

# Waiting for a counsellor
QUEUE_POSITION = _("You are number {position} in the queue. Expected wait: about {minutes} minutes.")
QUEUE_CLOSED = _(
    "Our counsellors are not available right now. They are back on {day} at {time}. "
    "Your conversation stays in the queue and you will get an answer here. "
    "In an emergency: 112 (ambulance) or 110 (police); TelefonSeelsorge 0800 111 0 111 (free, 24 hours)."
)
BUTTON_CANCEL = _("Continue with the bot")
HANDOFF_CANCELLED = _("All right, the bot continues. You can ask for a person again at any time.")
WEEKDAYS = [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")]
