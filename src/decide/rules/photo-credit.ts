import type {Caption} from '../../types.js'
import type {Rule} from './line-rule.js'

// Each credit pattern is anchored at both ends and tried only where its credit
// can start, rather than searched for along the line (`(?:^|\s)(…)$`): a search
// reads the line again from every space, and recheck rates those searches
// polynomial (2nd degree; e.g. "h " + "f r " × 27,387 for the agency credit).

/**
 * Photo agencies and wire services, in every form a credit prints them
 * ("Getty Images", "AP Photo", "PA Wire", "Rex/Shutterstock"): the one list
 * the credit patterns below are built from.
 */
const PHOTO_AGENCIES = [
  'getty images', 'getty', 'ap photo', 'ap images', 'ap', 'afp', 'reuters', 'epa-efe', 'epa', 'pa wire', 'pa images', 'pa',
  'rex features', 'rex/shutterstock', 'rex', 'shutterstock', 'corbis', 'bloomberg', 'xinhua', 'alamy', 'istockphoto', 'istock'
]
/** The wire services of PHOTO_AGENCIES that credit their photographers as "AP Photo/Evan Vucci" or "REUTERS/Kevin Lamarque". */
const WIRE_AGENCIES = ['ap', 'afp', 'reuters', 'epa']
/**
 * The agencies of PHOTO_AGENCIES whose bare name in parentheses is a credit
 * whatever precedes it; "(AP)", "(PA)" and "(Reuters)" also close news
 * copy, a state's name or a quote's source, and count only before a slash.
 */
const PLAIN_AGENCY_NAMES = ['getty', 'shutterstock', 'istock', 'afp', 'epa']

// A credit in parentheses at the end of a caption: "(Pool photo)",
// "(AP Photo/Evan Vucci)", "(Photo: Jane Doe/Getty Images)", "(Courtesy of NASA)".
// Its text holds no parenthesis, so only the line's last "(" can open it.
const PAREN_CREDIT = new RegExp(
  String.raw`^\(([^()]{0,80}?\b(?:photos?|photograph|photographs|image|images|picture|foto|fotos|${PLAIN_AGENCY_NAMES.join('|')}|courtesy|credit|${WIRE_AGENCIES.join('\\/|')}\/)\b[^()]{0,80})\)\.?$`,
  'iu'
)
// "… Photo: Jane Doe/Getty Images" / "Credit: …" at the end of a line. What
// follows the colon holds no colon, so the label stands before the last one.
const LABEL_CREDIT = /^((?:photo|photograph|image|picture|foto|bild|credit|photo credit|image credit|crédit photo)\s?[:：]\s?[^:：]{2,100})$/iu
/** The longest label ("photo credit") and a space before its colon. */
const MAX_LABEL_CHARS = 13
/** Every label LABEL_CREDIT reads holds one of these: the text before the colon is searched for it first. */
const LABEL_WORD = /photo|image|picture|foto|bild|credit|crédit/iu
// "… Jane Doe/Getty Images", "… REUTERS/Kevin Lamarque", "AP Photo/Evan Vucci".
const AGENCY_CREDIT = new RegExp(
  String.raw`^((?:[\p{L}.'-]{1,30} ){0,4}[\p{L}.'-]{0,30} ?\/ ?(?:${PHOTO_AGENCIES.join('|')}|afp via getty images)|(?:${WIRE_AGENCIES.join('|')}) ?(?:photo)? ?\/ ?[\p{L}.'-]{1,30}(?: [\p{L}.'-]{1,30}){0,3})$`,
  'iu'
)
/**
 * Whitespace an agency credit can hold: four name words (4), the spaces
 * around "/" (2) and "afp via getty images" (3).
 */
const MAX_CREDIT_SPACES = 9
/**
 * What every match of AGENCY_CREDIT holds: a slash with an agency's name
 * after it, or an agency's name (and "photo") before it. Looked for first,
 * since lines with a slash (dates, URLs, "and/or") are common and the credit
 * pattern is tried from several starts.
 */
