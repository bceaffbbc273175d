import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'adslot', 'adunit', 'adcontainer',
  'dfp', 'gpt', 'sponsor', 'sponsored', 'promoted', 'doubleclick', 'banneradvert'
])
const MAX_CHARS = 600

/**
 * Ad slots and sponsored units, by their `class`/`id` words (`ad-slot`,
 * `adsbygoogle`, `div-gpt-ad-…`, `sponsored`). Words are whole, so `header`,
 * `shadow` and `download` never match "ad"; only short elements, so an
 * `ad-free` article wrapper is not taken.
 */
export const advertisement: PruneRule = {
  name: 'advertisement',
  reason: 'advertisement',
  matches: 'An ad slot or sponsored unit, by its `class`/`id` words (`ad`, `ads`, `advert`, `adsbygoogle`, `gpt`, `sponsored`), up to 600 characters.',
  test(_element, context) {
    return context.stats.chars <= MAX_CHARS && hasWord(context, WORDS)
  }
}
