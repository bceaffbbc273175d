import stopwords from 'stopwords-iso/stopwords-iso.json' with {type: 'json'}

/**
 * Stop words of the page's language, from stopwords-iso (58 languages, ISO
 * 639-1 keys, maintained). A sentence of running text is about half stop
 * words in any language; a menu, a tag list or a headline has few. That ratio
 * is the strongest single clue jusText found for "is this prose?", and it
 * does not depend on English.
 */
/** Every language's list, by ISO 639-1 code. */
export const STOP_WORD_LISTS = stopwords as unknown as Readonly<Record<string, readonly string[]>>
const cache = new Map<string, ReadonlySet<string> | null>()

/** The stop-word set of an ISO 639-1 language, or `null` when the list has none (or the language is unknown). */
export function stopWordsOf(language: string | null): ReadonlySet<string> | null {
  if (language === null) return null
  let set = cache.get(language)
  if (set === undefined) {
    const list = Object.hasOwn(STOP_WORD_LISTS, language) ? STOP_WORD_LISTS[language] : undefined
    set = list ? new Set(list) : null
    cache.set(language, set)
  }
  return set
}

/** Characters trimmed off a token before it is looked up: punctuation and quotes at either end. */
function isEdgePunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126) ||
    code === 0xab ||
    code === 0xbb ||
    (code >= 0x2010 && code <= 0x201f) ||
    code === 0x2026
  )
}

/**
 * Share of a line's space-separated tokens that are stop words (0 to 1). Lines
 * in scripts written without spaces have one or two tokens: for them the
 * share says nothing, and callers weigh characters instead.
 */
export function stopWordShare(line: string, words: ReadonlySet<string>): number {
  const text = line.toLowerCase()
  let tokens = 0
  let hits = 0
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 32) continue
    let a = start
    let b = i
    while (a < b && isEdgePunctuation(text.charCodeAt(a))) a++
    while (b > a && isEdgePunctuation(text.charCodeAt(b - 1))) b--
    if (b > a) {
      tokens++
      if (words.has(text.slice(a, b))) hits++
    }
    start = i + 1
  }
  return tokens === 0 ? 0 : hits / tokens
}
