import {isWordCode, rememberCodeClasses} from '../util/word-chars.js'
import {tickDeadline} from '../util/deadline.js'
import {isUnspaced} from '../util/patterns.js'

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(language: string | null): Intl.Segmenter {
  const key = language ?? ''
  let segmenter = segmenters.get(key)
  if (!segmenter) {
    // Creating a segmenter loads locale data: reuse one per language.
    segmenter = new Intl.Segmenter(language ?? undefined, {granularity: 'word'})
    segmenters.set(key, segmenter)
  }
  return segmenter
}

/** What a code unit is to the word counter. */
const OTHER = 1
const WORD = 2
/** An apostrophe or a period: inside a word when a word character follows it ("don't", "3.5"). */
const JOINER = 3
/** A letter or digit outside the Basic Multilingual Plane (read as one code point). */
const ASTRAL_WORD = 4
/** The class of a code unit below U+0E00 (the first script written without spaces), looked up once (see `isWordCode`). */
const classOf = rememberCodeClasses(0x0e00, (code) => (code === 39 || code === 46 ? JOINER : isWordCode(code) ? WORD : OTHER))

/** The counter's states: outside a word, inside one, on a joiner inside one. */
const OUT = 0
const IN = 1
const AFTER_JOINER = 2
/**
 * Next state (low two bits) and words added (bit 2), by state and class
 * (`state * 5 + class`). After a joiner, a word character carries the word
 * on; anything else ends it. A letter beyond the BMP after a joiner starts a
 * new word: the joiner looks ahead one code unit, and a high surrogate alone
 * is no word character.
 */
const NEXT = 4
const STEP = Uint8Array.from([
  // OUT: -, OTHER, WORD, JOINER, ASTRAL_WORD
  0, OUT, IN | NEXT, OUT, IN | NEXT,
  // IN
  0, OUT, IN, AFTER_JOINER, IN,
  // AFTER_JOINER
  0, OUT, IN, OUT, IN | NEXT
])

/**
 * Words of a paragraph in space-separated scripts, as Intl.Segmenter finds
 * word-like segments there: runs of letters, marks and digits, joined by an
 * apostrophe or a period between two of them ("don't", "3.5"). Returns -1 as
 * soon as a script written without spaces shows up: only a dictionary-based
 * segmenter finds those words.
 *
 * It steps through a table by state and character class instead of
 * branching on both: this runs over every character of the body, and the
 * table took about a fifth less time on the corpus's paragraphs (whether a
 * character starts a word is hard for the processor to predict). Exported
 * for test/word-count.test.ts, which compares it with the branching count it
 * replaced.
 *
 * @param text A paragraph.
 * @returns Its words, or -1 when it holds a script written without spaces.
 */
export function countSpacedWords(text: string): number {
  let words = 0
  let state = OUT
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let kind: number
    if (code < 0x0e00) kind = classOf(code)
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A pair is one code point; a high surrogate alone still takes the next unit with it.
      kind = isWordCode(text.codePointAt(i) ?? code) ? ASTRAL_WORD : OTHER
      i++
    } else if (isUnspaced(code)) return -1
    else kind = code === 0x2019 ? JOINER : isWordCode(code) ? WORD : OTHER
    const step = STEP[state * 5 + kind] as number
    words += step >> 2
    state = step & 3
  }
  return words
}

/**
 * Words in the paragraphs, counted by `Intl.Segmenter` wherever a paragraph
 * holds a script written without spaces (so Chinese, Japanese and Thai count
 * words, not lines). Other paragraphs are counted by a pattern that matches
 * the segmenter's word-like segments there (within 2% on the corpus) at a
 * sixth of the cost: the segmenter was the largest cost of a clean (33 ms of
 * a 120 KB page, measured). Each paragraph is segmented on its own, because
 * V8's segment iterator slows down with the length of the string it walks
 * (10 s for a whole 130 KB page at once, measured).
 */
export function countWords(paragraphs: readonly string[], language: string | null): number {
  let words = 0
  for (const paragraph of paragraphs) {
    tickDeadline('words')
    const spaced = countSpacedWords(paragraph)
    if (spaced >= 0) {
      words += spaced
      continue
    }
    words += countSegmentedWords(paragraph, language)
  }
  return words
}

/**
 * Longest piece of a paragraph given to the segmenter at once. Its iterator
 * slows down with the length of the string it walks, within one paragraph
 * too: one 80,000-character Chinese paragraph took 17 s whole, 0.26 s in
 * pieces of 1,000.
 */
const MAX_SEGMENT_CHARS = 1000
const BREAK_CHAR = /[\s\p{P}]/u

/** Word-like segments of a paragraph, counted piece by piece. */
function countSegmentedWords(paragraph: string, language: string | null): number {
  let words = 0
  for (let start = 0; start < paragraph.length; ) {
    const end = pieceEnd(paragraph, start)
    for (const segment of segmenterFor(language).segment(paragraph.slice(start, end))) if (segment.isWordLike) words++
    start = end
  }
  return words
}

/**
 * Where the piece that starts at `start` ends: after the last space or
 * punctuation mark in its second half, so that no word is cut in two; where
 * it is full when it has none (then one word may count twice), never inside
 * a surrogate pair.
 */
function pieceEnd(text: string, start: number): number {
  const full = start + MAX_SEGMENT_CHARS
  if (full >= text.length) return text.length
  for (let i = full; i > start + MAX_SEGMENT_CHARS / 2; i--) if (BREAK_CHAR.test(text.charAt(i - 1))) return i
  const code = text.charCodeAt(full - 1)
  return code >= 0xd800 && code <= 0xdbff ? full - 1 : full
}

const EXCERPT_MAX_CHARS = 300
const SENTENCE_END = /[.!?。！？](?=["'”’»)]?\s|["'”’»)]?$)/gu

/**
 * The first paragraph, cut at the last sentence end within 300 characters
 * (or at a word boundary when there is none). Nothing is added: no ellipsis.
 */
export function makeExcerpt(paragraph: string | undefined): string | null {
  if (paragraph === undefined || paragraph === '') return null
  if (paragraph.length <= EXCERPT_MAX_CHARS) return paragraph
  const head = paragraph.slice(0, EXCERPT_MAX_CHARS)
  let cut = -1
  for (const match of head.matchAll(SENTENCE_END)) cut = match.index + match[0].length
  if (cut > 0) return head.slice(0, cut).trim()
  const space = head.lastIndexOf(' ')
  return (space > 0 ? head.slice(0, space) : head).trim()
}
