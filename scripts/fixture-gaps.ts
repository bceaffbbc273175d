/**
 * `node --import tsx scripts/fixture-gaps.ts [--write]`: compare every fixture's
 * expectations with what cleanArticle gives today. Lists the known gaps that
 * are now met (and, with --write, moves them into the asserted expectations)
 * and the asserted expectations that now fail (with --write, moves them to
 * knownGaps with what came out, so a regression is visible in review, never
 * silent: the commit diff shows each one). A gap still unmet whose output
 * changed (its `got`, which test/fixtures.test.ts asserts) is listed too, and
 * --write records the new output.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import {cleanArticle, type Article, type RemovalReason} from '../src/index.js'
import {fixtureInput, loadFixtures, norm, normDeep, removalOf, type KnownGaps} from '../test/helpers/fixtures.js'

const write = process.argv.includes('--write')

let promoted = 0
let demoted = 0
let changed = 0
/** Count and list a gap still unmet whose output is not the recorded one. */
function noteChange(fixture: string, what: string, before: unknown, after: unknown): void {
  if (isDeepStrictEqual(normDeep(before), normDeep(after))) return
  changed++
  console.log(`${fixture}: gap ${what} changed: was ${JSON.stringify(before)}, now ${JSON.stringify(after)}`)
}
for (const fixture of loadFixtures()) {
  const article = cleanArticle(fixtureInput(fixture), fixture.options.options ?? null)
  const expectation = fixture.expectation
  const gaps: KnownGaps = expectation.knownGaps ?? {}
  const expected = {...expectation.expected}
  const mustRemove = [...(expectation.mustRemove ?? [])]
  const mustKeep = [...(expectation.mustKeep ?? [])]
  const next: Required<KnownGaps> = {expected: {}, mustRemove: [], mustKeep: []}
  const removedAs = (text: string, reason: RemovalReason): boolean =>
    !article.paragraphs.map(norm).includes(norm(text)) && article.removed.some((removal) => removal.reason === reason && norm(removal.text).includes(norm(text)))
  const fieldMet = (key: string, want: unknown): boolean => isDeepStrictEqual(normDeep(article[key as keyof Article]), normDeep(want))
  const keptText = (text: string): boolean => norm(article.text).includes(norm(text))

  for (const [key, gap] of Object.entries(gaps.expected ?? {})) {
    if (fieldMet(key, gap.want)) {
      expected[key] = gap.want
      promoted++
      console.log(`${fixture.name}: met ${key} = ${JSON.stringify(gap.want)}`)
    } else {
      next.expected[key] = {want: gap.want, got: article[key as keyof Article] ?? null}
      noteChange(fixture.name, key, gap.got, next.expected[key].got)
    }
  }
  for (const [key, want] of Object.entries(expectation.expected)) {
    if (!fieldMet(key, want)) {
      delete expected[key]
      next.expected[key] = {want, got: article[key as keyof Article] ?? null}
      demoted++
      console.log(`${fixture.name}: LOST ${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(article[key as keyof Article])}`)
    }
  }
  for (const gap of gaps.mustRemove ?? []) {
    if (removedAs(gap.text, gap.reason)) {
      mustRemove.push({text: gap.text, reason: gap.reason})
      promoted++
      console.log(`${fixture.name}: met remove ${gap.reason}: ${gap.text.slice(0, 60)}`)
    } else {
      next.mustRemove.push({...gap, got: removalOf(article, gap.text)})
      noteChange(fixture.name, `remove ${gap.text.slice(0, 60)}`, gap.got, removalOf(article, gap.text))
    }
  }
  for (const item of [...mustRemove]) {
    if (!removedAs(item.text, item.reason)) {
      mustRemove.splice(mustRemove.indexOf(item), 1)
      next.mustRemove.push({...item, got: removalOf(article, item.text)})
      demoted++
      console.log(`${fixture.name}: LOST remove ${item.reason}: ${item.text.slice(0, 60)} (now ${removalOf(article, item.text)})`)
    }
  }
  for (const {text, got} of gaps.mustKeep ?? []) {
    if (keptText(text)) {
      mustKeep.push(text)
      promoted++
      console.log(`${fixture.name}: met keep: ${text.slice(0, 60)}`)
    } else {
      next.mustKeep.push({text, got: removalOf(article, text)})
      noteChange(fixture.name, `keep ${text.slice(0, 60)}`, got, removalOf(article, text))
    }
  }
  for (const text of [...mustKeep]) {
    if (!keptText(text)) {
      mustKeep.splice(mustKeep.indexOf(text), 1)
      next.mustKeep.push({text, got: removalOf(article, text)})
      demoted++
      console.log(`${fixture.name}: LOST keep: ${text.slice(0, 60)} (now ${removalOf(article, text)})`)
    }
  }
  if (write) {
    const out: Record<string, unknown> = {...expectation, expected, mustRemove, mustKeep}
    const left = Object.keys(next.expected).length + next.mustRemove.length + next.mustKeep.length
    if (left > 0) out['knownGaps'] = next
    else delete out['knownGaps']
    writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(out, null, 2)}\n`)
  }
}
console.log(`${promoted} known gaps now met, ${demoted} asserted expectations now failing, ${changed} gaps with a new output${write ? ' (written)' : ''}`)
