import type {Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'

// One frozen processor for every call: building a unified pipeline per
// article would cost more than printing the article. remark-gfm prints the
// tables (and strikethrough) that HTML articles have.
const processor = unified().use(remarkStringify, {bullet: '-', emphasis: '_', rule: '-', fences: true}).use(remarkGfm).freeze()

/**
 * Print the article as Markdown: `# title` first when there is one, then the
 * body tree. remark-stringify escapes what Markdown would read as syntax, so
 * a line that starts with "#" or "1." in the text stays text.
 */
export function toMarkdown(tree: Root, title: string | null): string {
  const root: Root =
    title === null ? tree : {type: 'root', children: [{type: 'heading', depth: 1, children: [{type: 'text', value: title}]}, ...tree.children]}
  return processor.stringify(root)
}
