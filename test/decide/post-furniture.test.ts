import {describe, expect, it} from 'vitest'
import {createBlock} from '../../src/segment/block.js'
import {removePostFurniture} from '../../src/decide/stages/post-furniture.js'
import {cleanArticle} from '../../src/index.js'

// Lines between the posts of threads in WCXB dev (the engine in brackets), and near misses that are a post's own text.
const ROWS = [
  {line: 'Reply', expected: 'post-controls', source: 'a Discourse and a vBulletin thread'},
  {line: 'Reply With Quote', expected: 'post-controls', source: 'vBulletin (WCXB dev 0533)'},
  {line: 'Click to expand...', expected: 'post-controls', source: 'XenForo, a quote folded (WCXB dev 0513)'},
  {line: '3 Likes', expected: 'post-controls', source: 'NodeBB (WCXB dev 0549)'},
  {line: '14', expected: 'post-controls', source: 'a Stack Exchange answer\'s votes (WCXB dev 1177)'},
  {line: '-1', expected: 'post-controls', source: 'a Stack Exchange answer voted down (WCXB dev 1177)'},
  {line: '–', expected: 'post-controls', source: 'the dash between a Stack Exchange comment and its poster'},
  {line: 'Senior Member', expected: 'poster-card', source: 'vBulletin (WCXB dev 0533)'},
  {line: 'Posts: 1,204', expected: 'poster-card', source: 'phpBB (WCXB dev 0555)'},
  {line: 'Joined', expected: 'poster-card', source: 'XenForo (WCXB dev 0513)'},
  {line: 'Reaction score', expected: 'poster-card', source: 'XenForo (WCXB dev 0515)'},
  {line: 'Offline', expected: 'poster-card', source: 'Invision (WCXB dev 0547)'},
  {line: 'Reply Quote Like', expected: 'post-controls', source: 'XenForo on avsforum and mtbr (WCXB dev 0528, 0530)'},
  {line: 'Add to quote', expected: 'post-controls', source: 'XenForo on watchuseek and toyotanation (WCXB dev 0529, 0534)'},
  {line: '1 Reply', expected: 'post-controls', source: 'XenForo on woodworkingtalk (WCXB dev 4317)'},
  {line: 'Improve this answer', expected: 'post-controls', source: 'Stack Exchange on superuser and serverfault (WCXB dev 0565, 0566)'},
  {line: 'Date created (oldest first)', expected: 'post-controls', source: 'Stack Exchange\'s sort menu (WCXB dev 2826)'},
  {line: '410 posts · Joined 2002', expected: 'poster-card', source: 'XenForo on avsforum (WCXB dev 0528)'},
  {line: '3.4k posts', expected: 'poster-card', source: 'Invision (WCXB dev 0547)'},
  {line: '426 Reputation', expected: 'poster-card', source: 'Invision (WCXB dev 0547)'},
  {line: 'Topic Author', expected: 'poster-card', source: 'Invision (WCXB dev 0538)'},
  {line: '2,1921515 silver badges1616 bronze badges', expected: 'poster-card', source: 'Stack Overflow (WCXB dev 0564)'},
  {line: '2111 bronze badge', expected: 'poster-card', source: 'superuser (WCXB dev 0565)'},
  {line: '1,99222 gold badges1414 silver badges1818 bronze badges', expected: 'poster-card', source: 'superuser, all three badges (WCXB dev 0565)'},
  // Near misses: a short post, a one-word answer, a figure with its unit, a member's sentence.
  {line: 'Thanks, that worked!', expected: null, source: 'a short reply'},
  {line: 'Yes.', expected: null, source: 'a one-word answer'},
  {line: '120 V', expected: null, source: 'a figure with its unit'},
  {line: 'Posts like this one help.', expected: null, source: 'a sentence starting with a label word'},
  {line: 'Member of the council since 2019', expected: null, source: 'a poster\'s line of text'},
  {line: '120 posts later, still no answer.', expected: null, source: 'a count in a reply\'s sentence'},
  {line: 'Sorted by price, the list reads differently', expected: null, source: 'a sentence starting with a control\'s words'},
  {line: 'The author replied', expected: null, source: 'a post\'s words about the author'}
] as const

describe('removePostFurniture', () => {
  for (const row of ROWS) {
    it(`${row.expected === null ? 'keeps' : `removes as ${row.expected}`} ${JSON.stringify(row.line)} (${row.source})`, () => {
      const blocks = [createBlock(0, row.line, true, true)]
      const [decision] = removePostFurniture(blocks, [null])
      expect(decision?.rule ?? null).toBe(row.expected)
    })
  }

  it('is not applied to articles', () => {
    const dump = ['Results', 'I am trying to back up my whole system, not just my home folder, before I upgrade, and I would like to know whether copying everything is enough to restore it.', '14', 'The second paragraph of the story goes on for long enough to be prose, with a sentence that ends.'].join('\n\n')
    expect(cleanArticle({text: dump}, {pageType: 'article'}).paragraphs).toContain('14')
    expect(cleanArticle({text: dump}, {pageType: 'forum'}).paragraphs).not.toContain('14')
  })
})
