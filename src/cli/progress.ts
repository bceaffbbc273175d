import type {BatchErrorCode} from '../batch/records.js'

/** What a run has done so far. */
export interface RunStats {
  records: number
  failed: number
  byCode: Partial<Record<BatchErrorCode, number>>
  /** Bytes of input read, and how many there are in all when known (a regular file on stdin). */
  bytesRead: number
  bytesTotal: number | null
  /** Files listed so far, when the input is files (known once listing ends). */
  filesTotal: number | null
  startedAt: number
}

export function createStats(): RunStats {
  return {records: 0, failed: 0, byCode: {}, bytesRead: 0, bytesTotal: null, filesTotal: null, startedAt: performance.now()}
}

const REDRAW_MS = 200
const BAR_CELLS = 20

/**
 * A one-line progress display on a terminal, redrawn in place with `\r`
 * (a dependency for one line of text did not pay for itself).
 */
export function startProgress(stream: NodeJS.WriteStream, stats: RunStats): {stop(): void} {
  let width = 0
  const draw = (): void => {
    const line = progressLine(stats, performance.now())
    stream.write(`\r${line.padEnd(width)}`)
    width = line.length
  }
  const timer = setInterval(draw, REDRAW_MS)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      stream.write(`\r${' '.repeat(width)}\r`)
    }
  }
}

/** `[#####---------------] 25% 12,345 records, 523/s, 3 errors, 1m20s left` */
export function progressLine(stats: RunStats, now: number): string {
  const seconds = (now - stats.startedAt) / 1000
  const rate = seconds > 0 ? stats.records / seconds : 0
  const done = fractionDone(stats)
  const parts = [count(stats.records, 'record'), `${Math.round(rate)}/s`, count(stats.failed, 'error')]
  if (done === null) return parts.join(', ')
  if (done > 0 && done < 1) parts.push(`${formatDuration((seconds / done) * (1 - done))} left`)
  const cells = Math.round(done * BAR_CELLS)
  return `[${'#'.repeat(cells)}${'-'.repeat(BAR_CELLS - cells)}] ${Math.floor(done * 100)}% ${parts.join(', ')}`
}

function fractionDone(stats: RunStats): number | null {
  if (stats.filesTotal !== null && stats.filesTotal > 0) return Math.min(1, stats.records / stats.filesTotal)
  if (stats.bytesTotal !== null && stats.bytesTotal > 0) return Math.min(1, stats.bytesRead / stats.bytesTotal)
  return null
}

/** `1h02m`, `3m05s`, `42s`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${s}s`
}

/** The last line of every run: `article-cleaner: 1,000 records, 998 cleaned, 2 failed (invalid-json 2) in 3.1 s (322/s)`. */
export function summaryLine(stats: RunStats, now: number, interrupted: boolean): string {
  const seconds = (now - stats.startedAt) / 1000
  const codes = Object.entries(stats.byCode)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ')
  const failed = stats.failed === 0 ? '0 failed' : `${stats.failed} failed (${codes})`
  const rate = seconds > 0 ? Math.round(stats.records / seconds) : 0
  return `article-cleaner: ${count(stats.records, 'record')}, ${(stats.records - stats.failed).toLocaleString('en-US')} cleaned, ${failed} in ${seconds.toFixed(1)} s (${rate}/s)${interrupted ? ', interrupted' : ''}`
}

/** `1 record`, `2 records`, `1,000 records`. */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`
}
