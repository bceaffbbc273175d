import type {Root as HastRoot} from 'hast'
import type {Block} from './blocks/block.js'
import {headsProse, type Decisions} from './classify/classify.js'
import {cleanHtmlTree} from './html/clean-html.js'
import {parseHtml} from './html/parse.js'
import {normalizeInput, type NormalizedText} from './input/normalize.js'
import {isParsedHtml, normalizeParsedHtml, type ParsedHtml} from './input/parsed.js'
import {isArchived} from './metadata/archived.js'
import {extractAuthors, formatByline, type AuthorLine} from './metadata/authors.js'
import {extractCaptions} from './metadata/captions.js'
import {extractPublishedAt} from './metadata/date.js'
import {findDateline} from './metadata/dateline.js'
import {detectDirection} from './metadata/language.js'
import {sampleHeaviest} from './metadata/sample.js'
import {collectSiteClues, resolveSiteName} from './metadata/site.js'
import {normalizeOptions, type Options, type ResolvedOptions} from './options.js'
import {siteOf, type SiteLines} from './learn/profile.js'
import {repeatedLineTest} from './learn/repeated.js'
import type {BodyBlock} from './output/body.js'
import {countWords, makeExcerpt} from './output/text.js'
import {toMarkdown} from './output/to-markdown.js'
import {toMdast} from './output/to-mdast.js'
import {decideBlocks} from './pipeline/decide.js'
import {segmentText} from './text/segment.js'
import type {Article, ArticleWarning, CleanInput, Dateline, RemovalReason, Removal} from './types.js'
import {isListItem, qaLabel, quoteText} from './output/structure.js'
import {checkDeadline, withDeadline} from './util/deadline.js'
import {isLabelLike} from './util/patterns.js'
import {tidyWhitespace} from './util/whitespace.js'

const MAX_HEADING_WORDS = 12
const PUBLISHED_KEY = /"date(?:Published|Created)"\s?:/u

/** `"headline": "…"` on a line of leaked JSON-LD (schema.org's name for an article's title). */
const HEADLINE_VALUE = /"headline"\s?:\s?("(?:[^"\\]|\\.)*")/u

/** The headline a leaked JSON-LD line states, whitespace tidied, or `null`. */
function leakedHeadline(lines: readonly {text: string; reason: RemovalReason}[]): string | null {
  for (const line of lines) {
    if (line.reason !== 'markup') continue
    const literal = HEADLINE_VALUE.exec(line.text)?.[1]
    if (literal === undefined) continue
    try {
      const value = tidyWhitespace(JSON.parse(literal) as string)
      if (value !== '') return value
    } catch {
      // A truncated or mis-escaped string: not a headline to trust.
    }
  }
  return null
}

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
  return cleanPage(input, settings).article
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
export function cleanPage(input: CleanInput | ParsedHtml, settings: Readonly<ResolvedOptions>): CleanedPage {
  return withDeadline(settings.timeoutMs, () => {
    // 1. The input, validated. HTML is parsed to hast and meets the text path
    //    at blocks (src/html/clean-html.ts runs the same decision stages).
    const normalized = isParsedHtml(input) ? normalizeParsedHtml(input, settings.maxInputBytes) : normalizeInput(input, settings.maxInputBytes)
    checkDeadline('normalize')
    const site = siteOf(normalized.site, normalized.url)
    const learned = settings.profile !== null && site !== null && Object.hasOwn(settings.profile.sites, site) ? settings.profile.sites[site] : undefined
    const isRepeated = learned ? repeatedLineTest(learned, settings) : undefined
    if (normalized.kind === 'text') return {article: cleanText(normalized, settings, learned, isRepeated), body: null}
    const tree = normalized.kind === 'html' ? parseHtml(normalized.html) : normalized.tree
    return cleanHtmlTree(tree, normalized.url, settings, isRepeated)
  })
}

