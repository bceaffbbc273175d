/**
 * `npm run eval`: score cleanArticle on the development corpus with the
 * corpus README's metric, and hold the figures above the floors pinned in
 * eval/baseline.json.
 *
 *   --input=text|html|both  which form of the pages to clean (default both):
 *                       the text dumps (`<page>.txt`) or the HTML (`<page>.html`)
 *   --json              machine-readable summary on stdout
 *   --split=A|B         only one half of the sites (tune on A, report B)
 *   --page=<name>       one page in detail: paragraphs, removals, scores
 *   --update-baseline   pin the current figures as the new floors
 *   --no-held-out       skip the held-out pages (see eval/held-out.ts), which
 *                       are reported after the corpus and have no floors
 *   --corpus=readability|wcxb|all  which corpus (default readability). WCXB
 *                       dev (1,358 pages of seven kinds, eval/wcxb.ts) takes
 *                       minutes, so it is opt-in: the default run stays the
 *                       quick check that the before-stop hook runs under a 40 s
 *                       timeout. `--input` applies to both corpora.
 *   --fold=0..4         WCXB only: the pages of one fold of the domains (a
 *                       fifth, for development; no floors are checked)
 *   --page-type=guess|oracle|<file>  WCXB only: oracle passes each page's
 *                       reference kind as the pageType option (an upper bound
 *                       for the cleaning of each kind); a file gives each
 *                       page's kind by id (`npm run train -- --out-of-fold=<file>`
 *                       writes the out-of-fold guesses). No floors are checked.
 *
 * HTML figures are pinned under `html.` names (`html.bodyF1`), next to the
 * text ones, in the same baseline.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, realpathSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import type {Options} from '../src/options.js'
import type {Article, CleanInput, PageType} from '../src/types.js'
import {
  aggregate,
  bylineMatches,
  dateMatches,
  languageMatches,
  normalizeMeta,
  pageF1,
  pagePrecision,
  pageRecall,
  scorePage,
  siteMatches,
  titleMatches,
  type Aggregate,
  type PageScore
} from './metric.js'
import {heldOutDir, loadHeldOut, measureHeldOut, printHeldOut, type HeldOutRow} from './held-out.js'
import {corpusSiteRows, hostSiteRow, seedSiteRow, strictnessRows, type LearningRow, type ModeRow} from './sections.js'
import {FOLDS, checkWcxbBaseline, cleanPages, loadWcxb, printWcxb, summarizeWcxb, wcxbDir, wcxbHash, writeWcxbBaseline, type WcxbPage, type WcxbSummary} from './wcxb.js'

export type CleanArticle = (input: CleanInput, options?: Options) => Article | Promise<Article>

type Meta = Record<string, unknown>
type Split = 'A' | 'B'
/** Which form of a page is cleaned. */
export type InputMode = 'text' | 'html'

interface Page {
  name: string
  text: string
  gold: string
  meta: Meta
  /** The page's HTML, read only when HTML is evaluated. */
  html: () => string
}

interface PageResult {
  page: Page
  article: Article | null
  error: string | null
  ms: number
  score: PageScore
  keepAll: PageScore
}

interface FieldAccuracy {
  hits: number
  total: number
  /** null when no page has a reference value, so there is nothing to measure. */
  accuracy: number | null
}

interface Baseline {
  corpusHash: string
  floors: Record<string, number>
}

interface FloorCheck {
  checked: boolean
  hashMatches: boolean | null
  breaches: string[]
}

const SLOW_MS = 5000
const FLOOR_TOLERANCE = 0.002
const WORST_COUNT = 10

export const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const baselinePath = join(repoRoot, 'eval', 'baseline.json')

export function corpusDir(): string {
  return process.env.ARTICLE_CLEANER_CORPUS || join(repoRoot, '..', 'shared', 'corpus', 'readability')
}

/**
 * Imported by a computed path rather than statically so that the eval scripts
 * type-check and fail with a plain message while src/index.ts is unwritten.
 */
