"""The web pages: a news item with its site's chrome (menus, breadcrumbs, ads, 字体 大 中 小,
上一篇/下一篇, sharing, the footer and a URL line); and a 实施意见 on a government site's 政策文件
page, with the site's name in its <title>, no <h1>, the 政府信息公开 table of labelled fields
(索引号, 发文机关, 发文字号 …) above it and its 文号 on a line under its title."""

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


POLICY_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="松岭市人民政府办公室关于进一步做好稳就业工作的实施意见">
<meta name="PubDate" content="2025-04-18 09:30">
<title>松岭市人民政府办公室关于进一步做好稳就业工作的实施意见_政策文件_松岭市人民政府</title>
<script>window.site = {id: 42};</script>
</head>
<body>
<div class="header"><a href="/">松岭市人民政府</a> <span>欢迎访问</span> <a href="#">登录</a> <a href="#">注册</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zw/">政务公开</a> <a href="/zc/">政策文件</a> <a href="/hd/">政民互动</a> <a href="/bs/">办事服务</a></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 市政府办文件</div>
<table class="xxgk">
<tr><td>索引号：</td><td>11500000MB0000000X/2025-00021</td><td>主题分类：</td><td>劳动、人事、监察</td></tr>
<tr><td>发文机关：</td><td>松岭市人民政府办公室</td><td>成文日期：</td><td>2025年04月15日</td></tr>
<tr><td>标题：</td><td colspan="3">松岭市人民政府办公室关于进一步做好稳就业工作的实施意见</td></tr>
<tr><td>发文字号：</td><td>松府办发〔2025〕9号</td><td>发布日期：</td><td>2025年04月18日</td></tr>
</table>
<div class="content">
<h2 style="text-align:center">松岭市人民政府办公室关于进一步做好稳就业工作的实施意见</h2>
<p style="text-align:center">松府办发〔2025〕9号</p>
<p>各区县人民政府，市政府各部门：</p>
<p>为深入实施就业优先战略，稳定和扩大就业，经市政府同意，现提出以下实施意见。</p>
<p>一、支持企业稳岗扩岗</p>
<p>（一）实施稳岗返还。对上年度未裁员或裁员率不高于全国城镇调查失业率控制目标的参保企业，按其上年度实际缴纳失业保险费的百分之六十予以返还。</p>
<p>（二）发放一次性扩岗补助。企业招用毕业年度高校毕业生并签订一年以上劳动合同的，按每人一千五百元标准发放一次性扩岗补助。</p>
<p>二、促进重点群体就业</p>
<p>（一）拓宽高校毕业生就业渠道。市属国有企业当年新招聘岗位中用于招聘高校毕业生的比例不低于百分之五十。</p>
<p>（二）支持农民工返乡创业。对首次创办小微企业的返乡农民工，给予一次性创业补贴五千元。</p>
<p>三、强化就业服务保障</p>
<p>各区县要建立就业形势监测机制，每月分析研判就业形势，及时处置规模性失业风险。</p>
<p>本意见自印发之日起施行，有效期至2027年12月31日。</p>
<p style="text-align:right">松岭市人民政府办公室</p>
<p style="text-align:right">2025年4月15日</p>
<p>（此件公开发布）</p>
</div>
<div class="tools">【字体：大 中 小】 【打印本页】 【关闭窗口】 分享到：微信 微博</div>
<div class="related">相关文件：<a href="#">松岭市促进创业带动就业若干措施</a> <a href="#">2024年就业工作要点</a></div>
<div class="footer">
<p>主办单位：松岭市人民政府办公室 | 网站地图 | 联系我们</p>
<p>备案号：松ICP备00000001号 政府网站标识码：0000000099</p>
</div>
</body>
</html>
"""
