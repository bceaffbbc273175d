import type {Element, Root as HastRoot} from 'hast'
import {defaultHandlers, defaultNodeHandlers, toMdast as hastToMdast, type Handle, type NodeHandle, type State} from 'hast-util-to-mdast'
import type {Nodes, Parent, Text} from 'mdast'
import {tickDeadline} from '../util/deadline.js'
import {minifiedCopy} from './minify-whitespace.js'

/** A tag no page uses: the stand-in that hast-util-to-mdast is given (see `convertHast`). */
const STAND_IN = 'x-article-cleaner-tree'

type HandlerResult = ReturnType<NonNullable<State['handlers'][string]>>

/**
 * The library's handlers, each counting its node against the call's time
 * budget (`timeoutMs`): the conversion is one synchronous call, as long as
 * the body is big (a 1 MB body of one paragraph took a second). Passed
 * through the `handlers` and `nodeHandlers` options, its public API.
 *
 * A node a handler makes gets its list of children at its length: the
 * library makes each list by pushing onto an empty one, which reserves room
 * for sixteen, and the lists are the article's tree (on a 1 MB page of
 * paragraphs, 120 bytes of empty room per paragraph, which the garbage
 * collector moved through the clean; issue 22). The copy is made as the
 * node is made, so the first list dies young.
 */
function budgeted<T extends Handle | NodeHandle>(handlers: Readonly<Record<string, T>>): Record<string, T> {
  const wrapped: Record<string, T> = {}
  for (const [name, handle] of Object.entries(handlers)) {
    wrapped[name] = ((state: State, node: never, parent: never) => {
      tickDeadline('markdown')
      const result = (handle as (state: State, node: never, parent: never) => HandlerResult)(state, node, parent)
      if (result !== undefined && !Array.isArray(result) && 'children' in result) (result as Parent).children = (result as Parent).children.slice()
      return result
    }) as T
  }
  return wrapped
}

const BUDGETED_HANDLERS = budgeted<Handle>(defaultHandlers)
const BUDGETED_NODE_HANDLERS = budgeted<NodeHandle>(defaultNodeHandlers)

/**
 * `hastToMdast(tree)` (hast-util-to-mdast 10.1), without the costly steps
 * around its conversion: it clones the tree with a structured clone,
 * minifies the clone's whitespace with a pass that rebuilds its tag tests
 * for every node, and at the end tidies the mdast's text with
 * unist-util-visit, which looks up each node's index with `indexOf` and
 * copies the ancestor list for every parent (together 9% of the HTML
 * path's CPU time). Here the copy is a plain one, made by the minification
 * (minify-whitespace.ts) in the same walk, and the minification and the
 * tidying (`tidyText`) are ours, with the same decisions. The library is given a childless stand-in element, which
 * it clones and minifies for nothing, and whose handler converts the
 * prepared tree with the library's own state and handlers, as `toMdast`
 * would have (`State` and `handlers` are its public API).
 * test/html/to-mdast.test.ts compares the two.
 *
 * @param tree A hast root; it is not changed unless `disposable`.
 * @param disposable Whether `tree` may be minified in place (see `minifiedCopy`).
 * @returns What `hastToMdast(tree)` returns.
 */
export function convertHast(tree: HastRoot, disposable = false): Nodes {
  // What toMdast records before converting, the first element of each id, is taken as the copy is made.
  const byId = new Map<string, Element>()
  const prepared = minifiedCopy(tree, (element) => {
    const id = String(element.properties.id || '') || undefined
    if (id && !byId.has(id)) byId.set(id, element)
  }, disposable)
  let result: HandlerResult | undefined
  const standIn: Element = {type: 'element', tagName: STAND_IN, properties: {}, children: []}
  hastToMdast(standIn, {
    nodeHandlers: BUDGETED_NODE_HANDLERS,
    handlers: {
      ...BUDGETED_HANDLERS,
      [STAND_IN](state: State) {
        for (const [id, element] of byId) if (!state.elementById.has(id)) state.elementById.set(id, element)
        result = state.one(prepared, undefined) as HandlerResult
        // Nothing for the library to tidy: `tidyText` does it below.
        return undefined
      }
    }
  })
  const mdast = (!result ? {type: 'root', children: []} : Array.isArray(result) ? {type: 'root', children: result} : result) as Nodes
  if ('children' in mdast) tidyText(mdast)
  return mdast
}

function isTabOrSpace(code: number): boolean {
  return code === 9 || code === 32
}

/** The first line ending loses the tabs and spaces around it (the library does it with a regex replace). */
function tightenFirstLineEnding(value: string): string {
  const lf = value.indexOf('\n')
  const cr = value.indexOf('\r')
  const at = cr < 0 ? lf : lf < 0 ? cr : Math.min(lf, cr)
  if (at < 0) return value
  const ending = value.charCodeAt(at) === 13 && value.charCodeAt(at + 1) === 10 ? '\r\n' : (value[at] as string)
  let start = at
  while (start > 0 && isTabOrSpace(value.charCodeAt(start - 1))) start--
  let end = at + ending.length
  while (end < value.length && isTabOrSpace(value.charCodeAt(end))) end++
  return start === at && end === at + ending.length ? value : value.slice(0, start) + ending + value.slice(end)
}

function trimTabsAndSpacesStart(value: string): string {
  let start = 0
  while (start < value.length && isTabOrSpace(value.charCodeAt(start))) start++
  return start === 0 ? value : value.slice(start)
}

function trimTabsAndSpacesEnd(value: string): string {
  let end = value.length
  while (end > 0 && isTabOrSpace(value.charCodeAt(end - 1))) end--
  return end === value.length ? value : value.slice(0, end)
}

/**
 * The clean-up `toMdast` ends with, in the order its `visit` takes: adjacent
 * text nodes merge (the merged node is looked at again), the first line
 * ending of a text loses the tabs and spaces around it, the text at the
 * edges of a heading, paragraph or root is trimmed of them, and a text left
 * empty goes. Recursive over mdast, whose depth is bounded by the capped hast's.
 *
 * A run of adjacent texts is joined once and tidied once, which gives what
 * merging them one by one and tidying after each merge gives (the tidying
 * touches only the first line ending and the edges): merging one by one
 * re-scanned the growing text and spliced the array at each step, quadratic
 * in a run's length (100,000 `<span>`s took 20 s, issue 22).
 */
function tidyText(parent: Parent): void {
  const children = parent.children as Nodes[]
  const edges = parent.type === 'heading' || parent.type === 'paragraph' || parent.type === 'root'
  // Kept nodes move down in place (`kept` never passes `index`): no new list per parent.
  let kept = 0
  let index = 0
  while (index < children.length) {
    const node = children[index] as Nodes
    if (node.type !== 'text') {
      if ('children' in node) tidyText(node)
      children[kept++] = node
      index++
      continue
    }
    let end = index + 1
    while (end < children.length && (children[end] as Nodes).type === 'text') end++
    const text: Text = node
    if (end - index > 1) {
      const run = children.slice(index, end) as Text[]
      text.value = run.map((part) => part.value).join('')
      const last = run.at(-1) as Text
      if (text.position && last.position) text.position.end = last.position.end
    }
    text.value = tightenFirstLineEnding(text.value)
    if (edges) {
      if (kept === 0) text.value = trimTabsAndSpacesStart(text.value)
      if (end === children.length) text.value = trimTabsAndSpacesEnd(text.value)
    }
    if (text.value !== '') children[kept++] = text
    index = end
  }
  children.length = kept
}
