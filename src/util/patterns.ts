// Shared pattern pieces, defined once. Every quantifier here is bounded or
// applies to a single character class with no overlap with what follows it,
// so no pattern can backtrack catastrophically on a long line.

/** A capitalised name word: `Aaron`, `O'Neil`, `Jean-Luc`, `McCain`, `Ó`. */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]{0,30}`

/** Two to four name words: a person's name as a byline gives it. */
export const PERSON_NAME = String.raw`${NAME_WORD}(?: (?:(?:van|von|de|da|di|del|der|la|le|bin|al|el)-? )?${NAME_WORD}){1,3}`

/** Names of social networks as they appear in author footers, mapped to a platform id. */
export const SOCIAL_PLATFORMS: Readonly<Record<string, string>> = {
  twitter: 'twitter',
  x: 'twitter',
  instagram: 'instagram',
  facebook: 'facebook',
  threads: 'threads',
  mastodon: 'mastodon',
  bluesky: 'bluesky',
  linkedin: 'linkedin',
  tiktok: 'tiktok',
  youtube: 'youtube',
  telegram: 'telegram'
}

/** Alternation of social platform names, for patterns. */
export const SOCIAL_PLATFORM = 'twitter|x|instagram|facebook|threads|mastodon|bluesky|linkedin|tiktok|youtube|telegram'

/** A handle: `@name`, letters, digits, `_`, `.` (Mastodon/Bluesky may add `@host`). */
export const HANDLE = String.raw`@[\p{L}\p{N}_.]{1,40}(?:@[\w.-]{1,60})?`

/** Whether a short line reads as a label, not a sentence: few words, no sentence end. */
export function isLabelLike(text: string, maxWords: number): boolean {
  if (/[.!?。！？]["'”’]?$/u.test(text)) return false
  let words = 1
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++words > maxWords) return false
  return true
}
