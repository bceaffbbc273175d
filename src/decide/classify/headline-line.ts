import type {Block} from '../../segment/block.js'
import type {Segment} from './region.js'
import {squash} from '../../util/squash.js'
import {stopWordShare} from '../../language/stop-words.js'
import {blockTokens, contentTokens, stem, STEM_CHARS} from '../../util/tokens.js'
import {startsWithListMarker} from '../../util/patterns.js'

/** How far above the body a headline may stand, in blocks (a gallery or a list of teasers can sit between). */
const MAX_BLOCKS_ABOVE_BODY = 120
const MIN_TITLE_WORDS = 2
const MAX_TITLE_WORDS = 30
const MIN_TITLE_CHARS = 8
/** Lines under a headline where its byline or date may stand (a deck and a caption come between). */
const META_WINDOW = 5
/** Body words gathered to test a candidate's vocabulary against. */
const BODY_SAMPLE_WORDS = 1500
/** A candidate must score this much to be the title; below it, `null` beats a guess. */
const MIN_SCORE = 1

/** What the title finder needs to know of the page beyond its blocks. */
export interface TitleContext {
  /** The body segments found so far. */
  segments: readonly Segment[]
  /** Whether a rule already named the block. */
  isBoilerplate: (index: number) => boolean
  /**
   * How strongly the block says "a headline is above me", from 0 to 1: a
   * byline or a date most, a share bar or a caption less.
   */
  metaStrength: (index: number) => number
  /** Stop words of the page's language, or `null`. */
  stopWords: ReadonlySet<string> | null
}

/** Capitals with periods at the end of a line: "U.S.", "N.Y.C.". */
const ENDS_WITH_INITIALS = /(?:^|\s)(?:\p{Lu}\.){2,4}$/u

