/**
 * `npm run bench`: cleanArticle's throughput and per-page latency over the
 * corpus on one thread, and whether its time grows linearly with input: the
 * longest corpus page, generated article pages and lines crafted against the
 * patterns (test/helpers/crafted-lines.ts), each at 1×, 4× and 16×.
 *
 *   --input=text|html|both   the text dumps, the HTML pages and its peers
 *                            (see bench/html.ts), or both (default)
 *   --input=shapes           only generated HTML pages of each shape (wide,
 *                            deep, long) at 1×, 4× and 16× (see bench/shapes.ts)
 *
 * It pins itself to one core with `taskset` when that is available, so that
 * the figures do not depend on how busy the other cores are. Then the built
 * cleanArticle on one worker thread (the whole process pinned to one core,
 * V8's compiler and GC threads with it) and on every core's worker thread
 * at once (unpinned), each after a warm-up, and the CLI on a generated JSON
 * Lines file of 100,000 text dumps with `--jobs 1` and `--jobs <cores>`
 * (skipped with --input=html).
 *
 *   --cli-records=<n>        records in the generated file (default 100000; 0 skips the CLI)
 */
import {spawn, spawnSync} from 'node:child_process'
import {once} from 'node:events'
import {createWriteStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {Worker} from 'node:worker_threads'
import fc from 'fast-check'
import {corpusDir, listPages, loadCleanArticle, repoRoot, type CleanArticle} from '../eval/run.js'
import buildDist from '../test/helpers/build-dist.js'
import {craftLines} from '../test/helpers/crafted-lines.js'
import {articleDump} from '../test/helpers/page-dumps.js'
import {benchHtml, scalingHtml} from './html.js'
import {isPinnedCopy, rerunPinned} from './pin.js'
import {scalingShapes} from './shapes.js'
import {referenceMs} from './reference.js'

/** Set in the copy of this script that runs pinned to one core. */
const PINNED = 'BENCH_PINNED'
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

/** What the README's table reports, filled in as the sections run. */
interface Figures {
  cores: number
  raw: Map<number, {docsPerSecond: number; p50: number; p99: number}>
  cli: Map<number, {docsPerSecond: number; peakRssMb: number}>
  /** The reference work's milliseconds before and after the one-thread measure (see bench/reference.ts). */
  reference?: [number, number]
}

/**
 * CPU seconds of the whole machine so far (/proc/stat, Linux; null
 * elsewhere): busy, and taken by the host (steal: time the cores were ready
 * to run and the hypervisor gave to someone else). With what this bench
 * used itself, they tell how much others took from the cores during a
 * measure: on a shared machine that, not the code, is often why two cores
 * do not give twice one.
 */
function machineCpuSeconds(): {busy: number; stolen: number} | null {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number)
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields
    return {busy: (user + nice + system + irq + softirq) / CLOCK_TICKS_PER_SECOND, stolen: steal / CLOCK_TICKS_PER_SECOND}
  } catch {
    return null
  }
}

const CLOCK_TICKS_PER_SECOND = 100

/** What others took from the machine during a measure, in cores: other processes, and the host (steal). */
interface OtherLoad {
  otherCores: number | null
  stealCores: number | null
}

/** Starts a measure of the others' load; `stop` gives it, given what we used. */
function otherLoad(): {stop(ownCpuSeconds: number, seconds: number): OtherLoad} {
  const start = machineCpuSeconds()
  return {
    stop(ownCpuSeconds, seconds) {
      const now = machineCpuSeconds()
      if (start === null || now === null || seconds <= 0) return {otherCores: null, stealCores: null}
      return {otherCores: Math.max(0, (now.busy - start.busy - ownCpuSeconds) / seconds), stealCores: (now.stolen - start.stolen) / seconds}
    }
  }
}

const stealNote = (cores: number | null): string => (cores === null ? '' : `; the host took ${cores.toFixed(2)} cores (steal)`)
const otherNote = (cores: number | null): string => (cores === null ? '' : `; other processes used ${cores.toFixed(2)} cores meanwhile`)

/**
 * Warm-up before a thread's timed run: at least this many passes and this
 * long. V8 goes on compiling the pipeline's large functions for the first
 * several passes over the corpus (about seven, each recompile of
 * `cleanWithin` costing 40-80 ms of compiler time); a pipeline that cleans
 * millions of pages runs in the state after it, which is what is timed.
 */
const CORE_WARM_UP_PASSES = 2
const CORE_WARM_UP_MS = 3000
const CORE_MS = 10_000

