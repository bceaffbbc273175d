import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {FLAGS, HELP, parseCliArgs, UsageError} from '../src/cli/args.js'
import {createStats, formatDuration, progressLine, summaryLine} from '../src/cli/progress.js'
import {readLines} from '../src/cli/sources.js'
import {createCleaner} from '../src/index.js'

// The CLI runs as users run it: the built bin, in a child process
// (test/helpers/build-dist.ts builds it when stale).
const CLI = new URL('../dist/cli.js', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'article-cleaner-cli-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const PROSE = [
  'The council voted on Tuesday to extend the library’s opening hours, after a year in which visits rose by a third.',
  'Engineers said the bridge would reopen in the spring once the new bearings had been fitted and tested under load.',
  'The museum will show the recovered paintings together for the first time since they were taken from the castle.'
]

/** A page whose story says its number, so outputs can be matched to inputs. */
function dump(i: number): string {
  return ['Metro Daily', '', `Story number ${i} of the week`, '', `${PROSE[i % 3]} This was report number ${i}.`, '', 'Watch Live Now', '', PROSE[(i + 1) % 3], '', PROSE[(i + 2) % 3]].join('\n')
}

function record(i: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({id: `r${i}`, url: `https://www.example.org/news/${i}`, text: dump(i), ...extra})
}

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function runCli(args: string[], stdin = '', nodeArgs: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], {cwd: work})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(stdin)
  })
}

const lines = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)

describe('the command line', () => {
  it('applies the documented defaults', () => {
    const options = parseCliArgs([], 4)
    expect(options).toMatchObject({inputs: [], format: 'jsonl', output: null, jobs: 4, ordered: true, timeoutMs: Number.POSITIVE_INFINITY, maxBytes: 10_000_000, quiet: false})
  })

  it('reads every flag, short and long', () => {
    const options = parseCliArgs(['-f', 'markdown', '-d', 'out', '-j', '3', '--unordered', '-t', '250', '--max-bytes', '5000', '-s', 'recall', '-p', 'p.json', '--tree', '--ext', '.TXT,md', '-q', 'a', '-', 'b/'], 2)
    expect(options).toMatchObject({inputs: ['a', 'b/'], format: 'markdown', outDir: 'out', jobs: 3, ordered: false, timeoutMs: 250, maxBytes: 5000, strictness: 'recall', profile: 'p.json', tree: true, extensions: ['txt', 'md'], quiet: true})
  })

  it('rejects unknown flags and bad values with a usage error', () => {
    for (const argv of [['--nope'], ['--jobs', '0'], ['--jobs', 'two'], ['--timeout', '-5'], ['--timeout', '0'], ['--format', 'html'], ['--format', 'markdown'], ['--strictness', 'loose'], ['--ext', ',']]) {
      expect(() => parseCliArgs(argv, 2), argv.join(' ')).toThrowError(UsageError)
    }
  })

  it('documents every flag in --help', () => {
    for (const [name, flag] of Object.entries(FLAGS)) {
      expect(HELP).toContain(`--${name}`)
      if ('short' in flag) expect(HELP).toContain(`-${flag.short}, --${name}`)
    }
  })

  it('prints the help with --help and exits 0; a bad flag exits 2', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toBe(HELP)
    const bad = await runCli(['--jobs', 'many'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--jobs must be a whole number/)
  })
})

