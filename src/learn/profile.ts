import {InvalidInputError} from '../errors.js'

/** The format tag of a saved profile, checked when one is loaded. */
export const PROFILE_FORMAT = 'article-cleaner/profile'
export const PROFILE_VERSION = 1

/**
 * What was learned about one site: how many pages were seen (one per
 * article: duplicates are skipped), and for each normalised line (by its key)
 * on how many of them it appeared, and on how many of those it was prose of
 * the article's main body.
 */
export interface SiteLines {
  /** Pages of the site learned from. */
  pages: number
  /** Keys of the articles learned from: a page whose article is here already is a duplicate, not learned twice. */
  articles: string[]
  /** Line key → `[pages it is on, pages where it was body prose]`. */
  lines: Record<string, [pages: number, bodyPages: number]>
}

/**
 * Lines learned across pages, per site. Plain JSON: save it with
 * `JSON.stringify`, load it with `JSON.parse`, and pass it to `createCleaner`
 * or to `cleanArticle` as the `profile` option.
 */
export interface CleanerProfile {
  format: typeof PROFILE_FORMAT
  version: typeof PROFILE_VERSION
  /** Site (a host without `www.`, or the caller's `site`) → its lines. */
  sites: Record<string, SiteLines>
}

/** An empty profile. */
export function emptyProfile(): CleanerProfile {
  return {format: PROFILE_FORMAT, version: PROFILE_VERSION, sites: {}}
}

const checked = new WeakSet<object>()

/**
 * Check a profile's shape once per object (a profile is reused across
 * millions of calls; checking it on each would cost more than cleaning).
 * @throws {InvalidInputError} when it is not a profile this version reads.
 */
export function checkProfile(profile: unknown): CleanerProfile {
  if (typeof profile !== 'object' || profile === null) throw new InvalidInputError(`Option profile must be a profile object, got ${profile === null ? 'null' : typeof profile}`)
  if (checked.has(profile)) return profile as CleanerProfile
  const candidate = profile as Partial<CleanerProfile>
  if (candidate.format !== PROFILE_FORMAT || candidate.version !== PROFILE_VERSION) {
    throw new InvalidInputError(
      `Option profile is not an article-cleaner profile of version ${PROFILE_VERSION} (expected format '${PROFILE_FORMAT}', got ${JSON.stringify(candidate.format)} version ${JSON.stringify(candidate.version)})`
    )
  }
  if (typeof candidate.sites !== 'object' || candidate.sites === null) throw new InvalidInputError('Option profile has no `sites` object')
  for (const [site, data] of Object.entries(candidate.sites)) {
    if (typeof data !== 'object' || data === null || typeof data.pages !== 'number' || !Array.isArray(data.articles) || typeof data.lines !== 'object' || data.lines === null) {
      throw new InvalidInputError(`Option profile: site ${JSON.stringify(site)} is not { pages: number, articles: string[], lines: object }`)
    }
    for (const counts of Object.values(data.lines)) {
      if (!Array.isArray(counts) || counts.length !== 2 || typeof counts[0] !== 'number' || typeof counts[1] !== 'number') {
        throw new InvalidInputError(`Option profile: site ${JSON.stringify(site)} has a line whose counts are not [pages, bodyPages]`)
      }
    }
  }
  checked.add(profile)
  return profile as CleanerProfile
}

/**
 * The site a page belongs to: the caller's `site` when given, else the URL's
 * host without `www.`; `null` when neither is known (such a page is not
 * learned from, and no learned line applies to it).
 */
export function siteOf(site: string | null, url: string | null): string | null {
  if (site !== null && site.trim() !== '') return site.trim().toLowerCase()
  if (url === null) return null
  try {
    const host = new URL(url).hostname.toLowerCase()
    return host === '' ? null : host.replace(/^www\./, '')
  } catch {
    return null
  }
}
