import {readFileSync} from 'node:fs'
import {cleanArticle} from './src/index.js'
import {parseHtml} from './src/html/parse.js'
const h = readFileSync(`/work/shared/corpus/readability/${process.argv[2]}.html`, 'utf8')
for (let i = 0; i < 3; i++) { let t = performance.now(); parseHtml(h); const p = performance.now() - t; t = performance.now(); cleanArticle({html: h}); console.log('parse', p.toFixed(0), 'clean', (performance.now() - t).toFixed(0)) }
