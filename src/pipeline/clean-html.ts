import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {assembleArticle, type ArticleParts} from '../article/assemble.js'
import {decisionKey, groupRemovals, type RemovedPiece} from '../article/removals.js'
import {createBlock, type Block, type BlockMarkup} from '../segment/block.js'
import {guessHtmlPageType} from '../decide/classify/page-type.js'
import {decideWithGuard} from '../decide/body-guard.js'
import {isCardKind, keepCards} from '../decide/stages/keep-cards.js'
import {decideMarkupTitle} from '../decide/stages/markup-title.js'
import {removePostFurniture} from '../decide/stages/post-furniture.js'
import {scoreBlocks} from '../decide/stages/block-scorer.js'
import {blockMarkupContext, type BlockMarkupContext} from '../decide/score/block-features.js'
import {reviseByStructure} from '../decide/stages/structure-revision.js'
import {extractAuthors} from '../extract/authors.js'
import {standingFindings} from '../extract/page-facts.js'
import {extractPublishedDate} from '../extract/published-date.js'
import type {ResolvedOptions} from '../options.js'
import {decideBlocks} from '../decide/decide-blocks.js'
import type {Article, Caption} from '../types.js'
import {buildBodyTree} from '../article/html-body-tree.js'
import {figureCaptions} from '../extract/markup/figure-captions.js'
import {documentParts} from '../segment/html/hast.js'
import {cardNumbers, findCardGrids, releaseCardGrids, widenContainer} from '../segment/html/kinds/cards.js'
import {htmlKind} from '../segment/html/kinds/index.js'
import {productRoot, productSections} from '../segment/html/kinds/product.js'
import {addProductDescription} from '../segment/html/kinds/product-description.js'
import {readProductDescription} from '../extract/markup/json-ld.js'
import {findMainContent} from '../segment/html/main-content.js'
import {withNoscriptContent} from '../segment/html/noscript-content.js'
import {articleHeaderTest} from '../extract/markup/article-header.js'
import {collectMarkup} from '../extract/markup/collect-markup.js'
import {headerBylineFinder, headerDateFinder} from '../extract/markup/header-lines.js'
import {resolveHtmlMetadata} from '../extract/markup/resolve-markup.js'
import {prunePage} from '../segment/html/prune/prune-page.js'
import {segmentPage, type Unit} from '../segment/html/segment-page.js'
import {measurePage, subtreeTest, type SubtreeTest} from '../segment/html/measure-page.js'
import {htmlToMdast} from '../article/html-to-mdast.js'
import {checkDeadline} from '../util/deadline.js'

/** What cleaning an HTML tree gives: the article, and its body as hast (for the unified plugin), null when not asked for. */
export interface HtmlCleaned {
  article: Article
  body: HastRoot | null
}

/** Units that a blank line separates from their neighbours in a rendering (`innerText` gives `<p>` two line breaks). */
const SPACED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'figure', 'figcaption', 'hr', 'section', 'article', 'header', 'footer'])
/** Text outside the container that no tree rule named. */
const OUTSIDE_RULE = 'main-content'

function isSpaced(unit: Unit | undefined): boolean {
  return unit === undefined || SPACED_TAGS.has(unit.owner.tagName)
}

/**
 * A unit as a block. The markup facts of blocks without link text are one
 * object per tag, kind and level, shared through `shared` (one map per
 * page): a page's blocks have few of them, and an object per block lived
 * through the clean (issue 22). No stage changes a block's facts.
 */
function toBlock(unit: Unit, index: number, previous: Unit | undefined, next: Unit | undefined, shared: Map<string, BlockMarkup>): Block {
  const spaced = isSpaced(unit)
  const block = createBlock(index, unit.text, spaced || isSpaced(previous), spaced || isSpaced(next))
  const kind = unit.kind === 'pruned' ? 'text' : unit.kind
  const tag = unit.owner.tagName
  if (unit.linkChars === 0 || unit.chars === 0) {
    const key = `${tag} ${kind} ${unit.depth}`
    let markup = shared.get(key)
    if (markup === undefined) {
      markup = {tag, kind, headingLevel: unit.depth, linkDensity: 0}
      shared.set(key, markup)
    }
    block.html = markup
  } else block.html = {tag, kind, headingLevel: unit.depth, linkDensity: unit.linkChars / unit.chars}
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
 * @param wantBody Whether the body's hast is returned; when it is not, the
 *   Markdown conversion may change it instead of copying it.
 * @param ownsTree Whether `tree` is this clean's own (parsed for it, read by
 *   no one after): with no body wanted, the body then shares the tree's
 *   nodes where it leaves them as they are, and the conversion changes them.
 */
