"""The web page: a news item with its site's chrome (menus, breadcrumbs, ads, 字体 大 中 小,
上一篇/下一篇, sharing, the footer and a URL line)."""

from __future__ import annotations

HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="PubDate" content="2025-10-17 17:49">
<title>青禾市召开飞地园区建设推进会_青禾市人民政府门户网站</title>
<script>var _hmt = _hmt || []; (function () { _hmt.push(["page", "news"]); })();</script>
<style>.ad { border: 1px solid #ccc; } .share span { margin: 0 4px; }</style>
</head>
<body>
<div class="topbar">青禾市人民政府门户网站 | 无障碍浏览 | 长者模式 | English</div>
<ul class="menu">
  <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/xwzx/">新闻中心</a></li><li><a href="/bsfw/">办事服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
</ul>
<div class="crumb">首页 &gt; 新闻中心 &gt; 园区动态 &gt; 正文</div>
<div class="ad">【广告】青禾农商银行“飞地贷”上线，最快三天放款</div>
<div class="article">
  <h1>青禾市召开飞地园区建设推进会</h1>
  <div class="info">发布时间: 2025-10-17 17:49:01　来源：青禾市发展和改革委员会　【字体：大 中 小】　【打印】【关闭】</div>
  <p>10月16日，青禾市召开飞地园区建设推进会，通报前三季度飞地园区建设进展，部署第四季度重点工作。</p>
  <p>会议通报，截至9月底，全市飞地园区累计签约项目46个，协议投资212亿元，其中31个项目已开工建设，12个项目建成投产。</p>
  <p>会议要求，各县（市、区）要在2025年12月31日前完成本年度飞地项目认定，确保已签约项目年内开工率达到八成以上。</p>
  <p>会议强调，飞出地和飞入地要严格按照利益分享办法兑现税收分成，不得以任何理由拖欠或截留分享资金。</p>
  <p class="editor">责任编辑：林晓岚</p>
</div>
<div class="pager">上一篇：青禾市飞地园区人才公寓首批交付使用<br>下一篇：飞地园区标准厂房开放参观</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="ad">推广：园区招商热线 0000-12345678</div>
<div class="footer">
  <p>主办：青禾市人民政府办公室　承办：青禾市大数据中心</p>
  <p>网站标识码：0000000001　备案号：青ICP备00000000号</p>
  <p>https://www.qinghe.example.gov.cn/xwzx/yqdt/202510/t20251017_1.html</p>
</div>
</body>
</html>
"""
