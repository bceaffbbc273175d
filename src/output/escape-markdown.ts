/**
 * Markdown escaping of one text node, exactly as remark-stringify does it
 * (mdast-util-to-markdown's `safe`, MIT, © Titus Wormer), for the few places
 * the fast printer (print-markdown.ts) puts text: a heading, a paragraph, a
 * block quote's paragraph, a list item's paragraph, each with a single text
 * child. The unsafe patterns are not copied: they are read from the
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

/** The construct stack above a text node, as mdast-util-to-markdown names it. */
export type TextPlace = 'heading' | 'paragraph' | 'quote' | 'list-item'

const STACKS: Readonly<Record<TextPlace, readonly string[]>> = {
  heading: ['headingAtx', 'phrasing'],
  paragraph: ['paragraph', 'phrasing'],
  quote: ['blockquote', 'paragraph', 'phrasing'],
  'list-item': ['list', 'listItem', 'paragraph', 'phrasing']
}

/** A pattern in scope of one place, with its compiled expression. */
interface ScopedPattern {
  character: string
  expression: RegExp
  before: boolean
  after: boolean
}

/** The patterns that apply at each place, in the processor's order. */
export type EscapeTable = Readonly<Record<TextPlace, readonly ScopedPattern[]>>

/** As mdast-util-to-markdown's `patternInScope`. */
function listInScope(stack: readonly string[], list: string | readonly string[] | null | undefined, none: boolean): boolean {
  const items = typeof list === 'string' ? [list] : list
  if (!items || items.length === 0) return none
  return items.some((item) => stack.includes(item))
}

/**
 * Sort the processor's unsafe patterns by place, once. A pattern that needs
 * a node before or after the text never applies to a lone text child.
 */
export function buildEscapeTable(unsafe: readonly UnsafePattern[], compile: (pattern: UnsafePattern) => RegExp): EscapeTable {
  const table = {} as Record<TextPlace, ScopedPattern[]>
  for (const place of Object.keys(STACKS) as TextPlace[]) {
    const stack = STACKS[place]
    table[place] = unsafe
      .filter((pattern) => !pattern.beforeNode && !pattern.afterNode)
      .filter((pattern) => listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false))
      .map((pattern) => ({
        character: pattern.character,
        expression: compile(pattern),
        before: Boolean(pattern.before || pattern.atBreak),
        after: Boolean(pattern.after)
      }))
  }
  return table
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
  const whole = value + after
  if (!whole.includes('\\')) return value
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
 * Escape `input` for its place, with the characters printed before and
 * after it, as mdast-util-to-markdown's `safe` does (no `encode` list, not in
 * an autolink, no sibling nodes).
 */
export function escapeText(table: EscapeTable, place: TextPlace, input: string, before: string, after: string): string {
  const value = before + input + after
  const positions: number[] = []
  const infos = new Map<number, Info>()
  const offset = before.length
  const end = value.length - after.length

  for (const pattern of table[place]) {
    // Every match holds the pattern's character: without it, no match.
    if (!value.includes(pattern.character)) continue
    const {expression} = pattern
    let match: RegExpExecArray | null
    while ((match = expression.exec(value))) {
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
