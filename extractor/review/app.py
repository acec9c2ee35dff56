"""``litx review``: a local web page to accept, reject, correct and add facts.

:func:`create_app` builds the Flask app over one OUT_DIR; :func:`serve`
binds it (127.0.0.1 unless told otherwise) and opens the browser.
:func:`make_server` binds without serving, so tests and other callers can
run it in a thread; :func:`resolve_host` is the host decision alone.

Routes (``KEY`` is a result's path under OUT_DIR without ``.json``)::

    GET  /                       the documents, with their review progress
    GET  /doc/KEY                one document: facts, evidence, page image
    GET  /api/docs               the documents (JSON; a document without facts has no progress
                                 but ``no_facts``: why, and every document its ``warnings``)
    GET  /api/doc/KEY            facts of a document as the page shows them, and its revision
    GET  /api/page/N/KEY?dpi=D   PNG of page N at D dots per inch (one of :data:`~.pdfpages.DPIS`;
                                 rendered on first request, then cached; 409 when a newer
                                 request for the same document came in while it waited)
    GET  /api/sentences/N/KEY    the sentences of page N a fact can be added to
    POST /api/decide/KEY         {revision, fact, status: accepted|rejected|pending, note?}
    POST /api/decide-many/KEY    {revision, facts: [id, ...], status}   (identical mentions at once)
    POST /api/note/KEY           {revision, fact, note}      (the status and value stay as they are)
    POST /api/edit/KEY           {revision, fact, value: {...}, note?}
    POST /api/add/KEY            {revision, type, value, from_fact | page+sentence+section?, start, end, text?, context?, note?}
    POST /api/remove/KEY         {revision, fact}            (added facts only)
    POST /api/restore/KEY        {revision, fact, review, value?}   (undo)
    POST /api/restore-many/KEY   {revision, items: [{fact, review}, ...]}   (undo of decide-many)
    POST /api/reinsert/KEY       {revision, fact: {...}, index}     (undo of remove)

Every write answers ``{"revision": new, "fact": view}`` or an error
``{"error": "E5xx", "message": …}`` with 400 (bad request), 404, 409 (stale
revision, E504, with the current ``revision``), 413 (body over
:data:`MAX_BODY`), 415 (not JSON) or 422 (a value the contract refuses).
A page image of an encrypted PDF without its password (or with a wrong one)
is 403 (E507, the message says to start with ``--password``).

Safety: PDF text is only ever rendered by Jinja autoescaping or, in the
browser, ``textContent``; the page data travels as ``|tojson`` (``<``
escaped).  Writes need ``Content-Type: application/json`` (a cross-site
form cannot send it without a CORS preflight, which is never granted) and
an ``Origin``, when sent, of this server; on a loopback bind the ``Host``
must be a loopback name (no DNS rebinding).  A CSP allows only this
server's own scripts, styles and images.
"""

from __future__ import annotations

import io
import logging
import sys
import webbrowser
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from flask import Flask, abort, jsonify, render_template, request, send_file
from markupsafe import escape
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from ..errors import LitxError, Msg
from .pdfpages import DPIS
from .store import Store, fact_view
from .values import FORMS, REVIEW_STATUSES, TYPE_LABELS, TYPE_ORDER, format_value

__all__ = ["DEFAULT_HOST", "MAX_BODY", "create_app", "make_server", "resolve_host", "serve", "server_url"]

DEFAULT_HOST = "127.0.0.1"
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
#: The largest request body accepted (a decision is a few hundred bytes).
MAX_BODY = 256 * 1024

_STATUS_OF_CODE = {
    "E501": 404,
    "E502": 404,
    "E503": 422,
    "E504": 409,
    "E505": 400,
    "E506": 413,
    "E507": 404,
    "E508": 409,
    "E509": 409,
    "E206": 500,
    "E510": 400,
    "E511": 422,
}


def _is_loopback(host: str) -> bool:
    return host in LOOPBACK_NAMES or host.startswith("127.")


def resolve_host(host: str | None = None) -> str:
    """The address to bind: 127.0.0.1 unless a host is given (then as given)."""
    host = (host or "").strip()
    return host or DEFAULT_HOST


