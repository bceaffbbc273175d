// A stand-in for clean-worker.js that speaks its protocol (a start time in
// the task's timing slot, then an outcome) but hangs or dies on demand, for
// the pool's own tests: the real cleaner stops itself before a timeout, and
// does not crash.
import {workerData} from 'node:worker_threads'

const starts = new Float64Array(workerData.slots)

export default function run({task, slot}) {
  starts[slot] = Date.now()
  const input = task.kind === 'input' ? task.input : null
  if (input === 'hang') for (;;);
  if (input === 'die') process.exit(1)
  return {ok: true, id: undefined, output: `done ${input}`}
}
