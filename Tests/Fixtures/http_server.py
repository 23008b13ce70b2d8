#!/usr/bin/env python3
"""Local HTTP server for the URL-fetcher tests (127.0.0.1 only).

Prints "PORT <n>" on its first stdout line, then serves until --lifetime seconds pass
or its stdin closes (the test process ended), whichever comes first.

Routes:
  /pages/<file>         a file below --root; text/html or text/plain by extension;
                        ETag + Last-Modified; answers 304 to a matching
                        If-None-Match / If-Modified-Since
  /slow?s=N             waits N seconds (at most 30) before answering
  /huge?mb=N            streams N MB (default 11) of text/html without Content-Length
  /biglength            declares a Content-Length of 50 MB
  /loop/a, /loop/b      redirect to each other forever
  /chain/N              N redirects, then /pages/plain.txt
  /status/N             an empty page with HTTP status N
  /image, /pdf, /binary a PNG / PDF / octet-stream body
  /latin1               text/html; charset=iso-8859-1 with Latin-1 bytes
  /headers              echoes the request's User-Agent as text/plain
"""
import argparse
import hashlib
import os
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    root = "."

    def log_message(self, fmt, *args):  # keep test output quiet
        pass

    def send_body(self, status, ctype, body, extra=None):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        url = urlparse(self.path)
        query = parse_qs(url.query)
        path = url.path
        try:
            if path.startswith("/pages/"):
                return self.page(path[len("/pages/"):])
            if path == "/slow":
                time.sleep(min(float(query.get("s", ["5"])[0]), 30))
                return self.send_body(200, "text/plain; charset=utf-8", b"finally\n")
            if path == "/huge":
                return self.huge(int(query.get("mb", ["11"])[0]))
            if path == "/biglength":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"<p>" + b"x" * 65536)
                return
            if path == "/loop/a":
                return self.redirect("/loop/b")
            if path == "/loop/b":
                return self.redirect("/loop/a")
            if path.startswith("/chain/"):
                left = int(path[len("/chain/"):])
                return self.redirect("/pages/plain.txt" if left <= 0 else "/chain/%d" % (left - 1))
            if path.startswith("/status/"):
                code = int(path[len("/status/"):])
                return self.send_body(code, "text/plain", b"status page\n")
            if path == "/image":
                return self.send_body(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
            if path == "/pdf":
                return self.send_body(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
            if path == "/binary":
                return self.send_body(200, "application/octet-stream", b"\x00\x01\x02\x03")
            if path == "/latin1":
                body = "<html><body><p>Caf\u00e9 study, n = 12</p></body></html>".encode("latin-1")
                return self.send_body(200, "text/html; charset=iso-8859-1", body)
            if path == "/headers":
                agent = self.headers.get("User-Agent", "")
                return self.send_body(200, "text/plain; charset=utf-8", agent.encode("utf-8"))
            return self.send_body(404, "text/plain", b"no such route\n")
        except (BrokenPipeError, ConnectionResetError):
            return None

    def page(self, name):
        file = os.path.realpath(os.path.join(self.root, name))
        if not file.startswith(os.path.realpath(self.root) + os.sep) or not os.path.isfile(file):
            return self.send_body(404, "text/plain", b"not found\n")
        with open(file, "rb") as handle:
            body = handle.read()
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
        if self.headers.get("If-None-Match") == etag or (
                self.headers.get("If-None-Match") is None
                and self.headers.get("If-Modified-Since") == LAST_MODIFIED):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        ctype = "text/html; charset=utf-8" if name.endswith((".html", ".htm")) else "text/plain; charset=utf-8"
        return self.send_body(200, ctype, body, {"ETag": etag, "Last-Modified": LAST_MODIFIED})

    def huge(self, megabytes):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"filler " * 9000 + b"</p>\n"
        sent = 0
        while sent < megabytes * 1024 * 1024:
            self.wfile.write(chunk)
            sent += len(chunk)
        self.close_connection = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), "http"))
    parser.add_argument("--lifetime", type=float, default=120)
    args = parser.parse_args()
    Handler.root = args.root
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)

    def stop_when_parent_goes():
        sys.stdin.read()
        server.shutdown()

    threading.Thread(target=stop_when_parent_goes, daemon=True).start()
    timer = threading.Timer(args.lifetime, server.shutdown)
    timer.daemon = True
    timer.start()
    server.serve_forever()
    os._exit(0)  # do not wait for slow requests still sleeping


if __name__ == "__main__":
    main()
