#!/usr/bin/env python3
"""fake_provider.py: a real HTTP server on 127.0.0.1 that plays an LLM
provider for the tests: OpenAI chat completions (POST .../chat/completions)
and Anthropic messages (POST .../messages), whole or streamed (SSE).

    fake_provider.py SCRIPT PORTFILE LOGFILE

SCRIPT is a JSON file {"key": "expected key or null", "replies": [...]};
each request takes the next reply (the last one repeats). A reply:
    "sql": "SELECT ..."     the model answers with it in a ```sql fence
    "text": "..."           the model's whole answer, as is
    "status": 429           an error status; "message" its text
    "headers": {...}        extra headers (Retry-After)
    "raw": "..."            this body instead of a well-formed reply
    "stream": true/false    override the request's choice
    "cut": true             stop halfway (a stream without its end, a short body)
    "delay": 5              seconds to wait before answering (a hang)
    "pad": 10000000         pad the text with spaces to this many bytes
    "usage": [in, out]      token counts to report (default [120, 30])
Each request is logged to LOGFILE as one JSON line: path, model,
temperature, max_tokens, stream, auth ("ok", "wrong", "none"; never the
key), and the prompt text (system and messages). The port goes to PORTFILE
once the server listens.

POST .../embeddings (OpenAI-compatible) answers with deterministic vectors:
a hashed bag of words (lower case, a final "s" dropped, a few stop words
skipped) of "dim" numbers (default 256), normalised, where SCRIPT's
"concepts" {"word": "concept"} maps related words to one bucket so that
they come out close. The script's "embeddings" list is played like
"replies" (its own turn; the last repeats); an entry may hold "status" and
"message", "raw", "delay", or break the reply: "drop": N (N vectors fewer),
"mixed": true (one vector shorter), "nonnumeric": true. Such requests are
logged with path, model, auth, ninputs, inputs and shape ("ok" or what is
wrong with the request).
"""
import hashlib
import json
import math
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SCRIPT, PORTFILE, LOGFILE = sys.argv[1], sys.argv[2], sys.argv[3]
LOCK = threading.Lock()
STATE = {"next": 0, "next_embedding": 0}
STOP = {"the", "a", "an", "of", "which", "what", "how", "many", "most", "per", "by", "is", "are",
        "table", "view", "column", "reference", "also", "called", "did", "each", "do", "for"}


def next_reply():
    with open(SCRIPT) as f:
        script = json.load(f)
    replies = script.get("replies") or [{"sql": "SELECT 1"}]
    with LOCK:
        i = min(STATE["next"], len(replies) - 1)
        STATE["next"] += 1
    return script, replies[i]


def next_embedding(script):
    replies = script.get("embeddings") or [{}]
    with LOCK:
        i = min(STATE["next_embedding"], len(replies) - 1)
        STATE["next_embedding"] += 1
    return replies[i]


def vector(text, concepts, dim):
    v = [0.0] * dim
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if len(w) > 3 and w.endswith("s"):
            w = w[:-1]
        if w in STOP:
            continue
        w = concepts.get(w, w)
        v[int(hashlib.md5(w.encode()).hexdigest(), 16) % dim] += 1.0
    norm = math.sqrt(sum(x * x for x in v)) or 1.0
    return [round(x / norm, 6) for x in v]


