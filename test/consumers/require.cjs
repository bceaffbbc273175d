// A CommonJS consumer of the built package, as a user's app writes it: it
// requires every entry by its name (the package refers to itself through
// its `exports`), so Node's own require() of ES modules (20.19 and later)
// is what runs, and starts a batch whose worker threads load the ESM worker.
'use strict'
const assert = require('node:assert/strict')
const {cleanArticle, InvalidInputError, isArticleCleanerError} = require('article-cleaner')
const {rehypeArticle} = require('article-cleaner/rehype')
const {cleanMany} = require('article-cleaner/batch')

const DUMP = 'Council extends library hours\n\nThe council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third.\n'

assert.equal(cleanArticle(DUMP).title, 'Council extends library hours')
assert.throws(() => cleanArticle(3), InvalidInputError)
assert.equal(typeof rehypeArticle({}), 'function')

async function main() {
  const titles = []
  for await (const result of cleanMany([DUMP, {text: DUMP, id: 'b'}], {concurrency: 2})) {
    // One copy of the cleaner: an error from a worker is the root entry's class.
    titles.push('article' in result ? result.article.title : isArticleCleanerError(result.error))
  }
  assert.deepEqual(titles, ['Council extends library hours', 'Council extends library hours'])
  console.log('ok')
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
