import {extractPublishedAt} from './date-in-lines.js'
import type {LineFinding} from '../decide/rules/finding.js'

/**
 * The publication date the rules found (date lines, bylines, leaked JSON-LD),
 * parsed in the page's language: a "published" date before an "updated" one.
 *
 * @param findings The rules' findings, in page order.
 * @param language ISO 639-1 code of the page, or null (then English's parser).
 * @returns An ISO 8601 date, or null.
 */
export function extractPublishedDate(findings: readonly LineFinding[], language: string | null): string | null {
  const texts: string[] = []
  // One line may be found a date by two rules (a byline that is also a date line): it is read once.
  let last = -1
  for (const {index, finding} of findings) {
    if (finding.kind !== 'date' || index === last) continue
    texts.push(finding.text)
    last = index
  }
  return extractPublishedAt(texts, language)
}
