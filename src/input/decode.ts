import {UnsupportedInputError} from '../errors.js'

/**
 * The HTML standard's prescan looks at the first 1024 bytes for a
 * `<meta charset>`: a declaration later than that is not honoured by
 * browsers either (HTML § 13.2.3.2, "prescan a byte stream").
 */
const PRESCAN_BYTES = 1024
// A bounded pattern over the ASCII view of the prescan window; the `<meta>`
// tags themselves are found by scanning (a `[^>]{0,512}` pattern is safe, but
// its 512 states exhaust the regex analyser that audits every pattern).
const META_START = /<meta\s/i
const MAX_META_CHARS = 512
const CHARSET_ATTR = /\bcharset\s{0,4}=\s{0,4}["']?([\w.:-]{1,40})/i

/** Encodings by byte order mark, longest first (HTML § 13.2.3.1: a BOM wins over everything). */
const BOMS: readonly {bytes: readonly number[]; encoding: string}[] = [
  {bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8'},
  {bytes: [0xfe, 0xff], encoding: 'utf-16be'},
  {bytes: [0xff, 0xfe], encoding: 'utf-16le'}
]

/** Where the encoding came from: the caller can tell a declared one from a guess. */
export type EncodingSource = 'bom' | 'meta' | 'option' | 'default'

/** Decoded text and how its encoding was chosen. */
export interface Decoded {
  text: string
  encoding: string
  source: EncodingSource
}

function bomEncoding(bytes: Uint8Array): string | null {
  for (const {bytes: bom, encoding} of BOMS) {
    if (bom.every((byte, i) => bytes[i] === byte)) return encoding
  }
  return null
}

/** A TextDecoder for `label`, or null when the runtime does not know the label. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, {fatal: false})
  } catch {
    return null
  }
}

/** The `<meta …>` tags of the window, each cut at its `>` (at most 512 characters). */
function* metaTags(head: string): Generator<string> {
  const lower = head.toLowerCase()
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    if (!META_START.test(head.slice(at, at + 6))) continue
    const end = head.indexOf('>', at)
    if (end >= 0 && end - at <= MAX_META_CHARS + 6) yield head.slice(at, end + 1)
  }
}

/**
 * The encoding a `<meta charset>` or `<meta http-equiv="content-type">` in
 * the first 1024 bytes declares. A declared UTF-16 is read as UTF-8, as the
 * standard says: bytes that reach the prescan are ASCII-compatible.
 */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one code unit, so offsets and ASCII stay as they are.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES))
  for (const tag of metaTags(head)) {
    const charset = CHARSET_ATTR.exec(tag)?.[1]
    if (!charset) continue
    // Both `charset="…"` and `http-equiv` `content="text/html; charset=…"` match.
    const decoder = decoderFor(charset)
    if (!decoder) continue
    return decoder.encoding.startsWith('utf-16') ? 'utf-8' : decoder.encoding
  }
  return null
}

/** The getter behind `Uint8Array.prototype[Symbol.toStringTag]`: it reads the array's internal type name. */
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)?.get

/**
 * Whether a value is a `Uint8Array` (a `Buffer` too), from this realm or
 * another: `instanceof` fails on bytes made in a worker or a `vm` context,
 * whose `Uint8Array` is another class. The type name is read from the
 * array's internal slot, so a plain object cannot pass for one.
 */
export function isUint8Array(value: unknown): value is Uint8Array {
  return typeof value === 'object' && value !== null && typedArrayTag?.call(value) === 'Uint8Array'
}

/**
 * Decode the bytes of an HTML document: by its byte order mark, else by the
 * `<meta charset>` it declares, else by the caller's `encoding`, else as
 * UTF-8. Malformed sequences become U+FFFD, as in a browser; decoding never
 * throws for bad bytes.
 *
 * @param bytes The document as fetched.
 * @param encoding The caller's encoding label, e.g. from the HTTP header.
 * @returns The text, the encoding used and where it came from.
 * @throws {UnsupportedInputError} when `encoding` is a label the runtime's `TextDecoder` does not know.
 */
export function decodeHtmlBytes(bytes: Uint8Array, encoding: string | null): Decoded {
  const given = encoding === null ? null : decoderFor(encoding)
  if (encoding !== null && given === null) {
    throw new UnsupportedInputError(`Unknown encoding ${JSON.stringify(encoding)}: TextDecoder does not support it; pass a WHATWG encoding label such as "utf-8" or "windows-1252"`)
  }
  const bom = bomEncoding(bytes)
  if (bom !== null) {
    // TextDecoder strips the BOM itself.
    return {text: new TextDecoder(bom).decode(bytes), encoding: bom, source: 'bom'}
  }
  const meta = prescanMetaCharset(bytes)
  if (meta !== null) return {text: new TextDecoder(meta).decode(bytes), encoding: meta, source: 'meta'}
  if (given !== null) return {text: given.decode(bytes), encoding: given.encoding, source: 'option'}
  return {text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'default'}
}
