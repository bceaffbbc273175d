import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {cleanArticle, createCleaner, InputTooLargeError, InvalidInputError, TimeoutError, type CleanerProfile} from '../src/index.js'

const PROSE = [
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third.',
  'Engineers said the bridge would reopen in the spring once the new bearings had been fitted and tested under load.',
  'The museum will show the recovered paintings together for the first time since they were taken from the castle.',
  'Farmers in the valley have planted earlier this year because the snow melted weeks ahead of the usual date.',
  'The orchestra announced a season of new works, with three premieres written by composers from the city.'
]

/** A page of one site: the same furniture around a different story. */
function page(i: number, site?: string): {text: string; url?: string; site?: string} {
  // The site's promo sits inside every story, where the classifier, seeing
  // one page, takes it for a subheading.
  const story = [PROSE[i % 5], 'Watch Live Now', PROSE[(i + 1) % 5], PROSE[(i + 2) % 5]].join('\n\n')
  const text = ['Metro Daily', '', `Story number ${i} of the week`, '', story, '', 'Tap here to add us to your home screen'].join('\n')
  return site === undefined ? {text, url: `https://www.example.org/news/${i}`} : {text, site}
}

describe('createCleaner', () => {
  it('learns lines that recur across a site and removes them with their reason', () => {
    const cleaner = createCleaner()
    expect(cleaner.learn([0, 1, 2, 3].map((i) => page(i)))).toEqual({learned: 4, skipped: 0, duplicates: 0})
    const article = cleaner.clean(page(4))
    const repeated = article.removed.filter((removal) => removal.reason === 'repeated-across-pages').map((removal) => removal.text)
    expect(repeated).toContain('Watch Live Now')
    // Every line it calls repeated is the site's furniture, never the story.
    for (const line of repeated) expect(['Metro Daily', 'Watch Live Now', 'Tap here to add us to your home screen']).toContain(line)
    // The stories recur too (three of five sentences per page), but they are
    // body prose on the pages they were learned from: never removed.
    for (const sentence of PROSE.slice(4).concat(PROSE.slice(0, 2))) expect(article.paragraphs).toContain(sentence)
    // Unaided, the promo stays in the body: this is what learning adds.
    expect(cleanArticle(page(4)).paragraphs).toContain('Watch Live Now')
  })

  it('skips pages whose site is unknown, and keys sites by host without www', () => {
    const cleaner = createCleaner()
    expect(cleaner.learn([{text: page(0).text}, page(1).text, page(2)])).toEqual({learned: 1, skipped: 2, duplicates: 0})
    expect(Object.keys(cleaner.profile().sites)).toEqual(['example.org'])
  })

  it('needs minRepeatPages pages before a line counts as furniture', () => {
    const cleaner = createCleaner({minRepeatPages: 5})
    cleaner.learn([0, 1, 2, 3].map((i) => page(i)))
    expect(cleaner.clean(page(4)).removed.some((removal) => removal.reason === 'repeated-across-pages')).toBe(false)
  })

  it('saves the profile as plain JSON that a new cleaner and cleanArticle load', () => {
    const cleaner = createCleaner()
    cleaner.learn([0, 1, 2, 3].map((i) => page(i, 'metro')))
    const saved = JSON.parse(JSON.stringify(cleaner.profile())) as CleanerProfile
    expect(saved.format).toBe('article-cleaner/profile')
    expect(saved.sites['metro']?.pages).toBe(4)
    const expected = cleaner.clean(page(4, 'metro'))
    expect(createCleaner({profile: saved}).clean(page(4, 'metro'))).toEqual(expected)
    expect(cleanArticle(page(4, 'metro'), {profile: saved})).toEqual(expected)
  })

  it('does not change the profile object it was given', () => {
    const cleaner = createCleaner()
    cleaner.learn([0, 1, 2].map((i) => page(i)))
    const given = cleaner.profile()
    const copy = structuredClone(given)
    createCleaner({profile: given}).learn([page(3)])
    expect(given).toEqual(copy)
  })

  it('learns a duplicated article once', () => {
    const cleaner = createCleaner()
    const same = {text: [PROSE[0], PROSE[1], PROSE[2]].join('\n\n'), site: 'mirror'}
    expect(cleaner.learn([same, same, same])).toEqual({learned: 1, skipped: 0, duplicates: 2})
    expect(cleaner.clean(same).paragraphs).toHaveLength(3)
  })

  it('keeps a page whose every line recurs, and says so', () => {
    // Five articles, each sentence in three of them: every line of a page recurs.
    const rotation = (i: number): {text: string; site: string} => ({text: [0, 1, 2].map((k) => PROSE[(i + k) % 5]).join('\n\n'), site: 'rotation'})
    const cleaner = createCleaner({maxRepeatBodyShare: 1})
    expect(cleaner.learn([0, 1, 2, 3, 4].map(rotation))).toEqual({learned: 5, skipped: 0, duplicates: 0})
    const article = cleaner.clean(rotation(0))
    expect(article.paragraphs).toHaveLength(3)
    expect(article.warnings.map((warning) => warning.code)).toContain('body-guard')
    // With the default guard the sentences were body on their pages: kept, no warning needed.
    const guarded = createCleaner()
    guarded.learn([0, 1, 2, 3, 4].map(rotation))
    expect(guarded.clean(rotation(0)).warnings).toEqual([])
  })

  it('keeps an HTML page whose every line recurs, and says so, as it does a dump', () => {
    // The body guard is one stage for both inputs: HTML pages learned the same way keep their body too.
    const rotation = (i: number): {html: string; site: string} => ({
      html: `<html><head><title>Rotation</title></head><body><article>${[0, 1, 2].map((k) => `<p>${PROSE[(i + k) % 5]}</p>`).join('')}</article></body></html>`,
      site: 'rotation'
    })
    const cleaner = createCleaner({maxRepeatBodyShare: 1})
    expect(cleaner.learn([0, 1, 2, 3, 4].map(rotation))).toEqual({learned: 5, skipped: 0, duplicates: 0})
    const article = cleaner.clean(rotation(0))
    expect(article.paragraphs).toHaveLength(3)
    expect(article.warnings.map((warning) => warning.code)).toContain('body-guard')
  })

  it('rejects what is not a profile, and bad thresholds, with InvalidInputError', () => {
    expect(() => createCleaner({profile: {sites: {}} as unknown as CleanerProfile})).toThrow(InvalidInputError)
    expect(() => cleanArticle('text', {profile: {format: 'article-cleaner/profile', version: 1, sites: {a: {pages: 1, articles: [], lines: {x: [1]}}}} as unknown as CleanerProfile})).toThrow(
      /counts are not/
    )
    expect(() => createCleaner({minRepeatPages: 1})).toThrow(InvalidInputError)
    expect(() => createCleaner({maxRepeatBodyShare: 2})).toThrow(InvalidInputError)
    expect(() => createCleaner().learn(42 as unknown as string[])).toThrow(InvalidInputError)
  })
})

