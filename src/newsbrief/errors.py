"""Every error a user can cause, each with a code to search for.

Exception tree::

    NewsbriefError            exit 1 (an internal error: please report it)
    ├── UsageError            exit 2 (a wrong option or argument)
    ├── InputError            exit 2 (the article could not be read: empty, binary, too large, ...)
    │   └── FetchError        exit 4 (a URL could not be fetched: unreachable, refused, timed out)
    └── ModelError            exit 5 (a shipped model file is missing or damaged)

A batch that finished but had failed items exits 3; an interrupted command exits 130.
"""

from __future__ import annotations

__all__ = [
    "EXIT_BATCH_FAILURES",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "Errors",
    "FetchError",
    "InputError",
    "ModelError",
    "NewsbriefError",
    "UsageError",
]

EXIT_OK = 0
EXIT_BATCH_FAILURES = 3
EXIT_INTERRUPTED = 130


class Errors:
    """Messages, by code. Each says what was wrong and what to do."""

    E001 = "The input is empty: there is no article text to brief. Give a file, URL or text with at least one sentence."
    E002 = "The input looks binary ({detail}), not text or HTML. Give a text, HTML or feed file."
    E003 = "The input is {size:,} bytes, over the limit of {limit:,}. Raise --max-bytes or split the input."
    E004 = "The input could not be decoded as text ({detail}). Save it as UTF-8 and try again."
    E005 = "No article text could be extracted from the HTML page. Is it an article page? Try the page's text instead."
    E006 = "The file '{path}' does not exist."
    E007 = "'{path}' could not be read: {detail}."
    E008 = "The article looks like it is in '{language}', not English: newsbrief briefs English news. Pass --any-language to brief it anyway."
    E010 = "'{url}' is not an http or https URL."
    E011 = "'{url}' resolves to a private, loopback or link-local address ({address}); refused. Pass --allow-private-addresses to fetch it anyway."
    E012 = "'{url}' could not be reached: {detail}. Check the address and your connection."
    E013 = "'{url}' did not answer within {timeout} s. Try again later or raise --timeout."
    E014 = "'{url}' answered with HTTP {status}. Check the address."
    E015 = "'{url}' sent '{content_type}', which is not an article page or feed."
    E016 = "'{url}' sent more than {limit:,} bytes; refused. Raise --max-bytes to allow larger pages."
    E017 = "'{url}' redirected more than {limit} times; refused."
    E020 = "The feed '{source}' could not be parsed: {detail}."
    E021 = "Line {line} of '{path}' is not valid JSON: {detail}."
    E022 = "Line {line} of '{path}' has no 'article' or 'text' field with a string in it."
    E023 = "'{path}' is not a file, folder, feed, URL or JSON Lines file that newsbrief can read."
    E070 = "'{url}' redirects in a loop (back to '{target}'); refused. Open it in a browser to see where it leads."
    E071 = "Standard input sent more than {limit:,} bytes, over the limit. Raise --max-bytes or split the input."
    E072 = "Line {line} of '{path}': '{field}' must be {expected}, not {got}."
    E073 = "'{url}' is not a valid URL ({detail}). Check the address."
    E074 = "Line {line} of '{path}' is {size:,} bytes, over the limit of {limit:,}. Raise --max-bytes to read it."
    E075 = "Entry {entry} of the feed '{source}' has too little text and no link to fetch the article from."
    E076 = "The folder '{path}' has no files newsbrief reads ({kinds})."
    E077 = "'{path}' is a folder, and brief takes one article. Use 'newsbrief batch {path}' to brief every file in it."
    E030 = "Unknown pipeline stage '{name}'. Known stages: {known}."
    E031 = "Unknown option '{option}': no stage of the pipeline [{pipeline}] takes it."
    E032 = "Stage '{name}' needs '{needs}', which no earlier stage of the pipeline [{pipeline}] sets. Put a stage that sets it first, e.g. {providers}."
    E033 = "Option '{option}' must be {expected}; got {value!r}."
    E034 = "The settings file '{path}' could not be read: {detail}."
    E040 = "The model file '{path}' is missing or damaged ({detail}). Reinstall newsbrief, or retrain it with '{command}'."
    E050 = "'{path}' has no reference highlights ('highlights' field) to score against."
    E052 = "The benchmark of pipeline '{pipeline}' failed: {detail}."
    E053 = "No data to benchmark on: give --data FILE (a JSON Lines file with 'article' or 'text', or a text file)."
    E054 = "A worker process died ({detail}); perhaps it ran out of memory. The lines written so far are kept: run the same command again to resume, or use fewer --workers."
    E140 = "Line {line} of '{path}' is not a JSON object with an 'article' string: the segmentation evaluation reads the news data's JSON Lines."
    E141 = "'{path}' has only {found} articles of three or more sentences; the segmentation evaluation needs at least 8."
    E150 = "Option 'headline_words' must be a whole number of at least {shortest}; got {value!r}."
    E056 = "The output file '{path}' cannot be written: {detail}. Check that its folder exists and is writable."
    E051 = "The output file '{path}' already has lines that are not briefs of this batch ({detail}). Use another -o, or --overwrite."
    E060 = "The span [{start}, {end}) is not inside the text, which has {length} characters. Give 0 <= start <= end <= {length}."
    E061 = "Unknown layout '{layout}' for rejoining CoNLL sentences. Use one of: {known}."
    E062 = "Line {line} of '{path}' is not a segmentation case ({detail}). Each line needs 'id', 'category', 'text' and 'sentences'."
    E110 = "'{path}' holds no PolNeAR articles: expected text/*.txt beside attributions/*.ann (BRAT)."
    E120 = "The service failed while handling this request ({detail}). This is a bug: please report it."
    E121 = "Give exactly one of 'text', 'html' or 'url' (got {given})."
    E122 = "The article is {size:,} characters, over the service's limit of {limit:,}. Send a shorter article, or raise [serve] max_article_chars."
    E123 = "The request body is over the limit of {limit:,} bytes. Send a shorter article, or raise [serve] max_body_bytes."
    E124 = "Briefing took longer than {timeout} s and was given up. Try a shorter article, or raise [serve] timeout."
    E125 = "There is no brief with id '{id}'. List them with GET /api/briefs."
    E126 = "Writes to this service need its API token: send the header 'Authorization: Bearer TOKEN'."
    E127 = "The API token given is not this service's token."
    E128 = "The request is not valid: {detail}."
    E129 = "The search query {query!r} has no words to search for. Give one or more words."
    E130 = "The brief store '{path}' could not be opened: {detail}. Check --data-dir and its permissions."
    E131 = "The brief store '{path}' has schema version {found}, newer than this newsbrief knows ({known}). Upgrade newsbrief, or use another --data-dir."
    E132 = "Refusing to listen on '{host}' without an API token: anyone who can reach it could write. Set a token (--token or NEWSBRIEF_TOKEN), or listen on 127.0.0.1."
    E133 = "Could not listen on {host}:{port}: {detail}. Pick another --port or --host."
    E134 = "Setting [serve] {key} must be {expected}; got {value!r}."
    E135 = "HTTP {status}: {detail}."
    E137 = "The service needs packages that are not installed ({missing}). Install them with: pip install 'newsbrief[serve]'."
    E055 = "'{path}' has no articles to score. Give a JSON Lines file with 'article' and 'highlights' fields."


class NewsbriefError(Exception):
    """Base of all newsbrief errors; `exit_code` is what the CLI exits with."""

    exit_code = 1

    @property
    def code(self) -> str:
        message = str(self)
        return message[1:5] if message.startswith("[E") else "E000"


class UsageError(NewsbriefError):
    exit_code = 2


class InputError(NewsbriefError):
    exit_code = 2


class FetchError(InputError):
    exit_code = 4


class ModelError(NewsbriefError):
    exit_code = 5


def error(kind: type[NewsbriefError], code: str, **values: object) -> NewsbriefError:
    """Build `kind` with the message of `code`, e.g. `error(InputError, "E003", size=..., limit=...)`."""
    return kind(f"[{code}] " + getattr(Errors, code).format(**values))
