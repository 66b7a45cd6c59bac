"""The assessor on any OpenAI-compatible chat-completions server.

One call per entry covers all 17 skills. The entry goes as its document's numbered spans with
roles, the student's own marked; each item names the span its quote came from, and the
validator holds it to that span. Names are pseudonymised before the request and quotes
mapped back to the student's exact words after it. The official client retries
429, 5xx and timeouts with exponential backoff and honours Retry-After; what still fails
becomes an AssessorError the queue retries later or records as the entry's failure.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from pydantic import BaseModel, ConfigDict, ValidationError

from domain.assessors.base import (
    AssessmentRequest,
    AssessorError,
    AssessorOutput,
    CitedSpan,
    DocumentSpan,
    ProposedItem,
)
from domain.assessors.document import describe, own_index
from domain.assessors.prompt import own_spans, response_schema, system_prompt, user_message
from domain.curriculum import Level, Skill
from domain.pseudonyms import Hidden, Pseudonyms
from domain.segments import own_lines
from domain.validation import find_span


class AnswerItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    skill: Skill
    evidence_quote: str
    # A server that ignores the schema may leave it out: the quote then stands or falls
    # by the student's own spans as a whole.
    span_id: int | None = None
    justification: str
    level: Level


class Answer(BaseModel):
    assessments: list[dict[str, Any]]


class OpenAIAssessor:
    def __init__(self, client: openai.OpenAI, model: str, *, logprobs: bool = True) -> None:
        self._client = client
        self._model = model
        self._logprobs = logprobs

    @property
    def model(self) -> str:
        return self._model

    def assess(self, request: AssessmentRequest) -> AssessorOutput:
        pseudonyms = Pseudonyms(request.names)
        own = pseudonyms.hide(request.own_text)
        context = pseudonyms.hide(request.context)
        segmented = _shown_document(request.document, pseudonyms, own)
        # What the model cites against: the document's spans, or else the own text's lines
        # (numbered by the prompt the same way).
        document = segmented or own_spans(own.text)
        examples = [
            replace(
                example,
                evidence_quote=pseudonyms.hide(example.evidence_quote).text,
                justification=pseudonyms.hide(example.justification).text,
                teacher_notes=(
                    pseudonyms.hide(example.teacher_notes).text if example.teacher_notes else None
                ),
            )
            for example in request.examples
        ]
        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": system_prompt()},
            {
                "role": "user",
                "content": user_message(
                    entry_type=request.entry_type,
                    own_text=own.text,
                    context=context.text,
                    examples=examples,
                    document=segmented,
                ),
            },
        ]
        completion = self._complete(messages)
        choice = completion.choices[0]
        if choice.finish_reason == "length":
            raise AssessorError("the model's answer was cut off (too long)")
        refusal = getattr(choice.message, "refusal", None)
        if refusal:
            raise AssessorError("the model declined to assess this entry", retryable=False)
        content = choice.message.content or ""
        items, dropped = _parse(content)
        probabilities = _level_probabilities(choice, content)
        proposed: list[ProposedItem] = []
        for index, item in items:
            cited = _cited(item.span_id, document)
            proposed.append(
                ProposedItem(
                    skill=item.skill.value,
                    level=item.level.value,
                    evidence_quote=_original_quote(item.evidence_quote, own, cited),
                    justification=pseudonyms.reveal(item.justification),
                    level_probability=probabilities.get(index),
                    cited_span=cited,
                )
            )
        return AssessorOutput(
            items=proposed, model=completion.model or self._model, dropped=dropped
        )

    def _complete(self, messages: list[ChatCompletionMessageParam]) -> ChatCompletion:
        try:
            return self._client.chat.completions.create(
                model=self._model,
                messages=messages,
                response_format={"type": "json_schema", "json_schema": response_schema()},
                temperature=0,
                logprobs=self._logprobs,
            )
        except openai.APITimeoutError as error:
            raise AssessorError("the model server did not answer in time") from error
        except openai.APIConnectionError as error:
            raise AssessorError("the model server could not be reached") from error
        except openai.RateLimitError as error:
            raise AssessorError("the model server is rate limiting us (429)") from error
        except openai.InternalServerError as error:
            raise AssessorError(f"the model server failed ({error.status_code})") from error
        except openai.APIStatusError as error:
            # 4xx other than 429: the request itself is wrong; repeating it cannot help.
            raise AssessorError(
                f"the model server refused the request ({error.status_code})", retryable=False
            ) from error


def _shown_document(
    document: Sequence[DocumentSpan], pseudonyms: Pseudonyms, own: Hidden
) -> tuple[DocumentSpan, ...]:
    """The spans as the model sees them, names hidden; empty when the entry has none that
    match its own text. The student's own spans are the lines of the hidden own text, so a
    quote from one maps back to their exact words."""
    hidden_own = own_spans(own.text)
    if not document or sum(span.own for span in document) != len(hidden_own):
        return ()
    shown: list[DocumentSpan] = []
    mine = iter(hidden_own)
    for span in document:
        text = next(mine).text if span.own else pseudonyms.hide(span.text).text
        shown.append(replace(span, text=text))
    return tuple(shown)


def _cited(span_id: int | None, document: Sequence[DocumentSpan]) -> CitedSpan | None:
    if span_id is None:
        return None
    span = next((s for s in document if s.number == span_id), None)
    return CitedSpan(
        number=span_id,
        own_index=own_index(document, span) if span is not None else None,
        what=describe(span),
    )


def _parse(content: str) -> tuple[list[tuple[int, AnswerItem]], list[str]]:
    """The readable items, each with its place in the answer's list."""
    try:
        answer = Answer.model_validate(json.loads(content))
    except json.JSONDecodeError as error:
        raise AssessorError("the model's answer was not valid JSON") from error
    except ValidationError as error:
        raise AssessorError("the model's answer did not match the schema") from error
    items: list[tuple[int, AnswerItem]] = []
    dropped: list[str] = []
    for index, raw in enumerate(answer.assessments):
        try:
            items.append((index, AnswerItem.model_validate(raw)))
        except ValidationError as error:
            fields = ", ".join(sorted({str(e["loc"][0]) for e in error.errors() if e["loc"]}))
            skill = str(raw.get("skill", "?"))[:60] if isinstance(raw, dict) else "?"
            dropped.append(f"{skill}: invalid {fields or 'item'} in the model's answer")
    return items, dropped


