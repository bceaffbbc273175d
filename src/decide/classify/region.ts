import {PRINTED_TABLE, startsWithListMarker} from '../../util/patterns.js'
import type {Block} from '../../segment/block.js'
import {tickDeadline} from '../../util/deadline.js'

/** The densest run of prose in the page: where the article most likely is. */
export interface BodyRegion {
  /** First block of the region, or -1 when the page has no prose. */
  start: number
  /** Last block of the region, or -1. */
  end: number
}

/** Words at which a block counts as prose when it ends like a sentence. */
const PROSE_MIN_WORDS = 10
/** Word-equivalents at which an unpunctuated line in a script without spaces counts as prose (a headline is shorter). */
const UNPUNCTUATED_PROSE_WORDS = 16
/** Cost of a short label line (menu item, button) inside the region, in words. */
const LABEL_COST_WORDS = 8
/** Cost of a line the rules already named as boilerplate. */
const BOILERPLATE_COST_WORDS = 20

/**
 * How much a block speaks for "the article is here": prose gains its words,
 * labels and known boilerplate cost. Tuned on the development corpus.
 *
 * @param stopShare the share of a block's tokens that are stop words of the
 *   page's language (0 when the language has no list); asked only of the
 *   short sentences that need it
 */
export function blockWeight(block: Block, isBoilerplate: boolean, stopShare: (block: Block) => number = () => 0): number {
  if (isBoilerplate) return -BOILERPLATE_COST_WORDS
  const {words: lineWords} = block.measures
  // A line of a wrapped paragraph counts as prose when its paragraph is.
  if (block.paragraph.start !== block.paragraph.end && block.paragraph.endsSentence && block.paragraph.words >= PROSE_MIN_WORDS) return lineWords
  const {words, tokens} = block.measures
  // Lines in scripts without spaces often end without punctuation (poems,
  // blog lines split by spaces); a long one is prose all the same.
  const endsSentence = block.measures.endsSentence || (words >= UNPUNCTUATED_PROSE_WORDS && words - tokens >= words * 0.6)
  if (endsSentence && words >= PROSE_MIN_WORDS) return Math.min(words, 150)
  if (words >= 25) return words * 0.5
  // A short sentence of running text ("Insert your plant into the hole.")
  // has as many function words as a long one; a label or a button has few.
  if (endsSentence && words >= SHORT_SENTENCE_WORDS && stopShare(block) >= SENTENCE_STOP_SHARE) return words * SHORT_SENTENCE_GAIN
  if (words >= 4 && startsWithListMarker(block.text)) return words * LIST_ITEM_GAIN
  if (hasCodeMark(block.text)) return 0
  if (words <= 4) return -LABEL_COST_WORDS
  return endsSentence ? 1 : -LABEL_COST_WORDS / 2
}

/**
 * A line of code (a statement's end, a brace, an assignment or a call:
 * `SELECT avg(n)`, `x = f();`) or a row of a printed table (PRINTED_TABLE's
 * box-drawing characters).
 */
