import type {ElementContent, Root as HastRoot} from 'hast'
import type {Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import {convertHast} from './convert-hast.js'
import {resolveUrl} from '../util/safe-url.js'

/** What the Markdown keeps, from the options. */
export interface MdastOptions {
  /** Base for relative URLs (the page's URL, or its `<base href>`). */
  base: string | null
  images: boolean
  links: boolean
  tables: boolean
}

/**
 * Turn the article's hast into mdast with hast-util-to-mdast (headings,
 * paragraphs, lists, quotes, tables, code, images, links), then keep only
 * safe URLs, made absolute where there is a base (safe-url.ts: any other
 * link goes, its text stays; any other image goes), and apply the `images`,
 * `links` and `tables` options.
 *
 * @param disposable Whether `tree` may be changed (no one reads it after):
 *   its whitespace is then minified in place rather than in a copy.
 */
export function htmlToMdast(tree: HastRoot, options: MdastOptions, disposable = false): Root {
  const blocks = topBlocks(tree)
  const root: Root = {type: 'root', children: []}
  for (let start = 0; start < blocks.length; start += SLICE_CHILDREN) {
    const converted = convertHast({type: 'root', children: blocks.slice(start, start + SLICE_CHILDREN)}, disposable)
    const children = converted.type === 'root' ? converted.children : [converted as RootContent]
    for (const child of children) root.children.push(child)
  }
  root.children = fixList(root.children, options) as RootContent[]
  return root
}

/** Wrappers hast-util-to-mdast treats as transparent flow content. */
const FLOW_WRAPPERS = new Set(['address', 'article', 'aside', 'body', 'center', 'div', 'fieldset', 'footer', 'header', 'hgroup', 'html', 'main', 'nav', 'section'])
/** Elements that are blocks in mdast's sense: a wrapper holding only these converts to exactly their conversions. */
const BLOCKS = new Set([...FLOW_WRAPPERS, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'table', 'figure', 'hr', 'details', 'menu'])
/**
 * hast-util-to-mdast spreads each wrapper's converted children into its
 * parent's list as call arguments, which overflows the stack past ~120,000
 * siblings (measured with 200,000 paragraphs), and does it again at every
 * wrapper up to the root. So wrappers at the top that hold only blocks are
 * unwrapped (they convert to exactly their children's conversions), and the
 * root's children are converted in slices.
 */
const SLICE_CHILDREN = 10_000

function isBlank(node: ElementContent): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value.trim() === '')
}

function topBlocks(tree: HastRoot): ElementContent[] {
  const out: ElementContent[] = []
  const stack: ElementContent[] = [...(tree.children as ElementContent[])].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent
    if (node.type === 'element' && FLOW_WRAPPERS.has(node.tagName) && node.children.every((child) => isBlank(child) || (child.type === 'element' && BLOCKS.has(child.tagName)))) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ElementContent)
    } else if (!isBlank(node)) out.push(node)
  }
  return out
}

/**
 * Fix URLs and apply the options to a list of sibling nodes, returning the new
 * list (an unwrapped link's children take its place and are fixed in turn);
 * the list itself when every node stays, so that a page of paragraphs does
 * not copy each one's list of children. Recursive over mdast, whose depth is
 * bounded by the capped hast's.
 */
function fixList(children: Nodes[], options: MdastOptions): Nodes[] {
  // The list as it comes out, made only once a node goes or is replaced.
  let out: Nodes[] | null = null
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Nodes
    if (child.type === 'image') {
      const url = options.images ? resolveUrl(child.url, options.base) : null
      if (url === null) {
        out ??= children.slice(0, i)
        continue
      }
      child.url = url
    } else if (child.type === 'link') {
      const url = options.links ? resolveUrl(child.url, options.base) : null
      if (url === null) {
        // The link's text stays in place of the link.
        // One by one: a spread of a link's many children would overflow the call stack.
        out ??= children.slice(0, i)
        for (const part of fixList(child.children, options)) out.push(part)
        continue
      }
      child.url = url
    } else if (child.type === 'definition') {
      const url = resolveUrl(child.url, options.base)
      if (url === null) {
        out ??= children.slice(0, i)
        continue
      }
      child.url = url
    } else if (child.type === 'table' && !options.tables) {
      out ??= children.slice(0, i)
      continue
    }
    if ('children' in child) {
      const fixed = fixList(child.children, options)
      ;(child as Parent).children = (child.type === 'listItem' ? wrapPhrasing(fixed) : fixed) as Parent['children']
      // A paragraph left with nothing (its only image dropped) is nothing.
      if (child.type === 'paragraph' && isBlankPhrasing(child.children)) {
        out ??= children.slice(0, i)
        continue
      }
    }
    out?.push(child)
  }
  return out ?? children
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference', 'footnoteReference', 'html'])

/**
 * A list item holds flow content, but hast-util-to-mdast leaves the text of
 * a list that has no `<li>` (`<ul><i>a quotation</i></ul>`, an old way to
 * indent) as bare phrasing in an item: the runs become paragraphs, so that
 * the text is in `paragraphs` and the tree is valid mdast (table-style-attributes
 * in the Readability corpus lost six quotations this way).
 */
function wrapPhrasing(children: Nodes[]): Nodes[] {
  if (children.every((child) => !PHRASING.has(child.type))) return children
  const out: Nodes[] = []
  let run: PhrasingContent[] = []
  const flush = (): void => {
    if (run.length > 0 && !isBlankPhrasing(run)) out.push({type: 'paragraph', children: run})
    run = []
  }
  for (const child of children) {
    if (PHRASING.has(child.type)) run.push(child as PhrasingContent)
    else {
      flush()
      out.push(child)
    }
  }
  flush()
  return out
}

function isBlankPhrasing(children: readonly PhrasingContent[]): boolean {
  return children.every((child) => (child.type === 'text' && child.value.trim() === '') || child.type === 'break')
}
