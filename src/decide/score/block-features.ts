import type {Element} from 'hast'
import type {Block} from '../../segment/block.js'
import {classWeight} from '../../segment/html/main-content.js'
import {linkDensity, type PageStats} from '../../segment/html/measure-page.js'
import type {PageType} from '../../types.js'
import type {Decisions} from '../classify/classify-blocks.js'
import {decisionKind} from '../stage.js'

/**
 * What the block scorer (src/decide/stages/block-scorer.ts) knows of a block:
 * the measures the pipeline already took (`Block.measures`, the markup's
 * kind and link density), where the block stands, what the stages before
 * decided about it and its neighbours, and the kind of page. Nothing is
 * measured again here; every value is a plain number, mostly in [0, 1] or a
 * log of a count, so one linear model can weigh them.
 */
const OWN = [
  'log-words',
  'log-paragraph-words',
  'ends-sentence',
  'upper-share',
  'capitalized-share',
  'digit-share',
  'link-like',
  'link-density',
  'heading',
  'list-item',
  'table',
  'pre',
  'caption',
  'quote',
  'kept',
  'by-classifier',
  'by-rule',
  'title'
] as const

/**
 * What the markup around an HTML block says, from the measures the HTML path
 * took (`measurePage`, `classWeight`); absent for a dump's lines.
 */
export interface BlockMarkupContext {
  /** The `class`/`id` weights of the block's element and its ancestors, in units of one class word. */
  classWeight: number
  /** Link density and prose share of the block's parent element, and of the element `ANCESTOR_LEVELS` above it. */
  parentLinkDensity: number
  parentProseShare: number
  ancestorLinkDensity: number
  ancestorProseShare: number
}

const MARKUP = ['class-weight', 'parent-link-density', 'parent-prose-share', 'ancestor-link-density', 'ancestor-prose-share'] as const

/** How far up the ancestors' class words count, and where the wider ancestor is measured: a card's or a post's wrapper is a few levels up. */
const ANCESTOR_LEVELS = 3
/** The weight `classWeight` gives one class word. */
const CLASS_WORD_WEIGHT = 25

/** The markup context of the element that owns a block. */
export function blockMarkupContext(owner: Element, page: PageStats): BlockMarkupContext {
  let weight = classWeight(owner)
  let element: Element | undefined = owner
  const parent = page.parent.get(owner)
  for (let level = 0; level < ANCESTOR_LEVELS && element !== undefined; level++) {
    element = page.parent.get(element)
    if (element !== undefined) weight += classWeight(element)
  }
  const measure = (at: Element | undefined): [number, number] => {
    const stats = at === undefined ? undefined : page.stats.get(at)
    return stats === undefined ? [0, 0] : [linkDensity(stats), stats.chars === 0 ? 0 : stats.proseChars / stats.chars]
  }
  const [parentLinkDensity, parentProseShare] = measure(parent)
  const [ancestorLinkDensity, ancestorProseShare] = measure(element)
  return {classWeight: weight / CLASS_WORD_WEIGHT, parentLinkDensity, parentProseShare, ancestorLinkDensity, ancestorProseShare}
}

/** Context: the block's neighbours and the page around it. */
const CONTEXT = [
  'position',
  'log-blocks',
  'page-kept-share',
  'word-share',
  'prev-kept',
  'next-kept',
  'near-kept-share',
  'near-link-density',
  'near-log-words',
  'log-distance-to-kept'
] as const

/** The kinds other than 'article', each one-hot and crossed with the features below: a kind's content looks different. */
const KINDS: readonly PageType[] = ['forum', 'product', 'collection', 'listing', 'documentation', 'service']
const CROSSED = ['kept', 'by-classifier', 'link-density', 'log-words', 'ends-sentence', 'near-kept-share', 'list-item', 'heading', 'class-weight', 'parent-link-density', 'parent-prose-share'] as const

/** The features' names, in the order of each row `blockFeatures` gives. */
export const BLOCK_FEATURES: readonly string[] = Object.freeze([
  ...OWN,
  ...CONTEXT,
  ...MARKUP,
  ...KINDS.map((kind) => `kind:${kind}`),
  ...KINDS.flatMap((kind) => CROSSED.map((name) => `${kind}:${name}`))
])

/** How many blocks on each side make a block's neighbourhood. */
const NEAR_BLOCKS = 3

