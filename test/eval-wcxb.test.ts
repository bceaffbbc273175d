import {describe, expect, it} from 'vitest'
import {FOLDS, crossFold, foldOf, registrableDomain, type WcxbOutcome, type WcxbPage} from '../eval/wcxb.js'
import {aggregateWcxb, bagOverlap, scoreWcxbPage, snippetRate, wcxbTokens, wordScore, type WcxbPageScore} from '../eval/wcxb-metric.js'

describe('wcxbTokens', () => {
  it.each([
    ['lower-cases and splits on punctuation', "Don't STOP—now!", ['don', 't', 'stop', 'now']],
    ['keeps `_` and digits inside a token', 'snake_case x_1 42', ['snake_case', 'x_1', '42']],
    ['keeps Latin letters with diacritics whole', 'Café ÉTÉ', ['café', 'été']],
    ['keeps CJK runs whole (no segmentation)', '東京タワー 2024年', ['東京タワー', '2024年']],
    ['lower-cases Cyrillic and Greek', 'Привет МИР Αθήνα', ['привет', 'мир', 'αθήνα']],
    ['keeps Arabic words', 'مرحبا بالعالم', ['مرحبا', 'بالعالم']],
    // Python's \w, like \p{L}, leaves out combining marks: नमस्ते splits at the virama (U+094D) and the vowel sign (U+0947).
    ['splits Devanagari at combining marks, as Python does', 'नमस्ते', ['नमस', 'त']],
    ['gives nothing for punctuation and spaces', ' \n… — ! ¶', []]
  ])('%s', (_name, text, tokens) => {
    expect(wcxbTokens(text)).toEqual(tokens)
  })
})

describe('bagOverlap', () => {
  it.each<[string, string[], string[], number]>([
    ['counts each shared token up to the smaller count', ['the', 'cat', 'the', 'cat', 'the'], ['the', 'the', 'cat', 'dog'], 3],
    ['is symmetric', ['the', 'the', 'cat', 'dog'], ['the', 'cat', 'the', 'cat', 'the'], 3],
    ['ignores order', ['b', 'a'], ['a', 'b'], 2],
    ['is 0 for disjoint bags', ['a', 'b'], ['c', 'd'], 0],
    ['is 0 against an empty bag', [], ['a'], 0]
  ])('%s', (_name, a, b, overlap) => {
    expect(bagOverlap(a, b)).toBe(overlap)
  })
})

describe('wordScore', () => {
  it.each<[string, string, string, {precision: number; recall: number; f1: number}]>([
    // out: the×3 cat×2 (5 tokens); ref: the×2 cat dog (4) → overlap 3, P 3/5, R 3/4, F1 2·0.6·0.75/1.35 = 2/3
    ['scores a multiset overlap', 'The cat, the cat; the.', 'the the cat dog', {precision: 0.6, recall: 0.75, f1: 2 / 3}],
    ['scores identical bags in another order as 1', 'dog cat the', 'The cat, dog!', {precision: 1, recall: 1, f1: 1}],
    ['scores disjoint texts 0 without dividing by zero', 'a b', 'c d', {precision: 0, recall: 0, f1: 0}],
    ['scores an empty output 0 against a reference', '', 'some words', {precision: 0, recall: 0, f1: 0}],
    ['scores punctuation-only output as empty', '— … !', 'some words', {precision: 0, recall: 0, f1: 0}],
    ['scores an empty output 1 against an empty reference', '', '', {precision: 1, recall: 1, f1: 1}],
    ['counts a token-less output as empty against an empty reference', ' ¶ ', '\n', {precision: 1, recall: 1, f1: 1}],
    ['scores any output 0 against an empty reference', 'menu', '', {precision: 0, recall: 0, f1: 0}]
  ])('%s', (_name, output, reference, expected) => {
    const score = wordScore(output, reference)
    expect(score.precision).toBeCloseTo(expected.precision, 12)
    expect(score.recall).toBeCloseTo(expected.recall, 12)
    expect(score.f1).toBeCloseTo(expected.f1, 12)
  })
})

describe('snippetRate', () => {
  it.each<[string, string, string[], number]>([
    ['finds snippets case-insensitively', 'Hello World, foo', ['hello world', 'WORLD,'], 1],
    // The raw text is tested: a line break does not match a space, punctuation counts.
    ['does not clean up whitespace or punctuation', 'Hello World, foo\nbar', ['hello world', 'foo bar', 'world foo'], 1 / 3],
    ['matches inside words (a substring test)', 'Homepage', ['home'], 1],
    ['is 0 when none occurs', 'abc', ['x', 'y'], 0],
    ['is 1 for a page with no snippets of the kind', 'anything', [], 1],
    ['is 1 for an empty output with no snippets', '', [], 1]
  ])('%s', (_name, output, snippets, rate) => {
    expect(snippetRate(output, snippets)).toBeCloseTo(rate, 12)
  })
})

