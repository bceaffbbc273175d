import {InvalidInputError} from './errors.js'

/** How eagerly the classifier removes uncertain blocks. */
export type Strictness = 'precision' | 'balanced' | 'recall'

/** Options of {@link cleanArticle}. Every field is optional. */
export interface Options {
  /**
   * Inputs larger than this many UTF-8 bytes throw `InputTooLargeError`
   * before any work is done.
   * @default 10_000_000
   */
  maxInputBytes?: number | undefined
  /**
   * What to do with blocks the rules do not name: `precision` removes more
   * uncertain short blocks (cleaner text, some body lost), `recall` keeps more
   * (nothing of the body lost, some boilerplate kept).
   * @default 'balanced'
   */
  strictness?: Strictness | undefined
  /**
   * Turn single rules off by name, e.g. `{ 'header-promo': false }`.
   * @default {}
   */
  rules?: Readonly<Record<string, boolean>> | undefined
  /**
   * Characters of body text sampled for language detection; the longest
   * blocks are sampled first. Bounding it keeps detection's cost constant.
   * @default 1000
   */
  languageSampleChars?: number | undefined
  /**
   * HTML input: keep the page's comment section, after the article, instead
   * of removing it as `comment-widget`.
   * @default false
   */
  comments?: boolean | undefined
  /**
   * HTML input: keep data tables in the body (as GFM tables in the Markdown).
   * When `false`, they are removed with the reason `low-content`.
   * @default true
   */
  tables?: boolean | undefined
  /**
   * HTML input: keep images in `tree` and `markdown` (with absolute URLs).
   * @default true
   */
  images?: boolean | undefined
  /**
   * HTML input: keep links in `tree` and `markdown` (with absolute URLs;
   * `javascript:` and `data:` links are always dropped, their text kept).
   * When `false`, a link becomes its text.
   * @default true
   */
  links?: boolean | undefined
  /**
   * HTML input: keep figure captions (`<figcaption>`, with their credits) in
   * the body under their image. They are listed in `captions` either way.
   * @default true
   */
  captions?: boolean | undefined
}

/** Options with every default applied. */
export interface ResolvedOptions {
  maxInputBytes: number
  strictness: Strictness
  rules: Readonly<Record<string, boolean>>
  languageSampleChars: number
  comments: boolean
  tables: boolean
  images: boolean
  links: boolean
  captions: boolean
}

/** The defaults, in one place. */
export const DEFAULTS: Readonly<ResolvedOptions> = Object.freeze({
  maxInputBytes: 10_000_000,
  strictness: 'balanced',
  rules: Object.freeze({}),
  languageSampleChars: 1000,
  comments: false,
  tables: true,
  images: true,
  links: true,
  captions: true
})

const SWITCHES = ['comments', 'tables', 'images', 'links', 'captions'] as const

const STRICTNESS = new Set<string>(['precision', 'balanced', 'recall'])

/**
 * Apply defaults and check types, so that the pipeline never sees a bad option.
 * @throws {InvalidInputError} when an option has the wrong type or range.
 */
export function normalizeOptions(options: Readonly<Options> | null | undefined): ResolvedOptions {
  if (options === null || options === undefined) return DEFAULTS
  if (typeof options !== 'object') throw new InvalidInputError(`Options must be an object, got ${typeof options}`)
  const maxInputBytes = options.maxInputBytes ?? DEFAULTS.maxInputBytes
  if (typeof maxInputBytes !== 'number' || !(maxInputBytes > 0)) {
    throw new InvalidInputError(`Option maxInputBytes must be a positive number, got ${String(maxInputBytes)}`)
  }
  const strictness = options.strictness ?? DEFAULTS.strictness
  if (!STRICTNESS.has(strictness)) {
    throw new InvalidInputError(`Option strictness must be 'precision', 'balanced' or 'recall', got ${String(strictness)}`)
  }
  const languageSampleChars = options.languageSampleChars ?? DEFAULTS.languageSampleChars
  if (typeof languageSampleChars !== 'number' || !(languageSampleChars > 0)) {
    throw new InvalidInputError(`Option languageSampleChars must be a positive number, got ${String(languageSampleChars)}`)
  }
  const rules = options.rules ?? DEFAULTS.rules
  if (typeof rules !== 'object' || rules === null) throw new InvalidInputError('Option rules must be an object of rule names to booleans')
  const switches = {} as Record<(typeof SWITCHES)[number], boolean>
  for (const name of SWITCHES) {
    const value = options[name] ?? DEFAULTS[name]
    if (typeof value !== 'boolean') throw new InvalidInputError(`Option ${name} must be a boolean, got ${typeof value}`)
    switches[name] = value
  }
  return {maxInputBytes, strictness, rules, languageSampleChars, ...switches}
}
