import {reviewWidget} from '../../../src/segment/html/prune/review-widget.js'
import {describeTreeRuleTable, type PruneRow} from '../../helpers/prune-context.js'

// Elements from WCXB dev product pages (by id and site), cut down to what the rule reads.
const ROWS = [
  {html: '<div class="product-reviews"><div class="product-reviews__reviews-summary"><p>159 reviews with an average rating of 4.4 out of 5 stars</p></div><p>Verified purchaser. Fits true to size, warm enough for late autumn.</p></div>', expected: true, source: 'wcxb 0628 (rei)'},
  {html: '<div class="js-product-reviews-preview fx-content-section"><h2>Reviews</h2><p>Genuine step up from my old player. I have to say I am very pleasantly surprised.</p></div>', expected: true, source: 'wcxb 2947 (thomann)'},
  {html: '<div id="cm-cr-dp-review-list"><h3>Top reviews from the United States</h3><p>Works as described, the battery lasts a whole day. Helpful Report</p></div>', expected: true, source: 'wcxb 0612 (amazon)'},
  {html: '<div class="jdgm-widget jdgm-review-widget"><div class="jdgm-rev__body"><p>Love the colour, washed it twice and it still looks new.</p></div></div>', expected: true, source: 'constructed (a Judge.me storefront widget)'},
  // Near miss: the column named after its stars holds the name and the description.
  {html: '<div class="listing-info wider-review-col wt-order-xs-6"><h1>Hand-thrown stoneware mug</h1><p>Each mug is thrown on the wheel and glazed by hand, so no two are alike.</p></div>', expected: false, source: 'wcxb 0616 (etsy)'},
  {html: '<div class="product-description"><p>Reviewed by our buyers as the warmest jacket we sell, this parka keeps you dry in the rain.</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(reviewWidget, ROWS)
