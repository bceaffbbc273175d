import {squash} from '../../util/squash.js'
import {tidyWhitespace} from '../../util/whitespace.js'

/** Separators between a headline and the site's name in `<title>` and `og:title`. */
const SEPARATOR = /\s(?:\||-|–|—|::|·|•|»|\/|:)\s/gu
const MIN_HEADLINE_WORDS = 3

/** Whether `part` names the site: its name, or its host's label ("The Verge" and theverge.com). */
function namesSite(part: string, siteNames: readonly string[]): boolean {
  const key = squash(part)
  if (key.length < 2) return false
  return siteNames.some((name) => {
    const site = squash(name)
    // The part is the site's name, or a piece of it ("Nightly News" of
    // "Firefox Nightly News"), or the name with a little more ("V8 blog");
    // a headline that merely mentions the site is none of these.
    return site.length >= 2 && (site === key || (key.length >= 4 && site.includes(key)) || (key.includes(site) && key.length <= site.length + 6))
  })
}

/**
 * A headline without the site's name around it: "Headline | Site",
 * "Site - Headline", "Headline - Section - Site". A part is cut only when it
 * names the site (its `og:site_name`, publisher or host), or when another
 * source of the headline (an `<h1>`, `og:title`) agrees with what is left:
 * "Jane Doe: My year in Rome" keeps its colon.
 *
 * @param raw The title as the page gives it.
 * @param siteNames What the site is called (may be empty).
 * @param others Other statements of the headline (`<h1>` texts, `og:title`).
 */
export function stripSiteName(raw: string, siteNames: readonly string[], others: readonly string[]): string {
  const title = tidyWhitespace(raw)
  const parts = titleParts(title)
  if (parts.length === 1) return title
  const otherKeys = new Set(others.map(squash).filter((key) => key.length > 0))
  // A run of the parts that another source states exactly is the headline
  // (the longest such run, and never one that names the site).
  for (let length = parts.length - 1; length >= 1; length--) {
    for (let start = 0; start + length <= parts.length; start++) {
      const end = start + length
      const candidate = title.slice(offsetOf(title, parts, start), offsetOf(title, parts, end - 1) + (parts[end - 1] as string).length)
      if (otherKeys.has(squash(candidate)) && !namesSite(candidate, siteNames)) return candidate
    }
  }
  let from = 0
  let to = parts.length
  while (to - from > 1 && namesSite(parts[to - 1] as string, siteNames)) to--
  while (to - from > 1 && namesSite(parts[from] as string, siteNames)) from++
  if (from === 0 && to === parts.length) return title
  const kept = title.slice(offsetOf(title, parts, from), offsetOf(title, parts, to - 1) + (parts[to - 1] as string).length)
  return kept.split(' ').length >= MIN_HEADLINE_WORDS || from > 0 || to < parts.length ? kept : title
}

// A part of a thread's `<title>` that names the forum or one of its boards: "Arch Linux Forums",
// "Doom9's Forum", "Flarum Community", "Arch Discussion", phpBB's "View topic".
// It must end with the word: a thread's own title may hold one ("Motor driver board not
// working", "How to join the discussion?") and must not be taken for the forum.
const FORUM_PART = /\b(?:forums?|communit(?:y|ies)|discussions?|boards?)\s*$|\bview topic\b/iu

/**
 * A forum thread's title without the forum around it: forum software puts
 * the forum's name and its boards after the thread's title ("Thread / Arch
 * Discussion / Arch Linux Forums", "Thread - Doom9's Forum") or before it
 * ("Site • View topic - Thread"). Where a part names a forum (ends with
 * "Forum", "Community", "Discussion", "Board", or is "View topic"), the longest
 * run of parts that name none is the thread's title (a board not named as one,
 * "Thread - Newbie Corner - Forums", stays with it).
 *
 * @param title The title, already without the site's name.
 * @returns The thread's title.
 */
