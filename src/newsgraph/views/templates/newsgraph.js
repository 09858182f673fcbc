/* newsgraph: open the dossier or fact a link points at; draw plotly figures from inline JSON. */
(function () {
  "use strict";
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) { return; }
    var el = document.getElementById(id);
    if (!el) { return; }
    var d = el.tagName === "DETAILS" ? el : el.closest("details");
    while (d) { d.open = true; d = d.parentElement ? d.parentElement.closest("details") : null; }
    document.querySelectorAll(".flash").forEach(function (x) { x.classList.remove("flash"); });
    el.classList.add("flash");
    el.scrollIntoView({ block: "start" });
  }
  function go(anchor) {
    var base = document.body.getAttribute("data-link-base");
    if (base === null) { location.hash = anchor; return; }
    var parts = anchor.split("-");
    var kind = parts.shift();
    location.href = base + (kind === "entity" ? "entities/" : "events/") + encodeURIComponent(parts.join("-"));
  }
  function draw(el) {
    var spec = JSON.parse(document.getElementById(el.getAttribute("data-figure")).textContent);
    if (!window.Plotly) { el.textContent = "The plotting library did not load."; return; }
    window.Plotly.newPlot(el, spec.data, spec.layout, { responsive: true, displaylogo: false })
      .then(function () {
        el.on("plotly_click", function (ev) {
          var p = ev.points && ev.points[0];
          if (p && typeof p.customdata === "string") { go(p.customdata); }
        });
      });
  }
  window.addEventListener("hashchange", openTarget);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-figure]").forEach(draw);
    openTarget();
  });
}());
