import {pageFooter} from '../../../src/segment/html/prune/page-footer.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<footer class="site-footer"><p>© 2012 Nicolas Perriault — <a href="https://twitter.com/n1k0">Tweet at me</a> — <a href="https://github.com/n1k0">Get my code</a> — <a href="/contact/">Contact me</a></p></footer>', expected: true, source: 'corpus 001'},
  {html: '<footer class="fx-footer"><h4>Bleeding edge browsing</h4><p><a href="https://www.mozilla.org/firefox/channel/desktop/#nightly" class="button button-product">Download Firefox Nightly</a></p></footer>', expected: true, source: 'corpus firefox-nightly-blog'},
  {html: '<div id="copyrightClarify"><a href="http://www.gmw.cn/content/2011-02/14/content_1609313.htm"><span class="red14b">版权声明：</span><span class="black14">转载须经版权人书面授权并注明来源</span></a></div>', expected: true, source: 'corpus gmw'},
  // Over 3,000 characters: a story that a page wraps in a footer.
  {html: '<footer><p>' + prose(30) + '</p></footer>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(pageFooter, ROWS)