def pieces(text, n=12):
    return [text[i:i + n] for i in range(0, len(text), n)] or [""]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, ctype="application/json", headers=None, length=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length if length is not None else len(data)))
        self.send_header("Connection", "close")
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def do_POST(self):
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n)
        anthropic = self.path.endswith("/messages")
        try:
            req = json.loads(raw)
        except ValueError:
            self.send(400, json.dumps({"error": {"message": "request is not JSON"}}))
            return
        if self.path.endswith("/embeddings"):
            self.embeddings(req)
            return
        script, reply = next_reply()
        key = script.get("key")
        if anthropic:
            got = self.headers.get("x-api-key")
        else:
            a = self.headers.get("Authorization") or ""
            got = a[7:] if a.startswith("Bearer ") else None
        auth = "none" if got is None else ("ok" if got == key else "wrong")
        prompt = req.get("system", "") if anthropic else ""
        for m in req.get("messages", []):
            prompt += "\n[" + str(m.get("role")) + "] " + str(m.get("content"))
        entry = {"path": self.path, "model": req.get("model"),
                 "temperature": req.get("temperature"), "max_tokens": req.get("max_tokens"),
                 "stream": bool(req.get("stream")), "auth": auth,
                 "anthropic_version": self.headers.get("anthropic-version"),
                 "nmessages": len(req.get("messages", [])), "prompt": prompt}
        with LOCK:
            with open(LOGFILE, "a") as f:
                f.write(json.dumps(entry) + "\n")
        if key and auth != "ok":
            self.send(401, json.dumps({"error": {"message": "Incorrect API key provided: %s" % (got or "")}}))
            return
        if reply.get("delay"):
            time.sleep(reply["delay"])
        status = reply.get("status", 200)
        if status != 200:
            body = {"error": {"message": reply.get("message", "server error")}}
            if anthropic:
                body["type"] = "error"
            self.send(status, json.dumps(body), headers=reply.get("headers"))
            return
        if "raw" in reply:
            self.send(200, reply["raw"], headers=reply.get("headers"))
            return
        text = reply.get("text")
        if text is None:
            text = "Here is the query:\n```sql\n%s\n```" % reply.get("sql", "SELECT 1")
        if reply.get("pad"):
            text = text + " " * max(0, reply["pad"] - len(text))
        tin, tout = reply.get("usage", [120, 30])
        stream = reply.get("stream", bool(req.get("stream")))
        if stream:
            self.stream(anthropic, text, tin, tout, reply.get("cut"))
        else:
            if anthropic:
                body = {"type": "message", "role": "assistant", "model": req.get("model"),
                        "content": [{"type": "text", "text": text}],
                        "usage": {"input_tokens": tin, "output_tokens": tout}}
            else:
                body = {"id": "fake", "object": "chat.completion", "model": req.get("model"),
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                     "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": tin, "completion_tokens": tout}}
            data = json.dumps(body).encode()
            if reply.get("cut"):
                self.send(200, data[:len(data) // 2], length=len(data))
            else:
                self.send(200, data)

    def embeddings(self, req):
        with open(SCRIPT) as f:
            script = json.load(f)
        reply = next_embedding(script)
        key = script.get("key")
        a = self.headers.get("Authorization") or ""
        got = a[7:] if a.startswith("Bearer ") else None
        auth = "none" if got is None else ("ok" if got == key else "wrong")
        inputs = req.get("input")
        shape = "ok"
        if not isinstance(req.get("model"), str) or not req.get("model"):
            shape = "no model"
        elif not isinstance(inputs, list) or not inputs:
            shape = "input is not a non-empty list"
        elif not all(isinstance(x, str) and x for x in inputs):
            shape = "an input is not a non-empty string"
        entry = {"path": self.path, "model": req.get("model"), "auth": auth, "shape": shape,
                 "ninputs": len(inputs) if isinstance(inputs, list) else 0, "inputs": inputs}
        with LOCK:
            with open(LOGFILE, "a") as f:
                f.write(json.dumps(entry) + "\n")
        if key and auth != "ok":
            self.send(401, json.dumps({"error": {"message": "Incorrect API key provided: %s" % (got or "")}}))
            return
        if shape != "ok":
            self.send(400, json.dumps({"error": {"message": shape}}))
            return
        if reply.get("delay"):
            time.sleep(reply["delay"])
        status = reply.get("status", 200)
        if status != 200:
            self.send(status, json.dumps({"error": {"message": reply.get("message", "server error")}}))
            return
        if "raw" in reply:
            self.send(200, reply["raw"])
            return
        dim = script.get("dim", 256)
        vecs = [vector(t, script.get("concepts", {}), dim) for t in inputs]
        if reply.get("drop"):
            vecs = vecs[:max(0, len(vecs) - reply["drop"])]
        if reply.get("mixed") and vecs:
            vecs[-1] = vecs[-1][:-1]
        data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vecs)]
        if reply.get("nonnumeric") and data:
            data[0]["embedding"][0] = "0.5"
        body = {"object": "list", "model": req.get("model"), "data": data,
                "usage": {"prompt_tokens": sum(len(t.split()) for t in inputs), "total_tokens": 0}}
        self.send(200, json.dumps(body))

    def stream(self, anthropic, text, tin, tout, cut):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        parts = pieces(text)
        if cut:
            parts = parts[:max(1, len(parts) // 2)]
        out = []
        if anthropic:
            out.append(("message_start", {"type": "message_start", "message": {
                "usage": {"input_tokens": tin, "output_tokens": 1}}}))
            out.append(("content_block_start", {"type": "content_block_start", "index": 0,
                                                "content_block": {"type": "text", "text": ""}}))
            for p in parts:
                out.append(("content_block_delta", {"type": "content_block_delta", "index": 0,
                                                    "delta": {"type": "text_delta", "text": p}}))
            if not cut:
                out.append(("content_block_stop", {"type": "content_block_stop", "index": 0}))
                out.append(("message_delta", {"type": "message_delta",
                                              "delta": {"stop_reason": "end_turn"},
                                              "usage": {"output_tokens": tout}}))
                out.append(("message_stop", {"type": "message_stop"}))
        else:
            for p in parts:
                out.append((None, {"choices": [{"index": 0, "delta": {"content": p},
                                                "finish_reason": None}]}))
            if not cut:
                out.append((None, {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
                out.append((None, {"choices": [], "usage": {"prompt_tokens": tin,
                                                            "completion_tokens": tout}}))
                out.append((None, "[DONE]"))
        try:
            for ev, data in out:
                chunk = ""
                if ev:
                    chunk += "event: %s\n" % ev
                chunk += "data: %s\r\n\r\n" % (data if isinstance(data, str) else json.dumps(data))
                self.wfile.write(chunk.encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # databot hanging up (a timeout, Ctrl-C, a reply too large) is expected
        if not isinstance(sys.exc_info()[1], (ConnectionError, BrokenPipeError)):
            super().handle_error(request, client_address)


def main():
    srv = Server(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    with open(PORTFILE + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    import os
    os.rename(PORTFILE + ".tmp", PORTFILE)
    srv.serve_forever()


if __name__ == "__main__":
    main()
