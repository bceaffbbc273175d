import type {Element} from 'hast'
import {hostLabel} from '../site-name.js'
import {squash} from '../../util/squash.js'
import type {Author, Direction, PageType} from '../../types.js'
import {tidyWhitespace} from '../../util/whitespace.js'
import {attribute, textOf} from '../../segment/html/hast.js'
import {resolveUrl} from '../../util/safe-url.js'
import {mergeAuthors, splitAuthorNames} from './author-names.js'
import type {MarkupHints} from './collect-markup.js'
import {normalizeDate} from './normalize-date.js'
import {extractPublishedAt} from '../date-in-lines.js'
import {readJsonLd} from './json-ld.js'
import {AUTHOR_LABELS, BY_VERBS, BY_WORDS} from '../../util/bylines.js'
import {decodeLeftReferences} from './entities.js'
import {bannerSiteNames, dropPipeTail, headingExtendsTitle, stripAuthorName, stripSiteName, threadTitle, visibleHeadline} from './tidy-title.js'

/** The metadata an HTML page states, cross-checked. `null` where the page says nothing usable. */
export interface HtmlMetadata {
  title: string | null
  authors: Author[]
  publishedAt: string | null
  modifiedAt: string | null
  siteName: string | null
  /** ISO 639-1 (primary subtag) from the markup, or null: then the body's text decides. */
  language: string | null
  direction: Direction | null
  excerpt: string | null
  canonicalUrl: string | null
  image: string | null
  /** The base for relative URLs: `<base href>` resolved against the page URL. */
  base: string | null
}

/** What the block stages found in the article region, used when the markup is silent. */
export interface RegionFindings {
  /** Authors from byline, bio and handle lines the rules removed. */
  authors: Author[]
  /** A date from the removed date and byline lines. */
  publishedAt: string | null
  /** The headline block the text path would choose, if any. */
  title: string | null
  /** The text of the region's first heading, if any: the page's own heading on a documentation site. */
  heading: string | null
  /** Whether an element lies in the article container (or its header just above it). */
  inRegion: (element: Element) => boolean
  /** Whether an element lies in pruned furniture (related stories, sidebars): never a source of metadata. */
  inFurniture: (element: Element) => boolean
  /**
   * Whether an element stands after the headline and before the body's first
   * paragraph: the article's own header, whose byline counts even where the
   * pruning took the box around it for a share bar.
   */
  inArticleHeader: (headline: Element, element: Element) => boolean
  /** The date the page shows beside a headline (see `headerDateFinder`), or null. */
  headerDate?: (headline: Element, language: string | null) => string | null
  /** The names on a byline line beside a headline (see `headerBylineFinder`). */
  headerByline?: (headline: Element, siteName: string | null) => string[]
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    if (value === null || value === undefined) continue
    const tidy = tidyWhitespace(decodeLeftReferences(value))
    if (tidy !== '') return tidy
  }
  return null
}

/**
 * "Site - Tagline" → "Site", when the first part names the URL's host or the
 * rest is long ("Aktuálně.cz - Víte, co se právě děje").
 */
function siteWithoutTagline(name: string, url: string | null): string {
  const parts = name.split(/\s[-–—|:]\s/)
  if (parts.length < 2) return name
  const head = (parts[0] as string).trim()
  const host = hostLabel(url)
  const key = squash(head)
  if ((host !== null && key.includes(host)) || parts.slice(1).join(' ').split(' ').length >= 3) return head
  return name
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))
}

/**
 * JSON-LD `headline` and `name` differ on some sites (an encyclopedia puts a
 * description in `headline`): take the one closer to the `<title>`.
 */
function pickHeadline(headline: string | null, name: string | null, documentTitle: string | null, siteKeys: ReadonlySet<string>): string | null {
  // A `name` that is the publisher's is no headline (corpus: aktualne).
  if (name !== null && siteKeys.has(squash(name))) return headline
  if (headline === null || name === null || headline === name || documentTitle === null) return headline ?? name
  const title = words(documentTitle)
  const share = (text: string): number => {
    const own = words(text)
    let common = 0
    for (const word of own) if (title.has(word)) common++
    return own.size === 0 ? 0 : common / own.size
  }
  return share(name) > share(headline) ? name : headline
}

/** The text of a microdata property: `content`, `datetime`, or the element's text. */
function itempropValue(element: Element): string | null {
  return attribute(element, 'content') ?? attribute(element, 'dateTime') ?? (tidyWhitespace(textOf(element)) || null)
}

function primaryLanguage(tag: string | null): string | null {
  if (tag === null) return null
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return /^[a-z]{2,3}$/.test(primary) ? primary : null
}

