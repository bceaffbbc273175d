import {TimeoutError} from '../errors.js'

/**
 * The time budget of one `cleanArticle` call (`timeoutMs`). Stages call
 * `checkDeadline` between them and `tickDeadline` inside their long loops.
 *
 * The budget is held here, for the duration of the call, rather than passed
 * down: the check then costs one line where it is needed, and no stage's
 * signature has to carry it. That is safe because cleaning is synchronous: no
 * other call can run while one is under way, and `withDeadline` restores the
 * previous budget (none) when the call ends, also when it throws.
 */
interface Budget {
  start: number
  timeoutMs: number
  clock: () => number
  ticks: number
}

let active: Budget | null = null

/**
 * Loop iterations between two reads of the clock. A read costs tens of
 * nanoseconds, an iteration (a block's rule tests, say) microseconds: reading
 * every 64th keeps the checks' cost out of sight and the overrun small.
 */
export const TICKS_PER_CHECK = 64

/**
 * Run `work` under a budget of `timeoutMs` milliseconds (`Infinity`: none).
 *
 * @param clock Milliseconds from an arbitrary origin; tests pass a fake one.
 * @throws {TimeoutError} from the first check after the budget has run out.
 */
export function withDeadline<T>(timeoutMs: number, work: () => T, clock: () => number = () => performance.now()): T {
  if (timeoutMs === Infinity) return work()
  const previous = active
  active = {start: clock(), timeoutMs, clock, ticks: 0}
  try {
    return work()
  } finally {
    active = previous
  }
}

/**
 * Throw `TimeoutError` when the budget has run out. Call between stages.
 *
 * @param stage Where the pipeline is, for the error's message.
 * @param aheadMs Work that must come next and cannot be checked inside
 *   (a dependency's synchronous call), at the least: when even that would
 *   overrun the budget, the call cannot end in time, so it stops now.
 */
export function checkDeadline(stage: string, aheadMs = 0): void {
  if (active === null) return
  const elapsedMs = active.clock() - active.start
  if (elapsedMs + aheadMs > active.timeoutMs) throw new TimeoutError(active.timeoutMs, elapsedMs, stage)
}

/** Milliseconds spent in the current budget so far (0 outside one). */
export function elapsedInBudget(): number {
  return active === null ? 0 : active.clock() - active.start
}

/**
 * Count one iteration of a long loop, and check the budget every
 * `TICKS_PER_CHECK` iterations.
 *
 * @param stage Where the pipeline is, for the error's message.
 */
export function tickDeadline(stage: string): void {
  if (active !== null && ++active.ticks % TICKS_PER_CHECK === 0) checkDeadline(stage)
}