/**
 * cleanArticle on `threads` worker threads at once, each cleaning the corpus
 * in a loop: the throughput the cores give, without any pool or I/O, which is
 * what the CLI's overhead is measured against.
 */
async function onThreads(texts: readonly string[], threads: number): Promise<ThreadsResult> {
  const entry = pathToFileURL(join(repoRoot, 'dist', 'index.js')).href
  const workers = Array.from(
    {length: threads},
    () => new Worker(new URL('core-worker.mjs', import.meta.url), {workerData: {entry, texts, warmUpPasses: CORE_WARM_UP_PASSES, warmUpMs: CORE_WARM_UP_MS, durationMs: CORE_MS}})
  )
  const ready = (await Promise.all(workers.map((worker) => once(worker, 'message') as Promise<[{warmUp: {docs: number; seconds: number}}]>))).map(([message]) => message.warmUp)
  const warmUpDocsPerSecond = ready.reduce((sum, warmUp) => sum + warmUp.docs / warmUp.seconds, 0)
  const results = workers.map((worker) => once(worker, 'message') as Promise<[{times: number[]; seconds: number}]>)
  const cpu = process.cpuUsage()
  const others = otherLoad()
  const start = performance.now()
  for (const worker of workers) worker.postMessage('go')
  const done = (await Promise.all(results)).map(([result]) => result)
  const used = process.cpuUsage(cpu)
  const seconds = (performance.now() - start) / 1000
  const ownSeconds = (used.user + used.system) / 1e6
  const {otherCores, stealCores} = others.stop(ownSeconds, seconds)
  await Promise.all(workers.map((worker) => worker.terminate()))
  const times = done.flatMap((result) => result.times).sort((a, b) => a - b)
  const docsPerSecond = done.reduce((sum, result) => sum + result.times.length / result.seconds, 0)
  // The main thread only waits: what the process used is the workers' and V8's own threads' (compiler, GC).
  return {docsPerSecond, p50: percentile(times, 50), p99: percentile(times, 99), otherCores, stealCores, ownCores: ownSeconds / seconds, warmUpDocsPerSecond}
}

interface ThreadsResult {
  docsPerSecond: number
  p50: number
  p99: number
  otherCores: number | null
  /** Cores the host took from this virtual machine meanwhile (steal), or null where unknown. */
  stealCores: number | null
  /** Cores this process used meanwhile: the cleaning threads and V8's compiler and GC threads. */
  ownCores: number
  /** The rate during the warm-up (a fresh process's first seconds, the JIT compiling). */
  warmUpDocsPerSecond: number
}

/**
 * This process's CPU affinity as `taskset` lists it ("0,1", "0-3"), or
 * null where there is no `taskset` (not Linux).
 */
function processCores(): string | null {
  if (!existsSync('/usr/bin/taskset')) return null
  const result = spawnSync('/usr/bin/taskset', ['-c', '-p', String(process.pid)], {encoding: 'utf8'})
  return result.status === 0 ? (/: ([\d,-]+)\s*$/.exec(result.stdout)?.[1] ?? null) : null
}

/**
 * Set the CPU affinity of every thread of this process (Linux, with
 * `taskset`): `cores` is a list such as "0" or "0-1". Returns whether it
 * was set. Threads started later inherit it.
 */
function pinProcess(cores: string): boolean {
  if (!existsSync('/usr/bin/taskset')) return false
  return spawnSync('/usr/bin/taskset', ['-a', '-p', '-c', cores, String(process.pid)], {stdio: 'ignore'}).status === 0
}