export async function loadCleanArticle(): Promise<CleanArticle> {
  const entry = pathToFileURL(join(repoRoot, 'src', 'index.ts')).href
  const mod: unknown = await import(entry)
  if (typeof mod !== 'object' || mod === null || !('cleanArticle' in mod) || typeof mod.cleanArticle !== 'function') {
    throw new Error(`${entry} does not export a cleanArticle function`)
  }
  return mod.cleanArticle as CleanArticle
}

/** Names of the pages that have a dump, a gold text and metadata. */
export function listPages(dir: string): string[] {
  const files = new Set(readdirSync(dir))
  return [...files]
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.gold.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .filter((name) => files.has(`${name}.gold.txt`) && files.has(`${name}.meta.json`))
    .sort()
}

function readPage(dir: string, name: string): Page {
  const read = (suffix: string): string => readFileSync(join(dir, name + suffix), 'utf8')
  const meta: unknown = JSON.parse(read('.meta.json'))
  if (typeof meta !== 'object' || meta === null) throw new Error(`${name}.meta.json is not an object`)
  return {name, text: read('.txt'), gold: read('.gold.txt'), meta: meta as Meta, html: () => read('.html')}
}

/** Names and contents of every scored file, so a changed corpus is noticed before floors are trusted. */
function corpusHash(dir: string): string {
  const hash = createHash('sha256')
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.meta.json') || f.endsWith('.html')).sort()
  for (const file of files) {
    const content = readFileSync(join(dir, file))
    // Length-prefixed so that no two corpora can hash the same stream.
    hash.update(`${file}\0${content.length}\0`).update(content)
  }
  return hash.digest('hex')
}

/** nytimes-1…5 are one site: they must land in the same half or tuning leaks into the report. */
export function siteOf(name: string): string {
  return name.replace(/-\d+$/, '')
}

