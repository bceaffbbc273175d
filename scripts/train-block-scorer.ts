/**
 * `npm run train:blocks`: learn the block scorer (src/decide/stages/block-scorer.ts)
 * on WCXB's development split (HTML), report it out of fold, and write
 * src/decide/score/block-models.json.
 *
 * 1. Labels. Each page is cleaned with the scorer off; the blocks and the
 *    decisions it would have seen are recorded. A block is main content when
 *    most of its word n-grams (trigrams; the whole block when shorter) occur
 *    in the page's reference text.
 * 2. Learning. Only the blocks the scorer may change (kept, or removed by the
 *    classifier) are learned from, each weighted by its share of its page's
 *    words, so that every page counts once, as in the metric (mean over pages).
 * 3. Gates. Per kind of page (as guessed, the kind the cleaner acts on), the
 *    thresholds that best raise the pages' word F1, estimated from the
 *    recorded run: removing a block takes its tokens out of the output and
 *    its matched share out of the overlap. A kind where no threshold helps is
 *    left to the rules.
 * 4. Out of fold. For each domain fold (eval/wcxb.ts), the model and gates
 *    learned on the other four clean its pages again; pooled, those are the
 *    figures that count, printed per kind beside the scorer-off run and the
 *    in-sample run.
 *
 * Options: `--check` reports without writing the model; `--estimate-only`
 * skips the cleaning of step 4 and prints only the estimates (from the
 * recorded run) out of fold; `--cache=<file>` keeps the recorded run in a
 * file between runs (delete it when the pipeline or the features change).
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {deserialize, serialize} from 'node:v8'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {cleanWithSettings} from '../src/clean-article.js'
import {normalizeOptions} from '../src/options.js'
import type {Block} from '../src/segment/block.js'
import type {Decisions} from '../src/decide/classify/classify-blocks.js'
import {BLOCK_FEATURES, blockFeatures, type BlockMarkupContext} from '../src/decide/score/block-features.js'
import {blockScore, type BlockGate, type BlockModel} from '../src/decide/score/block-model.js'
import {mayDrop, type BlockScoring} from '../src/decide/stages/block-scorer.js'
import {decisionKind} from '../src/decide/stage.js'
import {PAGE_TYPES} from '../src/decide/classify/page-type.js'
import type {PageType} from '../src/types.js'
import {FOLDS, loadWcxb, readInput, wcxbDir, type WcxbPage} from '../eval/wcxb.js'
import {scoreWcxbPage, wcxbTokens, type WcxbPageScore} from '../eval/wcxb-metric.js'
import {learnBlockModel} from './block-scorer-learner.js'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const MODEL_PATH = join(repoRoot, 'src', 'decide', 'score', 'block-models.json')

/** A block is main content when at least this share of its n-grams is in the reference. */
const MIN_CONTAINED_SHARE = 0.5
/** The n of the n-grams (shorter blocks: their whole token run). */
const NGRAM = 3
/**
 * A gate must raise its kind's estimated mean F1 by at least this much on the
 * pages it is chosen on: a smaller gain on a kind of 70 to 90 pages is as
 * likely the noise of a few pages as a pattern (out of fold, gates chosen at
 * any gain lost F1 on collections and listings).
 */
const MIN_GATE_GAIN = 0.005
/**
 * The kinds (as guessed) the shipped scorer may decide on. Gates chosen on
 * four folds for every kind, scored on the fifth (estimated, pooled): forum
 * 0.755 -> 0.768, article, documentation and service unchanged (±0.001),
 * product 0.486 -> 0.481, collection 0.624 -> 0.623, listing 0.577 -> 0.572.
 * On the card kinds and products the content the rules keep and the
 * furniture they keep with it (other products, teasers) look alike to the
 * features here, so there the scorer learns the training sites, not the kind.
 * `npm run train:blocks` prints both: every kind gated, and these only.
 */