def _original_quote(quote: str, own: Hidden, cited: CitedSpan | None) -> str:
    """The student's exact words for a quote given from the pseudonymised text, looked for
    first in the span the model cited when that is one of theirs."""
    regions = [(0, len(own.text))]
    lines = own_lines(own.text)
    if cited is not None and cited.own_index is not None and cited.own_index < len(lines):
        regions.insert(0, lines[cited.own_index])
    for start, end in regions:
        span = find_span(quote, own.text[start:end])
        if span is not None:
            begin, finish = own.original_span(start + span[0], start + span[1])
            return own.original[begin:finish]
    return quote  # not there: validation drops it as not the student's words


# A JSON string, or one structural character, or a bare literal (number, true, null).
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')
_ITEM_DEPTH = ["{", "[", "{"]  # the answer object, its list, one item


def _level_starts(content: str) -> dict[int, int]:
    """Where each item's level value begins in the answer, by the item's place in the list.

    Read from the JSON's structure, not by position, so an item that lacks a level or
    failed to parse shifts no other item's probability, wherever the schema puts the level.
    """
    tokens = [(match.group(), match.start()) for match in _JSON_TOKEN.finditer(content)]
    stack: list[str] = []
    item = -1
    starts: dict[int, int] = {}
    for position, (token, _) in enumerate(tokens):
        if token in ("{", "["):
            stack.append(token)
            if stack == _ITEM_DEPTH:
                item += 1
        elif token in ("}", "]"):
            if stack:
                stack.pop()
        elif (
            token == '"level"'
            and stack == _ITEM_DEPTH
            and position + 2 < len(tokens)
            and tokens[position + 1][0] == ":"
            and tokens[position + 2][0].startswith('"')
        ):
            starts.setdefault(item, tokens[position + 2][1] + 1)
    return starts


def _level_probabilities(choice: Any, content: str) -> dict[int, float]:
    """P(chosen level) per item (by its place in the answer's list), from the
    log-probability of the level value's first token.

    The four level names begin with different tokens, so the first token's probability
    is the model's probability for that level at that point of its answer: after the
    quote and the justification, since the schema puts the level last.
    """
    tokens = getattr(getattr(choice, "logprobs", None), "content", None)
    if not tokens:
        return {}
    starts: list[int] = []
    offset = 0
    for token in tokens:
        starts.append(offset)
        offset += len(token.token)
    if offset != len(content):
        return {}  # tokens do not spell the content: do not guess
    probabilities: dict[int, float] = {}
    for item, value_start in _level_starts(content).items():
        index = bisect.bisect_right(starts, value_start) - 1
        probabilities[item] = math.exp(tokens[index].logprob)
    return probabilities
