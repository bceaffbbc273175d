import {HANDLE, SOCIAL_PLATFORM, SOCIAL_PLATFORMS} from '../util/patterns.js'
import type {SocialHandle} from '../types.js'
import type {Rule} from './rule.js'

const PAIR = new RegExp(String.raw`(${SOCIAL_PLATFORM})\s?[:：]?\s?(${HANDLE})`, 'giu')
/** "Twitter: @a", "Twitter: @a | Instagram: @b". */
const PAIRS_LINE = new RegExp(String.raw`^(?:(?:${SOCIAL_PLATFORM})\s?[:：]?\s?${HANDLE}[\s,|/·•]{0,5}){1,6}$`, 'iu')
/** "Follow Jane Doe on Twitter", "Follow her on Instagram @jane", "Follow @jane on Twitter". */
const FOLLOW = new RegExp(String.raw`^follow (?:(?:${HANDLE})|[\p{L} .'’-]{1,60}?) on (${SOCIAL_PLATFORM})\b[^.]{0,60}$`, 'iu')
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

/**
 * Social handles in an author footer: "Twitter: @AaronMehta", "Follow Jane on
 * Twitter", a lone "@handle". Why: they belong to `authors[].social`. The near
 * miss it keeps: a sentence that mentions a platform ("He posted on Twitter that
 * the talks had failed.").
 */
export const socialHandle: Rule = {
  name: 'social-handle',
  reason: 'social-handle',
  matches: 'An author\'s social handle line: "Twitter: @handle", "Follow <name> on <network>", or a lone "@handle".',
  test(block) {
    if (block.measures.words > MAX_LINE_WORDS) return undefined
    const {text} = block
    return PAIRS_LINE.test(text) || FOLLOW.test(text) || LONE.test(text) ? {} : undefined
  }
}
