import {hasWord, type PruneRule} from './rule.js'

const WORDS = new Set(['modal', 'popup', 'overlay', 'interstitial', 'dialog'])
const MAX_CHARS = 2000

/** Pop-ups and modal dialogs (sign-in walls, app prompts): `<dialog>`, `role="dialog"`, or `class`/`id` words; short ones only. */
export const popupDialog: PruneRule = {
  name: 'popup-dialog',
  reason: 'promo',
  matches: 'A pop-up or modal dialog: `<dialog>`, `role="dialog"`/`alertdialog`, or `class`/`id` words (`modal`, `popup`, `overlay`), up to 2,000 characters.',
  test(element, context) {
    if (context.stats.chars > MAX_CHARS) return false
    return element.tagName === 'dialog' || context.role === 'dialog' || context.role === 'alertdialog' || hasWord(context, WORDS)
  }
}
