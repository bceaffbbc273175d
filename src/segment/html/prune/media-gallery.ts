import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['gallery', 'galleries', 'slideshow', 'carousel', 'slider', 'swiper', 'filmstrip', 'lightbox'])
/** Prose of its own a story needs around a gallery for the gallery to go even when its captions outweigh the story: about five paragraphs. */
const MIN_STORY_PROSE_CHARS = 1000

/**
 * Photo galleries and slideshows embedded in a story: a carousel of images,
 * each with its own caption and credit ("2/50 Star Wars boosts economy").
 * Fifty captions outweigh the story's paragraphs in any text score, so the
 * gallery must go before the container is chosen; its captions are captions,
 * not the story's text. It goes even when it holds most of the page's prose
 * if the element around it has a story of its own beside it (fixture
 * html-gallery-in-story); a gallery that is the page (a photo essay with a
 * line of introduction) stays the article.
 */
export const mediaGallery: PruneRule = {
  name: 'media-gallery',
  reason: 'caption',
  matches: 'A photo gallery, slideshow or carousel, by its `class`/`id` words (`gallery`, `slideshow`, `carousel`, `slider`, `lightbox`).',
  test(_element, context) {
    return hasWord(context, WORDS)
  },
  overridesArticle(_element, context) {
    return context.parentStats !== null && context.parentStats.proseChars - context.stats.proseChars >= MIN_STORY_PROSE_CHARS
  }
}
