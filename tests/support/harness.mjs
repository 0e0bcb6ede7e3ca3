// tests/support/harness.mjs — starts the real frontdoor binary on a fresh database for integration and browser tests.
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import net from 'node:net'
import { checkEveryApiResponse } from './api_contract.mjs'

// Every /api/v1 response a test receives is checked against the served OpenAPI document.
checkEveryApiResponse()

export const binary = process.env.FRONTDOOR_BIN ?? new URL('../../build/frontdoor', import.meta.url).pathname
export const databaseKind = process.env.FRONTDOOR_TEST_DATABASE ?? 'sqlite'
// Test accounts are many and short-lived: the lighter argon2id setting keeps the suites quick.
// The access audit's signing key and the two-step secrets' key are made in a folder of this run's
// own, never in ./data.
const keys = mkdtempSync(join(tmpdir(), 'frontdoor-keys-'))
process.on('exit', () => rmSync(keys, { recursive: true, force: true }))
const testEnvironment = {
  ...process.env,
  FRONTDOOR_PASSWORD_HASHING: 'interactive',
  FRONTDOOR_AUDIT_KEY: process.env.FRONTDOOR_AUDIT_KEY ?? join(keys, 'audit-signing.key'),
  FRONTDOOR_TWO_STEP_KEY: process.env.FRONTDOOR_TWO_STEP_KEY ?? join(keys, 'two-step.key')
}
let databaseCounter = 0

/** A new empty database of the kind under test: { url, sql(statement), drop() }. */
export function freshDatabase () {
  const name = `frontdoor_it_${process.pid}_${databaseCounter++}`
  if (databaseKind === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'frontdoor-it-'))
    const path = join(folder, 'frontdoor.db')
    return {
      url: `sqlite:${path}`,
      sql: (statement) => execFileSync('sqlite3', [path, statement], { encoding: 'utf8' }).trim(),
      drop: () => rmSync(folder, { recursive: true, force: true })
    }
  }
  const admin = process.env.FRONTDOOR_TEST_POSTGRES_URL
  if (!admin) throw new Error('FRONTDOOR_TEST_POSTGRES_URL is not set: run scripts/test.sh, which starts a private PostgreSQL server')
  execFileSync('psql', [admin, '-qAtc', `CREATE DATABASE ${name}`])
  const url = withDatabaseName(admin, name)
  return {
    url,
    sql: (statement) => execFileSync('psql', [url, '-qAtc', statement], { encoding: 'utf8' }).trim(),
    drop: () => execFileSync('psql', [admin, '-qAtc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`])
  }
}

function withDatabaseName (uri, name) {
  const authority = uri.indexOf('://') + 3
  const query = uri.indexOf('?', authority)
  const beforeQuery = query < 0 ? uri : uri.slice(0, query)
  const path = beforeQuery.indexOf('/', authority)
  const base = path < 0 ? beforeQuery : beforeQuery.slice(0, path)
  return `${base}/${name}${query < 0 ? '' : uri.slice(query)}`
}

/** Runs the frontdoor command to completion: { status, stdout, stderr }. */
export function runFrontdoor (args, env = {}, stdin = '') {
  try {
    const stdout = execFileSync(binary, args, { encoding: 'utf8', env: { ...testEnvironment, ...env }, input: stdin, stdio: ['pipe', 'pipe', 'pipe'] })
    return { status: 0, stdout, stderr: '' }
  } catch (error) {
    return { status: error.status, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }
  }
}

/**
 * Migrates `database` and serves it on a free port (with `env` added to its environment). Resolves to
 * { url, port, output(), stop(signal) -> exit code, exited }.
 */
export async function startServer (database, extraArgs = [], { migrate = true, env = {} } = {}) {
  if (migrate) {
    const migrated = runFrontdoor(['migrate', '--database', database.url])
    if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`)
  }
  const child = spawn(binary, ['serve', '--database', database.url, '--listen', '127.0.0.1:0', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...testEnvironment, ...env } })
  let output = ''
  child.stdout.on('data', (chunk) => { output += chunk })
  child.stderr.on('data', (chunk) => { output += chunk })
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)))
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15000)
    const look = () => {
      // The text log's line, or the JSON log's (FRONTDOOR_LOG_FORMAT=json).
      const match = output.match(/event=listening url=http:\/\/127\.0\.0\.1:(\d+)/) ??
        output.match(/"event":"listening","url":"http:\/\/127\.0\.0\.1:(\d+)"/)
      if (match) { clearTimeout(timer); resolve(Number(match[1])) }
    }
    child.stdout.on('data', look)
    exited.then((code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)) })
  })
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => { if (child.exitCode === null) child.kill(signal); return exited }
  }
}

/** Sends raw bytes and collects everything the server sends back until it closes (or `waitMs` passes). */
export function rawExchange (port, bytes, waitMs = 10000) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const chunks = []
    const timer = setTimeout(() => { socket.destroy(); resolve(Buffer.concat(chunks).toString('latin1')) }, waitMs)
    socket.on('connect', () => socket.write(bytes))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', () => {})
    socket.on('close', () => { clearTimeout(timer); resolve(Buffer.concat(chunks).toString('latin1')) })
  })
}

/** A full name for a test account: "test.manager" is "Test Manager". */
export function fullNameOf (username) {
  return username.split(/[._-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(' ')
}

/** Adds an account with the command line; the password is "purple tractor morning", the job title
 * the role's. */
export function addUser (database, username, role, agency = '') {
  const args = ['user', 'add', '--database', database.url, '--username', username, '--full-name', fullNameOf(username),
    '--job-title', `${role.charAt(0).toUpperCase()}${role.slice(1)}`, '--role', role, '--password-stdin']
  if (agency) args.push('--agency', agency)
  const result = runFrontdoor(args, {}, 'purple tractor morning\n')
  if (result.status !== 0) throw new Error(`user add failed: ${result.stderr}`)
}

/** Makes an API token with the command line and returns the Authorization header's value. */
export function bearerFor (database, username, extraArgs = []) {
  const result = runFrontdoor(['token', 'create', '--database', database.url, '--username', username, ...extraArgs])
  if (result.status !== 0) throw new Error(`token create failed: ${result.stderr}`)
  return `Bearer ${result.stdout.trim().split('\n').at(-1)}`
}

/** Waits until `check()` (which may be async) answers true, asking every 100 ms; throws, naming
 * `what`, after `timeoutMs`. For what the server does in the background, such as the audit
 * sequencer's rounds, so a busy machine is waited for rather than guessed at. */
export async function until (check, what, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return
    if (Date.now() > end) throw new Error(`still waiting after ${timeoutMs} ms for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Migrates a fresh database and adds an administrator and a practitioner with tokens. */
export function databaseWithAccounts () {
  const database = freshDatabase()
  const migrated = runFrontdoor(['migrate', '--database', database.url])
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`)
  addUser(database, 'test.admin', 'admin')
  addUser(database, 'test.practitioner', 'practitioner')
  database.admin = bearerFor(database, 'test.admin')
  database.practitioner = bearerFor(database, 'test.practitioner')
  return database
}

/** A JSON API caller for `server`: `api(who, method, path, body)` sends `tokens[who]` as its
 * Authorization and answers the status and the parsed body. */
export function apiClient (server, tokens) {
  return async (who, method, path, body) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { Authorization: tokens[who], ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    return { status: response.status, body: await response.json() }
  }
}
