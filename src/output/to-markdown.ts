import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {buildEscapeTable, type EscapeTable, type UnsafePattern} from './escape-markdown.js'
import {printSimpleMarkdown} from './print-markdown.js'

/** A node type no tree has: printing it hands over the processor's configured state. */
const STATE_PROBE = 'articleCleanerStateProbe'

interface ProbedState {
  unsafe: UnsafePattern[]
  compilePattern: (pattern: UnsafePattern) => RegExp
}

let probed: ProbedState | undefined

// One frozen processor for every call: building a unified pipeline per
// article would cost more than printing the article. remark-gfm prints the
// tables (and strikethrough) that HTML articles have. The probe handler only
// prints the probe node, which no article tree holds.
const processor = unified()
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    rule: '-',
    fences: true,
    handlers: {
      [STATE_PROBE]: (_node: unknown, _parent: unknown, state: ProbedState) => {
        probed = state
        return ''
      }
    } as never
  })
  .use(remarkGfm)
  .freeze()

let escapeTable: EscapeTable | undefined

/**
 * The processor's escaping patterns (CommonMark's and GFM's), sorted by
 * place once, so that the fast printer escapes exactly as remark-stringify.
 */
function getEscapeTable(): EscapeTable {
  if (escapeTable === undefined) {
    processor.stringify({type: 'root', children: [{type: STATE_PROBE} as never]})
    const state = probed as ProbedState
    escapeTable = buildEscapeTable(state.unsafe, (pattern) => state.compilePattern(pattern))
  }
  return escapeTable
}

/**
 * Print the article as Markdown: `# title` first when there is one, then the
 * body tree. remark-stringify escapes what Markdown would read as syntax, so
 * a line that starts with "#" or "1." in the text stays text. Trees of plain
 * blocks (what a text dump gives) go through a printer that gives the same
 * bytes at a fraction of the cost (print-markdown.ts); others through remark.
 */
export function toMarkdown(tree: Root, title: string | null): string {
  const root: Root =
    title === null ? tree : {type: 'root', children: [{type: 'heading', depth: 1, children: [{type: 'text', value: title}]}, ...tree.children]}
  return printSimpleMarkdown(getEscapeTable(), root.children) ?? processor.stringify(root)
}

/** Print with remark-stringify alone (the reference the fast printer is tested against). */
export function toMarkdownWithRemark(tree: Root): string {
  return processor.stringify(tree)
}
