import type {Nodes, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfm} from 'micromark-extension-gfm'

/**
 * What a renderer of the article's Markdown would turn into markup or an
 * executable link: the Markdown read back as GitHub reads it (CommonMark
 * with GFM, literal autolinks included), and the tree the article carries.
 * The test's own judge, apart from src/util/safe-url.ts: a URL is safe
 * when a browser, resolving it against a web page, gets `http:`, `https:`
 * or `mailto:`.
 */

/** A page a relative URL is resolved against, as a browser would on the page that shows the article. */
const PAGE = 'https://reader.example/articles/1'
const ALLOWED = new Set(['http:', 'https:', 'mailto:'])

/** Read Markdown as a GFM renderer does. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]})
}

/** Every node of a tree, depth first. */
export function* walkMdast(node: Nodes): Generator<Nodes> {
  yield node
  if ('children' in node) for (const child of node.children) yield* walkMdast(child)
}

/** Whether a browser that follows `url` on a web page goes to the web or mail (a relative URL stays on the web page's scheme). */
export function isWebOrMail(url: string): boolean {
  return URL.canParse(url, PAGE) && ALLOWED.has(new URL(url, PAGE).protocol)
}

/** Raw HTML, references, and link, image or definition targets that are not to the web or mail, in a tree. */
export function treeDangers(tree: Root): string[] {
  const found: string[] = []
  for (const node of walkMdast(tree)) {
    if (node.type === 'html') found.push(`raw HTML ${node.value}`)
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isWebOrMail(node.url)) found.push(`${node.type} to ${node.url}`)
    if (node.type === 'linkReference' || node.type === 'imageReference') found.push(`${node.type} ${node.identifier}`)
  }
  return found
}

/** {@link treeDangers} of the Markdown as a GFM renderer reads it. */
export function markdownDangers(markdown: string): string[] {
  return treeDangers(parseMarkdown(markdown))
}
