// Shared by the producer and the workers: where Redis is, and the names of
// the queue and of the hashes the results go to.
import {Redis} from 'ioredis'

export const QUEUE = process.env.QUEUE ?? 'pages'
export const ARTICLES = `${QUEUE}:articles`
export const CLEANED = `${QUEUE}:cleaned`
export const BY_WORKER = `${QUEUE}:by-worker`

/** ioredis options from REDIS_HOST and REDIS_PORT (default localhost:6379). */
export function redisConnection() {
  return {
    host: process.env.REDIS_HOST ?? '127.0.0.1',
    port: Number(process.env.REDIS_PORT ?? 6379),
    // BullMQ's blocking commands must wait as long as it takes; while Redis
    // restarts, commands wait for it to come back instead of failing.
    maxRetriesPerRequest: null
  }
}

/**
 * Warn when Redis keeps nothing on disk: the queue and the articles live only
 * in Redis, and a restart without the append-only file loses them all, with no
 * error anywhere. Run it with `redis-server examples/queue-worker/redis.conf`.
 * (Managed Redis may refuse CONFIG: then there is nothing to check here.)
 */
export async function warnIfNotPersistent() {
  const client = new Redis(redisConnection())
  client.on('error', () => {})
  try {
    const [, appendonly] = await client.config('GET', 'appendonly')
    if (appendonly === 'no') console.error('warning: Redis runs without appendonly: a restart loses every queued page and stored article (see examples/queue-worker/redis.conf)')
  } catch {
  } finally {
    client.disconnect()
  }
}
