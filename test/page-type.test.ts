import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {PAGE_TYPES} from '../src/decide/classify/page-type.js'
import {countPrices, jsonLdTypes} from '../src/decide/classify/page-type/features.js'
import type {PageTypeModels} from '../src/decide/classify/page-type/model.js'
import {cleanArticle, InvalidInputError, type Options, type PageType} from '../src/index.js'
import {learnPageType, selectFeatures, type Example} from '../scripts/page-type-learner.js'

const paragraph = (topic: string): string =>
  `<p>${topic} is something many readers asked about this year, and the answer turned out to be longer than we expected when we started to look into it.</p>`

/** Small pages of each kind, in the markup of different kinds of site (a CMS blog, a forum engine, a shop, a docs generator). */
const HTML_PAGES: [string, PageType, string][] = [
  [
    'news story with NewsArticle JSON-LD',
    'article',
    `<html><head><title>City council approves new bike lanes - The Daily Record</title><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"City council approves new bike lanes"}</script></head>
<body><header><nav><a href="/">Home</a><a href="/news">News</a></nav></header><main><article class="post-content"><h1>City council approves new bike lanes</h1><p class="byline">By Ann Smith</p><time datetime="2024-03-02">March 2, 2024</time>${paragraph('The plan')}${paragraph('Funding')}${paragraph('Opposition from shop owners')}${paragraph('The timeline')}</article></main><footer>© 2024 The Daily Record</footer></body></html>`
  ],
  [
    'forum thread with posts and replies',
    'forum',
    `<html><head><title>Engine stalls when cold - General Discussion - Car Talk Forum</title><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Engine stalls when cold"}</script></head>
<body><div class="forum-header"><a href="/forums">Forums</a> › <a href="/forums/general">General Discussion</a></div><h1 class="thread-title">Engine stalls when cold</h1>
${['mike77', 'sarah_k', 'oldmechanic', 'mike77'].map((user, i) => `<div class="post message" id="post-${i}"><div class="post-author username">${user}</div><div class="post-date">Posted 3 days ago</div><div class="post-body message-content">My car stalls every morning when it is cold outside, any ideas what to check first? Thanks for the reply.</div><div class="post-actions"><a class="reply-button">Reply</a><a class="quote">Quote</a><span class="vote-count">3</span></div></div>`).join('')}
<form class="reply-form"><textarea name="message"></textarea><button>Post reply</button></form></body></html>`
  ],
  [
    'product page with Product JSON-LD and a cart button',
    'product',
    `<html><head><title>Trail Runner 2 Waterproof Shoe | Outdoor Gear Shop</title><meta property="og:type" content="product"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Trail Runner 2","offers":{"@type":"Offer","price":"89.99","priceCurrency":"USD"}}</script></head>
<body><nav class="breadcrumb"><a>Shoes</a> / <a>Running</a></nav><div class="product-detail"><h1 class="product-title">Trail Runner 2 Waterproof Shoe</h1><span class="price">$89.99</span><form class="add-to-cart"><select name="size"><option>8</option><option>9</option><option>10</option></select><input type="number" name="qty" value="1"><button class="btn-cart">Add to cart</button></form>
<div class="product-description"><p>A light waterproof trail shoe with a grippy sole for wet rocks and mud.</p></div><table class="specs"><tr><th>Weight</th><td>280 g</td></tr><tr><th>Drop</th><td>6 mm</td></tr></table><div class="reviews"><h2>Customer reviews</h2><div class="rating">4.5 out of 5 stars</div></div></div></body></html>`
  ],
  [
    'category page of a shop: a product grid with filters',
    'collection',
    `<html><head><title>Women's Jackets | Outdoor Gear Shop</title><script type="application/ld+json">{"@type":"CollectionPage","name":"Women's Jackets"}</script></head>
<body><h1>Women's Jackets</h1><aside class="filters"><h3>Filter by</h3><label><input type="checkbox"> Size S</label><label><input type="checkbox"> Size M</label><select class="sort-by"><option>Sort by price</option></select></aside>
<ul class="product-grid">${['Rain Shell', 'Down Parka', 'Fleece Jacket', 'Soft Shell', 'Windbreaker', 'Insulated Vest'].map((name, i) => `<li class="product-card"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""><h3 class="product-name">${name}</h3></a><span class="price">$${99 + i * 10}.00</span><button class="add-to-cart">Add to cart</button></li>`).join('')}</ul>
<nav class="pagination"><a>1</a><a>2</a><a>Next</a></nav></body></html>`
  ],
  ['documentation page of a docs generator: code, a sidebar and a table of contents', 'documentation', `<html><head><title>Configuration — mytool 2.3 documentation</title><meta name="generator" content="Sphinx 7.2"></head>
<body><div class="related" role="navigation"><a href="genindex.html">index</a> <a href="py-modindex.html">modules</a> <a href="usage.html">next</a> <a href="install.html">previous</a></div>
<div class="sphinxsidebar" role="navigation"><h3>Table of Contents</h3><ul class="toctree"><li class="toctree-l1"><a>Installation</a></li><li class="toctree-l1 current"><a>Configuration</a><ul><li class="toctree-l2"><a>The settings file</a></li><li class="toctree-l2"><a>Parameters</a></li><li class="toctree-l2"><a>Environment variables</a></li></ul></li><li class="toctree-l1"><a>Usage</a></li><li class="toctree-l1"><a>API reference</a></li><li class="toctree-l1"><a>Changelog</a></li></ul><div id="searchbox" role="search"><h3>Quick search</h3><form class="search"><input type="text" name="q"><input type="submit" value="Go"></form></div></div>
<div class="document"><div class="body" role="main"><section id="configuration"><h1>Configuration<a class="headerlink" href="#configuration">¶</a></h1><p>The tool reads its settings from a file named <code class="docutils literal">mytool.toml</code> in the project root, then from the environment. This page describes every setting and its default.</p>
<section id="the-settings-file"><h2>The settings file<a class="headerlink">¶</a></h2><div class="highlight-toml notranslate"><div class="highlight"><pre><span class="k">[server]</span>
<span class="n">port</span> <span class="o">=</span> <span class="mi">8080</span>
<span class="n">workers</span> <span class="o">=</span> <span class="mi">4</span></pre></div></div>
<p>Each section of the file maps to a module of the tool. Unknown keys raise <code class="docutils literal">ConfigError</code> at start-up.</p></section>
<section id="parameters"><h2>Parameters<a class="headerlink">¶</a></h2><dl class="py function"><dt class="sig sig-object py"><span class="sig-name descname">load_config</span><span class="sig-paren">(</span><em class="sig-param">path=None</em><span class="sig-paren">)</span></dt><dd><p>Returns the parsed settings as a dict.</p><dl class="field-list"><dt class="field-odd">Parameters</dt><dd class="field-odd"><p><strong>path</strong> (<em>str</em>) – where the file is; the project root by default.</p></dd><dt class="field-even">Raises</dt><dd class="field-even"><p><strong>ConfigError</strong> – when a key is unknown.</p></dd></dl></dd></dl>
<div class="highlight-python notranslate"><div class="highlight"><pre><span class="kn">from</span> <span class="nn">mytool</span> <span class="kn">import</span> <span class="n">load_config</span>
<span class="n">config</span> <span class="o">=</span> <span class="n">load_config</span><span class="p">()</span></pre></div></div>
<div class="admonition note"><p class="admonition-title">Note</p><p>Call <code class="docutils literal">load_config()</code> before <code class="docutils literal">start()</code>.</p></div></section></section></div></div>
<div class="footer">© Copyright 2024, the mytool authors. Created using <a href="https://www.sphinx-doc.org/">Sphinx</a> 7.2.</div></body></html>`],
  [
    'SaaS landing page: hero, features, pricing, FAQ',
    'service',
    `<html><head><title>Acme CRM — The CRM your sales team will love</title><meta property="og:type" content="website"><script type="application/ld+json">{"@type":"Organization","name":"Acme"}</script></head>
<body><header><nav><a>Product</a><a>Pricing</a><a>Customers</a><a class="btn">Start free trial</a></nav></header><section class="hero"><h1>Close more deals, faster</h1><p>Acme CRM brings your pipeline, email and calls into one place.</p><a class="btn btn-primary">Get started free</a><a class="btn">Book a demo</a></section>
<section class="features"><div class="feature"><h3>Pipeline view</h3><p>See every deal at a glance.</p></div><div class="feature"><h3>Email sync</h3><p>Every email logged automatically.</p></div><div class="feature"><h3>Reports</h3><p>Forecasts your team can trust.</p></div></section>
<section class="testimonials"><blockquote>“We doubled our demos in a quarter.” — Head of Sales</blockquote></section><section class="pricing"><div class="plan"><h3>Starter</h3><span class="price">$19/user/month</span></div><div class="plan"><h3>Pro</h3><span class="price">$49/user/month</span></div></section>
<section class="faq"><h2>Frequently asked questions</h2><h3>Can I cancel anytime?</h3><p>Yes, there is no contract.</p></section><footer><a>Privacy</a><a>Terms</a><a>Contact sales</a></footer></body></html>`
  ]
]

