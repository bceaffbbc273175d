import {hasWord, type PruneContext, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr'])
/**
 * `cmp` (a consent management platform) is also the prefix Adobe Experience
 * Manager's core components put on every box (`cmp-container`, `cmp-text`,
 * `cmp-teaser`): alone it marked whole service pages as a cookie banner
 * (WCXB dev, pages of two consultancies and a security vendor). It counts
 * only on a box that says it overlays the page.
 */
const PLATFORM_WORD = 'cmp'
const OVERLAY_WORDS = new Set(['banner', 'dialog', 'modal', 'popup', 'overlay', 'notice'])
const OVERLAY_ROLES = new Set(['dialog', 'alertdialog', 'region'])
const MAX_CHARS = 2000

function isConsentPlatform(context: PruneContext): boolean {
  return context.tokens.has(PLATFORM_WORD) && (OVERLAY_ROLES.has(context.role) || hasWord(context, OVERLAY_WORDS))
}

/**
 * Cookie and consent banners and dialogs (`class="cookie-banner"`,
 * `id="consent"`, `gdpr`, a `cmp-banner`). They are short: a class word alone does not
 * remove a long text (a privacy policy page is an article about cookies).
 */
export const cookieConsent: PruneRule = {
  name: 'cookie-consent',
  reason: 'cookie-notice',
  matches: 'A cookie or consent banner or dialog, by its `class`/`id` words (`cookie`, `consent`, `gdpr`, or `cmp` on a banner, dialog or modal), up to 2,000 characters.',
  test(_element, context) {
    return context.stats.chars <= MAX_CHARS && (hasWord(context, WORDS) || isConsentPlatform(context))
  }
}
