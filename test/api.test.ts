import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import {
  ArticleCleanerError,
  BinaryInputError,
  cleanArticle,
  DEFAULTS,
  InputTooLargeError,
  InvalidInputError,
  isArticleCleanerError,
  ParseFailedError,
  RULES,
  TimeoutError,
  UnsupportedInputError,
  type CleanInput
} from '../src/index.js'

const PARAGRAPH =
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'

describe('the public surface', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ArticleCleanerError',
        'BinaryInputError',
        'DEFAULTS',
        'InputTooLargeError',
        'InvalidInputError',
        'PAGE_TYPES',
        'PRUNE_RULES',
        'ParseFailedError',
        'RULES',
        'TimeoutError',
        'UnsupportedInputError',
        'cleanArticle',
        'createCleaner',
        'isArticleCleanerError'
      ].sort()
    )
  })

  it('documents each rule with a name, a reason and a sentence of what it matches', () => {
    const names = new Set<string>()
    for (const rule of RULES) {
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.matches.length).toBeGreaterThan(20)
      expect(names.has(rule.name)).toBe(false)
      names.add(rule.name)
    }
  })

  it('freezes its defaults', () => {
    expect(Object.isFrozen(DEFAULTS)).toBe(true)
    expect(DEFAULTS.maxInputBytes).toBe(10_000_000)
  })
})

describe('errors', () => {
  const cases = [
    [new InvalidInputError('x'), 'InvalidInputError', 'invalid-input'],
    [new InputTooLargeError(20, 10), 'InputTooLargeError', 'input-too-large'],
    [new UnsupportedInputError('x'), 'UnsupportedInputError', 'unsupported-input'],
    [new BinaryInputError(900, 4096, 0.3), 'BinaryInputError', 'binary-input'],
    [new ParseFailedError('x'), 'ParseFailedError', 'parse-failed'],
    [new TimeoutError(50, 51.2, 'rules'), 'TimeoutError', 'timeout']
  ] as const

  for (const [error, name, code] of cases) {
    it(`gives ${name} its name, its code and the guard`, () => {
      expect(error).toBeInstanceOf(ArticleCleanerError)
      expect(error).toBeInstanceOf(Error)
      expect(error.name).toBe(name)
      expect(error.code).toBe(code)
      expect(isArticleCleanerError(error)).toBe(true)
    })
  }

  it('recognises an error from another realm by its name and code', () => {
    const foreign = Object.assign(new Error('copied across a worker'), {name: 'InputTooLargeError', code: 'input-too-large'})
    expect(isArticleCleanerError(foreign)).toBe(true)
    expect(isArticleCleanerError(new Error('other'))).toBe(false)
    expect(isArticleCleanerError('InputTooLargeError')).toBe(false)
  })

  it('says the limit in the message of InputTooLargeError', () => {
    expect(() => cleanArticle('x'.repeat(101), {maxInputBytes: 100})).toThrowError(/101 bytes.*100 bytes/)
  })
})

