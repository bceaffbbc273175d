import {readFileSync} from 'node:fs'
import {parseHtml} from './src/html/parse.js'
import {documentParts, classAndId} from './src/html/hast.js'
import {measurePage} from './src/html/stats.js'
import {prunePage} from './src/html/prune/index.js'
import {segmentPage} from './src/html/segment.js'
import {findMainContent} from './src/html/main-content.js'
const desc = (x: any) => `${x.tagName}.${classAndId(x).trim().replace(/\s+/g, '.')}`
for (const name of process.argv.slice(2)) {
  const tree = parseHtml(readFileSync(`/work/shared/corpus/readability/${name}.html`, 'utf8'))
  const gold = readFileSync(`/work/shared/corpus/readability/${name}.gold.txt`, 'utf8').split('\n').filter((l) => l.trim().length > 60)
  const body = documentParts(tree).body!
  const page = measurePage(body)
  const pruned = prunePage(body, page, {rules: {}, keepComments: false})
  const {units, content} = segmentPage(body, pruned.records, true)
  const c = findMainContent(body, units, content, page.parent, (e) => pruned.records.has(e))
  const chain = (el: any) => { const out = []; for (let x = el; x; x = page.parent.get(x)) out.push(desc(x)); return out.join(' < ') }
  console.log(`== ${name}: container top ${chain(c.top)}; ${c.elements.length} elements`)
  const goldUnit = units.find((u) => gold.some((g) => g.includes(u.text.slice(0, 50)) && u.text.length > 40))
  if (goldUnit) console.log('   gold unit owner:', chain(goldUnit.owner), goldUnit.pruned ? `PRUNED ${JSON.stringify(goldUnit.pruned)}` : '')
  const prunedGold = units.filter((u) => u.pruned && gold.some((g) => u.text.includes(g.slice(0, 60))))
  for (const u of prunedGold.slice(0, 3)) console.log('   pruned gold:', u.pruned, desc(u.owner), u.text.slice(0, 80))
}
