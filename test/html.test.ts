import {describe, expect, it} from 'vitest'
import {cleanArticle, InputTooLargeError, InvalidInputError, UnsupportedInputError} from '../src/index.js'
import {capSourceDepth} from '../src/segment/html/cap-depth.js'

const PARAGRAPH =
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'
const SECOND = 'Staff will work in two shifts, and the café on the ground floor will stay open until the last visitors leave, the council said in a statement.'

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
}

describe('HTML input', () => {
  it('decodes bytes by their BOM, their meta charset, the encoding option, or as UTF-8', () => {
    const text = 'Le conseil a voté mardi la prolongation des horaires de la bibliothèque, après une année où les visites ont augmenté d’un tiers.'
    const html = `<!doctype html><html><head>{meta}</head><body><p>${text}</p></body></html>`
    const latin1 = (s: string): Uint8Array => Uint8Array.from([...s.replace('’', "'")].map((c) => c.charCodeAt(0)))
    const plain = text.replace('’', "'")
    expect(cleanArticle({html: latin1(html.replace('{meta}', '<meta charset="windows-1252">'))}).paragraphs).toEqual([plain])
    expect(cleanArticle({html: latin1(html.replace('{meta}', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'))}).paragraphs).toEqual([plain])
    expect(cleanArticle({html: latin1(html.replace('{meta}', '')), encoding: 'latin1'}).paragraphs).toEqual([plain])
    const utf8 = new TextEncoder().encode(html.replace('{meta}', ''))
    expect(cleanArticle({html: utf8}).paragraphs).toEqual([text])
    expect(cleanArticle({html: Buffer.from(utf8)}).paragraphs).toEqual([text])
    // A BOM wins over a wrong declaration.
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html.replace('{meta}', '<meta charset="windows-1252">'))])
    expect(cleanArticle({html: bom}).paragraphs).toEqual([text])
  })

  it('throws UnsupportedInputError for an encoding TextDecoder does not know, and checks the size of bytes', () => {
    expect(() => cleanArticle({html: new Uint8Array([60, 112, 62]), encoding: 'klingon-8'})).toThrowError(UnsupportedInputError)
    expect(() => cleanArticle({html: new Uint8Array(200)}, {maxInputBytes: 100})).toThrowError(InputTooLargeError)
    expect(() => cleanArticle({html: new Uint8Array(2), encoding: 5 as unknown as string})).toThrowError(InvalidInputError)
  })

  it('keeps the text of 10,000 and 100,000 levels of nesting without overflowing', () => {
    for (const depth of [10_000, 100_000]) {
      const started = performance.now()
      const article = cleanArticle(page(`${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}`))
      expect(article.paragraphs).toEqual([PARAGRAPH])
      expect(performance.now() - started).toBeLessThan(10_000)
    }
    const unclosed = cleanArticle(page(`${'<div><span>'.repeat(20_000)}${PARAGRAPH}`))
    expect(unclosed.text).toContain(PARAGRAPH)
  })

  it('drops start tags only past the depth limit, and leaves a normal page untouched', () => {
    const normal = page(`<div><ul><li>one<li>two</ul><p>a<p>b<table><tr><td>c<td>d</table></div>`)
    expect(capSourceDepth(normal, 8)).toBe(normal)
    const deep = `${'<div>'.repeat(20)}x${'</div>'.repeat(20)}`
    expect(capSourceDepth(deep, 5)).toBe(`${'<div>'.repeat(5)}x${'</div>'.repeat(5)}`)
  })

  it('cleans 200,000 sibling paragraphs in time roughly linear in their number', () => {
    const time = (count: number): number => {
      const html = page(`<article>${'<p>One two.</p>'.repeat(count)}</article>`)
      const started = performance.now()
      const article = cleanArticle(html)
      expect(article.paragraphs).toHaveLength(count)
      return performance.now() - started
    }
    time(2_000)
    const small = time(20_000)
    const large = time(200_000)
    // Ten times the paragraphs; quadratic work would take a hundred times as long.
    expect(large / small).toBeLessThan(30)
  }, 120_000)

  it('never throws on broken markup', () => {
    for (const html of ['<html><body><p>unclosed <b>bold <i>both</b> italic</i>', '<!doctype html><body></body>', '<<<>>><p>>', '<html><head><title>x</title>', `<body>${'<table>'.repeat(500)}x`]) {
      expect(() => cleanArticle({html})).not.toThrow()
    }
    expect(cleanArticle({html: '<!doctype html><body></body>'}).warnings.map((w) => w.code)).toEqual(['no-article'])
  })

  it('records every pruned block with a rule and a reason, and drops scripts and styles silently', () => {
    const article = cleanArticle(
      page(`<nav><a href="/a">World</a> <a href="/b">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<script>var tracking = "never in output"</script><style>p { color: red }</style>
<article><h1>Library hours</h1><p>${PARAGRAPH}</p><div class="share-buttons"><a href="#">Share on Facebook</a></div><p>${SECOND}</p></article>
<div hidden>Subscribe for one euro</div><footer>© 2024 Town News. All rights reserved.</footer>`)
    )
    expect(article.paragraphs).toEqual([PARAGRAPH, SECOND])
    const reasons = Object.fromEntries(article.removed.map((removal) => [removal.text.split('\n')[0], `${removal.reason}/${removal.rule}`]))
    expect(reasons['World Sport']).toBe('navigation/navigation')
    expect(reasons['We use cookies to improve your experience. Accept all']).toBe('cookie-notice/cookie-consent')
    expect(reasons['Share on Facebook']).toBe('share-bar/share-buttons')
    expect(reasons['Subscribe for one euro']).toBe('hidden/hidden-element')
    expect(reasons['© 2024 Town News. All rights reserved.']).toBe('footer/page-footer')
    expect(JSON.stringify(article)).not.toContain('never in output')
    expect(JSON.stringify(article)).not.toContain('color: red')
  })

  it('keeps structure: headings, lists, quotes, tables, code, figures, links and images with absolute URLs', () => {
    const article = cleanArticle(
      {
        html: page(`<article><h1>Library hours</h1><p>${PARAGRAPH} <a href="/minutes">Minutes</a> <a href="javascript:alert(1)">Click</a></p>
<h2>New hours</h2><ul><li>Monday to Friday, 8am to 9pm</li><li>Saturday, 9am to 6pm</li></ul>
<blockquote><p>${SECOND}</p></blockquote>
<table><thead><tr><th>Day</th><th>Visits</th></tr></thead><tbody><tr><td>Monday</td><td>1,204</td></tr><tr><td>Tuesday</td><td>987</td></tr></tbody></table>
<pre><code>opening_hours = 13</code></pre>
<figure><img src="img/reading-room.jpg" alt="The reading room"><figcaption>The reading room at noon. <span class="credit">Photo: Jane Doe</span></figcaption></figure>
<p>${SECOND.replace('Staff', 'Volunteers')}</p></article>`),
        url: 'https://town.example/news/library'
      }
    )
    expect(article.tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'list', 'blockquote', 'table', 'code', 'paragraph', 'paragraph', 'paragraph'])
    expect(article.markdown).toContain('[Minutes](https://town.example/minutes)')
    expect(article.markdown).not.toContain('javascript:')
    expect(article.markdown).toContain('Click')
    expect(article.markdown).toContain('| Day     | Visits |')
    expect(article.markdown).toContain('![The reading room](https://town.example/news/img/reading-room.jpg)')
    expect(article.captions).toEqual([{text: 'The reading room at noon.', credit: 'Photo: Jane Doe'}])
    expect(article.paragraphs).toContain('Monday | 1,204')
  })

  it('applies the tables, images, links and captions options', () => {
    const html = page(`<article><p>${PARAGRAPH} <a href="/m">Minutes</a></p><table><tr><th>Day</th><th>Visits</th></tr><tr><td>Monday</td><td>1,204</td></tr></table>
<figure><img src="/a.jpg" alt="Room"><figcaption>The reading room at noon.</figcaption></figure><p>${SECOND}</p></article>`)
    const article = cleanArticle({html, url: 'https://town.example/'}, {tables: false, images: false, links: false, captions: false})
    expect(article.tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    expect(article.markdown).not.toContain('](')
    expect(article.markdown).toContain('Minutes')
    expect(article.captions).toEqual([{text: 'The reading room at noon.', credit: null}])
    expect(article.removed.some((removal) => removal.rule === 'tables-option')).toBe(true)
    expect(() => cleanArticle(html, {images: 1 as unknown as boolean})).toThrowError(InvalidInputError)
  })

  it('keeps the comment section after the article when asked to', () => {
    const html = page(`<article><p>${PARAGRAPH}</p><p>${SECOND}</p></article><section id="comments"><h3>2 comments</h3><p>Great news for students who revise there every evening.</p></section>`)
    expect(cleanArticle(html).text).not.toContain('Great news')
    expect(cleanArticle(html).removed.some((removal) => removal.reason === 'comment-widget')).toBe(true)
    expect(cleanArticle(html, {comments: true}).text).toContain('Great news for students')
  })

  it('reads metadata from JSON-LD, OpenGraph and meta tags, and cuts the site from the title', () => {
    const head = `<title>Council extends library hours | Town News</title>
<link rel="canonical" href="/news/library">
<meta property="og:site_name" content="Town News"><meta property="og:image" content="/img/lead.jpg">
<meta name="description" content="Longer opening hours from next month.">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Council extends library hours","datePublished":"2024-03-05T09:30:00+0100","dateModified":"2024-03-06 10:00:00Z","author":[{"@id":"#jane"},{"@type":"Person","name":"John Roe"}],"publisher":{"@type":"Organization","name":"Town News"}},{"@type":"Person","@id":"#jane","name":"Jane Doe"}]}</script>`
    const article = cleanArticle({html: page(`<article><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`, head), url: 'https://town.example/x'})
    expect(article).toMatchObject({
      title: 'Council extends library hours',
      byline: 'Jane Doe and John Roe',
      siteName: 'Town News',
      publishedAt: '2024-03-05T09:30:00+01:00',
      modifiedAt: '2024-03-06T10:00:00Z',
      language: 'en',
      excerpt: 'Longer opening hours from next month.',
      canonicalUrl: 'https://town.example/news/library',
      image: 'https://town.example/img/lead.jpg'
    })
  })

  it('takes the byline from the page when the markup has none: names only, no "By", no date', () => {
    const article = cleanArticle(page(`<article><div class="byline">By Jane Doe and John Roe | March 5, 2024</div><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`))
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Doe', 'John Roe'])
  })

  it('reads right-to-left markup as such', () => {
    const body = 'מועצת העיר הצביעה ביום שלישי להאריך את שעות הפתיחה של הספרייה, לאחר שנה שבה מספר המבקרים עלה בשליש וחדר הקריאה היה מלא כבר בצהריים.'
    const article = cleanArticle(`<!doctype html><html lang="he" dir="rtl"><body><article><p>${body}</p><p>${body}</p></article></body></html>`)
    expect(article.direction).toBe('rtl')
    expect(article.language).toBe('he')
  })
})
