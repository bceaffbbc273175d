/**
 * The body and metadata metrics of the development corpus (see the corpus
 * README): the ScrapingHub article-extraction benchmark's shingle metric, and
 * lenient field comparisons for metadata. Pure functions, no I/O, so the test
 * suite can pin them with hand-computed numbers.
 */

/** One page's shingle counts, normalised so that tp + fp + fn = 1 (or all 0). */
export interface PageScore {
  tp: number
  fp: number
  fn: number
}

/** Corpus-level figures: F1 is the harmonic mean of the two means. */
export interface Aggregate {
  precision: number
  recall: number
  f1: number
}

const SHINGLE_SIZE = 4

/** Runs of Unicode letters, digits and `_`; case is kept, as in the benchmark. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? []
}

/** Multiset of 4-token shingles; a 1–3 token text still yields one (short) shingle so it can score. */
export function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1)
  for (let i = 0; i < last && i < tokens.length; i++) {
    // Tokens never hold a space, so joining by one keeps shingles distinct.
    const key = tokens.slice(i, i + SHINGLE_SIZE).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Shingle overlap of one page, normalised so long pages do not outweigh short ones. */
export function scorePage(output: string, reference: string): PageScore {
  const out = shingles(tokenize(output))
  const ref = shingles(tokenize(reference))
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, outCount] of out) {
    const refCount = ref.get(key) ?? 0
    tp += Math.min(outCount, refCount)
    fp += Math.max(0, outCount - refCount)
  }
  for (const [key, refCount] of ref) fn += Math.max(0, refCount - (out.get(key) ?? 0))
  const sum = tp + fp + fn
  return sum === 0 ? {tp: 0, fp: 0, fn: 0} : {tp: tp / sum, fp: fp / sum, fn: fn / sum}
}

/** A page that got everything and nothing more (including empty vs empty) is perfect on both axes. */
function isExact(page: PageScore): boolean {
  return page.fp === 0 && page.fn === 0
}

/** Per-page precision, or null when the output has no shingles (the page does not count). */
export function pagePrecision(page: PageScore): number | null {
  if (isExact(page)) return 1
  return page.tp + page.fp > 0 ? page.tp / (page.tp + page.fp) : null
}

/** Per-page recall, or null when the reference has no shingles (the page does not count). */
export function pageRecall(page: PageScore): number | null {
  if (isExact(page)) return 1
  return page.tp + page.fn > 0 ? page.tp / (page.tp + page.fn) : null
}

/** Harmonic mean, 0 when both are 0. */
export function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b)
}

/** Per-page F1, for ranking pages only; an uncountable side counts as 0. */
export function pageF1(page: PageScore): number {
  return harmonic(pagePrecision(page) ?? 0, pageRecall(page) ?? 0)
}

/** Mean of the values that count; 0 when none do, so an all-empty run scores 0 rather than NaN. */
function meanOf(values: ReadonlyArray<number | null>): number {
  const counted = values.filter((v): v is number => v !== null)
  return counted.length === 0 ? 0 : counted.reduce((a, b) => a + b, 0) / counted.length
}

/** Mean precision and mean recall over pages, and F1 of those means (not the mean of per-page F1). */
export function aggregate(pages: readonly PageScore[]): Aggregate {
  const precision = meanOf(pages.map(pagePrecision))
  const recall = meanOf(pages.map(pageRecall))
  return {precision, recall, f1: harmonic(precision, recall)}
}

/** NFKC, any Unicode space as one space, trimmed, lower-cased: what "equal" means for metadata. */
export function normalizeMeta(value: string | null | undefined): string {
  if (value === null || value === undefined) return ''
  return value.normalize('NFKC').replace(/[\s\p{Zs}]+/gu, ' ').trim().toLowerCase()
}

/** Both sides normalised, or null when either is missing: an empty value never matches. */
function normalizedPair(out: string | null | undefined, ref: string | null | undefined): [string, string] | null {
  const a = normalizeMeta(out)
  const b = normalizeMeta(ref)
  return a === '' || b === '' ? null : [a, b]
}

export function titleMatches(out: string | null | undefined, ref: string | null | undefined): boolean {
  const pair = normalizedPair(out, ref)
  return pair !== null && pair[0] === pair[1]
}

export function siteMatches(out: string | null | undefined, ref: string | null | undefined): boolean {
  return titleMatches(out, ref)
}

/** Containment either way, since references often keep "By" or a trailing role. */
export function bylineMatches(out: string | null | undefined, ref: string | null | undefined): boolean {
  const pair = normalizedPair(out, ref)
  return pair !== null && (pair[0].includes(pair[1]) || pair[1].includes(pair[0]))
}

