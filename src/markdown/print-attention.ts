/**
 * Emphasis, strong and strikethrough markers chosen as mdast-util-to-markdown
 * chooses them (its `serialize` in `util/container-phrasing.js`, MIT,
 * © Titus Wormer), ported function for function so that the fast printer
 * (print-phrasing.ts) gives the same bytes: each attention node gets the
 * first of its marker sequences that differs from its neighbours, the
 * result is checked with CommonMark's flanking and pairing rules, other
 * sequences are tried where a marker would not pair, and characters next to
 * a marker become character references where that is what makes it pair.
 * test/print-markdown.test.ts compares the printers on generated trees.
 */

/** An attention node's printed children and its marker sequences (the first is the preferred one). */
export interface AttentionItem {
  children: Item[]
  sequences: string[]
}

/** Printed phrasing: text already printed, or an attention node whose markers are still to choose. */
export type Item = AttentionItem | string

interface Token {
  value: string
  attention: AttentionItem | undefined
}

interface Run {
  tokens: Token[]
  markers: Token[]
  start: number
  end: number
  open: boolean
  close: boolean
  split: boolean
}

interface Mistake {
  attention: AttentionItem[]
  index: number
}

/** Markers CommonMark treats alike (`*`: false) or strictly (`_`: true, no intraword); others (`~`) pair whole runs. */
const BUILTINS = new Map([
  ['*', false],
  ['_', true]
])

const WHITESPACE = /\s/
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u

/** As micromark-util-classify-character: 1 whitespace, 2 punctuation, undefined otherwise (also for NaN). */
function classifyCharacter(code: number): 1 | 2 | undefined {
  if (code === 32 || code === 9 || code === 10 || code === 13) return 1
  if (!(code > -1)) return undefined
  const char = String.fromCharCode(code)
  if (WHITESPACE.test(char)) return 1
  return UNICODE_PUNCTUATION.test(char) ? 2 : undefined
}

export function firstCharacter(value: string): string {
  const code = value.codePointAt(0)
  return code === undefined ? '' : String.fromCodePoint(code)
}

export function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2)
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1)
}

function encodeCharacterReference(code: number): string {
  return '&#x' + code.toString(16).toUpperCase() + ';'
}

/** As `encodeInfo`: whether the character inside and the one outside a marker must be encoded for it to pair. */
function encodeInfo(outside: number, inside: number, marker: string): {inside: boolean; outside: boolean} {
  const outsideKind = classifyCharacter(outside)
  const insideKind = classifyCharacter(inside)
  if (outsideKind === undefined) {
    if (insideKind === undefined) return marker === '_' ? {inside: true, outside: true} : {inside: false, outside: false}
    return insideKind === 1 ? {inside: true, outside: true} : {inside: false, outside: true}
  }
  if (outsideKind === 1) return insideKind === 1 ? {inside: true, outside: true} : {inside: false, outside: false}
  return insideKind === 1 ? {inside: true, outside: false} : {inside: false, outside: false}
}

function candidates(tokens: readonly Token[], involved: readonly Token[], runOf: ReadonlyMap<Token, Run>): AttentionItem[] {
  const related = new Set<AttentionItem | undefined>()
  for (const token of tokens) {
    const siblings = runOf.get(token)
    if (siblings && token.attention && involved.some((d) => d.attention === token.attention)) {
      for (const sibling of siblings.tokens) related.add(sibling.attention)
    }
  }
  const ordered: AttentionItem[] = []
  for (const token of tokens) {
    if (token.attention && related.delete(token.attention)) ordered.push(token.attention)
  }
  ordered.reverse()
  return ordered
}

