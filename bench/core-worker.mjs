// A bench thread: clean the corpus in a loop with the built cleanArticle
// until told how long, and send back each call's time. Plain JS, because a
// worker thread does not inherit tsx's loader.
import {parentPort, workerData} from 'node:worker_threads'

const {entry, texts, warmUpPasses, warmUpMs = 0, durationMs} = workerData
const {cleanArticle} = await import(entry)

const pass = (times) => {
  for (const text of texts) {
    const start = performance.now()
    try {
      cleanArticle({text})
    } catch {}
    times?.push(performance.now() - start)
  }
}

// At least warmUpPasses passes and warmUpMs milliseconds: the JIT settles first.
const warmUpStart = performance.now()
let warmUpDocs = 0
for (let i = 0; i < warmUpPasses || performance.now() - warmUpStart < warmUpMs; i++) {
  pass(null)
  warmUpDocs += texts.length
}
// All threads start timing together, so that they overlap for the whole run.
parentPort.postMessage({ready: true, warmUp: {docs: warmUpDocs, seconds: (performance.now() - warmUpStart) / 1000}})
parentPort.once('message', () => {
  const times = []
  const start = performance.now()
  while (performance.now() - start < durationMs) pass(times)
  parentPort.postMessage({times, seconds: (performance.now() - start) / 1000})
})
