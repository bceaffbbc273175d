/**
 * `npm run bench`: cleanArticle's throughput and per-page latency over the
 * corpus on one thread, and whether its time grows linearly with input.
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
import {corpusDir, listPages, loadCleanArticle, type CleanArticle} from '../eval/run.js'
import {benchHtml, scalingHtml} from './html.js'

const MIN_MS = 3000
const SCALES = [1, 4, 16]
const SCALE_RUNS = 5
const MB = 1e6

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

async function medianMs(clean: CleanArticle, text: string): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < SCALE_RUNS; i++) times.push((await timeCall(clean, text)).ms)
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

/** Repeating one page keeps its structure, so ms/MB stays flat unless something is superlinear. */
async function scaling(clean: CleanArticle, name: string, text: string): Promise<void> {
  console.log(`\nScaling, ${name} repeated (median of ${SCALE_RUNS}):`)
  for (const times of SCALES) {
    const input = Array.from({length: times}, () => text).join('\n\n')
    const mb = Buffer.byteLength(input, 'utf8') / MB
    const ms = await medianMs(clean, input)
    console.log(`  ${`${times}×`.padStart(4)} ${mb.toFixed(2).padStart(6)} MB ${ms.toFixed(1).padStart(9)} ms ${(ms / mb).toFixed(1).padStart(8)} ms/MB`)
  }
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
    await scaling(clean, longest.name, longest.text)
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
