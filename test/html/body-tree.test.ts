import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Element, ElementContent, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {buildBodyTree} from '../../src/article/html-body-tree.js'
import {normalizeOptions} from '../../src/options.js'
import {cleanHtmlTree} from '../../src/pipeline/clean-html.js'
import {documentParts} from '../../src/segment/html/hast.js'
import {parseHtml} from '../../src/segment/html/parse-html.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures')
const BASE = 'https://example.org/news/story.html'

/** What the body copy changes, or leaves out, next to what it keeps as it is. */
const CASES = [
  '<p>Plain text, <em>kept</em> as it is.</p>',
  '<p>A <a href="/about">relative link</a> and an <a href="https://example.org/x">absolute one</a>.</p>',
  '<p>An <a href="javascript:alert(1)">unsafe link</a> becomes its text.</p>',
  '<p><img data-src="lazy.jpg" src="data:image/gif;base64,R0lGOD"> a lazy image</p>',
  '<table><tr><td><p>Layout cell one</p></td><td><p>Layout cell two, with enough text to be prose.</p></td></tr></table>',
  '<table><tr><td><table><tr><td>inner layout</td></tr></table></td><td>outer</td></tr></table>',
  '<table><thead><tr><th>Name</th><th>Value</th></tr></thead><tr><td>a</td><td>1</td></tr></table>',
  '<h2 id="s">Section <a href="#s">#</a></h2><p>libertés<strong> </strong>(CNIL)</p>',
  '<div><p>Kept</p><p class="gone">Left out</p><!-- a comment --><script>x()</script><p></p></div>'
] as const

function bodyOf(html: string): Element {
  return documentParts(parseHtml(`<body>${html}</body>`)).body as Element
}

/** Leaves out the paragraphs classed `gone`, as a removed block's nodes are. */
const skip = (node: ElementContent): boolean => node.type === 'element' && node.properties.className !== undefined && String(node.properties.className).includes('gone')

describe('buildBodyTree', () => {
  it.each(CASES)('gives the same tree for %j whether it shares the parsed nodes or copies them', (html) => {
    const shared = bodyOf(html)
    const before = structuredClone(shared)
    expect(buildBodyTree([shared], skip, BASE, true)).toEqual(buildBodyTree([bodyOf(html)], skip, BASE, false))
    // Sharing takes nodes as they are: renaming a layout table's parts, resolving a URL happen in copies.
    expect(shared).toEqual(before)
  })

  it('shares the nodes it leaves as they are, and copies the ones it changes', () => {
    const body = bodyOf('<p>Same</p><p><a href="/about">changed</a></p>')
    const tree = buildBodyTree([body], () => false, BASE, true)
    const [same, changed] = body.children as Element[]
    const [kept] = tree.children as Element[]
    expect((kept as Element).children[0]).toBe(same)
    expect((kept as Element).children[1]).not.toBe(changed)
    expect(buildBodyTree([body], () => false, BASE, false).children[0]).not.toBe(body)
  })
})

function fixturePages(): {name: string; html: string}[] {
  return readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, 'input.html')))
    .map((name) => ({name, html: readFileSync(join(FIXTURES, name, 'input.html'), 'utf8')}))
}

describe('cleanHtmlTree on its own tree', () => {
  it('gives every fixture page the article it gives when the tree is only read, and the body shared or not', () => {
    const settings = normalizeOptions({})
    for (const {name, html} of fixturePages()) {
      const owned = cleanHtmlTree(parseHtml(html), BASE, settings, undefined, false, true)
      const read: Root = parseHtml(html)
      const copied = cleanHtmlTree(read, BASE, settings, undefined, false, false)
      expect(owned.article, name).toEqual(copied.article)
    }
  })
})
