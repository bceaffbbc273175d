import type {Dateline} from '../types.js'

// "HAI PHONG, VIETNAM —", "WASHINGTON (CNN) —", "Washington (CNN) —",
// "LONDON, May 5 (Reuters) -", "PARIS (AFP) -". The place is capitals, or any
// capitalised words when an agency in parentheses follows.
const DATELINE =
  /^([\p{Lu}][\p{L}.'’ -]{0,40}?(?:, [\p{Lu}][\p{L}.'’ -]{0,30}?){0,2})(?:, (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}))? ?(?:\(([^()]{1,30})\))?(?: ?(?:—|–|―) ?| (?:--|-) )(?=\S)/u
const MAX_LOCATION_WORDS = 6

/** A dateline found at the start of a paragraph, and where the text after it starts. */
export interface DatelineMatch {
  dateline: Dateline
  /** Offset in the paragraph of the first character after the dash. */
  rest: number
}

/**
 * Find a dateline at the start of the first paragraph. The place must be in
 * capitals ("HAI PHONG, VIETNAM"), unless an agency in parentheses follows it
 * ("Washington (CNN)"), so that "Ukraine — a country of 40 million — …" is
 * not taken for one.
 */
export function findDateline(text: string): DatelineMatch | null {
  const match = DATELINE.exec(text)
  if (!match) return null
  const location = (match[1] ?? '').trim()
  const agency = match[2]?.trim() ?? null
  if (location.split(' ').length > MAX_LOCATION_WORDS) return null
  const letters = location.replace(/[^\p{L}]/gu, '')
  const capitals = location.replace(/[^\p{Lu}]/gu, '')
  if (letters.length < 2) return null
  if (agency === null && capitals.length / letters.length < 0.9) return null
  return {dateline: {location, agency}, rest: match[0].length}
}
