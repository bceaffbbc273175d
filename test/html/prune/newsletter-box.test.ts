import {newsletterBox} from '../../../src/segment/html/prune/newsletter-box.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<section class="module module--newsletter"><h4 class="newsletter__heading">Get connected with IAB</h4><div class="newsletter__text"><p>Be the first to know. Sign up to receive news about the IAB programs, standards, events, classes, and more!</p></div></section>', expected: true, source: 'corpus iab-1'},
  {html: '<div class="mod newsletter-form"><h2>Recevoir la newsletter</h2><p>L\'actu Libé tous les matins par email</p></div>', expected: true, source: 'corpus liberation-1'},
  // A long text about subscriptions is not a sign-up box.
  {html: '<div class="subscription-story"><p>' + prose(9) + '</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(newsletterBox, ROWS)