async function allCores(texts: readonly string[], figures: Figures): Promise<void> {
  console.log(`\nOn worker threads (built dist/, ${CORE_MS / 1000} s each after ${CORE_WARM_UP_MS / 1000} s of warm-up, ${figures.cores} cores):`)
  for (const threads of [...new Set([1, figures.cores])]) {
    // One thread runs on one core with V8's compiler and GC threads, so
    // that its rate is what one core gives (unpinned, they take part of
    // another core, most of all while the JIT is still compiling).
    const allowed = threads === 1 && figures.cores > 1 ? processCores() : null
    const pinned = allowed !== null && pinProcess(/^\d+/.exec(allowed)?.[0] ?? '0')
    // The reference work runs where the thread does, just before and after
    // it, so that it meets the machine in the state the measure met.
    const referenceBefore = threads === 1 ? referenceMs() : null
    const result = await onThreads(texts, threads)
    const referenceAfter = threads === 1 ? referenceMs() : null
    if (pinned) pinProcess(allowed)
    figures.raw.set(threads, result)
    const where = pinned ? ', pinned to one core' : ''
    console.log(
      `  ${threads} thread${threads === 1 ? (pinned ? '' : ' ') : 's'}${where}: ${result.docsPerSecond.toFixed(1)} docs/s (${(result.docsPerSecond / threads).toFixed(1)} per core), p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms; this process used ${result.ownCores.toFixed(2)} cores${otherNote(result.otherCores)}; during the warm-up ${result.warmUpDocsPerSecond.toFixed(1)} docs/s`
    )
    if (referenceBefore !== null && referenceAfter !== null) {
      figures.reference = [referenceBefore, referenceAfter]
      console.log(
        `    the machine meanwhile: reference work ${referenceBefore.toFixed(2)} ms before, ${referenceAfter.toFixed(2)} ms after${pinned ? ' on the same core' : ''} (the same work in every run: compare docs/s across runs only where these agree; see bench/reference.ts)${stealNote(result.stealCores)}`
      )
    }
  }
  const one = figures.raw.get(1)
  const all = figures.raw.get(figures.cores)
  if (one && all && figures.cores > 1) console.log(`  scaling 1 → ${figures.cores} threads: ${(all.docsPerSecond / one.docsPerSecond).toFixed(2)}×`)
}

/** Write `records` JSON Lines records cycling through the corpus dumps, waiting on the disk as it goes. */
async function writeRecords(file: string, pages: readonly {name: string; text: string}[], records: number): Promise<number> {
  const out = createWriteStream(file)
  let bytes = 0
  for (let i = 0; i < records; i++) {
    const page = pages[i % pages.length] as {name: string; text: string}
    const line = `${JSON.stringify({id: `${i}-${page.name}`, url: `https://example.org/${page.name}`, text: page.text})}\n`
    bytes += Buffer.byteLength(line)
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return bytes
}

/** A process's peak resident memory (VmHWM) and CPU seconds, polled until it exits (Linux; null elsewhere). */
function pollProcess(pid: number): {stop(): {peakRss: number | null; cpuSeconds: number}} {
  let peakRss: number | null = null
  let cpuSeconds = 0
  const read = (): void => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) peakRss = Math.max(peakRss ?? 0, Number(match[1]) * 1024)
      // utime and stime, the 14th and 15th fields, after the command in parentheses.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND
    } catch {
      // The process has exited, or this is not Linux.
    }
  }
  const timer = setInterval(read, 100)
  return {
    stop() {
      clearInterval(timer)
      return {peakRss, cpuSeconds}
    }
  }
}

async function runCliOnce(file: string, jobs: number): Promise<{seconds: number; peakRss: number | null; otherCores: number | null; summary: string}> {
  const start = performance.now()
  const others = otherLoad()
  const cpu = process.cpuUsage()
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--jobs', String(jobs), '--output', '/dev/null'], {stdio: [openSync(file, 'r'), 'ignore', 'pipe']})
  const polled = pollProcess(child.pid as number)
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'close')) as [number | null]
  const seconds = (performance.now() - start) / 1000
  const {peakRss, cpuSeconds} = polled.stop()
  const own = process.cpuUsage(cpu)
  const {otherCores} = others.stop(cpuSeconds + (own.user + own.system) / 1e6, seconds)
  if (code !== 0) throw new Error(`the CLI exited with ${code}: ${stderr}`)
  return {seconds, peakRss, otherCores, summary: stderr.trim().split('\n').at(-1) ?? ''}
}

