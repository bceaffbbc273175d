import {readFileSync} from 'node:fs'
import {parseHtml} from './src/html/parse.js'
import {walk, classAndId} from './src/html/hast.js'
import type {Element, Parents} from 'hast'
const [file, needle] = process.argv.slice(2)
const tree = parseHtml(readFileSync(`/work/shared/corpus/readability/${file}.html`, 'utf8'))
const parent = new Map<any, any>()
walk(tree, (node, p) => { parent.set(node, p); return true })
walk(tree, (node) => {
  if (node.type === 'text' && node.value.includes(needle!)) {
    const chain: string[] = []
    for (let x: any = parent.get(node); x && x.type === 'element'; x = parent.get(x)) chain.push(`${x.tagName}.${classAndId(x).trim().replace(/\s+/g, '.')}`)
    console.log(chain.join(' < '))
    return false
  }
  return true
})
