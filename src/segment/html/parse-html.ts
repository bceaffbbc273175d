import type {Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter} from 'parse5'
import {ParseFailedError, TimeoutError} from '../../errors.js'
import {checkDeadline, elapsedInBudget, tickDeadline} from '../../util/deadline.js'
import {blankTreeControls} from './blank-controls.js'
import {capSourceDepth, capTreeDepth} from './cap-depth.js'
import {emptyRawText, takeMarkers} from './raw-text.js'

/**
 * The least time hast-util-from-parse5 took to convert a tree, as a share
 * of parse5's time to parse it (0.4 on a paragraph of many inline
 * elements, 0.65 on many spans, 1.0 on many paragraphs). Stopping when the
 * budget cannot hold that much more keeps a call within 1.43 times its
 * budget (issue 22 asks for 1.5), and never stops one that could end in
 * time: the stages after the conversion take longer than the parse.
 */
const MIN_CONVERSION_SHARE = 0.4

/**
 * parse5's own tree adapter, counting what it builds against the call's
 * time budget: parsing is one synchronous call, and an 8 MB page of
 * paragraphs kept it busy for seconds past any `timeoutMs` (issue 22). The
 * adapter is parse5's public extension point; the nodes are its own.
 */
const BUDGETED_ADAPTER: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  createElement(tagName, namespaceURI, attrs) {
    tickDeadline('parse')
    return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs)
  },
  createCommentNode(data) {
    tickDeadline('parse')
    return defaultTreeAdapter.createCommentNode(data)
  },
  insertText(parentNode, text) {
    tickDeadline('parse')
    defaultTreeAdapter.insertText(parentNode, text)
  }
}

/**
 * What rehype-parse does (hast-util-from-html), without source positions:
 * nothing here reads them, and tracking them took about a third of the
 * parser's time. Scripting off, as there, so `<noscript>` is parsed as markup.
 */
function parseSource(html: string): Root {
  try {
    const started = elapsedInBudget()
    const document = parse(html, {scriptingEnabled: false, treeAdapter: BUDGETED_ADAPTER})
    // The conversion to hast has no place to check the budget: when even its
    // least cost would overrun it, the page cannot be cleaned in time.
    checkDeadline('parse', (elapsedInBudget() - started) * MIN_CONVERSION_SHARE)
    return fromParse5(document) as Root
  } catch (error) {
    if (error instanceof TimeoutError) throw error
    throw new ParseFailedError(`The HTML parser failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Parse an HTML document into hast as rehype-parse does (parse5, the
 * browser's algorithm: any markup error is recovered from, as a browser
 * would; then hast-util-from-parse5), but without positions. Nesting
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
