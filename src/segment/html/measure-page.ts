import type {Element} from 'hast'
import {INVISIBLE} from './hast.js'
import {tickDeadline} from '../../util/deadline.js'

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
  stats: PositionMap<ElementStats>
  parent: ReadonlyMap<Element, Element>
  /** Prose characters in the whole body. */
  pageProse: number
  /** The measured elements by pre-order position (see {@link PageOrder}). */
  order: PageOrder
}

/**
 * The body's visible elements in pre-order, each one's position, and where
 * its subtree ends: a subtree is the run of positions `[i, end[i])`. The
 * per-element facts of the page are arrays by position behind the one map
 * of positions, where a map per fact (measures, parent, membership) cost a
 * map entry per element each, and their garbage (issue 22).
 */
export interface PageOrder {
  elements: readonly Element[]
  /** Position of each element, absent for those not measured (invisible ones and their subtrees). */
  position: ReadonlyMap<Element, number>
  /** Position just past each element's last descendant. */
  end: Int32Array
  /** Position of each element's parent (-1 for the body). */
  up: Int32Array
}

/**
 * A read-only map of the measured elements that also answers by pre-order
 * position: a walk that keeps track of positions (see {@link PageOrder})
 * asks `at` and spares a map lookup per element.
 */
export interface PositionMap<V> extends ReadonlyMap<Element, V> {
  /** The value of the element at a pre-order position. */
  at(position: number): V | undefined
}

/**
 * A read-only map over the measured elements, answered from arrays by
 * position. Stages only look elements up; iterating builds a real map.
 */
class ByPosition<V> implements PositionMap<V> {
  constructor(
    private readonly order: PageOrder,
    readonly at: (position: number) => V | undefined,
    /** Values of elements the page did not measure. */
    private readonly unmeasured?: ReadonlyMap<Element, V>
  ) {}
  get(element: Element): V | undefined {
    const position = this.order.position.get(element)
    return position === undefined ? this.unmeasured?.get(element) : this.at(position)
  }
  has(element: Element): boolean {
    return this.get(element) !== undefined
  }
  private toMap(): Map<Element, V> {
    const map = new Map<Element, V>(this.unmeasured)
    this.order.elements.forEach((element, i) => {
      const value = this.at(i)
      if (value !== undefined) map.set(element, value)
    })
    return map
  }
  get size(): number {
    return this.toMap().size
  }
  entries(): MapIterator<[Element, V]> {
    return this.toMap().entries()
  }
  keys(): MapIterator<Element> {
    return this.toMap().keys()
  }
  values(): MapIterator<V> {
    return this.toMap().values()
  }
  [Symbol.iterator](): MapIterator<[Element, V]> {
    return this.toMap().entries()
  }
  forEach(callback: (value: V, key: Element, map: ReadonlyMap<Element, V>) => void, thisArg?: unknown): void {
    this.toMap().forEach((value, key) => callback.call(thisArg, value, key, this))
  }
}

/** Text counts of an element: all visible characters, and those inside links. */
export interface TextCounts {
  chars: number
  linkChars: number
}

/**
 * A map of elements to their text counts, held in two arrays by position
 * (see {@link PageOrder}): a map entry and an object per element lived
 * through the clean, and on a 1 MB page of paragraphs the garbage collector
 * copied them (issue 22). A lookup makes its small object, which dies young.
 */
export function textCountsByPosition(order: PageOrder): {setAt: (position: number, chars: number, linkChars: number) => void; counts: ReadonlyMap<Element, TextCounts>} {
  const chars = new Int32Array(order.elements.length).fill(-1)
  const linkChars = new Int32Array(order.elements.length)
  return {
    setAt(at, elementChars, elementLinkChars) {
      chars[at] = elementChars
      linkChars[at] = elementLinkChars
    },
    counts: new ByPosition(order, (i) => ((chars[i] as number) < 0 ? undefined : {chars: chars[i] as number, linkChars: linkChars[i] as number}))
  }
}

/** Characters that are not white space (the ones a reader sees), counted by char code. */
export function countVisible(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12 && code !== 0xa0) count++
  }
  return count
}

/** The body's visible elements (INVISIBLE ones and their subtrees left out), counted so that their measures can be arrays of that length. */
function countVisibleElements(body: Element): number {
  let count = 0
  const stack: Element[] = [body]
  while (stack.length > 0) {
    tickDeadline('measure')
    const element = stack.pop() as Element
    count++
    for (const child of element.children) if (child.type === 'element' && !INVISIBLE.has(child.tagName)) stack.push(child)
  }
  return count
}

/**
 * Measure every element of the body in one pass: a pre-order walk lists the
 * elements, then a reverse sweep adds each one's figures into its parent's,
 * so every subtree is measured in linear time and without recursion. The
 * walk and the sweep work on arrays by pre-order position, which also answer
 * for each element's parent and subtree (see {@link PageOrder}).
 */
