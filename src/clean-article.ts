import {assembleArticle} from './article/assemble.js'
import {cleanHtmlTree} from './html/clean-html.js'
import {parseHtml} from './html/parse.js'
import {normalizeInput} from './input/normalize.js'
import {siteOf} from './learn/profile.js'
import {repeatedLineTest} from './learn/repeated.js'
import {normalizeOptions, type Options, type ResolvedOptions} from './options.js'
import {textParts} from './text/text-parts.js'
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
  return withDeadline(settings.timeoutMs, () => cleanWithin(input, settings))
}

/** The pipeline, run within the call's time budget (`timeoutMs`). */
function cleanWithin(input: CleanInput, settings: Readonly<ResolvedOptions>): Article {
  // 1. The input, validated, so that size limits apply before any parsing.
  const normalized = normalizeInput(input, settings.maxInputBytes)
  checkDeadline('normalize')
  // 2. The lines learned as the site's furniture, if a profile knows the site.
  const site = siteOf(normalized.site, normalized.url)
  const learned = settings.profile !== null && site !== null && Object.hasOwn(settings.profile.sites, site) ? settings.profile.sites[site] : undefined
  const isRepeated = learned ? repeatedLineTest(learned, settings) : undefined
  // 3. Both inputs become the same parts (blocks, decisions, removals, the
  //    body tree): HTML through its tree, a dump through its lines.
  if (normalized.kind === 'html') return cleanHtmlTree(parseHtml(normalized.html), normalized.url, settings, isRepeated).article
  // 4. One assembly builds the article from them.
  return assembleArticle(textParts(normalized.text, normalized.url, settings, isRepeated), settings)
}
