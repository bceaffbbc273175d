import {shareButtons} from '../../../src/segment/html/prune/share-buttons.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<section class="author-social"><strong>Email</strong> <a href="mailto:dan.goodin@arstechnica.com">dan.goodin@arstechnica.com</a> <span class="slashes">//</span> <strong>Twitter</strong> <a href="https://www.twitter.com/dangoodin001">@dangoodin001</a></section>', expected: true, source: 'corpus ars-1'},
  {html: '<div class="dr-article-content__social-links-tooltip dr-display-none">Link copied</div>', expected: true, source: 'corpus dropbox-blog'},
  {html: '<div class="mbArticleSharePic"><div class="mbArticleShareBtn"><span>转播到腾讯微博</span></div></div>', expected: true, source: 'corpus qq'},
  // A social-media story is long.
  {html: '<section class="social"><h2>How the app changed a town</h2><p>' + prose(4) + '</p></section>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(shareButtons, ROWS)
