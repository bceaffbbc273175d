import type {Parents, Root, Text} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify, {type Options as StringifyOptions} from 'remark-stringify'
import {unified} from 'unified'
import {buildEscapeTable, escapeText, patternsIn, type EscapeTable} from './escape-markdown.js'
import {printPlainRoot, printRoot, type PrintState, type TrackInfo} from './print-markdown.js'

/**
 * An escape remark-gfm lacks (mdast-util-gfm 3.1): it escapes the colon of
 * `https://` and `http://` in text, so that a renderer does not read a
 * literal autolink, only after a lower-case `p` or `s`, while GFM's autolink
 * literals ignore case. In `HTTPS://example.com/<img src=x onerror=alert(1)>`
 * the `<` was escaped, but the autolink took the backslash into its URL and
 * the `<img …>` after it re-parsed as raw HTML (issue 22, item 2). This
 * pattern escapes the colon after an upper-case `P` or `S` too, through
 * remark's public `unsafe` option, so that both printers (the fast one reads
 * the processor's patterns, escape-markdown.ts) escape it.
 */
const UPPER_CASE_AUTOLINK_COLON: NonNullable<StringifyOptions['unsafe']>[number] = {
  character: ':',
  before: '[PS]',
  after: '\\/',
  inConstruct: 'phrasing',
  // Where text is not read as phrasing: a URL, a reference label, a title.
  notInConstruct: ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe']
}

/** remark-stringify's options: every printer of the package uses these. */
const OPTIONS = {bullet: '-', emphasis: '_', rule: '-', fences: true, unsafe: [UPPER_CASE_AUTOLINK_COLON]} satisfies StringifyOptions

let escapeTable: EscapeTable | undefined

/**
 * The state of the processor's first call, kept once its root is printed
 * (its stacks empty again), for printPlainRoot: the processor is frozen, so
 * every call configures the same state.
 */
let plainState: PrintState | undefined

/**
 * The processor's escaping patterns (CommonMark's and GFM's, as configured),
 * sorted by place once, so that the plain blocks printed by printRoot are
 * escaped exactly as remark-stringify escapes them.
 */
function escapeTableOf(state: PrintState): EscapeTable {
  escapeTable ??= buildEscapeTable(state.unsafe, (pattern) => state.compilePattern(pattern))
  return escapeTable
}

// One frozen processor for every call: building a unified pipeline per
// article would cost more than printing the article. remark-gfm prints the
// tables (and strikethrough) that HTML articles have. The root handler
// prints plain blocks itself and hands the others to remark's handlers
// (src/markdown/print-markdown.ts); their text goes through printText.
const processor = unified()
  .use(remarkStringify, {
    ...OPTIONS,
    handlers: {
      root: (node: Root, _parent: unknown, state: PrintState, info: TrackInfo & {before: string; after: string}) => {
        const value = printRoot(escapeTableOf(state), node, state, info)
        plainState ??= state
        return value
      },
      text: (node: Text, parent: Parents | undefined, state: TextState, info: TrackInfo & {before?: string; after?: string}) => printText(escapeTableOf(state), node, parent, state, info)
    } as never
  })
  .use(remarkGfm)
  .freeze()

/** The part of mdast-util-to-markdown's state the text handler uses. */
interface TextState extends PrintState {
  stack: string[]
  safe: (value: string, config: {before?: string | undefined; after?: string | undefined; beforeNode?: unknown; afterNode?: unknown}) => string
}

/**
 * mdast-util-to-markdown's `text` handler (`state.safe` on the value, with
 * the nodes around it), for the text that the fast root handler leaves to
 * remark (inside emphasis, strong, tables…): the same escaping, with the
 * patterns of the construct stack sorted out once per stack instead of each
 * pattern's scope being checked for every text. In an autolink (which
 * percent-encodes) or with patterns that look at the nodes around the text,
 * `state.safe` itself runs.
 */
function printText(table: EscapeTable, node: Text, parent: Parents | undefined, state: TextState, info: TrackInfo & {before?: string; after?: string}): string {
  if (table.nodePatterns || state.stack.includes('autolink')) {
    const siblings = parent ? parent.children : []
    const index = state.indexStack[state.indexStack.length - 1] as number
    return state.safe(node.value, {...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1]})
  }
  return escapeText(patternsIn(table, state.stack), node.value, info.before ?? '', info.after ?? '')
}

/** remark-stringify with its own handlers only: the reference printRoot is tested against. */
const reference = unified().use(remarkStringify, OPTIONS).use(remarkGfm).freeze()

/**
 * Print the article as Markdown: `# title` first when there is one, then the
 * body tree. remark-stringify escapes what Markdown would read as syntax, so
 * a line that starts with "#" or "1." in the text stays text.
 */
export function toMarkdown(tree: Root, title: string | null): string {
  const root: Root =
    title === null ? tree : {type: 'root', children: [{type: 'heading', depth: 1, children: [{type: 'text', value: title}]}, ...tree.children]}
  if (plainState !== undefined) {
    const printed = printPlainRoot(escapeTableOf(plainState), root, plainState)
    if (printed !== undefined) return printed
  }
  return processor.stringify(root)
}

/** Print with remark-stringify's own handlers alone (what the fast path is tested against). */
export function toMarkdownWithRemark(tree: Root): string {
  return reference.stringify(tree)
}
