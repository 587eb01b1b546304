"""``newsmt review --serve``: the review page served on 127.0.0.1 with a decisions API.

``GET /`` renders the index page and ``GET /review/NNNN-id.html`` a story page (buttons
enabled, decisions so far shown); ``GET
/api/decisions`` returns ``decisions.json``; ``POST /api/decisions`` takes one JSON
decision ``{"kind": "hit" | "suggestion", "key", "decision": "accept" | "reject",
"entry"?}``, validates it against the batch and saves the file atomically.

The server listens on the loopback address only, answers only requests whose
``Host`` is that address (no DNS rebinding) and only JSON POSTs (which a foreign
web page cannot send without a CORS preflight this server never grants).
"""

from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pipeline import jsonio
from pipeline.errors import UsageError
from pipeline.review.decisions import DecisionError, DecisionStore, validate_decision
from pipeline.review.page import (
    Suggester,
    glossary_suggestions,
    known_keys,
    load_batch,
    render_index_of,
    render_story,
    render_suggestions_of,
    story_page_name,
    story_view,
    suggestion_page_name,
    suggestion_pages,
)

HOST = "127.0.0.1"
MAX_BODY = 64 * 1024


class ReviewServer(ThreadingHTTPServer):
    """A threading HTTP server bound to 127.0.0.1 for one output folder."""

    daemon_threads = True

    def __init__(
        self,
        outdir: str | Path,
        port: int = 0,
        suggester: Suggester = glossary_suggestions,
        glossary_paths: list[Path] | None = None,
    ) -> None:
        self.outdir = Path(outdir)
        self.batch = load_batch(self.outdir, suggester, glossary_paths)
        self.store = DecisionStore(self.outdir)
        known = known_keys(self.batch, self.store.load())
        self.known_hits: dict[str, dict[str, Any]] = known["hits"]
        self.known_suggestions: dict[str, dict[str, Any]] = known["suggestions"]
        self.known_sentences: dict[str, dict[str, Any]] = known["sentences"]
        self.names = [story_page_name(i, a) for i, a in enumerate(self.batch.articles)]
        self.stories = {f"/{name}": i for i, name in enumerate(self.names)}
        self.suggestion_pages = {
            f"/{suggestion_page_name(n)}": n for n in range(2, suggestion_pages(self.batch) + 1)
        }
        try:
            super().__init__((HOST, port), ReviewHandler)
        except OSError as exc:
            raise UsageError(
                f"cannot serve on {HOST}:{port}: {exc.strerror}; pick another --port (0: any free)"
            ) from exc

    @property
    def url(self) -> str:
        """The page's address, e.g. ``http://127.0.0.1:8765/``."""
        return f"http://{HOST}:{self.server_address[1]}/"

    def page(self, path: str = "/") -> str | None:
        """The index (``/``), a story page (``/review/NNNN-id.html``) or a page of
        suggestions (``/review/suggestions-NNNN.html``) with the decisions saved so far;
        ``None`` for no such page."""
        if path in ("/", "/review.html"):
            return render_index_of(self.batch, self.store.load(), served=True)
        if path in self.stories:
            index, decisions = self.stories[path], self.store.load()
            view = story_view(self.batch, index, decisions, True, names=self.names)
            return render_story(view)
        number = self.suggestion_pages.get(path)
        if number is not None:
            return render_suggestions_of(self.batch, self.store.load(), True, number)
        return None


class ReviewHandler(BaseHTTPRequestHandler):
    """Serves the page and the decisions API of a :class:`ReviewServer`."""

    server: ReviewServer
    server_version = "newsmt-review"

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: the terminal shows the address, not every request."""

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: HTTPStatus, data: Any) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _allowed(self) -> bool:
        port = self.server.server_address[1]
        host = self.headers.get("Host", "")
        if self.client_address[0] != HOST or host not in (f"{HOST}:{port}", f"localhost:{port}"):
            self._json(HTTPStatus.FORBIDDEN, {"error": "only local requests to 127.0.0.1"})
            return False
        return True

    def do_GET(self) -> None:
        if not self._allowed():
            return
        path = self.path.split("?", 1)[0]
        if path == "/api/decisions":
            self._json(HTTPStatus.OK, self.server.store.load())
            return
        page = self.server.page(path)
        if page is None:
            self._json(HTTPStatus.NOT_FOUND, {"error": f"no such page {path}"})
        else:
            self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8")

    def do_POST(self) -> None:
        if not self._allowed():
            return
        if self.path != "/api/decisions":
            self._json(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint {self.path}"})
            return
        if self.headers.get_content_type() != "application/json":
            self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "send application/json"})
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            self._json(HTTPStatus.BAD_REQUEST, {"error": f"body must be 1..{MAX_BODY} bytes"})
            return
        try:
            payload = jsonio.loads(self.rfile.read(length).decode("utf-8"))
            section, key, record = validate_decision(
                payload,
                self.server.known_hits,
                self.server.known_suggestions,
                self.server.known_sentences,
            )
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            self._json(HTTPStatus.BAD_REQUEST, {"error": f"not JSON: {exc}"})
            return
        except DecisionError as exc:
            self._json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
            return
        data = self.server.store.record(section, key, record)
        self._json(HTTPStatus.OK, {"saved": {"section": section, "key": key}, "decisions": data})
