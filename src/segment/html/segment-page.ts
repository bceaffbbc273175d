import type {Element, ElementContent, Parents} from 'hast'
import {tidyWhitespace} from '../../util/whitespace.js'
import {attribute, BLOCK_TAGS, INVISIBLE, textOf} from './hast.js'
import {countVisible, textCountsByPosition, type PageOrder, type TextCounts} from './measure-page.js'
import type {PruneRecord} from './prune/prune-page.js'
import {tickDeadline} from '../../util/deadline.js'

/** What a unit of text is, structurally. */
export type UnitKind = 'text' | 'heading' | 'list-item' | 'table' | 'pre' | 'caption' | 'quote' | 'pruned'

/**
 * A unit of the page's visible text, in document order: one run of inline
 * content of a block element (a paragraph, a list item, a heading, the text
 * between two `<br><br>`), one data table or `<pre>` whole, or one pruned
 * subtree. Units inside the article container become `Block`s.
 */
export interface Unit {
  kind: UnitKind
  /** Whitespace-tidied text; a pruned subtree's blocks are joined by `\n`. */
  text: string
  /** The block element the text belongs to. */
  owner: Element
  /** The owner's pre-order position in the measured page (see PageOrder), -1 when segmented without one. */
  ownerAt: number
  /** The children of `owner` the unit is made of (an atomic unit: the element itself). */
  nodes: ElementContent[]
  /** Visible characters, and those inside links. */
  chars: number
  linkChars: number
  /** Whether the unit is all of its owner's text (a whole paragraph), not one run among blocks. */
  whole: boolean
  /** Heading level 1–6 for a heading. */
  depth: number
  /** Set when a prune rule took the subtree. */
  pruned: PruneRecord | null
  /** Whether a quotation (`<blockquote>`) encloses it. */
  quoted: boolean
}

/** Post-pruning text measures of an element's subtree. */
export type ContentStats = TextCounts

/** The page as units, and what is left of each element's text once pruned subtrees are out. */
export interface Segmented {
  units: Unit[]
  content: ReadonlyMap<Element, ContentStats>
}

/** Heading levels by tag: a lookup, where a regex match allocated its captures once per unit. */
const HEADING_LEVEL: ReadonlyMap<string, number> = new Map([1, 2, 3, 4, 5, 6].map((level) => [`h${level}`, level]))
/** Elements whose whole text is kept as one unit and never looked into. */
const ATOMIC = new Set(['pre', 'textarea', 'select'])

/** Longer cells are layout: data cells are values and short labels. */
const MAX_DATA_CELL_CHARS = 400

/**
 * A table of data rather than of layout (the test Readability uses): its
 * markup says so (`<th>`, `<caption>`, `<thead>`…), or it is large and not
 * nested. Layout tables are walked into like `<div>`s.
 */
