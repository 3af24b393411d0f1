"""The chrome of a web page among its text lines: URL lines, breadcrumbs (首页 > 新闻 > 正文),
上一篇/下一篇 and 上一版/下一版, 字体 大 中 小, 打印/关闭/分享 bars, site menus, ads, and on a page
(an HTML file, or pasted text that has such chrome) the 责任编辑/编辑 lines and the site's footer
(主办/承办, 网站地图, 联系我们, 备案号, 版权所有)."""

from __future__ import annotations

import re

from knowledge.text.doc_numbers import DOC_NUMBER

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
    r"字[体号]|大|中|小|默认|【|】|保存|复制链接|Facebook|Twitter|WhatsApp|LINE|Telegram"
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
    r"|主办(?:单位)?\s*[:：].{0,40}[\s\u3000|｜](?:承办(?:单位)?|地址|电话|邮编)\s*[:：].*",
    re.I,
)
# a site's banner: its greeting (「您好，欢迎访问…网站！」, 「棠溪市商务局欢迎您！」) with what follows
# it on the bar (today's date, 无障碍 | 登录), or today's date alone (「今天是：2025年7月2日 星期三」)
_WELCOME = re.compile(
    r"(?:(?:您好[，,！!]?\s*)?欢迎(?:访问|光临|来到|进入)[^\s。；，,]{0,30}?(?:网站|网|门户|平台)"
    r"|[^\s。；，,]{2,30}欢迎您)[！!。]?(?:[\s\u3000].*)?"
    r"|今天是\s*[:：]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天].*"
)
_EDITOR = re.compile(
    r"[【\[（(]?\s*(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|终审|值班编辑)\s*[:：].{0,40}"
)


# chrome at the end of a header line: 「2025-01-10 10:20　来源：… 字号：大 中 小 打印本页」 (a view
# count, 「浏览次数：1286」, is the page's metadata: kept)
_TAIL = re.compile(
    r"(?<=[ \t\u3000])(?:[【\[]?(?:字[体号]\s*[:：]?\s*[【\[]?[大中小](?:[】\]]?\s*[【\[]?[大中小]){1,2}|"
    r"打印(?:本页)?|关闭(?:窗口)?|收藏|分享(?:到)?)"
    r"[】\]]?[ \t\u3000]*)+$"
)


_HOME = ("首页", "网站首页", "主页")


def _menu(line: str) -> bool:
    """A site menu: short items separated by | or · (three or more), or a row of items that
    starts with 首页."""
    if line.startswith(("|", "｜")):
        return False  # a table drawn with bars
    parts = [p.strip() for p in re.split(r"[|｜·]", line)]
    if len(parts) >= 3 and all(_MENU_TOKEN.fullmatch(p) for p in parts if p):
        return True
    words = line.split()
    if len(words) >= 4 and len(words[0]) <= 20 and words[1] in _HOME:
        words = words[1:]  # the site's name before its menu: 「鹤浦市汀兰区人民政府　首页　…」
    return len(words) >= 3 and words[0] in _HOME and all(_MENU_TOKEN.fullmatch(w) for w in words)


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
        or _WELCOME.fullmatch(s)
        or _ACCOUNT.fullmatch(s)
    )


# a public account's article: 「点击上方蓝字 关注我们」, 「预览时标签不可点」, 「阅读原文」, 「阅读 2316」,
# 「分享 收藏 点赞 在看」
_REACTIONS = r"(?:分享|收藏|点赞|在看|赞|写留言|留言|转发)"
_COUNT = r"(?:\s*\d+(?:\.\d+)?万?\+?)?"  # 「点赞 126 ｜ 收藏 ｜ 分享」
_ACCOUNT = re.compile(
    r"(?:点击)?上方(?:蓝字|名片).{0,8}关注.{0,6}|预览时标签不可[点击]|微信扫一扫(?:关注该公众号)?"
    rf"|关注该公众号|阅读原文|阅读\s*\d+(?:\.\d+)?万?\+?"
    rf"|{_REACTIONS}{_COUNT}(?:[\s|｜]+{_REACTIONS}{_COUNT})+[\s|｜]*"
)
# a public account's header line: 「原创 磨憨发布 磨憨发布 2025年01月09日 18:30 云南」 (its author, the
# account, the time and the place; never the article's title)
_ACCOUNT_HEAD = re.compile(
    r"(?:原创\s+)?(?:[^\s。，,]{1,20}\s+){0,3}"
    r"\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?:\s+[^\s。，,]{1,6})?"
)


def is_account_head(line: str) -> bool:
    return bool(_ACCOUNT_HEAD.fullmatch(line.strip()))


