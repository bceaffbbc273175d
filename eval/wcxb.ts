/**
 * The WCXB section of `npm run eval` (`--corpus=wcxb` or `--corpus=all`):
 * cleanArticle on the 1,358 pages of WCXB's development split
 * (../shared/corpus/wcxb-dev, or ARTICLE_CLEANER_WCXB), seven kinds of page,
 * scored with WCXB's own metric (eval/wcxb-metric.ts), from the HTML
 * (`<id>.html.gz`) and from the whole-page text dumps (`<id>.txt`).
 *
 * What is scored is the Article's `text` (its paragraphs joined by a blank
 * line; the title is not in it), as in the readability section. Reported per
 * kind (`pageType`) and for all pages: word F1, P and R and the with/without
 * snippet rates (plain means over pages), empty outputs (no token), title
 * (normalised exact), author (`byline`, contained either way) and date
 * (`publishedAt`, same calendar day) accuracy over the pages whose reference
 * has that field, and docs/s over cleanArticle's own time.
 *
 * Folds. A page's domain is its URL's host without `www.`, cut to the
 * registrable domain by a small eTLD+1 approximation (the last two labels, or
 * three under a two-letter country code whose second level is one of
 * `SECOND_LEVELS`: `bbc.co.uk`, `abc.net.au`); the three pages with no URL are
 * each a domain of their own. sha256(domain) mod 5 gives its fold, so every page
 * of a site lands in the same fold, on every machine. Each figure is printed
 * for each fold, which shows how much it moves from one fifth of the sites to
 * the next.
 *
 * Tuned or learned constants. `crossFold(pages, run)` takes a callback that
 * tunes (or trains) on one set of pages and cleans another, and returns the
 * figures in-sample (tuned on all pages, scored on all) beside out of fold
 * (for each fold, tuned on the other four and scored on it; the five scored
 * sets pooled). The out-of-fold figure is the one that counts; the gap between
 * the two is what the tuning learnt about these pages rather than about the
 * web. A later script would use it as:
 *
 *   const pages = loadWcxb(wcxbDir())
 *   const {inSample, outOfFold} = await crossFold(pages, async (tuneOn, scoreOn) => {
 *     const threshold = pickThreshold(tuneOn)            // the tuned constant
 *     return cleanPages(scoreOn, 'html', (input) => clean(input, {threshold}))
 *   })
 *
 * Nothing is tuned on WCXB yet, so the section's own figures are the plain
 * run (there in-sample and out of fold are the same thing).
 *
 * Floors sit under `wcxb` in eval/baseline.json with the corpus's own hash:
 * `wcxb.<input>.<kind>.<figure>` must stay at or above its floor, and the
 * without rate and empty outputs (lower is better) at or below their ceiling.
 * `--update-baseline` with `--corpus=wcxb` (or `all`) pins them.
 */
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import type {Article, CleanInput} from '../src/types.js'
import {bylineMatches, dateMatches, titleMatches} from './metric.js'
import {aggregateWcxb, scoreWcxbPage, type WcxbAggregate, type WcxbPageScore} from './wcxb-metric.js'

export type WcxbInput = 'html' | 'text'
/** Cleans one page; the page is given so that a run can pass what it knows of it (`--page-type=oracle`). */
type Clean = (input: CleanInput, page: WcxbPage) => Article | Promise<Article>

export const FOLDS = 5
/** Second-level labels that sit under a country code as a public suffix (`co.uk`, `com.au`, `gov.au`). */
const SECOND_LEVELS = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org'])

export interface WcxbPage {
  id: string
  kind: string
  url: string
  domain: string
  fold: number
  gold: string
  title: string | null
  author: string | null
  publishDate: string | null
  with: string[]
  without: string[]
}

export interface WcxbOutcome {
  page: WcxbPage
  /** The scored text: the Article's `text`, or '' when cleanArticle threw. */
  output: string
  article: Article | null
  error: string | null
  ms: number
  score: WcxbPageScore
}

/** Metadata accuracy over the pages whose reference has the field. */
export interface FieldHits {
  hits: number
  total: number
}

export interface WcxbFigures extends WcxbAggregate {
  title: FieldHits
  author: FieldHits
  date: FieldHits
  /** Pages whose `pageType` is the reference's kind. */
  pageType: FieldHits
  /** Pages that came back with the `no-article` warning. */
  noArticle: number
  threw: number
  cleanMs: number
}

export interface WcxbSummary {
  corpusHash: string
  input: WcxbInput
  fold: number | null
  /** `all` first, then the kinds by page count. */
  byKind: Record<string, WcxbFigures>
  byFold: WcxbFigures[]
}

