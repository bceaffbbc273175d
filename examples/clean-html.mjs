// Clean one HTML page and print the Article as JSON (or its Markdown).
//   node examples/clean-html.mjs [file.html] [url] [--markdown]
//   (default: examples/pages/daringfireball.html, a Daring Fireball post from
//   Mozilla Readability's test pages, Apache-2.0)
// The file is read as bytes: cleanArticle decodes them by their BOM or
// <meta charset>, as a browser would.
import {readFileSync} from 'node:fs'
import {cleanArticle, isArticleCleanerError} from 'article-cleaner'

const args = process.argv.slice(2).filter((arg) => arg !== '--markdown')
const file = args[0] ?? new URL('pages/daringfireball.html', import.meta.url)
const url = args[1] ?? 'https://daringfireball.net/colophon/'

try {
  const article = cleanArticle({html: readFileSync(file), url})
  if (process.argv.includes('--markdown')) {
    console.log(article.markdown)
  } else {
    // The mdast tree and the Markdown are large; print the rest.
    const {tree, markdown, ...rest} = article
    console.log(JSON.stringify(rest, null, 2))
  }
} catch (error) {
  if (!isArticleCleanerError(error)) throw error
  console.error(`${error.code}: ${error.message}`)
  process.exitCode = 1
}