describe('createCleaner on a site built from real dumps', () => {
  const dir = new URL('../fixtures/sites/liberation/', import.meta.url)
  const furniture = readFileSync(new URL('furniture.txt', dir), 'utf8')
  const storyDir = new URL('stories/', dir)
  const stories = readdirSync(storyDir).sort().map((name) => readFileSync(new URL(name, storyDir), 'utf8'))
  const pages = stories.map((story, i) => ({text: furniture.replace('{{STORY}}', story), url: `https://www.liberation.fr/page/${i}`}))
  const storyLines = (story: string): string[] => story.split('\n').map((line) => line.replace(/\s+/gu, ' ').trim()).filter(Boolean)
  const furnitureLines = new Set(storyLines(furniture))

  it('removes furniture the classifier keeps, and no line of any story', () => {
    const cleaner = createCleaner()
    expect(cleaner.learn(pages)).toEqual({learned: 5, skipped: 0, duplicates: 0})
    let keptAlone = 0
    let keptLearned = 0
    for (const [i, page] of pages.entries()) {
      const alone = cleanArticle(page).paragraphs
      const learned = cleaner.clean(page)
      keptAlone += alone.filter((paragraph) => furnitureLines.has(paragraph)).length
      keptLearned += learned.paragraphs.filter((paragraph) => furnitureLines.has(paragraph)).length
      // Learning loses no line of the story that cleaning alone kept.
      const kept = new Set([...learned.paragraphs, learned.title ?? ''])
      for (const line of storyLines(stories[i] as string)) if (alone.includes(line)) expect(kept.has(line), line).toBe(true)
      for (const removal of learned.removed.filter((r) => r.reason === 'repeated-across-pages')) {
        for (const line of removal.text.split('\n')) expect(furnitureLines.has(line), `removed as repeated but not furniture: ${line}`).toBe(true)
      }
    }
    expect(keptAlone).toBeGreaterThan(0)
    expect(keptLearned).toBeLessThan(keptAlone)
  })
})

