import {sidebar} from '../../../src/segment/html/prune/sidebar.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<div class="sidebar sidebar--fixed"><div class="keyword-header">依據 Google 關鍵字搜尋結果</div></div>', expected: true, source: 'corpus pixnet'},
  {html: '<aside class="views-tags"><p><span class="tags">Tagged: <a class="tag pub" href="/tag/diet_pills">diet pills</a>, <a class="tag pub" href="/tag/inquests">inquests</a>, <a class="tag pub" href="/tag/uk">uk</a></span></p></aside>', expected: true, source: 'corpus buzzfeed-1'},
  {html: '<div class="notes module" role="complementary"><h3 class="heading">Notes:</h3><p class="jump">(See the end of the work for <a href="/chapters/30089508#work_endnotes">notes</a>.)</p></div>', expected: true, source: 'corpus archive-of-our-own'},
  // WordPress names its sidebar boxes `widget…`.
  {html: '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Spring menu</a></li><li><a href="/b">Our new chef</a></li></ul></section>', expected: true, source: 'constructed (WordPress default theme)'},
  {html: '<div id="secondary" class="widget-area"><p>Archives</p><ul><li><a href="/2024/05">May 2024</a></li></ul></div>', expected: true, source: 'constructed (WordPress default theme)'},
  // A page builder's `…-widget` boxes are the page's own sections.
  {html: '<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>We write music for film, games and advertising, and we have done so for twenty years.</p></div></div>', expected: false, source: 'WCXB dev 0095'},
  {html: '<section class="csol-section widget-span widget-type-cell" id="widget_1755214676739"><h2>Generate More Qualified Leads</h2><p>Turn anonymous website visitors into qualified opportunities with forms.</p></section>', expected: false, source: 'WCXB dev 0690'},
  {html: '<div class="w-widget w-widget-map"><p>Visit our studio in the old harbour building, open every weekday.</p></div>', expected: false, source: 'constructed (Webflow)'},
  // A long aside in a story is a box of the story.
  {html: '<aside class="explainer"><p>' + prose(30) + '</p></aside>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(sidebar, ROWS)
