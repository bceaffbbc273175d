import {afterEach, describe, expect, it, vi} from 'vitest'
import {applyRules, type Decisions} from '../src/decide/classify/classify-blocks.js'
import {findBodyRegion} from '../src/decide/classify/region.js'
import {cleanArticle, InvalidInputError, isArticleCleanerError, RULES, TimeoutError} from '../src/index.js'
import type {Element, Root} from 'hast'
import {capSourceDepth} from '../src/segment/html/cap-depth.js'
import {documentParts} from '../src/segment/html/hast.js'
import {findMainContent} from '../src/segment/html/main-content.js'
import {readJsonLd} from '../src/extract/markup/json-ld.js'
import {parseHtml} from '../src/segment/html/parse-html.js'
import {prunePage} from '../src/segment/html/prune/prune-page.js'
import {emptyRawText} from '../src/segment/html/raw-text.js'
import {segmentPage, type Segmented, type Unit} from '../src/segment/html/segment-page.js'
import {measurePage, type PageStats} from '../src/segment/html/measure-page.js'
import {htmlToMdast} from '../src/article/html-to-mdast.js'
import {segmentText} from '../src/segment/text/segment-text.js'
import {checkDeadline, tickDeadline, TICKS_PER_CHECK, withDeadline} from '../src/util/deadline.js'

const PARAGRAPH =
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'

/** A clock that reads 0, 1, 2, … ms: each read costs a millisecond of fake time. */
function steppingClock(): () => number {
  let now = 0
  return () => now++
}

/** A clock that starts at 0 and then always reads `later`: the budget is over from the first check on. */
function jumpingClock(later: number): () => number {
  let reads = 0
  return () => (reads++ === 0 ? 0 : later)
}

function caught(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the deadline helper', () => {
  it('does nothing outside a budget, and with an infinite one', () => {
    expect(() => checkDeadline('x')).not.toThrow()
    expect(withDeadline(Infinity, () => {
      checkDeadline('x')
      return 'done'
    }, jumpingClock(1e12))).toBe('done')
  })

  it('throws TimeoutError once the clock is past the budget, with the limit, the time and the stage', () => {
    const error = caught(() => withDeadline(5, () => {
      for (let i = 0; i < 10; i++) checkDeadline(`step ${i}`)
    }, steppingClock()))
    expect(error).toBeInstanceOf(TimeoutError)
    const timeout = error as TimeoutError
    // Reads: 0 at the start, then 1, 2, … per check: the sixth check reads 6 > 5.
    expect([timeout.code, timeout.timeoutMs, timeout.elapsedMs, timeout.stage]).toEqual(['timeout', 5, 6, 'step 5'])
    expect(timeout.message).toMatch(/6 ms, over the timeoutMs limit of 5 ms \(stopped in step 5\)/)
    expect(isArticleCleanerError(timeout)).toBe(true)
  })

  it('reads the clock in loops only every TICKS_PER_CHECK iterations', () => {
    const clock = vi.fn(steppingClock())
    withDeadline(1e9, () => {
      for (let i = 0; i < TICKS_PER_CHECK * 10; i++) tickDeadline('loop')
    }, clock)
    expect(clock).toHaveBeenCalledTimes(1 + 10)
  })

  it('ends the budget with the call, also when the call throws', () => {
    expect(() => withDeadline(1, () => checkDeadline('x'), jumpingClock(2))).toThrowError(TimeoutError)
    expect(() => checkDeadline('after')).not.toThrow()
    for (let i = 0; i < TICKS_PER_CHECK; i++) tickDeadline('after')
  })
})

describe('the long loops check the budget', () => {
  const lines = Array.from({length: TICKS_PER_CHECK * 4}, (_, i) => `${PARAGRAPH} (${i})`)
  const blocks = segmentText(lines.join('\n\n'))

  it('stops while segmenting', () => {
    const error = caught(() => withDeadline(10, () => segmentText(lines.join('\n')), jumpingClock(11)))
    expect((error as TimeoutError).stage).toBe('segment')
  })

  it('stops while applying the rules', () => {
    const decisions: Decisions = blocks.map(() => null)
    const context = {blocks, titleIndex: -1, bodyStart: -1, bodyEnd: -1, proseAfter: () => 0}
    const error = caught(() => withDeadline(10, () => applyRules(blocks, context, RULES, decisions), jumpingClock(11)))
    expect((error as TimeoutError).stage).toBe('rules')
  })

  it('stops while scanning for the body region', () => {
    const error = caught(() => withDeadline(10, () => findBodyRegion(blocks, () => false), jumpingClock(11)))
    expect((error as TimeoutError).stage).toBe('region')
  })
})