/** The text pipeline, run within the call's time budget (`timeoutMs`). */
function cleanText(normalized: NormalizedText, settings: Readonly<ResolvedOptions>, learned: SiteLines | undefined, isRepeated: ((block: Block) => boolean) | undefined): Article {
  const {url} = normalized

  // 2. Lines become blocks, the unit every later step works on.
  const blocks = segmentText(normalized.text)
  checkDeadline('segment')

  // 3. Every block is decided: body, or boilerplate with a reason. Lines
  //    learned as the site's furniture go too, unless that would leave no
  //    body at all: a page whose every line recurs is a duplicate, not furniture.
  let decided = decideBlocks(blocks, settings, isRepeated)
  let guarded = false
  if (learned && !decided.decisions.includes(null)) {
    const unaided = decideBlocks(blocks, settings)
    if (unaided.decisions.includes(null)) {
      decided = unaided
      guarded = true
    }
  }
  const {decisions, titleIndex, listings} = decided
  checkDeadline('decide')

  // 4. The body, with its structure, and the dateline off its first paragraph.
  const body = buildBody(blocks, decisions, listings)
  const dateline = takeDateline(body)

  // 5. Metadata from the body and from what was removed.
  const paragraphs = body.map((block) => block.text)
  const sample = sampleHeaviest(paragraphs, (paragraph) => paragraph.length, (paragraph) => paragraph, settings.languageSampleChars)
  const language = decided.language
  const removed = collectRemovals(blocks, decisions)
  const removedLines: {text: string; reason: RemovalReason; index: number}[] = []
  for (const block of blocks) {
    const tag = decisions[block.index]
    if (tag) removedLines.push({text: block.text, reason: tag.reason, index: block.index})
  }
  // No headline line convinced: a leaked JSON-LD line may still state it.
  const title = titleIndex >= 0 ? (blocks[titleIndex] as Block).text : leakedHeadline(removedLines)
  const authors = extractAuthors(removedLines.filter((line): line is AuthorLine => AUTHOR_REASONS.has(line.reason)))
  const publishedAt = extractPublishedAt(
    // A leaked JSON-LD line with the publication date says it best of all.
    removedLines.filter((line) => line.reason === 'date' || line.reason === 'byline' || (line.reason === 'markup' && PUBLISHED_KEY.test(line.text))).map((line) => line.text),
    language
  )

  // 6. Output: the tree is the source of the Markdown; text joins paragraphs.
  checkDeadline('metadata')
  const tree = toMdast(body)
  const bodyText = paragraphs.join('\n\n')
  const warnings: ArticleWarning[] = []
  if (paragraphs.length === 0) {
    warnings.push({code: 'no-article', message: blocks.length === 0 ? 'The input has no text.' : 'No article body was found in the input.'})
  } else if (language === null) {
    warnings.push({code: 'language-undetermined', message: 'The body is too short or too mixed to tell its language.'})
  }
  if (guarded) {
    warnings.push({code: 'body-guard', message: 'Every line of the page recurs on other pages of its site; the learned lines were kept so that the body is not lost.'})
  }
  return {
    title,
    byline: formatByline(authors),
    authors,
    siteName: resolveSiteName(collectSiteClues(removed), url),
    publishedAt,
    // A dump states no modification date, canonical URL or lead image.
    modifiedAt: null,
    dateline,
    language,
    direction: detectDirection(sample, language),
    archived: isArchived(removedLines.filter((line) => line.reason === 'archive-notice').map((line) => line.text)),
    captions: extractCaptions(removedLines.filter((line) => line.reason === 'caption').map((line) => line.text)),
    excerpt: makeExcerpt(body.find((block) => block.kind === 'paragraph')?.text),
    canonicalUrl: null,
    image: null,
    tree,
    paragraphs,
    text: bodyText,
    markdown: toMarkdown(tree, title),
    wordCount: countWords(paragraphs, language),
    removed,
    warnings
  }
}

const AUTHOR_REASONS = new Set<RemovalReason>(['byline', 'author-bio', 'social-handle'])

/**
 * Kept blocks, each with its place in the structure. The kept lines of a
 * listing (see `markListings`) make one code block: a dump keeps a
 * `<pre>`'s lines, and printed one paragraph each they would read as prose
 * (and their brackets and asterisks would be escaped).
 */
function buildBody(blocks: readonly Block[], decisions: Decisions, listings: Uint8Array): BodyBlock[] {
  const body: BodyBlock[] = []
  // Whether the last body block is a code block the next listing line may
  // join: no blank line and no kept prose since (a removed line between
  // does not part it).
  let codeOpen = false
  // The code block's last line: a listing right under it, after blank lines
  // only, goes on in the same block (a `<pre>` with blank lines in it).
  let codeEnd = -2
  for (const block of blocks) {
    if (block.blankBefore) codeOpen = false
    if (decisions[block.index] !== null) continue
    if (listings[block.index] === 1) {
      const last = body.at(-1)
      if (last?.kind === 'code' && (codeOpen || codeEnd === block.index - 1)) last.text += `${codeOpen ? '\n' : '\n\n'}${block.text}`
      else body.push({kind: 'code', text: block.text, index: block.index})
      codeOpen = true
      codeEnd = block.index
      continue
    }
    codeOpen = false
    if (isListItem(block)) {
      body.push({kind: 'list-item', text: block.text, index: block.index})
      continue
    }
    const quote = quoteText(block)
    if (quote !== null) {
      body.push({kind: 'quote', text: quote, index: block.index})
      continue
    }
    const label = qaLabel(block)
    if (label !== null) {
      body.push({kind: 'paragraph', text: block.text, index: block.index, label})
      continue
    }
    const heading = isLabelLike(block.text, MAX_HEADING_WORDS) && block.blankBefore && body.length > 0 && headsProse(blocks, decisions, block.index)
    body.push({kind: heading ? 'heading' : 'paragraph', text: block.text, index: block.index})
  }
  return body
}

/** Take the dateline off the first paragraph: it is metadata, and the paragraph starts after its dash. */
function takeDateline(body: BodyBlock[]): Dateline | null {
  const first = body.find((block) => block.kind === 'paragraph')
  if (!first) return null
  const found = findDateline(first.text)
  if (!found) return null
  first.text = first.text.slice(found.rest)
  return found.dateline
}

/** One removal per run of blocks removed together, in page order. */
function collectRemovals(blocks: readonly Block[], decisions: Decisions): Removal[] {
  const removed: Removal[] = []
  let open: Removal | null = null
  let openStart = -1
  for (const block of blocks) {
    const tag = decisions[block.index]
    if (!tag) {
      open = null
      continue
    }
    if (open && openStart === tag.start && open.rule === tag.rule) {
      open.text += `\n${block.text}`
      continue
    }
    open = {text: block.text, reason: tag.reason, rule: tag.rule, blockIndex: block.index}
    openStart = tag.start
    removed.push(open)
  }
  return removed
}
