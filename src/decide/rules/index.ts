import {adMarker} from './ad-marker.js'
import {archiveNotice} from './archive-notice.js'
import {authorBio} from './author-bio.js'
import {breadcrumb} from './breadcrumb.js'
import {byline} from './byline.js'
import {commentForm} from './comment-form.js'
import {contributorCredit} from './contributor-credit.js'
import {cookieNotice} from './cookie-notice.js'
import {copyrightFooter} from './copyright-footer.js'
import {dateLine} from './date-line.js'
import {feedbackPrompt} from './feedback-prompt.js'
import {hatnote} from './hatnote.js'
import {headerPromo} from './header-promo.js'
import {leakedMarkup} from './leaked-markup.js'
import {menuRun} from './menu-run.js'
import {moreInSection} from './more-in-section.js'
import {newsletterPrompt} from './newsletter-prompt.js'
import {pager} from './pager.js'
import {photoCredit} from './photo-credit.js'
import {relatedLinks} from './related-links.js'
import type {Rule} from './line-rule.js'
import {shareBar} from './share-bar.js'
import {socialHandle} from './social-handle.js'
import {subscriptionOffer} from './subscription-offer.js'
import {widgetControl} from './widget-control.js'

/**
 * Every rule, in the order they are tried; the first that matches a block
 * removes it. Why this order:
 * 1. Widgets that span many lines (comment forms, related-link lists, share
 *    bars) come first, so that their short lines are removed as one widget and
 *    not one by one as menus or promos.
 * 2. Lines that carry metadata (captions, dates, bylines, credits, handles,
 *    bios) come next, so their text reaches `captions`, `publishedAt` and
 *    `authors` under the right reason.
 * 0. Leaked markup first: a tracking pixel's tag is nothing else.
 * 3. Single-line notices (archive, newsletter, cookie, feedback poll, widget
 *    button, pager, hatnote, ad, footer, breadcrumb).
 * 4. Positional rules last (menus outside the body, promos above the title):
 *    they catch what is left of the page's furniture.
 */
export const RULES: readonly Rule[] = [
  leakedMarkup,
  commentForm,
  relatedLinks,
  moreInSection,
  shareBar,
  photoCredit,
  dateLine,
  byline,
  contributorCredit,
  socialHandle,
  authorBio,
  archiveNotice,
  subscriptionOffer,
  newsletterPrompt,
  cookieNotice,
  feedbackPrompt,
  widgetControl,
  pager,
  hatnote,
  adMarker,
  copyrightFooter,
  breadcrumb,
  menuRun,
  headerPromo
]

export type {Finding, FindingKind} from './finding.js'
export type {Rule, RuleContext, RuleMatch} from './line-rule.js'
