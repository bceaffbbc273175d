/**
 * Binary input: a file that is not text (an executable, an image, an
 * archive) read as if it were. Cleaned, it gives thousands of "words" of
 * garbage with a language and no warning (issue 21: `/bin/ls` saved as
 * `ls.txt`), so it is refused instead.
 *
 * Evidence for the numbers (`node --import tsx scripts/check-binary-input.ts`,
 * 2026-12-07): in the first 4096 characters, the share of the characters
 * counted below is at most 1.3% in every file of the readability corpus,
 * the wcxb-dev corpus, the fixtures and the seeds (0 on all wcxb-dev pages),
 * and 11.1% in the worst legitimate case found, a Czech page saved in
 * windows-1250 and read as UTF-8. In 344 binary files (ELF executables and
 * libraries, gzip, PNG, JPEG, PDF, Python bytecode) read as UTF-8 it is at
 * least 47.7%. The limit sits between the two, with a margin on each side.
 */

/** How much of the input's start is looked at: the check must cost nothing next to a clean. */
export const BINARY_SCAN_CHARS = 4096
/** The share of the scanned characters that may be binary characters (see above). */
export const MAX_BINARY_SHARE = 0.3
/**
 * Fewer binary characters than this never make an input binary: a short
 * string of junk (a stray fragment, a test's) is cleaned like any other text.
 */
export const MIN_BINARY_CHARS = 16

/** What the scan found, for the error message. */
export interface BinaryScan {
  /** Binary characters among the scanned ones. */
  found: number
  /** Characters scanned. */
  scanned: number
}

/**
 * Whether a code unit is a binary character: NUL and the other C0 controls
 * except the whitespace ones (tab, line feed, vertical tab, form feed,
 * carriage return; RFCs keep form feeds between pages) and ESC (terminal
 * logs are text), DEL, and U+FFFD, which decoding leaves for every byte
 * that is not UTF-8. C1 controls are not counted: text decoded as Latin-1
 * that was windows-1252 holds them for its curly quotes.
 */
function isBinaryChar(code: number): boolean {
  if (code < 0x20) return code !== 0x1b && (code < 0x09 || code > 0x0d)
  return code === 0x7f || code === 0xfffd
}

/**
 * Count the binary characters of the input's start: a bounded loop over code
 * units (no regex, no copy), cheap enough for every call.
 */
export function countBinaryChars(text: string): BinaryScan {
  const scanned = Math.min(text.length, BINARY_SCAN_CHARS)
  let found = 0
  for (let i = 0; i < scanned; i++) if (isBinaryChar(text.charCodeAt(i))) found++
  return {found, scanned}
}

/** Whether a scan says binary. */
export function isBinaryScan({found, scanned}: BinaryScan): boolean {
  return found >= MIN_BINARY_CHARS && found > scanned * MAX_BINARY_SHARE
}
