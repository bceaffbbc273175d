import type {Block} from '../segment/block.js'

// Shared pattern pieces, defined once. Every quantifier here is bounded or
// applies to a single character class with no overlap with what follows it,
// so no pattern can backtrack catastrophically on a long line.

/** A capitalised name word: `Aaron`, `O'Neil`, `Jean-Luc`, `McCain`, `Ó`. */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]{0,30}`

/** Two to four name words: a person's name as a byline gives it. */
export const PERSON_NAME = String.raw`${NAME_WORD}(?: (?:(?:van|von|de|da|di|del|der|la|le|bin|al|el)-? )?${NAME_WORD}){1,3}`

/** "1. ", "2) ", "- ", "• " … at the start of a list item; group 1 is the number of a numbered one. */
export const LIST_MARKER = /^(?:(\d{1,3})[.)]|[-•*·▪►–+])\s/u

/** The characters a LIST_MARKER can start with, besides ASCII digits. */
const BULLETS = '-•*·▪►–+'

/**
 * Whether a line starts with a list marker (LIST_MARKER). Most lines start
 * with neither a digit nor a bullet: their first character decides, without
 * a pattern (this runs several times on every line of every page).
 */
export function startsWithListMarker(text: string): boolean {
  const code = text.charCodeAt(0)
  if (!(code >= 48 && code <= 57) && !BULLETS.includes(text.charAt(0))) return false
  return LIST_MARKER.test(text)
}

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
  return !endsWithSentenceMark(text) && wordEquivalents(text) <= maxWords
}

/**
 * `isLabelLike(block.text, maxWords)` for a block: its measures already hold
 * the line's word-equivalents (`measureText` counts them as
 * `wordEquivalents` does), so the line is not read again to count them, and
 * a long line is turned away before its end is looked at.
 */
export function isLabelBlock(block: Block, maxWords: number): boolean {
  return block.measures.words <= maxWords && !endsWithSentenceMark(block.text)
}

/** `.!?。！？` */
function isSentenceMarkCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3002 || code === 0xff01 || code === 0xff1f
}

/** `"'”’` */
function isClosingQuoteCode(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019
}

/**
 * Whether a line ends with a sentence mark, or one and a closing quote
 * (`/[.!?。！？]["'”’]?$/u`), read off its last two code units: this runs on
 * most lines of every page, and a pattern anchored at the end is tried from
 * every position of the line (and `charAt` makes a new string for a
 * character above U+00FF).
 */
function endsWithSentenceMark(text: string): boolean {
  const n = text.length
  if (n === 0) return false
  const last = text.charCodeAt(n - 1)
  if (isSentenceMarkCode(last)) return true
  return n >= 2 && isClosingQuoteCode(last) && isSentenceMarkCode(text.charCodeAt(n - 2))
}

/**
 * What code and formulas have and labels and crumbs never do: statement ends,
 * braces, operators, identifiers with underscores, calls ("clone();").
 */
export const CODE_LIKE = /[;{}=*<_]|\w\(/u

/** A character every match of CODE_LIKE holds: a line without one is passed over in one scan for a single class. */
const CODE_MARK = /[;{}=*<_(]/

/**
 * `CODE_LIKE.test(text)`, tried only on a text that holds one of its
 * characters: the page-type guess tests every line of a dump, and the
 * alternation, tried at every position, cost two and a half times the scan.
 */
export function looksLikeCode(text: string): boolean {
  return CODE_MARK.test(text) && CODE_LIKE.test(text)
}

/**
 * A row or a rule of a table a program printed with box-drawing characters
 * (psql's `2 │ f`, `───┼───`, `tree`'s `├──`): data shown in a post, not a
 * label, a menu or a date stamp, however short or numeric.
 */
export const PRINTED_TABLE = /[\u2500-\u257F]/u
