"""Text a terminal shows instead of obeying (Qt-free).

Counts in words ("1 program", "2 programs") are the text layer's: finder.texts.n_ in the current language."""

from __future__ import annotations

import re

# Characters a terminal obeys instead of showing: C0 controls (tab and line feed aside), DEL,
# C1 controls (U+009B is a one-byte CSI), and the bidi embeddings, overrides and isolates that
# make text read in another order than it is stored (U+202E shows "exe.txt" as "txt.exe").
# An OSC 52 sequence (ESC ] 52 ; c ; … BEL) in a note would write the user's clipboard.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_BIDI}]")
_UNSAFE_KEEP_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")


def control_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character of `text` a terminal would obey rather than show, written as
    U+001B; None when there is none. Tab is allowed; line feeds only when `multiline`."""
    m = (_UNSAFE_KEEP_LINES if multiline else _UNSAFE).search(text or "")
    return None if m is None else f"U+{ord(m.group()):04X}"


_SHOWN_AS_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")


def visible_controls(text: str) -> str:
    """`text` with every control character (tab and line feed aside) written out as \\x1b or
    \\u202e, so printing it shows the character instead of letting the terminal act on it."""

    def spell(m: re.Match) -> str:
        code = ord(m.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _SHOWN_AS_TEXT.sub(spell, text)
