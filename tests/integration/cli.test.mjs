// tests/integration/cli.test.mjs — the frontdoor command's contract: --version, migrate, settings precedence, schema checks.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { freshDatabase, runFrontdoor, startServer, databaseKind } from '../support/harness.mjs'

test('--version and --help describe the command', () => {
  assert.match(runFrontdoor(['--version']).stdout, /^frontdoor \d+\.\d+\.\d+/)
  const help = runFrontdoor(['--help']).stdout
  assert.match(help, /serve/)
  assert.match(help, /migrate/)
})

test('migrate is idempotent', () => {
  const database = freshDatabase()
  try {
    const first = runFrontdoor(['migrate', '--database', database.url])
    assert.equal(first.status, 0, first.stderr)
    assert.match(first.stdout, new RegExp(`Applied [1-9]\\d* migrations?; the ${databaseKind} schema is at version \\d+`))
    const second = runFrontdoor(['migrate', '--database', database.url])
    assert.equal(second.status, 0, second.stderr)
    assert.match(second.stdout, /Applied 0 migrations/)
  } finally { database.drop() }
})

test('the --database flag overrides FRONTDOOR_DATABASE, which overrides the default', () => {
  const fromEnvironment = freshDatabase()
  const fromFlag = freshDatabase()
  try {
    const viaEnvironment = runFrontdoor(['migrate'], { FRONTDOOR_DATABASE: fromEnvironment.url })
    assert.equal(viaEnvironment.status, 0, viaEnvironment.stderr)
    const viaFlag = runFrontdoor(['migrate', '--database', fromFlag.url], { FRONTDOOR_DATABASE: 'sqlite:/nonexistent/dir/never.db' })
    assert.equal(viaFlag.status, 0, viaFlag.stderr)
    assert.match(viaFlag.stdout, /Applied [1-9]/)
    const bad = runFrontdoor(['migrate'], { FRONTDOOR_DATABASE: 'mysql://nowhere' })
    assert.equal(bad.status, 2)
    assert.match(bad.stderr, /must start with sqlite: or postgresql:\/\//)
  } finally { fromEnvironment.drop(); fromFlag.drop() }
})

test('serve refuses a database whose schema is newer than it knows, and one not yet migrated', async () => {
  const database = freshDatabase()
  try {
    const unmigrated = runFrontdoor(['serve', '--database', database.url, '--listen', '127.0.0.1:0'])
    assert.equal(unmigrated.status, 1)
    assert.match(unmigrated.stderr, /Run `frontdoor migrate/)

    assert.equal(runFrontdoor(['migrate', '--database', database.url]).status, 0)
    database.sql("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future.sql', '2030-01-01T00:00:00Z')")
    const newer = runFrontdoor(['serve', '--database', database.url, '--listen', '127.0.0.1:0'])
    assert.equal(newer.status, 1)
    assert.match(newer.stderr, /schema is version 9999, newer than this frontdoor/)
  } finally { database.drop() }
})

test('serve explains a listen address it cannot use', () => {
  const result = runFrontdoor(['serve', '--listen', 'nonsense'])
  assert.equal(result.status, 2)
  assert.match(result.stderr, /--listen must be HOST:PORT/)
})

test('health reports status, version, database kind and schema version', async () => {
  const database = freshDatabase()
  const server = await startServer(database)
  try {
    const response = await fetch(`${server.url}/health`)
    assert.equal(response.status, 200)
    const body = await response.json()
    assert.equal(body.status, 'ok')
    assert.match(body.version, /^\d+\.\d+\.\d+$/)
    assert.equal(body.database, databaseKind)
    assert.equal(body.schema_version, Number(database.sql('SELECT max(version) FROM schema_migrations')))
  } finally { await server.stop(); database.drop() }
})

test('serve refuses to start on a plain-language guide it cannot read, naming the file and line', async () => {
  const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { tmpdir } = await import('node:os')
  const database = freshDatabase()
  let folder
  try {
    assert.equal(runFrontdoor(['migrate', '--database', database.url]).status, 0)
    folder = mkdtempSync(join(tmpdir(), 'frontdoor-guide-'))
    const file = join(folder, 'language.txt')
    writeFileSync(file, '# our guide\nacronym CP | child protection\njargon placement\n')
    const refused = runFrontdoor(['serve', '--database', database.url, '--listen', '127.0.0.1:0', '--language-guide', file])
    assert.equal(refused.status, 1)
    assert.match(refused.stderr, new RegExp(`${file}: language guide, line 3: jargon "placement" needs "\\| a plainer alternative"`))
  } finally { database.drop(); if (folder) rmSync(folder, { recursive: true, force: true }) }
})

test('serve refuses to start on a threshold framework, front door settings or bank holiday list it cannot use, naming the file and line', async () => {
  const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { tmpdir } = await import('node:os')
  const database = freshDatabase()
  let folder
  try {
    assert.equal(runFrontdoor(['migrate', '--database', database.url]).status, 0)
    folder = mkdtempSync(join(tmpdir(), 'frontdoor-config-'))
    const cases = [
      ['--threshold', 'threshold.txt', 'framework Ours\noutcome nfa | No further action | none\ndomain d | Development\nlevel 1 | One | First | nfa\nindicator 1.A | 2 | d | Something\n',
        'threshold framework, line 5: indicator 1.A is for level 2, which is not defined above'],
      ['--front-door', 'front-door.txt', 'agency police | Police\nurgency red | Red | soon\n',
        'front door settings, line 2: the working hours to answer must be a whole number from 1 to 2000'],
      ['--bank-holidays', 'bank-holidays.txt', '2026-12-25 | Christmas Day\n2026-13-01 | Nothing\n',
        'line 2: "2026-13-01" is not a date like 2026-12-25']
    ]
    for (const [flag, name, text, reason] of cases) {
      const file = join(folder, name)
      writeFileSync(file, text)
      const refused = runFrontdoor(['serve', '--database', database.url, '--listen', '127.0.0.1:0', flag, file])
      assert.equal(refused.status, 1, flag)
      assert.ok(refused.stderr.includes(`${file}: ${reason}`), refused.stderr)
    }
  } finally { database.drop(); if (folder) rmSync(folder, { recursive: true, force: true }) }
})
