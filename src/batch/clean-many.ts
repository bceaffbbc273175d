import {createCleaner, InvalidInputError, type Options} from '../index.js'
import {isUint8Array} from '../input/decode.js'
import {createExecutor} from './pool.js'
import {idOf, type BatchInput, type BatchResult} from './records.js'
import {JOBS_PER_THREAD, MAX_WINDOW_BYTES, runWindow} from './window.js'

/** Options of {@link cleanMany}: the cleaner's options, and how to run the batch. */
export interface BatchOptions extends Options {
  /**
   * Worker threads to clean on. 0 or 1 cleans on the calling thread (no
   * threads to start: best for small batches, and for runtimes without
   * `worker_threads`), unless `timeoutMs` is set.
   * @default 1
   */
  concurrency?: number | undefined
  /**
   * Yield results in the order of the source. With `false`, each result is
   * yielded as soon as it is ready (a slow page holds nothing back).
   * @default true
   */
  ordered?: boolean | undefined
  /**
   * Give up on a record after this many milliseconds of cleaning; it fails
   * with `timeout` and the batch goes on. The cleaner stops itself at its
   * checks (see `Options.timeoutMs`); a record stuck in one step has its
   * worker thread stopped and replaced, so a finite limit implies at least
   * one worker thread.
   * @default Infinity
   */
  timeoutMs?: number | undefined
}

/**
 * Clean many pages, on worker threads or on the calling thread, and yield a
 * result for each: `{index, id?, article}` or `{index, id?, error}`. A bad
 * page gives an error result and the batch goes on. At most a bounded window
 * of pages is read ahead, so a source of millions of pages (a generator, a
 * stream) is cleaned in flat memory.
 *
 * Runs on `createCleaner`: a learned `profile` applies in every worker (each
 * gets it once, when it starts).
 *
 * @param source Pages (strings, or `{text | html, url?, site?, id?}`), an
 *   `Iterable` or an `AsyncIterable`.
 * @param options Cleaner options plus `concurrency`, `ordered`, `timeoutMs`.
 * @returns An async iterable of results. Breaking out of the loop stops the
 *   workers.
 * @throws {InvalidInputError} at once, when an option is invalid; the source's
 *   own errors are thrown from the loop, after the results of every record
 *   read before them.
 *
 * @example
 * for await (const result of cleanMany(pages, {concurrency: 4})) {
 *   if ('error' in result) console.error(result.index, result.error.code)
 *   else save(result.id, result.article)
 * }
 */
export function cleanMany(source: Iterable<BatchInput> | AsyncIterable<BatchInput>, options?: Readonly<BatchOptions> | null): AsyncIterable<BatchResult> {
  if (source === null || typeof source !== 'object' || !(Symbol.iterator in source || Symbol.asyncIterator in source)) {
    throw new InvalidInputError('cleanMany() expects an iterable or async iterable of inputs')
  }
  const {concurrency = 1, ordered = true, ...cleanerOptions} = options ?? {}
  const timeoutMs = cleanerOptions.timeoutMs ?? Number.POSITIVE_INFINITY
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 0) {
    throw new InvalidInputError(`Option concurrency must be a whole number of threads, 0 or more, got ${String(concurrency)}`)
  }
  if (typeof ordered !== 'boolean') throw new InvalidInputError(`Option ordered must be a boolean, got ${typeof ordered}`)
  // Checked here (timeoutMs too), so that bad options throw now rather than in every worker.
  createCleaner(cleanerOptions)
  return run(source, {options: cleanerOptions, output: {format: 'article'}}, {concurrency, ordered, timeoutMs})
}

async function* run(
  source: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  settings: {options: Options; output: {format: 'article'}},
  how: {concurrency: number; ordered: boolean; timeoutMs: number}
): AsyncGenerator<BatchResult, void, undefined> {
  const maxPending = Math.max(1, how.concurrency) * JOBS_PER_THREAD
  const executor = createExecutor({settings, concurrency: how.concurrency, timeoutMs: how.timeoutMs, maxPending})
  try {
    const results = runWindow(
      source,
      async (input: BatchInput, index: number): Promise<BatchResult> => {
        const outcome = await executor.run({kind: 'input', input})
        const id = idOf(input)
        const base = id === undefined ? {index} : {index, id}
        return outcome.ok && 'article' in outcome ? {...base, article: outcome.article} : {...base, error: outcome.ok ? {code: 'clean-failed', message: 'No article came back'} : outcome.error}
      },
      {ordered: how.ordered, maxJobs: maxPending, maxBytes: MAX_WINDOW_BYTES, sizeOf: inputSize}
    )
    yield* results
  } finally {
    await executor.destroy()
  }
}

/** Roughly the bytes an input holds (a string's length is close enough for a memory bound). */
function inputSize(input: BatchInput): number {
  if (typeof input === 'string') return input.length
  if (typeof input === 'object' && input !== null) {
    const body: unknown = 'text' in input ? input.text : 'html' in input ? input.html : ''
    if (typeof body === 'string') return body.length
    if (isUint8Array(body)) return body.byteLength
  }
  return 0
}