export function wcxbDir(repoRoot: string): string {
  return process.env.ARTICLE_CLEANER_WCXB || join(repoRoot, '..', 'shared', 'corpus', 'wcxb-dev')
}

/** The registrable domain of a URL, approximately (see the module comment); null when it has no host. */
export function registrableDomain(url: string): string | null {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '')
  } catch {
    return null
  }
  if (host === '') return null
  const labels = host.replace(/^www\d*\./, '').split('.')
  const n = labels.length
  const underCountry = n >= 3 && (labels[n - 1] ?? '').length === 2 && SECOND_LEVELS.has(labels[n - 2] ?? '')
  return labels.slice(underCountry ? -3 : -2).join('.')
}

/** Stable across runs and machines: the first 32 bits of sha256(domain), mod 5. */
export function foldOf(domain: string): number {
  return createHash('sha256').update(domain).digest().readUInt32BE(0) % FOLDS
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Every page of index.json with its reference and metadata; the HTML and dump are read when cleaned. */
export function loadWcxb(dir: string): WcxbPage[] {
  const index: unknown = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
  if (!Array.isArray(index)) throw new Error(`${dir}/index.json is not a list`)
  return index.map((entry: {id: string; pageType: string; url: string}) => {
    const meta = JSON.parse(readFileSync(join(dir, `${entry.id}.meta.json`), 'utf8')) as Record<string, unknown>
    const domain = registrableDomain(entry.url) ?? `page:${entry.id}`
    return {
      id: entry.id,
      kind: entry.pageType,
      url: entry.url,
      domain,
      fold: foldOf(domain),
      gold: readFileSync(join(dir, `${entry.id}.gold.txt`), 'utf8'),
      title: stringOrNull(meta.title),
      author: stringOrNull(meta.author),
      publishDate: stringOrNull(meta.publishDate),
      with: strings(meta.with),
      without: strings(meta.without)
    }
  })
}

/** Every file of the corpus, length-prefixed, so a changed corpus is noticed before its floors are trusted. */
export function wcxbHash(dir: string): string {
  const hash = createHash('sha256')
  for (const file of readdirSync(dir).sort()) {
    const content = readFileSync(join(dir, file))
    hash.update(`${file}\0${content.length}\0`).update(content)
  }
  return hash.digest('hex')
}

export function readInput(dir: string, page: WcxbPage, input: WcxbInput): CleanInput {
  return input === 'html' ? {html: gunzipSync(readFileSync(join(dir, `${page.id}.html.gz`))).toString('utf8')} : {text: readFileSync(join(dir, `${page.id}.txt`), 'utf8')}
}

/** Clean each page in one form and score it; a throw scores as an empty output. */
export async function cleanPages(dir: string, pages: readonly WcxbPage[], input: WcxbInput, clean: Clean): Promise<WcxbOutcome[]> {
  const outcomes: WcxbOutcome[] = []
  for (const page of pages) {
    const source = readInput(dir, page, input)
    let article: Article | null = null
    let error: string | null = null
    const start = performance.now()
    try {
      article = await clean(source, page)
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
    }
    const ms = performance.now() - start
    const output = article?.text ?? ''
    outcomes.push({page, output, article, error, ms, score: scoreWcxbPage(output, page.gold, page.with, page.without)})
  }
  return outcomes
}

function fieldHits(outcomes: readonly WcxbOutcome[], ref: (p: WcxbPage) => string | null, out: (a: Article) => string | null, matches: (o: string | null, r: string | null) => boolean): FieldHits {
  let hits = 0
  let total = 0
  for (const o of outcomes) {
    const r = ref(o.page)
    if (r === null) continue
    total++
    if (o.article !== null && matches(out(o.article), r)) hits++
  }
  return {hits, total}
}

export function figuresOf(outcomes: readonly WcxbOutcome[]): WcxbFigures {
  return {
    ...aggregateWcxb(outcomes.map((o) => o.score)),
    title: fieldHits(outcomes, (p) => p.title, (a) => a.title, titleMatches),
    author: fieldHits(outcomes, (p) => p.author, (a) => a.byline, bylineMatches),
    date: fieldHits(outcomes, (p) => p.publishDate, (a) => a.publishedAt, dateMatches),
    pageType: fieldHits(outcomes, (p) => p.kind, (a) => a.pageType, (o, r) => o === r),
    noArticle: outcomes.filter((o) => o.article?.warnings.some((w) => w.code === 'no-article') ?? false).length,
    threw: outcomes.filter((o) => o.error !== null).length,
    cleanMs: outcomes.reduce((sum, o) => sum + o.ms, 0)
  }
}

/** `all`, then each kind, most pages first (ties by name, so the order is stable). */
export function figuresByKind(outcomes: readonly WcxbOutcome[]): Record<string, WcxbFigures> {
  const kinds = new Map<string, WcxbOutcome[]>()
  for (const o of outcomes) {
    const list = kinds.get(o.page.kind)
    if (list === undefined) kinds.set(o.page.kind, [o])
    else list.push(o)
  }
  const ordered = [...kinds].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
  return Object.fromEntries([['all', figuresOf(outcomes)], ...ordered.map(([kind, list]) => [kind, figuresOf(list)] as const)])
}

export function summarizeWcxb(outcomes: readonly WcxbOutcome[], input: WcxbInput, corpusHash: string, fold: number | null): WcxbSummary {
  return {
    corpusHash,
    input,
    fold,
    byKind: figuresByKind(outcomes),
    byFold: Array.from({length: FOLDS}, (_, k) => figuresOf(outcomes.filter((o) => o.page.fold === k)))
  }
}

export interface CrossFold {
  /** Tuned on every page and scored on every page: what tuning reports about itself. */
  inSample: Record<string, WcxbFigures>
  /** Each fold scored by a run tuned on the other four, pooled: the figure that counts. */
  outOfFold: Record<string, WcxbFigures>
  /** Each fold's out-of-fold figures alone. */
  folds: WcxbFigures[]
}

/**
 * Runs `run(tuneOn, scoreOn)` once on all pages (in-sample) and once per fold
 * (tuned on the other folds, scored on that one), and reports both by kind.
 */
export async function crossFold(
  pages: readonly WcxbPage[],
  run: (tuneOn: readonly WcxbPage[], scoreOn: readonly WcxbPage[]) => Promise<WcxbOutcome[]>
): Promise<CrossFold> {
  const inSample = figuresByKind(await run(pages, pages))
  const pooled: WcxbOutcome[] = []
  const folds: WcxbFigures[] = []
  for (let k = 0; k < FOLDS; k++) {
    const scored = await run(
      pages.filter((p) => p.fold !== k),
      pages.filter((p) => p.fold === k)
    )
    folds.push(figuresOf(scored))
    pooled.push(...scored)
  }
  return {inSample, outOfFold: figuresByKind(pooled), folds}
}

/** The figures floors are pinned on, by name: `wcxb.html.all.f1`, `wcxb.text.forum.withRate`… */
export function wcxbFigures(summary: WcxbSummary): {floors: Record<string, number>; ceilings: Record<string, number>} {
  const floors: Record<string, number> = {}
  const ceilings: Record<string, number> = {}
  for (const [kind, f] of Object.entries(summary.byKind)) {
    const name = (figure: string): string => `wcxb.${summary.input}.${kind}.${figure}`
    for (const figure of ['f1', 'precision', 'recall', 'withRate'] as const) floors[name(figure)] = f[figure]
    ceilings[name('withoutRate')] = f.withoutRate
    ceilings[name('empty')] = f.empty
    if (kind !== 'all') continue
    for (const field of ['title', 'author', 'date'] as const) if (f[field].total > 0) floors[name(field)] = f[field].hits / f[field].total
  }
  return {floors, ceilings}
}

function fmt(value: number): string {
  return value.toFixed(3)
}

function rate(h: FieldHits): string {
  return h.total === 0 ? '   — ' : fmt(h.hits / h.total)
}

function row(label: string, f: WcxbFigures): string {
  const cells = [fmt(f.f1), fmt(f.precision), fmt(f.recall), fmt(f.withRate), fmt(f.withoutRate), String(f.empty).padStart(5), rate(f.title), rate(f.author), rate(f.date), rate(f.pageType)]
  return `  ${label.padEnd(20)} ${cells.join('  ')}`
}

const HEADER = '                         F1      P      R   with   w/o  empty  title  author  date   type'

export function printWcxb(s: WcxbSummary, dir: string): void {
  const form = s.input === 'html' ? 'HTML (<id>.html.gz)' : 'text dumps (<id>.txt)'
  const all = s.byKind.all
  const scope = s.fold === null ? '' : ` (fold ${s.fold} only)`
  console.log(`WCXB dev, ${form}: ${all?.pages ?? 0} pages${scope} from ${dir}`)
  console.log("WCXB's metric: word bag P/R/F1 and snippet rates, plain means over pages; title, author, date over pages with a reference value\n")
  console.log(HEADER)
  for (const [kind, f] of Object.entries(s.byKind)) console.log(row(`${kind} (${f.pages})`, f))
  console.log('\nBy fold of the domains (sha256 mod 5)')
  console.log(HEADER)
  s.byFold.forEach((f, k) => {
    if (f.pages > 0) console.log(row(`fold ${k} (${f.pages})`, f))
  })
  if (all !== undefined) {
    const threw = all.threw === 0 ? '' : `, ${all.threw} threw`
    console.log(`\n${all.empty} empty outputs (${all.noArticle} with a no-article warning)${threw}`)
    console.log(`Speed: ${((all.pages * 1000) / all.cleanMs).toFixed(1)} docs/s over cleanArticle time (${all.cleanMs.toFixed(0)} ms)`)
    console.log('IN-SAMPLE where a model learned from these pages: the type column and the kinds the page types route (`npm run train -- --out-of-fold=<file>`, then `--page-type=<file>`), and forum pages\' block scorer (`npm run train:blocks` prints its out-of-fold figures).')
  }
}

interface WcxbBaseline {
  corpusHash: string
  floors: Record<string, number>
  ceilings: Record<string, number>
}

/** The whole baseline file, or an empty object when there is none. */
function readBaselineFile(path: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
}

function numbers(value: unknown): Record<string, number> | null {
  if (typeof value !== 'object' || value === null) return null
  return Object.values(value).every((v) => typeof v === 'number') ? (value as Record<string, number>) : null
}

function readWcxbBaseline(path: string): WcxbBaseline | null {
  const section = readBaselineFile(path).wcxb
  if (section === undefined) return null
  const s = section as Record<string, unknown>
  const floors = numbers(s.floors)
  const ceilings = numbers(s.ceilings)
  if (typeof s.corpusHash !== 'string' || floors === null || ceilings === null) throw new Error(`${path}: wcxb must be {"corpusHash": string, "floors": {…}, "ceilings": {…}}`)
  return {corpusHash: s.corpusHash, floors, ceilings}
}

function collect(summaries: readonly WcxbSummary[]): {floors: Record<string, number>; ceilings: Record<string, number>} {
  const parts = summaries.map(wcxbFigures)
  return {floors: Object.assign({}, ...parts.map((p) => p.floors)) as Record<string, number>, ceilings: Object.assign({}, ...parts.map((p) => p.ceilings)) as Record<string, number>}
}

/**
 * Pins the figures as the `wcxb` section of the baseline, leaving the rest of
 * the file as it is: floors rounded down and ceilings up, so that the pinned
 * run passes its own checks.
 */
export function writeWcxbBaseline(path: string, summaries: readonly WcxbSummary[]): void {
  const {floors, ceilings} = collect(summaries)
  const round = (values: Record<string, number>, to: (x: number) => number): Record<string, number> =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, to(v * 1000) / 1000]))
  const wcxb: WcxbBaseline = {
    corpusHash: summaries[0]?.corpusHash ?? '',
    floors: round(floors, (x) => Math.floor(x + 1e-9)),
    ceilings: round(ceilings, (x) => Math.ceil(x - 1e-9))
  }
  writeFileSync(path, `${JSON.stringify({...readBaselineFile(path), wcxb}, null, 2)}\n`)
}

