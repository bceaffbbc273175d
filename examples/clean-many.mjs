// Clean a folder of text dumps on worker threads with cleanMany, printing one
// line per page as results arrive (in the folder's order).
//   node examples/clean-many.mjs [input-folder] [threads]
//   (defaults: examples/dumps and 2)
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {cleanMany} from 'article-cleaner/batch'

const input = process.argv[2] ?? fileURLToPath(new URL('dumps/', import.meta.url))
const concurrency = Number(process.argv[3] ?? 2)

// A generator: pages are read as the workers ask for them, not all at once.
function* pages() {
  for (const name of readdirSync(input).filter((file) => file.endsWith('.txt')).sort()) {
    yield {id: name, text: readFileSync(join(input, name), 'utf8')}
  }
}

let failed = 0
for await (const result of cleanMany(pages(), {concurrency, timeoutMs: 10_000})) {
  if ('error' in result) {
    failed++
    console.log(`${result.id}: ${result.error.code}: ${result.error.message}`)
  } else {
    console.log(`${result.id}: ${JSON.stringify(result.article.title)}, ${result.article.wordCount} words, ${result.article.removed.length} removals`)
  }
}
process.exitCode = failed > 0 ? 1 : 0
