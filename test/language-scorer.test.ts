import {readdirSync, readFileSync, existsSync} from 'node:fs'
import fc from 'fast-check'
import {franc} from 'franc-min'
import {describe, expect, it} from 'vitest'
import {detectTrigramLanguage} from '../src/language/trigram-language.js'
import {FIXTURES_DIR} from './helpers/fixtures.js'

/**
 * The trigram scorer stands in for franc-min, so it must give franc's answer
 * for every string, not only for the ones the corpus happens to contain: on
 * the fixtures' lines, paragraphs and windows around franc's limits (20
 * characters, 2,048), and on generated strings mixing scripts, digits,
 * punctuation, odd white space and surrogates.
 */
const SEED = Number(process.env.FC_SEED ?? 20_261_203)
const SCALE = Number(process.env.FC_RUNS ?? 1)
const MIN_CHARS = 20
/** Window lengths: around franc's minimum, typical samples, and around its 2,048-unit cut. */
const WINDOW_CHARS = [10, 19, 20, 21, 37, 120, 500, 1000, 2047, 2048, 2049, 2100] as const
/** Distance between window starts in a fixture (prime, so starts fall anywhere in a line). */
const WINDOW_STRIDE_CHARS = 1511

function fixtureTexts(): string[] {
  return readdirSync(FIXTURES_DIR)
    .sort()
    .map((name) => `${FIXTURES_DIR}${name}/input.txt`)
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'))
}

function windowsOf(text: string): string[] {
  const windows: string[] = []
  for (let start = 0; start < text.length; start += WINDOW_STRIDE_CHARS) {
    for (const length of WINDOW_CHARS) windows.push(text.slice(start, start + length))
  }
  return windows
}

/** The inputs whose answers differ from franc's, with both answers. */
function disagreements(inputs: readonly string[], minChars: number): Array<{input: string; franc: string; ours: string}> {
  const found: Array<{input: string; franc: string; ours: string}> = []
  for (const input of inputs) {
    const expected = franc(input, {minLength: minChars})
    const ours = detectTrigramLanguage(input, minChars)
    if (ours !== expected) found.push({input, franc: expected, ours})
  }
  return found
}

// Words of several languages (so samples hit the models), single letters of
// every script franc knows, and the characters its cleaning treats apart.
const PIECES = [
  'the', 'and', 'of', 'der', 'die', 'und', 'que', 'de', 'la', 'les', 'des', 'och', 'het', 'een', 'na', 'ya', 'wa', 'ng', 'sa',
  'и', 'в', 'не', 'на', 'що', 'це', 'і', 'ў', 'қ', 'في', 'من', 'على', 'است', 'کے', 'है', 'की', 'के', 'आहे', 'छ',
  'a', 'é', 'ß', 'ł', 'ő', 'ç', 'ñ', 'ğ', 'ı', 'İ', 'ǅ', 'Ω', 'λ', 'ж', 'Я', 'ب', 'ی', 'क', 'ম', 'ਪ', 'ગ', 'த', 'ల', 'ಕ', 'മ', 'ම',
  'က', 'ก', 'አ', 'ש', 'א', '中', '国', 'の', 'カ', '한', '국', 'ꙮ', 'Ａ', 'ｚ', '\u{20000}', '\u{1F600}', '\uD800', '\uDC00',
  '0', '7', '!', '@', '#', '-', '.', ',', '?', '|', '_', '~', '`', '[', '{', '«', '»', '—', '’',
  ' ', ' ', ' ', '\t', '\n', '\r\n', '\u00A0', '\u2028', '\u3000', '\u200B', '\uFEFF'
] as const

const mixedText = fc.array(fc.constantFrom(...PIECES), {maxLength: 700}).map((pieces) => pieces.join(''))
/** Mostly one language's words with some noise: the shape of real samples. */
const wordyText = fc
  .array(fc.oneof({weight: 6, arbitrary: fc.constantFrom(...PIECES.slice(0, 38))}, {weight: 1, arbitrary: fc.constantFrom(...PIECES)}), {maxLength: 400})
  .map((pieces) => pieces.join(' '))

describe('the trigram scorer', () => {
  const texts = fixtureTexts()

  it('gives franc-min’s answer on every line of every fixture', () => {
    const lines = texts.flatMap((text) => text.split('\n'))
    expect(lines.length).toBeGreaterThan(1000)
    expect(disagreements(lines, MIN_CHARS)).toEqual([])
  })

  it('gives franc-min’s answer on every paragraph of every fixture', () => {
    const paragraphs = texts.flatMap((text) => text.split(/\n[\t ]*\n/))
    expect(disagreements(paragraphs, MIN_CHARS)).toEqual([])
  })

  it('gives franc-min’s answer on windows of 10 to 2,100 characters of the fixtures', () => {
    const windows = texts.flatMap(windowsOf)
    expect(windows.length).toBeGreaterThan(1000)
    expect(disagreements(windows, MIN_CHARS)).toEqual([])
  })

  it('gives franc-min’s answer on whole fixtures and on other minimum lengths', () => {
    const inputs = [...texts, '', ' ', '1234567890123456789012345', '!!!!!!!!!!!!!!!!!!!!!!!!', '中文中文中文中文中文中文中文中文中文中文中文']
    for (const minChars of [0, 1, 10, MIN_CHARS, 100]) expect(disagreements(inputs, minChars)).toEqual([])
  })

  it('gives franc-min’s answer on generated strings mixing scripts, digits, punctuation and surrogates', () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom(0, 10, MIN_CHARS), (text, minChars) => {
        expect(detectTrigramLanguage(text, minChars)).toBe(franc(text, {minLength: minChars}))
      }),
      {numRuns: Math.round(1500 * SCALE), seed: SEED}
    )
  })

  it('gives franc-min’s answer on generated runs of words, where close languages tie or nearly tie', () => {
    fc.assert(
      fc.property(wordyText, (text) => {
        expect(detectTrigramLanguage(text, MIN_CHARS)).toBe(franc(text, {minLength: MIN_CHARS}))
      }),
      {numRuns: Math.round(1500 * SCALE), seed: SEED}
    )
  })

  it('gives franc-min’s answer on arbitrary code points', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
        expect(detectTrigramLanguage(text, MIN_CHARS)).toBe(franc(text, {minLength: MIN_CHARS}))
      }),
      {numRuns: Math.round(800 * SCALE), seed: SEED}
    )
  })
})
