import type {Root as HastRoot} from 'hast'
import {toMdast as hastToMdast} from 'hast-util-to-mdast'
import type {Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast'

/** What the Markdown keeps, from the options. */
export interface MdastOptions {
  /** Base for relative URLs (the page's URL, or its `<base href>`). */
  base: string | null
  images: boolean
  links: boolean
  tables: boolean
}

/** Schemes that run code or embed payloads instead of pointing somewhere. */
const UNSAFE_SCHEME = /^\s{0,16}(?:javascript|vbscript|data):/i

/** Resolve `url` against `base`; `null` when it cannot point anywhere. */
export function resolveUrl(url: string, base: string | null): string | null {
  if (UNSAFE_SCHEME.test(url)) return null
  try {
    return base === null ? new URL(url).href : new URL(url, base).href
  } catch {
    // A relative URL without a base stays as written; garbage stays too (it is the author's).
    return url.trim() === '' ? null : url
  }
}

/**
 * Turn the article's hast into mdast with hast-util-to-mdast (headings,
 * paragraphs, lists, quotes, tables, code, images, links), then make every
 * URL absolute, drop `javascript:` and `data:` links (their text stays), and
 * apply the `images`, `links` and `tables` options.
 */
export function htmlToMdast(tree: HastRoot, options: MdastOptions): Root {
  const converted = hastToMdast(tree)
  const root: Root = converted.type === 'root' ? converted : {type: 'root', children: [converted as RootContent]}
  root.children = fixList(root.children, options) as RootContent[]
  return root
}

/**
 * Fix URLs and apply the options to a list of sibling nodes, returning the new
 * list (an unwrapped link's children take its place and are fixed in turn).
 * Recursive over mdast, whose depth is bounded by the capped hast's.
 */
function fixList(children: readonly Nodes[], options: MdastOptions): Nodes[] {
  const out: Nodes[] = []
  for (const child of children) {
    if (child.type === 'image') {
      const url = options.images ? resolveUrl(child.url, options.base) : null
      if (url === null) continue
      child.url = url
    } else if (child.type === 'link') {
      const url = options.links ? resolveUrl(child.url, options.base) : null
      if (url === null) {
        // The link's text stays in place of the link.
        out.push(...fixList(child.children, options))
        continue
      }
      child.url = url
    } else if (child.type === 'definition') {
      const url = resolveUrl(child.url, options.base)
      if (url === null) continue
      child.url = url
    } else if (child.type === 'table' && !options.tables) continue
    if ('children' in child) {
      const fixed = fixList(child.children, options)
      ;(child as Parent).children = fixed as Parent['children']
      // A paragraph left with nothing (its only image dropped) is nothing.
      if (child.type === 'paragraph' && isBlank(child.children)) continue
    }
    out.push(child)
  }
  return out
}

function isBlank(children: readonly PhrasingContent[]): boolean {
  return children.every((child) => (child.type === 'text' && child.value.trim() === '') || child.type === 'break')
}
