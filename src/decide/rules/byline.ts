import {BY_VERBS, BY_WORDS} from '../../util/bylines.js'
import {HANDLE, PERSON_NAME} from '../../util/patterns.js'
import type {Rule} from './line-rule.js'

/** "By", "Written by", and their equivalents in the corpus's languages; "文：" heads a Chinese byline. */
const BY = new RegExp(String.raw`^(?:(?:${BY_VERBS.join('|')}) by|${BY_WORDS.join('|')}|文\s?[/／:：]?)\s?[:：]?\s`, 'iu')
const NAME_LIST = new RegExp(String.raw`^(${PERSON_NAME})((?:\s?(?:,|&|and|und|et|y|e|og|och)\s(?:${PERSON_NAME}))*)`, 'u')
const NAME_SPLIT = /\s?(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b)\s/u
const HANDLE_PATTERN = new RegExp(HANDLE, 'gu')
const MAX_BYLINE_WORDS = 30

/** A byline's parts: the names, and any handles on the line. */
export interface ParsedByline {
  names: string[]
  handles: string[]
}

/**
 * Parse a byline ("By Jane Doe and John Roe, CNN", "by Ahiza Garcia
 * @ahiza_garcia February 1, 2016"), or return `null` when the line is not one.
 * Names are two to four capitalised words, so "By the time …" and "By Monday,
 * officials …" are not bylines.
 */
export function parseByline(text: string): ParsedByline | null {
  const by = BY.exec(text)
  if (!by) return null
  const rest = text.slice(by[0].length)
  const list = NAME_LIST.exec(rest)
  if (!list) return null
  const after = rest.slice(list[0].length)
  // What follows the names must not be a sentence's continuation ("By John Doe's count, …").
  if (/^\p{L}/u.test(after) || /^['’]s\b/u.test(after)) return null
  const names = list[0].split(NAME_SPLIT).map((name) => name.trim()).filter(Boolean)
  const handles = [...text.matchAll(HANDLE_PATTERN)].map((match) => match[0].slice(1))
  return {names, handles}
}

/**
 * Bylines: "By Jane Doe", "By JANE DOE and JOHN ROE", "Par Jean Dupont". Why:
 * the authors are metadata (`authors`, `byline`), not body text. The near
 * misses it keeps: "By the time the ships arrived, …", "By Monday, officials said".
 */
export const byline: Rule = {
  name: 'byline',
  reason: 'byline',
  matches: 'A byline: "By" (or "Written by", "Par", "Von", "Por") followed by one or more capitalised names, with optional handles and a date.',
  reports: ['byline', 'date'],
  test(block) {
    if (block.measures.words > MAX_BYLINE_WORDS) return undefined
    if (block.measures.endsSentence && block.measures.words > 12) return undefined
    const parsed = parseByline(block.text)
    // A byline often states the date too ("By Jane Doe, March 5, 2016").
    return parsed ? {findings: [{kind: 'byline', names: parsed.names, handles: parsed.handles}, {kind: 'date', text: block.text}]} : undefined
  }
}
