"""What every fixture generator shares: the Noto CJK fonts (Debian's fonts-noto-cjk) and the
Simplified Chinese face in their collections."""

from __future__ import annotations

from pathlib import Path

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SERIF = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
SC = 2  # the Simplified Chinese face in the Noto CJK collections
