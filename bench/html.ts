/**
 * The HTML half of `npm run bench`: the corpus's HTML pages through
 * article-cleaner, rehype-parse alone (the floor: every extractor here must
 * at least parse), Readability.js on jsdom and on linkedom, and defuddle (on
 * linkedom, its own default), one after the other in one process.
 */
import {Readability} from '@mozilla/readability'
import {Defuddle} from 'defuddle/node'
import {JSDOM} from 'jsdom'
import {parseHTML} from 'linkedom'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {CleanArticle} from '../eval/run.js'

/** One system: a name and how it turns one page into something. */
export interface System {
  name: string
  run: (html: string) => unknown
}

const MIN_MS = 4000
const MB = 1e6

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)] ?? Number.NaN
}

/** The systems, article-cleaner first; the peers are devDependencies at exact versions. */
export function htmlSystems(clean: CleanArticle): System[] {
  const parser = unified().use(rehypeParse).freeze()
  return [
    {name: 'rehype-parse alone', run: (html) => parser.parse(html)},
    {name: 'article-cleaner', run: (html) => clean({html})},
    {name: 'Readability + linkedom', run: (html) => new Readability(parseHTML(html).document as unknown as Document).parse()},
    {name: 'defuddle (linkedom)', run: (html) => Defuddle(html, 'https://example.com/')},
    {name: 'Readability + jsdom', run: (html) => new Readability(new JSDOM(html).window.document).parse()}
  ]
}

interface Measured {
  name: string
  docsPerSec: number
  p50: number
  p99: number
  meanMs: number
  failed: number
}

/**
 * Run every system over the pages, interleaved (page by page, each system in
 * turn), so that a busy moment of the machine or the JIT's warm-up weighs on
 * all of them alike; a warm-up over 20 pages first. Prints one table, with
 * each system's mean time as a multiple of parsing alone.
 */
export async function benchHtml(clean: CleanArticle, pages: readonly string[]): Promise<void> {
  const bytes = pages.reduce((sum, html) => sum + Buffer.byteLength(html, 'utf8'), 0)
  console.log(`\nHTML: ${pages.length} pages, ${(bytes / MB).toFixed(1)} MB, one thread, systems interleaved`)
  const systems = htmlSystems(clean)
  const times = systems.map((): number[] => [])
  const failed = systems.map(() => 0)
  const once = async (index: number, html: string): Promise<number> => {
    const start = performance.now()
    try {
      await (systems[index] as System).run(html)
    } catch {
      failed[index] = (failed[index] ?? 0) + 1
    }
    return performance.now() - start
  }
  for (const html of pages.slice(0, 20)) for (let i = 0; i < systems.length; i++) await once(i, html)
  failed.fill(0)
  const started = performance.now()
  do {
    for (const html of pages) for (let i = 0; i < systems.length; i++) (times[i] as number[]).push(await once(i, html))
  } while (performance.now() - started < MIN_MS)
  const results: Measured[] = systems.map((system, i) => {
    const list = (times[i] as number[]).sort((a, b) => a - b)
    const total = list.reduce((sum, t) => sum + t, 0)
    return {name: system.name, docsPerSec: (list.length * 1000) / total, p50: percentile(list, 50), p99: percentile(list, 99), meanMs: total / list.length, failed: failed[i] ?? 0}
  })
  const floor = results[0]?.meanMs ?? Number.NaN
  console.log('\n  system                    docs/s   p50 ms   p99 ms   × parse time')
  for (const r of results) {
    const line = `  ${r.name.padEnd(24)} ${r.docsPerSec.toFixed(1).padStart(7)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${(r.meanMs / floor).toFixed(2).padStart(12)}`
    console.log(r.failed > 0 ? `${line}   (${r.failed} threw)` : line)
  }
}

/** Time and heap of article-cleaner on one page's body repeated 1, 4 and 16 times: flat ms/MB means linear. */
export async function scalingHtml(clean: CleanArticle, name: string, html: string): Promise<void> {
  const open = html.search(/<body[^>]{0,500}>/i)
  const close = html.search(/<\/body>/i)
  if (open < 0 || close < open) return
  const inner = html.slice(html.indexOf('>', open) + 1, close)
  const gc = (globalThis as {gc?: () => void}).gc
  console.log(`\nHTML scaling, the body of ${name} repeated (median of 5):`)
  for (const times of [1, 4, 16]) {
    const input = html.slice(0, close) + inner.repeat(times - 1) + html.slice(close)
    const mb = Buffer.byteLength(input, 'utf8') / MB
    const runs: number[] = []
    let heap = 0
    for (let i = 0; i < 5; i++) {
      gc?.()
      const before = process.memoryUsage().heapUsed
      const start = performance.now()
      await clean({html: input}, {maxInputBytes: 1e9})
      runs.push(performance.now() - start)
      heap = Math.max(heap, process.memoryUsage().heapUsed - before)
    }
    runs.sort((a, b) => a - b)
    const ms = runs[2] as number
    const heapNote = gc ? `  heap +${(heap / MB).toFixed(0)} MB (${(heap / MB / mb).toFixed(0)} MB per MB)` : ''
    console.log(`  ${`${times}×`.padStart(4)} ${mb.toFixed(2).padStart(6)} MB ${ms.toFixed(1).padStart(9)} ms ${(ms / mb).toFixed(1).padStart(8)} ms/MB${heapNote}`)
  }
}
