"""Ingestion: every input format on fixture articles written for these tests, plus the shared corpora's shapes."""

from __future__ import annotations

import codecs
import html
import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from generator import cli
from generator.ingest.collect import IngestError, IngestOptions, SkippedArticle, collect, read_article, read_articles
from generator.model import Article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_ea4352de70d833d8.txt"
BODY = (
    "Residents of three coastal towns met on Wednesday to debate whether new sea walls are worth "
    "the rising cost of construction and upkeep.\n\nThe council will publish its estimates in June."
)


def body(article: Article) -> str:
    return article.text[slice(*article.body)]


def fixture(name: str) -> Article:
    return read_article(FIXTURES / name)


def test_seed_metadata_apart_from_body() -> None:
    article = read_article(SEED)
    assert (article.title, article.section, article.outlet, article.author) == (
        "Japan and China Seek to Improve Ties Amid US-China Tensions",
        "International",
        "Apexnewsgh",
        "Ngamegbulam C. S",
    )
    assert body(article).startswith("As US President-elect Donald Trump")
    assert body(article).endswith("cannot be simply cut off.")
    assert article.date is None
    assert article.text == SEED.read_text(encoding="utf-8")


def test_labelled_text_header_byline_and_boilerplate() -> None:
    article = fixture("labelled.txt")
    assert (article.section, article.title, article.outlet, article.date, article.author) == (
        "Environment",
        "Coastal Towns Weigh Costs of New Sea Walls",
        "Harbourlight Gazette",
        "2024-03-14",
        "Marta Lindqvist",
    )
    text = body(article)
    assert text.startswith("Residents of three coastal towns")
    assert text.endswith("He declined to comment.")
    assert "Marta" not in text and "Leave a Reply" not in text and "Share this" not in text
    assert len(article.paragraphs) == 4
    assert all(article.text[s:e].strip() == article.text[s:e] for s, e in article.paragraphs)


def test_wire_dateline_and_credit_stay_out_of_the_body() -> None:
    article = fixture("wire.txt")
    assert article.title == "Port strike halts grain exports for a third day"
    assert body(article).startswith("Dock workers at the country's largest grain terminal")
    assert body(article).endswith("it remained open to talks.")
    assert (article.outlet, article.author) == ("Nordwire", "Kari Holm, Peter Aas")


def test_headline_ending_in_a_quote_is_the_title() -> None:
    article = fixture("headline_only_body.txt")
    assert article.title == "Library reopens after flood 'better than before'"
    assert len(article.paragraphs) == 2


def test_markdown_front_matter() -> None:
    article = fixture("article.md")
    assert article.format == "markdown"
    assert (article.title, article.date, article.outlet, article.url, article.author, article.section) == (
        "Rail Link Approved After Decade of Debate",
        "2023-11-02",
        "Valley Courier",
        "https://example.org/rail-link",
        "Sam Okafor",
        "Transport",
    )
    assert article.tags == ["transport", "infrastructure"]
    assert body(article).startswith("The regional assembly voted")
    assert "---" not in body(article) and "# Rail" not in body(article)


def test_malformed_front_matter_names_file_and_line_and_the_rest_still_loads() -> None:
    articles, errors = collect([FIXTURES])
    broken = [str(e) for e in errors if "broken_front_matter" in str(e)]
    assert broken == [
        f"{FIXTURES / 'broken_front_matter.md'}: line 5: malformed front matter: expected ',' or ']', but got ':'"
    ]
    assert {Path(a.path).name for a in articles} >= {"article.md", "labelled.txt", "page.html", "wire.txt"}


def test_unclosed_front_matter(tmp_path: Path) -> None:
    (tmp_path / "open.md").write_text("---\ntitle: Never closed\n\nA body paragraph that goes on and on.\n")
    with pytest.raises(IngestError, match=r"open\.md: line 1: front matter .* never closed"):
        read_article(tmp_path / "open.md")


def test_html_main_text_and_metadata_without_boilerplate() -> None:
    article = fixture("page.html")
    assert (article.format, article.title, article.author, article.outlet, article.date) == (
        "html",
        "Orchard Growers Turn to Drones",
        "Ines Moreau",
        "Northern Ledger",
        "2024-05-20",
    )
    text = body(article)
    assert text.startswith("Apple growers in the northern valleys")
    assert "Tomas Keller" in text
    for boilerplate in ("Subscribe", "cookies", "bees", "Copyright", "Privacy", "Weather"):
        assert boilerplate not in article.text
    assert len(article.paragraphs) == 3