/** Stable across runs and machines; on the readability corpus it puts 63 pages in A and 67 in B. */
export function splitOf(name: string): Split {
  return createHash('sha256').update(siteOf(name)).digest().readUInt32BE(0) % 2 === 0 ? 'A' : 'B'
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

async function runPage(clean: CleanArticle, page: Page, mode: InputMode): Promise<PageResult> {
  let article: Article | null = null
  let error: string | null = null
  const input: CleanInput = mode === 'text' ? {text: page.text} : {html: page.html()}
  const start = performance.now()
  try {
    article = await clean(input)
  } catch (e) {
    error = errorMessage(e)
  }
  const ms = performance.now() - start
  const score = scorePage(article?.text ?? '', page.gold)
  return {page, article, error, ms, score, keepAll: scorePage(page.text, page.gold)}
}

function metaString(meta: Meta, key: string): string | null {
  const value = meta[key]
  return typeof value === 'string' ? value : null
}

type Matcher = (out: string | null, ref: string | null) => boolean

interface Field {
  name: string
  out: (article: Article) => string | null
  ref: string
  matches: Matcher
}

const TITLE: Field = {name: 'title', out: (a) => a.title, ref: 'title', matches: titleMatches}

const FIELDS: readonly Field[] = [
  TITLE,
  {name: 'byline', out: (a) => a.byline, ref: 'byline', matches: bylineMatches},
  {name: 'siteName', out: (a) => a.siteName, ref: 'siteName', matches: siteMatches},
  {name: 'publishedAt', out: (a) => a.publishedAt, ref: 'publishedTime', matches: dateMatches},
  {name: 'language', out: (a) => a.language, ref: 'lang', matches: languageMatches}
]

function fieldAccuracy(results: readonly PageResult[], field: Field): FieldAccuracy {
  let hits = 0
  let total = 0
  for (const r of results) {
    const ref = metaString(r.page.meta, field.ref)
    if (normalizeMeta(ref) === '') continue
    total++
    if (r.article !== null && field.matches(field.out(r.article), ref)) hits++
  }
  return {hits, total, accuracy: total === 0 ? null : hits / total}
}

/** A dump can only give the title when the title is one of its lines; these pages measure that. */
function titleIsALine(page: Page): boolean {
  const title = normalizeMeta(metaString(page.meta, 'title'))
  return title !== '' && page.text.split(/\r?\n/).some((line) => normalizeMeta(line) === title)
}

function fmt(value: number | null): string {
  return value === null ? '   — ' : value.toFixed(3)
}

/** One page's ranking figures; precision or recall is null when the page does not count for it. */
interface PageRow {
  name: string
  f1: number
  precision: number | null
  recall: number | null
}

interface Summary {
  corpus: string
  corpusHash: string
  input: InputMode
  split: Split | null
  pages: number
  body: Aggregate
  keepEveryLine: Aggregate
  metadata: Record<string, FieldAccuracy>
  titleOnLine: FieldAccuracy
  failures: {threw: Array<{name: string; error: string}>; empty: string[]; slow: string[]}
  speed: {cleanMs: number; wallMs: number; docsPerSec: number; docsPerSecWall: number}
  worst: PageRow[]
  figures: Record<string, number>
  floors: FloorCheck
  perPage: Array<PageRow & PageScore & {ms: number}>
}

function pageRow(r: PageResult): PageRow {
  return {name: r.page.name, f1: pageF1(r.score), precision: pagePrecision(r.score), recall: pageRecall(r.score)}
}

/** The figures floors can be pinned on; a field with no reference values is left out. */
function figuresOf(body: Aggregate, metadata: Record<string, FieldAccuracy>, titleOnLine: FieldAccuracy | null, prefix: string): Record<string, number> {
  const figures: Record<string, number> = {[`${prefix}bodyF1`]: body.f1, [`${prefix}bodyPrecision`]: body.precision, [`${prefix}bodyRecall`]: body.recall}
  for (const [name, acc] of Object.entries(titleOnLine === null ? metadata : {...metadata, titleOnLine})) {
    if (acc.accuracy !== null) figures[prefix + name] = acc.accuracy
  }
  return figures
}

function summarize(results: readonly PageResult[], wallMs: number, corpus: string, hash: string, split: Split | null, input: InputMode): Summary {
  const metadata = Object.fromEntries(FIELDS.map((f) => [f.name, fieldAccuracy(results, f)]))
  // Only a dump can lack the title line; for HTML the measure says nothing.
  const titleOnLine = fieldAccuracy(results.filter((r) => titleIsALine(r.page)), TITLE)
  const body = aggregate(results.map((r) => r.score))
  const cleanMs = results.reduce((sum, r) => sum + r.ms, 0)
  const perPage = results.map((r) => ({...pageRow(r), ms: r.ms, ...r.score}))
  return {
    corpus,
    corpusHash: hash,
    input,
    split,
    pages: results.length,
    body,
    keepEveryLine: aggregate(results.map((r) => r.keepAll)),
    metadata,
    titleOnLine,
    failures: {
      threw: results.flatMap((r) => (r.error === null ? [] : [{name: r.page.name, error: r.error}])),
      empty: results.filter((r) => r.article !== null && r.article.paragraphs.length === 0).map((r) => r.page.name),
      slow: results.filter((r) => r.ms > SLOW_MS).map((r) => r.page.name)
    },
    speed: {cleanMs, wallMs, docsPerSec: (results.length * 1000) / cleanMs, docsPerSecWall: (results.length * 1000) / wallMs},
    worst: [...perPage].sort((a, b) => a.f1 - b.f1).slice(0, WORST_COUNT).map(({name, f1, precision, recall}) => ({name, f1, precision, recall})),
    figures: figuresOf(body, metadata, input === 'text' ? titleOnLine : null, input === 'text' ? '' : 'html.'),
    floors: {checked: false, hashMatches: null, breaches: []},
    perPage
  }
}

function readBaseline(): Baseline | null {
  if (!existsSync(baselinePath)) return null
  const data: unknown = JSON.parse(readFileSync(baselinePath, 'utf8'))
  if (typeof data !== 'object' || data === null || !('corpusHash' in data) || !('floors' in data)) {
    throw new Error(`${baselinePath} must be {"corpusHash": string, "floors": {metric: number}}`)
  }
  const {corpusHash: hash, floors} = data
  const isFloors = typeof floors === 'object' && floors !== null && Object.values(floors).every((v) => typeof v === 'number')
  if (typeof hash !== 'string' || !isFloors) throw new Error(`${baselinePath} needs a string corpusHash and numeric floors`)
  return {corpusHash: hash, floors: floors as Record<string, number>}
}

function checkFloors(baseline: Baseline, figures: Record<string, number>, hash: string): FloorCheck {
  const breaches: string[] = []
  for (const [metric, floor] of Object.entries(baseline.floors)) {
    const measured = figures[metric]
    if (measured === undefined) breaches.push(`${metric}: not measured (floor ${floor})`)
    else if (measured < floor - FLOOR_TOLERANCE) breaches.push(`${metric}: ${measured.toFixed(4)} is below the floor ${floor}`)
  }
  return {checked: true, hashMatches: baseline.corpusHash === hash, breaches}
}

/** Rounded down so that the pinned run itself passes its own floors; other corpora's sections (`wcxb`) are kept. */
function writeBaseline(figures: Record<string, number>, hash: string): void {
  const floors = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.floor(v * 1000 + 1e-9) / 1000]))
  const kept: unknown = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {}
  const baseline: Baseline = {corpusHash: hash, floors}
  writeFileSync(baselinePath, `${JSON.stringify({...(typeof kept === 'object' ? kept : {}), ...baseline}, null, 2)}\n`)
}

