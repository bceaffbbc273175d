import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cleanArticle, type Article} from '../src/index.js'
import {loadFixtures, nonBlankLines, norm, normDeep} from './helpers/fixtures.js'

const fixtures = loadFixtures()

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

describe('fixtures', () => {
  it('has an expected.json in every fixture folder', () => {
    for (const fixture of fixtures) expect(existsSync(join(fixture.dir, 'expected.json')), fixture.name).toBe(true)
  })

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const article = cleanArticle(
        fixture.options.url ? {text: fixture.input, url: fixture.options.url} : {text: fixture.input},
        fixture.options.options ?? null
      )

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
        for (const text of fixture.expectation.mustKeep ?? []) expect(body, `"${text}" was lost`).toContain(norm(text))
      })

      it('accounts for every non-blank input line', () => {
        const places = [norm(article.text), metadataText(article), ...article.removed.map((removal) => norm(removal.text))].join('\n')
        for (const line of nonBlankLines(fixture.input)) {
          // A dateline is taken off the start of its paragraph; the rest is in the body.
          expect(places.includes(line) || (article.dateline !== null && line.startsWith(article.dateline.location)), `dropped silently: "${line}"`).toBe(true)
        }
      })

      it('prints the expected Markdown', () => {
        if (process.env.UPDATE) writeFileSync(fixture.markdownPath, article.markdown)
        expect(existsSync(fixture.markdownPath), 'expected.md is missing: run UPDATE=1 npm test and review it').toBe(true)
        expect(article.markdown).toBe(readFileSync(fixture.markdownPath, 'utf8'))
      })
    })
  }
})
