"""Escaping for Slack's mrkdwn: the one helper for every string from data (a student's or
teacher's name, a file name, a document's words, an error that quotes them) that reaches
Slack, in blocks and in a message's notification `text` alike.

`&`, `<` and `>` are Slack's control characters: unescaped, a name such as `<!channel>`
would notify a whole channel, `<@U123>` someone else, and `<https://evil|click>` would be
a link. plain_text objects are not parsed for any of these and are left as they are.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """`text` with Slack's three control characters as entities, shown as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
