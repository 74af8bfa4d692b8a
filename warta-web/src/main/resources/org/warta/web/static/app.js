// Warta UI: layer toggles, span details on hover and focus, and the figures charts.
// Everything works on the server-rendered page; without JavaScript the marks keep their title.
(function () {
  "use strict";

  // ---- layer toggles ----
  document.addEventListener("change", function (ev) {
    var input = ev.target;
    if (!input.matches || !input.matches("input[data-layer]")) return;
    var record = input.closest("#record");
    if (!record) return;
    var layer = input.getAttribute("data-layer");
    record.classList.toggle("hide-" + layer, !input.checked);
    record.querySelectorAll("mark.l-" + layer + "[id]").forEach(function (m) {
      m.setAttribute("tabindex", input.checked ? "0" : "-1");
    });
  });

  // ---- span details ----
  var floating = null;
  function hidden(mark) {
    var record = mark.closest("#record");
    if (!record) return false;
    var layer = (mark.className.match(/\bl-([a-z]+)/) || [])[1];
    return layer && record.classList.contains("hide-" + layer);
  }
  function tipsFor(mark) {
    var tips = [];
    for (var m = mark; m && m.matches && m.matches("mark[data-tip]"); m = m.parentElement.closest("mark[data-tip]")) {
      if (!hidden(m)) tips.push(m.getAttribute("data-tip"));
      if (!m.parentElement) break;
    }
    return tips;
  }
  function setActive(mark, on) {
    var ann = mark.getAttribute("data-ann");
    document.querySelectorAll('mark[data-ann="' + CSS.escape(ann) + '"]').forEach(function (m) {
      m.classList.toggle("active", on);
    });
  }
  function show(mark) {
    var tips = tipsFor(mark);
    if (!tips.length) return;
    var panel = document.getElementById("tip");
    if (panel) {
      panel.textContent = "";
      tips.forEach(function (t) {
        var line = document.createElement("div");
        line.textContent = t;
        panel.appendChild(line);
      });
    }
    if (!floating) {
      floating = document.createElement("div");
      floating.className = "floating-tip";
      floating.setAttribute("role", "tooltip");
      floating.id = "floating-tip";
      document.body.appendChild(floating);
    }
    floating.textContent = tips[0];
    floating.hidden = false;
    var r = mark.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - floating.offsetWidth - 8));
    floating.style.top = top + "px";
    floating.style.left = left + "px";
    mark.setAttribute("aria-describedby", "floating-tip");
    setActive(mark, true);
  }
  function hide(mark) {
    if (floating) floating.hidden = true;
    mark.removeAttribute("aria-describedby");
    setActive(mark, false);
  }
  function markOf(ev) {
    return ev.target && ev.target.closest ? ev.target.closest("mark[data-tip]") : null;
  }
  document.addEventListener("mouseover", function (ev) { var m = markOf(ev); if (m) show(m); });
  document.addEventListener("mouseout", function (ev) { var m = markOf(ev); if (m) hide(m); });
  document.addEventListener("focusin", function (ev) { var m = markOf(ev); if (m) show(m); });
  document.addEventListener("focusout", function (ev) { var m = markOf(ev); if (m) hide(m); });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && floating) floating.hidden = true;
  });
  // With JavaScript the details appear in the page; drop the native tooltips that would double them.
  function dropTitles(root) {
    root.querySelectorAll("mark[data-tip][title]").forEach(function (m) { m.removeAttribute("title"); });
  }

  // ---- figures charts (uPlot) ----
  var PALETTE = ["#1e40af", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f", "#374151"];
  function drawChart(el) {
    var src = document.getElementById(el.getAttribute("data-chart"));
    if (!src || typeof uPlot === "undefined") return;
    var spec = JSON.parse(src.textContent);
    var seen = {};
    var points = [];
    spec.series.forEach(function (s, si) {
      s.points.forEach(function (p) {
        var t = p[0];
        while (seen[t]) t += 3600; // same day, same chart: spread by an hour
        seen[t] = true;
        points.push({ t: t, v: p[1], s: si, idx: p[2] });
      });
    });
    if (!points.length) {
      el.textContent = "No dated headline figures to chart.";
      return;
    }
    points.sort(function (a, b) { return a.t - b.t; });
    var xs = points.map(function (p) { return p.t; });
    var conflictIdx = {};
    spec.conflicts.forEach(function (c) { conflictIdx[c[2]] = true; });
    var data = [xs];
    var series = [{}];
    spec.series.forEach(function (s, si) {
      data.push(points.map(function (p) { return p.s === si ? p.v : null; }));
      var color = PALETTE[si % PALETTE.length];
      series.push({ label: s.label, stroke: color, width: 2, spanGaps: true,
        points: { show: true, size: 9, fill: color, stroke: color } });
    });
    data.push(points.map(function (p) { return conflictIdx[p.idx] ? p.v : null; }));
    series.push({ label: "conflict", stroke: "#b91c1c", width: 0, spanGaps: false,
      paths: function () { return null; },
      points: { show: true, size: 20, width: 3, stroke: "#b91c1c", fill: "rgba(0,0,0,0)" } });
    var width = Math.max(280, el.clientWidth || 600);
    var plot = new uPlot({
      width: width, height: 260,
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(1, max * 1.15)]; } } },
      axes: [{}, { label: "value" }],
      series: series
    }, data, el);
    window.addEventListener("resize", function () {
      plot.setSize({ width: Math.max(280, el.clientWidth || 600), height: 260 });
    });
    el.setAttribute("data-drawn", "true");
  }

  function init(root) {
    dropTitles(root);
    root.querySelectorAll("div.chart[data-chart]").forEach(drawChart);
  }
  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:afterSwap", function (ev) {
    init(ev.target);
    var h = ev.target.querySelector("h1");
    if (h) { h.setAttribute("tabindex", "-1"); h.focus(); }
  });
})();
