import {describe, expect, it} from 'vitest'
import type {Block} from '../src/segment/block.js'
import {decisionKind} from '../src/decide/stage.js'
import {normalizeOptions} from '../src/options.js'
import {DECISION_STAGES, decideBlocks, startDecideState} from '../src/decide/decide-blocks.js'
import {RULES} from '../src/decide/rules/index.js'
import {segmentText} from '../src/segment/text/segment-text.js'
import {loadFixtures} from './helpers/fixtures.js'

const settings = normalizeOptions({})
const dumps = loadFixtures()
  .filter((fixture) => fixture.kind === 'text')
  .map((fixture) => ({name: fixture.name, blocks: segmentText(fixture.input)}))
/** A stand-in for learned furniture: every short line, so that the learned-line stages have lines to work on. */
const shortLines = (block: Block): boolean => block.measures.words <= 3

describe('the decision stages', () => {
  it('run in the documented order, each named once', () => {
    expect(DECISION_STAGES.map((stage) => stage.name)).toEqual([
      'line-rules',
      'learned-lines',
      'page-language',
      'neutral-lines',
      'listings',
      'body-region',
      'headline',
      'contents-list',
      'positional-rules',
      'classifier',
      'repeated-lines',
      'whole-listings'
    ])
  })

  it('change a decision only where their `decides` field allows it, on every text fixture', () => {
    const changed = new Map<string, number>()
    for (const {name, blocks} of dumps) {
      for (const isRepeated of [undefined, shortLines]) {
        const state = startDecideState(blocks, settings, isRepeated, RULES)
        for (const stage of DECISION_STAGES) {
          const before = state.decisions.slice()
          stage.run(state)
          state.decisions.forEach((tag, i) => {
            if (tag === before[i]) return
            const from = decisionKind(before[i])
            const to = decisionKind(tag)
            expect(stage.decides, `${stage.name} changed block ${i} of ${name}`).not.toBeNull()
            expect(stage.decides?.over, `${stage.name} on ${name}, block ${i}`).toContain(from)
            expect(stage.decides?.sets, `${stage.name} on ${name}, block ${i}`).toContain(to)
            changed.set(stage.name, (changed.get(stage.name) ?? 0) + 1)
          })
        }
        expect(state.decisions, name).toEqual(decideBlocks(blocks, settings, isRepeated).decisions)
      }
    }
    // Every stage with rights used them on some fixture: the check above is not empty.
    const deciding = DECISION_STAGES.filter((stage) => stage.decides !== null).map((stage) => stage.name)
    expect(deciding.filter((stage) => (changed.get(stage) ?? 0) === 0)).toEqual([])
  })
})
