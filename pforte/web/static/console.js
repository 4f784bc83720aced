// The counsellors' console: live queue (server-sent events), claim, transcript, reply, notes,
// vetted answers, transfer, hand back, close. All texts from people are shown with dir="auto".
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  let csrf = null, me = null, current = null, lastShown = 0, queueShown = "", mineShown = "";
  // What only the counsellor who holds the conversation may do (notes included).
  const HOLDER_ONLY = ["reply", "note", "transfer", "release", "close", "transfer-to", "outcome"];

  async function api(method, path, body) {
    const headers = { "Content-Type": "application/json" };
    if (csrf && method !== "GET") headers["X-CSRF-Token"] = csrf;
    const response = await fetch("/api" + path, {
      method, headers, credentials: "same-origin", body: body ? JSON.stringify(body) : undefined,
    });
    if (response.status === 401) { showLogin(); throw new Error("401"); }
    const data = response.headers.get("content-type", "").includes("json") ? await response.json() : null;
    if (!response.ok) { const e = new Error(String(response.status)); e.status = response.status; e.data = data; throw e; }
    return data;
  }

  function showLogin() { $("login").hidden = false; $("work").hidden = true; $("account").hidden = true; }

  function showWork() {
    $("login").hidden = true; $("account").hidden = false;
    if (me.role !== "counsellor" && me.role !== "admin") {  // an editor: say so, not an empty queue
      $("who").textContent = me.username; $("role-notice").textContent = PFORTE.counsellorsOnly; $("role-notice").hidden = false;
      return;
    }
    $("work").hidden = false;
    $("who").textContent = me.username; $("availability").value = me.availability;
    refresh(); listen(); loadAnswers("de");
  }

  function text(el, value) { el.textContent = value; el.setAttribute("dir", "auto"); return el; }

  function minutesSince(iso) { return Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60000)); }

  async function refresh() {
    const [queue, mine] = await Promise.all([api("GET", "/queue"), api("GET", "/conversations/mine")]);
    // Redraw only what changed: a list that moves under the mouse makes people click the wrong one.
    const signature = JSON.stringify(queue.map((e) => [e.id, e.priority, e.overdue, e.preview]));
    const list = $("queue");
    if (signature !== queueShown) list.replaceChildren();
    for (const entry of signature === queueShown ? [] : queue) {
      const li = document.createElement("li");
      const marked = entry.priority === "crisis" || entry.priority === "concern";
      li.className = "entry" + (marked ? " " + entry.priority : "") + (entry.overdue ? " overdue" : "");
      li.dataset.id = entry.id; li.dataset.priority = entry.priority;
      if (marked) { const b = document.createElement("span"); b.className = "badge"; b.textContent = PFORTE[entry.priority]; li.appendChild(b); }
      li.appendChild(document.createTextNode(`#${entry.id} · ${entry.language || "?"} · ${PFORTE.waitingFor} ${minutesSince(entry.waiting_since)} ${PFORTE.minutes}`));
      li.appendChild(text(Object.assign(document.createElement("span"), { className: "preview" }), entry.preview));
      li.addEventListener("click", () => open(entry.id));
      list.appendChild(li);
    }
    queueShown = signature;
    $("queue-empty").hidden = queue.length > 0;
    const mineSignature = JSON.stringify(mine);
    const own = $("mine");
    if (mineSignature !== mineShown) own.replaceChildren();
    for (const c of mineSignature === mineShown ? [] : mine) {
      const li = document.createElement("li"); li.className = "entry" + (c.crisis ? " crisis" : c.concern ? " concern" : ""); li.dataset.id = c.id;
      li.textContent = `#${c.id} · ${c.language || "?"}`;
      // The person wrote last: they wait for an answer (a crisis conversation shows its colour too).
      if (c.unanswered) {
        li.classList.add("unanswered");
        const b = document.createElement("span"); b.className = "badge"; b.textContent = PFORTE.newMessage; li.prepend(b);
      }
      li.addEventListener("click", () => open(c.id)); own.appendChild(li);
    }
    mineShown = mineSignature;
    if (current) await show(current, true);
  }

  async function open(id) { current = id; lastShown = 0; $("notice").hidden = true; await show(id, false); }

  async function show(id, update) {
    let data;
    try { data = await api("GET", `/conversations/${id}/messages`); }
    catch (e) {
      // Taken by a colleague (or gone) since it was opened: no longer ours to read.
      if (e.status !== 403 && e.status !== 404) throw e;
      current = null;
      for (const id of ["summary", "transcript", "notes"]) $(id).replaceChildren();
      for (const id of HOLDER_ONLY.concat(["claim"])) $(id).hidden = true;
      $("notice").textContent = PFORTE.taken; $("notice").hidden = false;
      return;
    }
    $("conversation").hidden = false;
    const transcript = $("transcript");
    if (!update) transcript.replaceChildren();
    for (const m of data.messages) {
      if (m.id <= lastShown) continue;
      lastShown = m.id;
      const div = text(document.createElement("div"), m.text);
      // The bot's and counsellors' texts in a Hebrew conversation are right to left, also when
      // they begin with a German word ("Wohngeld …"), which dir="auto" would read as left to right.
      if (m.direction === "out" && data.language === "he") div.setAttribute("dir", "rtl");
      div.className = "msg " + m.sender; div.dataset.sender = m.sender;
      const small = document.createElement("small"); small.textContent = (PFORTE.senders[m.sender] || m.sender) + (m.intent ? " · " + m.intent : "");
      div.appendChild(small); transcript.appendChild(div);
    }
    transcript.scrollTop = transcript.scrollHeight;
    const dl = $("summary"); dl.replaceChildren();
    for (const [k, v] of Object.entries(data.summary)) {
      const dt = document.createElement("dt"); dt.textContent = PFORTE.summary[k] || k;
      const shown = Array.isArray(v) ? v.join(", ") : typeof v === "boolean" ? (v ? PFORTE.yes : PFORTE.no)
        : k === "reason" && v ? PFORTE.reasons[v] || v : String(v ?? "–");
      dl.append(dt, text(document.createElement("dd"), shown));
    }
    const notes = $("notes"); notes.replaceChildren();
    for (const n of data.notes) notes.appendChild(text(document.createElement("li"), n.text));
    const mineNow = data.state === "assigned" && data.assignee === me.username;
    $("claim").hidden = data.state !== "queued";
    for (const id of HOLDER_ONLY) $(id).hidden = !mineNow;
    $("reply").elements.text.setAttribute("dir", data.language === "he" ? "rtl" : "auto");
    if (data.summary.language) loadAnswers(data.summary.language);
  }

  async function loadAnswers(language) {
    const select = $("answers");
    if (select.dataset.language === language) return;
    select.dataset.language = language;
    const answers = await api("GET", `/answers?language=${encodeURIComponent(language)}`);
    select.length = 1;
    for (const a of answers) { const o = document.createElement("option"); o.value = a.slug; o.textContent = a.title; o.dir = "auto"; select.appendChild(o); }
  }

  function listen() {
    const source = new EventSource("/api/events");
    source.addEventListener("change", () => refresh().catch(() => {}));
    source.onerror = () => { source.close(); setTimeout(listen, 3000); };
  }

  $("logout").addEventListener("click", async () => { await api("POST", "/logout"); location.reload(); });
  $("availability").addEventListener("change", (e) => api("PUT", "/me/availability", { availability: e.target.value }));
  $("claim").addEventListener("click", async () => {
    try { await api("POST", `/conversations/${current}/claim`); }
    catch (e) {
      if (e.status === 409 || e.status === 429) {
        $("notice").textContent = e.status === 429 ? PFORTE.atCapacity : PFORTE.taken; $("notice").hidden = false;
      }
    }
    await refresh();
  });
  // A failed action says so (the text stays in its box to be sent again); nothing fails silently.
  async function attempt(action, messages = {}) {
    try { await action(); return true; }
    catch (e) {
      if (e.message === "401") return false;  // the login form is shown
      $("notice").textContent = messages[e.status] || PFORTE.failed; $("notice").hidden = false;
      return false;
    }
  }
  $("reply").addEventListener("submit", async (event) => {
    event.preventDefault();
    const area = event.target.elements.text; if (!area.value.trim()) return;
    if (await attempt(() => api("POST", `/conversations/${current}/messages`, { text: area.value }))) {
      area.value = ""; $("notice").hidden = true; await show(current, true);
    }
  });
  $("answers").addEventListener("change", async (e) => {
    if (!e.target.value) return;
    const answer = await api("GET", `/answers/${e.target.value}?language=${encodeURIComponent(e.target.dataset.language || "de")}`);
    $("reply").elements.text.value = answer.text; e.target.value = "";
  });
  $("note").addEventListener("submit", async (event) => {
    event.preventDefault(); const area = event.target.elements.text; if (!area.value.trim()) return;
    if (await attempt(() => api("POST", `/conversations/${current}/notes`, { text: area.value }))) {
      area.value = ""; await show(current, true);
    }
  });
  async function leave(action, messages) {
    if (await attempt(action, messages)) { current = null; $("conversation").hidden = true; $("transfer-to").value = ""; }
    await refresh();
  }
  // Handing over and handing back are two buttons: one button for both did the opposite of what
  // was meant when a name was left in the field.
  $("transfer").addEventListener("click", async () => {
    const to = $("transfer-to").value.trim();
    if (!to) { $("transfer-to").focus(); return; }
    await leave(() => api("POST", `/conversations/${current}/transfer`, { username: to }), { 404: PFORTE.noSuchColleague, 409: PFORTE.cannotHandOver });
  });
  $("release").addEventListener("click", () => leave(() => api("POST", `/conversations/${current}/release`)));
  $("close").addEventListener("click", () => leave(() => api("POST", `/conversations/${current}/close`, { outcome: $("outcome").value || null })));

  PforteSession.start((who) => { me = who; csrf = who.csrf_token; showWork(); }, showLogin);
})();
