import type {Caption} from '../types.js'
import type {Rule} from './rule.js'

// A credit in parentheses at the end of a caption: "(Pool photo)",
// "(AP Photo/Evan Vucci)", "(Photo: Jane Doe/Getty Images)", "(Courtesy of NASA)".
const PAREN_CREDIT =
  /\s?\(([^()]{0,80}?\b(?:photos?|photograph|photographs|image|images|picture|foto|fotos|getty|shutterstock|istock|courtesy|credit|afp|epa|reuters\/|ap\/)\b[^()]{0,80})\)\.?$/iu
// "… Photo: Jane Doe/Getty Images" / "Credit: …" at the end of a line.
const LABEL_CREDIT = /(?:^|\s)((?:photo|photograph|image|picture|foto|bild|credit|photo credit|image credit|crédit photo)\s?[:：]\s?[^:：]{2,100})$/iu
// "… Jane Doe/Getty Images", "… REUTERS/Kevin Lamarque", "AP Photo/Evan Vucci".
const AGENCY_CREDIT = /(?:^|\s)((?:[\p{L}.'-]{1,30} ){0,4}[\p{L}.'-]{0,30} ?\/ ?(?:getty images|ap|afp|reuters|epa|shutterstock|bloomberg|ap images|afp via getty images)|(?:ap|afp|reuters|epa) ?(?:photo)? ?\/ ?[\p{L}.'-]{1,30}(?: [\p{L}.'-]{1,30}){0,3})$/iu
const MAX_CAPTION_WORDS = 80

/**
 * Split a caption line into its text and its credit, or return `null` when
 * the line carries no photo credit.
 */
export function parseCaption(text: string): Caption | null {
  // Each pattern has a character it cannot match without: test that first,
  // since this runs on most lines of every page.
  const patterns: RegExp[] = []
  if (text.endsWith(')') || text.endsWith(').')) patterns.push(PAREN_CREDIT)
  if (text.includes(':') || text.includes('：')) patterns.push(LABEL_CREDIT)
  if (text.includes('/')) patterns.push(AGENCY_CREDIT)
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (!match) continue
    const credit = (match[1] ?? '').trim()
    const rest = text.slice(0, match.index).trim()
    return {text: rest === '' ? null : rest, credit}
  }
  return null
}

/**
 * Photo captions with a credit: "… meet to talk about easing restrictions.
 * (Pool photo)", "Photo: Jane Doe/Getty Images", "AP Photo/Evan Vucci". Why:
 * they describe a picture, and go to `captions`. The near miss it keeps: a body
 * sentence with a parenthesis that names no photo ("(in a statement)").
 */
export const photoCredit: Rule = {
  name: 'photo-credit',
  reason: 'caption',
  matches: 'A photo caption that carries a credit: "(Pool photo)", "(AP Photo/…)", "Photo: … /Getty Images", "Credit: …", "REUTERS/…".',
  test(block) {
    if (block.measures.words > MAX_CAPTION_WORDS) return undefined
    return parseCaption(block.text) ? {} : undefined
  }
}
