import {spawn, type ChildProcess} from 'node:child_process'
import {once} from 'node:events'
import {mkdtempSync, rmSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** A throwaway redis-server on a free port of 127.0.0.1, with the example's persistence, in its own temp folder. */
export interface RedisServer {
  port: number
  /**
   * Kill the server at once (SIGKILL, as a crash or the out-of-memory killer
   * would), then start it again on the same port and folder: it reloads what
   * its append-only file holds.
   */
  crashAndRestart(): Promise<void>
  stop(): Promise<void>
}

/** What `appendfsync` the server runs with: the example's `everysec`, or `always` (nothing acknowledged is lost). */
export type Fsync = 'everysec' | 'always'

const READY = 'Ready to accept connections'
const START_TIMEOUT_MS = 30_000
/** The example's configuration: the tests and the bench run what a user is told to run. */
const CONFIG = new URL('../../examples/queue-worker/redis.conf', import.meta.url).pathname

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

/** Spawn redis-server and resolve once it accepts connections (after replaying its append-only file). */
async function launch(port: number, dir: string, fsync: Fsync): Promise<ChildProcess> {
  // Options after the file override it: the port, the folder and the fsync are the test's.
  const args = [CONFIG, '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendfsync', fsync]
  const server = spawn('redis-server', args, {stdio: ['ignore', 'pipe', 'pipe']})
  let log = ''
  try {
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
  } catch (error) {
    server.kill('SIGKILL')
    throw error
  }
  server.removeAllListeners('exit')
  // Drain its log, so that a full pipe never blocks it.
  server.stdout?.resume()
  return server
}

async function kill(server: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = once(server, 'exit')
  server.kill(signal)
  await exited
}

/**
 * Start `redis-server` (Debian's package; `.ci/run` installs it) with
 * `examples/queue-worker/redis.conf`, and wait until it accepts connections.
 */
export async function startRedis(options: {fsync?: Fsync} = {}): Promise<RedisServer> {
  const fsync = options.fsync ?? 'everysec'
  const dir = mkdtempSync(join(tmpdir(), 'article-cleaner-redis-'))
  let server: ChildProcess
  let port: number
  try {
    port = await freePort()
    server = await launch(port, dir, fsync)
  } catch (error) {
    rmSync(dir, {recursive: true, force: true})
    throw error
  }
  return {
    port,
    async crashAndRestart() {
      await kill(server, 'SIGKILL')
      server = await launch(port, dir, fsync)
    },
    async stop() {
      await kill(server, 'SIGTERM')
      rmSync(dir, {recursive: true, force: true})
    }
  }
}
