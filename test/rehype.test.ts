import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {cleanArticle, InvalidInputError} from '../src/index.js'
import {rehypeArticle} from '../src/rehype.js'

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

  it('bounds the depth of a caller-made tree before walking it', async () => {
    const deep = `<!doctype html><body>${'<div>'.repeat(1500)}<p>${PARAGRAPH}</p>${'</div>'.repeat(1500)}</body>`
    const file = await unified().use(rehypeParse).use(rehypeArticle).use(rehypeStringify).process(deep)
    expect(file.data.article?.paragraphs).toEqual([PARAGRAPH])
  })

  it('checks its options when attached', () => {
    expect(() => unified().use(rehypeParse).use(rehypeArticle, {tables: 'no' as unknown as boolean}).freeze()).toThrowError(InvalidInputError)
  })
})
