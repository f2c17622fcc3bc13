#!/usr/bin/env python3
"""Static server for the page tests, standard library only.

Serves directories under URL prefixes (`--mount /pkg/=npm`), adds headers to
every response (`--header "Content-Security-Policy: ..."`), and keeps the
CSP violation reports browsers POST to /csp-report, readable as JSON at
/csp-reports, so a test sees violations from workers too.
"""

import argparse
import http.server
import json
import os
import posixpath
import sys
import threading
import urllib.parse

REPORTS = []
LOCK = threading.Lock()


class Handler(http.server.SimpleHTTPRequestHandler):
    mounts = []  # (url prefix, directory), longest prefix first
    extra_headers = []

    extensions_map = {
        "": "application/octet-stream",
        ".html": "text/html; charset=utf-8",
        ".js": "text/javascript; charset=utf-8",
        ".mjs": "text/javascript; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".json": "application/json",
        ".wasm": "application/wasm",
        ".txt": "text/plain; charset=utf-8",
        ".svg": "image/svg+xml",
        ".png": "image/png",
        ".ts": "text/plain; charset=utf-8",
    }

    def translate_path(self, path):
        path = urllib.parse.unquote(urllib.parse.urlsplit(path).path)
        for prefix, root in self.mounts:
            if path.startswith(prefix) or path + "/" == prefix:
                rel = posixpath.normpath(path[len(prefix):] or "/").lstrip("/")
                if rel.startswith(".."):
                    break
                full = os.path.join(root, *[p for p in rel.split("/") if p not in ("", ".")])
                return full
        return os.path.join(os.devnull, "missing")

    def end_headers(self):
        for name, value in self.extra_headers:
            self.send_header(name, value)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self):
        if urllib.parse.urlsplit(self.path).path == "/csp-reports":
            with LOCK:
                body = json.dumps(REPORTS).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def do_POST(self):
        if urllib.parse.urlsplit(self.path).path != "/csp-report":
            self.send_error(404)
            return
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        try:
            report = json.loads(raw)
        except ValueError:
            report = {"unparsed": raw}
        with LOCK:
            REPORTS.append(report)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--mount", action="append", default=[], help="PREFIX=DIR, e.g. /pkg/=npm")
    ap.add_argument("--header", action="append", default=[], help="'Name: value' added to every response")
    args = ap.parse_args()
    mounts = []
    for m in args.mount:
        prefix, _, directory = m.partition("=")
        if not prefix.startswith("/") or not prefix.endswith("/") or not directory:
            sys.exit(f"serve.py: bad --mount {m!r}: expected /prefix/=directory")
        mounts.append((prefix, os.path.abspath(directory)))
    Handler.mounts = sorted(mounts, key=lambda m: -len(m[0]))
    Handler.extra_headers = [tuple(part.strip() for part in h.split(":", 1)) for h in args.header]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
