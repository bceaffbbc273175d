// Clean a folder of text dumps into one JSON Lines file plus a Markdown file
// per article.
//   node examples/clean-folder.mjs [input-folder] [output-folder]
//   (defaults: examples/dumps and out/)
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {cleanArticle, isArticleCleanerError} from 'article-cleaner'

const input = process.argv[2] ?? fileURLToPath(new URL('dumps/', import.meta.url))
const output = process.argv[3] ?? 'out'
mkdirSync(output, {recursive: true})

const lines = []
let failed = 0
for (const name of readdirSync(input).filter((file) => file.endsWith('.txt')).sort()) {
  const id = basename(name, '.txt')
  try {
    const article = cleanArticle({text: readFileSync(join(input, name), 'utf8')})
    const {tree, ...record} = article
    lines.push(JSON.stringify({id, ...record}))
    writeFileSync(join(output, `${id}.md`), article.markdown)
  } catch (error) {
    // A bad page is recorded and counted; it never stops the batch.
    if (!isArticleCleanerError(error)) throw error
    failed++
    lines.push(JSON.stringify({id, error: {code: error.code, message: error.message}}))
  }
}
writeFileSync(join(output, 'articles.jsonl'), `${lines.join('\n')}\n`)
console.log(`${lines.length - failed} articles cleaned, ${failed} failed: ${join(output, 'articles.jsonl')} and one .md each`)
