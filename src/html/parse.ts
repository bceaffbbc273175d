import type {Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {ParseFailedError} from '../errors.js'
import {capSourceDepth, capTreeDepth} from './cap-depth.js'

// One frozen processor for every call, as for Markdown output.
const processor = unified().use(rehypeParse).freeze()

/**
 * Parse an HTML document into hast with rehype-parse (parse5, the browser's
 * algorithm: any markup error is recovered from, as a browser would). Nesting
 * is capped in the source first, so that hostile depth neither takes
 * quadratic time in the parser nor overflows the stack in the tree builder.
 *
 * @param html The document.
 * @returns The hast root (with `html`, `head` and `body`).
 * @throws {ParseFailedError} if the parser fails all the same.
 */
export function parseHtml(html: string): Root {
  let tree: Root
  try {
    tree = processor.parse(capSourceDepth(html))
  } catch (error) {
    throw new ParseFailedError(`The HTML parser failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  capTreeDepth(tree)
  return tree
}
