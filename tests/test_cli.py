"""``python -m generator extract`` prints JSON Lines as shared/eval/SCHEMA.md describes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

FIXTURES = Path(__file__).parent / "fixtures" / "scale"
SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2}
NULLABLE_STR = {"type": ["string", "null"]}
SCHEMA = {
    "type": "object",
    "required": ["path", "title", "actors", "quotes", "issues"],
    "properties": {
        "path": {"type": "string"},
        "title": NULLABLE_STR,
        "actors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "kind", "role", "aliases", "mentions"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "kind": {"enum": ["person", "organization", "country", "place", "group"]},
                    "role": NULLABLE_STR,
                    "aliases": {"type": "array", "items": {"type": "string"}},
                    "mentions": {"type": "array", "items": SPAN, "minItems": 1},
                },
            },
        },
        "quotes": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["speaker", "text", "kind", "span", "cue"],
                "properties": {
                    "speaker": NULLABLE_STR,
                    "text": {"type": "string", "minLength": 1},
                    "kind": {"enum": ["direct", "indirect", "mixed"]},
                    "span": SPAN,
                    "cue": NULLABLE_STR,
                },
            },
        },
        "issues": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["label", "evidence"],
                "properties": {
                    "label": {"type": "string", "minLength": 1},
                    "evidence": {"type": "array", "items": SPAN, "minItems": 1},
                },
            },
        },
    },
}


def test_extract_prints_schema_conformant_lines_with_offsets_into_the_input() -> None:
    paths = sorted(FIXTURES.glob("*.txt"))
    out = subprocess.run(
        [sys.executable, "-m", "generator", "extract", "--no-cache", *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(obj["path"]) for obj in lines] == paths
    for obj in lines:
        jsonschema.validate(obj, SCHEMA)
        text = Path(obj["path"]).read_text(encoding="utf-8")
        assert obj["actors"] and obj["quotes"] and obj["issues"], obj["path"]
        for actor in obj["actors"]:
            names = {actor["name"], *actor["aliases"]}
            for start, end in actor["mentions"]:
                assert end <= len(text) and any(n in text[start:end] or text[start:end] in n for n in names)
        for quote in obj["quotes"]:
            start, end = quote["span"]
            assert end <= len(text) and quote["text"][:40] in text[start:end]
        for issue in obj["issues"]:
            assert all(e <= len(text) and text[s:e].strip() for s, e in issue["evidence"])


def test_missing_model_is_one_line_not_a_traceback() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "extract",
            "--no-cache",
            "--model",
            "no_such_model",
            str(sorted(FIXTURES.glob("*.txt"))[0]),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == "error: spaCy model 'no_such_model' is not installed"
    assert "Traceback" not in done.stderr
