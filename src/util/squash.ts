/**
 * A name's letters and digits, lower-cased, nothing else: the key by which
 * names are compared whatever their spacing, case and punctuation ("The
 * Verge", "theverge.com"'s label and "THE VERGE" give one key).
 */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}
