// An ES module consumer's types: tsc checks this file against the built
// declarations under `node16`, `nodenext` and `bundler` (test/package.test.ts).
import {cleanArticle, type Article, type Options} from 'article-cleaner'
import {cleanMany, type BatchResult} from 'article-cleaner/batch'
import {rehypeArticle, type RehypeArticleOptions} from 'article-cleaner/rehype'

const options: Options = {strictness: 'balanced'}
const article: Article = cleanArticle({html: '<title>Hours</title><p>Text.</p>'}, options)
const title: string | null = article.title
const plugin: RehypeArticleOptions = {url: 'https://example.com/'}
rehypeArticle(plugin)
const results: AsyncIterable<BatchResult> = cleanMany([title ?? ''])
export {results}