/** A blog's list of teasers: a listing, but a close call for the model (see the margin test). */
const TEASERS = `<html><head><title>Best hiking trails in Colorado: 12 guides - Trail Blog</title><script type="application/ld+json">{"@type":"ItemList","itemListElement":[]}</script></head>
<body><h1>Hiking guides</h1><div class="post-list">${['Hanging Lake', 'Maroon Bells', 'Sky Pond', 'Ice Lake Basin', 'Chicago Basin', 'Blue Lakes', 'Mount Sanitas', 'Emerald Lake', 'Conundrum Hot Springs', 'Crater Lake', 'Lost Lake', 'Mohawk Lakes'].map((name) => `<div class="post-item card"><h2 class="entry-title"><a href="/t/${name}">${name} trail guide</a></h2><span class="date">May 4, 2023</span><p class="excerpt">Everything you need to know before hiking ${name}: distance, parking and the best season.</p><a class="read-more">Read more</a></div>`).join('')}</div>
<nav class="pagination"><a>1</a><a>2</a><a>3</a><a>Older posts</a></nav><aside class="sidebar"><h3>Categories</h3><ul><li><a>Colorado (24)</a></li><li><a>Utah (18)</a></li><li><a>Gear reviews (9)</a></li></ul></aside></body></html>`

