import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {assembleArticle, type ArticleParts} from '../article/assemble.js'
import {decisionKey, groupRemovals, type RemovedPiece} from '../article/removals.js'
import {createBlock, type Block} from '../blocks/block.js'
import type {Decisions} from '../classify/classify.js'
import {decideWithGuard} from '../decide/body-guard.js'
import {extractAuthors} from '../extract/authors.js'
import {standingFindings} from '../extract/page-facts.js'
import {extractPublishedDate} from '../extract/published-date.js'
import type {ResolvedOptions} from '../options.js'
import {decideBlocks} from '../pipeline/decide.js'
import type {Article, Caption} from '../types.js'
import {buildBodyTree} from './body.js'
import {figureCaptions} from './captions.js'
import {documentParts} from './hast.js'
import {findMainContent} from './main-content.js'
import {articleHeaderTest} from './metadata/article-header.js'
import {collectMarkup} from './metadata/collect.js'
import {resolveHtmlMetadata} from './metadata/index.js'
import {prunePage} from './prune/index.js'
import {segmentPage, type Unit} from './segment.js'
import {measurePage} from './stats.js'
import {htmlToMdast} from './to-mdast.js'

/** What cleaning an HTML tree gives: the article, and its body as hast (for the unified plugin). */
export interface HtmlCleaned {
  article: Article
  body: HastRoot
}

/** Units that a blank line separates from their neighbours in a rendering (`innerText` gives `<p>` two line breaks). */
const SPACED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'figure', 'figcaption', 'hr', 'section', 'article', 'header', 'footer'])
/** Text outside the container that no tree rule named. */
const OUTSIDE_RULE = 'main-content'

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** Membership of elements in a set of subtrees, memoised so that each element is looked up once. */
function subtreeTest(roots: ReadonlySet<Element>, parent: ReadonlyMap<Element, Element>): (element: Element) => boolean {
  const memo = new Map<Element, boolean>()
  return (element) => {
    const path: Element[] = []
    let answer = false
    for (let node: Element | undefined = element; node !== undefined; node = parent.get(node)) {
      const known = memo.get(node)
      if (known !== undefined) {
        answer = known
        break
      }
      if (roots.has(node)) {
        answer = true
        break
      }
      path.push(node)
    }
    for (const node of path) memo.set(node, answer)
    return answer
  }
}

function toBlock(unit: Unit, index: number, previous: Unit | undefined, next: Unit | undefined): Block {
  const spaced = (u: Unit | undefined): boolean => u === undefined || SPACED_TAGS.has(u.owner.tagName)
  const block = createBlock(index, unit.text, spaced(unit) || spaced(previous), spaced(unit) || spaced(next))
  const kind = unit.kind === 'pruned' ? 'text' : unit.kind
  block.html = {tag: unit.owner.tagName, kind, headingLevel: unit.depth, linkDensity: unit.chars === 0 ? 0 : unit.linkChars / unit.chars}
  return block
}

/**
 * Clean a parsed HTML document: prune the page furniture on the tree, find
 * the article container, let the shared block rules and classifier decide on
 * its blocks, and build the article from the kept nodes and the page's
 * metadata. The tree is read, not changed.
 *
 * @param tree A hast root from rehype-parse (depth already capped).
 * @param url The page's URL, or null.
 * @param settings Resolved options.
 */
