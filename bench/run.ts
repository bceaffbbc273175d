/**
 * `npm run bench`: cleanArticle's throughput and per-page latency over the
 * corpus on one thread, and whether its time grows linearly with input: the
 * longest corpus page, generated article pages and lines crafted against the
 * patterns (test/helpers/crafted-lines.ts), each at 1×, 4× and 16×.
 *
 *   --input=text|html|both   the text dumps, the HTML pages and its peers
 *                            (see bench/html.ts), or both (default)
 *
 * It pins itself to one core with `taskset` when that is available, so that
 * the figures do not depend on how busy the other cores are.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import {corpusDir, listPages, loadCleanArticle, type CleanArticle} from '../eval/run.js'
import {craftLines} from '../test/helpers/crafted-lines.js'
import {articleDump} from '../test/helpers/page-dumps.js'
import {benchHtml, scalingHtml} from './html.js'

const MIN_MS = 3000
const SCALES = [1, 4, 16]
const SCALE_RUNS = 5
const MB = 1e6
/** Characters of a crafted line at 1× (16×: 400 KB), and its runs per size. */
const CRAFTED_CHARS = 25_000
const CRAFTED_RUNS = 3

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)] ?? Number.NaN
}

/** Time of one call; a throw is still timed, and counted by the caller. */
async function timeCall(clean: CleanArticle, text: string): Promise<{ms: number; ok: boolean}> {
  const start = performance.now()
  let ok = true
  try {
    await clean({text})
  } catch {
    ok = false
  }
  return {ms: performance.now() - start, ok}
}

interface PassResult {
  times: number[]
  failed: number
}

async function runPass(clean: CleanArticle, texts: readonly string[]): Promise<PassResult> {
  const result: PassResult = {times: [], failed: 0}
  for (const text of texts) {
    const {ms, ok} = await timeCall(clean, text)
    result.times.push(ms)
    if (!ok) result.failed++
  }
  return result
}

async function throughput(clean: CleanArticle, texts: readonly string[]): Promise<void> {
  const bytesPerPass = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0)
  await runPass(clean, texts) // warm-up: lets the JIT settle before anything is timed
  let peakRss = process.memoryUsage.rss()
  const times: number[] = []
  let passes = 0
  let failed = 0
  const start = performance.now()
  while (performance.now() - start < MIN_MS) {
    const pass = await runPass(clean, texts)
    times.push(...pass.times)
    failed += pass.failed
    passes++
    peakRss = Math.max(peakRss, process.memoryUsage.rss())
  }
  const seconds = (performance.now() - start) / 1000
  times.sort((a, b) => a - b)
  const ms = (p: number): string => percentile(times, p).toFixed(2)
  console.log(`${texts.length} pages, ${(bytesPerPass / MB).toFixed(2)} MB per pass, ${passes} passes in ${seconds.toFixed(1)} s, one thread`)
  console.log(`  ${(times.length / seconds).toFixed(1)} docs/s, ${((bytesPerPass * passes) / MB / seconds).toFixed(2)} MB/s`)
  console.log(`  per page: p50 ${ms(50)} ms, p95 ${ms(95)} ms, p99 ${ms(99)} ms`)
  console.log(`  peak RSS ${(peakRss / MB).toFixed(0)} MB`)
  if (failed > 0) console.log(`  ${failed} calls threw`)
}

async function medianMs(clean: CleanArticle, text: string, runs = SCALE_RUNS): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push((await timeCall(clean, text)).ms)
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

/** One input's time per MB at each size, for the linearity summary. */
interface Scaled {
  name: string
  msPerMb: number[]
}

/**
 * Time one input at 1×, 4× and 16× its size, built by `at(times)`. A linear
 * cleaner keeps ms/MB flat; the last column is the 16× figure over the 1×.
 */
