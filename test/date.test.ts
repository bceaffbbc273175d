import {describe, expect, it} from 'vitest'
import {extractPublishedAt} from '../src/extract/date-in-lines.js'

describe('extractPublishedAt', () => {
  it.each([
    {lines: ['By Jane Doe', 'March 5, 2016 at 9:30 am'], language: 'en', expected: '2016-03-05T09:30:00'},
    {lines: ['Updated: April 2, 2016', 'Published: March 5, 2016'], language: 'en', expected: '2016-03-05'},
    {lines: ['Updated: April 2, 2016'], language: 'en', expected: '2016-04-02'},
    // Month and year only: nothing is guessed.
    {lines: ['May 2018', 'April 2018'], language: 'en', expected: null},
    {lines: ['2016年3月5日'], language: 'zh', expected: '2016-03-05'},
    // A German page's English-style date: the language's parser falls back to English's.
    {lines: ['March 5, 2016'], language: 'de', expected: '2016-03-05'}
  ])('$lines.0 ($language) → $expected', ({lines, language, expected}) => {
    expect(extractPublishedAt(lines, language)).toBe(expected)
  })

  it('reads only the first ten lines with a numeral: a page of dated comments is not parsed line by line', () => {
    // The article's own date line is one chrono cannot read; the dates below are comments'.
    const comments = Array.from({length: 30}, (_, i) => `#${i + 1} reader on 2014/01/${String(i + 1).padStart(2, '0')} 10:28`)
    const unreadable = Array.from({length: 10}, (_, i) => `Comment ${i + 1} of 42`)
    expect(extractPublishedAt([...unreadable, ...comments], 'en')).toBeNull()
    expect(extractPublishedAt([...unreadable.slice(0, 9), ...comments], 'en')).toBe('2014-01-01T10:28:00')
  })
})
