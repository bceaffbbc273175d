import fc from 'fast-check'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {cleanArticle, type Article} from '../src/index.js'
import {markdownDangers as dangers, parseMarkdown as parse, treeDangers, walkMdast as walk} from './helpers/markdown-dangers.js'
import {markupLine, pageDump, proseLine} from './helpers/page-dumps.js'

/**
 * The output is Markdown, not sanitised HTML (README, Security): what a dump
 * says in markup must reach the Markdown as text. These tests read the
 * Markdown back as a renderer would (CommonMark with GitHub's extensions,
 * autolinks included) and look for what a renderer would turn into markup.
 */

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

const PROSE = 'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third.'

/** An HTML page whose article is `body`, with enough prose around it to be one. */
function htmlPage(body: string): string {
  return `<!doctype html><html><head><title>Library hours</title></head><body><article><h1>Library hours</h1><p>${PROSE}</p><p>${body}</p><p>${PROSE}</p></article></body></html>`
}

/** Where an article can carry what a renderer or a terminal acts on: its tree, its Markdown as re-read, its text. */
function expectSafeArticle(article: Article): void {
  expect(treeDangers(article.tree)).toEqual([])
  expect(dangers(article.markdown)).toEqual([])
}

describe('links of an HTML page', () => {
  // Issue 22, item 1: the href is `<javascript:…>` once its character
  // references are decoded; the Markdown printer wrote it as an
  // angle-bracketed destination, which renderers read as `javascript:`.
  it('drops the issue\'s `&lt;javascript:…&gt;` link and keeps its text', () => {
    const article = cleanArticle({
      html: '<title>T</title><article><p>Read the <a href="&lt;javascript:alert(document.cookie)&gt;">full report</a> here, and more prose to make it an article.</p></article>'
    })
    expect(article.markdown).toContain('Read the full report here')
    expect(article.markdown.toLowerCase()).not.toContain('javascript')
    expectSafeArticle(article)
  })

  const HREFS = [
    '&lt;javascript:alert(1)&gt;',
    '&lt;JaVaScRiPt:alert(1)&gt;',
    '&#x3C;javascript:alert(1)&#x3E;',
    'java&#x09;script:alert(1)',
    'java&Tab;script:alert(1)',
    'jav&#10;ascript:alert(1)',
    '&#x01; javascript:alert(1)',
    '&#106;avascript&colon;alert(1)',
    ' VBScript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'about:blank',
    'file:///etc/passwd',
    'x:y',
    '&lt;https://example.com/a&gt;'
  ] as const
  for (const href of HREFS) {
    it(`keeps no link to ${JSON.stringify(href)} in the tree or the Markdown, with or without the page's URL`, () => {
      const html = htmlPage(`See <a href="${href}">the minutes</a> and <img src="${href}" alt="a chart"> of the meeting.`)
      for (const url of [undefined, 'https://town.example/news/library']) {
        const article = cleanArticle(url === undefined ? {html} : {html, url})
        expect(article.markdown).toContain('the minutes')
        expectSafeArticle(article)
      }
    })
  }

  it('keeps web, mail and relative links', () => {
    const article = cleanArticle({html: htmlPage('See <a href="/minutes">the minutes</a>, <a href="mailto:clerk@town.example">the clerk</a> and <a href="HTTPS://Town.example/a">the town</a>.')})
    const urls = [...walk(article.tree)].flatMap((node) => (node.type === 'link' ? [node.url] : []))
    expect(urls).toEqual(['/minutes', 'mailto:clerk@town.example', 'https://town.example/a'])
  })

  it('resolves against the page\'s URL when its `<base href>` is one no browser would follow', () => {
    for (const base of ['javascript:void(0)', '&lt;javascript:alert(1)&gt;']) {
      const html = htmlPage('See <a href="/minutes">the minutes</a> of the meeting.').replace('</title>', `</title><base href="${base}">`)
      const article = cleanArticle({html, url: 'https://town.example/news/library'})
      const urls = [...walk(article.tree)].flatMap((node) => (node.type === 'link' ? [node.url] : []))
      expect(urls, base).toEqual(['https://town.example/minutes'])
    }
  })
})

/** Text a GFM renderer reads as a literal autolink with raw HTML after it (issue 22, item 2), in any case of the scheme. */
const AUTOLINK_TEXTS = [
  'at HTTPS://example.com/<img src=x onerror=alert(1)>',
  'at HtTpS://example.com/<img src=x onerror=alert(1)>',
  'at httpS://example.com/<img src=x onerror=alert(1)>',
  'at HTTP://example.com/<img src=x onerror=alert(1)>',
  'at WWW.example.com/<img src=x onerror=alert(1)>',
  'at https://example.com/<img src=x onerror=alert(1)>'
] as const