export function threadTitle(title: string): string {
  const parts = titleParts(title)
  if (!parts.some((part) => FORUM_PART.test(part))) return title
  let best: string | null = null
  for (let from = 0; from < parts.length; from++) {
    if (FORUM_PART.test(parts[from] as string)) continue
    let to = from
    while (to + 1 < parts.length && !FORUM_PART.test(parts[to + 1] as string)) to++
    const run = title.slice(offsetOf(title, parts, from), offsetOf(title, parts, to) + (parts[to] as string).length)
    if (best === null || run.length > best.length) best = run
    from = to
  }
  return best ?? title
}

/** The parts of a title between its separators ("Headline | Site" → "Headline", "Site"). */
function titleParts(title: string): string[] {
  const parts: string[] = []
  let last = 0
  for (const match of title.matchAll(SEPARATOR)) {
    parts.push(title.slice(last, match.index))
    last = match.index + match[0].length
  }
  parts.push(title.slice(last))
  return parts
}

/**
 * The banner headings that name the site: an online book or a documentation
 * site puts its own name in an `<h1>` of its menu bar or banner, gives each
 * page's heading lower down (often an `<h2>`), and titles the page
 * "Chapter - Book". Where one part of the `<title>` is such a banner heading
 * and another is the page's own heading, the banner's part is the site's
 * name, not the headline (corpus: the Rust book, an mdBook; qubit.guide, a
 * bookdown book). Without the page's heading in the title, nothing is
 * decided: a news page whose banner repeats its headline keeps it.
 *
 * @param raw The title as the page gives it.
 * @param banner Texts of the `<h1>`s outside the article (in pruned furniture).
 * @param own The page's own heading(s) in the article region.
 * @returns The banner texts that are the site's name in this title.
 */
export function bannerSiteNames(raw: string, banner: readonly string[], own: readonly string[]): string[] {
  const parts = new Set(titleParts(tidyWhitespace(raw)).map(squash))
  const ownKeys = new Set(own.map(squash).filter((key) => key.length > 0))
  if (parts.size < 2 || ![...ownKeys].some((key) => parts.has(key))) return []
  return banner.filter((text) => {
    const key = squash(text)
    return key.length > 0 && parts.has(key) && !ownKeys.has(key)
  })
}

/** Where part `index` starts in the title (parts are in order, found by searching forward). */
function offsetOf(title: string, parts: readonly string[], index: number): number {
  let offset = 0
  for (let i = 0; i < index; i++) {
    offset = title.indexOf(parts[i] as string, offset) + (parts[i] as string).length
  }
  return title.indexOf(parts[index] as string, offset)
}

/**
 * A headline without its author's name at either end: "Headline | Jane Doe",
 * as a personal site's `<title>` puts its owner where others put the site
 * (corpus 001). Only a whole part equal to an author's name is cut, and only
 * when at least three words remain.
 *
 * @param title The title, already without the site's name.
 * @param authors The authors' names.
 * @returns The title without the author's part, or as it was.
 */
export function stripAuthorName(title: string, authors: readonly string[]): string {
  const keys = new Set(authors.map(squash).filter((key) => key.length > 1))
  if (keys.size === 0) return title
  const separators = [...title.matchAll(SEPARATOR)]
  const last = separators[separators.length - 1]
  const firstSeparator = separators[0]
  if (last !== undefined && keys.has(squash(title.slice(last.index + last[0].length)))) {
    const kept = title.slice(0, last.index)
    if (kept.split(' ').length >= MIN_HEADLINE_WORDS) return kept
  }
  if (firstSeparator !== undefined && keys.has(squash(title.slice(0, firstSeparator.index)))) {
    const kept = title.slice(firstSeparator.index + firstSeparator[0].length)
    if (kept.split(' ').length >= MIN_HEADLINE_WORDS) return kept
  }
  return title
}

/** Fewer words than this before a pipe, and the pipe is kept: "Home | Site" says nothing shorter. */
const MIN_WORDS_BEFORE_PIPE = 2

