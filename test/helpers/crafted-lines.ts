/**
 * Lines of about 100 KB crafted against the riskiest patterns in src/: long
 * runs of what their quantifiers repeat (spaces, digits, capitals, names,
 * "By", separators, handles, credits, dates), each ending with a character
 * that makes the match fail late. Generated, not committed: 2.6 MB of
 * repetition says nothing a reviewer could read. Used by the hostile tests
 * (they must complete) and by `npm run bench` (which times them).
 */
/** What each line repeats, with what may stand before the run and after it. */
const RECIPES: Readonly<Record<string, readonly [before: string, unit: string, after?: string]>> = {
  spaces: ['a', ' ', 'b'],
  'no-break spaces and tabs': ['a', '\u00A0\t\u3000 ', 'b'],
  digits: ['', '0'],
  'digits and separators': ['', '12/'],
  capitals: ['', 'A'],
  'capitalised words': ['', 'Aaron '],
  'name words with particles': ['', 'Jean van Der '],
  'By By By': ['', 'By '],
  'By and names': ['By ', 'Jane Doe and '],
  'More In': ['More In ', 'Politics '],
  'repeated punctuation': ['', '.'],
  'dashes and ellipses': ['', '—…-–'],
  'opening parentheses': ['', '(photo '],
  'closing parentheses': ['', 'photo) ', ')'],
  'label colons': ['', 'photo: '],
  'slashes and agencies': ['', 'Jane /AP ', 'x'],
  'separators of a breadcrumb': ['', 'Home › '],
  handles: ['', '@a.'],
  'platform handles': ['', 'twitter: @jane '],
  'follow lines': ['Follow ', 'Jane ', ' on Twitter'],
  urls: ['', 'https://www.'],
  emails: ['', 'a@b'],
  'share words': ['', 'Share Tweet '],
  'comment phrases': ['', 'please login to comment '],
  'date words': ['', 'Updated March 10, 2016 '],
  'copyright signs': ['', '© 2016 '],
  'html comments': ['', '<!---->'],
  tags: ['', '<a '],
  'CJK without spaces': ['', '国家图书馆周二宣布延长开放时间'],
  'Arabic words': ['', 'صوّت مجلس '],
  'combining marks': ['', 'e\u0301\u0308'],
  'surrogate pairs': ['', '😀'],
  'lone surrogates': ['', '\uD800'],
  'zero-width and bidi marks': ['', '\u200B\u202E\u2066']
}

/**
 * The crafted lines, each with `chars` characters of its run. A line ends
 * with a NUL unless its recipe says otherwise: a character that makes a
 * match fail late.
 */
export function craftLines(chars: number): Record<string, string> {
  return Object.fromEntries(
    Object.entries(RECIPES).map(([name, [before, unit, after = '\u0000']]) => [name, before + unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars) + after])
  )
}

/** The lines at about 100 KB each, as the tests use them. */
export const CRAFTED_LINES: Readonly<Record<string, string>> = craftLines(100_000)
