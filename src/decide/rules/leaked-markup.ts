import {tidyWhitespace} from '../../util/whitespace.js'
import type {Finding} from './finding.js'
import type {Rule} from './line-rule.js'

/**
 * Markup and data a page's text picked up that no reader saw: a tracking
 * pixel or a hidden ad tag printed as text (`<img width="1" height="1" …>`,
 * `<div style="display:none">`), or the page's JSON-LD (`"articleBody": "…"`).
 * A code sample in a developer's article also starts with a tag or a quoted
 * key, so the markup must say it is hidden, one pixel or served from an ad
 * host (`//ads.`, `//ad-emea.`), and the key must be
 * one of schema.org's article properties with a JSON value after it.
 */
const STARTS_WITH_TAG = /^<(?:!--|[a-z][a-z0-9-]{0,20}[\s/>])/iu
const HIDDEN_OR_PIXEL =
  /\bwidth=["']?1["']?\s{1,3}height=["']?1\b|\bheight=["']?1["']?\s{1,3}width=["']?1\b|\bdisplay:\s?none|\bvisibility:\s?hidden|\bposition:\s?absolute|\/\/ad(?:s|server|-[a-z]{2,8})?\.|\/pixel\b|\bnoscript=/iu
const JSON_LD_KEY =
  /^[\s{[,]{0,12}"(?:@context|@type|@id|@graph|articleBody|articleSection|headline|alternativeHeadline|datePublished|dateModified|dateCreated|mainEntityOfPage|publisher|author|creator|thumbnailUrl|wordCount|inLanguage|isAccessibleForFree)"\s?:\s?["{[\d]/u

export const leakedMarkup: Rule = {
  name: 'leaked-markup',
  reason: 'markup',
  matches:
    'Markup or data a page\u2019s text picked up that no reader saw: a tracking pixel or a hidden ad tag printed as text (`<img width="1" height="1" …>`), or the page\u2019s JSON-LD (`"articleBody": "…"`).',
  reports: ['headline', 'date'],
  test(block) {
    const {text} = block
    if (STARTS_WITH_TAG.test(text) && HIDDEN_OR_PIXEL.test(text)) return {}
    return JSON_LD_KEY.test(text) ? {findings: jsonLdFindings(text)} : undefined
  }
}

const PUBLISHED_KEY = /"date(?:Published|Created)"\s?:/u
/** `"headline": "…"` on a line of leaked JSON-LD (schema.org's name for an article's title). */
const HEADLINE_VALUE = /"headline"\s?:\s?("(?:[^"\\]|\\.)*")/u

/** What a line of leaked JSON-LD states that a reader would have seen: the headline, and the line of the publication date. */
function jsonLdFindings(text: string): Finding[] {
  const findings: Finding[] = []
  const literal = HEADLINE_VALUE.exec(text)?.[1]
  if (literal !== undefined) {
    try {
      const value = tidyWhitespace(JSON.parse(literal) as string)
      if (value !== '') findings.push({kind: 'headline', text: value})
    } catch {
      // A truncated or mis-escaped string: not a headline to trust.
    }
  }
  // The date parser reads the line: its JSON date says it best of all.
  if (PUBLISHED_KEY.test(text)) findings.push({kind: 'date', text})
  return findings
}
