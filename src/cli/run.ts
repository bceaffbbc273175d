import {createWriteStream, fstatSync, readFileSync} from 'node:fs'
import {once} from 'node:events'
import type {Readable, Writable} from 'node:stream'
import {createCleaner, type CleanerProfile, type Options} from '../index.js'
import {createExecutor} from '../batch/pool.js'
import type {BatchError, BatchId} from '../batch/records.js'
import {parseRecord, type Task, type TaskOutcome, type TaskSettings} from '../batch/task.js'
import {JOBS_PER_THREAD, MAX_WINDOW_BYTES, runWindow} from '../batch/window.js'
import {UsageError, type CliOptions} from './args.js'
import {createLineWriter} from './line-writer.js'
import {createStats, startProgress, summaryLine, type RunStats} from './progress.js'
import {listInputFiles, readLines} from './sources.js'

/** Where the CLI talks to the world; tests pass their own. */
export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: NodeJS.WriteStream | Writable
  /**
   * Called once with the function to run on each Ctrl-C. It stays installed
   * until the process exits: a Ctrl-C during the last writes must not kill
   * the process halfway through them.
   */
  onInterrupt(handler: () => void): void
  /** Leave now, with this code (a third Ctrl-C). */
  exit(code: number): void
}

/** A record on its way: a task for the cleaner, or a failure known before cleaning. */
type Job =
  | {task: Task; id: BatchId; lineNumber: number | null; size: number}
  | {failure: BatchError; id: BatchId; lineNumber: number | null; size: number}

/**
 * Run the CLI with parsed options.
 * @returns The exit code: 0 all cleaned, 1 some failed, 130 interrupted.
 * @throws {UsageError} when the profile or the output cannot be opened.
 */
export async function runCli(options: CliOptions, io: CliIo): Promise<number> {
  const cleanerOptions = loadCleanerOptions(options)
  const settings: TaskSettings = {
    options: cleanerOptions,
    output: options.format === 'jsonl' ? {format: 'jsonl', tree: options.tree} : {format: options.format, outDir: options.outDir ?? '.'}
  }
  const output = options.output === null ? io.stdout : await openOutput(options.output)
  const writer = createLineWriter(output)
  const stats = createStats()
  const maxPending = Math.max(1, options.jobs) * JOBS_PER_THREAD
  const executor = createExecutor({settings, concurrency: options.jobs, timeoutMs: options.timeoutMs, maxPending})

  let interrupts = 0
  const reading = new AbortController()
  io.onInterrupt(() => {
    interrupts++
    if (interrupts === 1) {
      reading.abort()
      if (!options.quiet) io.stderr.write('\nStopping: finishing the pages under way (Ctrl-C again to stop them too)\n')
    } else if (interrupts === 2) {
      void executor.destroy()
    } else {
      io.exit(130)
    }
  })
  const progress = !options.quiet && isTerminal(io.stderr) ? startProgress(io.stderr, stats) : null

  try {
    const jobs = options.inputs.length === 0 ? lineJobs(io.stdin, options, stats, reading.signal) : fileJobs(options, stats)
    const results = runWindow(jobs, (job) => runJob(job, executor.run), {
      ordered: options.ordered,
      maxJobs: maxPending,
      maxBytes: MAX_WINDOW_BYTES,
      sizeOf: (job) => job.size,
      stopped: () => interrupts > 0
    })
    for await (const {job, outcome} of results) {
      stats.records++
      if (outcome.ok) {
        await writer.write(outcome.output)
        continue
      }
      stats.failed++
      stats.byCode[outcome.error.code] = (stats.byCode[outcome.error.code] ?? 0) + 1
      const id = outcome.id ?? fallbackId(job)
      await writer.write(JSON.stringify(job.lineNumber === null ? {id, error: outcome.error} : {id, line: job.lineNumber, error: outcome.error}))
    }
    await writer.flush()
  } finally {
    progress?.stop()
    await executor.destroy()
    if (output !== io.stdout) {
      output.end()
      await once(output, 'finish')
    }
  }
  if (!options.quiet) io.stderr.write(`${summaryLine(stats, performance.now(), interrupts > 0)}\n`)
  return interrupts > 0 ? 130 : stats.failed > 0 ? 1 : 0
}

/** Clean one job; outputs are lines, because that is all the main thread should touch. */
async function runJob(job: Job, run: (task: Task) => Promise<TaskOutcome>): Promise<{job: Job; outcome: {ok: true; output: string} | {ok: false; id: BatchId | undefined; error: BatchError}}> {
  if ('failure' in job) return {job, outcome: {ok: false, id: job.id, error: job.failure}}
  const outcome = await run(job.task)
  if (outcome.ok) return {job, outcome: {ok: true, output: 'output' in outcome ? outcome.output : JSON.stringify(outcome.article)}}
  return {job, outcome}
}