/** Microdata dates read at most: a thread marks every comment's, and only the first few can be the page's. */
const MAX_ITEM_DATES = 10
/** Elements marked as a date that are read, the article's header first: the first dates of a page are its own. */
const MAX_DATED_ELEMENTS = 3
/** Date-marked elements looked at, whatever their length. */
const MAX_DATED_LOOKED = 10
/** Longer than this, a date-marked element is a box around more than the date (a whole post). */
const MAX_DATED_CHARS = 100

/**
 * The date written in the first elements whose class marks a date ("Posted
 * on March 30, 2023" in `<span class="author__meta-date">`), where the page
 * gives it in words only: no `<time>`, nothing in the head (WCXB dev pages of
 * many sites). Only a whole date is taken (see `extractPublishedAt`).
 */
function markedDate(elements: readonly Element[], language: string | null): string | null {
  const texts: string[] = []
  // A bounded look: a page of dated comments marks hundreds, and a box around a post is read whole.
  for (const element of elements.slice(0, MAX_DATED_LOOKED)) {
    const text = tidyWhitespace(textOf(element))
    if (text !== '' && text.length <= MAX_DATED_CHARS) texts.push(text)
    if (texts.length === MAX_DATED_ELEMENTS) break
  }
  return extractPublishedAt(texts, language)
}

/**
 * The site's name where the page states it as the author (JSON-LD `author`,
 * an author `<meta>`): whole, as the site writes it ("Mac & i" is one name).
 *
 * @param stated The author values the page states, in order of trust.
 * @param siteNames What the site is called.
 * @returns The one name, or none when no stated author is the site.
 */
function siteAsAuthor(stated: readonly string[], siteNames: readonly (string | null)[]): string[] {
  const keys = new Set(siteNames.filter((name): name is string => name !== null).map(squash).filter((key) => key.length > 1))
  for (const value of stated) {
    const name = tidyWhitespace(decodeLeftReferences(value))
    if (name !== '' && keys.has(squash(name))) return [name]
  }
  return []
}

/** Labelled rows a Twitter card may carry (`twitter:label1` and `twitter:data1`, …). */
const CARD_ROWS = 4
// "Written by", "Author", "Autor": the labels of a card's row that names the author.
const CARD_AUTHOR_LABELS = new Set([...BY_VERBS.map((verb) => `${verb} by`), ...BY_WORDS, ...AUTHOR_LABELS])

/**
 * The author a Twitter card's labelled row names: WordPress's SEO plugins
 * write `twitter:label1` "Written by" and the author in `twitter:data1`
 * (other rows hold a reading time). On WCXB dev it names the reference's
 * author on 7 pages where nothing else on the page is read as a byline.
 */
function cardAuthor(meta: (key: string) => string | null): string | null {
  for (let row = 1; row <= CARD_ROWS; row++) {
    const raw = meta(`twitter:label${row}`)?.trim().toLowerCase()
    const label = raw?.endsWith(':') === true ? raw.slice(0, -1).trim() : raw
    const data = meta(`twitter:data${row}`)?.trim()
    if (label !== undefined && CARD_AUTHOR_LABELS.has(label) && data !== undefined && data !== '') return data
  }
  return null
}

/**
 * Kinds of page whose title is the name of the thing shown, which the page's
 * `<h1>` states and its `<title>` dresses for search engines ("Bike Locks" for
 * "Bike Locks & Security | Bicycle Locks"): there the visible heading is the
 * title. An article keeps its metadata headline, as Readability and the
 * Readability corpus's references do (docs/evaluation.md, "Metadata"),
 * unless the metadata itself states the heading (`HEADING_SETTLES`).
 */
const NAMED_BY_HEADING: ReadonlySet<PageType> = new Set(['product', 'collection', 'listing'])
/*
 * HEADING_SETTLES. Where the `og:title` or the JSON-LD headline states the
 * page's visible `<h1>` and the title chosen from the metadata words it
 * otherwise (a `<title>` written for search engines beside a social card
 * that repeats the heading), the page has told two stories and the one its
 * reader sees is taken. On WCXB dev (HTML, kind guessed) that takes 35
 * titles the reference agrees with and loses 9, and every fold of the
 * domains gains (4, 8, 4, 3, 7). A service page is left out: its `<h1>` is
 * the hero's slogan, which its social card repeats, and its name is the
 * `<title>` (6 lost there, none gained). The Readability corpus has no page
 * where it applies and changes nothing.
 */
