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
 * is thrown from here at that record's turn. When the source throws, every
 * record read before is still run and yielded, then its error is thrown.
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
  // The source's own error, held until every record read before it is yielded (issue 22, item 10).
  let sourceFailure: {thrown: unknown} | null = null
  let pendingRead: Promise<{kind: 'read'; item: IteratorResult<J>} | {kind: 'failed'; thrown: unknown}> | null = null

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
      if (stop && pendingRead === null && inFlight === 0) {
        if (sourceFailure) throw sourceFailure.thrown
        return
      }
      if (!stop && pendingRead === null && (inFlight === 0 || (inFlight < limits.maxJobs && bytes < limits.maxBytes))) {
        // A read never rejects: a source that throws (at once or later) ends
        // the reading, and its error waits until the records under way are out.
        pendingRead = new Promise<IteratorResult<J>>((resolve) => resolve(iterator.next())).then(
          (item) => ({kind: 'read' as const, item}),
          (thrown: unknown) => ({kind: 'failed' as const, thrown})
        )
      }
      const event = await (pendingRead ? Promise.race([woken, pendingRead]) : woken)
      if (event.kind === 'wake') {
        rearm()
        continue
      }
      pendingRead = null
      if (event.kind === 'failed') {
        // A source that threw is finished: it is not asked to return either.
        exhausted = true
        sourceFailure = {thrown: event.thrown}
      } else if (event.item.done) exhausted = true
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