export function measurePage(body: Element): PageStats {
  // Each figure is a typed array by position, not an object per element:
  // the objects lived through the clean, and on a 1 MB page of paragraphs
  // the garbage collector copied every one of them (issue 22). A lookup
  // makes its small object, which dies young. The elements are counted
  // first, so that the arrays are made once at their size.
  const count = countVisibleElements(body)
  const elements = new Array<Element>(count)
  const chars = new Int32Array(count)
  const linkChars = new Int32Array(count)
  const links = new Int32Array(count)
  const proseChars = new Int32Array(count)
  const position = new Map<Element, number>()
  const up = new Int32Array(count)
  const end = new Int32Array(count)
  /** Whether each element is a link or inside one. */
  const linked = new Uint8Array(count)
  // Text directly in each element (by pre-order position): a `<div>` or
  // `<td>` that holds its paragraphs as bare text separated by `<br>` is prose too.
  const direct = new Int32Array(count)
  // The elements to visit, each with its parent's position: two stacks, not a pair per element.
  const stack: Element[] = [body]
  const stackUp: number[] = [-1]
  for (let i = 0; stack.length > 0; i++) {
    tickDeadline('measure')
    const element = stack.pop() as Element
    const at = stackUp.pop() as number
    elements[i] = element
    position.set(element, i)
    up[i] = at
    end[i] = i + 1
    const inLink = at >= 0 && (linked[at] === 1 || element.tagName === 'a')
    if (inLink) linked[i] = 1
    let ownLinks = 0
    let text = 0
    const children = element.children
    // Last child first onto the stack, so that the first is visited next.
    for (let c = children.length - 1; c >= 0; c--) {
      const child = children[c] as Element['children'][number]
      if (child.type === 'text') text += countVisible(child.value)
      else if (child.type === 'element' && !INVISIBLE.has(child.tagName)) {
        stack.push(child)
        stackUp.push(i)
        if (child.tagName === 'a' && child.properties.href !== undefined) ownLinks++
      }
    }
    chars[i] = text
    if (inLink) linkChars[i] = text
    links[i] = ownLinks
    direct[i] = text
  }
  // Every descendant comes after its element in pre-order: sweeping back, each is complete before it is added up.
  for (let i = count - 1; i > 0; i--) {
    const element = elements[i] as Element
    const ownChars = chars[i] as number
    if (element.tagName === 'p' && ownChars >= PROSE_PARAGRAPH_CHARS && (linkChars[i] as number) < ownChars / 2) proseChars[i] = Math.max(proseChars[i] as number, ownChars)
    else if ((direct[i] as number) >= PROSE_PARAGRAPH_CHARS) proseChars[i] = (proseChars[i] as number) + (direct[i] as number)
    const parentAt = up[i] as number
    chars[parentAt] = (chars[parentAt] as number) + ownChars
    linkChars[parentAt] = (linkChars[parentAt] as number) + (linkChars[i] as number)
    links[parentAt] = (links[parentAt] as number) + (links[i] as number)
    proseChars[parentAt] = (proseChars[parentAt] as number) + (proseChars[i] as number)
    if ((end[i] as number) > (end[parentAt] as number)) end[parentAt] = end[i] as number
  }
  const order: PageOrder = {elements, position, end, up}
  return {
    stats: new ByPosition(order, (i) => (i < count ? {chars: chars[i] as number, linkChars: linkChars[i] as number, links: links[i] as number, proseChars: proseChars[i] as number} : undefined)),
    parent: new ByPosition(order, (i) => (i > 0 ? elements[up[i] as number] : undefined)),
    pageProse: proseChars[0] as number,
    order
  }
}

/**
 * Whether `inner` is `outer` or inside its subtree: one comparison of
 * pre-order positions, where climbing the parents cost the depth of the
 * page per question. An element the page did not measure is only within
 * itself.
 */
export function isWithin(order: PageOrder, inner: Element, outer: Element): boolean {
  if (inner === outer) return true
  const at = order.position.get(outer)
  const position = order.position.get(inner)
  return at !== undefined && position !== undefined && position > at && position < (order.end[at] as number)
}

/** Whether an element is in a set of subtrees; `at` answers for the element at a pre-order position, without looking the position up. */
export interface SubtreeTest {
  (element: Element): boolean
  at(position: number): boolean
}

/**
 * Membership of elements in a set of subtrees of the page: the runs of
 * positions the roots' subtrees take are marked once, at the first question,
 * so that each answer is one lookup (invisible elements, which no stage
 * measures, are in none). A root the page did not measure is walked.
 */
export function subtreeTest(order: PageOrder, roots: Iterable<Element>): SubtreeTest {
  let covered: Uint8Array | null = null
  let unmeasured: Set<Element> | null = null
  const mark = (): Uint8Array => {
    const marks = new Uint8Array(order.elements.length)
    const starts: number[] = []
    for (const root of roots) {
      const at = order.position.get(root)
      if (at !== undefined) starts.push(at)
      else (unmeasured ??= new Set()).add(root)
    }
    // Ancestors before descendants, so that a root inside a marked subtree is passed over.
    starts.sort((a, b) => a - b)
    for (const start of starts) if (marks[start] === 0) marks.fill(1, start, order.end[start] as number)
    if (unmeasured !== null) unmeasured = visibleSubtrees(unmeasured)
    return marks
  }
  const at = (position: number): boolean => {
    covered ??= mark()
    return covered[position] === 1 || (unmeasured !== null && unmeasured.has(order.elements[position] as Element))
  }
  const test = (element: Element): boolean => {
    const position = order.position.get(element)
    if (position !== undefined) return at(position)
    covered ??= mark()
    return unmeasured !== null && unmeasured.has(element)
  }
  return Object.assign(test, {at})
}

/** The roots and their visible descendants. */
function visibleSubtrees(roots: ReadonlySet<Element>): Set<Element> {
  const found = new Set<Element>(roots)
  const stack = [...roots]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    for (const child of element.children) {
      if (child.type === 'element' && !INVISIBLE.has(child.tagName) && !found.has(child)) {
        found.add(child)
        stack.push(child)
      }
    }
  }
  return found
}

/** Share of an element's text that is link text (0 for an empty element). */
export function linkDensity(stats: ElementStats): number {
  return stats.chars === 0 ? 0 : stats.linkChars / stats.chars
}
