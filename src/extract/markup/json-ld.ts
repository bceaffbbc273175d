/**
 * The article's JSON-LD (schema.org), the most explicit metadata a page has:
 * the first `Article`-like object of any `<script type="application/ld+json">`,
 * looked for in arrays and `@graph` lists. Broken JSON is skipped.
 */
import {blankControls} from '../../input/normalize.js'
import {tickDeadline} from '../../util/deadline.js'

/** What this package reads from an article's JSON-LD. */
export interface ArticleLd {
  headline: string | null
  /** The object's `name`, which some sites fill with the headline and others not. */
  name: string | null
  /** Names of the authors: `organization` when typed one, `person` when typed `Person` (a plain string is neither). */
  authors: {name: string; organization: boolean; person: boolean}[]
  datePublished: string | null
  dateModified: string | null
  publisher: string | null
  description: string | null
  image: string | null
  url: string | null
  inLanguage: string | null
}

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}
type JsonObject = {[key: string]: Json}

/** schema.org types that describe an article (CreativeWork subtypes used for stories and posts). */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting', 'discussionforumposting',
  'scholarlyarticle', 'techarticle', 'report', 'satiricalarticle', 'advertisercontentarticle', 'medicalscholarlyarticle', 'review'
])
/** Weaker: a web page object still names the headline and dates when no article object does. */
const PAGE_TYPES = new Set(['webpage', 'itempage', 'aboutpage', 'qapage', 'collectionpage'])
/** Objects visited per document, so hostile JSON cannot make the walk long. */
const MAX_OBJECTS = 2000

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function types(object: JsonObject): string[] {
  const type = object['@type']
  const list = Array.isArray(type) ? type : [type]
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase().replace(/^.*[/:]/, ''))
}

/**
 * A string of the JSON, trimmed, `null` when blank. Its escapes (`\u001b`)
 * can make the control characters that the page's text has had blanked
 * (blank-controls.ts): they are blanked here the same way.
 */
function stringOf(value: string): string | null {
  return blankControls(value).trim() || null
}

/**
 * Steps `firstOf` takes into a value (an array's first item, an object's
 * name or URL) before it gives up: a real graph needs two or three, and a
 * hostile one (a headline inside 20,000 brackets, issue 22) must neither
 * overflow the stack nor take long. The walk is a loop, not a recursion.
 */
const MAX_UNWRAP_STEPS = 16

/**
 * The first string found by unwrapping `value`: an array gives its first
 * item, an object the first of `keys` it has; `null` past MAX_UNWRAP_STEPS.
 */
function firstOf(value: Json | undefined, keys: readonly string[]): string | null {
  let current = value
  for (let step = 0; step < MAX_UNWRAP_STEPS; step++) {
    if (typeof current === 'string') return stringOf(current)
    if (Array.isArray(current)) current = current[0]
    else if (isObject(current)) {
      const object: JsonObject = current
      current = undefined
      for (const key of keys) {
        if (object[key] !== undefined && object[key] !== null) {
          current = object[key]
          break
        }
      }
    } else return null
  }
  return null
}

const TEXT_KEYS = ['name', '@value', 'url', '@id']
const URL_KEYS = ['url', 'contentUrl', '@id']

function text(value: Json | undefined): string | null {
  return firstOf(value, TEXT_KEYS)
}

function urlOf(value: Json | undefined): string | null {
  return firstOf(value, URL_KEYS)
}

/** Objects by `@id`, so that `{"@id": "#author"}` references resolve to the object named elsewhere in the graph. */
type Resolve = (value: Json | undefined) => Json | undefined

/** The `name` of a person or organisation (never its URL or id). */
function nameOf(value: Json | undefined, resolve: Resolve): string | null {
  let resolved = resolve(value)
  for (let step = 0; step < MAX_UNWRAP_STEPS && Array.isArray(resolved); step++) resolved = resolve(resolved[0])
  if (typeof resolved === 'string') return stringOf(resolved)
  if (isObject(resolved)) return text(resolved['name'])
  return null
}

function authorsOf(value: Json | undefined, resolve: Resolve): ArticleLd['authors'] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  const authors: ArticleLd['authors'] = []
  for (const raw of list) {
    const item = resolve(raw)
    if (typeof item === 'string') {
      const name = stringOf(item)
      if (name !== null) authors.push({name, organization: false, person: false})
    } else if (isObject(item)) {
      const name = text(item['name'])
      const kinds = types(item)
      if (name !== null) authors.push({name, organization: kinds.includes('organization') || kinds.includes('newsmediaorganization'), person: kinds.includes('person')})
    }
  }
  return authors
}

/** Every object in the JSON, breadth first, bounded. */
function objectsIn(root: Json): JsonObject[] {
  const found: JsonObject[] = []
  const queue: Json[] = [root]
  for (let i = 0; i < queue.length && found.length < MAX_OBJECTS; i++) {
    tickDeadline('metadata')
    const value = queue[i] as Json
    // One by one: a spread of a long array (130,000 items, issue 22) overflows the call stack.
    if (Array.isArray(value)) for (const item of value) queue.push(item)
    else if (isObject(value)) {
      found.push(value)
      const graph = value['@graph']
      if (graph !== undefined) queue.push(graph)
      const main = value['mainEntity']
      if (main !== undefined) queue.push(main)
    }
  }
  return found
}