/** Only the primary subtag counts: `en` matches `en-US`. */
export function languageMatches(out: string | null | undefined, ref: string | null | undefined): boolean {
  const pair = normalizedPair(out, ref)
  if (pair === null) return false
  const primary = (tag: string): string => tag.split(/[-_]/)[0] ?? ''
  return primary(pair[0]) === primary(pair[1])
}

interface ParsedDate {
  /** The calendar day as written, in the string's own offset. */
  day: string
  /** Milliseconds of the wall-clock time as written, read as if it were UTC; null for a date-only value. */
  wallMs: number | null
  /** Offset east of UTC in minutes, or null when the string gives none. */
  offsetMinutes: number | null
}

// ISO 8601 as found in page metadata: `T` or a space, optional seconds and
// fraction (any precision), `Z`, `±HH:MM`, `±HHMM` or `±HH`, or no zone at all.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

function parseOffset(zone: string | undefined): number | null {
  if (zone === undefined) return null
  if (zone.toUpperCase() === 'Z') return 0
  const digits = zone.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')
  return zone.startsWith('-') ? -minutes : minutes
}

function parseIsoDate(value: string): ParsedDate | null {
  const m = ISO_DATE.exec(value.trim())
  if (m === null) return null
  const [, y, mo, d, h, mi, s, frac, zone] = m
  const day = `${y}-${mo}-${d}`
  if (h === undefined) return {day, wallMs: null, offsetMinutes: null}
  const ms = Number(`0.${frac ?? '0'}`) * 1000
  const wallMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0')) + ms
  return {day, wallMs, offsetMinutes: parseOffset(zone)}
}

const MINUTE_MS = 60_000

/**
 * Same instant within a minute; or, when either side is date-only, the same
 * calendar day as each string writes it (a page's date is the day in its own
 * zone, not in UTC). When a side gives no offset its time is local to an unknown
 * zone, so the two wall-clock times are compared as written.
 */
export function dateMatches(out: string | null | undefined, ref: string | null | undefined): boolean {
  if (!out || !ref) return false
  const a = parseIsoDate(out)
  const b = parseIsoDate(ref)
  if (a === null || b === null) return false
  if (a.wallMs === null || b.wallMs === null) return a.day === b.day
  const bothZoned = a.offsetMinutes !== null && b.offsetMinutes !== null
  const shift = (p: ParsedDate): number => (bothZoned ? (p.offsetMinutes ?? 0) * MINUTE_MS : 0)
  return Math.abs(a.wallMs - shift(a) - (b.wallMs - shift(b))) <= MINUTE_MS
}

/** Tokens of a reference's opening that a lead check looks for. */
const LEAD_TOKENS = 30
/** Tokens a dateline may take at the head of a lead ("WASHINGTON (Aug. 13) --"). */
const DATELINE_TOKENS = 6
/** Fewer tokens than this left after a dateline say nothing about where the article starts. */
const MIN_LEAD_TOKENS = 3

/**
 * The tokens (lower-cased) of the first paragraph of a reference, up to 30:
 * what an extractor must keep, in order, to have found the article's start.
 * A reference cut inside a word ("Democrats pledged so") loses that word.
 */
export function leadTokens(reference: string): string[] {
  const text = reference.trim()
  const paragraph = text.split(/\n\s*\n/u)[0] ?? ''
  // Only a reference that ends inside a word, with nothing after its first paragraph, can be cut.
  const cut = paragraph === text && /[\p{L}\p{N}_]$/u.test(reference)
  const tokens = tokenize(paragraph).map((token) => token.toLowerCase())
  return (cut ? tokens.slice(0, -1) : tokens).slice(0, LEAD_TOKENS)
}

/** Whether `needle` occurs in `hay` as a contiguous run. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/**
 * Whether an output holds the reference's lead (see `leadTokens`). With
 * `hasDateline`, the output has taken a dateline off its first paragraph, so
 * the lead may be found without its first few tokens.
 */
export function leadFound(output: string, reference: string, hasDateline = false): boolean {
  const lead = leadTokens(reference)
  if (lead.length === 0) return false
  const hay = tokenize(output).map((token) => token.toLowerCase())
  if (containsRun(hay, lead)) return true
  if (!hasDateline) return false
  for (let skip = 1; skip <= DATELINE_TOKENS && lead.length - skip >= MIN_LEAD_TOKENS; skip++) if (containsRun(hay, lead.slice(skip))) return true
  return false
}
