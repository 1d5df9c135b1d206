"""The MkDocs adapter: the ``briefing`` plugin and the MkDocs-specific rebuild memos."""
