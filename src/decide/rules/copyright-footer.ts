import {isLabelBlock} from '../../util/patterns.js'
import type {Rule, RuleMatch} from './line-rule.js'

// The word boundaries stand once around the alternatives, not in each: read
// from every position of a long line, `\bA\b|\bB\b|…` tests the boundary
// again for each phrase, and took four to five times as long (same matches).
// A copyright line either starts with its sign (COPYRIGHT_START, tried at the
// start only) or holds a reserved-rights phrase (COPYRIGHT_PHRASE); the two
// together match what one pattern of both did.
const COPYRIGHT_START = /^(?:©|\(c\)|copyright\b)/iu
/** "All rights reserved" in the corpus's languages: one list for both patterns below. */
const RESERVED_PHRASES = String.raw`\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|все права защищены)\b|版权所有`
const COPYRIGHT_PHRASE = new RegExp(`${RESERVED_PHRASES}|著作権`, 'iu')
const FOOTER_LINK =
  /^(?:privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|contact(?: us)?|about(?: us)?|back to top|site ?map|accessibility|careers|jobs|advertise(?: with us)?|help|faq|feedback|rss|rss feeds?|legal|imprint|impressum|mentions légales|aviso legal|do not sell my (?:personal )?info(?:rmation)?|cookie policy|powered by wordpress|proudly powered by wordpress|theme by .{1,40}|newsletters?|subscriptions?|corrections)$/iu
const MAX_COPYRIGHT_WORDS = 40
const RIGHTS_RESERVED = new RegExp(RESERVED_PHRASES, 'giu')

/**
 * What every match of COPYRIGHT_PHRASE and of RIGHTS_RESERVED holds. One
 * scan of these keys, on lines of any length, replaced a scan for the keys
 * of the whole copyright pattern (with "©", "(c)" and "copyright", which
 * only count at the line's start): a third cheaper on the corpus's lines.
 */
const RIGHTS_KEYS = /rights|droits|rechte|derechos|diritti|права|版权|著作権/iu

/**
 * A cheap test before the phrases, which otherwise run over every line of
 * prose (RIGHTS_RESERVED was the costliest pattern of the text path).
 */
function mayReserveRights(text: string): boolean {
  return RIGHTS_KEYS.test(text)
}
const MAX_LINK_WORDS = 6

/** Whether a line is a copyright notice: it starts with the sign, or reserves rights. */
function isCopyright(text: string): boolean {
  return COPYRIGHT_START.test(text) || (mayReserveRights(text) && COPYRIGHT_PHRASE.test(text))
}

/**
 * Copyright lines and the footer's links ("Privacy Policy", "Terms of Use",
 * "Back to top", "Powered by WordPress"). Footer links only count after the
 * article's last paragraph, where the site footer is. The near miss it keeps:
 * a body sentence that quotes a copyright law ("Copyright law was changed in
 * 1998, the court noted …" is long prose, not a notice).
 */
export const copyrightFooter: Rule = {
  name: 'copyright-footer',
  reason: 'footer',
  reports: ['site-name'],
  matches: 'A copyright or "All rights reserved" line, or a site-footer link ("Privacy Policy", "Terms of Use", "Back to top") after the article.',
  test(block, context) {
    const {words} = block.measures
    if (words <= MAX_COPYRIGHT_WORDS && isCopyright(block.text) && (words <= 20 || !block.measures.endsSentence || /rights reserved/iu.test(block.text))) return holderMatch(block.text)
    // A legal block of any length: several notices in one line ("… © 2016
    // Morningstar, Inc. All Rights Reserved. Factset: … All rights reserved.").
    if (words > MAX_COPYRIGHT_WORDS && mayReserveRights(block.text) && (block.text.match(RIGHTS_RESERVED)?.length ?? 0) >= 2) return holderMatch(block.text)
    if (isLabelBlock(block, MAX_LINK_WORDS) && FOOTER_LINK.test(block.text) && context.proseAfter(block.index) === 0) return holderMatch(block.text)
    return undefined
  }
}

// "© 2016 Example Media. All rights reserved." → "Example Media"
const COPYRIGHT_HOLDER = /^(?:©|\(c\)|copyright)\s?(?:©\s?)?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s)?([^.|,©]{2,60}?)(?:,? (?:inc|llc|ltd|gmbh|s\.a)\.?)?(?:[.|,]|\s?all rights reserved|$)/iu

/** A copyright line's match, with its holder as a clue to the site's name. */
function holderMatch(text: string): RuleMatch {
  const holder = COPYRIGHT_HOLDER.exec(text)?.[1]?.trim()
  return holder && /\p{Lu}/u.test(holder) ? {findings: [{kind: 'site-name', name: holder, source: 'copyright'}]} : {}
}
