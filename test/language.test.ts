import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../src/language/detect-language.js'
import {forEachToken, guessByStopWords} from '../src/language/stop-word-language.js'

const SAMPLES: Record<string, string> = {
  en: 'The council voted on Tuesday to extend the opening hours of the library, after a year in which visits rose by a third and the reading room was often full by noon. Librarians said that the longer hours would be staffed by moving two posts from the archive, which will open by appointment instead.',
  fr: 'Le conseil municipal a voté mardi la prolongation des horaires de la bibliothèque, après une année où les visites ont augmenté d’un tiers et où la salle de lecture était souvent pleine dès midi. Les bibliothécaires ont dit que les heures supplémentaires seraient assurées par deux postes venus des archives.',
  de: 'Der Stadtrat hat am Dienstag beschlossen, die Öffnungszeiten der Bibliothek zu verlängern, nachdem die Besuche in einem Jahr um ein Drittel gestiegen waren und der Lesesaal oft schon mittags voll war. Die Bibliothekare sagten, dass die längeren Zeiten mit zwei Stellen aus dem Archiv besetzt werden.',
  es: 'El ayuntamiento votó el martes para ampliar el horario de la biblioteca, después de un año en el que las visitas aumentaron un tercio y la sala de lectura a menudo estaba llena al mediodía. Los bibliotecarios dijeron que las horas adicionales se cubrirían con dos puestos del archivo, que abrirá con cita previa.',
  ru: 'Городской совет во вторник проголосовал за продление часов работы библиотеки после года, в течение которого число посещений выросло на треть, а читальный зал часто был полон уже к полудню. Библиотекари сказали, что дополнительные часы будут обеспечены за счёт двух ставок из архива.'
}

describe('language detection', () => {
  for (const [language, text] of Object.entries(SAMPLES)) {
    it(`detects ${language}; the stop-word guess is right or abstains`, () => {
      expect([language, null]).toContain(guessByStopWords(text))
      expect(detectLanguage(text)).toBe(language)
    })
  }

  it('settles languages with distinct stop words without franc', () => {
    for (const language of ['en', 'fr', 'de', 'ru']) expect(guessByStopWords(SAMPLES[language] as string)).toBe(language)
    // Spanish shares most of its stop words with Galician, Portuguese and Catalan: franc decides.
    expect(guessByStopWords(SAMPLES['es'] as string)).toBeNull()
  })

  it('leaves scripts without spaces, and short samples, to franc', () => {
    const chinese = '市议会周二投票决定延长图书馆的开放时间，此前一年访问量增加了三分之一，阅览室经常在中午之前就坐满了。图书馆员说，延长的时间将由档案馆调来的两个职位负责。'
    expect(guessByStopWords(chinese)).toBeNull()
    expect(detectLanguage(chinese)).toBe('zh')
    expect(guessByStopWords('The council voted on Tuesday.')).toBeNull()
  })

  it('gives no answer on a close call between related languages', () => {
    // Half Danish, half Norwegian: neither list's words lead by enough.
    const mixed =
      'Byrådet stemte tirsdag for at forlænge bibliotekets åbningstider, efter et år hvor besøgene steg med en tredjedel. Bystyret stemte tirsdag for å forlenge bibliotekets åpningstider, etter et år der besøkene økte med en tredjedel.'
    expect(guessByStopWords(mixed)).toBeNull()
  })
})

describe('stop-word tokens', () => {
  // The split the scan replaced; the scan must cut every text the same way.
  const splitTokens = (text: string): string[] => text.split(/[\s,.;:!?()"“”«»„'’]+/u).filter((token) => token.length > 0)
  const scanTokens = (text: string): string[] => {
    const tokens: string[] = []
    forEachToken(text, (token) => tokens.push(token))
    return tokens
  }
  const pieces = ['der', 'é', 'и', 'في', '中', ' ', '  ', '\t', '\n', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u0085', '\u180E', '\u200B',
    ',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '«', '»', '„', "'", '’', '‘', '-', '\u{1F600}', '\uD800', '\uDC00'] as const

  it('are the pieces a split at runs of separators gives, on generated texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map((parts) => parts.join('')), (text) => {
        expect(scanTokens(text)).toEqual(splitTokens(text))
      }),
      {numRuns: 2000, seed: 20_261_203}
    )
  })

  it('are the pieces a split at runs of separators gives, on every BMP character', () => {
    const everyUnit = Array.from({length: 0x10000}, (_, code) => String.fromCharCode(code)).join('a')
    expect(scanTokens(everyUnit)).toEqual(splitTokens(everyUnit))
  })
})
