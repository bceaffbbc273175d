/**
 * Line keys for learning across pages, normalised as CCNet does before it
 * hashes paragraphs: case folded, digits made equal, punctuation and symbols
 * dropped, whitespace collapsed. "© 2019 Q13 FOX" and "© 2020 Q13 FOX" are one
 * line of the site's footer; a date or a counter in a promo does not make it new.
 */
const DIGIT = /\p{Nd}/gu
const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/gu
const SPACE_RUN = /\s+/gu

/** The normalised text of a line, before hashing; empty when nothing is left. */
export function normalizeLine(text: string): string {
  return text.toLowerCase().replace(DIGIT, '0').replace(PUNCTUATION_OR_SYMBOL, '').replace(SPACE_RUN, ' ').trim()
}

/**
 * A 53-bit hash (cyrb53, public domain) of the normalised line, in base 36.
 * 53 bits keep a site's hundred thousand distinct lines clear of collisions
 * while fitting a JSON number-safe string of at most 11 characters.
 */
export function lineKey(text: string): string {
  const line = normalizeLine(text)
  if (line.length === 0) return ''
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
