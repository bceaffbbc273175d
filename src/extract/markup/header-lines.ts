import type {Element} from 'hast'
import {extractPublishedAt} from '../date-in-lines.js'
import {AUTHOR_LABELS, BY_VERBS, BY_WORDS} from '../../util/bylines.js'
import type {Unit} from '../../segment/html/segment-page.js'
import {PROSE_PARAGRAPH_CHARS} from '../../segment/html/measure-page.js'
import {splitAuthorNames} from './author-names.js'

/** Units looked at after the headline: a deck, a byline, a date, a share bar, a lead image. */
const MAX_UNITS_AFTER_HEADLINE = 15
/** Units looked at before it: a kicker or a date line above the headline ("News · Dec 12, 2025"). */
const MAX_UNITS_BEFORE_HEADLINE = 3
/** Longer than this, a line is a sentence that may mention a date or a name, not a header line. */
const MAX_HEADER_LINE_CHARS = 100

/**
 * The short lines a page shows beside its headline: those between the `<h1>`
 * and the body's first paragraph of prose, then the few just above the
 * `<h1>`. A date or a name in the body, a comment or a list of related
 * stories is never among them, since the scan stops at the first paragraph.
 */
function headerLines(units: readonly Unit[], headline: Element): string[] {
  const at = units.findIndex((unit) => unit.owner === headline)
  if (at < 0) return []
  const lines: string[] = []
  for (let i = at + 1; i < units.length && i <= at + MAX_UNITS_AFTER_HEADLINE; i++) {
    const unit = units[i] as Unit
    if (unit.pruned === null && unit.kind === 'text' && unit.chars >= PROSE_PARAGRAPH_CHARS) break
    for (const line of unit.text.split('\n')) if (line.length <= MAX_HEADER_LINE_CHARS) lines.push(line)
  }
  for (let i = at - 1; i >= 0 && i >= at - MAX_UNITS_BEFORE_HEADLINE; i--) {
    const text = (units[i] as Unit).text
    if (text.length <= MAX_HEADER_LINE_CHARS) lines.push(text)
  }
  return lines
}

/**
 * A test for the date a page shows beside its headline: the first line of
 * its header (see `headerLines`) that states a whole date ("Published on
 * July 18, 2025", "Dec 12, 2025 • 11 Minute Read", "Updated: December 31,
 * 2024"). Many pages write their date only there, with no `<time>` and no
 * date in the head (WCXB dev: 56 pages).
 *
 * @param units The page's units, in document order.
 * @returns The date (ISO 8601) shown beside `headline`, or null.
 */
export function headerDateFinder(units: readonly Unit[]): (headline: Element, language: string | null) => string | null {
  return (headline, language) => extractPublishedAt(headerLines(units, headline), language)
}

/** Whether a line opens with a by-word or an author label: "By", "Written by", "Author:". */
function opensByline(line: string): {label: boolean} | null {
  const words = line.toLowerCase().split(' ')
  const first = (words[0] ?? '').replace(/[:：]$/u, '')
  const byWord = BY_WORDS.includes(first) || AUTHOR_LABELS.includes(first) ? 1 : BY_VERBS.includes(first) && BY_WORDS.includes(words[1] ?? '') ? 2 : 0
  if (byWord === 0) return null
  // "Written by" alone: the name stands on the next line.
  return {label: words.length === byWord || (words.length === byWord + 1 && words[byWord] === '')}
}

function looksLikeFullName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && name.includes(' ')
}

/**
 * A test for the byline a page shows beside its headline in no element
 * marked as one: a header line that opens with "By" or "Written by" ("By
 * Sofia Gonzalez", "Written by John Crenshaw in SEO"), or such a label with
 * the name on the line after it. The site's name is never taken.
 *
 * @param units The page's units, in document order.
 * @returns The names on the first such line beside `headline`, or none.
 */
export function headerBylineFinder(units: readonly Unit[]): (headline: Element, siteName: string | null) => string[] {
  return (headline, siteName) => {
    const lines = headerLines(units, headline)
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string
      const opens = opensByline(line)
      if (opens === null) continue
      const names = splitAuthorNames(opens.label ? (lines[i + 1] ?? '') : line, {siteName})
      // A name here is written as one, in capitals and in two words at least: "By Countries",
      // "By using this site, you agree" are a sort control and a sentence.
      if (names.length > 0 && names.every(looksLikeFullName)) return names
    }
    return []
  }
}
