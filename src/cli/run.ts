import {createReadStream, fstatSync, readFileSync} from 'node:fs'
import {extname} from 'node:path'
import {setImmediate as nextTurn} from 'node:timers/promises'
import type {Readable, Writable} from 'node:stream'
import {createCleaner, type CleanerProfile, type Options} from '../index.js'
import {createExecutor} from '../batch/pool.js'
import type {BatchError, BatchId} from '../batch/records.js'
import {parseRecord, type Task, type TaskOutcome, type TaskSettings} from '../batch/task.js'
import {JOBS_PER_THREAD, MAX_WINDOW_BYTES, runWindow} from '../batch/window.js'
import {UsageError, type CliOptions} from './args.js'
import {createStreamLineWriter, openFileLineWriter} from './line-writer.js'
import {createOutDirWriter, type OutDirWriter} from './out-dir.js'
import {createStats, startProgress, summaryLine, type RunStats} from './progress.js'
import {listInputFiles, readLines, type InputLine} from './sources.js'

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

/**
 * A record on its way: a task for the cleaner, or a failure known before
 * cleaning. `where` starts every error message of the record (`Line 3`,
 * `pages.jsonl, line 3`, `dumps/a.txt`), whichever step failed.
 */
type Job =
  | {task: Task; id: BatchId; where: string; lineNumber: number | null; size: number}
  | {failure: BatchError; id: BatchId; where: string; lineNumber: number | null; size: number}

/** Files whose arguments are read as JSON Lines, as stdin is, rather than as one page. */
const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson'])

/**
 * Run the CLI with parsed options.
 * @returns The exit code: 0 all cleaned, 1 some failed, 130 interrupted.
 * @throws {UsageError} when the profile or the output cannot be opened.
 */
export async function runCli(options: CliOptions, io: CliIo): Promise<number> {
  const cleanerOptions = loadCleanerOptions(options)
  const settings: TaskSettings = {
    options: cleanerOptions,
    output: options.format === 'jsonl' ? {format: 'jsonl', tree: options.tree} : {format: options.format}
  }
  const writer = options.output === null ? createStreamLineWriter(io.stdout) : openFileLineWriter(options.output)
  const outDir = options.format === 'jsonl' ? null : createOutDirWriter(options.outDir ?? '.', options.format === 'markdown' ? 'md' : 'txt')
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
    const jobs = options.inputs.length === 0 ? stdinJobs(io.stdin, options, stats, reading.signal) : fileJobs(options, stats)
    const results = runWindow(jobs, (job) => runJob(job, executor.run), {
      ordered: options.ordered,
      maxJobs: maxPending,
      maxBytes: MAX_WINDOW_BYTES,
      sizeOf: (job) => job.size,
      stopped: () => interrupts > 0
    })
    for await (const {job, outcome} of results) {
      stats.records++
      let failure: BatchError
      if (!outcome.ok) failure = outcome.error
      else if ('output' in outcome) {
        await writer.write(outcome.output)
        continue
      } else {
        const written = writeArticleFile(outDir, outcome.file)
        if (typeof written === 'string') {
          await writer.write(JSON.stringify({id: outcome.id, file: written}))
          continue
        }
        failure = written
      }
      stats.failed++
      stats.byCode[failure.code] = (stats.byCode[failure.code] ?? 0) + 1
      await writer.write(errorRecord(job, outcome.id ?? fallbackId(job), failure))
    }
  } finally {
    progress?.stop()
    await executor.destroy()
    await writer.close()
  }
  if (!options.quiet) io.stderr.write(`${summaryLine(stats, performance.now(), interrupts > 0)}\n`)
  return interrupts > 0 ? 130 : stats.failed > 0 ? 1 : 0
}

/** Write an article's file: its path, or the `write-failed` error. */
function writeArticleFile(outDir: OutDirWriter | null, file: {name: string; content: string}): string | BatchError {
  try {
    if (outDir === null) throw new Error('No --out-dir for this format')
    return outDir.write(file.name, file.content)
  } catch (error) {
    return {code: 'write-failed', message: `Cannot write its file: ${(error as Error).message}`}
  }
}

type JobOutcome = {ok: true; id: BatchId | undefined; output: string} | {ok: true; id: BatchId | undefined; file: {name: string; content: string}} | {ok: false; id: BatchId | undefined; error: BatchError}

