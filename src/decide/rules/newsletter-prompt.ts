import type {Rule} from './line-rule.js'

// An imperative that asks for a sign-up, or the inbox promise that goes with it.
const PROMPT =
  /^(?:sign up|subscribe|get (?:our|the|a) .{0,60}(?:newsletter|briefing|email|inbox)|enter your e-?mail|join (?:our|the) .{0,40}(?:newsletter|mailing list)|never miss|don'?t miss (?:a|an|out)|receive .{0,40}(?:newsletter|emails?)|abonnez-vous|inscrivez-vous|abonnieren|jetzt abonnieren|suscríbete|regístrate)\b/iu
const INBOX = /\b(?:delivered|straight|directly|sent|alerts) (?:straight |directly )?to your inbox\b|\bin your inbox\b|\bnewsletters?\b|\bmailing list\b|\bnewsletteru\b/iu
/** What every match of INBOX holds. */
const NEWSLETTER_KEYS = /inbox|newsletter|mailing/iu
const MAX_PROMPT_WORDS = 40
const MAX_LABEL_WORDS = 8

/**
 * Newsletter and subscription prompts: "Sign up for our newsletter", "Get the
 * best stories delivered to your inbox", a short "Newsletter" label. Why: a
 * call to action, not the article. The near miss it keeps: a sentence that
 * reports on a newsletter ("The newsletter, which has 2 million readers, said …").
 */
export const newsletterPrompt: Rule = {
  name: 'newsletter-prompt',
  reason: 'newsletter',
  matches: 'A newsletter sign-up prompt ("Sign up for our newsletter", "… delivered to your inbox", "Enter your email"), or a short newsletter label.',
  test(block) {
    const {words} = block.measures
    if (words > MAX_PROMPT_WORDS) return undefined
    if (PROMPT.test(block.text)) return {}
    if (!NEWSLETTER_KEYS.test(block.text)) return undefined
    if (INBOX.test(block.text) && (block.measures.words <= MAX_LABEL_WORDS || /\binbox\b|\bsign up\b|\bsubscribe\b|\bpřihlášením\b/iu.test(block.text))) return {}
    return undefined
  }
}
