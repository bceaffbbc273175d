import {relatedContent} from '../../../src/segment/html/prune/related-content.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<div class="RelatedSearches FLC mod" id="RelatedSearches"><div class="headline2 head heading">Related Searches</div></div>', expected: true, source: 'corpus ehow-1'},
  {html: '<div class="related_stories widget"><h3>You Might Also Like</h3><div id="taboola-bottom-main-column"></div></div>', expected: true, source: 'corpus salon-1'},
  {html: '<div class="group outbrain-group text-g-more-stories"><div class="group-header"><h2 class="heading">more stories</h2></div></div>', expected: true, source: 'corpus herald-sun-1'},
  // A long box with little link text is the story's own.
  {html: '<div class="related-explainer"><p>' + prose(16) + '</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(relatedContent, ROWS)
