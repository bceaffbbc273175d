import {PRINTED_TABLE} from '../../util/patterns.js'
import type {Rule} from './line-rule.js'

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/iu
const NUMERIC = /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日/u
const YEAR = /\b(?:19|20)\d{2}\b|年/u
const LABEL = /^(?:published|updated|posted|last (?:updated|modified)|first published|date|publié le|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|发布时间|更新)\b/iu
const MAX_DATE_WORDS = 14

/** Whether a line is, in substance, only a date or time stamp. */
export function looksLikeDateLine(text: string): boolean {
  if (!YEAR.test(text) && !LABEL.test(text)) return false
  if (!MONTH.test(text) && !NUMERIC.test(text)) return false
  // What is left after the date words must be small: labels, weekdays, times, zones.
  const letters = text.replace(MONTH, '').replace(LABEL, '').replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)\p{L}{0,6}\b|\b(?:am|pm|a\.m\.|p\.m\.|utc|gmt|[ecmp][sd]?t|at|on|le|am|um|à|de|el|h)\b/giu, '')
  const words = letters.match(/\p{L}{2,}/gu)
  return (words?.length ?? 0) <= 2
}

/**
 * Date stamps: "February 1, 2016: 12:41 PM ET", "Updated 2:14 PM EST, Thu
 * March 10, 2016", "2016年10月14日07:17". Why: the date is metadata
 * (`publishedAt`). The near miss it keeps: a sentence that contains a date
 * ("On March 10, 2016, the ministry announced …"), and a row of a printed
 * table with a timestamp in it ("400 │ 2020-08-01 18:00:00+00 │ 24").
 */
export const dateLine: Rule = {
  name: 'date-line',
  reason: 'date',
  reports: ['date'],
  matches: 'A line that is only a publication or update date and time ("Updated 2:14 PM EST, Thu March 10, 2016").',
  test(block) {
    const {words, endsSentence} = block.measures
    if (words > MAX_DATE_WORDS) return undefined
    // "… 2016." or "… 3 p.m." ends like a sentence and still like a date: at most four code units.
    if (endsSentence && !/(?:\d|[ap]\.m)[.:]?$/iu.test(block.text.slice(-4))) return undefined
    // A printed table's row with a timestamp cell is data (see PRINTED_TABLE):
    // looked for last, on the few lines that read as dates.
    return looksLikeDateLine(block.text) && !PRINTED_TABLE.test(block.text) ? {findings: [{kind: 'date', text: block.text}]} : undefined
  }
}