def test_html_without_a_date_is_undated(tmp_path: Path) -> None:
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    meta = '<meta property="article:published_time" content="2024-05-20T08:30:00Z">'
    assert meta in page
    (tmp_path / "undated.html").write_text(page.replace(meta, ""), encoding="utf-8")
    assert read_article(tmp_path / "undated.html").date is None


def test_json_lines_many_articles_keys_offsets_and_errors() -> None:
    articles, errors = read_articles(FIXTURES / "feed.jsonl")
    path = str(FIXTURES / "feed.jsonl")
    assert [a.key for a in articles] == [f"{path}#1", f"{path}#4"]
    first = articles[0]
    assert (first.title, first.date, first.url, first.outlet, first.author) == (
        "Bridge Repairs Finish Early",
        "2024-06-07",
        "https://example.org/bridge",
        "City Desk",
        "Ana Ruiz",
    )
    assert first.text.startswith("Repairs to the old river bridge")
    assert [first.text[s:e] for s, e in first.paragraphs][1] == "The bridge will reopen to cars on Monday morning."
    assert [str(e).split(": ", 2)[1] for e in errors] == ["line 2", "line 5"]
    assert all(str(e).startswith(path) for e in errors)


def test_single_json_object_with_alternative_field_names() -> None:
    article = fixture("single.json")
    assert article.key == article.path
    assert (article.title, article.date, article.outlet, article.tags) == (
        "Museum Returns Carved Door",
        "2024-06-03",
        "Heritage Weekly",
        ["museums", "heritage"],
    )
    assert body(article).startswith("The city museum has returned")


ENCODINGS = {
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "cp1252": lambda t: t.encode("cp1252"),
    "latin-1-crlf": lambda t: t.replace("\n", "\r\n").encode("latin-1"),
}
ACCENTED = (
    "Café owners in Zürich protest rent rises\n\n"
    + BODY.replace("Residents", "Résidents")
    + " Prices rose by a fifth, according to the café association's président, José Müller.\n"
)


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(ENCODINGS[encoding](ACCENTED))
    article = read_article(path)
    assert article.text == ACCENTED
    assert article.title == "Café owners in Zürich protest rent rises"


def test_utf8_offsets_match_python_text_mode(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ACCENTED.replace("\n", "\r\n").encode("utf-8"))
    article = read_article(path)
    assert article.text == open(path, encoding="utf-8").read()  # noqa: SIM115 - the SCHEMA's own definition


def test_refusals_name_the_file_and_say_why(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "title.txt").write_text("Just A Headline With Nothing Under It\n")
    articles, errors = collect([tmp_path])
    assert articles == []
    by_name = {Path(str(e).split(": ")[0]).name: e for e in errors}
    assert str(by_name["photo.jpg"]).endswith("binary file, not text")
    assert not isinstance(by_name["photo.jpg"], SkippedArticle)
    assert isinstance(by_name["empty.txt"], SkippedArticle) and "empty" in str(by_name["empty.txt"])
    assert isinstance(by_name["title.txt"], SkippedArticle) and "title only" in str(by_name["title.txt"])


def test_size_limit_is_configurable_and_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Big Story\n\n" + (BODY + "\n\n") * 40)
    with pytest.raises(IngestError, match=r"big\.txt: 0\.0 MB is over the 0\.0 MB article size limit"):
        read_article(path, IngestOptions(max_bytes=1000))
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "1000")
    assert IngestOptions.from_env().max_bytes == 1000
    monkeypatch.delenv("BRIEFING_MAX_BYTES")
    assert read_article(path).title == "Big Story"


