import {commentSection} from '../../../src/segment/html/prune/comment-section.js'
import {describeTreeRuleTable, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<p class="comments">Submit comments on this post to <a href="mailto:bkuhn@ebb.org">&lt;bkuhn@ebb.org&gt;</a>.</p>', expected: true, source: 'corpus ebb-org'},
  {html: '<section class="c-disqus lazyload"><button type="button" class="c-btn c-btn--disqus-comments js-load-disqus-comments">Expand Comments +</button><div id="disqus_thread"></div></section>', expected: true, source: 'corpus citylab-1'},
  {html: '<figure id="Comments" class="mod FLC" data-module="comments"><h2 class="decoration headline2 head mg-2">Comments</h2><div id="disqus_thread"></div></figure>', expected: true, source: 'corpus ehow-2'},
  // Words are whole: "commentary" is not "comment".
  {html: '<div class="commentary"><p>Our columnist on the week in politics.</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(commentSection, ROWS)
