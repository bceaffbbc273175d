import {extractPublishedAt} from '../date-in-lines.js'

// ISO 8601 as pages write it: "2015-03-03", "2015-03-03T12:41:00Z",
// "2015-03-03 12:41:00+0100", "2015-03-03T12:41:00.000-05:00". Bounded pieces only.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s{0,2}(Z|[+-]\d{2}:?\d{2})?)?$/i

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * A date from markup as ISO 8601 in the source's own offset: ISO forms are
 * tidied (a space becomes `T`, `+0100` becomes `+01:00`, fractions go),
 * anything else is read by the same date parser as the text path (so "March
 * 3, 2015" works), and what cannot be read is `null`.
 */
export function normalizeDate(value: string | null | undefined, language: string | null): string | null {
  if (value === null || value === undefined) return null
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.length > 100) return null
  const match = ISO.exec(trimmed)
  if (match) {
    const [, year, month, day, hour, minute, second, zone] = match
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null
    const date = `${year}-${month}-${day}`
    if (hour === undefined) return date
    const time = `${date}T${hour}:${minute}:${second ?? '00'}`
    if (zone === undefined) return time
    if (zone.toUpperCase() === 'Z') return `${time}Z`
    const digits = zone.replace(':', '')
    return `${time}${digits.slice(0, 3)}:${digits.slice(3)}`
  }
  const parsed = extractPublishedAt([trimmed], language)
  if (parsed !== null) return parsed
  // RFC 2822 and other forms Date knows ("Tue, 03 Mar 2015 12:41:00 GMT").
  const time = Date.parse(trimmed)
  if (Number.isNaN(time) || !/\d{4}/.test(trimmed)) return null
  const d = new Date(time)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`
}
