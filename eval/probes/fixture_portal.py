"""A government portal's article page for the probe-set makers (policy90 onwards): the site's
banner and menu, breadcrumbs, the title, an info bar carrying the publish time, 来源, views,
字号 大中小, 打印 and 关闭, the article's paragraphs, a related-files list and the site footer.
Nothing but the info bar carries the publish time (no <meta> PubDate)."""

from html import escape


def portal_page(site, crumbs, title, time, source, views, paras, related=(), column=None):
    """The page as a string; `related` is (title, date) pairs shown under the article."""
    crumb = " &gt; ".join(f'<a href="#">{escape(c)}</a>' for c in crumbs)
    menu = "".join(f'<li><a href="#">{m}</a></li>' for m in
                   ("首页", "机构概况", "政务公开", "政务服务", "互动交流"))
    body = "\n".join(f"<p style=\"text-indent:2em\">{escape(p)}</p>" for p in paras)
    rel = "\n".join(f'<li><a href="#">{escape(t)}</a><span class="date">{d}</span></li>'
                    for t, d in related)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - {escape(site)}</title>
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="top-bar"><span>欢迎访问{escape(site)}门户网站</span><a href="#">无障碍浏览</a><a href="#">长者模式</a></div>
<div class="banner"><img src="/images/logo.png" alt="{escape(site)}"></div>
<ul class="menu">{menu}</ul>
<div class="position">当前位置：{crumb}</div>
<div class="article">
<h2 class="art-title">{escape(title)}</h2>
<div class="art-info">发布时间：{time}　　来源：{escape(source)}　　浏览次数：{views}　　字号：[<a href="#">大</a>] [<a href="#">中</a>] [<a href="#">小</a>]　[<a href="javascript:window.print()">打印</a>]　[<a href="javascript:window.close()">关闭</a>]</div>
<div class="art-content">
{body}
</div>
<div class="related"><h3>相关文件</h3><ul>
{rel}
</ul></div>
</div>
<div class="footer">
<p>主办：{escape(site)}　　承办：{escape(site)}办公室</p>
<p>网站标识码：3310000090　　ICP备05019090号　　公网安备33100002000090号</p>
</div>
<script src="/js/share.js"></script>
</body>
</html>
"""
