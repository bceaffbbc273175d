import type {LineFinding} from '../decide/rules/finding.js'
import type {Author, SocialHandle} from '../types.js'

interface Found {
  author: Author
  index: number
}

/**
 * Build the authors from what the rules found on the lines they removed:
 * bylines, bios and social handles. Bios name their author; a handle goes to
 * the author whose byline or bio stands nearest to it (a footer puts them
 * side by side), or to the one it names ("Follow Jane Doe on Twitter").
 *
 * @param findings The rules' findings, in page order.
 * @returns The authors, in the order first named.
 */
export function extractAuthors(findings: readonly LineFinding[]): Author[] {
  const found: Found[] = []
  const byName = new Map<string, Found>()
  const add = (name: string, index: number): Found => {
    const key = name.toLowerCase()
    const existing = byName.get(key)
    if (existing) return existing
    const entry = {author: {name, bio: null, social: []}, index}
    byName.set(key, entry)
    found.push(entry)
    return entry
  }
  const handles: {social: SocialHandle; index: number; text: string}[] = []
  for (const {index, finding} of findings) {
    if (finding.kind === 'byline') {
      const entries = finding.names.map((name) => add(name, index))
      // A handle written on the byline belongs to the byline's first name.
      const first = entries[0]
      if (first && entries.length === 1) for (const handle of finding.handles) pushSocial(first.author, {platform: null, handle})
    } else if (finding.kind === 'author-bio') {
      const entry = add(finding.name, index)
      entry.author.bio ??= finding.bio
      entry.index = index
    } else if (finding.kind === 'social-handle') {
      for (const social of finding.handles) handles.push({social, index, text: finding.text})
    }
  }
  const named = indexNames(found)
  const nearest = indexPositions(found)
  for (const {social, index, text} of handles) {
    const author = named(text) ?? nearest(index)
    if (author) pushSocial(author.author, social)
  }
  return found.map(({author}) => author)
}

/*
 * The two lookups below answer what a scan of every author for every handle
 * line answered, in time that does not grow with the number of authors: a
 * dump of 20,000 alternating byline and handle lines took 17 s that way.
 */

/**
 * The first author (in the order found) whose name a line contains, ignoring
 * case. A name is two or more words, so where it occurs its first space lies
 * on a space of the line, and its first word ends there: names are looked up
 * by the word before each space of the line, not compared one by one.
 */
function indexNames(found: readonly Found[]): (text: string) => Found | undefined {
  const byFirstWord = new Map<string, number[]>()
  const oneWord: number[] = []
  let longest = 0
  found.forEach(({author}, position) => {
    const name = author.name.toLowerCase()
    const space = name.indexOf(' ')
    if (space <= 0) {
      oneWord.push(position)
      return
    }
    const first = name.slice(0, space)
    longest = Math.max(longest, first.length)
    const list = byFirstWord.get(first) ?? []
    list.push(position)
    byFirstWord.set(first, list)
  })
  return (text) => {
    const lower = text.toLowerCase()
    let best = Infinity
    for (const position of oneWord) if (position < best && lower.includes((found[position] as Found).author.name.toLowerCase())) best = position
    for (let space = lower.indexOf(' '); space >= 0; space = lower.indexOf(' ', space + 1)) {
      for (let length = 1; length <= Math.min(longest, space); length++) {
        for (const position of byFirstWord.get(lower.slice(space - length, space)) ?? []) {
          if (position < best && lower.startsWith((found[position] as Found).author.name.toLowerCase(), space - length)) best = position
        }
      }
    }
    return found[best]
  }
}

/** The author whose line is nearest to a line (the first found, of two as near), by binary search over their lines. */
function indexPositions(found: readonly Found[]): (index: number) => Found | undefined {
  const firstAt = new Map<number, number>()
  found.forEach((entry, position) => {
    if (!firstAt.has(entry.index)) firstAt.set(entry.index, position)
  })
  const lines = [...firstAt.keys()].sort((a, b) => a - b)
  return (index) => {
    if (lines.length === 0) return undefined
    let low = 0
    let high = lines.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((lines[middle] as number) < index) low = middle + 1
      else high = middle
    }
    // lines[low] is the first line at or after `index` (or the last line); the one before may be nearer.
    const candidates = [lines[low - 1], lines[low]].filter((line): line is number => line !== undefined)
    let best: number | undefined
    for (const line of candidates) {
      const distance = Math.abs(line - index)
      const bestDistance = best === undefined ? Infinity : Math.abs(best - index)
      if (distance < bestDistance || (distance === bestDistance && (firstAt.get(line) as number) < (firstAt.get(best as number) as number))) best = line
    }
    return found[firstAt.get(best as number) as number]
  }
}

function pushSocial(author: Author, social: SocialHandle): void {
  const same = author.social.find((s) => s.handle.toLowerCase() === social.handle.toLowerCase())
  if (!same) author.social.push(social)
  else if (same.platform === null) same.platform = social.platform
}

/** The authors' names as one display string: "A", "A and B", "A, B and C". */
export function formatByline(authors: readonly Author[]): string | null {
  const names = authors.map((author) => author.name)
  if (names.length === 0) return null
  if (names.length === 1) return names[0] ?? null
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
