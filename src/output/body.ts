/** What a kept block is in the article's structure (`code`: a listing's lines, joined by line breaks). */
export type BodyKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'code'

/** A block of the article body, ready for output. */
export interface BodyBlock {
  kind: BodyKind
  /** The text as it goes to `paragraphs` (list markers kept, as the author wrote them). */
  text: string
  /** Index of the source block. */
  index: number
  /** A question-and-answer line's speaker label (`Q:`, `SMITH:`), shown in bold in Markdown. */
  label?: string
}
