import {hasWord, type PruneRule} from './prune-rule.js'

const WORDS = new Set(['modal', 'popup', 'overlay', 'interstitial', 'dialog'])
const MAX_CHARS = 2000

/**
 * Pop-ups and modal dialogs (sign-in walls, app prompts): `<dialog>`,
 * `role="dialog"`, or `class`/`id` words; short ones only. A link is never
 * one: `<a class="popup">` is what opens a pop-up (a note on a word of the
 * text, clean-links in the Readability corpus), and its text is the author's.
 */
export const popupDialog: PruneRule = {
  name: 'popup-dialog',
  reason: 'promo',
  matches: 'A pop-up or modal dialog: `<dialog>`, `role="dialog"`/`alertdialog`, or `class`/`id` words (`modal`, `popup`, `overlay`) on an element other than a link, up to 2,000 characters.',
  test(element, context) {
    if (context.stats.chars > MAX_CHARS || element.tagName === 'a') return false
    return element.tagName === 'dialog' || context.role === 'dialog' || context.role === 'alertdialog' || hasWord(context, WORDS)
  }
}
