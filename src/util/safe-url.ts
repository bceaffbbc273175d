/**
 * Which link and image URLs the article keeps: those a browser reads as an
 * `http:`, `https:` or `mailto:` address, and relative references that no
 * reader can take for a scheme (issue 22, item 1). Decided on the URL as a
 * browser parses it (the WHATWG URL parser: tabs and line endings removed,
 * control characters and spaces stripped at the ends, any case of scheme),
 * on the value the HTML parser gives (character references decoded).
 */

/** Schemes a link or image of the article may have. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * A base that is never a page's, for telling relative references apart: what
 * resolves against it to another scheme was not relative.
 */
const PROBE_BASE = 'https://relative.invalid/'

/** What the URL parser removes wherever it is, before parsing: tabs and line endings. */
const URL_REMOVED = /[\t\n\r]/g

/**
 * The first segment of a relative reference (up to the first `/`, `?` or
 * `#`) holding a colon: RFC 3986 forbids it, because a reader takes what is
 * before the colon for a scheme. A browser reads `<javascript:alert(1)>` as a
 * path, but a Markdown printer writes it as an angle-bracketed destination
 * and the Markdown renderer then reads `javascript:`.
 */
const COLON_IN_FIRST_SEGMENT = /^[^/?#:]*:/

/** Characters a relative reference keeps as percent-escapes: controls, `<` and `>` (which Markdown reads as a destination's brackets), DEL and C1. */
const ENCODED_IN_RELATIVE = /[\u0000-\u001F<>\u007F-\u009F]/g

function percentEncode(character: string): string {
  return '%' + character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')
}

/** The URL as the parser reads it, before parsing: without C0 controls and spaces at its ends, nor tabs and line endings. */
function urlParserInput(url: string): string {
  let start = 0
  let end = url.length
  while (start < end && url.charCodeAt(start) <= 0x20) start++
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--
  return url.slice(start, end).replace(URL_REMOVED, '')
}

/** The base as a URL, or `null` when there is none or it is not an absolute URL (a relative `<base href>` with no page URL). */
function absoluteBase(base: string | null): string | null {
  return base !== null && URL.canParse(base) ? base : null
}

/**
 * Resolve `url` against `base` and keep it only when it is safe: an
 * absolute `http(s):` or `mailto:` URL (serialized as the URL parser
 * serializes it), or, with no base, a relative reference whose first
 * segment has no colon (written as the author wrote it, controls and angle
 * brackets percent-encoded).
 *
 * @param url The attribute's value (character references decoded).
 * @param base The page's URL or its `<base href>`, or `null`.
 * @returns The URL to keep, or `null` when the link or image must go (its text stays).
 */
export function resolveUrl(url: string, base: string | null): string | null {
  const input = urlParserInput(url)
  if (input === '') return null
  const absolute = absoluteBase(base)
  // Ask before parsing: a thrown error (with its stack) for each of a page's
  // hundreds of relative links would cost more than resolving them.
  if (URL.canParse(input, absolute ?? PROBE_BASE) === false) return null
  const resolved = new URL(input, absolute ?? PROBE_BASE)
  if (!ALLOWED_PROTOCOLS.has(resolved.protocol)) return null
  if (absolute !== null || URL.canParse(input)) return resolved.href
  // A relative reference with no base to resolve it against stays relative.
  if (COLON_IN_FIRST_SEGMENT.test(input)) return null
  return input.replace(ENCODED_IN_RELATIVE, percentEncode)
}
