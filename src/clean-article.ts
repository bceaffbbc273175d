import type {Block} from './blocks/block.js'
import {applyRules, classifyRemaining, headsProse, type Decisions} from './classify/classify.js'
import {countProseAfter, findBodyRegion} from './classify/region.js'
import {normalizeInput} from './input/normalize.js'
import {isArchived} from './metadata/archived.js'
import {extractAuthors, formatByline, type AuthorLine} from './metadata/authors.js'
import {extractCaptions} from './metadata/captions.js'
import {extractPublishedAt} from './metadata/date.js'
import {findDateline} from './metadata/dateline.js'
import {detectDirection, detectLanguage, sampleText} from './metadata/language.js'
import {collectSiteClues, resolveSiteName} from './metadata/site.js'
import {findTitle} from './metadata/title.js'
import {normalizeOptions, type Options} from './options.js'
import type {BodyBlock} from './output/body.js'
import {countWords, makeExcerpt} from './output/text.js'
import {toMarkdown} from './output/to-markdown.js'
import {toMdast} from './output/to-mdast.js'
import {RULES, type RuleContext} from './rules/index.js'
import {segmentText} from './text/segment.js'
import type {Article, ArticleWarning, CleanInput, Dateline, RemovalReason, Removal} from './types.js'
import {isLabelLike, LIST_MARKER} from './util/patterns.js'
import {matchKey} from './util/whitespace.js'

/** Removals that sit next to a headline: a title followed by one is more likely the title. */
const NEXT_TO_TITLE = new Set<RemovalReason>(['byline', 'date', 'caption', 'archive-notice', 'share-bar', 'social-handle'])
const MAX_HEADING_WORDS = 12

/**
 * Clean a scraped article: take a whole-page text dump and return the article
 * in it as structured, typed data, with a record of every line removed and why.
 *
 * @param input A text dump (string or `{ text, url? }`). A string that looks
 *   like an HTML document, or `{ html }`, throws `UnsupportedInputError` in
 *   this version.
 * @param options See {@link Options}; every field has a default.
 * @returns The `Article`. A valid string with no article in it is not an
 *   error: it gives empty `paragraphs` and a `no-article` warning.
 * @throws {InvalidInputError} when the input or an option has the wrong type.
 * @throws {InputTooLargeError} when the input is over `maxInputBytes`.
 * @throws {UnsupportedInputError} when the input is HTML.
 */
export function cleanArticle(input: CleanInput, options?: Readonly<Options> | null): Article {
  // 1. Options and input first, so that limits apply before any work.
  const settings = normalizeOptions(options)
  const {text, url} = normalizeInput(input, settings.maxInputBytes)

  // 2. Lines become blocks, the unit every later step works on.
  const blocks = segmentText(text)
  const rules = RULES.filter((rule) => settings.rules[rule.name] !== false)

  // 3. Line rules once, without positions: what they name costs in the body
  //    search and cannot be the title.
  const proseAfter = countProseAfter(blocks)
  const decisions: Decisions = blocks.map(() => null)
  const lineContext: RuleContext = {blocks, titleIndex: -1, bodyStart: -1, bodyEnd: -1, proseAfter: (i) => proseAfter[i] ?? 0}
  applyRules(blocks, lineContext, rules.filter((rule) => !rule.positional), decisions)

  // 4. The body region, then the title above it: a headline is found by its
  //    place relative to the article, so the article is found first.
  //    A page with no prose at all (a list, a table, one truncated line) has
  //    no region: then the whole page is the region, and only rules remove.
  const dense = findBodyRegion(blocks, (i) => decisions[i] !== null)
  const region = dense.start >= 0 ? dense : {start: 0, end: blocks.length - 1, segments: [{start: 0, end: blocks.length - 1, weight: 0}]}
  const titleIndex = findTitle(
    blocks,
    region.start,
    (i) => decisions[i] !== null,
    (i) => {
      const reason = decisions[i]?.reason
      return reason !== undefined && NEXT_TO_TITLE.has(reason)
    }
  )
  const title = titleIndex >= 0 ? (blocks[titleIndex] as Block).text : null
  if (title !== null) {
    const key = matchKey(title)
    for (const block of blocks) {
      if (decisions[block.index] === null && matchKey(block.text) === key) decisions[block.index] = {reason: 'title', rule: 'title', start: block.index}
    }
  }

  // 5. Positional rules (menus outside the body, promos above the title), then
  //    the classifier for what no rule named, revised by neighbours.
  const context: RuleContext = {...lineContext, titleIndex, bodyStart: region.start, bodyEnd: region.end}
  applyRules(blocks, context, rules.filter((rule) => rule.positional), decisions)
  classifyRemaining(blocks, region, settings.strictness, decisions)

  // 6. The body, with its structure, and the dateline off its first paragraph.
  const body = buildBody(blocks, decisions)
  const dateline = takeDateline(body)

  // 7. Metadata from the body and from what was removed.
  const paragraphs = body.map((block) => block.text)
  const sample = sampleText(paragraphs, settings.languageSampleChars)
  const language = detectLanguage(sample)
  const removed = collectRemovals(blocks, decisions)
  const removedLines = blocks.flatMap((block) => {
    const tag = decisions[block.index]
    return tag ? [{text: block.text, reason: tag.reason, index: block.index}] : []
  })
  const authors = extractAuthors(removedLines.filter((line): line is AuthorLine => AUTHOR_REASONS.has(line.reason)))
  const publishedAt = extractPublishedAt(
    removedLines.filter((line) => line.reason === 'date' || line.reason === 'byline').map((line) => line.text),
    language
  )

  // 8. Output: the tree is the source of the Markdown; text joins paragraphs.
  const tree = toMdast(body)
  const bodyText = paragraphs.join('\n\n')
  const warnings: ArticleWarning[] = []
  if (paragraphs.length === 0) {
    warnings.push({code: 'no-article', message: blocks.length === 0 ? 'The input has no text.' : 'No article body was found in the input.'})
  } else if (language === null) {
    warnings.push({code: 'language-undetermined', message: 'The body is too short or too mixed to tell its language.'})
  }
  return {
    title,
    byline: formatByline(authors),
    authors,
    siteName: resolveSiteName(collectSiteClues(removed), url),
    publishedAt,
    dateline,
    language,
    direction: detectDirection(sample, language),
    archived: isArchived(removedLines.filter((line) => line.reason === 'archive-notice').map((line) => line.text)),
    captions: extractCaptions(removedLines.filter((line) => line.reason === 'caption').map((line) => line.text)),
    excerpt: makeExcerpt(body.find((block) => block.kind === 'paragraph')?.text),
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

/** Kept blocks, each with its place in the structure. */
function buildBody(blocks: readonly Block[], decisions: Decisions): BodyBlock[] {
  const body: BodyBlock[] = []
  for (const block of blocks) {
    if (decisions[block.index] !== null) continue
    let kind: BodyBlock['kind'] = 'paragraph'
    if (LIST_MARKER.test(block.text)) kind = 'list-item'
    else if (isLabelLike(block.text, MAX_HEADING_WORDS) && block.blankBefore && body.length > 0 && headsProse(blocks, decisions, block.index)) kind = 'heading'
    body.push({kind, text: block.text, index: block.index})
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
