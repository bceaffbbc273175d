import type {Element} from 'hast'
import {attribute} from './hast.js'
import type {ContentStats, Unit} from './segment-page.js'
import {tickDeadline} from '../../util/deadline.js'
import {threadContainer} from './kinds/forum.js'

/**
 * Finding the article container, in the manner Readability.js made standard
 * (its scoring is the best-tested there is, and its output is the corpus's
 * reference): every paragraph of 25+ characters scores its parent, and less
 * and less its ancestors, by its length and punctuation; each candidate
 * starts from what its tag and `class`/`id` say, and loses in proportion to
 * its link text. Markup hints (`<article>`, `<main>`, schema.org
 * `articleBody`) add to that. The best candidate, widened to an ancestor when
 * other strong candidates share it, plus the siblings that read like the
 * story, is the container. A sibling of the best candidate's class whose
 * own paragraphs, at any depth, score enough is another part of the story.
 */

/** Paragraphs shorter than this say nothing about where the article is. */
const MIN_PARAGRAPH_CHARS = 25
/** Ancestors a paragraph scores: its parent fully, its grandparent half, the rest by a third per level. */
const SCORED_ANCESTORS = 5
/** Owners whose text does not score: list items, captions and the headline are not where prose lives. */
const UNSCORED_OWNERS = new Set(['li', 'dt', 'dd', 'th', 'figcaption', 'caption', 'h1', 'button', 'option', 'summary', 'legend', 'a'])
const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g
const POSITIVE = /article|body|content|entry|main|page|post|text|blog|story/
const NEGATIVE = /comment|footer|masthead|outbrain|promo|related|share|sidebar|sponsor|widget|banner|gdpr|shopping|skyscraper|combx|contact|scroll|hidden|-ad-|meta|tags/
const CLASS_WEIGHT = 25
/** Markup that says "the article is here". */
const ARTICLE_HINT_BONUS = 10
/** Candidates this close to the best one, sharing an ancestor, make the ancestor the container. */
const ALTERNATIVE_SHARE = 0.75
const MIN_ALTERNATIVES = 3
/** Siblings join the container when they score this share of the best candidate (or 10). */
const SIBLING_SHARE = 0.2
const MIN_SIBLING_SCORE = 10

/** A same-class part of the story may be at most this much link text. */
const MAX_PART_LINK_DENSITY = 0.25

/**
 * The paragraph scores under each child of `container`, summed at any depth
 * and undivided (fixture html-story-in-parts: a story split into blocks of
 * one class, the first with its paragraphs deeper than `SCORED_ANCESTORS`
 * reach, as on quanta-1 in the corpus). One pass over the paragraphs; each element's way up is looked
 * up once (memoised), so it is linear in the page.
 */
function deepScores(container: Element, scoring: readonly {unit: Unit; score: number}[], parent: ReadonlyMap<Element, Element>): Map<Element, number> {
  const childOf = new Map<Element, Element | null>()
  const sums = new Map<Element, number>()
  for (const {unit, score} of scoring) {
    tickDeadline('main-content')
    const path: Element[] = []
    let found: Element | null = null
    for (let node: Element | undefined = unit.owner; node !== undefined; node = parent.get(node)) {
      const known = childOf.get(node)
      if (known !== undefined) {
        found = known
        break
      }
      const up = parent.get(node)
      if (up === container) {
        found = node
        path.push(node)
        break
      }
      path.push(node)
    }
    for (const node of path) childOf.set(node, found)
    if (found !== null) sums.set(found, (sums.get(found) ?? 0) + score)
  }
  return sums
}

/** The article container: the top candidate and the siblings that belong to the story, in page order. */
export interface Container {
  /** The elements whose text is the article, in document order. */
  elements: Element[]
  /** The best-scoring element. */
  top: Element
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5
    default:
      return 0
  }
}

/** What the element's `class` and `id` say, each on its own: ±25. */
export function classWeight(element: Element): number {
  let weight = 0
  const {className, id} = element.properties
  const classes = (Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : '').toLowerCase()
  const ident = (typeof id === 'string' ? id : '').toLowerCase()
  for (const value of [classes, ident]) {
    if (value === '') continue
    if (NEGATIVE.test(value)) weight -= CLASS_WEIGHT
    if (POSITIVE.test(value)) weight += CLASS_WEIGHT
  }
  return weight
}

/** Whether the markup marks the element as the article (`<article>`, `<main>`, schema.org `articleBody`). */
export function hasArticleHint(element: Element): boolean {
  if (element.tagName === 'article' || element.tagName === 'main') return true
  const itemprop = attribute(element, 'itemProp')?.toLowerCase() ?? ''
  if (itemprop.includes('articlebody')) return true
  const itemtype = attribute(element, 'itemType')?.toLowerCase() ?? ''
  return itemtype.includes('schema.org/') && /article|posting|report/.test(itemtype)
}

function linkDensityOf(content: ReadonlyMap<Element, ContentStats>, element: Element): number {
  const stats = content.get(element)
  return stats && stats.chars > 0 ? stats.linkChars / stats.chars : 0
}

function classString(element: Element): string {
  const {className} = element.properties
  return Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : ''
}

/**
 * Score the candidates and choose the container.
 *
 * @param body The page's body.
 * @param units The page's units (pruned ones do not score).
 * @param content Each element's text measures without pruned subtrees.
 * @param parent Each element's parent.
 * @param isPruned Whether an element is pruned furniture (never a sibling of the story).
 * @param thread Whether the page is a thread, whose posts are all the content (see threadContainer).
 * @returns The container; the body itself when no paragraph scores.
 */
