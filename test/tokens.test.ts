import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {contentTokens} from '../src/util/tokens.js'
import {isWordCode} from '../src/util/word-chars.js'
import {isUnspaced} from '../src/util/patterns.js'
import {loadFixtures} from './helpers/fixtures.js'
import {proseLine} from './helpers/page-dumps.js'

/**
 * `contentTokens` steps through a table of character classes
 * (src/util/tokens.ts); it must give what the branching scan it replaced
 * gave, kept here as the reference, token for token: the page-type model's
 * word features and the topic filter's vocabulary are made of them.
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_207)
const SCALE = Number(process.env.FC_RUNS ?? 1)

/** The scan as it was before the table. */
function referenceTokens(text: string, stopWords: ReadonlySet<string> | null): string[] {
  const tokens: string[] = []
  const lower = text.toLowerCase()
  let start = -1
  const flush = (end: number): void => {
    if (start < 0) return
    const token = lower.slice(start, end)
    start = -1
    if (token.length > 2 && !(stopWords?.has(token) ?? false)) tokens.push(token)
  }
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code > 0x0dff && isUnspaced(code)) {
      flush(i)
      const next = lower.charCodeAt(i + 1)
      if (i + 1 < lower.length && next > 0x0dff && isUnspaced(next)) tokens.push(lower.slice(i, i + 2))
    } else if (isWordCode(code) || (code >= 0xd800 && code <= 0xdfff)) {
      if (start < 0) start = i
    } else {
      flush(i)
    }
  }
  flush(lower.length)
  return tokens
}

function tokensOf(text: string, stopWords: ReadonlySet<string> | null): string[] {
  const tokens: string[] = []
  contentTokens(text, stopWords, (token) => tokens.push(token))
  return tokens
}

const STOP_WORDS = new Set(['the', 'and', 'für', '我们'])

/** Letters, digits, marks, spaces, punctuation, astral letters, lone surrogates, scripts without spaces, and letters whose lower case is longer. */
const PIECES = [
  'a', 'Z', '7', 'é', 'ß', 'Ω', 'ж', 'ا', '\u0301', '\u0e01', '文', '我们', 'か', '\u1000', '\uff21', 'İ', 'ǅ',
  "'", '.', '-', '_', ' ', '\u00a0', '\t', '!', 'the', 'The', 'and', 'für',
  '𝐀', '😀', '\ud835', '\udc00'
]
const mixed = fc.array(fc.constantFrom(...PIECES), {maxLength: 40}).map((pieces) => pieces.join(''))

describe('contentTokens', () => {
  it.each([
    ['The Quick brown fox', null, ['the', 'quick', 'brown', 'fox']],
    ['The Quick brown fox', STOP_WORDS, ['quick', 'brown', 'fox']],
    ['an ox is by me', null, []],
    ['user_id=42; x(y)', null, ['user']],
    ['Größe für Straße', STOP_WORDS, ['größe', 'straße']],
    ['我们的新闻', STOP_WORDS, ['我们', '们的', '的新', '新闻']],
    ['iPhone中文版 release', null, ['iphone', '中文', '文版', 'release']],
    ['𝐀𝐁𝐂 word', null, ['𝐀𝐁𝐂', 'word']]
  ])('reads %j (stop words: %o) as its tokens', (text, stopWords, tokens) => {
    expect(tokensOf(text, stopWords)).toEqual(tokens)
  })

  it('reads as the branching scan did on generated strings', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, proseLine, fc.string({unit: 'binary', maxLength: 40})), fc.boolean(), (text, withStopWords) => {
        const stopWords = withStopWords ? STOP_WORDS : null
        expect(tokensOf(text, stopWords)).toEqual(referenceTokens(text, stopWords))
      }),
      {numRuns: Math.round(5000 * SCALE), seed: SEED}
    )
  })

  it('reads as the branching scan did on every fixture line', () => {
    for (const fixture of loadFixtures()) {
      for (const line of fixture.input.split('\n')) expect(tokensOf(line, null), fixture.name).toEqual(referenceTokens(line, null))
    }
  })
})
