import type {Element} from 'hast'
import type {PruneContext, PruneRule} from '../prune/prune-rule.js'

/**
 * Visible characters outside links from which an element a comment rule
 * names holds a post rather than a counter or a button ("3 comments",
 * "Load more replies"): the shortest posts ("Thanks, that worked!") have
 * more.
 */
const MIN_POST_CHARS = 16

/**
 * Whether a tree rule's match is spared on a forum or Q&A thread: there the
 * posts are the content, and forum software names them after comments
 * (`class="comment"`, `id="comments"`, `replies`, `commentarea`,
 * `discussion`). A comment section that holds text is the thread, or a
 * post of it; one with next to none ("3 comments", a link to load more) is
 * still furniture, and a reply form is left to the form and line rules.
 *
 * @param rule The tree rule that matched.
 * @param context The element's measures.
 */
export function sparedOnForum(rule: PruneRule, context: PruneContext): boolean {
  return rule.reason === 'comment-widget' && context.stats.chars - context.stats.linkChars >= MIN_POST_CHARS
}

/**
 * Share of the page's paragraph score (see findMainContent) the thread's
 * container holds. The container scorer, made for articles, picks the one
 * post with the most prose; the thread is the nearest ancestor that holds
 * most of the page's scored paragraphs, posts and all.
 */
const THREAD_SHARE = 0.6

/**
 * The element that holds the thread: from the best-scoring element, the
 * first ancestor (itself included) whose paragraphs score at least
 * THREAD_SHARE of all the page's scored paragraphs, below the body. On a
 * thread the question and every answer are the content, and they stand
 * side by side, each a candidate of its own.
 *
 * @param top The best-scoring element.
 * @param scoring Each scored paragraph's owner and score.
 * @param parent Each element's parent.
 * @param body The page's body (never returned: it holds the furniture too).
 */
export function threadContainer(top: Element, scoring: readonly {owner: Element; score: number}[], parent: ReadonlyMap<Element, Element>, body: Element): Element {
  let total = 0
  const mass = new Map<Element, number>()
  const chain = new Set<Element>()
  for (let up: Element | undefined = top; up !== undefined && up !== body; up = parent.get(up)) chain.add(up)
  for (const {owner, score} of scoring) {
    total += score
    for (let up: Element | undefined = owner; up !== undefined && up !== body; up = parent.get(up)) {
      if (chain.has(up)) {
        mass.set(up, (mass.get(up) ?? 0) + score)
      }
    }
  }
  for (const element of chain) if ((mass.get(element) ?? 0) >= total * THREAD_SHARE) return element
  return top
}
