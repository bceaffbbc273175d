import {describe, expect, it} from 'vitest'
import {detectInputKind} from '../src/input/detect.js'
import {parseCaption} from '../src/rules/photo-credit.js'

describe('input detection', () => {
  it('finds a document start after leading comments, ending each comment at its first "-->"', () => {
    expect(detectInputKind('<!-- saved from url --> \n<!-- x --><!DOCTYPE html><html><body></body></html>')).toBe('html')
    // As in a browser, " b --> <html>" is text after a comment that ended at the first "-->".
    expect(detectInputKind('<!-- a --> b --> <html><body>')).toBe('text')
    expect(detectInputKind(`<!--${'x'.repeat(2001)}--><html>`)).toBe('text')
  })

  it('reads a run of "--->" comments in linear time (the former pattern took 10 s on 228 characters)', () => {
    for (const repeats of [28, 500]) expect(detectInputKind(`<!--${'---><!--'.repeat(repeats)}`)).toBe('text')
    expect(detectInputKind(`${'<!---->'.repeat(500)}<html>`)).toBe('html')
  })
})

describe('photo credits, matched where a credit can start', () => {
  const rows = [
    ['Kerry and Minh meet in Washington. (Pool photo)', {text: 'Kerry and Minh meet in Washington.', credit: 'Pool photo'}],
    ['A man walks by (AP Photo/Evan Vucci).', {text: 'A man walks by', credit: 'AP Photo/Evan Vucci'}],
    ['Smoke over the city. Photo: Jane Doe/Getty Images', {text: 'Smoke over the city.', credit: 'Photo: Jane Doe/Getty Images'}],
    ['The port at dawn. Image credit : NASA', {text: 'The port at dawn.', credit: 'Image credit : NASA'}],
    ['Smoke rises over the port. REUTERS/Kevin Lamarque', {text: 'Smoke rises over the port.', credit: 'REUTERS/Kevin Lamarque'}],
    ['REUTERS/Kevin Lamarque', {text: null, credit: 'REUTERS/Kevin Lamarque'}],
    ['He said so (in a statement).', null],
    ['The 24/7 hotline opened on Monday.', null]
  ] as const

  for (const [line, expected] of rows) {
    it(`parses "${line}"`, () => expect(parseCaption(line)).toEqual(expected))
  }

  it('returns on long lines crafted against the credit patterns', () => {
    expect(parseCaption(`h ${'f r '.repeat(30_000)}/x`)).toBeNull()
    // Only the end of the line is a credit; compare lengths, not 100 KB strings.
    const label = parseCaption(`${'photo: '.repeat(20_000)}x`)
    expect([label?.text?.length, label?.credit]).toEqual(['photo: '.repeat(19_999).trim().length, 'photo: x'])
    const paren = parseCaption(`${'(photo '.repeat(20_000)})`)
    expect([paren?.text?.length, paren?.credit]).toEqual(['(photo '.repeat(19_999).trim().length, 'photo'])
  })
})
