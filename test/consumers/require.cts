// A CommonJS consumer's types: tsc checks this file against the built
// declarations under `nodenext` (TypeScript 5.8 and later type require() of
// ES modules there; `node16` does not, see the README's Compatibility).
import ac = require('article-cleaner')
import batch = require('article-cleaner/batch')
import rehype = require('article-cleaner/rehype')

const article: ac.Article = ac.cleanArticle('Title\n\nText.')
const title: string | null = article.title
rehype.rehypeArticle({url: 'https://example.com/'})
const results: AsyncIterable<batch.BatchResult> = batch.cleanMany([title ?? ''])
export = results