const BYLINE_MAX_CHARS = 150
/** More authors marked one element each than this are the posts of a thread, not an article's byline. */
const MAX_MARKED_AUTHORS = 4
// Dublin Core first: it names the creator on purpose, where `author` is often a CMS default.
const META_AUTHOR_KEYS = ['dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms.creator', 'author', 'article:author_name', 'article:author', 'parsely-author', 'sailthru.author', 'byl']
// "Example Media Inc." → "Example Media": the legal form is not the name readers know.
const LEGAL_SUFFIX = /,?\s(?:inc|llc|ltd|gmbh|s\.a|corp|plc|co)\.?$/i

/**
 * Settle the page's metadata: JSON-LD first (the most explicit), then
 * OpenGraph, Twitter cards and other `<meta>`, then microdata and the
 * visible byline and `<time>` in the article region, then what the block
 * rules found. The title loses a " | Site" suffix; authors are names only.
 */
export function resolveHtmlMetadata(hints: MarkupHints, url: string | null, found: RegionFindings, pageType: PageType = 'article'): HtmlMetadata {
  const ld = readJsonLd(hints.jsonLd)
  const meta = (key: string): string | null => hints.meta.get(key) ?? null
  const inRegion = (elements: readonly Element[] | undefined): Element[] => (elements ?? []).filter(found.inRegion)
  // In the region first; then anywhere that is not furniture (a page header above the container).
  const preferRegion = (elements: readonly Element[] | undefined): Element[] => {
    const list = elements ?? []
    return [...list.filter(found.inRegion), ...list.filter((element) => !found.inRegion(element) && !found.inFurniture(element))]
  }
  const prop = (name: string): string | null => {
    const elements = hints.itemprops.get(name)
    const inside = inRegion(elements)[0] ?? elements?.find((element) => element.tagName === 'meta')
    return inside ? itempropValue(inside) : null
  }

  // A `<base href>` no browser would follow (`javascript:`, blank) leaves the page's own URL as the base.
  const base = hints.baseHref !== null ? (resolveUrl(hints.baseHref, url) ?? url) : url
  const rawSite = first(ld?.publisher, meta('og:site_name'), meta('application-name'), meta('publisher'), meta('dc.publisher'))
  const siteName = rawSite === null ? null : siteWithoutTagline(rawSite.replace(LEGAL_SUFFIX, ''), url)
  const siteNames = [siteName, meta('og:site_name'), meta('application-name'), hostLabel(url), hostLabel(first(hints.canonical, meta('og:url')))].filter(
    (name): name is string => name !== null
  )

  const h1Texts = inRegion(hints.h1s).map((h1) => tidyWhitespace(textOf(h1)))
  const allH1 = hints.h1s.map((h1) => tidyWhitespace(textOf(h1)))
  // The order Readability made common: explicit metadata (Dublin Core before
  // OpenGraph, both before Twitter and Parse.ly), then microdata, `<title>`, `<h1>`.
  // A title that is only the site's name is the site's, not the story's (corpus yahoo-2: its
  // og:title is the site's application name).
  const siteKeys = new Set([rawSite, siteName, ld?.publisher].filter((name): name is string => typeof name === 'string').map(squash).filter(Boolean))
  const headline = pickHeadline(ld?.headline ?? null, ld?.name ?? null, hints.title, siteKeys)
  const notSite = (text: string | null | undefined): string | null => (text === null || text === undefined || siteKeys.has(squash(text)) ? null : text)
  const candidates = [
    headline,
    meta('dc:title'),
    meta('dc.title'),
    meta('dcterm:title'),
    meta('og:title'),
    meta('weibo:article:title'),
    meta('title'),
    meta('twitter:title'),
    meta('parsely-title'),
    prop('headline'),
    hints.title,
    allH1[0],
    found.title
  ]
  const rawTitle = first(...candidates.map(notSite)) ?? first(...candidates)
  // A book's or documentation site's name in its banner's <h1>, beside the page's own heading in the title.
  const banner = rawTitle === null ? [] : bannerSiteNames(rawTitle, hints.h1s.filter(found.inFurniture).map((h1) => tidyWhitespace(textOf(h1))), [found.title, found.heading].filter((t): t is string => t !== null))
  const others = [...h1Texts, ...allH1, meta('og:title'), meta('twitter:title'), ld?.headline].filter((t): t is string => t !== null && t !== undefined && t !== '' && !banner.includes(t))
  const metaTitle = rawTitle === null ? null : stripSiteName(rawTitle, [...siteNames, ...banner], others.filter((t) => t !== rawTitle)) || null
  // The article's own <h1> first, then any outside the furniture.
  const headings = [...h1Texts, ...hints.h1s.filter((h1) => !found.inRegion(h1) && !found.inFurniture(h1)).map((h1) => tidyWhitespace(textOf(h1)))]
  const statements = [meta('og:title'), ld?.headline].filter((t): t is string => t !== null && t !== undefined).map((t) => tidyWhitespace(decodeLeftReferences(t)))
  const visible = metaTitle === null ? null : visibleHeadline(metaTitle, headings, statements, [...siteNames, ...banner])
  const chosen = NAMED_BY_HEADING.has(pageType) ? (visible ?? metaTitle) : pageType === 'forum' && metaTitle !== null ? threadTitle(metaTitle) : metaTitle
  // A heading that states the whole metadata title and goes on is the fuller headline; and where the
  // metadata words the headline twice, the wording the page shows settles it (see `HEADING_SETTLES`).
  // Only a heading in other words: where the two differ in quotes or dashes alone, the metadata's are kept.
  const reworded = visible !== null && metaTitle !== null && squash(visible) !== squash(metaTitle)
  // The statement without the site's name around it: a book's banner heading is a part of its title, not the headline.
  const settles = reworded && pageType !== 'service' && statements.some((statement) => squash(stripSiteName(statement, [...siteNames, ...banner], [])).includes(squash(visible)))
  const title = chosen !== null && chosen === metaTitle && visible !== null && (headingExtendsTitle(metaTitle, visible) || settles) ? visible : chosen

  const language = primaryLanguage(first(hints.lang, meta('content-language'), meta('language'), meta('dc.language'), ld?.inLanguage, meta('og:locale')))
  const dir = hints.dir?.toLowerCase()
  const direction: Direction | null = dir === 'rtl' ? 'rtl' : dir === 'ltr' ? 'ltr' : null

  // The headline's element: what stands between it and the body is the article's own header.
  const titleKey = title === null ? null : squash(title)
  // The visible headline's element where the title is the metadata's own wording of it.
  const visibleKey = visible === null ? null : squash(visible)
  const headlineElement =
    hints.h1s.find((h1) => squash(textOf(h1)) === titleKey) ?? hints.h1s.find((h1) => visibleKey !== null && squash(textOf(h1)).startsWith(visibleKey)) ?? inRegion(hints.h1s)[0] ?? null
  // The article's header first, then the region, then anywhere that is not furniture.
  const ranked = (elements: readonly Element[] | undefined): Element[] => {
    const list = elements ?? []
    const header = headlineElement === null ? [] : list.filter((element) => found.inArticleHeader(headlineElement, element))
    return [...header, ...preferRegion(list).filter((element) => !header.includes(element))]
  }

  const ldAuthors = ld?.authors ?? []
  // On a forum the author markup names posters, whose usernames may hold digits.
  const handle = pageType === 'forum'
  let names = ldAuthors.filter((author) => !author.organization).flatMap((author) => splitAuthorNames(decodeLeftReferences(author.name), {siteName, person: author.person, handle}))
  if (names.length === 0) {
    for (const key of META_AUTHOR_KEYS) {
      const values = [...new Set(hints.metaAll.get(key) ?? (meta(key) === null ? [] : [meta(key) as string]))].filter((value) => !/^https?:/i.test(value))
      // One <meta> per author (Dublin Core's "Jong, Michiel de"): each value is one name.
      names = values.flatMap((value) => splitAuthorNames(decodeLeftReferences(value), {siteName, single: values.length > 1}))
      if (names.length > 0) break
    }
  }
  if (names.length === 0) {
    const marked = hints.itemprops.get('author') ?? []
    // Many authors marked one by one are a thread's posts: the first post's, in page order, is the thread's.
    const authorProps = marked.length > MAX_MARKED_AUTHORS ? marked.filter((element) => !found.inFurniture(element)).slice(0, 1) : ranked(marked).concat(ranked(hints.itemprops.get('creator')))
    names = authorProps.flatMap((element) => {
      const named = element.children.length > 0 ? tidyWhitespace(textOf(element)) : attribute(element, 'content') ?? ''
      return named.length <= BYLINE_MAX_CHARS ? splitAuthorNames(named, {siteName, handle}) : []
    })
  }
  if (names.length === 0) {
    for (const element of ranked(hints.bylines)) {
      const text = tidyWhitespace(textOf(element))
      if (text === '' || text.length > BYLINE_MAX_CHARS) continue
      names = splitAuthorNames(text, {siteName, handle})
      if (names.length > 0) break
    }
  }
  if (names.length === 0 && headlineElement !== null) names = found.headerByline?.(headlineElement, siteName) ?? []
  if (names.length === 0) {
    // Last of the people: a card's "Written by" row, which an SEO plugin fills from the post's author
    // account (so after the page's own byline: it may be an editor's login where the page names the writer).
    const labelled = cardAuthor(meta)
    if (labelled !== null) names = splitAuthorNames(decodeLeftReferences(labelled), {siteName, handle})
  }
  if (names.length === 0) {
    // An organisation that is not the site itself is the author when no person is named: a news
    // agency, or "Contributors to Wikimedia projects" (corpus: wikipedia-2).
    const sites = [...siteNames, ld?.publisher ?? ''].map(squash).filter((key) => key.length > 1)
    names = ldAuthors
      .filter((author) => author.organization && !sites.some((site) => site.includes(squash(author.name)) || squash(author.name).includes(site)))
      .flatMap((author) => splitAuthorNames(author.name, {siteName, single: true}))
  }
  if (names.length === 0) {
    // Last, the site itself where the page states it as the author, in JSON-LD or an author
    // `<meta>`, and no person is named anywhere: a company's blog post or a personal site
    // whose name is its owner's (WCXB dev: 19 pages whose reference is that name). The
    // site's name is never taken from anywhere else.
    names = siteAsAuthor([...ldAuthors.map((author) => author.name), ...META_AUTHOR_KEYS.flatMap((key) => hints.metaAll.get(key) ?? [meta(key) ?? ''])], [rawSite, ...siteNames])
  }

  const authors = mergeAuthors(names.filter((name, i) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i), found.authors)

  const timeInRegion = inRegion(hints.times)[0]
  // The first date of the thing, whichever of the two it is marked (see `itemDates`), in page order
  // outside the furniture: a question's "Asked" line stands above the container that holds its posts.
  const itemDate = (): string | null => {
    const elements = [...hints.itemDates.filter((element) => element.tagName !== 'meta' && !found.inFurniture(element)), ...hints.itemDates.filter((element) => element.tagName === 'meta')]
    for (const element of elements.slice(0, MAX_ITEM_DATES)) {
      const date = normalizeDate(itempropValue(element), language)
      if (date !== null) return date
    }
    return null
  }
  // Outside the region last: a page header's `<time>` above the container, never a sidebar's.
  const timeOutside = preferRegion(hints.times)[0]
  const publishedAt =
    normalizeDate(ld?.datePublished, language) ??
    normalizeDate(first(meta('article:published_time'), meta('og:published_time'), meta('article:published'), meta('published_time'), meta('datepublished')), language) ??
    itemDate() ??
    normalizeDate(first(meta('date'), meta('dc.date'), meta('dc.date.issued'), meta('dcterms.date'), meta('dcterms.created'), meta('pubdate'), meta('publishdate'), meta('publish-date'), meta('sailthru.date'), meta('parsely-pub-date'), meta('article.published')), language) ??
    normalizeDate(timeInRegion ? attribute(timeInRegion, 'dateTime') : null, language) ??
    (headlineElement === null ? null : (found.headerDate?.(headlineElement, language) ?? null)) ??
    markedDate(ranked(hints.dated), language) ??
    found.publishedAt ??
    normalizeDate(timeOutside ? attribute(timeOutside, 'dateTime') : null, language)
  const modifiedAt =
    normalizeDate(ld?.dateModified, language) ??
    normalizeDate(first(meta('article:modified_time'), meta('og:updated_time'), meta('dateModified'.toLowerCase()), meta('last-modified')), language) ??
    normalizeDate(prop('datemodified'), language)

  const canonical = first(hints.canonical, meta('og:url'), ld?.url)
  const image = first(meta('og:image'), meta('og:image:url'), meta('og:image:secure_url'), meta('twitter:image'), meta('twitter:image:src'), ld?.image, prop('image'))
  // A title whose end named its author had that slot where others name the site: the part left is
  // the author's own wording, pipe and all (corpus 001, "Post | Code | Jane Doe"). Other titles lose a pipe's tail.
  const withoutAuthor = title === null ? null : stripAuthorName(title, authors.map((author) => author.name))
  return {
    title: withoutAuthor === null || withoutAuthor !== title ? withoutAuthor : dropPipeTail(withoutAuthor),
    authors,
    publishedAt,
    modifiedAt,
    siteName,
    language,
    direction,
    excerpt: first(ld?.description, meta('og:description'), meta('description'), meta('twitter:description')),
    canonicalUrl: canonical === null ? null : resolveUrl(canonical, base),
    image: image === null ? null : resolveUrl(image, base),
    base
  }
}
