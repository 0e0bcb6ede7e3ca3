// bench/http/http_bench.mjs — the HTTP measures on a generated national dataset: cold start, memory,
// the journey page, "is this child known?" with misspelt names (speed and recall), and durable
// contact intake. Writes a Markdown table. Timings are measured here and never asserted in tests.
// Usage: node bench/http/http_bench.mjs DATABASE_URL KIND RESULTS_FILE   (see scripts/bench.sh)
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, tmpdir } from 'node:os'
import { join } from 'node:path'
import { env, fetchAfterWrk, intakeFamily, practitionerToken, seconds, sessionCookie, sqlOn, startServer, wrk } from '../bench_support.mjs'

const [url, kind, resultsFile] = process.argv.slice(2)
const sql = sqlOn(url, kind)
const rss = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024
const token = practitionerToken(url)

// Cold start to ready: from starting the process to the first answered /health.
const started = process.hrtime.bigint()
const { server, base, port, settled } = await startServer(url)
const startMs = Number(process.hrtime.bigint() - started) / 1e6
await settled  // nothing below is measured while the dashboard's figures are counted
await new Promise((resolve) => setTimeout(resolve, 2000))
const idleMb = rss(server.pid)

// A browser session for the HTML journey page.
const session = await sessionCookie(base, 'bench.practitioner')

const people = Number(sql('SELECT count(*) FROM people'))
// The generator gives the first household's first child twenty contacts (about a hundred events).
const child = Number(sql("SELECT person_id FROM contact_people WHERE role = 'child' AND person_id IN (SELECT person_id FROM household_members WHERE household_id = 1) GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"))
const journeyEvents = (await (await fetch(`${base}/api/v1/people/${child}/journey`, { headers: { Authorization: `Bearer ${token}` } })).json()).events.length
let loadMb = 0
const sampler = setInterval(() => { loadMb = Math.max(loadMb, rss(server.pid)) }, 500)
const journey = wrk(['-c50', '-H', `Cookie: ${session}`, `${base}/people/${child}/journey`])
// One connection: how long one practitioner waits when the server is not saturated.
const journeyAlone = wrk(['-t1', '-c1', '-H', `Cookie: ${session}`, `${base}/people/${child}/journey`])

// 200 labelled misspellings of real children (name and date of birth, as a front door searches).
const misspell = (name, index) => {
  const rules = [
    (n) => n.slice(0, 1) + n.slice(2),                                  // a letter dropped
    (n) => n.length > 3 ? n.slice(0, 1) + n[2] + n[1] + n.slice(3) : n + 'e', // two letters swapped
    (n) => n.slice(0, 2) + n[1] + n.slice(2),                           // a letter doubled
    (n) => n.replace(/[aeiou]/, (v) => ({ a: 'e', e: 'a', i: 'y', o: 'u', u: 'o' })[v]), // a vowel changed
    (n) => n.replace(/ph|ck|y|c|z/i, (m) => ({ ph: 'f', ck: 'k', y: 'ie', c: 'k', z: 's' })[m.toLowerCase()] ?? m) // sounds alike
  ]
  return rules[index % rules.length](name)
}
const sample = sql(`SELECT p.id, p.given_name, p.family_name, p.date_of_birth FROM people p WHERE p.id IN (SELECT DISTINCT person_id FROM contact_people WHERE role = 'child' AND person_id % 97 = 0 LIMIT 200)`)
  .split('\n').map((line) => line.split('|'))
let found = 0
const paths = []
for (const [index, [id, given, family, born]] of sample.entries()) {
  const name = index % 2 ? `${misspell(given, index)} ${family}` : `${given} ${misspell(family, index)}`
  const path = `/api/v1/people?name=${encodeURIComponent(name)}&date_of_birth=${born}`
  paths.push(path)
  const body = await (await fetchAfterWrk(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } })).json()
  if ((body.matches ?? []).some((match) => String(match.person?.id) === id)) found++
}
const pathsFile = join(tmpdir(), `frontdoor-search-${process.pid}.txt`)
writeFileSync(pathsFile, paths.join('\n') + '\n')
env.SEARCH_PATHS = pathsFile
const search = wrk(['-c16', '-s', new URL('search.lua', import.meta.url).pathname, '-H', `Authorization: Bearer ${token}`, base])
const searchAlone = wrk(['-t1', '-c1', '-s', new URL('search.lua', import.meta.url).pathname, '-H', `Authorization: Bearer ${token}`, base])

