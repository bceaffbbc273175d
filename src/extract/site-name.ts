import {squash} from '../util/squash.js'

/** One clue to the site's name and where it came from. */
export interface SiteClue {
  name: string
  source: 'more-in' | 'bio' | 'copyright'
}

/**
 * Settle the site's name from clues that agree. One "More In Politics" line
 * names a section, not a site; it takes two clues of different kinds naming
 * the same thing, or one that matches the URL's host ("Defense News" and
 * defensenews.com), to call it the site.
 */
export function resolveSiteName(clues: readonly SiteClue[], url: string | null): string | null {
  const host = hostLabel(url)
  // The kinds of clue that name each thing, gathered once: comparing every
  // clue with every other took 16 s on a dump of 40,000 "More In" lines.
  const sources = new Map<string, Set<SiteClue['source']>>()
  for (const clue of clues) {
    const key = squash(clue.name)
    const kinds = sources.get(key) ?? new Set()
    kinds.add(clue.source)
    sources.set(key, kinds)
  }
  for (const clue of clues) {
    const key = squash(clue.name)
    if (key.length < 2) continue
    if (host !== null && host === key) return clue.name
    if ((sources.get(key)?.size ?? 0) >= 2) return clue.name
  }
  return null
}

/** The registrable label of a URL's host, squashed: "https://www.defensenews.com/x" → "defensenews". */
export function hostLabel(url: string | null): string | null {
  if (url === null) return null
  let host: string
  try {
    host = new URL(url).hostname
  } catch {
    return null
  }
  const labels = host.replace(/^www\d?\./u, '').split('.')
  const label = labels.length >= 2 ? labels[labels.length - 2] : labels[0]
  return label ? squash(label) : null
}
