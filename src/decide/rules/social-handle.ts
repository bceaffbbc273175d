import {HANDLE, SOCIAL_PLATFORM, SOCIAL_PLATFORMS} from '../../util/patterns.js'
import type {SocialHandle} from '../../types.js'
import type {Rule, RuleMatch} from './line-rule.js'

const PAIR = new RegExp(String.raw`(${SOCIAL_PLATFORM})\s?[:：]?\s?(${HANDLE})`, 'giu')
/** "Twitter: @a", "Twitter: @a | Instagram: @b". */
const PAIRS_LINE = new RegExp(String.raw`^(?:(?:${SOCIAL_PLATFORM})\s?[:：]?\s?${HANDLE}[\s,|/·•]{0,5}){1,6}$`, 'iu')
/** "Follow Jane Doe on Twitter", "Follow her on Instagram @jane", "Follow @jane on Twitter". */
const FOLLOW = new RegExp(String.raw`^follow ((?:${HANDLE})|[\p{L} .'’-]{1,60}?) on (${SOCIAL_PLATFORM})\b[^.]{0,60}$`, 'iu')
/** Whom a "Follow … on …" line names: a handle, a pronoun or a capitalised name ("the steps" is none). */
const FOLLOWED = /^(?:@|(?:him|her|them|us|me)$|\p{Lu})/u
/** "Devindra Hardawar, @devindra": a name, then the handle. */
const NAME_HANDLE = new RegExp(String.raw`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}),\s?${HANDLE}$`, 'u')
/** "Email jane@example.com", a contact that shares a footer line with the handles. */
const EMAIL_PART = /^e-?mail\s?[:：]?\s?[^\s@]{1,64}@[^\s@]{1,255}$/iu
/** Between the parts of a footer line: "Email … // Twitter @…", "Twitter … | Instagram …". */
const PART_SEPARATOR = /\s(?:\/\/|\||·|•)\s/u
/** A lone handle, or "@handle on Twitter". */
const LONE = new RegExp(String.raw`^(${HANDLE})(?: on (${SOCIAL_PLATFORM}))?$`, 'iu')
const HANDLES = new RegExp(HANDLE, 'gu')
const MAX_LINE_WORDS = 25

/** The handles a footer line names, with their platform when it says. */
export function parseSocialHandles(text: string): SocialHandle[] {
  const found: SocialHandle[] = []
  for (const match of text.matchAll(PAIR)) {
    const platform = SOCIAL_PLATFORMS[(match[1] ?? '').toLowerCase()] ?? null
    found.push({platform, handle: (match[2] ?? '').slice(1)})
  }
  if (found.length > 0) return found
  const follow = FOLLOW.exec(text) ?? LONE.exec(text)
  const platform = follow ? (SOCIAL_PLATFORMS[(follow.at(-1) ?? '').toLowerCase()] ?? null) : null
  for (const match of text.matchAll(HANDLES)) found.push({platform, handle: match[0].slice(1)})
  return found
}

function isFollow(text: string): boolean {
  const followed = FOLLOW.exec(text)?.[1]
  return followed !== undefined && FOLLOWED.test(followed)
}

/** A footer line of contacts, each part a handle with its platform or an email address, one handle at least. */
function isContactLine(text: string): boolean {
  const parts = text.split(PART_SEPARATOR)
  if (parts.length < 2) return false
  return parts.every((part) => PAIRS_LINE.test(part) || EMAIL_PART.test(part)) && parts.some((part) => PAIRS_LINE.test(part))
}

/**
 * Social handles in an author footer: "Twitter: @AaronMehta", "Follow Jane on
 * Twitter", a lone "@handle". Why: they belong to `authors[].social`. The near
 * miss it keeps: a sentence that mentions a platform ("He posted on Twitter that
 * the talks had failed.", "Follow the steps on Facebook to …").
 */
export const socialHandle: Rule = {
  name: 'social-handle',
  reason: 'social-handle',
  matches: 'An author\'s social handle line: "Twitter: @handle", "Follow <name> on <network>", "<Name>, @handle", "Email … // Twitter @handle", or a lone "@handle".',
  reports: ['social-handle'],
  test(block) {
    if (block.measures.words > MAX_LINE_WORDS) return undefined
    const {text} = block
    // Every pattern but FOLLOW needs a handle, and a handle an "@".
    if (!text.includes('@')) return isFollow(text) ? handleMatch(text) : undefined
    return PAIRS_LINE.test(text) || isFollow(text) || LONE.test(text) || NAME_HANDLE.test(text) || isContactLine(text) ? handleMatch(text) : undefined
  }
}

/** The handles a line states, with the line (it may name their author: "Follow Jane Doe on Twitter"). */
function handleMatch(text: string): RuleMatch {
  return {findings: [{kind: 'social-handle', handles: parseSocialHandles(text), text}]}
}
