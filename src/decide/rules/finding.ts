import type {Caption, SocialHandle} from '../../types.js'

/**
 * What a rule found on a line besides that it is boilerplate: typed data
 * that metadata reads (src/extract/), so that no removed line is parsed
 * again by its reason. Every rule that matches a removed line reports its
 * findings, not only the rule that removed it: which rule comes first then
 * decides the line's reason and nothing else.
 */
export type Finding =
  /** A byline's names, and the handles written on it. */
  | {readonly kind: 'byline'; readonly names: readonly string[]; readonly handles: readonly string[]}
  /** An author's bio: the name it starts with, and the bio itself. */
  | {readonly kind: 'author-bio'; readonly name: string; readonly bio: string}
  /** Social handles, and the line's words, which may name the author they belong to. */
  | {readonly kind: 'social-handle'; readonly handles: readonly SocialHandle[]; readonly text: string}
  /** A photo caption and its credit. */
  | {readonly kind: 'caption'; readonly caption: Caption}
  /** Words that state when the article was published (or updated), for the date parser. */
  | {readonly kind: 'date'; readonly text: string}
  /** The article's headline, as leaked JSON-LD states it. */
  | {readonly kind: 'headline'; readonly text: string}
  /** A notice that the article is archived (an "updated" notice is none). */
  | {readonly kind: 'archived'}
  /** A clue to the site's name, and the kind of line it came from. */
  | {readonly kind: 'site-name'; readonly name: string; readonly source: 'more-in' | 'bio' | 'copyright'}

/** The kinds of finding. */
export type FindingKind = Finding['kind']

/** A finding with the block it was found on and the rule that found it. */
export interface LineFinding {
  readonly index: number
  readonly rule: string
  readonly finding: Finding
}
