import {isLabelBlock} from '../../util/patterns.js'
import type {Rule} from './line-rule.js'

const COOKIE = /\bcookies?\b|\bcookie-|\bgdpr\b/iu
/** What every match of COOKIE holds. */
const COOKIE_KEYS = /cookie|gdpr/iu
const CONSENT =
  /\b(?:we use|this (?:web)?site uses|uses cookies|by (?:continuing|using|clicking)|accept|consent|privacy|policy|settings|preferences|manage|(?:you |to )agree|agree to|personali[sz]|partners|tracking|utilisons|utilise|akzeptieren|verwenden|usamos|utilizamos|aceptar)\b/iu
/** The site's own voice asking the reader: what a long notice says, and a paragraph about cookies does not. */
const SITE_VOICE =
  /\b(?:we use|we and our partners|our (?:third[- ]party )?partners|would like to (?:process|use|store)|this (?:web)?site uses|uses cookies|by (?:continuing|using|clicking)|you (?:accept|agree|consent)|(?:accept|agree to) (?:the use of|our)|utilisons|akzeptieren|usamos|utilizamos|aceptar)\b/iu
/** A consent dialog's paragraph that does not name cookies: "By clicking “Accept” below, you … consent". */
const ASKS_CONSENT = /^by (?:clicking|continuing|using|tapping)\b/iu
const GRANTS = /\b(?:consent|agree)\b/iu
/** Past this many words a notice must speak in the site's voice (a privacy article's paragraph about cookies does not). */
const MAX_TOPIC_ONLY_WORDS = 60
const BUTTON = /^(?:accept(?: all)?(?: cookies)?|reject all|decline|allow all|manage (?:cookie )?(?:preferences|settings|options)|cookie (?:settings|preferences|policy)|tout accepter|alle akzeptieren|aceptar todo)$/iu
const MAX_NOTICE_WORDS = 160
const MAX_BUTTON_WORDS = 4

/**
 * Cookie and consent notices and their buttons. Why: a dialog over the page,
 * present in every dump of a site that shows one. The near misses it keeps
 * (test/rules/cookie-notice.test.ts): a sentence about baked cookies (no
 * consent or tracking words); a long paragraph of an article about tracking
 * that names cookies and privacy but does not speak as the site to the
 * reader (aclu); a reader's "I agree … cookie free" comment. A consent
 * dialog's paragraph that never says "cookie" ("By clicking “accept” below,
 * you … consent", medicalnewstoday) is one too.
 */
export const cookieNotice: Rule = {
  name: 'cookie-notice',
  reason: 'cookie-notice',
  matches: 'A cookie or consent notice ("We use cookies …", "By continuing to use this site …", a long one only in the site\'s voice) or one of its buttons ("Accept all", "Manage preferences").',
  test(block) {
    const {words} = block.measures
    if (isLabelBlock(block, MAX_BUTTON_WORDS) && BUTTON.test(block.text)) return {}
    if (words > MAX_NOTICE_WORDS) return undefined
    if (!COOKIE_KEYS.test(block.text)) return ASKS_CONSENT.test(block.text) && GRANTS.test(block.text) ? {} : undefined
    if (!COOKIE.test(block.text) || !CONSENT.test(block.text)) return undefined
    return words <= MAX_TOPIC_ONLY_WORDS || SITE_VOICE.test(block.text) ? {} : undefined
  }
}
