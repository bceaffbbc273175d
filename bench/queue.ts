/**
 * `npm run bench:queue`: what the BullMQ queue worker example sustains. Starts
 * a throwaway redis-server with the example's redis.conf (append-only file,
 * fsync every second, as a user is told to run it), enqueues the corpus dumps cycled to `--pages`
 * (default 5000) pages, and times 1 worker process, then one per core, from
 * the first page queued to the last article stored.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {Redis} from 'ioredis'
import {corpusDir, listPages, repoRoot} from '../eval/run.js'
import {startRedis} from '../test/integration/redis-server.js'

const EXAMPLE = join(repoRoot, 'examples', 'queue-worker')

async function main(): Promise<void> {
  const {values} = parseArgs({options: {pages: {type: 'string'}}})
  const total = Number(values.pages ?? 5000)
  const dir = corpusDir()
  const texts = listPages(dir).map((name) => ({name, text: readFileSync(join(dir, `${name}.txt`), 'utf8')}))
  const work = mkdtempSync(join(tmpdir(), 'article-cleaner-queue-bench-'))
  const file = join(work, 'pages.jsonl')
  writeFileSync(file, Array.from({length: total}, (_, i) => JSON.stringify({id: String(i), text: (texts[i % texts.length] as {text: string}).text})).join('\n'))
  const redis = await startRedis()
  const client = new Redis({host: '127.0.0.1', port: redis.port})
  try {
    console.log(`BullMQ queue worker example, ${total} corpus dumps, Redis on this machine:`)
    for (const count of [...new Set([1, availableParallelism()])]) {
      const queue = `bench-${count}`
      const env = {...process.env, REDIS_PORT: String(redis.port), QUEUE: queue}
      const workers: ChildProcess[] = Array.from({length: count}, (_, i) => spawn(process.execPath, [join(EXAMPLE, 'worker.mjs')], {env: {...env, WORKER_NAME: `w${i}`}, stdio: ['ignore', 'pipe', 'inherit']}))
      await Promise.all(workers.map((worker) => new Promise((resolve) => worker.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(null)))))
      const start = performance.now()
      const producer = spawn(process.execPath, [join(EXAMPLE, 'producer.mjs'), file], {env, stdio: ['ignore', 'ignore', 'inherit']})
      let producerFailed = false
      producer.on('exit', (code) => (producerFailed = code !== 0))
      while ((await client.hlen(`${queue}:cleaned`)) < total) {
        if (producerFailed) throw new Error('the producer failed')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const seconds = (performance.now() - start) / 1000
      if (producer.exitCode === null) await once(producer, 'exit')
      for (const worker of workers) worker.kill('SIGTERM')
      await Promise.all(workers.map((worker) => once(worker, 'exit')))
      console.log(`  ${count} worker${count === 1 ? ' ' : 's'}: ${(total / seconds).toFixed(1)} pages/s (${(total / seconds / count).toFixed(1)} per worker), ${seconds.toFixed(1)} s`)
    }
  } finally {
    client.disconnect()
    await redis.stop()
    rmSync(work, {recursive: true, force: true})
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
