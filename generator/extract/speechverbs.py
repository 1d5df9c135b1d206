"""The verbs that report speech, shared by quote extraction and speaker resolution."""

# fmt: off
SPEECH_VERBS = frozenset([
    "accuse", "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce", "answer",
    "argue", "ask", "assert", "assure", "blame", "blast", "boast", "brand", "call", "caution", "charge",
    "chant", "claim", "comment", "complain", "concede", "conclude", "condemn", "confirm", "characterise",
    "characterize", "contend", "continue", "counter", "criticise", "criticize", "declare", "decry", "demand",
    "deny", "describe", "disclose", "dispute", "dub", "emphasise", "emphasize", "estimate", "explain",
    "express", "insist", "joke", "label", "lament", "liken", "maintain", "mention", "note", "observe", "plead",
    "pledge", "point", "praise", "predict", "proclaim", "promise", "propose", "quip", "quote", "recall",
    "recount", "reiterate", "go", "remark", "repeat", "reply", "report", "respond", "retort", "reveal", "say",
    "scoff", "shout", "sing", "slam", "state", "stress", "suggest", "swear", "tell", "testify", "threaten",
    "tout", "tweet", "type", "underline", "urge", "vow", "warn", "write"
])
# fmt: on
"""Lemmas of verbs that report speech."""