/**
 * A title without what follows its first pipe, once the site's name is off:
 * a pipe is not punctuation a headline uses, and what a `<title>` or
 * `og:title` puts after one is for search engines: a section ("| Opinion"),
 * a slogan ("| Top 19 Companies", "| Python, SQL & AI"), a name of the site
 * the page does not declare ("| Rust Blog", "| Newegg.com"). On WCXB dev the
 * reference is the part before the pipe in 27 of the titles that still held
 * one, and the whole title in 4 (docs/evaluation.md, "Metadata").
 *
 * @param title The title, already without the site's name.
 * @returns The part before the first " | ", or the title when too little would be left.
 */
export function dropPipeTail(title: string): string {
  const at = title.indexOf(' | ')
  if (at < 0) return title
  const head = title.slice(0, at).trim()
  return head.split(' ').filter(Boolean).length >= MIN_WORDS_BEFORE_PIPE ? head : title
}

/**
 * Whether the visible heading states the metadata title whole and goes on:
 * the metadata was cut short ("…how to set up your monitor, laptop, and k",
 * "Wedding Checklist Wedding Planning Checklists Wedding Timeline…") or
 * left out the end the heading gives ("House Renovation Costs in the Bay
 * Area" for "…: Room-by-Room Breakdown"). The reader sees the longer one.
 *
 * @param title The title from the metadata.
 * @param heading The heading that agrees with it (see `visibleHeadline`).
 */
export function headingExtendsTitle(title: string, heading: string): boolean {
  // Letters and digits only, so that an ellipsis or a cut word leaves a prefix.
  const key = squash(title)
  const own = squash(heading)
  return key.length > 0 && own.length > key.length && own.startsWith(key)
}

/** Share of a heading's words that the metadata title must hold for the heading to be the same headline. */
const MIN_HEADING_WORDS_IN_TITLE = 0.5
/** Longer than this, an `<h1>` is a lead or a whole header, not a headline. */
const MAX_HEADING_CHARS = 200
// A permalink mark a documentation generator puts after a heading ("Quickstart¶").
const PERMALINK_MARK = /\s?[¶§🔗]$|\s#$/u

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))
}

/**
 * The page's visible headline where it states the metadata title in other
 * words: the `<h1>` a reader sees is the headline, and the `<title>`,
 * `og:title` or JSON-LD headline is often a search-engine variant of it
 * ("2025 Plumbing Price Guide: Average Rates" for the heading "Plumbing
 * Pricing Guide 2025: Learn Average Rates…"), or the same words with a
 * slogan or a section added. The first heading at least half of whose words
 * the title holds is taken, without a permalink mark or the site's name;
 * a heading about something else (the site's name in a banner or its logo,
 * "Menu") is not. On WCXB dev the reference title is the `<h1>` in 223 of the 397 pages
 * where the two disagree (docs/evaluation.md, "Metadata on WCXB dev").
 *
 * @param title The title from the metadata, already without the site's name.
 * @param headings The texts of the page's `<h1>`s, the article's own first.
 * @param statements Other statements of the headline (`og:title`, JSON-LD), to agree with.
 * @param siteNames What the site is called.
 * @returns The heading to use as the title, or null to keep `title`.
 */
export function visibleHeadline(title: string, headings: readonly string[], statements: readonly string[], siteNames: readonly string[]): string | null {
  const titles = [title, ...statements].map(wordSet)
  for (const raw of headings) {
    const heading = stripSiteName(raw.replace(PERMALINK_MARK, ''), siteNames, [])
    // A logo in an <h1> names the site, and agrees with every title that ends with the site's name.
    if (heading === '' || heading.length > MAX_HEADING_CHARS || namesSite(heading, siteNames)) continue
    const words = wordSet(heading)
    if (words.size === 0) continue
    const agrees = titles.some((set) => {
      let common = 0
      for (const word of words) if (set.has(word)) common++
      return common / words.size >= MIN_HEADING_WORDS_IN_TITLE
    })
    if (agrees) return heading
  }
  return null
}
