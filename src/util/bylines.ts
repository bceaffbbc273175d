/**
 * The words that open a byline before its names, in the corpus's languages:
 * one vocabulary for the byline rule (which finds byline lines in text) and
 * the HTML author reader (which takes them off a byline element's text), so
 * that both know the same languages.
 */

/** "By": "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Från", "Przez", "Автор". */
export const BY_WORDS: readonly string[] = ['by', 'von', 'par', 'por', 'di', 'door', 'av', 'af', 'från', 'przez', 'автор']

/** What may stand before "by": "Written by", "Posted by", "Published by", "Words by", "Story by". */
export const BY_VERBS: readonly string[] = ['written', 'posted', 'published', 'words', 'story']

/**
 * Labels that head a byline element's names ("Author:", "Texte :", "作者").
 * Only the HTML reader takes them: a line of text that starts "Text" or
 * "Author" is as often a heading or a sentence as a byline.
 */
export const AUTHOR_LABELS: readonly string[] = ['作者', '著者', 'text', 'texte', 'autor', 'author', 'auteur']