const CODE_OR_TABLE_CHAR = /[;{}=\u2500-\u257F]/u
const CALL = /\w\(/u

/**
 * Whether a line holds a code mark (see CODE_OR_TABLE_CHAR and CALL). The
 * call is looked for only in a line with a parenthesis: one pattern with
 * both, `[;{}=\u2500-\u257F]|\w\(`, tried its alternation at every
 * position of every line, and took about twice as long on the corpus.
 */
function hasCodeMark(text: string): boolean {
  return CODE_OR_TABLE_CHAR.test(text) || (text.includes('(') && CALL.test(text))
}

/** Words from which a sentence with enough stop words counts for the region. */
const SHORT_SENTENCE_WORDS = 4
/** Share of stop words of running text; menus and headlines have fewer (F1 flat from 0.2 to 0.4 on the corpus). */
const SENTENCE_STOP_SHARE = 0.3
/** Weight per word of a short sentence: half a long one's, so that a run of them builds a region slowly. */
const SHORT_SENTENCE_GAIN = 0.5
/** Weight per word of a marked list item of four words or more: lists of steps and changes are article text. */
const LIST_ITEM_GAIN = 0.5

/** A run of blocks whose weights add up to a local maximum. */
export interface Segment {
  start: number
  end: number
  /** Sum of the weights from `start` to `end`. */
  weight: number
  /** Whether it is the article's main segment (set once segments are chosen). */
  main: boolean
}

/**
 * A segment. Every one is made here, with all four fields in one order: the
 * pipeline's hottest functions read segments made by several stages, and
 * objects of two shapes there (with and without `main`, or spread
 * copies) made V8 throw away their optimized code on every few pages
 * ("wrong map") and compile it again, for tens of milliseconds each time.
 */
export function makeSegment(start: number, end: number, weight: number, main = false): Segment {
  return {start, end, weight, main}
}

/** A drop this deep below a run's peak (in word weights) ends the run there. */
const MAX_DRAWDOWN = 120
/** A segment needs this much weight, and this share of the best one's (up to MAX_SEGMENT_FLOOR), to be body. */
const MIN_SEGMENT_WEIGHT = 40
const MIN_SEGMENT_SHARE = 0.1
/**
 * The share's floor stops rising here (about 100 words of prose): a long
 * article's main segment must not drop its lead or its last sections, when
 * a table of contents or a figure parts them from it, for being a tenth of
 * its weight. They still face the topic filter (selectSegments). Eval is
 * flat from 60 to 120; without the cap, toc-missing's lead (4 paragraphs,
 * weight 138) went once its listings joined its main segment (2,361).
 */
const MAX_SEGMENT_FLOOR = 100

/**
 * The runs of blocks that read as the article. Kadane's maximum-sum scan,
 * linear in the number of blocks, extended in one way: when the sum falls far
 * below the run's peak (a long menu, a video widget, a gallery), the run
 * closes at its peak and a new one starts, so an article split in two by a
 * widget gives two segments instead of losing its second half. A short label
 * inside the article costs little against the prose around it.
 *
 * @param neutral blocks that weigh nothing either way (lines learned as the
 *   site's furniture: recurring prose must not draw the region to itself,
 *   and a recurring heading must not split an article)
 * @param listing lines of listings (see {@link markListings}), which cost nothing
 * @returns the segments heavy enough to be body (in page order; empty when
 *   the page has no prose), and the hull from the first to the last.
 */
export function findBodyRegion(
  blocks: readonly Block[],
  isBoilerplate: (index: number) => boolean,
  stopShare?: (block: Block) => number,
  neutral?: Uint8Array,
  listing: Uint8Array = markListings(blocks)
): BodyRegion & {segments: Segment[]} {
  const runs: Segment[] = []
  let sum = 0
  let start = 0
  let peak = 0
  let peakEnd = -1
  // The best run inside the stretch after the peak (Kadane again, one level
  // deep): a second part of the article that recovers from a dip without
  // passing the first part's peak would otherwise be lost with the dip.
  let tail = 0
  let tailStart = 0
  let tailBest: Segment | null = null
  const close = (): void => {
    if (peakEnd >= start && peak > 0) runs.push(makeSegment(start, peakEnd, peak))
    if (tailBest) runs.push(tailBest)
  }
  for (let i = 0; i < blocks.length; i++) {
    tickDeadline('region')
    if (sum <= 0 || peak - sum > MAX_DRAWDOWN) {
      close()
      sum = 0
      peak = 0
      start = i
      peakEnd = -1
      tail = 0
      tailBest = null
    }
    let weight = neutral?.[i] === 1 ? 0 : blockWeight(blocks[i] as Block, isBoilerplate(i), stopShare)
    if (weight < 0 && listing[i] === 1) weight = 0
    sum += weight
    if (sum > peak) {
      peak = sum
      peakEnd = i
      tail = 0
      tailBest = null
      continue
    }
    if (tail <= 0) {
      tail = 0
      tailStart = i
    }
    tail += weight
    if (tail > (tailBest?.weight ?? 0)) tailBest = makeSegment(tailStart, i, tail)
  }
  close()
  let best = 0
  for (const run of runs) best = Math.max(best, run.weight)
  const floor = Math.max(MIN_SEGMENT_WEIGHT, Math.min(MAX_SEGMENT_FLOOR, best * MIN_SEGMENT_SHARE))
  const segments = runs.filter((run) => run.weight >= floor || run.weight === best)
  const first = segments[0]
  const last = segments.at(-1)
  return {start: first ? first.start : -1, end: last ? last.end : -1, segments}
}

/**
 * A line of code that opens or closes a bracket, or goes on after a comma
 * ("WITH series AS (", "),", "series,"): a menu's labels never do.
 */
function isBracketLine(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first === 0x29 || first === 0x5d || first === 0x7d) return true
  // What /[(,[{]$/ finds, without trying it at every position of the line.
  const last = text.charCodeAt(text.length - 1)
  return last === 0x28 || last === 0x2c || last === 0x5b || last === 0x7b
}
/** Lines of a listing from which a share of code tells it apart from a menu (two lines must both be code). */
const MIN_LISTING_LINES = 3
/** Share of a listing's lines that are code or a printed table's: a menu has none. */
const MIN_LISTING_CODE_SHARE = 0.3
/** Words (tokens of letters, with at most a punctuation mark after them) from which a line is prose. */
const MIN_PROSE_WORDS = 6
const WORD_TOKEN = /^\p{L}[\p{L}'’-]*[,.;:!?]?$/u

/**
 * Whether a line reads as prose, whatever code marks it holds: a list item
 * ended by a semicolon, a sentence that names "epoll()". A line of code has
 * few plain words ("FROM unnest(array[2, 3, 5]) AS n;" has two).
 */
function isProseLine(block: Block): boolean {
  if (block.measures.tokens < MIN_PROSE_WORDS) return false
  let words = 0
  for (const token of block.text.split(' ')) if (WORD_TOKEN.test(token) && ++words >= MIN_PROSE_WORDS) return true
  return false
}

/**
 * Mark (with 1) the lines of listings: runs of lines with no blank line
 * between them (a `<pre>` block in a dump) of which a third or more are code
 * (a statement, a call, a bracket opened or closed) or rows of a printed
 * table, one at least a statement, a call or a row (hard-wrapped prose has
 * lines that end with a comma too); or two lines that are both code. A line
 * with six plain words or more is prose, not code (see isProseLine).
 *
 * Why: the rest of a listing's lines are short ("SELECT", "FROM", ")",
 * "series,") and would cost like a menu's labels, so a post that alternates
 * prose and listings fell apart into segments too light to keep. A
 * listing's lines cost nothing (its prose, if any, still counts), and the
 * body prints its kept lines as one code block; a menu (labels without
 * code) is not one.
 */
export function markListings(blocks: readonly Block[]): Uint8Array {
  const marks = new Uint8Array(blocks.length)
  let start = 0
  let code = 0
  let statements = 0
  let tables = 0
  for (let i = 0; i <= blocks.length; i++) {
    const block = blocks[i]
    if (block === undefined || block.blankBefore) {
      const lines = i - start
      if (statements + tables > 0 && (lines >= MIN_LISTING_LINES ? code >= lines * MIN_LISTING_CODE_SHARE : lines === 2 && code === 2)) marks.fill(1, start, i)
      start = i
      code = 0
      statements = 0
      tables = 0
    }
    if (block === undefined) continue
    // The code marks first: most lines have none, and the prose
    // test splits the line.
    const marked = hasCodeMark(block.text)
    if (!marked && !isBracketLine(block.text)) continue
    const table = marked && PRINTED_TABLE.test(block.text)
    const statement = marked && !table
    if (isProseLine(block)) continue
    code++
    if (table) tables++
    else if (statement) statements++
  }
  return marks
}

/**
 * For each block, how many prose blocks of 15+ words follow it, so that rules
 * can ask "is this after the article?" in constant time.
 */
export function countProseAfter(blocks: readonly Block[]): Uint32Array {
  const after = new Uint32Array(blocks.length)
  let count = 0
  for (let i = blocks.length - 1; i >= 0; i--) {
    after[i] = count
    const {words, endsSentence} = (blocks[i] as Block).measures
    if (words >= 15 && endsSentence) count++
  }
  return after
}
