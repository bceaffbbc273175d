import type {Rule} from './line-rule.js'

const OFFER =
  /^(?:subscribe(?: now| today)?|subscribe to (?:the|our) [\p{L} ]{1,30}|become a [\p{L} ]{1,20}member|join now|s'abonner|abonnez-vous|jetzt abonnieren|abonnieren|assine|suscríbete|get unlimited access|start your free trial|already a subscriber)\b/iu
// A sign-up that asks for an e-mail is a newsletter prompt, not an offer.
const MAILING = /\b(?:newsletters?|e-?mails?|inbox|alerts?|courriel)\b/iu
const MAX_OFFER_WORDS = 20

/**
 * Subscription offers and paywall prompts: "SUBSCRIBE NOW", "Abonnez-vous à
 * partir de 1 €", "Become a member for free". Why: the site selling itself,
 * a promo. The near miss it keeps: "Subscribers can read the full report."
 * (a sentence about subscribers, not an offer).
 */
export const subscriptionOffer: Rule = {
  name: 'subscription-offer',
  reason: 'promo',
  matches: 'A subscription or membership offer ("Subscribe now", "Abonnez-vous à partir de 1 €", "Become a member"), not a newsletter sign-up.',
  test(block) {
    if (block.measures.words > MAX_OFFER_WORDS) return undefined
    return OFFER.test(block.text) && !MAILING.test(block.text) ? {} : undefined
  }
}
