"""Escaping for Slack's mrkdwn: the one helper for every string from data (a student's or
teacher's name, a file name, a document's words, an error that quotes them) that reaches
Slack, in blocks and in a message's notification `text` alike.

`&`, `<` and `>` are Slack's control characters: unescaped, a name such as `<!channel>`
would notify a whole channel, `<@U123>` someone else, and `<https://evil|click>` would be
a link. plain_text objects are not parsed for any of these and are left as they are.
"""

from __future__ import annotations

import re


def escape(text: str) -> str:
    """`text` with Slack's three control characters as entities, shown as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_EMOJI = re.compile(r":[a-z0-9_+'-]+:")
_LINK = re.compile(r"<([^<>|]*)\|([^<>]*)>|<([^<>|]*)>")
# A marker only where Slack reads one: around text, not inside a word (snake_case stays).
_MARKUP = re.compile(r"(?<![\w*_~`])([*_~`])(?=\S)(.+?)(?<=\S)\1(?![\w*_~`])")


def plain_words(text: str) -> str:
    """A message's notification `text` as words a screen reader can read aloud: no
    `:emoji:` codes, no `*bold*`, `_italic_`, `~strike~` or `code` marks, a link as its
    label. Escapes made by `escape` are kept: the text still reaches Slack."""
    text = _LINK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(3), text)
    text = _EMOJI.sub("", text)
    previous = None
    while previous != text:  # nested marks: *_both_*
        previous, text = text, _MARKUP.sub(r"\2", text)
    text = re.sub(r"^\s*>\s?", "", text, flags=re.MULTILINE)  # quote marks
    return " ".join(text.split())
