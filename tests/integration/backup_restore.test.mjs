// tests/integration/backup_restore.test.mjs — the restore drill on SQLite: contacts are written
// while a backup runs; the backup, put back in a new place, holds every contact acknowledged
// before it began, frontdoor serves it, and its access audit verifies. (PostgreSQL is backed up
// with its own tools: doc/runbook.md.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { binary, databaseKind, databaseWithAccounts, runFrontdoor, startServer, until } from '../support/harness.mjs'

function runAsync (args) {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { env: process.env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => { stdout += chunk })
    child.stderr.on('data', (chunk) => { stderr += chunk })
    child.on('exit', (status) => resolve({ status, stdout, stderr }))
  })
}

test('a backup taken while contacts are written restores every contact acknowledged before it began', { skip: databaseKind !== 'sqlite' && 'SQLite only: PostgreSQL backs up with pg_basebackup and archived WAL (doc/runbook.md)' }, async () => {
  const database = databaseWithAccounts()
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-drill-'))
  const server = await startServer(database, [], { migrate: false })
  try {
    const post = (path, body) => fetch(`${server.url}${path}`, {
      method: 'POST', headers: { Authorization: database.practitioner, 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(async (response) => ({ status: response.status, body: await response.json() }))
    const child = await post('/api/v1/people', { given_name: 'Maisie', family_name: 'Drill', date_of_birth: '2016-03-03' })
    const contact = (n) => ({
      received_at: '2026-12-01T09:00', method: 'phone', source: '8', referrer: { name: `Neighbour ${n}` },
      children: [child.body.id], concern: `Concern number ${n}: Maisie was heard crying late at night.`, family_agreement: 'not_asked', urgency: 'soon'
    })
    const acknowledged = [] // [id, acknowledged at]
    let writing = true
    let sent = 0
    const writer = async () => {
      while (writing) {
        const answer = await post('/api/v1/contacts', contact(sent++))
        assert.equal(answer.status, 201)
        acknowledged.push([answer.body.id, performance.now()])
      }
    }
    const writers = [writer(), writer(), writer()]
    while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 10))
    const began = performance.now()
    const backup = await runAsync(['backup', '--database', database.url, '--to', join(folder, 'backups')])
    const afterBackup = acknowledged.length
    await new Promise((resolve) => setTimeout(resolve, 200)) // and a few more after it
    writing = false
    await Promise.all(writers)
    assert.equal(backup.status, 0, backup.stderr)
    assert.ok(acknowledged.length > afterBackup, 'contacts went on being written after the backup')
    const [copy] = readdirSync(join(folder, 'backups')).filter((name) => name.endsWith('.db'))
    const from = join(folder, 'backups', copy)
    const manifest = JSON.parse(readFileSync(`${from}.json`, 'utf8'))
    assert.equal(manifest.schema_version, Number(database.sql('SELECT max(version) FROM schema_migrations')))
    assert.match(manifest.audit.checkpoint, /— /) // signed by the running server's key

    // A database already there is not replaced without --force, and stays as it was.
    const target = join(folder, 'restored.db')
    writeFileSync(target, 'not a database')
    const refused = runFrontdoor(['restore', '--database', `sqlite:${target}`, '--from', from])
    assert.equal(refused.status, 1)
    assert.match(refused.stderr, /--force/)
    assert.equal(readFileSync(target, 'utf8'), 'not a database')
    const restored = runFrontdoor(['restore', '--database', `sqlite:${target}`, '--from', from, '--force'])
    assert.equal(restored.status, 0, restored.stderr)
    assert.match(restored.stdout, /access audit verifies .*extending the signed checkpoint/)
    assert.ok(!existsSync(`${target}.restoring`))

    const before = acknowledged.filter(([, at]) => at < began).map(([id]) => id)
    const kept = new Set(execSqlite(target, 'SELECT id FROM contacts').split('\n').map(Number))
    assert.ok(before.length >= 60)
    for (const id of before) assert.ok(kept.has(id), `contact ${id}, acknowledged before the backup began, is in it`)
    const verified = runFrontdoor(['audit', 'verify', '--database', `sqlite:${target}`])
    assert.equal(verified.status, 0, verified.stderr)

    const second = await startServer({ url: `sqlite:${target}` }, [], { migrate: false })
    try {
      const read = await fetch(`${second.url}/api/v1/contacts/${before.at(-1)}`, { headers: { Authorization: database.practitioner } })
      assert.equal(read.status, 200)
      assert.match((await read.json()).concern, /^Concern number/)
    } finally { await second.stop() }
  } finally {
    await server.stop()
    database.drop()
    rmSync(folder, { recursive: true, force: true })
  }
})

test('a backup whose access audit was edited is not restored, and nothing is changed', { skip: databaseKind !== 'sqlite' && 'SQLite only' }, async () => {
  const database = databaseWithAccounts()
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-drill-'))
  const server = await startServer(database, [], { migrate: false })
  try {
    await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: database.practitioner } })
    await until(() => database.sql('SELECT count(*) FROM access_audit WHERE position IS NULL') === '0', 'the audit sequencer to place the entry')
    const backup = runFrontdoor(['backup', '--database', database.url, '--to', folder])
    assert.equal(backup.status, 0, backup.stderr)
    const from = join(folder, readdirSync(folder).find((name) => name.endsWith('.db')))
    execSqlite(from, "UPDATE access_audit SET detail = 'nothing to see' WHERE position = (SELECT min(position) FROM access_audit)")
    const target = join(folder, 'restored.db')
    const refused = runFrontdoor(['restore', '--database', `sqlite:${target}`, '--from', from])
    assert.equal(refused.status, 1)
    assert.match(refused.stderr, /access audit does not verify/)
    assert.ok(!existsSync(target))
  } finally {
    await server.stop()
    database.drop()
    rmSync(folder, { recursive: true, force: true })
  }
})

function execSqlite (path, statement) {
  return execFileSync('sqlite3', [path, statement], { encoding: 'utf8' }).trim()
}
