import {isLabelBlock} from '../util/patterns.js'
import type {Rule} from './rule.js'

// The word boundaries stand once around the alternatives, not in each: read
// from every position of a long line, `\bA\b|\bB\b|…` tests the boundary
// again for each phrase, and took four to five times as long (same matches).
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|все права защищены)\b|版权所有|著作権/iu
const FOOTER_LINK =
  /^(?:privacy(?: policy| notice| statement)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|contact(?: us)?|about(?: us)?|back to top|site ?map|accessibility|careers|jobs|advertise(?: with us)?|help|faq|feedback|rss|rss feeds?|legal|imprint|impressum|mentions légales|aviso legal|do not sell my (?:personal )?info(?:rmation)?|cookie policy|powered by wordpress|proudly powered by wordpress|theme by .{1,40}|newsletters?|subscriptions?|corrections)$/iu
const MAX_COPYRIGHT_WORDS = 40
const RIGHTS_RESERVED = /\b(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|все права защищены)\b|版权所有/giu
/** What every match of COPYRIGHT holds. */
const COPYRIGHT_KEYS = /©|\(c\)|copyright|rights|droits|rechte|derechos|diritti|права|版权|著作権/iu

/** What every match of RIGHTS_RESERVED holds. */
const RIGHTS_KEYS = /rights|droits|rechte|derechos|diritti|права|版权/iu

/** A cheap test before the pattern: every copyright line holds one of these. */
function mayBeCopyright(text: string): boolean {
  return COPYRIGHT_KEYS.test(text)
}

/**
 * A cheap test before RIGHTS_RESERVED, which otherwise runs over every long
 * line of prose (it was the costliest pattern of the text path).
 */
function mayReserveRights(text: string): boolean {
  return RIGHTS_KEYS.test(text)
}
const MAX_LINK_WORDS = 6

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
  matches: 'A copyright or "All rights reserved" line, or a site-footer link ("Privacy Policy", "Terms of Use", "Back to top") after the article.',
  test(block, context) {
    const {words} = block.measures
    if (words <= MAX_COPYRIGHT_WORDS && mayBeCopyright(block.text) && COPYRIGHT.test(block.text) && (words <= 20 || !block.measures.endsSentence || /rights reserved/iu.test(block.text))) return {}
    // A legal block of any length: several notices in one line ("… © 2016
    // Morningstar, Inc. All Rights Reserved. Factset: … All rights reserved.").
    if (words > MAX_COPYRIGHT_WORDS && mayReserveRights(block.text) && (block.text.match(RIGHTS_RESERVED)?.length ?? 0) >= 2) return {}
    if (isLabelBlock(block, MAX_LINK_WORDS) && FOOTER_LINK.test(block.text) && context.proseAfter(block.index) === 0) return {}
    return undefined
  }
}
