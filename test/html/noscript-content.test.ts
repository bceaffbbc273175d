import {describe, expect, it} from 'vitest'
import {documentParts} from '../../src/segment/html/hast.js'
import {withNoscriptContent} from '../../src/segment/html/noscript-content.js'
import {parseHtml} from '../../src/segment/html/parse-html.js'
import {cleanArticle} from '../../src/index.js'

const POST =
  'We are on the team plan and whatever version was released last night is broken: document reviews fail, grammar checks are refused, and the answers read like an older model.'
const REPLY = 'I asked around and the same happens to others since the update; support says a fix is on the way, and reverting to the earlier model works for now.'

// Bodies cut down from the pages named: what the fallback holds and what stands beside it.
const ROWS = [
  {
    body: `<section id="d-splash"><div class="preloader-image"></div></section><noscript data-path="/t/update-broken/931828"><header><a href="/">Community</a></header><div id="main-outlet"><h1>Update broken</h1><div class="topic-body crawler-post"><div class="post" itemprop="text"><p>${POST}</p></div></div><div class="topic-body crawler-post"><div class="post" itemprop="text"><p>${REPLY}</p></div></div></div></noscript>`,
    expected: true,
    source: 'forum software serving crawlers its posts in <noscript> (WCXB dev 0501, a Discourse thread)'
  },
  {
    body: `<div id="app"></div><noscript id="flarum-content"><div class="container"><h1>Types of threads</h1><article><div class="PostUser"><h3>antonjw</h3></div><div class="Post-body"><p>${POST}</p><p>${REPLY}</p></div></article></div></noscript>`,
    expected: true,
    source: 'a single-page forum with a server-rendered fallback (WCXB dev 0557, a Flarum thread)'
  },
  // Near misses: the page's own text is visible, and the <noscript> is a notice, a lazy image or an ad pixel.
  {body: `<article><p>${POST}</p><p>${REPLY}</p><noscript><img src="photo.jpg" alt="The new release notes"></noscript></article>`, expected: false, source: 'a lazy image fallback (corpus pages)'},
  {body: `<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>`, expected: false, source: 'a notice, shorter than a fallback'},
  {
    body: `<article><p>生活の話題をお届けします。</p></article><noscript>&lt;div style="position:absolute;"&gt;&lt;img width=1 height=1 alt="" src="http://b5.example.jp/b?P=${'x'.repeat(300)}"&gt;&lt;/div&gt;</noscript>`,
    expected: false,
    source: 'escaped markup of an ad pixel (corpus yahoo-4)'
  },
  {body: `<article><p>${POST}</p></article><noscript><iframe src="https://tags.example/ns.html" height="0" width="0">${'<div>tracking</div>'.repeat(40)}</iframe></noscript>`, expected: false, source: 'a tag manager iframe, whose text is raw source (WCXB dev 2838)'}
] as const

function bodyOf(html: string) {
  const {body} = documentParts(parseHtml(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`))
  if (body === null) throw new Error('no body')
  return body
}

describe('withNoscriptContent', () => {
  for (const row of ROWS) {
    it(`${row.expected ? 'reads' : 'leaves'} the <noscript> of ${row.source}`, () => {
      const body = bodyOf(row.body)
      const shown = withNoscriptContent(body)
      expect(shown !== body).toBe(row.expected)
    })
  }

  it('does not change the parsed tree', () => {
    const body = bodyOf((ROWS[0] as {body: string}).body)
    withNoscriptContent(body)
    expect(JSON.stringify(body)).toContain('"tagName":"noscript"')
  })

  it('cleans a thread served in <noscript> into its posts', () => {
    const article = cleanArticle({html: `<!doctype html><html><head><title>Update broken</title></head><body>${(ROWS[0] as {body: string}).body}</body></html>`})
    expect(article.text).toContain(POST)
    expect(article.text).toContain(REPLY)
  })
})
