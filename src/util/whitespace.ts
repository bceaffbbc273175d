// Unicode space separators (Zs) other than U+0020, plus tab: a dump keeps
// no-break spaces from `&nbsp;` and ideographic spaces used as indentation.
// They are layout, not the author's words, so they become one plain space.
// Only runs that need a change match (a lone plain space does not), so that
// the common line costs one scan and no replacement.
const SPACES = / ?[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000][\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]*| {2,}/g

/**
 * Tidy whitespace the way the comparison rules do: every Unicode space becomes
 * a plain space, runs become one, ends are trimmed. Nothing else changes.
 */
export function tidyWhitespace(text: string): string {
  return collapseSpaces(text).trim()
}

/**
 * Every run of Unicode spaces becomes one plain space, as in
 * {@link tidyWhitespace}, without trimming. No run holds a line break, so
 * the lines of a text collapsed at once are its lines collapsed one by one:
 * a page is collapsed in one call instead of one per line.
 */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ')
}

