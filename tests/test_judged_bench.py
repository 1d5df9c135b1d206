"""``bench judged``: quotes emitted now are looked up by span and speaker in a hand-judged file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.bench.judged import load_judged, load_labels, run_judged, run_judged_issues
from generator.build.batch import extract_all
from generator.ingest.collect import collect

ARTICLE = (
    "Harbour fees to rise\n\n"
    'The port authority said fees would rise by a tenth in April. "We have no choice," said Ola Berg, its chief. '
    "Fishermen said the rise would ruin them."
)


def test_judged_quotes_are_counted_per_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    (corpus / "wire").mkdir(parents=True)
    (corpus / "wire" / "port.txt").write_text(ARTICLE, encoding="utf-8")
    articles, _ = collect([corpus / "wire" / "port.txt"])
    quotes = extract_all(articles, jobs=1)[0].quotes
    assert len(quotes) >= 2
    first, second = quotes[0], quotes[1]
    judged = {
        "articles": {
            "wire/port.txt": {
                "set": "held-out",
                "quotes": [
                    {"span": list(first.span), "speaker": first.speaker, "verdict": "OK"},
                    {"span": list(second.span), "speaker": second.speaker, "verdict": "SPEAKER"},
                    {"span": [0, 5], "speaker": "nobody", "verdict": "NOTQUOTE"},  # no longer emitted
                ],
            }
        }
    }
    path = tmp_path / "judged.yaml"
    path.write_text(yaml.safe_dump(judged), encoding="utf-8")
    assert run_judged(path, corpus, jobs=1) == 0
    line = capsys.readouterr().out.strip()
    unjudged = len(quotes) - 2
    assert line == (
        f"held-out: quotes={len(quotes)} judged=2 ok=1 speaker=1 span=0 notquote=0 unjudged={unjudged} right=0.500"
    )


def test_malformed_entry_names_the_article(tmp_path: Path) -> None:
    path = tmp_path / "judged.yaml"
    path.write_text("articles:\n  wire/port.txt:\n    quotes:\n      - {span: [1], verdict: OK}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"wire/port.txt: quotes\[0\]"):
        load_judged(path)


def test_another_versions_output_is_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "wire").mkdir(parents=True)
    (corpus / "wire" / "port.txt").write_text(ARTICLE, encoding="utf-8")
    judged = {
        "articles": {
            "wire/port.txt": {"set": "tuning", "quotes": [{"span": [10, 20], "speaker": "Ola Berg", "verdict": "SPAN"}]}
        }
    }
    path = tmp_path / "judged.yaml"
    path.write_text(yaml.safe_dump(judged), encoding="utf-8")
    pred = tmp_path / "old.jsonl"
    quotes = [{"span": [10, 20], "speaker": "Ola Berg"}, {"span": [30, 40], "speaker": None}]
    pred.write_text(json.dumps({"path": str(corpus / "wire" / "port.txt"), "quotes": quotes}) + "\n", encoding="utf-8")
    assert run_judged(path, corpus, pred=pred) == 0
    assert capsys.readouterr().out.strip() == (
        "tuning: quotes=2 judged=1 ok=0 speaker=0 span=1 notquote=0 unjudged=1 right=0.000"
    )


def test_issue_labels_are_looked_up_by_article_and_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "wire").mkdir(parents=True)
    (corpus / "wire" / "port.txt").write_text(ARTICLE, encoding="utf-8")
    judged = {"articles": {"wire/port.txt": {"ISSUE": ["Harbour fee rise"], "NOT": ["Port authority"]}}}
    path = tmp_path / "labels.yaml"
    path.write_text(yaml.safe_dump(judged), encoding="utf-8")
    pred = tmp_path / "old.jsonl"
    issues = [{"label": "Harbour fee rise"}, {"label": "Port authority"}, {"label": "Choice"}]
    other = {"path": str(corpus / "wire" / "other.txt"), "issues": [{"label": "Never judged"}]}
    lines = [{"path": str(corpus / "wire" / "port.txt"), "issues": issues}, other]
    pred.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert run_judged_issues(path, corpus, pred=pred) == 0
    assert capsys.readouterr().out.splitlines() == [
        "all issues: labels=3 judged=2 issue=1 vague=0 not=1 unjudged=1 named=0.500",
        "main issue: labels=1 judged=1 issue=1 vague=0 not=0 unjudged=0 named=1.000",
    ]


def test_malformed_label_entry_names_the_article(tmp_path: Path) -> None:
    path = tmp_path / "labels.yaml"
    path.write_text("articles:\n  wire/port.txt:\n    GOOD: [Fees]\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"wire/port\.txt: expected lists"):
        load_labels(path)