const AGENCY_NEAR_SLASH = new RegExp(String.raw`\/ ?(?:${PHOTO_AGENCIES.join('|')})|(?:${WIRE_AGENCIES.join('|')}) ?(?:photo)? ?\/`, 'iu')
/**
 * A line that is only a picture's credit, as galleries and lead images print
 * it under the picture: the agency ("Getty Images", "AP", "Reuters", "Rex"),
 * after the photographer's name or a year ("Oli Scarff | Getty Images",
 * "2011 Getty Images"), or "… via Getty Images".
 */
const LONE_CREDIT = new RegExp(String.raw`^(?:\d{4} |(?:[\p{L}\p{N}.'/-]{1,30} ){0,3}[\p{L}\p{N}.'/-]{1,30} ?(?:[|/]|via) ?)?(?:${PHOTO_AGENCIES.join('|')})$`, 'iu')
/**
 * Every match of LONE_CREDIT ends with one of these, as a whole word: the
 * line's last word is read first. (Searched for as `\b(?:…)$` in the line's
 * tail, the pattern was tried from each of its positions: twice the time.)
 */
const CREDIT_END_WORDS: ReadonlySet<string> = new Set(PHOTO_AGENCIES.map((agency) => agency.slice(Math.max(agency.lastIndexOf(' '), agency.lastIndexOf('/'), agency.lastIndexOf('-')) + 1)))
const MAX_LONE_CREDIT_WORDS = 6
const MAX_CAPTION_WORDS = 80
const WHITESPACE = /\s/u

/**
 * Split a caption line into its text and its credit, or return `null` when
 * the line carries no photo credit.
 */
export function parseCaption(text: string): Caption | null {
  if (endsWithCreditWord(text) && hasFewWords(text, MAX_LONE_CREDIT_WORDS) && LONE_CREDIT.test(text)) return {text: null, credit: text}
  // Each credit has a character it cannot do without: look for it first,
  // since this runs on most lines of every page.
  if (endsWithParenthesis(text)) {
    const open = text.lastIndexOf('(')
    const match = open >= 0 ? PAREN_CREDIT.exec(text.slice(open)) : null
    if (match) return toCaption(text, open, match[1] ?? '')
  }
  const colon = lastColonOfCredit(text)
  if (colon >= 0 && LABEL_WORD.test(text.slice(Math.max(0, colon - MAX_LABEL_CHARS), colon))) {
    const starts: number[] = []
    for (let i = Math.max(0, colon - MAX_LABEL_CHARS); i < colon; i++) if (i === 0 || WHITESPACE.test(text.charAt(i - 1))) starts.push(i)
    const start = firstMatchFrom(text, starts, LABEL_CREDIT)
    if (start >= 0) return toCaption(text, start, text.slice(start))
  }
  if (text.includes('/') && AGENCY_NEAR_SLASH.test(text)) {
    const start = firstMatchFrom(text, agencyCreditStarts(text), AGENCY_CREDIT)
    if (start >= 0) return toCaption(text, start, text.slice(start))
  }
  return null
}

/**
 * Whether the line's last word (its trailing run of the characters `\b`
 * reads as word characters under `iu`: ASCII letters, digits, `_`, and the
 * long s and the Kelvin sign, which fold into them) is an agency's or a
 * credit's (CREDIT_END_WORDS), as a pattern of those words under `iu` would
 * match it. A credit word can only be that whole run: a word boundary cannot
 * fall inside it.
 */
function endsWithCreditWord(text: string): boolean {
  const end = text.length
  let start = end
  while (start > 0 && isBoundaryWordCode(text.charCodeAt(start - 1))) start--
  // The word's length and its first and last letters are read first: most
  // lines end with a word, and few such words could be a credit's.
  const length = end - start
  if (length < CREDIT_WORD_CHARS.min || length > CREDIT_WORD_CHARS.max) return false
  if (!CREDIT_WORD_FIRST.has(foldWordCode(text.charCodeAt(start))) || !CREDIT_WORD_LAST.has(foldWordCode(text.charCodeAt(end - 1)))) return false
  let folded = ''
  for (let i = start; i < end; i++) folded += foldWordCode(text.charCodeAt(i))
  return CREDIT_END_WORDS.has(folded)
}

