import type {Element, ElementContent} from 'hast'
import {attribute, textOf} from '../segment/html/hast.js'

/**
 * Permalink marks: the link a documentation generator (Sphinx, MkDocs,
 * rustdoc, Docusaurus, many blog themes) prints beside each heading and API
 * entry so a reader can copy its address. It is a control, not text: the
 * references of WCXB's documentation pages print "Available middleware",
 * not "Available middleware¶".
 *
 * It is taken out where a heading is printed, never as a removed block: a
 * tree rule that pruned the mark split the heading's text between the body
 * and the removals (reverted, 3a424cb), and the heading is one block.
 */

/** What a permalink shows: a pilcrow, a section sign, a hash, a link or anchor symbol; or nothing (an icon). */
const MARKS: ReadonlySet<string> = new Set(['', '¶', '§', '#', '🔗', '⚓', '∞'])
/** Elements whose text a permalink follows: headings and the terms of an API's definition list. */
const MARKED_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt'])
/** Marks that end a printed line of a dump only as a permalink (prose never ends on them). */
const LINE_MARKS: readonly string[] = ['¶', '🔗']
/** Marks that end a heading of a dump as a permalink ("Variants§", "Direct Purchase Options #"), not a paragraph (a footnote's "§"). */
const HEADING_MARKS: readonly string[] = ['§', ' #']
/** The marks a heading's line may end on: the lines' and the headings' own. */
const HEADING_LINE_MARKS: readonly string[] = [...LINE_MARKS, ...HEADING_MARKS]

/** What a permalink beside other text (a code block's caption, a paragraph) shows: a mark no word is written with. */
const PROSE_MARKS: ReadonlySet<string> = new Set(['¶', '🔗'])

/**
 * Whether a child of an element is its permalink: a link to an anchor on
 * the same page (`href="#…"`) that shows only a mark; in a heading or an
 * API entry's term, also "#", "§" or only an icon.
 *
 * @param node The child.
 * @param parent The element it is a child of.
 */
export function isPermalink(node: ElementContent, parent: Element): boolean {
  if (node.type !== 'element' || node.tagName !== 'a') return false
  const href = attribute(node, 'href')
  if (href === null || !href.startsWith('#')) return false
  // Docusaurus's `hash-link` shows a zero-width space (U+200B), which `trim` keeps.
  return (MARKED_TAGS.has(parent.tagName) ? MARKS : PROSE_MARKS).has(textOf(node).replaceAll('\u200B', '').trim())
}

/**
 * A dump's line without the permalink mark its rendering ends on.
 *
 * @param text The line.
 * @param heading Whether the line is printed as a heading (its "§" and " #" are marks too).
 * @returns The line without the mark (unchanged when it has none).
 */
export function withoutPermalinkMark(text: string, heading: boolean): string {
  for (const mark of heading ? HEADING_LINE_MARKS : LINE_MARKS) {
    if (text.endsWith(mark)) return text.slice(0, -mark.length).trimEnd()
  }
  return text
}