describe('scoreWcxbPage and aggregateWcxb', () => {
  it('scores one page on every figure', () => {
    // out tokens: main text here home (4); ref: main text here (3) → P 3/4, R 1, F1 6/7
    expect(scoreWcxbPage('Main text here.\nHome', 'main text here', ['text here', 'missing'], ['Home', 'Login'])).toEqual({
      precision: 0.75,
      recall: 1,
      f1: 6 / 7,
      withRate: 0.5,
      withoutRate: 0.5,
      empty: false
    })
  })

  it('takes plain means over pages (F1 is the mean of per-page F1) and counts empty outputs', () => {
    const pages: WcxbPageScore[] = [
      {precision: 1, recall: 0.5, f1: 2 / 3, withRate: 1, withoutRate: 0, empty: false},
      {precision: 0, recall: 0, f1: 0, withRate: 0, withoutRate: 1, empty: true},
      {precision: 0.5, recall: 1, f1: 2 / 3, withRate: 0.5, withoutRate: 0.5, empty: false}
    ]
    const all = aggregateWcxb(pages)
    expect(all.pages).toBe(3)
    expect(all.precision).toBeCloseTo(0.5, 12)
    expect(all.recall).toBeCloseTo(0.5, 12)
    // Mean of per-page F1 (4/9), not the harmonic mean of the means (0.5).
    expect(all.f1).toBeCloseTo(4 / 9, 12)
    expect(all.withRate).toBeCloseTo(0.5, 12)
    expect(all.withoutRate).toBeCloseTo(0.5, 12)
    expect(all.empty).toBe(1)
  })

  it('scores no pages as zero rather than NaN', () => {
    expect(aggregateWcxb([])).toEqual({pages: 0, f1: 0, precision: 0, recall: 0, withRate: 0, withoutRate: 0, empty: 0})
  })
})

describe('registrableDomain', () => {
  it.each<[string, string | null]>([
    ['https://www.example.com/a/b', 'example.com'],
    ['https://blog.example.com/a', 'example.com'],
    ['https://www2.example.org/', 'example.org'],
    ['https://EXAMPLE.io', 'example.io'],
    ['https://www.bbc.co.uk/news/x', 'bbc.co.uk'],
    ['https://news.abc.net.au/x', 'abc.net.au'],
    ['https://health.gov.au/x', 'health.gov.au'],
    // Only a two-letter country code takes a second level: example.co is a domain of its own.
    ['https://shop.example.co/', 'example.co'],
    ['https://a.b.example.de/', 'example.de'],
    ['http://localhost:8080/', 'localhost'],
    ['', null],
    ['not a url', null]
  ])('%s → %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain)
  })
})

describe('foldOf', () => {
  it('pins the fold of a domain (sha256 mod 5), so folds do not move between runs or machines', () => {
    expect(foldOf('example.com')).toBe(1)
    expect(foldOf('bbc.co.uk')).toBe(4)
  })
})

function page(id: number): WcxbPage {
  const domain = `site${id % 17}.example`
  return {id: String(id), kind: id % 2 === 0 ? 'article' : 'forum', url: `https://${domain}/${id}`, domain, fold: foldOf(domain), gold: 'x', title: null, author: null, publishDate: null, with: [], without: []}
}

describe('crossFold', () => {
  const pages = Array.from({length: 60}, (_, i) => page(i))
  const score = (f1: number): WcxbPageScore => ({precision: f1, recall: f1, f1, withRate: 1, withoutRate: 0, empty: false})
  const outcome = (p: WcxbPage, f1: number): WcxbOutcome => ({page: p, output: '', article: null, error: null, ms: 1, score: score(f1)})

  it('reports a run that memorises its tuning pages as perfect in sample and worthless out of fold', async () => {
    // The "tuned constant" is the set of page ids seen: right on those, wrong elsewhere.
    const result = await crossFold(pages, async (tuneOn, scoreOn) => {
      const seen = new Set(tuneOn.map((p) => p.id))
      return scoreOn.map((p) => outcome(p, seen.has(p.id) ? 1 : 0))
    })
    expect(result.inSample.all?.f1).toBe(1)
    expect(result.outOfFold.all?.f1).toBe(0)
    expect(result.outOfFold.all?.pages).toBe(60)
    expect(result.outOfFold.article?.pages).toBe(30)
    expect(result.folds).toHaveLength(FOLDS)
  })

  it('never tunes on a domain it scores out of fold, and scores every page exactly once', async () => {
    const scored: string[] = []
    await crossFold(pages, async (tuneOn, scoreOn) => {
      if (scoreOn.length < pages.length) {
        const tunedDomains = new Set(tuneOn.map((p) => p.domain))
        expect(scoreOn.filter((p) => tunedDomains.has(p.domain))).toEqual([])
        expect(tuneOn.length + scoreOn.length).toBe(pages.length)
        scored.push(...scoreOn.map((p) => p.id))
      }
      return scoreOn.map((p) => outcome(p, 0.5))
    })
    expect(scored.sort()).toEqual(pages.map((p) => p.id).sort())
  })
})
