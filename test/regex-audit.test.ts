import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  collectSourceRegexes,
  findNestedUnboundedQuantifier,
  patternKey,
  RECHECK_PARAMS,
  recheckPattern,
  recheckVersion,
  VERDICTS_PATH,
  type VerdictFile
} from './helpers/source-regexes.js'

/**
 * `RegExp(…)` calls whose pattern is built at run time, so that no analyser
 * can see it, each with the reason it is acceptable. Empty: every pattern in
 * src/ folds to a constant. A new entry needs a reason a reviewer can check.
 */
const UNAUDITABLE: Readonly<Record<string, string>> = {}

const {regexes, unresolved} = collectSourceRegexes()

/** Verdicts recorded by `npm run audit:regex -- --write`, when they are for this recheck and these parameters. */
function recordedSafe(): Set<string> {
  if (!existsSync(VERDICTS_PATH)) return new Set()
  const file = JSON.parse(readFileSync(VERDICTS_PATH, 'utf8')) as VerdictFile
  const same = file.recheck === recheckVersion() && JSON.stringify(file.params) === JSON.stringify(RECHECK_PARAMS)
  return new Set(same ? file.safe : [])
}
const recorded = recordedSafe()

describe('the regular expressions in src/', () => {
  it('are all found: literals and RegExp calls, constants folded through imports', () => {
    // A floor, so that a collector that silently finds nothing fails.
    expect(regexes.length).toBeGreaterThan(60)
    expect(regexes.some((regex) => regex.kind === 'constructor' && regex.source.includes('\\p{Lu}[\\p{L}'))).toBe(true)
  })

  it('are built from constants, so that each can be audited', () => {
    const unlisted = unresolved.filter((call) => !Object.hasOwn(UNAUDITABLE, call.where))
    expect(unlisted).toEqual([])
  })

  it('nest no unbounded quantifier inside another', () => {
    const nested = regexes.flatMap((regex) => {
      const found = findNestedUnboundedQuantifier(regex.source)
      return found === null ? [] : [`${regex.where}: ${found}`]
    })
    expect(nested).toEqual([])
  })

  describe('are safe by recheck (a verdict recorded for this exact pattern, or checked now)', () => {
    for (const regex of regexes) {
      it(`${regex.where} /${regex.source.length > 60 ? `${regex.source.slice(0, 60)}…` : regex.source}/${regex.flags}`, () => {
        if (recorded.has(patternKey(regex))) return
        // New or changed since the last `npm run audit:regex -- --write`: fuzz it now (seconds).
        const verdict = recheckPattern(regex.source, regex.flags)
        expect(verdict.status, verdict.detail).toBe('safe')
      }, 300_000)
    }
  })
})

describe('the nested-quantifier check', () => {
  const rows = [
    ['(a+)*', '(a+)*'],
    ['(?:\\s*x)+?', '(?:\\s*x)+'],
    ['(a+){2,}', '(a+){2,}'],
    ['(?<name>(b)+)+', '(?<name>(b)+)+'],
    ['x{2,}(?:y{1,}z)+', '(?:y{1,}z)+'],
    ['(a{1,30} )*', null],
    ['(a+)?', null],
    ['(a+){2}', null],
    ['[(+]*', null],
    ['\\(a+\\)*', null],
    ['\\p{L}+(?:x)*', null],
    ['(?:a|b+)(c)*', null]
  ] as const

  for (const [pattern, expected] of rows) {
    it(`finds ${expected ?? 'nothing'} in /${pattern}/`, () => expect(findNestedUnboundedQuantifier(pattern)).toBe(expected))
  }
})