export function cleanHtmlTree(
  tree: HastRoot,
  url: string | null,
  settings: Readonly<ResolvedOptions>,
  isRepeated?: (block: Block) => boolean
): HtmlCleaned {
  // 1. What the markup states, gathered before anything is pruned: the head and JSON-LD are never body.
  const hints = collectMarkup(tree)
  const {body} = documentParts(tree)
  if (body === null) {
    const decided = {decisions: [], titleIndex: -1, segments: [], language: null, listings: new Uint8Array(0), findings: []}
    const parts: ArticleParts = {input: 'html', url, hasText: false, blocks: [], decided, guarded: false, removed: [], tree: {type: 'root', children: []}, markup: null}
    return {article: assembleArticle(parts, settings), body: {type: 'root', children: []}}
  }

  // 2. Measure, then prune the furniture on the tree (recorded, not yet removed).
  const page = measurePage(body)
  const pruned = prunePage(body, page, {rules: settings.rules, keepComments: settings.comments})

  // 3. The page as units of text, and the article container among them.
  const {units, content} = segmentPage(body, pruned.records, true)
  const container = findMainContent(body, units, content, page.parent, (element) => pruned.records.has(element))
  const inContainer = subtreeTest(new Set(container.elements), page.parent)
  const inComments = subtreeTest(new Set(pruned.comments), page.parent)

  // 4. The container's units become blocks, and the shared stages decide them.
  const articleUnits: number[] = []
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit
    if (unit.pruned === null && inContainer(unit.owner) && !inComments(unit.owner)) articleUnits.push(i)
  }
  const blocks = articleUnits.map((u, i) => toBlock(units[u] as Unit, i, units[articleUnits[i - 1] ?? -1], units[articleUnits[i + 1] ?? -1]))
  const articleUnitList = articleUnits.map((u) => units[u] as Unit)
  const {decided, guarded} = decideWithGuard(
    blocks,
    (learned) => {
      const result = decideBlocks(blocks, settings, learned)
      reviseByStructure(blocks, articleUnitList, result.decisions, settings)
      return result
    },
    isRepeated
  )
  const {decisions, titleIndex} = decided

  // 5. Metadata: the markup first, then what the rules found in the region.
  const findings = standingFindings(decided.findings, (index) => decisions[index] !== null)
  const region = new Set<Element>(container.elements)
  const header = container.top === body ? undefined : page.parent.get(container.top)
  const inRegion = subtreeTest(header && header !== body ? new Set([...region, header]) : region, page.parent)
  const metadata = resolveHtmlMetadata(hints, url, {
    authors: extractAuthors(findings),
    // The body's language is not known yet: the date is read as English, and the markup's own dates come first.
    publishedAt: extractPublishedDate(findings, null),
    title: titleIndex >= 0 ? (blocks[titleIndex] as Block).text : null,
    inRegion,
    inFurniture: subtreeTest(new Set(pruned.records.keys()), page.parent),
    inArticleHeader: articleHeaderTest(body, articleUnits.map((u) => units[u] as Unit), page.parent)
  })

  // The headline repeated in the body (the article's <h1>) is the title, not
  // body; a block the text stages took for the title but which is not the
  // page's title is body again (HTML states its title in the markup).
  const titleKey = metadata.title === null ? null : squash(metadata.title)
  for (const block of blocks) {
    const tag = decisions[block.index]
    // Only a kept heading or a block taken for the title can change: the others are not compared.
    const heading = tag === null && block.html?.kind === 'heading'
    if (!heading && tag?.rule !== 'title') continue
    const same = titleKey !== null && squash(block.text) === titleKey
    if (heading && same) decisions[block.index] = {reason: 'title', rule: 'title', start: block.index}
    else if (tag?.rule === 'title' && !same) decisions[block.index] = null
  }

  // 6. The removals, in page order: pruned subtrees, text outside the container, blocks decided away.
  const skip = new Set<ElementContent>()
  const kept = new Set<ElementContent>()
  const localIndex = new Map<number, number>()
  articleUnits.forEach((u, i) => localIndex.set(u, i))
  const pieces: (RemovedPiece | null)[] = []
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit
    const local = localIndex.get(i)
    if (unit.pruned !== null) {
      pieces.push({text: unit.text, reason: unit.pruned.reason, rule: unit.pruned.rule, key: `p${i}`, index: i})
    } else if (local === undefined) {
      pieces.push(settings.comments && inComments(unit.owner) ? null : {text: unit.text, reason: 'low-content', rule: OUTSIDE_RULE, key: 'outside', index: i})
    } else {
      const tag = decisions[local]
      const target = tag ? skip : kept
      for (const node of unit.nodes) target.add(node)
      pieces.push(tag ? {text: unit.text, reason: tag.reason, rule: tag.rule, key: decisionKey(tag.start, tag.rule), index: i} : null)
    }
  }
  const removed = groupRemovals(pieces)
  for (const node of kept) skip.delete(node)

  // 7. The body: the container's nodes without what was removed, then Markdown's tree.
  const bodyElements = settings.comments ? [...container.elements, ...pruned.comments.filter((element) => !inContainer(element))] : container.elements
  const bodyTree = buildBodyTree(bodyElements, (node) => skip.has(node) || (node.type === 'element' && pruned.records.has(node)) || (!settings.captions && node.type === 'element' && node.tagName === 'figcaption'), metadata.base)
  const captions: Caption[] = figureCaptions(units.filter((unit, i) => unit.kind === 'caption' && (localIndex.has(i) || unit.pruned === null) && inContainer(unit.owner)).map((unit) => unit.owner))
  const parts: ArticleParts = {
    input: 'html',
    url,
    hasText: units.length > 0,
    blocks,
    decided,
    guarded,
    removed,
    tree: htmlToMdast(bodyTree, {base: metadata.base, images: settings.images, links: settings.links, tables: settings.tables}),
    markup: {metadata, captions}
  }
  const article = assembleArticle(parts, settings)
  return {article, body: bodyTree}
}

/** Link density at which the markup no longer vouches for a block the classifier removed. */
const MAX_VOUCHED_LINK_DENSITY = 0.5
/**
 * For a list item, higher: an item with words of its own besides its link
 * ("Name <link>fixed this</link>", fixture html-blog-linked-list) is a line
 * of the article's list; an item that is only a link is not vouched for.
 */
const MAX_VOUCHED_ITEM_LINK_DENSITY = 0.9
/**
 * Decisions that guess structure from the layout of lines (a dump has no
 * other evidence): the classifier's low-content, a short line above the
 * headline taken for a promo, a run of short lines taken for a menu. In the
 * HTML container the markup says what a block is, so these do not stand.
 */
const LAYOUT_GUESSES = new Set(['classifier', 'header-promo', 'menu-run'])

/**
 * Structure outranks the text stages' layout guesses inside the container:
 * the container was chosen by its markup and prose, so a block there that
 * was taken for low content, a promo or a menu (a short paragraph, a list
 * item, a subheading) is kept unless it is mostly links. Rules that name a
 * kind of boilerplate by its words still remove it. On the corpus the
 * classifier's own removals inside the container cost 0.018 body F1 (0.918
 * with them, 0.936 without). A figure's caption stays under its image when
 * `captions` is on (it is in `captions` either way); with `tables: false`,
 * tables go.
 */
function reviseByStructure(blocks: readonly Block[], units: readonly Unit[], decisions: Decisions, settings: Readonly<ResolvedOptions>): void {
  for (const block of blocks) {
    const unit = units[block.index] as Unit
    if (unit.kind === 'table' && !settings.tables) {
      decisions[block.index] = {reason: 'low-content', rule: 'tables-option', start: block.index}
      continue
    }
    const tag = decisions[block.index]
    if (tag === null || tag === undefined) continue
    const vouched = unit.kind === 'list-item' ? MAX_VOUCHED_ITEM_LINK_DENSITY : MAX_VOUCHED_LINK_DENSITY
    if (LAYOUT_GUESSES.has(tag.rule) && (block.html?.linkDensity ?? 0) < vouched) decisions[block.index] = null
    else if (tag.reason === 'caption' && unit.kind === 'caption' && settings.captions) decisions[block.index] = null
  }
}
