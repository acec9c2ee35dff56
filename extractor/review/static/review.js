// litx review: the document page.  Plain JS, no build step.
// Every string that comes from a PDF is put in the page with textContent,
// never innerHTML.  Writes go through one queue, each carrying the
// revision of the document it was based on (409 = saved elsewhere).
"use strict";
(function () {
  const dataEl = document.getElementById("doc-data");
  if (!dataEl) return;
  const D = JSON.parse(dataEl.textContent);

  const $ = (sel) => document.querySelector(sel);
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  const encKey = D.key.split("/").map(encodeURIComponent).join("/");
  const cp = (s) => Array.from(s).length; // Python indexes code points, JS UTF-16 units

  const S = {
    revision: D.revision,
    facts: new Map(), // id -> view
    order: [],
    visible: [],
    cards: new Map(),
    current: null,
    undo: [],
    queue: Promise.resolve(),
    stale: false,
    counts: D.counts,
    selection: null,
    form: null,
    pageFact: null,
    page: null, // the page shown
    mode: "image", // "image" | "text"
    sentences: [], // the sentences of the page text, as listed
    sentencesAsked: 0,
  };
  const F = { type: "", status: "", context: "", sort: "position" };

  // ------------------------------------------------------------------ data

  function load(payload) {
    S.revision = payload.revision;
    S.counts = payload.counts;
    S.facts.clear();
    S.order = [];
    for (const v of payload.facts) {
      S.facts.set(v.id, v);
      S.order.push(v.id);
    }
    D.pdf = payload.pdf;
  }

  function setView(v) {
    if (!S.facts.has(v.id)) S.order.push(v.id);
    S.facts.set(v.id, v);
    const old = S.cards.get(v.id);
    if (old) {
      const fresh = card(v);
      old.replaceWith(fresh);
      if (S.current === v.id) fresh.classList.add("current");
    }
    if (S.current === v.id) showPage(v);
  }

  class ApiError extends Error {
    constructor(status, message, code) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  function send(action, body) {
    const run = async () => {
      if (S.stale) throw new ApiError(409, "This document changed elsewhere: reload it first.", "E504");
      const res = await fetch(`/api/${action}/${encKey}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(Object.assign({}, body, { revision: S.revision })),
      });
      let out = null;
      try {
        out = await res.json();
      } catch (_) {
        out = null;
      }
      if (res.ok) {
        S.revision = out.revision;
        if (out.counts) S.counts = out.counts;
        updateCounts();
        return out;
      }
      const message = out && out.message ? out.message : `${res.status} ${res.statusText}`;
      if (res.status === 409 && out && out.error === "E504") {
        S.stale = true;
        showStale(message);
      }
      throw new ApiError(res.status, message, out && out.error);
    };
    const p = S.queue.then(run, run);
    S.queue = p.catch(() => null);
    return p;
  }

  function refresh() {
    const run = async () => {
      const res = await fetch(`/api/doc/${encKey}`, { headers: { Accept: "application/json" } });
      if (!res.ok) throw new ApiError(res.status, "could not reload the document");
      load(await res.json());
      S.stale = false;
      $("#stale").hidden = true;
      render();
    };
    const p = S.queue.then(run, run);
    S.queue = p.catch(() => null);
    return p;
  }

  // ------------------------------------------------------------------ rendering

  function passes(v) {
    if (F.type && v.type !== F.type) return false;
    if (F.status === "decided") {
      if (v.status === "pending") return false;
    } else if (F.status && v.status !== F.status) return false;
    switch (F.context) {
      case "negated":
        return v.negated;
      case "hedged":
        return v.hedged;
      case "nonhuman":
        return v.species !== "human";
      case "plain":
        return !v.negated && !v.hedged && v.species === "human";
      default:
        return true;
    }
  }

  function sorted(ids) {
    const pos = (v) => [v.page === null ? 1e9 : v.page, v.i];
    const byPos = (a, b) => {
      const pa = pos(a), pb = pos(b);
      return pa[0] - pb[0] || pa[1] - pb[1];
    };
    const views = ids.map((id) => S.facts.get(id));
    if (F.sort === "position") return views.sort(byPos);
    const sign = F.sort === "conf-asc" ? 1 : -1;
    return views.sort((a, b) => {
      const ca = a.confidence, cb = b.confidence;
      if (ca === null && cb === null) return byPos(a, b);
      if (ca === null) return 1;
      if (cb === null) return -1;
      return sign * (ca - cb) || byPos(a, b);
    });
  }

  function render() {
    const list = $("#facts");
    list.replaceChildren();
    S.cards.clear();
    S.visible = [];
    for (const t of D.types) {
      const ids = S.order.filter((id) => {
        const v = S.facts.get(id);
        return v.type === t.name && passes(v);
      });
      if (!ids.length) continue;
      const section = el("section", "group");
      section.dataset.type = t.name;
      section.append(el("h2", null, `${t.label} (${ids.length})`));
      for (const v of sorted(ids)) {
        const c = card(v);
        section.append(c);
        S.visible.push(v.id);
      }
      list.append(section);
    }
    if (!S.visible.length) list.append(el("p", "empty", "No facts match these filters."));
    if (!S.visible.includes(S.current)) S.current = S.visible.length ? S.visible[0] : null;
    updateCounts();
    if (S.current) select(S.current, false);
    else showPage(null);
  }

  function card(v) {
    const node = $("#card-template").content.firstElementChild.cloneNode(true);
    node.dataset.id = v.id;
    node.dataset.type = v.type;
    node.classList.add(`status-${v.status}`);
    node.querySelector(".badge").textContent = v.status;
    node.querySelector(".value").textContent = v.value_text;
    if (v.confidence !== null) node.querySelector(".conf").textContent = `conf ${v.confidence.toFixed(2)}`;
    const chars = Array.from(v.sentence);
    node.querySelector(".pre").textContent = chars.slice(0, v.start).join("");
    node.querySelector(".span").textContent = chars.slice(v.start, v.end).join("");
    node.querySelector(".post").textContent = chars.slice(v.end).join("");
    const where = [];
    if (v.page !== null) where.push(`p. ${v.page}`);
    if (v.section) where.push(`§ ${v.section}`);
    where.push(v.rule);
    node.querySelector(".where").textContent = where.join(" · ");
    const flags = node.querySelector(".flags");
    if (v.negated) flags.append(el("span", "flag flag-negated", "negated"));
    if (v.hedged) flags.append(el("span", "flag flag-hedged", "hedged"));
    if (v.species !== "human") flags.append(el("span", "flag flag-species", v.species));
    if (v.cell_type) {
      const link = node.querySelector(".link");
      link.append("cell type: ");
      const a = el("a", "cell-link", v.cell_type.text ? `${v.cell_type.text} (${v.cell_type.value_text})` : v.cell_type.value_text);
      a.href = "#";
      a.dataset.target = v.cell_type.id;
      link.append(a);
    }
    const cites = node.querySelector(".cites");
    for (const c of v.citations) {
      const li = el("li");
      const ref = c.reference || "";
      // reference entries usually begin with their own marker: "[2] Tanaka S, …"
      if (!ref.replace(/^\s+/, "").startsWith(`[${c.marker}]`)) {
        li.append(el("span", "marker", `[${c.marker}]`));
        li.append(" ");
      }
      li.append(el("span", "reference", ref || "(reference not found in the list)"));
      li.title = c.reference || "";
      cites.append(li);
    }
    if (v.extracted_text) {
      const p = node.querySelector(".edited");
      p.hidden = false;
      p.textContent = `extracted: ${v.extracted_text}`;
    }
    if (v.note || v.reviewer) {
      const p = node.querySelector(".note-line");
      p.hidden = false;
      p.textContent = [v.note ? `note: ${v.note}` : "", v.reviewer ? `— ${v.reviewer}` : ""].filter(Boolean).join(" ");
    }
    if (v.status === "added") {
      node.querySelector('[data-act="accepted"]').hidden = true;
      node.querySelector('[data-act="rejected"]').hidden = true;
      node.querySelector('[data-act="remove"]').hidden = false;
    }
    S.cards.set(v.id, node);
    return node;
  }

  function updateCounts() {
    const c = S.counts || {};
    const box = $("#counts");
    box.replaceChildren();
    let total = 0;
    for (const s of D.statuses) {
      total += c[s] || 0;
      box.append(el("span", `st st-${s}`, `${s} ${c[s] || 0}`));
    }
    const bar = $("#progress");
    bar.max = total || 1;
    bar.value = total ? total - (c.pending || 0) : 1;
    bar.title = `${total - (c.pending || 0)} of ${total} decided`;
  }

  // ------------------------------------------------------------------ page image

  const PAGES = Math.max(1, D.document.pages || 1);

  // the page of the current fact, else the page last shown, else the first
  function showPage(v) {
    S.pageFact = v;
    if (v && v.page !== null) S.page = v.page;
    if (!S.page) S.page = 1;
    renderViewer();
  }

  function gotoPage(n) {
    if (n < 1 || n > PAGES || n === S.page) return;
    S.page = n;
    renderViewer();
  }

  function setMode(mode) {
    S.mode = mode;
    $("#mode-image").setAttribute("aria-pressed", String(mode === "image"));
    $("#mode-text").setAttribute("aria-pressed", String(mode === "text"));
    renderViewer();
  }

  function renderViewer() {
    const v = S.pageFact;
    const where = [`page ${S.page} of ${PAGES}`];
    if (v && v.page === S.page && v.section) where.push(v.section);
    $("#page-head").textContent = where.join(" · ");
    $("#page-prev").disabled = S.page <= 1;
    $("#page-next").disabled = S.page >= PAGES;
    const text = S.mode === "text";
    $("#page-text").hidden = !text;
    $("#page-wrap").hidden = text;
    if (text) {
      $("#page-note").hidden = true;
      showText();
    } else {
      showImage();
    }
  }

  function showImage() {
    const img = $("#page-img");
    const note = $("#page-note");
    const layer = $("#page-boxes");
    if (!D.pdf.available) {
      img.hidden = true;
      img.dataset.src = "";
      layer.replaceChildren();
      note.hidden = false;
      note.textContent = `${D.pdf.note || "no page image"}: the sentence alone is shown.`;
      return;
    }
    note.hidden = true;
    const src = `/api/page/${S.page}/${encKey}`;
    if (img.dataset.src !== src) {
      layer.replaceChildren();
      img.dataset.src = src;
      img.hidden = false;
      img.src = src;
    } else {
      drawBoxes();
    }
  }

  function drawBoxes() {
    const v = S.pageFact;
    const img = $("#page-img");
    const layer = $("#page-boxes");
    layer.replaceChildren();
    if (!v || !img.naturalWidth || img.hidden || S.mode !== "image") return;
    const scale = (img.clientWidth / img.naturalWidth) * (D.resolution / 72);
    let first = null;
    for (const b of v.boxes) {
      if (b[0] !== S.page) continue;
      const d = el("div", "box");
      if (v.status === "added") d.classList.add("box-added");
      if (v.boxes_from === "estimate") {
        d.classList.add("box-estimate");
        d.title = "estimated from the boxes of an extracted fact";
      }
      d.style.left = `${b[1] * scale}px`;
      d.style.top = `${b[2] * scale}px`;
      d.style.width = `${Math.max(2, (b[3] - b[1]) * scale)}px`;
      d.style.height = `${Math.max(2, (b[4] - b[2]) * scale)}px`;
      layer.append(d);
      if (!first) first = b;
    }
    const note = $("#page-note");
    if (!first) {
      const here = v.page === S.page;
      note.hidden = !here;
      if (here) note.textContent = v.status === "added" ? "Added in review: no boxes on the page." : "No boxes for this span.";
    } else {
      note.hidden = true;
      const wrap = $("#viewer");
      const y = first[2] * scale + img.offsetTop;
      if (y < wrap.scrollTop + 40 || y > wrap.scrollTop + wrap.clientHeight - 60) {
        wrap.scrollTop = Math.max(0, y - wrap.clientHeight / 3);
      }
    }
  }

  // ------------------------------------------------------------------ page text (add a fact anywhere)

  async function showText() {
    const page = S.page;
    const asked = ++S.sentencesAsked;
    const box = $("#page-sentences");
    const note = $("#page-text-note");
    if (box.dataset.page !== String(page)) {
      box.replaceChildren(el("p", "muted", "Reading the page…"));
      S.sentences = [];
      box.dataset.page = "";
    }
    let out = null;
    try {
      const res = await fetch(`/api/sentences/${page}/${encKey}`, { headers: { Accept: "application/json" } });
      out = await res.json();
      if (!res.ok) throw new ApiError(res.status, (out && out.message) || `${res.status} ${res.statusText}`);
    } catch (err) {
      if (asked !== S.sentencesAsked) return;
      box.replaceChildren();
      note.hidden = false;
      note.textContent = err.message || "The text of this page could not be read.";
      return;
    }
    if (asked !== S.sentencesAsked || S.mode !== "text" || S.page !== page) return;
    S.sentences = out.sentences;
    box.dataset.page = String(page);
    note.hidden = !out.note;
    note.textContent = out.note || "";
    box.replaceChildren();
    out.sentences.forEach((s, i) => {
      const item = el("div", "page-sentence");
      const p = el("p", "sentence", s.text);
      p.dataset.i = String(i);
      item.append(p);
      const meta = [];
      if (s.section) meta.push(`§ ${s.section}`);
      meta.push(s.facts ? `${s.facts} fact${s.facts === 1 ? "" : "s"}` : "no facts");
      item.append(el("div", "meta", meta.join(" · ")));
      if (s.facts) item.classList.add("has-facts");
      box.append(item);
    });
    if (!out.sentences.length && !out.note) {
      note.hidden = false;
      note.textContent = "No text on this page.";
    }
  }

  $("#page-img").addEventListener("load", drawBoxes);
  $("#page-prev").addEventListener("click", (e) => {
    e.currentTarget.blur();
    gotoPage(S.page - 1);
  });
  $("#page-next").addEventListener("click", (e) => {
    e.currentTarget.blur();
    gotoPage(S.page + 1);
  });
  $("#mode-image").addEventListener("click", (e) => {
    e.currentTarget.blur();
    setMode("image");
  });
  $("#mode-text").addEventListener("click", (e) => {
    e.currentTarget.blur();
    setMode("text");
  });
  $("#page-img").addEventListener("error", async () => {
    const img = $("#page-img");
    const note = $("#page-note");
    img.hidden = true;
    note.hidden = false;
    note.textContent = "The page image could not be made: the sentence alone is shown.";
    try {
      const res = await fetch(img.dataset.src);
      const out = await res.json();
      if (out && out.message) note.textContent = `${out.message}: the sentence alone is shown.`;
    } catch (_) {
      /* keep the generic note */
    }
    img.dataset.src = "";
  });
  window.addEventListener("resize", drawBoxes);

  // ------------------------------------------------------------------ navigation

  function cur() {
    return S.current ? S.facts.get(S.current) : null;
  }

  function select(id, scroll = true) {
    if (S.current && S.cards.get(S.current)) S.cards.get(S.current).classList.remove("current");
    S.current = id;
    const c = S.cards.get(id);
    if (c) {
      c.classList.add("current");
      if (scroll) c.scrollIntoView({ block: "nearest" });
    }
    showPage(S.facts.get(id) || null);
  }

  function move(step) {
    if (!S.visible.length) return;
    let i = S.visible.indexOf(S.current);
    i = i < 0 ? 0 : Math.min(S.visible.length - 1, Math.max(0, i + step));
    select(S.visible[i]);
  }

  let msgTimer = null;
  function msg(text, kind) {
    const m = $("#message");
    m.textContent = text;
    m.className = `message ${kind || ""}`;
    m.hidden = false;
    clearTimeout(msgTimer);
    msgTimer = setTimeout(() => (m.hidden = true), kind === "error" ? 6000 : 2000);
  }

  function showStale(text) {
    $("#stale-text").textContent = text;
    $("#stale").hidden = false;
  }
  $("#stale-reload").addEventListener("click", () => {
    S.undo = [];
    S.stale = false;
    refresh().then(() => msg("Reloaded: the latest decisions are shown (undo history cleared)."));
  });

  // ------------------------------------------------------------------ decisions

  function snapshot(v) {
    const review = v.review && v.review.status ? v.review : { status: "pending" };
    return { review: JSON.parse(JSON.stringify(review)), value: v.status === "added" ? v.value : undefined };
  }

  function decide(status) {
    const v = cur();
    if (!v) return;
    if (v.status === "added") {
      msg("A fact you added is already yours: edit it (e) or remove it (delete).", "error");
      return;
    }
    const before = snapshot(v);
    const card0 = S.cards.get(v.id);
    if (card0) {
      card0.classList.remove(`status-${v.status}`);
      card0.classList.add(`status-${status}`, "saving");
      card0.querySelector(".badge").textContent = status;
    }
    move(1);
    send("decide", { fact: v.id, status })
      .then((r) => {
        S.undo.push({ kind: "review", id: v.id, review: before.review });
        setView(r.fact);
      })
      .catch((err) => {
        setView(v);
        msg(err.message, "error");
      });
  }

  function undo() {
    const u = S.undo.pop();
    if (!u) {
      msg("Nothing to undo in this session.");
      return;
    }
    if (u.kind === "review") {
      send("restore", { fact: u.id, review: u.review, value: u.value })
        .then((r) => {
          setView(r.fact);
          if (S.visible.includes(u.id)) select(u.id);
          msg("Undone.");
        })
        .catch((err) => msg(err.message, "error"));
    } else if (u.kind === "add") {
      send("remove", { fact: u.id })
        .then(() => refresh())
        .then(() => msg("Undone: the added fact was removed."))
        .catch((err) => msg(err.message, "error"));
    } else if (u.kind === "remove") {
      send("reinsert", { fact: u.fact, index: u.index })
        .then((r) => refresh().then(() => select(r.fact.id)))
        .then(() => msg("Undone: the fact is back."))
        .catch((err) => msg(err.message, "error"));
    }
  }

  function removeCurrent() {
    const v = cur();
    if (!v) return;
    if (v.status !== "added") {
      msg("Only facts you added can be removed; reject (x) an extracted fact.", "error");
      return;
    }
    const i = S.visible.indexOf(v.id);
    send("remove", { fact: v.id })
      .then((r) => {
        S.undo.push({ kind: "remove", fact: r.removed, index: r.index });
        S.current = S.visible[i + 1] || S.visible[i - 1] || null;
        return refresh();
      })
      .then(() => msg("Removed (backspace to undo)."))
      .catch((err) => msg(err.message, "error"));
  }

  // ------------------------------------------------------------------ forms (edit and add)

  function field(spec, value) {
    const wrap = el("label", "field");
    wrap.append(el("span", "field-name", spec.name + (spec.required ? "" : " (optional)")));
    let input;
    if (spec.kind === "choice") {
      input = el("select");
      if (!spec.required) input.append(new Option("—", ""));
      for (const c of spec.choices) input.append(new Option(c, c));
      input.value = value === null || value === undefined ? (spec.required ? spec.choices[0] : "") : String(value);
      if (input.value === "" && spec.required && value !== undefined && value !== null) {
        input.append(new Option(String(value), String(value)));
        input.value = String(value);
      }
    } else {
      input = el("input");
      input.type = "text";
      if (spec.kind !== "text") input.inputMode = "decimal";
      input.value = value === null || value === undefined ? "" : String(value);
      if (spec.hint) input.placeholder = spec.hint;
    }
    input.name = spec.name;
    input.dataset.field = spec.name;
    wrap.append(input);
    return wrap;
  }

  function openForm(mode, v, type, sel) {
    const form = $("#form");
    form.reset();
    S.form = { mode, id: v ? v.id : null, type, sel, source: v };
    const typeLabel = D.types.find((t) => t.name === type).label;
    $("#form-title").textContent = mode === "edit" ? `Edit: ${typeLabel}` : `Add a fact: ${typeLabel}`;
    $("#form-span").textContent = mode === "edit" ? `“${v.text}” → ${v.value_text}` : `“${sel.text}” (p. ${sel.page})`;
    const fields = $("#form-fields");
    fields.replaceChildren();
    const value = mode === "edit" ? v.value : {};
    if (mode === "add" && type === "cell_type") value.label = sel.text;
    for (const spec of D.forms[type]) fields.append(field(spec, value[spec.name]));
    const ctx = $("#form-context");
    ctx.hidden = mode !== "add";
    if (mode === "add") {
      form.elements.negated.checked = false;
      form.elements.hedged.checked = !!v.hedged;
      form.elements.species.value = v.species || "human";
    }
    form.elements.note.value = mode === "edit" && v.note ? v.note : "";
    $("#form-error").hidden = true;
    $("#modal").hidden = false;
    const first = fields.querySelector("input, select");
    if (first) first.focus();
  }

  function closeForm() {
    $("#modal").hidden = true;
    S.form = null;
  }

  $("#form").addEventListener("submit", (e) => {
    e.preventDefault();
    const f = S.form;
    if (!f) return;
    const form = $("#form");
    const value = {};
    for (const input of $("#form-fields").querySelectorAll("[data-field]")) value[input.dataset.field] = input.value;
    const note = form.elements.note.value;
    const showError = (err) => {
      const p = $("#form-error");
      p.hidden = false;
      p.textContent = err.message;
    };
    if (f.mode === "edit") {
      const before = snapshot(f.source);
      send("edit", { fact: f.id, value, note })
        .then((r) => {
          closeForm();
          S.undo.push({ kind: "review", id: f.id, review: before.review, value: before.value });
          setView(r.fact);
          msg("Saved.");
        })
        .catch(showError);
    } else {
      const context = {
        negated: form.elements.negated.checked,
        hedged: form.elements.hedged.checked,
        species: form.elements.species.value,
      };
      // the sentence of a fact, or one of the page text (by page and text: the server finds it in the PDF)
      const where = f.source.id ? { from_fact: f.source.id } : { page: f.sel.page, sentence: f.sel.sentence };
      send("add", Object.assign({ type: f.type, value, note, context, start: f.sel.start, end: f.sel.end, text: f.sel.text }, where))
        .then((r) => {
          closeForm();
          hideAddbar();
          window.getSelection().removeAllRanges();
          S.undo.push({ kind: "add", id: r.fact.id });
          S.current = r.fact.id;
          return refresh().then(() => {
            if (S.mode === "text") setMode("image"); // show where it is
            if (S.visible.includes(r.fact.id)) select(r.fact.id);
            else showPage(r.fact);
            msg(r.fact.boxes.length ? "Added." : "Added (no boxes for it on the page).");
          });
        })
        .catch(showError);
    }
  });

  // ------------------------------------------------------------------ selection → add

  function hideAddbar() {
    $("#addbar").hidden = true;
    S.selection = null;
  }

  function checkSelection() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) {
      if (!$("#modal").hidden) return;
      hideAddbar();
      return;
    }
    const range = sel.getRangeAt(0);
    const node = (n) => (n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement);
    const sentence = node(range.startContainer) && node(range.startContainer).closest(".sentence");
    const sentenceEnd = node(range.endContainer) && node(range.endContainer).closest(".sentence");
    if (!sentence || sentence !== sentenceEnd) {
      hideAddbar();
      return;
    }
    const before = document.createRange();
    before.selectNodeContents(sentence);
    before.setEnd(range.startContainer, range.startOffset);
    let text = range.toString();
    let start = cp(before.toString());
    const lead = cp(text) - cp(text.trimStart());
    start += lead;
    text = text.trim();
    if (!text) {
      hideAddbar();
      return;
    }
    const end = start + cp(text);
    const cardEl = sentence.closest(".fact");
    if (cardEl) {
      const v = S.facts.get(cardEl.dataset.id);
      S.selection = { factId: cardEl.dataset.id, page: v ? v.page : null, start, end, text };
    } else {
      const listed = S.sentences[Number(sentence.dataset.i)];
      if (!listed || !sentence.closest("#page-sentences")) {
        hideAddbar();
        return;
      }
      S.selection = { factId: null, page: Number($("#page-sentences").dataset.page), sentence: listed.text, section: listed.section, start, end, text };
    }
    const bar = $("#addbar");
    const rect = range.getBoundingClientRect();
    bar.hidden = false;
    bar.style.left = `${Math.max(8, Math.min(window.innerWidth - bar.offsetWidth - 8, rect.left))}px`;
    bar.style.top = `${Math.min(window.innerHeight - bar.offsetHeight - 8, rect.bottom + 6)}px`;
  }

  document.addEventListener("mouseup", (e) => {
    if (e.target.closest && e.target.closest("#addbar")) return;
    setTimeout(checkSelection, 0);
  });
  document.addEventListener("keyup", (e) => {
    if (e.shiftKey) checkSelection();
  });
  $("#addbar").addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection
  $("#addbar").addEventListener("click", (e) => {
    const b = e.target.closest("button");
    if (!b || !S.selection) return;
    const sel = S.selection;
    const source = sel.factId ? S.facts.get(sel.factId) : { id: null, page: sel.page, hedged: false, species: "human" };
    openForm("add", source, b.dataset.type, sel);
  });

  // ------------------------------------------------------------------ events

  $("#facts").addEventListener("click", (e) => {
    const link = e.target.closest(".cell-link");
    if (link) {
      e.preventDefault();
      if (S.visible.includes(link.dataset.target)) select(link.dataset.target);
      else msg("That cell type is hidden by the filters.");
      return;
    }
    const c = e.target.closest(".fact");
    if (!c) return;
    const b = e.target.closest("button");
    if (window.getSelection && !window.getSelection().isCollapsed && !b) return;
    if (S.current !== c.dataset.id) select(c.dataset.id, false);
    if (!b) return;
    b.blur();
    const act = b.dataset.act;
    if (act === "accepted" || act === "rejected") decide(act);
    else if (act === "edit") openForm("edit", cur(), cur().type);
    else if (act === "remove") removeCurrent();
  });

  for (const [id, key] of [["#f-type", "type"], ["#f-status", "status"], ["#f-context", "context"], ["#f-sort", "sort"]]) {
    $(id).addEventListener("change", (e) => {
      F[key] = e.target.value;
      e.target.blur();
      render();
    });
  }

  function toggleHelp(show) {
    const h = $("#help");
    h.hidden = show === undefined ? !h.hidden : !show;
  }
  $("#help-button").addEventListener("click", (e) => {
    e.currentTarget.blur();
    toggleHelp();
  });
  for (const b of document.querySelectorAll(".overlay .close")) {
    b.addEventListener("click", () => {
      toggleHelp(false);
      closeForm();
    });
  }

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape") {
      toggleHelp(false);
      closeForm();
      hideAddbar();
      return;
    }
    const t = e.target;
    const typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    if (typing || !$("#modal").hidden) return;
    if (!$("#help").hidden && e.key !== "?") return;
    switch (e.key) {
      case "a":
        decide("accepted");
        break;
      case "x":
        decide("rejected");
        break;
      case " ":
      case "j":
      case "ArrowDown":
      case "ArrowRight":
        move(1);
        break;
      case "k":
      case "ArrowUp":
      case "ArrowLeft":
        move(-1);
        break;
      case "Backspace":
        undo();
        break;
      case "e": {
        const v = cur();
        if (v) openForm("edit", v, v.type);
        break;
      }
      case "Delete":
        removeCurrent();
        break;
      case "t":
        setMode(S.mode === "text" ? "image" : "text");
        break;
      case "[":
        gotoPage(S.page - 1);
        break;
      case "]":
        gotoPage(S.page + 1);
        break;
      case "?":
        toggleHelp();
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  load(D);
  render();
  document.body.dataset.ready = "1";
})();
