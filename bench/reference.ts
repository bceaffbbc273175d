/**
 * A fixed piece of work, timed on the bench's pinned core before and after
 * the one-thread measure. It is the same work in every run, on every build,
 * so its time says how fast the machine was at that moment: this 2-core
 * shared machine has been seen to change speed for minutes at a time (one
 * build measured 398 and 672 docs/s on one core twenty minutes apart), which
 * moves docs/s more than most changes to the code do.
 * Two figures of docs/s are comparable when their reference times are.
 *
 * The work is of the cleaner's kind (a character loop, a regular expression
 * scan, words split and counted in a Map) on a generated text, so that a
 * state that slows the cleaner slows it too.
 */

const TEXT_WORDS = 40_000
const RUNS = 15
const WARM_UP_RUNS = 10

/** A text of pseudo-random words from a fixed seed: the same string in every run. */
function referenceText(): string {
  let seed = 12_345
  const next = (): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    return seed >>> 8
  }
  const words: string[] = []
  for (let i = 0; i < TEXT_WORDS; i++) {
    let word = ''
    const length = 2 + (next() % 9)
    for (let j = 0; j < length; j++) word += String.fromCharCode(97 + (next() % 26))
    words.push(next() % 7 === 0 ? word.toUpperCase() : word)
  }
  return words.join(' ')
}

let text: string | undefined

/** One run of the work; returns a value so that none of it can be optimised away. */
function work(input: string): number {
  let upper = 0
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    if (code >= 65 && code <= 90) upper++
  }
  const long = input.match(/\b[a-z]{7,}\b/giu)?.length ?? 0
  const counts = new Map<string, number>()
  for (const word of input.split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1)
  return upper + long + counts.size
}

/**
 * The median time of the reference work, in milliseconds (lower: a faster
 * machine state). The first call also builds the text; every call warms the JIT up first.
 */
export function referenceMs(): number {
  text ??= referenceText()
  let sink = 0
  for (let i = 0; i < WARM_UP_RUNS; i++) sink += work(text)
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    sink += work(text)
    times.push(performance.now() - start)
  }
  if (sink < 0) throw new Error('unreachable')
  times.sort((a, b) => a - b)
  return times[RUNS >> 1] as number
}
