import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import {cleanArticle, InvalidInputError} from '../src/index.js'

const STORY = 'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third. Engineers said the bridge would reopen in the spring.'
const HTML = `<!doctype html><title>Library hours</title><article><p>${STORY}</p></article>`

// Issue 22, item 13: how the input object is read.
describe('the input object', () => {
  it('reads each field once: a getter cannot pass the checks with one value and be cleaned with another', () => {
    let reads = 0
    const input = {
      get text(): unknown {
        reads++
        return reads === 1 ? STORY : 42
      }
    }
    expect(cleanArticle(input as {text: string}).text).toBe(STORY)
    expect(reads).toBe(1)
  })

  it('ignores a text or html that only Object.prototype has (a polluted prototype), and reads one of its own class', () => {
    const prototype = Object.prototype as {text?: string}
    prototype.text = STORY
    try {
      expect(() => cleanArticle({} as {text: string})).toThrowError(InvalidInputError)
      expect(() => cleanArticle({url: 'https://example.org/a'} as unknown as {text: string})).toThrowError(/neither a string `text`/)
    } finally {
      delete prototype.text
    }
    class Page {
      get text(): string {
        return STORY
      }
    }
    expect(cleanArticle(new Page()).text).toBe(STORY)
  })

  it.each([
    {from: 'this realm', bytes: new TextEncoder().encode(HTML)},
    {from: 'a Buffer', bytes: Buffer.from(HTML)},
    {from: 'a vm context', bytes: runInNewContext('new Uint8Array(bytes)', {bytes: [...new TextEncoder().encode(HTML)]}) as Uint8Array}
  ])('takes HTML bytes made in $from', ({bytes}) => {
    expect(cleanArticle({html: bytes}).text).toBe(STORY)
  })

  it.each([
    {what: 'a plain object that names itself Uint8Array', html: {[Symbol.toStringTag]: 'Uint8Array', byteLength: 3, 0: 60}},
    {what: 'an Int8Array', html: new Int8Array(3)},
    {what: 'an ArrayBuffer', html: new ArrayBuffer(3)}
  ])('rejects $what as HTML bytes', ({html}) => {
    expect(() => cleanArticle({html} as unknown as {html: Uint8Array})).toThrowError(InvalidInputError)
  })
})
