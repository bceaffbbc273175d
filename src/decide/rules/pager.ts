import type {Rule} from './line-rule.js'

/** What a pager's link points to: the next or previous post, story, chapter… */
const UNIT = String.raw`(?:post|posts|article|articles|story|stories|page|chapter|entry|entries|episode|lesson|part|section|video|item)`
const ARROW = String.raw`(?:[←«‹<]{1,2}\s?)`
const ARROW_AFTER = String.raw`(?:\s?[→»›>]{1,2})`

/** English "Next", "Previous post" and the like, and their translations (with the unit in their own order). */
const STEP = String.raw`(?:(?:previous|prev|next|older|newer)(?: ${UNIT})?|(?:article|page|chapitre|billet) (?:précédent|suivant)e?|(?:vorheriger|nächster|vorherige|nächste) (?:artikel|beitrag|seite|kapitel)|(?:artículo|entrada|página|capítulo) (?:anterior|siguiente)|(?:siguiente|anterior) (?:artículo|entrada|página|capítulo)|(?:artigo|página|capítulo) (?:anterior|seguinte)|(?:предыдущая|следующая) (?:статья|страница|глава)|上一篇|下一篇|上一页|下一页|前の記事|次の記事|前へ|次へ)`

/** A pager's button alone, or two side by side: "Next", "← Older posts", "← Previous story Next story →". */
const BUTTONS = new RegExp(String.raw`^${ARROW}?${STEP}${ARROW_AFTER}?(?:\s${ARROW}?${STEP}${ARROW_AFTER}?)?$`, 'iu')

/** A pager link with the linked post's title: "← Previous: Chasing Quick Fixes", "Next article These Weeks in Firefox: Issue 86". */
const TITLED = new RegExp(String.raw`^${ARROW}?(?:${STEP}\s?[:：]|(?:previous|next|older|newer) ${UNIT}${ARROW_AFTER}?)\s?\S`, 'iu')

/**
 * A bare "Next" or "Previous" is also a slideshow's or a carousel's button,
 * inside the story: named as boilerplate it would weigh like a notice in the
 * body search and split the story there (a product page of the corpus lost
 * its sections so). Left to the classifier, it costs like any label.
 */
const BARE = /^(?:previous|prev|next|older|newer)$/iu

/** A linked title is a headline's length; past this the line is prose that starts with "Next:". */
const MAX_TITLED_WORDS = 24

/**
 * A pager between posts, stories or chapters: "← Previous", "Next story",
 * "Next Chapter →", "Previous Post: <its title>". Why: blogs and
 * serialised fiction print it right under the article, inside the body
 * region, and its titles are other posts'. The near misses it keeps: a
 * sentence that starts with "Next" ("Next, we need to define the
 * deviation."), a heading that only starts with it ("Next Steps for Vets",
 * "Next Big Thing"), and a line of prose after "Next:".
 */
export const pager: Rule = {
  name: 'pager',
  reason: 'navigation',
  matches: 'A pager between posts or chapters: "← Previous", "Next story", "Next Chapter →", "Older posts", or "Previous Post: <title>" with the linked title.',
  test(block) {
    const {words, endsSentence} = block.measures
    if (words > MAX_TITLED_WORDS) return undefined
    if (BUTTONS.test(block.text)) return BARE.test(block.text) ? undefined : {}
    return !endsSentence && TITLED.test(block.text) ? {} : undefined
  }
}
