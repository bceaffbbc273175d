import {data} from 'franc-min/data.js'
import {expressions} from 'franc-min/expressions.js'
import {clean} from 'trigram-utils'

/**
 * franc-min's answer, `franc(sample, {minLength})`, computed from its own
 * data at a fraction of the cost. franc scores a sample against every
 * language of its script by looking each of the sample's trigrams up in
 * each language's model: 44 lookups per trigram for Latin, most of them
 * misses. Here the models are indexed once by trigram, so a trigram costs one
 * lookup and then touches only the languages whose models hold it.
 *
 * The answer is the same for every string (test/language-scorer.test.ts
 * compares the two): the same script choice, the same integer distances, and
 * the same tie-break (franc's stable sort keeps the first language of the
 * data among equals). franc's normalisation of the distances keeps their
 * order, so it does not change the first language and is left out.
 */

/** franc reads no more of a sample than this (code units). */
const MAX_SAMPLE_CHARS = 2048
/** What a trigram absent from a language's model adds to its distance. */
const MISSING_TRIGRAM_DISTANCE = 300
/** franc's answer when it cannot tell. */
const UNDETERMINED = 'und'

interface ScriptModels {
  /** The script's languages, in the data's order (which settles ties). */
  languages: readonly string[]
  /**
   * Trigram → `[language index, rank, language index, rank…]` for every
   * language whose model holds it. A rank is the trigram's first position in
   * the model, as franc's dictionaries keep it.
   */
  postings: ReadonlyMap<string, readonly number[]>
}

/** franc's script expressions, in its order (which settles ties). */
const SCRIPT_EXPRESSIONS = Object.entries(expressions)

let models: ReadonlyMap<string, ScriptModels> | null = null

function indexScript(languageModels: Readonly<Record<string, string>>): ScriptModels {
  const languages = Object.keys(languageModels)
  const postings = new Map<string, number[]>()
  languages.forEach((language, languageIndex) => {
    const trigrams = (languageModels[language] ?? '').split('|')
    trigrams.forEach((trigram, rank) => {
      const entry = postings.get(trigram)
      if (entry === undefined) postings.set(trigram, [languageIndex, rank])
      // A trigram listed twice in one model keeps its first rank.
      else if (entry[entry.length - 2] !== languageIndex) entry.push(languageIndex, rank)
    })
  })
  return {languages, postings}
}

/** Built on first use: most pages never get here (stop words settle them). */
function loadModels(): ReadonlyMap<string, ScriptModels> {
  models ??= new Map(Object.entries(data).map(([script, languageModels]) => [script, indexScript(languageModels)]))
  return models
}

function countMatches(sample: string, expression: RegExp): number {
  return sample.match(expression)?.length ?? 0
}

/** The script with the most characters in the sample; the first listed wins a tie. */
function findTopScript(sample: string): {script: string; count: number} | null {
  let top: {script: string; count: number} | null = null
  for (const [script, expression] of SCRIPT_EXPRESSIONS) {
    const count = countMatches(sample, expression)
    if (top === null || count > top.count) top = {script, count}
  }
  return top
}

/** How often each trigram of the cleaned, space-padded sample occurs. */
function countTrigrams(sample: string): Map<string, number> {
  const padded = ' ' + clean(sample) + ' '
  const counts = new Map<string, number>()
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}

/**
 * Every language starts at the distance of a sample none of whose trigrams
 * it knows; each trigram its model holds then trades the missing-trigram
 * distance for the difference of the sample's count and the model's rank.
 * franc adds the same integers per language, so the sums are equal.
 */
function closestLanguage(sample: string, script: ScriptModels): string {
  const counts = countTrigrams(sample)
  const distances = new Int32Array(script.languages.length).fill(counts.size * MISSING_TRIGRAM_DISTANCE)
  for (const [trigram, count] of counts) {
    const entry = script.postings.get(trigram)
    if (entry === undefined) continue
    for (let i = 0; i < entry.length; i += 2) {
      const language = entry[i] as number
      const difference = Math.abs(count - (entry[i + 1] as number) - 1)
      distances[language] = (distances[language] as number) + difference - MISSING_TRIGRAM_DISTANCE
    }
  }
  let best = 0
  for (let i = 1; i < distances.length; i++) if ((distances[i] as number) < (distances[best] as number)) best = i
  return script.languages[best] ?? UNDETERMINED
}

/**
 * ISO 639-3 code of the sample's language as franc-min names it, or `'und'`.
 *
 * @param sample Text to identify.
 * @param minChars Shorter samples are `'und'` (franc's `minLength`).
 * @returns Exactly what `franc(sample, {minLength: minChars})` returns.
 */
export function detectTrigramLanguage(sample: string, minChars: number): string {
  if (sample.length === 0 || sample.length < minChars) return UNDETERMINED
  const head = sample.slice(0, MAX_SAMPLE_CHARS)
  const top = findTopScript(head)
  if (top === null) return UNDETERMINED
  const script = loadModels().get(top.script)
  // A script of one language names it, unless none of the sample is in it.
  if (script === undefined) return top.count === 0 ? UNDETERMINED : top.script
  return closestLanguage(head, script)
}
