import {hasWord, type PruneRule} from './rule.js'

const WORDS = new Set(['gallery', 'galleries', 'slideshow', 'carousel', 'slider', 'swiper', 'filmstrip', 'lightbox'])

/**
 * Photo galleries and slideshows embedded in a story: a carousel of images,
 * each with its own caption and credit ("2/50 Star Wars boosts economy").
 * Fifty captions outweigh the story's paragraphs in any text score, so the
 * gallery must go before the container is chosen; its captions are captions,
 * not the story's text.
 */
export const mediaGallery: PruneRule = {
  name: 'media-gallery',
  reason: 'caption',
  matches: 'A photo gallery, slideshow or carousel, by its `class`/`id` words (`gallery`, `slideshow`, `carousel`, `slider`, `lightbox`).',
  test(_element, context) {
    return hasWord(context, WORDS)
  }
}
