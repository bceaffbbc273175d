import type {Block} from '../../segment/block.js'
import type {Rule, RuleContext} from './line-rule.js'

// Headers of link lists that point away from the article, in the languages of
// the corpus. Evidence: fixtures related-links-*.
export const HEADER = new RegExp(
  String.raw`^(?:related(?: (?:articles?|stories|story|content|coverage|posts?|links|news|topics|videos?|reading))?` +
    String.raw`|read (?:more|next|also)|more (?:stories|news|videos|headlines|articles)|most (?:popular|read|viewed|shared|commented|emailed)` +
    String.raw`|popular (?:now|stories|posts|articles)|trending(?: now| stories| news)?|recommended(?: for you| stories| reading| articles)?` +
    String.raw`|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|see also|also read|what to read next|top stories|latest (?:news|stories|posts|articles|headlines)` +
    String.raw`|editor'?s? picks|don'?t miss|further reading|recent posts|popular posts|more to explore|more on this (?:story|topic)` +
    String.raw`|most (?:popular|read|viewed|shared)(?: (?:stories|articles|news|world|today|now|in [\p{L} ]{1,20}))?|read more stories about|around the web|what'?s trending|news latest|latest news` +
    String.raw`|las más leídas|lo más leído|les plus (?:partagés|lus)|meistgelesen|meistkommentiert|auch auf [\p{L} ]{1,30}|mehr zum thema(?: [\p{L}\p{N} ]{1,40})?|tópicos relacionados|mais lidas` +
    String.raw`|您可能會有興趣的文章|熱門文章|栏目精粹|\d{1,3}小时点击排行|点击排行|热门文章|アクセスランキング(?:[（(].{1,20}[)）])?` +
    String.raw`|(?:à |a )?lire aussi|sur le même sujet|mehr zum thema|lesen sie auch|das könnte sie auch interessieren|leer más|te puede interesar|ver también|noticias relacionadas|relacionad[oa]s` +
    String.raw`|související|čtěte také|související články|читайте также|相关阅读|相关新闻|相关文章|相关推荐|推荐阅读|热门推荐|関連記事|関連ニュース|あわせて読みたい)\s?[:：.]?$`,
  'iu'
)

/**
 * "<Site> - What's Trending", apart from HEADER: its leading `.{0,30}` can
 * start with any character, so inside HEADER it was tried on every short
 * line of every page (a third of the pattern's time), and it needs a " - ".
 */
const TRENDING_AFTER_NAME = /^.{0,30} - what'?s trending\s?[:：.]?$/iu

/** Whether a line (without its brackets) is a link list's header. */
function isHeader(text: string): boolean {
  return HEADER.test(text) || (text.includes(' - ') && TRENDING_AFTER_NAME.test(text))
}

// "Related: <headline>" / "READ MORE: <headline>" on one line.
const INLINE = /^(?:related|read more|read also|see also|also read|more|lire aussi|à lire aussi|lesen sie auch|leer más|ver también|watch)\s?[:：|]\s?\S/iu
const MAX_INLINE_WORDS = 30
/**
 * HEADER matches the whole line, and its longest match is under 100 UTF-16
 * units ("mehr zum thema" and 40 letters that may each take two, with the
 * colon): longer lines are not tried, which spares every line of prose the
 * pattern's many alternatives.
 */
const MAX_HEADER_CHARS = 120

/** "【関連記事】", "[Related]", "« Read more »": a header inside decorative brackets. */
function stripBrackets(text: string): string {
  // Most lines have neither bracket: spare them the two replacements. The
  // brackets are told by their codes: `charAt` of a line in a script above
  // U+00FF makes a new string on every call.
  if (text.length > 0 && !OPENING_CODES.includes(text.charCodeAt(0)) && !CLOSING_CODES.includes(text.charCodeAt(text.length - 1))) return text
  return text.replace(/^[[【「『(（«<〈]\s?/u, '').replace(/\s?[\]】」』)）»>〉]$/u, '')
}
const OPENING_CODES: readonly number[] = codesOf('[【「『(（«<〈')
const CLOSING_CODES: readonly number[] = codesOf(']】」』)）»>〉')

/** The UTF-16 code units of a string of brackets (all of them in the BMP). */
function codesOf(chars: string): number[] {
  return Array.from(chars, (char) => char.charCodeAt(0))
}

/** A headline in a list of links: short, not a sentence with a full stop. */
const MAX_HEADLINE_WORDS = 20
const MAX_LIST_BLOCKS = 12
/** A related story is linked by its headline: a one-word line (a section's or a tab's label, "References", "Talk") ends the list. */
const MIN_HEADLINE_WORDS = 2

function isHeadlineLike(block: Block): boolean {
  const {words, endsSentence} = block.measures
  return words <= MAX_HEADLINE_WORDS && (!endsSentence || /[?!]["'”’]?$/u.test(block.text))
}

/**
 * "Related", "Read more", "Most popular" and their kin: a header and the run of
 * headlines after it, or one "Related: <headline>" line. Why: they are links to
 * other articles, whose titles would read as body text. The near miss it keeps:
 * a body sentence that starts with "Related" ("Related research shows …").
 */
export const relatedLinks: Rule = {
  name: 'related-links',
  reason: 'related-links',
  matches: 'A "Related", "Read more", "Most popular", "You may also like" header with the headlines listed after it, or a single "Related: <headline>" line.',
  test(block: Block, context: RuleContext) {
    if (block.text.length <= MAX_HEADER_CHARS && isHeader(stripBrackets(block.text))) {
      let span = 1
      while (span <= MAX_LIST_BLOCKS) {
        const next = context.blocks[block.index + span]
        if (!next || !isHeadlineLike(next) || next.index === context.titleIndex || next.measures.words < MIN_HEADLINE_WORDS) break
        span++
      }
      return {span}
    }
    if (block.measures.words <= MAX_INLINE_WORDS && INLINE.test(block.text)) return {}
    return undefined
  }
}
