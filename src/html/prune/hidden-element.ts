import {attribute} from '../hast.js'
import type {PruneRule} from './rule.js'

// Bounded: a style attribute is scanned for one declaration at a time.
const HIDING_STYLE = /(?:^|;)\s{0,8}(?:display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}hidden)\s{0,8}(?:!important\s{0,4})?(?:;|$)/i

/**
 * Elements a browser does not show: the `hidden` attribute, `aria-hidden`,
 * or an inline `display: none` / `visibility: hidden`. Their text is in the
 * HTML (menus for small screens, modal templates, screen-reader copies) but
 * never on the page a reader sees, and a text dump lacks it too. Stylesheets
 * are not evaluated, so only inline hiding counts.
 */
export const hiddenElement: PruneRule = {
  name: 'hidden-element',
  reason: 'hidden',
  matches: 'An element the browser does not show: the `hidden` attribute, `aria-hidden="true"`, or an inline `display: none` or `visibility: hidden` style.',
  test(element) {
    const {properties} = element
    if (properties.hidden === true || properties.hidden === '') return true
    if (attribute(element, 'ariaHidden') === 'true') return true
    const style = attribute(element, 'style')
    return style !== null && style.length < 2000 && HIDING_STYLE.test(style)
  }
}
