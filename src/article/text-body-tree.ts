import type {List, ListItem, Root, RootContent} from 'mdast'
import type {Block} from '../segment/block.js'
import {headsProse, type Decisions} from '../decide/classify/classify-blocks.js'
import {isListItem, qaLabel, quoteText} from './block-structure.js'
import {isLabelLike, LIST_MARKER} from '../util/patterns.js'
import {withoutPermalinkMark} from './permalink-mark.js'

/** What a kept block is in the article's structure (`code`: a listing's lines, joined by line breaks). */
type BodyKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'code'

/** A kept block of a text dump, with its place in the structure. */
interface BodyBlock {
  kind: BodyKind
  /** The line's text (a list item's marker still on it); a code block's lines joined by line breaks. */
  text: string
  /** A question-and-answer line's speaker label (`Q:`, `SMITH:`), shown in bold in Markdown. */
  label?: string
}

const MAX_HEADING_WORDS = 12

/**
 * The body of a text dump as mdast: its kept blocks, each in its place in
 * the structure.
 *
 * @param blocks The dump's blocks.
 * @param decisions Their decisions (`null` keeps a block).
 * @param listings Per block, 1 for a line of a listing (see `markListings`).
 * @returns The body tree, its dateline not yet taken.
 */
export function textBodyTree(blocks: readonly Block[], decisions: Decisions, listings: Uint8Array): Root {
  return toMdast(buildBody(blocks, decisions, listings))
}

/**
 * Kept blocks, each with its place in the structure. The kept lines of a
 * listing (see `markListings`) make one code block: a dump keeps a
 * `<pre>`'s lines, and printed one paragraph each they would read as prose
 * (and their brackets and asterisks would be escaped).
 */
function buildBody(blocks: readonly Block[], decisions: Decisions, listings: Uint8Array): BodyBlock[] {
  const body: BodyBlock[] = []
  // Whether the last body block is a code block the next listing line may
  // join: no blank line, no kept prose and no removed line since (a body
  // block is always a run of the input's lines).
  let codeOpen = false
  // The code block's last line: a listing right under it, after blank lines
  // only, goes on in the same block (a `<pre>` with blank lines in it).
  let codeEnd = -2
  for (const block of blocks) {
    if (block.blankBefore) codeOpen = false
    if (decisions[block.index] !== null) {
      codeOpen = false
      continue
    }
    if (listings[block.index] === 1) {
      const last = body.at(-1)
      if (last?.kind === 'code' && (codeOpen || codeEnd === block.index - 1)) last.text += `${codeOpen ? '\n' : '\n\n'}${block.text}`
      else body.push({kind: 'code', text: block.text})
      codeOpen = true
      codeEnd = block.index
      continue
    }
    codeOpen = false
    if (isListItem(block)) {
      body.push({kind: 'list-item', text: block.text})
      continue
    }
    const quote = quoteText(block)
    if (quote !== null) {
      body.push({kind: 'quote', text: quote})
      continue
    }
    const label = qaLabel(block)
    if (label !== null) {
      body.push({kind: 'paragraph', text: block.text, label})
      continue
    }
    const heading = isLabelLike(block.text, MAX_HEADING_WORDS) && block.blankBefore && body.length > 0 && headsProse(blocks, decisions, block.index)
    // A documentation dump's "Quickstart¶": the mark is a link, not the heading's text.
    const text = withoutPermalinkMark(block.text, heading)
    if (text !== '') body.push({kind: heading ? 'heading' : 'paragraph', text})
  }
  return body
}

/**
 * Build the body's mdast tree: headings, paragraphs (a question-and-answer
 * line with its label in bold), block quotes, code blocks (a listing's
 * lines), and consecutive list items grouped into one list (ordered when
 * they are numbered).
 */
function toMdast(body: readonly BodyBlock[]): Root {
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
