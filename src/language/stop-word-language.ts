import {indexWords, type WordIndex} from '../util/word-index.js'
import {STOP_WORD_LISTS as LISTS} from './stop-words.js'

/**
 * A first, cheap guess at the language: which language's stop words the
 * sample is made of. Running text is a third to a half stop words, and the
 * lists of most languages barely overlap, so a clear winner is a safe answer
 * at a fraction of franc's cost (franc compares the sample's trigrams with
 * every language's model: about a millisecond a page, the largest single cost
 * of a clean). Close calls (Danish and Norwegian, Czech and Slovak, Spanish
 * and Galician…) and short samples return `null`, and franc decides.
 */
/**
 * Each stop word's entry: its language's index when one list has it (nineteen words in
 * twenty), else `-1 - offset` of its entry in `shared`: the count of
 * languages, then their indexes. Numbers, not an array per word: the index
 * is read on every page, and small entries keep it in cache.
 */
let index: StopWordIndex | null = null
let shared: Uint8Array = new Uint8Array(0)
let languages: string[] = []

/** The stop words, found where they stand in the sample, and each one's entry (see above) by its position. */
interface StopWordIndex {
  words: WordIndex
  entries: Int32Array
}

function buildIndex(): StopWordIndex {
  languages = Object.keys(LISTS)
  const lists = new Map<string, number[]>()
  languages.forEach((language, i) => {
    for (const word of LISTS[language] ?? []) {
      const entry = lists.get(word)
      if (entry) entry.push(i)
      else lists.set(word, [i])
    }
  })
  const built = new Map<string, number>()
  const flat: number[] = []
  for (const [word, entry] of lists) {
    if (entry.length === 1) {
      built.set(word, entry[0] as number)
    } else {
      built.set(word, -1 - flat.length)
      flat.push(entry.length)
      for (const code of entry) flat.push(code)
    }
  }
  shared = Uint8Array.from(flat)
  const words = indexWords(built.keys())
  return {words, entries: Int32Array.from(words.words, (word) => built.get(word) as number)}
}

const UNSPACED_OR_HANGUL = /[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u

/** What separates tokens: white space and the punctuation that abuts words. */
const TOKEN_SEPARATOR = /[\s,.;:!?()"“”«»„'’]/u
/**
 * Per code unit, 1 when it separates tokens, 2 when not, 0 until first
 * tested. Scanning with it costs a third of splitting the sample with the
 * pattern (which built an array of every token). Surrogates are never
 * separators, as the pattern matches no astral character.
 */
let separatorUnits: Uint8Array | null = null

function isSeparatorUnit(code: number, known: Uint8Array): boolean {
  let verdict = known[code] as number
  if (verdict === 0) {
    verdict = TOKEN_SEPARATOR.test(String.fromCharCode(code)) ? 1 : 2
    known[code] = verdict
  }
  return verdict === 1
}

/**
 * Calls `visit` with where each token of the text stands, in order: the
 * non-empty pieces of splitting it at runs of separators. Spans, not
 * strings: the guess only looks tokens up, and most are not stop words.
 *
 * @param text Text to cut, already lower-cased.
 * @param visit Called once per token with its start and end.
 * @returns Nothing.
 */
function forEachTokenSpan(text: string, visit: (start: number, end: number) => void): void {
  separatorUnits ??= new Uint8Array(0x10000)
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparatorUnit(text.charCodeAt(i), separatorUnits)) continue
    if (i > start) visit(start, i)
    start = i + 1
  }
}

/**
 * Calls `visit` with each token of the text, in order (see {@link forEachTokenSpan}).
 * Exported for test/language.test.ts, which compares the scan with the split it replaced.
 *
 * @param text Text to cut, already lower-cased.
 * @param visit Called once per token.
 * @returns Nothing.
 */
export function forEachToken(text: string, visit: (token: string) => void): void {
  forEachTokenSpan(text, (start, end) => visit(text.slice(start, end)))
}

/** Tokens a sample needs before its stop words say anything. */
const MIN_TOKENS = 30
/** Share of the tokens the winner's stop words must make (running text: a third or more). */
const MIN_SHARE = 0.25
/** How far ahead of the runner-up the winner must be. */
const MIN_LEAD = 2.5

/** ISO 639-1 code when one language's stop words clearly dominate the sample, else `null`. */
export function guessByStopWords(sample: string): string | null {
  // Scripts without spaces (and Korean's spaced blocks of syllables) have no
  // tokens to look up: franc reads them by their script.
  if (UNSPACED_OR_HANGUL.test(sample)) return null
  index ??= buildIndex()
  const hits = new Float64Array(languages.length)
  let tokens = 0
  const {words, entries} = index
  const lower = sample.toLowerCase()
  forEachTokenSpan(lower, (start, end) => {
    tokens++
    const at = words.find(lower, start, end)
    if (at < 0) return
    const entry = entries[at] as number
    if (entry >= 0) {
      hits[entry] = (hits[entry] ?? 0) + 1
      return
    }
    // A word many languages share says little about which one this is.
    const offset = -1 - entry
    const count = shared[offset] as number
    const weight = 1 / count
    for (let k = offset + 1; k <= offset + count; k++) {
      const i = shared[k] as number
      hits[i] = (hits[i] ?? 0) + weight
    }
  })
  if (tokens < MIN_TOKENS) return null
  let best = -1
  let second = 0
  for (let i = 0; i < hits.length; i++) {
    const score = hits[i] ?? 0
    if (best < 0 || score > (hits[best] ?? 0)) {
      if (best >= 0) second = Math.max(second, hits[best] ?? 0)
      best = i
    } else second = Math.max(second, score)
  }
  const top = hits[best] ?? 0
  if (top < tokens * MIN_SHARE || top < second * MIN_LEAD) return null
  return languages[best] ?? null
}
