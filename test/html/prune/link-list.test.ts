import {linkList} from '../../../src/segment/html/prune/link-list.js'
import {describeTreeRuleTable, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<ul id="navi_main"><li class="aktiv"><a href="/mac-and-i/news/">News</a></li><li><a href="/mac-and-i/artikel/">Artikel</a></li><li><a href="/mac-and-i/forum/">Forum</a></li><li><a href="/mac-and-i/produkte/">Produkte</a></li><li><a href="/mac-and-i/heft/">Heft</a></li></ul>', expected: true, source: 'corpus heise'},
  {html: '<div class="SideBox"><p class="Header">Recent Features</p><p><a href="/Articles/640549/">LWN.net Weekly Edition for April 23, 2015</a></p><p><a href="/Articles/641275/">The kdbuswreck</a></p><p><a href="/Articles/639894/">LWN.net Weekly Edition for April 16, 2015</a></p><p><a href="/Articles/640123/">Ubuntu 15.04</a></p></div>', expected: true, source: 'corpus lwn-1'},
  {html: '<ul class="tj2_1"><li><a href="../201701/t20170103_9005167.htm">49990名大学生获2015—2016国家奖学金</a></li><li><a href="../201701/t20170119_9050160.htm">国家开放大学2016年度十大新闻权威发布</a></li><li><a href="../201612/t20161219_8963724.htm">9岁跨性别儿童登杂志封面</a></li><li><a href="../201612/t20161215_8955555.htm">教育部发布新规</a></li></ul>', expected: true, source: 'corpus youth'},
  // A list with links in its sentences: mostly text.
  {html: '<ul><li>The <a href="/a">first</a> study followed 2,000 adults for ten years.</li><li>A <a href="/b">second</a> one looked at their children.</li><li>The <a href="/c">third</a> compared two cities over the same decade.</li><li>The <a href="/d">last</a> one is still running.</li></ul>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(linkList, ROWS)