function pair(runs: Run[], wrong: Map<Token, Token[]>): void {
  const openersByMarker = new Map<string, Run[]>()
  for (const closer of runs) {
    const marker = (closer.tokens[0] as Token).value.charAt(0)
    let openers = openersByMarker.get(marker)
    if (!openers) {
      openers = []
      openersByMarker.set(marker, openers)
    }
    let open = closer.close ? openers.length : 0
    while (open-- && closer.start < closer.end) {
      const opener = openers[open] as Run
      const openerSize = opener.end - opener.start
      const closerSize = closer.end - closer.start
      if (
        closer.split
          ? (opener.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
          : openerSize !== opener.markers.length || openerSize !== closerSize
      ) {
        continue
      }
      const size = closer.split ? (openerSize > 1 && closerSize > 1 ? 2 : 1) : closerSize
      const opening = opener.markers.slice(opener.end - size, opener.end)
      const closing = closer.markers.slice(closer.start, closer.start + size)
      const openToken = opening[0] as Token
      const closeToken = closing[0] as Token
      if (
        openToken === opening[size - 1] &&
        openToken.value.length === size &&
        closeToken === closing[size - 1] &&
        closeToken.value.length === size &&
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken)
        wrong.delete(closeToken)
      } else {
        const involved = [...new Set([...opening, ...closing])]
        for (const token of involved) {
          const list = wrong.get(token)
          // One by one: a spread of a long run of markers would overflow the call stack.
          if (list) for (const involvedToken of involved) list.push(involvedToken)
        }
      }
      opener.end -= size
      closer.start += size
      if (opener.start === opener.end) openers.splice(open, 1)
      open = openers.length
    }
    if (closer.open && closer.start < closer.end) openers.push(closer)
  }
}

/** The first marker that would not pair as meant, or undefined if all do. */
function check(tokens: readonly Token[], before: string, after: string): Mistake | undefined {
  const runs: Run[] = []
  const wrong = new Map<Token, Token[]>()
  const runOf = new Map<Token, Run>()
  let index = 0
  while (index < tokens.length) {
    if (!(tokens[index] as Token).attention) {
      index++
      continue
    }
    const marker = (tokens[index] as Token).value.charAt(0)
    const strict = BUILTINS.get(marker)
    let end = index + 1
    while (end < tokens.length && (tokens[end] as Token).attention && (tokens[end] as Token).value.charAt(0) === marker) end++
    const head = index ? (tokens[index - 1] as Token).value : before
    const previous = classifyCharacter(head.charCodeAt(head.length - 1))
    const next = classifyCharacter((end < tokens.length ? (tokens[end] as Token).value : after).charCodeAt(0))
    const open = !next || (next === 2 && Boolean(previous))
    const close = !previous || (previous === 2 && Boolean(next))
    const run: Run = {
      tokens: tokens.slice(index, end),
      markers: [],
      start: 0,
      end: 0,
      open: strict ? open && (Boolean(previous) || !close) : open,
      close: strict ? close && (Boolean(next) || !open) : close,
      split: strict !== undefined
    }
    for (const token of run.tokens) {
      wrong.set(token, [...run.tokens])
      runOf.set(token, run)
      let size = token.value.length
      while (size--) run.markers.push(token)
    }
    run.end = run.markers.length
    runs.push(run)
    index = end
  }
  pair(runs, wrong)
  index = -1
  while (++index < tokens.length) {
    const involved = wrong.get(tokens[index] as Token)
    if (involved) return {attention: candidates(tokens, involved, runOf), index}
  }
  return undefined
}

function encode(tokens: Token[], start: boolean): void {
  const token = tokens[start ? 0 : tokens.length - 1]
  if (!token || token.attention) return
  const character = start ? firstCharacter(token.value) : lastCharacter(token.value)
  const reference = encodeCharacterReference(character.codePointAt(0) as number)
  if (start) {
    token.value = reference + token.value.slice(character.length)
  } else {
    let value = token.value.slice(0, token.value.length - character.length)
    let escapes = 0
    while (value.charCodeAt(value.length - 1 - escapes) === 92) escapes++
    // An odd number would escape the `&` again.
    if (escapes % 2) value += '\\'
    token.value = value + reference
  }
}