const TEXT_PAGES: [string, PageType, string][] = [
  [
    'a blog post',
    'article',
    `Home\nAbout\nBlog\nWhy we moved our backups to object storage\nBy Jane Doe · March 3, 2024\nFor years our backups lived on a pair of old NAS boxes in the office closet, and for years that was fine.\nThen one of them failed during a restore, and we learned how long a rebuild takes when the other disk is also old.\nThis post explains what we compared, what it cost, and what we would do differently if we started again today.\nThe first thing we looked at was price per terabyte, which turned out to matter less than egress fees.\nWe also wanted versioning, so that a mistaken delete could be undone without a support ticket.\nIn the end the move took two weekends and one long night, and restores are now faster than before.\nShare this post\n© 2024 Example Blog`
  ],
  [
    'a Q&A thread',
    'forum',
    `Questions\nTags\nUsers\nHow do I undo the last commit?\nAsked 5 years ago\nModified 2 months ago\nViewed 2.1m times\n342\nI committed the wrong files and want to undo the commit without losing the changes.\ngit\nversion-control\nshare\nedit\nfollow\nasked Mar 4, 2019 at 10:12\nuser123\n5 Answers\nSorted by:\n512\nUse git reset --soft HEAD~1 to keep your changes staged.\nshare\nedit\nfollow\nanswered Mar 4, 2019 at 10:15\nanother_user\nAdd a comment\n87\nYou can also use git revert if the commit is already pushed.\nshare\nedit\nfollow\nanswered Mar 4, 2019 at 11:02\nthird_user\nYour Answer\nPost Your Answer`
  ],
  [
    'a shop product page',
    'product',
    `Shop\nCart (0)\nHome / Kitchen / Knives\nChef's Knife 8 inch\n$79.00\n★★★★★ 124 reviews\nQuantity\n1\nAdd to cart\nBuy now\nFree shipping on orders over $50\nDescription\nA forged stainless steel chef's knife with a full tang and a comfortable handle.\nSpecifications\nBlade length: 8 in\nWeight: 220 g\nSKU: CK-800\nIn stock\nCustomers also bought\nParing Knife\n$29.00\nHoning Steel\n$25.00`
  ],
  ['an API reference page', 'documentation', `Skip to main content
example-client
Docs
API
Blog
GitHub
Search
Getting started
Installation
Configuration
Guides
Authentication
Pagination
Error handling
API reference
client.items
client.users
Version: 3.x
Pagination
List endpoints return at most 100 items per call. To read a longer list, pass the cursor that the previous response returned.
Parameters
limit (number, optional): how many items to return, between 1 and 100. Defaults to 20.
cursor (string, optional): the next_cursor value of the previous response.
Example
const client = createClient({apiKey: process.env.API_KEY});
let cursor = undefined;
do {
  const page = await client.items.list({limit: 100, cursor});
  handle(page.data);
  cursor = page.next_cursor;
} while (cursor);
Options
Name
Type
Default
Description
timeout
number
30000
Milliseconds before a call is aborted.
retries
number
2
How many times a failed call is retried.
baseUrl
string
https://api.example.com/v1
The API's root URL.
Return value
A Promise that resolves to an object with data (an array of items) and next_cursor (a string, or null on the last page).
Note
The order of items is stable between calls, so a cursor stays valid while items are added.
See also: Error handling for the errors a list call can throw.
Edit this page
Previous
Authentication
Next
Error handling
On this page
Parameters
Example
Return value
Copyright © 2024 Example, Inc. Built with Docusaurus.`]
]

