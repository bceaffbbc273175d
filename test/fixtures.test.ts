import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Element} from 'hast'
import {textOf, walk} from '../src/segment/html/hast.js'
import {parseHtml} from '../src/segment/html/parse-html.js'
import {cleanArticle, type Article} from '../src/index.js'
import {LIST_MARKER} from '../src/util/patterns.js'
import {withoutPermalinkMark} from '../src/article/permalink-mark.js'
import {fixtureInput, loadFixtures, nonBlankLines, norm, normDeep, removalOf, type Fixture, type KnownGaps} from './helpers/fixtures.js'

const fixtures = loadFixtures()

/**
 * Whether the body holds a line: as written, or without its list marker
 * ("1. Finland" is the item "Finland" of an ordered list: the marker is the
 * tree's structure, not the paragraph's text).
 */
function bodyHolds(body: string, line: string): boolean {
  // A heading's permalink mark ("Quickstart¶") is a control, printed in no form (src/article/permalink-mark.ts).
  return body.includes(line) || body.includes(line.replace(LIST_MARKER, '')) || body.includes(withoutPermalinkMark(line, true))
}

/** Everything of the article a line can end up in, besides the body and the removals. */
function metadataText(article: Article): string {
  return norm(
    [
      article.title,
      article.dateline ? `${article.dateline.location} ${article.dateline.agency ?? ''}` : '',
      ...article.captions.flatMap((caption) => [caption.text, caption.credit]),
      ...article.authors.flatMap((author) => [author.name, author.bio])
    ]
      .filter(Boolean)
      .join('\n')
  )
}

/**
 * The lines that must be accounted for: each non-blank line of a dump, or
 * the text of each paragraph-level element (`p`, `li`, `h1`–`h6`, `td`) of
 * an HTML page's body, outside scripts and styles (which are dropped
 * silently by design).
 */
function inputLines(fixture: Fixture): string[] {
  if (fixture.kind === 'text') return nonBlankLines(fixture.input)
  const lines: string[] = []
  walk(parseHtml(fixture.input), (node) => {
    if (node.type !== 'element') return false
    if (['script', 'style', 'template', 'noscript', 'head'].includes(node.tagName)) return false
    if (['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td'].includes(node.tagName)) {
      const hasBlock = node.children.some((child) => child.type === 'element' && ['p', 'div', 'ul', 'ol', 'table', 'li'].includes((child as Element).tagName))
      const line = norm(textOf(node))
      if (!hasBlock && line !== '') lines.push(line)
    }
    return true
  })
  return lines
}

/**
 * A fixture's known gaps with what the cleaner gives for each today, in the
 * shape `expected.json` records them (`got` only, beside the text or field
 * that names the gap).
 */
function gapOutputs(gaps: KnownGaps, article: Article): unknown {
  return {
    expected: Object.fromEntries(Object.keys(gaps.expected ?? {}).map((key) => [key, normDeep(article[key as keyof Article] ?? null)])),
    mustRemove: (gaps.mustRemove ?? []).map(({text}) => ({text, got: removalOf(article, text)})),
    mustKeep: (gaps.mustKeep ?? []).map(({text}) => ({text, got: removalOf(article, text)}))
  }
}

/** The outputs `expected.json` recorded for its known gaps. */
function recordedGapOutputs(gaps: KnownGaps): unknown {
  return {
    expected: Object.fromEntries(Object.entries(gaps.expected ?? {}).map(([key, {got}]) => [key, normDeep(got)])),
    mustRemove: (gaps.mustRemove ?? []).map(({text, got}) => ({text, got})),
    mustKeep: (gaps.mustKeep ?? []).map(({text, got}) => ({text, got}))
  }
}

describe('fixtures', () => {
  it('has an expected.json in every fixture folder', () => {
    for (const fixture of fixtures) expect(existsSync(join(fixture.dir, 'expected.json')), fixture.name).toBe(true)
  })

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const article = cleanArticle(fixtureInput(fixture), fixture.options.options ?? null)

      it('matches every field of expected.json', () => {
        const subset = Object.fromEntries(Object.keys(fixture.expectation.expected).map((key) => [key, normDeep(article[key as keyof Article])]))
        expect(subset).toEqual(normDeep(fixture.expectation.expected))
      })

      it('removes every mustRemove line with its reason', () => {
        const paragraphs = article.paragraphs.map(norm)
        for (const {text, reason} of fixture.expectation.mustRemove ?? []) {
          const line = norm(text)
          expect(paragraphs, `"${line}" is still in the body`).not.toContain(line)
          const hit = article.removed.find((removal) => removal.reason === reason && norm(removal.text).includes(line))
          expect(hit, `"${line}" is not removed as ${reason}: ${JSON.stringify(article.removed.filter((r) => norm(r.text).includes(line)))}`).toBeDefined()
        }
      })

      it('keeps every mustKeep line in the body', () => {
        const body = norm(article.text)
        for (const text of fixture.expectation.mustKeep ?? []) expect(bodyHolds(body, norm(text)), `"${text}" was lost`).toBe(true)
      })

      it('accounts for every non-blank input line', () => {
        const places = [norm(article.text), metadataText(article), ...article.removed.map((removal) => norm(removal.text))].join('\n')
        for (const line of inputLines(fixture)) {
          // A dateline is taken off the start of its paragraph; the rest is in the body.
          expect(bodyHolds(places, line) || (article.dateline !== null && line.startsWith(article.dateline.location)), `dropped silently: "${line}"`).toBe(true)
        }
      })

      // A gap is an expectation not met yet; what the cleaner does there today
      // is asserted, so that a change to it (better or worse) fails here and
      // `node --import tsx scripts/fixture-gaps.ts --write` records it for review.
      const gaps = fixture.expectation.knownGaps
      if (gaps !== undefined) {
        it('gives the recorded output on each known gap', () => {
          expect(gapOutputs(gaps, article)).toEqual(recordedGapOutputs(gaps))
        })
      }

      it('prints the expected Markdown', () => {
        if (process.env.UPDATE) writeFileSync(fixture.markdownPath, article.markdown)
        expect(existsSync(fixture.markdownPath), 'expected.md is missing: run UPDATE=1 npm test and review it').toBe(true)
        expect(article.markdown).toBe(readFileSync(fixture.markdownPath, 'utf8'))
      })
    })
  }
})
