import type {Block} from '../../segment/block.js'
import {makeSegment, type Segment} from '../classify/region.js'

/**
 * Headings of the lists of other threads a forum or Q&A page prints after
 * the thread (lower-cased, without a closing colon): Stack Exchange's
 * "Linked", "Related" and "Hot Network Questions", XenForo's "Similar
 * threads", Discourse's "Related topics" and "Suggested topics", Reddit's
 * "Recommended posts". WCXB dev forum dumps: on 37 of 112 pages the
 * cleaned text ran on for over 30 words past the last post (13,000 words
 * in all), much of it these lists, whose titles read as prose.
 */
const OTHER_THREADS_HEADINGS: ReadonlySet<string> = new Set([
  'related', 'linked', 'related topics', 'similar topics', 'suggested topics', 'more topics', 'related threads', 'similar threads',
  'trending threads', 'other threads', 'related questions', 'linked questions', 'similar questions', 'hot network questions',
  'explore related questions', 'related discussions', 'similar discussions', 'recommended posts', 'recommended communities',
  'related posts', 'similar posts', 'you may also like'
])
/** A heading is a short line: a longer one with these words is a post's sentence. */
const MAX_HEADING_CHARS = 40

/** Whether a line heads a list of other threads (see OTHER_THREADS_HEADINGS). */
export function headsOtherThreads(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS) return false
  const line = text.trim().toLowerCase()
  return OTHER_THREADS_HEADINGS.has(line.endsWith(':') ? line.slice(0, -1).trimEnd() : line)
}

/**
 * Stage (forum and Q&A threads), in place of the topic filter: reads the
 * runs of prose the body search found and decides the one segment that is
 * the thread, from the first run to the last.
 *
 * On a thread the question and every reply are the content, and they come
 * as many runs of prose parted by each post's furniture (a name, a date, a
 * vote count, "Reply"): the body search keeps each run apart, the topic
 * filter drops replies that drift from the question's words, and short
 * replies ("Thanks, that worked!") weigh too little to be a run at all. The
 * thread is everything from the first run of prose to the last; what the
 * rules named in between (a share bar, a reply form, a signature rule's
 * match) stays removed. It ends before the first heading of a list of other
 * threads after the first run ("Similar threads", "Hot Network Questions"):
 * their titles read as runs of prose, and what follows is no post.
 *
 * @param found The runs of prose, in page order (see findBodyRegion).
 * @param blocks The page's blocks, for the headings of other threads.
 * @returns One segment, the main one, from the first run to the last; none when there is no run.
 */
export function threadSegments(found: readonly Segment[], blocks: readonly Block[]): Segment[] {
  const first = found[0]
  if (first === undefined) return []
  let end = (found.at(-1) as Segment).end
  for (let i = first.end + 1; i <= end; i++) {
    if (headsOtherThreads((blocks[i] as Block).text)) end = i - 1
  }
  let weight = 0
  let last = first
  for (const segment of found) {
    if (segment.start > end) break
    weight += segment.weight
    last = segment
  }
  return [makeSegment(first.start, Math.min(end, last.end), weight, true)]
}
