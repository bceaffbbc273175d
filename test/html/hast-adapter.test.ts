import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fromParse5} from 'hast-util-from-parse5'
import {parse} from 'parse5'
import {describe, expect, it} from 'vitest'
import {hastTreeAdapter} from '../../src/segment/html/hast-adapter.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures')

/**
 * Markup where parse5 moves, merges or re-parents nodes, or where
 * hast-util-from-parse5 has a rule of its own: what the adapter must build
 * exactly as parse5's tree converted would be.
 */
const CASES: Record<string, string> = {
  'misnested formatting (adoption agency)': '<p>1<b>2<i>3</b>4</i>5</p><b><p>x</b>y</p><a href=1>a<div>b</a>c</div>',
  'text and elements fostered out of a table': '<table>lost<tr><td>a</td>gone<b>bold</b></tr></table>after',
  'attributes of a second html and body tag': '<html lang=en><body class=a><p>x</p><body id=b class=c><html dir=rtl data-x=1>',
  'template content, also in svg and math': '<template><p>in</p>t</template><svg><template><rect/></template></svg><math><template><mi>x</mi></template></math>',
  'svg and mathml names and attributes': '<svg viewBox="0 0 1 1"><foreignObject><p>html</p></foreignObject><clipPath id=c /><linearGradient/></svg><math><mi mathvariant=bold>x</mi><annotation-xml encoding="text/html"><b>y</b></annotation-xml></math>',
  'property types: lists, numbers, booleans': '<div class="a  b" hidden tabindex=3 data-n="1e3" aria-hidden=true><input checked maxlength=5 accept="a,b"><td headers="x y" colspan=2>',
  'odd tag and attribute names': '<a.b class=c>x</a.b><x#y>z</x#y><DIV CLASS=Up>u</DIV><p constructor=1 toString=2 __proto__=3 valueof=4>p</p><café>é</café>',
  'comments, doctype and quirks mode': '<!-- a --><p>x<!-- b --></p>',
  'a doctype in standards mode': '<!doctype html><title>t</title><p>x',
  'text merged across elements dropped by the parser': '<p>a</p></p>b<br/>c</br>d<select><option>1<option>2</select>',
  'nested forms, frames and lists': '<form><form><input></form><frameset><frame></frameset><ul><li>a<li>b<dl><dt>c<dd>d</dl></ul>'
}

/** What the code parsed with before: parse5's own tree, converted by hast-util-from-parse5. */
function viaDefaultTree(html: string): unknown {
  return fromParse5(parse(html, {scriptingEnabled: false}))
}

function viaAdapter(html: string): unknown {
  return parse(html, {scriptingEnabled: false, treeAdapter: hastTreeAdapter()})
}

describe('hastTreeAdapter', () => {
  for (const [name, html] of Object.entries(CASES)) {
    it(`builds what hast-util-from-parse5 makes of parse5's tree: ${name}`, () => {
      const built = viaAdapter(html)
      expect(built).toEqual(viaDefaultTree(html))
      // The same keys in the same order too: the trees print alike.
      expect(JSON.stringify(built)).toBe(JSON.stringify(viaDefaultTree(html)))
    })
  }

  it('builds every fixture page as hast-util-from-parse5 does', () => {
    const names = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'input.html')))
    expect(names.length).toBeGreaterThan(10)
    for (const name of names) {
      const html = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8')
      expect(JSON.stringify(viaAdapter(html)), name).toBe(JSON.stringify(viaDefaultTree(html)))
    }
  })
})
