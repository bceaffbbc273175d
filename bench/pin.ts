import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'

const TASKSET = '/usr/bin/taskset'

/** Whether this process is the pinned copy that {@link rerunPinned} started. */
export function isPinnedCopy(marker: string): boolean {
  return process.env[marker] === '1'
}

/**
 * Run this script again pinned to core 0, once, where `taskset` exists (Linux),
 * and wait for it: a figure of one core's speed then does not move with what
 * the other cores are doing. The copy's exit code becomes this process's.
 *
 * @param marker An environment variable set to `1` in the copy, so that it
 *   does not start a copy of its own (see {@link isPinnedCopy}).
 * @param nodeFlags Node options the copy needs beyond this process's own.
 * @returns Whether the copy ran; `false` where there is no `taskset` or in the copy itself.
 */
export function rerunPinned(marker: string, nodeFlags: readonly string[] = []): boolean {
  if (isPinnedCopy(marker) || !existsSync(TASKSET)) return false
  const result = spawnSync(TASKSET, ['-c', '0', process.execPath, ...nodeFlags, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: {...process.env, [marker]: '1'}
  })
  process.exitCode = result.status ?? 1
  return true
}