const GATED_KINDS: readonly PageType[] = ['forum']
const DROP_GRID = [null, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
const KEEP_GRID = [null, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5]

interface RecordedBlock {
  row: Float64Array
  /** Share of its n-grams in the reference (0–1). */
  contained: number
  tokens: number
  kept: boolean
}

interface RecordedPage {
  page: WcxbPage
  pageType: PageType
  /** Only the blocks the scorer may change. */
  blocks: RecordedBlock[]
  /** The scorer-off run's score, and its token counts. */
  score: WcxbPageScore
  outputTokens: number
  goldTokens: number
}

function ngrams(tokens: readonly string[], n: number): string[] {
  const grams: string[] = []
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '))
  return grams
}

/** The reference's n-grams for n = 1…NGRAM, for the containment of blocks of any length. */
function referenceGrams(gold: string): Set<string>[] {
  const tokens = wcxbTokens(gold)
  return Array.from({length: NGRAM}, (_, k) => new Set(ngrams(tokens, k + 1)))
}

function containedShare(tokens: readonly string[], reference: readonly Set<string>[]): number {
  if (tokens.length === 0) return 0
  const n = Math.min(NGRAM, tokens.length)
  const grams = ngrams(tokens, n)
  const set = reference[n - 1] as Set<string>
  return grams.filter((gram) => set.has(gram)).length / grams.length
}

function clean(page: WcxbPage, dir: string, blockScoring: BlockScoring): WcxbPageScore & {outputTokens: number} {
  const settings = {...normalizeOptions({}), blockScoring}
  let output = ''
  try {
    output = cleanWithSettings(readInput(dir, page, 'html'), settings).text
  } catch {
    output = ''
  }
  return {...scoreWcxbPage(output, page.gold, page.with, page.without), outputTokens: wcxbTokens(output).length}
}

/** What the scorer saw of a page. */
interface Seen {
  blocks: readonly Block[]
  decisions: Decisions
  pageType: PageType
  markup: readonly BlockMarkupContext[] | undefined
}

/** 1. Clean every page with the scorer off and record what it would have seen. */
function record(dir: string, pages: readonly WcxbPage[]): RecordedPage[] {
  return pages.map((page, p) => {
    if (p % 200 === 0) console.error(`recording ${p}/${pages.length}`)
    let seen: Seen | null = null
    const score = clean(page, dir, {model: null, observe: (blocks, decisions, pageType, markup) => (seen = {blocks, decisions: decisions.slice(), pageType, markup})})
    const reference = referenceGrams(page.gold)
    const goldTokens = wcxbTokens(page.gold).length
    const found = seen as Seen | null
    if (found === null) return {page, pageType: 'article', blocks: [], score, outputTokens: score.outputTokens, goldTokens}
    const rows = blockFeatures(found.blocks, found.decisions, found.pageType, found.markup)
    const blocks: RecordedBlock[] = []
    found.blocks.forEach((block, i) => {
      const kind = decisionKind(found.decisions[i])
      if (kind !== 'kept' && kind !== 'classifier') return
      const tokens = wcxbTokens(block.text)
      if (tokens.length === 0) return
      blocks.push({row: rows[i] as Float64Array, contained: containedShare(tokens, reference), tokens: tokens.length, kept: kind === 'kept'})
    })
    return {page, pageType: found.pageType, blocks, score, outputTokens: score.outputTokens, goldTokens}
  })
}

/** The recorded run, from the cache when there is one. */
function recordOrLoad(dir: string, pages: readonly WcxbPage[], cache: string | undefined): RecordedPage[] {
  if (cache !== undefined && existsSync(cache)) {
    const stored = deserialize(readFileSync(cache)) as Omit<RecordedPage, 'page'>[]
    return pages.map((page, i) => ({...(stored[i] as Omit<RecordedPage, 'page'>), page}))
  }
  const recorded = record(dir, pages)
  if (cache !== undefined) writeFileSync(cache, serialize(recorded.map(({page: _page, ...rest}) => rest)))
  return recorded
}

/** 2. The model, learned on these pages' blocks. */
function learn(pages: readonly RecordedPage[]): BlockModel {
  const rows: Float64Array[] = []
  const labels: number[] = []
  const weights: number[] = []
  // Each kind (as guessed) weighs the same: articles, half the pages, would otherwise teach what content looks like on every kind.
  const perKind = new Map<PageType, number>()
  for (const page of pages) perKind.set(page.pageType, (perKind.get(page.pageType) ?? 0) + 1)
  for (const page of pages) {
    const words = page.blocks.reduce((sum, b) => sum + b.tokens, 0)
    const share = 1 / (perKind.get(page.pageType) ?? 1)
    for (const block of page.blocks) {
      rows.push(block.row)
      labels.push(block.contained >= MIN_CONTAINED_SHARE ? 1 : 0)
      weights.push((share * block.tokens) / words)
    }
  }
  return learnBlockModel({rows, labels, weights}, BLOCK_FEATURES)
}

/** The estimated F1 of a page when the gate changes its recorded decisions (see 3. above). */
function estimatedF1(page: RecordedPage, scores: readonly number[], gate: BlockGate): number {
  if (page.goldTokens === 0) return page.score.f1
  let output = page.outputTokens
  let overlap = page.score.recall * page.goldTokens
  const kept = page.blocks.map((block) => (block.kept ? block.tokens : 0))
  const drops = page.blocks.map((block, i) => block.kept && gate.drop !== null && (scores[i] as number) < gate.drop)
  const dropping = mayDrop(kept, drops)
  page.blocks.forEach((block, i) => {
    const score = scores[i] as number
    const sign = block.kept ? (dropping && drops[i] === true ? -1 : 0) : gate.keep !== null && score > gate.keep ? 1 : 0
    output += sign * block.tokens
    overlap += sign * block.contained * block.tokens
  })
  return output + page.goldTokens === 0 ? 0 : (2 * Math.max(overlap, 0)) / (output + page.goldTokens)
}

/** 3. Per kind, the gate that most raises the estimated mean F1 over the kind's pages; none when nothing does. */
function chooseGates(model: BlockModel, pages: readonly RecordedPage[], kinds: readonly PageType[]): BlockModel['gates'] {
  const gates: BlockModel['gates'] = {}
  for (const kind of kinds) {
    const ofKind = pages.filter((p) => p.pageType === kind)
    if (ofKind.length === 0) continue
    const scores = ofKind.map((p) => p.blocks.map((b) => blockScore(model, b.row)))
    const mean = (gate: BlockGate): number => ofKind.reduce((sum, p, i) => sum + estimatedF1(p, scores[i] as number[], gate), 0) / ofKind.length
    const off = mean({drop: null, keep: null})
    let best: {gate: BlockGate; f1: number} = {gate: {drop: null, keep: null}, f1: off + MIN_GATE_GAIN}
    for (const drop of DROP_GRID) {
      for (const keep of KEEP_GRID) {
        const f1 = mean({drop, keep})
        if (f1 > best.f1) best = {gate: {drop, keep}, f1}
      }
    }
    if (best.gate.drop !== null || best.gate.keep !== null) gates[kind] = best.gate
  }
  return gates
}

function train(pages: readonly RecordedPage[], kinds: readonly PageType[] = GATED_KINDS): BlockModel {
  const model = learn(pages)
  return {...model, gates: chooseGates(model, pages, kinds)}
}

/** 4. Clean the pages with the model: only the pages of a gated kind can change. */
function rescore(dir: string, pages: readonly RecordedPage[], model: BlockModel): WcxbPageScore[] {
  return pages.map((p) => (model.gates[p.pageType] === undefined ? p.score : clean(p.page, dir, {model})))
}

function mean(scores: readonly WcxbPageScore[], pick: (s: WcxbPageScore) => number): string {
  return scores.length === 0 ? '  —  ' : (scores.reduce((sum, s) => sum + pick(s), 0) / scores.length).toFixed(3)
}

function printRow(label: string, pages: readonly RecordedPage[], scores: readonly WcxbPageScore[]): void {
  const cells = ['all', ...PAGE_TYPES].map((kind) => {
    const of = scores.filter((_, i) => kind === 'all' || pages[i]?.page.kind === kind)
    return mean(of, (s) => s.f1)
  })
  console.log(`  ${label.padEnd(24)} ${cells.join('  ')}`)
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {check: {type: 'boolean', default: false}, 'estimate-only': {type: 'boolean', default: false}, cache: {type: 'string'}}})
  const dir = wcxbDir(repoRoot)
  const pages = loadWcxb(dir)
  console.log(`WCXB dev: ${pages.length} pages (HTML) from ${dir}; ${FOLDS} domain folds`)
  const recorded = recordOrLoad(dir, pages, values.cache)
  const blocks = recorded.reduce((sum, p) => sum + p.blocks.length, 0)
  const positives = recorded.reduce((sum, p) => sum + p.blocks.filter((b) => b.contained >= MIN_CONTAINED_SHARE).length, 0)
  console.log(`${blocks} blocks the scorer may change, ${positives} of them main content by the reference`)

  const estimate = (p: RecordedPage, model: BlockModel): WcxbPageScore => {
    const gate = model.gates[p.pageType]
    return gate === undefined ? p.score : {...p.score, f1: estimatedF1(p, p.blocks.map((b) => blockScore(model, b.row)), gate)}
  }
  const estimated: WcxbPageScore[] = new Array<WcxbPageScore>(recorded.length)
  const everyKind: WcxbPageScore[] = new Array<WcxbPageScore>(recorded.length)
  const outOfFold: WcxbPageScore[] = new Array<WcxbPageScore>(recorded.length)
  for (let k = 0; k < FOLDS; k++) {
    const training = recorded.filter((p) => p.page.fold !== k)
    const learned = learn(training)
    const model = {...learned, gates: chooseGates(learned, training, GATED_KINDS)}
    const ungated = {...learned, gates: chooseGates(learned, training, PAGE_TYPES)}
    console.error(`fold ${k}: gates ${JSON.stringify(ungated.gates)}`)
    const scored = recorded.map((p, i) => [p, i] as const).filter(([p]) => p.page.fold === k)
    for (const [p, i] of scored) {
      estimated[i] = estimate(p, model)
      everyKind[i] = estimate(p, ungated)
    }
    if (values['estimate-only']) continue
    const scores = rescore(dir, scored.map(([p]) => p), model)
    scored.forEach(([, i], j) => (outOfFold[i] = scores[j] as WcxbPageScore))
  }
  const model = train(recorded)

  console.log('\nWord F1 (mean over pages) by reference kind')
  console.log(`  ${''.padEnd(24)} ${['all', ...PAGE_TYPES].map((kind) => kind.slice(0, 5).padStart(5)).join('  ')}`)
  printRow('scorer off', recorded, recorded.map((p) => p.score))
  printRow('est. OOF, every kind', recorded, everyKind)
  printRow('estimated, out of fold', recorded, estimated)
  printRow('estimated, in-sample', recorded, recorded.map((p) => estimate(p, model)))
  if (!values['estimate-only']) {
    printRow('out of fold', recorded, outOfFold)
    printRow('in-sample', recorded, rescore(dir, recorded, model))
  }
  console.log(`Gates (by guessed kind): ${JSON.stringify(model.gates)}`)
  if (values.check) return
  writeFileSync(MODEL_PATH, `${JSON.stringify({html: model})}\n`)
  console.log(`\nWrote ${MODEL_PATH} (${(readFileSync(MODEL_PATH).length / 1024).toFixed(1)} KB)`)
}

await main()
