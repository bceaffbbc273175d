#!/usr/bin/env node
/**
 * `article-cleaner`, the command: see `--help` (src/cli/args.ts) and the
 * README's CLI section.
 */
import {availableParallelism} from 'node:os'
import {createRequire} from 'node:module'
import {HELP, parseCliArgs, UsageError} from './args.js'
import {runCli} from './run.js'

// A reader that closes the pipe early (`| head`) ends the run, as it ends
// other commands: quietly, with the code of a SIGPIPE death, so that a
// pipeline under pipefail still sees that not everything was written.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(141)
})

async function main(): Promise<number> {
  try {
    const options = parseCliArgs(process.argv.slice(2), availableParallelism())
    if (options.help) {
      process.stdout.write(HELP)
      return 0
    }
    if (options.version) {
      const {version} = createRequire(import.meta.url)('../package.json') as {version: string}
      process.stdout.write(`${version}\n`)
      return 0
    }
    return await runCli(options, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      onInterrupt(handler) {
        process.on('SIGINT', handler)
      },
      exit(code) {
        process.exit(code)
      }
    })
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`article-cleaner: ${error.message}\nRun article-cleaner --help for the options.\n`)
    return 2
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`article-cleaner: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 2
  }
)