function toArticle(object: JsonObject, resolve: Resolve): ArticleLd {
  return {
    headline: text(object['headline']) ?? text(object['name']),
    name: text(object['name']),
    authors: authorsOf(object['author'] ?? object['creator'], resolve),
    datePublished: text(object['datePublished']) ?? text(object['dateCreated']),
    dateModified: text(object['dateModified']),
    publisher: nameOf(object['publisher'], resolve) ?? nameOf(object['sourceOrganization'], resolve),
    description: text(object['description']),
    image: urlOf(object['image'] ?? object['thumbnailUrl']),
    url: urlOf(object['url']) ?? urlOf(object['mainEntityOfPage']),
    inLanguage: text(object['inLanguage'])
  }
}

// Pages wrap script bodies in CDATA sections or HTML comments for old XHTML parsers.
const WRAPPER_START = /^\s{0,200}(?:\/\/\s{0,20})?(?:<!\[CDATA\[|<!--)/
const WRAPPER_END = /(?:\/\/\s{0,20})?(?:\]\]>|-->)\s{0,200}$/

/** The JSON inside a script body, without a CDATA or comment wrapper. */
function unwrapScript(script: string): string {
  return script.replace(WRAPPER_START, '').replace(WRAPPER_END, '')
}

/** The objects of each script that parses as JSON, script by script; a script that does not is skipped. */
function* scriptObjects(scripts: readonly string[]): Generator<JsonObject[]> {
  for (const script of scripts) {
    let data: Json
    try {
      data = JSON.parse(unwrapScript(script)) as Json
    } catch {
      continue
    }
    yield objectsIn(data)
  }
}

/**
 * The question a Q&A page is about (its `mainEntity`): it names the thread,
 * its asker and the day it was asked, as an article object would. Only a
 * `QAPage`'s: an FAQ's questions are the page's furniture, not its subject.
 */
function questionOf(mainEntity: Json | undefined, resolve: Resolve): JsonObject | null {
  const main = resolve(Array.isArray(mainEntity) ? mainEntity[0] : mainEntity)
  return isObject(main) && types(main).includes('question') ? main : null
}

/**
 * Parse the page's JSON-LD blocks and return the article object, or the web
 * page object when there is no article; fields the article lacks are taken
 * from the page object (a `@graph` often splits them).
 *
 * @param scripts The text of each `application/ld+json` script, in page order.
 */
export function readJsonLd(scripts: readonly string[]): ArticleLd | null {
  let article: JsonObject | null = null
  let page: JsonObject | null = null
  let publisherName: string | null = null
  const byId = new Map<string, JsonObject>()
  const resolve: Resolve = (value) => {
    if (isObject(value) && typeof value['@id'] === 'string' && value['name'] === undefined) return byId.get(value['@id']) ?? value
    return value
  }
  for (const objects of scriptObjects(scripts)) {
    for (const object of objects) {
      const kinds = types(object)
      if (typeof object['@id'] === 'string' && object['name'] !== undefined && !byId.has(object['@id'])) byId.set(object['@id'], object)
      if (article === null && kinds.some((kind) => ARTICLE_TYPES.has(kind))) {
        article = object
        continue
      }
      // A QAPage's question is its article, and the QAPage stays the page
      // that fills what the question lacks (its URL, image, language).
      const question: JsonObject | null = article === null && kinds.includes('qapage') ? questionOf(object['mainEntity'], resolve) : null
      if (question !== null) article = question
      if (page === null && kinds.some((kind) => PAGE_TYPES.has(kind))) page = object
      else if (publisherName === null && (kinds.includes('organization') || kinds.includes('newsmediaorganization'))) publisherName = text(object['name'])
    }
  }
  const chosen = article ?? page
  if (chosen === null) return null
  const result = toArticle(chosen, resolve)
  if (article !== null && page !== null) {
    const fallback = toArticle(page, resolve)
    for (const key of Object.keys(result) as (keyof ArticleLd)[]) {
      if (key === 'authors') {
        if (result.authors.length === 0) result.authors = fallback.authors
      } else if (result[key] === null && key !== 'headline') result[key] = fallback[key]
    }
  }
  result.publisher ??= publisherName
  return result
}

/**
 * The `description` of the page's JSON-LD `Product` (or `ProductGroup`):
 * the shop's own statement of what it sells, there even where the visible
 * page loads the description with a script or hides it in a drawer.
 *
 * @param scripts The text of each `application/ld+json` script, in page order.
 * @returns The first product's description, or null.
 */
export function readProductDescription(scripts: readonly string[]): string | null {
  for (const objects of scriptObjects(scripts)) {
    for (const object of objects) {
      if (!types(object).some((kind) => PRODUCT_TYPES.has(kind))) continue
      const description = text(object['description'])
      if (description !== null) return description
    }
  }
  return null
}

/** schema.org types of a product page's item. */
const PRODUCT_TYPES: ReadonlySet<string> = new Set(['product', 'productgroup', 'productmodel', 'individualproduct'])
