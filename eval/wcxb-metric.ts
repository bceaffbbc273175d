/**
 * WCXB's own metric (its `evaluate.py`, as the corpus README states it), for
 * the `--corpus=wcxb` section of `npm run eval`. Pure functions, no I/O, so the
 * test suite pins them with hand-computed numbers.
 *
 * Unlike the readability corpus's shingle metric (eval/metric.ts), this one is
 * a bag of single lower-cased words, scored per page and averaged as plain
 * means over pages (F1 is the mean of per-page F1, not the F1 of the means).
 */
import {harmonic, tokenize} from './metric.js'

/** One page's figures; every one is in [0, 1]. */
export interface WcxbPageScore {
  precision: number
  recall: number
  f1: number
  /** Share of the `with` snippets found in the output (1 when the page has none). */
  withRate: number
  /** Share of the `without` snippets found in the output (1 when the page has none; lower is better). */
  withoutRate: number
  /** The output has no token at all. */
  empty: boolean
}

/** Lower-cased runs of Unicode letters, digits and `_`: Python's `re.findall(r'\w+', text.lower())`. */
export function wcxbTokens(text: string): string[] {
  return tokenize(text.toLowerCase())
}

function counts(tokens: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>()
  for (const token of tokens) bag.set(token, (bag.get(token) ?? 0) + 1)
  return bag
}

/** Multiset overlap: the sum over tokens of the smaller of the two counts. */
export function bagOverlap(a: readonly string[], b: readonly string[]): number {
  const small = counts(a.length <= b.length ? a : b)
  const large = counts(a.length <= b.length ? b : a)
  let overlap = 0
  for (const [token, n] of small) overlap += Math.min(n, large.get(token) ?? 0)
  return overlap
}

/**
 * Word precision, recall and F1 of one page. An empty reference scores 1 on all
 * three for an empty output and 0 for anything else; an empty output scores 0
 * against a non-empty reference.
 */
export function wordScore(output: string, reference: string): Pick<WcxbPageScore, 'precision' | 'recall' | 'f1'> {
  const out = wcxbTokens(output)
  const ref = wcxbTokens(reference)
  if (ref.length === 0) {
    const v = out.length === 0 ? 1 : 0
    return {precision: v, recall: v, f1: v}
  }
  if (out.length === 0) return {precision: 0, recall: 0, f1: 0}
  const overlap = bagOverlap(out, ref)
  const precision = overlap / out.length
  const recall = overlap / ref.length
  return {precision, recall, f1: harmonic(precision, recall)}
}

/** Share of snippets that occur in the output: case-insensitive substring, raw text; 1 when there are none. */
export function snippetRate(output: string, snippets: readonly string[]): number {
  if (snippets.length === 0) return 1
  const hay = output.toLowerCase()
  return snippets.filter((s) => hay.includes(s.toLowerCase())).length / snippets.length
}

export function scoreWcxbPage(output: string, reference: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): WcxbPageScore {
  return {
    ...wordScore(output, reference),
    withRate: snippetRate(output, withSnippets),
    withoutRate: snippetRate(output, withoutSnippets),
    empty: wcxbTokens(output).length === 0
  }
}

/** Plain means over pages, and the number of empty outputs. */
export interface WcxbAggregate {
  pages: number
  f1: number
  precision: number
  recall: number
  withRate: number
  withoutRate: number
  empty: number
}

export function aggregateWcxb(pages: readonly WcxbPageScore[]): WcxbAggregate {
  const mean = (pick: (p: WcxbPageScore) => number): number => (pages.length === 0 ? 0 : pages.reduce((sum, p) => sum + pick(p), 0) / pages.length)
  return {
    pages: pages.length,
    f1: mean((p) => p.f1),
    precision: mean((p) => p.precision),
    recall: mean((p) => p.recall),
    withRate: mean((p) => p.withRate),
    withoutRate: mean((p) => p.withoutRate),
    empty: pages.filter((p) => p.empty).length
  }
}
