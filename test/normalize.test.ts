import {describe, expect, it} from 'vitest'
import {CONTROLS, LINE_BREAKS, TO_REPLACE, normalizeInput} from '../src/input/normalize.js'
import {DEFAULTS} from '../src/index.js'

/**
 * `normalizeInput` skips its two replaces when `TO_REPLACE` finds nothing:
 * that class must hold every character either replace acts on, or a dump
 * with that character would keep it. Checked over every UTF-16 code unit.
 */
describe('normalizeInput', () => {
  it('looks first for every character its line-break and control replaces act on', () => {
    const missed: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      const acted = new RegExp(LINE_BREAKS.source).test(char) || new RegExp(CONTROLS.source).test(char)
      if (acted && !TO_REPLACE.test(char)) missed.push(code)
    }
    expect(missed).toEqual([])
  })

  it('unifies line breaks and blanks controls, and leaves a text without them as it is', () => {
    expect(normalizeInput('a\r\nb\rc\u2028d\u0085e\u0007f', DEFAULTS.maxInputBytes)).toMatchObject({kind: 'text', text: 'a\nb\nc\nd\ne f'})
    const plain = 'Plain text,\nno controls.'
    expect(normalizeInput(plain, DEFAULTS.maxInputBytes)).toMatchObject({kind: 'text', text: plain})
  })
})
