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

  it('names a bad flag in a message with balanced quotes', () => {
    const messages = [['--nope'], ['-x'], ['--format'], ['--quiet=yes']].map((argv) => {
      try {
        parseCliArgs(argv, 2)
      } catch (error) {
        return (error as Error).message
      }
      return 'accepted'
    })
    expect(messages).toEqual([
      'Unknown option --nope (a file whose name starts with - goes after --, as in: -- --nope)',
      'Unknown option -x (a file whose name starts with - goes after --, as in: -- -x)',
      '--format needs a value',
      '--quiet takes no value, got "yes"'
    ])
  })

  it('prints the help with --help and exits 0; a bad flag exits 2', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toBe(HELP)
    const bad = await runCli(['--jobs', 'many'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--jobs must be a whole number/)
    const unknown = await runCli(['--nope'])
    expect([unknown.code, unknown.stderr]).toEqual([2, 'article-cleaner: Unknown option --nope (a file whose name starts with - goes after --, as in: -- --nope)\nRun article-cleaner --help for the options.\n'])
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

  it('drops a last line without a newline when the reading was stopped, and keeps it at the true end', async () => {
    const chunks = ['{"a":1}\n{"b":', '2}\n{"c"']
    expect(await read(chunks, 100)).toEqual([
      {lineNumber: 1, line: '{"a":1}'},
      {lineNumber: 2, line: '{"b":2}'},
      {lineNumber: 3, line: '{"c"'}
    ])
    const stopped: unknown[] = []
    for await (const item of readLines(chunks, 100, () => true)) stopped.push(item)
    expect(stopped).toEqual([
      {lineNumber: 1, line: '{"a":1}'},
      {lineNumber: 2, line: '{"b":2}'}
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
    // Every message starts with where the record is, whichever step failed.
    expect(out.slice(1, 5).map((line) => [line.line, (line.error as {message: string}).message])).toEqual([
      [2, expect.stringMatching(/^Line 2: Not valid JSON: /)],
      [3, 'Line 3: 3061 bytes, over the limit of 2000 bytes (--max-bytes)'],
      [5, expect.stringMatching(/^Line 5: Expected a string/)],
      [6, 'Line 6: Not a JSON object with a "text" or "html" string']
    ])
    expect(stderr).toMatch(/6 records, 2 cleaned, 4 failed \(invalid-json 1, input-too-large 1, invalid-input 2\)/)
  })

  it('counts one record as one record in the summary', async () => {
    const {stderr} = await runCli(['-j', '1'], record(0))
    expect(stderr).toMatch(/^article-cleaner: 1 record, 1 cleaned, 0 failed in /m)
  })

  it('reads .jsonl and .ndjson arguments as JSON Lines, as stdin is', async () => {
    writeFileSync(join(work, 'pages.jsonl'), [record(0), '{"text": "cut', record(2)].join('\n'))
    writeFileSync(join(work, 'pages.ndjson'), `${record(3)}\n`)
    const {code, stdout} = await runCli(['pages.jsonl', 'pages.ndjson', '-q', '-j', '2'])
    expect(code).toBe(1)
    const out = lines(stdout)
    expect(out.map((line) => [line.id, (line.error as {code?: string} | undefined)?.code ?? 'ok'])).toEqual([
      ['r0', 'ok'],
      [2, 'invalid-json'],
      ['r2', 'ok'],
      ['r3', 'ok']
    ])
    expect(out[1]).toMatchObject({line: 2, error: {message: expect.stringMatching(/^pages\.jsonl, line 2: Not valid JSON: /)}})
    expect(out[2]?.text).toContain('This was report number 2.')
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

describe('what the run cannot clean', () => {
  it('refuses a binary file with a binary-input error record and exits 1, and cleans text in other scripts', async () => {
    // The node executable saved as a .txt file (issue 21: /bin/ls saved as ls.txt).
    writeFileSync(join(work, 'ls.txt'), readFileSync(process.execPath).subarray(0, 200_000))
    const chinese = '国家图书馆周二宣布延长开放时间。过去一年里，到馆人数增长了三分之一，阅览室经常在中午前就坐满了读者。'
    writeFileSync(join(work, 'zh.txt'), `图书馆延长开放时间\n\n${chinese}\n\n${chinese}`)
    const {code, stdout} = await runCli(['ls.txt', 'zh.txt', '-q', '-j', '1'])
    expect(code).toBe(1)
    const [binary, text] = lines(stdout)
    expect(binary).toEqual({id: 'ls.txt', error: {code: 'binary-input', message: expect.stringMatching(/^ls\.txt: Input looks binary, not text: /)}})
    expect(text).toMatchObject({id: 'zh.txt', language: 'zh', paragraphs: [chinese, chinese]})
  })

  it('says so and exits 1 when a folder has no file to take', async () => {
    mkdirSync(join(work, 'no-dumps'), {recursive: true})
    writeFileSync(join(work, 'no-dumps', 'notes.json'), '{}')
    const {code, stdout, stderr} = await runCli(['no-dumps'])
    expect(code).toBe(1)
    expect(lines(stdout)).toEqual([{id: 'no-dumps', error: {code: 'read-failed', message: 'no-dumps: The folder has no file ending in .txt, .html, .htm (--ext)'}}])
    expect(stderr).toMatch(/1 record, 0 cleaned, 1 failed \(read-failed 1\)/)
  })
})

describe('--out-dir', () => {
  it('never gives two records one file: ids 1 and "1", line 3 and id "3", a.txt from two folders', async () => {
    const input = [record(0, {id: 1}), record(1, {id: '1'}), record(2, {id: undefined}), record(3, {id: '3'}), record(4, {id: 'A'}), record(5, {id: 'a'})].join('\n')
    const fromLines = await runCli(['--format', 'markdown', '--out-dir', 'unique', '-q', '-j', '2'], input)
    expect(fromLines.code).toBe(0)
    const listed = lines(fromLines.stdout)
    expect(listed).toEqual([
      {id: 1, file: 'unique/1.md'},
      {id: '1', file: 'unique/1~2.md'},
      {id: 3, file: 'unique/3.md'},
      {id: '3', file: 'unique/3~2.md'},
      {id: 'A', file: 'unique/A.md'},
      // One file with A.md on a file system that ignores case.
      {id: 'a', file: 'unique/a~2.md'}
    ])
    listed.forEach((line, i) => expect(readFileSync(join(work, line.file as string), 'utf8')).toContain(`This was report number ${i}.`))

    for (const [folder, i] of [['first', 0], ['second', 1]] as const) {
      mkdirSync(join(work, folder), {recursive: true})
      writeFileSync(join(work, folder, 'a.txt'), dump(i))
    }
    const fromFolders = await runCli(['first', 'second', '--format', 'text', '--out-dir', 'unique-text', '-q', '-j', '1'])
    expect(fromFolders.code).toBe(0)
    expect(lines(fromFolders.stdout)).toEqual([
      {id: 'first/a.txt', file: 'unique-text/a.txt'},
      {id: 'second/a.txt', file: 'unique-text/a~2.txt'}
    ])
    expect(readFileSync(join(work, 'unique-text', 'a~2.txt'), 'utf8')).toContain('This was report number 1.')
  })

  it('gives a record whose file cannot be written an error record and exits 1', async () => {
    mkdirSync(join(work, 'blocked', 'r0.md'), {recursive: true})
    const {code, stdout} = await runCli(['--format', 'markdown', '--out-dir', 'blocked', '-q', '-j', '1'], [record(0), record(1)].join('\n'))
    expect(code).toBe(1)
    expect(lines(stdout)).toEqual([
      {id: 'r0', line: 1, error: {code: 'write-failed', message: expect.stringMatching(/^Line 1: Cannot write its file: EISDIR/)}},
      {id: 'r1', file: 'blocked/r1.md'}
    ])
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

/** Start the CLI; resolves once `ready(stdout)` holds, then with the run's end. */
function startCli(args: string[], nodeFlags: string[] = []): {child: ReturnType<typeof spawn>; output: () => string; closed: Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>} {
  const child = spawn(process.execPath, [...nodeFlags, CLI, ...args], {cwd: work})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdin.on('error', () => {})
  const closed = new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>((resolve) => child.on('close', (code, signal) => resolve({code, signal, stderr})))
  return {child, output: () => stdout, closed}
}

/** Resolves when `check()` holds, polling (no wall-clock margin: the test's own timeout bounds it). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('a run that dies', () => {
  it('has written every record it cleaned before running out of memory on one (--jobs 1)', async () => {
    // A small heap, and a page that needs far more than it to clean: V8 aborts the process.
    const monster = JSON.stringify({id: 'monster', text: Array.from({length: 60_000}, (_, i) => `${PROSE[i % 3]} (${i})`).join('\n\n')})
    const run = startCli(['--jobs', '1', '-q'], ['--max-old-space-size=48'])
    run.child.stdin?.end([record(0), record(1), record(2), monster, record(4)].join('\n'))
    const {code, signal} = await run.closed
    expect(signal === 'SIGABRT' || code === 134, `code ${code}, signal ${signal}`).toBe(true)
    expect(lines(run.output()).map((line) => line.id)).toEqual(['r0', 'r1', 'r2'])
  })
})

describe('Ctrl-C', () => {
  it('stops on a whole line: a line cut by the stop is not reported', async () => {
    const run = startCli(['--jobs', '1'])
    // Three whole records and the start of a fourth, and stdin stays open.
    run.child.stdin?.write(`${[record(0), record(1), record(2)].join('\n')}\n{"id": "cut", "text": "Story num`)
    await until(() => lines(run.output()).length === 3 || run.output().includes('"cut"'))
    run.child.kill('SIGINT')
    const {code, stderr} = await run.closed
    expect(code).toBe(130)
    expect(lines(run.output()).map((line) => line.id)).toEqual(['r0', 'r1', 'r2'])
    expect(stderr).toMatch(/3 records, 3 cleaned, 0 failed in [\d.]+ s \(\d+\/s\), interrupted/)
  })

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
