import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {CODE_LIKE, looksLikeCode} from '../src/util/patterns.js'
import {loadFixtures} from './helpers/fixtures.js'
import {proseLine} from './helpers/page-dumps.js'

/** `looksLikeCode` skips CODE_LIKE on a text without one of its characters: it must answer as the pattern does. */
const SEED = Number(process.env.FC_SEED ?? 20_261_207)
const SCALE = Number(process.env.FC_RUNS ?? 1)

const PIECES = ['a', 'Z', '7', '_', '(', ')', ';', '{', '}', '=', '*', '<', '>', ' ', 'é', '文', '(x)', 'f(', ' (']
const mixed = fc.array(fc.constantFrom(...PIECES), {maxLength: 30}).map((pieces) => pieces.join(''))

describe('looksLikeCode', () => {
  it.each([
    ['const x = 1;', true],
    ['clone() the repo', true],
    ['snake_case_name', true],
    ['Home > News', false],
    ['a < b', true],
    ['Prices (in euros) rose', false],
    ['See page 3(b)', true]
  ])('reads %j as code: %s', (text, code) => {
    expect(looksLikeCode(text)).toBe(code)
  })

  it('answers as CODE_LIKE does on generated strings and every fixture line', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, proseLine, fc.string({maxLength: 40})), (text) => {
        expect(looksLikeCode(text)).toBe(CODE_LIKE.test(text))
      }),
      {numRuns: Math.round(5000 * SCALE), seed: SEED}
    )
    for (const fixture of loadFixtures()) for (const line of fixture.input.split('\n')) expect(looksLikeCode(line), fixture.name).toBe(CODE_LIKE.test(line))
  })
})
