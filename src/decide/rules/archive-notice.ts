import type {Rule} from './line-rule.js'

/** Notices that the article is archived or may be out of date: they set `archived`. */
const ARCHIVED =
  /\b(?:this is an archived (?:article|story|page)|this (?:article|story|page|content) (?:is|has been) archived|information in (?:this|the) (?:article|story) may be (?:outdated|out of date)|this (?:article|story|page) is more than \d{1,3} (?:years?|months?) old|^archived (?:article|content|story)\b)/iu

/** Notices of a later change or of where the story first ran: not archived, but still not the article's text. */
const UPDATED =
  /^(?:(?:editor'?s note|update|updated|correction|clarification)\s?[:：-]\s?)?this (?:story|article|post|report|piece) (?:(?:has been|was) (?:updated|corrected|amended|originally published)|(?:originally|first) (?:appeared|ran) (?:on|in))\b/iu

const MAX_NOTICE_WORDS = 60
/**
 * The shortest match of either pattern ("archived story"; UPDATED's is
 * longer), each of whose characters matches one code unit: most lines a rule
 * sees are shorter, and are turned away before the two patterns.
 */
const MIN_NOTICE_CHARS = 14

/**
 * Every match of ARCHIVED holds one of these: looking for them first spares
 * most lines the pattern, whose leading `\b` and case folding make it read
 * each line from every position. (A case-folding alternation of the keys
 * costs less than lower-casing the line to look for each key in it.)
 */
const ARCHIVED_KEYS = /archived|information|more than/iu

/**
 * Archive and update notices: "This is an archived article and the information
 * in the article may be outdated", "This article is more than 5 years old",
 * "This story has been updated to …". Why: page furniture about the article,
 * not the article. The near miss it keeps: a sentence that reports on an
 * archive ("The archive has been updated with 300 letters.").
 */
export const archiveNotice: Rule = {
  name: 'archive-notice',
  reason: 'archive-notice',
  reports: ['archived'],
  matches: 'A notice that the article is archived, more than N years old, has been updated or corrected since it was published, or first appeared elsewhere.',
  test(block) {
    if (block.measures.words > MAX_NOTICE_WORDS || block.text.length < MIN_NOTICE_CHARS) return undefined
    if (ARCHIVED_KEYS.test(block.text) && ARCHIVED.test(block.text)) return {findings: [{kind: 'archived'}]}
    return UPDATED.test(block.text) ? {} : undefined
  }
}
