import type {Root} from 'hast'
import {parse} from 'parse5'
import {ParseFailedError, TimeoutError} from '../../errors.js'
import {checkDeadline} from '../../util/deadline.js'
import {blankTreeControls} from './blank-controls.js'
import {capSourceDepth, capTreeDepth} from './cap-depth.js'
import {emptyRawText, takeMarkers} from './raw-text.js'
import {hastTreeAdapter} from './hast-adapter.js'

/**
 * What rehype-parse does (hast-util-from-html), without source positions:
 * nothing here reads them, and tracking them took about a third of the
 * parser's time. Scripting off, as there, so `<noscript>` is parsed as markup.
 */
function parseSource(html: string): Root {
  try {
    // The adapter builds hast as parse5 goes, and counts what it builds against the time budget.
    return parse(html, {scriptingEnabled: false, treeAdapter: hastTreeAdapter()})
  } catch (error) {
    if (error instanceof TimeoutError) throw error
    throw new ParseFailedError(`The HTML parser failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Parse an HTML document into hast as rehype-parse does (parse5, the
 * browser's algorithm: any markup error is recovered from, as a browser
 * would; the hast is hast-util-from-parse5's, built as parse5 goes: see
 * hast-adapter.ts), but without positions. Nesting
 * is capped in the source first, so that hostile depth neither takes
 * quadratic time in the parser nor overflows the stack in the tree builder.
 * Script and style bodies (never read, but nearly half of a page's bytes)
 * are emptied before parsing (see raw-text.ts): the tree is the one the
 * whole source gives, but those elements have no text. Control characters
 * are blanked as in a text dump (blank-controls.ts). Nodes have no
 * `position`.
 *
 * @param html The document.
 * @returns The hast root (with `html`, `head` and `body`).
 * @throws {ParseFailedError} if the parser fails all the same.
 */
export function parseHtml(html: string): Root {
  const capped = capSourceDepth(html)
  checkDeadline('parse')
  const emptied = emptyRawText(capped)
  checkDeadline('parse')
  let tree = parseSource(emptied.html)
  // Markup the scan misread (a script inside <svg>, a frameset): parse the source as it is.
  if (!takeMarkers(tree, emptied.emptied)) tree = parseSource(capped)
  checkDeadline('parse')
  capTreeDepth(tree)
  blankTreeControls(tree)
  return tree
}
