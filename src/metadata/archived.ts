import {ARCHIVED} from '../rules/archive-notice.js'

/** Whether any removed archive notice says the article is archived (an "updated" notice does not). */
export function isArchived(notices: readonly string[]): boolean {
  return notices.some((text) => ARCHIVED.test(text))
}
