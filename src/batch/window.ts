/** Records in flight per thread: enough to keep each worker busy while the main thread catches up. */
export const JOBS_PER_THREAD = 16
/** Input bytes in flight, at most, whatever the number of records. */
export const MAX_WINDOW_BYTES = 64 * 1024 * 1024

/** Bounds on the work a batch holds at once: what keeps its memory flat. */
export interface WindowLimits<J> {
  /** Yield in source order (results wait for slower ones before them), or as they finish. */
  ordered: boolean
  /** Records started and not yet yielded, at most. */
  maxJobs: number
  /** Their sizes (by `sizeOf`) added up, at most; one record always fits. */
  maxBytes: number
  sizeOf: (job: J) => number
  /** Checked before each read from the source: once it returns true, no more is read. */
  stopped?: () => boolean
}

interface Done<R> {
  seq: number
  size: number
  result: {value: R} | {thrown: unknown}
}

/**
 * Run `run` over a source with a bounded window: read a record only while
 * fewer than `maxJobs` (and `maxBytes`) are in flight or waiting to be
 * yielded, so a slow consumer or a slow record stops the reading instead of
 * filling memory. Reading and finishing race, so a slow source never holds
 * back results that are ready.
 *
 * `run` should turn failures into results; if it throws anyway, the error
 * is thrown from here at that record's turn.
 */
export async function* runWindow<J, R>(
  source: Iterable<J> | AsyncIterable<J>,
  run: (job: J, seq: number) => Promise<R>,
  limits: WindowLimits<J>
): AsyncGenerator<R, void, undefined> {
  const iterator: Iterator<J> | AsyncIterator<J> =
    Symbol.asyncIterator in source ? (source as AsyncIterable<J>)[Symbol.asyncIterator]() : (source as Iterable<J>)[Symbol.iterator]()
  const finished = new Map<number, Done<R>>()
  const finishOrder: Done<R>[] = []
  let started = 0
  let nextToYield = 0
  let inFlight = 0
  let bytes = 0
  let exhausted = false
  let pendingRead: Promise<{kind: 'read'; item: IteratorResult<J>}> | null = null

  let wake: () => void = () => {}
  let woken = new Promise<{kind: 'wake'}>((resolve) => (wake = () => resolve({kind: 'wake'})))
  const rearm = (): void => {
    woken = new Promise((resolve) => (wake = () => resolve({kind: 'wake'})))
  }

  const start = (job: J): void => {
    const seq = started++
    const size = limits.sizeOf(job)
    inFlight++
    bytes += size
    const settle = (result: Done<R>['result']): void => {
      const done: Done<R> = {seq, size, result}
      if (limits.ordered) finished.set(seq, done)
      else finishOrder.push(done)
      wake()
    }
    run(job, seq).then(
      (value) => settle({value}),
      (thrown: unknown) => settle({thrown})
    )
  }

  const takeReady = (): Done<R> | undefined => {
    if (!limits.ordered) return finishOrder.shift()
    const done = finished.get(nextToYield)
    if (done) {
      finished.delete(nextToYield)
      nextToYield++
    }
    return done
  }

  try {
    for (;;) {
      for (let done = takeReady(); done; done = takeReady()) {
        inFlight--
        bytes -= done.size
        if ('thrown' in done.result) throw done.result.thrown
        yield done.result.value
      }
      const stop = exhausted || (limits.stopped?.() ?? false)
      // A read already under way is waited for even after a stop: what it
      // brings was taken from the source and must not be lost.
      if (stop && pendingRead === null && inFlight === 0) return
      if (!stop && pendingRead === null && (inFlight === 0 || (inFlight < limits.maxJobs && bytes < limits.maxBytes))) {
        pendingRead = Promise.resolve(iterator.next()).then((item) => ({kind: 'read' as const, item}))
        // If the consumer leaves while this read is pending, its failure has no one to reach.
        pendingRead.catch(() => {})
      }
      const event = await (pendingRead ? Promise.race([woken, pendingRead]) : woken)
      if (event.kind === 'wake') {
        rearm()
        continue
      }
      pendingRead = null
      if (event.item.done) exhausted = true
      else start(event.item.value)
    }
  } finally {
    // Left early (the consumer broke out, or an error): let the source clean
    // up, without waiting on a read that may never come back.
    if (!exhausted) {
      const closing = iterator.return?.()
      if (pendingRead === null) await closing
    }
  }
}
