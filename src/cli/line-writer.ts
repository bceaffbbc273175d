import {once} from 'node:events'
import {closeSync, openSync, writeSync} from 'node:fs'
import type {Writable} from 'node:stream'
import {UsageError} from './args.js'

/**
 * Where the JSON Lines go. Each record is written as soon as it is ready,
 * not gathered into larger writes: a process that dies (out of memory on a
 * page, with `--jobs 1` on the same thread; killed) must leave on the output
 * every record it finished (issue 22: zero bytes after an abort, with the
 * records already cleaned held in a 64 KB batch).
 */
export interface LineWriter {
  write(line: string): Promise<void>
  close(): Promise<void>
}

/**
 * Write lines to a stream (stdout), waiting when it is full: a slow reader
 * stops the run instead of filling memory. Node writes to a file or a
 * terminal at once, and to a pipe at once while the pipe has room.
 */
export function createStreamLineWriter(stream: Writable): LineWriter {
  return {
    async write(line) {
      if (!stream.write(`${line}\n`)) await once(stream, 'drain')
    },
    async close() {}
  }
}

/**
 * Write lines to a file with synchronous writes: each is with the system
 * when the call returns, where a write stream would still hold the ones
 * queued behind the one under way (lost if the process aborts).
 * @throws {UsageError} when the file cannot be opened.
 */
export function openFileLineWriter(path: string): LineWriter {
  let fd: number
  try {
    fd = openSync(path, 'w')
  } catch (error) {
    throw new UsageError(`Cannot write ${path}: ${(error as Error).message}`)
  }
  return {
    async write(line) {
      writeSync(fd, `${line}\n`)
    },
    async close() {
      closeSync(fd)
    }
  }
}
