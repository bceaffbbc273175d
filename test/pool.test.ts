import {describe, expect, it} from 'vitest'
import {createExecutor} from '../src/batch/pool.js'
import type {TaskOutcome} from '../src/batch/task.js'

const workerFile = new URL('helpers/unruly-worker.mjs', import.meta.url).href
const settings = {options: {}, output: {format: 'article'}} as const

const outcomeOf = (outcome: TaskOutcome): string => (outcome.ok ? ('output' in outcome ? outcome.output : 'article') : outcome.error.code)

describe('the worker pool', () => {
  it('stops a worker stuck in one step past the timeout, replaces it, and runs the next task', async () => {
    const executor = createExecutor({settings, concurrency: 1, timeoutMs: 50, maxPending: 4, workerFile})
    try {
      const outcomes = await Promise.all(['a', 'hang', 'b'].map((input) => executor.run({kind: 'input', input})))
      expect(outcomes.map(outcomeOf)).toEqual(['done a', 'timeout', 'done b'])
      expect(outcomes[1]).toMatchObject({error: {message: expect.stringMatching(/did not stop by itself; its worker thread was stopped and replaced/)}})
    } finally {
      await executor.destroy()
    }
  })

  it('tries a task whose worker died once more, then fails it as worker-failed; the others go on', async () => {
    const executor = createExecutor({settings, concurrency: 2, timeoutMs: Number.POSITIVE_INFINITY, maxPending: 8, workerFile})
    try {
      const outcomes = await Promise.all(['a', 'die', 'b', 'c'].map((input) => executor.run({kind: 'input', input})))
      expect(outcomes.map(outcomeOf)).toEqual(['done a', 'worker-failed', 'done b', 'done c'])
    } finally {
      await executor.destroy()
    }
  })

  it('ends the tasks under way as interrupted when destroyed', async () => {
    const executor = createExecutor({settings, concurrency: 1, timeoutMs: 60_000, maxPending: 2, workerFile})
    const stuck = executor.run({kind: 'input', input: 'hang'})
    await new Promise((resolve) => setTimeout(resolve, 200))
    await executor.destroy()
    expect(outcomeOf(await stuck)).toBe('interrupted')
  })
})
