// Enqueue pages for the workers: one job per page, its id as the job id, so
// a page queued twice while its job waits is queued once (and a worker skips
// a page whose article is already stored, so a re-run cleans nothing twice).
//   REDIS_PORT=6379 node examples/queue-worker/producer.mjs pages.jsonl
// Each line of the file: {"id": "...", "text": "...", "url"?: "...", "site"?: "..."}.
// A line that cannot be queued is skipped and reported on stderr, never
// dropped in silence, and the exit code is then 1.
import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {Queue} from 'bullmq'
import {QUEUE, redisConnection, warnIfNotPersistent} from './config.mjs'

/** Jobs sent to Redis per round trip. */
const BATCH = 500

const file = process.argv[2]
if (!file) {
  console.error('usage: node producer.mjs <pages.jsonl>')
  process.exit(2)
}

const queue = new Queue(QUEUE, {
  connection: redisConnection(),
  // Results live in the articles hash; finished jobs need not stay in Redis.
  defaultJobOptions: {removeOnComplete: true, removeOnFail: 1000, attempts: 3, backoff: {type: 'exponential', delay: 1000}}
})
// While Redis restarts, the connection reports errors and retries; adding waits.
queue.on('error', (error) => console.error(`queue: ${error.message}`))
await warnIfNotPersistent()

/**
 * The page on a line, or why it cannot be queued. Articles are stored by the
 * id as text, so ids `7` and `"7"` are one page: the second is reported, not
 * sent to be dropped by BullMQ as a job it already has.
 */
function readPage(line, firstLineOf) {
  let page
  try {
    page = JSON.parse(line)
  } catch (error) {
    return {skip: `not valid JSON (${error.message})`}
  }
  if (typeof page !== 'object' || page === null || Array.isArray(page)) return {skip: 'not a JSON object'}
  const {id} = page
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    return {skip: 'no "id" (a string or a number): the article is stored under it'}
  }
  const first = firstLineOf.get(String(id))
  if (first !== undefined) return {skip: `id ${JSON.stringify(id)} is already on line ${first} (ids are compared as text)`}
  return {page}
}

// Every id seen, with its line: this run's memory grows with the file (about
// 100 bytes a page), the price of catching a repeated id before BullMQ hides it.
const firstLineOf = new Map()
let batch = []
let enqueued = 0
let skipped = 0
let lineNumber = 0
const lines = createInterface({input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY})
for await (const line of lines) {
  lineNumber++
  if (line.trim() === '') continue
  const {page, skip} = readPage(line, firstLineOf)
  if (skip) {
    skipped++
    console.error(`line ${lineNumber}: skipped: ${skip}`)
    continue
  }
  firstLineOf.set(String(page.id), lineNumber)
  // BullMQ refuses job ids that look like integers or hold a ':' (a URL
  // does): a prefix and percent-encoding keep every page id valid.
  batch.push({name: 'clean', data: page, opts: {jobId: `page-${encodeURIComponent(String(page.id))}`}})
  if (batch.length === BATCH) {
    await queue.addBulk(batch)
    enqueued += batch.length
    batch = []
  }
}
if (batch.length > 0) await queue.addBulk(batch)
enqueued += batch.length
await queue.close()
console.log(`enqueued ${enqueued} pages on ${QUEUE}${skipped > 0 ? `, skipped ${skipped} lines (listed above)` : ''}`)
if (skipped > 0) process.exitCode = 1
