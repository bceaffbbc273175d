import {bioAuthorName} from '../rules/author-bio.js'
import {parseByline} from '../rules/byline.js'
import {parseSocialHandles} from '../rules/social-handle.js'
import type {Author, RemovalReason, SocialHandle} from '../types.js'

/** A removed line that may speak of an author, with its position. */
export interface AuthorLine {
  text: string
  reason: RemovalReason
  index: number
}

interface Found {
  author: Author
  index: number
}

/**
 * Build the authors from the byline, bio and social-handle lines the rules
 * removed. Bios name their author; a handle goes to the author whose byline or
 * bio stands nearest to it (a footer puts them side by side), or to the one
 * it names ("Follow Jane Doe on Twitter").
 */
export function extractAuthors(lines: readonly AuthorLine[]): Author[] {
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
  for (const line of lines) {
    if (line.reason === 'byline') {
      const parsed = parseByline(line.text)
      if (!parsed) continue
      const entries = parsed.names.map((name) => add(name, line.index))
      // A handle written on the byline belongs to the byline's first name.
      const first = entries[0]
      if (first && entries.length === 1) for (const handle of parsed.handles) pushSocial(first.author, {platform: null, handle})
    } else if (line.reason === 'author-bio') {
      const name = bioAuthorName(line.text)
      if (name === null) continue
      const entry = add(name, line.index)
      entry.author.bio ??= line.text
      entry.index = line.index
    } else if (line.reason === 'social-handle') {
      for (const social of parseSocialHandles(line.text)) handles.push({social, index: line.index, text: line.text})
    }
  }
  for (const {social, index, text} of handles) {
    const named = found.find(({author}) => text.toLowerCase().includes(author.name.toLowerCase()))
    const nearest = named ?? nearestTo(found, index)
    if (nearest) pushSocial(nearest.author, social)
  }
  return found.map(({author}) => author)
}

function nearestTo(found: readonly Found[], index: number): Found | undefined {
  let best: Found | undefined
  for (const entry of found) if (!best || Math.abs(entry.index - index) < Math.abs(best.index - index)) best = entry
  return best
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