function printSummary(s: Summary): void {
  const scope = s.split === null ? '' : ` (split ${s.split})`
  const form = s.input === 'text' ? 'text dumps (<page>.txt)' : 'HTML (<page>.html)'
  console.log(`article-cleaner eval, ${form}: ${s.pages} pages${scope} from ${s.corpus}\n`)
  console.log('Body (shingle metric; F1 of mean P and mean R)')
  console.log('                    F1     P      R')
  console.log(`  cleanArticle     ${fmt(s.body.f1)}  ${fmt(s.body.precision)}  ${fmt(s.body.recall)}`)
  console.log(`  keep every line  ${fmt(s.keepEveryLine.f1)}  ${fmt(s.keepEveryLine.precision)}  ${fmt(s.keepEveryLine.recall)}\n`)
  console.log('Metadata accuracy (pages with a reference value)')
  for (const [name, acc] of Object.entries(s.metadata)) console.log(`  ${name.padEnd(12)} ${fmt(acc.accuracy)}  ${acc.hits}/${acc.total}`)
  const line = s.titleOnLine
  if (s.input === 'text') console.log(`  ${'titleOnLine'.padEnd(12)} ${fmt(line.accuracy)}  ${line.hits}/${line.total}  (${line.total} pages whose title is a whole line of the dump)`)
  console.log('')
  printFailures(s.failures)
  const {speed} = s
  console.log(`Speed: ${speed.docsPerSec.toFixed(1)} docs/s over cleanArticle time (${speed.cleanMs.toFixed(0)} ms)`)
  console.log(`       ${speed.docsPerSecWall.toFixed(1)} docs/s over the run's wall time, reading and scoring included (${speed.wallMs.toFixed(0)} ms)\n`)
  console.log(`Worst ${s.worst.length} pages by F1            F1     P      R`)
  for (const w of s.worst) console.log(`  ${w.name.padEnd(28)} ${fmt(w.f1)}  ${fmt(w.precision)}  ${fmt(w.recall)}`)
}

interface Sections {
  halves: Record<Split, Aggregate> | null
  strictness: ModeRow[]
  learning: LearningRow[]
}

const SEED_SITES = ['q13fox-cnn-archived', 'defense-news']
const STORIES_PER_SEED_SITE = 10
const HOST_SITES = 6

