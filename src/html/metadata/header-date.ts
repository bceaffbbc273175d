import type {Element} from 'hast'
import {extractPublishedAt} from '../../metadata/date.js'
import type {Unit} from '../segment.js'
import {PROSE_PARAGRAPH_CHARS} from '../stats.js'

/** Units looked at after the headline: a deck, a byline, a date, a share bar, a lead image. */
const MAX_UNITS_AFTER_HEADLINE = 15
/** Units looked at before it: a kicker or a date line above the headline ("News · Dec 12, 2025"). */
const MAX_UNITS_BEFORE_HEADLINE = 3
/** Longer than this, a line is a sentence that may mention a date, not a date line. */
const MAX_DATE_LINE_CHARS = 100

/**
 * A test for the date a page shows beside its headline: the first line
 * between the `<h1>` and the body's first paragraph of prose (or just above
 * the `<h1>`) that states a whole date ("Published on July 18, 2025",
 * "Dec 12, 2025 • 11 Minute Read", "Updated: December 31, 2024"). Many pages
 * write their date only there, with no `<time>` and no date in the head (WCXB
 * dev: about one page in six that has a date); a date in the body, a comment
 * or a list of related stories is never read, since the scan stops at the
 * first paragraph of prose.
 *
 * @param units The page's units, in document order.
 * @returns The date (ISO 8601) shown beside `headline`, or null.
 */
export function headerDateFinder(units: readonly Unit[]): (headline: Element, language: string | null) => string | null {
  return (headline, language) => {
    const at = units.findIndex((unit) => unit.owner === headline)
    if (at < 0) return null
    const lines: string[] = []
    for (let i = at + 1; i < units.length && i <= at + MAX_UNITS_AFTER_HEADLINE; i++) {
      const unit = units[i] as Unit
      if (unit.pruned === null && unit.kind === 'text' && unit.chars >= PROSE_PARAGRAPH_CHARS) break
      for (const line of unit.text.split('\n')) if (line.length <= MAX_DATE_LINE_CHARS) lines.push(line)
    }
    for (let i = at - 1; i >= 0 && i >= at - MAX_UNITS_BEFORE_HEADLINE; i--) {
      const text = (units[i] as Unit).text
      if (text.length <= MAX_DATE_LINE_CHARS) lines.push(text)
    }
    return extractPublishedAt(lines, language)
  }
}
