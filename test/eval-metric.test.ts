import {describe, expect, it} from 'vitest'
import {
  aggregate,
  bylineMatches,
  dateMatches,
  languageMatches,
  leadFound,
  leadTokens,
  normalizeMeta,
  scorePage,
  shingles,
  siteMatches,
  titleMatches,
  tokenize,
  type PageScore
} from '../eval/metric.js'

function expectScore(actual: PageScore, expected: PageScore): void {
  expect(actual.tp).toBeCloseTo(expected.tp, 12)
  expect(actual.fp).toBeCloseTo(expected.fp, 12)
  expect(actual.fn).toBeCloseTo(expected.fn, 12)
}

describe('tokenize', () => {
  it.each([
    ['splits on punctuation and keeps case', 'Don\'t stop—now!', ['Don', 't', 'stop', 'now']],
    ['keeps digits, underscores and non-Latin letters', 'snake_case 42 café 東京', ['snake_case', '42', 'café', '東京']],
    ['gives nothing for whitespace and punctuation only', ' \n… — !', []],
    ['gives nothing for an empty string', '', []]
  ])('%s', (_name, text, tokens) => {
    expect(tokenize(text)).toEqual(tokens)
  })
})

describe('shingles', () => {
  it.each<[string, string[], Array<[string, number]>]>([
    ['gives an empty multiset for no tokens', [], []],
    ['gives one short shingle for a single token', ['a'], [['a', 1]]],
    ['gives one short shingle for three tokens', ['a', 'b', 'c'], [['a b c', 1]]],
    ['gives exactly one shingle for four tokens', ['a', 'b', 'c', 'd'], [['a b c d', 1]]],
    ['slides a window of four over five tokens', ['a', 'b', 'c', 'd', 'e'], [['a b c d', 1], ['b c d e', 1]]],
    [
      'counts a repeated shingle twice',
      ['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd'],
      [['a b c d', 2], ['b c d a', 1], ['c d a b', 1], ['d a b c', 1]]
    ]
  ])('%s', (_name, tokens, expected) => {
    expect(shingles(tokens)).toEqual(new Map(expected))
  })
})

describe('scorePage', () => {
  it.each<[string, string, string, PageScore]>([
    ['scores identical texts as all true positives', 'the quick brown fox jumps over', 'the quick brown fox jumps over', {tp: 1, fp: 0, fn: 0}],
    ['ignores punctuation and spacing differences', 'the quick, brown fox.\n\nJumps over', 'the quick brown fox Jumps over', {tp: 1, fp: 0, fn: 0}],
    ['splits disjoint texts evenly between fp and fn', 'a b c d', 'e f g h', {tp: 0, fp: 0.5, fn: 0.5}],
    ['splits one shared and one differing shingle each way into thirds', 'a b c d e', 'a b c d x', {tp: 1 / 3, fp: 1 / 3, fn: 1 / 3}],
    // output: abcd×2, bcda, cdab, dabc (5); reference: abcd (1) → tp 1, fp 4
    ['counts only one match for a shingle the reference has once', 'a b c d a b c d', 'a b c d', {tp: 0.2, fp: 0.8, fn: 0}],
    // output: abcd×2, bcda, cdab, dabc; reference: abcd×3, bcda×2, cdab×2, dabc×2 → tp 5, fn 4
    ['takes the minimum of the counts when both repeat a shingle', 'a b c d a b c d', 'a b c d a b c d a b c d', {tp: 5 / 9, fp: 0, fn: 4 / 9}],
    ['matches a two-token text with itself as one short shingle', 'hello world', 'hello world', {tp: 1, fp: 0, fn: 0}],
    ['does not match a one-token text against a two-token text', 'hello', 'hello world', {tp: 0, fp: 0.5, fn: 0.5}],
    ['keeps case, so differently cased words do not match', 'Hello', 'hello', {tp: 0, fp: 0.5, fn: 0.5}],
    ['scores an empty output as all false negatives', '', 'a b c d e', {tp: 0, fp: 0, fn: 1}],
    ['scores output against an empty reference as all false positives', 'a b c d e', '', {tp: 0, fp: 1, fn: 0}],
    ['scores two empty texts as all zeros', '', '  ', {tp: 0, fp: 0, fn: 0}]
  ])('%s', (_name, output, reference, expected) => {
    expectScore(scorePage(output, reference), expected)
  })
})

