/**
 * Sections of `npm run eval` beyond the balanced body score: the three
 * strictness modes, the two halves of the corpus's sites (a split to tune on
 * one and report the other), and learning across pages of one site.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {cleanArticle, createCleaner} from '../src/index.js'
import type {Strictness} from '../src/options.js'
import {aggregate, scorePage, type Aggregate} from './metric.js'

export interface ScoredPage {
  name: string
  text: string
  gold: string
}

export interface ModeRow {
  strictness: Strictness
  body: Aggregate
}

/** Body scores of each strictness mode on the same pages. */
export function strictnessRows(pages: readonly ScoredPage[]): ModeRow[] {
  return (['precision', 'balanced', 'recall'] as const).map((strictness) => ({
    strictness,
    body: aggregate(pages.map((page) => scorePage(cleanArticle(page.text, {strictness}).text, page.gold)))
  }))
}

export interface LearningRow {
  /** The site, and how its pages were made. */
  site: string
  pages: number
  unaided: Aggregate
  learned: Aggregate
  /** Learned with `maxRepeatBodyShare: 1`: recurring sentences are not protected. */
  learnedUnguarded: Aggregate
  /** Lines removed as repeated-across-pages, over the site's pages. */
  repeatedLines: number
}

/**
 * Clean each site's pages alone, then with a cleaner that learned from all
 * of them (as a user who learns from a crawl and cleans it does).
 */
function learningRow(site: string, pages: readonly ScoredPage[]): LearningRow {
  const inputs = pages.map((page) => ({text: page.text, site}))
  const cleaner = createCleaner()
  cleaner.learn(inputs)
  const unguarded = createCleaner({maxRepeatBodyShare: 1})
  unguarded.learn(inputs)
  let repeatedLines = 0
  const learned = inputs.map((input, i) => {
    const article = cleaner.clean(input)
    repeatedLines += article.removed.filter((removal) => removal.reason === 'repeated-across-pages').length
    return scorePage(article.text, (pages[i] as ScoredPage).gold)
  })
  return {
    site,
    pages: pages.length,
    unaided: aggregate(inputs.map((input, i) => scorePage(cleanArticle(input).text, (pages[i] as ScoredPage).gold))),
    learned: aggregate(learned),
    learnedUnguarded: aggregate(inputs.map((input, i) => scorePage(unguarded.clean(input).text, (pages[i] as ScoredPage).gold))),
    repeatedLines
  }
}

/** Sites of the corpus with at least `minPages` pages (nytimes-1…5 and the like). */
export function corpusSiteRows(pages: readonly ScoredPage[], siteOf: (name: string) => string, minPages = 3): LearningRow[] {
  const bySite = new Map<string, ScoredPage[]>()
  for (const page of pages) bySite.set(siteOf(page.name), [...(bySite.get(siteOf(page.name)) ?? []), page])
  return [...bySite].filter(([, group]) => group.length >= minPages).map(([site, group]) => learningRow(site, group))
}

/**
 * The furniture of a page: its lines above the first line of its reference
 * article and below the last, or `null` when they cannot be found.
 */
function furnitureOf(dump: string, first: string, last: string): {header: string; footer: string} | null {
  const norm = (line: string): string => line.replace(/\s+/gu, ' ').trim()
  const lines = dump.split(/\r?\n/)
  const head = norm(first).slice(0, 40)
  const tail = norm(last).slice(-40)
  if (head.length < 20 || tail.length < 20) return null
  const top = lines.findIndex((line) => norm(line).length > 0 && norm(line).includes(head))
  const bottom = lines.findLastIndex((line) => norm(line).length > 0 && norm(line).includes(tail))
  if (top < 0 || bottom < top) return null
  return {header: lines.slice(0, top).join('\n'), footer: lines.slice(bottom + 1).join('\n')}
}

/** A site built from a corpus page: its furniture around the reference articles of other pages. */
export function hostSiteRow(host: ScoredPage, stories: readonly ScoredPage[]): LearningRow | null {
  const goldLines = host.gold.split(/\n/).filter((line) => line.trim().length > 0)
  const furniture = furnitureOf(host.text, goldLines[0] ?? '', goldLines.at(-1) ?? '')
  if (furniture === null) return null
  const others = stories.filter((story) => story.name !== host.name)
  const pages = others.map((story) => ({name: `${host.name}+${story.name}`, text: `${furniture.header}\n${story.gold}\n${furniture.footer}`, gold: story.gold}))
  return learningRow(`${host.name} furniture, ${others.length} articles`, pages)
}

interface SeedExpectation {
  expected: {title?: string | null; paragraphs: string[]}
}

/**
 * A site built from a real dump: the seed's own furniture (every line above
 * its headline or first paragraph, and below its last paragraph) around the
 * reference articles of other pages, as one site's template wraps its stories.
 */
export function seedSiteRow(seedsDir: string, seed: string, stories: readonly ScoredPage[]): LearningRow {
  const dump = readFileSync(join(seedsDir, `${seed}.txt`), 'utf8')
  const {expected} = JSON.parse(readFileSync(join(seedsDir, `${seed}.expected.json`), 'utf8')) as SeedExpectation
  // The dateline is taken off the first paragraph: the line that holds the
  // paragraph's first words is where the article starts.
  const furniture = furnitureOf(dump, expected.title ?? (expected.paragraphs[0] as string), expected.paragraphs.at(-1) as string)
  if (furniture === null) throw new Error(`${seed}: cannot find where its article starts and ends`)
  const pages = stories.map((story) => ({name: `${seed}+${story.name}`, text: `${furniture.header}\n${story.gold}\n${furniture.footer}`, gold: story.gold}))
  return learningRow(`${seed} furniture, ${stories.length} articles`, pages)
}
