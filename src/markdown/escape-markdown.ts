/**
 * Markdown escaping of one text node, exactly as remark-stringify does it
 * (mdast-util-to-markdown's `safe`, MIT, © Titus Wormer), for the places
 * the fast printer (print-markdown.ts, print-phrasing.ts) puts text: the
 * phrasing of a heading, a paragraph, a block quote's paragraph, a list
 * item's paragraph, and a link's label, URL and title. The unsafe patterns are not copied: they are read from the
 * configured remark-stringify processor (with remark-gfm's), so that the two
 * printers escape alike. What differs is the cost: a pattern is only run when
 * its character is in the text, where `safe` runs every pattern on every
 * text node (it was the largest cost of printing a text dump).
 */

/** The part of mdast-util-to-markdown's `Unsafe` this reads. */
export interface UnsafePattern {
  character: string
  inConstruct?: string | readonly string[] | null | undefined
  notInConstruct?: string | readonly string[] | null | undefined
  before?: string | null | undefined
  after?: string | null | undefined
  atBreak?: boolean | null | undefined
  beforeNode?: unknown
  afterNode?: unknown
}

/** The construct stack above a text node of a plain block, as mdast-util-to-markdown names it. */
export type TextPlace = 'heading' | 'paragraph' | 'quote' | 'list-item'

/** The construct stacks of the plain blocks' phrasing. */
export const STACKS: Readonly<Record<TextPlace, readonly string[]>> = {
  heading: ['headingAtx', 'phrasing'],
  paragraph: ['paragraph', 'phrasing'],
  quote: ['blockquote', 'paragraph', 'phrasing'],
  'list-item': ['list', 'listItem', 'paragraph', 'phrasing']
}

/** A pattern in scope of one construct stack, with its compiled expression. */
export interface ScopedPattern {
  character: string
  expression: RegExp
  before: boolean
  after: boolean
  /** Its sticky twin, when it is one of the patterns that only match next to a line ending (see BREAK_TWINS). */
  twin: BreakTwin | null
}

/**
 * Where a pattern of remark's that needs a line ending can match: starting
 * at one (`atBreak` patterns, and a space or tab right after one), or as a
 * character right before one (a space before a line ending).
 */
type BreakReach = 'from-break' | 'before-break'

/** A sticky copy of one of remark's compiled patterns, with where it can match. */
export interface BreakTwin {
  sticky: RegExp
  reach: BreakReach
}

/**
 * Sticky copies of remark's unsafe patterns that run on almost every
 * paragraph (a space, a full stop, a hyphen, a colon, a parenthesis or a
 * bracket is in most of them) but only match next to a line ending. The
 * printer puts one before and after every text, so a text without one of
 * its own can only match there, and a sticky expression tries that one
 * position instead of scanning the whole text (these scans were a third of
 * the escaping). Each is paired with remark's compiled pattern by its
 * source (see {@link findTwin}): a pattern remark changes simply loses its
 * twin and is run as before. Literals, so that the regex audit sees them.
 */
export const BREAK_TWINS: readonly BreakTwin[] = [
  {sticky: / (?:[\r\n])/y, reach: 'before-break'},
  {sticky: /((?:[\r\n])) /y, reach: 'from-break'},
  {sticky: /([\r\n][\t ]*(?:\d+))\)/y, reach: 'from-break'},
  {sticky: /([\r\n][\t ]*(?:\d+))\.(?:(?:[ \t\r\n]|$))/y, reach: 'from-break'},
  {sticky: /([\r\n][\t ]*)-(?:(?:[ \t\r\n-]))/y, reach: 'from-break'},
  {sticky: /([\r\n][\t ]*)-(?:[:|-])/y, reach: 'from-break'},
  {sticky: /([\r\n][\t ]*)\[/y, reach: 'from-break'},
  {sticky: /([\r\n][\t ]*):(?:-)/y, reach: 'from-break'}
]

/** remark writes some tabs and line endings into its patterns' sources as the characters themselves, which match as their escapes do. */
const CONTROL_CHARACTER = /[\t\n\r]/g

function escapeControl(character: string): string {
  return character === '\t' ? '\\t' : character === '\n' ? '\\n' : '\\r'
}

/** The sticky twin of a compiled pattern: the same source (control characters written as escapes), without flags of its own. */
export function findTwin(expression: RegExp): BreakTwin | null {
  if (expression.flags !== 'g') return null
  const source = expression.source.replace(CONTROL_CHARACTER, escapeControl)
  return BREAK_TWINS.find((twin) => twin.sticky.source === source) ?? null
}

/**
 * The patterns in scope of one construct stack, split by how common their
 * character is in prose. Each pattern is only run when its character is in
 * the text, and testing that (`includes`) for each of some forty patterns
 * scans the whole text for every character it lacks: the largest cost of
 * printing. Prose holds the common characters, so they are tested one by
 * one; it seldom holds the others (`*`, `_`, `#`, `<`, `|`…), so one scan
 * for any of them (`rareGate`) stands for all of their tests.
 */