function html(page: string, options?: Options): PageType {
  return cleanArticle({html: page}, options).pageType
}

describe('pageType', () => {
  // A collection and a listing are cleaned alike (every card kept), and which of the two a
  // small shop grid is stays the model's closest call (0.01 apart on the shop page above; out of
  // fold, most collections missed are taken for articles, not listings): a card kind passes.
  const CARD_KINDS: readonly PageType[] = ['collection', 'listing']
  it.each(HTML_PAGES)('guesses the kind of an HTML page: %s', (_name, kind, page) => {
    if (kind === 'collection') expect(CARD_KINDS).toContain(html(page))
    else expect(html(page)).toBe(kind)
  })

  // A listing's cleaning keeps every card-like block, so a listing must outscore 'article' by the
  // card margin (3), not the others' (0.5): the Readability corpus's articles stay articles.
  it('takes a close call for a listing as an article, and cleans the page as a listing when told', () => {
    const models = JSON.parse(readFileSync(new URL('../src/decide/classify/page-type/models.json', import.meta.url), 'utf8')) as PageTypeModels
    expect(models.html.articleMargin).toBe(0.5)
    expect(models.html.kindMargins).toEqual({collection: 3, listing: 3})
    expect(cleanArticle({html: TEASERS}).pageType).toBe('article')
    const listing = cleanArticle({html: TEASERS}, {pageType: 'listing'})
    expect(listing.pageType).toBe('listing')
    expect(listing.text).toContain('Everything you need to know before hiking Mohawk Lakes')
  })

  it.each(TEXT_PAGES)('guesses the kind of a text dump: %s', (_name, kind, text) => {
    expect(cleanArticle({text}).pageType).toBe(kind)
  })

  it('takes the caller’s pageType and skips the guess', () => {
    const [, , forum] = HTML_PAGES[1] as [string, PageType, string]
    expect(html(forum, {pageType: 'documentation'})).toBe('documentation')
  })

  it.each([['blog'], [''], [42], ['Article']])('rejects a pageType option that names no kind (%j) with InvalidInputError', (value) => {
    expect(() => cleanArticle({text: 'Some text.'}, {pageType: value as PageType})).toThrowError(InvalidInputError)
  })
})

