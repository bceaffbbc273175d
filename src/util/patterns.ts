// Shared pattern pieces, defined once. Every quantifier here is bounded or
// applies to a single character class with no overlap with what follows it,
// so no pattern can backtrack catastrophically on a long line.

/** A capitalised name word: `Aaron`, `O'Neil`, `Jean-Luc`, `McCain`, `Ó`. */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]{0,30}`

/** Two to four name words: a person's name as a byline gives it. */
export const PERSON_NAME = String.raw`${NAME_WORD}(?: (?:(?:van|von|de|da|di|del|der|la|le|bin|al|el)-? )?${NAME_WORD}){1,3}`

/** "1. ", "2) ", "- ", "• " … at the start of a list item; group 1 is the number of a numbered one. */
export const LIST_MARKER = /^(?:(\d{1,3})[.)]|[-•*·▪►–+])\s/u

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

/** Whether a UTF-16 code unit belongs to a script written without spaces (Kana, Han, Thai, Lao, Khmer, Myanmar). */
export function isUnspaced(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x0e00 && code <= 0x0eff) ||
    (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0x1780 && code <= 0x17ff)
  )
}

/**
 * Word-equivalents of a text: space-separated tokens, plus one per two
 * characters of scripts written without spaces, so that a Japanese line
 * weighs like an English line of the same length in meaning.
 */
export function wordEquivalents(text: string): number {
  if (text.length === 0) return 0
  let tokens = 1
  let unspaced = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32) tokens++
    else if (code > 0x2fff || (code >= 0x0e00 && code <= 0x17ff)) {
      if (isUnspaced(code)) unspaced++
    }
  }
  return tokens + Math.round(unspaced / 2)
}

/** Whether a short line reads as a label, not a sentence: few words (or word-equivalents), no sentence end. */
export function isLabelLike(text: string, maxWords: number): boolean {
  // The sentence end is at most two code units long: test the tail only, not
  // the line from every position.
  if (/[.!?。！？]["'”’]?$/u.test(text.length > 2 ? text.slice(-2) : text)) return false
  return wordEquivalents(text) <= maxWords
}

/**
 * What code and formulas have and labels and crumbs never do: statement ends,
 * braces, operators, identifiers with underscores, calls ("clone();").
 */
export const CODE_LIKE = /[;{}=*<_]|\w\(/u
