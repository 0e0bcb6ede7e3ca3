// tests/integration/audit_log.test.mjs — the access audit's log through the real binary, replaying
// issue 16's finding: an entry edited is named; a log rewritten and re-signed by someone without
// the key, or cut short, passes a check against itself and fails against a checkpoint kept
// elsewhere; an entry's inclusion proof holds.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bearerFor, databaseWithAccounts, runFrontdoor, startServer } from '../support/harness.mjs'

/** Serves `database` with `key`, sends a few requests, stops (the sequencer's last round runs). */
async function serveAWhile (database, key, checkpoint) {
  const args = ['--audit-key', key, ...(checkpoint ? ['--audit-checkpoint', checkpoint] : [])]
  const server = await startServer(database, args, { migrate: false })
  const token = bearerFor(database, 'test.practitioner')
  for (let request = 0; request < 5; request++) {
    await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: token } })
  }
  assert.equal(await server.stop(), 0)
  return server.output()
}

function verify (database, ...args) {
  return runFrontdoor(['audit', 'verify', '--database', database.url, ...args])
}

test('the log is signed as it grows, proves an entry, and names an entry edited behind its back', async () => {
  const database = databaseWithAccounts()
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-audit-'))
  const key = join(folder, 'audit.key')
  const checkpoint = join(folder, 'checkpoint')
  try {
    const output = await serveAWhile(database, key, checkpoint)
    assert.match(output, /event=audit_key_made file=\S+ public_key=frontdoor\/access-audit\+[0-9a-f]{8}\+/)
    assert.match(output, /event=audit_checkpoint size=\d+ added=\d+ took_ms=[\d.]+ root=[0-9a-f]{64} note="frontdoor\/access-audit\\n\d+\\n/)
    assert.ok(existsSync(`${key}.pub`))
    const note = readFileSync(checkpoint, 'utf8')
    assert.match(note, /^frontdoor\/access-audit\n(\d+)\n[A-Za-z0-9+/=]{44}\n\n\u2014 frontdoor\/access-audit [A-Za-z0-9+/=]+\n$/)

    const intact = verify(database, '--audit-key', key, '--checkpoint', checkpoint)
    assert.equal(intact.status, 0, intact.stderr)
    assert.match(intact.stdout, /The access audit is intact: \d+ entries in the log, root [0-9a-f]{64}, and 0 waiting/)
    assert.match(intact.stdout, /It extends the signed checkpoint of \d+ entries/)

    const proved = runFrontdoor(['audit', 'prove', '2', '--database', database.url, '--audit-key', key])
    assert.equal(proved.status, 0, proved.stderr)
    assert.match(proved.stdout, /Entry 2 \(\w+ by [^)]+\) is at place \d+ of the log of \d+ entries/)
    assert.match(proved.stdout, /The proof holds\./)
    assert.equal(runFrontdoor(['audit', 'prove', '99999', '--database', database.url]).status, 1)

    // The log was signed: a server given no key for it refuses to start rather than make another.
    const lost = await startServer(database, ['--audit-key', join(folder, 'lost.key')], { migrate: false }).catch((error) => error)
    assert.match(String(lost), /the access audit's log was signed with a key that is not at \S+lost\.key/)

    const place = database.sql('SELECT position FROM access_audit WHERE sequence = 3')
    database.sql("UPDATE access_audit SET username = 'someone.else' WHERE sequence = 3")
    const edited = verify(database, '--audit-key', key)
    assert.equal(edited.status, 1)
    assert.match(edited.stderr, new RegExp(`its contents do not match the hash the log keeps for it: the entry was edited \\(entry 3, after ${place} intact entries\\)`))
  } finally { database.drop(); rmSync(folder, { recursive: true, force: true }) }
})

test('a log rewritten and re-signed without the key, or cut short, fails against a checkpoint kept elsewhere', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'frontdoor-audit-'))
  const key = join(folder, 'audit.key')
  const kept = join(folder, 'kept-checkpoint')
  const attackerKey = join(folder, 'attacker.key')
  for (const attack of ['rewrite', 'truncate']) {
    const database = databaseWithAccounts()
    try {
      await serveAWhile(database, key, join(folder, 'checkpoint'))
      copyFileSync(join(folder, 'checkpoint'), kept)
      const size = Number(readFileSync(kept, 'utf8').split('\n')[1])
      if (attack === 'rewrite') {
        database.sql("UPDATE access_audit SET detail = 'nothing to see' WHERE sequence = 2")
      } else {
        database.sql(`DELETE FROM access_audit_records WHERE sequence IN (SELECT sequence FROM access_audit WHERE position >= ${size - 2})`)
        database.sql(`DELETE FROM access_audit WHERE position >= ${size - 2}`)
        // Removed without making the log again: the head still counts them.
        assert.match(verify(database, '--audit-key', join(folder, 'none')).stderr, /entries were removed/)
      }
      // Every hash made again from the entries as they now are, by a server of the attacker's own.
      database.sql('UPDATE access_audit SET position = NULL')
      database.sql('DELETE FROM audit_log_nodes')
      database.sql('DELETE FROM audit_log_head')
      await serveAWhile(database, attackerKey)
      const againstItself = verify(database, '--audit-key', attackerKey)
      assert.equal(againstItself.status, 0, againstItself.stderr)

      const againstKept = verify(database, '--audit-key', key, '--checkpoint', kept)
      assert.equal(againstKept.status, 1, againstKept.stdout)
      assert.match(againstKept.stderr, attack === 'rewrite' ? /entries among them were rewritten/ : /fewer than the \d+ of the signed checkpoint: it was cut short/)
    } finally { database.drop() }
  }
  // A checkpoint signed by another key is not trusted at all.
  const database = databaseWithAccounts()
  try {
    const foreign = verify(database, '--audit-key', key, '--checkpoint', kept, '--public-key', `${attackerKey}.pub`)
    assert.equal(foreign.status, 2)
    assert.match(foreign.stderr, /cannot be trusted: it is not signed by the key/)
  } finally { database.drop(); rmSync(folder, { recursive: true, force: true }) }
})
