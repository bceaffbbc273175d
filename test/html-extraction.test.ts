import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'

/**
 * Near-misses of the tree rules and container choices that the fixtures
 * html-gallery-in-story, html-hidden-prose, html-annotated-text,
 * html-list-without-items and html-story-in-parts prove: what each must
 * leave alone.
 */

const SENTENCES = [
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.',
  'Staff will work in two shifts, and the café on the ground floor will stay open until the last visitors leave, the council said in a statement on Wednesday.',
  'The change will cost less than was feared, because the building’s heating and lighting were replaced last winter with systems that are far cheaper to run.',
  'Readers who asked for the change, in a petition signed by more than two thousand people, said they were pleased but would keep pressing for Sunday hours.',
  'A review of the new hours is planned for next spring, when the council will look at how many people use the library in the evenings and at weekends.'
] as const

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Library hours</title></head><body>${body}</body></html>`
}

function paragraphs(sentences: readonly string[]): string {
  return sentences.map((sentence) => `<p>${sentence}</p>`).join('\n')
}

const slides = SENTENCES.map((sentence, i) => `<li><h2>${i + 1}/${SENTENCES.length}</h2><p>${sentence}</p></li>`).join('')

const rows = [
  {
    name: 'keeps a gallery that is the page, with no story of its own around it',
    html: page(`<article><h1>Library hours</h1><p>Pictures from the week.</p><div class="gallery"><ul>${slides}</ul></div></article>`),
    keep: [SENTENCES[0], SENTENCES[4]]
  },
  {
    name: 'keeps a story that is only aria-hidden (hidden from screen readers, not from the eye)',
    html: page(`<div aria-hidden="true"><article><h1>Library hours</h1>${paragraphs(SENTENCES)}</article></div><div role="dialog">Sign in</div>`),
    keep: [SENTENCES[0], SENTENCES[4]]
  },
  {
    name: 'keeps an inline-hidden story when the page has no other prose (a script reveals it)',
    html: page(`<article style="display:none"><h1>Library hours</h1>${paragraphs(SENTENCES)}</article><p>Menu</p>`),
    keep: [SENTENCES[0], SENTENCES[4]]
  },
  {
    name: 'leaves a deep sibling of another class out of the container',
    html: page(
      `<div class="layout"><div class="part"><div class="entry-text">${paragraphs(SENTENCES.slice(0, 4))}</div></div><div class="reader-letters"><div><div><div><div><div><p>${SENTENCES[4]}</p></div></div></div></div></div></div></div>`
    ),
    keep: [SENTENCES[0], SENTENCES[3]],
    drop: [SENTENCES[4]]
  }
] as const

describe('HTML extraction near-misses', () => {
  for (const row of rows) {
    it(row.name, () => {
      const article = cleanArticle(row.html)
      for (const text of row.keep) expect(article.paragraphs).toContain(text)
      for (const text of 'drop' in row ? row.drop : []) expect(article.paragraphs).not.toContain(text)
    })
  }
})