/** Strictness modes, the two halves of the sites, and learning across pages. */
function measureSections(results: readonly PageResult[], split: Split | null): Sections {
  const pages = results.map((r) => ({name: r.page.name, text: r.page.text, gold: r.page.gold}))
  const half = (which: Split): Aggregate => aggregate(results.filter((r) => splitOf(r.page.name) === which).map((r) => r.score))
  const stories = pages.filter((page) => page.gold.length > 1500).slice(0, STORIES_PER_SEED_SITE)
  const seedsDir = join(corpusDir(), '..', '..', 'seeds')
  return {
    halves: split === null ? {A: half('A'), B: half('B')} : null,
    strictness: strictnessRows(pages),
    learning: [
      ...corpusSiteRows(pages, siteOf),
      ...(existsSync(seedsDir) ? SEED_SITES.map((seed) => seedSiteRow(seedsDir, seed, stories)) : []),
      // The pages whose furniture the cleaner keeps most: where learning
      // should help, measured rather than assumed.
      ...results
        .filter((r) => r.page.gold.length > 1500 && r.score.tp > 0)
        .sort((a, b) => (pagePrecision(a.score) ?? 1) - (pagePrecision(b.score) ?? 1))
        .slice(0, HOST_SITES)
        .flatMap((r) => hostSiteRow({name: r.page.name, text: r.page.text, gold: r.page.gold}, stories) ?? [])
    ]
  }
}

function printSections(x: Sections): void {
  if (x.halves) {
    console.log('\nBy half of the sites (sha256 of the site name; tune on one half, report the other)')
    for (const [which, body] of Object.entries(x.halves)) console.log(`  split ${which}          ${fmt(body.f1)}  ${fmt(body.precision)}  ${fmt(body.recall)}`)
  }
  console.log('\nStrictness             F1     P      R')
  for (const row of x.strictness) console.log(`  ${row.strictness.padEnd(20)} ${fmt(row.body.f1)}  ${fmt(row.body.precision)}  ${fmt(row.body.recall)}`)
  console.log('\nLearning across pages (createCleaner().learn(site pages), then clean each)')
  console.log('  site                                      pages  F1 alone  learned  guard off  lines removed as repeated')
  for (const row of x.learning) {
    console.log(
      `  ${row.site.slice(0, 41).padEnd(41)} ${String(row.pages).padStart(5)}  ${fmt(row.unaided.f1)}     ${fmt(row.learned.f1)}    ${fmt(row.learnedUnguarded.f1)}      ${row.repeatedLines}`
    )
  }
}

function printFailures(f: Summary['failures']): void {
  const list = (names: readonly string[]): string => (names.length === 0 ? '' : `: ${names.join(', ')}`)
  console.log(`Failures: ${f.threw.length} threw, ${f.empty.length} empty, ${f.slow.length} over ${SLOW_MS / 1000} s`)
  for (const t of f.threw) console.log(`  threw  ${t.name}: ${t.error}`)
  if (f.empty.length > 0) console.log(`  empty${list(f.empty)}`)
  if (f.slow.length > 0) console.log(`  slow${list(f.slow)}`)
  console.log('')
}

function printPage(r: PageResult): void {
  const s = r.score
  console.log(`Page ${r.page.name}: ${r.ms.toFixed(1)} ms`)
  if (r.error !== null) console.log(`  threw ${r.error}`)
  console.log(`Score: F1 ${fmt(pageF1(s))}  P ${fmt(pagePrecision(s))}  R ${fmt(pageRecall(s))}  (tp ${fmt(s.tp)}, fp ${fmt(s.fp)}, fn ${fmt(s.fn)})`)
  console.log(`Keep every line: F1 ${fmt(pageF1(r.keepAll))}  P ${fmt(pagePrecision(r.keepAll))}  R ${fmt(pageRecall(r.keepAll))}\n`)
  if (r.article === null) return
  const article = r.article
  console.log('Metadata')
  for (const f of FIELDS) {
    const out = f.out(article)
    const ref = metaString(r.page.meta, f.ref)
    const mark = normalizeMeta(ref) === '' ? ' ' : f.matches(out, ref) ? '✓' : '✗'
    console.log(`  ${mark} ${f.name.padEnd(12)} out ${JSON.stringify(out)}  ref ${JSON.stringify(ref)}`)
  }
  console.log(`\nParagraphs (${article.paragraphs.length})`)
  article.paragraphs.forEach((p, i) => console.log(`  [${i + 1}] ${p}`))
  console.log(`\nRemoved (${article.removed.length})`)
  for (const rm of article.removed) console.log(`  [${rm.reason} / ${rm.rule}] ${rm.text.replace(/\n/g, '\n      ')}`)
}

