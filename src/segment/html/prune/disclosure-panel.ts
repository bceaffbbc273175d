import {hasWord, type PruneContext} from './prune-rule.js'

/** ARIA roles of the panel a tab or an accordion's button shows. */
const PANEL_ROLES = new Set(['tabpanel', 'region'])
/** `class`/`id` words of an accordion's or a collapsible's panel. */
const PANEL_WORDS = new Set(['accordion', 'accordions', 'collapse', 'collapsible', 'collapsed', 'tabpanel', 'disclosure', 'expandable'])
/** `class`/`id` words of a tab's panel: `tab` or `tabs` with one of these (`tab-pane`, `tab__content`). */
const TAB_WORDS = new Set(['tab', 'tabs'])
const TAB_PART_WORDS = new Set(['pane', 'panel', 'content'])
/** A closed menu, a cookie dialog's tab or a slider's copy is furniture whatever it is built with. */
const FURNITURE_WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'dropdown', 'megamenu', 'cookie', 'cookies', 'consent', 'gdpr', 'modal', 'popup', 'cloned'])

/**
 * Whether a hidden element is the closed panel of a tab set or an
 * accordion: the other tabs of a specification, the answers of an FAQ, the
 * same code in other languages. The markup hides them until a click, but
 * they are the page's text (the reference of WCXB dev keeps them: on its
 * documentation pages 7,000 words of tab panels, 70 of them not in the
 * reference; on its service pages the FAQ answers and feature tabs), unlike
 * a closed menu, which says so in its words or sits in a `<nav>` pruned
 * before its panels are reached.
 *
 * @param context The hidden element's context.
 * @returns Whether it is a tab or accordion panel.
 */
export function isDisclosurePanel(context: PruneContext): boolean {
  if (hasWord(context, FURNITURE_WORDS)) return false
  if (PANEL_ROLES.has(context.role) || hasWord(context, PANEL_WORDS)) return true
  return hasWord(context, TAB_WORDS) && hasWord(context, TAB_PART_WORDS)
}