/** A headline is not a sentence, unless it asks or exclaims. */
function isHeadlineShaped(block: Block): boolean {
  // A list item is an item, however short and on topic (an infobox's "• Statute adopted").
  if (/^\p{Ll}/u.test(block.text) || startsWithListMarker(block.text)) return false
  const {words, chars, endsSentence} = block.measures
  // "… Underneath N.Y.C." ends with an abbreviation, not a sentence.
  if (endsSentence && !/[?!？！]["'”’]?$/u.test(block.text) && !ENDS_WITH_INITIALS.test(block.text)) return false
  return words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS && chars >= MIN_TITLE_CHARS
}

/** The vocabulary of the first words of the body: a headline is about its story. */
function bodyVocabulary(blocks: readonly Block[], context: TitleContext): Map<string, number> {
  const vocabulary = new Map<string, number>()
  let words = 0
  for (const segment of context.segments) {
    for (let i = segment.start; i <= segment.end && words < BODY_SAMPLE_WORDS; i++) {
      const block = blocks[i] as Block
      // Prose only: a headline-shaped line inside the region (a teaser, a
      // subheading) must not vouch for itself.
      // A hard-wrapped paragraph's lines are short, and count: but not its
      // first, which may be a headline glued to the text.
      if (context.isBoilerplate(i) || (block.measures.words < 10 && !isWrappedProse(block))) continue
      words += block.measures.words
      for (const token of blockTokens(block, context.stopWords)) {
        countUse(vocabulary, token)
        // Inflected and compounding languages share stems, not words:
        // "Passwörter" in a headline, "Passwortmanager" in the story.
        if (token.length > STEM_CHARS) countUse(vocabulary, stemKey(token))
      }
    }
  }
  return vocabulary
}

/**
 * Counts one more use of `key`, up to {@link REPEATED_USES}: `aboutness`
 * tells apart only a word the story does not use, uses once, or repeats, and
 * most uses of a story's words are repeats, which then cost a lookup and no
 * update.
 */
function countUse(vocabulary: Map<string, number>, key: string): void {
  const count = vocabulary.get(key)
  if (count === undefined) vocabulary.set(key, 1)
  else if (count < REPEATED_USES) vocabulary.set(key, count + 1)
}

/** A line inside a paragraph of prose that was hard-wrapped, after the paragraph's first. */
function isWrappedProse(block: Block): boolean {
  const {paragraph} = block
  return paragraph.start < block.index && paragraph.words >= 10 && paragraph.endsSentence
}

/** The key of a word's stem in the vocabulary (marked so that it never equals a word). */
function stemKey(token: string): string {
  return `${stem(token)}…`
}

/** Uses from which the story repeats a word: it then counts fully. */
const REPEATED_USES = 2

/** Shared-token credit a headline reaches at the least; "Next story" shares two words once each, by chance. */
const FULL_CREDIT = 2.5

/**
 * How much the candidate is about the story: the share of its content tokens
 * the story uses (a token the story repeats counts fully, one it uses once
 * half), discounted when little is shared in all.
 */
function aboutness(text: string, vocabulary: ReadonlyMap<string, number>, stopWords: ReadonlySet<string> | null): number {
  let total = 0
  let credit = 0
  contentTokens(text, stopWords, (token) => {
    total++
    // The stem counts every inflection: "superbugs" once, "superbug" six times.
    const count = Math.max(vocabulary.get(token) ?? 0, token.length > STEM_CHARS ? (vocabulary.get(stemKey(token)) ?? 0) : 0)
    credit += count >= REPEATED_USES ? 1 : count * 0.5
  })
  // A headline of one or two content words ("New Zealand") cannot share
  // more: what it shares counts against what it has.
  return total === 0 ? 0 : (credit / total) * Math.min(1, credit / Math.min(FULL_CREDIT, total + 0.5))
}

/** Credit for a line that stands more than once on the page, and more when it is about the story. */
const REPEATED_CREDIT = 0.3
const REPEATED_TOPICAL_CREDIT = 0.5
const REPEATED_ABOUT = 0.3

/** Credit for a byline or a date right above a candidate: less than under it, where most pages put them. */
const ABOVE_CREDIT = 0.6

/** Whether the block ends a paragraph it does not start, with a new paragraph under it. */
function closesParagraphAbove(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index] as Block
  return block.paragraph.start < index && blocks[index + 1]?.paragraph.start === index + 1
}

/** A line that carries on a sentence: lower case first, after any opening quote or bracket. */
const CONTINUES = /^[\p{Pi}\p{Ps}"']?\p{Ll}/u

/** Words a run of tags has at the least; a short headline may well lack function words. */
const MIN_TAG_RUN_WORDS = 7

function isTagRun(block: Block, stopWords: ReadonlySet<string> | null): boolean {
  return (
    stopWords !== null &&
    block.measures.words >= MIN_TAG_RUN_WORDS &&
    block.measures.capitalizedShare > 0.9 &&
    !/[\p{P}\p{S}]/u.test(block.text) &&
    // Some lists hold odd words ("computer" is an English stop word in stopwords-iso).
    stopWordShare(block.text, stopWords) < 0.15
  )
}

/** Below this, a candidate is about something else. */
const MIN_ABOUTNESS = 0.15
/** Function words are short in every language that has them: "by", "of", "de", "und". */
const MAX_FUNCTION_WORD_CHARS = 3
/** A list of tags or sections: several commas or pipes between short items. */
const LIST_SEPARATOR = /[,|•·]/g

/** The last space-separated token, lower-cased, without punctuation. */
function lastWord(text: string): string {
  const space = text.lastIndexOf(' ')
  return squash(text.slice(space + 1))
}

/**
 * Find the headline of a text dump. A headline is a short line above the
 * article, not a sentence, about the same things as the article (it shares
 * its vocabulary, which a section label, a teaser of another story or a site
 * tagline does not), usually with a byline or a date under it, and often
 * repeated (a breadcrumb, the document title). Returns the block index, or
 * -1 when no line is convincing: a dump often lacks the title, and then
 * `null` is better than a guess.
 */
export function findTitle(blocks: readonly Block[], bodyStart: number, context: TitleContext): number {
  if (bodyStart < 0) return -1
  const page: PageEvidence = {blocks, context, vocabulary: bodyVocabulary(blocks, context)}
  const above = bestAbove(page, bodyStart, 0)
  if (above >= 0) return above
  // Nothing convincing above the body: a short segment kept before the main
  // one (a promo box that shares the story's words) may have moved the body's
  // start up, and the headline stands over the main segment, under that one.
  // Only as a fallback: over a split article's second part, a fragment of
  // the first part's prose can look like a headline.
  const mainIndex = context.segments.findIndex((segment) => segment.main === true)
  const main = context.segments[mainIndex]
  if (mainIndex <= 0 || main === undefined) return -1
  return bestAbove(page, main.start, (context.segments[mainIndex - 1] as Segment).end + 1)
}

/** What a candidate is scored against: the page's blocks and what is known of them. */
interface PageEvidence {
  blocks: readonly Block[]
  context: TitleContext
  vocabulary: ReadonlyMap<string, number>
}

/**
 * Whether another block of the page has the same text as block `index`.
 * Asked of candidates only (at most a window's worth): counting every
 * line's text in a map cost a hash of the whole page. Only a block of the
 * candidate's length (its measured `chars`) is compared. Blocks are
 * whitespace-tidied already; a repeated headline repeats as written.
 */
function isRepeated(page: PageEvidence, index: number): boolean {
  const {blocks} = page
  const {text} = blocks[index] as Block
  for (let j = 0; j < blocks.length; j++) {
    const block = blocks[j] as Block
    if (block.measures.chars === text.length && j !== index && block.text === text) return true
  }
  return false
}

/** The best headline candidate above `bodyStart` and not above `lowest`: its block index, or -1 when none passes. */
function bestAbove(page: PageEvidence, bodyStart: number, lowest: number): number {
  const {blocks, context, vocabulary} = page
  const from = Math.max(lowest, bodyStart - MAX_BLOCKS_ABOVE_BODY)
  const to = Math.min(blocks.length - 1, bodyStart + 1)
  let best = -1
  let bestScore = MIN_SCORE
  for (let i = to; i >= lowest; i--) {
    // The page's first line is a candidate however far above the body: a
    // simple page's text starts with its heading.
    if (i < from) {
      // Over the main segment (lowest > 0) the search stops at its window.
      if (lowest > 0) break
      i = 0
    }
    const block = blocks[i] as Block
    if (context.isBoilerplate(i) || !isHeadlineShaped(block)) continue
    const {words, digitShare} = block.measures
    const about = aboutness(block.text, vocabulary, context.stopWords)
    // A line that shares nothing with the story is a label or a teaser,
    // whatever stands under it.
    let score = 2 * about - (about < MIN_ABOUTNESS ? 1 : 0)
    // The middle of a wrapped paragraph is a fragment, however headline-like
    // it looks; but a headline can be glued to a line above that ends openly.
    if (block.paragraph.start !== block.index) score -= 0.6
    // A line the next one continues in lower case is a fragment of prose.
    if (block.paragraph.end > i && !context.isBoilerplate(i + 1) && CONTINUES.test((blocks[i + 1] as Block).text)) score -= 1
    // A deck under the headline: a longer line about the same story.
    const next = blocks[i + 1]
    if (next && i + 1 < bodyStart && !context.isBoilerplate(i + 1) && next.measures.words > words && aboutness(next.text, vocabulary, context.stopWords) > 0.3) score += 0.4
    // The strongest meta line under it: a caption may come before the byline.
    // Not past a list item: a date among a list's items is theirs (an
    // infobox's "Stages of independence", then "• Dominion", "26 September 1907").
    let under = 0
    for (let k = 1; k <= META_WINDOW && i + k < blocks.length && !startsWithListMarker((blocks[i + k] as Block).text); k++) under = Math.max(under, context.metaStrength(i + k) * (1.2 - 0.15 * (k - 1)))
    score += under
    // A date or byline may stand just above instead ("Sunday, Feb 1, 2015",
    // then the headline); a share bar or caption above says nothing.
    // Not when the date closes the paragraph above (headline, then its date,
    // then a blank and a deck): there it is the line above's.
    if (i > 0 && context.metaStrength(i - 1) >= 1 && !closesParagraphAbove(blocks, i - 1)) score += ABOVE_CREDIT
    if (words >= 4 && words <= 14) score += 0.4
    else if (words <= 2) score -= 0.5
    else if (words > 24) score -= 0.8
    else if (words > 18) score -= 0.4
    const last = lastWord(block.text)
    if (last.length <= MAX_FUNCTION_WORD_CHARS && context.stopWords?.has(last)) score -= 0.8
    if ((block.text.match(LIST_SEPARATOR)?.length ?? 0) >= 3) score -= 1
    // A tag list with no separators: many capitalised words, hardly a
    // function word and no punctuation ("Consumer Electronics Technology PC
    // Raspberry Pi"); a headline in title case still has a dash or a quote.
    else if (isTagRun(block, context.stopWords)) score -= 1
    if (digitShare > 0.12) score -= 0.8
    // A line the page repeats (the headline over the body and in a
    // breadcrumb or a footer) says more when it is about the story.
    if (isRepeated(page, i)) score += about >= REPEATED_ABOUT ? REPEATED_TOPICAL_CREDIT : REPEATED_CREDIT
    if (i > bodyStart) score -= 1
    if (i === 0) score += 0.4
    else score -= Math.min(1, 0.02 * Math.max(0, bodyStart - i))
    if (score > bestScore) {
      bestScore = score
      best = i
    }
  }
  return best
}
