import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {cleanArticle, type Article} from '../src/index.js'

// The example scripts import the built package, as a user's copy would
// (test/helpers/build-dist.ts builds it when stale). Each must print what the
// sources give for the same page: an example that drifts from the code fails here.
const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DUMPS = join(ROOT, 'examples', 'dumps')
const run = async (...args: string[]): Promise<string> => (await promisify(execFile)(process.execPath, args, {cwd: ROOT, encoding: 'utf8'})).stdout

/** The Article as the examples print it: without the mdast tree and (optionally) the Markdown. */
function printed(article: Article, keepMarkdown: boolean): Record<string, unknown> {
  const {tree, markdown, ...rest} = article
  return keepMarkdown ? {...rest, markdown} : rest
}

describe('the examples', () => {
  it('clean-file.mjs prints the Article of its dump, as the sources clean it', async () => {
    const file = join(DUMPS, 'q13fox-cnn-archived.txt')
    const expected = printed(cleanArticle({text: readFileSync(file, 'utf8')}), false)
    expect(JSON.parse(await run('examples/clean-file.mjs', file))).toEqual(expected)
  })

  it('clean-html.mjs --markdown prints the Markdown of its page, as the sources clean it', async () => {
    const page = join(ROOT, 'examples', 'pages', 'daringfireball.html')
    const expected = cleanArticle({html: readFileSync(page), url: 'https://daringfireball.net/colophon/'}).markdown
    expect(await run('examples/clean-html.mjs', '--markdown')).toBe(`${expected}\n`)
  })

  it('clean-folder.mjs writes one JSON line and one Markdown file per dump', async () => {
    const out = mkdtempSync(join(tmpdir(), 'article-cleaner-example-'))
    try {
      await run('examples/clean-folder.mjs', DUMPS, out)
      const names = readdirSync(DUMPS).filter((name) => name.endsWith('.txt')).sort()
      const records = readFileSync(join(out, 'articles.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as {id: string})
      expect(records.map((record) => record.id)).toEqual(names.map((name) => name.replace(/\.txt$/, '')))
      for (const [index, name] of names.entries()) {
        const article = cleanArticle({text: readFileSync(join(DUMPS, name), 'utf8')})
        expect(records[index]).toEqual({id: name.replace(/\.txt$/, ''), ...printed(article, true)})
        expect(readFileSync(join(out, name.replace(/\.txt$/, '.md')), 'utf8')).toBe(article.markdown)
      }
    } finally {
      rmSync(out, {recursive: true, force: true})
    }
  })
})