// Overload: the same search with 1,000 slow clients holding half-sent requests open (the server
// closes them at its 10 s request deadline, so these runs are 8 s).
const short = (extra) => execFileSync('wrk', ['-t2', '-d8s', '--latency', '-c16', '-s', new URL('search.lua', import.meta.url).pathname,
  '-H', `Authorization: Bearer ${token}`, base], { encoding: 'utf8', env })
const p99 = (output) => { const match = output.match(/\s99%\s+([\d.]+)(us|ms|s)/); return Number(match[1]) * { us: 0.001, ms: 1, s: 1000 }[match[2]] }
const calm = p99(short())
const { connect } = await import('node:net')
const slow = await Promise.all(Array.from({ length: 1000 }, () => new Promise((resolve) => {
  const socket = connect(port, '127.0.0.1', () => { socket.write('GET / HTTP/1.1\r\nHost: sl'); resolve(socket) })
  socket.on('error', () => resolve(socket))
})))
const crowded = p99(short())
for (const socket of slow) socket.destroy()

const { adult, children } = intakeFamily(sql)
env.INTAKE_CHILDREN = children.join(',')
env.INTAKE_ADULT = adult
const intake = wrk(['-c32', '-s', new URL('intake.lua', import.meta.url).pathname, '-H', `Authorization: Bearer ${token}`, `${base}/api/v1/contacts`])
clearInterval(sampler)
server.kill('SIGTERM')
const rawBinary = process.env.BENCH_RAW_BIN ?? new URL('../../build/bench/raw_contact_intake', import.meta.url).pathname
const raw = Number(execFileSync(rawBinary, ['--seconds', String(seconds)], { encoding: 'utf8' }).trim())

const machine = `${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`
const row = (what, figure, target) => `| ${what} | ${figure} | ${target} |`
writeFileSync(resultsFile, [
  `# HTTP benchmarks — ${kind}`, '',
  `Machine: ${machine}. Database: ${kind} (${people.toLocaleString('en-GB')} people). Produced by \`scripts/bench.sh\` on ${new Date().toISOString().slice(0, 10)}; wrk, 2 threads, ${seconds} s a run.`, '',
  '| Measure | Figure | Target |', '| --- | --- | --- |',
  row('Cold start to first answered /health', `${startMs.toFixed(0)} ms`, '≤ 1 s'),
  row('Resident memory, idle', `${idleMb.toFixed(0)} MB`, '≤ 64 MB'),
  row('Resident memory, under load (peak)', `${loadMb.toFixed(0)} MB`, ''),
  row(`Journey page (HTML, ${journeyEvents} events), 50 connections`, `p50 ${journey.p50} ms, p99 ${journey.p99} ms, ${journey.rps.toFixed(0)} pages/s (non-2xx: ${journey.non2xx})`, 'p99 ≤ 5 ms, ≥ 10,000 pages/s'),
  row(`Journey page (HTML, ${journeyEvents} events), one connection`, `p50 ${journeyAlone.p50} ms, p99 ${journeyAlone.p99} ms, ${journeyAlone.rps.toFixed(0)} pages/s`, 'p99 ≤ 5 ms'),
  row('"Is this child known?", misspelt names + date of birth, 16 connections', `p50 ${search.p50} ms, p99 ${search.p99} ms, ${search.rps.toFixed(0)} searches/s (non-2xx: ${search.non2xx})`, 'p99 ≤ 10 ms'),
  row('"Is this child known?", one connection', `p50 ${searchAlone.p50} ms, p99 ${searchAlone.p99} ms, ${searchAlone.rps.toFixed(0)} searches/s`, 'p99 ≤ 10 ms'),
  row('Search p99 (8 s runs): alone, then with 1,000 slow connections open', `${calm} ms, then ${crowded} ms (${(crowded / calm).toFixed(2)}×)`, 'not doubled'),
  row('Search recall, 200 labelled misspellings', `${found} of ${sample.length} (${(100 * found / sample.length).toFixed(1)}%)`, '≥ 99%'),
  row('Durable contact intake through the API, 32 connections (contact, 3 people, audit entry; group commit)', `${intake.rps.toFixed(0)} contacts/s = ${(intake.rps / raw).toFixed(2)}× raw; p50 ${intake.p50} ms, p99 ${intake.p99} ms (non-2xx: ${intake.non2xx})`, '≥ 3× raw'),
  row('Raw SQLite, the same rows, one transaction per contact, WAL + synchronous=FULL (bench/raw_contact_intake)', `${raw.toFixed(0)} contacts/s`, 'baseline'),
  ''
].join('\n'))
console.log(readFileSync(resultsFile, 'utf8'))
