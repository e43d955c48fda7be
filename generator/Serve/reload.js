// Live reload for `staticsite serve` (never part of a built site): reloads the page after a rebuild
// and shows build errors over the page until they are fixed.
(() => {
  "use strict";
  let version = null;
  const events = new EventSource("/__staticsite/events");
  events.addEventListener("hello", (e) => {
    if (version !== null && version !== e.data) location.reload();
    version = e.data;
  });
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("failed", (e) => show(JSON.parse(e.data)));

  function show(errors) {
    let overlay = document.getElementById("__staticsite-overlay");
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "__staticsite-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
        "background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    const heading = document.createElement("strong");
    heading.style.color = "#ff8080";
    heading.textContent = "Build failed; showing the last good version of the site until this is fixed.\n\n";
    overlay.appendChild(heading);
    for (const error of errors) {
      overlay.appendChild(document.createTextNode(error.path + ":" + error.line + ":" + error.column + ": " + error.message + "\n"));
    }
  }
})();
