/**
 * The worker thread's entry (piscina loads it, in both the ESM and the CJS
 * build): one cleaner per thread, built from `workerData` when the thread
 * starts, then one call per task.
 */
import {workerData} from 'node:worker_threads'
import {createTaskRunner, type Task, type TaskOutcome, type TaskSettings} from './task.js'

const WARM_UP_PAGES = 3

/** What each worker gets once, when it starts. */
export interface WorkerData {
  settings: TaskSettings
  /** Start time of the task in each timing slot (ms since the epoch; 0 before it starts). */
  slots: SharedArrayBuffer
}

/** One task and the timing slot it reports its start in. */
export interface TaskMessage {
  task: Task
  slot: number
}

const data = workerData as WorkerData
const runTask = createTaskRunner(data.settings)
const starts = new Float64Array(data.slots)

// A new thread's first page costs several times a warm one (code compiled
// lazily, the language models loaded on first use). Cleaning a sample now,
// before piscina marks the thread ready, keeps that cost out of the first
// record's time: otherwise a tight timeout stops every fresh worker, and the
// worker that replaces it, in a cascade.
warmUp()

function warmUp(): void {
  const paragraph = 'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'
  const page = ['Home', 'News', 'Sport', '', 'Library hours extended', '', 'By Jane Doe', '', paragraph, '', paragraph, '', 'Share on Facebook', 'Advertisement', '© 2024 The Paper'].join('\n')
  const warm = createTaskRunner({options: {}, output: {format: 'article'}})
  for (let i = 0; i < WARM_UP_PAGES; i++) warm({kind: 'input', input: {text: page}})
}

/** Clean one record (piscina calls the default export). */
export default function cleanInWorker(message: TaskMessage): TaskOutcome {
  starts[message.slot] = Date.now()
  return runTask(message.task)
}
