import type {Root} from 'mdast'
import type {Block} from '../segment/block.js'
import type {HtmlMetadata} from '../extract/markup/resolve-markup.js'
import {extractAuthors, formatByline} from '../extract/authors.js'
import {extractCaptions, extractHeadline, extractSiteClues, isArchived, standingFindings} from '../extract/page-facts.js'
import {extractPublishedDate} from '../extract/published-date.js'
import {findDateline} from '../extract/dateline.js'
import {detectDirection, detectLanguage} from '../language/detect-language.js'
import {sampleHeaviest} from '../language/sample-heaviest.js'
import {resolveSiteName} from '../extract/site-name.js'
import type {ResolvedOptions} from '../options.js'
import {countWords, makeExcerpt} from './text-measures.js'
import {toMarkdown} from '../markdown/to-markdown.js'
import type {Decided} from '../decide/decide-blocks.js'
import type {Article, ArticleWarning, Caption, Dateline, PageType, Removal} from '../types.js'
import {checkDeadline} from '../util/deadline.js'
import {tidyWhitespace} from '../util/whitespace.js'
import {firstParagraph, paragraphsOf, toString, trimParagraphStart} from './tree-text.js'

/** What the HTML markup states beside the blocks: its metadata (already cross-checked with the rules' findings) and its figures' captions. */
export interface MarkupFacts {
  metadata: HtmlMetadata
  captions: Caption[]
}

/**
 * What both inputs reduce a page to before the article is built: the
 * blocks and their decisions, the removals, the body as mdast, and, for
 * HTML, what the markup states. The article is made from this alone.
 */
export interface ArticleParts {
  /** Which input the page came as (the no-article warning names it). */
  input: 'text' | 'html'
  url: string | null
  /** Whether the input had any text to read at all. */
  hasText: boolean
  /** The kind of page it was cleaned as. */
  pageType: PageType
  blocks: readonly Block[]
  decided: Decided
  /** True when the body guard kept lines learned as the site's furniture (see `decideWithGuard`). */
  guarded: boolean
  /** True when the body is the cleaner's best guess, kept so that a page with text does not come back empty. */
  lowConfidence?: boolean
  /** Every removal, grouped, in page order. */
  removed: Removal[]
  /** The body, its dateline still at the head of its first paragraph. */
  tree: Root
  /** `null` for a text dump, which states no markup. */
  markup: MarkupFacts | null
}

const NO_ARTICLE: Readonly<Record<ArticleParts['input'], {empty: string; unfound: string}>> = {
  text: {empty: 'The input has no text.', unfound: 'No article body was found in the input.'},
  html: {empty: 'The document has no visible text.', unfound: 'No article body was found in the document.'}
}

/**
 * Build the article from a page's parts, the same way for both inputs:
 * `paragraphs`, `text`, `excerpt`, `wordCount` and `markdown` all come from
 * the one mdast `tree`, the dateline is taken off its first paragraph, and
 * the warnings are written here only.
 *
 * @param parts What the text or HTML path decided (see {@link ArticleParts}).
 * @param settings Resolved options.
 * @returns The article.
 */
export function assembleArticle(parts: ArticleParts, settings: Readonly<ResolvedOptions>): Article {
  const {tree, markup} = parts
  const metadata = markup?.metadata ?? null
  // The dateline is metadata: the paragraph starts after its dash.
  const dateline = takeDateline(tree)
  const paragraphs = paragraphsOf(tree)
  const sample = sampleHeaviest(paragraphs, (paragraph) => paragraph.length, (paragraph) => paragraph, settings.languageSampleChars)
  // The markup's language when it states one; else the body's, which the
  // text path has already read off the lines no rule named.
  const language = metadata === null ? parts.decided.language : (metadata.language ?? detectLanguage(sample))
  const {decisions, titleIndex} = parts.decided
  const findings = standingFindings(parts.decided.findings, (index) => decisions[index] !== null)
  checkDeadline('metadata')

  // The markup's metadata was settled with the findings (see resolveHtmlMetadata); a dump has only the findings.
  const title = metadata !== null ? metadata.title : titleIndex >= 0 ? (parts.blocks[titleIndex] as Block).text : extractHeadline(findings)
  const authors = metadata === null ? extractAuthors(findings) : metadata.authors
  const first = firstParagraph(tree)
  const warnings: ArticleWarning[] = []
  if (paragraphs.length === 0) warnings.push({code: 'no-article', message: parts.hasText ? NO_ARTICLE[parts.input].unfound : NO_ARTICLE[parts.input].empty})
  else if (language === null) warnings.push({code: 'language-undetermined', message: 'The body is too short or too mixed to tell its language.'})
  if (parts.lowConfidence === true && paragraphs.length > 0) {
    warnings.push({code: 'low-confidence', message: 'What looked like page furniture held all of the page\'s text; the body is the best guess at its content.'})
  }
  if (parts.guarded) {
    warnings.push({code: 'body-guard', message: 'Every line of the page recurs on other pages of its site; the learned lines were kept so that the body is not lost.'})
  }
  return {
    title,
    byline: formatByline(authors),
    authors,
    siteName: metadata?.siteName ?? resolveSiteName(extractSiteClues(findings), parts.url),
    publishedAt: metadata === null ? extractPublishedDate(findings, language) : metadata.publishedAt,
    // A dump states no modification date, canonical URL or lead image.
    modifiedAt: metadata?.modifiedAt ?? null,
    dateline,
    language,
    direction: metadata?.direction ?? detectDirection(sample, language),
    archived: isArchived(findings),
    pageType: parts.pageType,
    captions: markup?.captions ?? extractCaptions(findings),
    // The first paragraph is the lead; a body without one (a list, a table) starts with its first block.
    excerpt: metadata?.excerpt ?? makeExcerpt(first === null ? paragraphs[0] : tidyWhitespace(toString(first))),
    canonicalUrl: metadata?.canonicalUrl ?? null,
    image: metadata?.image ?? null,
    tree,
    paragraphs,
    text: paragraphs.join('\n\n'),
    markdown: toMarkdown(tree, title),
    wordCount: countWords(paragraphs, language),
    removed: parts.removed,
    warnings
  }
}

/** Take the dateline off the body's first paragraph. */
function takeDateline(tree: Root): Dateline | null {
  const first = firstParagraph(tree)
  if (first === null) return null
  const found = findDateline(toString(first).replace(/\s+/g, ' ').trim())
  if (found === null) return null
  trimParagraphStart(first, found.rest)
  return found.dateline
}
