// The editors' page: topics and their answers per language (four-eyes review), example
// questions, published versions with diff and rollback, the review queue, training, "try it",
// unanswered questions, import and export. It works only through the JSON API (/api/content,
// docs/editor-api.md). Every text that comes from data is set with textContent and dir="auto".
(function () {
  "use strict";
  const P = window.PFORTE, T = P.t;
  const $ = (id) => document.getElementById(id);
  const MIN_EXAMPLES = 5, MAX_ANSWER = 4000, POLL_MS = 2000;
  const ACTIVE_RUN = ["queued", "running"];
  const STATE = {
    missing: T.EDITOR_STATE_MISSING, draft: T.EDITOR_STATE_DRAFT, in_review: T.EDITOR_STATE_IN_REVIEW,
    published: T.EDITOR_STATE_PUBLISHED, review_due: T.EDITOR_STATE_REVIEW_DUE, returned: T.EDITOR_STATE_RETURNED,
  };
  const RUN = {
    queued: T.EDITOR_RUN_QUEUED, running: T.EDITOR_RUN_RUNNING, deployed: T.EDITOR_RUN_DEPLOYED,
    refused: T.EDITOR_RUN_REFUSED, failed: T.EDITOR_RUN_FAILED,
  };
  const PHASE = {
    export: T.EDITOR_PHASE_EXPORT, train: T.EDITOR_PHASE_TRAIN, evaluate: T.EDITOR_PHASE_EVALUATE, deploy: T.EDITOR_PHASE_DEPLOY,
  };
  const REASON = {
    fallback: T.EDITOR_REASON_FALLBACK, out_of_scope: T.EDITOR_REASON_OUT_OF_SCOPE,
    not_helpful: T.EDITOR_REASON_NOT_HELPFUL, handoff: T.EDITOR_REASON_HANDOFF,
  };
  const GROUP = {
    service: T.EDITOR_GROUP_SERVICE, money: T.EDITOR_GROUP_MONEY, health: T.EDITOR_GROUP_HEALTH,
    housing: T.EDITOR_GROUP_HOUSING, family: T.EDITOR_GROUP_FAMILY, community: T.EDITOR_GROUP_COMMUNITY,
    dialogue: T.EDITOR_GROUP_DIALOGUE,
  };
  const LANG = { de: T.EDITOR_LANG_DE, ru: T.EDITOR_LANG_RU, he: T.EDITOR_LANG_HE };
  const ERROR = {
    400: T.EDITOR_ERROR_400, 403: T.EDITOR_ERROR_403, 404: T.EDITOR_ERROR_404, 409: T.EDITOR_ERROR_409, 422: T.EDITOR_ERROR_422,
  };

  let csrf = null, me = null;
  let topics = null;        // GET /content/topics
  let topic = null;         // GET /content/topics/{slug}, the open topic
  let lang = P.languages[0];  // the open language tab
  let loadedText = "";      // the editor's text as loaded (to know about unsaved changes)
  let view = null, shownHash = "", ignoreHash = false;
  let generation = 0;       // bumped on every navigation: late answers of an earlier view are dropped
  let trainingTimer = null, infoTimer = null;

  // ------------------------------------------------------------------ helpers

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
  }

  // el("p", {text: data}) sets data as text with dir="auto"; {label: ...} is our own interface text.
  function el(tag, options = {}, children = []) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(options)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "text") { node.textContent = value; node.dir = "auto"; }
      else if (key === "label") node.textContent = value;
      else if (key === "class") node.className = value;
      else if (key === "testid") node.dataset.testid = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key === "on") for (const [name, handler] of Object.entries(value)) node.addEventListener(name, handler);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of [].concat(children)) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function localDate(iso) {
    if (!iso) return null;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return day ? new Date(+day[1], +day[2] - 1, +day[3]) : new Date(iso);
  }
  const dayFormat = new Intl.DateTimeFormat(P.lang, { dateStyle: "medium" });
  const timeFormat = new Intl.DateTimeFormat(P.lang, { dateStyle: "medium", timeStyle: "short" });
  function showDay(iso) { const d = localDate(iso); return d && !isNaN(d) ? dayFormat.format(d) : "–"; }
  function showTime(iso) { const d = localDate(iso); return d && !isNaN(d) ? timeFormat.format(d) : "–"; }
  function today() { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; }
  const path = (...parts) => parts.map(encodeURIComponent).join("/");
  // Answer texts: Hebrew ones are right to left even when they begin with a German word
  // ("Wohngeld הוא ..."), where dir="auto" would guess wrong (the bot sends them with an RLM).
  const dirFor = (language) => (language === "he" ? "rtl" : "auto");
  const titleOf = (t, language) => (t.titles && (t.titles[language || P.lang] || t.titles.de)) || t.slug;

  // "published <date> · written by <author> · checked by <reviewer>" (imported texts have neither).
  function publishedBy(version) {
    if (!version.author && !version.reviewer) return fmt(T.EDITOR_PUBLISHED_ON, { date: showTime(version.published_at) });
    return fmt(T.EDITOR_PUBLISHED_BY, { date: showTime(version.published_at), author: version.author || "–", reviewer: version.reviewer || "–" });
  }

  function badge(state, label) {
    return el("span", { class: "badge state-" + state, dataset: { state }, label: label || STATE[state] || state });
  }

  // ------------------------------------------------------------------ API and messages

  async function api(method, url, body, contentType) {
    const headers = {};
    let payload;
    if (body instanceof Blob) { payload = body; headers["Content-Type"] = contentType || "application/octet-stream"; }
    else if (body !== undefined) { payload = JSON.stringify(body); headers["Content-Type"] = "application/json"; }
    if (csrf && method !== "GET") headers["X-CSRF-Token"] = csrf;
    let response;
    try {
      response = await fetch("/api" + url, { method, headers, credentials: "same-origin", body: payload });
    } catch (cause) {
      const e = new Error("network"); e.status = 0; throw e;
    }
    if (response.status === 401) { showLogin(); const e = new Error("401"); e.status = 401; e.quiet = true; throw e; }
    const type = response.headers.get("content-type") || "";
    const data = type.includes("json") ? await response.json().catch(() => null) : null;
    if (!response.ok) { const e = new Error(String(response.status)); e.status = response.status; e.data = data; throw e; }
    return data;
  }

  function detailText(detail) {
    if (!detail) return "";
    if (typeof detail === "string") return detail;
    if (Array.isArray(detail)) {
      return detail.map((d) => (d && d.field ? `${d.field}: ${d.problem}` : d && d.msg ? d.msg : JSON.stringify(d))).join("; ");
    }
    return JSON.stringify(detail);
  }

  function showNotice(message, detail) {
    $("notice-text").textContent = message;
    $("notice-server").textContent = detail || "";
    $("notice-detail").hidden = !detail;
    $("notice").hidden = false;
    $("info").hidden = true;
    $("notice").scrollIntoView({ block: "nearest" });
  }

  function showError(error) {
    if (error.quiet) return;
    if (!(error.status >= 0)) console.error(error);  // a bug of ours, not an answer of the server
    showNotice(ERROR[error.status] || T.EDITOR_ERROR_OTHER, detailText(error.data && error.data.detail));
  }

  function hideNotice() { $("notice").hidden = true; }

  function info(message) {
    hideNotice();
    $("info").textContent = message; $("info").hidden = false;
    clearTimeout(infoTimer); infoTimer = setTimeout(() => { $("info").hidden = true; }, 8000);
  }

  // Runs a user's action: its button is disabled meanwhile; errors are shown; after a 409 the
  // view is loaded again (someone else changed it).
  function action(run) {
    return async (event) => {
      if (event && event.preventDefault) event.preventDefault();
      const button = event && (event.submitter || (event.currentTarget instanceof HTMLButtonElement ? event.currentTarget : null));
      if (button) button.disabled = true;
      try {
        await run(event);
      } catch (error) {
        showError(error);
        if (error.status === 409 || error.status === 404) await reload().catch(() => {});
      } finally {
        if (button && button.isConnected) button.disabled = false;
        if (view === "topic") updateEditorButtons();
      }
    };
  }

  // ------------------------------------------------------------------ login and navigation

  function showLogin() {
    $("login").hidden = false; $("work").hidden = true; $("account").hidden = true; $("nav").hidden = true;
    clearTimeout(trainingTimer);
  }

  function showWork() {
    $("login").hidden = true; $("account").hidden = false;
    $("who").textContent = me.username;
    if (me.role !== "editor" && me.role !== "admin") { showNotice(T.EDITOR_EDITORS_ONLY); return; }
    $("work").hidden = false; $("nav").hidden = false;
    route();
    refreshReviewCount().catch(() => {});
    loadTraining(false).catch(() => {});
  }

  function unsaved() {
    return view === "topic" && topic && !$("answer-text").readOnly && $("answer-text").value !== loadedText;
  }

  async function route() {
    if (ignoreHash) { ignoreHash = false; return; }
    const parts = location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
    const next = ["topic", "review", "training", "try", "gaps", "transfer"].includes(parts[0]) ? parts[0] : "topics";
    const sameAnswer = next === "topic" && topic && parts[1] === topic.slug && (parts[2] || lang) === lang;
    if (unsaved() && !sameAnswer && !confirm(T.EDITOR_UNSAVED)) {
      ignoreHash = true; location.hash = shownHash; return;
    }
    shownHash = location.hash || "#/topics";
    view = next; generation += 1;
    hideNotice();
    for (const section of document.querySelectorAll("main > .view")) section.hidden = section.id !== "view-" + (next === "topic" ? "topic" : next);
    for (const link of document.querySelectorAll("#nav a")) {
      if (link.dataset.view === (next === "topic" ? "topics" : next)) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    try {
      if (next === "topic") {
        if (P.languages.includes(parts[2])) lang = parts[2];
        if (topic && topic.slug === parts[1]) {
          renderTopic();  // another language of the open topic: at once, then fresh from the server
          await openTopic(topic.slug, true);
        } else {
          // Nothing to type into until the topic is there (typing would be overwritten).
          $("lang-panel").hidden = true;
          for (const id of ["topic-title", "topic-slug", "topic-group"]) $(id).textContent = "";
          await openTopic(parts[1] || "");
        }
      } else if (next === "review") await loadReview();
      else if (next === "training") { await loadTopics(); await loadTraining(true); }
      else if (next === "gaps") await loadGaps();
      else if (next === "topics") await loadTopics();
      else if (next === "try") { $("try-text").focus(); if (!topics) await loadTopics(); }
    } catch (error) { showError(error); }
  }

  // Loads the current view again (after a change or a conflict).
  // The editor keeps what was typed (after a conflict it can still be copied).
  async function reload() {
    if (view === "topic" && topic) await openTopic(topic.slug, true);
    else if (view === "review") await loadReview();
    else if (view === "gaps") await loadGaps();
    else if (view === "training") await loadTraining(true);
    else if (view === "topics") await loadTopics();
  }

  // ------------------------------------------------------------------ topics list

  async function loadTopics() {
    topics = await api("GET", "/content/topics");
    if (view === "topics") renderTopics();
  }

  function renderTopics() {
    if (!topics) return;
    const filter = $("topic-filter").value.trim().toLowerCase();
    const shown = topics.filter((t) => !filter || t.slug.includes(filter) ||
      Object.values(t.titles || {}).some((title) => title.toLowerCase().includes(filter)));
    const rows = $("topic-rows");
    rows.replaceChildren();
    for (const t of shown) {
      const row = el("tr", { dataset: { slug: t.slug }, testid: "topic-row" });
      row.append(el("td", {}, [
        el("a", { href: "#/topic/" + path(t.slug, lang), text: titleOf(t), testid: "topic-link" }),
        el("br"), el("code", { label: t.slug }),
      ]));
      row.append(el("td", { label: GROUP[t.group] || t.group }));
      for (const code of P.languages) {
        const s = t.languages[code];
        const cell = el("td", { class: "lang-cell", dataset: { lang: code, state: s.state }, testid: "lang-" + code });
        // Dialogue topics have no stored answer (the bot's replies are its own messages).
        if (t.kind !== "dialogue") cell.append(badge(s.state));
        if (s.pending && (s.state === "published" || s.state === "review_due")) {
          cell.append(" ", el("span", { class: "badge pending", dataset: { pending: s.pending.status },
            title: s.pending.author || "", label: T.EDITOR_PENDING + ": " + (STATE[s.pending.status] || s.pending.status) }));
        } else if (s.pending && s.pending.status === "returned") {
          cell.append(" ", badge("returned"));
        }
        cell.append(el("div", { class: "counts" }, [
          el("span", { class: s.examples < MIN_EXAMPLES ? "few" : "", testid: "examples-count",
            label: fmt(T.EDITOR_EXAMPLES_COUNT, { count: s.examples }) }),
          " · ",
          el("span", { title: T.EDITOR_FEEDBACK_COUNTS, testid: "feedback-count", label: `👍 ${s.helpful} 👎 ${s.not_helpful}` }),
        ]));
        cell.addEventListener("click", (event) => {
          if (event.target.closest("a")) return;
          location.hash = "#/topic/" + path(t.slug, code);
        });
        row.append(cell);
      }
      rows.append(row);
    }
    $("no-topics").hidden = shown.length > 0;
  }

  $("topic-filter").addEventListener("input", renderTopics);

  $("add-topic").addEventListener("submit", action(async (event) => {
    const form = event.target;
    const slug = form.elements.slug.value.trim();
    const created = await api("POST", "/content/topics", {
      slug, group: form.elements.group.value, titles: { de: form.elements.title.value.trim() },
    });
    form.reset();
    info(T.EDITOR_CREATED);
    loadTraining(false).catch(() => {});
    location.hash = "#/topic/" + path(created.slug || slug, "de");
  }));

  // ------------------------------------------------------------------ one topic

  function stateOf(data) {
    const published = data.published;
    if (published) {
      const due = published.review_due !== undefined ? published.review_due
        : !published.review_due_on || published.review_due_on <= today();
      return due ? "review_due" : "published";
    }
    if (data.pending) return data.pending.status === "in_review" ? "in_review" : "draft";
    return "missing";
  }

  async function openTopic(slug, keepEdits) {
    const mine = generation;
    const data = await api("GET", "/content/topics/" + path(slug));
    if (mine !== generation) return;
    const sameAnswer = topic && topic.slug === data.slug && $("answer-text").dataset.lang === lang;
    const edits = keepEdits && sameAnswer && unsaved() ? $("answer-text").value : null;
    topic = data;
    renderTopic(edits);
    await loadHistory();
  }

  function renderTopic(edits) {
    const data = topic.languages[lang];
    $("lang-panel").hidden = false;
    $("topic-title").textContent = titleOf(topic);
    $("topic-slug").textContent = topic.slug;
    $("topic-group").textContent = GROUP[topic.group] || topic.group;
    for (const tab of document.querySelectorAll("#lang-tabs [data-lang]")) {
      const code = tab.dataset.lang;
      tab.href = "#/topic/" + path(topic.slug, code);
      tab.setAttribute("aria-selected", String(code === lang));
      const state = stateOf(topic.languages[code]);
      const mark = badge(state);
      mark.hidden = topic.kind === "dialogue";
      tab.querySelector(".badge").replaceWith(mark);
    }
    $("title-input").value = (topic.titles && topic.titles[lang]) || "";
    const dialogue = topic.kind === "dialogue";
    $("dialogue-note").hidden = !dialogue;
    $("answer-part").hidden = dialogue;
    $("history-part").hidden = dialogue;

    // The published text
    const published = data.published;
    $("not-published").hidden = !!published;
    $("published-text").hidden = !published;
    $("published-text").textContent = published ? published.text : "";
    $("published-text").dir = dirFor(lang);
    $("confirm").hidden = !published;
    const meta = $("published-meta");
    meta.replaceChildren();
    if (published) {
      meta.append(published.reviewed_on ? fmt(T.EDITOR_REVIEWED_ON, { date: showDay(published.reviewed_on) }) : T.EDITOR_NEVER_REVIEWED);
      if (published.review_due_on) meta.append(" · " + fmt(T.EDITOR_DUE_ON, { date: showDay(published.review_due_on) }));
      if (published.published_at) meta.append(el("br"), publishedBy(published));
    }
    $("review-overdue").hidden = !(published && stateOf(data) === "review_due");

    // The change being written
    const pending = data.pending;
    const mine = pending && pending.author === me.username;
    const status = $("pending-status");
    status.hidden = !pending;
    status.replaceChildren();
    if (pending) {
      const template = { draft: T.EDITOR_PENDING_DRAFT, in_review: T.EDITOR_PENDING_IN_REVIEW, returned: T.EDITOR_PENDING_RETURNED }[pending.status];
      status.append(badge(pending.status), " ", template ? fmt(template, { author: pending.author || "–" }) : pending.status);
      status.dataset.status = pending.status;
    }
    $("review-comment").hidden = !(pending && pending.comment);
    $("review-comment-text").textContent = (pending && pending.comment) || "";
    $("others-change").hidden = !(pending && !mine);
    $("others-change").textContent = pending && !mine ? fmt(T.EDITOR_OTHERS_CHANGE, { author: pending.author || "–" }) : "";

    const area = $("answer-text");
    loadedText = pending ? pending.text : published ? published.text : "";
    area.value = edits !== null && edits !== undefined ? edits : loadedText;
    area.dataset.lang = lang;
    area.lang = lang;
    area.dir = dirFor(lang);
    area.readOnly = !!(pending && !mine);
    $("withdraw").hidden = !mine;
    updateEditor();

    // Example questions
    const examples = $("examples");
    examples.replaceChildren();
    for (const example of data.examples) {
      examples.append(el("li", { dataset: { id: example.id }, testid: "example" }, [
        el("span", { text: example.text, dir: dirFor(lang) }),
        el("button", { type: "button", class: "plain danger", testid: "delete-example", title: T.EDITOR_DELETE,
          "aria-label": T.EDITOR_DELETE, label: "×", on: { click: action(() => deleteExample(example.id)) } }),
      ]));
    }
    $("examples-count").textContent = `(${data.examples.length})`;
    $("too-few").hidden = data.examples.length >= MIN_EXAMPLES;
    $("new-examples").lang = lang;
  }

  function updateEditor() {
    const area = $("answer-text");
    $("char-count").textContent = fmt(T.EDITOR_CHARS, { count: area.value.length, max: MAX_ANSWER });
    $("char-count").classList.toggle("error", area.value.length > MAX_ANSWER);
    renderPreview($("preview-bubble"), $("preview-buttons"), area.value, lang, topic ? topic.kind : "faq");
    updateEditorButtons();
  }

  function updateEditorButtons() {
    if (!topic) return;
    const pending = topic.languages[lang].pending;
    const area = $("answer-text");
    const mine = pending && pending.author === me.username;
    const blocked = !!(pending && !mine);
    const changed = area.value !== loadedText;
    const empty = !area.value.trim() || area.value.length > MAX_ANSWER;
    $("save-draft").disabled = blocked || empty || !changed;
    // Submitting saves first when the text changed; an unchanged change in review is already submitted.
    $("submit").disabled = blocked || empty || (!changed && !(mine && (pending.status === "draft" || pending.status === "returned")));
  }

  // What Telegram shows: the text as a chat bubble (plain text, line breaks kept) and the buttons
  // the bot puts under an answer, in the answer's language.
  function renderPreview(bubble, buttons, text, language, kind) {
    bubble.textContent = text;
    bubble.dir = dirFor(language);
    bubble.lang = language;
    buttons.replaceChildren();
    buttons.dir = language === "he" ? "rtl" : "ltr";
    const labels = P.buttons[language] || P.buttons.de;
    const button = (label, testid) => el("span", { class: "tg-button", text: label, testid });
    if (kind === "faq") {
      buttons.append(el("div", { class: "tg-row" }, [button(labels.helpful), button(labels.not_helpful)]));
      buttons.append(el("div", { class: "tg-row" }, [button(labels.human, "preview-human")]));
    }
  }

  $("answer-text").addEventListener("input", updateEditor);
  window.addEventListener("beforeunload", (event) => { if (unsaved()) { event.preventDefault(); event.returnValue = ""; } });

  async function saveAnswer() {
    return api("PUT", `/content/topics/${path(topic.slug, "answers", lang)}`, { text: $("answer-text").value });
  }

  $("save-draft").addEventListener("click", action(async () => {
    await saveAnswer();
    loadedText = $("answer-text").value;
    info(T.EDITOR_SAVED);
    await openTopic(topic.slug);
  }));

  $("submit").addEventListener("click", action(async () => {
    const pending = topic.languages[lang].pending;
    let id = pending && pending.author === me.username ? pending.revision_id : null;
    if ($("answer-text").value !== loadedText || !id) {
      id = (await saveAnswer()).revision_id;
      loadedText = $("answer-text").value;
    }
    await api("POST", `/content/revisions/${id}/submit`);
    info(T.EDITOR_SUBMITTED);
    await openTopic(topic.slug);
    refreshReviewCount().catch(() => {});
  }));

  $("withdraw").addEventListener("click", action(async () => {
    const pending = topic.languages[lang].pending;
    if (!pending || !confirm(T.EDITOR_WITHDRAW_CONFIRM)) return;
    await api("POST", `/content/revisions/${pending.revision_id}/withdraw`);
    loadedText = $("answer-text").value;  // nothing left to keep
    info(T.EDITOR_WITHDRAWN);
    await openTopic(topic.slug);
    refreshReviewCount().catch(() => {});
  }));

  $("confirm").addEventListener("click", action(async () => {
    await api("POST", `/content/topics/${path(topic.slug, "answers", lang, "confirm")}`);
    info(T.EDITOR_CONFIRMED);
    await openTopic(topic.slug, true);
  }));

  $("title-form").addEventListener("submit", action(async () => {
    const changed = await api("PUT", "/content/topics/" + path(topic.slug), { titles: { [lang]: $("title-input").value } });
    if (changed && changed.titles) topic.titles = changed.titles;
    $("topic-title").textContent = titleOf(topic);
    info(T.EDITOR_TITLE_SAVED);
    topics = null;
  }));

  async function deleteExample(id) {
    await api("DELETE", `/content/examples/${id}`);
    await openTopic(topic.slug, true);
    loadTraining(false).catch(() => {});
  }

  $("add-examples").addEventListener("click", action(async () => {
    const texts = $("new-examples").value.split("\n").map((line) => line.trim()).filter(Boolean);
    if (!texts.length) return;
    const result = await api("POST", `/content/topics/${path(topic.slug, "examples", lang)}`, { texts });
    $("new-examples").value = "";
    info(fmt(T.EDITOR_ADDED, { count: result.added }));
    await openTopic(topic.slug, true);
    loadTraining(false).catch(() => {});
  }));

  // Published versions, newest first, each with "compare with current" and "publish again".
  const diffBox = $("history-diff");

  async function loadHistory() {
    const list = $("history");
    diffBox.hidden = true;
    $("history-part").append(diffBox);  // it may sit in a version of the list that is redrawn
    if (topic.kind === "dialogue") { list.replaceChildren(); return; }
    const mine = generation, slug = topic.slug, language = lang;
    const versions = await api("GET", `/content/topics/${path(slug, "answers", language, "history")}`);
    if (mine !== generation || !topic || topic.slug !== slug || lang !== language) return;
    const current = versions.find((v) => v.current);
    list.replaceChildren();
    for (const version of versions) {
      const item = el("li", { class: version.current ? "current" : "", dataset: { id: version.revision_id }, testid: "version" });
      const head = el("div", { class: "version-head" }, [
        el("strong", { label: fmt(T.EDITOR_VERSION, { id: version.revision_id }) }), " ",
        version.current ? el("span", { class: "badge state-published", label: T.EDITOR_CURRENT }) : null, " ",
        el("span", { class: "muted", label: publishedBy(version) }),
        version.restored_from ? el("span", { class: "muted", label: " · " + fmt(T.EDITOR_RESTORED_FROM, { id: version.restored_from }) }) : null,
      ]);
      item.append(head);
      item.append(el("details", {}, [el("summary", { label: T.EDITOR_PUBLISHED_TEXT }), el("div", { class: "text", text: version.text, dir: dirFor(language) })]));
      if (!version.current) {
        const buttons = el("div", { class: "row" });
        if (current) {
          buttons.append(el("button", { type: "button", class: "secondary", testid: "compare", label: T.EDITOR_COMPARE,
            on: { click: action(() => showVersionDiff(version.revision_id, current.revision_id, item)) } }));
        }
        buttons.append(el("button", { type: "button", testid: "rollback", label: T.EDITOR_ROLLBACK,
          on: { click: action(() => rollback(version.revision_id)) } }));
        item.append(buttons);
      }
      list.append(item);
    }
    $("no-history").hidden = versions.length > 0;
  }

  async function showVersionDiff(from, to, item) {
    const data = await api("GET", `/content/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    renderDiff(diffBox.querySelector(".diff"), data.diff, lang);
    item.append(diffBox);
    diffBox.hidden = false;
  }

  async function rollback(id) {
    if (!confirm(T.EDITOR_ROLLBACK_CONFIRM)) return;
    await api("POST", `/content/revisions/${id}/rollback`);
    info(T.EDITOR_ROLLED_BACK);
    await openTopic(topic.slug, true);
  }

  function renderDiff(container, parts, language) {
    container.replaceChildren();
    for (const part of parts || []) {
      const tag = part.op === "insert" ? "ins" : part.op === "delete" ? "del" : "span";
      container.append(el(tag, { label: part.text }));
    }
    container.dir = dirFor(language);
  }

  // ------------------------------------------------------------------ review queue

  async function refreshReviewCount(items) {
    const queue = items || await api("GET", "/content/revisions?status=in_review");
    const count = queue.filter((r) => r.author !== me.username).length;
    $("review-count").textContent = String(count);
    $("review-count").hidden = count === 0;
  }

  async function loadReview() {
    const mine = generation;
    const [items] = await Promise.all([api("GET", "/content/revisions?status=in_review"), topics ? null : loadTopics()]);
    if (mine !== generation) return;
    refreshReviewCount(items);
    const list = $("review-queue");
    list.replaceChildren();
    for (const item of items) {
      const known = (topics || []).find((t) => t.slug === item.slug);
      const own = item.author === me.username;
      const li = el("li", { class: "card" + (own ? " own" : ""), dataset: { id: item.revision_id, slug: item.slug, lang: item.language }, testid: "review-item" });
      li.append(el("h3", {}, [
        el("span", { text: known ? titleOf(known) : item.slug }), " ",
        el("span", { class: "badge lang", label: LANG[item.language] || item.language }), " ",
        el("a", { href: "#/topic/" + path(item.slug, item.language), label: T.EDITOR_OPEN_TOPIC }),
      ]));
      li.append(el("p", { class: "muted", label: fmt(T.EDITOR_WRITTEN_BY, { author: item.author || "–", date: showTime(item.submitted_at) }) }));
      if (item.published_text === null || item.published_text === undefined) li.append(el("p", { class: "muted", label: T.EDITOR_NEW_ANSWER }));
      const diff = el("div", { class: "diff text", testid: "diff" });
      renderDiff(diff, item.diff, item.language);
      li.append(diff);
      if (own) {
        li.append(el("p", { class: "waiting", testid: "waiting", label: T.EDITOR_WAITING_COLLEAGUE }));
      } else {
        const comment = el("textarea", { rows: 2, dir: "auto", maxlength: 2000, testid: "reject-comment",
          placeholder: T.EDITOR_COMMENT, "aria-label": T.EDITOR_COMMENT });
        li.append(el("div", { class: "row" }, [
          el("button", { type: "button", testid: "approve", label: T.EDITOR_APPROVE, on: { click: action(async () => {
            await api("POST", `/content/revisions/${item.revision_id}/approve`);
            info(T.EDITOR_APPROVED);
            topics = null;
            await loadReview();
          }) } }),
        ]));
        li.append(comment);
        li.append(el("div", { class: "row" }, [
          el("button", { type: "button", class: "secondary", testid: "reject", label: T.EDITOR_RETURN, on: { click: action(async () => {
            if (!comment.value.trim()) { showNotice(T.EDITOR_COMMENT_NEEDED); comment.focus(); return; }
            await api("POST", `/content/revisions/${item.revision_id}/reject`, { comment: comment.value.trim() });
            info(T.EDITOR_RETURNED);
            await loadReview();
          }) } }),
        ]));
      }
      list.append(li);
    }
    $("review-empty").hidden = items.length > 0;
  }

  // ------------------------------------------------------------------ training

  // Polls every 2 s while a run is queued or running (whatever is shown: the menu shows it too).
  async function loadTraining(render) {
    clearTimeout(trainingTimer);
    let data;
    try {
      data = await api("GET", "/content/training?lang=" + encodeURIComponent(P.lang));
    } catch (error) {
      if (error.status !== 401) trainingTimer = setTimeout(() => loadTraining(false).catch(() => {}), 5 * POLL_MS);
      throw error;
    }
    const active = !!(data.current && ACTIVE_RUN.includes(data.current.status));
    $("training-running").hidden = !active;
    if (render || view === "training") renderTraining(data);
    if (active) trainingTimer = setTimeout(() => loadTraining(false).catch(() => {}), POLL_MS);
  }

  function renderTraining(data) {
    const box = $("training-status");
    box.replaceChildren();
    const current = data.current;
    box.dataset.status = current ? current.status : "idle";
    if (current) {
      box.append(el("p", {}, [
        el("span", { class: "badge run-" + current.status, testid: "run-status", dataset: { status: current.status }, label: RUN[current.status] || current.status }),
        " ", el("span", { testid: "run-phase", label: current.phase ? (PHASE[current.phase] || current.phase) : "" }),
      ]));
      const progress = Math.max(0, Math.min(100, Number(current.progress) || 0));
      box.append(el("div", { class: "progress-row" }, [
        el("progress", { max: 100, value: progress, testid: "run-progress", "aria-label": RUN[current.status] || current.status }),
        el("span", { label: `${progress} %` }),
      ]));
      box.append(el("p", { class: "muted", label: [current.requested_by ? fmt(T.EDITOR_REQUESTED_BY, { user: current.requested_by }) : null, showTime(current.created_at)].filter(Boolean).join(" · ") }));
      if (data.needed) box.append(el("p", { label: T.EDITOR_TRAINING_NEEDED }));
    } else {
      box.append(el("p", { label: T.EDITOR_TRAINING_IDLE }));
    }
    $("train-now").disabled = !!(current && current.status === "running");

    const runs = $("runs");
    runs.replaceChildren();
    for (const run of data.runs || []) {
      const li = el("li", { class: "card run run-" + run.status, dataset: { id: run.id, status: run.status }, testid: "training-run" });
      li.append(el("p", {}, [
        el("span", { class: "badge run-" + run.status, label: RUN[run.status] || run.status }), " ",
        run.phase && ACTIVE_RUN.includes(run.status) ? el("span", { label: PHASE[run.phase] || run.phase }) : null, " ",
        el("span", { class: "muted", label: [showTime(run.created_at), run.finished_at ? showTime(run.finished_at) : null].filter(Boolean).join(" – ") }),
        run.requested_by ? el("span", { class: "muted", label: " · " + fmt(T.EDITOR_REQUESTED_BY, { user: run.requested_by }) }) : null,
      ]));
      if (run.scores) {
        const table = el("table", { class: "scores" }, [el("caption", { label: T.EDITOR_SCORES })]);
        const head = el("tr"), body = el("tr");
        for (const [code, score] of Object.entries(run.scores)) {
          const before = run.running_scores ? run.running_scores[code] : undefined;
          head.append(el("th", { label: LANG[code] || code }));
          body.append(el("td", { class: before !== undefined && score < before ? "worse" : "", dataset: { lang: code },
            label: before !== undefined && before !== null ? `${score} (${before})` : String(score) }));
        }
        table.append(el("thead", {}, [head]), el("tbody", {}, [body]));
        li.append(table);
      }
      if (run.reason) {
        li.append(el("p", { class: run.status === "failed" || run.status === "refused" ? "error" : "" }, [
          el("strong", { label: T.EDITOR_REASON + ": " }), el("span", { text: run.reason, testid: "run-reason" }),
        ]));
      }
      if (run.status === "failed" || run.status === "refused") li.append(el("p", { class: "muted", label: T.EDITOR_KEPT_MODEL }));
      runs.append(li);
    }
    $("no-runs").hidden = (data.runs || []).length > 0;
    renderLeftOut();
  }

  // Topics with fewer than 5 example questions in a language are left out of training there.
  function renderLeftOut() {
    const list = $("left-out-list");
    list.replaceChildren();
    for (const t of topics || []) {
      for (const code of P.languages) {
        const count = t.languages[code].examples;
        if (count < MIN_EXAMPLES) {
          list.append(el("li", {}, [el("a", { href: "#/topic/" + path(t.slug, code), text: titleOf(t) }), ` (${code}: ${count})`]));
        }
      }
    }
    $("left-out").hidden = list.children.length === 0;
  }

  $("train-now").addEventListener("click", action(async () => {
    await api("POST", "/content/training");
    info(T.EDITOR_TRAINING_QUEUED);
    await loadTraining(true);
  }));

  // ------------------------------------------------------------------ try it

  $("try-form").addEventListener("submit", action(async () => {
    const text = $("try-text").value.trim();
    if (!text) return;
    const result = await api("POST", "/content/try", { text });
    const box = $("try-result");
    box.replaceChildren();
    box.append(el("p", {}, [
      el("strong", { label: T.EDITOR_DETECTED_LANGUAGE + ": " }),
      el("span", { testid: "try-language", dataset: { lang: result.language || "" }, label: LANG[result.language] || result.language || T.EDITOR_UNKNOWN_LANGUAGE }),
    ]));
    if (result.crisis) box.append(el("p", { class: "error", testid: "try-crisis", label: T.EDITOR_CRISIS_DETECTED }));
    if (result.safety_note) box.append(el("p", { class: "muted", testid: "try-safety-note", label: T.EDITOR_SAFETY_NOTE }));
    box.append(el("h3", { label: T.EDITOR_TOP_TOPICS }));
    const ranking = el("ul", { class: "ranking", testid: "try-ranking" });
    for (const r of result.ranking || []) {
      const percent = Math.round((Number(r.confidence) || 0) * 100);
      ranking.append(el("li", { dataset: { slug: r.slug }, class: r.slug === result.intent ? "chosen" : "" }, [
        el("span", { class: "name" }, [el("span", { text: r.title || r.slug }), " ", el("code", { label: r.slug })]),
        el("span", { class: "bar", role: "meter", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": percent }, [
          el("span", { class: "fill", style: `inline-size: ${percent}%` }),
        ]),
        el("span", { class: "percent", label: `${percent} %` }),
      ]));
    }
    box.append(ranking);
    box.append(el("h3", { label: T.EDITOR_WOULD_SEND }));
    if (result.answer) {
      const phone = el("div", { class: "phone", testid: "try-answer" });
      const bubble = el("div", { class: "bubble" }), buttons = el("div", { class: "tg-buttons" });
      const known = (topics || []).find((t) => t.slug === result.intent);
      renderPreview(bubble, buttons, result.answer.text, result.answer.language, known ? known.kind : "none");
      phone.append(bubble, buttons);
      if (result.safety_note) phone.append(el("div", { class: "bubble", testid: "try-safety-note-text", text: result.safety_note }));
      box.append(phone);
    } else {
      box.append(el("p", { class: "muted", testid: "try-answer", label: T.EDITOR_NO_ANSWER_SENT }));
    }
    box.hidden = false;
  }));

  // ------------------------------------------------------------------ unanswered questions

  async function loadGaps() {
    const mine = generation;
    const [groups] = await Promise.all([api("GET", "/content/gaps"), topics ? null : loadTopics()]);
    if (mine !== generation) return;
    const list = $("gaps");
    list.replaceChildren();
    for (const group of groups) {
      const items = group.group.slice();
      const li = el("li", { class: "card gap", testid: "gap-group", dataset: { ids: items.map((g) => g.id).join(" ") } });
      const suggested = (topics || []).find((t) => t.slug === group.suggested);
      li.append(el("p", {}, [
        el("strong", { label: fmt(T.EDITOR_GAP_SIZE, { count: group.size }) }),
        suggested ? el("span", { class: "muted", label: " · " + fmt(T.EDITOR_SUGGESTED, { topic: titleOf(suggested) }) }) : null,
      ]));
      const texts = el("ul", { class: "gap-texts" });
      for (const gap of items) {
        const row = el("li", { dataset: { id: gap.id }, testid: "gap-text" }, [
          el("span", { text: gap.text, class: "text" }),
          el("small", { class: "muted", label: ` ${LANG[gap.language] || gap.language} · ${REASON[gap.reason] || gap.reason} · ${showDay(gap.created_at)} ` }),
          el("button", { type: "button", class: "plain", title: T.EDITOR_DISMISS, "aria-label": T.EDITOR_DISMISS, label: "×",
            testid: "gap-dismiss-one", on: { click: action(async () => {
              await api("DELETE", `/content/gaps/${gap.id}`);
              items.splice(items.indexOf(gap), 1);
              row.remove();
              if (!items.length) li.remove();
            }) } }),
        ]);
        texts.append(row);
      }
      li.append(texts);
      const select = el("select", { testid: "gap-topic", "aria-label": T.EDITOR_CHOOSE_TOPIC }, [el("option", { value: "", label: T.EDITOR_CHOOSE_TOPIC })]);
      for (const t of topics || []) {
        const option = el("option", { value: t.slug, text: `${titleOf(t)} (${t.slug})` });
        if (t.slug === group.suggested) option.selected = true;
        select.append(option);
      }
      li.append(el("div", { class: "row" }, [
        select,
        el("button", { type: "button", testid: "gap-add", label: T.EDITOR_ADD_AS_EXAMPLE, on: { click: action(async () => {
          if (!select.value) { select.focus(); return; }
          const count = items.length;
          for (const gap of items.slice()) {
            await api("POST", `/content/gaps/${gap.id}/example`, { slug: select.value });
            items.splice(items.indexOf(gap), 1);
          }
          info(fmt(T.EDITOR_ADDED, { count }));
          topics = null;
          loadTraining(false).catch(() => {});
          await loadGaps();
        }) } }),
        el("button", { type: "button", class: "secondary", testid: "gap-dismiss", label: T.EDITOR_DISMISS, on: { click: action(async () => {
          for (const gap of items.slice()) {
            await api("DELETE", `/content/gaps/${gap.id}`);
            items.splice(items.indexOf(gap), 1);
          }
          li.remove();
          $("gaps-empty").hidden = list.children.length > 0;
        }) } }),
      ]));
      list.append(li);
    }
    $("gaps-empty").hidden = groups.length > 0;
  }

  // ------------------------------------------------------------------ import and export

  // Downloads go through fetch, so that a refusal is shown here instead of saved as a file.
  for (const link of document.querySelectorAll("#view-transfer a[href^='/api/']")) {
    link.addEventListener("click", action(async () => {
      const response = await fetch(link.getAttribute("href"), { credentials: "same-origin" });
      if (response.status === 401) { showLogin(); return; }
      if (!response.ok) {
        const e = new Error(String(response.status)); e.status = response.status;
        e.data = (response.headers.get("content-type") || "").includes("json") ? await response.json().catch(() => null) : null;
        throw e;
      }
      const url = URL.createObjectURL(await response.blob());
      const save = el("a", { href: url, download: link.getAttribute("download") || "" });
      document.body.append(save); save.click(); save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }));
  }

  const IMPORT_TYPES = { yaml: "application/yaml", csv: "text/csv", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

  $("import-form").elements.file.addEventListener("change", (event) => {
    const file = event.target.files[0];
    const target = $("import-form").elements.target;
    if (!file) return;
    const name = file.name.toLowerCase();
    const extension = name.split(".").pop();
    if (extension === "yaml" || extension === "yml") target.value = "import.yaml";
    else if (extension === "csv" || extension === "xlsx") {
      // The language from the file's name (as exported: pforte-ru.csv), else the one chosen.
      const named = /(?:^|[^a-z])(de|ru|he)(?:[^a-z]|$)/.exec(name.replace(/\.\w+$/, ""));
      const chosen = /^import\/(\w+)\./.exec(target.value);
      target.value = `import/${named ? named[1] : chosen ? chosen[1] : lang}.${extension}`;
    }
  });

  $("import-form").addEventListener("submit", action(async (event) => {
    const form = event.target;
    const file = form.elements.file.files[0];
    if (!file) return;
    const target = form.elements.target.value;
    $("import-result").hidden = true;
    const result = await api("POST", "/content/" + target, file, IMPORT_TYPES[target.split(".").pop()]) || {};
    // YAML: topics, drafts, training; spreadsheets: titles, drafts, examples, skipped.
    const parts = [];
    for (const [key, template] of [["topics", T.EDITOR_IMPORTED_TOPICS], ["titles", T.EDITOR_IMPORTED_TITLES],
      ["drafts", T.EDITOR_IMPORTED_DRAFTS], ["examples", T.EDITOR_IMPORTED_EXAMPLES], ["skipped", T.EDITOR_IMPORTED_SKIPPED]]) {
      if (typeof result[key] === "number") parts.push(fmt(template, { count: result[key] }));
    }
    let message = [T.EDITOR_IMPORT_DONE, parts.join(", ")].filter(Boolean).join(" ");
    if (result.training || result.examples) message += " " + T.EDITOR_TRAINING_QUEUED;
    $("import-result").textContent = message;
    $("import-result").hidden = false;
    info(message);
    form.reset();
    topics = null;
    loadTraining(false).catch(() => {});
    refreshReviewCount().catch(() => {});
  }));

  // ------------------------------------------------------------------ start

  $("notice-hide").addEventListener("click", hideNotice);
  window.addEventListener("hashchange", () => { if (me) route(); });

  $("logout").addEventListener("click", async () => {
    try { await api("POST", "/logout"); } catch (error) { /* the page reloads anyway */ }
    location.reload();
  });

  PforteSession.start((who) => { me = who; csrf = who.csrf_token; showWork(); }, showLogin);
})();
