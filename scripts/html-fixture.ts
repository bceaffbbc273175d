/**
 * Make an HTML fixture from a corpus page: `node --import tsx scripts/html-fixture.ts <page> <fixture-name> [note]`.
 *
 * Writes fixtures/<name>/input.html (the page byte for byte), options.json
 * (provenance) and a first expected.json to review like code:
 * - `expected`: the reference metadata fields (corpus .meta.json) that the
 *   output meets under the eval's matchers, as the output states them;
 *   those it misses go to `knownGaps` with what was wanted and what came out.
 * - `mustKeep`: three reference paragraphs (first, middle, last long ones).
 * - `mustRemove`: up to six removals of different rules whose text the
 *   reference body does not contain.
 * Then `UPDATE=1 npx vitest run test/fixtures.test.ts` writes expected.md.
 */
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {bylineMatches, dateMatches, languageMatches, siteMatches, titleMatches} from '../eval/metric.js'
import {corpusDir, repoRoot} from '../eval/run.js'
import {cleanArticle} from '../src/index.js'
import {tidyWhitespace} from '../src/util/whitespace.js'

const [page, name, note] = process.argv.slice(2)
if (!page || !name) throw new Error('usage: html-fixture.ts <corpus page> <fixture name> [note]')
const dir = corpusDir()
const html = readFileSync(join(dir, `${page}.html`), 'utf8')
const gold = readFileSync(join(dir, `${page}.gold.txt`), 'utf8')
const meta = JSON.parse(readFileSync(join(dir, `${page}.meta.json`), 'utf8')) as Record<string, string | null>
const article = cleanArticle({html})
const body = tidyWhitespace(article.text.replace(/\n/g, ' '))
const goldFlat = tidyWhitespace(gold.replace(/\n/g, ' '))

const fields: [keyof typeof article, string, (out: string | null, ref: string | null) => boolean][] = [
  ['title', 'title', titleMatches],
  ['byline', 'byline', bylineMatches],
  ['siteName', 'siteName', siteMatches],
  ['publishedAt', 'publishedTime', dateMatches],
  ['language', 'lang', languageMatches]
]
const expected: Record<string, unknown> = {}
const gaps: Record<string, {want: string; got: unknown}> = {}
for (const [field, ref, matches] of fields) {
  const want = meta[ref] ?? null
  if (want === null || want === '') continue
  const got = article[field] as string | null
  if (matches(got, want)) expected[field] = got
  else gaps[field] = {want, got}
}

const paragraphs = gold.split('\n').map(tidyWhitespace).filter((line) => line.length >= 80)
const picks = [...new Set([paragraphs[0], paragraphs[Math.floor(paragraphs.length / 2)], paragraphs.at(-1)])].filter((p): p is string => p !== undefined)
const mustKeep = picks.filter((p) => body.includes(p))
const missing = picks.filter((p) => !body.includes(p))

const seen = new Set<string>()
const mustRemove: {text: string; reason: string}[] = []
for (const removal of article.removed) {
  const line = tidyWhitespace(removal.text.split('\n')[0] ?? '')
  if (line.length < 4 || line.length > 200 || seen.has(removal.rule) || goldFlat.includes(line) || body.includes(line)) continue
  seen.add(removal.rule)
  mustRemove.push({text: line, reason: removal.reason})
  if (mustRemove.length >= 6) break
}

const out = join(repoRoot, 'fixtures', name)
mkdirSync(out, {recursive: true})
copyFileSync(join(dir, `${page}.html`), join(out, 'input.html'))
writeFileSync(
  join(out, 'options.json'),
  `${JSON.stringify({source: `shared/corpus/readability/${page}.html`, site: meta['siteName'] ?? page.replace(/-\d+$/, ''), license: 'Apache-2.0 (Mozilla Readability test pages)', note: note ?? ''}, null, 2)}\n`
)
const knownGaps = Object.keys(gaps).length > 0 || missing.length > 0 ? {knownGaps: {expected: gaps, mustKeep: missing}} : {}
writeFileSync(join(out, 'expected.json'), `${JSON.stringify({input: 'input.html', expected, mustRemove, mustKeep, ...knownGaps}, null, 2)}\n`)
console.log(`${name}: ${Object.keys(expected).length} fields, ${mustKeep.length} keep, ${mustRemove.length} remove, gaps ${JSON.stringify(knownGaps)}`)
