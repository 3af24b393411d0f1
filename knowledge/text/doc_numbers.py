"""发文字号 as written in a 公文: 机关代字 + 〔年份〕 (or one of the common substitute brackets
[] ［］ 【】 （）) + 序号 + 号, or a 令 number (「市人民政府令第12号」). One pattern for every reader:
the 版头 parser, a Word file's page header, and the repeal clause a version link reads."""

from __future__ import annotations

import re

_SP = r"[ \t\u3000]*"
# 机关代字〔年份〕序号号, spaces allowed between the parts (OCR and typed pages put them in)
_BRACKETED = (
    rf"(?P<org>[\u4e00-\u9fff]{{1,16}}?){_SP}[〔\[［【(（]{_SP}(?P<year>\d{{4}})"
    rf"{_SP}[〕\]］】)）]{_SP}第?{_SP}(?P<no>\d{{1,5}}){_SP}号"
)
_DECREE = rf"(?P<decree>[\u4e00-\u9fff]{{2,20}}令){_SP}第{_SP}(?P<dno>\d{{1,5}}|[一二三四五六七八九十百零〇]{{1,6}}){_SP}号"

BRACKETED_NUMBER = re.compile(_BRACKETED)
DOC_NUMBER = re.compile(f"{_BRACKETED}|{_DECREE}")
