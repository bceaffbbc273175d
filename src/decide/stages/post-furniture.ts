import type {Block} from '../../segment/block.js'
import type {Decisions} from '../classify/classify-blocks.js'
import type {RemovalReason} from '../../types.js'

/** Words from which a line is a post's text, not a control or a label of the poster's card. */
const MAX_FURNITURE_WORDS = 5

/**
 * A post's controls and counters: its buttons ("Reply", "Quote", "Report",
 * "Reply with quote", "Click to expand..."), its like and vote counts ("3
 * Likes", "12", "-1", "1,204") and the lone separators forum software puts
 * between a comment and its poster ("–", "·").
 */
const POST_CONTROL = /^(?:reply|quote|report|like|share|flag|permalink|multi-?quote|reply with quote|click to expand\.{0,3}|\d{1,6} likes?|reply #?\d{1,6}|[+\-−]?\d[\d.,]{0,11}[km]?|[–—·•|])$/iu

/**
 * A line of the poster's card: a member title ("Senior Member", "Offline")
 * or a labelled figure ("Posts: 1,204", "Joined", "Reaction score",
 * "Messages:", "Location").
 */
const POSTER_CARD = /^(?:(?:senior|junior|new|active|well-known|registered|full)\s)?member$|^(?:moderator|administrator|offline|online)$|^(?:posts|messages|joined|join date|location|reaction score|points|trophy points|likes received|best answers|member since|reputation)(?::(?:\s[\p{L}\p{N}][\p{L}\p{N} ,./-]{0,30})?|\s\d[\d.,]{0,12})?$/iu

/** The named units of this stage: a rule's name and its reason. */
export const POST_FURNITURE: readonly {rule: string; reason: RemovalReason; pattern: RegExp}[] = [
  {rule: 'post-controls', reason: 'comment-widget', pattern: POST_CONTROL},
  {rule: 'poster-card', reason: 'author-bio', pattern: POSTER_CARD}
]

/**
 * Stage (forum and Q&A threads), after the shared stages and the structure
 * revision: reads the blocks the earlier stages kept; may overwrite a kept
 * block's `null` with `post-controls` or `poster-card`.
 *
 * On a thread every post is the content, and each post comes with the same
 * furniture: its buttons and counters, and its poster's card (a member title,
 * a post count, a join date). Inside a thread they stand between posts, where
 * the body search and the markup keep them; on an article they are not
 * looked for (a lone number there is a table's or a list's).
 *
 * @returns The decisions revised (the earlier ones are not changed).
 */
export function removePostFurniture(blocks: readonly Block[], earlier: Decisions): Decisions {
  const decisions = earlier.slice()
  for (const block of blocks) {
    if (decisions[block.index] !== null || block.measures.words > MAX_FURNITURE_WORDS) continue
    const unit = POST_FURNITURE.find(({pattern}) => pattern.test(block.text))
    if (unit) decisions[block.index] = {reason: unit.reason, rule: unit.rule, start: block.index}
  }
  return decisions
}
