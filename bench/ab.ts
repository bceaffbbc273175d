/**
 * `npm run bench:ab -- <a> <b>`: two builds of cleanArticle compared on the
 * corpus in one process, pass by pass, and their articles compared too.
 *
 *   <a>, <b>        a git revision (built in a temporary worktree) or `.` (this
 *                   working tree, built first)
 *   --rounds=<n>    timed rounds (default 20); each cleans the corpus once with
 *                   each build, the order alternating from round to round
 *   --input=text|html   what is timed: the corpus's text dumps (default) or its HTML pages
 *
 * Why one process, pass by pass: this shared machine changes speed for
 * minutes at a time (one build measured 398 and 672 docs/s on one core
 * twenty minutes apart), so two `npm run bench` runs of the same build can
 * differ by more than a change to the code does. Two builds that take turns
 * meet the same states, and the ratio of their times holds where their
 * docs/s do not (two copies of one build gave a median of 1.001).
 *
 * The articles of both builds are compared first, on every text dump and
 * HTML page of the corpus: a speed-up that changes an output must say so,
 * and the command then exits with 1. The process pins itself to one core
 * where `taskset` exists, so that the other core's load does not move it.
 * A revision is built with this checkout's node_modules: it runs on today's
 * dependencies, not on the ones its own lock file names.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {corpusDir, listPages, repoRoot, type CleanArticle} from '../eval/run.js'
import buildDist from '../test/helpers/build-dist.js'
import {rerunPinned} from './pin.js'

/** Set in the copy of this script that runs pinned to one core. */
const PINNED = 'BENCH_AB_PINNED'
const WARM_UP_MS = 5000
const DEFAULT_ROUNDS = 20

interface Build {
  label: string
  clean: CleanArticle
  /** Removes what was made for it (a worktree), if anything. */
  dispose(): void
}

/** The working tree's dist/, built when older than the sources. */
function workingTree(): {dist: string; dispose(): void} {
  buildDist()
  return {dist: join(repoRoot, 'dist'), dispose: () => undefined}
}

/** A revision built in a temporary worktree that shares this checkout's node_modules. */
function revision(rev: string): {dist: string; dispose(): void} {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], {cwd: repoRoot, encoding: 'utf8'}).trim()
  const dir = mkdtempSync(join(tmpdir(), 'article-cleaner-ab-'))
  const dispose = (): void => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], {cwd: repoRoot, stdio: 'ignore'})
    rmSync(dir, {recursive: true, force: true})
  }
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, commit], {cwd: repoRoot, stdio: 'ignore'})
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
    execFileSync('npm', ['run', 'build'], {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']})
  } catch (error) {
    dispose()
    const stderr = (error as {stderr?: Buffer}).stderr?.toString().trim() ?? ''
    throw new Error(`Cannot build ${rev} (${commit.slice(0, 9)}): ${stderr || (error as Error).message}`)
  }
  return {dist: join(dir, 'dist'), dispose}
}

/**
 * Load a build. `copy` tells the two builds' modules apart: the same build
 * named twice (`. .`) still gives two copies, each with its own JIT state.
 */
async function loadBuild(spec: string, copy: string): Promise<Build> {
  const {dist, dispose} = spec === '.' ? workingTree() : revision(spec)
  try {
    const entry = join(dist, 'index.js')
    if (!existsSync(entry)) throw new Error(`the build has no ${entry}`)
    const mod = (await import(`${pathToFileURL(entry).href}?copy=${copy}`)) as {cleanArticle: CleanArticle}
    return {label: spec, clean: mod.cleanArticle, dispose}
  } catch (error) {
    dispose()
    throw new Error(`${spec}: ${(error as Error).message}`)
  }
}

/** One pass over the inputs; milliseconds. */
function pass(clean: CleanArticle, inputs: readonly Input[]): number {
  const start = performance.now()
  for (const input of inputs) {
    try {
      clean(input.value)
    } catch {
      // Timed all the same: both builds meet the same inputs.
    }
  }
  return performance.now() - start
}

interface Input {
  name: string
  value: {text: string} | {html: string}
}

/** The corpus's pages as inputs of one kind. */
function readInputs(dir: string, kind: 'text' | 'html'): Input[] {
  return listPages(dir).map((name) => {
    const file = `${name}.${kind === 'text' ? 'txt' : 'html'}`
    const content = readFileSync(join(dir, file), 'utf8')
    return {name: file, value: kind === 'text' ? {text: content} : {html: content}}
  })
}

