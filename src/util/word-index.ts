/**
 * A fixed set of words, looked up by where a word stands in a longer string.
 * The page-type guess asks of every token of a dump's first screens whether
 * its model knows it, and the language guess of every token of its sample
 * whether it is a stop word; most are not: slicing each token into a string
 * for a `Map` to hash cost more than hashing its characters in place.
 */
export interface WordIndex {
  /** The words, each once, in the order first given: a word's position here is what `find` returns. */
  words: readonly string[]
  /**
   * The position in `words` of the word equal to `text.slice(start, end)`,
   * or -1. Only the span's characters are read; no string is made.
   */
  find(text: string, start: number, end: number): number
}

/** FNV-1a over the UTF-16 code units of a span, as a 32-bit integer. */
function hashSpan(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  // As the table keeps it: the basis of an empty span is over 2^31.
  return hash | 0
}

/** Slots per word, at least: a table at most half full keeps a miss to a probe or two. */
const SLOTS_PER_WORD = 2

/** Index words for {@link WordIndex.find}: open addressing, linear probing, each slot's hash kept to compare before the characters. */
export function indexWords(words: Iterable<string>): WordIndex {
  const list = [...new Set(words)]
  let size = 2
  while (size < list.length * SLOTS_PER_WORD) size *= 2
  const mask = size - 1
  // The word's position in `list`, or -1 for an empty slot.
  const slots = new Int32Array(size).fill(-1)
  const hashes = new Int32Array(size)
  for (const [at, word] of list.entries()) {
    const hash = hashSpan(word, 0, word.length)
    let slot = hash & mask
    while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask
    slots[slot] = at
    hashes[slot] = hash
  }
  return {
    words: list,
    find(text, start, end) {
      const hash = hashSpan(text, start, end)
      const length = end - start
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const at = slots[slot] as number
        if (at < 0) return -1
        if (hashes[slot] === hash) {
          const word = list[at] as string
          if (word.length === length && text.startsWith(word, start)) return at
        }
      }
    }
  }
}