/** Rates may move by this much before a floor or ceiling counts as breached; counts may not move. */
const TOLERANCE = 0.002

/** What to tell the user, and how many floors or ceilings broke; only the forms that ran are checked. */
export function checkWcxbBaseline(path: string, summaries: readonly WcxbSummary[]): {notes: string[]; breaches: number} {
  const baseline = readWcxbBaseline(path)
  if (baseline === null) return {notes: [`No wcxb section in ${path}: no WCXB floors to check.`], breaches: 0}
  const {floors, ceilings} = collect(summaries)
  const ran = (metric: string): boolean => summaries.some((s) => metric.startsWith(`wcxb.${s.input}.`))
  const breaches: string[] = []
  const check = (limits: Record<string, number>, measured: Record<string, number>, below: boolean): void => {
    for (const [metric, limit] of Object.entries(limits)) {
      if (!ran(metric)) continue
      const value = measured[metric]
      const slack = metric.endsWith('.empty') ? 0 : TOLERANCE
      if (value === undefined) breaches.push(`${metric}: not measured (${below ? 'floor' : 'ceiling'} ${limit})`)
      else if (below ? value < limit - slack : value > limit + slack) breaches.push(`${metric}: ${Number(value.toFixed(4))} is ${below ? 'below the floor' : 'above the ceiling'} ${limit}`)
    }
  }
  check(baseline.floors, floors, true)
  check(baseline.ceilings, ceilings, false)
  const notes = breaches.map((b) => `WCXB ${b}`)
  if (baseline.corpusHash !== summaries[0]?.corpusHash) notes.unshift('Warning: the WCXB corpus differs from the one its floors were pinned on (corpus hash changed).')
  if (breaches.length === 0) {
    const count = [...Object.keys(baseline.floors), ...Object.keys(baseline.ceilings)].filter(ran).length
    notes.push(`All ${count} WCXB floors and ceilings hold.`)
  }
  return {notes, breaches: breaches.length}
}