/** A turn of the event loop, so that a Ctrl-C is handled (the temporary worktrees removed) between passes, not after the last. */
function betweenPasses(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** The median of an ascending list (the mean of the two middle values of an even one). */
function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Names of the inputs whose articles differ between the builds (a throw is compared by its message). */
function differing(a: Build, b: Build, inputs: readonly Input[]): string[] {
  const article = (build: Build, input: Input): string => {
    try {
      return JSON.stringify(build.clean(input.value))
    } catch (error) {
      return `threw ${(error as Error).message}`
    }
  }
  return inputs.filter((input) => article(a, input) !== article(b, input)).map((input) => input.name)
}

function readArgs(): {a: string; b: string; rounds: number; input: 'text' | 'html'} {
  const {values, positionals} = parseArgs({options: {rounds: {type: 'string'}, input: {type: 'string'}}, allowPositionals: true})
  const [a, b] = positionals
  if (a === undefined || b === undefined || positionals.length > 2) throw new Error('usage: npm run bench:ab -- <a> <b> [--rounds=n] [--input=text|html]; <a> and <b> are git revisions or "." (this working tree)')
  const rounds = Number(values.rounds ?? DEFAULT_ROUNDS)
  if (!Number.isInteger(rounds) || rounds < 2) throw new Error(`--rounds must be an integer of at least 2, got ${values.rounds}`)
  const input = values.input ?? 'text'
  if (input !== 'text' && input !== 'html') throw new Error(`--input must be text or html, got ${input}`)
  return {a, b, rounds, input}
}

async function main(): Promise<void> {
  const {a, b, rounds, input} = readArgs()
  const dir = corpusDir()
  const byKind = {text: readInputs(dir, 'text'), html: readInputs(dir, 'html')}
  const inputs = byKind[input]
  const everyInput = [...byKind.text, ...byKind.html]
  // A temporary worktree whose process was killed leaves an entry behind: clear those first.
  spawnSync('git', ['worktree', 'prune'], {cwd: repoRoot, stdio: 'ignore'})
  const builds: Build[] = []
  const disposeAll = (): void => {
    for (const build of builds.splice(0)) build.dispose()
  }
  process.once('SIGINT', () => {
    disposeAll()
    process.exit(130)
  })
  try {
    builds.push(await loadBuild(a, 'a'))
    builds.push(await loadBuild(b, 'b'))
    const [first, second] = builds as [Build, Build]
    const changed = differing(first, second, everyInput)
    console.log(`A = ${first.label}, B = ${second.label}`)
    console.log(
      changed.length === 0
        ? `  articles: identical on all ${everyInput.length} inputs (the corpus's text dumps and HTML pages)`
        : `  articles: ${changed.length} of ${everyInput.length} differ (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`
    )
    if (changed.length > 0) process.exitCode = 1
    // Both builds warm up together, so that neither is timed while the JIT still compiles it.
    const warmUpStart = performance.now()
    while (performance.now() - warmUpStart < WARM_UP_MS) {
      pass(first.clean, inputs)
      pass(second.clean, inputs)
      await betweenPasses()
    }
    let msA = 0
    let msB = 0
    const ratios: number[] = []
    for (let round = 0; round < rounds; round++) {
      let timeA: number
      let timeB: number
      if (round % 2 === 0) {
        timeA = pass(first.clean, inputs)
        timeB = pass(second.clean, inputs)
      } else {
        timeB = pass(second.clean, inputs)
        timeA = pass(first.clean, inputs)
      }
      msA += timeA
      msB += timeB
      ratios.push(timeA / timeB)
      await betweenPasses()
    }
    ratios.sort((x, y) => x - y)
    const rate = (ms: number): string => ((inputs.length * rounds) / (ms / 1000)).toFixed(1)
    const quartile = (q: number): string => (ratios[Math.round(q * (rounds - 1))] as number).toFixed(3)
    console.log(`  ${inputs.length} ${input === 'text' ? 'text dumps' : 'HTML pages'}, ${rounds} rounds: A ${rate(msA)} docs/s, B ${rate(msB)} docs/s`)
    // The median round is the figure: a round that met a slow moment of the machine moves the totals, not the median.
    console.log(
      `  B is ${median(ratios).toFixed(3)}× as fast as A (median of the rounds' ratios; middle half of the rounds ${quartile(0.25)}–${quartile(0.75)}; ratio of total times ${(msA / msB).toFixed(3)})`
    )
  } finally {
    disposeAll()
  }
}

if (!rerunPinned(PINNED)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 2
  })
}
