import {data} from 'franc-min/data.js'
import {expressions} from 'franc-min/expressions.js'
import {clean} from 'trigram-utils'

/**
 * franc-min's answer, `franc(sample, {minLength})`, computed from its own
 * data at a fraction of the cost (a sixth on 500-character samples of the
 * corpus). franc scores a sample against every language of its script by
 * looking each of the sample's trigrams up in each language's model, 44
 * lookups per trigram for Latin, most of them misses. Here the models are
 * indexed once by trigram, so a trigram costs one lookup and then touches
 * only the languages whose models hold it.
 *
 * The answer is the same for every string (test/language-scorer.test.ts
 * compares the two): the same script, the same distances up to a constant
 * shared by all languages, and the same tie-break (franc's stable sort keeps
 * the first language of the data among equals). franc's normalisation keeps
 * the distances' order, so it cannot change the first language and is left out.
 */

/** franc reads no more of a sample than this (code units). */
const MAX_SAMPLE_CHARS = 2048
/** What a trigram absent from a language's model adds to its distance. */
const MISSING_TRIGRAM_DISTANCE = 300
/** franc's answer when it cannot tell. */
const UNDETERMINED = 'und'
/** franc's trigrams are three UTF-16 code units (n-gram slices the string). */
const TRIGRAM_UNITS = 3
const FIRST_SURROGATE = 0xd800
const LAST_SURROGATE = 0xdfff

// --- Script: which of franc's expressions matches the most characters ---

/** franc's script expressions, in its order (the first listed wins a tie). */
const SCRIPTS = Object.keys(expressions)
const SCRIPT_EXPRESSIONS = Object.values(expressions)

/**
 * Per BMP code unit, `scripts << 1 | 1` once known (0: not yet), `scripts`
 * being a bit per expression that matches the unit alone. Filled as units
 * are met, so a process pays one test per expression for each new character.
 */
let unitScripts: Uint32Array | null = null
/** Scripts a unit's bits can name (one bit of 32 marks the unit as known). */
const MAX_UNIT_SCRIPTS = 31

function scriptsOfUnit(code: number, known: Uint32Array): number {
  const cached = known[code] as number
  if (cached !== 0) return cached >>> 1
  const character = String.fromCharCode(code)
  let scripts = 0
  // `match`, as franc uses them: a global expression's `test` would leave
  // its `lastIndex` behind.
  SCRIPT_EXPRESSIONS.forEach((expression, i) => {
    if (character.match(expression) !== null) scripts |= 1 << i
  })
  known[code] = ((scripts << 1) | 1) >>> 0
  return scripts
}

/**
 * How many characters of each script the sample has, as `sample.match` of
 * each expression would count them, or `null` when the sample has a
 * surrogate. franc-min's expressions match one BMP code unit (never a
 * surrogate) or a surrogate pair, so without surrogates every match is one
 * unit and counting units by their scripts counts the matches.
 */
function countScriptsByUnit(sample: string): Int32Array | null {
  if (SCRIPTS.length > MAX_UNIT_SCRIPTS) return null
  unitScripts ??= new Uint32Array(0x10000)
  const counts = new Int32Array(SCRIPTS.length)
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code >= FIRST_SURROGATE && code <= LAST_SURROGATE) return null
    for (let scripts = scriptsOfUnit(code, unitScripts), s = 0; scripts !== 0; scripts >>>= 1, s++) {
      if ((scripts & 1) !== 0) counts[s] = (counts[s] as number) + 1
    }
  }
  return counts
}

/** franc's own count, for samples with surrogates (pairs count once). */
function countScriptsByMatch(sample: string): Int32Array {
  return Int32Array.from(SCRIPT_EXPRESSIONS, (expression) => sample.match(expression)?.length ?? 0)
}

/**
 * The script with the most characters in the sample; the first listed wins
 * a tie. franc compares shares of the sample's length, which order as the
 * counts do (one length for all).
 */
function findTopScript(sample: string): {script: string; count: number} {
  const counts = countScriptsByUnit(sample) ?? countScriptsByMatch(sample)
  let best = 0
  for (let s = 1; s < counts.length; s++) if ((counts[s] as number) > (counts[best] as number)) best = s
  return {script: SCRIPTS[best] ?? UNDETERMINED, count: counts[best] ?? 0}
}

// --- Trigrams: the models, indexed by trigram ---

/**
 * An open-addressing hash table from a trigram, as three code units, to its
 * slot: a Map keyed by strings would cost a string and its hash per position
 * of the sample, three to four times this (measured on the corpus).
 */
interface TrigramTable {
  /** A cell's first code unit; -1 marks an empty cell. */
  firsts: Int32Array
  /** A cell's second and third code units, as `second << 16 | third`. */
  rests: Int32Array
  slots: Int32Array
  mask: number
}

function hashTrigram(first: number, rest: number, mask: number): number {
  const mixed = Math.imul(first, 0x9e3779b1) ^ Math.imul(rest, 0x85ebca6b)
  return (mixed ^ (mixed >>> 16)) & mask
}

/** The cell holding the trigram, or the empty cell where it would go. */
function findCell(table: TrigramTable, first: number, rest: number): number {
  let cell = hashTrigram(first, rest, table.mask)
  for (;;) {
    const held = table.firsts[cell] as number
    if (held === -1 || (held === first && table.rests[cell] === rest)) return cell
    cell = (cell + 1) & table.mask
  }
}

function packRest(trigram: string): number {
  return (trigram.charCodeAt(1) << 16) | trigram.charCodeAt(2)
}