def test_folder_walk_skips_non_articles_and_refuses_outside_symlinks(tmp_path: Path) -> None:
    folder, outside = tmp_path / "articles", tmp_path / "private"
    (folder / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret Headline\n\n" + BODY)
    (folder / "sub" / "story.txt").write_text("Sea Walls\n\n" + BODY)
    (folder / "sub" / "story.yml").write_text("title: corrected\n")
    (folder / "README.md").write_text("# About this folder\n\nThese are the articles we collected this year.\n")
    (folder / ".draft.txt").write_text("Draft\n\n" + BODY)
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    (folder / "leakdir").symlink_to(outside, target_is_directory=True)
    (folder / "alias.txt").symlink_to(folder / "sub" / "story.txt")
    articles, errors = collect([folder])
    assert sorted(Path(a.path).relative_to(folder).as_posix() for a in articles) == ["alias.txt", "sub/story.txt"]
    assert sorted(str(e) for e in errors) == [
        f"{folder / 'leak.txt'}: symlink points outside the articles folder",
        f"{folder / 'leakdir'}: symlink points outside the articles folder",
    ]


def test_dates_come_from_the_text_never_the_file_time(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Sea Walls\n\n" + BODY)
    os.utime(plain, (1_700_000_000, 1_700_000_000))
    assert read_article(plain).date is None
    dated = tmp_path / "dated.txt"
    dated.write_text("Sea Walls\n\nMarch 4, 2024\n\n" + BODY)
    assert read_article(dated).date == "2024-03-04"
    wire = tmp_path / "wire.txt"
    wire.write_text("Sea Walls\n\nBERGEN, Norway, Jan. 9, 2024 (Nordwire) - " + BODY)
    assert (read_article(wire).date, read_article(wire).outlet) == ("2024-01-09", "Nordwire")


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is absent")
def test_shared_corpora_shapes() -> None:
    reuters, errors = collect([SHARED / "corpus" / "reuters"])
    assert len(reuters) + len(errors) == 500
    assert all(isinstance(e, SkippedArticle) for e in errors)
    datelined = read_article(SHARED / "corpus" / "reuters" / "crime-20934875.txt")
    assert body(datelined)[:1].islower() is False and not body(datelined).startswith("ALEXANDRIA")
    bbc, errors = collect([SHARED / "corpus" / "bbc"])
    assert not errors and len(bbc) == 2223  # the README.TXT is not an article
    assert all(a.title == html.unescape(a.text.split("\n", 1)[0].strip()) for a in bbc)


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, directory=str(FIXTURES), **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        super().do_GET()

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def local_server() -> Iterator[tuple[str, list[str]]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    _CountingHandler.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _CountingHandler.requests
    server.shutdown()
    server.server_close()


def test_url_list_fetched_on_request_then_served_from_cache(
    tmp_path: Path, local_server: tuple[str, list[str]]
) -> None:
    base, requests = local_server
    urls = tmp_path / "reading.urls"
    urls.write_text(f"# saved for the briefing\n{base}/page.html\n\nftp://example.org/x\n")
    cache = tmp_path / "cache"
    offline = IngestOptions(cache_dir=cache)
    articles, errors = read_articles(urls, offline)
    assert articles == [] and requests == []
    assert [str(e) for e in errors] == [
        f"{urls}: line 2: {base}/page.html is not downloaded yet: run with --fetch (or BRIEFING_FETCH=1)",
        f"{urls}: line 4: not an http(s) URL",
    ]
    guarded, _ = read_articles(urls, IngestOptions(cache_dir=cache, fetch=True))
    assert guarded == [] and requests == []  # trafilatura's SSRF guard refuses loopback by default
    fetched, _ = read_articles(urls, IngestOptions(cache_dir=cache, fetch=True, allow_private=True))
    assert requests == ["/page.html"]
    assert [(a.key, a.title, a.url, a.date) for a in fetched] == [
        (f"{urls}#2", "Orchard Growers Turn to Drones", f"{base}/page.html", "2024-05-20")
    ]
    again, _ = read_articles(urls, IngestOptions(cache_dir=cache, fetch=True, allow_private=True))
    assert requests == ["/page.html"]
    assert [a.text for a in again] == [fetched[0].text]


def test_extract_reports_refusals_and_prints_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], nlp: object
) -> None:
    (tmp_path / "good.txt").write_text("Sea Walls\n\n" + BODY)
    (tmp_path / "title.txt").write_text("Only A Title\n")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 4)
    code = cli.main(["extract", "--jobs", "1", "--no-cache", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["Sea Walls"]
    assert f"error: {tmp_path / 'blob.bin'}: binary file, not text" in err.splitlines()
    assert f"warning: {tmp_path / 'title.txt'}: title only, no body text" in err.splitlines()
