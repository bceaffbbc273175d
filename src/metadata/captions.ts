import {parseCaption} from '../rules/photo-credit.js'
import type {Caption} from '../types.js'

/** Captions from the lines removed as captions, in page order. */
export function extractCaptions(lines: readonly string[]): Caption[] {
  const captions: Caption[] = []
  for (const line of lines) {
    const caption = parseCaption(line)
    if (caption) captions.push(caption)
  }
  return captions
}
