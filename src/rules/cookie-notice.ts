import {lowerText} from '../blocks/lower-case.js'
import {isLabelLike} from '../util/patterns.js'
import type {Rule} from './rule.js'

const COOKIE = /\bcookies?\b|\bcookie-|\bgdpr\b/iu
const CONSENT =
  /\b(?:we use|this (?:web)?site uses|uses cookies|by (?:continuing|using|clicking)|accept|consent|privacy|policy|settings|preferences|manage|agree|personali[sz]|partners|tracking|utilisons|utilise|akzeptieren|verwenden|usamos|utilizamos|aceptar)\b/iu
const BUTTON = /^(?:accept(?: all)?(?: cookies)?|reject all|decline|allow all|manage (?:cookie )?(?:preferences|settings|options)|cookie (?:settings|preferences|policy)|tout accepter|alle akzeptieren|aceptar todo)$/iu
const MAX_NOTICE_WORDS = 160
const MAX_BUTTON_WORDS = 4

/**
 * Cookie and consent notices and their buttons. Why: a dialog over the page,
 * present in every dump of a site that shows one. The near miss it keeps: a
 * sentence about baked cookies (no consent or tracking words).
 */
export const cookieNotice: Rule = {
  name: 'cookie-notice',
  reason: 'cookie-notice',
  matches: 'A cookie or consent notice ("We use cookies …", "By continuing to use this site …") or one of its buttons ("Accept all", "Manage preferences").',
  test(block) {
    const {words} = block.measures
    if (words <= MAX_BUTTON_WORDS && isLabelLike(block.text, MAX_BUTTON_WORDS) && BUTTON.test(block.text)) return {}
    if (words > MAX_NOTICE_WORDS) return undefined
    const lower = lowerText(block)
    if (!lower.includes('cookie') && !lower.includes('gdpr')) return undefined
    return COOKIE.test(block.text) && CONSENT.test(block.text) ? {} : undefined
  }
}