describe('bad input', () => {
  it('rejects values that are not a string or a supported object with InvalidInputError', () => {
    for (const value of [null, undefined, 42, true, [], {}, {text: 3}, {html: null}, {text: 'a', url: 5}]) {
      expect(() => cleanArticle(value as unknown as CleanInput)).toThrowError(InvalidInputError)
    }
  })

  it('rejects bad options with InvalidInputError', () => {
    expect(() => cleanArticle('text', {maxInputBytes: -1})).toThrowError(InvalidInputError)
    expect(() => cleanArticle('text', {strictness: 'loose' as 'balanced'})).toThrowError(InvalidInputError)
  })

  it('returns the documented empty result for an empty or whitespace-only string', () => {
    for (const input of ['', '   ', '\n\n\t\n', '\u00A0\u3000']) {
      const article = cleanArticle(input)
      expect(article.paragraphs).toEqual([])
      expect(article.text).toBe('')
      expect(article.title).toBeNull()
      expect(article.warnings.map((w) => w.code)).toEqual(['no-article'])
    }
  })

  it('cleans binary garbage without throwing and without control characters in the output', () => {
    let garbage = ''
    for (let i = 0; i < 20_000; i++) garbage += String.fromCharCode((i * 7919) % 0xffff)
    const article = cleanArticle({text: garbage})
    // eslint-disable-next-line no-control-regex
    for (const paragraph of article.paragraphs) expect(paragraph).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/)
  })

  it('refuses a binary file read as text or as HTML bytes with BinaryInputError', () => {
    // The running node executable: a real binary wherever the tests run (issue 21 used /bin/ls).
    const executable = readFileSync(process.execPath).subarray(0, 65_536)
    const text = executable.toString('utf8')
    for (const input of [text, {text}, {html: text}, {html: new Uint8Array(executable)}]) {
      expect(() => cleanArticle(input), typeof input === 'string' ? 'string' : Object.keys(input).join()).toThrowError(BinaryInputError)
    }
    // Text in UTF-16 read as UTF-8 is half NUL: refused too, rather than cleaned into spaced-out letters.
    expect(() => cleanArticle({text: Buffer.from(`Headline\n\n${PARAGRAPH}`, 'utf16le').toString('utf8')})).toThrowError(/looks binary.*over the limit of 30%/)
  })

  it('cleans text with a few control characters or U+FFFD, and a short string of junk, like any other text', () => {
    const damaged = `Headline\n\n${PARAGRAPH.replaceAll('o', '\uFFFD')}\n\n${PARAGRAPH.replaceAll(' a', '\u0000a')}`
    expect(cleanArticle({text: damaged}).paragraphs).toHaveLength(2)
    expect(() => cleanArticle({text: '\u0000\u0001\uFFFD'.repeat(5)})).not.toThrow()
  })

  it('cleans a 10 MB single line quickly, and throws over the limit', () => {
    const line = `${PARAGRAPH} `.repeat(Math.floor(9_900_000 / (PARAGRAPH.length * 3 + 3)))
    const article = cleanArticle({text: line})
    expect(article.paragraphs).toHaveLength(1)
    expect(() => cleanArticle({text: `${line}${'é'.repeat(200_000)}`}, {maxInputBytes: line.length + 1000})).toThrowError(InputTooLargeError)
  })

  it('reads an HTML document as HTML, and keeps a dump with a stray tag as text', () => {
    const html = cleanArticle(`<!doctype html><html><body><article><h1>Library hours</h1><p>${PARAGRAPH}</p></article></body></html>`)
    expect(html.paragraphs).toEqual([PARAGRAPH])
    expect(html.title).toBe('Library hours')
    expect(cleanArticle({html: `<p>${PARAGRAPH}</p>`}).paragraphs).toEqual([PARAGRAPH])
    const dump = `<img height="1" width="1" src="https://example.com/pixel" />\nHeadline of the story\n\n${PARAGRAPH}\n\n${PARAGRAPH.replace('Tuesday', 'Monday')}`
    expect(cleanArticle(dump).paragraphs.length).toBeGreaterThan(0)
  })

  it('keeps a dump that quotes an HTML page in a code sample as text', () => {
    const sample = ['<html>', '<head>', '<script src="vendor/mocha.js"></script>', '</head>', '<body>', '<div id="mocha"></div>', '</body>', '</html>'].join('\n')
    const dump = `How to test frontend code\n\n${PARAGRAPH}\n\nAdd this to your test page:\n\n${sample}\n\n${PARAGRAPH.replace('Tuesday', 'Monday')}`
    expect(cleanArticle(dump).paragraphs).toContain(PARAGRAPH)
  })

  it('keeps the author’s characters, tidying only whitespace', () => {
    const article = cleanArticle({text: `Headline\n\n${PARAGRAPH.replace(' voted', '\u00A0voted').replace(' on', '  on')}\n`})
    expect(article.paragraphs).toEqual([PARAGRAPH])
  })
})

