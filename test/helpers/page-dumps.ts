import fc from 'fast-check'

/**
 * Generators of page-like text dumps for the property tests: what a scraper
 * saves as "the page's text" — prose in several scripts, the furniture
 * around it, blank lines, and the junk real dumps carry (control characters,
 * lone surrogates, zero-width and bidi marks, markup, entities, mojibake).
 */

const WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'council', 'voted', 'on', 'Tuesday', 'to', 'extend', 'library', 'opening', 'hours', 'after', 'a', 'year', 'in', 'which', 'visits', 'rose', 'by', 'third', 'and', 'reading', 'room', 'was', 'often', 'full', 'noon', 'officials', 'said', 'budget', 'city', 'would', 'pay', 'for'],
  fr: ['le', 'conseil', 'a', 'voté', 'mardi', 'pour', 'prolonger', 'les', 'horaires', 'de', 'la', 'bibliothèque', 'après', 'une', 'année', 'où', 'fréquentation', 'augmenté', 'd’un', 'tiers', 'salle', 'était', 'pleine', 'dès', 'midi'],
  de: ['der', 'Rat', 'hat', 'am', 'Dienstag', 'beschlossen', 'die', 'Öffnungszeiten', 'Bibliothek', 'zu', 'verlängern', 'nachdem', 'Besuche', 'um', 'ein', 'Drittel', 'gestiegen', 'waren', 'und', 'Lesesaal', 'oft', 'schon', 'mittags', 'voll', 'war'],
  ru: ['совет', 'проголосовал', 'во', 'вторник', 'за', 'продление', 'часов', 'работы', 'библиотеки', 'после', 'года', 'в', 'котором', 'число', 'посещений', 'выросло', 'на', 'треть', 'а', 'читальный', 'зал', 'был', 'полон', 'к', 'полудню'],
  ar: ['صوّت', 'مجلس', 'المدينة', 'يوم', 'الثلاثاء', 'على', 'تمديد', 'ساعات', 'عمل', 'المكتبة', 'بعد', 'عام', 'ارتفع', 'فيه', 'عدد', 'الزوار', 'بمقدار', 'الثلث', 'وكانت', 'قاعة', 'القراءة', 'تمتلئ', 'قبل', 'الظهر'],
  he: ['מועצת', 'העיר', 'הצביעה', 'ביום', 'שלישי', 'להאריך', 'את', 'שעות', 'הפתיחה', 'של', 'הספרייה', 'לאחר', 'שנה', 'שבה', 'מספר', 'המבקרים', 'עלה', 'בשליש', 'וחדר', 'הקריאה', 'היה', 'מלא', 'כבר', 'בצהריים'],
  hi: ['परिषद', 'ने', 'मंगलवार', 'को', 'पुस्तकालय', 'के', 'खुलने', 'का', 'समय', 'बढ़ाने', 'लिए', 'मतदान', 'किया', 'एक', 'साल', 'बाद', 'जिसमें', 'आगंतुकों', 'की', 'संख्या', 'तिहाई', 'बढ़', 'गई']
}

/** Scripts written without spaces: prose is a run of characters, not words. */
const UNSPACED: Readonly<Record<string, string>> = {
  zh: '国家图书馆周二宣布延长开放时间过去一年里到馆人数增长了三分之一阅览室经常在中午前就坐满了读者馆方表示新的开放时间将从下个月开始实行',
  ja: '市議会は火曜日図書館の開館時間を延長することを決めた来館者は一年で三分の一増え閲覧室は昼前に満席になることが多かった',
  th: 'สภาเมืองลงมติเมื่อวันอังคารให้ขยายเวลาเปิดห้องสมุดหลังจากหนึ่งปีที่มีผู้เข้าชมเพิ่มขึ้นหนึ่งในสามและห้องอ่านหนังสือมักเต็มก่อนเที่ยง'
}

const SENTENCE_ENDS = ['.', '.', '.', '!', '?', '…', '."', '.”'] as const
const UNSPACED_ENDS: Readonly<Record<string, string>> = {zh: '。', ja: '。', th: ' '}

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

export const LANGUAGES = [...Object.keys(WORDS), ...Object.keys(UNSPACED)]

/** A sentence in `language`: 8–40 words of a spaced script, or 12–60 characters of an unspaced one, with its full stop. */
export function proseIn(language: string): fc.Arbitrary<string> {
  const words = WORDS[language]
  if (words) {
    return fc.tuple(fc.array(fc.constantFrom(...words), {minLength: 8, maxLength: 40}), fc.constantFrom(...SENTENCE_ENDS)).map(([list, end]) => `${capitalize(list.join(' '))}${language === 'ar' ? '.' : end}`)
  }
  const text = UNSPACED[language] as string
  return fc.tuple(fc.nat(text.length - 12), fc.integer({min: 12, max: 60})).map(([start, length]) => `${text.slice(start, start + length)}${UNSPACED_ENDS[language]}`.trim())
}

