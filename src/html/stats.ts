import type {Element} from 'hast'
import {INVISIBLE} from './hast.js'
import {tickDeadline} from '../util/deadline.js'

/** Text measures of an element's whole subtree. */
export interface ElementStats {
  /** Visible characters, whitespace not counted. */
  chars: number
  /** Of those, characters inside links. */
  linkChars: number
  /** Links (`<a href>`) in the subtree. */
  links: number
  /** Characters in paragraphs of at least `PROSE_PARAGRAPH_CHARS`: the article's kind of text. */
  proseChars: number
}

/** A paragraph this long is prose; shorter ones are labels, captions, teasers. */
export const PROSE_PARAGRAPH_CHARS = 80

/** The element tree's measures, and each element's parent. */
export interface PageStats {
  stats: Map<Element, ElementStats>
  parent: Map<Element, Element>
  /** Prose characters in the whole body. */
  pageProse: number
}

function countVisible(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12 && code !== 0xa0) count++
  }
  return count
}

/**
 * Measure every element of the body in one pass: a pre-order walk lists the
 * elements, then a reverse sweep adds each one's figures into its parent's,
 * so every subtree is measured in linear time and without recursion. The
 * walk and the sweep work on arrays by pre-order position (the maps are
 * filled once, for the callers).
 */
export function measurePage(body: Element): PageStats {
  const order: Element[] = [body]
  const figures: ElementStats[] = [{chars: 0, linkChars: 0, links: 0, proseChars: 0}]
  /** Pre-order position of each element's parent (-1 for the body). */
  const up: number[] = [-1]
  /** Whether each element is a link or inside one. */
  const linked: boolean[] = [false]
  // Text directly in each element (by pre-order position): a `<div>` or
  // `<td>` that holds its paragraphs as bare text separated by `<br>` is prose too.
  const direct: number[] = []
  const parent = new Map<Element, Element>()
  for (let i = 0; i < order.length; i++) {
    tickDeadline('measure')
    const element = order[i] as Element
    const own = figures[i] as ElementStats
    const inLink = linked[i] as boolean
    let text = 0
    for (const child of element.children) {
      if (child.type === 'text') text += countVisible(child.value)
      else if (child.type === 'element' && !INVISIBLE.has(child.tagName)) {
        order.push(child)
        figures.push({chars: 0, linkChars: 0, links: 0, proseChars: 0})
        up.push(i)
        parent.set(child, element)
        const isLink = child.tagName === 'a'
        linked.push(inLink || isLink)
        if (isLink && child.properties.href !== undefined) own.links++
      }
    }
    own.chars += text
    if (inLink) own.linkChars += text
    direct[i] = text
  }
  for (let i = order.length - 1; i > 0; i--) {
    const element = order[i] as Element
    const own = figures[i] as ElementStats
    if (element.tagName === 'p' && own.chars >= PROSE_PARAGRAPH_CHARS && own.linkChars < own.chars / 2) own.proseChars = Math.max(own.proseChars, own.chars)
    else if ((direct[i] as number) >= PROSE_PARAGRAPH_CHARS) own.proseChars += direct[i] as number
    const total = figures[up[i] as number] as ElementStats
    total.chars += own.chars
    total.linkChars += own.linkChars
    total.links += own.links
    total.proseChars += own.proseChars
  }
  const stats = new Map<Element, ElementStats>()
  for (let i = 0; i < order.length; i++) stats.set(order[i] as Element, figures[i] as ElementStats)
  return {stats, parent, pageProse: (figures[0] as ElementStats).proseChars}
}

/** Share of an element's text that is link text (0 for an empty element). */
export function linkDensity(stats: ElementStats): number {
  return stats.chars === 0 ? 0 : stats.linkChars / stats.chars
}
