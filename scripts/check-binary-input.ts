// `node --import tsx scripts/check-binary-input.ts [binary files...]`: the
// evidence for the binary-input limits (src/input/binary.ts). Every corpus
// page (readability: all; wcxb-dev: every `--every`th, default 1), fixture
// and seed goes through the library's input check; it exits 1 when any is
// refused. It prints the largest share of binary characters met in text
// and, for the files named on the command line (e.g. `/bin/* *.png *.gz`),
// the smallest, so that the gap the limit sits in can be seen.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {countBinaryChars, MAX_BINARY_SHARE} from '../src/input/binary.js'
import {normalizeInput} from '../src/input/normalize.js'
import {DEFAULTS, isArticleCleanerError, type CleanInput} from '../src/index.js'

const root = new URL('../', import.meta.url).pathname
// Where `npm run eval` finds the corpus (ARTICLE_CLEANER_CORPUS names its readability folder).
const CORPUS = process.env.ARTICLE_CLEANER_CORPUS ? join(process.env.ARTICLE_CLEANER_CORPUS, '..') : join(root, '..', 'shared', 'corpus')
const args = process.argv.slice(2)
const everyAt = args.indexOf('--every')
const every = everyAt >= 0 ? Number(args.splice(everyAt, 2)[1]) : 1

interface Page {
  name: string
  input: CleanInput
  text: string
}

function* pagesIn(dir: string, pick: (file: string, index: number) => boolean): Generator<Page> {
  const files = readdirSync(dir).sort()
  let index = 0
  for (const file of files) {
    const path = join(dir, file)
    if (!statSync(path).isFile()) continue
    if (!/\.(?:txt|html|html\.gz)$/.test(file)) continue
    if (!pick(file, index++)) continue
    const bytes = file.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path)
    const text = bytes.toString('utf8')
    yield {name: path, text, input: file.endsWith('.txt') ? {text} : {html: new Uint8Array(bytes)}}
  }
}

function* fixtureInputs(): Generator<Page> {
  const dir = join(root, 'fixtures')
  for (const name of readdirSync(dir).sort()) yield* pagesIn(join(dir, name), (file) => file.startsWith('input.'))
}

/**
 * Text saved in a legacy code page and read as UTF-8, the worst legitimate
 * case: the corpus's pages in Czech (windows-1250) and in French, German,
 * Spanish and Portuguese (windows-1252), re-encoded.
 */
function* legacyEncoded(): Generator<Page> {
  const dir = join(CORPUS, 'readability')
  const codePages: Record<string, string> = {cs: 'windows-1250', fr: 'windows-1252', de: 'windows-1252', es: 'windows-1252', pt: 'windows-1252'}
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.meta.json')) continue
    const lang = String((JSON.parse(readFileSync(join(dir, file), 'utf8')) as {lang?: unknown}).lang ?? '').slice(0, 2)
    const codePage = codePages[lang]
    if (codePage === undefined) continue
    const decoder = new TextDecoder(codePage)
    const byChar = new Map<string, number>()
    for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(new Uint8Array([byte])), byte)
    const name = join(dir, file.replace('.meta.json', '.txt'))
    const bytes = Uint8Array.from(Array.from(readFileSync(name, 'utf8'), (char) => byChar.get(char) ?? 0x3f))
    const text = new TextDecoder('utf-8').decode(bytes)
    yield {name: `${name} (${codePage})`, text, input: {text}}
  }
}

const sets: [string, Iterable<Page>][] = [
  ['readability, in a legacy code page read as UTF-8', legacyEncoded()],
  ['readability', pagesIn(join(CORPUS, 'readability'), () => true)],
  [`wcxb-dev (every ${every})`, pagesIn(join(CORPUS, 'wcxb-dev'), (_, index) => index % every === 0)],
  ['fixtures', fixtureInputs()],
  ['seeds', pagesIn(join(CORPUS, '../seeds'), () => true)]
]

let refused = 0
for (const [set, pages] of sets) {
  let count = 0
  let worst = {share: 0, name: ''}
  for (const page of pages) {
    count++
    const {found, scanned} = countBinaryChars(page.text)
    const share = scanned === 0 ? 0 : found / scanned
    if (share > worst.share) worst = {share, name: page.name}
    try {
      normalizeInput(page.input, DEFAULTS.maxInputBytes)
    } catch (error) {
      if (!isArticleCleanerError(error) || error.code !== 'binary-input') throw error
      refused++
      console.log(`REFUSED ${page.name}: ${error.message}`)
    }
  }
  console.log(`${set}: ${count} files, largest share of binary characters ${(worst.share * 100).toFixed(1)}%${worst.name ? ` (${worst.name})` : ''}`)
}

if (args.length > 0) {
  let least = {share: 1, name: ''}
  let passed = 0
  for (const path of args) {
    const {found, scanned} = countBinaryChars(readFileSync(path).toString('utf8'))
    const share = scanned === 0 ? 0 : found / scanned
    if (share < least.share) least = {share, name: path}
    if (share <= MAX_BINARY_SHARE) passed++
  }
  console.log(`given files: ${args.length}, smallest share ${(least.share * 100).toFixed(1)}% (${least.name}), ${passed} at or under the limit`)
}
console.log(`limit: ${MAX_BINARY_SHARE * 100}%; refused: ${refused}`)
process.exitCode = refused > 0 ? 1 : 0
