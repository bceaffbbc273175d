// `npm run lint:package`: pack the package as npm would publish it, then
// check the tarball with publint (package.json fields, exports, files) and
// @arethetypeswrong/cli (types resolve for every module resolution mode).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const out = mkdtempSync(join(tmpdir(), 'article-cleaner-pack-'))
const run = (command, args) => execFileSync(command, args, {stdio: 'inherit'})
try {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], {encoding: 'utf8'}))
  const tarball = join(out, pack.filename)
  console.log(`packed ${pack.filename}: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KB`)
  run('npx', ['publint', 'run', tarball, '--strict'])
  run('npx', ['attw', tarball])
} finally {
  rmSync(out, {recursive: true, force: true})
}