describe('text that a renderer would read as an autolink', () => {
  for (const line of AUTOLINK_TEXTS) {
    it(`re-parses with no raw HTML: ${JSON.stringify(line)}, in a dump and in a page`, () => {
      expectSafeArticle(cleanArticle({text: ['Library hours', PROSE, `${line} ${PROSE}`, PROSE].join('\n\n')}))
      expectSafeArticle(cleanArticle({html: htmlPage(line.replace('<', '&lt;'))}))
    })
  }
})

/** Control characters and lone surrogates: C0 but tab and line feed, DEL, C1 (CSI), an ESC sequence. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u

function expectNoControls(article: Article): void {
  const texts = [article.title ?? '', article.text, article.markdown, JSON.stringify(article.tree), ...article.paragraphs]
  for (const text of texts) {
    expect(CONTROL.test(text), JSON.stringify(text.slice(0, 80))).toBe(false)
    expect(text.isWellFormed()).toBe(true)
  }
}

describe('control characters of an HTML page', () => {
  // Issue 22, item 3: an ESC sequence reached the .md file the CLI writes,
  // so `cat` on it drove the terminal.
  const CASES = [
    ['a raw ESC sequence', '\u001b[2J\u001b[31mred\u001b[0m'],
    ['an ESC sequence as character references', '&#x1b;[2J&#27;]0;title&#7;'],
    ['C1 controls (CSI, NEL)', '\u009b31m and \u0085 next'],
    ['a lone surrogate, raw', 'half \ud800 a pair'],
    ['a NUL and a backspace', 'a\u0000b\u0008c']
  ] as const
  for (const [name, value] of CASES) {
    it(`blanks ${name} in the body, the title and the link text`, () => {
      const html = htmlPage(`Read ${value} the <a href="/x" title="t${value}">minutes ${value}</a> now.`).replace('<title>Library hours', `<title>Library ${value} hours`)
      const article = cleanArticle({html})
      expect(article.text).toContain('minutes')
      expectNoControls(article)
    })
  }
})

describe('control characters of a page\'s JSON-LD', () => {
  it('blanks an ESC sequence written as a JSON escape in the headline and an author\'s name', () => {
    const ld = JSON.stringify({'@type': 'NewsArticle', headline: 'Library \u001b[2J\u001b]0;x\u0007hours', author: [{'@type': 'Person', name: 'Ann \u009b31m Lee'}, 'Bo \u001b[2J Ng']})
    const article = cleanArticle({html: htmlPage(PROSE).replace('</head>', `<script type="application/ld+json">${ld}</script></head>`)})
    expect(article.title).toContain('hours')
    expectNoControls(article)
    expect(article.authors.length).toBeGreaterThan(0)
    for (const author of article.authors) expect(CONTROL.test(author.name), author.name).toBe(false)
  })
})

/** An href as a page may write it: a scheme in any case, with character references, controls, spaces and angle brackets. */
const hrefArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('javascript', 'vbscript', 'data', 'https', 'http', 'mailto', 'about', 'file', 'x'),
    fc.array(fc.boolean(), {minLength: 12, maxLength: 12}),
    fc.constantFrom('', ' ', '\u0001', '&#x0B;', '&#9;', '&NewLine;'),
    fc.constantFrom('\t', '&#x09;', '&Tab;', '\n', '&#13;', '\u0000', ''),
    fc.nat(8),
    fc.constantFrom(':', '&colon;', '&#58;', '&#x3A;'),
    fc.constantFrom('alert(1)', '//example.com/a?b=1&c=2', 'clerk@town.example', 'text/html,<script>alert(1)</script>'),
    fc.constantFrom(['', ''], ['&lt;', '&gt;'], ['<', '>'], ['&#60;', '&#62;'])
  )
  .map(([scheme, upper, lead, inside, at, colon, rest, [open, close]]) => {
    const cased = [...scheme].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join('')
    const split = Math.min(at, cased.length)
    const entity = cased.charAt(0) === 'j' ? '&#106;' + cased.slice(1, split) : cased.slice(0, split)
    return `${lead}${open}${entity}${inside}${cased.slice(split)}${colon}${rest}${close}`.replaceAll('"', '&quot;')
  })

describe('the tree and the Markdown of any HTML page', () => {
  it('carry no raw HTML and no link or image outside http(s): and mailto: (300 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hrefArbitrary.map((href) => `<a href="${href}">a link</a>`), hrefArbitrary.map((href) => `<img src="${href}" alt="x">`), fc.constantFrom(...AUTOLINK_TEXTS).map((line) => line.replace('<', '&lt;')), proseLine), {minLength: 1, maxLength: 6}),
        fc.option(fc.constantFrom('https://town.example/news/', 'mailto:clerk@town.example', 'ftp://town.example/'), {nil: undefined}),
        (parts, url) => {
          const html = htmlPage(parts.join(' '))
          expectSafeArticle(cleanArticle(url === undefined ? {html} : {html, url}))
        }
      ),
      {numRuns: 300, seed: 20_261_207}
    )
    // A budget for a loaded machine, not a speed claim: the runs are fixed in number.
  }, 180_000)
})
