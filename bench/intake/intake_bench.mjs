// bench/intake/intake_bench.mjs — durable contact intake through the API against the database's own
// rate (the same rows, one transaction per contact, one connection: bench/raw_contact_intake), then
// two frontdoor instances on one database taking contacts together, each with its own access audit
// sequencer; afterwards every audit entry is checked to be in the log and the log verified against
// a checkpoint signed during the run. Writes a Markdown table. Measured, never asserted in tests.
// Usage: node bench/intake/intake_bench.mjs KIND ADMIN_URL RESULTS_FILE
//   KIND sqlite: ADMIN_URL is a folder for the databases; postgresql: the server's admin address.
//   BENCH_COMMIT_DELAY_US (PostgreSQL): every commit waits this long before its flush
//   (commit_delay, commit_siblings = 0), as on a disk whose flush takes that long; commits that
//   come meanwhile are flushed with it, which is the grouping a slow disk rewards.
const commitDelay = Number(process.env.BENCH_COMMIT_DELAY_US ?? 0)
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, tmpdir } from 'node:os'
import { join } from 'node:path'
import { binary, env, frontdoor, intakeFamily, practitionerToken, seconds, sqlOn } from '../bench_support.mjs'

const [kind, admin, resultsFile] = process.argv.slice(2)
const folder = mkdtempSync(join(tmpdir(), 'frontdoor-intake-'))
const key = join(folder, 'audit.key')
const rawBinary = process.env.BENCH_RAW_BIN ?? new URL('../../build/bench/raw_contact_intake', import.meta.url).pathname

/** A new empty database of `name`. */
function database (name) {
  if (kind === 'sqlite') return `sqlite:${join(folder, `${name}.db`)}`
  execFileSync('psql', [admin, '-qAtc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`])
  execFileSync('psql', [admin, '-qAtc', `CREATE DATABASE ${name}`])
  if (commitDelay > 0) {
    execFileSync('psql', [admin, '-qAtc', `ALTER DATABASE ${name} SET commit_delay = ${commitDelay}`])
    execFileSync('psql', [admin, '-qAtc', `ALTER DATABASE ${name} SET commit_siblings = 0`])
  }
  return admin.replace(/\/postgres\?/, `/${name}?`)
}

async function serve (url, port, checkpoint) {
  const server = spawn(binary, ['serve', '--database', url, '--listen', `127.0.0.1:${port}`, '--workers', '16',
    '--audit-key', key, '--audit-checkpoint', checkpoint], { env, stdio: 'ignore' })
  const base = `http://127.0.0.1:${port}`
  while ((await fetch(`${base}/health`).catch(() => ({ status: 0 }))).status !== 200);
  return { base, stop: () => new Promise((resolve) => { server.on('exit', resolve); server.kill('SIGTERM') }) }
}

/** wrk posting contacts to `base` with `connections`, run alongside others. */
function intake (base, connections, token, children, adult) {
  return new Promise((resolve, reject) => {
    const run = spawn('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', new URL('../http/intake.lua', import.meta.url).pathname,
      '-H', `Authorization: Bearer ${token}`, `${base}/api/v1/contacts`],
    { env: { ...env, INTAKE_CHILDREN: children, INTAKE_ADULT: adult } })
    let output = ''
    run.stdout.on('data', (chunk) => { output += chunk })
    run.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrk failed: ${output}`))
      const latency = (label) => {
        const match = output.match(new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`))
        return Number(match[1]) * { us: 0.001, ms: 1, s: 1000 }[match[2]]
      }
      const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0)
      resolve({ rps: Number(output.match(/Requests\/sec:\s+([\d.]+)/)[1]), p50: latency('50'), p99: latency('99'), non2xx })
    })
  })
}

const url = database('frontdoor_intake')
frontdoor(['migrate', '--database', url])
frontdoor(['demo-data', '--database', url])
const sql = sqlOn(url, kind)
const token = practitionerToken(url)
const { adult, children } = intakeFamily(sql)

// One instance, 32 connections.
const checkpoint = join(folder, 'checkpoint')
let server = await serve(url, 18300, checkpoint)
const one = await intake(server.base, 32, token, children.join(','), adult)
await server.stop()
const kept = join(folder, 'kept-checkpoint')
copyFileSync(checkpoint, kept)

