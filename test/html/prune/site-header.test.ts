import {siteHeader} from '../../../src/segment/html/prune/site-header.js'
import {describeTreeRuleTable, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<header class="main-title"><h1><a href="/">Hi, I\'m <strong>Nicolas.</strong></a></h1><small>I code stuff. I take photos. I write rants.</small></header>', expected: true, source: 'corpus 001'},
  {html: '<header id="masthead" class="section"><div class="site-id"><a href="https://blog.nightly.mozilla.org/" rel="home" title="Go to the front page"><h4 id="site-title"><span>Firefox Nightly News</span></h4></a></div></header>', expected: true, source: 'corpus firefox-nightly-blog'},
  {html: '<div class="header"><h1 class="heading"><a href="index.html"><span>evolve extension for Mercurial</span></a></h1></div>', expected: true, source: 'corpus mercurial'},
  // The article's own header, with its headline, is inside the article.
  {html: '<header class="collection-headline"><h1 itemprop="headline">Nintendo\'s first iPhone game will launch in December for $10</h1></header>', expected: false, source: 'corpus msn', where: 'article'},
  // A list item classed as a header is not a site header (only its list is tried).
  {html: '<ul><li class="header_cell">Opinion</li></ul>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(siteHeader, ROWS)