describe('other scripts', () => {
  it('cleans Chinese text and counts its words', () => {
    const body = '国家图书馆周二宣布延长开放时间。过去一年里，到馆人数增长了三分之一，阅览室经常在中午前就坐满了读者。馆方表示，新的开放时间将从下个月开始实行，并会增加志愿者人数。'
    const article = cleanArticle({text: `首页\n新闻\n体育\n\n图书馆延长开放时间\n\n${body}\n\n${body}\n\n版权所有 © 2024`})
    expect(article.paragraphs).toEqual([body, body])
    expect(article.language).toBe('zh')
    expect(article.wordCount).toBeGreaterThan(40)
    expect(article.removed.some((r) => r.reason === 'footer')).toBe(true)
  })

  it('cleans Hebrew text as right-to-left', () => {
    const body = 'מועצת העיר הצביעה ביום שלישי להאריך את שעות הפתיחה של הספרייה, לאחר שנה שבה מספר המבקרים עלה בשליש וחדר הקריאה היה מלא כבר בצהריים.'
    const article = cleanArticle({text: `${body}\n\n${body}`})
    expect(article.direction).toBe('rtl')
    expect(article.language).toBe('he')
    expect(article.paragraphs).toEqual([body, body])
  })

  it('takes text in every script as text, never as binary', () => {
    const lines = [
      '国家图书馆周二宣布延长开放时间。过去一年里，到馆人数增长了三分之一。',
      '図書館は火曜日、開館時間を延長すると発表した。来館者は三分の一増えた。',
      '도서관은 화요일에 개관 시간을 연장한다고 발표했다.',
      'מועצת העיר הצביעה ביום שלישי להאריך את שעות הפתיחה של הספרייה.',
      'صوّت مجلس المدينة يوم الثلاثاء على تمديد ساعات عمل المكتبة.',
      'Городской совет проголосовал за продление часов работы библиотеки.',
      'सिटी काउंसिल ने मंगलवार को पुस्तकालय के खुलने का समय बढ़ाने के लिए मतदान किया।',
      'สภาเมืองลงมติเมื่อวันอังคารให้ขยายเวลาเปิดห้องสมุด',
      'Η δημοτική επιτροπή ψήφισε την Τρίτη την επέκταση του ωραρίου της βιβλιοθήκης.',
      '😀🇫🇷👩‍👩‍👧 \u200B\u200F\u202E\u00AD\u3000'
    ]
    for (const line of lines) {
      const text = `${line}\n\n`.repeat(40)
      expect(() => cleanArticle({text}), line).not.toThrow()
      expect(() => cleanArticle({html: new TextEncoder().encode(`<!doctype html><p>${text}</p>`)}), line).not.toThrow()
    }
  })

  it('cleans Arabic text as right-to-left', () => {
    const body = 'صوّت مجلس المدينة يوم الثلاثاء على تمديد ساعات عمل المكتبة، بعد عام ارتفع فيه عدد الزوار بمقدار الثلث وكانت قاعة القراءة تمتلئ قبل الظهر.'
    const article = cleanArticle({text: `${body}\n\n${body}`})
    expect(article.direction).toBe('rtl')
    expect(article.language).toBe('ar')
  })
})

describe('output', () => {
  it('builds Markdown from the tree, with the title first and lists kept as lists', () => {
    const text = `Council extends library opening hours\n\n${PARAGRAPH}\n\nThe new hours are:\n1. Monday to Friday, 8am to 9pm\n2. Saturday, 9am to 6pm\n\n${PARAGRAPH.replace('Tuesday', 'Monday')}`
    const article = cleanArticle({text})
    expect(article.title).toBe('Council extends library opening hours')
    expect(article.markdown.startsWith('# Council extends library opening hours\n\n')).toBe(true)
    expect(article.tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph'])
    expect(article.markdown).toContain('1. Monday to Friday, 8am to 9pm\n2. Saturday, 9am to 6pm')
    // The item's number is the list's structure, in the tree and the Markdown, not its text.
    expect(article.paragraphs).toContain('Saturday, 9am to 6pm')
  })

  it('escapes Markdown syntax that is text in the dump', () => {
    const text = `${PARAGRAPH} Prices rose 5 * 3 [sic] times.\n\n# not a heading, said the sign on the door of the reading room, which stays shut.`
    const article = cleanArticle({text})
    expect(article.markdown).toContain('5 \\* 3 \\[sic]')
    expect(article.markdown).toContain('\\# not a heading')
  })

  it('gives the same output for the same input', () => {
    const text = `Headline here today\n\n${PARAGRAPH}`
    expect(cleanArticle(text)).toEqual(cleanArticle(text))
  })
})
