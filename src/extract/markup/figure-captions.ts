import type {Element} from 'hast'
import {parseCaption} from '../../decide/rules/photo-credit.js'
import type {Caption} from '../../types.js'
import {tidyWhitespace} from '../../util/whitespace.js'
import {classTokens, textOf, walk} from '../../segment/html/hast.js'

/** `class` words of the element that holds a caption's credit. */
const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'source', 'photographer', 'byline', 'attribution', 'courtesy'])

/**
 * Captions of the article's figures: each `<figcaption>` (or table
 * `<caption>`) as `{text, credit}`. The credit is the element the markup
 * marks as one (`class="credit"`), else what the text path's caption parser
 * finds at the end ("… (AP Photo/Jane Doe)"), else `null`.
 */
export function figureCaptions(owners: readonly Element[]): Caption[] {
  const captions: Caption[] = []
  const seen = new Set<Element>()
  for (const owner of owners) {
    if (seen.has(owner)) continue
    seen.add(owner)
    let credit: string | null = null
    const creditNodes = new Set<Element>()
    walk(owner, (node) => {
      if (node.type !== 'element') return true
      for (const token of classTokens(node)) {
        if (CREDIT_WORDS.has(token)) {
          credit = tidyWhitespace(textOf(node)) || null
          creditNodes.add(node)
          return false
        }
      }
      return true
    })
    let text = ''
    walk(owner, (node) => {
      if (node.type === 'text') text += node.value
      else if (node.type === 'element') {
        if (creditNodes.has(node)) return false
        if (node.tagName === 'br') text += ' '
      }
      return true
    })
    const tidy = tidyWhitespace(text)
    if (credit === null) {
      const parsed = parseCaption(tidy)
      if (parsed) {
        captions.push(parsed)
        continue
      }
    }
    if (tidy === '' && credit === null) continue
    captions.push({text: tidy === '' ? null : tidy, credit})
  }
  return captions
}
