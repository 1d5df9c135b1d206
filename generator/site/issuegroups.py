"""Which issues of different articles are one issue, and so share a page.

An issue's key is its head ("earning", "stake") or a pair of words that names the matter
("economic+growth", "takeover+lse"). A pair is specific enough to join issues site-wide. A head
alone is not: over a large archive "Earnings from tourism" and "Restating earnings" share the head
"earning" and nothing else. So the issues under one head are split into stories: two are the same
issue when one label holds the other (case, possessives and plurals folded: "Unemployment rate"
and "Country's unemployment rate") or their articles name
the same person or organisation, one that few articles name (at most ``STORY_SHARE`` of them, and
at least two): a rare shared name marks the same story ("Yukos", "Deutsche Boerse"), a common one
("Labour", "Microsoft") does not.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..model import Briefing, Issue
from .slugs import slug

STORY_SHARE = 0.005
"""Share of the site's briefings above which a name no longer tells one story from another."""
_WORD = re.compile(r"[^\W_]+")


def issue_identity(issue: Issue) -> str:
    """The key an issue is grouped by across articles: its normalised key, else a slug of its label."""
    return issue.key or slug(issue.label)


def label_form(label: str) -> str:
    """``label`` as compared across articles: its words case-folded, possessives and plurals folded."""
    words = _WORD.findall(label.casefold().replace("’", "'").replace("'s", ""))
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def _splits(key: str) -> bool:
    """Whether issues under ``key`` are split into stories: a head word alone, not a pair or a slug."""
    return key.isalpha()


def issue_identities(briefings: Sequence[Briefing], names: Sequence[set[str]]) -> dict[int, str]:
    """The page identity of every issue of ``briefings`` (by ``id``), where ``names[n]`` holds the
    keys of the people and organisations the ``n``-th briefing names."""
    groups: dict[str, list[tuple[int, Issue]]] = defaultdict(list)
    for n, b in enumerate(briefings):
        for issue in b.issues:
            groups[issue_identity(issue)].append((n, issue))
    counts = Counter(k for found in names for k in found)
    limit = max(2, int(len(briefings) * STORY_SHARE))
    telling = [{k for k in found if counts[k] <= limit} for found in names]
    out: dict[int, str] = {}
    for key, rows in groups.items():
        stories = _stories(rows, telling) if _splits(key) and len(rows) > 1 else [list(range(len(rows)))]
        for story in stories:
            ident = key if len(stories) == 1 else f"{key}~{min(label_form(rows[r][1].label) for r in story)}"
            out.update((id(rows[r][1]), ident) for r in story)
    return out


def _within_label(form: str) -> list[str]:
    """``form`` and every run of two words or more inside it ("unemployment rate" in "country
    unemployment rate"): a label joins a shorter one it holds."""
    words = form.split()
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)] or [form]


def _stories(rows: list[tuple[int, Issue]], telling: Sequence[set[str]]) -> list[list[int]]:
    """The rows joined by a shared label form or a shared telling name (union-find), each in order."""
    parent = list(range(len(rows)))

    def root(r: int) -> int:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    forms = [label_form(issue.label) for _, issue in rows]
    labels = set(forms)
    first: dict[tuple[str, str], int] = {}
    for r, (n, _) in enumerate(rows):
        named = (("label", form) for form in _within_label(forms[r]) if form in labels)
        for link in (*named, *(("name", k) for k in sorted(telling[n]))):
            parent[root(r)] = root(first.setdefault(link, r))
    stories: dict[int, list[int]] = defaultdict(list)
    for r in range(len(rows)):
        stories[root(r)].append(r)
    return list(stories.values())
