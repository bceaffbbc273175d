import {setImmediate as nextTurn} from 'node:timers/promises'
import {Piscina} from 'piscina'
import type {TaskMessage, WorkerData} from './clean-worker.js'
import {createTaskRunner, type Task, type TaskOutcome, type TaskSettings} from './task.js'

/** Runs tasks, on worker threads or on the caller's thread, and never rejects: a failure is an outcome. */
export interface Executor {
  /** Threads cleaning (1 on the caller's thread). */
  readonly threads: number
  run(task: Task): Promise<TaskOutcome>
  /** Let the tasks under way finish, then stop the threads. */
  close(): Promise<void>
  /** Stop now: tasks under way end as `interrupted`. */
  destroy(): Promise<void>
}

export interface ExecutorOptions {
  settings: TaskSettings
  /** Worker threads; 0 or 1 cleans on the caller's thread (unless there is a timeout). */
  concurrency: number
  /**
   * The records' time budget (Infinity: none). The cleaner stops itself at
   * its checks; the worker of a record stuck in one step is stopped after
   * the budget and a grace period.
   */
  timeoutMs: number
  /** The most tasks that will be pending at once (the window's size): one timing slot each. */
  maxPending: number
  /** The worker script; tests give one that hangs or dies on demand. @default the built clean-worker.js */
  workerFile?: string | undefined
}

/** How often the caller's thread lets timers and signals in while it cleans. */
const YIELD_EVERY_MS = 50
/** Records handed to a worker at once: the one it cleans and the next. */
const TASKS_PER_WORKER = 2
/** A task whose worker died is tried once more, on a new worker, before it counts as failed. */
const MAX_ATTEMPTS = 2
/**
 * How long past its budget a record may run before its worker is stopped:
 * the cleaner stops itself at its next check, which costs nothing, while a
 * new worker costs a start and a warm-up.
 */
const graceMs = (timeoutMs: number): number => Math.max(100, timeoutMs / 2)

/**
 * Pick the executor: worker threads when there is more than one job, or a
 * timeout (only a worker can be stopped in the middle of a record).
 */
export function createExecutor(options: ExecutorOptions): Executor {
  if (options.concurrency <= 1 && !Number.isFinite(options.timeoutMs)) return createInThreadExecutor(options.settings)
  return createWorkerExecutor(options)
}

/** Clean on the caller's thread: no threads to start, nothing to copy. */
function createInThreadExecutor(settings: TaskSettings): Executor {
  const runTask = createTaskRunner(settings)
  let lastYield = Date.now()
  let destroyed = false
  return {
    threads: 1,
    async run(task) {
      // Cleaning is synchronous; without a turn of the event loop now and
      // then, Ctrl-C and progress timers would wait for the whole batch.
      if (Date.now() - lastYield > YIELD_EVERY_MS) {
        await nextTurn()
        lastYield = Date.now()
      }
      if (destroyed) return {ok: false, id: undefined, error: {code: 'interrupted', message: 'The run was stopped before this record was cleaned'}}
      return runTask(task)
    },
    close: async () => {},
    destroy: async () => {
      destroyed = true
    }
  }
}

interface Pending {
  slot: number
  controller: AbortController
  timedOut: boolean
}

/**
 * Clean on a piscina pool. Each worker builds its cleaner once from
 * `workerData` (the profile is copied once per thread, not per record).
 *
 * Timeouts count from when a worker starts the record, not from when it was
 * queued: the worker writes its start time into a shared slot, and a
 * watchdog aborts the tasks that have run too long (piscina then terminates
 * that worker and starts a new one).
 */
function createWorkerExecutor(options: ExecutorOptions): Executor {
  const threads = Math.max(1, Math.floor(options.concurrency))
  const slots = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT * options.maxPending))
  const freeSlots = Array.from({length: options.maxPending}, (_, index) => options.maxPending - 1 - index)
  const workerData: WorkerData = {settings: options.settings, slots: slots.buffer as SharedArrayBuffer}
  const pool = new Piscina<TaskMessage, TaskOutcome>({
    filename: options.workerFile ?? new URL('./clean-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Workers live for the whole batch; starting one costs more than many records.
    idleTimeout: 60_000,
    // Each worker holds its next record while it cleans one, so it never
    // waits for the main thread (busy reading and writing) to hand it work:
    // with one, workers sat idle about a tenth of the time at --jobs 2.
    // Timeouts stay per record: the worker stamps each one as it starts it.
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    workerData
  })
  // piscina reports on the pool itself what concerns no task under way: a
  // worker's reply to a task already settled (one aborted, or under way
  // when the pool was destroyed, as when a `for await` loop breaks) and a
  // worker that failed with no task (piscina replaces it). Every record's
  // outcome is already known then; without a listener the event would be
  // an uncaught exception in the caller's process.
  pool.on('error', () => {})
  const pending = new Set<Pending>()
  let destroyed = false

  const killAfterMs = options.timeoutMs + graceMs(options.timeoutMs)
  const watchdog = Number.isFinite(options.timeoutMs)
    ? setInterval(
        () => {
          const now = Date.now()
          for (const task of pending) {
            const startedAt = slots[task.slot] as number
            if (startedAt > 0 && now - startedAt > killAfterMs && !task.timedOut) {
              task.timedOut = true
              task.controller.abort()
            }
          }
        },
        // Checked four times per budget.
        Math.max(5, Math.min(1000, options.timeoutMs / 4))
      )
    : null
  watchdog?.unref()

  async function attempt(task: Task): Promise<TaskOutcome | 'worker-died'> {
    const slot = freeSlots.pop()
    if (slot === undefined) throw new Error('More tasks pending than the window allows')
    slots[slot] = 0
    const entry: Pending = {slot, controller: new AbortController(), timedOut: false}
    pending.add(entry)
    try {
      return await pool.run({task, slot}, {signal: entry.controller.signal})
    } catch (error) {
      if (entry.timedOut) {
        return {ok: false, id: undefined, error: {code: 'timeout', message: `Cleaning took longer than the timeoutMs limit of ${options.timeoutMs} ms and did not stop by itself; its worker thread was stopped and replaced`}}
      }
      if (destroyed) return {ok: false, id: undefined, error: {code: 'interrupted', message: 'The run was stopped while this record was being cleaned'}}
      if ((error as Error | undefined)?.name === 'DataCloneError') {
        return {ok: false, id: undefined, error: {code: 'invalid-input', message: `The input cannot be sent to a worker thread: ${(error as Error).message}`}}
      }
      return 'worker-died'
    } finally {
      pending.delete(entry)
      freeSlots.push(slot)
    }
  }

  return {
    threads,
    async run(task) {
      let lastError = ''
      for (let tries = 1; tries <= MAX_ATTEMPTS; tries++) {
        const outcome = await attempt(task)
        if (outcome !== 'worker-died') return outcome
        // A worker stopped for another record's timeout can take this one
        // with it; one more try tells that apart from a record that kills its worker.
        lastError = 'its worker thread exited'
      }
      return {ok: false, id: undefined, error: {code: 'worker-failed', message: `Cleaning failed twice because ${lastError} (out of memory, or a crash)`}}
    },
    async close() {
      if (watchdog) clearInterval(watchdog)
      await pool.close()
    },
    async destroy() {
      destroyed = true
      if (watchdog) clearInterval(watchdog)
      await pool.destroy()
    }
  }
}
