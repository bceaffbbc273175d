import type {Element} from 'hast'
import {attribute} from '../hast.js'
import {hasWord, type PruneRule} from './rule.js'

const WORDS = new Set(['sidebar', 'sidebars', 'rail', 'siderail', 'aside'])
const MAX_CHARS = 3000
// Bounded: a class name or id is tested from its start, one word and its separator.
const WIDGET_NAME = /^widgets?(?:$|[-_])/i

/**
 * Whether a class name or the id starts with `widget`: the names WordPress
 * gives its sidebar boxes (`widget`, `widget_text`, `widget-area`). A
 * page builder's namespaced names (`elementor-widget`, `w-widget`) mark every
 * box of the page, the landing page's sections and the article's paragraphs
 * alike (WCXB service pages built with Elementor lost all their text to this
 * rule), so the word inside a namespace says nothing.
 */
function hasWidgetName(element: Element): boolean {
  const names = `${attribute(element, 'className') ?? ''} ${attribute(element, 'id') ?? ''}`.split(' ')
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
