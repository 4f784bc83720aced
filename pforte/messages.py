"""The bot's own messages (ids for the gettext catalogues). Answers live in the content store."""

from pforte.i18n import _

GREET_FIRST = _(
    "Hello, and welcome to Pforte, the chat counselling service of the welfare organisations. "
    "Ask me your question in your own words: about money and benefits, health, housing, family "
    "and more. You can ask for a counsellor at any time. Which language would you like to write in?"
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
# After the emergency numbers, before the answer to the topic the message also asked about.
ABOUT_YOUR_QUESTION = _("And about your question:")
# After the emergency numbers, when the model (not the lexicon) judged a crisis and a topic may be asked too.
TOPICS_BESIDE_CRISIS = _("If you also have a question about one of these topics, tap it:")
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
# Before the crisis answer when someone is attacked or threatened now (pforte/crisis_reply.py).
POLICE_FIRST = _("If you are being attacked or threatened right now: call the police now, 110.")
EMERGENCY_FALLBACK = _(
    "If you are in danger, please call 112 (ambulance, fire brigade) or 110 (police) now. "
    "TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222 (free, 24 hours). "
    "Violence against women helpline: 116 016 (free, 24 hours, many languages). "
    "A counsellor of this chat has been alerted."
)
# After any reply to a message the crisis layer did not flag but the model found close to one
# (nlu/components/crisis_guard.py, note_threshold): no alarm, the numbers in one line.
SAFETY_NOTE = _(
    "If things are very hard for you right now or you are in danger: call 112 (ambulance) or "
    "110 (police). TelefonSeelsorge is free and there day and night: 0800 111 0 111 or "
    "0800 111 0 222. You can also write with a counsellor here."
)
# To the person when a counsellor hands the conversation back to the bot, or ends it.
RELEASED = _(
    "The counsellor has handed this conversation back to the bot. You can ask for a person again at any time."
)
CLOSED = _("The counsellor has ended this conversation. You can write here again at any time.")
BUTTON_HUMAN = _("Talk to a person")
# Under the line with the numbers: one tap raises the alarm the crisis layer did not raise
# (the crisis reply, and the conversation first in the counsellors' queue).
BUTTON_DANGER = _("I am in danger now")
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
# A second message close to a crisis in one conversation: passed on without being asked.
CONCERN_PASSED = _("I have asked a counsellor to read our conversation. You will get an answer here.")
# Two messages in a row the bot did not understand: queued unasked.
FALLBACK_PASSED = _(
    "I am sorry, I could not understand you. I have asked a counsellor to read our conversation."
)

# The local web chat page
CHAT_TITLE = _("Pforte – chat counselling")
CHAT_INTRO = _(
    "Write your question in German, Russian or Hebrew. Answers come from texts checked by "
    "counsellors; you can ask for a person at any time. In an emergency call 112."
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
CONSOLE_LOGIN_LOCKED = _("Too many failed attempts. Please try again in 15 minutes.")
CONSOLE_LOGOUT = _("Log out")
CONSOLE_QUEUE = _("Waiting")
CONSOLE_MINE = _("My conversations")
CONSOLE_EMPTY = _("Nobody is waiting.")
CONSOLE_CRISIS = _("Crisis")
# A queued conversation with a message close to a crisis (the bot added the emergency numbers).
CONSOLE_CONCERN = _("Concern")
CONSOLE_WAITING_FOR = _("waiting for")
CONSOLE_CLAIM = _("Take over")
CONSOLE_TAKEN = _("A colleague has already taken this conversation.")
# In "my conversations": the person wrote last and waits for an answer.
CONSOLE_NEW_MESSAGE = _("New message")
CONSOLE_HAND_OVER = _("Hand over")
CONSOLE_COUNSELLORS_ONLY = _("This page is for counsellors. This account cannot read conversations.")
CONSOLE_SENDER_PERSON = _("Person")
CONSOLE_SENDER_BOT = _("Bot")
CONSOLE_SENDER_COUNSELLOR = _("Counsellor")
CONSOLE_SENDER_SYSTEM = _("Service message")
# The conversation summary's labels and the reasons a conversation waits for a person.
CONSOLE_SUMMARY_LANGUAGE = _("Language")
CONSOLE_SUMMARY_REASON = _("Why a person")
CONSOLE_SUMMARY_CRISIS = _("Crisis")
CONSOLE_SUMMARY_CONCERN = _("Close to a crisis")
CONSOLE_SUMMARY_TOPICS = _("Topics")
CONSOLE_SUMMARY_BOT_REPLIES = _("Bot replies")
CONSOLE_SUMMARY_SOURCE = _("Came via")
CONSOLE_SUMMARY_CHANNEL = _("Channel")
CONSOLE_REASON_HUMAN_REQUEST = _("Asked for a person")
CONSOLE_REASON_CRISIS = _("Crisis")
CONSOLE_REASON_REPEATED_FALLBACK = _("The bot did not understand twice")
CONSOLE_REASON_REPEATED_CONCERN = _("Close to a crisis twice")
CONSOLE_REASON_BOT_UNAVAILABLE = _("The bot was unavailable")
CONSOLE_YES = _("yes")
CONSOLE_NO = _("no")
CONSOLE_MINUTES = _("min")
CONSOLE_ACTION_FAILED = _("That did not work. Please try again.")
CONSOLE_NO_SUCH_COLLEAGUE = _("There is no colleague with this user name.")
CONSOLE_CANNOT_HAND_OVER = _(
    "This colleague cannot take the conversation now: not available, another language, or at their limit."
)
CONSOLE_AT_CAPACITY = _(
    "You already hold as many conversations as you can take. Close or hand over one of them first."
)
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

# The editors' page (answers, review, training); login strings are the console's
EDITOR_TITLE = _("Pforte – answers and training")
EDITOR_NAV_TOPICS = _("Topics")
EDITOR_NAV_REVIEW = _("Review")
EDITOR_NAV_TRAINING = _("Training")
EDITOR_NAV_TRY = _("Try it")
EDITOR_NAV_GAPS = _("Unanswered questions")
EDITOR_NAV_TRANSFER = _("Import and export")
EDITOR_EDITORS_ONLY = _("This page is for editors. This account cannot change answers.")
EDITOR_HIDE_NOTICE = _("Hide this message")
EDITOR_LANG_DE = _("German")
EDITOR_LANG_RU = _("Russian")
EDITOR_LANG_HE = _("Hebrew")
EDITOR_GROUP_SERVICE = _("Our service")
EDITOR_GROUP_MONEY = _("Money and benefits")
EDITOR_GROUP_HEALTH = _("Health and care")
EDITOR_GROUP_HOUSING = _("Housing")
EDITOR_GROUP_FAMILY = _("Family")
EDITOR_GROUP_COMMUNITY = _("Community")
EDITOR_GROUP_DIALOGUE = _("Conversation")
EDITOR_TOPIC = _("Topic")
EDITOR_GROUP = _("Group")
EDITOR_FILTER = _("Search topics")
EDITOR_NO_TOPICS = _("No topics found.")
EDITOR_EXAMPLES_COUNT = _("Examples: {count}")
EDITOR_FEEDBACK_COUNTS = _("Feedback: helpful / not helpful")
EDITOR_PENDING = _("change pending")
EDITOR_STATE_MISSING = _("Missing")
EDITOR_STATE_DRAFT = _("Draft")
EDITOR_STATE_IN_REVIEW = _("In review")
EDITOR_STATE_PUBLISHED = _("Published")
EDITOR_STATE_REVIEW_DUE = _("Check due")
EDITOR_STATE_RETURNED = _("Returned")
EDITOR_ADD_TOPIC = _("New topic")
EDITOR_SLUG = _("Short name (a–z, 0–9, _)")
EDITOR_TITLE_DE = _("German title")
EDITOR_CREATE = _("Create topic")
EDITOR_CREATED = _("Topic created. The bot learns it once it has at least 5 example questions in a language.")
EDITOR_BACK = _("Back to the list")
EDITOR_BUTTON_LABEL = _("Title (label of the topic button)")
EDITOR_SAVE_TITLE = _("Save title")
EDITOR_TITLE_SAVED = _("Title saved.")
EDITOR_PUBLISHED_TEXT = _("Published text")
EDITOR_NOT_PUBLISHED = _("No published answer in this language yet.")
EDITOR_REVIEWED_ON = _("Checked on {date}")
EDITOR_NEVER_REVIEWED = _("Never checked")
EDITOR_DUE_ON = _("next check by {date}")
EDITOR_REVIEW_OVERDUE = _("Due for a check: please read the text and confirm it or change it.")
EDITOR_CONFIRM = _("Still correct")
EDITOR_CONFIRMED = _("Confirmed: checked today.")
EDITOR_PUBLISHED_BY = _("published {date} · written by {author} · checked by {reviewer}")
EDITOR_EDIT_ANSWER = _("Answer text")
EDITOR_CHARS = _("{count} of {max} characters")
EDITOR_PREVIEW = _("As it will look in Telegram")
EDITOR_SAVE_DRAFT = _("Save draft")
EDITOR_SUBMIT = _("Submit for review")
EDITOR_WITHDRAW = _("Withdraw")
EDITOR_WITHDRAW_CONFIRM = _("Withdraw this change? Its text will be discarded.")
EDITOR_SAVED = _("Draft saved.")
EDITOR_SUBMITTED = _("Submitted. A colleague will check it.")
EDITOR_WITHDRAWN = _("Change withdrawn.")
EDITOR_PENDING_DRAFT = _("Draft by {author}, not submitted yet")
EDITOR_PENDING_IN_REVIEW = _("Change by {author}, waiting for review")
EDITOR_PENDING_RETURNED = _("Returned to {author} with a comment")
EDITOR_OTHERS_CHANGE = _(
    "{author} is working on this answer. It can be edited again once that change is published or withdrawn."
)
EDITOR_REVIEWER_COMMENT = _("Reviewer's comment")
EDITOR_EXAMPLES = _("Example questions")
EDITOR_EXAMPLES_HINT = _(
    "The bot learns the topic from these questions. Write them as people would: short and long, with "
    "everyday words and mistakes."
)
EDITOR_TOO_FEW_EXAMPLES = _(
    "Fewer than 5 example questions: the topic is left out of training in this language."
)
EDITOR_NEW_EXAMPLES = _("New example questions, one per line")
EDITOR_ADD_EXAMPLES = _("Add questions")
EDITOR_ADDED = _("{count} added. A training has been queued.")
EDITOR_DELETE = _("Delete")
EDITOR_HISTORY = _("Published versions")
EDITOR_NO_HISTORY = _("No published versions yet.")
EDITOR_CURRENT = _("current")
EDITOR_VERSION = _("Version {id}")
EDITOR_RESTORED_FROM = _("restored from version {id}")
EDITOR_COMPARE = _("Compare with current")
EDITOR_ROLLBACK = _("Publish this version again")
EDITOR_ROLLBACK_CONFIRM = _("Publish this earlier version again now? It replaces the current text at once.")
EDITOR_ROLLED_BACK = _("The earlier version is published again.")
EDITOR_DIFF_LEGEND = _("Struck through: removed. Underlined: added.")
EDITOR_REVIEW_QUEUE = _("Changes waiting for review")
EDITOR_REVIEW_EMPTY = _("Nothing to review.")
EDITOR_WRITTEN_BY = _("written by {author}, submitted {date}")
EDITOR_NEW_ANSWER = _("New answer (nothing published yet)")
EDITOR_APPROVE = _("Approve and publish")
EDITOR_RETURN = _("Return with comment")
EDITOR_COMMENT = _("Comment for the author (required to return)")
EDITOR_COMMENT_NEEDED = _("Please write a comment so that the author knows what to change.")
EDITOR_WAITING_COLLEAGUE = _("Your own change: waiting for a colleague")
EDITOR_APPROVED = _("Published. The bot sends the new text from now on.")
EDITOR_RETURNED = _("Returned to the author.")
EDITOR_OPEN_TOPIC = _("Open topic")
EDITOR_TRAIN_NOW = _("Train now")
EDITOR_TRAINING_QUEUED = _("Training queued.")
EDITOR_TRAINING_IDLE = _("No training is queued or running.")
EDITOR_TRAINING_NEEDED = _("There are changes the bot has not learned yet: a training is queued.")
EDITOR_RUN_QUEUED = _("Queued")
EDITOR_RUN_RUNNING = _("Running")
EDITOR_RUN_DEPLOYED = _("In use")
EDITOR_RUN_REFUSED = _("Not used")
EDITOR_RUN_FAILED = _("Failed")
EDITOR_PHASE_EXPORT = _("Collecting the content")
EDITOR_PHASE_TRAIN = _("Training the model")
EDITOR_PHASE_EVALUATE = _("Testing the new model")
EDITOR_PHASE_DEPLOY = _("Switching to the new model")
EDITOR_RUNS = _("Recent trainings")
EDITOR_NO_RUNS = _("No trainings yet.")
EDITOR_REQUESTED_BY = _("started by {user}")
EDITOR_SCORES = _("Hits per language in %: new model (model in use)")
EDITOR_REASON = _("Reason")
EDITOR_KEPT_MODEL = _("The bot keeps using the previous model.")
EDITOR_LEFT_OUT = _("Left out of training (fewer than 5 example questions):")
EDITOR_TRY_LABEL = _("A message as a person would write it")
EDITOR_TRY_SEND = _("Try")
EDITOR_DETECTED_LANGUAGE = _("Detected language")
EDITOR_UNKNOWN_LANGUAGE = _("not recognised")
EDITOR_TOP_TOPICS = _("Most likely topics")
EDITOR_WOULD_SEND = _("The bot would send")
EDITOR_NO_ANSWER_SENT = _("No published answer for this: the bot would offer a counsellor.")
EDITOR_CRISIS_DETECTED = _("Crisis recognised: the bot sends the emergency reply and alerts the counsellors.")
EDITOR_SAFETY_NOTE = _(
    "Close to a crisis: no alarm, but the bot adds a line with the emergency numbers to its reply."
)
EDITOR_GAPS_HINT = _(
    "Messages the bot could not answer, similar ones grouped, the largest groups first. Names, phone "
    "numbers and e-mail addresses are hidden."
)
EDITOR_GAPS_EMPTY = _("No unanswered questions.")
EDITOR_GAP_SIZE = _("Messages: {count}")
EDITOR_REASON_FALLBACK = _("not understood")
EDITOR_REASON_OUT_OF_SCOPE = _("outside our topics")
EDITOR_REASON_NOT_HELPFUL = _("answer did not help")
EDITOR_REASON_HANDOFF = _("asked for a person")
EDITOR_CHOOSE_TOPIC = _("Choose a topic…")
EDITOR_ADD_AS_EXAMPLE = _("Add as example questions")
EDITOR_DISMISS = _("Dismiss")
EDITOR_SUGGESTED = _("suggested: {topic}")
EDITOR_EXPORT = _("Export")
EDITOR_EXPORT_YAML = _("All topics (YAML)")
EDITOR_FOR_TRANSLATORS = _("For translators")
EDITOR_IMPORT_FILE = _("Import a file")
EDITOR_IMPORT_HINT = _(
    "Answer texts that differ from the published ones become drafts in your name; a colleague still "
    "has to check them."
)
EDITOR_FORMAT = _("Format")
EDITOR_FILE = _("File")
EDITOR_UPLOAD = _("Upload and import")
EDITOR_IMPORT_DONE = _("Imported.")
EDITOR_PUBLISHED_ON = _("published {date}")
EDITOR_IMPORTED_TOPICS = _("topics: {count}")
EDITOR_IMPORTED_TITLES = _("titles: {count}")
EDITOR_IMPORTED_DRAFTS = _("new drafts: {count}")
EDITOR_IMPORTED_EXAMPLES = _("new example questions: {count}")
EDITOR_IMPORTED_SKIPPED = _("rows skipped: {count}")
EDITOR_ERROR_400 = _("The input was not accepted.")
EDITOR_ERROR_403 = _("Not allowed. (Your own change has to be approved by a colleague.)")
EDITOR_ERROR_404 = _("Not found. It may have been deleted in the meantime.")
EDITOR_ERROR_409 = _(
    "This has changed in the meantime or a colleague is working on it. The view has been updated."
)
EDITOR_ERROR_422 = _("Something is missing or too long.")
EDITOR_ERROR_OTHER = _("That did not work. Please try again in a moment.")
EDITOR_SERVER_SAYS = _("Server message:")
EDITOR_DIALOGUE_NOTE = _(
    "The bot's replies for this topic are part of the dialogue (greeting, goodbye and the like); only"
    " its title and example questions are edited here."
)
EDITOR_UNSAVED = _("The answer text has unsaved changes. Leave without saving?")

# Waiting for a counsellor
QUEUE_POSITION = _("You are number {position} in the queue. Expected wait: about {minutes} minutes.")
# Within the service hours, but no counsellor is signed in as available.
QUEUE_NOBODY_ONLINE = _(
    "You are number {position} in the queue. Right now no counsellor is signed in, so we cannot say how "
    "long it will take. You will get an answer here. In an emergency: 112 (ambulance) or 110 (police); "
    "TelefonSeelsorge 0800 111 0 111 (free, 24 hours)."
)
# After the crisis reply, outside the service hours.
CRISIS_CLOSED = _(
    "Right now no counsellor of this chat is on duty. They are back on {day} at {time} and will read "
    "your message then. Please do not wait for us: call 112 or the TelefonSeelsorge (0800 111 0 111) "
    "now. They are there day and night."
)
QUEUE_CLOSED = _(
    "Our counsellors are not available right now. They are back on {day} at {time}. "
    "Your conversation stays in the queue and you will get an answer here. "
    "In an emergency: 112 (ambulance) or 110 (police); TelefonSeelsorge 0800 111 0 111 (free, 24 hours)."
)
BUTTON_CANCEL = _("Continue with the bot")
HANDOFF_CANCELLED = _("All right, the bot continues. You can ask for a person again at any time.")
WEEKDAYS = [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")]

# Why a training was not used (shown to editors in their language)
TRAINING_DUPLICATE = _(
    'The example question "{question}" is in two topics ({first} and {second}); the model cannot '
    "learn both. Remove it from one of them. The bot keeps the previous model."
)
TRAINING_FEW_CRISIS = _(
    "The crisis topic has only {count} example questions in {language}; it needs at least {minimum}, "
    "so that a person in danger is always recognised. The bot keeps the previous model."
)
TRAINING_WORSE = _(
    "The new model recognises the test questions worse than the running one, by more than {points} "
    "points: {details}. The bot keeps the previous model. Please check the example questions changed "
    "since the last training."
)
TRAINING_INTERRUPTED = _("The training was interrupted because the server stopped. Please start it again.")
TRAINING_FAILED = _("The training failed. Technical details: {error}")