describe('aggregate', () => {
  it('takes F1 as the harmonic mean of mean precision and mean recall, not the mean of per-page F1', () => {
    const pages: PageScore[] = [
      {tp: 1, fp: 0, fn: 0}, // P 1, R 1
      {tp: 0.5, fp: 0.5, fn: 0}, // P 0.5, R 1
      {tp: 0, fp: 0, fn: 1} // empty output: no precision, R 0
    ]
    const result = aggregate(pages)
    expect(result.precision).toBeCloseTo(0.75, 12)
    expect(result.recall).toBeCloseTo(2 / 3, 12)
    expect(result.f1).toBeCloseTo(12 / 17, 12)
    // The mean of per-page F1 would be (1 + 2/3 + 0) / 3.
    expect(result.f1).not.toBeCloseTo(5 / 9, 3)
  })

  it('counts a page where both texts are empty as 1 in both means', () => {
    const result = aggregate([{tp: 0, fp: 0, fn: 0}, {tp: 0, fp: 0, fn: 1}])
    expect(result.precision).toBe(1)
    expect(result.recall).toBe(0.5)
    expect(result.f1).toBeCloseTo(2 / 3, 12)
  })

  it('leaves a page with an empty reference out of recall but counts it as 0 precision', () => {
    const result = aggregate([{tp: 0, fp: 1, fn: 0}, {tp: 0.5, fp: 0, fn: 0.5}])
    expect(result.precision).toBe(0.5)
    expect(result.recall).toBe(0.5)
    expect(result.f1).toBe(0.5)
  })

  it('scores no pages as zero rather than NaN', () => {
    expect(aggregate([])).toEqual({precision: 0, recall: 0, f1: 0})
  })
})

describe('normalizeMeta', () => {
  it.each([
    ['folds width, spaces and case', 'ＡＢＣ\u00a0 Def\t', 'abc def'],
    ['turns newlines and tabs inside a value into one space', 'By\n\t\t\tScott  Cunningham', 'by scott cunningham'],
    ['turns an ideographic space into a plain space', '欲張りなイヌ\u3000＜福娘童話集＞', '欲張りなイヌ <福娘童話集>'],
    ['gives an empty string for null', null, '']
  ])('%s', (_name, input, expected) => {
    expect(normalizeMeta(input)).toBe(expected)
  })
})

describe('metadata matchers', () => {
  it.each<[string, (out: string | null, ref: string | null) => boolean, string | null, string | null, boolean]>([
    ['a title matches after spacing and case are normalised', titleMatches, 'United  States to lift Sudan Sanctions ', 'United States to Lift Sudan Sanctions', true],
    ['a title with an extra site suffix does not match', titleMatches, 'How to Build a Terrarium | eHow', 'How to Build a Terrarium', false],
    ['a missing title does not match', titleMatches, null, 'Title', false],
    ['a site name matches after case folding', siteMatches, 'the guardian', 'the Guardian', true],
    ['a byline without "By" matches a reference with it', bylineMatches, 'Jane Doe', 'By Jane Doe', true],
    ['a byline with "By" matches a reference without it', bylineMatches, 'By Jane Doe', 'Jane Doe', true],
    ['a byline matches across a line break in the reference', bylineMatches, 'Scott Cunningham', 'By\n\t\t\tScott Cunningham', true],
    ['a different byline does not match', bylineMatches, 'John Smith', 'Jane Doe', false],
    ['an empty byline does not match, though it is in every string', bylineMatches, '', 'Jane Doe', false],
    ['a language matches a reference with a region', languageMatches, 'en', 'en-US', true],
    ['a language matches regardless of case and region', languageMatches, 'EN', 'en-gb', true],
    ['a different language does not match', languageMatches, 'en', 'es', false],
    ['a missing language does not match', languageMatches, null, 'en', false]
  ])('%s', (_name, matches, out, ref, expected) => {
    expect(matches(out, ref)).toBe(expected)
  })
})

