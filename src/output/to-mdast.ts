import type {List, ListItem, Root, RootContent} from 'mdast'
import {LIST_MARKER} from '../util/patterns.js'
import type {BodyBlock} from './body.js'

/**
 * Build the body's mdast tree: headings, paragraphs (a question-and-answer
 * line with its label in bold), block quotes, code blocks (a listing's
 * lines), and consecutive list items grouped into one list (ordered when
 * they are numbered).
 */
export function toMdast(body: readonly BodyBlock[]): Root {
  const children: RootContent[] = []
  let list: List | null = null
  for (const block of body) {
    if (block.kind === 'list-item') {
      const marker = LIST_MARKER.exec(block.text)
      const ordered = marker?.[1] !== undefined
      if (!list || list.ordered !== ordered) {
        list = {type: 'list', ordered, spread: false, children: []}
        if (ordered) list.start = Number(marker?.[1])
        children.push(list)
      }
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        children: [{type: 'paragraph', children: [{type: 'text', value: block.text.slice(marker?.[0].length ?? 0)}]}]
      }
      list.children.push(item)
      continue
    }
    list = null
    if (block.kind === 'code') children.push({type: 'code', lang: null, meta: null, value: block.text})
    else if (block.kind === 'heading') children.push({type: 'heading', depth: 2, children: [{type: 'text', value: block.text}]})
    else if (block.kind === 'quote') children.push({type: 'blockquote', children: [{type: 'paragraph', children: [{type: 'text', value: block.text}]}]})
    else if (block.label !== undefined) {
      // An interview's speaker label in bold, the answer after it.
      const rest = block.text.slice(block.label.length)
      children.push({type: 'paragraph', children: [{type: 'strong', children: [{type: 'text', value: block.label}]}, {type: 'text', value: rest}]})
    } else children.push({type: 'paragraph', children: [{type: 'text', value: block.text}]})
  }
  return {type: 'root', children}
}
