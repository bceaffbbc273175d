import type {Element} from 'hast'
import {attribute} from '../hast.js'
import {PROSE_PARAGRAPH_CHARS} from '../measure-page.js'
import {isDisclosurePanel} from './disclosure-panel.js'
import type {PruneContext, PruneRule} from './prune-rule.js'

/** Prose the rest of the page must have for a hidden element to go even when it holds most of the prose: two paragraphs. */
const MIN_PROSE_LEFT_CHARS = 2 * PROSE_PARAGRAPH_CHARS

// Bounded: a style attribute is scanned for one declaration at a time.
const HIDING_STYLE = /(?:^|;)\s{0,8}(?:display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}hidden)\s{0,8}(?:!important\s{0,4})?(?:;|$)/i

/** Hidden by the `hidden` attribute or an inline style: not shown, whatever the page's stylesheets say. */
function isHiddenByMarkup(element: Element): boolean {
  const {properties} = element
  if (properties.hidden === true || properties.hidden === '') return true
  const style = attribute(element, 'style')
  return style !== null && style.length < 2000 && HIDING_STYLE.test(style)
}

/**
 * Elements a browser does not show: the `hidden` attribute, `aria-hidden`,
 * or an inline `display: none` / `visibility: hidden`. Their text is in the
 * HTML (menus for small screens, modal templates, screen-reader copies) but
 * never on the page a reader sees, and a text dump lacks it too. Stylesheets
 * are not evaluated, so only inline hiding counts.
 *
 * The attribute and the inline style hide an element even when it holds
 * most of the page's prose (a draft or an old version of the text left in
 * the page, fixture html-hidden-prose); `aria-hidden` alone does not: it
 * hides from screen readers, not from the eye, and single-page apps set it
 * on the whole visible story while a dialog is open (yahoo-2 in the corpus).
 * Nor does anything when the rest of the page has no prose to be the article
 * (a story that a script reveals): an article, even a hidden one, beats none.
 * A closed tab or accordion panel is not hidden furniture but text a click
 * shows (see `isDisclosurePanel`), and stays.
 */
export const hiddenElement: PruneRule = {
  name: 'hidden-element',
  reason: 'hidden',
  matches: 'An element the browser does not show: the `hidden` attribute, `aria-hidden="true"`, or an inline `display: none` or `visibility: hidden` style, unless it is a closed tab or accordion panel.',
  test(element, context) {
    return (isHiddenByMarkup(element) || attribute(element, 'ariaHidden') === 'true') && !isDisclosurePanel(context)
  },
  overridesArticle(element, context: PruneContext) {
    return context.pageProse - context.stats.proseChars >= MIN_PROSE_LEFT_CHARS && isHiddenByMarkup(element)
  }
}
