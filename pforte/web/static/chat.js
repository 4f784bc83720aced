// The local web chat: send messages, show replies and buttons, poll for counsellors' replies.
(function () {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const error = document.getElementById("error");
  let lastId = 0;
  let initial = true;
  const shown = new Set();

  function render(message) {
    if (message.id && shown.has(message.id)) return;
    if (message.id) { shown.add(message.id); lastId = Math.max(lastId, message.id); }
    const bubble = document.createElement("div");
    bubble.className = "msg " + message.sender;
    // The bot writes in the conversation's language: Hebrew is right to left even when a
    // message begins with a German word; the person's own text decides by itself.
    bubble.setAttribute("dir", message.sender !== "person" && message.language === "he" ? "rtl" : "auto");
    bubble.dataset.sender = message.sender;
    bubble.textContent = message.text;
    if (message.buttons && message.buttons.length) {
      const row = document.createElement("div");
      row.className = "buttons";
      for (const b of message.buttons) {
        const button = document.createElement("button");
        button.type = "button";
        button.setAttribute("dir", "auto");
        button.textContent = b.title;
        button.addEventListener("click", () => send(b.title, b.payload));
        row.appendChild(button);
      }
      bubble.appendChild(row);
    }
    log.appendChild(bubble);
    bubble.scrollIntoView({ block: "end" });
  }

  async function send(text, payload) {
    error.hidden = true;
    const mine = { sender: "person", text: text };
    render(mine);
    try {
      const response = await fetch("/chat/api/messages", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ text: text, payload: payload || null }),
      });
      if (!response.ok) throw new Error(String(response.status));
      const data = await response.json();
      for (const reply of data.replies) render(reply);
    } catch (e) {
      error.hidden = false;
    }
  }

  async function poll() {
    try {
      const response = await fetch("/chat/api/messages?after=" + lastId, { credentials: "same-origin" });
      if (response.ok) {
        const data = await response.json();
        for (const message of data.messages) {
          if (initial || message.sender !== "person") render(message);
          else { shown.add(message.id); lastId = Math.max(lastId, message.id); }
        }
        initial = false;
      }
    } catch (e) { /* offline: try again later */ }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    send(text, null);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  poll();
  setInterval(poll, 3000);
})();
