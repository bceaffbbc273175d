import type {Chrono, ParsedComponents} from 'chrono-node'
// Each language from its own entry point: chrono's root entry loads all of
// its sixteen locales, and the cleaner reads dates in these eight.
import {strict as de} from 'chrono-node/de'
import {strict} from 'chrono-node/en'
import {strict as es} from 'chrono-node/es'
import {strict as fr} from 'chrono-node/fr'
import {strict as ja} from 'chrono-node/ja'
import {strict as nl} from 'chrono-node/nl'
import {strict as pt} from 'chrono-node/pt'
import {strict as zh} from 'chrono-node/zh'

/** A strict parser per language chrono knows; English's is the fallback. */
const PARSERS: Readonly<Record<string, Chrono>> = {de, es, fr, ja, nl, pt, zh}
const UPDATED = /^(?:updated|last updated|last modified|modified|mis à jour|aktualisiert|actualizado|更新)\b/iu
const MAX_LINE_CHARS = 200
/**
 * A date whose year, month and day a line states holds a numeral: an ASCII or
 * full-width digit, or a Chinese numeral (chrono's zh parser reads
 * "二〇一六年三月五日"). Lines without one are not handed to chrono, whose
 * parse tries some thirty patterns: most bylines hold no date.
 */
const NUMERAL = /[0-9\uFF10-\uFF19〇零一二三四五六七八九十]/u
/**
 * Lines handed to chrono at most: the publication date sits at the top of
 * the article, in its first date lines. Without a bound, an archive's list of
 * months or a page of dated comments costs a parse per line (two where a
 * language's parser falls back to English's): 5 ms on a 44-line Chinese
 * blog of the corpus, and without limit on longer pages.
 */
const MAX_PARSED_LINES = 10
// A fixed reference date: parsing must not depend on when it runs.
const REFERENCE = new Date(Date.UTC(2000, 0, 1))

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** ISO 8601 in the source's own offset: date only when the line gives no time. */
function toIso(start: ParsedComponents): string | null {
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null
  const date = `${pad(start.get('year') ?? 0, 4)}-${pad(start.get('month') ?? 0)}-${pad(start.get('day') ?? 0)}`
  if (!start.isCertain('hour')) return date
  const time = `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}`
  if (!start.isCertain('timezoneOffset')) return `${date}T${time}`
  const offset = start.get('timezoneOffset') ?? 0
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * The publication date from the lines that carry one (date lines and bylines,
 * in page order): a "published" date before an "updated" one, and only a date
 * whose year, month and day the line states (nothing is guessed).
 */
export function extractPublishedAt(lines: readonly string[], language: string | null): string | null {
  const parser = (language !== null ? PARSERS[language] : undefined) ?? strict
  let updated: string | null = null
  let parsed = 0
  for (const line of lines) {
    const text = line.slice(0, MAX_LINE_CHARS)
    if (!NUMERAL.test(text)) continue
    if (++parsed > MAX_PARSED_LINES) break
    const results = parser.parse(text, REFERENCE)
    const fallback = parser === strict ? results : results.length > 0 ? results : strict.parse(text, REFERENCE)
    for (const result of fallback) {
      const iso = toIso(result.start)
      if (iso === null) continue
      if (!UPDATED.test(text)) return iso
      updated ??= iso
    }
  }
  return updated
}
