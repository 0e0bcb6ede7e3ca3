// tests/integration/postgres_recovery.test.mjs — the restore drill on PostgreSQL, done the way
// doc/runbook.md says, with its scripts: a server archiving its write-ahead log, a base backup
// taken while frontdoor runs (deploy/postgres-backup.sh), contacts written before and after a
// chosen moment, and recovery to that moment (deploy/postgres-recover.sh). The
// recovered database holds every contact acknowledged before the moment and none after it,
// frontdoor serves it, and its access audit verifies against the checkpoint kept at the moment.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addUser, bearerFor, databaseKind, runFrontdoor, startServer, until } from '../support/harness.mjs'

const root = new URL('../..', import.meta.url).pathname
const postgres = join(root, 'scripts', 'postgres.sh')
const backupScript = join(root, 'deploy', 'postgres-backup.sh')
const recoverScript = join(root, 'deploy', 'postgres-recover.sh')
const pgBin = { ...process.env, PG_BIN: '/usr/lib/postgresql/15/bin' }
const asRoot = process.getuid() === 0
const asOwner = (command, args) => asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
const run = (command, args, options = {}) => execFileSync(...asOwner(command, args), { encoding: 'utf8', ...options }).trim()
const sql = (url, statement) => execFileSync('psql', [url, '-qAtc', statement], { encoding: 'utf8' }).trim()
const withDatabase = (admin, name) => admin.replace('/postgres?', `/${name}?`)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

