import type {Properties, Root} from 'hast'
import {blankControls, hasControls} from '../input/normalize.js'
import {walk} from './hast.js'

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
  walk(tree, (node) => {
    if (node.type === 'text' && hasControls(node.value)) node.value = blankControls(node.value)
    else if (node.type === 'element') blankProperties(node.properties)
  })
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
