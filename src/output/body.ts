/** What a kept block is in the article's structure. */
export type BodyKind = 'paragraph' | 'heading' | 'list-item'

/** A block of the article body, ready for output. */
export interface BodyBlock {
  kind: BodyKind
  /** The text as it goes to `paragraphs` (list markers kept, as the author wrote them). */
  text: string
  /** Index of the source block. */
  index: number
}

/** "1. ", "2) ", "- ", "• " … at the start of a list item. */
export const LIST_MARKER = /^(?:(\d{1,3})[.)]|[-•*·▪►–])\s/u
