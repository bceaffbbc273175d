import {spawn, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {mkdtempSync, rmSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** A throwaway redis-server on a free port of 127.0.0.1: no persistence, its own temp folder. */
export interface RedisServer {
  port: number
  stop(): Promise<void>
}

const READY = 'Ready to accept connections'
const START_TIMEOUT_MS = 15_000

async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  await once(server, 'close')
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

/**
 * Start `redis-server` (Debian's package; `.ci/run` installs it) and wait
 * until it accepts connections.
 */
export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'article-cleaner-redis-'))
  const port = await freePort()
  const server: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {stdio: ['ignore', 'pipe', 'pipe']})
  let log = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in ${START_TIMEOUT_MS} ms:\n${log}`)), START_TIMEOUT_MS)
    server.on('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`cannot run redis-server (apt-get install -y redis-server): ${error.message}`))
    })
    server.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited with ${code}:\n${log}`))
    })
    server.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString()
      if (log.includes(READY)) {
        clearTimeout(timer)
        resolve()
      }
    })
  })
  server.removeAllListeners('exit')
  return {
    port,
    async stop() {
      if (server.exitCode === null) {
        server.kill('SIGTERM')
        await once(server, 'exit')
      }
      rmSync(dir, {recursive: true, force: true})
    }
  }
}
