import {readFileSync, readdirSync} from 'node:fs'
import {cleanArticle} from './src/index.js'
const dir = '/work/shared/corpus/readability/'
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(dir + f, 'utf8'))
for (let k = 0; k < 3; k++) for (const h of pages) cleanArticle({html: h})
