import {once} from 'node:events'
import type {Writable} from 'node:stream'

/** Lines are gathered into writes of about this size: one syscall per record would dominate. */
const FLUSH_BYTES = 64 * 1024

/**
 * Write lines to a stream in batches and wait when it is full: a slow disk
 * or a slow reader of stdout stops the run instead of filling memory.
 */
export function createLineWriter(stream: Writable): {write(line: string): Promise<void>; flush(): Promise<void>} {
  let buffered: string[] = []
  let size = 0
  const flush = async (): Promise<void> => {
    if (buffered.length === 0) return
    const chunk = buffered.join('')
    buffered = []
    size = 0
    if (!stream.write(chunk)) await once(stream, 'drain')
  }
  return {
    async write(line) {
      buffered.push(line, '\n')
      size += line.length + 1
      if (size >= FLUSH_BYTES) await flush()
    },
    flush
  }
}
