import {sidebar} from '../../../src/html/prune/sidebar.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<div class="sidebar sidebar--fixed"><div class="keyword-header">依據 Google 關鍵字搜尋結果</div></div>', expected: true, source: 'corpus pixnet'},
  {html: '<aside class="views-tags"><p><span class="tags">Tagged: <a class="tag pub" href="/tag/diet_pills">diet pills</a>, <a class="tag pub" href="/tag/inquests">inquests</a>, <a class="tag pub" href="/tag/uk">uk</a></span></p></aside>', expected: true, source: 'corpus buzzfeed-1'},
  {html: '<div class="notes module" role="complementary"><h3 class="heading">Notes:</h3><p class="jump">(See the end of the work for <a href="/chapters/30089508#work_endnotes">notes</a>.)</p></div>', expected: true, source: 'corpus archive-of-our-own'},
  // A long aside in a story is a box of the story.
  {html: '<aside class="explainer"><p>' + prose(30) + '</p></aside>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(sidebar, ROWS)
