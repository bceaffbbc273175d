import type {Element} from 'hast'
import type {PageType, RemovalReason} from '../../../types.js'
import {sparedOnForum} from '../kinds/forum.js'
import {attribute, classTokens, INVISIBLE} from '../hast.js'
import type {ElementStats, PageStats} from '../measure-page.js'
import {advertisement} from './advertisement.js'
import {guessContent, MAX_GUESSES} from './best-guess.js'
import {commentSection} from './comment-section.js'
import {cookieConsent} from './cookie-consent.js'
import {formControl} from './form-control.js'
import {hiddenElement} from './hidden-element.js'
import {linkList} from './link-list.js'
import {mediaGallery} from './media-gallery.js'
import {navigation} from './navigation.js'
import {newsletterBox} from './newsletter-box.js'
import {pageFooter} from './page-footer.js'
import {popupDialog} from './popup-dialog.js'
import {relatedContent} from './related-content.js'
import type {PruneContext, PruneRule} from './prune-rule.js'
import {shareButtons} from './share-buttons.js'
import {sidebar} from './sidebar.js'
import {siteHeader} from './site-header.js'
import {tickDeadline} from '../../../util/deadline.js'

/**
 * The tree rules, in the order they are tried on each element from the top
 * of the body down; the first that matches prunes the element and its
 * subtree. Why this order:
 * 1. What is not shown at all (hidden) goes first: its text is no kind of
 *    furniture a reader meets.
 * 2. Overlays (cookie banners, pop-ups) and comment sections, which are
 *    large and may contain any of the smaller kinds.
 * 3. Navigation and the site header, then the small named widgets (share,
 *    ads, newsletter, related), then sidebars and footers, which are
 *    containers of those.
 * 4. Form controls and link-dense lists last: they catch what has no name.
 */
export const PRUNE_RULES: readonly PruneRule[] = [
  hiddenElement,
  cookieConsent,
  popupDialog,
  commentSection,
  navigation,
  siteHeader,
  shareButtons,
  advertisement,
  newsletterBox,
  relatedContent,
  sidebar,
  mediaGallery,
  pageFooter,
  formControl,
  linkList
]

/** Why an element was pruned. */
export interface PruneRecord {
  rule: string
  reason: RemovalReason
}

/** What pruning found. */
export interface Pruned {
  /** Pruned elements (the outermost of each pruned subtree). */
  records: Map<Element, PruneRecord>
  /** Comment sections kept aside when the `comments` option is on. */
  comments: Element[]
  /** Furniture left unpruned as the best guess at the content (see guessContent): the page's content is a guess. */
  spared: Element[]
}

/**
 * An element holding this share of the page's prose is the article, whatever
 * its class says (`<div class="post has-comments">`, `<main class="ad-free">`).
 */
const MAX_PROSE_SHARE = 0.5
const ARTICLE_TAGS = new Set(['article', 'main'])

// A microdata item of an article type: schema.org `Article`, `NewsArticle`, `BlogPosting`, ….
const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w{0,30}Article|BlogPosting|Report)\b/i

/**
 * Whether an element opens the article: `<article>`, `<main>`, the
 * `articleBody`, or a microdata item typed as an article (corpus:
 * cnet-svg-classes, whose headline and byline sit in a `content-header` box
 * inside its `itemtype="…/Article"` wrapper).
 */
function opensArticle(element: Element): boolean {
  if (ARTICLE_TAGS.has(element.tagName)) return true
  const itemprop = attribute(element, 'itemProp')
  if (itemprop !== null && itemprop.toLowerCase().includes('articlebody')) return true
  // On `<body>` the item is the whole page, header and all (corpus medium-1, a Blogger page).
  const itemtype = element.tagName === 'body' ? null : attribute(element, 'itemType')
  return itemtype !== null && ARTICLE_ITEMTYPE.test(itemtype)
}

/**
 * Find the page furniture in the body, top down: each element is tried
 * against the rules (`rules[name] === false` turns one off); a match prunes
 * its subtree, which is not looked into further (`ruleSet`, default
 * `PRUNE_RULES`: a kind of page may run fewer). Nothing is removed from the
 * tree here: the records say what later stages skip and report. With
 * `bestGuess`, a pruning that leaves the page no prose is done again with
 * the subtree holding the most of it spared (up to MAX_GUESSES times; see
 * guessContent).
 *
 * @param body The page's body, which `page` measured: the walk goes by
 *   `page`'s positions, whose first is the body.
 */
export function prunePage(
  body: Element,
  page: PageStats,
  options: {rules: Readonly<Record<string, boolean>>; keepComments: boolean; ruleSet?: readonly PruneRule[]; pageType?: PageType; bestGuess?: boolean}
): Pruned {
  const rules = (options.ruleSet ?? PRUNE_RULES).filter((rule) => options.rules[rule.name] !== false)
  const forum = options.pageType === 'forum'
  const {elements, end, up} = page.order
  // Walked by pre-order position (see PageOrder), so that an element's
  // measures and its parent's are read from arrays without a map lookup:
  // an element's children are the positions from its own plus one, each
  // next one just past the last one's subtree. Two stacks, not an object
  // per element (issue 22).
  const walkRules = (spared: ReadonlySet<Element>): Pruned => {
    const records = new Map<Element, PruneRecord>()
    const comments: Element[] = []
    const stack: number[] = [0]
    const insideStack: boolean[] = [false]
    while (stack.length > 0) {
      const at = stack.pop() as number
      const insideArticle = insideStack.pop() as boolean
      const element = elements[at] as Element
      tickDeadline('prune')
      if (at > 0 && !spared.has(element)) {
        const stats = page.stats.at(at) as ElementStats
        const holdsArticle = page.pageProse > 0 && stats.proseChars > page.pageProse * MAX_PROSE_SHARE
        const context: PruneContext = {stats, tokens: classTokens(element), role: (attribute(element, 'role') ?? '').toLowerCase(), insideArticle, parentStats: page.stats.at(up[at] as number) ?? null, pageProse: page.pageProse}
        const rule = rules.find((candidate) => candidate.test(element, context) && (!holdsArticle || candidate.overridesArticle?.(element, context) === true) && !(forum && sparedOnForum(candidate, context)))
        if (rule) {
          if (rule.reason === 'comment-widget' && options.keepComments) comments.push(element)
          else records.set(element, {rule: rule.name, reason: rule.reason})
          continue
        }
      }
      const inside = insideArticle || opensArticle(element)
      // The children, pushed last first so that the first is visited next.
      const first = stack.length
      for (let child = at + 1; child < (end[at] as number); child = end[child] as number) {
        stack.push(child)
        insideStack.push(inside)
      }
      reverseFrom(stack, first)
    }
    return {records, comments, spared: [...spared]}
  }
  let pruned = walkRules(new Set())
  if (options.bestGuess !== true) return pruned
  // Pruning must not take all of the page's prose: the furniture that took it is the best guess at the content.
  const spared = new Set<Element>()
  for (let guess = guessContent(pruned.records, page); guess !== null && spared.size < MAX_GUESSES; guess = guessContent(pruned.records, page)) {
    spared.add(guess)
    pruned = walkRules(spared)
  }
  return pruned
}

/** Reverse the tail of a list from `start` on, in place. */
function reverseFrom(list: number[], start: number): void {
  for (let i = start, j = list.length - 1; i < j; i++, j--) {
    const swap = list[i] as number
    list[i] = list[j] as number
    list[j] = swap
  }
}

export type {PruneContext, PruneRule} from './prune-rule.js'
