import type {LineFinding} from '../decide/rules/finding.js'
import type {Caption} from '../types.js'
import type {SiteClue} from './site-name.js'

/** The first headline a rule found (in leaked JSON-LD), or null. */
export function extractHeadline(findings: readonly LineFinding[]): string | null {
  for (const {finding} of findings) if (finding.kind === 'headline') return finding.text
  return null
}

/** Whether a rule found a notice that the article is archived. */
export function isArchived(findings: readonly LineFinding[]): boolean {
  return findings.some(({finding}) => finding.kind === 'archived')
}

/** The captions the rules found, in page order. */
export function extractCaptions(findings: readonly LineFinding[]): Caption[] {
  const captions: Caption[] = []
  for (const {finding} of findings) if (finding.kind === 'caption') captions.push({...finding.caption})
  return captions
}

/** The clues to the site's name the rules found, in page order (see `resolveSiteName`). */
export function extractSiteClues(findings: readonly LineFinding[]): SiteClue[] {
  const clues: SiteClue[] = []
  for (const {finding} of findings) if (finding.kind === 'site-name') clues.push({name: finding.name, source: finding.source})
  return clues
}

/**
 * The findings of the lines still removed when the decisions are final: a
 * later stage that gives a line back to the body (see `reviseByStructure`)
 * takes back what its rules found on it.
 *
 * @param findings The rules' findings.
 * @param isRemoved Whether a block's final decision removes it.
 */
export function standingFindings(findings: readonly LineFinding[], isRemoved: (index: number) => boolean): LineFinding[] {
  return findings.filter(({index}) => isRemoved(index))
}