describe('createCleaner on HTML pages', () => {
  const htmlPage = (i: number): {html: string; url: string} => ({
    html: `<!doctype html><html lang="en"><head><title>Story ${i}</title></head><body><article><h1>Story number ${i} of the week</h1><p>${PROSE[i % 5]}</p><p>Watch Live Now</p><p>${PROSE[(i + 1) % 5]}</p><p>${PROSE[(i + 2) % 5]}</p></article></body></html>`,
    url: `https://news.example.org/story/${i}`
  })

  it('learns from HTML pages and removes their recurring lines', () => {
    expect(cleanArticle(htmlPage(4)).paragraphs).toContain('Watch Live Now')
    const cleaner = createCleaner()
    expect(cleaner.learn([0, 1, 2, 3].map(htmlPage))).toEqual({learned: 4, skipped: 0, duplicates: 0})
    const article = cleaner.clean(htmlPage(4))
    expect(article.paragraphs).not.toContain('Watch Live Now')
    expect(article.removed.find((removal) => removal.text === 'Watch Live Now')?.reason).toBe('repeated-across-pages')
    expect(article.paragraphs).toContain(PROSE[4])
  })

  // Issue 22, item 13: `__proto__` reported 4 pages learned and kept none.
  it.each(['__proto__', 'constructor', 'hasownproperty'])('keeps what it learns for a site named %s, through a JSON round trip', (site) => {
    const cleaner = createCleaner()
    expect(cleaner.learn([0, 1, 2, 3].map((i) => page(i, site)))).toEqual({learned: 4, skipped: 0, duplicates: 0})
    const saved = JSON.parse(JSON.stringify(cleaner.profile())) as CleanerProfile
    expect(Object.keys(saved.sites)).toEqual([site])
    expect(Object.getOwnPropertyDescriptor(saved.sites, site)?.value).toMatchObject({pages: 4})
    for (const article of [cleaner.clean(page(4, site)), cleanArticle(page(4, site), {profile: saved})]) {
      expect(article.removed.find((removal) => removal.text === 'Watch Live Now')?.reason).toBe('repeated-across-pages')
    }
  })
})

describe('the cleaner keeps every limit it was given', () => {
  // Issue 20: an option a user sets is never ignored, whichever door a page comes in by.
  const page = {html: `<title>T</title><article><p>${'The council voted on Tuesday to extend the library opening hours. '.repeat(200)}</p></article>`, url: 'https://news.example/a'}

  it('holds clean() and learn() to maxInputBytes and timeoutMs', () => {
    expect(() => createCleaner({maxInputBytes: 100}).clean(page)).toThrowError(InputTooLargeError)
    expect(() => createCleaner({maxInputBytes: 100}).learn([page])).toThrowError(InputTooLargeError)
    // A nanosecond: parsing alone takes longer on any machine.
    expect(() => createCleaner({timeoutMs: 1e-6}).clean(page)).toThrowError(TimeoutError)
    expect(() => createCleaner({timeoutMs: 1e-6}).learn([page])).toThrowError(TimeoutError)
  })
})
