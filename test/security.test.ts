import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {toString} from 'mdast-util-to-string'
import {gfm} from 'micromark-extension-gfm'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import {markupLine, pageDump, proseLine} from './helpers/page-dumps.js'

/**
 * The output is Markdown, not sanitised HTML (README, Security): what a dump
 * says in markup must reach the Markdown as text. These tests read the
 * Markdown back as a renderer would (CommonMark with GitHub's extensions,
 * autolinks included) and look for what a renderer would turn into markup.
 */
function parse(markdown: string): Root {
  return fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]})
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node
  if ('children' in node) for (const child of node.children) yield* walk(child)
}

/** Raw HTML, and link or image targets other than web and mail addresses (GitHub autolinks "www." and "https://" text). */
function dangers(markdown: string): string[] {
  const found: string[] = []
  for (const node of walk(parse(markdown))) {
    if (node.type === 'html') found.push(`raw HTML ${node.value}`)
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !/^(?:https?:\/\/|mailto:)/iu.test(node.url)) found.push(`${node.type} to ${node.url}`)
    if (node.type === 'linkReference' || node.type === 'imageReference') found.push(`${node.type} ${node.identifier}`)
  }
  return found
}

const PARAGRAPH =
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'

const HOSTILE_LINES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  'See <b onmouseover="alert(1)">this</b> now',
  '<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></iframe>',
  '[click me](javascript:alert(1))',
  '[click me](JaVaScRiPt:alert(1) "title")',
  '![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<javascript:alert(1)>',
  '<data:text/html,<script>alert(1)</script>>',
  '[ref]: javascript:alert(1)',
  '[ref] and [ref][] and ![ref]',
  'x <!-- comment --> y',
  '<?php echo 1; ?>',
  '<![CDATA[ alert(1) ]]>',
  '&lt;script&gt;alert(1)&lt;/script&gt; &#60;img&#62;',
  '\\<script>alert(1)\\</script>',
  '`<script>` in code',
  '    <script>indented code</script>',
  '```html',
  '<div>'
]

describe('the Markdown of a dump that holds markup', () => {
  const text = ['Council extends library hours', PARAGRAPH, ...HOSTILE_LINES.flatMap((line) => [line, `${line} ${PARAGRAPH}`]), PARAGRAPH].join('\n\n')
  const article = cleanArticle({text})

  it('keeps each markup line in the body, as text', () => {
    for (const line of HOSTILE_LINES) expect(article.paragraphs).toContain(`${line.trim()} ${PARAGRAPH}`)
  })

  it('carries no raw HTML, no javascript: or data: link, image or definition, and no reference to one', () => {
    expect(dangers(article.markdown)).toEqual([])
  })

  it('reads back as the same text: escaping, not removal', () => {
    const body = parse(article.markdown).children.slice(article.title === null ? 0 : 1)
    expect(body.map((node) => toString(node))).toEqual(article.tree.children.map((node) => toString(node)))
  })

  it('holds no script text outside escaped text', () => {
    const scripts = [...walk(parse(article.markdown))].filter((node) => node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'code' && 'value' in node && /<script/iu.test(String(node.value)))
    expect(scripts).toEqual([])
  })
})

describe('the Markdown of any dump', () => {
  const hostileDump = fc
    .array(fc.oneof(markupLine, fc.constantFrom(...HOSTILE_LINES), proseLine, fc.tuple(fc.constantFrom(...HOSTILE_LINES), proseLine).map(([line, prose]) => `${line} ${prose}`)), {maxLength: 30})
    .map((lines) => lines.join('\n\n'))

  it('never carries raw HTML or a link that is not to the web or mail (150 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileDump, pageDump), (dump) => {
        const article = cleanArticle({text: dump})
        expect(dangers(article.markdown)).toEqual([])
      }),
      {numRuns: 150, seed: 20_261_123}
    )
  })
})
