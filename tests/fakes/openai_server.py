"""A local server that speaks OpenAI's chat-completions protocol, for the real client.

It records every request and answers from a script (status, body, headers, delay), or
from a default responder; GET /models lists `models`. Nothing in the app is mocked: the
`openai` client makes real HTTP requests to it.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    json: Any = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    json: Any

    @property
    def user_message(self) -> str:
        return next(m["content"] for m in self.json["messages"] if m["role"] == "user")

    @property
    def system_message(self) -> str:
        return next(m["content"] for m in self.json["messages"] if m["role"] == "system")


def completion(
    answer: Any, *, model: str = "gpt-4o-2024-fake", logprobs: bool = False
) -> dict[str, Any]:
    """A chat.completion object whose message content is `answer` (JSON-encoded unless str)."""
    content = answer if isinstance(answer, str) else json.dumps(answer)
    choice: dict[str, Any] = {
        "index": 0,
        "finish_reason": "stop",
        "message": {"role": "assistant", "content": content, "refusal": None},
        "logprobs": None,
    }
    if logprobs:
        # One token per character with a fixed log-probability, except level values,
        # whose first character carries a distinct one: enough for the client to parse.
        tokens = []
        for index, char in enumerate(content):
            logprob = -0.01
            for level, value in LEVEL_LOGPROBS.items():
                if content.startswith(level, index) and content[index - 1] == '"':
                    logprob = value
            tokens.append({"token": char, "logprob": logprob, "bytes": None, "top_logprobs": []})
        choice["logprobs"] = {"content": tokens, "refusal": None}
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


LEVEL_LOGPROBS = {"Emerging": -1.2, "Developing": -0.7, "Proficient": -0.105, "Advanced": -0.36}
DOCUMENT = re.compile(r"<document>\n(.*?)\n</document>", re.DOTALL)
SPAN_LINE = re.compile(
    r"^<(?P<tag>student_own|span) (?P<attributes>[^>]*)>(?P<text>.*)</(?P=tag)>$"
)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class SentSpan:
    """One span line of the document as the request carried it."""

    id: int
    own: bool
    attributes: dict[str, str]
    text: str


def sent_spans(recorded: Recorded) -> list[SentSpan]:
    """The request's document, span by span; every line of it must be one span."""
    match = DOCUMENT.search(recorded.user_message)
    assert match, "the request carries no <document> block"
    spans = []
    for line in match.group(1).split("\n"):
        parsed = SPAN_LINE.match(line)
        assert parsed, f"a document line that is not one span: {line[:80]!r}"
        attributes = dict(ATTRIBUTE.findall(parsed.group("attributes")))
        spans.append(
            SentSpan(
                id=int(attributes["id"]),
                own=parsed.group("tag") == "student_own",
                attributes=attributes,
                text=parsed.group("text"),
            )
        )
    return spans


def student_words(recorded: Recorded) -> str:
    """The student's own spans as the request carried them, one a line."""
    own = [span.text for span in sent_spans(recorded) if span.own]
    assert own, "the request marks none of the student's own spans"
    return "\n".join(own)


def first_sentence_answer(recorded: Recorded) -> dict[str, Any]:
    """A valid answer, in the schema's order: Communication at Proficient, quoting the
    first sentence of the student's first own span."""
    first = next(span for span in sent_spans(recorded) if span.own)
    sentence = re.split(r"(?<=[.!?])\s", first.text.strip())[0]
    return {
        "assessments": [
            {
                "skill": "Communication",
                "evidence_quote": sentence,
                "span_id": first.id,
                "justification": "States a clear idea in their own words.",
                "level": "Proficient",
            }
        ]
    }


class FakeOpenAI:
    def __init__(self, models: tuple[str, ...] = ("gpt-4o",)) -> None:
        # What GET /models lists; None answers it 404, as servers that do not list do.
        self.models: tuple[str, ...] | None = models
        self.requests: list[Recorded] = []
        self.script: deque[Reply] = deque()
        self.responder: Callable[[Recorded], Reply] = lambda recorded: Reply(
            json=completion(first_sentence_answer(recorded))
        )
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        # What server_address holds once bound, typed as the socket's (str, int).
        host, port = self._server.socket.getsockname()[:2]
        return f"http://{host}:{port}/v1"

    def push(self, *replies: Reply) -> None:
        self.script.extend(replies)

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            scripted = self.script.popleft() if self.script else None
        return scripted or self.responder(recorded)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if not self.path.endswith("/models") or fake.models is None:
                    self._send(Reply(status=404, json={"error": {"message": "not found"}}))
                    return
                listed = [
                    {"id": model, "object": "model", "created": 0, "owned_by": "school"}
                    for model in fake.models
                ]
                self._send(Reply(json={"object": "list", "data": listed}))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length)
                headers = {name.lower(): value for name, value in self.headers.items()}
                recorded = Recorded(self.path, headers, json.loads(raw or b"null"))
                if not self.path.endswith("/chat/completions"):
                    self._send(Reply(status=404, json={"error": {"message": "not found"}}))
                    return
                self._send(fake._next(recorded))

            def _send(self, reply: Reply) -> None:
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.body if reply.body is not None else json.dumps(reply.json).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing to answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def error_reply(status: int, message: str = "error", **headers: str) -> Reply:
    return Reply(
        status=status, json={"error": {"message": message, "type": "server_error"}}, headers=headers
    )
