import type {Rule} from './line-rule.js'

/**
 * A wiki's pointer to another article, at the head of a section: "Main
 * article: Firefox", "Main articles: Geography of New Zealand and Geology of
 * New Zealand", "See also: List of …", "Further information: …", in the
 * languages of the large wikis.
 */
const HATNOTE =
  /^(?:main articles?|see also|further information|more information|article détaillé|articles détaillés|voir aussi|hauptartikel|siehe auch|artículo principal|artículos principales|véase también|artigo principal|ver também|основная статья|основные статьи|см\. также|主条目|主條目|参见|參見|詳細は)\s?[:：]\s?\S/iu
/** A hatnote names an article or three; past this many words the line is prose after a label. */
const MAX_HATNOTE_WORDS = 20

/**
 * A wiki hatnote: "Main article: Firefox", "See also: …". Why: it links to
 * another article at the head of a section, and wikis print one under many
 * headings, inside the article, where the classifier keeps short lines. The
 * near miss it keeps: a sentence after the label ("See also: the court held
 * in 2019 that the rule applies to all contracts signed after the reform,
 * whatever their terms.", long and ended like a sentence).
 */
export const hatnote: Rule = {
  name: 'hatnote',
  reason: 'navigation',
  inArticle: true,
  matches: 'A wiki hatnote pointing to another article: "Main article: Firefox", "Main articles: A and B", "See also: …", "Further information: …".',
  test(block) {
    const {words, endsSentence} = block.measures
    return words <= MAX_HATNOTE_WORDS && !(endsSentence && block.text.endsWith('.') && words > 12) && HATNOTE.test(block.text) ? {} : undefined
  }
}