/** The shortest and longest of CREDIT_END_WORDS, and the letters they start and end with (derived, so they cannot drift from the list). */
const CREDIT_WORD_CHARS = {
  min: Math.min(...[...CREDIT_END_WORDS].map((word) => word.length)),
  max: Math.max(...[...CREDIT_END_WORDS].map((word) => word.length))
}
const CREDIT_WORD_FIRST: ReadonlySet<string> = new Set([...CREDIT_END_WORDS].map((word) => word.charAt(0)))
const CREDIT_WORD_LAST: ReadonlySet<string> = new Set([...CREDIT_END_WORDS].map((word) => word.charAt(word.length - 1)))

/**
 * The lower-case ASCII letter a word character (see isBoundaryWordCode)
 * matches under `iu`: the long s matches "s", the Kelvin sign "k"; digits
 * and "_" give a character no credit word holds.
 */
function foldWordCode(code: number): string {
  if (code === 0x17f) return 's'
  if (code === 0x212a) return 'k'
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code >= 97 && code <= 122 ? String.fromCharCode(code) : '_'
}

/** Whether a line ends with ")" or ").", read off its last two code units. */
function endsWithParenthesis(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0x29 || (last === 0x2e && text.charCodeAt(text.length - 2) === 0x29)
}

/**
 * The text after a label's colon holds no colon and is at most 100 code
 * units long after a space (LABEL_CREDIT): its colon is the line's last
 * one, within the last MAX_CREDIT_TAIL_CHARS units.
 */
const MAX_CREDIT_TAIL_CHARS = 102

/**
 * Where LABEL_CREDIT's colon can stand: the line's last colon (":" or "："),
 * or -1 when neither kind stands in its last MAX_CREDIT_TAIL_CHARS code
 * units. Only that tail is searched first: most lines have no colon there,
 * and a search of the whole line costs as much as reading it.
 */
function lastColonOfCredit(text: string): number {
  const from = Math.max(0, text.length - MAX_CREDIT_TAIL_CHARS)
  if (text.indexOf(':', from) < 0 && text.indexOf('：', from) < 0) return -1
  return Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'))
}

/** Whether a UTF-16 code unit is a word character for `\b` in a pattern with the `iu` flags. */
function isBoundaryWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 0x17f || code === 0x212a
}

/** Whether `text` has at most `max` space-separated words (counted without splitting it). */
function hasFewWords(text: string, max: number): boolean {
  let spaces = 0
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++spaces >= max) return false
  return true
}

function toCaption(text: string, creditStart: number, credit: string): Caption {
  const rest = text.slice(0, creditStart).trim()
  return {text: rest === '' ? null : rest, credit: credit.trim()}
}

/** The first of `starts` (ascending) from which `pattern` matches the rest of the line, or -1. */
function firstMatchFrom(text: string, starts: readonly number[], pattern: RegExp): number {
  return starts.find((start) => pattern.test(text.slice(start))) ?? -1
}

/**
 * Where an agency credit can start: the line's start, and the places just
 * after its last MAX_CREDIT_SPACES + 1 whitespace characters (after an
 * earlier one, too much whitespace is left for a credit).
 */
function agencyCreditStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.length - 1, spaces = 0; i >= 0 && spaces <= MAX_CREDIT_SPACES; i--) {
    if (!WHITESPACE.test(text.charAt(i))) continue
    spaces++
    starts.splice(1, 0, i + 1)
  }
  return starts
}

/**
 * Photo captions with a credit: "… meet to talk about easing restrictions.
 * (Pool photo)", "Photo: Jane Doe/Getty Images", "AP Photo/Evan Vucci", or
 * a lone credit under a picture ("Getty Images", "Oli Scarff | Getty"). Why:
 * they describe a picture, and go to `captions`. The near miss it keeps: a body
 * sentence with a parenthesis that names no photo ("(in a statement)").
 */
export const photoCredit: Rule = {
  name: 'photo-credit',
  reason: 'caption',
  matches: 'A photo caption that carries a credit: "(Pool photo)", "(AP Photo/…)", "Photo: … /Getty Images", "Credit: …", "REUTERS/…", or a lone credit line ("Getty Images", "AP", "Oli Scarff | Getty Images").',
  reports: ['caption'],
  test(block) {
    if (block.measures.words > MAX_CAPTION_WORDS) return undefined
    const caption = parseCaption(block.text)
    return caption ? {findings: [{kind: 'caption', caption}]} : undefined
  }
}
