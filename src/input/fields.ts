/** The fields `normalizeInput` reads from an input object. */
export interface InputFields {
  text?: unknown
  html?: unknown
  url?: unknown
  site?: unknown
  encoding?: unknown
}

const FIELD_NAMES = ['text', 'html', 'url', 'site', 'encoding'] as const

/**
 * A plain snapshot of an input object's fields, each read exactly once: a
 * getter that answers differently on its second read cannot make the value
 * checked differ from the value cleaned (issue 22). A field counts when the
 * object or a prototype of its own class has it; one found only on
 * `Object.prototype` is someone else's (a polluted prototype), not the
 * caller's input.
 */
export function readInputFields(input: object): InputFields {
  const fields: InputFields = {}
  // Every name is set, to undefined when absent: the snapshot's own
  // `Object.prototype` must not answer for it either.
  for (const name of FIELD_NAMES) fields[name] = hasFieldOwnedBelowObjectPrototype(input, name) ? (input as Record<string, unknown>)[name] : undefined
  return fields
}

function hasFieldOwnedBelowObjectPrototype(input: object, name: string): boolean {
  for (let owner: object | null = input; owner !== null && owner !== Object.prototype; owner = Object.getPrototypeOf(owner) as object | null) {
    if (Object.hasOwn(owner, name)) return true
  }
  return false
}