function render(items: readonly Item[], chosen: ReadonlyMap<AttentionItem, string>, before: string, after: string): Token[] {
  const tokens: Token[] = []
  let encodeAfter: string | undefined
  let previous = lastCharacter(before)
  let index = -1
  while (++index < items.length) {
    const item = items[index] as Item
    if (typeof item === 'string') {
      const token: Token = {value: item, attention: undefined}
      if (encodeAfter && encodeAfter === firstCharacter(item)) encode([token], true)
      encodeAfter = undefined
      tokens.push(token)
      if (token.value) previous = lastCharacter(token.value)
      continue
    }
    const sequence = chosen.get(item) || (item.sequences[0] as string)
    const marker = sequence.charAt(0)
    const next = items[index + 1]
    const outsideBefore = previous
    const outsideAfter = firstCharacter(next === undefined ? after : typeof next === 'string' ? next : chosen.get(next) || (next.sequences[0] as string))
    const inside = render(item.children, chosen, sequence, sequence)
    const head = (inside[0] as Token).value
    const open = encodeInfo(outsideBefore.charCodeAt(outsideBefore.length - 1), head.charCodeAt(0), marker)
    if (open.inside) encode(inside, true)
    const tail = lastCharacter((inside[inside.length - 1] as Token).value)
    const close = encodeInfo(outsideAfter.charCodeAt(0), tail.charCodeAt(tail.length - 1), marker)
    if (close.inside) encode(inside, false)
    if (open.outside && outsideBefore !== '\n' && outsideBefore !== '\r') encode(tokens, false)
    if (close.outside) encodeAfter = outsideAfter
    tokens.push({value: sequence, attention: item}, ...inside, {value: sequence, attention: item})
    previous = sequence.charAt(sequence.length - 1)
  }
  return tokens
}

function improve(
  items: readonly Item[],
  chosen: ReadonlyMap<AttentionItem, string>,
  mistake: Mistake,
  before: string,
  after: string
): {chosen: Map<AttentionItem, string>; mistake: Mistake | undefined; tokens: Token[]} | undefined {
  for (const attention of mistake.attention) {
    const current = chosen.get(attention) || attention.sequences[0]
    for (const sequence of attention.sequences) {
      if (sequence === current) continue
      const trial = new Map(chosen)
      trial.set(attention, sequence)
      const tokens = render(items, trial, before, after)
      const next = check(tokens, before, after)
      if (!next || next.index > mistake.index) return {chosen: trial, mistake: next, tokens}
    }
  }
  return undefined
}

function fix(items: readonly Item[], chosen: Map<AttentionItem, string>, before: string, after: string): Token[] | undefined {
  let tokens = render(items, chosen, before, after)
  let mistake = check(tokens, before, after)
  while (mistake) {
    const next = improve(items, chosen, mistake, before, after)
    if (!next) return undefined
    chosen = next.chosen
    tokens = next.tokens
    mistake = next.mistake
  }
  return tokens
}

function guess(items: readonly Item[], chosen: Map<AttentionItem, string>, before: string, after: string): void {
  let previous = before
  let index = -1
  while (++index < items.length) {
    const item = items[index] as Item
    if (typeof item === 'string') {
      previous = ''
      continue
    }
    const next = index === items.length - 1 ? after : ''
    const sequence =
      item.sequences.find((value) => {
        const marker = value.charAt(0)
        return (marker !== previous.charAt(0) && marker !== next.charAt(0)) || (items.length === 1 && BUILTINS.has(marker) && value.length > before.length)
      }) || (item.sequences[0] as string)
    if (sequence !== item.sequences[0]) chosen.set(item, sequence)
    guess(item.children, chosen, sequence, sequence)
    previous = sequence
  }
}

/** Print items between `before` and `after` (mdast-util-to-markdown's `serialize`). */
export function serializeItems(items: readonly Item[], before: string, after: string): string {
  // Plain strings need no marker choice.
  if (items.every((item) => typeof item === 'string')) return items.join('')
  const guessed = new Map<AttentionItem, string>()
  guess(items, guessed, before, after)
  const tokens = (guessed.size > 0 ? fix(items, guessed, before, after) : undefined) || fix(items, new Map(), before, after) || render(items, new Map(), before, after)
  let result = ''
  for (const token of tokens) result += token.value
  return result
}
