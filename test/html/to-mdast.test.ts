import {readdirSync, readFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import type {Root} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import {describe, expect, it} from 'vitest'
import {parseHtml} from '../../src/segment/html/parse-html.js'
import {convertHast} from '../../src/article/convert-hast.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures')

/** Whitespace next to every kind of boundary the minifier tells apart. */
const CASES = [
  '<p>  a  <b> b </b>  c  </p>\n<p>\t</p>',
  '<div> one <span> </span> two <img src="x.png"> three <input value="v"> four </div>',
  '<p>a<!-- c --> <em> b</em><br> c <wbr> d</p>',
  '<pre>  keep\n   this  </pre><pre wrap> and\n this </pre><textarea> t  a </textarea>',
  '<table><tr><td nowrap> a \n b </td><td> c   d </td></tr></table>',
  '<p><nobr> x \n y </nobr> z</p><xmp> raw  </xmp>',
  '<ul><li> one </li> <li><p> two </p> </li></ul> tail ',
  '<p>x <span hidden> <b>h</b> </span> <template> t </template> y</p>',
  '<p><button> b </button> <select><option> o </option></select> <span> </span></p>',
  '<div><a href="#t"> link </a> <q> q <q> inner </q> </q> <dialog> d </dialog></div>',
  '<p>a<span>b</span><font> c</font></p><xmp>\t a \r\n\t b \n c\t</xmp><listing>  x\r  y  </listing>',
  '<h2><xmp> \t lead\n</xmp>tail<span>\t \r\n</span></h2><xmp>\n\n</xmp>',
  '<p id="a"> first </p><p id="a"> second </p><input list="l"><datalist id="l"><option value="v"></datalist>'
] as const

function fixturePages(): {name: string; tree: Root}[] {
  return readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, 'input.html')))
    .map((name) => ({name, tree: parseHtml(readFileSync(join(FIXTURES, name, 'input.html'), 'utf8'))}))
}

describe('convertHast', () => {
  for (const html of CASES) {
    it(`converts ${JSON.stringify(html.slice(0, 40))} as hast-util-to-mdast does`, () => {
      const tree = parseHtml(`<body>${html}</body>`)
      expect(convertHast(tree)).toEqual(toMdast(tree))
    })
  }

  it('converts every fixture page as hast-util-to-mdast does, and leaves the tree as it was', () => {
    for (const {name, tree} of fixturePages()) {
      const before = structuredClone(tree)
      expect(convertHast(tree), name).toEqual(toMdast(tree))
      expect(tree, name).toEqual(before)
    }
  })

  // cleanArticle does not return the body, so its conversion minifies the body in place: the same Markdown.
  it.each(CASES)('converts %j in place (disposable) as it converts a copy', (html) => {
    const tree = parseHtml(`<body>${html}</body>`)
    const expected = toMdast(tree)
    expect(convertHast(tree, true)).toEqual(expected)
  })

  it('converts every fixture page in place (disposable) as hast-util-to-mdast does', () => {
    for (const {name, tree} of fixturePages()) {
      const expected = toMdast(tree)
      expect(convertHast(tree, true), name).toEqual(expected)
    }
  })
})
