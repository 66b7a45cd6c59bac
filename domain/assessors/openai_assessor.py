"""The assessor on any OpenAI-compatible chat-completions server.

One call per entry covers all 17 skills. Names are pseudonymised before the request and
quotes mapped back to the student's exact words after it. The official client retries
429, 5xx and timeouts with exponential backoff and honours Retry-After; what still fails
becomes an AssessorError the queue retries later or records as the entry's failure.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from typing import Any

import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from pydantic import BaseModel, ConfigDict, ValidationError

from domain.assessors.base import AssessmentRequest, AssessorError, AssessorOutput, ProposedItem
from domain.assessors.prompt import response_schema, system_prompt, user_message
from domain.curriculum import Level, Skill
from domain.pseudonyms import Hidden, Pseudonyms
from domain.validation import find_span


class AnswerItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    skill: Skill
    level: Level
    evidence_quote: str
    justification: str


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
        proposed = [
            ProposedItem(
                skill=item.skill.value,
                level=item.level.value,
                evidence_quote=_original_quote(item.evidence_quote, own),
                justification=pseudonyms.reveal(item.justification),
                level_probability=probabilities[index] if index < len(probabilities) else None,
            )
            for index, item in enumerate(items)
        ]
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


def _parse(content: str) -> tuple[list[AnswerItem], list[str]]:
    try:
        answer = Answer.model_validate(json.loads(content))
    except json.JSONDecodeError as error:
        raise AssessorError("the model's answer was not valid JSON") from error
    except ValidationError as error:
        raise AssessorError("the model's answer did not match the schema") from error
    items: list[AnswerItem] = []
    dropped: list[str] = []
    for raw in answer.assessments:
        try:
            items.append(AnswerItem.model_validate(raw))
        except ValidationError as error:
            fields = ", ".join(sorted({str(e["loc"][0]) for e in error.errors() if e["loc"]}))
            skill = str(raw.get("skill", "?"))[:60] if isinstance(raw, dict) else "?"
            dropped.append(f"{skill}: invalid {fields or 'item'} in the model's answer")
    return items, dropped


def _original_quote(quote: str, own: Hidden) -> str:
    """The student's exact words for a quote given from the pseudonymised text."""
    span = find_span(quote, own.text)
    if span is None:
        return quote  # not there: validation drops it as not the student's words
    start, end = own.original_span(*span)
    return own.original[start:end]


def _level_probabilities(choice: Any, content: str) -> list[float]:
    """P(chosen level) per item, from the log-probability of each level's first token.

    The four level names begin with different tokens, so the first token's probability
    is the model's probability for that level at that point of its answer.
    """
    tokens = getattr(getattr(choice, "logprobs", None), "content", None)
    if not tokens:
        return []
    starts: list[int] = []
    offset = 0
    for token in tokens:
        starts.append(offset)
        offset += len(token.token)
    if offset != len(content):
        return []  # tokens do not spell the content: do not guess
    probabilities: list[float] = []
    position = 0
    while (found := content.find('"level"', position)) >= 0:
        value_start = content.find('"', content.find(":", found) + 1) + 1
        index = max(i for i, start in enumerate(starts) if start <= value_start)
        probabilities.append(math.exp(tokens[index].logprob))
        position = value_start
    return probabilities
