// A worker: takes pages off the queue, cleans them, stores each article in a
// Redis hash (page id → article JSON). Run one per core, on as many machines
// as you like, all pointed at the same Redis.
//   REDIS_PORT=6379 WORKER_NAME=a node examples/queue-worker/worker.mjs
// PROFILE=profile.json applies a profile learned with createCleaner();
// TIMEOUT_MS (default 10000) is the most a page may take.
import {readFileSync} from 'node:fs'
import {hostname} from 'node:os'
import {Worker} from 'bullmq'
import {Redis} from 'ioredis'
import {createCleaner, isArticleCleanerError} from 'article-cleaner'
import {ARTICLES, BY_WORKER, CLEANED, QUEUE, redisConnection, warnIfNotPersistent} from './config.mjs'

const name = process.env.WORKER_NAME ?? `${hostname()}-${process.pid}`
const cleaner = createCleaner({
  // Cleaning holds the thread, so BullMQ cannot renew the job's lock (30 s)
  // meanwhile: a page that ran past it would be handed to another worker and
  // stall it too. Past this budget the page gets a `timeout` error record.
  timeoutMs: Number(process.env.TIMEOUT_MS ?? 10_000),
  ...(process.env.PROFILE ? {profile: JSON.parse(readFileSync(process.env.PROFILE, 'utf8'))} : {})
})
const redis = new Redis(redisConnection())
// While Redis restarts, both connections report errors and retry (BullMQ
// asks for a listener on them); the page under way waits for Redis to come back.
redis.on('error', (error) => console.error(`${name}: redis: ${error.message}`))
await warnIfNotPersistent()

const worker = new Worker(
  QUEUE,
  async (job) => {
    const {id, ...page} = job.data
    // Delivery is at least once (a re-run producer, a job retried after its
    // worker died): a page whose article is stored is not cleaned again.
    // To clean a page again, HDEL its article first.
    if (await redis.hexists(ARTICLES, String(id))) return {skipped: true}
    let record
    try {
      const {tree, ...article} = cleaner.clean(page)
      record = {id, ...article}
    } catch (error) {
      // A page the cleaner rejects is a result too (an error record), not a
      // job to retry: it would fail the same way every time.
      if (!isArticleCleanerError(error)) throw error
      record = {id, error: {code: error.code, message: error.message}}
    }
    // One round trip: the article, and counts that show each page was
    // cleaned once and how the work was shared.
    await redis.multi().hset(ARTICLES, String(id), JSON.stringify(record)).hincrby(CLEANED, String(id), 1).hincrby(BY_WORKER, name, 1).exec()
    return 'error' in record ? {error: record.error.code} : {words: record.wordCount}
  },
  {
    connection: redisConnection(),
    // Cleaning is synchronous CPU work: one page at a time per process;
    // scale with processes (one per core) and machines.
    concurrency: 1
  }
)

worker.on('failed', (job, error) => console.error(`${name}: job ${job?.id} failed: ${error.message}`))
worker.on('error', (error) => console.error(`${name}: worker: ${error.message}`))
await worker.waitUntilReady()
console.log(`${name}: ready`)

// Finish the page under way, then leave (a deploy, a scale-down).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await worker.close()
    await redis.quit()
    process.exit(0)
  })
}
