import {makeSegment, type Segment} from '../classify/region.js'

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
 * match) stays removed.
 *
 * @param found The runs of prose, in page order (see findBodyRegion).
 * @returns One segment, the main one, from the first run to the last; none when there is no run.
 */
export function threadSegments(found: readonly Segment[]): Segment[] {
  const first = found[0]
  const last = found.at(-1)
  if (first === undefined || last === undefined) return []
  let weight = 0
  for (const segment of found) weight += segment.weight
  return [makeSegment(first.start, last.end, weight, true)]
}
