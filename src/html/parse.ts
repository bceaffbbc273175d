import type {Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {ParseFailedError} from '../errors.js'
import {capSourceDepth, capTreeDepth} from './cap-depth.js'
import {emptiedAsRawText, emptyRawText} from './raw-text.js'

// One frozen processor for every call, as for Markdown output.
const processor = unified().use(rehypeParse).freeze()

function parseSource(html: string): Root {
  try {
    return processor.parse(html)
  } catch (error) {
    throw new ParseFailedError(`The HTML parser failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Parse an HTML document into hast with rehype-parse (parse5, the browser's
 * algorithm: any markup error is recovered from, as a browser would). Nesting
 * is capped in the source first, so that hostile depth neither takes
 * quadratic time in the parser nor overflows the stack in the tree builder.
 * Script and style bodies (never read, but nearly half of a page's bytes)
 * are emptied before parsing (see raw-text.ts): the tree is the one the
 * whole source gives, but those elements have no text and the positions
 * after them are offsets into the emptied source.
 *
 * @param html The document.
 * @returns The hast root (with `html`, `head` and `body`).
 * @throws {ParseFailedError} if the parser fails all the same.
 */
export function parseHtml(html: string): Root {
  const capped = capSourceDepth(html)
  const emptied = emptyRawText(capped)
  let tree = parseSource(emptied.html)
  // Markup the scan misread (a script inside <svg>, a frameset): parse the source as it is.
  if (!emptiedAsRawText(tree, emptied.emptied)) tree = parseSource(capped)
  capTreeDepth(tree)
  return tree
}
