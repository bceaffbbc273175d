import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'

const PARAGRAPH = 'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third and the reading room was often full by noon.'
const SECOND = 'Librarians said the longer hours would be staffed by moving two posts from the archive, which will open by appointment on weekday mornings instead.'

describe('structure in the body and the Markdown', () => {
  it('keeps headings, list items, block quotes and interview lines in order, as such', () => {
    const text = [
      'Library hours extended',
      '',
      PARAGRAPH,
      '',
      'What changes',
      '',
      SECOND,
      '',
      '- Weekday closing moves from 6 pm to 9 pm every day',
      '- Sunday opening starts in the spring for a trial year',
      '',
      '> The reading room is the busiest public room in the city, and it should be open when people are free.',
      '',
      'Q: Who asked for the change?',
      'A: Students, mostly, and people who work late shifts and could never come before closing.',
      '',
      PARAGRAPH.replace('Tuesday', 'Wednesday')
    ].join('\n')
    const article = cleanArticle(text)
    expect(article.title).toBe('Library hours extended')
    expect(article.paragraphs).toEqual([
      PARAGRAPH,
      'What changes',
      SECOND,
      // A list item's marker is the tree's structure, not its text (as on the HTML path).
      'Weekday closing moves from 6 pm to 9 pm every day',
      'Sunday opening starts in the spring for a trial year',
      'The reading room is the busiest public room in the city, and it should be open when people are free.',
      'Q: Who asked for the change?',
      'A: Students, mostly, and people who work late shifts and could never come before closing.',
      PARAGRAPH.replace('Tuesday', 'Wednesday')
    ])
    expect(article.tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph', 'list', 'blockquote', 'paragraph', 'paragraph', 'paragraph'])
    expect(article.markdown).toBe(
      [
        '# Library hours extended',
        PARAGRAPH,
        '## What changes',
        SECOND,
        '- Weekday closing moves from 6 pm to 9 pm every day\n- Sunday opening starts in the spring for a trial year',
        '> The reading room is the busiest public room in the city, and it should be open when people are free.',
        '**Q:** Who asked for the change?',
        '**A:** Students, mostly, and people who work late shifts and could never come before closing.',
        PARAGRAPH.replace('Tuesday', 'Wednesday')
      ].join('\n\n') + '\n'
    )
  })

  it('leaves a quoted paragraph of speech a paragraph', () => {
    const speech = '“We need to modernize our partnerships,” the secretary said after the meeting in the port on Thursday.'
    const article = cleanArticle([PARAGRAPH, '', speech, '', SECOND].join('\n'))
    expect(article.tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it('keeps a list of short items that the text introduces with a colon, and the text after it', () => {
    const items = ['1. Finland', '2. Norway', '3. Australia', '4. Canada', '5. Germany', '6. France', '7. Italy', '8. Spain', '9. Japan', '10. Chile', '11. Peru', '12. Mexico']
    const text = ['Menu', 'Home', 'World', '', PARAGRAPH, '', 'The overall rankings of the countries were as follows:', ...items, '', SECOND, '', 'About us', 'Contact'].join('\n')
    const article = cleanArticle(text)
    expect(article.paragraphs).toEqual([PARAGRAPH, 'The overall rankings of the countries were as follows:', ...items.map((item) => item.replace(/^\d+\. /u, '')), SECOND])
    expect(article.tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph'])
  })

  it('gives a list the same paragraphs, text, excerpt and word count from a dump as from HTML', () => {
    const intro = 'The overall rankings of the countries were as follows, by the share of children who earn more than their parents did:'
    const items = ['Finland leads the table again this year', 'Norway follows a close second', 'Australia comes third']
    const text = cleanArticle({text: [PARAGRAPH, '', intro, ...items.map((item, i) => `${i + 1}. ${item}`), '', SECOND].join('\n')})
    const html = cleanArticle({html: `<html><body><article><p>${PARAGRAPH}</p><p>${intro}</p><ol>${items.map((item) => `<li>${item}</li>`).join('')}</ol><p>${SECOND}</p></article></body></html>`})
    expect(text.paragraphs).toEqual([PARAGRAPH, intro, ...items, SECOND])
    expect(html.paragraphs).toEqual(text.paragraphs)
    expect(html.text).toBe(text.text)
    expect(html.wordCount).toBe(text.wordCount)
    expect(html.excerpt).toBe(text.excerpt)
  })
})