function pageJson(r: PageResult): object {
  return {
    name: r.page.name,
    ms: r.ms,
    error: r.error,
    score: {...r.score, f1: pageF1(r.score), precision: pagePrecision(r.score), recall: pageRecall(r.score)},
    keepEveryLine: {...r.keepAll, f1: pageF1(r.keepAll)},
    metadata: Object.fromEntries(FIELDS.map((f) => [f.name, {out: r.article === null ? null : f.out(r.article), ref: metaString(r.page.meta, f.ref)}])),
    paragraphs: r.article?.paragraphs ?? [],
    removed: r.article?.removed ?? []
  }
}

interface Args {
  json: boolean
  split: Split | null
  page: string | null
  updateBaseline: boolean
  inputs: InputMode[]
  heldOut: boolean
  corpora: Corpus[]
  fold: number | null
  /**
   * `--page-type`: WCXB pages cleaned with a given kind as the `pageType`
   * option: `oracle`, the reference's; or, per input, each page's kind by id
   * from a file (`npm run train -- --out-of-fold=<file>` writes the guesses of
   * the models that did not learn the page's fold). `null`: guessed.
   */
  pageTypes: 'oracle' | PageTypesFile | null
}

type Corpus = 'readability' | 'wcxb'

/** Per input, each WCXB page's kind by id. */
type PageTypesFile = Partial<Record<'html' | 'text', Record<string, PageType>>>

function readPageTypes(path: string): PageTypesFile {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
  if (typeof data !== 'object' || data === null) throw new Error(`--page-type: ${path} must hold {"html": {id: kind}, "text": {id: kind}}`)
  return data as PageTypesFile
}

function isSplit(value: string): value is Split {
  return value === 'A' || value === 'B'
}

function parseCli(argv: readonly string[]): Args {
  const {values} = parseArgs({
    args: [...argv],
    options: {
      json: {type: 'boolean'},
      split: {type: 'string'},
      page: {type: 'string'},
      'update-baseline': {type: 'boolean'},
      input: {type: 'string'},
      'no-held-out': {type: 'boolean'},
      corpus: {type: 'string'},
      fold: {type: 'string'},
      'page-type': {type: 'string'}
    }
  })
  const split = values.split ?? null
  if (split !== null && !isSplit(split)) throw new Error(`--split must be A or B, got ${split}`)
  const input = values.input ?? 'both'
  if (input !== 'text' && input !== 'html' && input !== 'both') throw new Error(`--input must be text, html or both, got ${input}`)
  const inputs: InputMode[] = input === 'both' ? ['text', 'html'] : [input]
  const corpus = values.corpus ?? 'readability'
  if (corpus !== 'readability' && corpus !== 'wcxb' && corpus !== 'all') throw new Error(`--corpus must be readability, wcxb or all, got ${corpus}`)
  const corpora: Corpus[] = corpus === 'all' ? ['readability', 'wcxb'] : [corpus]
  const fold = values.fold === undefined ? null : Number(values.fold)
  if (fold !== null && !(Number.isInteger(fold) && fold >= 0 && fold < FOLDS)) throw new Error(`--fold must be an integer from 0 to ${FOLDS - 1}, got ${values.fold}`)
  if (fold !== null && !corpora.includes('wcxb')) throw new Error('--fold applies to --corpus=wcxb (or all)')
  if ((values.page !== undefined || split !== null) && corpora.includes('wcxb')) throw new Error('--page and --split apply to the readability corpus; drop --corpus (WCXB has --fold)')
  if (values.json === true && corpora.length > 1) throw new Error('--json prints one corpus: pass --corpus=readability or --corpus=wcxb')
  const pageType = values['page-type'] ?? 'guess'
  if (pageType !== 'guess' && !corpora.includes('wcxb')) throw new Error('--page-type applies to --corpus=wcxb (the reference names each page\'s kind)')
  if (pageType !== 'guess' && values['update-baseline'] === true) throw new Error('--page-type: floors are pinned on the guessed kind only')
  const args: Args = {pageTypes: pageType === 'guess' ? null : pageType === 'oracle' ? 'oracle' : readPageTypes(pageType), json: values.json ?? false, split, page: values.page ?? null, updateBaseline: values['update-baseline'] ?? false, inputs, heldOut: !(values['no-held-out'] ?? false), corpora, fold}
  if (args.updateBaseline && (split !== null || args.page !== null || fold !== null || inputs.length < 2)) throw new Error('--update-baseline pins the whole corpus in both forms; drop --split, --page, --fold and --input')
  return args
}

