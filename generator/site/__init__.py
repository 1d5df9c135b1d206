"""Stage 4, site: the cross-article index, its URL layout and the Markdown pages rendered from it."""
