import type {PruneRule} from './prune-rule.js'

const CONTROLS = new Set(['button', 'input', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'progress', 'meter'])
const CONTAINERS = new Set(['form', 'fieldset'])
const MAX_FORM_CHARS = 500

/**
 * Form controls and small forms: search boxes, log-in and sign-up forms,
 * buttons. A large `<form>` is left alone: some sites wrap the whole page,
 * article included, in one.
 */
export const formControl: PruneRule = {
  name: 'form-control',
  reason: 'form',
  matches: 'A form control (`button`, `input`, `select`, `textarea`) or a `<form>`/`<fieldset>` of up to 500 characters.',
  test(element, context) {
    if (CONTROLS.has(element.tagName)) return true
    return CONTAINERS.has(element.tagName) && context.stats.chars <= MAX_FORM_CHARS
  }
}
