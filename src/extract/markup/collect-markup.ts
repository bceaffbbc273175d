import type {Element, Root} from 'hast'
import {attribute, walk} from '../../segment/html/hast.js'

/** The metadata the page's markup states, gathered in one walk of the document. */
export interface MarkupHints {
  /** `<meta>` values by lower-cased `name`, `property` or `itemprop` (first value wins). */
  meta: Map<string, string>
  /** Every `<meta>` value of a repeatable key (`article:author`, `author`). */
  metaAll: Map<string, string[]>
  /** The `<title>` text. */
  title: string | null
  /** `<link rel="canonical">`. */
  canonical: string | null
  /** `<base href>`. */
  baseHref: string | null
  /** `lang` and `dir` of `<html>` (or `<body>`). */
  lang: string | null
  dir: string | null
  /** The text of each JSON-LD script. */
  jsonLd: string[]
  /** Elements with microdata `itemprop`s this package reads, by lower-cased property. */
  itemprops: Map<string, Element[]>
  /**
   * Elements whose `itemprop` is `datePublished` or `dateCreated`, in page
   * order: a Q&A thread marks its question `dateCreated` and each comment
   * below it `datePublished`, and the first of them dates the page.
   */
  itemDates: Element[]
  /**
   * Elements that mark a byline: `rel="author"`, `class`/`id` with "byline",
   * "author" or "username", links to an author's page, in document order, those that hold no other such element (the
   * name itself) before those that do (the box around it).
   */
  bylines: Element[]
  /** `<time>` elements with a `datetime`. */
  times: Element[]
  /**
   * Elements whose `class` or `id` marks a date ("post-date", "entry-date",
   * "published", "posted-on"), in document order: where a page writes its
   * date in words, with no `<time>` and nothing in the head.
   */
  dated: Element[]
  /** `<h1>` elements, in page order. */
  h1s: Element[]
}

