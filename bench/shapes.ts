/**
 * `npm run bench -- --input=shapes`: whether cleaning time grows linearly
 * with the page whatever its shape (issue 22 item 5). The pages of
 * test/helpers/page-shapes.ts (wide, deep, long), each at 1×, 4× and 16× of
 * BASE_BYTES, timed on the same cleanArticle as the other sections, with no
 * size limit. The targets: ms per MB at 16× at
 * most GROWTH_LIMIT times that at 1×, and the 1 MB page (4×) under
 * ONE_MB_LIMIT_MS on one core.
 */
import type {CleanArticle} from '../eval/run.js'
import {PAGE_SHAPES, shapedPage} from '../test/helpers/page-shapes.js'

const MB = 1e6
/** The 1× page: 4× is then a 1 MB page, the size the issue's time target names. */
const BASE_BYTES = 250_000
const SCALES = [1, 4, 16] as const
const RUNS = 3
const GROWTH_LIMIT = 1.5
const ONE_MB_LIMIT_MS = 1000

/** Median of `RUNS` cleans of `html`, in ms. */
async function medianMs(clean: CleanArticle, html: string): Promise<number> {
  const runs: number[] = []
  for (let i = 0; i < RUNS; i++) {
    ;(globalThis as {gc?: () => void}).gc?.()
    const start = performance.now()
    await clean({html}, {maxInputBytes: 1e9})
    runs.push(performance.now() - start)
  }
  runs.sort((a, b) => a - b)
  return runs[Math.floor(RUNS / 2)] as number
}

export async function scalingShapes(clean: CleanArticle): Promise<void> {
  // Warm up, so that the 1× figure is not the JIT's.
  for (const shape of Object.values(PAGE_SHAPES)) await clean({html: shapedPage(shape, 20_000)})
  console.log(`\nHTML shapes, ms per MB at ${SCALES.map((scale) => `${scale}×`).join(', ')} of ${BASE_BYTES / 1000} KB (median of ${RUNS}):`)
  console.log(`| shape | ${SCALES.map((scale) => `${scale}× ms/MB`).join(' | ')} | 16× ÷ 1× | 1 MB page, ms |`)
  console.log(`| --- | ${SCALES.map(() => '---:').join(' | ')} | ---: | ---: |`)
  let failed = false
  for (const [name, shape] of Object.entries(PAGE_SHAPES)) {
    const perMb: number[] = []
    let oneMbMs = Number.NaN
    for (const scale of SCALES) {
      const html = shapedPage(shape, BASE_BYTES * scale)
      const ms = await medianMs(clean, html)
      perMb.push(ms / (Buffer.byteLength(html, 'utf8') / MB))
      if (scale === 4) oneMbMs = ms
    }
    const growth = (perMb.at(-1) as number) / (perMb[0] as number)
    const over = growth > GROWTH_LIMIT || oneMbMs > ONE_MB_LIMIT_MS
    failed ||= over
    console.log(`| ${name} | ${perMb.map((ms) => ms.toFixed(0)).join(' | ')} | ${growth.toFixed(2)}${growth > GROWTH_LIMIT ? ' ✗' : ''} | ${oneMbMs.toFixed(0)}${oneMbMs > ONE_MB_LIMIT_MS ? ' ✗' : ''} |`)
  }
  console.log(`Targets: 16× ÷ 1× at most ${GROWTH_LIMIT}; a 1 MB page under ${ONE_MB_LIMIT_MS} ms. ${failed ? 'Some missed (✗).' : 'All met.'}`)
}