/** A sentence in any of the languages. */
export const proseLine: fc.Arbitrary<string> = fc.constantFrom(...LANGUAGES).chain(proseIn)

/** A headline in `language`: a few words, capitalised where the script has case, no full stop. */
function headlineIn(language: string): fc.Arbitrary<string> {
  const words = WORDS[language]
  if (!words) return proseIn(language).map((text) => text.slice(0, 16).replace(/[。 ]+$/u, ''))
  return fc.array(fc.constantFrom(...words), {minLength: 3, maxLength: 12}).map((list) => list.map(capitalize).join(' '))
}

/** A headline in any of the languages. */
export const headlineLine: fc.Arbitrary<string> = fc.constantFrom(...Object.keys(WORDS)).chain(headlineIn)

const NAMES = ['Jane', 'Doe', 'Aaron', 'Mehta', 'Jean-Luc', 'O’Neil', 'María', 'López', 'Zhang', 'Wei'] as const

/** Furniture as dumps show it, one line each (most are matched by a rule; some only by the classifier). */
export const boilerplateLine: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'Share', 'Tweet', 'Share on Facebook', 'Click to share on Twitter (Opens in new window)', 'Email', 'Print',
    'Advertisement', 'Story continues below advertisement', 'Sponsored', 'ADVERTISING',
    'Sign up for our newsletter', 'Get the best stories delivered to your inbox', 'Subscribe now',
    'We use cookies to improve your experience. By continuing to use this site you accept our cookie policy.', 'Accept all',
    '© 2024 Example Media. All rights reserved.', 'Privacy Policy', 'Terms of Use', 'Back to top',
    'Home › News › World', 'Skip to content', 'Home', 'News', 'Sport', 'Culture', 'Opinion',
    'Related', 'Read more', 'Most popular', 'More In Politics', 'Related: Council cuts bus routes',
    'Leave a Reply', 'Your email address will not be published. Required fields are marked *', '2 comments', 'Post Comment',
    'This is an archived article and the information in the article may be outdated.',
    'Updated 2:14 PM EST, Thu March 10, 2016', 'February 1, 2016: 12:41 PM ET', '2016年10月14日07:17',
    'Twitter: @janedoe', 'Follow Jane Doe on Twitter', '@janedoe',
    'Photo: Jane Doe/Getty Images', 'A man walks past the library. (AP Photo/Evan Vucci)', 'REUTERS/Kevin Lamarque',
    'Jane Doe contributed to this report.', 'Reporting by Jane Doe; Editing by Aaron Mehta',
    'Jane Doe is a reporter for Example News, covering the city council.', 'About the author'
  ),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES)).map(([first, last]) => `By ${first} ${last}`),
  fc.tuple(fc.constantFrom('1.', '2)', '-', '•', '*'), headlineLine).map(([marker, text]) => `${marker} ${text}`)
)

/** A first paragraph that opens with a news dateline ("WASHINGTON (CNN) —"). */
function datelineIn(prose: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('WASHINGTON', 'HAI PHONG, VIETNAM', 'Paris', 'LONDON, May 5'), fc.constantFrom(' (CNN) — ', ' (Reuters) - ', ' — ', ' (AP) – '), prose)
    .map(([place, dash, text]) => `${place}${dash}${text}`)
}
export const datelineLine: fc.Arbitrary<string> = datelineIn(proseLine)

/** Lines that would be syntax in Markdown or HTML, and entities: text in a dump, never markup. */
export const markupLine: fc.Arbitrary<string> = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">click</a>', '<iframe src="data:text/html,hi"></iframe>',
  '[click me](javascript:alert(1))', '![pixel](data:image/png;base64,iVBORw0KGgo=)', '<javascript:alert(1)>', '<https://example.com/>',
  '# Not a heading', '## Neither', '> not a quote', '* not a list', '---', '```js', '| a | b |', '1) not a list either', '[^1]: note', '<!-- a comment', '-->',
  'Fish &amp; chips &lt;b&gt;bold&lt;/b&gt; &#x26; &#38; &nbsp; &broken; &#99999999; &#xZZ;', 'AT&T said 5 < 6 > 4 and a_b_c *d* __e__ `f` \\g',
  'CafÃ© sociÃ©tÃ© â€” Ã¼ber â€œquotesâ€\u009d', 'Ð\u009fÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€', '�� replacement ��'
)

