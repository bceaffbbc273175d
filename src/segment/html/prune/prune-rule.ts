import type {Element} from 'hast'
import type {RemovalReason} from '../../../types.js'
import type {ElementStats} from '../measure-page.js'

/** What a prune rule may look at besides the element itself. */
export interface PruneContext {
  /** The element's subtree measures (before anything is pruned). */
  readonly stats: ElementStats
  /** The element's `class` and `id` words (see `classTokens`). */
  readonly tokens: ReadonlySet<string>
  /** The element's `role`, lower-cased, or `''`. */
  readonly role: string
  /** Whether an `<article>`, `<main>` or `itemprop=articleBody` element encloses it. */
  readonly insideArticle: boolean
  /** The parent's subtree measures (the element's included), or null for a child of the body's root. */
  readonly parentStats: ElementStats | null
  /** Prose characters in the whole body (see `ElementStats.proseChars`). */
  readonly pageProse: number
}

/**
 * One kind of page furniture, recognised on the tree: by tag, ARIA role,
 * `class`/`id` words, link density and text density, never by a site's name.
 * A matching element is removed with its whole subtree, and its text is
 * recorded as one `Removal` with the rule's name and reason.
 */
export interface PruneRule {
  /** Kebab-case name of the kind of furniture. */
  readonly name: string
  /** The reason its removals report. */
  readonly reason: RemovalReason
  /** One sentence, in prose, of what the rule matches. */
  readonly matches: string
  /** Whether `element` is this kind of furniture. */
  test(element: Element, context: PruneContext): boolean
  /**
   * Whether a match stands on an element that holds most of the page's prose
   * (which is otherwise taken for the article and never pruned). Left out: it
   * does not. Only evidence that cannot be the article's own markup says yes.
   */
  overridesArticle?(element: Element, context: PruneContext): boolean
}

/** Whether any of the element's `class`/`id` words is in `words`. */
export function hasWord(context: PruneContext, words: ReadonlySet<string>): boolean {
  for (const token of context.tokens) if (words.has(token)) return true
  return false
}

/** Share of the subtree's text that is link text. */
export function linkShare(context: PruneContext): number {
  const {chars, linkChars} = context.stats
  return chars === 0 ? 0 : linkChars / chars
}
