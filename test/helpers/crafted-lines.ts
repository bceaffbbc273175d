/**
 * Lines of about 100 KB crafted against the riskiest patterns in src/: long
 * runs of what their quantifiers repeat (spaces, digits, capitals, names,
 * "By", separators, handles, credits, dates), each ending with a character
 * that makes the match fail late. Generated, not committed: 2.6 MB of
 * repetition says nothing a reviewer could read. Used by the hostile tests
 * (they must complete) and by `npm run bench` (which times them).
 */
const LINE_CHARS = 100_000

function repeatTo(unit: string, tail = '\u0000'): string {
  return unit.repeat(Math.ceil(LINE_CHARS / unit.length)).slice(0, LINE_CHARS) + tail
}

export const CRAFTED_LINES: Readonly<Record<string, string>> = {
  spaces: `a${repeatTo(' ')}b`,
  'no-break spaces and tabs': `a${repeatTo('\u00A0\t\u3000 ')}b`,
  digits: repeatTo('0'),
  'digits and separators': repeatTo('12/'),
  capitals: repeatTo('A'),
  'capitalised words': repeatTo('Aaron '),
  'name words with particles': repeatTo('Jean van Der '),
  'By By By': repeatTo('By '),
  'By and names': `By ${repeatTo('Jane Doe and ')}`,
  'More In': `More In ${repeatTo('Politics ')}`,
  'repeated punctuation': repeatTo('.'),
  'dashes and ellipses': repeatTo('—…-–'),
  'opening parentheses': repeatTo('(photo '),
  'closing parentheses': `${repeatTo('photo) ')})`,
  'label colons': repeatTo('photo: '),
  'slashes and agencies': `${repeatTo('Jane /AP ')}x`,
  'separators of a breadcrumb': repeatTo('Home › '),
  handles: repeatTo('@a.'),
  'platform handles': repeatTo('twitter: @jane '),
  'follow lines': `Follow ${repeatTo('Jane ')} on Twitter`,
  urls: repeatTo('https://www.'),
  emails: repeatTo('a@b'),
  'share words': repeatTo('Share Tweet '),
  'comment phrases': repeatTo('please login to comment '),
  'date words': repeatTo('Updated March 10, 2016 '),
  'copyright signs': repeatTo('© 2016 '),
  'html comments': repeatTo('<!---->'),
  tags: repeatTo('<a '),
  'CJK without spaces': repeatTo('国家图书馆周二宣布延长开放时间'),
  'Arabic words': repeatTo('صوّت مجلس '),
  'combining marks': repeatTo('e\u0301\u0308'),
  'surrogate pairs': repeatTo('😀'),
  'lone surrogates': repeatTo('\uD800'),
  'zero-width and bidi marks': repeatTo('\u200B\u202E\u2066')
}