test('PostgreSQL recovered to a chosen moment holds every contact acknowledged before it and none after', { skip: databaseKind !== 'postgresql' && 'PostgreSQL only: SQLite has frontdoor backup (backup_restore.test.mjs)', timeout: 240000 }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-pitr-'))
  chmodSync(folder, 0o755)
  const archive = join(folder, 'archive')
  mkdirSync(archive)
  mkdirSync(join(folder, 'backups'))
  mkdirSync(join(folder, 'b'))
  if (asRoot) execFileSync('chown', ['postgres:', archive, join(folder, 'backups'), join(folder, 'b')])
  const port = 20000 + (process.pid % 10000)
  const archiving = `-c wal_level=replica -c archive_mode=on -c archive_timeout=1 -c archive_command='test ! -f ${archive}/%f && cp %p ${archive}/%f'`
  const admin = execFileSync(postgres, ['start', join(folder, 'a'), String(port)], { encoding: 'utf8', env: { ...process.env, POSTGRES_OPTIONS: archiving } }).trim().split('\n').at(-1)
  let server
  try {
    sql(admin, 'CREATE DATABASE frontdoor_pitr')
    const database = { url: withDatabase(admin, 'frontdoor_pitr') }
    assert.equal(runFrontdoor(['migrate', '--database', database.url]).status, 0)
    addUser(database, 'test.practitioner', 'practitioner')
    const token = bearerFor(database, 'test.practitioner')
    const checkpoint = join(folder, 'audit-checkpoint')
    server = await startServer(database, ['--audit-checkpoint', checkpoint], { migrate: false })
    const post = (path, body) => fetch(`${server.url}${path}`, {
      method: 'POST', headers: { Authorization: token, 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(async (response) => ({ status: response.status, body: await response.json() }))
    const child = await post('/api/v1/people', { given_name: 'Rowan', family_name: 'Recover', date_of_birth: '2015-09-09' })
    const contact = (n) => ({
      received_at: '2026-12-01T09:00', method: 'phone', source: '8', referrer: { name: `Caller ${n}` },
      children: [child.body.id], concern: `Concern ${n}: Rowan was left alone overnight.`, family_agreement: 'not_asked', urgency: 'soon'
    })
    // Every entry placed in the log, and the checkpoint file signed over all of them.
    const signed = () => until(() => {
      if (sql(database.url, 'SELECT count(*) FROM access_audit WHERE position IS NULL') !== '0') return false
      const placed = sql(database.url, 'SELECT count(*) FROM access_audit')
      return existsSync(checkpoint) && readFileSync(checkpoint, 'utf8').split('\n')[1] === placed
    }, 'the sequencer to place every entry and sign a checkpoint of them')
    const write = async (from, count) => {
      const ids = []
      for (let n = from; n < from + count; n++) {
        const answer = await post('/api/v1/contacts', contact(n))
        assert.equal(answer.status, 201)
        ids.push(answer.body.id)
      }
      return ids
    }

    // The base backup, taken while frontdoor runs and writes, with the checkpoint of the moment
    // it began beside it.
    const early = await write(0, 5)
    await signed()
    const writing = write(5, 15)
    const backup = run(backupScript, [admin, join(folder, 'backups'), checkpoint], { env: pgBin }).split('\n').at(-1)
    assert.match(backup, /\/backups\/base-\d{8}T\d{6}Z$/)
    const before = [...early, ...await writing, ...await write(20, 20)]
    await signed() // a checkpoint of the log as it is at the moment
    const moment = sql(admin, 'SELECT now()')
    copyFileSync(checkpoint, join(folder, 'checkpoint-at-moment'))
    await sleep(1100)
    const after = await write(40, 20)
    sql(admin, 'SELECT pg_switch_wal()')
    const last = sql(admin, 'SELECT pg_walfile_name(pg_current_wal_lsn())')
    for (let tries = 0; sql(admin, 'SELECT coalesce(last_archived_wal, \'\') FROM pg_stat_archiver') < last && tries < 100; tries++) {
      sql(admin, 'SELECT pg_switch_wal()')
      await sleep(100)
    }
    await server.stop()
    server = undefined
    execFileSync(postgres, ['stop', join(folder, 'a')])

    // Recovery to the moment, into a new data folder, as the runbook says.
    const data = join(folder, 'b', 'data')
    const prepared = run(recoverScript, [backup, archive, data, moment])
    assert.match(prepared, /^Ready: start PostgreSQL on /)
    const refused = (() => { try { run(recoverScript, [backup, archive, data, moment], { stdio: 'pipe' }); return '' } catch (error) { return String(error.stderr) } })()
    assert.match(refused, /is there already: give a new folder/)
    mkdirSync(join(folder, 'b', 'sock'))
    if (asRoot) execFileSync('chown', ['postgres:', join(folder, 'b', 'sock')])
    const recovered = execFileSync(postgres, ['start', join(folder, 'b'), String(port + 1)], { encoding: 'utf8' }).trim().split('\n').at(-1)
    for (let tries = 0; sql(recovered, 'SELECT pg_is_in_recovery()') === 't' && tries < 100; tries++) await sleep(100)
    const restored = { url: withDatabase(recovered, 'frontdoor_pitr') }
    const kept = new Set(sql(restored.url, 'SELECT id FROM contacts').split('\n').filter(Boolean).map(Number))
    for (const id of before) assert.ok(kept.has(id), `contact ${id}, acknowledged before the moment, was recovered`)
    for (const id of after) assert.ok(!kept.has(id), `contact ${id}, written after the moment, was not`)
    for (const kept of [join(folder, 'checkpoint-at-moment'), join(backup, 'audit-checkpoint')]) {
      const verified = runFrontdoor(['audit', 'verify', '--database', restored.url, '--checkpoint', kept])
      assert.equal(verified.status, 0, verified.stderr)
      assert.match(verified.stdout, /extends the signed checkpoint/)
    }
    server = await startServer(restored, [], { migrate: false })
    const read = await fetch(`${server.url}/api/v1/contacts/${before.at(-1)}`, { headers: { Authorization: token } })
    assert.equal(read.status, 200)
    await server.stop()
    server = undefined
    execFileSync(postgres, ['stop', join(folder, 'b')])
  } finally {
    if (server) await server.stop()
    execFileSync(postgres, ['stop', join(folder, 'a')])
    execFileSync(postgres, ['stop', join(folder, 'b')])
    rmSync(folder, { recursive: true, force: true })
  }
})
