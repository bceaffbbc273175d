// Shared by the producer and the workers: where Redis is, and the names of
// the queue and of the hashes the results go to.
export const QUEUE = process.env.QUEUE ?? 'pages'
export const ARTICLES = `${QUEUE}:articles`
export const CLEANED = `${QUEUE}:cleaned`
export const BY_WORKER = `${QUEUE}:by-worker`

/** ioredis options from REDIS_HOST and REDIS_PORT (default localhost:6379). */
export function redisConnection() {
  return {
    host: process.env.REDIS_HOST ?? '127.0.0.1',
    port: Number(process.env.REDIS_PORT ?? 6379),
    // BullMQ's blocking commands must wait as long as it takes.
    maxRetriesPerRequest: null
  }
}