// Two instances on the same database, 16 connections each, at once (PostgreSQL: a SQLite file
// belongs to the one process that writes it).
let both = null
if (kind === 'postgresql') {
  const first = await serve(url, 18301, join(folder, 'checkpoint-1'))
  const second = await serve(url, 18302, join(folder, 'checkpoint-2'))
  both = await Promise.all([intake(first.base, 16, token, children.join(','), adult), intake(second.base, 16, token, children.join(','), adult)])
  await first.stop()
  await second.stop()
}

// Every entry written is in the log, and the log extends the checkpoint signed in the first run.
const entries = Number(sql('SELECT count(*) FROM access_audit'))
const verifyStarted = process.hrtime.bigint()
const verified = frontdoor(['audit', 'verify', '--database', url, '--audit-key', key, '--checkpoint', kept])
const verifySeconds = Number(process.hrtime.bigint() - verifyStarted) / 1e9
const inLog = Number(verified.match(/intact: (\d+) entries in the log/)[1])
const waiting = Number(verified.match(/and (\d+) waiting/)[1])
const contacts = Number(sql("SELECT count(*) FROM contacts WHERE recorded_by = 'bench.practitioner'"))
const auditedContacts = Number(sql("SELECT count(*) FROM contacts c WHERE recorded_by = 'bench.practitioner' AND EXISTS (SELECT 1 FROM access_audit_records r WHERE r.record_id = 'contact:' || c.id)"))

const raw = Number(execFileSync(rawBinary, ['--seconds', String(seconds), ...(kind === 'sqlite' ? ['--folder', join(folder, 'raw')] : ['--postgres', database('frontdoor_raw_intake')])], { encoding: 'utf8' }).trim())
rmSync(folder, { recursive: true, force: true })

const together = both ? both[0].rps + both[1].rps : 0
const machine = `${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`
const row = (what, figure, target) => `| ${what} | ${figure} | ${target} |`
writeFileSync(resultsFile, [
  `# Durable contact intake and the access audit's log — ${kind}`, '',
  `Machine: ${machine}; database, server and wrk share it. Produced by \`node bench/intake/intake_bench.mjs ${kind} …\` (\`scripts/bench.sh\`) on ${new Date().toISOString().slice(0, 10)}; ${seconds} s a run, a database of the demonstration families (intake writes new rows; it reads none of the others). Each contact is a whole contact about two children and an adult, answered only once committed (${kind === 'sqlite' ? 'WAL, synchronous=FULL' : 'PostgreSQL defaults, synchronous_commit=on'}).${commitDelay > 0 ? ` Every commit waits ${commitDelay} µs before its flush (commit_delay, commit_siblings = 0), as on a disk whose flush takes that long.` : ''}`, '',
  '| Measure | Figure | Target |', '| --- | --- | --- |',
  row(`Raw ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: the same rows, one transaction per contact, one connection (bench/raw_contact_intake)`, `${raw.toFixed(0)} contacts/s`, 'baseline'),
  row('Through the API, one instance, 32 connections', `${one.rps.toFixed(0)} contacts/s = ${(one.rps / raw).toFixed(2)}× raw; p50 ${one.p50} ms, p99 ${one.p99} ms (non-2xx: ${one.non2xx})`, '≥ 3× raw'),
  ...(both ? [row('Through the API, two instances on one database, 16 connections each', `${together.toFixed(0)} contacts/s together (${both[0].rps.toFixed(0)} + ${both[1].rps.toFixed(0)}) = ${(together / raw).toFixed(2)}× raw; p99 ${both[0].p99} / ${both[1].p99} ms (non-2xx: ${both[0].non2xx + both[1].non2xx})`, 'both append')] : []),
  row(`Access audit entries written / in the log / waiting, after ${both ? 'both' : 'the server'} stopped`, `${entries} / ${inLog} / ${waiting}`, 'all in the log'),
  row('Contacts taken through the API / with an access audit entry', `${contacts} / ${auditedContacts}`, 'every one'),
  row('`frontdoor audit verify --checkpoint` (the checkpoint of the one-instance run)', `intact, extends it; ${verifySeconds.toFixed(1)} s for ${inLog} entries`, 'holds'),
  ''
].join('\n'))
console.log(readFileSync(resultsFile, 'utf8'))
