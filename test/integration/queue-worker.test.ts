import {spawn, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Redis} from 'ioredis'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cleanArticle} from '../../src/index.js'
import {startRedis, type RedisServer} from './redis-server.js'

const EXAMPLE = new URL('../../examples/queue-worker/', import.meta.url).pathname
const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname
const QUEUE = 'pages-test'

let redis: RedisServer
let client: Redis
const work = mkdtempSync(join(tmpdir(), 'article-cleaner-queue-'))

beforeAll(async () => {
  redis = await startRedis()
  client = new Redis({host: '127.0.0.1', port: redis.port})
})

afterAll(async () => {
  client?.disconnect()
  await redis?.stop()
  rmSync(work, {recursive: true, force: true})
})

function start(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [join(EXAMPLE, script), ...args], {env: {...process.env, REDIS_PORT: String(redis.port), QUEUE, ...env}, stdio: ['ignore', 'pipe', 'pipe']})
}

/** Resolves when the process prints `text`; rejects if it exits first. */
function waitFor(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes(text)) resolve()
    })
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`exited with ${code} before "${text}":\n${out}`)))
  })
}

describe('the BullMQ queue worker example', () => {
  it('cleans every page exactly once across two workers, with the right results', async () => {
    // The text fixtures' dumps twice over (the project's own files, so that
    // the test runs from a bare clone), under distinct ids (URLs and
    // integers, which BullMQ refuses as job ids), plus a page the cleaner rejects.
    const names = readdirSync(FIXTURES)
      .filter((name) => existsSync(join(FIXTURES, name, 'input.txt')))
      .sort()
    const pages = names.flatMap((name, index) => {
      const text = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8')
      return [1, 2].map((copy) => ({id: copy === 1 ? `https://example.org/${name}` : String(index), url: `https://example.org/${name}`, text}))
    })
    const bad = {id: 'bad-page', text: 42}
    const file = join(work, 'pages.jsonl')
    writeFileSync(file, [...pages, bad].map((page) => JSON.stringify(page)).join('\n'))

    const workers = ['a', 'b'].map((name) => start('worker.mjs', [], {WORKER_NAME: name}))
    try {
      // Both listening before any page is queued, so that both take a share.
      await Promise.all(workers.map((worker) => waitFor(worker, 'ready')))
      const producer = start('producer.mjs', [file], {})
      const produced = waitFor(producer, `enqueued ${pages.length + 1} pages`)
      await produced
      // Enqueuing the same pages again (a producer re-run) must not clean them twice.
      const again = start('producer.mjs', [file], {})
      await once(again, 'exit')

      const total = pages.length + 1
      for (let cleaned = 0; cleaned < total; ) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        cleaned = await client.hlen(`${QUEUE}:cleaned`)
      }
      // Let anything cleaned twice land before counting.
      await new Promise((resolve) => setTimeout(resolve, 500))

      const counts = await client.hgetall(`${QUEUE}:cleaned`)
      expect(Object.keys(counts).sort()).toEqual([...pages.map((page) => page.id), bad.id].sort())
      expect(new Set(Object.values(counts))).toEqual(new Set(['1']))

      const byWorker = await client.hgetall(`${QUEUE}:by-worker`)
      expect(Object.keys(byWorker).sort()).toEqual(['a', 'b'])
      expect(Number(byWorker.a) + Number(byWorker.b)).toBe(total)

      const stored = await client.hgetall(`${QUEUE}:articles`)
      for (const page of pages) {
        const {tree, ...expected} = cleanArticle({text: page.text, url: page.url})
        expect(JSON.parse(stored[page.id] as string), page.id).toEqual({id: page.id, ...expected})
      }
      expect(JSON.parse(stored[bad.id] as string)).toMatchObject({id: bad.id, error: {code: 'invalid-input'}})
    } finally {
      for (const worker of workers) worker.kill('SIGTERM')
      await Promise.all(workers.map((worker) => (worker.exitCode === null ? once(worker, 'exit') : null)))
    }
  })
})