export interface StackPatterns {
  /** Patterns of characters most paragraphs hold (see PROSE_CHARACTERS), and of any RARE_CHARACTERS misses. */
  common: readonly ScopedPattern[]
  /** Patterns of the other characters. */
  rare: readonly ScopedPattern[]
  /** Matches any character of `rare` (RARE_CHARACTERS); `null` when `rare` is empty. */
  rareGate: RegExp | null
}

/**
 * Pattern characters that most paragraphs of prose hold (a space is in 94%
 * of the corpus's paragraphs, a full stop in 65%, a hyphen, colon or
 * parenthesis in 15–21%, a bracket in 8%), or that the printer puts around
 * every text (a line ending). Any other is in under 3% of paragraphs.
 */
const PROSE_CHARACTERS = new Set([' ', '\n', '.', '-', ':', '(', ')', '['])

/** The processor's unsafe patterns, and those in scope of each construct stack met so far. */
export interface EscapeTable {
  unsafe: readonly UnsafePattern[]
  compile: (pattern: UnsafePattern) => RegExp
  byStack: Map<string, StackPatterns>
  /** The same, by the place of a plain block's text (see {@link patternsAt}). */
  byPlace: Map<TextPlace, StackPatterns>
  /** Whether a pattern depends on the node before or after the text (none does in this configuration; the fast printer then leaves phrasing with several nodes to remark). */
  nodePatterns: boolean
}

/** As mdast-util-to-markdown's `patternInScope`. */
function listInScope(stack: readonly string[], list: string | readonly string[] | null | undefined, none: boolean): boolean {
  const items = typeof list === 'string' ? [list] : list
  if (!items || items.length === 0) return none
  return items.some((item) => stack.includes(item))
}

/** Whether `pattern` applies in the construct stack (mdast-util-to-markdown's `patternInScope`). */
export function patternInScope(stack: readonly string[], pattern: UnsafePattern): boolean {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false)
}

/** Keep the processor's unsafe patterns, to be sorted by construct stack as stacks come up. */
export function buildEscapeTable(unsafe: readonly UnsafePattern[], compile: (pattern: UnsafePattern) => RegExp): EscapeTable {
  return {unsafe, compile, byStack: new Map(), byPlace: new Map(), nodePatterns: unsafe.some((pattern) => Boolean(pattern.beforeNode || pattern.afterNode))}
}

/**
 * The patterns that apply to text under `stack`, in the processor's order,
 * sorted out once per stack. This configuration has no pattern that needs
 * a sibling node before or after the text (they would not be in this list).
 */
export function patternsIn(table: EscapeTable, stack: readonly string[]): StackPatterns {
  const key = stack.join(' ')
  let patterns = table.byStack.get(key)
  if (patterns === undefined) {
    const scoped = table.unsafe
      .filter((pattern) => !pattern.beforeNode && !pattern.afterNode && patternInScope(stack, pattern))
      .map((pattern) => ({
        character: pattern.character,
        expression: table.compile(pattern),
        before: Boolean(pattern.before || pattern.atBreak),
        after: Boolean(pattern.after),
        twin: findTwin(table.compile(pattern))
      }))
    patterns = splitByCharacter(scoped)
    table.byStack.set(key, patterns)
  }
  return patterns
}

/** {@link patternsIn} for the stack of a place, without joining the stack into a key for every paragraph. */
export function patternsAt(table: EscapeTable, place: TextPlace): StackPatterns {
  let patterns = table.byPlace.get(place)
  if (patterns === undefined) {
    patterns = patternsIn(table, STACKS[place])
    table.byPlace.set(place, patterns)
  }
  return patterns
}

/**
 * The characters of remark's (and remark-gfm's) unsafe patterns that prose
 * seldom holds, as one class: a text without any of them needs none of
 * their patterns. A constant, so that it is audited like every pattern.
 */
