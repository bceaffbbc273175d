// Clean one text dump and print the Article as JSON.
//   node examples/clean-file.mjs [file]   (default: examples/dumps/defense-news.txt)
import {readFileSync} from 'node:fs'
import {cleanArticle, isArticleCleanerError} from 'article-cleaner'

const file = process.argv[2] ?? new URL('dumps/defense-news.txt', import.meta.url)

try {
  const article = cleanArticle({text: readFileSync(file, 'utf8')})
  // The mdast tree and the Markdown are large; print the rest.
  const {tree, markdown, ...rest} = article
  console.log(JSON.stringify(rest, null, 2))
} catch (error) {
  if (!isArticleCleanerError(error)) throw error
  console.error(`${error.code}: ${error.message}`)
  process.exitCode = 1
}
