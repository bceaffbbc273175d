import {describe, expect, it} from 'vitest'
import {resolveUrl} from '../../src/util/safe-url.js'

/** [url as the attribute holds it (character references decoded), base, what is kept (null: the link or image goes)]. */
const CASES = [
  // Web and mail, resolved and serialized as the URL parser does.
  ['https://example.com/a b', null, 'https://example.com/a%20b'],
  ['HTTPS://Example.COM/a', null, 'https://example.com/a'],
  ['  https://example.com/a\t\n', null, 'https://example.com/a'],
  ['ht\ntp://example.com/', null, 'http://example.com/'],
  ['mailto:clerk@town.example', null, 'mailto:clerk@town.example'],
  ['/minutes', 'https://town.example/news/', 'https://town.example/minutes'],
  ['minutes?a=1&b=2#x', 'https://town.example/news/', 'https://town.example/news/minutes?a=1&b=2#x'],
  ['//cdn.example/a.png', 'https://town.example/', 'https://cdn.example/a.png'],
  // Relative, with no base: kept as written, what Markdown would read as syntax percent-encoded.
  ['/minutes', null, '/minutes'],
  ['minutes.html#top', null, 'minutes.html#top'],
  ['a/b:c', null, 'a/b:c'],
  ['?page=2', null, '?page=2'],
  ['//cdn.example/a.png', null, '//cdn.example/a.png'],
  ['a<b>c', null, 'a%3Cb%3Ec'],
  ['/a\u0001b', null, '/a%01b'],
  // A relative base with no page URL is no base.
  ['minutes', '/news/', 'minutes'],
  // Executable or local schemes, in any case, behind controls, spaces, tabs and line endings.
  ['javascript:alert(1)', null, null],
  ['JaVaScRiPt:alert(1)', 'https://town.example/', null],
  ['\u0001 javascript:alert(1)', null, null],
  ['java\tscript:alert(1)', null, null],
  ['java\r\nscript:alert(1)', 'https://town.example/', null],
  ['vbscript:msgbox(1)', null, null],
  ['data:text/html,<script>alert(1)</script>', null, null],
  ['about:blank', null, null],
  ['file:///etc/passwd', null, null],
  ['x:y', null, null],
  // Angle brackets: a browser reads a path, a Markdown renderer a destination.
  ['<javascript:alert(document.cookie)>', null, null],
  ['<javascript:alert(document.cookie)>', 'https://town.example/', 'https://town.example/%3Cjavascript:alert(document.cookie)%3E'],
  ['<https://example.com/a>', null, null],
  // What does not parse at all.
  ['https://exa mple.com/', null, null],
  ['http://[::1', 'https://town.example/', null],
  ['', null, null],
  [' \t', 'https://town.example/', null],
  // A page whose own URL is not on the web: what resolves against it is not either.
  ['minutes', 'ftp://town.example/news/', null]
] as const

describe('resolveUrl', () => {
  for (const [url, base, expected] of CASES) {
    it(`gives ${JSON.stringify(expected)} for ${JSON.stringify(url)} against ${JSON.stringify(base)}`, () => {
      expect(resolveUrl(url, base)).toBe(expected)
    })
  }
})
