import type {Block} from '../../segment/block.js'
import {blockTokens, stem} from '../../util/tokens.js'
import type {RemovalReason} from '../../types.js'
import {makeSegment, type Segment} from './region.js'

/**
 * A segment this heavy, relative to the heaviest, can be the article when it
 * comes first: an article is followed by comments and teasers, which can
 * outweigh it, and is rarely preceded by them.
 */
const MAIN_SHARE = 0.8
/**
 * Share of a segment's content words (by stem) the article uses, below which
 * it is about something else. On the corpus, segments of the reference
 * article share 0.20 or more; teasers, comments and galleries 0.27 or less,
 * most under 0.16. F1 moves 0.002 or less from 0.15 to 0.25.
 */
const MIN_TOPICAL = 0.2
/** Weight per block at which a segment counts fully in the choice of the main one (F1 is flat from 12 to 30). */
const FULL_DENSITY = 15

/**
 * A segment's claim to be the article: its weight, discounted when it is
 * thin (a news stream's or a gallery's teasers, each between labels and
 * counters, add up to more than one article's paragraphs in a row).
 */
function mainWeight(segment: Segment): number {
  const density = segment.weight / (segment.end - segment.start + 1)
  return segment.weight * Math.min(1, density / FULL_DENSITY)
}

/** Words sampled from each segment: the topic shows in the first thousand, and the cost stays bounded. */
const VOCABULARY_WORDS = 1000

/**
 * Choose the segments that are the article: the main one (the first with
 * nearly the weight of the heaviest), and any other that is about the same
 * things (shares its vocabulary, as the second half of an article split by a
 * video does, and a block of teasers for other stories does not) and does not
 * stand under a related-stories header. Every segment ends where a comment
 * section's header stands.
 */
export function selectSegments(
  blocks: readonly Block[],
  found: readonly Segment[],
  reasonOf: (index: number) => RemovalReason | null,
  stopWords: ReadonlySet<string> | null
): Segment[] {
  const isBoilerplate = (index: number): boolean => reasonOf(index) !== null
  const segments = found.flatMap((segment) => endAtComments(blocks, segment, reasonOf))
  if (segments.length < 2) return segments.map(asMain)
  // Readers' comments right under a comment form's header ("Post a comment")
  // are not the article, however dense (unless nothing else is left). A
  // counter ("2 responses") does not say it: it also stands over articles.
  const underComments = (segment: Segment): boolean => headedBy(segment, (i) => isCommentHeader(blocks, i, reasonOf) && !/\d/.test((blocks[i] as Block).text))
  const candidates = segments.some((segment) => !underComments(segment)) ? segments.filter((segment) => !underComments(segment)) : segments
  let heaviest = 0
  for (const segment of candidates) heaviest = Math.max(heaviest, mainWeight(segment))
  const main = candidates.find((segment) => mainWeight(segment) >= heaviest * MAIN_SHARE) as Segment
  const marked = (segment: Segment): Segment => (segment === main ? asMain(segment) : segment)
  const vocabulary = new Set<string>()
  let words = 0
  for (let i = main.start; i <= main.end && words < VOCABULARY_WORDS; i++) {
    if (isBoilerplate(i)) continue
    words += (blocks[i] as Block).measures.words
    for (const token of blockTokens(blocks[i] as Block, stopWords)) vocabulary.add(stem(token))
  }
  // The first comment section's header after the article: what follows it is
  // the readers' (replies run on far below the header), however on topic.
  let commentsFrom = Infinity
  for (let i = main.end + 1; i < blocks.length; i++) {
    if (isCommentHeader(blocks, i, reasonOf)) {
      commentsFrom = i
      break
    }
  }
  const kept = segments.filter((segment) => {
    if (segment === main) return true
    if (segment.start > commentsFrom) return false
    // Under a "Related" or "More stories" header: teasers, however on topic.
    if (segment.start > main.end && headedBy(segment, (i) => reasonOf(i) === 'related-links')) return false
    let total = 0
    let shared = 0
    let sampled = 0
    for (let i = segment.start; i <= segment.end && sampled < VOCABULARY_WORDS; i++) {
      if (isBoilerplate(i)) continue
      sampled += (blocks[i] as Block).measures.words
      for (const token of blockTokens(blocks[i] as Block, stopWords)) {
        total++
        if (vocabulary.has(stem(token))) shared++
      }
    }
    return total > 0 && shared / total >= MIN_TOPICAL
  })
  return kept.map(marked)
}

/** The segment, marked as the article's main one. */
function asMain(segment: Segment): Segment {
  return makeSegment(segment.start, segment.end, segment.weight, true)
}

/** Lines above a segment where the header of a widget may stand. */
const HEADER_WINDOW = 3

/**
 * The part of a segment before a comment section's header ("13 comments",
 * "Leave a Reply"): what follows is the readers', not the article's. A
 * segment that starts with the header is dropped.
 */
function endAtComments(blocks: readonly Block[], segment: Segment, reasonOf: (index: number) => RemovalReason | null): Segment[] {
  for (let i = segment.start; i <= segment.end; i++) {
    if (!isCommentHeader(blocks, i, reasonOf)) continue
    return i > segment.start ? [makeSegment(segment.start, i - 1, segment.weight, segment.main)] : []
  }
  return [segment]
}

/**
 * Whether block `index` is a comment section's header ("13 comments", "Leave
 * a Reply"): a lone "Comment" or "Reply" is a button that can sit anywhere.
 */
function isCommentHeader(blocks: readonly Block[], index: number, reasonOf: (index: number) => RemovalReason | null): boolean {
  return reasonOf(index) === 'comment-widget' && (blocks[index] as Block).measures.tokens >= 2
}

/** Whether a widget's header stands right above the segment. */
function headedBy(segment: Segment, isHeader: (index: number) => boolean): boolean {
  for (let i = segment.start - 1; i >= Math.max(0, segment.start - HEADER_WINDOW); i--) if (isHeader(i)) return true
  return false
}