/** JSON Lines from stdin, as jobs. Reading stops when `signal` aborts (Ctrl-C). */
async function* lineJobs(stdin: Readable, options: CliOptions, stats: RunStats, signal: AbortSignal): AsyncGenerator<Job, void, undefined> {
  stats.bytesTotal = regularFileSize(stdin)
  const counted = countBytes(stdin, stats, signal)
  for await (const item of readLines(counted, options.maxBytes)) {
    if ('tooLarge' in item) {
      const failure: BatchError = {code: 'input-too-large', message: `Line ${item.lineNumber} is ${item.tooLarge} bytes, over the limit of ${options.maxBytes} bytes (--max-bytes)`}
      yield {failure, id: item.lineNumber, lineNumber: item.lineNumber, size: 0}
      continue
    }
    yield {task: {kind: 'line', line: item.line, lineNumber: item.lineNumber}, id: item.lineNumber, lineNumber: item.lineNumber, size: item.line.length}
  }
}

/**
 * The chunks of a stream, counted into the stats, until `signal` aborts:
 * then the stream is destroyed, which ends the loop (racing each read
 * against the abort instead would keep every chunk alive through the
 * never-settled race: a multi-GB input would stay in memory).
 */
async function* countBytes(stream: Readable, stats: RunStats, signal: AbortSignal): AsyncGenerator<Buffer | string, void, undefined> {
  const stop = (): void => {
    stream.destroy()
  }
  if (signal.aborted) return stop()
  signal.addEventListener('abort', stop, {once: true})
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      stats.bytesRead += chunk.length
      yield chunk
    }
  } catch (error) {
    // Destroyed by a Ctrl-C: the input ends here.
    if (!signal.aborted) throw error
  } finally {
    signal.removeEventListener('abort', stop)
    // Stop reading stdin, so that the process can exit with input still coming.
    stream.destroy()
  }
}

/**
 * The id of a record whose worker could not say it (a timeout, a dead
 * worker): its `id` if the line parses, else its line number. Parsing again
 * costs, but only on such failures.
 */
function fallbackId(job: Job): BatchId {
  return 'task' in job && job.task.kind === 'line' ? parseRecord(job.task.line, job.task.lineNumber).id : job.id
}

/** Files, folders and globs, as jobs. */
async function* fileJobs(options: CliOptions, stats: RunStats): AsyncGenerator<Job, void, undefined> {
  stats.filesTotal = 0
  const listed = (files: number): void => {
    stats.filesTotal = (stats.filesTotal ?? 0) + files
  }
  for await (const file of listInputFiles(options.inputs, options.extensions, listed)) {
    if ('missing' in file) {
      yield {failure: {code: 'read-failed', message: `No file, folder or glob match: ${file.path}`}, id: file.path, lineNumber: null, size: 0}
      continue
    }
    yield {task: {kind: 'file', path: file.path, name: file.name}, id: file.path, lineNumber: null, size: 0}
  }
}

function loadCleanerOptions(options: CliOptions): Options {
  const cleanerOptions: Options = {maxInputBytes: options.maxBytes}
  // The cleaner stops itself at its checks; the pool stops a page stuck in one step.
  if (Number.isFinite(options.timeoutMs)) cleanerOptions.timeoutMs = options.timeoutMs
  if (options.strictness !== null) cleanerOptions.strictness = options.strictness
  if (options.profile !== null) {
    let profile: CleanerProfile
    try {
      profile = JSON.parse(readFileSync(options.profile, 'utf8')) as CleanerProfile
    } catch (error) {
      throw new UsageError(`Cannot read the profile ${options.profile}: ${(error as Error).message}`)
    }
    cleanerOptions.profile = profile
  }
  try {
    // Checked once here, so that a bad profile stops the run before it starts.
    createCleaner(cleanerOptions)
  } catch (error) {
    throw new UsageError(`${options.profile ?? 'Options'}: ${(error as Error).message}`)
  }
  return cleanerOptions
}

async function openOutput(path: string): Promise<Writable> {
  const stream = createWriteStream(path)
  try {
    await once(stream, 'open')
  } catch (error) {
    throw new UsageError(`Cannot write ${path}: ${(error as Error).message}`)
  }
  return stream
}

function regularFileSize(stream: Readable): number | null {
  const fd = (stream as Readable & {fd?: unknown}).fd
  if (typeof fd !== 'number') return null
  try {
    const info = fstatSync(fd)
    return info.isFile() ? info.size : null
  } catch {
    return null
  }
}

function isTerminal(stream: NodeJS.WriteStream | Writable): stream is NodeJS.WriteStream {
  return (stream as NodeJS.WriteStream).isTTY === true
}
