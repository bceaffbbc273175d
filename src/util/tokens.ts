import {TOKENIZED} from '../segment/block-memo.js'
import {isUnspaced} from './patterns.js'
import {isWordCode, rememberCodeClasses} from './word-chars.js'

/** What a code unit is to {@link contentTokenSpans}. */
const WORD = 1
const UNSPACED = 2
const SEPARATOR = 3

/**
 * A code unit's class for {@link contentTokenSpans}, from `isUnspaced` and
 * `isWordCode` (surrogates count as word characters), remembered per code:
 * the tokens are read from every line of the sample of every page, and one
 * table lookup per character costs less than the two tests.
 */
const tokenCharClass = rememberCodeClasses(0x10000, (code) =>
  code > 0x0dff && isUnspaced(code) ? UNSPACED : isWordCode(code) || (code >= 0xd800 && code <= 0xdfff) ? WORD : SEPARATOR
)

/** Characters of a pair of an unspaced script; every word token is longer (see {@link contentTokenSpans}). */
const PAIR_CHARS = 2

/**
 * Where the content tokens of a text stand in its lower-cased form: words of
 * spaced scripts longer than two letters, and each pair of adjacent
 * characters of scripts written without spaces. Spans, not strings, so that
 * a caller that only looks words up (the page-type guess) need not build one
 * string per word. A span of `PAIR_CHARS` is a pair, a longer one a word.
 *
 * @param into Called with the lower-cased text and each token's start and end, in order.
 */
export function contentTokenSpans(text: string, into: (lower: string, start: number, end: number) => void): void {
  const lower = text.toLowerCase()
  const length = lower.length
  // Where the word being read began, or -1 between words.
  let start = -1
  for (let i = 0; i < length; i++) {
    const found = tokenCharClass(lower.charCodeAt(i))
    if (found === WORD) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0) {
      if (i - start > PAIR_CHARS) into(lower, start, i)
      start = -1
    }
    if (found === UNSPACED && i + 1 < length && tokenCharClass(lower.charCodeAt(i + 1)) === UNSPACED) into(lower, i, i + PAIR_CHARS)
  }
  if (start >= 0 && length - start > PAIR_CHARS) into(lower, start, length)
}

/**
 * Content tokens of a text, lower-cased: words of spaced scripts that are not
 * stop words and longer than two letters; character pairs of scripts written
 * without spaces (a Chinese headline shares its pairs with its story).
 */
export function contentTokens(text: string, stopWords: ReadonlySet<string> | null, into: (token: string) => void): void {
  contentTokenSpans(text, (lower, start, end) => {
    const token = lower.slice(start, end)
    // Only words are held against the stop words: a pair is a piece of a word.
    if (end - start === PAIR_CHARS || stopWords === null || !stopWords.has(token)) into(token)
  })
}

/** A block's content tokens, kept with the text and the stop words they were made from. */
interface Tokenized {
  text: string
  stopWords: ReadonlySet<string> | null
  tokens: readonly string[]
}


/**
 * {@link contentTokens} of a block's text, as a list computed once per block
 * and stop-word list: the topic filter and the title finder read the same
 * body blocks' tokens.
 *
 * @param block The block (any object with the text).
 * @param stopWords As for {@link contentTokens}.
 * @returns The tokens, in order.
 */
export function blockTokens(block: {readonly text: string}, stopWords: ReadonlySet<string> | null): readonly string[] {
  const holder = block as {readonly text: string; [TOKENIZED]?: Tokenized}
  const cached = holder[TOKENIZED]
  if (cached !== undefined && cached.text === block.text && cached.stopWords === stopWords) return cached.tokens
  const tokens: string[] = []
  contentTokens(block.text, stopWords, (token) => tokens.push(token))
  holder[TOKENIZED] = {text: block.text, stopWords, tokens}
  return tokens
}

/**
 * Characters of a long word that stand for its stem: inflected and
 * compounding languages share stems, not words ("terrariums" and
 * "terrarium", "Passwörter" and "Passwortmanager").
 */
export const STEM_CHARS = 5

/** A content token's stem: its first `STEM_CHARS` characters, or the token when shorter. */
export function stem(token: string): string {
  return token.length > STEM_CHARS ? token.slice(0, STEM_CHARS) : token
}
