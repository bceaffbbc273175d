/**
 * HTML pages of the shapes that once cost more than linear time or ignored
 * the time budget (issue 22): wide (many inline elements in one paragraph,
 * many sibling blocks, a long list), deep (nesting as far as the page goes)
 * and long (an article of many paragraphs). Used by the hostile tests and
 * by `npm run bench -- --input=shapes`.
 */

const PROSE = 'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third.'

/** A shape: the unit it repeats, and the body made of the repeated units. */
export interface PageShape {
  unit: string
  body: (units: string) => string
}

export const PAGE_SHAPES: Readonly<Record<string, PageShape>> = {
  'wide: inline elements in one paragraph': {unit: '<span>word</span> ', body: (units) => `<p>${units}</p>`},
  'wide: sibling paragraphs': {unit: '<p>x</p>', body: (units) => units},
  'wide: list items on their own lines': {unit: '\n<li>an item</li>', body: (units) => `<ul>${units}</ul>`},
  'deep: nested blocks, never closed': {unit: '<div>word ', body: (units) => units},
  'long: an article of paragraphs': {unit: `\n<p>${PROSE}</p>`, body: (units) => `<article><h1>Library hours</h1>${units}</article>`}
}

/** A whole page of `shape` of about `bytes` UTF-8 bytes. */
export function shapedPage(shape: PageShape, bytes: number): string {
  const count = Math.max(1, Math.round(bytes / Buffer.byteLength(shape.unit, 'utf8')))
  return `<!doctype html><html><head><title>Library hours</title></head><body>${shape.body(shape.unit.repeat(count))}</body></html>`
}
