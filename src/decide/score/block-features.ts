import type {Block} from '../../segment/block.js'
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
const CROSSED = ['kept', 'by-classifier', 'link-density', 'log-words', 'ends-sentence', 'near-kept-share', 'list-item', 'heading'] as const

/** The features' names, in the order of each row `blockFeatures` gives. */
export const BLOCK_FEATURES: readonly string[] = Object.freeze([
  ...OWN,
  ...CONTEXT,
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
 */
export function blockFeatures(blocks: readonly Block[], decisions: Decisions, pageType: PageType): Float64Array[] {
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
    const row = new Float64Array(BLOCK_FEATURES.length)
    let c = 0
    for (const name of OWN) row[c++] = own[name]
    for (const name of CONTEXT) row[c++] = context[name]
    for (let k = 0; k < KINDS.length; k++) row[c++] = k === kindIndex ? 1 : 0
    for (let k = 0; k < KINDS.length; k++) {
      for (const name of CROSSED) row[c++] = k === kindIndex ? (name in own ? own[name as keyof typeof own] : context[name as keyof typeof context]) : 0
    }
    return row
  })
}
