import {InvalidInputError} from './errors.js'
import {isPageType, PAGE_TYPES} from './decide/classify/page-type.js'
import type {BlockScoring} from './decide/stages/block-scorer.js'
import {checkProfile, type CleanerProfile} from './learn/profile.js'
import type {PageType} from './types.js'

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
   * Characters sampled for language detection; the wordiest lines no rule
   * removed are sampled first. Bounding it keeps detection's cost constant
   * (500 gave the same accuracy as 1000 on the corpus, at half the cost).
   * @default 500
   */
  languageSampleChars?: number | undefined
  /**
   * Lines learned across pages (see `createCleaner`). A line of this page's
   * site that recurs on at least `minRepeatPages` learned pages is removed as
   * `repeated-across-pages`, unless it was body prose on most of them.
   * @default undefined (nothing learned)
   */
  profile?: CleanerProfile | undefined
  /**
   * Learned pages of a site a line must recur on before it is removed.
   * @default 3
   */
  minRepeatPages?: number | undefined
  /**
   * A recurring line stays when, on more than this share of the pages it was
   * learned from, it was prose the classifier kept in the body: a paragraph
   * several articles share is text, not furniture.
   * @default 0.5
   */
  maxRepeatBodyShare?: number | undefined
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
   * a link not to `http(s):` or `mailto:` is always dropped, its text kept).
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
  /**
   * A time budget for the call, in milliseconds: past it, `cleanArticle`
   * throws `TimeoutError`. It is checked between stages and every 64
   * iterations of the long loops, not inside a single step (one regular
   * expression on one line, printing the Markdown).
   *
   * There is no limit by default: with one, the same input may be cleaned
   * on an idle machine and time out on a busy one, and only the caller knows
   * its budget. Pipelines that run unattended should set one (see
   * `npm run bench` for what pages cost).
   * @default Infinity
   */
  timeoutMs?: number | undefined
  /**
   * The kind of page, when the caller knows it (a crawler that fetched a
   * forum's threads): the guess is skipped and the page is cleaned as this
   * kind. See `Article.pageType`.
   * @default undefined (guessed from the page)
   */
  pageType?: PageType | undefined
}

/** Options with every default applied. */
export interface ResolvedOptions {
  maxInputBytes: number
  strictness: Strictness
  rules: Readonly<Record<string, boolean>>
  languageSampleChars: number
  profile: CleanerProfile | null
  minRepeatPages: number
  maxRepeatBodyShare: number
  comments: boolean
  tables: boolean
  images: boolean
  links: boolean
  captions: boolean
  timeoutMs: number
  /** `null`: guess it from the page. */
  pageType: PageType | null
  /** Internal, for `npm run train:blocks`: the block model to use instead of the shipped one (see `BlockScoring`). */
  blockScoring?: BlockScoring | undefined
}

/** The defaults, in one place. */
export const DEFAULTS: Readonly<ResolvedOptions> = Object.freeze({
  maxInputBytes: 10_000_000,
  strictness: 'balanced',
  rules: Object.freeze({}),
  languageSampleChars: 500,
  profile: null,
  minRepeatPages: 3,
  maxRepeatBodyShare: 0.5,
  comments: false,
  tables: true,
  images: true,
  links: true,
  captions: true,
  timeoutMs: Infinity,
  pageType: null
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
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0)) {
    throw new InvalidInputError(`Option timeoutMs must be a positive number of milliseconds (or Infinity), got ${String(timeoutMs)}`)
  }
  const rules = options.rules ?? DEFAULTS.rules
  if (typeof rules !== 'object' || rules === null) throw new InvalidInputError('Option rules must be an object of rule names to booleans')
  const profile = options.profile === undefined || options.profile === null ? null : checkProfile(options.profile)
  const minRepeatPages = options.minRepeatPages ?? DEFAULTS.minRepeatPages
  if (typeof minRepeatPages !== 'number' || !(minRepeatPages >= 2)) {
    throw new InvalidInputError(`Option minRepeatPages must be a number of at least 2, got ${String(minRepeatPages)}`)
  }
  const maxRepeatBodyShare = options.maxRepeatBodyShare ?? DEFAULTS.maxRepeatBodyShare
  if (typeof maxRepeatBodyShare !== 'number' || !(maxRepeatBodyShare >= 0 && maxRepeatBodyShare <= 1)) {
    throw new InvalidInputError(`Option maxRepeatBodyShare must be a number from 0 to 1, got ${String(maxRepeatBodyShare)}`)
  }
  const pageType = options.pageType ?? DEFAULTS.pageType
  if (pageType !== null && !isPageType(pageType)) {
    throw new InvalidInputError(`Option pageType must be one of ${PAGE_TYPES.map((t) => `'${t}'`).join(', ')}, got ${String(pageType)}`)
  }
  const switches = {} as Record<(typeof SWITCHES)[number], boolean>
  for (const name of SWITCHES) {
    const value = options[name] ?? DEFAULTS[name]
    if (typeof value !== 'boolean') throw new InvalidInputError(`Option ${name} must be a boolean, got ${typeof value}`)
    switches[name] = value
  }
  return {maxInputBytes, strictness, rules, languageSampleChars, profile, minRepeatPages, maxRepeatBodyShare, timeoutMs, pageType, ...switches}
}