describe('progress and summary', () => {
  it('shows records, rate, errors, a bar and the time left when the total is known', () => {
    const stats = {...createStats(), startedAt: 0, records: 2500, failed: 3, filesTotal: 10_000}
    expect(progressLine(stats, 5000)).toBe('[#####---------------] 25% 2,500 records, 500/s, 3 errors, 15s left')
    expect(progressLine({...stats, filesTotal: null}, 5000)).toBe('2,500 records, 500/s, 3 errors')
    expect(progressLine({...stats, filesTotal: null, bytesRead: 50, bytesTotal: 100}, 5000)).toMatch(/^\[#{10}-{10}\] 50% .*, 5s left$/)
  })

  it('formats durations and the summary line', () => {
    expect([formatDuration(42), formatDuration(185), formatDuration(3720)]).toEqual(['42s', '3m05s', '1h02m'])
    const stats = {...createStats(), startedAt: 0, records: 1000, failed: 2, byCode: {'invalid-json': 2}}
    expect(summaryLine(stats, 4000, false)).toBe('article-cleaner: 1,000 records, 998 cleaned, 2 failed (invalid-json 2) in 4.0 s (250/s)')
    expect(summaryLine({...stats, failed: 0, byCode: {}}, 4000, true)).toMatch(/0 failed in 4\.0 s \(250\/s\), interrupted$/)
  })
})

describe('reading lines', () => {
  async function read(chunks: string[], maxBytes: number): Promise<unknown[]> {
    const out = []
    for await (const item of readLines(chunks, maxBytes)) out.push(item)
    return out
  }

  it('joins lines split across chunks, drops CR and a BOM, and skips blank lines', async () => {
    expect(await read(['\uFEFF{"a"', ':1}\r\n\n  \n{"b":2}'], 100)).toEqual([
      {lineNumber: 1, line: '{"a":1}'},
      {lineNumber: 4, line: '{"b":2}'}
    ])
  })

  it('skips a line over the limit to its end, holding none of it, and keeps the next', async () => {
    expect(await read(['ok\n', 'x'.repeat(60), 'y'.repeat(60), '\nnext\n', 'z'.repeat(200)], 100)).toEqual([
      {lineNumber: 1, line: 'ok'},
      {lineNumber: 2, tooLarge: 120},
      {lineNumber: 3, line: 'next'},
      {lineNumber: 4, tooLarge: 200}
    ])
  })
})

describe('JSON Lines in and out', () => {
  it('writes one article per record, in input order, on two workers', async () => {
    const input = Array.from({length: 30}, (_, i) => record(i)).join('\n')
    const {code, stdout, stderr} = await runCli(['--jobs', '2'], input)
    expect(code).toBe(0)
    const out = lines(stdout)
    expect(out.map((line) => line.id)).toEqual(Array.from({length: 30}, (_, i) => `r${i}`))
    expect(out[7]).toMatchObject({id: 'r7', url: 'https://www.example.org/news/7'})
    expect(out[7]?.text).toContain('This was report number 7.')
    expect(out[7]).not.toHaveProperty('tree')
    expect(stderr).toMatch(/30 records, 30 cleaned, 0 failed/)
  })

  it('writes every record once with --unordered', async () => {
    const input = Array.from({length: 30}, (_, i) => record(i)).join('\n')
    const {code, stdout} = await runCli(['--jobs', '2', '--unordered', '--quiet'], input)
    expect(code).toBe(0)
    expect(lines(stdout).map((line) => line.id).sort()).toEqual(Array.from({length: 30}, (_, i) => `r${i}`).sort())
  })

  it('turns bad records into error records, keeps their neighbours, and exits 1', async () => {
    const input = [
      record(0),
      '{"text": "unterminated',
      record(2, {text: 'x'.repeat(3000)}),
      '',
      JSON.stringify({id: 'number', text: 42}),
      JSON.stringify(['not', 'an', 'object']),
      record(6)
    ].join('\r\n')
    const {code, stdout, stderr} = await runCli(['--jobs', '2', '--max-bytes', '2000'], input)
    expect(code).toBe(1)
    const out = lines(stdout)
    expect(out.map((line) => [line.id, (line.error as {code?: string} | undefined)?.code ?? 'ok'])).toEqual([
      ['r0', 'ok'],
      [2, 'invalid-json'],
      [3, 'input-too-large'],
      ['number', 'invalid-input'],
      [6, 'invalid-input'],
      ['r6', 'ok']
    ])
    expect(out[1]).toMatchObject({line: 2, error: {message: expect.stringMatching(/^Line 2 is not valid JSON/)}})
    expect(out[2]).toMatchObject({line: 3, error: {message: expect.stringMatching(/over the limit of 2000 bytes/)}})
    expect(stderr).toMatch(/6 records, 2 cleaned, 4 failed \(invalid-json 1, input-too-large 1, invalid-input 2\)/)
  })

  it('reads a quarter of a gigabyte from stdin in flat memory', async () => {
    // Lines over --max-bytes are skipped unparsed, so this measures the
    // reading and the window, not the cleaning; 4,096 lines of 64 KB.
    const child = spawn(process.execPath, [CLI, '--jobs', '1', '--max-bytes', '1000', '-q'], {cwd: work})
    let peak = 0
    const poll = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (match) peak = Math.max(peak, Number(match[1]) * 1024)
      } catch {
        // Exited.
      }
    }, 20)
    let records = 0
    child.stdout.on('data', (chunk: Buffer) => (records += chunk.toString().split('\n').length - 1))
    const line = Buffer.from(`${'x'.repeat(64 * 1024 - 1)}\n`)
    for (let i = 0; i < 4096; i++) if (!child.stdin.write(line)) await once(child.stdin, 'drain')
    child.stdin.end()
    const [code] = (await once(child, 'close')) as [number | null]
    clearInterval(poll)
    expect(code).toBe(1)
    expect(records).toBe(4096)
    expect(peak).toBeGreaterThan(0)
    expect(peak).toBeLessThan(200 * 1024 * 1024)
  })

  it('stops a record past --timeout and cleans the rest', async () => {
    const huge = JSON.stringify({id: 'huge', text: Array.from({length: 70_000}, (_, i) => `${PROSE[i % 3]} (${i})`).join('\n\n')})
    // A clock that counts reads, not time (see the helper): a page reads it a
    // few dozen times, the huge one thousands, on a busy machine as on an idle one.
    const clock = ['--require', new URL('helpers/stepping-clock.cjs', import.meta.url).pathname]
    const {code, stdout} = await runCli(['--jobs', '1', '--timeout', '1000', '-q'], [record(0), huge, record(2)].join('\n'), clock)
    expect(code).toBe(1)
    expect(lines(stdout).map((line) => [line.id, (line.error as {code?: string} | undefined)?.code ?? 'ok'])).toEqual([
      ['r0', 'ok'],
      ['huge', 'timeout'],
      ['r2', 'ok']
    ])
  })

  it('applies a learned --profile in the workers', async () => {
    const cleaner = createCleaner()
    cleaner.learn([0, 1, 2, 3].map((i) => ({text: dump(i), url: `https://www.example.org/news/${i}`})))
    writeFileSync(join(work, 'profile.json'), JSON.stringify(cleaner.profile()))
    const {stdout} = await runCli(['--jobs', '2', '-q', '--profile', 'profile.json'], [4, 5, 6].map((i) => record(i)).join('\n'))
    for (const line of lines(stdout)) {
      expect((line.removed as {reason: string; text: string}[]).filter((removal) => removal.reason === 'repeated-across-pages').map((removal) => removal.text)).toContain('Watch Live Now')
    }
    const bad = await runCli(['--profile', 'missing.json'])
    expect(bad.code).toBe(2)
  })
})

