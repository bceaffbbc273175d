import {describe, expect, it} from 'vitest'
import {withoutPermalinkMark} from '../../src/article/permalink-mark.js'
import {cleanArticle} from '../../src/index.js'

const PROSE = '<p>This page explains how the request travels through each layer of the framework before the view sees it, and what each layer may change on the way in and on the way out again.</p>'

/** A documentation page around one marked element (the heading under test), with prose enough to be the content. */
function page(marked: string): string {
  return `<html><body><main><h1>Middleware</h1>${PROSE}${marked}${PROSE}${PROSE}</main></body></html>`
}

// Headings and terms as the generators print them (WCXB dev pages by id).
const HTML_ROWS = [
  {marked: '<h2 id="available-middleware">Available middleware<a class="headerlink" href="#available-middleware" title="Link to this heading">¶</a></h2>', text: 'Available middleware', source: 'Sphinx, wcxb 0661 (djangoproject)'},
  {marked: '<h2 id="run-the-code">Run the code<a class="headerlink" data-preview="" href="#run-the-code" title="Permanent link">&para;</a></h2>', text: 'Run the code', source: 'MkDocs, wcxb 0678 (fastapi)'},
  {marked: '<h2 id="variants" class="variants section-header">Variants<a href="#variants" class="anchor">§</a></h2>', text: 'Variants', source: 'rustdoc, wcxb 2861 (rust-lang)'},
  {marked: '<h2 class="anchor" id="product-search-feature">Product Search Feature<a href="#product-search-feature" class="hash-link" aria-label="Direct link to Product Search Feature">\u200B</a></h2>', text: 'Product Search Feature', source: 'Docusaurus, wcxb 4843'},
  {marked: '<dl><dt id="UpdateCacheMiddleware">class UpdateCacheMiddleware<a class="headerlink" href="#UpdateCacheMiddleware">¶</a></dt><dd><p>Updates the cache.</p></dd></dl>', text: 'class UpdateCacheMiddleware', source: 'Sphinx API entry, wcxb 0661'},
  {marked: '<div class="code-block-caption"><span class="caption-text">forms.py</span><a class="headerlink" href="#id3" title="Link to this code">¶</a></div>', text: 'forms.py', source: 'Sphinx code caption, wcxb 2999 (djangoproject)'}
] as const

describe('permalink marks on the HTML path', () => {
  it.each(HTML_ROWS)('prints the heading without its mark ($source)', ({marked, text}) => {
    const article = cleanArticle({html: page(marked)}, {pageType: 'documentation'})
    expect(article.text).toContain(text)
    expect(article.text).not.toMatch(/[¶§\u200B]/u)
    expect(article.markdown).not.toContain('](#')
    // The mark is no removed block: the heading is whole in the body.
    expect(article.removed.map((removal) => removal.text).join('\n')).not.toContain(text)
  })

  it.each([
    {marked: '<h2><a href="#results">Results</a></h2>', text: 'Results', why: 'a heading that is itself a link to its anchor'},
    {marked: '<p>See the <a href="#notes">#</a> sign in the table, which marks a required setting.</p>', text: '#', why: 'a "#" link inside a paragraph'}
  ])('keeps $why (near miss)', ({marked, text}) => {
    expect(cleanArticle({html: page(marked)}, {pageType: 'documentation'}).text).toContain(text)
  })
})

describe('permalink marks at the end of a dump\u2019s line', () => {
  it.each([
    {line: 'Available middleware¶', heading: true, expected: 'Available middleware', source: 'wcxb 0661 dump (Sphinx)'},
    {line: 'itertools.chain(*iterables)¶', heading: false, expected: 'itertools.chain(*iterables)', source: 'wcxb 2857 dump (Sphinx API entry)'},
    {line: 'Variants§', heading: true, expected: 'Variants', source: 'wcxb 2861 dump (rustdoc)'},
    {line: 'Direct Purchase Options #', heading: true, expected: 'Direct Purchase Options', source: 'wcxb dev dump (a blog theme)'},
    {line: 'The complexity of temporary team dynamics 🔗', heading: true, expected: 'The complexity of temporary team dynamics', source: 'wcxb dev dump (a blog theme)'},
    // Near misses: a paragraph's footnote sign, and a hash that is the text.
    {line: 'It provides unlimited repairs for accidents like drops and spills. Footnote §', heading: false, expected: 'It provides unlimited repairs for accidents like drops and spills. Footnote §', source: 'wcxb dev dump (apple)'},
    {line: 'C#', heading: true, expected: 'C#', source: 'constructed'}
  ] as const)('reads "$line" as "$expected" ($source)', ({line, heading, expected}) => {
    expect(withoutPermalinkMark(line, heading)).toBe(expected)
  })

  it('prints a dump\u2019s heading without its pilcrow', () => {
    const text = ['Middleware', '', 'This page explains how the request travels through each layer of the framework before the view sees it, and what each layer may change.', '', 'Available middleware¶', '', 'Each of the classes below is one layer; the order in the settings is the order in which a request meets them on the way in.'].join('\n')
    const article = cleanArticle({text}, {pageType: 'documentation'})
    expect(article.text).toContain('Available middleware')
    expect(article.text).not.toContain('¶')
  })
})
