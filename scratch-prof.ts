import {readFileSync, readdirSync} from 'node:fs'
import {parseHtml} from './src/html/parse.js'
import {cleanArticle} from './src/index.js'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
const dir = '/work/shared/corpus/readability/'
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(dir + f, 'utf8'))
const proc = unified().use(rehypeParse).freeze()
function time(label: string, fn: (h: string) => unknown) {
  for (const h of pages) fn(h)
  const t = performance.now()
  for (let k = 0; k < 2; k++) for (const h of pages) fn(h)
  const ms = (performance.now() - t) / 2
  console.log(label, ms.toFixed(0), 'ms total', (pages.length / ms * 1000).toFixed(1), 'docs/s')
}
time('rehype-parse', (h) => proc.parse(h))
time('parseHtml', (h) => parseHtml(h))
time('cleanArticle', (h) => cleanArticle({html: h}))
