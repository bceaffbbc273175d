import fc from 'fast-check'
import type {PhrasingContent, Root, RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {cleanArticle} from '../src/index.js'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {BREAK_TWINS, buildEscapeTable, escapeText, patternsIn, STACKS, type UnsafePattern} from '../src/markdown/escape-markdown.js'
import {toMarkdown, toMarkdownWithRemark} from '../src/markdown/to-markdown.js'
import {fixtureInput, loadFixtures} from './helpers/fixtures.js'

/**
 * The fast Markdown printer (src/markdown/print-markdown.ts) must give the same
 * bytes as remark-stringify on every tree it prints: `markdown` is part of
 * the output, and its escaping is what keeps text from being read as syntax.
 */

/** Characters that are Markdown syntax somewhere, with letters, digits, spaces and line breaks around them. */
const CHARS = [...'aZé文 0123456789!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\t\n\r\u00a0·“”…', ' ', ' ', 'a', 'b']
const text = fc.array(fc.constantFrom(...CHARS), {maxLength: 24}).map((chars) => chars.join(''))
const textNode = text.map((value) => ({type: 'text' as const, value}))
const paragraph = textNode.map((child) => ({type: 'paragraph' as const, children: [child]}))
/** What only remark-stringify prints: bold labels, emphasis, links, code. */
const richParagraph = fc.tuple(text, text, fc.constantFrom('strong', 'emphasis', 'link', 'inlineCode')).map(([a, b, kind]) => ({
  type: 'paragraph' as const,
  children: [
    kind === 'inlineCode'
      ? {type: 'inlineCode' as const, value: a}
      : kind === 'link'
        ? {type: 'link' as const, url: 'https://example.com/a', children: [{type: 'text' as const, value: a}]}
        : {type: kind, children: [{type: 'text' as const, value: a}]},
    {type: 'text' as const, value: b}
  ]
}))
/** URLs and titles with what makes remark enclose, escape or drop them. */
const url = fc.constantFrom('https://example.com/a', 'https://example.com/a b', '', '/wiki/A_(b)', 'a<b>c', 'mailto:x@example.com', 'https://example.com/\\x', 'x:y', '#top', 'https://example.com/a)b')
const title = fc.option(fc.oneof(text, fc.constant('')), {nil: null})
/** Inline nodes the phrasing printer handles (and, rarely, emphasis it leaves to remark). */
const leaf: fc.Arbitrary<PhrasingContent> = fc.oneof(
  {weight: 4, arbitrary: textNode},
  // "]:" in code at the start of a label would make a link read as a definition.
  {weight: 1, arbitrary: fc.oneof(text, fc.constant(']: x')).map((value) => ({type: 'inlineCode' as const, value}))},
  {weight: 1, arbitrary: fc.record({type: fc.constant('image' as const), url, title, alt: fc.option(text, {nil: null})})},
  {weight: 1, arbitrary: fc.constant({type: 'break' as const})}
)
const link = fc.record({type: fc.constant('link' as const), url, title, children: fc.array(leaf, {maxLength: 3})})
/** A link whose text is its URL: printed as an autolink, by remark. */
const autolink = fc.constantFrom('https://example.com/a', 'mailto:x@example.com', 'x@example.com').map((value) => ({
  type: 'link' as const,
  url: value.includes(':') ? value : 'mailto:' + value,
  title: null,
  children: [{type: 'text' as const, value}]
}))
const inline: fc.Arbitrary<PhrasingContent> = fc.oneof(
  {weight: 6, arbitrary: leaf},
  {weight: 3, arbitrary: link},
  {weight: 1, arbitrary: autolink},
  {weight: 1, arbitrary: textNode.map((child) => ({type: 'emphasis' as const, children: [child]}))},
  {weight: 1, arbitrary: fc.array(leaf, {maxLength: 3}).map((children) => ({type: 'strong' as const, children}))},
  {weight: 1, arbitrary: link.map((child) => ({type: 'delete' as const, children: [child]}))},
  // Nested and adjacent attention, where the markers are chosen against each other.
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(leaf, fc.array(leaf, {maxLength: 2}).map((children) => ({type: 'strong' as const, children})), textNode.map((child) => ({type: 'emphasis' as const, children: [child]}))), {maxLength: 3})
      .chain((children) => fc.constantFrom('emphasis' as const, 'strong' as const, 'delete' as const).map((type) => ({type, children})))
  }
)
const phrasing = fc.array(inline, {maxLength: 6})
const inlineParagraph = phrasing.map((children) => ({type: 'paragraph' as const, children}))

/** A GFM table: its cells' text has "|" and line endings to escape. */
const table = fc.array(fc.array(phrasing.map((children) => ({type: 'tableCell' as const, children})), {minLength: 2, maxLength: 2}), {minLength: 1, maxLength: 3}).map((rows) => ({
  type: 'table' as const,
  align: [null, 'left' as const],
  children: rows.map((children) => ({type: 'tableRow' as const, children}))
}))
const item = fc.oneof(paragraph, richParagraph, inlineParagraph).map((child) => ({type: 'listItem' as const, spread: false, children: [child]}))
/** A heading of one text node, a block quote of one paragraph, and a list: blocks printRoot prints itself. */
const textHeading = fc.record({type: fc.constant('heading' as const), depth: fc.constantFrom(1, 2, 3, 6) as fc.Arbitrary<1 | 2 | 3 | 6>, children: textNode.map((child) => [child])})
const quote = fc.oneof(paragraph, inlineParagraph).map((child) => ({type: 'blockquote' as const, children: [child]}))
const list = fc.record({
  type: fc.constant('list' as const),
  ordered: fc.boolean(),
  start: fc.constantFrom(0, 1, 7, 2024),
  spread: fc.boolean(),
  children: fc.array(item, {minLength: 1, maxLength: 3})
})

