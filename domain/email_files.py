"""A saved email (.eml, RFC 5322, from Gmail's "Download message" or Outlook's "Save as") read
into the form a pasted email already has: its From, To, Date and Subject lines, a blank line,
then the message's own text, with the message it replies to quoted below it as the mail client
put it there.

The text/plain alternative is preferred (it is what the sender's client wrote as text, quotes
marked with ">"); an HTML-only message is turned into text, a quoted reply's <blockquote> into
">" lines as a client writes them in text. Attachments are never read: a photo or a PDF sent
with the email is not the email's text. A message forwarded as an attachment (message/rfc822,
Outlook's "Forward as attachment") is the email's content, and is read below the forwarder's
note the way a client writes an inline forward.

The file is already within the upload's byte limit, and base64 or quoted-printable only ever
shrink; what is bounded here is the number of parts and how deep they nest, so a crafted
message cannot make the walk over it slow or deep.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser

from domain.errors import IngestError

# A parent's email is one to a few parts (text, HTML, a signature's logo, a photo); a long
# thread with attachments a few dozen. Thousands are a message made to be slow to walk.
MAX_EMAIL_PARTS = 200
# message/rfc822 inside message/rfc822: a forward of a forward is two or three deep.
MAX_FORWARD_DEPTH = 3

HEADER_LINES = ("From", "To", "Cc", "Date", "Subject")
FORWARD_LINE = "---------- Forwarded message ---------"

# Labels of charsets that, as browsers and mail clients read them, mean Windows-1252 (the
# WHATWG Encoding Standard): mail declared Latin-1 or ASCII is in practice Windows-1252, with
# its curly quotes and dashes in the bytes Latin-1 leaves to control codes.
_CP1252_LABELS = frozenset(
    {"us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp819"}
)

Decoder = Callable[[bytes], str]


def email_text(file_name: str, data: bytes, decode: Decoder) -> str:
    """The email's header lines and text; `decode` reads bytes whose declared charset is
    missing or wrong (the same detection a .txt file gets)."""
    # The parser builds every part before they can be counted, and a few bytes make a part:
    # counted first from the lines that open one, so a crafted file is refused unparsed.
    if len(re.findall(rb"(?m)^--(?! ?\r?$)", data)) > MAX_EMAIL_PARTS * 2:
        raise _too_many_parts(file_name)
    message = BytesParser(policy=policy.default).parsebytes(data)
    _check_parts(file_name, message)
    text = _message_text(message, decode, depth=0)
    if not _body_of(text).strip():
        raise IngestError(
            f"{file_name} is an email with no message text (only attachments?); "
            "send the attachment itself, or paste the text in a .txt file."
        )
    return text


def _check_parts(file_name: str, message: Message) -> None:
    for count, _part in enumerate(message.walk(), start=1):
        if count > MAX_EMAIL_PARTS:
            raise _too_many_parts(file_name)


def _too_many_parts(file_name: str) -> IngestError:
    return IngestError(
        f"{file_name} has more than {MAX_EMAIL_PARTS} parts; "
        "that is not an email a person wrote. Paste its text in a .txt file."
    )


def _body_of(text: str) -> str:
    return text.split("\n\n", 1)[1] if "\n\n" in text else text


def _message_text(message: Message, decode: Decoder, depth: int) -> str:
    lines = [
        f"{name}: {value}" for name in HEADER_LINES if (value := _header(message, name, decode))
    ]
    sections = [_body(message, decode)]
    if depth < MAX_FORWARD_DEPTH:
        for forwarded in _forwarded(message):
            sections.append(FORWARD_LINE + "\n" + _message_text(forwarded, decode, depth + 1))
    body = "\n\n".join(section.strip("\n") for section in sections if section.strip())
    return "\n".join(lines) + "\n\n" + body + "\n"


def _header(message: Message, name: str, decode: Decoder) -> str:
    raw = message.get(name)
    if raw is None:
        return ""
    addresses = getattr(raw, "addresses", None)
    if addresses:
        # As a mail client shows them: `Okafor, Darnell <d@school.example>`, not the quoted
        # form the wire needs.
        value = ", ".join(
            f"{address.display_name} <{address.addr_spec}>"
            if address.display_name
            else address.addr_spec
            for address in addresses
        )
    else:
        value = str(raw)
    # Raw 8-bit bytes in a header (a client that did not encode it) come through the parser
    # as surrogates: read them as the body's bytes would be.
    if any("\udc80" <= char <= "\udcff" for char in value):
        value = decode(value.encode("utf-8", "surrogateescape"))
    return " ".join(value.split())


def _body(message: Message, decode: Decoder) -> str:
    if not isinstance(message, EmailMessage):
        return ""
    plain = message.get_body(preferencelist=("plain",))
    text = _part_text(plain, decode) if plain is not None else ""
    if text.strip():
        return text
    html = message.get_body(preferencelist=("html",))
    return html_to_text(_part_text(html, decode)) if html is not None else ""


def _forwarded(message: Message) -> list[Message]:
    """Messages attached whole (a forward as attachment), at the top level of this one."""
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        return []
    found: list[Message] = []
    for part in message.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                found.append(inner[0])
    return found


def _part_text(part: Message, decode: Decoder) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = (part.get_content_charset() or "").strip().lower()
    if charset in _CP1252_LABELS:
        charset = "cp1252"
    text = ""
    if charset:
        try:
            text = payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = ""
    if not text:
        # No charset, one Python does not know, or bytes that are not in it.
        text = decode(payload)
    if part.get_content_type() == "text/plain" and _param(part, "format") == "flowed":
        return unflowed(text, delsp=_param(part, "delsp") == "yes")
    return text


def _param(part: Message, name: str) -> str:
    value = part.get_param(name)
    return value.lower() if isinstance(value, str) else ""


def unflowed(text: str, *, delsp: bool = False) -> str:
    """Text sent format=flowed (RFC 3676; Apple Mail, Thunderbird) as it was typed: a line
    ending in a space continues on the next line of the same quote depth; a leading space
    added to protect a line ("stuffing") is removed; the "-- " signature line stays."""
    out: list[str] = []
    carry: tuple[int, str] | None = None
    for raw in text.replace("\r\n", "\n").split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        line = raw[depth:]
        if line.startswith(" "):
            line = line[1:]
        if carry is not None and carry[0] != depth:
            out.append(_quoted(*carry))
            carry = None
        joined = (carry[1] if carry else "") + line
        if line.endswith(" ") and line != "-- ":
            carry = (depth, joined[:-1] if delsp else joined)
        else:
            out.append(_quoted(depth, joined))
            carry = None
    if carry is not None:
        out.append(_quoted(*carry))
    return "\n".join(out)


def _quoted(depth: int, line: str) -> str:
    return ("> " * depth + line).rstrip() if depth else line


_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "div", "dl", "dt", "dd", "fieldset", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "tr", "ul",
    }
)  # fmt: skip
_SKIPPED_TAGS = frozenset({"head", "script", "style", "title", "template"})


# The rule Outlook writes in text above the message a reply quotes ("From: ... Sent: ...").
OUTLOOK_RULE = "_" * 32


def _outlook_reply_rule(attrs: dict[str, str | None]) -> bool:
    """Outlook's HTML draws that rule as a top border on the quoted message's header (or
    marks the header's block by its id), where its text form writes the line of underscores."""
    style = (attrs.get("style") or "").lower().replace(" ", "")
    return attrs.get("id") == "divRplyFwdMsg" or "border-top:solid" in style


class _HtmlText(HTMLParser):
    """An HTML email's visible text: blocks and <br> as line breaks, table cells apart, a
    <blockquote> as ">" lines, <hr> as the rule Outlook draws above a quoted message."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.quote_depth = 0
        self.skipping = 0
        self.in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag == "br":
            self._break(force=True)
        elif tag == "hr":
            self._break()
            self._emit(OUTLOOK_RULE)
        elif tag == "blockquote":
            self._break()
            self.quote_depth += 1
        elif tag in ("td", "th"):
            if self.current and "".join(self.current).strip():
                self.current.append(" | ")
        elif tag == "div" and _outlook_reply_rule(dict(attrs)):
            self._break()
            self._emit(OUTLOOK_RULE)
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "p" and self.lines and self.lines[-1].strip("> ") not in ("", OUTLOOK_RULE):
                self._emit("")
            if tag == "pre":
                self.in_pre += 1
            if tag == "li":
                self.current.append("- ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "blockquote":
            self._break()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "pre":
                self.in_pre = max(0, self.in_pre - 1)
            if tag == "p":
                # A paragraph stands apart from the next, as its margin shows it.
                self._emit("")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.in_pre:
            pieces = data.split("\n")
            for number, piece in enumerate(pieces):
                if number:
                    self._break(force=True)
                self.current.append(piece)
            return
        self.current.append(re.sub(r"\s+", " ", data))

    def _break(self, *, force: bool = False) -> None:
        line = "".join(self.current).replace("\xa0", " ").strip()
        self.current = []
        if line or force:
            self._emit(line)

    def _emit(self, line: str) -> None:
        prefix = "> " * self.quote_depth
        self.lines.append((prefix + line).rstrip() if line else prefix.rstrip())

    def text(self) -> str:
        self._break()
        # Paragraphs one blank line apart, however many empty blocks an editor left.
        out: list[str] = []
        for line in self.lines:
            if not line.strip("> ") and out and not out[-1].strip("> "):
                continue
            out.append(line)
        return "\n".join(out).strip("\n")


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser.text()