describe('dateMatches', () => {
  it.each<[string, string | null, string | null, boolean]>([
    ['the same instant in two offsets matches', '2015-07-10T09:53:00-04:00', '2015-07-10T13:53:00.000Z', true],
    ['an offset written without a colon is understood', '2021-11-01T09:52:50Z', '2021-11-01T10:52:50+0100', true],
    ['instants 30 seconds apart match', '2015-07-10T13:53:30Z', '2015-07-10T13:53:00Z', true],
    ['instants exactly 60 seconds apart match', '2015-07-10T13:54:00Z', '2015-07-10T13:53:00Z', true],
    ['instants two minutes apart do not match', '2015-07-10T13:55:00Z', '2015-07-10T13:53:00Z', false],
    ['the same wall time in different offsets does not match', '2015-07-10T13:53:00+02:00', '2015-07-10T13:53:00Z', false],
    ['a date-only output matches a reference time on that day', '2017-12-15', '2017-12-15T08:50:02-05:00', true],
    ['a date-only output matches the day as written in the reference offset, not in UTC', '2017-12-15', '2017-12-15T23:30:00-05:00', true],
    ['a date-only output does not match the UTC day when the offset puts it elsewhere', '2017-12-16', '2017-12-15T23:30:00-05:00', false],
    ['a time output matches a date-only reference on its own day', '2024-06-25T01:00:00+09:00', '2024-06-25', true],
    ['two equal date-only values match', '2020-09-21', '2020-09-21', true],
    ['two date-only values a day apart do not match', '2020-09-22', '2020-09-21', false],
    ['a time without an offset matches the same wall time written with a space', '2019-04-28T06:01:07', '2019-04-28 06:01:07', true],
    ['microsecond fractions are read as time', '2017-11-24T18:42:20+01:00', '2017-11-24T18:42:20.314667', true],
    ['a missing output does not match', null, '2020-09-21', false],
    ['an unparseable output does not match', 'last Tuesday', '2020-09-21', false]
  ])('%s', (_name, out, ref, expected) => {
    expect(dateMatches(out, ref)).toBe(expected)
  })
})

describe('leadTokens', () => {
  it('takes the first paragraph, lower-cased', () => {
    expect(leadTokens('The Fed held rates.\n\nIt said more.')).toEqual(['the', 'fed', 'held', 'rates'])
  })

  it('drops the last word of a reference cut inside it, and keeps a whole one', () => {
    expect(leadTokens('Democrats pledged Fri')).toEqual(['democrats', 'pledged'])
    expect(leadTokens('Democrats pledged ')).toEqual(['democrats', 'pledged'])
    expect(leadTokens('Democrats pledged.')).toEqual(['democrats', 'pledged'])
  })

  it('stops at 30 tokens', () => {
    expect(leadTokens(`${'word '.repeat(40)}.`)).toHaveLength(30)
  })
})

describe('leadFound', () => {
  const reference = 'WASHINGTON (Aug. 13) -- Declaring the soul of the corps at stake, Gates ordered a review.'

  it('finds the lead as a run of tokens anywhere in the output, across case and punctuation', () => {
    expect(leadFound('Menu\n\nwashington (aug 13) - declaring the soul of the corps at stake; gates ordered a review', reference)).toBe(true)
  })

  it('misses a lead with a token missing or out of order', () => {
    expect(leadFound('Declaring the soul of the corps at stake, Gates ordered a review.', reference)).toBe(false)
    expect(leadFound('WASHINGTON (Aug. 13) -- Declaring the corps soul at stake, Gates ordered a review.', reference)).toBe(false)
  })

  it('lets an output that took a dateline off skip up to six leading tokens', () => {
    expect(leadFound('Declaring the soul of the corps at stake, Gates ordered a review.', reference, true)).toBe(true)
    expect(leadFound('the corps at stake, Gates ordered a review.', reference, true)).toBe(false)
  })

  it('finds nothing in an empty reference', () => {
    expect(leadFound('anything', '')).toBe(false)
  })
})