export function cleanHtmlTree(
  tree: HastRoot,
  url: string | null,
  settings: Readonly<ResolvedOptions>,
  isRepeated?: (block: Block) => boolean,
  wantBody = true,
  ownsTree = false
): HtmlCleaned {
  // 1. What the markup states, gathered before anything is pruned: the head and JSON-LD are never body.
  const hints = collectMarkup(tree)
  // The kind of page decides what its main content is, so it comes before pruning.
  const pageType = settings.pageType ?? guessHtmlPageType(tree, hints, url)
  checkDeadline('metadata')
  const {body: parsedBody} = documentParts(tree)
  // A page whose content is only in its `<noscript>` fallback is read as a browser with scripts off shows it.
  const body = parsedBody && withNoscriptContent(parsedBody)
  if (body === null) {
    const decided = {decisions: [], titleIndex: -1, segments: [], language: null, listings: new Uint8Array(0), findings: []}
    const parts: ArticleParts = {input: 'html', url, hasText: false, pageType, blocks: [], decided, guarded: false, removed: [], tree: {type: 'root', children: []}, markup: null}
    return {article: assembleArticle(parts, settings), body: {type: 'root', children: []}}
  }

  // 2. Measure, then prune the furniture on the tree (recorded, not yet removed).
  const page = measurePage(body)
  const kind = htmlKind(pageType)
  const pruned = prunePage(body, page, {rules: settings.rules, keepComments: settings.comments, ruleSet: kind.pruneRules, pageType, bestGuess: settings.strictness !== 'precision'})
  // A collection's or a listing's cards are its content, wherever the article rules put them.
  const grids = isCardKind(pageType) ? findCardGrids(body, page, pruned.records) : []
  releaseCardGrids(grids, page, pruned.records)
  checkDeadline('prune')

  // 3. The page as units of text, and the article container among them (the grids of cards, when there are).
  const {units, content} = segmentPage(body, pruned.records, true, page.order)
  const articleContainer = kind.container(body, content) ?? findMainContent(body, units, content, page.parent, (element) => pruned.records.has(element), pageType === 'forum')
  // A product page's name, price, description and specifications: the wrapper of the name and the best candidate.
  const root = pageType === 'product' ? productRoot(body, articleContainer, page, pruned.records) : null
  // And its description and specifications where they lie apart from it (tabs, an accordion).
  const sections = pageType === 'product' ? productSections(body, page, pruned.records) : []
  const container = widenContainer(articleContainer, root ? [...grids, root, ...sections] : [...grids, ...sections], page)
  const inContainer = subtreeTest(page.order, container.elements)
  const inGridTest = subtreeTest(page.order, grids)
  const inComments = subtreeTest(page.order, pruned.comments)
  checkDeadline('main-content')

  // 4. The container's units become blocks, and the shared stages decide them.
  // Each unit knows its owner's position in the measured page, for every membership question below.
  const owns = (test: SubtreeTest, u: number): boolean => test.at((units[u] as Unit).ownerAt)
  const articleUnits: number[] = []
  for (let i = 0; i < units.length; i++) {
    if ((units[i] as Unit).pruned === null && owns(inContainer, i) && !owns(inComments, i)) articleUnits.push(i)
  }
  const sharedMarkup = new Map<string, BlockMarkup>()
  const blocks = articleUnits.map((u, i) => toBlock(units[u] as Unit, i, units[articleUnits[i - 1] ?? -1], units[articleUnits[i + 1] ?? -1], sharedMarkup))
  const unitKinds = articleUnits.map((u) => (units[u] as Unit).kind)
  const cardOf = grids.length > 0 ? cardNumbers(grids, page) : null
  const cards = cardOf === null ? [] : articleUnits.map((u) => (owns(inGridTest, u) ? cardOf((units[u] as Unit).owner) : -1))
  const {decided, guarded} = decideWithGuard(
    blocks,
    (learned) => {
      const shared = decideBlocks(blocks, {...settings, pageType}, learned)
      const revised = reviseByStructure(blocks, unitKinds, shared.decisions, settings)
      const decisions = cardOf !== null ? keepCards(revised, cards) : revised
      const furnished = pageType === 'forum' ? removePostFurniture(blocks, decisions) : decisions
      // Last, the learned scorer, on the kinds where it helped out of fold.
      const markup = (): BlockMarkupContext[] => articleUnits.map((u) => blockMarkupContext((units[u] as Unit).owner, page))
      return {...shared, decisions: scoreBlocks(blocks, furnished, pageType, markup, settings.blockScoring)}
    },
    isRepeated
  )
  const {decisions, titleIndex} = decided
  checkDeadline('decide')

  // 5. Metadata: the markup first, then what the rules found in the region.
  const findings = standingFindings(decided.findings, (index) => decisions[index] !== null)
  const region = new Set<Element>(container.elements)
  const header = container.top === body ? undefined : page.parent.get(container.top)
  const inRegion = subtreeTest(page.order, header && header !== body ? [...region, header] : region)
  const metadata = resolveHtmlMetadata(hints, url, {
    authors: extractAuthors(findings),
    // The body's language is not known yet: the date is read as English, and the markup's own dates come first.
    publishedAt: extractPublishedDate(findings, null),
    title: titleIndex >= 0 ? (blocks[titleIndex] as Block).text : null,
    heading: blocks.find((block) => block.html?.kind === 'heading')?.text ?? null,
    inRegion,
    inFurniture: subtreeTest(page.order, pruned.records.keys()),
    inArticleHeader: articleHeaderTest(body, articleUnits.map((u) => units[u] as Unit), page.parent),
    headerDate: headerDateFinder(units),
    headerByline: headerBylineFinder(units)
  }, pageType)

  // The markup names the title: its headline in the body is the title, and a block the text stages took for one is body.
  const final = decideMarkupTitle(blocks, decided, metadata.title)

  // 6. The removals, in page order: pruned subtrees, text outside the container, blocks decided away.
  const skip = new Set<ElementContent>()
  // Each unit's block index, -1 outside the article.
  const localIndex = new Int32Array(units.length).fill(-1)
  articleUnits.forEach((u, i) => (localIndex[u] = i))
  const pieces: (RemovedPiece | null)[] = []
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit
    const local = localIndex[i] as number
    if (unit.pruned !== null) {
      pieces.push({text: unit.text, reason: unit.pruned.reason, rule: unit.pruned.rule, key: `p${i}`, index: i})
    } else if (local === -1) {
      pieces.push(settings.comments && owns(inComments, i) ? null : {text: unit.text, reason: 'low-content', rule: OUTSIDE_RULE, key: 'outside', index: i})
    } else {
      const tag = final.decisions[local]
      if (tag) for (const node of unit.nodes) skip.add(node)
      pieces.push(tag ? {text: unit.text, reason: tag.reason, rule: tag.rule, key: decisionKey(tag.start, tag.rule), index: i, score: tag.score} : null)
    }
  }
  const removed = groupRemovals(pieces)
  // A node that a kept unit shares (an inline element across a `<br><br>`)
  // stays. Only when something was removed: a set of every kept node cost a
  // map entry per paragraph on pages that keep them all (issue 22).
  if (skip.size > 0) {
    articleUnits.forEach((u, local) => {
      if (!final.decisions[local]) for (const node of (units[u] as Unit).nodes) skip.delete(node)
    })
  }
  checkDeadline('removals')

  // 7. The body: the container's nodes without what was removed, then Markdown's tree.
  const bodyElements = settings.comments ? [...container.elements, ...pruned.comments.filter((element) => !inContainer(element))] : container.elements
  // The captions are read first: with a shared body, the conversion changes the tree's text.
  const captions: Caption[] = figureCaptions(units.filter((unit, i) => unit.kind === 'caption' && (localIndex[i] !== -1 || unit.pruned === null) && owns(inContainer, i)).map((unit) => unit.owner))
  const bodyTree = buildBodyTree(bodyElements, (node) => skip.has(node) || (node.type === 'element' && pruned.records.has(node)) || (!settings.captions && node.type === 'element' && node.tagName === 'figcaption'), metadata.base, ownsTree && !wantBody)
  checkDeadline('body')
  const mdTree = htmlToMdast(bodyTree, {base: metadata.base, images: settings.images, links: settings.links, tables: settings.tables}, !wantBody)
  if (pageType === 'product') addProductDescription(mdTree, readProductDescription(hints.jsonLd))
  checkDeadline('markdown')
  const parts: ArticleParts = {
    input: 'html',
    url,
    hasText: units.length > 0,
    pageType,
    blocks,
    decided: final,
    guarded,
    lowConfidence: pruned.spared.length > 0,
    removed,
    tree: mdTree,
    markup: {metadata, captions}
  }
  const article = assembleArticle(parts, settings)
  return {article, body: wantBody ? bodyTree : null}
}
