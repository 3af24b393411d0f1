"""The chrome of a web page among its text lines: URL lines, breadcrumbs (首页 > 新闻 > 正文),
上一篇/下一篇 and 上一版/下一版, 字体 大 中 小, 打印/关闭/分享 bars, site menus, ads, and on a page
(an HTML file, or pasted text that has such chrome) the 责任编辑/编辑 lines and the site's footer
(主办/承办, 网站地图, 联系我们, 备案号, 版权所有)."""

from __future__ import annotations

import re

_SEP = r"[\s>›»＞/|｜·、,，:：\[\]【】()（）]"
_URL = re.compile(
    r"(?:(?:原文)?(?:链接|网址|地址|本文链接|来源网址)\s*[:：]\s*)?(?:https?://|www\.)\S+"
)
_CRUMB = re.compile(
    r"您?(?:当前|现在|所在)?的?位置\s*[:：].*|(?:网站)?首页\s*[>›»＞/].*"  # 您当前的位置：…
)
_PREV_NEXT = re.compile(r"[【\[]?(?:上一[篇版条页则]|下一[篇版条页则])[】\]]?\s*[:：]?.{0,60}")
_TOOL_WORDS = (
    r"打印(?:本页|此页|文章)?|关闭(?:窗口|本页|页面)?|分享(?:到)?|收藏(?:本页)?|我要纠错|纠错|"
    r"返回顶部|回到顶部|返回|微信|微博|朋友圈|QQ空间|QQ|扫一扫(?:在手机打开当前页)?|"
    r"字[体号]|大|中|小|默认|【|】|保存|复制链接"
)
_TOOLS = re.compile(rf"(?:(?:{_TOOL_WORDS}){_SEP}*)+")
_FONT = re.compile(rf"{_SEP}*字[体号]{_SEP}*[:：]?{_SEP}*(?:[大中小]{_SEP}*){{2,3}}.*")
_AD = re.compile(
    r"[【\[（(]\s*(?:广告|推广|AD|赞助)\s*[】\]）)].{0,40}"
    r"|(?:广告|推广|AD|赞助)(?:\s*[:：|｜]\s*.{0,40}|\s+.{0,40})?",
    re.I,
)
_TOOL_KEY = re.compile(r"打印|关闭|分享|收藏|纠错|返回|扫一扫|字[体号]")
_MENU_TOKEN = re.compile(r"[^\s|｜·。，；！？,.;!?\d]{1,8}")  # a table cell has digits
# a site's footer: its sponsor with 网站地图/联系我们, its record or site numbers, its copyright (on
# a page only: 「主办单位：…」 alone can be an event's)
_FOOTER = re.compile(
    r".*(?:网站地图|联系我们|版权所有|Copyright|©|ICP备|网站标识码|技术支持[:：]).*"
    r"|主办(?:单位)?\s*[:：].{0,40}[\s\u3000|｜]承办(?:单位)?\s*[:：].*",
    re.I,
)
_EDITOR = re.compile(r"[【\[（(]?\s*(?:责任编辑|编辑|审核|校对|终审|值班编辑)\s*[:：].{0,40}")


# chrome at the end of a header line: 「2025-01-10 10:20　来源：… 字号：大 中 小 打印本页」 (a view
# count, 「浏览次数：1286」, is the page's metadata: kept)
_TAIL = re.compile(
    r"(?<=[ \t\u3000])(?:[【\[]?(?:字[体号]\s*[:：]?\s*[【\[]?[大中小](?:[】\]]?\s*[【\[]?[大中小]){1,2}|"
    r"打印(?:本页)?|关闭(?:窗口)?|收藏|分享(?:到)?)"
    r"[】\]]?[ \t\u3000]*)+$"
)


def _menu(line: str) -> bool:
    """A site menu: short items separated by | or · (three or more), or a row of items that
    starts with 首页."""
    if line.startswith(("|", "｜")):
        return False  # a table drawn with bars
    parts = [p.strip() for p in re.split(r"[|｜·]", line)]
    if len(parts) >= 3 and all(_MENU_TOKEN.fullmatch(p) for p in parts if p):
        return True
    words = line.split()
    return (
        len(words) >= 3
        and words[0] in ("首页", "网站首页", "主页")
        and all(_MENU_TOKEN.fullmatch(w) for w in words)
    )


def is_chrome(line: str) -> bool:
    """A line of page chrome (never a sentence of content)."""
    s = line.strip()
    if not s or len(s) > 120:
        return False
    return bool(
        _URL.fullmatch(s)
        or _CRUMB.fullmatch(s)
        or _PREV_NEXT.fullmatch(s)
        or (_TOOLS.fullmatch(s) and _TOOL_KEY.search(s))
        or _FONT.fullmatch(s)
        or _AD.fullmatch(s)
        or _menu(s)
    )


def drop_boilerplate(lines: list[str], web: bool = False) -> list[str]:
    """The lines without page chrome; editor lines go too on a web page (`web`, or text with
    at least two chrome lines: pasted from a page)."""
    chrome = [is_chrome(line) for line in lines]
    page = web or sum(chrome) >= 2
    kept = []
    for line, junk in zip(lines, chrome):
        if junk or (page and (_EDITOR.fullmatch(line.strip()) or _FOOTER.fullmatch(line.strip()))):
            continue
        if page and (m := _TAIL.search(line)):
            line = line[: m.start()].rstrip(" \t\u3000")  # only from the end of a line
        kept.append(line)
    return kept
