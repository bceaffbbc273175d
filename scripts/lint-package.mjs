// `npm run lint:package`: pack the package as npm would publish it, then
// check the tarball with publint (package.json fields, exports, files) and
// @arethetypeswrong/cli (types resolve for every module resolution mode the
// package supports). The package is ES modules only: attw's `esm-only`
// profile leaves out `node10` and CommonJS under `node16`, which cannot load
// it. attw's TypeScript predates require() of ES modules, so CommonJS under
// `nodenext` is checked by test/package.test.ts with the project's tsc.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const out = mkdtempSync(join(tmpdir(), 'article-cleaner-pack-'))
const run = (command, args) => execFileSync(command, args, {stdio: 'inherit'})
try {
  // Built here, then packed without scripts: `prepare` would print the
  // build's log into the JSON that `npm pack --json` writes.
  run('npm', ['run', 'build', '--silent'])
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {encoding: 'utf8'}))
  const tarball = join(out, pack.filename)
  console.log(`packed ${pack.filename}: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KB`)
  run('npx', ['publint', 'run', tarball, '--strict'])
  run('npx', ['attw', tarball, '--profile', 'esm-only'])
} finally {
  rmSync(out, {recursive: true, force: true})
}