const block: fc.Arbitrary<RootContent> = fc.oneof(
  paragraph,
  richParagraph,
  inlineParagraph,
  inlineParagraph,
  table,
  text.map((value) => ({type: 'code' as const, lang: null, value})),
  fc.constant({type: 'thematicBreak' as const}),
  textHeading,
  fc.record({type: fc.constant('heading' as const), depth: fc.constantFrom(1, 2, 3, 6) as fc.Arbitrary<1 | 2 | 3 | 6>, children: phrasing}),
  quote,
  list
)

/** Only the blocks printRoot prints itself (after the first call, such trees are printed without remark-stringify). */
const plainBlock: fc.Arbitrary<RootContent> = fc.oneof(
  paragraph,
  inlineParagraph,
  textHeading,
  quote,
  list
)

describe('the fast Markdown printer', () => {
  it('prints generated trees of plain blocks, and an empty one, as remark-stringify does', () => {
    toMarkdown({type: 'root', children: []}, null)
    expect(toMarkdown({type: 'root', children: []}, null)).toBe(toMarkdownWithRemark({type: 'root', children: []}))
    fc.assert(
      fc.property(fc.array(plainBlock, {maxLength: 8}), title, (children, heading) => {
        const tree: Root = {type: 'root', children}
        const titled: Root = heading === null ? tree : {type: 'root', children: [{type: 'heading', depth: 1, children: [{type: 'text', value: heading}]}, ...children]}
        expect(toMarkdown(tree, heading)).toBe(toMarkdownWithRemark(titled))
      }),
      {numRuns: 3000}
    )
  })

  it('prints generated trees as remark-stringify does, plain blocks itself and the others through remark', () => {
    fc.assert(
      fc.property(fc.array(block, {maxLength: 8}), (children) => {
        const tree: Root = {type: 'root', children}
        expect(toMarkdown(tree, null)).toBe(toMarkdownWithRemark(tree))
      }),
      {numRuns: 2000}
    )
  })

  it('prints generated paragraphs of links, images, inline code, line breaks and emphasis as remark-stringify does', () => {
    fc.assert(
      fc.property(fc.array(inlineParagraph, {minLength: 1, maxLength: 3}), (children) => {
        const tree: Root = {type: 'root', children}
        expect(toMarkdown(tree, null)).toBe(toMarkdownWithRemark(tree))
      }),
      {numRuns: 5000}
    )
  })

  it('prints every fixture as remark-stringify does', () => {
    for (const fixture of loadFixtures()) {
      const article = cleanArticle(fixtureInput(fixture), fixture.options.options ?? null)
      const children: RootContent[] = article.title === null ? article.tree.children : [{type: 'heading', depth: 1, children: [{type: 'text', value: article.title}]}, ...article.tree.children]
      expect(article.markdown, fixture.name).toBe(toMarkdownWithRemark({type: 'root', children}))
    }
  })
})

/** remark-stringify's state, as configured for the package (with remark-gfm), to call its own `safe` with. */
interface RemarkState {
  unsafe: UnsafePattern[]
  compilePattern: (pattern: UnsafePattern) => RegExp
  stack: string[]
  safe: (value: string, config: {before: string; after: string}) => string
}

function remarkState(): RemarkState {
  let captured: RemarkState | undefined
  const capture = (_node: unknown, _parent: unknown, state: RemarkState) => {
    captured = state
    return ''
  }
  unified().use(remarkStringify, {bullet: '-', emphasis: '_', rule: '-', fences: true, handlers: {root: capture} as never}).use(remarkGfm).stringify({type: 'root', children: []})
  if (captured === undefined) throw new Error('remark-stringify did not call the root handler')
  return captured
}

/** Text heavy in what the line-ending patterns look for (spaces, tabs, digits, ".", "-", ":", "(", ")", "["), with line endings, "_" and the rare patterns' characters. */
const breakText = fc
  .array(fc.constantFrom(...' \t0123456789.-:()[]wWps/ab', ' ', ' ', '1', '.', '-', ...'\n\r_*#\\!<>&@`|~+="\')'), {maxLength: 16})
  .map((chars) => chars.join(''))
/** The construct stacks of the plain blocks, and of a link's and an image's parts in a paragraph. */
const escapeStacks = [
  ...Object.values(STACKS),
  ...['label', 'destinationRaw', 'destinationLiteral', 'titleQuote', 'titleApostrophe'].flatMap((part) => [
    ['paragraph', 'phrasing', 'link', part],
    ['paragraph', 'phrasing', 'image', part]
  ])
]
const context = fc.oneof(fc.constantFrom('', '\n', '\r', '\r\n', '\n\n', '# ', ' ', ']', '(', '\n 1', 'a\n', '\n\t', '\n-', '1\n2'), breakText)

describe('the escaping of plain text', () => {
  const state = remarkState()
  const table = buildEscapeTable(state.unsafe, (pattern) => state.compilePattern(pattern))

  it('pairs each line-ending pattern of remark with its sticky twin', () => {
    const twins = new Set(patternsIn(table, STACKS.paragraph).common.map((pattern) => pattern.twin))
    for (const twin of BREAK_TWINS) expect(twins.has(twin), twin.sticky.source).toBe(true)
  })

  it('escapes generated text with line endings and syntax around it as remark-stringify\'s `safe` does', () => {
    fc.assert(
      fc.property(breakText, context, context, fc.constantFrom(...escapeStacks), (input, before, after, stack) => {
        state.stack = [...stack]
        expect(escapeText(patternsIn(table, stack), input, before, after)).toBe(state.safe(input, {before, after}))
      }),
      {numRuns: 20000}
    )
  })
})
