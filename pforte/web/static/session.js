// Shared by the console and the editor: the login form (with the optional one-time code) and the
// check at start whether the browser is logged in already. onLoggedIn gets /api/me's answer,
// which carries the CSRF token every change must send back.
window.PforteSession = {
  start(onLoggedIn, showLogin) {
    const form = document.getElementById("login");
    const failed = document.getElementById("login-error");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const response = await fetch("/api/login", {
        method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin",
        body: JSON.stringify({ username: data.get("username"), password: data.get("password"), totp: data.get("totp") || null }),
      });
      if (!response.ok) {
        // 429: locked out for a while after too many failed logins; not a wrong password now.
        failed.textContent = response.status === 429 ? failed.dataset.locked : failed.dataset.failed;
        failed.hidden = false; return;
      }
      failed.hidden = true;
      onLoggedIn(await response.json());
    });
    fetch("/api/me", { credentials: "same-origin" }).then(async (r) => {
      if (!r.ok) return showLogin();
      onLoggedIn(await r.json());
    }).catch(showLogin);
  },
};
