import type {Block} from '../../segment/block.js'
import {isLabelBlock} from '../../util/patterns.js'
import type {Rule, RuleContext} from './line-rule.js'

// Lines that only a comment form writes: WordPress / Jetpack, Disqus,
// Facebook's plugin. Evidence: seeds/q13fox-cnn-archived (WordPress.com).
// One `^` for all the line starts rather than one per branch: recheck rates the
// branch-by-branch form polynomial (2nd degree, on "please login to tycase
// login to t" + " c" x 38,730) and this one safe; both match the same lines.
const FORM_LINE_START = [
  String.raw`(?:leave|post|add|write|submit) a (?:reply|comment|response)\b`,
  String.raw`fill in your details below or click an icon to log in`,
  String.raw`you are commenting using your .{1,40} account`,
  String.raw`connecting to %s$`,
  String.raw`notify me of (?:new|follow-?up) (?:comments|posts|replies)`,
  String.raw`your email address will not be published`,
  String.raw`cancel reply$`,
  String.raw`post comment$`,
  String.raw`save my name, email, and website`,
  String.raw`you must be (?:logged|signed) in to (?:post|leave) a comment`,
  String.raw`(?:log|sign) ?in to (?:comment|leave a comment|reply|join the (?:conversation|discussion))`,
  String.raw`please enable javascript to view the comments`,
  String.raw`facebook comments plugin$`,
  String.raw`join the (?:conversation|discussion)\b`,
  String.raw`(?:you must|please) (?:be )?(?:log ?in|logged in|sign ?in|signed in|login)(?: or (?:create an account|register))?(?: to (?:cnet |our site )?)?(?: to)? ?(?:comment|post a comment|report a comment|leave a comment)`,
  String.raw`please (?:log|sign) ?in to [\p{L} ]{1,20} to comment`,
  String.raw`(?:please )?(?:review|read) our (?:commenting|comment|community) (?:policy|guidelines)`,
  String.raw`if you would like to (?:add a|post a|leave a) comment`,
  String.raw`facebook conversations$`,
  String.raw`(?:enviá|envía|envoyez) (?:tu|votre) comentario|para poder comentar`,
  String.raw`os comentários não representam|comments? (?:are|is) closed`,
  String.raw`发表(?:评论|留言)|發表留言|我要评论|留言列表|还没有评论|您尚未登入`,
  String.raw`(?:laisser|écrire) un commentaire|schreibe einen kommentar|deja un comentario|escribe un comentario`
]
const FORM_START = new RegExp(`^(?:${FORM_LINE_START.join('|')})`, 'iu')
/**
 * Phrases that mark a form wherever they stand in the line. Apart from the
 * line starts, so that those are tried at the start only; and looked for only
 * in lines as long as the shortest phrase (plain words: each character
 * matches one code unit): most lines a rule sees are shorter.
 */
const FORM_PHRASES = ['required fields are marked', 'comments powered by disqus']
const FORM_PHRASE = new RegExp(FORM_PHRASES.join('|'), 'iu')
const MIN_PHRASE_CHARS = Math.min(...FORM_PHRASES.map((phrase) => phrase.length))

// Counters and toggles: one line each, they do not start a form.
const COUNTER_LINE = new RegExp(
  [
    String.raw`^be the first to comment`,
    String.raw`^(?:view|show|hide|load more|read|see all) (?:\d{1,6} )?comments?\b`,
    String.raw`^sort by (?:oldest|newest|best|top|popular)`,
    String.raw`^(?:there (?:are|is) )?(?:\d{1,6} )?(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|comentários)(?: \(\d{1,6}\))?:?$`,
    String.raw`^kommentare lesen|^comment count on this article`,
    String.raw`^(?:我要评论|评论|留言|留言列表|發表留言)\s?[(（]?\d{0,6}[)）]?$`
  ].join('|'),
  'iu'
)

/** Lines of a widget that only mean something inside one: "WordPress.com Logo", "Twitter picture", "Name", "Email". */
const MAX_WIDGET_LABEL_WORDS = 4
/** A widget spans at most this many lines, so an anchor can never swallow a page. */
const MAX_SPAN_BLOCKS = 40

const MAX_WIDGET_LINE_WORDS = 60

function isFormLine(block: Block): boolean {
  if (block.measures.words > MAX_WIDGET_LINE_WORDS) return false
  const {text} = block
  return FORM_START.test(text) || (text.length >= MIN_PHRASE_CHARS && FORM_PHRASE.test(text))
}

/**
 * Comment forms and counters. A form is many short lines that each look
 * harmless ("Twitter picture", "Change )"): a line only a form writes starts
 * the match, and the span runs on over form lines and short labels, stopping
 * at the first line of prose (a reader's comment, or the body). A counter
 * ("2 responses", "View comments") is one line, and never starts a span: it
 * often stands above the article, next to its first heading.
 * The near miss it keeps: a sentence that mentions comments ("He declined to comment.").
 */
export const commentForm: Rule = {
  name: 'comment-form',
  reason: 'comment-widget',
  matches: 'A comment form or counter (WordPress, Disqus, Facebook, "N comments", "Leave a Reply", "Log in to comment") and the short widget lines that follow it.',
  test(block: Block, context: RuleContext) {
    if (block.measures.words <= MAX_WIDGET_LINE_WORDS && COUNTER_LINE.test(block.text)) return {}
    if (!isFormLine(block)) return undefined
    let span = 1
    const {blocks} = context
    while (span < MAX_SPAN_BLOCKS) {
      const next = blocks[block.index + span]
      if (!next) break
      if (isFormLine(next) || isLabelBlock(next, MAX_WIDGET_LABEL_WORDS)) span++
      else break
    }
    return {span}
  }
}