describe('cleanArticle with timeoutMs', () => {
  const big = Array.from({length: 20_000}, (_, i) => (i % 4 === 0 ? `${PARAGRAPH} (${i})` : `Menu item ${i}`)).join('\n')

  it('throws TimeoutError from inside a stage when the budget runs out there', () => {
    // Fake time: every read of the clock takes a millisecond.
    vi.spyOn(performance, 'now').mockImplementation(steppingClock())
    const error = caught(() => cleanArticle({text: big}, {timeoutMs: 10}))
    expect(error).toBeInstanceOf(TimeoutError)
    // Normalizing reads the clock once; the segmenting loop reads it every 64 lines.
    expect((error as TimeoutError).stage).toBe('segment')
  })

  it('turns a budget that real time has passed into TimeoutError', () => {
    // A nanosecond: normalizing 1.3 MB alone takes longer on any machine.
    expect(() => cleanArticle({text: big}, {timeoutMs: 1e-6})).toThrowError(TimeoutError)
  })

  it('cleans as without a budget when the budget is not used up', () => {
    const text = `Headline of the story\n\n${PARAGRAPH}\n\n${PARAGRAPH.replace('Tuesday', 'Monday')}`
    expect(cleanArticle(text, {timeoutMs: 60_000})).toEqual(cleanArticle(text))
  })

  it('rejects a timeoutMs that is not a positive number', () => {
    for (const timeoutMs of [0, -1, Number.NaN, '5' as unknown as number]) {
      expect(() => cleanArticle('text', {timeoutMs}), String(timeoutMs)).toThrowError(InvalidInputError)
    }
    expect(cleanArticle(PARAGRAPH, {timeoutMs: Infinity})).toEqual(cleanArticle(PARAGRAPH))
  })
})

describe('every HTML stage checks the budget (issue 22: parsing, pruning and the container search never looked)', () => {
  const html = `<!doctype html><html><head><title>T</title><script type="application/ld+json">[${'{"@type":"Thing"},'.repeat(300)}{}]</script></head><body><article>${Array.from({length: TICKS_PER_CHECK * 4}, (_, i) => `<p>${PARAGRAPH} (${i}) <span>a</span> <span>b</span></p>`).join('\n')}</article></body></html>`
  const bodyOf = (tree: Root): Element => documentParts(tree).body as Element
  const prepared = (): {body: Element; page: PageStats; units: Unit[]; content: Segmented['content']} => {
    const body = bodyOf(parseHtml(html))
    const page = measurePage(body)
    const {units, content} = segmentPage(body, new Map(), true)
    return {body, page, units, content}
  }
  // Each stage, run on its own (its input made first, without a budget) with
  // a budget that is over from its first check on: it must stop at that
  // check, not run to its end.
  const stages: readonly [string, string, () => () => unknown][] = [
    ['parse', 'parseHtml', () => () => parseHtml(html)],
    ['parse', 'capSourceDepth', () => () => capSourceDepth(html, 2)],
    ['parse', 'emptyRawText', () => () => emptyRawText(html)],
    ['metadata', 'readJsonLd', () => () => readJsonLd([`[${'{"@type":"Thing"},'.repeat(300)}{}]`])],
    ['measure', 'measurePage', () => {
      const body = bodyOf(parseHtml(html))
      return () => measurePage(body)
    }],
    ['prune', 'prunePage', () => {
      const {body, page} = prepared()
      return () => prunePage(body, page, {rules: {}, keepComments: false})
    }],
    ['segment', 'segmentPage', () => {
      const {body} = prepared()
      return () => segmentPage(body, new Map(), true)
    }],
    ['main-content', 'findMainContent', () => {
      const {body, page, units, content} = prepared()
      return () => findMainContent(body, units, content, page.parent, () => false)
    }],
    ['markdown', 'htmlToMdast', () => {
      const {body} = prepared()
      return () => htmlToMdast({type: 'root', children: [body]}, {base: null, images: true, links: true, tables: true})
    }]
  ]
  for (const [stage, name, prepare] of stages) {
    it(`stops in ${stage} (${name})`, () => {
      const run = prepare()
      const error = caught(() => withDeadline(10, run, jumpingClock(11)))
      expect(error).toBeInstanceOf(TimeoutError)
      expect((error as TimeoutError).stage).toBe(stage)
    })
  }

  it('stops an 8 MB page of paragraphs at the budget, in any stage, with TimeoutError', () => {
    // Issue 22: 8 MB of <p> with timeoutMs 2000 ran 108 s and reached 1.56 GB.
    vi.spyOn(performance, 'now').mockImplementation(steppingClock())
    const error = caught(() => cleanArticle(`<!doctype html><body>${'<p>x</p>'.repeat(1e6)}`, {timeoutMs: 2000}))
    expect(error).toBeInstanceOf(TimeoutError)
    // A stepping clock: the budget is 2,000 reads, so the overrun is a single check.
    expect((error as TimeoutError).elapsedMs).toBeLessThanOrEqual(2001)
  })
})

describe('a step with no place to check the budget', () => {
  it('does not start when even its least cost would overrun the budget', () => {
    // Reads 0 at the start, then 10: 10 + 5 ahead is over a budget of 12, 10 + 1 is not.
    const at = (ahead: number): unknown => caught(() => withDeadline(12, () => checkDeadline('next', ahead), jumpingClock(10)))
    expect(at(1)).toBeUndefined()
    expect((at(5) as TimeoutError).stage).toBe('next')
  })
})