const READ_ITEMPROPS = new Set(['headline', 'name', 'author', 'creator', 'datepublished', 'datemodified', 'datecreated', 'publisher', 'description', 'image', 'inlanguage'])
const REPEATABLE = new Set(['author', 'article:author', 'dc.creator', 'dc:creator', 'sailthru.author', 'parsely-author'])
// "author" but not "authority" (a library catalogue's `authority-control` box) nor "authorize".
const BYLINE_MARK = /byline|author(?!it|iz|is)|writtenby|dateline/
// A link to an author's page ("/author/jane-doe", "/authors/jane"): its text is the name.
const AUTHOR_PATH = /\/(?:authors?|writers?|contributors?)\/[^/?#]/i

/** Words of a class or id that name a date's element: "post-date", "entry_date", "datePublished", "posted-on". */
const DATE_WORDS = new Set(['date', 'pubdate', 'postdate', 'publishdate', 'entrydate', 'articledate', 'metadate', 'datetime', 'dateline', 'published', 'posted', 'postedon', 'timestamp'])
// A date of a change ("date-modified", "updated") is not the publication's; a compound word that
// starts with "date" names the date ("datePublished", "dateposted") unless it is a form's widget.
const CHANGE = /modif|updat|revis/
const WIDGET = /picker|range|select/

/**
 * Whether a `class` and `id` (lower-cased) mark an element that holds the
 * page's date: one of their words (split at spaces, `-` and `_`) is a date
 * word, or starts with "date" ("dateposted"), and none names a change.
 */
function marksDate(classes: string): boolean {
  if (!classes.includes('date') && !classes.includes('publish') && !classes.includes('posted') && !classes.includes('timestamp')) return false
  const words = classes.split(/[\s_-]+/)
  return !words.some((word) => CHANGE.test(word)) && words.some((word) => DATE_WORDS.has(word) || (word.startsWith('date') && !WIDGET.test(word)))
}

/** Append to the list under `key`, in place: copying it per element made pages with thousands of `itemprop`s quadratic. */
function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/**
 * Walk the whole document once and gather what its markup says about the
 * article: `<meta>` (OpenGraph, Twitter cards, Dublin Core, plain names),
 * `<title>`, `<link rel=canonical>`, `<base>`, `lang`/`dir`, JSON-LD scripts,
 * microdata `itemprop`s, byline-marked elements, `<time datetime>` and `<h1>`s.
 */
export function collectMarkup(tree: Root): MarkupHints {
  const hints: MarkupHints = {
    meta: new Map(),
    metaAll: new Map(),
    title: null,
    canonical: null,
    baseHref: null,
    lang: null,
    dir: null,
    jsonLd: [],
    itemprops: new Map(),
    itemDates: [],
    bylines: [],
    times: [],
    dated: [],
    h1s: []
  }
  // The nearest byline-marked element above each node inside one, so that a
  // box of byline elements is known to hold them (one step per node).
  const markAbove = new Map<Element, Element>()
  const marked = new Set<Element>()
  const boxes = new Set<Element>()
  walk(tree, (node, parent) => {
    if (node.type !== 'element') return false
    const element = node
    switch (element.tagName) {
      case 'html':
      case 'body':
        hints.lang ??= attribute(element, 'lang') ?? attribute(element, 'xmlLang')
        hints.dir ??= attribute(element, 'dir')
        break
      case 'meta': {
        const key = (attribute(element, 'property') ?? attribute(element, 'name') ?? attribute(element, 'itemProp') ?? attribute(element, 'httpEquiv'))?.toLowerCase()
        const content = attribute(element, 'content')
        if (key && content !== null && content.trim() !== '') {
          for (const one of key.split(/\s+/)) {
            if (!hints.meta.has(one)) hints.meta.set(one, content.trim())
            if (REPEATABLE.has(one)) pushTo(hints.metaAll, one, content.trim())
          }
        }
        break
      }
      case 'title':
        hints.title ??= element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
        return false
      case 'link': {
        const rel = attribute(element, 'rel')?.toLowerCase() ?? ''
        if (rel.split(/\s+/).includes('canonical')) hints.canonical ??= attribute(element, 'href')
        break
      }
      case 'base':
        hints.baseHref ??= attribute(element, 'href')
        break
      case 'script': {
        const type = attribute(element, 'type')?.toLowerCase() ?? ''
        if (type.includes('ld+json')) hints.jsonLd.push(element.children.map((child) => (child.type === 'text' ? child.value : '')).join(''))
        return false
      }
      case 'style':
      case 'template':
        return false
      case 'time':
        if (attribute(element, 'dateTime')) hints.times.push(element)
        break
      case 'h1':
        hints.h1s.push(element)
        break
      default:
        break
    }
    const itemprop = attribute(element, 'itemProp')
    if (itemprop !== null) {
      for (const name of itemprop.toLowerCase().split(/\s+/)) {
        if (READ_ITEMPROPS.has(name)) pushTo(hints.itemprops, name, element)
        if (name === 'datepublished' || name === 'datecreated') hints.itemDates.push(element)
      }
    }
    const rel = attribute(element, 'rel')
    const classes = `${attribute(element, 'className') ?? ''} ${attribute(element, 'id') ?? ''}`.toLowerCase()
    const above = parent.type === 'element' ? (marked.has(parent) ? parent : markAbove.get(parent)) : undefined
    if (above !== undefined) markAbove.set(element, above)
    const authorLink = element.tagName === 'a' && AUTHOR_PATH.test(attribute(element, 'href') ?? '')
    // A forum post's author is a class token "username" ("bigusername", "ipsUsername"); a login
    // form's "username-sign-in" box or a field's id is not.
    // `classes` holds the class lower-cased already: most elements have no "username" in it and skip the split.
    const username = classes.includes('username') && (attribute(element, 'className') ?? '').toLowerCase().split(/\s+/).some((token) => token.endsWith('username'))
    if (marksDate(classes)) hints.dated.push(element)
    if ((rel !== null && rel.toLowerCase().split(/\s+/).includes('author')) || BYLINE_MARK.test(classes) || authorLink || username) {
      hints.bylines.push(element)
      marked.add(element)
      if (above !== undefined) boxes.add(above)
    }
    return true
  })
  hints.bylines = [...hints.bylines.filter((element) => !boxes.has(element)), ...hints.bylines.filter((element) => boxes.has(element))]
  return hints
}
