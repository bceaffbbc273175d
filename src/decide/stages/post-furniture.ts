import type {Block} from '../../segment/block.js'
import type {Decisions} from '../classify/classify-blocks.js'
import type {RemovalReason} from '../../types.js'

/**
 * Words above which a line is a post's text, not a control or a label of the
 * poster's card. Seven, for Stack Exchange's reputation line with all three
 * badges ("1,99222 gold badges1414 silver badges1818 bronze badges").
 */
const MAX_FURNITURE_WORDS = 7

/**
 * A post's controls and counters: its buttons ("Reply", "Quote", "Report",
 * "Reply with quote", "Click to expand...", XenForo's "Reply Quote Like",
 * "Add to quote" and "Jump to Latest" on avsforum, mtbr, watchuseek,
 * toyotanation and woodworkingtalk, Stack Exchange's "Improve this answer"
 * and its sort menu, "Sorted by: Reset to default", "Highest score
 * (default)", "Date created (oldest first)"), its like, reply and vote
 * counts ("3 Likes", "1 Reply", "12", "-1", "1,204") and the lone separators
 * forum software puts between a comment and its poster ("–", "·").
 */
const POST_CONTROL = /^(?:reply|quote|report|like|share|flag|permalink|multi-?quote|reply with quote|reply quote like|add to quote|jump to latest|improve this (?:answer|question)|sorted by:?(?: reset to default)?|highest score \(default\)|date (?:modified|created) \((?:newest|oldest) first\)|click to expand\.{0,3}|\d{1,6} likes?|\d{1,6} repl(?:y|ies)|reply #?\d{1,6}|[+\-−]?\d[\d.,]{0,11}[km]?|[–—·•|])$/iu

/**
 * A line of the poster's card: a member title ("Senior Member", "Offline",
 * Invision's "Author" and "Topic Author" on an opening poster), a labelled
 * figure ("Posts: 1,204", "Joined", "Reaction score", "Messages:",
 * "Location"), a count with its unit ("563 posts", "426 Reputation",
 * XenForo's "410 posts · Joined 2002") or Stack Exchange's reputation and
 * badges, which its dumps run together ("2,1921515 silver badges1616 bronze
 * badges": 2,192, then 15 silver and 16 bronze, each count printed twice).
 */
const POSTER_CARD = /^(?:(?:senior|junior|new|active|well-known|registered|full)\s)?member$|^(?:moderator|administrator|offline|online|author|topic author)$|^\d[\d.,]{0,12}k? (?:posts|reputation)(?: · joined \d{4})?$|^[\d.,]{1,12}k?(?:\d{1,6} (?:gold|silver|bronze) badges?){1,3}$|^(?:posts|messages|joined|join date|location|reaction score|points|trophy points|likes received|best answers|member since|reputation)(?::(?:\s[\p{L}\p{N}][\p{L}\p{N} ,./-]{0,30})?|\s\d[\d.,]{0,12})?$/iu

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