function ownFeatures(block: Block, tag: Decisions[number] | undefined): Record<(typeof OWN)[number], number> {
  const m = block.measures
  const kind = block.html?.kind
  const decided = decisionKind(tag)
  return {
    'log-words': Math.log1p(m.words),
    'log-paragraph-words': Math.log1p(block.paragraph.words),
    'ends-sentence': m.endsSentence ? 1 : 0,
    'upper-share': m.upperShare,
    'capitalized-share': m.capitalizedShare,
    'digit-share': m.digitShare,
    'link-like': m.hasLinkLike ? 1 : 0,
    'link-density': block.html?.linkDensity ?? 0,
    heading: kind === 'heading' ? 1 : 0,
    'list-item': kind === 'list-item' ? 1 : 0,
    table: kind === 'table' ? 1 : 0,
    pre: kind === 'pre' ? 1 : 0,
    caption: kind === 'caption' ? 1 : 0,
    quote: kind === 'quote' ? 1 : 0,
    kept: decided === 'kept' ? 1 : 0,
    'by-classifier': decided === 'classifier' ? 1 : 0,
    'by-rule': decided === 'rule' || decided === 'repeated-across-pages' ? 1 : 0,
    title: decided === 'title' ? 1 : 0
  }
}

/**
 * One row of `BLOCK_FEATURES` per block.
 *
 * @param decisions The decisions of the stages that ran before the scorer.
 * @param markup Each block's markup context (HTML), or none.
 */
export function blockFeatures(blocks: readonly Block[], decisions: Decisions, pageType: PageType, markup?: readonly BlockMarkupContext[]): Float64Array[] {
  const n = blocks.length
  const kept = decisions.map((tag) => (tag === null ? 1 : 0))
  const keptCount = kept.reduce<number>((a, b) => a + b, 0)
  const totalWords = blocks.reduce((sum, block) => sum + block.measures.words, 0)
  // Distance to the nearest kept block, from both sides.
  const distance = new Float64Array(n).fill(n)
  for (let i = 0, last = -Infinity; i < n; i++) {
    if (kept[i] === 1) last = i
    distance[i] = i - last
  }
  for (let i = n - 1, next = Infinity; i >= 0; i--) {
    if (kept[i] === 1) next = i
    distance[i] = Math.min(distance[i] as number, next - i)
  }
  const kindIndex = KINDS.indexOf(pageType)
  return blocks.map((block, i) => {
    const own = ownFeatures(block, decisions[i])
    let nearKept = 0
    let nearLinks = 0
    let nearWords = 0
    let near = 0
    for (let j = Math.max(0, i - NEAR_BLOCKS); j <= Math.min(n - 1, i + NEAR_BLOCKS); j++) {
      if (j === i) continue
      const other = blocks[j] as Block
      near++
      nearKept += kept[j] as number
      nearLinks += other.html?.linkDensity ?? 0
      nearWords += Math.log1p(other.measures.words)
    }
    const context: Record<(typeof CONTEXT)[number], number> = {
      position: n <= 1 ? 0 : i / (n - 1),
      'log-blocks': Math.log1p(n),
      'page-kept-share': n === 0 ? 0 : keptCount / n,
      'word-share': totalWords === 0 ? 0 : block.measures.words / totalWords,
      'prev-kept': i > 0 ? (kept[i - 1] as number) : 0,
      'next-kept': i < n - 1 ? (kept[i + 1] as number) : 0,
      'near-kept-share': near === 0 ? 0 : nearKept / near,
      'near-link-density': near === 0 ? 0 : nearLinks / near,
      'near-log-words': near === 0 ? 0 : nearWords / near,
      'log-distance-to-kept': Math.log1p(Math.min(distance[i] as number, n))
    }
    const around = markup?.[i]
    const marked: Record<(typeof MARKUP)[number], number> = {
      'class-weight': around?.classWeight ?? 0,
      'parent-link-density': around?.parentLinkDensity ?? 0,
      'parent-prose-share': around?.parentProseShare ?? 0,
      'ancestor-link-density': around?.ancestorLinkDensity ?? 0,
      'ancestor-prose-share': around?.ancestorProseShare ?? 0
    }
    const all: Record<string, number> = {...own, ...context, ...marked}
    const row = new Float64Array(BLOCK_FEATURES.length)
    let c = 0
    for (const name of [...OWN, ...CONTEXT, ...MARKUP]) row[c++] = all[name] as number
    for (let k = 0; k < KINDS.length; k++) row[c++] = k === kindIndex ? 1 : 0
    for (let k = 0; k < KINDS.length; k++) for (const name of CROSSED) row[c++] = k === kindIndex ? (all[name] as number) : 0
    return row
  })
}
