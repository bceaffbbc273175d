import type {Root} from 'mdast'
import {toString} from '../../../article/tree-text.js'
import {contentTokens} from '../../../util/tokens.js'
import {tidyWhitespace} from '../../../util/whitespace.js'
import {textOf} from '../hast.js'
import {parseHtml} from '../parse-html.js'

/** Share of the description's words the body must miss for the description to be added: below it, the page shows it. */
const MIN_MISSING_SHARE = 0.5
/** A description shorter than this (in words) is a tagline, not the product's text. */
const MIN_DESCRIPTION_WORDS = 8

function wordsOf(text: string): string[] {
  const words: string[] = []
  contentTokens(text, null, (word) => words.push(word))
  return words
}

/**
 * The description as the shopper reads it: stores (Shopify among them) put
 * the description's HTML in the JSON-LD, tags and character references and
 * all, and the body's paragraph must hold its text, not its markup.
 */
function plainText(description: string): string {
  if (!description.includes('<') && !description.includes('&')) return description
  return tidyWhitespace(textOf(parseHtml(description)))
}

/**
 * Add the product's description from its JSON-LD where the body lacks it:
 * some stores load the description with a script, or put it in a drawer
 * that the tree rules take for a pop-up (gymshark, bombas, ikea on WCXB
 * dev, where the reference holds it). Added as the body's last paragraph.
 * WCXB dev product pages: added on 6 of 92, F1 up on 5 (0.589 -> 0.607),
 * down on one whose reference leaves it out. Changes `tree` (the Markdown's; the
 * hast body the rehype plugin returns does not get it).
 *
 * @param tree The body's mdast tree.
 * @param jsonLdDescription The JSON-LD `Product.description` (text or HTML), or null.
 * @returns Whether it was added.
 */
export function addProductDescription(tree: Root, jsonLdDescription: string | null): boolean {
  if (jsonLdDescription === null) return false
  const description = plainText(jsonLdDescription)
  const words = wordsOf(description)
  if (words.length < MIN_DESCRIPTION_WORDS) return false
  const body = new Set(wordsOf(toString(tree)))
  const missing = words.filter((word) => !body.has(word)).length
  if (missing < words.length * MIN_MISSING_SHARE) return false
  tree.children.push({type: 'paragraph', children: [{type: 'text', value: description}]})
  return true
}
