import {squash} from '../../util/squash.js'
import type {Author} from '../../types.js'
import {AUTHOR_LABELS, BY_VERBS, BY_WORDS} from '../../util/bylines.js'

// "By Jane Doe", "Written by", "Posted by", "Von", "Par", "Autor:"; and the credits an
// element of bylines may also hold ("Text by", "Reporting by", "Photos by").
const LEAD = new RegExp(String.raw`^(?:(?:${BY_VERBS.join('|')}|text|reporting|photos?)\s+)?(?:${BY_WORDS.join('|')}|${AUTHOR_LABELS.join('|')})\b\s{0,3}[:：]?\s{0,3}`, 'iu')
// Connectors are matched in lower case only, so that an initial ("Jane E. Doe") is not one.
// The byline's spaces are collapsed first, so one optional space on each side is all there is.
const SEPARATORS = / ?(?:,|;|&|\band\b|\bAnd\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b|、|，|\|) ?/u
const URL_LIKE = /^(?:https?:|www\.)|\.\w{2,6}\/|@/i
// Where a date starts: "March 25, 2015", "2015-03-25", "25.3.2015", a year. A
// byline's names come before it ("By Jane Doe March 25, 2015").
const DATE_LIKE =
  /\d{1,4}[./-]\d{1,2}|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:^|\s)\d/i
// A parenthesis that holds a link or a handle: "Jane Doe (http://example.org/jane/)", "(@jane)".
const PAREN_LINK = /\s?\((?:https?:\/\/|www\.|@)[^()\s]{1,200}\)/giu
// A handle beside the name: "Jane Doe @janedoe".
const HANDLE = /(?:^|\s)@[\p{L}\p{N}_.]{1,40}/gu
// Co-authors in a parenthesis: "Jane Doe (avec John Roe et Ann Poe)", "(with John Roe)".
const PAREN_WITH = /\s?\((?:with|avec|mit|con|com|met)\s([^()]{1,200})\)/iu
// A weekday is never a name ("Sunday, Feb 1, 2015" in an element marked as a byline).
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?$|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/iu
// Degrees and credentials after a comma: "Brenda Goodman, MA" is one author, and so are "Jillian
// Kubala, MS, RD", "Shelby Loos, DVM" and "Matthew Frankel, CFP" (dietitians', vets' and financial
// planners' bylines on WCXB dev), a registered mark included ("CEPF®").
const CREDENTIAL =
  /^(?:M\.?[AS]c?|M\.?D|Ph\.?\s?D|M\.?P\.?H|R\.?N|D\.?O|D\.?D\.?S|J\.?D|MBA|MFA|MSW|B\.?[AS]c?|FAC[PS]|FACLM|FAND|Esq|RDN?|LDN?|CDCES|CSCS|D\.?V\.?M|VMD|DACVB|LVT|CFP|CFA|CPA|CEPF|CPP|PSP|LCSW|APRN|FNP|NP|PharmD|DPT)\.?[®™]?$/u
// Generational suffixes after a comma belong to the name before: "John Roe, Jr.".
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/u
// The last word of a label that a forum's post box puts where a name would ("Topic Author", "Thread
// starter"). Only on forums: elsewhere a value is read from the page's metadata as it stands (the
// Readability corpus's 003 names its Dublin Core creator "Dublin Core property author").
const LABEL_TAILS: ReadonlySet<string> = new Set(['author', 'authors', 'autor', 'auteur', 'poster', 'starter'])
const MAX_NAME_WORDS = 6
const MAX_NAME_CHARS = 80

const LEADING = new Set([...' "\'“”‘’('])
// A dash or bar left at the end when the markup puts one after the name ("Jane Doe —").
const TRAILING = new Set([...' "\'“”‘’).:,;—–-|•·'])

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

/** How a byline is read. */
export interface SplitOptions {
  /** The site's name, which is never an author (unless `person` says otherwise). */
  siteName: string | null
  /**
   * The value names one author, as each of several `<meta name="DC.creator">`
   * does ("Jong, Michiel de"): it is not split at commas or "and".
   * @default false
   */
  single?: boolean
  /**
   * The page typed the value a person (JSON-LD `Person`): it stays even when
   * the site is named after them (a personal blog).
   * @default false
   */
  person?: boolean
  /**
   * The value is a post's author markup on a forum (`itemprop="author"`, a
   * `username` element, the posting's JSON-LD author): there a username
   * with digits ("Pippin06", "user3080392") is a name.
   * @default false
   */
  handle?: boolean
}