async function runOnePage(clean: CleanArticle, dir: string, args: Args): Promise<number> {
  const name = args.page ?? ''
  if (!listPages(dir).includes(name)) throw new Error(`no page ${name} (with .txt, .gold.txt and .meta.json) in ${dir}`)
  for (const mode of args.inputs) {
    const result = await runPage(clean, readPage(dir, name), mode)
    if (args.json) console.log(JSON.stringify({input: mode, ...pageJson(result)}, null, 2))
    else {
      console.log(`=== ${mode} ===`)
      printPage(result)
    }
  }
  return 0
}

/**
 * Sets summary.floors and returns what to tell the user. Floors hold for the
 * whole corpus only: a half would breach them by chance.
 */
function applyBaseline(summaries: readonly Summary[], args: Args): {notes: string[]; breaches: number} {
  const figures = Object.assign({}, ...summaries.map((s) => s.figures)) as Record<string, number>
  const hash = summaries[0]?.corpusHash ?? ''
  if (args.updateBaseline) {
    writeBaseline(figures, hash)
    return {notes: [`Wrote ${baselinePath}`], breaches: 0}
  }
  if (args.split !== null) return {notes: ['Floors are checked on the whole corpus only.'], breaches: 0}
  const baseline = readBaseline()
  if (baseline === null) return {notes: [`No ${baselinePath}: no floors to check.`], breaches: 0}
  // Only the floors of the forms that ran are checked.
  const prefixes = new Set(args.inputs.map((mode) => (mode === 'html' ? 'html.' : '')))
  const relevant: Baseline = {
    corpusHash: baseline.corpusHash,
    floors: Object.fromEntries(Object.entries(baseline.floors).filter(([metric]) => prefixes.has(metric.startsWith('html.') ? 'html.' : '')))
  }
  const check = checkFloors(relevant, figures, hash)
  for (const summary of summaries) summary.floors = check
  const notes = check.breaches.map((b) => `Below floor: ${b}`)
  if (check.hashMatches === false) notes.unshift('Warning: the corpus differs from the one the floors were pinned on (corpus hash changed).')
  if (notes.length === 0) notes.push(`All ${Object.keys(relevant.floors).length} floors hold.`)
  return {notes, breaches: check.breaches.length}
}

