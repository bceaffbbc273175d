/**
 * The held-out section of `npm run eval`: news pages of sites the corpus does
 * not hold, that no rule or weight was tuned on. They are the test pages of
 * unfluff (a devDependency at an exact version, so `npm ci` brings them):
 * each is a saved page with the opening of its article as unfluff's tests
 * expect it (`cleaned_text`, often only its first sentence; the whole text on
 * a few pages) and, on some, the title.
 *
 * What is measured, per system:
 * - lead found: the reference's first paragraph (up to 30 tokens) is a run of
 *   the output's tokens (see `leadFound`): the extractor found where the
 *   article starts and kept its opening;
 * - body F1 with the corpus's shingle metric, on the pages whose reference is
 *   a whole article (1,000 characters or more);
 * - title, on the pages that have one.
 *
 * The text dumps are made from the same HTML by html-to-text (the corpus's
 * were made by a browser, which is not available offline): block elements on
 * lines of their own, no link targets, no images. The reference is unfluff's
 * own expectation, so unfluff itself is listed as a check of the reference,
 * not as a peer.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {Readability} from '@mozilla/readability'
import {Defuddle} from 'defuddle/node'
import {convert, type HtmlToTextOptions} from 'html-to-text'
import {parseHTML} from 'linkedom'
import unfluff from 'unfluff'
import {aggregate, leadFound, scorePage, titleMatches, type Aggregate} from './metric.js'
import type {CleanArticle} from './run.js'

export interface HeldOutPage {
  name: string
  url: string
  host: string
  html: string
  /** The page's text dump (see the module comment). */
  text: string
  reference: string
  title: string | null
  /** Whether a label of the host names a site of the development corpus (same site, other pages). */
  corpusSite: boolean
}

export interface HeldOutRow {
  system: string
  input: 'html' | 'text'
  lead: {hits: number; total: number}
  /** Lead found on the pages of sites the corpus does not hold. */
  leadUnseen: {hits: number; total: number}
  title: {hits: number; total: number}
  /** Over the pages whose reference is a whole article. */
  body: Aggregate & {pages: number}
  failed: number
}

/** A reference shorter than this says too little of the article to check. */
const MIN_REFERENCE_CHARS = 30
/** References at least this long are the article's whole text. */
const WHOLE_TEXT_CHARS = 1000

const DUMP_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    {selector: 'a', options: {ignoreHref: true}},
    {selector: 'img', format: 'skip'},
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({selector, options: {uppercase: false}})),
    {selector: 'table', format: 'block'}
  ]
}

export function heldOutDir(repoRoot: string): string {
  return process.env.ARTICLE_CLEANER_HELD_OUT || join(repoRoot, 'node_modules', 'unfluff', 'fixtures')
}

interface Expected {
  url?: unknown
  expected?: {cleaned_text?: unknown; title?: unknown}
}

/** The pages with a reference long enough to check, in name order; [] when the directory is missing. */
export function loadHeldOut(dir: string, corpusSites: ReadonlySet<string>): HeldOutPage[] {
  if (!existsSync(dir)) return []
  const pages: HeldOutPage[] = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const base = file.slice(0, -'.json'.length)
    const htmlPath = join(dir, `${base}.html`)
    if (!existsSync(htmlPath)) continue
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected
    const reference = typeof data.expected?.cleaned_text === 'string' ? data.expected.cleaned_text : ''
    const url = typeof data.url === 'string' ? data.url : ''
    if (reference.trim().length < MIN_REFERENCE_CHARS || !URL.canParse(url)) continue
    const html = readFileSync(htmlPath, 'utf8')
    const host = new URL(url).hostname
    const title = typeof data.expected?.title === 'string' && data.expected.title.trim() !== '' ? data.expected.title : null
    pages.push({
      name: base.replace(/^test_/, ''),
      url,
      host,
      html,
      text: convert(html, DUMP_OPTIONS),
      reference,
      title,
      corpusSite: host.split('.').some((label) => corpusSites.has(label))
    })
  }
  return pages
}

/** What a system returns for a page: its body text, its title, and whether it took a dateline off. */
interface Output {
  text: string
  title: string | null
  dateline: boolean
}

interface System {
  name: string
  input: 'html' | 'text'
  run: (page: HeldOutPage) => Output | Promise<Output>
}

