import type {Author} from '../../types.js'

// "By Jane Doe", "Written by", "Posted by", "Von", "Par", "Por", "Di", "Door", "Av", "Autor:".
const LEAD = /^(?:(?:written|posted|published|words|story|text|reporting|photos?)\s+)?(?:by|von|par|por|di|door|av|af|från|przez|автор|作者|著者|text|texte|autor|author|auteur)\b\s{0,3}[:：]?\s{0,3}/iu
// Connectors are matched in lower case only, so that an initial ("Jane E. Doe") is not one.
// The byline's spaces are collapsed first, so one optional space on each side is all there is.
const SEPARATORS = / ?(?:,|;|&|\band\b|\bAnd\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b|、|，|\|) ?/u
const URL_LIKE = /^(?:https?:|www\.)|\.\w{2,6}\/|@/i
const DATE_LIKE = /\d{1,4}[./-]\d{1,2}|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d/i
const MAX_NAME_WORDS = 6
const MAX_NAME_CHARS = 80

const LEADING = new Set([...' "\'“”‘’('])
const TRAILING = new Set([...' "\'“”‘’).:'])

/**
 * Quotes, brackets and stray punctuation off both ends, by scanning rather
 * than with a `[…]+$` pattern (which backtracks over a long run of them).
 */
function trimQuotes(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && LEADING.has(text.charAt(start))) start++
  while (end > start && TRAILING.has(text.charAt(end - 1))) end--
  return text.slice(start, end)
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Split a byline into authors' names: no "By", no date, no site name, no
 * URL or handle, no role after a comma ("Jane Doe, Staff Writer" keeps Jane
 * Doe only when the rest is not a name). Each name is as written.
 *
 * @param byline A byline as the page gives it (visible text or a meta value).
 * @param siteName The site's name, which is never an author.
 */
export function splitAuthorNames(byline: string, siteName: string | null): string[] {
  let text = byline.replace(/\s+/g, ' ').trim()
  if (text.length > 300) return []
  text = text.replace(LEAD, '')
  // A date or a place after a separator ends the names: "Jane Doe | March 3", "Jane Doe - Updated …".
  text = text.split(/\s[-–—|•·]\s|\s{0,2}\bon\s(?=\p{Lu}|\d)|\s{0,2}\bupdated\b/iu)[0] ?? ''
  const site = siteName === null ? null : squash(siteName)
  const names: string[] = []
  for (const raw of text.split(SEPARATORS)) {
    const name = trimQuotes(raw.replace(LEAD, '')).trim()
    if (name === '' || name.length > MAX_NAME_CHARS || name.split(' ').length > MAX_NAME_WORDS) continue
    if (URL_LIKE.test(name) || DATE_LIKE.test(name) || /\d/.test(name)) continue
    if (!/^\p{L}/u.test(name)) continue
    if (site !== null && squash(name) === site) continue
    if (names.some((existing) => existing.toLowerCase() === name.toLowerCase())) continue
    names.push(name)
  }
  return names
}

/** Authors from names, keeping the bio and handles the text path found for the same person. */
export function mergeAuthors(names: readonly string[], found: readonly Author[]): Author[] {
  if (names.length === 0) return [...found]
  return names.map((name) => found.find((author) => author.name.toLowerCase() === name.toLowerCase()) ?? {name, bio: null, social: []})
}
