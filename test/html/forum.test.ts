import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../../src/index.js'
import type {PageType} from '../../src/types.js'

/**
 * Threads as forum software marks them up, cut down to the structure the
 * forum stages read (the post containers' tags, classes and ids, and posts
 * of a few sentences). On a thread the question and every post are the
 * content: a "comment" class does not make a post furniture, and the
 * container holds all of them, not the one post with the most prose.
 */

const POSTS = [
  'I am trying to back up my whole system, not just my home folder, before I upgrade, and I would like to know whether copying everything under the root is enough to restore it.',
  'Copying the files is not enough on its own: the boot loader lives outside the file system, so you will have to reinstall it from a live disk after you restore the archive.',
  'An image of the whole disk is simpler, because it holds the boot loader and the partition table as well, and restoring it takes one command from a rescue system.',
  'Whatever you choose, test the restore on a spare disk before you need it: a backup that has never been restored is only a hope that it will work when it has to.'
] as const

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to back up my entire system</title></head><body><nav><a href="/">Home</a> <a href="/questions">Questions</a></nav>${body}<footer><p>Site design and logo are the property of their owners.</p></footer></body></html>`
}

const ROWS = [
  {
    // Stack Exchange: the question and each answer in their own boxes, the answers under `id="answers"`.
    source: 'a Q&A page (question and answers in sibling boxes)',
    html: page(
      `<div id="mainbar"><div id="question" class="question"><div class="s-prose js-post-body"><p>${POSTS[0]}</p></div></div><div id="answers"><h2>3 Answers</h2>${POSTS.slice(1)
        .map((post) => `<div class="answer"><div class="s-prose js-post-body"><p>${post}</p></div><div class="comments"><ul class="comments-list"></ul></div></div>`)
        .join('')}</div></div>`
    )
  },
  {
    // Invision Community: every post is an `<article class="cPost ipsComment">` in a `data-role="commentFeed"` box.
    source: 'a forum whose posts are named comments (class="ipsComment")',
    html: page(
      `<div class="ipsLayout_contentArea"><h1>Backing up</h1><div data-role="commentFeed" class="cTopic ipsClear">${POSTS.map(
        (post, i) => `<article id="elComment_${i}" class="cPost ipsBox ipsComment"><aside class="cAuthorPane"><h3>user${i}</h3></aside><div class="ipsComment_content"><div data-role="commentContent" class="ipsType_richText"><p>${post}</p></div></div></article>`
      ).join('')}</div></div>`
    )
  },
  {
    // A link aggregator's thread: the post, then the readers' comments under `class="commentarea"`.
    source: 'a link aggregator thread (the comments are the thread)',
    html: page(
      `<div class="content"><div class="thing link"><p class="title">Backing up a whole system</p><div class="usertext-body"><p>${POSTS[0]}</p></div></div><div class="commentarea"><div class="sitetable nestedlisting">${POSTS.slice(1)
        .map((post) => `<div class="thing comment"><div class="entry"><div class="usertext-body md"><p>${post}</p></div><ul class="flat-list buttons"><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul></div></div>`)
        .join('')}</div></div></div>`
    )
  },
  {
    // vBulletin / XenForo: `<ol class="messageList">` of `<li class="message">`, one post per item.
    source: 'a bulletin board (a list of messages)',
    html: page(`<div class="pageContent"><ol class="messageList" id="messageList">${POSTS.map((post, i) => `<li id="post-${i}" class="message"><div class="messageInfo"><div class="messageContent"><blockquote class="messageText">${post}</blockquote></div></div></li>`).join('')}</ol></div>`)
  }
] as const

describe('a thread (pageType forum)', () => {
  for (const row of ROWS) {
    it(`keeps every post of ${row.source}`, () => {
      const article = cleanArticle({html: row.html}, {pageType: 'forum'})
      for (const post of POSTS) expect(article.text).toContain(post)
      expect(article.text).not.toContain('property of their owners')
    })
  }

  // Near miss: on an article the same readers' comments are not the article.
  it('leaves the readers\' comments out of an article', () => {
    const story = POSTS.map((post) => `<p>${post}</p>`).join('')
    const comments = `<div id="comments" class="comments"><h2>Comments</h2>${['First!', 'Great read, thank you for writing this up.', 'I disagree with the second point, restoring an image is not always simpler.'].map((text) => `<div class="comment"><p>${text} Posted by a reader who has something to say about it.</p></div>`).join('')}</div>`
    const html = page(`<article><h1>Backing up</h1>${story}</article>${comments}`)
    for (const pageType of ['article', 'forum'] as const satisfies readonly PageType[]) {
      const article = cleanArticle({html}, {pageType})
      expect(article.text).toContain(POSTS[3])
      if (pageType === 'article') expect(article.text).not.toContain('I disagree')
    }
  })

  // Near miss: a reply form named after comments is still furniture on a thread.
  it('removes a reply form named after comments', () => {
    const html = page(`<div class="topic">${POSTS.map((post) => `<div class="post"><p>${post}</p></div>`).join('')}</div><div class="comment-form"><p>Sign in to comment.</p><textarea></textarea><button>Reply</button></div>`)
    const article = cleanArticle({html}, {pageType: 'forum'})
    expect(article.text).toContain(POSTS[3])
    expect(article.text).not.toContain('Sign in to comment')
  })
})
