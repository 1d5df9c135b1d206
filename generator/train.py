"""``python -m generator.train``: another name for ``python -m generator.learn`` (train the quote scorer)."""

from __future__ import annotations

from .learn.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
