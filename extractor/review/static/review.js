// litx review: the document page.  Plain JS, no build step.
// Every string that comes from a PDF is put in the page with textContent,
// never innerHTML.  Writes go through one queue, each carrying the
// revision of the document it was based on (409 = saved elsewhere).
// A decision is in the history (undo, the history panel; kept in the
// browser across reloads) the moment it is made, before its save is
// answered: undo always takes back the last one, saved or still saving.
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
  const PAGES = Math.max(1, D.document.pages || 1);
  const DPIS = (D.dpis && D.dpis.length ? D.dpis : [D.resolution]).slice().sort((a, b) => a - b);
  // one colour per fact type (the boxes, the legend, the chip on each card)
  const PALETTE = ["#1c7ed6", "#e03131", "#2f9e44", "#f08c00", "#9c36b5", "#99582a", "#0c8599", "#d6336c", "#5c940d", "#495057"];
  const COLOUR = {};
  const LABEL = {};
  D.types.forEach((t, i) => {
    COLOUR[t.name] = PALETTE[i % PALETTE.length];
    LABEL[t.name] = t.label;
  });
  const MARK = { pending: "", accepted: "✓", rejected: "✗", edited: "✎", added: "+" };

  const S = {
    revision: D.revision,
    facts: new Map(), // id -> view
    order: [],
    visible: [], // ids of the cards one can move to, in list order
    cards: new Map(),
    current: null,
    queue: Promise.resolve(),
    saving: 0,
    stale: false,
    counts: D.counts,
    selection: null, // a selection in a sentence, to add a fact from
    ksel: null, // the same made with the keyboard: {id, start, end}
    form: null,
    noteFor: null,
    pageFact: null,
    page: null, // the page shown
    mode: "image", // "image" | "text"
    sentences: [],
    sentencesAsked: 0,
    zoom: 1,
    pageWidthPt: 595, // of the page image last loaded (A4 until one is)
    img: { loading: null, shown: null, retry: 0, timer: null, turnedAt: -1e9, lastPage: null }, // {page, dpi}
    byPage: new Map(), // page -> ids of the facts boxed on it
    groups: new Map(), // group key -> ids (list order)
    groupOf: new Map(), // id -> group key (groups of two or more)
    expanded: new Set(),
    history: [],
  };
  const F = { type: "", status: "", context: "", sort: "position", group: true };

  // ------------------------------------------------------------------ history (undo), kept across reloads

  const HKEY = `litx-review:history:${D.key}`;
  function loadHistory() {
    try {
      const h = JSON.parse(localStorage.getItem(HKEY) || "[]");
      S.history = Array.isArray(h) ? h : [];
    } catch (_) {
      S.history = [];
    }
  }
  function saveHistory() {
    try {
      localStorage.setItem(HKEY, JSON.stringify(S.history.slice(-200)));
    } catch (_) {
      /* private mode: the history lasts as long as the page */
    }
    renderHistory();
  }
  let historySeq = 0;
  function pushHistory(entry) {
    entry.n = `${Date.now()}-${historySeq++}`;
    entry.time = new Date().toLocaleTimeString();
    S.history.push(entry);
    saveHistory();
    return entry;
  }
  function dropHistory(entry) {
    const i = S.history.findIndex((h) => h.n === entry.n);
    if (i >= 0) {
      S.history.splice(i, 1);
      saveHistory();
    }
  }

  // ------------------------------------------------------------------ data

  function indexPages() {
    S.byPage.clear();
    for (const id of S.order) {
      const v = S.facts.get(id);
      const pages = new Set(v.boxes.map((b) => b[0]));
      if (!pages.size && v.page !== null) pages.add(v.page);
      for (const p of pages) {
        if (!S.byPage.has(p)) S.byPage.set(p, []);
        S.byPage.get(p).push(id);
      }
    }
  }

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
    indexPages();
  }

  // a view changed (answer of a save, or the page's own guess before it)
  function setView(v) {
    const known = S.facts.has(v.id);
    S.facts.set(v.id, v);
    if (!known) {
      S.order.push(v.id);
      indexPages();
    }
    const old = S.cards.get(v.id);
    if (old) {
      const fresh = card(v);
      for (const cls of ["current", "group-head", "group-member"]) if (old.classList.contains(cls)) fresh.classList.add(cls);
      old.replaceWith(fresh);
    }
    const key = S.groupOf.get(v.id);
    if (key) updateGroupBar(key);
    if (S.current === v.id) S.pageFact = v;
    if (S.mode === "image") drawBoxes(false);
  }

  function guess(v, status, note) {
    const review = { status };
    if (note) review.note = note;
    return Object.assign({}, v, { status, review, note: note || (status === "pending" ? null : v.note) });
  }

  class ApiError extends Error {
    constructor(status, message, code) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  function setSaving(delta) {
    S.saving += delta;
    document.body.dataset.saving = String(S.saving);
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
    setSaving(1);
    const p = S.queue.then(run, run);
    S.queue = p.catch(() => null);
    p.then(() => setSaving(-1), () => setSaving(-1));
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

  window.addEventListener("beforeunload", (e) => {
    if (S.saving > 0) {
      e.preventDefault();
      e.returnValue = "";
    }
  });

  // ------------------------------------------------------------------ the list

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

  const pos = (v) => [v.page === null ? 1e9 : v.page, v.i];
  function byPos(a, b) {
    const pa = pos(a), pb = pos(b);
    return pa[0] - pb[0] || pa[1] - pb[1];
  }

  function sorted(views) {
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

  const groupKey = (v) => `${v.type}\u0000${v.text.trim().toLowerCase()}\u0000${v.value_text}`;

  function render() {
    const list = $("#facts");
    list.replaceChildren();
    S.cards.clear();
    S.visible = [];
    S.groups.clear();
    S.groupOf.clear();
    const views = sorted(S.order.map((id) => S.facts.get(id)).filter(passes));
    if (F.group) {
      for (const v of views) {
        if (v.status === "added") continue;
        const k = groupKey(v);
        if (!S.groups.has(k)) S.groups.set(k, []);
        S.groups.get(k).push(v.id);
      }
      for (const [k, ids] of S.groups) {
        if (ids.length < 2) S.groups.delete(k);
        else for (const id of ids) S.groupOf.set(id, k);
      }
    }
    let lastPage;
    for (const v of views) {
      const k = S.groupOf.get(v.id);
      const head = k && S.groups.get(k)[0] === v.id;
      if (k && !head && !S.expanded.has(k)) continue; // inside a closed group
      if (F.sort === "position" && v.page !== lastPage) {
        lastPage = v.page;
        const h = el("h2", "page-heading", v.page === null ? "no page" : `page ${v.page}`);
        h.dataset.page = String(v.page);
        list.append(h);
      }
      const c = card(v);
      if (k) {
        c.classList.add(head ? "group-head" : "group-member");
        if (head) updateGroupBar(k, c);
      }
      list.append(c);
      S.visible.push(v.id);
    }
    if (!S.visible.length) list.append(el("p", "empty", S.order.length ? "No facts match these filters." : "No facts in this document."));
    if (!S.visible.includes(S.current)) {
      const inGroup = S.current && S.groupOf.get(S.current);
      S.current = inGroup && S.visible.includes(S.groups.get(inGroup)[0]) ? S.groups.get(inGroup)[0] : S.visible.length ? S.visible[0] : null;
    }
    updateCounts();
    if (S.current) select(S.current, "center");
    else showPage(null);
  }

  function card(v) {
    const node = $("#card-template").content.firstElementChild.cloneNode(true);
    node.dataset.id = v.id;
    node.dataset.type = v.type;
    node.dataset.page = String(v.page);
    node.classList.add(`status-${v.status}`);
    const chip = node.querySelector(".type-chip");
    chip.textContent = LABEL[v.type] || v.type;
    chip.style.setProperty("--c", COLOUR[v.type] || "#666");
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

  function groupInfo(k) {
    const ids = S.groups.get(k) || [];
    const views = ids.map((id) => S.facts.get(id));
    const pages = new Set(views.map((v) => v.page));
    const counts = {};
    for (const v of views) counts[v.status] = (counts[v.status] || 0) + 1;
    return { ids, views, pages, counts };
  }

  function updateGroupBar(k, node) {
    const ids = S.groups.get(k);
    if (!ids) return;
    const c = node || S.cards.get(ids[0]);
    if (!c) return;
    const g = groupInfo(k);
    const bar = c.querySelector(".group-bar");
    bar.hidden = false;
    const first = g.views[0];
    bar.querySelector(".group-text").textContent = `${first.text} ×${ids.length} on ${g.pages.size} page${g.pages.size === 1 ? "" : "s"}`;
    bar.querySelector(".group-status").textContent = D.statuses.filter((s) => g.counts[s]).map((s) => `${g.counts[s]} ${s}`).join(" · ");
    bar.querySelector('[data-act="group-toggle"]').firstChild.textContent = S.expanded.has(k) ? "collapse " : "expand ";
    c.dataset.group = k;
    c.classList.toggle("group-open", S.expanded.has(k));
    c.classList.toggle("group-pending", !!g.counts.pending);
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
    bar.value = total ? total - (c.pending || 0) : 0;
    bar.title = total ? `${total - (c.pending || 0)} of ${total} decided` : "no facts in this document";
  }

  // ------------------------------------------------------------------ the page: image, boxes, zoom

  function showPage(v) {
    S.pageFact = v;
    if (v && v.page !== null) S.page = v.page;
    if (!S.page) S.page = 1;
    renderViewer();
  }

  // turn to page n; the list follows: its first pending fact (else its first) becomes current
  function gotoPage(n) {
    n = Math.round(n);
    if (!(n >= 1 && n <= PAGES)) {
      msg(`There is no page ${n}: pages 1–${PAGES}.`, "error");
      return;
    }
    if (n === S.page) return;
    S.page = n;
    const here = S.visible.filter((id) => {
      const v = S.facts.get(id);
      return v.page === n || (S.byPage.get(n) || []).includes(id);
    });
    const target = here.find((id) => isPending(id)) || here[0];
    if (target) {
      select(target, "center");
      return;
    }
    // the facts of the page are in closed groups: their group's card, the page kept
    const heads = [];
    for (const id of S.byPage.get(n) || []) {
      const k = S.groupOf.get(id);
      const head = k && S.groups.get(k)[0];
      if (head && S.visible.includes(head) && !heads.includes(head)) heads.push(head);
    }
    const head = heads.find((id) => isPending(id)) || heads[0];
    if (head) {
      select(head, "center", true);
      return;
    }
    renderViewer();
    // no card of this page: show the nearest one in the list
    const near = S.visible.map((id) => S.facts.get(id)).find((v) => v.page !== null && v.page >= n);
    if (near && S.cards.get(near.id)) S.cards.get(near.id).scrollIntoView({ block: "start" });
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
    document.body.dataset.page = String(S.page);
    if (S.img.lastPage !== null && S.img.lastPage !== S.page) S.img.turnedAt = performance.now();
    S.img.lastPage = S.page;
    const text = S.mode === "text";
    $("#page-text").hidden = !text;
    $("#page-wrap").hidden = text;
    renderLegend();
    if (text) {
      $("#page-note").hidden = true;
      $("#page-loading").hidden = true;
      showText();
    } else {
      showImage();
    }
  }

  function neededDpi() {
    const wrap = $("#page-wrap");
    const css = Math.max(200, (wrap.parentElement.clientWidth - 20) * S.zoom);
    const need = (css * Math.max(2, window.devicePixelRatio || 1) * 72) / S.pageWidthPt;
    return DPIS.find((d) => d >= need) || DPIS[DPIS.length - 1];
  }

  const imageUrl = (w) => `/api/page/${w.page}/${encKey}?dpi=${w.dpi}`;

  function showImage() {
    const img = $("#page-img");
    const note = $("#page-note");
    const loading = $("#page-loading");
    const layer = $("#page-boxes");
    if (!D.pdf.available) {
      img.hidden = true;
      layer.replaceChildren();
      loading.hidden = true;
      note.hidden = false;
      note.textContent = `${D.pdf.note || "no page image"}: the sentence alone is shown.`;
      return;
    }
    const shown = S.img.shown;
    const need = neededDpi();
    if (shown && shown.page === S.page && shown.dpi >= need) {
      loading.hidden = true;
      img.hidden = false;
      drawBoxes(true);
      return;
    }
    if (!(shown && shown.page === S.page)) {
      // never the image of another page under this page's number
      img.hidden = true;
      layer.replaceChildren();
      loading.hidden = false;
      loading.textContent = `Loading page ${S.page}…`;
    }
    note.hidden = true;
    // while pages are being turned, wait for the reviewer to stop on one; while an
    // image is on its way, wait for it: then the newest page is asked for, the ones
    // turned past never are
    clearTimeout(S.img.timer);
    const quiet = performance.now() - S.img.turnedAt;
    if (quiet < TURN_QUIET) {
      S.img.timer = setTimeout(() => S.mode === "image" && showImage(), TURN_QUIET - quiet + 5);
      return;
    }
    if (!S.img.loading) startImage({ page: S.page, dpi: need });
  }
  const TURN_QUIET = 150; // ms

  function startImage(want) {
    S.img.loading = want;
    document.body.dataset.imageLoading = `${want.page}@${want.dpi}`;
    const img = $("#page-img");
    const url = new URL(imageUrl(want), location.href).href;
    if (img.src === url && img.complete && img.naturalWidth) {
      imageLoaded(); // the same image again: no load event comes
      return;
    }
    img.src = url;
  }

  $("#page-img").addEventListener("load", imageLoaded);
  function imageLoaded() {
    const img = $("#page-img");
    const got = S.img.loading;
    S.img.loading = null;
    document.body.dataset.imageLoading = "";
    if (!got) return;
    S.img.shown = got;
    S.img.retry = 0;
    S.pageWidthPt = (img.naturalWidth * 72) / got.dpi;
    if (got.page !== S.page || S.mode !== "image") {
      S.img.shown = got;
      if (S.mode === "image") showImage();
      return;
    }
    $("#page-loading").hidden = true;
    img.hidden = false;
    document.body.dataset.imagePage = String(got.page);
    drawBoxes(true);
    if (got.dpi < neededDpi()) showImage(); // a sharper one for this zoom
  }

  $("#page-img").addEventListener("error", async () => {
    const img = $("#page-img");
    const got = S.img.loading;
    S.img.loading = null;
    document.body.dataset.imageLoading = "";
    if (!got) return;
    if (got.page !== S.page) {
      showImage();
      return;
    }
    let out = null;
    let status = 0;
    try {
      const res = await fetch(imageUrl(got));
      status = res.status;
      out = await res.json();
    } catch (_) {
      /* the generic note */
    }
    if (status === 409 && got.page === S.page && S.img.retry++ < 5) {
      // overtaken by a request for another page (another tab?): ask again
      setTimeout(() => S.page === got.page && !S.img.loading && startImage(got), 150);
      return;
    }
    if (got.page !== S.page) return;
    img.hidden = true;
    $("#page-loading").hidden = true;
    const note = $("#page-note");
    note.hidden = false;
    note.textContent = `${(out && out.message) || "The page image could not be made"}: the sentence alone is shown.`;
  });

  function setZoom(z) {
    S.zoom = Math.min(4, Math.max(0.5, z));
    $("#page-wrap").style.width = `${S.zoom * 100}%`;
    $("#zoom-level").textContent = `${Math.round(S.zoom * 100)}%`;
    document.body.dataset.zoom = String(S.zoom);
    if (S.mode === "image") showImage();
  }

  function renderLegend() {
    const box = $("#legend");
    box.replaceChildren();
    const on = {};
    for (const id of S.byPage.get(S.page) || []) {
      const v = S.facts.get(id);
      on[v.type] = (on[v.type] || 0) + 1;
    }
    for (const t of D.types) {
      const item = el("span", "legend-item");
      item.dataset.type = t.name;
      const sw = el("span", "swatch");
      sw.style.setProperty("--c", COLOUR[t.name]);
      item.append(sw, `${t.label}${on[t.name] ? ` ${on[t.name]}` : ""}`);
      if (!on[t.name]) item.classList.add("absent");
      box.append(item);
    }
  }

  // every fact of the page, boxed in its type's colour, its status on the box
  function drawBoxes(scroll) {
    const img = $("#page-img");
    const layer = $("#page-boxes");
    layer.replaceChildren();
    const shown = S.img.shown;
    if (S.mode !== "image" || img.hidden || !img.naturalWidth || !shown || shown.page !== S.page) return;
    const scale = img.clientWidth / S.pageWidthPt;
    let first = null;
    const cur = S.pageFact;
    const k = cur && S.groupOf.get(cur.id);
    const marked = new Set(k && !S.expanded.has(k) && S.groups.get(k)[0] === cur.id ? S.groups.get(k) : cur ? [cur.id] : []);
    for (const id of S.byPage.get(S.page) || []) {
      const v = S.facts.get(id);
      let withMark = false;
      for (const b of v.boxes) {
        if (b[0] !== S.page) continue;
        const d = el("div", `box status-${v.status}`);
        d.dataset.factId = v.id;
        d.dataset.type = v.type;
        d.dataset.status = v.status;
        d.style.setProperty("--c", COLOUR[v.type] || "#666");
        if (v.status === "added") d.classList.add("box-added");
        if (v.boxes_from === "estimate") d.classList.add("box-estimate");
        d.title = `${LABEL[v.type] || v.type}: ${v.value_text} (${v.status})${v.boxes_from === "estimate" ? " — box estimated" : ""}`;
        d.style.left = `${b[1] * scale}px`;
        d.style.top = `${b[2] * scale}px`;
        d.style.width = `${Math.max(2, (b[3] - b[1]) * scale)}px`;
        d.style.height = `${Math.max(2, (b[4] - b[2]) * scale)}px`;
        if (!withMark && MARK[v.status]) {
          d.append(el("span", "box-mark", MARK[v.status]));
          withMark = true;
        }
        if (marked.has(v.id)) {
          d.classList.add("current");
          if (!first) first = d;
        }
        layer.append(d);
      }
    }
    const note = $("#page-note");
    if (cur && cur.page === S.page && !first) {
      note.hidden = false;
      note.textContent = cur.status === "added" ? "Added in review: no boxes on the page." : "No boxes for this span.";
    } else {
      note.hidden = true;
    }
    if (first && scroll) {
      const viewer = $("#viewer");
      const r = first.getBoundingClientRect();
      const vr = viewer.getBoundingClientRect();
      if (r.top < vr.top + 40 || r.bottom > vr.bottom - 20) viewer.scrollTop += r.top - vr.top - viewer.clientHeight / 3;
      if (r.left < vr.left || r.right > vr.right) viewer.scrollLeft += r.left - vr.left - 40;
    }
  }

  $("#page-boxes").addEventListener("click", (e) => {
    const box = e.target.closest(".box");
    if (!box) return;
    reveal(box.dataset.factId);
  });

  // make a fact's card reachable (open its group, clear filters hiding it) and current
  function reveal(id) {
    if (!S.facts.has(id)) return;
    if (!S.visible.includes(id)) {
      const k = S.groupOf.get(id);
      if (k && !S.expanded.has(k)) {
        S.expanded.add(k);
      } else {
        F.type = F.status = F.context = "";
        $("#f-type").value = $("#f-status").value = $("#f-context").value = "";
      }
      S.current = id;
      render();
    }
    select(id, "center");
  }

  // ------------------------------------------------------------------ the page as text (add a fact anywhere)

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
    const cur = S.pageFact;
    let currentItem = null;
    out.sentences.forEach((s, i) => {
      const item = el("div", "page-sentence");
      const p = el("p", "sentence");
      p.dataset.i = String(i);
      const facts = S.order.map((id) => S.facts.get(id)).filter((v) => v.sentence === s.text && (v.page === page || v.boxes.some((b) => b[0] === page)));
      highlight(p, s.text, facts);
      item.append(p);
      const meta = [];
      if (s.section) meta.push(`§ ${s.section}`);
      const n = Math.max(s.facts, facts.length);
      meta.push(n ? `${n} fact${n === 1 ? "" : "s"}` : "no facts");
      item.append(el("div", "meta", meta.join(" · ")));
      if (n) item.classList.add("has-facts");
      if (cur && facts.some((v) => v.id === cur.id)) {
        item.classList.add("current-sentence");
        currentItem = item;
      }
      box.append(item);
    });
    if (!out.sentences.length && !out.note) {
      note.hidden = false;
      note.textContent = "No text on this page.";
    }
    if (currentItem) currentItem.scrollIntoView({ block: "center" });
  }

  // the sentence's text, each fact's span marked in its type's colour
  function highlight(p, text, facts) {
    const chars = Array.from(text);
    const cuts = new Set([0, chars.length]);
    for (const v of facts) {
      cuts.add(Math.max(0, Math.min(chars.length, v.start)));
      cuts.add(Math.max(0, Math.min(chars.length, v.end)));
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = chars.slice(a, b).join("");
      const over = facts.filter((v) => v.start <= a && v.end >= b && v.end > v.start);
      if (!over.length) {
        p.append(piece);
        continue;
      }
      const m = el("mark", `fact-span status-${over[0].status}`, piece);
      m.style.setProperty("--c", COLOUR[over[0].type] || "#666");
      m.dataset.factId = over.map((v) => v.id).join(" ");
      m.title = over.map((v) => `${LABEL[v.type] || v.type}: ${v.value_text} (${v.status})`).join("\n");
      if (S.pageFact && over.some((v) => v.id === S.pageFact.id)) m.classList.add("current");
      p.append(m);
    }
  }

  $("#page-sentences").addEventListener("click", (e) => {
    const m = e.target.closest("mark.fact-span");
    if (!m || (window.getSelection && !window.getSelection().isCollapsed)) return;
    reveal(m.dataset.factId.split(" ")[0]);
  });

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
  $("#zoom-in").addEventListener("click", (e) => {
    e.currentTarget.blur();
    setZoom(S.zoom * 1.25);
  });
  $("#zoom-out").addEventListener("click", (e) => {
    e.currentTarget.blur();
    setZoom(S.zoom / 1.25);
  });
  $("#zoom-fit").addEventListener("click", (e) => {
    e.currentTarget.blur();
    setZoom(1);
  });
  let resizeTimer = null;
  window.addEventListener("resize", () => {
    drawBoxes(false);
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => S.mode === "image" && showImage(), 200);
  });

  // g + a number: go to that page
  function openGoto() {
    const g = $("#goto");
    g.hidden = false;
    g.value = "";
    g.focus();
  }
  function closeGoto() {
    const g = $("#goto");
    g.hidden = true;
    g.blur();
  }
  $("#goto").addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      const n = parseInt($("#goto").value, 10);
      closeGoto();
      if (!Number.isNaN(n)) gotoPage(n);
    } else if (e.key === "Escape") {
      e.preventDefault();
      closeGoto();
    }
    e.stopPropagation();
  });
  $("#goto").addEventListener("blur", () => ($("#goto").hidden = true));

  // ------------------------------------------------------------------ navigation

  function cur() {
    return S.current ? S.facts.get(S.current) : null;
  }

  // a card is pending when its fact is, or, for a closed group, when one of its mentions is
  function isPending(id) {
    const k = S.groupOf.get(id);
    if (k && !S.expanded.has(k) && S.groups.get(k)[0] === id) return S.groups.get(k).some((m) => S.facts.get(m).status === "pending");
    return S.facts.get(id).status === "pending";
  }

  // keepPage: the page shown stays (a group's card chosen for a page it has a mention on)
  function select(id, scroll = "nearest", keepPage = false) {
    if (S.current && S.cards.get(S.current)) S.cards.get(S.current).classList.remove("current");
    S.current = id;
    const c = S.cards.get(id);
    if (c) {
      c.classList.add("current");
      if (scroll) c.scrollIntoView({ block: scroll });
    }
    document.body.dataset.current = id || "";
    if (keepPage) {
      S.pageFact = S.facts.get(id) || null;
      renderViewer();
    } else showPage(S.facts.get(id) || null);
  }

  function move(step) {
    if (!S.visible.length) return;
    let i = S.visible.indexOf(S.current);
    i = i < 0 ? 0 : Math.min(S.visible.length - 1, Math.max(0, i + step));
    select(S.visible[i]);
  }

  // the next pending card after the current one (then from the top); none: stay
  function nextPending() {
    const n = S.visible.length;
    if (!n) return;
    const at = S.visible.indexOf(S.current);
    for (let k = 1; k <= n; k++) {
      const id = S.visible[(at + k + n) % n];
      if (isPending(id)) {
        select(id);
        return;
      }
    }
    msg("Every fact shown is decided.");
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
    S.history = [];
    saveHistory();
    S.stale = false;
    refresh().then(() => msg("Reloaded: the latest decisions are shown (undo history cleared)."));
  });

  // ------------------------------------------------------------------ decisions

  function snapshot(v) {
    const review = v.review && v.review.status ? v.review : { status: "pending" };
    return { review: JSON.parse(JSON.stringify(review)), value: v.status === "added" ? v.value : undefined };
  }

  const short = (v) => `${LABEL[v.type] || v.type} “${v.text}”${v.page !== null ? ` p. ${v.page}` : ""}`;

  function decide(status, note) {
    const v = cur();
    if (!v) return;
    const k = S.groupOf.get(v.id);
    if (k && !S.expanded.has(k) && S.groups.get(k)[0] === v.id && note === undefined) {
      decideGroup(k, status);
      return;
    }
    if (v.status === "added") {
      msg("A fact you added is already yours: edit it (e) or remove it (delete).", "error");
      return;
    }
    const before = snapshot(v);
    const entry = pushHistory({ kind: "review", id: v.id, review: before.review, after: status, label: short(v) });
    setView(guess(v, status, note));
    const c = S.cards.get(v.id);
    if (c) c.classList.add("saving");
    nextPending();
    const body = { fact: v.id, status };
    if (note !== undefined) body.note = note;
    send("decide", body)
      .then((r) => setView(r.fact))
      .catch((err) => {
        dropHistory(entry);
        setView(v);
        msg(err.message, "error");
      });
  }

  function decideGroup(k, status) {
    const g = groupInfo(k);
    const views = g.views.filter((v) => v.status !== "added");
    if (!views.length) return;
    const items = views.map((v) => ({ fact: v.id, review: snapshot(v).review }));
    const entry = pushHistory({ kind: "many", items, after: status, id: views[0].id, label: `${short(views[0])} ×${views.length}` });
    for (const v of views) setView(guess(v, status));
    nextPending();
    send("decide-many", { facts: views.map((v) => v.id), status })
      .then((r) => r.facts.forEach(setView))
      .catch((err) => {
        dropHistory(entry);
        views.forEach(setView);
        msg(err.message, "error");
      });
  }

  function toggleGroup() {
    const v = cur();
    const k = v && S.groupOf.get(v.id);
    if (!k) {
      msg("This fact has no identical mentions.");
      return;
    }
    if (S.expanded.has(k)) S.expanded.delete(k);
    else S.expanded.add(k);
    S.current = S.groups.get(k)[0];
    render();
  }

  function undo(entry) {
    if (!entry) entry = S.history[S.history.length - 1];
    if (!entry) {
      msg("Nothing to undo.");
      return;
    }
    dropHistory(entry);
    const was = { current: S.current, page: S.page };
    // show the fact undone, unless the reviewer has moved on meanwhile
    const show = (id) => S.current === was.current && S.page === was.page && reveal(id);
    if (entry.kind === "review") {
      const v = S.facts.get(entry.id);
      if (v) setView(Object.assign({}, v, { status: entry.review.status, review: entry.review }));
      send("restore", { fact: entry.id, review: entry.review, value: entry.value })
        .then((r) => {
          setView(r.fact);
          show(entry.id);
          msg("Undone.");
        })
        .catch((err) => msg(err.message, "error"));
    } else if (entry.kind === "many") {
      send("restore-many", { items: entry.items })
        .then((r) => {
          r.facts.forEach(setView);
          show(entry.items[0].fact);
          msg(`Undone: ${entry.items.length} facts as they were.`);
        })
        .catch((err) => msg(err.message, "error"));
    } else if (entry.kind === "add") {
      send("remove", { fact: entry.id })
        .then(() => refresh())
        .then(() => msg("Undone: the added fact was removed."))
        .catch((err) => msg(err.message, "error"));
    } else if (entry.kind === "remove") {
      send("reinsert", { fact: entry.fact, index: entry.index })
        .then((r) => refresh().then(() => reveal(r.fact.id)))
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
        pushHistory({ kind: "remove", fact: r.removed, index: r.index, id: v.id, after: "removed", label: short(v) });
        S.current = S.visible[i + 1] || S.visible[i - 1] || null;
        return refresh();
      })
      .then(() => msg("Removed (backspace to undo)."))
      .catch((err) => msg(err.message, "error"));
  }

  // ------------------------------------------------------------------ history panel

  function renderHistory() {
    const list = $("#history-list");
    if (!list) return;
    list.replaceChildren();
    for (const h of S.history.slice(-50).reverse()) {
      const li = el("li", `history-item after-${h.after}`);
      li.dataset.n = h.n;
      li.dataset.id = h.id || "";
      const a = el("a", "history-go", `${h.after} · ${h.label}`);
      a.href = "#";
      li.append(a, el("span", "muted", ` ${h.time || ""} `));
      const b = el("button", "ghost history-undo", "↶");
      b.type = "button";
      b.title = "undo this decision";
      li.append(b);
      list.append(li);
    }
    if (!S.history.length) list.append(el("li", "muted", "No decisions yet."));
  }

  function toggleHistory(show) {
    const h = $("#history");
    h.hidden = show === undefined ? !h.hidden : !show;
    $("#history-button").setAttribute("aria-pressed", String(!h.hidden));
  }
  $("#history-button").addEventListener("click", (e) => {
    e.currentTarget.blur();
    toggleHistory();
  });
  $("#history").addEventListener("click", (e) => {
    if (e.target.closest(".close-history")) {
      toggleHistory(false);
      return;
    }
    const li = e.target.closest(".history-item");
    if (!li) return;
    e.preventDefault();
    const entry = S.history.find((h) => h.n === li.dataset.n);
    if (!entry) return;
    if (e.target.closest(".history-undo")) undo(entry);
    else if (entry.id) reveal(entry.id);
  });

  function toggleFocus() {
    const on = !document.body.classList.contains("focus");
    document.body.classList.toggle("focus", on);
    $("#focus-button").setAttribute("aria-pressed", String(on));
    if (S.current && S.cards.get(S.current)) S.cards.get(S.current).scrollIntoView({ block: "start" });
  }
  $("#focus-button").addEventListener("click", (e) => {
    e.currentTarget.blur();
    toggleFocus();
  });

  // ------------------------------------------------------------------ forms (edit, add, note)

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

  // a dialog closed gives the keys back to the page
  function blurInside(box) {
    if (document.activeElement && box.contains(document.activeElement)) document.activeElement.blur();
  }

  function closeForm() {
    blurInside($("#modal"));
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
          pushHistory({ kind: "review", id: f.id, review: before.review, value: before.value, after: r.fact.status === "edited" ? "edited" : "note", label: short(f.source) });
          setView(r.fact);
          msg(r.fact.status === f.source.status && r.fact.status !== "edited" ? "Note saved (the decision stays)." : "Saved.");
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
          pushHistory({ kind: "add", id: r.fact.id, after: "added", label: short(r.fact) });
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

  function openNote() {
    const v = cur();
    if (!v) return;
    S.noteFor = v.id;
    const form = $("#note-form");
    form.reset();
    form.elements.note.value = v.note || "";
    $("#note-span").textContent = `${short(v)} — ${v.status}`;
    $("#note-error").hidden = true;
    const added = v.status === "added";
    for (const b of form.querySelectorAll("[data-status]")) if (b.dataset.status) b.hidden = added;
    $("#note-modal").hidden = false;
    form.elements.note.focus();
  }
  function closeNote() {
    blurInside($("#note-modal"));
    $("#note-modal").hidden = true;
    S.noteFor = null;
  }
  function saveNote(status) {
    const v = S.noteFor && S.facts.get(S.noteFor);
    if (!v) return;
    const note = $("#note-form").elements.note.value;
    closeNote();
    if (S.current !== v.id) select(v.id);
    if (status) {
      decide(status, note);
      return;
    }
    const before = snapshot(v);
    const entry = pushHistory({ kind: "review", id: v.id, review: before.review, after: "note", label: short(v) });
    send("note", { fact: v.id, note })
      .then((r) => {
        setView(r.fact);
        msg("Note saved (the decision stays).");
      })
      .catch((err) => {
        dropHistory(entry);
        msg(err.message, "error");
      });
  }
  $("#note-form").addEventListener("submit", (e) => {
    e.preventDefault();
    saveNote("");
  });
  $("#note-form").addEventListener("click", (e) => {
    const b = e.target.closest("button[data-status]");
    if (b && b.type === "button") saveNote(b.dataset.status);
  });

  // ------------------------------------------------------------------ selection → add

  function hideAddbar() {
    $("#addbar").hidden = true;
    S.selection = null;
    S.ksel = null;
    document.body.classList.remove("selecting");
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

  // the keyboard's selection: code points [start, end) of the current card's sentence
  function startKeySelection() {
    const v = cur();
    if (!v || !v.sentence) return;
    const chars = Array.from(v.sentence);
    let start = v.start, end = v.end;
    if (end <= start) {
      start = 0;
      end = wordEnd(chars, 0);
    }
    S.ksel = { id: v.id, chars, start, end };
    document.body.classList.add("selecting");
    applyKeySelection();
  }

  const kind = (c) => (/\s/.test(c) ? "space" : /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c) ? "cjk" : /[\p{L}\p{N}]/u.test(c) ? "word" : "mark");
  function wordEnd(chars, i) {
    while (i < chars.length && kind(chars[i]) === "space") i++;
    if (i >= chars.length) return chars.length;
    const k = kind(chars[i]);
    if (k !== "word") return i + 1; // a Chinese character, a sign: one at a time
    while (i < chars.length && kind(chars[i]) === "word") i++;
    return i;
  }
  function wordStart(chars, i) {
    while (i > 0 && kind(chars[i - 1]) === "space") i--;
    if (i <= 0) return 0;
    const k = kind(chars[i - 1]);
    if (k !== "word") return i - 1;
    while (i > 0 && kind(chars[i - 1]) === "word") i--;
    return i;
  }

  function keySelection(key, shift) {
    const k = S.ksel;
    const n = k.chars.length;
    if (key === "ArrowRight") k.end = shift ? wordEnd(k.chars, k.end) : Math.min(n, k.end + 1);
    else if (key === "ArrowLeft") k.start = shift ? wordStart(k.chars, k.start) : Math.max(0, k.start - 1);
    else if (key === "ArrowUp") k.end = Math.max(k.start + 1, shift ? wordStart(k.chars, k.end) : k.end - 1);
    else if (key === "ArrowDown") k.start = Math.min(k.end - 1, shift ? wordEnd(k.chars, k.start) : k.start + 1);
    applyKeySelection();
  }

  function applyKeySelection() {
    const k = S.ksel;
    const c = S.cards.get(k.id);
    const sentence = c && c.querySelector(".sentence");
    if (!sentence) return;
    const range = document.createRange();
    const at = (offset) => {
      // code point offset → (text node, UTF-16 offset)
      const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
      let left = offset, node, last = null;
      while ((node = walker.nextNode())) {
        const chars = Array.from(node.textContent);
        if (left <= chars.length) return [node, chars.slice(0, left).join("").length];
        left -= chars.length;
        last = node;
      }
      return [last, last ? last.textContent.length : 0];
    };
    range.setStart(...at(k.start));
    range.setEnd(...at(k.end));
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    checkSelection();
    S.ksel = k; // checkSelection keeps it
    document.body.classList.add("selecting");
  }

  function addAs(n) {
    const t = D.types[n - 1];
    if (!t || !S.selection) return false;
    const sel = S.selection;
    const source = sel.factId ? S.facts.get(sel.factId) : { id: null, page: sel.page, hedged: false, species: "human" };
    openForm("add", source, t.name, sel);
    return true;
  }

  document.addEventListener("mouseup", (e) => {
    if (e.target.closest && (e.target.closest("#addbar") || e.target.closest("#page-boxes"))) return;
    S.ksel = null;
    setTimeout(checkSelection, 0);
  });
  document.addEventListener("keyup", (e) => {
    if (e.shiftKey && !S.ksel) checkSelection();
  });
  $("#addbar").addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection
  $("#addbar").addEventListener("click", (e) => {
    const b = e.target.closest("button");
    if (!b || !S.selection) return;
    addAs(D.types.findIndex((t) => t.name === b.dataset.type) + 1);
  });

  // ------------------------------------------------------------------ events

  $("#facts").addEventListener("click", (e) => {
    const link = e.target.closest(".cell-link");
    if (link) {
      e.preventDefault();
      reveal(link.dataset.target);
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
    const k = S.groupOf.get(c.dataset.id);
    if (act === "accepted" || act === "rejected") {
      decide(act); // on a closed group: the whole group, as the keys do
    } else if (act === "group-accepted" || act === "group-rejected") decideGroup(k, act.slice(6));
    else if (act === "group-toggle") toggleGroup();
    else if (act === "edit") openForm("edit", cur(), cur().type);
    else if (act === "note") openNote();
    else if (act === "remove") removeCurrent();
  });

  for (const [id, key] of [["#f-type", "type"], ["#f-status", "status"], ["#f-context", "context"], ["#f-sort", "sort"]]) {
    $(id).addEventListener("change", (e) => {
      F[key] = e.target.value;
      e.target.blur();
      render(); // the current card stays current and in view when it still passes
    });
  }
  $("#f-group").addEventListener("change", (e) => {
    F.group = e.target.checked;
    e.target.blur();
    render();
  });

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
      closeNote();
    });
  }

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape") {
      toggleHelp(false);
      closeForm();
      closeNote();
      closeGoto();
      if (S.ksel || S.selection) window.getSelection().removeAllRanges();
      hideAddbar();
      return;
    }
    const t = e.target;
    const typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    if (typing || !$("#modal").hidden || !$("#note-modal").hidden) return;
    if (!$("#help").hidden && e.key !== "?") return;
    // a focused button takes its own keys (space, enter press it)
    if (t && t.tagName === "BUTTON" && (e.key === " " || e.key === "Enter")) return;
    // a selection to add a fact from: arrows shape it, a number picks the type
    if (S.ksel && e.key.startsWith("Arrow")) {
      keySelection(e.key, e.shiftKey);
      e.preventDefault();
      return;
    }
    if (S.ksel && e.key.length === 1 && !/^[1-9]$/.test(e.key)) {
      e.preventDefault(); // while selecting, a letter decides nothing (esc ends the selection)
      return;
    }
    if (S.selection && !$("#addbar").hidden && /^[1-9]$/.test(e.key)) {
      if (addAs(Number(e.key))) e.preventDefault();
      return;
    }
    if (e.shiftKey && e.key.startsWith("Arrow")) return; // the browser grows a mouse selection
    switch (e.key) {
      case "a":
        decide("accepted");
        break;
      case "x":
        decide("rejected");
        break;
      case "A":
      case "X": {
        const v = cur();
        const k = v && S.groupOf.get(v.id);
        if (k) decideGroup(k, e.key === "A" ? "accepted" : "rejected");
        else decide(e.key === "A" ? "accepted" : "rejected");
        break;
      }
      case " ":
        nextPending();
        break;
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
      case "n":
        openNote();
        break;
      case "s":
        startKeySelection();
        break;
      case "o":
        toggleGroup();
        break;
      case "f":
        toggleFocus();
        break;
      case "h":
        toggleHistory();
        break;
      case "g":
        openGoto();
        break;
      case "+":
      case "=":
        setZoom(S.zoom * 1.25);
        break;
      case "-":
        setZoom(S.zoom / 1.25);
        break;
      case "0":
        setZoom(1);
        break;
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

  loadHistory();
  renderHistory();
  load(D);
  document.body.dataset.saving = "0";
  // open at the first pending fact
  S.current = null;
  render();
  const firstPending = S.visible.find((id) => isPending(id));
  if (firstPending && firstPending !== S.current) select(firstPending, "center");
  document.body.dataset.ready = "1";
})();
