import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../../../src/index.js'
import {documentationContainer} from '../../../src/segment/html/kinds/documentation.js'
import {documentParts} from '../../../src/segment/html/hast.js'
import {parseHtml} from '../../../src/segment/html/parse-html.js'
import {segmentPage} from '../../../src/segment/html/segment-page.js'

// Documentation pages cut down from the generators WCXB's documentation
// pages use: a navigation sidebar beside `<main>`, a lead, sections, code.
const SIDEBAR = '<nav class="sidebar"><ul><li><a href="/docs/intro">Introduction</a></li><li><a href="/docs/install">Installation</a></li><li><a href="/docs/api">API</a></li></ul></nav>'
const LEAD = '<p>The fetch() method starts the process of fetching a resource from the network.</p>'
const SECTION = (title: string, words: string): string => `<section><h2 id="${title}">${title}<a class="headerlink" href="#${title}">¶</a></h2><div class="section-content"><p>${words}</p><pre><code>const response = await fetch(url)</code></pre></div></section>`
const PROSE = 'It returns a promise that resolves to the response, once the server answers with its headers, even when the status is an error, which callers check. '
const page = (main: string): string => `<!doctype html><html><head><title>Docs</title></head><body>${SIDEBAR}${main}<footer>© 2025 Docs authors</footer></body></html>`

const MDN_LIKE = page(`<main><h1>fetch()</h1>${LEAD}${SECTION('Syntax', PROSE.repeat(3))}${SECTION('Examples', PROSE.repeat(3))}</main>`)
const SPHINX_LIKE = page(`<div role="main" class="document"><h1>Logging</h1>${LEAD}${SECTION('Basics', PROSE.repeat(2))}${SECTION('Handlers', PROSE.repeat(2))}</div>`)

describe('documentation pages (pageType "documentation")', () => {
  for (const [name, html] of [['a page with <main>', MDN_LIKE], ['a page with role="main"', SPHINX_LIKE]] as const) {
    it(`keeps the lead, every section and its code on ${name}, and drops the sidebar`, () => {
      const {text} = cleanArticle({html}, {pageType: 'documentation'})
      expect(text).toContain('starts the process of fetching')
      expect(text).toContain('const response = await fetch(url)')
      expect(text).not.toContain('Installation')
    })
  }

  it('leaves a page without a <main> landmark to the scoring (the near miss)', () => {
    const {body} = documentParts(parseHtml(page(`<div class="content">${LEAD}${SECTION('Syntax', PROSE)}</div>`)))
    if (body === null) throw new Error('no body')
    expect(documentationContainer(body, segmentPage(body, new Map(), true).content)).toBeNull()
  })
})