describe('page-type features', () => {
  it.each([
    ['{"@type": "Product", "offers": {"@type":"Offer"}}', ['product', 'offer']],
    ['{"@graph":[{"@type":["WebPage","FAQPage"]},{"@type" : "Organization"}]}', ['webpage', 'faqpage', 'organization']],
    ['{"@type":"http://schema.org/QAPage"}', ['qapage']],
    ['{"@type": "Product", "name": "broken', ['product']],
    ['not json at all', []]
  ])('reads the JSON-LD types of %s', (script, types) => {
    const found: string[] = []
    jsonLdTypes(script, (type) => found.push(type))
    expect(found).toEqual(types)
  })

  it.each([
    ['$19.99', 1],
    ['19,99 €', 1],
    ['£ 5 and ¥300', 2],
    ['US$ prices vary', 0],
    ['no price here: 20 items', 0]
  ])('counts the prices in %j', (text, count) => {
    expect(countPrices(text)).toBe(count)
  })
})

describe('the page-type model file', () => {
  const path = new URL('../src/decide/classify/page-type/models.json', import.meta.url)
  const models = JSON.parse(readFileSync(path, 'utf8')) as PageTypeModels

  it('holds a model for HTML and one for text, over every kind, with one weight per feature and kind', () => {
    for (const model of [models.html, models.text]) {
      expect(model.kinds).toEqual([...PAGE_TYPES])
      expect(model.bias).toHaveLength(PAGE_TYPES.length)
      expect(model.weights).toHaveLength(PAGE_TYPES.length)
      for (const row of model.weights) expect(row).toHaveLength(model.features.length)
      expect(new Set(model.features).size).toBe(model.features.length)
    }
  })

  it('stays under the issue’s cap of 300 KB', () => {
    expect(readFileSync(path).length).toBeLessThan(300 * 1024)
  })
})

describe('page-type training', () => {
  // A tiny fixed set: what each kind's pages have, on pages of several sites.
  const kinds = ['article', 'forum', 'product'] as const
  const examples: Example[] = Array.from({length: 18}, (_, i) => {
    const kind = kinds[i % 3] as PageType
    const features = new Map<string, number>([
      ['n:text', 5 + (i % 4)],
      [`w:${kind === 'forum' ? 'reply' : kind === 'product' ? 'cart' : 'said'}`, 1],
      ['w:the', 1]
    ])
    if (i % 2 === 0) features.set('c:post', Math.log1p(i))
    return {features, kind, domain: `site${i % 6}.example`}
  })

  it('is deterministic: the same examples give the same model, byte for byte', () => {
    const settings = {vocabulary: 10, minDomains: 2, l2: 0.05, iterations: 50, learningRate: 0.05, articleMargin: 0}
    const first = JSON.stringify(learnPageType(examples, PAGE_TYPES, settings))
    const second = JSON.stringify(learnPageType(examples, PAGE_TYPES, settings))
    expect(second).toBe(first)
  })

  it('keeps a word only when pages of enough sites have it, and every measure', () => {
    const few = examples.map((example, i) => (i === 0 ? {...example, features: new Map([...example.features, ['w:onesite', 1]])} : example))
    const names = selectFeatures(few, PAGE_TYPES, {vocabulary: 10, minDomains: 2})
    expect(names).toContain('n:text')
    expect(names).toContain('w:reply')
    expect(names).not.toContain('w:onesite')
  })
})
