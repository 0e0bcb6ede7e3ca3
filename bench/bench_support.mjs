// bench/bench_support.mjs — what the HTTP benchmarks share: reading the database, an account and
// token, starting the server, and running wrk. Timings are measured, never asserted in tests.
import { execFileSync, spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const env = { ...process.env, FRONTDOOR_PASSWORD_HASHING: 'interactive' }
export const binary = process.env.FRONTDOOR_BIN ?? new URL('../build/frontdoor', import.meta.url).pathname
export const seconds = Number(process.env.BENCH_SECONDS ?? 15)

// One SQL statement's rows, as text lines with '|' between columns.
export function sqlOn (url, kind) {
  return (statement) => kind === 'sqlite'
    ? execFileSync('sqlite3', [url.replace(/^sqlite:/, ''), statement], { encoding: 'utf8', maxBuffer: 1 << 28 }).trim()
    : execFileSync('psql', [url, '-qAtc', statement], { encoding: 'utf8', maxBuffer: 1 << 28 }).trim()
}

export const frontdoor = (args, input = '') => execFileSync(binary, args, { encoding: 'utf8', env, input })

// Signs `username` (password "purple tractor morning") in through the sign-in page at `base` and
// answers the session cookie ("name=value") a browser would send.
export async function sessionCookie (base, username) {
  const form = await fetch(`${base}/sign-in`)
  const formCookie = form.headers.get('set-cookie').split(';')[0]
  const formToken = (await form.text()).match(/name="form_token" value="([^"]+)"/)[1]
  const signedIn = await fetch(`${base}/sign-in`, {
    method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: formCookie },
    body: new URLSearchParams({ form_token: formToken, username, password: 'purple tractor morning', return_to: '/' })
  })
  return signedIn.headers.getSetCookie().find((cookie) => /^(__Host-)?frontdoor_session=/.test(cookie)).split(';')[0]
}

// A practitioner account for the benchmark (kept if it exists) and an API token for it.
export function practitionerToken (url) {
  try { frontdoor(['user', 'add', '--database', url, '--username', 'bench.practitioner', '--full-name', 'Bench Practitioner', '--job-title', 'Practitioner', '--role', 'practitioner', '--password-stdin'], 'purple tractor morning\n') } catch {}
  return frontdoor(['token', 'create', '--database', url, '--username', 'bench.practitioner']).trim().split('\n').at(-1)
}

// The people an intake benchmark's contacts are about: two children and an adult living together
// now, as the raw baseline (bench/raw_contact_intake) inserts two children and an adult a contact.
// The newest such household, so a run on the same database always names the same people; a
// database with none stops the benchmark rather than measure smaller contacts.
export function intakeFamily (sql) {
  const childBornAfter = '2008-11-27' // under eighteen on the contacts' date, 2026-11-27
  const current = 'FROM household_members m JOIN people p ON p.id = m.person_id ' +
    'WHERE m.to_date IS NULL AND p.merged_into IS NULL AND p.date_of_birth IS NOT NULL'
  const household = sql(`SELECT m.household_id ${current} GROUP BY m.household_id ` +
    `HAVING sum(CASE WHEN p.date_of_birth > '${childBornAfter}' THEN 1 ELSE 0 END) >= 2 ` +
    `AND sum(CASE WHEN p.date_of_birth <= '${childBornAfter}' THEN 1 ELSE 0 END) >= 1 ` +
    'ORDER BY m.household_id DESC LIMIT 1')
  if (!household) throw new Error('no household of two children and an adult to post contacts about')
  const people = (born, order) => sql(`SELECT p.id ${current} AND m.household_id = ${household} ` +
    `AND p.date_of_birth ${born} '${childBornAfter}' ORDER BY p.date_of_birth ${order}, p.id`).split('\n')
  return { children: people('>', 'DESC').slice(0, 2), adult: people('<=', 'ASC')[0] }
}

// Starts the server on a fixed port and waits for /health. Its log goes to a file, not a pipe (the
// scripts block while wrk runs, and a full pipe would stall the server). `settled` resolves once
// the dashboard's figures, which `serve` counts in the background as it starts, are counted: a
// benchmark of anything else awaits it, so that count (minutes on a national database counted
// for the first time) does not share the machine with what is measured.
export async function startServer (url) {
  const port = Number(process.env.BENCH_PORT ?? 18000 + (process.pid % 1000))
  const log = join(tmpdir(), `frontdoor-bench-${process.pid}-${port}.log`)
  const output = openSync(log, 'w')
  const server = spawn(binary, ['serve', '--database', url, '--listen', `127.0.0.1:${port}`, '--workers', '16'], { env, stdio: ['ignore', output, output] })
  closeSync(output)
  let exited = false
  server.on('exit', (code) => {
    // A server that stops before it answers (no assets, a bad key) says why, and the benchmark ends.
    if (code !== null && code !== 0) process.stderr.write(readFileSync(log, 'utf8'))
    exited = true
    rmSync(log, { force: true })
  })
  const base = `http://127.0.0.1:${port}`
  while ((await fetch(`${base}/health`).catch(() => ({ status: 0 }))).status !== 200) {
    if (exited) throw new Error(`frontdoor serve stopped before it answered /health (${binary})`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const settled = (async () => {
    while (!/event=dashboard_count(ed|_failed)/.test(readFileSync(log, 'utf8'))) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  })()
  return { server, base, port, settled }
}

// wrk synchronously; latencies in milliseconds.
export function wrk (args) {
  const output = execFileSync('wrk', ['-t2', `-d${seconds}s`, '--latency', ...args], { encoding: 'utf8', env })
  const latency = (label) => {
    const match = output.match(new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`))
    return Number(match[1]) * { us: 0.001, ms: 1, s: 1000 }[match[2]]
  }
  if (process.env.BENCH_DEBUG) console.error(output)
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0)
  return { p50: latency('50'), p99: latency('99'), rps: Number(output.match(/Requests\/sec:\s+([\d.]+)/)[1]), non2xx }
}

// wrk runs synchronously, so the client's pooled connections cannot notice the server closing them
// when idle: the first request afterwards may meet a closed socket, and is sent once more.
export async function fetchAfterWrk (address, options) {
  try { return await fetch(address, options) } catch { return fetch(address, options) }
}
