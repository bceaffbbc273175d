import type {Block} from '../blocks/block.js'
import {contentTokens} from '../text/tokens.js'
import type {RemovalReason} from '../types.js'
import type {Segment} from './region.js'

/**
 * A segment this heavy, relative to the heaviest, can be the article when it
 * comes first: an article is followed by comments and teasers, which can
 * outweigh it, and is rarely preceded by them.
 */
const MAIN_SHARE = 0.8
/**
 * Share of a segment's content words the article uses, below which it is
 * about something else. On the corpus, segments of the reference article
 * share 0.26 or more; teasers, comments and galleries 0.28 or less, most
 * under 0.1. F1 is flat from 0.15 to 0.25 (and for MAIN_SHARE 0.6 to 0.9).
 */
const MIN_TOPICAL = 0.2
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
  if (segments.length < 2) return segments.map((segment) => ({...segment, main: true}))
  let heaviest = 0
  for (const segment of segments) heaviest = Math.max(heaviest, segment.weight)
  const main = segments.find((segment) => segment.weight >= heaviest * MAIN_SHARE) as Segment
  const marked = (segment: Segment): Segment => (segment === main ? {...segment, main: true} : segment)
  const vocabulary = new Set<string>()
  let words = 0
  for (let i = main.start; i <= main.end && words < VOCABULARY_WORDS; i++) {
    if (isBoilerplate(i)) continue
    words += (blocks[i] as Block).measures.words
    contentTokens((blocks[i] as Block).text, stopWords, (token) => vocabulary.add(token))
  }
  const kept = segments.filter((segment) => {
    if (segment === main) return true
    // Under a "Related" or "More stories" header: teasers, however on topic.
    if (segment.start > main.end && headedBy(segment, reasonOf, 'related-links')) return false
    let total = 0
    let shared = 0
    let sampled = 0
    for (let i = segment.start; i <= segment.end && sampled < VOCABULARY_WORDS; i++) {
      if (isBoilerplate(i)) continue
      sampled += (blocks[i] as Block).measures.words
      contentTokens((blocks[i] as Block).text, stopWords, (token) => {
        total++
        if (vocabulary.has(token)) shared++
      })
    }
    return total > 0 && shared / total >= MIN_TOPICAL
  })
  return kept.map(marked)
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
    // A lone "Comment" or "Reply" is a button that can sit anywhere; a
    // header says more ("13 comments", "Leave a Reply").
    if (reasonOf(i) !== 'comment-widget' || (blocks[i] as Block).measures.tokens < 2) continue
    return i > segment.start ? [{...segment, end: i - 1}] : []
  }
  return [segment]
}

/** Whether a widget's header (a line with `reason`) stands right above the segment. */
function headedBy(segment: Segment, reasonOf: (index: number) => RemovalReason | null, reason: RemovalReason): boolean {
  for (let i = segment.start - 1; i >= Math.max(0, segment.start - HEADER_WINDOW); i--) if (reasonOf(i) === reason) return true
  return false
}

