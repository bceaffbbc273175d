import {TOKENIZED} from '../segment/block-memo.js'
import {isUnspaced} from './patterns.js'
import {isWordCode} from './word-chars.js'

/**
 * Content tokens of a text, lower-cased: words of spaced scripts that are not
 * stop words and longer than two letters; character pairs of scripts written
 * without spaces (a Chinese headline shares its pairs with its story).
 */
export function contentTokens(text: string, stopWords: ReadonlySet<string> | null, into: (token: string) => void): void {
  const lower = text.toLowerCase()
  let start = -1
  const flush = (end: number): void => {
    if (start < 0) return
    const token = lower.slice(start, end)
    start = -1
    if (token.length > 2 && !(stopWords?.has(token) ?? false)) into(token)
  }
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code > 0x0dff && isUnspaced(code)) {
      flush(i)
      const next = lower.charCodeAt(i + 1)
      if (i + 1 < lower.length && next > 0x0dff && isUnspaced(next)) into(lower.slice(i, i + 2))
    } else if (isWordCode(code) || (code >= 0xd800 && code <= 0xdfff)) {
      if (start < 0) start = i
    } else {
      flush(i)
    }
  }
  flush(lower.length)
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
