import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {documentParts, walk} from '../../src/segment/html/hast.js'
import {parseHtml} from '../../src/segment/html/parse-html.js'
import {measurePage, subtreeTest} from '../../src/segment/html/measure-page.js'

/** A page whose elements are named by `id`, with an invisible subtree (the script) and nesting at several depths. */
const PAGE = `<body id="body">
  <div id="a"><p id="a1">One <a id="a1x" href="/x">link</a></p><p id="a2">Two</p><script id="s">x()</script></div>
  <section id="b"><div id="b1"><p id="b11">Three</p></div></section>
  <p id="c">Four</p>
</body>`

function byId(body: Element): Map<string, Element> {
  const found = new Map<string, Element>([['body', body]])
  walk(body, (node) => {
    if (node.type === 'element' && typeof node.properties.id === 'string') found.set(node.properties.id, node)
  })
  return found
}

describe('measurePage', () => {
  const body = documentParts(parseHtml(PAGE)).body as Element
  const page = measurePage(body)
  const ids = byId(body)
  const id = (element: Element | undefined): unknown => element?.properties.id

  it('lists the visible elements in document order, each subtree a run of positions', () => {
    expect(page.order.elements.map(id)).toEqual(['body', 'a', 'a1', 'a1x', 'a2', 'b', 'b1', 'b11', 'c'])
    const b = page.order.position.get(ids.get('b') as Element) as number
    expect(page.order.elements.slice(b, page.order.end[b]).map(id)).toEqual(['b', 'b1', 'b11'])
    expect(page.order.position.has(ids.get('s') as Element)).toBe(false)
  })

  it('answers parents and measures by element', () => {
    expect(id(page.parent.get(ids.get('b11') as Element))).toBe('b1')
    expect(page.parent.get(body)).toBeUndefined()
    expect(page.stats.get(ids.get('a') as Element)).toEqual({chars: 10, linkChars: 4, links: 1, proseChars: 0})
    expect(page.stats.get(ids.get('s') as Element)).toBeUndefined()
    expect([...page.stats.keys()].map(id)).toEqual(page.order.elements.map(id))
  })
})

describe('subtreeTest', () => {
  const body = documentParts(parseHtml(PAGE)).body as Element
  const page = measurePage(body)
  const ids = byId(body)
  const members = (roots: string[]): string[] => {
    const test = subtreeTest(page.order, roots.map((name) => ids.get(name) as Element))
    return [...ids.keys()].filter((name) => test(ids.get(name) as Element))
  }
  // [roots, the elements in their subtrees]
  const CASES: [string[], string[]][] = [
    [[], []],
    [['a'], ['a', 'a1', 'a1x', 'a2']],
    // A root inside another's subtree, given first or last, changes nothing.
    [['a1', 'a'], ['a', 'a1', 'a1x', 'a2']],
    [['b', 'b1'], ['b', 'b1', 'b11']],
    [['a1', 'c'], ['a1', 'a1x', 'c']],
    [['body'], ['body', 'a', 'a1', 'a1x', 'a2', 'b', 'b1', 'b11', 'c']]
  ]
  it.each(CASES)('roots %j hold %j (invisible elements in none)', (roots, expected) => {
    expect(members(roots)).toEqual(expected)
  })

  it('walks a root the page did not measure', () => {
    const detached: Element = {type: 'element', tagName: 'div', properties: {}, children: [{type: 'element', tagName: 'p', properties: {}, children: []}]}
    const test = subtreeTest(page.order, [detached])
    expect([test(detached), test(detached.children[0] as Element), test(ids.get('a') as Element)]).toEqual([true, true, false])
  })
})
