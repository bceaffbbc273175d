import type {Element} from 'hast'
import {attribute} from '../hast.js'
import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['sidebar', 'sidebars', 'rail', 'siderail', 'aside'])
const MAX_CHARS = 3000
// Bounded: a whole class name or id of at most 50 characters.
const WIDGET_NAME = /^(?:widgets?|widget[-_]area|widget_[a-z][a-z_-]{0,40})$/i

/**
 * Whether a class name or the id is one WordPress gives its sidebar boxes
 * (`widget`, `widget_text`, `widget-area`). A page builder's or a CMS's own
 * names (`elementor-widget`, `w-widget`, `widget-span`, `widget_1755…`) mark
 * every box of the page, the landing page's sections and the article's
 * paragraphs alike (WCXB service pages built with Elementor lost all their
 * text to this rule), so the word in another name says nothing.
 */
function hasWidgetName(element: Element): boolean {
  const className = attribute(element, 'className')
  const id = attribute(element, 'id')
  // Most elements have neither: no list of names to make.
  if (className === null && id === null) return false
  const names = `${className ?? ''} ${id ?? ''}`.split(' ')
  return names.some((name) => WIDGET_NAME.test(name))
}

/**
 * Sidebars and rails beside the article: `<aside>`, `role="complementary"`
 * or `class`/`id` words. Short ones only: a long `<aside>` inside a story is
 * often a box that belongs to it.
 */
export const sidebar: PruneRule = {
  name: 'sidebar',
  reason: 'related-links',
  matches: 'A sidebar or rail: `<aside>`, `role="complementary"`, `class`/`id` words (`sidebar`, `rail`) or a class named `widget…` (not a page builder\'s `…-widget`), up to 3,000 characters.',
  test(element, context) {
    if (context.stats.chars > MAX_CHARS) return false
    return element.tagName === 'aside' || context.role === 'complementary' || hasWord(context, WORDS) || hasWidgetName(element)
  }
}
