import {defaultTreeAdapter, parseFragment} from 'parse5'

/**
 * A character reference as text: `&amp;`, `&#39;`, `&#x2019;`, `&bull;`.
 * Bounded: a name or number of at most 32 characters before the `;`.
 */
const REFERENCE = /&(?:#\d{1,8}|#x[\da-f]{1,8}|[a-z][a-z\d]{1,31});/i

/**
 * A metadata value with the character references the page escaped twice
 * decoded: a CMS that escapes a title before writing it into an attribute
 * or a JSON-LD string leaves `&#8211;`, `&amp;` or `&bull;` in the value
 * the parser hands on (WCXB dev: 14 titles and 2 bylines). The value is read
 * as the content of a `<textarea>`, where the HTML parser decodes references
 * and reads no tags, so `<` and `&` stay as written where they are no
 * reference. Values without a reference are returned as they are.
 *
 * @param value A string from `<meta>`, `<title>` or JSON-LD.
 * @returns The value with its character references decoded.
 */
export function decodeLeftReferences(value: string): string {
  if (!REFERENCE.test(value) || value.toLowerCase().includes('</textarea')) return value
  const fragment = parseFragment(`<textarea>${value}`)
  const textarea = fragment.childNodes[0]
  if (textarea === undefined || !defaultTreeAdapter.isElementNode(textarea)) return value
  return textarea.childNodes.map((node) => (defaultTreeAdapter.isTextNode(node) ? node.value : '')).join('')
}
