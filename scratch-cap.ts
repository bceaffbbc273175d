import {readFileSync, readdirSync} from 'node:fs'
import {capSourceDepth} from './src/html/cap-depth.js'
import {parseHtml} from './src/html/parse.js'
const dir = '/work/shared/corpus/readability/'
let changed = 0
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(dir + f, 'utf8')
  for (const d of [24, 32, 48]) {
    if (capSourceDepth(html, d) !== html) { console.log(f, 'changes at', d); break }
  }
  if (capSourceDepth(html) !== html) changed++
}
console.log('changed at 256:', changed)
for (const n of [10000, 100000]) {
  const html = '<!doctype html><body>' + '<div>'.repeat(n) + 'deep text' + '</div>'.repeat(n)
  let t = performance.now(); const tree = parseHtml(html); console.log(n, 'deep', (performance.now() - t).toFixed(0), 'ms', JSON.stringify(tree).includes('deep text'))
  const html2 = '<!doctype html><body>' + '<div><span>x'.repeat(n)
  t = performance.now(); parseHtml(html2); console.log(n, 'unclosed', (performance.now() - t).toFixed(0), 'ms')
  const html3 = '<!doctype html><body>' + '<b>x'.repeat(n)
  t = performance.now(); parseHtml(html3); console.log(n, 'unclosed b', (performance.now() - t).toFixed(0), 'ms')
}
