import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanArticle, PRUNE_RULES, RULES, type RemovalReason} from '../src/index.js'
import {fixtureInput, loadFixtures} from './helpers/fixtures.js'

const fixtures = loadFixtures()
const results = fixtures.map((fixture) => ({fixture, article: cleanArticle(fixtureInput(fixture))}))
const htmlResults = results.filter(({fixture}) => fixture.kind === 'html')

/**
 * Where a rule's table lives: test/rules/<name>.test.ts for a line rule,
 * test/html/prune/<name>.test.ts for a tree rule.
 */
const TABLE_DIRS = {line: new URL('./rules/', import.meta.url), tree: new URL('./html/prune/', import.meta.url)}

/** The problem with a rule's table, or null: it must exist and check its own shape (two pages, a near miss). */
function tableProblem(kind: keyof typeof TABLE_DIRS, name: string): string | null {
  const path = new URL(`${name}.test.ts`, TABLE_DIRS[kind])
  if (!existsSync(path)) return `no table: ${path.pathname}`
  const text = readFileSync(path, 'utf8')
  const checksShape = text.includes(kind === 'line' ? 'itFiresOnTwoPagesAndKeepsANearMiss(' : 'describeTreeRuleTable(')
  return checksShape ? null : `${path.pathname} does not check that the rule fires on two pages and keeps a near miss`
}

/** Reasons no rule reports but the pipeline itself does: the title, the classifier's and the block scorer's. */
const PIPELINE_REASONS = new Set<RemovalReason>(['title', 'low-content', 'low-score'])

describe('rules and fixtures', () => {
  it('has fixtures from at least 15 sites in at least 4 languages', () => {
    const sites = new Set(fixtures.map((fixture) => fixture.options.site))
    const languages = new Set(results.map(({article}) => article.language).filter(Boolean))
    expect(fixtures.length).toBeGreaterThanOrEqual(20)
    expect(sites.size).toBeGreaterThanOrEqual(15)
    expect(languages.size).toBeGreaterThanOrEqual(4)
  })

  for (const rule of RULES) {
    it(`sees rule ${rule.name} fire in at least one fixture`, () => {
      const firing = results.filter(({article}) => article.removed.some((removal) => removal.rule === rule.name))
      expect(firing.map(({fixture}) => fixture.name), `${rule.name} fires in no fixture`).not.toEqual([])
    })
  }

  it('has HTML fixtures from at least 15 sites in at least 2 languages besides English', () => {
    const sites = new Set(htmlResults.map(({fixture}) => fixture.options.site))
    const languages = new Set(htmlResults.map(({article}) => article.language).filter((language) => language !== null && language !== 'en'))
    expect(sites.size).toBeGreaterThanOrEqual(15)
    expect(languages.size).toBeGreaterThanOrEqual(2)
  })

  for (const rule of PRUNE_RULES) {
    it(`sees tree rule ${rule.name} fire in at least one HTML fixture`, () => {
      const firing = htmlResults.filter(({article}) => article.removed.some((removal) => removal.rule === rule.name))
      expect(firing.map(({fixture}) => fixture.name), `${rule.name} fires in no fixture`).not.toEqual([])
    })
  }

  it('has a table for every line rule and every tree rule', () => {
    const problems = [...RULES.map((rule) => tableProblem('line', rule.name)), ...PRUNE_RULES.map((rule) => tableProblem('tree', rule.name))]
    expect(problems.filter((problem) => problem !== null)).toEqual([])
  })

  it('has a rule (or the pipeline) for every reason a fixture expects', () => {
    const reasons = new Set<RemovalReason>([...RULES.map((rule) => rule.reason), ...PRUNE_RULES.map((rule) => rule.reason), ...PIPELINE_REASONS])
    for (const {fixture} of results) {
      for (const {reason} of fixture.expectation.mustRemove ?? []) expect(reasons.has(reason), `${fixture.name}: no rule reports ${reason}`).toBe(true)
    }
  })
})
