"""The place an organ named without it belongs to. A page's 「来源：市财政局」 or a 答记者问's
「市民政局负责人」 speaks of its own city's bureau: on 岚溪市's portal that is 岚溪市财政局, and a
「区民政局」 on 岚溪市石埠区's portal is 岚溪市石埠区民政局 (and so is a 解读's 来源 「石埠区民政局」). The place is read from the site's
name (a web page's <title> or 主办 line), else from the text: a place opening a 《title》 or a
line (「《岚溪市社区老年助餐服务管理办法》」, 「石埠区农村老年助餐点建设政策问答」)."""

from __future__ import annotations

import re

# 「市财政局」, 「区民政局」, 「县人民政府办公室」: a level, then the organ (not 市场…, 区域…, 县级…)
_SHORT = re.compile(r"^(?P<level>[市区县])(?!场|域|级|属|直|辖)(?P<rest>[\u4e00-\u9fff]{2,30})$")
_NAME = r"[\u4e00-\u9fff]{2,4}?"
_OPENS = r"(?:^|(?<=[《“\n]))"
_CITY = re.compile(_OPENS + rf"(?P<city>{_NAME}市)", re.M)
_COUNTY = re.compile(_OPENS + rf"(?P<city>{_NAME}市)?(?P<county>{_NAME}[区县])", re.M)
_NOT_A_PLACE = re.compile(r"关于|印发|本|全|各|我|该|城|门户|政府|网站")
_NOT_A_COUNTY = re.compile(r"市|社区|小区|园区|景区|片区|辖区|地区|山区|校区|城区")


def _places(pattern: re.Pattern[str], text: str, group: str) -> list[re.Match[str]]:
    bad = _NOT_A_COUNTY if group == "county" else _NOT_A_PLACE
    return [
        m
        for m in pattern.finditer(text)
        if not _NOT_A_PLACE.search(m[group]) and not bad.search(m[group])
    ]


def city_of(site: str | None, text: str) -> str | None:
    """The city the site names, else the first a title or line of the text opens with."""
    for source in (site or "", text):
        if found := _places(_CITY, source, "city"):
            return found[0]["city"]
    return None


def county_of(site: str | None, text: str) -> str | None:
    """「岚溪市石埠区」: the district (or county) with its city, from the site, else the text
    (a district the text names alone takes the city found for it)."""
    for source in (site or "", text):
        for m in _places(_COUNTY, source, "county"):
            if m["city"] and not _NOT_A_PLACE.search(m["city"]):
                return m["city"] + m["county"]
    alone = _places(_COUNTY, text, "county")
    city = city_of(site, text)
    if alone and city:
        county = alone[0]["county"]
        return county if county.startswith(city) else city + county
    return None


def qualified(name: str, text: str, site: str | None = None) -> str:
    """`name` with its place put before it when it is named only by its level (「市财政局」);
    as it is when it names its place or no place is found."""
    parts = name.split("、")
    if len(parts) > 1:
        return "、".join(qualified(p, text, site) for p in parts)
    m = _SHORT.match(name)
    if not m:
        return name
    place = city_of(site, text) if m["level"] == "市" else county_of(site, text)
    return place + m["rest"] if place and place.endswith(m["level"]) else name


_IN_COUNTY = re.compile(rf"^(?P<county>{_NAME}[区县])(?P<rest>[\u4e00-\u9fff]{{2,30}})$")


def with_city(name: str, text: str, site: str | None) -> str:
    """A district's organ a page's 来源 names without its city (「石埠区城市管理局」 on 桐湾市
    石埠区's portal) with the city the site or the text puts that district in. Only for the
    organ speaking for a 解读 or 答记者问: a 落款 or 版头 keeps the name it prints."""
    m = _IN_COUNTY.match(name)
    if not m or _NOT_A_COUNTY.search(m["county"]) or _NOT_A_PLACE.search(m["county"]):
        return name
    place = county_of(site, text)
    city = place[: -len(m["county"])] if place and place.endswith(m["county"]) else ""
    if city.endswith("市") and not re.search("[区县]", city):  # not 「桐川县市」 of 「桐川县市场…」
        return place + m["rest"]
    return name


# a site's name over its navigation bar, at the top of a page pasted as text
_SITE_LINE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:人民政府|政府|局|委员会|办公室|厅)")
_NAV_BAR = re.compile(r"^首页[ \t\u3000]*[|｜>＞丨]")


def pasted_site(text: str) -> str | None:
    """The site's name a page pasted as text opens with (「岚溪市石埠区人民政府」 over 「首页 |
    政务公开 | …」), which the cleaned text no longer shows; None otherwise."""
    lines = [ln.strip() for ln in text.split("\n", 8)[:8] if ln.strip()][:2]
    if len(lines) == 2 and _SITE_LINE.fullmatch(lines[0]) and _NAV_BAR.match(lines[1]):
        return lines[0]
    return None