/** Clean one job; outputs are strings, because that is all the main thread should touch. */
async function runJob(job: Job, run: (task: Task) => Promise<TaskOutcome>): Promise<{job: Job; outcome: JobOutcome}> {
  if ('failure' in job) return {job, outcome: {ok: false, id: job.id, error: job.failure}}
  // With --jobs 1 the clean blocks this thread: a turn of the event loop
  // first lets every record already cleaned reach the output, so that a page
  // that aborts the process (out of memory) finds them written.
  await nextTurn()
  const outcome = await run(job.task)
  return {job, outcome: 'article' in outcome ? {ok: true, id: outcome.id, output: JSON.stringify(outcome.article)} : outcome}
}

/**
 * An error record: `{id, line?, error}`, its message prefixed with where the
 * record is, so that every message says it the same way, whichever step failed.
 */
function errorRecord(job: Job, id: BatchId, error: BatchError): string {
  const located = {code: error.code, message: `${job.where}: ${error.message}`}
  return JSON.stringify(job.lineNumber === null ? {id, error: located} : {id, line: job.lineNumber, error: located})
}

/**
 * JSON Lines from stdin, as jobs. Reading stops when `signal` aborts
 * (Ctrl-C), on a whole line: a line the stop cut in two is not a record.
 */
async function* stdinJobs(stdin: Readable, options: CliOptions, stats: RunStats, signal: AbortSignal): AsyncGenerator<Job, void, undefined> {
  stats.bytesTotal = regularFileSize(stdin)
  const counted = countBytes(stdin, stats, signal)
  yield* lineJobs(readLines(counted, options.maxBytes, () => signal.aborted), options, null)
}

/** Lines as jobs; `file` is the JSON Lines file they come from, or `null` for stdin. */
async function* lineJobs(lines: AsyncIterable<InputLine>, options: CliOptions, file: string | null): AsyncGenerator<Job, void, undefined> {
  for await (const item of lines) {
    const {lineNumber} = item
    const where = file === null ? `Line ${lineNumber}` : `${file}, line ${lineNumber}`
    if ('tooLarge' in item) {
      const failure: BatchError = {code: 'input-too-large', message: `${item.tooLarge} bytes, over the limit of ${options.maxBytes} bytes (--max-bytes)`}
      yield {failure, id: lineNumber, where, lineNumber, size: 0}
      continue
    }
    yield {task: {kind: 'line', line: item.line, lineNumber}, id: lineNumber, where, lineNumber, size: item.line.length}
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

/** Files, folders and globs, as jobs; a `.jsonl` or `.ndjson` file gives a job per line. */
async function* fileJobs(options: CliOptions, stats: RunStats): AsyncGenerator<Job, void, undefined> {
  stats.filesTotal = 0
  let byLines = false
  const listed = (files: number): void => {
    // A JSON Lines file holds an unknown number of records: no bar then.
    if (!byLines) stats.filesTotal = (stats.filesTotal ?? 0) + files
  }
  for await (const file of listInputFiles(options.inputs, options.extensions, listed)) {
    const where = file.path
    if ('missing' in file) {
      yield {failure: {code: 'read-failed', message: 'No file, folder or glob matches it'}, id: file.path, where, lineNumber: null, size: 0}
    } else if ('empty' in file) {
      const failure: BatchError = {code: 'read-failed', message: `The folder has no file ending in ${options.extensions.map((ext) => `.${ext}`).join(', ')} (--ext)`}
      yield {failure, id: file.path, where, lineNumber: null, size: 0}
    } else if (JSON_LINES_EXTENSIONS.has(extname(file.path).toLowerCase())) {
      byLines = true
      stats.filesTotal = null
      yield* jsonLinesFileJobs(file.path, options)
    } else {
      yield {task: {kind: 'file', path: file.path, name: file.name}, id: file.path, where, lineNumber: null, size: 0}
    }
  }
}

/** The records of a JSON Lines file, or one `read-failed` record when it cannot be read. */
async function* jsonLinesFileJobs(path: string, options: CliOptions): AsyncGenerator<Job, void, undefined> {
  try {
    yield* lineJobs(readLines(createReadStream(path), options.maxBytes), options, path)
  } catch (error) {
    yield {failure: {code: 'read-failed', message: (error as Error).message}, id: path, where: path, lineNumber: null, size: 0}
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
