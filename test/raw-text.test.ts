import fc from 'fast-check'
import type {Nodes, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseHtml} from '../src/segment/html/parse-html.js'
import {emptyRawText, scriptDataEnd} from '../src/segment/html/raw-text.js'
import {loadFixtures} from './helpers/fixtures.js'

/**
 * Script and style bodies are emptied before parsing (src/segment/html/raw-text.ts).
 * The tree must be the one rehype-parse gives on the whole source, except for
 * those bodies and the source positions.
 */

const processor = unified().use(rehypeParse).freeze()

/** A tree without positions, and with the bodies of scripts (but JSON-LD) and styles removed, as JSON. */
function shape(tree: Root): string {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'element') {
      const type = node.properties.type
      if ((node.tagName === 'script' && !(typeof type === 'string' && /json/i.test(type))) || node.tagName === 'style') node.children = []
      if (node.content) stack.push(node.content)
    }
    if ('children' in node) stack.push(...node.children)
  }
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))
}

function expectSameTree(html: string): void {
  expect(shape(parseHtml(html)), html).toBe(shape(processor.parse(html)))
}

/** Pieces of markup around raw text, in the cases the tokenizer tells apart. */
const PIECES = [
  '<script>', '</script>', '<script type="module">', '<SCRIPT >', '</SCRIPT\n>', '</script/>', '</scripts>', '</scrip', '</script x="a>b">',
  '<script type="application/ld+json">', '<script a=b"c>', "<script a='>'>", '<script/>', '<style>', '</style>', '</STYLE\t>', '</styles>',
  '<!--', '-->', '--!>', '<!-->', '<!--->', '<!', '<?x>', '</>', '</ x>', '<svg>', '</svg>', '<svg/>', '<math>', '</math>', '<p>', '<b>',
  '<table>', '<tr>', '<select>', '<textarea>', '</textarea>', '<title>', '</title>', '<template>', '</template>', '<iframe>', '</iframe>',
  '<frameset>', '<noscript>', '<![CDATA[', ']]>', '<foreignObject>', 'x', 'var a = "<b>";', ' ', '\r\n', '\r', '-', '--', '<', '>',
  '/', '"', "'", '=', '&amp;', 'é😀', '\uFFFF0'
]
const soup = fc.array(fc.constantFrom(...PIECES), {maxLength: 30}).map((pieces) => pieces.join(''))

describe('emptying script and style bodies before parsing', () => {
  it('finds where a script ends as the tokenizer does', () => {
    const end = (html: string): number => scriptDataEnd(html, html.indexOf('>') + 1)
    expect(end('<script>a</script>')).toBe(9)
    expect(end('<script>a</SCRIPT >')).toBe(9)
    expect(end('<script>a</scripts></script>')).toBe(19)
    expect(end('<script>a</script')).toBe(-1)
    // "<!--" then "<script>" starts a double-escaped section, where "</script>" only ends that section.
    const escaped = '<script><!--<script>x</script>y--></script>'
    expect(end(escaped)).toBe(escaped.lastIndexOf('</script>'))
    // In an escaped section, "</script>" still ends the script.
    expect(end('<script><!-- a </script> -->')).toBe(15)
    // "<!-->" closes the escape at once.
    const closed = '<script><!--><script></script>'
    expect(end(closed)).toBe(21)
  })

  it('keeps JSON-LD bodies and replaces the others by numbered markers', () => {
    const html = '<head><script type="application/ld+json">{"a":1}</script><script>var a</script><style>p{}</style></head>'
    const {html: emptied, emptied: elements} = emptyRawText(html)
    expect(emptied).toBe('<head><script type="application/ld+json">{"a":1}</script><script>\uFFFF0</script><style>\uFFFF1</style></head>')
    expect(elements).toEqual(['script', 'style'])
  })

  it('empties nothing in a source that has a U+FFFF of its own (a marker would not be unique)', () => {
    const html = '<script>a</script><p>\uFFFF0</p>'
    expect(emptyRawText(html)).toEqual({html, emptied: []})
    expectSameTree(html)
    expectSameTree('<script>\uFFFF0</script><style>\uFFFF1</style>')
  })

  it('leaves scripts and styles inside <svg> alone', () => {
    const html = '<svg><style><![CDATA[ a < b ]]></style><script>x</script></svg><style>q</style>'
    expect(emptyRawText(html).html).toBe('<svg><style><![CDATA[ a < b ]]></style><script>x</script></svg><style>\uFFFF0</style>')
  })

  it('gives the tree of the whole source on markup that misleads a simple scan', () => {
    for (const html of [
      '<p>a<script>if (a</script>b) {}</script>c</p>',
      '<script><!--<script>x</script>y--></script><p>after</p>',
      '<div title="<script>">x</div><p>y</p>',
      '<div a=b"c <script>x</script>">y</div>',
      '<!-- <script> --> <p>a</p> <script>b</script>',
      '<textarea><script>a</script></textarea><p>b</p>',
      '<svg><p><style>a</style></p></svg>',
      '<math><mtext><script>a</script></mtext></math>',
      '<frameset><script>a</script><noframes><script>b</script></noframes></frameset>',
      '<select><style>x</style><script>y</script></select>',
      '<template><script>a</script><style>b</style></template>',
      '<table><script>a</script><style>b</style><tr><td>c</td></tr></table>',
      '<script>a\r\n</script\r\n><p>é😀</p><script>b</script>',
      '<plaintext><script>a</script>'
    ]) {
      expectSameTree(html)
    }
  })

  it('gives the tree of the whole source on generated markup', () => {
    fc.assert(
      fc.property(soup, (html) => expectSameTree(html)),
      {numRuns: 3000}
    )
  })

  it('gives the tree of the whole source on every HTML fixture', () => {
    for (const fixture of loadFixtures()) if (fixture.kind === 'html') expectSameTree(fixture.input)
  })
})
