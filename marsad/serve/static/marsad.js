// Marsad pages: plain JavaScript, no framework. Text from the server is never parsed as HTML here
// except the /api/extract "html" fragment, which the server renders escaped (and the page's
// Content-Security-Policy runs no inline script in any case).
"use strict";

function showFigure(id) {
  const item = document.getElementById("figure-" + id);
  const panel = document.getElementById("figure-panel");
  if (!item || !panel) return;
  document.querySelectorAll(".fig.active, .figure.active").forEach((el) => el.classList.remove("active"));
  document.querySelectorAll('mark.fig[data-figure="' + CSS.escape(id) + '"]').forEach((el) => el.classList.add("active"));
  item.classList.add("active");
  const copy = item.cloneNode(true);
  copy.removeAttribute("id");
  const close = document.createElement("button");
  close.type = "button";
  close.className = "close";
  close.textContent = "×";
  close.setAttribute("aria-label", "إغلاق");
  close.addEventListener("click", () => { panel.hidden = true; });
  copy.prepend(close);
  panel.replaceChildren(copy);
  panel.hidden = false;
  panel.scrollIntoView({ block: "nearest" });
}

document.addEventListener("click", (ev) => {
  const fig = ev.target.closest && ev.target.closest("mark.fig[data-figure]");
  if (fig) showFigure(fig.dataset.figure);
});
document.addEventListener("keydown", (ev) => {
  const fig = ev.target.closest && ev.target.closest("mark.fig[data-figure]");
  if (fig && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); showFigure(fig.dataset.figure); }
});

async function extractArticle(ev) {
  ev.preventDefault();
  const form = ev.target;
  const status = document.getElementById("extract-status");
  const out = document.getElementById("extract-result");
  const field = (name) => form.elements.namedItem(name).value;
  const data = { title: field("title"), body: field("body") };
  if (field("published")) data.published = field("published");
  status.textContent = "جارٍ الاستخراج…";
  try {
    const r = await fetch("/api/extract?html=true", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data),
    });
    const rec = await r.json();
    if (!r.ok) {
      const d = rec.detail;
      status.textContent = "خطأ: " + (typeof d === "string" ? d : JSON.stringify(d));
      return;
    }
    status.textContent = "تم: " + rec.entities.length + " كيانًا، " + rec.statements.length + " تصريحًا، " +
      rec.casualties.length + " رقمًا.";
    out.innerHTML = rec.html;  // rendered and escaped by the server's autoescaping template
  } catch (e) {
    status.textContent = "خطأ: " + e;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("extract-form");
  if (form) form.addEventListener("submit", extractArticle);
  if (location.hash.startsWith("#figure-")) showFigure(decodeURIComponent(location.hash.slice(8)));
});