/** Lower-cased words that, with a number glued on, are a date, a time or a count ("May15", "hrs2", "posts12"), not a username. */
const NUMBERED_WORDS: ReadonlySet<string> = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'h', 'hr', 'hrs', 'm', 'min', 'mins', 's', 'sec', 'd', 'day', 'days', 'w', 'wk', 'week', 'weeks', 'mo', 'y', 'yr', 'yrs', 'year', 'years', 'k',
  'post', 'posts', 'reply', 'replies', 'page', 'pages', 'joined', 'member', 'level', 'lvl', 'rank', 'top'
])
const USERNAME_MARKS = new Set(['_', '.', '-'])
const MIN_USERNAME_CHARS = 3
const MAX_USERNAME_CHARS = 40

/**
 * Whether a name with digits is a forum username: one word of letters,
 * digits and `_ . -`, starting with a letter, whose letters before the
 * first digit are no month, time unit or count ("Pippin06" and
 * "josh_wilmot90" are; "May15", "hrs2" and "posts12" are not).
 */
function isUsername(name: string): boolean {
  if (name.length < MIN_USERNAME_CHARS || name.length > MAX_USERNAME_CHARS || !/^\p{L}/u.test(name)) return false
  let lead = ''
  let digits = false
  for (const char of name) {
    const digit = char >= '0' && char <= '9'
    if (!digit && !USERNAME_MARKS.has(char) && char.toLowerCase() === char.toUpperCase()) return false
    if (digit) digits = true
    else if (!digits) lead += char
  }
  return !NUMBERED_WORDS.has(lead.toLowerCase())
}

/** The byline up to where a date, a weekday or a number starts ("Jane Doe 8h ago"): names hold none. */
function beforeDate(text: string): string {
  const date = text.search(DATE_LIKE)
  return date < 0 ? text : text.slice(0, date)
}

/**
 * Split a byline into authors' names: no "By", no date, no site name, no
 * URL or handle, no degree after a comma ("Jane Doe, MA"). Each name is as
 * written. A byline that is only a date, or only the site's name, gives none.
 *
 * @param byline A byline as the page gives it (visible text or a meta value).
 * @param options The site's name, and what the page says about the value.
 * @returns The names, in order, without duplicates.
 */
export function splitAuthorNames(byline: string, options: Readonly<SplitOptions>): string[] {
  let text = byline.replace(/\s+/g, ' ').trim()
  if (text.length > 300) return []
  const site = options.siteName === null || options.person === true ? null : squash(options.siteName)
  text = text.replace(LEAD, '')
  // The site as a whole ("Mac & i") is not split into names.
  if (site !== null && squash(text) === site) return []
  text = text.replace(PAREN_LINK, '').replace(HANDLE, '').replace(PAREN_WITH, ', $1')
  // A date or a place after a separator ends the names: "Jane Doe | March 3", "Jane Doe - Updated …".
  text = text.split(/\s[-–—|•·]\s|\s{0,2}\bon\s(?=\p{Lu}|\d)|\s{0,2}\b(?:last\s)?updated\b/iu)[0] ?? ''
  text = beforeDate(text)
  const names: string[] = []
  for (const raw of options.single === true ? [text] : text.split(SEPARATORS)) {
    const name = trimQuotes(raw.replace(LEAD, '')).trim()
    if (name === '' || name.length > MAX_NAME_CHARS || name.split(' ').length > MAX_NAME_WORDS) continue
    if (URL_LIKE.test(name) || (/\d/.test(name) && !(options.handle === true && isUsername(name))) || WEEKDAY.test(name) || CREDENTIAL.test(name)) continue
    if (!/^\p{L}/u.test(name) || (options.handle === true && LABEL_TAILS.has((name.split(' ').pop() ?? '').toLowerCase()))) continue
    if (SUFFIX.test(name) && names.length > 0) {
      names[names.length - 1] += `, ${name}`
      continue
    }
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
