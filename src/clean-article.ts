import type {Root as HastRoot} from 'hast'
import {assembleArticle} from './article/assemble.js'
import {cleanHtmlTree} from './pipeline/clean-html.js'
import {parseHtml} from './segment/html/parse-html.js'
import {normalizeInput} from './input/normalize.js'
import {isParsedHtml, normalizeParsedHtml, type ParsedHtml} from './input/parsed.js'
import {siteOf} from './learn/profile.js'
import {repeatedLineTest} from './learn/repeated.js'
import {normalizeOptions, type Options, type ResolvedOptions} from './options.js'
import {textParts} from './pipeline/text-parts.js'
import type {Article, CleanInput} from './types.js'
import {checkDeadline, withDeadline} from './util/deadline.js'

/**
 * Clean a scraped article: take a whole-page text dump or an HTML document
 * and return the article in it as structured, typed data, with a record of
 * every line removed and why.
 *
 * @param input A text dump (string or `{ text, url? }`) or an HTML document
 *   (a string that looks like one, or `{ html, url?, encoding? }` with a
 *   string or bytes).
 * @param options See {@link Options}; every field has a default.
 * @returns The `Article`. A valid input with no article in it is not an
 *   error: it gives empty `paragraphs` and a `no-article` warning.
 * @throws {InvalidInputError} when the input or an option has the wrong type.
 * @throws {InputTooLargeError} when the input is over `maxInputBytes`.
 * @throws {UnsupportedInputError} when HTML bytes come with an encoding label the runtime does not know.
 * @throws {ParseFailedError} if the HTML parser fails (a last resort: it recovers from any markup error).
 * @throws {TimeoutError} when cleaning takes longer than `timeoutMs`.
 */
export function cleanArticle(input: CleanInput, options?: Readonly<Options> | null): Article {
  // Options first, so that limits apply before any work.
  return cleanWithSettings(input, normalizeOptions(options))
}

/** {@link cleanArticle} with options already checked (a cleaner checks them once). */
export function cleanWithSettings(input: CleanInput, settings: Readonly<ResolvedOptions>): Article {
  return cleanPage(input, settings, false).article
}

/** What {@link cleanPage} gives: the article, and for HTML its body as hast (for the unified plugin). */
export interface CleanedPage {
  article: Article
  body: HastRoot | null
}

/**
 * The one entry of every door (`cleanArticle`, `createCleaner().clean`,
 * `cleanMany`, the CLI, `rehypeArticle`): the whole call runs within its
 * time budget, the input is validated and held to `maxInputBytes` before any
 * work, and the learned profile applies, whichever door the page came in by.
 */
export function cleanPage(input: CleanInput | ParsedHtml, settings: Readonly<ResolvedOptions>, wantBody = true): CleanedPage {
  return withDeadline(settings.timeoutMs, () => {
    // 1. The input, validated, so that size limits apply before any parsing.
    const normalized = isParsedHtml(input) ? normalizeParsedHtml(input, settings.maxInputBytes) : normalizeInput(input, settings.maxInputBytes)
    checkDeadline('normalize')
    // 2. The lines learned as the site's furniture, if a profile knows the site.
    const site = siteOf(normalized.site, normalized.url)
    const learned = settings.profile !== null && site !== null && Object.hasOwn(settings.profile.sites, site) ? settings.profile.sites[site] : undefined
    const isRepeated = learned ? repeatedLineTest(learned, settings) : undefined
    // 3. Both inputs become the same parts (blocks, decisions, removals, the
    //    body tree): a dump through its lines, HTML through its tree; one
    //    assembly builds the article from them.
    if (normalized.kind === 'text') return {article: assembleArticle(textParts(normalized.text, normalized.url, settings, isRepeated), settings), body: null}
    const tree = normalized.kind === 'html' ? parseHtml(normalized.html) : normalized.tree
    // A tree parsed here is the clean's own; a caller's tree (the unified plugin's) is only read.
    return cleanHtmlTree(tree, normalized.url, settings, isRepeated, wantBody, normalized.kind === 'html')
  })
}
