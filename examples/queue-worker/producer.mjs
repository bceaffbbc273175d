// Enqueue pages for the workers: one job per page, its id as the job id, so
// a page queued twice while its job waits is queued once (and a worker skips
// a page whose article is already stored, so a re-run cleans nothing twice).
//   REDIS_PORT=6379 node examples/queue-worker/producer.mjs pages.jsonl
// Each line of the file: {"id": "...", "text": "...", "url"?: "...", "site"?: "..."}.
import {createReadStream} from 'node:fs'
import {createInterface} from 'node:readline'
import {Queue} from 'bullmq'
import {QUEUE, redisConnection} from './config.mjs'

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

let batch = []
let enqueued = 0
const lines = createInterface({input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY})
for await (const line of lines) {
  if (line.trim() === '') continue
  const page = JSON.parse(line)
  // BullMQ refuses job ids that look like integers or hold a ':' (a URL
  // does): a prefix and percent-encoding keep every page id valid.
  batch.push({name: 'clean', data: page, opts: {jobId: `page-${encodeURIComponent(page.id)}`}})
  if (batch.length === BATCH) {
    await queue.addBulk(batch)
    enqueued += batch.length
    batch = []
  }
}
if (batch.length > 0) await queue.addBulk(batch)
enqueued += batch.length
await queue.close()
console.log(`enqueued ${enqueued} pages on ${QUEUE}`)