function systems(clean: CleanArticle): System[] {
  const ours = async (input: {html: string; url: string} | {text: string; url: string}): Promise<Output> => {
    const article = await clean(input)
    return {text: article.text, title: article.title, dateline: article.dateline !== null}
  }
  return [
    {name: 'article-cleaner', input: 'html', run: (page) => ours({html: page.html, url: page.url})},
    {
      name: 'Readability + linkedom',
      input: 'html',
      run: (page) => {
        const article = new Readability(parseHTML(page.html).document as unknown as Document).parse()
        return {text: article?.textContent ?? '', title: article?.title ?? null, dateline: false}
      }
    },
    {
      name: 'defuddle (linkedom)',
      input: 'html',
      run: async (page) => {
        const result = await Defuddle(page.html, page.url)
        return {text: convert(result.content, DUMP_OPTIONS), title: result.title || null, dateline: false}
      }
    },
    {
      name: 'unfluff (its tests: the ref.)',
      input: 'html',
      run: (page) => {
        const result = unfluff(page.html)
        return {text: result.text ?? '', title: result.title, dateline: false}
      }
    },
    {name: 'article-cleaner', input: 'text', run: (page) => ours({text: page.text, url: page.url})},
    {name: 'keep every line', input: 'text', run: (page) => ({text: page.text, title: null, dateline: false})}
  ]
}

/** Every system over every page. A system that throws on a page scores nothing there. */
export async function measureHeldOut(clean: CleanArticle, pages: readonly HeldOutPage[]): Promise<HeldOutRow[]> {
  const rows: HeldOutRow[] = []
  // Readability and defuddle log their parse troubles; the table is what matters here.
  const quiet = silenceConsole()
  try {
    for (const system of systems(clean)) {
      const row: HeldOutRow = {
        system: system.name,
        input: system.input,
        lead: {hits: 0, total: 0},
        leadUnseen: {hits: 0, total: 0},
        title: {hits: 0, total: 0},
        body: {precision: 0, recall: 0, f1: 0, pages: 0},
        failed: 0
      }
      const scores = []
      for (const page of pages) {
        let output: Output = {text: '', title: null, dateline: false}
        try {
          output = await system.run(page)
        } catch {
          row.failed++
        }
        const found = leadFound(output.text, page.reference, output.dateline)
        count(row.lead, found)
        if (!page.corpusSite) count(row.leadUnseen, found)
        if (page.title !== null) count(row.title, titleMatches(output.title, page.title))
        if (page.reference.length >= WHOLE_TEXT_CHARS) scores.push(scorePage(output.text, page.reference))
      }
      row.body = {...aggregate(scores), pages: scores.length}
      rows.push(row)
    }
  } finally {
    quiet()
  }
  return rows
}

function count(tally: {hits: number; total: number}, hit: boolean): void {
  tally.total++
  if (hit) tally.hits++
}

/** Mutes console.log/warn/error until the returned function is called. */
function silenceConsole(): () => void {
  const saved = {log: console.log, warn: console.warn, error: console.error}
  const mute = (): void => {}
  console.log = mute
  console.warn = mute
  console.error = mute
  return () => Object.assign(console, saved)
}

function share(tally: {hits: number; total: number}): string {
  return tally.total === 0 ? '   — ' : `${(tally.hits / tally.total).toFixed(3)} ${`${tally.hits}/${tally.total}`.padStart(5)}`
}

export function printHeldOut(pages: readonly HeldOutPage[], rows: readonly HeldOutRow[]): void {
  const unseen = pages.filter((page) => !page.corpusSite)
  const sites = new Set(pages.map((page) => page.host.replace(/^www\./, '')))
  console.log(`\n${'-'.repeat(72)}\n`)
  console.log(`Held-out pages (unfluff's test pages; never tuned on): ${pages.length} news pages, ${sites.size} hosts;`)
  console.log(`${unseen.length} of them from sites the corpus does not hold at all. Text dumps made by html-to-text.`)
  const whole = pages.filter((page) => page.reference.length >= WHOLE_TEXT_CHARS).length
  console.log(`  system                         input  lead found    unseen sites  title        body F1   P      R   (${whole} whole texts)  failed`)
  for (const row of rows) {
    const f = (x: number): string => (row.body.pages === 0 ? '  —  ' : x.toFixed(3))
    console.log(
      `  ${row.system.padEnd(30)} ${row.input.padEnd(5)}  ${share(row.lead)}  ${share(row.leadUnseen)}   ${share(row.title)}  ${f(row.body.f1)}  ${f(row.body.precision)}  ${f(row.body.recall)}                     ${row.failed}`
    )
  }
}