export function findMainContent(
  body: Element,
  units: readonly Unit[],
  content: ReadonlyMap<Element, ContentStats>,
  parent: ReadonlyMap<Element, Element>,
  isPruned: (element: Element) => boolean,
  thread = false
): Container {
  const scores = new Map<Element, number>()
  const initial = (element: Element): number => tagWeight(element.tagName) + classWeight(element) + (hasArticleHint(element) ? ARTICLE_HINT_BONUS : 0)
  const scoring: {unit: Unit; score: number}[] = []
  for (const unit of units) {
    tickDeadline('main-content')
    if (unit.pruned !== null || unit.text.length < MIN_PARAGRAPH_CHARS || UNSCORED_OWNERS.has(unit.owner.tagName)) continue
    if (unit.kind === 'list-item' || unit.kind === 'caption') continue
    const score = 1 + (unit.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(unit.text.length / 100), 3)
    scoring.push({unit, score})
    let ancestor: Element | undefined = unit.whole && unit.owner !== body ? parent.get(unit.owner) : unit.owner
    for (let level = 0; level < SCORED_ANCESTORS && ancestor !== undefined; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      scores.set(ancestor, (scores.get(ancestor) ?? initial(ancestor)) + score / divider)
      if (ancestor === body) break
      ancestor = parent.get(ancestor)
    }
  }
  if (scores.size === 0) return {elements: [body], top: body}

  const final = new Map<Element, number>()
  for (const [element, score] of scores) final.set(element, score * (1 - linkDensityOf(content, element)))
  const ranked = [...final].sort((a, b) => b[1] - a[1])
  let [top, topScore] = ranked[0] as [Element, number]

  // Several strong candidates under one ancestor: the article is split into
  // sections (or pages of a thread), and the ancestor holds them all.
  const alternatives = ranked.slice(1, 5).filter(([, score]) => score / topScore >= ALTERNATIVE_SHARE).map(([element]) => element)
  if (alternatives.length >= MIN_ALTERNATIVES) {
    const ancestorsOf = alternatives.map((element) => {
      const chain = new Set<Element>()
      for (let up = parent.get(element); up !== undefined; up = parent.get(up)) chain.add(up)
      return chain
    })
    for (let up = parent.get(top); up !== undefined && up !== body; up = parent.get(up)) {
      if (ancestorsOf.filter((chain) => chain.has(up as Element)).length >= MIN_ALTERNATIVES) {
        top = up
        break
      }
    }
    topScore = final.get(top) ?? topScore
  }

  // Climb while a parent scores better than the child (the child was one
  // section of it), and stop when it scores far less.
  let lastScore = topScore
  const threshold = lastScore / 3
  for (let up = parent.get(top); up !== undefined && up !== body; up = parent.get(up)) {
    const score = final.get(up)
    if (score === undefined) continue
    if (score < threshold) break
    if (score > lastScore) {
      top = up
      topScore = score
      break
    }
    lastScore = score
  }
  if (thread) {
    top = threadContainer(top, scoring.map(({unit, score}) => ({owner: unit.owner, score})), parent, body)
    topScore = final.get(top) ?? topScore
  }
  // A wrapper with nothing else in it is the same container.
  for (let up = parent.get(top); up !== undefined && up !== body && up.children.filter((c) => c.type === 'element').length === 1; up = parent.get(up)) top = up

  const container = parent.get(top)
  if (container === undefined) return {elements: [top], top}
  const siblingThreshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE)
  const topClass = classString(top)
  const deep = topClass === '' ? null : deepScores(container, scoring, parent)
  const elements: Element[] = []
  const textOfOwner = new Map<Element, string>()
  // Elements that are one paragraph of text, whatever their tag: a lead in a
  // <div> with only inline content reads as a <p> (Readability turns such
  // divs into paragraphs; fixture html-news-lead-div).
  const paragraphLike = new Set<Element>()
  for (const unit of units) {
    if (!textOfOwner.has(unit.owner)) textOfOwner.set(unit.owner, unit.text)
    if (unit.whole && unit.kind === 'text' && unit.pruned === null) paragraphLike.add(unit.owner)
  }
  for (const sibling of container.children) {
    tickDeadline('main-content')
    if (sibling.type !== 'element' || isPruned(sibling)) continue
    if (sibling === top) {
      elements.push(sibling)
      continue
    }
    const bonus = topClass !== '' && classString(sibling) === topClass ? topScore * SIBLING_SHARE : 0
    const score = final.get(sibling)
    if (score !== undefined && score + bonus >= siblingThreshold) {
      elements.push(sibling)
      continue
    }
    // A part of the story in a wrapper of the same class whose paragraphs
    // sit deeper than the scored ancestors reach: its own paragraphs vouch for it.
    if (bonus > 0 && (deep?.get(sibling) ?? 0) >= siblingThreshold && linkDensityOf(content, sibling) < MAX_PART_LINK_DENSITY) {
      elements.push(sibling)
      continue
    }
    if (sibling.tagName === 'p' || paragraphLike.has(sibling)) {
      const stats = content.get(sibling)
      const chars = stats?.chars ?? 0
      const density = linkDensityOf(content, sibling)
      if (chars > 80 && density < 0.25) elements.push(sibling)
      else if (chars > 0 && chars < 80 && density === 0 && /\.(?: |$)/.test(textOfOwner.get(sibling) ?? '')) elements.push(sibling)
    }
  }
  return {elements, top}
}