const RARE_CHARACTERS = /[\t\r!#&*+<=>@\\\]_`|~]/

function byCharacter(patterns: readonly ScopedPattern[]): ScopedPattern[] {
  return [...patterns].sort((a, b) => (a.character < b.character ? -1 : a.character > b.character ? 1 : 0))
}

/** Sort a stack's patterns into common and rare characters (see {@link StackPatterns}). */
function splitByCharacter(patterns: readonly ScopedPattern[]): StackPatterns {
  const common = patterns.filter((pattern) => PROSE_CHARACTERS.has(pattern.character))
  const rare = patterns.filter((pattern) => !PROSE_CHARACTERS.has(pattern.character))
  // A character the class misses (a later remark's) is run on every text, ungated.
  const gated = rare.filter((pattern) => RARE_CHARACTERS.test(pattern.character))
  const ungated = rare.filter((pattern) => !RARE_CHARACTERS.test(pattern.character))
  // Sorted by character (where a pattern matches does not depend on the
  // others), so that each character is looked for once (see findUnsafe).
  return {common: byCharacter([...common, ...ungated]), rare: byCharacter(gated), rareGate: gated.length === 0 ? null : RARE_CHARACTERS}
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u
const WHITESPACE = /\s/
const ATTENTION_MARKER = /[*_]/
const ESCAPABLE_BACKSLASH = /\\(?=[!-/:-@[-`{-~])/g

/** As micromark-util-classify-character: 1 whitespace, 2 punctuation, 0 other. */
function classifyCharacter(code: number): number {
  if (code === 32) return 1
  const char = String.fromCharCode(code)
  if (WHITESPACE.test(char)) return 1
  return UNICODE_PUNCTUATION.test(char) ? 2 : 0
}

function encodeCharacterReference(code: number): string {
  return '&#x' + code.toString(16).toUpperCase() + ';'
}

/** As mdast-util-to-markdown's `escapeBackslashes`. */
function escapeBackslashes(value: string, after: string): string {
  if (!value.includes('\\') && !after.includes('\\')) return value
  const whole = value + after
  const positions: number[] = []
  let match: RegExpExecArray | null
  ESCAPABLE_BACKSLASH.lastIndex = 0
  while ((match = ESCAPABLE_BACKSLASH.exec(whole))) positions.push(match.index)
  const results: string[] = []
  let start = 0
  for (const position of positions) {
    if (start !== position) results.push(value.slice(start, position))
    results.push('\\')
    start = position
  }
  results.push(value.slice(start))
  return results.join('')
}

interface Info {
  before: boolean
  after: boolean
}

/**
 * Add where `patterns` match in `value` to `positions`, and whether only
 * the character before or after is unsafe there to `infos` (as
 * mdast-util-to-markdown's `safe`: a flag stays only if every match there has it).
 */
function findUnsafe(patterns: readonly ScopedPattern[], value: string, positions: number[], infos: Map<number, Info>): void {
  let character = ''
  let present = false
  for (const pattern of patterns) {
    // Every match holds the pattern's character: without it, no match. The
    // patterns are sorted by character, so each is looked for once.
    if (pattern.character !== character) {
      character = pattern.character
      present = value.includes(character)
    }
    if (present) findEvery(pattern, value, positions, infos)
  }
}

/** Add every match of `pattern` in `value` (see {@link findUnsafe}). */
function findEvery(pattern: ScopedPattern, value: string, positions: number[], infos: Map<number, Info>): void {
  const {expression} = pattern
  let match: RegExpExecArray | null
  while ((match = expression.exec(value))) addMatch(pattern, match, positions, infos)
}

/** Add one match: where its character is, merging the flags of a position already found. */
function addMatch(pattern: ScopedPattern, match: RegExpExecArray, positions: number[], infos: Map<number, Info>): void {
  const position = match.index + (pattern.before ? (match[1] as string).length : 0)
  const info = infos.get(position)
  if (info) {
    if (info.before && !pattern.before) info.before = false
    if (info.after && !pattern.after) info.after = false
  } else {
    positions.push(position)
    infos.set(position, {before: pattern.before, after: pattern.after})
  }
}

/** The characters of RARE_CHARACTERS and line endings: a text without any needs only the common patterns, and has the fast path. */
const RARE_OR_LINE_ENDING = /[\t\n\r!#&*+<=>@\\\]_`|~]/

/**
 * A text holding one of these has no fast path: line endings, and `_`,
 * whose intraword rule looks at what is around the text.
 */
const LINE_ENDING_OR_UNDERSCORE = /[\n\r_]/g

/** Whether `input` has a line ending or `_` at or after `from`. */
function hasLineEndingOrUnderscore(input: string, from: number): boolean {
  LINE_ENDING_OR_UNDERSCORE.lastIndex = from
  const found = LINE_ENDING_OR_UNDERSCORE.test(input)
  LINE_ENDING_OR_UNDERSCORE.lastIndex = 0
  return found
}

/**
 * As {@link findUnsafe}, for an input with no line ending and no `_`,
 * keeping only what can change the output: the matches whose character is
 * in the input (`safe` escapes nothing of `before` or `after`, and with no
 * `_` in the input nothing else looks at them). So a pattern whose
 * character the input lacks is skipped, and a pattern that needs a line ending (BREAK_TWINS), which
 * the input lacks, is only tried next to `before`'s line endings or, for a
 * character before a line ending, at the input's last character.
 */
function findPlainUnsafe(patterns: readonly ScopedPattern[], value: string, input: string, offset: number, end: number, positions: number[], infos: Map<number, Info>): void {
  let character = ''
  let present = false
  for (const pattern of patterns) {
    if (pattern.character !== character) {
      character = pattern.character
      present = input.includes(character)
    }
    if (!present) continue
    const {twin} = pattern
    if (twin === null) findEvery(pattern, value, positions, infos)
    else if (twin.reach === 'before-break') findAt(pattern, twin.sticky, value, end - 1, positions, infos)
    else findFromBreaks(pattern, twin.sticky, value, offset, positions, infos)
  }
}

/** Add the match of `sticky` at `index`, if any; returns where it ends (`index` when none). */
function findAt(pattern: ScopedPattern, sticky: RegExp, value: string, index: number, positions: number[], infos: Map<number, Info>): number {
  sticky.lastIndex = index
  const match = sticky.exec(value)
  if (match === null) return index
  addMatch(pattern, match, positions, infos)
  return index + match[0].length
}

/**
 * Add the matches of a pattern that starts at a line ending, trying each of
 * `value`'s before `offset` in turn; as the global expression does, a match
 * is looked for only after the end of the one before it.
 */
function findFromBreaks(pattern: ScopedPattern, sticky: RegExp, value: string, offset: number, positions: number[], infos: Map<number, Info>): void {
  let searchFrom = 0
  for (let index = 0; index < offset; index++) {
    const code = value.charCodeAt(index)
    if ((code === 10 || code === 13) && index >= searchFrom) searchFrom = findAt(pattern, sticky, value, index, positions, infos)
  }
}

/**
 * Escape `input` with the patterns of its construct stack (see
 * {@link patternsIn}) and what is printed before and after it, as
 * mdast-util-to-markdown's `safe` does (no `encode` list, not in an autolink).
 */
export function escapeText(patterns: StackPatterns, input: string, before: string, after: string): string {
  const value = before + input + after
  const positions: number[] = []
  const infos = new Map<number, Info>()
  const offset = before.length
  const end = value.length - after.length

  // Where a pattern matches does not depend on the others (its flags are
  // merged per position below), so the two groups may run in either order.
  // One scan tells most texts (85% of the corpus's) that they need only the
  // common patterns; a text with a rare character (most often "]" or "!")
  // keeps the fast path unless it has a line ending or "_".
  const rareAt = input.search(RARE_OR_LINE_ENDING)
  if (rareAt === -1) findPlainUnsafe(patterns.common, value, input, offset, end, positions, infos)
  else if (!hasLineEndingOrUnderscore(input, rareAt)) {
    findPlainUnsafe(patterns.common, value, input, offset, end, positions, infos)
    findPlainUnsafe(patterns.rare, value, input, offset, end, positions, infos)
  } else {
    findUnsafe(patterns.common, value, positions, infos)
    if (patterns.rareGate?.test(value)) findUnsafe(patterns.rare, value, positions, infos)
  }
  if (positions.length === 0) return escapeBackslashes(value.slice(offset, end), after)

  positions.sort((a, b) => a - b)
  const result: string[] = []
  let start = offset
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index] as number
    if (position < start || position >= end) continue

    // Intraword underscores (`a_b`) cannot form attention.
    if (
      value.charAt(position) === '_' &&
      position > 0 &&
      classifyCharacter(value.charCodeAt(position - 1)) === 0 &&
      !infos.has(position - 1) &&
      !(position - 1 === offset && ATTENTION_MARKER.test(value.charAt(offset - 1)))
    ) {
      let sequenceEnd = position + 1
      while (sequenceEnd < end && value.charAt(sequenceEnd) === '_') sequenceEnd++
      const skip = sequenceEnd - position - 1
      if (
        positions[index + skip] === sequenceEnd - 1 &&
        sequenceEnd < value.length &&
        classifyCharacter(value.charCodeAt(sequenceEnd)) === 0 &&
        !infos.has(sequenceEnd) &&
        !(sequenceEnd === end - 1 && ATTENTION_MARKER.test(value.charAt(end)))
      ) {
        index += skip
        continue
      }
    }

    // A character unsafe only before or after one that is escaped anyway.
    const info = infos.get(position) as Info
    if (
      (position + 1 < end && positions[index + 1] === position + 1 && info.after && !(infos.get(position + 1) as Info).before && !(infos.get(position + 1) as Info).after) ||
      (position - 1 >= offset && positions[index - 1] === position - 1 && info.before && !(infos.get(position - 1) as Info).before && !(infos.get(position - 1) as Info).after)
    ) {
      continue
    }

    if (start !== position) result.push(escapeBackslashes(value.slice(start, position), '\\'))
    start = position + 1
    const char = value.charAt(position)
    result.push(ASCII_PUNCTUATION.test(char) ? '\\' + char : encodeCharacterReference(value.charCodeAt(position)))
  }
  result.push(escapeBackslashes(value.slice(start, end), after))
  return result.join('')
}
