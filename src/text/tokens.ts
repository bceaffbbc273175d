import {isUnspaced} from '../util/patterns.js'
import {isWordCode} from './chars.js'

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

