import type {Parents, Properties, Root} from 'hast'
import {blankControls, hasControls} from '../../input/normalize.js'
import {tickDeadline} from '../../util/deadline.js'

/**
 * Blank the control characters and lone surrogates of a parsed page, as the
 * text path does for a dump (`blankControls`, one definition for both):
 * those the source holds and those its character references make
 * (`&#x1B;`), in text and in attribute values (a link's URL and title, an
 * image's alt text), which become the article's tree, text and Markdown.
 * The tree is changed in place; it is the one the clean works on (parsed
 * here, or given to the unified plugin, which replaces it).
 *
 * @param tree A hast root.
 */
export function blankTreeControls(tree: Root): void {
  // A stack of parents, each of whose children is looked at once: the order does not matter here.
  const stack: Parents[] = [tree]
  while (stack.length > 0) {
    tickDeadline('html')
    const parent = stack.pop() as Parents
    for (const node of parent.children) {
      if (node.type === 'text') {
        if (hasControls(node.value)) node.value = blankControls(node.value)
      } else if (node.type === 'element') {
        blankProperties(node.properties)
        if (node.children.length > 0) stack.push(node)
      }
    }
  }
}

/** The attribute values, in place: a string, or a list of them (copied only when an item changes: class lists are most of a page's attributes). */
function blankProperties(properties: Properties): void {
  for (const key in properties) {
    const value = properties[key]
    if (typeof value === 'string') {
      if (hasControls(value)) properties[key] = blankControls(value)
    } else if (Array.isArray(value) && value.some((item) => typeof item === 'string' && hasControls(item))) {
      properties[key] = value.map((item) => (typeof item === 'string' ? blankControls(item) : item))
    }
  }
}
