import {describe, expect, it} from 'vitest'
import type {Decisions} from '../../src/decide/classify/classify-blocks.js'
import {keepWholeSections} from '../../src/decide/stages/whole-sections.js'

// A page as its decisions: `.` kept, `c` the classifier's low-content, `m` a
// menu run (a rule), one letter per block.
function decisions(pattern: string): Decisions {
  return [...pattern].map((c, i) => (c === '.' ? null : c === 'c' ? {reason: 'low-content', rule: 'classifier', start: i} : {reason: 'navigation', rule: 'menu-run', start: i}))
}
const pattern = (tags: Decisions): string => tags.map((tag) => (tag === null ? '.' : tag.rule === 'classifier' ? 'c' : 'm')).join('')

const ROWS = [
  // Short sections between the kept ones are kept (service dumps: a feature list between two blurbs).
  {name: 'keeps short sections between kept ones', input: 'mm..cc.c..cm', expected: 'mm........cm'},
  // The hero above the densest stretch is kept, the menu above it stays out.
  {name: 'keeps the hero above the first kept block but not a rule\'s menu', input: 'mmcc..c.cc', expected: 'mm......cc'},
  // Below the last kept block is the footer: it stays out.
  {name: 'leaves what follows the last kept block', input: '..c.ccc', expected: '....ccc'},
  // Near miss: a page with nothing kept is left as it is.
  {name: 'leaves a page with nothing kept', input: 'ccmc', expected: 'ccmc'}
] as const

describe('keepWholeSections', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      expect(pattern(keepWholeSections(decisions(row.input)))).toBe(row.expected)
    })
  }

  it('keeps at most forty blocks above the first kept one', () => {
    const input = 'c'.repeat(45) + '..'
    expect(pattern(keepWholeSections(decisions(input)))).toBe('c'.repeat(5) + '.'.repeat(42))
  })
})