async function scaling(clean: CleanArticle, name: string, at: (times: number) => string, runs = SCALE_RUNS): Promise<Scaled> {
  const msPerMb: number[] = []
  let line = `  ${name.slice(0, 34).padEnd(34)}`
  for (const times of SCALES) {
    const input = at(times)
    const mb = Buffer.byteLength(input, 'utf8') / MB
    const ms = await medianMs(clean, input, runs)
    msPerMb.push(ms / mb)
    line += ` ${mb.toFixed(2).padStart(5)} MB ${(ms / mb).toFixed(0).padStart(6)} ms/MB`
  }
  const first = msPerMb[0] as number
  console.log(`${line}  ×${((msPerMb.at(-1) as number) / first).toFixed(2)}`)
  return {name, msPerMb}
}

/** Page dumps of the property tests' generator, as one growing page: fixed seed, so runs compare. */
function generatedPage(pages: number): string {
  return fc.sample(articleDump, {numRuns: pages, seed: 7}).join('\n\n')
}

/** Linearity: corpus page, generated pages and crafted lines at 1×, 4×, 16×; the slowest input per MB. */
async function linearity(clean: CleanArticle, longest: {name: string; text: string}): Promise<void> {
  console.log(`\nLinearity: ms/MB at 1×, 4×, 16× the size (median of ${SCALE_RUNS}, crafted lines of ${CRAFTED_RUNS}); last column: 16× over 1×`)
  const results: Scaled[] = []
  const repeat = (text: string) => (times: number) => Array.from({length: times}, () => text).join('\n\n')
  results.push(await scaling(clean, `corpus ${longest.name}, repeated`, repeat(longest.text)))
  results.push(await scaling(clean, 'generated article pages', (times) => generatedPage(60 * times)))
  results.push(await scaling(clean, 'generated article pages, no breaks', (times) => generatedPage(60 * times).replace(/\n+/gu, ' ')))
  for (const name of Object.keys(craftLines(1))) {
    results.push(await scaling(clean, `crafted: ${name}`, (times) => craftLines(CRAFTED_CHARS * times)[name] as string, CRAFTED_RUNS))
  }
  const slowest = results.flatMap((result) => result.msPerMb.map((msPerMb, i) => ({name: result.name, size: SCALES[i] as number, msPerMb}))).reduce((a, b) => (b.msPerMb > a.msPerMb ? b : a))
  const steepest = results.reduce((a, b) => ((b.msPerMb.at(-1) as number) / (b.msPerMb[0] as number) > (a.msPerMb.at(-1) as number) / (a.msPerMb[0] as number) ? b : a))
  console.log(`\n  slowest input per MB: ${slowest.name} at ${slowest.size}×, ${slowest.msPerMb.toFixed(0)} ms/MB`)
  console.log(`  steepest growth: ${steepest.name}, ms/MB ×${((steepest.msPerMb.at(-1) as number) / (steepest.msPerMb[0] as number)).toFixed(2)} from 1× to 16×`)
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {input: {type: 'string'}}})
  const input = values.input ?? 'both'
  if (input !== 'text' && input !== 'html' && input !== 'both') throw new Error(`--input must be text, html or both, got ${input}`)
  const dir = corpusDir()
  const clean = await loadCleanArticle()
  const names = listPages(dir)
  if (input !== 'html') {
    const pages = names.map((name) => ({name, text: readFileSync(join(dir, `${name}.txt`), 'utf8')}))
    const longest = pages.reduce((a, b) => (b.text.length > a.text.length ? b : a))
    console.log('Text dumps:')
    await throughput(clean, pages.map((p) => p.text))
    await linearity(clean, longest)
  }
  if (input !== 'text') {
    const pages = names.map((name) => ({name, html: readFileSync(join(dir, `${name}.html`), 'utf8')}))
    await benchHtml(clean, pages.map((p) => p.html))
    const longest = pages.reduce((a, b) => (b.html.length > a.html.length ? b : a))
    await scalingHtml(clean, longest.name, longest.html)
  }
}

/** Re-run this script pinned to core 0 (once), when taskset exists. */
function pinToOneCore(): boolean {
  if (process.env.BENCH_PINNED === '1' || !existsSync('/usr/bin/taskset')) return false
  const result = spawnSync('/usr/bin/taskset', ['-c', '0', process.execPath, '--expose-gc', ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: {...process.env, BENCH_PINNED: '1'}
  })
  process.exitCode = result.status ?? 1
  return true
}

if (!pinToOneCore()) main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