describe('files, folders and globs', () => {
  it('cleans a folder into one Markdown file per article, lists them, and keeps files apart that differ only by extension', async () => {
    const dir = join(work, 'dumps')
    mkdirSync(join(dir, 'sub'), {recursive: true})
    writeFileSync(join(dir, 'a.txt'), dump(0))
    writeFileSync(join(dir, 'sub', 'b.txt'), dump(1))
    writeFileSync(join(dir, 'sub', 'c.txt'), dump(2))
    writeFileSync(join(dir, 'sub', 'c.htm'), `<!doctype html><title>C</title><article><p>${PROSE[0]}</p></article>`)
    writeFileSync(join(dir, 'notes.json'), '{}')
    const {code, stdout} = await runCli(['dumps', '--format', 'markdown', '--out-dir', 'md', '--jobs', '2', '-q'])
    expect(code).toBe(0)
    expect(lines(stdout)).toEqual([
      {id: 'dumps/a.txt', file: 'md/a.md'},
      {id: 'dumps/sub/b.txt', file: 'md/sub/b.md'},
      {id: 'dumps/sub/c.htm', file: 'md/sub/c.htm.md'},
      {id: 'dumps/sub/c.txt', file: 'md/sub/c.txt.md'}
    ])
    expect(readFileSync(join(work, 'md', 'sub', 'b.md'), 'utf8')).toContain('Engineers said the bridge would reopen in the spring once the new bearings had been fitted and tested under load. This was report number 1.\n')
    expect(readdirSync(join(work, 'md')).sort()).toEqual(['a.md', 'sub'])
  })

  it('takes globs and files, writes text files, and reports a name that matches nothing', async () => {
    mkdirSync(join(work, 'globbed'), {recursive: true})
    writeFileSync(join(work, 'globbed', 'c.txt'), dump(2))
    writeFileSync(join(work, 'globbed', 'd.txt'), dump(0))
    const {code, stdout} = await runCli(['globbed/*.txt', 'nothing-here.txt', '--format', 'text', '-d', 'txt', '-q', '-j', '1'])
    expect(code).toBe(1)
    const out = lines(stdout)
    expect(out.slice(0, 2)).toEqual([
      {id: 'globbed/c.txt', file: 'txt/globbed/c.txt'},
      {id: 'globbed/d.txt', file: 'txt/globbed/d.txt'}
    ])
    expect(out[2]).toMatchObject({id: 'nothing-here.txt', error: {code: 'read-failed'}})
    expect(readFileSync(join(work, 'txt', 'globbed', 'c.txt'), 'utf8')).toContain('The museum will show the recovered paintings together for the first time since they were taken from the castle. This was report number 2.\n')
  })
})

describe('HTML files', () => {
  it('reads them as bytes, so that their declared charset decides', async () => {
    const page = `<!doctype html><meta charset="windows-1252"><title>Caf\u00e9</title><article><p>${PROSE[0]} The caf\u00e9 opens at nine.</p></article>`
    writeFileSync(join(work, 'latin1.html'), Buffer.from(page, 'latin1'))
    const {code, stdout} = await runCli(['latin1.html', '-j', '1', '-q'])
    expect(code).toBe(0)
    expect(lines(stdout)[0]?.text).toContain('The caf\u00e9 opens at nine.')
  })
})

describe('Ctrl-C', () => {
  it('stops reading, finishes the records under way, writes valid output, prints the summary and exits 130', async () => {
    const child = spawn(process.execPath, [CLI, '--jobs', '2'], {cwd: work})
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Feed records as long as the run takes them; stdin stays open, as from a crawler.
    let i = 0
    const feed = (): void => {
      while (child.stdin.writable && child.stdin.write(`${record(i++)}\n`));
    }
    child.stdin.on('drain', feed)
    child.stdin.on('error', () => {})
    feed()
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (stdout === '') child.kill('SIGINT')
        stdout += chunk.toString()
      })
      child.on('close', resolve)
    })
    expect(code).toBe(130)
    expect(stderr).toMatch(/records, \d+ cleaned, 0 failed in [\d.]+ s \(\d+\/s\), interrupted/)
    const out = lines(stdout)
    expect(out.length).toBeGreaterThan(0)
    expect(out.map((line) => line.id)).toEqual(out.map((_, n) => `r${n}`))
  })
})