export function isDataTable(table: Element): boolean {
  const role = attribute(table, 'role')
  if (role === 'presentation' || role === 'none') return false
  if (attribute(table, 'summary')) return true
  let rows = 0
  let columns = 0
  let markedUp = false
  const stack: Element[] = [table]
  while (stack.length > 0) {
    const element = stack.pop() as Element
    for (const child of element.children) {
      if (child.type !== 'element') continue
      const tag = child.tagName
      if (tag === 'table') return false
      if (tag === 'th' || tag === 'thead' || tag === 'tfoot' || tag === 'col' || tag === 'colgroup' || (tag === 'caption' && textOf(child).trim() !== '')) markedUp = true
      // A cell holding a paragraph's worth of prose is page layout, not data.
      if ((tag === 'td' || tag === 'th') && textOf(child).length > MAX_DATA_CELL_CHARS) return false
      if (tag === 'tr') {
        rows++
        columns = Math.max(columns, child.children.filter((cell) => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th')).length)
      }
      if (tag === 'tbody' || tag === 'thead' || tag === 'tfoot' || tag === 'tr' || tag === 'td' || tag === 'th') stack.push(child)
    }
  }
  if (markedUp) return true
  if (rows === 1 || columns === 1) return false
  return rows >= 10 || columns > 4 || rows * columns > 10
}

function kindOf(owner: Element, quoted: boolean): UnitKind {
  if (HEADING_LEVEL.has(owner.tagName)) return 'heading'
  if (owner.tagName === 'li' || owner.tagName === 'dd' || owner.tagName === 'dt') return 'list-item'
  if (owner.tagName === 'figcaption' || owner.tagName === 'caption') return 'caption'
  return quoted ? 'quote' : 'text'
}

interface Run {
  owner: Element
  ownerAt: number
  nodes: ElementContent[]
  text: string
  chars: number
  linkChars: number
  /** A `<br>` ended the run's last text: a second one splits the paragraph. */
  afterBreak: boolean
  quoted: boolean
}

interface Frame {
  node: Parents
  index: number
  /** The nearest block element (the owner of runs in this frame). */
  owner: Element
  /** The owner's pre-order position, -1 without a measured page. */
  ownerAt: number
  /** The frame's element's position, and the next visible child element's (-1 without a measured page). */
  at: number
  next: number
  /** The child of `owner` this frame is inside (null in the owner itself). */
  ownerChild: ElementContent | null
  inLink: boolean
  quoted: boolean
  /** Characters measured in this subtree so far. */
  chars: number
  linkChars: number
}

/**
 * The blocks of a subtree as tidied lines, for the record of a pruned or
 * atomic element. Pruned descendants (an ad inside a table) are left out and
 * listed in `prunedInside`, so that they get their own record.
 */
export function subtreeLines(element: Element, pruned?: ReadonlyMap<Element, PruneRecord>, prunedInside?: Element[]): string {
  const lines: string[] = []
  let line = ''
  const stack: {node: Parents; index: number}[] = [{node: element, index: 0}]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as {node: Parents; index: number}
    const child = top.node.children[top.index]
    if (child === undefined) {
      stack.pop()
      if (top.node.type === 'element' && BLOCK_TAGS.has(top.node.tagName)) {
        const tidy = tidyWhitespace(line)
        if (tidy) lines.push(tidy)
        line = ''
      }
      continue
    }
    top.index++
    if (child.type === 'text') line += child.value
    else if (child.type === 'element' && !INVISIBLE.has(child.tagName)) {
      if (pruned?.has(child)) {
        prunedInside?.push(child)
        continue
      }
      if (child.tagName === 'br') line += ' '
      if (BLOCK_TAGS.has(child.tagName)) {
        const tidy = tidyWhitespace(line)
        if (tidy) lines.push(tidy)
        line = ''
      }
      stack.push({node: child, index: 0})
    }
  }
  const tidy = tidyWhitespace(line)
  if (tidy) lines.push(tidy)
  return lines.join('\n')
}

/**
 * Cut the body into units of text, in document order, in one iterative walk:
 * pruned subtrees become one unit each (and are not looked into), data tables
 * and `<pre>` one unit each, and every other block element gives one unit per
 * run of inline content. Also measures each element's text without the
 * pruned subtrees, for scoring.
 *
 * @param order The measured page's order (measure-page.ts), when there is
 *   one: the measures are then kept in arrays by position, not in a map.
 */
export function segmentPage(body: Element, pruned: ReadonlyMap<Element, PruneRecord>, keepTables: boolean, order?: PageOrder): Segmented {
  const units: Unit[] = []
  const plain = order ? null : new Map<Element, ContentStats>()
  const byPosition = order ? textCountsByPosition(order) : null
  // The walk keeps track of each element's position in the measured page
  // (a child's is its parent's plus one, or just past the subtree of the
  // sibling before it), so that its measures are stored without a map
  // lookup per element (issue 22).
  const end = order?.end
  const setContent = (element: Element, at: number, chars: number, linkChars: number): void => {
    if (byPosition) byPosition.setAt(at, chars, linkChars)
    else plain?.set(element, {chars, linkChars})
  }
  let run: Run | null = null
  const flush = (): void => {
    if (run === null) return
    const text = tidyWhitespace(run.text)
    if (text !== '') {
      const owner = run.owner
      const whole = run.nodes.length === owner.children.length || owner.children.every((child) => child.type !== 'element' || !BLOCK_TAGS.has(child.tagName))
      const quoted = run.quoted
      const depth = HEADING_LEVEL.get(owner.tagName) ?? 0
      units.push({kind: kindOf(owner, quoted), text, owner, ownerAt: run.ownerAt, nodes: run.nodes, chars: run.chars, linkChars: run.linkChars, whole, depth, pruned: null, quoted})
    }
    run = null
  }
  const atomic = (element: Element, owner: Element, ownerAt: number, ownerChild: ElementContent | null, kind: UnitKind, record: PruneRecord | null, quoted: boolean, at: number): number => {
    flush()
    const inside: Element[] = []
    const text = subtreeLines(element, record ? undefined : pruned, inside)
    const chars = countVisible(text)
    if (text !== '') {
      units.push({kind, text: record ? text : text.replace(/\n/g, ' '), owner, ownerAt, nodes: [ownerChild ?? element], chars, linkChars: 0, whole: true, depth: 0, pruned: record, quoted})
    }
    // A pruned part's position is not tracked inside the atomic element: its unit's owner is the atomic element.
    for (const part of inside) atomic(part, element, at, null, 'pruned', pruned.get(part) ?? null, quoted, -1)
    return chars
  }

  const bodyAt = order ? 0 : -1
  const stack: Frame[] = [{node: body, index: 0, owner: body, ownerAt: bodyAt, at: bodyAt, next: bodyAt + (order ? 1 : 0), ownerChild: null, inLink: false, quoted: false, chars: 0, linkChars: 0}]
  while (stack.length > 0) {
    tickDeadline('segment')
    const frame = stack[stack.length - 1] as Frame
    const child = frame.node.children[frame.index]
    if (child === undefined) {
      stack.pop()
      const node = frame.node
      if (node.type === 'element') {
        if (node === frame.owner) flush()
        setContent(node, frame.at, frame.chars, frame.linkChars)
        const up = stack[stack.length - 1]
        if (up) {
          up.chars += frame.chars
          up.linkChars += frame.linkChars
        }
      }
      continue
    }
    frame.index++
    const ownerChild = (frame.ownerChild ?? child) as ElementContent
    if (child.type === 'text') {
      const chars = countVisible(child.value)
      if (chars === 0 && run === null) continue
      // A new run's list is made with its first node: an empty list given one node reserves room for sixteen, for as long as the unit lives.
      if (run === null) run = {owner: frame.owner, ownerAt: frame.ownerAt, nodes: [ownerChild], text: '', chars: 0, linkChars: 0, afterBreak: false, quoted: frame.quoted}
      else if (run.nodes.at(-1) !== ownerChild) run.nodes.push(ownerChild)
      run.text += child.value
      run.chars += chars
      if (chars > 0) run.afterBreak = false
      frame.chars += chars
      if (frame.inLink) {
        run.linkChars += chars
        frame.linkChars += chars
      }
      continue
    }
    if (child.type !== 'element' || INVISIBLE.has(child.tagName)) continue
    const childAt = frame.next
    if (end) frame.next = end[childAt] as number
    const record = pruned.get(child)
    const isBlock = BLOCK_TAGS.has(child.tagName)
    if (record) {
      atomic(child, frame.owner, frame.ownerAt, frame.ownerChild ?? child, 'pruned', record, frame.quoted, childAt)
      continue
    }
    if (child.tagName === 'br') {
      if (run !== null) {
        if (run.afterBreak) flush()
        else {
          run.text += ' '
          run.afterBreak = true
          if (run.nodes.at(-1) !== ownerChild) run.nodes.push(ownerChild)
        }
      }
      continue
    }
    if (ATOMIC.has(child.tagName) || (child.tagName === 'table' && keepTables && isDataTable(child))) {
      const kind: UnitKind = child.tagName === 'table' ? 'table' : 'pre'
      const chars = atomic(child, child, childAt, null, kind, null, frame.quoted, childAt)
      frame.chars += chars
      setContent(child, childAt, chars, 0)
      continue
    }
    if (isBlock) {
      flush()
      stack.push({node: child, index: 0, owner: child, ownerAt: childAt, at: childAt, next: childAt + 1, ownerChild: null, inLink: frame.inLink, quoted: frame.quoted || child.tagName === 'blockquote', chars: 0, linkChars: 0})
    } else {
      stack.push({node: child, index: 0, owner: frame.owner, ownerAt: frame.ownerAt, at: childAt, next: childAt + 1, ownerChild, inLink: frame.inLink || child.tagName === 'a', quoted: frame.quoted, chars: 0, linkChars: 0})
    }
  }
  flush()
  return {units, content: byPosition ? byPosition.counts : (plain as Map<Element, ContentStats>)}
}
