import type {Block} from './segment/block.js'
import {cleanWithSettings} from './clean-article.js'
import {cleanHtmlTree} from './pipeline/clean-html.js'
import {parseHtml} from './segment/html/parse-html.js'
import {normalizeInput} from './input/normalize.js'
import {segmentText} from './segment/text/segment-text.js'
import {createBlock} from './segment/block.js'
import {InvalidInputError} from './errors.js'
import {lineKey} from './learn/line-key.js'
import {checkProfile, emptyProfile, siteOf, type CleanerProfile, type SiteLines} from './learn/profile.js'
import {isBodyLine} from './learn/repeated.js'
import {normalizeOptions, type Options, type ResolvedOptions} from './options.js'
import {decideBlocks} from './decide/decide-blocks.js'
import type {Article, CleanInput} from './types.js'
import {withDeadline} from './util/deadline.js'

/** What one call of {@link Cleaner.learn} did. */
export interface LearnSummary {
  /** Pages learned from. */
  learned: number
  /** Pages skipped because neither a `url` nor a `site` says which site they are from. */
  skipped: number
  /**
   * Pages skipped because their site's profile already holds their article
   * (the same story at another URL, an AMP or print copy): counting its lines
   * again would make the article's own text look like furniture.
   */
  duplicates: number
}

/**
 * A cleaner that can learn a site's recurring lines from its pages and then
 * remove them from every page of that site.
 */
export interface Cleaner {
  /** Clean one page, as {@link cleanArticle} does, with what was learned so far. */
  clean(input: CleanInput): Article
  /**
   * Learn from pages: every normalised line is counted once per page, per
   * site, with whether the classifier kept it as body prose there. Pages with
   * neither a `url` nor a `site` are skipped (their site is unknown).
   * Cleaning a page does not learn from it; call this first, on the pages of
   * the crawl (or a sample of each site), then clean.
   * @throws the errors of {@link cleanArticle} for an input it would reject.
   */
  learn(inputs: Iterable<CleanInput>): LearnSummary
  /** A copy of the learned profile, plain JSON, to save and load later. */
  profile(): CleanerProfile
}

/**
 * Create a cleaner: options are checked once, and a profile (learned here, or
 * loaded from a previous run through `options.profile`) applies to every page.
 *
 * @example
 * const cleaner = createCleaner({ strictness: 'balanced' })
 * cleaner.learn(pages) // [{ text, url }, …] from one crawl
 * const article = cleaner.clean(pages[0])
 * fs.writeFileSync('profile.json', JSON.stringify(cleaner.profile()))
 */
export function createCleaner(options?: Readonly<Options> | null): Cleaner {
  const given = normalizeOptions(options)
  // The cleaner owns its profile: learning must not change the caller's object.
  const profile: CleanerProfile = given.profile ? structuredClone(given.profile) : emptyProfile()
  const settings: ResolvedOptions = {...given, profile: checkProfile(profile)}
  return {
    clean: (input) => cleanWithSettings(input, settings),
    learn: (inputs) => learnPages(inputs, profile, settings),
    profile: () => structuredClone(profile)
  }
}

function learnPages(inputs: Iterable<CleanInput>, profile: CleanerProfile, settings: Readonly<ResolvedOptions>): LearnSummary {
  if (inputs === null || typeof inputs !== 'object' || typeof (inputs as Iterable<CleanInput>)[Symbol.iterator] !== 'function') {
    throw new InvalidInputError('learn() expects an iterable of inputs (an array of strings or { text, url?, site? } objects)')
  }
  const summary: LearnSummary = {learned: 0, skipped: 0, duplicates: 0}
  // Body prose is judged without the profile, so that what was learned
  // before does not bias what is learned now.
  const unaided: ResolvedOptions = {...settings, profile: null}
  for (const input of inputs) {
    const normalized = normalizeInput(input, unaided.maxInputBytes)
    const site = siteOf(normalized.site, normalized.url)
    if (site === null) {
      summary.skipped++
      continue
    }
    // Each page has the time budget a clean of it would have (`timeoutMs`).
    const {blocks, isBody} = withDeadline(unaided.timeoutMs, () => (normalized.kind === 'html' ? htmlLines(normalized.html, normalized.url, unaided) : textLines(normalized.text, unaided)))
    const lines: SiteLines = Object.hasOwn(profile.sites, site) ? (profile.sites[site] as SiteLines) : addSite(profile, site)
    const article = articleKey(blocks, isBody)
    if (article !== '' && lines.articles.includes(article)) {
      summary.duplicates++
      continue
    }
    if (article !== '') lines.articles.push(article)
    countPage(lines, blocks, isBody)
    summary.learned++
  }
  return summary
}

/**
 * A new site's record, as an own property of `sites` whatever the site's name:
 * an assignment to `sites['__proto__']` would set the object's prototype
 * instead, and the pages learned would be counted and kept nowhere (issue 22).
 */
function addSite(profile: CleanerProfile, site: string): SiteLines {
  const lines: SiteLines = {pages: 0, articles: [], lines: {}}
  Object.defineProperty(profile.sites, site, {value: lines, enumerable: true, writable: true, configurable: true})
  return lines
}

/** A page's lines, and which are sentences of its article's main body. */
interface PageLines {
  blocks: Block[]
  isBody: (block: Block) => boolean
}

function textLines(text: string, settings: Readonly<ResolvedOptions>): PageLines {
  const blocks = segmentText(text)
  const {decisions, segments} = decideBlocks(blocks, settings)
  const main = segments.find((segment) => segment.main === true)
  return {blocks, isBody: (block) => main !== undefined && block.index >= main.start && block.index <= main.end && isBodyLine(block, decisions)}
}

/**
 * An HTML page's lines: its cleaned article's paragraphs (body sentences are
 * body) and every line it removed, as the HTML path's blocks would read.
 */
function htmlLines(html: string, url: string | null, settings: Readonly<ResolvedOptions>): PageLines {
  const {article} = cleanHtmlTree(parseHtml(html), url, settings)
  const body = new Set<number>()
  const blocks: Block[] = []
  for (const paragraph of article.paragraphs) {
    const block = createBlock(blocks.length, paragraph, true, true)
    if (block.measures.endsSentence) body.add(block.index)
    blocks.push(block)
  }
  for (const removal of article.removed) for (const line of removal.text.split('\n')) blocks.push(createBlock(blocks.length, line, true, true))
  const kept = blocks.map(() => null)
  return {blocks, isBody: (block) => body.has(block.index) && isBodyLine(block, kept)}
}

/** Body lines that name an article: two pages with the same first ones carry the same story. */
const ARTICLE_KEY_LINES = 3

/** A key of the page's article: its first body lines, hashed; empty when it has no body. */
function articleKey(blocks: readonly Block[], isBody: (block: Block) => boolean): string {
  const first: string[] = []
  for (const block of blocks) {
    if (!isBody(block)) continue
    first.push(block.text)
    if (first.length === ARTICLE_KEY_LINES) break
  }
  return first.length === 0 ? '' : lineKey(first.join(' '))
}

/** Count each distinct line of a page once. */
function countPage(site: SiteLines, blocks: readonly Block[], isBody: (block: Block) => boolean): void {
  site.pages++
  const body = new Map<string, boolean>()
  for (const block of blocks) {
    const key = lineKey(block.text)
    if (key === '') continue
    body.set(key, (body.get(key) ?? false) || isBody(block))
  }
  for (const [key, inBody] of body) {
    const counts = Object.hasOwn(site.lines, key) ? (site.lines[key] as [number, number]) : (site.lines[key] = [0, 0])
    counts[0]++
    if (inBody) counts[1]++
  }
}