def create_app(
    out_dir: Path,
    pdf_dir: Path | None = None,
    *,
    reviewer: str | None = None,
    trusted_hosts: list[str] | None = list(LOOPBACK_NAMES),
    resolution: int | None = None,
    password: str | None = None,
    rules_dir: Path | None = None,
    parse_cache: Path | None | bool = None,
    ocr: str = "auto",
) -> Flask:
    """The review app over ``out_dir`` (results of ``litx extract``); PDFs found by
    ``document.path`` (relative to the working directory) or under ``pdf_dir``.

    ``trusted_hosts``: the Host names accepted (None: any, for a bind beyond
    loopback).  ``reviewer`` is written into each decision.  ``password``
    opens encrypted PDFs (as ``litx extract --password``); ``rules_dir`` is
    the rules the results were extracted with (``--rules``: the section names
    of sentences found in the PDF); ``parse_cache``: the parse cache folder
    (None: its default, False: none); ``ocr``: which pages of the PDFs
    Tesseract reads (as ``litx extract --ocr``).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise LitxError(Msg.E204, str(out_dir))
    kwargs: dict[str, Any] = {"reviewer": reviewer, "password": password, "rules_dir": rules_dir, "parse_cache": parse_cache,
                              "ocr": ocr}
    if resolution:
        kwargs["resolution"] = resolution
    store = Store(out_dir, Path(pdf_dir) if pdf_dir is not None else None, **kwargs)
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_BODY,
        TRUSTED_HOSTS=list(trusted_hosts) if trusted_hosts else None,
        JSON_SORT_KEYS=False,
    )
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.extensions["litx_store"] = store

    # ------------------------------------------------------------ plumbing

    def error_page(status: int, code: str, message: str):
        try:
            return render_template("error.html", status=status, code=code, message=message), status
        except Exception:  # no URL adapter (e.g. a refused Host header): plain text, escaped
            return f"<!doctype html><title>{status}</title><p>{escape(message)} [{escape(code)}]</p>", status

    def error_response(exc: LitxError):
        status = getattr(exc, "status", None) or _STATUS_OF_CODE.get(exc.code, 400)
        body: dict[str, Any] = {"error": exc.code, "message": exc.message}
        if getattr(exc, "revision", None):
            body["revision"] = exc.revision  # type: ignore[attr-defined]
        if request.path.startswith("/api/"):
            return jsonify(body), status
        return error_page(status, exc.code, exc.message)

    @app.errorhandler(LitxError)
    def _litx_error(exc: LitxError):
        return error_response(exc)

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(exc):
        return error_response(LitxError(Msg.E506, limit=MAX_BODY))

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        if request.path.startswith("/api/"):
            return jsonify({"error": f"HTTP{exc.code}", "message": exc.description}), exc.code
        return error_page(exc.code or 500, f"HTTP {exc.code}", exc.description or "")

    @app.before_request
    def _guard():
        if request.method not in ("GET", "HEAD"):
            origin = request.headers.get("Origin")
            if origin and origin != "null":
                if urlsplit(origin).netloc != request.host:
                    abort(403, "cross-origin requests are refused")
            elif origin == "null":
                abort(403, "cross-origin requests are refused")

    @app.after_request
    def _headers(resp):
        resp.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        )
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        resp.headers.setdefault("X-Frame-Options", "DENY")
        if request.path.startswith("/api/") and resp.mimetype == "application/json":
            resp.headers.setdefault("Cache-Control", "no-store")
        return resp

    def body() -> dict:
        if request.mimetype != "application/json":
            err = LitxError(Msg.E505, detail="send JSON (Content-Type: application/json)")
            err.status = 415  # type: ignore[attr-defined]
            raise err
        data = request.get_json(silent=True)  # RequestEntityTooLarge still raises (413)
        if not isinstance(data, dict):
            raise LitxError(Msg.E505, detail="the body is not a JSON object")
        return data

    def answer(outcome: tuple[dict, str], **extra: Any):
        fact, revision = outcome
        with store.folder.consistent():
            loaded = store.load(request.view_args["key"])  # type: ignore[index]
            facts = [f for f in loaded.data["facts"] if isinstance(f, dict)]
            by_id = {f.get("id"): f for f in facts if f.get("id") is not None}
            index = next((i for i, f in enumerate(facts) if f.get("id") == fact.get("id")), -1)
            view = fact_view(fact, index, by_id) if index >= 0 else None
            counts = _counts(facts)
        return jsonify({"revision": revision, "fact": view, "counts": counts, **extra})

    def answer_many(outcome: tuple[list[dict], str]):
        facts_changed, revision = outcome
        with store.folder.consistent():
            loaded = store.load(request.view_args["key"])  # type: ignore[index]
            facts = [f for f in loaded.data["facts"] if isinstance(f, dict)]
            by_id = {f.get("id"): f for f in facts if f.get("id") is not None}
            index = {f.get("id"): i for i, f in enumerate(facts)}
            views = [fact_view(f, index[f.get("id")], by_id) for f in facts_changed if f.get("id") in index]
            counts = _counts(facts)
        return jsonify({"revision": revision, "facts": views, "counts": counts})

    def doc_payload(key: str) -> dict:
        with store.folder.consistent():
            return _doc_payload(key)

    def _doc_payload(key: str) -> dict:
        loaded = store.load(key)
        data = loaded.data
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        pdf, why = store.pdf_status(key, data)
        facts = [f for f in data["facts"] if isinstance(f, dict)]
        return {
            "key": key,
            "revision": loaded.revision,
            "document": {
                "path": doc.get("path"),
                "title": doc.get("title"),
                "pages": doc.get("pages"),
                "languages": doc.get("languages"),
            },
            "pdf": {"available": pdf is not None, "note": why},
            "resolution": store.resolution,
            "facts": store.fact_views(data),
            "counts": _counts(facts),
            "warnings": [str(w) for w in data.get("warnings") or []],
            "orphaned": len(data.get("orphaned_reviews") or []),
            "forms": FORMS,
            "types": [{"name": t, "label": TYPE_LABELS[t]} for t in TYPE_ORDER],
            "statuses": list(REVIEW_STATUSES),
            "reviewer": store.reviewer,
            "dpis": list(DPIS),
        }

    # ------------------------------------------------------------ pages

    @app.get("/")
    def index():
        docs = store.documents()
        totals = {s: sum(d.counts.get(s, 0) for d in docs) for s in REVIEW_STATUSES}
        return render_template(
            "index.html", docs=docs, statuses=REVIEW_STATUSES, totals=totals, out_dir=str(out_dir)
        )

    @app.get("/doc/<path:key>")
    def document(key: str):
        payload = doc_payload(key)
        return render_template("document.html", payload=payload, doc=payload["document"], key=key)

    @app.get("/favicon.ico")
    def favicon():
        return "", 204

    # ------------------------------------------------------------ JSON

    @app.get("/api/docs")
    def api_docs():
        return jsonify(
            [
                {
                    "key": d.key,
                    "title": d.title,
                    "pdf": d.pdf,
                    "pages": d.pages,
                    "counts": d.counts,
                    "total": d.total,
                    "progress": round(d.progress, 4) if d.total else None,  # no facts: no_facts says why
                    "no_facts": d.no_facts_why,
                    "warnings": d.warning_texts,
                    "orphaned": d.orphaned,
                    "error": d.error,
                }
                for d in store.documents()
            ]
        )

    @app.get("/api/doc/<path:key>")
    def api_doc(key: str):
        return jsonify(doc_payload(key))

    @app.get("/api/page/<int:page>/<path:key>")
    def api_page(page: int, key: str):
        dpi = request.args.get("dpi", type=int) or store.resolution
        image = store.page_image(key, page, dpi)
        if isinstance(image, bytes):  # a password-protected PDF: not cached anywhere but here
            resp = send_file(io.BytesIO(image), mimetype="image/png", max_age=0)
            resp.headers["Cache-Control"] = "no-store"
            return resp
        return send_file(image, mimetype="image/png", max_age=0, conditional=True)

    @app.get("/api/sentences/<int:page>/<path:key>")
    def api_sentences(page: int, key: str):
        return jsonify(store.sentences(key, page))

    def post(rule: str, handler: Callable[[str, dict], Any]):
        def view(key: str):
            store.path_of(key)  # an unknown or outside document is 404 before anything else
            return handler(key, body())

        view.__name__ = f"api_{rule.replace('-', '_')}"
        app.post(f"/api/{rule}/<path:key>")(view)

    post("decide", lambda key, b: answer(store.decide(key, b.get("revision"), b.get("fact"), b.get("status"), b.get("note"))))
    post("decide-many", lambda key, b: answer_many(store.decide_many(key, b.get("revision"), b.get("facts"), b.get("status"))))
    post("note", lambda key, b: answer(store.note(key, b.get("revision"), b.get("fact"), b.get("note"))))
    post("restore-many", lambda key, b: answer_many(store.restore_many(key, b.get("revision"), b.get("items"))))
    post("edit", lambda key, b: answer(store.edit(key, b.get("revision"), b.get("fact"), b.get("value"), b.get("note"))))
    post(
        "add",
        lambda key, b: answer(
            store.add(
                key,
                b.get("revision"),
                fact_type=b.get("type"),
                value=b.get("value"),
                start=b.get("start"),
                end=b.get("end"),
                from_fact=b.get("from_fact"),
                page=b.get("page"),
                sentence=b.get("sentence"),
                section=b.get("section"),
                text=b.get("text"),
                context=b.get("context"),
                note=b.get("note"),
            )
        ),
    )

    def _remove(key: str, b: dict):
        removed, revision = store.remove(key, b.get("revision"), b.get("fact"))
        loaded = store.load(key)
        index = removed.pop("_index")
        return jsonify({"revision": revision, "removed": removed, "index": index, "counts": _counts(loaded.data["facts"])})

    post("remove", _remove)
    post("restore", lambda key, b: answer(store.restore(key, b.get("revision"), b.get("fact"), b.get("review"), b.get("value"))))
    post("reinsert", lambda key, b: answer(store.reinsert(key, b.get("revision"), b.get("fact"), b.get("index"))))

    app.jinja_env.globals.update(type_labels=TYPE_LABELS, format_value=format_value)
    return app


def _counts(facts: list) -> dict[str, int]:
    from .values import status_of

    counts = {s: 0 for s in REVIEW_STATUSES}
    for f in facts:
        if isinstance(f, dict):
            counts[status_of(f)] += 1
    return counts


def make_server(
    out_dir: Path,
    pdf_dir: Path | None = None,
    host: str | None = DEFAULT_HOST,
    port: int = 0,
    *,
    reviewer: str | None = None,
    password: str | None = None,
    rules_dir: Path | None = None,
    ocr: str = "auto",
):
    """Bind the review app (port 0: a free port) without serving; ``.serve_forever()`` runs it.
    ``password`` and ``rules_dir``: as :func:`create_app`."""
    from werkzeug.serving import make_server as _make

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    bind = resolve_host(host)
    trusted = list(LOOPBACK_NAMES) if _is_loopback(bind) else None
    app = create_app(out_dir, pdf_dir, reviewer=reviewer, trusted_hosts=trusted, password=password, rules_dir=rules_dir,
                     ocr=ocr)
    return _make(bind, int(port), app, threaded=True)


def server_url(server) -> str:
    host, port = server.server_address[:2]
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def serve(
    out_dir: Path,
    pdf_dir: Path | None = None,
    host: str | None = DEFAULT_HOST,
    port: int = 0,
    open_browser: bool = True,
    *,
    reviewer: str | None = None,
    echo: Callable[[str], None] | None = None,
    password: str | None = None,
    rules_dir: Path | None = None,
    ocr: str = "auto",
) -> None:
    """Serve the review page until Ctrl+C; prints the URL and opens the browser.
    ``password`` opens encrypted PDFs; ``rules_dir``: as :func:`create_app`."""
    say = echo or (lambda text: print(text, file=sys.stderr))
    server = make_server(out_dir, pdf_dir, host, port, reviewer=reviewer, password=password, rules_dir=rules_dir, ocr=ocr)
    url = server_url(server)
    bound = server.server_address[0]
    say(f"litx review: {url}  (Ctrl+C to stop)")
    if not _is_loopback(bound):
        say(f"litx review: warning: listening on {bound}, reachable from other machines, with no login")
    if open_browser:
        try:
            webbrowser.open(url)
        except Exception:  # no browser: the URL is printed
            pass
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store = server.app.extensions["litx_store"]
        store.folder.fold_all()  # the results whole again, without their logs
        store.pdfs.close()
