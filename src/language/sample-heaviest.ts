/**
 * Bounded samples of a page's text for language and direction detection:
 * the heaviest items first (they carry the most signal), up to `maxChars`,
 * so that detection costs the same on a 5 KB and a 5 MB page.
 */

/**
 * Picks made by scanning for the heaviest item left before the whole list
 * is sorted instead. One or two long paragraphs fill a sample on most
 * pages, and a scan per pick is cheaper than sorting every line of the page;
 * a page of short lines needs many picks, and a sort bounds that at n log n.
 */
const MAX_SCANNED_PICKS = 4

/**
 * Up to `maxChars` of the items' texts, joined by line breaks, heaviest
 * first: the same as sorting them by `weight`, descending and stably (ties
 * keep their order), then taking texts until the sample is full.
 */
export function sampleHeaviest<T>(items: readonly T[], weight: (item: T) => number, text: (item: T) => string, maxChars: number): string {
  const taken = new Uint8Array(items.length)
  let sample = ''
  for (let pick = 0; pick < MAX_SCANNED_PICKS; pick++) {
    if (sample.length >= maxChars) return sample
    let best = -1
    let bestWeight = -Infinity
    for (let i = 0; i < items.length; i++) {
      if (taken[i] === 1) continue
      const w = weight(items[i] as T)
      // Strictly heavier: on a tie the earlier item wins, as in a stable sort.
      if (best < 0 || w > bestWeight) {
        best = i
        bestWeight = w
      }
    }
    if (best < 0) return sample
    taken[best] = 1
    sample = appendToSample(sample, text(items[best] as T), maxChars)
  }
  if (sample.length >= maxChars) return sample
  // Many short items: what is left, heaviest first and ties in page order,
  // as the picks so far would have. Grouped by weight, and only the distinct
  // weights sorted: a page of 31,000 one-word paragraphs has a handful of
  // them, where sorting the items with a comparator took 3% of its time.
  const byWeight = new Map<number, T[]>()
  for (let i = 0; i < items.length; i++) {
    if (taken[i] === 1) continue
    const item = items[i] as T
    const w = weight(item)
    const group = byWeight.get(w)
    if (group === undefined) byWeight.set(w, [item])
    else group.push(item)
  }
  for (const w of [...byWeight.keys()].sort((a, b) => b - a)) {
    for (const item of byWeight.get(w) as T[]) {
      if (sample.length >= maxChars) return sample
      sample = appendToSample(sample, text(item), maxChars)
    }
  }
  return sample
}

/** The sample with `text` added on a line of its own, cut so that the sample stays within `maxChars`. */
function appendToSample(sample: string, text: string, maxChars: number): string {
  return sample + (sample ? '\n' : '') + text.slice(0, maxChars - sample.length)
}
