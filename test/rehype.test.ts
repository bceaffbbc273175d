import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {BinaryInputError, cleanArticle, createCleaner, InputTooLargeError, InvalidInputError, TimeoutError} from '../src/index.js'
import rehypeArticleDefault, {rehypeArticle} from '../src/rehype.js'

const PARAGRAPH = 'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'
const PAGE = `<!doctype html><html lang="en"><head><title>Library hours | Town News</title><meta property="og:site_name" content="Town News"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>Library hours</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH.replace('Tuesday', 'Monday')} <a href="/minutes">Read the minutes</a>.</p></article>
<footer>© 2024 Town News</footer></body></html>`

describe('rehypeArticle', () => {
  it('replaces the tree with the article body and puts the Article on file.data', async () => {
    const file = await unified().use(rehypeParse).use(rehypeArticle, {url: 'https://town.example/news/library'}).use(rehypeStringify).process(PAGE)
    const article = file.data.article
    expect(article?.title).toBe('Library hours')
    expect(article?.siteName).toBe('Town News')
    const html = String(file)
    expect(html).toContain(PARAGRAPH)
    expect(html).toContain('href="https://town.example/minutes"')
    expect(html).not.toContain('Weather')
    expect(html).not.toContain('© 2024')
  })

  it('gives the same Article as cleanArticle on the same page', async () => {
    const file = await unified().use(rehypeParse).use(rehypeArticle).use(rehypeStringify).process(PAGE)
    expect(file.data.article).toEqual(cleanArticle({html: PAGE}))
  })

  it('refuses a binary file as the other doors do, from the file\'s value', async () => {
    const binary = new Uint8Array(8192).map((_, i) => (i * 7) % 32)
    const processor = unified().use(rehypeParse).use(rehypeArticle).use(rehypeStringify)
    await expect(processor.process(new VFile({value: binary}))).rejects.toBeInstanceOf(BinaryInputError)
    await expect(processor.process(new VFile({value: new TextDecoder().decode(binary)}))).rejects.toBeInstanceOf(BinaryInputError)
  })

  it('bounds the depth of a caller-made tree before walking it', async () => {
    const deep = `<!doctype html><body>${'<div>'.repeat(1500)}<p>${PARAGRAPH}</p>${'</div>'.repeat(1500)}</body>`
    const file = await unified().use(rehypeParse).use(rehypeArticle).use(rehypeStringify).process(deep)
    expect(file.data.article?.paragraphs).toEqual([PARAGRAPH])
  })

  it('blanks the control characters of a caller-made tree, as cleanArticle blanks a page\'s (issue 22, item 3)', async () => {
    const page = PAGE.replace('Read the minutes', 'Read the \u001b[2J minutes &#x9b;31m')
    const file = await unified().use(rehypeParse).use(rehypeArticle).use(rehypeStringify).process(page)
    expect(file.data.article).toEqual(cleanArticle({html: page}))
    expect(file.data.article?.markdown).toContain('minutes')
    expect(/[\u001b\u009b]/u.test(`${file.data.article?.markdown}${String(file)}`)).toBe(false)
  })

  it('checks its options when attached', () => {
    expect(() => unified().use(rehypeParse).use(rehypeArticle, {tables: 'no' as unknown as boolean}).freeze()).toThrowError(InvalidInputError)
  })

  it('is the default export too, as unified plugins are', () => {
    expect(rehypeArticleDefault).toBe(rehypeArticle)
  })

  it('reports each removal as a message with its rule, the source and the reason', async () => {
    const file = await unified().use(rehypeParse).use(rehypeArticle).use(rehypeStringify).process(PAGE)
    const removed = file.data.article?.removed ?? []
    expect(removed.length).toBeGreaterThan(0)
    expect(file.messages.map((message) => [message.ruleId, message.source, message.fatal])).toEqual(removed.map((removal) => [removal.rule, 'article-cleaner', false]))
    for (const [i, removal] of removed.entries()) expect(file.messages[i]?.reason).toContain(removal.reason)
  })

  // Issue 20: with these limits the plugin cleaned a 100 KB page in 1.1 s without an error.
  it('holds a page to maxInputBytes, measured on the file it was parsed from or on the tree', async () => {
    const processor = unified().use(rehypeParse).use(rehypeArticle, {maxInputBytes: 1000}).use(rehypeStringify)
    const big = PAGE.replace('</article>', `<p>${PARAGRAPH.repeat(10)}</p></article>`)
    await expect(processor.process(big)).rejects.toBeInstanceOf(InputTooLargeError)
    // A tree with no source (made by hand, or the file's value dropped): its text is measured.
    const tree = unified().use(rehypeParse).parse(big)
    await expect(processor.run(tree)).rejects.toBeInstanceOf(InputTooLargeError)
    await expect(processor.run(unified().use(rehypeParse).parse(PAGE))).resolves.toBeDefined()
  })

  it('fails the file with TimeoutError past timeoutMs, and says so on the file', async () => {
    // A nanosecond: measuring and parsing alone take longer on any machine.
    // Issue 20's pair of limits: the size is checked first.
    const processor = unified().use(rehypeParse).use(rehypeArticle, {timeoutMs: 1, maxInputBytes: 10}).use(rehypeStringify)
    await expect(processor.process(PAGE)).rejects.toBeInstanceOf(InputTooLargeError)
    const timed = unified().use(rehypeParse).use(rehypeArticle, {timeoutMs: 1e-6}).use(rehypeStringify)
    const page = new VFile(PAGE)
    await expect(timed.process(page)).rejects.toBeInstanceOf(TimeoutError)
    expect(page.messages.map((message) => [message.ruleId, message.source, message.fatal])).toEqual([['timeout', 'article-cleaner', true]])
  })

  it('applies a learned profile as the cleaner that learned it does', async () => {
    const cleaner = createCleaner()
    const pages = [0, 1, 2, 3].map((i) => PAGE.replace('Library hours</h1>', `Story ${i}</h1><p>Watch Live Now</p>`).replaceAll('Tuesday', ['Alpha', 'Bravo', 'Charlie', 'Delta'][i] as string))
    cleaner.learn(pages.map((html, i) => ({html, url: `https://town.example/news/${i}`})))
    const file = await unified().use(rehypeParse).use(rehypeArticle, {url: 'https://town.example/news/9', profile: cleaner.profile()}).use(rehypeStringify).process(pages[0] as string)
    expect(file.data.article).toEqual(cleaner.clean({html: pages[0] as string, url: 'https://town.example/news/9'}))
  })
})