/** Characters a dump should not have and sometimes does. */
const JUNK_CHARS = ['\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F', '\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\uFFFD', '\uD800', '\uDFFF', '\uD83D', '\t', '\v', '\f', ' ', '\u00A0', '\u3000', 'a', 'é', '😀', '👩‍👩‍👧', '🇫🇷', '\u0301'] as const

/** A line of junk: control, zero-width, bidi and lone-surrogate characters mixed with a little text. */
export const junkLine: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...JUNK_CHARS), {minLength: 1, maxLength: 30}).map((chars) => chars.join('')),
  fc.string({unit: 'binary', maxLength: 40}),
  fc.string({unit: 'grapheme', maxLength: 40}),
  // Random bytes, as a scraper that guessed the wrong encoding would keep them.
  fc.uint8Array({maxLength: 60}).map((bytes) => new TextDecoder('latin1').decode(bytes)),
  fc.uint8Array({maxLength: 60}).map((bytes) => new TextDecoder('utf-8').decode(bytes))
)

/** Prose with junk characters inside it (a soft hyphen, a bidi mark, a NUL). */
function dirty(prose: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
  .tuple(prose, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JUNK_CHARS)), {maxLength: 4}))
  .map(([line, inserts]) => {
    let text = line
    for (const [at, char] of inserts) {
      const cut = at % (text.length + 1)
      text = text.slice(0, cut) + char + text.slice(cut)
    }
    return text
  })
}

const BLANK = ['', '', '', ' ', '\t', '\u00A0', '\u3000 '] as const
const BREAKS = ['\n', '\n', '\n', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085'] as const

/**
 * One line of a dump in an article written in `language`, weighted like real
 * dumps: mostly prose and furniture, some blanks and junk, and now and then a
 * line in another script (a quote, a name, a teaser in another edition).
 */
function dumpLineIn(language: string): fc.Arbitrary<string> {
  return fc.oneof(
    {weight: 6, arbitrary: proseIn(language)},
    {weight: 1, arbitrary: proseLine},
    {weight: 1, arbitrary: dirty(proseIn(language))},
    {weight: 2, arbitrary: headlineLine},
    {weight: 5, arbitrary: boilerplateLine},
    {weight: 4, arbitrary: fc.constantFrom(...BLANK)},
    {weight: 1, arbitrary: markupLine},
    {weight: 1, arbitrary: junkLine}
  )
}

/** A whole dump: furniture, maybe a headline and a dateline, lines of text, joined by mixed line breaks. */
export const pageDump: fc.Arbitrary<string> = fc
  .constantFrom(...LANGUAGES)
  .chain((language) => fc.tuple(
    fc.array(fc.oneof(boilerplateLine, fc.constantFrom(...BLANK)), {maxLength: 8}),
    fc.option(headlineLine, {nil: undefined}),
    fc.option(datelineIn(proseIn(language)), {nil: undefined}),
    fc.array(dumpLineIn(language), {maxLength: 40}),
    fc.array(fc.constantFrom(...BREAKS), {minLength: 1, maxLength: 60})
  ))
  .map(([head, headline, dateline, lines, breaks]) => {
    const all = [...head, ...(headline === undefined ? [] : [headline, '']), ...(dateline === undefined ? [] : [dateline, '']), ...lines]
    return all.map((line, i) => line + (breaks[i % breaks.length] as string)).join('')
  })

/**
 * A dump of a whole article page, as a browser shows one: furniture above,
 * a headline, maybe a byline and a date, three to ten paragraphs of prose in
 * one language (the first maybe with a dateline), furniture below.
 */
export const articleDump: fc.Arbitrary<string> = fc.constantFrom(...LANGUAGES).chain((language) =>
  fc
    .tuple(
      fc.array(boilerplateLine, {maxLength: 8}),
      headlineIn(language),
      fc.array(fc.constantFrom('By Jane Doe', 'Updated 2:14 PM EST, Thu March 10, 2016', 'Share', 'Tweet'), {maxLength: 3}),
      fc.oneof(proseIn(language), datelineIn(proseIn(language))),
      fc.array(fc.oneof({weight: 5, arbitrary: proseIn(language)}, {weight: 1, arbitrary: dirty(proseIn(language))}), {minLength: 2, maxLength: 9}),
      fc.array(boilerplateLine, {maxLength: 10}),
      fc.constantFrom('\n', '\n\n', '\r\n\r\n')
    )
    .map(([above, headline, meta, first, rest, below, gap]) => [above.join('\n'), headline, ...meta, first, ...rest, below.join('\n')].join(gap))
)