/** The WCXB section: each form cleaned, printed (or JSON), and held to its floors on a whole run. */
async function runWcxb(clean: CleanArticle, args: Args): Promise<number> {
  const dir = wcxbDir(repoRoot)
  const pages = loadWcxb(dir).filter((page) => args.fold === null || page.fold === args.fold)
  const hash = wcxbHash(dir)
  const summaries: WcxbSummary[] = []
  const given = args.pageTypes
  for (const input of args.inputs) {
    // The oracle passes the reference's kind as the pageType option: what each kind's cleaning gives when the guess is right.
    const kindOf = (page: WcxbPage): PageType | undefined => (given === null ? undefined : given === 'oracle' ? (page.kind as PageType) : given[input]?.[page.id])
    const cleanPage = (source: CleanInput, page: WcxbPage): Article | Promise<Article> => clean(source, {pageType: kindOf(page)})
    summaries.push(summarizeWcxb(await cleanPages(dir, pages, input, cleanPage), input, hash, args.fold))
  }
  let result = {notes: ['WCXB floors are checked on all folds only.'], breaches: 0}
  if (args.updateBaseline) {
    writeWcxbBaseline(baselinePath, summaries)
    result = {notes: [`Wrote the wcxb section of ${baselinePath}`], breaches: 0}
  } else if (args.pageTypes !== null) result = {notes: ['Floors are not checked with --page-type.'], breaches: 0}
  else if (args.fold === null) result = checkWcxbBaseline(baselinePath, summaries)
  if (args.json) console.log(JSON.stringify({wcxb: summaries}, null, 2))
  else
    summaries.forEach((summary, i) => {
      if (i > 0) console.log(`\n${'-'.repeat(72)}\n`)
      printWcxb(summary, dir)
    })
  console.error(`\n${result.notes.join('\n')}`)
  return result.breaches > 0 ? 1 : 0
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCli(argv)
  const clean = await loadCleanArticle()
  let code = 0
  if (args.corpora.includes('readability')) code = await runReadability(clean, args)
  if (args.corpora.includes('wcxb')) {
    if (args.corpora.length > 1) console.log(`\n${'='.repeat(72)}\n`)
    code = Math.max(code, await runWcxb(clean, args))
  }
  return code
}

async function runReadability(clean: CleanArticle, args: Args): Promise<number> {
  const dir = corpusDir()
  if (args.page !== null) return runOnePage(clean, dir, args)
  const names = listPages(dir).filter((name) => args.split === null || splitOf(name) === args.split)
  const hash = corpusHash(dir)
  const summaries: Summary[] = []
  let sections: Sections | null = null
  for (const mode of args.inputs) {
    const results: PageResult[] = []
    const modeStarted = performance.now()
    for (const name of names) results.push(await runPage(clean, readPage(dir, name), mode))
    summaries.push(summarize(results, performance.now() - modeStarted, dir, hash, args.split, mode))
    // Strictness, halves and learning across pages are measured on the dumps.
    if (mode === 'text') sections = measureSections(results, args.split)
  }
  const {notes, breaches} = applyBaseline(summaries, args)
  // Held out means the whole of it: a half of the corpus has no held-out half.
  const heldOutPages = args.heldOut && args.split === null ? loadHeldOut(heldOutDir(repoRoot), new Set(names.map(siteOf))) : []
  const heldOut: HeldOutRow[] = heldOutPages.length > 0 ? await measureHeldOut(clean, heldOutPages) : []
  if (args.heldOut && args.split === null && heldOutPages.length === 0) notes.unshift(`No held-out pages in ${heldOutDir(repoRoot)} (run npm ci).`)
  if (args.json) {
    const out = summaries.length === 1 ? summaries[0] : summaries
    const extra = {...(sections ?? {}), ...(heldOut.length > 0 ? {heldOut} : {})}
    console.log(JSON.stringify(Object.keys(extra).length === 0 ? out : {summaries: out, ...extra}, null, 2))
  } else {
    summaries.forEach((summary, i) => {
      if (i > 0) console.log(`\n${'-'.repeat(72)}\n`)
      printSummary(summary)
      if (summary.input === 'text' && sections !== null) printSections(sections)
    })
    if (heldOut.length > 0) printHeldOut(heldOutPages, heldOut)
  }
  // On stderr so that --json output stays parseable.
  if (notes.length > 0) console.error(`\n${notes.join('\n')}`)
  return breaches > 0 ? 1 : 0
}

function isMainModule(): boolean {
  const script = process.argv[1]
  return script !== undefined && import.meta.url === pathToFileURL(realpathSync(script)).href
}

if (isMainModule()) {
  // `npm run eval -- --page=x | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(0)
  })
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 2
    }
  )
}