# a page's byline under its title: 「信息来源：云岙县商务局 发布时间：2025-07-08 15:30 点击数：1046」,
# 「2025 03/18　来源：青禾日报」 (a 信息公开 table has one label a row: no byline)
_BYLINE_DATE = re.compile(
    r"(?<!\d)\d{4}\s*(?:[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\s\d{1,2}/\d{1,2})"
)
_BYLINE_MARKS = (
    re.compile(r"来\s*源\s*[:：]"),
    re.compile(r"作\s*者\s*[:：]"),
    re.compile(r"(?:浏览|点击|阅读|访问)(?:次数|量|数)?\s*[:：]?\s*\d"),
)
_METADATA = re.compile(r"索\s*引\s*号|文\s*号|发文机关|发布机构|成文日期")  # a 公文's own header


def is_byline(line: str) -> bool:
    """A page's byline: its date with its 来源, 作者 or view count, or two of those."""
    s = line.strip()
    if len(s) > 100 or s.endswith(("。", "；")):
        return False
    marks = sum(bool(m.search(s)) for m in _BYLINE_MARKS)
    return marks >= 2 or (marks == 1 and bool(_BYLINE_DATE.search(s)))


def over_byline(lines: list[str]) -> int | None:
    """The line of a page's title: the one standing right over its byline (the first in the
    page's top lines); a title broken before its 的通知, or its ——subtitle, from the line above."""
    b = next((k for k, line in enumerate(lines[:12]) if is_byline(line)), None)
    t = next((k for k in range((b or 0) - 1, -1, -1) if lines[k].strip()), None)
    if b is None or t is None:
        return None
    return t - 1 if t and lines[t].lstrip().startswith(("的", "——", "—")) else t


def masthead(lines: list[str]) -> int:
    """How many lines at the top of a page are its masthead: a page's title stands right over
    its byline, so the short lines above the title (site name, greeting, search box, a menu
    not told as one) are the site's, not the article's. 0 when the page shows no such title
    or a line above it is a sentence or a 公文's header (文号, 索引号 table)."""
    t = over_byline(lines) or 0
    above = [x.strip() for x in lines[:t] if x.strip()]
    if any(
        len(x) > 60 or x.endswith(("。", "；", "，")) or _METADATA.search(x) or DOC_NUMBER.search(x)
        for x in above
    ):
        return 0
    return t


# under the article, a list of other reports (相关新闻, 推荐阅读, 往期推荐, 熱門新聞 …) with their
# dates, or its readers' comments (网友评论, 评论（3）): the site's, never the article's content
_RELATED = re.compile(
    r"[【\[]?(?:相[关關](?:新[闻聞]|[阅閱][读讀]|[报報][道导導]|文章|推[荐薦])"
    r"|(?:推[荐薦]|延伸|扩展|拓展|更多)[阅閱][读讀]|更多(?:推[荐薦]|新[闻聞])"
    r"|往期(?:推[荐薦]|回[顾顧]|精[选選])|[热熱](?:门|門|点|點)(?:新[闻聞]|推[荐薦]|文章)"
    r"|猜你喜[欢歡]|精彩推[荐薦]|[编編][辑輯]推[荐薦])[】\]]?\s*[:：]?"
)
_COMMENTS = re.compile(
    r"(?:网友|網友|读者|讀者|精彩|最新|热门|熱門|全部)(?:评论|評論)(?:区|區)?\s*[:：]?"
    r"|(?:评论|評論)(?:区|區|\s*[（(]\d+[)）])\s*[:：]?|(?:发表|發表|我要)(?:评论|評論).*"
)
_LISTED_DATE = re.compile(r"[（(]?(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[)）]?$")
_LABEL = re.compile(r"[^\s:：]{1,6}\s*[:：]")  # 「来源：…」 ends a list of headlines


def _listed(line: str) -> bool:
    """A line of such a list: another report's headline (with its date), or a blank line."""
    s = line.strip().lstrip("·•●◆-* ")
    if not s or _LISTED_DATE.search(s):
        return len(s) <= 80
    return len(s) <= 40 and not s.endswith(("。", "；", "！", "？")) and not _LABEL.match(s)


def is_list_heading(line: str) -> bool:
    """The heading of a page's list of other reports or of its comments (「相关阅读」「网友评论」)."""
    s = line.strip()
    return bool(_RELATED.fullmatch(s) or _COMMENTS.fullmatch(s))


def drop_lists(lines: list[str]) -> list[str]:
    """A page's lists of other reports and its comments, from their heading on: the list's
    headlines (each a short line, or one ending in its date), the comments up to the next
    such heading; only under the article (after a sentence of it)."""
    kept, mode, told = [], "", False
    for line in lines:
        s = line.strip()
        if told and is_list_heading(s):
            mode = "list" if _RELATED.fullmatch(s) else "comments"
            continue
        if (mode == "list" and _listed(s)) or mode == "comments":
            continue
        mode, told = "", told or s.endswith(("。", "！", "？", "”"))
        kept.append(line)
    return kept


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
    return drop_lists(kept[masthead(kept) :]) if page else kept