/** The table of `trigrams`, each mapped to its index; kept at most half full. */
function buildTable(trigrams: readonly string[]): TrigramTable {
  let size = 2
  while (size < trigrams.length * 2) size *= 2
  const table = {firsts: new Int32Array(size).fill(-1), rests: new Int32Array(size), slots: new Int32Array(size), mask: size - 1}
  trigrams.forEach((trigram, slot) => {
    const first = trigram.charCodeAt(0)
    const rest = packRest(trigram)
    const cell = findCell(table, first, rest)
    table.firsts[cell] = first
    table.rests[cell] = rest
    table.slots[cell] = slot
  })
  return table
}

interface ScriptModels {
  /** The script's languages, in the data's order (which settles ties). */
  languages: readonly string[]
  table: TrigramTable
  /**
   * Slot `s`'s languages and ranks are at `postingStarts[s]` up to
   * `postingStarts[s + 1]` in `postingLanguages` and `postingRanks`. A rank is
   * the trigram's first position in the model, as franc's dictionaries keep it.
   */
  postingStarts: Int32Array
  postingLanguages: Int32Array
  postingRanks: Int32Array
  /** Scratch for one sample: each slot's count, and the slots counted. */
  counts: Int32Array
  counted: Int32Array
}

/** Trigram → `[language index, rank, language index, rank…]`, in the data's order. */
function collectPostings(languages: readonly string[], languageModels: Readonly<Record<string, string>>): Map<string, number[]> {
  const postings = new Map<string, number[]>()
  languages.forEach((language, languageIndex) => {
    ;(languageModels[language] ?? '').split('|').forEach((trigram, rank) => {
      // A sample's trigrams are three units long: nothing else can match.
      if (trigram.length !== TRIGRAM_UNITS) return
      const entry = postings.get(trigram)
      if (entry === undefined) postings.set(trigram, [languageIndex, rank])
      // A trigram listed twice in one model keeps its first rank.
      else if (entry[entry.length - 2] !== languageIndex) entry.push(languageIndex, rank)
    })
  })
  return postings
}

function indexScript(languageModels: Readonly<Record<string, string>>): ScriptModels {
  const languages = Object.keys(languageModels)
  const postings = collectPostings(languages, languageModels)
  const trigrams = [...postings.keys()]
  const postingStarts = new Int32Array(trigrams.length + 1)
  const pairs = [...postings.values()]
  pairs.forEach((entry, slot) => {
    postingStarts[slot + 1] = (postingStarts[slot] as number) + entry.length / 2
  })
  const flat = pairs.flat()
  return {
    languages,
    table: buildTable(trigrams),
    postingStarts,
    postingLanguages: Int32Array.from(flat.filter((_, i) => i % 2 === 0)),
    postingRanks: Int32Array.from(flat.filter((_, i) => i % 2 === 1)),
    counts: new Int32Array(trigrams.length),
    counted: new Int32Array(trigrams.length)
  }
}

let models: ReadonlyMap<string, ScriptModels> | null = null

/** Built on first use: most pages never get here (stop words settle them). */
function loadModels(): ReadonlyMap<string, ScriptModels> {
  models ??= new Map(Object.entries(data).map(([script, languageModels]) => [script, indexScript(languageModels)]))
  return models
}

// --- Scoring ---

/**
 * Counts the trigrams of the cleaned, space-padded sample (franc's trigrams)
 * that some model of the script holds, and returns how many distinct ones
 * there are; `script.counted` lists their slots.
 */
function countKnownTrigrams(sample: string, script: ScriptModels): number {
  const padded = ' ' + clean(sample) + ' '
  const {table, counts, counted} = script
  let distinct = 0
  for (let end = TRIGRAM_UNITS - 1; end < padded.length; end++) {
    const first = padded.charCodeAt(end - 2)
    const rest = (padded.charCodeAt(end - 1) << 16) | padded.charCodeAt(end)
    const cell = findCell(table, first, rest)
    if (table.firsts[cell] === -1) continue
    const slot = table.slots[cell] as number
    if (counts[slot] === 0) counted[distinct++] = slot
    counts[slot] = (counts[slot] as number) + 1
  }
  return distinct
}

/**
 * franc's distance of a language adds, per distinct trigram of the sample,
 * the difference of the trigram's count and its rank in the model, or the
 * missing-trigram distance when the model lacks it. A trigram no model of
 * the script holds adds that same distance to every language, and so does
 * the part each held trigram would add if missing: both are left out, and
 * each posting adds its difference less the missing-trigram distance. The
 * scores are franc's distances less one constant, so the order and the ties
 * are franc's.
 */
function closestLanguage(sample: string, script: ScriptModels): string {
  const distinct = countKnownTrigrams(sample, script)
  const {counts, counted, postingStarts, postingLanguages, postingRanks} = script
  const scores = new Int32Array(script.languages.length)
  for (let k = 0; k < distinct; k++) {
    const slot = counted[k] as number
    const count = counts[slot] as number
    counts[slot] = 0
    for (let p = postingStarts[slot] as number; p < (postingStarts[slot + 1] as number); p++) {
      const language = postingLanguages[p] as number
      const difference = Math.abs(count - (postingRanks[p] as number) - 1)
      scores[language] = (scores[language] as number) + difference - MISSING_TRIGRAM_DISTANCE
    }
  }
  let best = 0
  for (let i = 1; i < scores.length; i++) if ((scores[i] as number) < (scores[best] as number)) best = i
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
  const script = loadModels().get(top.script)
  // A script of one language names it, unless none of the sample is in it.
  if (script === undefined) return top.count === 0 ? UNDETERMINED : top.script
  return closestLanguage(head, script)
}
