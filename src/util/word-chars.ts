/**
 * Character classes by code unit, looked up in a table filled on first use:
 * counting words and tokens runs over every character of every page, and a
 * Unicode property regular expression per character (or a `match` building
 * an array per paragraph) cost several times more than a table lookup.
 */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
// 0: not yet known, 1: a letter, mark or digit, 2: anything else.
const table = new Uint8Array(0x10000)

/**
 * Whether the UTF-16 code unit is part of a word (a letter, a combining mark
 * or a digit). Surrogates count as word characters when their pair is a
 * letter or digit; the caller passes the pair's code point in that case.
 */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code))
  let kind = table[code]
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2
    table[code] = kind
  }
  return kind === 1
}

/**
 * A classifier of code units below `size` that asks `classify` once per code
 * and remembers the answer in a table: scanners that read every character of
 * a page look each up in one step. `classify` returns 1–255 (0 in the table
 * means not asked yet).
 */
export function rememberCodeClasses(size: number, classify: (code: number) => number): (code: number) => number {
  const table = new Uint8Array(size)
  return (code) => {
    let found = table[code] as number
    if (found === 0) {
      found = classify(code)
      table[code] = found
    }
    return found
  }
}
