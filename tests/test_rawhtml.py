"""Generated pages' plain raw HTML blocks go to Python-Markdown's stash unparsed, and a page
converts to exactly what MkDocs' own conversion gives: the same HTML, anchors and contents."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown import Markdown
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.mkdocs.pagememo import MemoPage, conversion_context
from generator.mkdocs.rawhtml import StashExtension, block_end
from generator.store.memo import Memo

ROOT = Path(__file__).resolve().parents[1]

PAGE = """---
title: "Harbour plan"
---

# Harbour plan

<div class="meta">
<table>
<thead>
<tr>
<th>Date</th>
</tr>
</thead>
<tbody>
<tr>
<td>2031-04-02</td>
</tr>
</tbody>
</table>
</div>

## Issues

### Harbour dredging

The council will dredge the harbour. [¶2](#p2)

<figure class="quote" id="q1">
<blockquote>
<p>We will start &amp; finish by May</p>
</blockquote>
<figcaption>— Ada Moss, mayor · <a href="#p2">¶2</a></figcaption>
</figure>

Text right after a block.
<div class="glued">not after a blank line</div>

<div class="outer">
<div class="inner">nested</div>
</div>

<div markdown="1">
*Markdown inside*
</div>

<div class="commented">
<!-- a comment -->
</div>

<p><a name="old-anchor"></a>named anchor</p>

<div class="open">
never closed

```html
<div id="in-code">
</div>
```

## Source text { data-search-exclude }

<details class="abstract">
<summary>Source text (2 paragraphs)</summary>
<p><span id="p1"></span>The council met on Tuesday.</p>
<p><span id="p2"></span>&#34;We will start &amp; finish by May,&#34; the mayor said.</p>
</details>
"""
"""A generated page, with the plain blocks the stash takes and the cases it must leave alone."""


@pytest.fixture(scope="module")
def config() -> MkDocsConfig:
    """The product's MkDocs configuration (its Markdown extensions)."""
    return load_config(str(ROOT / "mkdocs.yml"))


def _pages(config: MkDocsConfig, folder: Path) -> tuple[Page, MemoPage]:
    """``PAGE`` converted by MkDocs, and by the product's page (which stashes)."""
    for name in ("plain.md", "memo.md"):
        (folder / name).write_text(PAGE, encoding="utf-8")
    plain_file, memo_file = (File(n, str(folder), str(folder / "site"), True) for n in ("plain.md", "memo.md"))
    files = Files([plain_file, memo_file])
    plain = Page(None, plain_file, config)
    plain.read_source(config)
    plain.render(config, files)
    memo = MemoPage(memo_file, config, Memo(folder / "memo.sqlite"), conversion_context(config))
    memo.read_source(config)
    memo.convert(config, files)
    return plain, memo


def test_a_page_converts_as_mkdocs_converts_it(config: MkDocsConfig, tmp_path: Path) -> None:
    plain, memo = _pages(config, tmp_path)
    assert memo.content == plain.content
    assert memo.present_anchor_ids == plain.present_anchor_ids
    assert {"q1", "p1", "p2", "old-anchor"} <= (memo.present_anchor_ids or set())
    assert [t.title for t in memo.toc] == [t.title for t in plain.toc]


def test_the_plain_blocks_are_stashed_and_the_others_left(config: MkDocsConfig) -> None:
    extension = StashExtension()
    md = Markdown(extensions=[*config.markdown_extensions, extension], extension_configs=config.mdx_configs)
    left = md.preprocessors["briefing_raw_html"].run(PAGE.split("\n"))
    stashed = [str(b) for b in md.htmlStash.rawHtmlBlocks]
    assert [b.split("\n", 1)[0] for b in stashed] == [
        '<div class="meta">',
        '<figure class="quote" id="q1">',
        '<div class="outer">',
        '<details class="abstract">',
    ]
    assert all(b.endswith(">\n") for b in stashed)
    assert extension.ids == {"q1", "p1", "p2"}  # not the anchor name, nor the id in the fenced code
    for kept in ('<div class="glued">', '<div markdown="1">', "<!-- a comment -->", '<a name="old-anchor">'):
        assert any(kept in line for line in left), kept
    assert '<div class="open">' in left and '<div id="in-code">' in left
    assert not any("<table>" in line or "<figcaption>" in line for line in left)


@pytest.mark.parametrize(
    ("lines", "end"),
    [
        (["<div>", "<div>a</div>", "</div>"], 2),
        (["<div>", "<div>a</div>", "</div>", ""], 2),
        (["<div>", "", "</div>"], None),  # a blank line inside: not plain
        (["<div>", "</div> trailing"], None),  # text after the closing tag
        (["<div>", "</div>", "more"], None),  # no blank line after it
        (["<div>", "still open"], None),
    ],
)
def test_block_end(lines: list[str], end: int | None) -> None:
    assert block_end(lines, 0, "div") == end