async function cliThroughput(pages: readonly {name: string; text: string}[], records: number, figures: Figures): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'article-cleaner-bench-'))
  try {
    const file = join(dir, 'records.jsonl')
    const bytes = await writeRecords(file, pages, records)
    console.log(`\nThe CLI on ${records.toLocaleString('en-US')} records (${(bytes / MB).toFixed(0)} MB of JSON Lines, the corpus dumps cycled; output to /dev/null):`)
    for (const jobs of [...new Set([1, figures.cores])]) {
      const {seconds, peakRss, otherCores, summary} = await runCliOnce(file, jobs)
      const docsPerSecond = records / seconds
      figures.cli.set(jobs, {docsPerSecond, peakRssMb: peakRss === null ? Number.NaN : peakRss / MB})
      console.log(`  --jobs ${jobs}: ${docsPerSecond.toFixed(1)} docs/s (${(docsPerSecond / jobs).toFixed(1)} per core), ${seconds.toFixed(1)} s, peak RSS ${peakRss === null ? 'n/a' : `${(peakRss / MB).toFixed(0)} MB`}${otherNote(otherCores)}`)
      console.log(`    ${summary}`)
    }
    const one = figures.cli.get(1)
    const all = figures.cli.get(figures.cores)
    if (one && all && figures.cores > 1) console.log(`  scaling --jobs 1 → ${figures.cores}: ${(all.docsPerSecond / one.docsPerSecond).toFixed(2)}×`)
    for (const [jobs, cli] of figures.cli) {
      const raw = figures.raw.get(jobs)
      if (raw) console.log(`  overhead at ${jobs} core${jobs === 1 ? '' : 's'}: the CLI runs at ${((cli.docsPerSecond / raw.docsPerSecond) * 100).toFixed(0)}% of cleanArticle's own speed`)
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** The README's table, in Markdown. */
function printTable(figures: Figures): void {
  const cores = [...new Set([1, figures.cores])]
  const cell = (value: number | undefined, digits = 0): string => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits))
  console.log(`\n| text dumps | ${cores.map((n) => `${n} core${n === 1 ? '' : 's'}`).join(' | ')} |`)
  console.log(`| --- | ${cores.map(() => '---').join(' | ')} |`)
  console.log(`| cleanArticle, docs/s | ${cores.map((n) => cell(figures.raw.get(n)?.docsPerSecond)).join(' | ')} |`)
  console.log(`| cleanArticle, p50 / p99 ms per page | ${cores.map((n) => `${cell(figures.raw.get(n)?.p50, 1)} / ${cell(figures.raw.get(n)?.p99, 1)}`).join(' | ')} |`)
  console.log(`| CLI \`--jobs n\`, docs/s | ${cores.map((n) => cell(figures.cli.get(n)?.docsPerSecond)).join(' | ')} |`)
  console.log(`| CLI, docs/s per core | ${cores.map((n) => cell((figures.cli.get(n)?.docsPerSecond ?? Number.NaN) / n)).join(' | ')} |`)
  console.log(`| CLI ÷ cleanArticle | ${cores.map((n) => cell(((figures.cli.get(n)?.docsPerSecond ?? Number.NaN) / (figures.raw.get(n)?.docsPerSecond ?? Number.NaN)) * 100) + '%').join(' | ')} |`)
  console.log(`| CLI peak RSS, MB | ${cores.map((n) => cell(figures.cli.get(n)?.peakRssMb)).join(' | ')} |`)
  if (figures.reference) console.log(`\nReference work: ${figures.reference.map((ms) => ms.toFixed(2)).join(' ms before, ')} ms after the one-thread measure.`)
}

function readArgs(): {input: 'text' | 'html' | 'both' | 'shapes'; records: number} {
  const {values} = parseArgs({options: {input: {type: 'string'}, 'cli-records': {type: 'string'}}})
  const input = values.input ?? 'both'
  if (input !== 'text' && input !== 'html' && input !== 'both' && input !== 'shapes') throw new Error(`--input must be text, html, both or shapes, got ${input}`)
  return {input, records: Number(values['cli-records'] ?? 100_000)}
}

/** The one-core sections (pinned, when taskset exists). */
async function main(): Promise<void> {
  const {input} = readArgs()
  const clean = await loadCleanArticle()
  if (input === 'shapes') return scalingShapes(clean)
  const dir = corpusDir()
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
    await scalingShapes(clean)
  }
}

/**
 * The sections on every core, with the text dumps: run unpinned, after the
 * pinned ones. HTML pages and the peers on every core can come here too.
 */
async function allCoreSections(): Promise<void> {
  const {input, records} = readArgs()
  if (input === 'html' || input === 'shapes') return
  const dir = corpusDir()
  const pages = listPages(dir).map((name) => ({name, text: readFileSync(join(dir, `${name}.txt`), 'utf8')}))
  const figures: Figures = {cores: availableParallelism(), raw: new Map(), cli: new Map()}
  buildDist()
  await allCores(pages.map((page) => page.text), figures)
  if (records > 0) await cliThroughput(pages, records, figures)
  printTable(figures)
}

async function run(): Promise<void> {
  // The pinned copy runs the one-core sections only; this process, unpinned,
  // goes on to the sections on every core.
  if (isPinnedCopy(PINNED)) return main()
  if (!rerunPinned(PINNED, ['--expose-gc'])) await main()
  if (process.exitCode === undefined || process.exitCode === 0) await allCoreSections()
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
