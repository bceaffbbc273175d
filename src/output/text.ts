import {isWordCode} from '../text/chars.js'
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

/**
 * Words of a paragraph in space-separated scripts, as Intl.Segmenter finds
 * word-like segments there: runs of letters, marks and digits, joined by an
 * apostrophe or a period between two of them ("don't", "3.5"). Returns -1 as
 * soon as a script written without spaces shows up: only a dictionary-based
 * segmenter finds those words.
 */
function countSpacedWords(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i) ?? code
      i++
    } else if (code > 0x0dff && isUnspaced(code)) return -1
    if (isWordCode(code)) {
      if (!inWord) words++
      inWord = true
    } else if (inWord && (code === 39 || code === 0x2019 || code === 46) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) {
      // A joiner inside a word: the word goes on.
    } else {
      inWord = false
    }
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
